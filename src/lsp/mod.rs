//! The language server (`newsls serve`): a thin protocol adapter over `corpus`.
//!
//! * `server` — tower-lsp-server glue: handlers apply edits to the state synchronously and
//!   run every view in `spawn_blocking` (a panic there becomes an error response).
//! * `state` — open buffers (editor side, short mutex) and the analysed corpus (rw-lock).
//! * `workspace` — scanning folders and reading closed files.
//! * `tokens`, `views` — semantic tokens, diagnostics, hover, navigation, rename, symbols,
//!   inlay hints, completion, code actions.

pub mod server;
pub mod state;
pub mod tokens;
pub mod transport;
pub mod views;
pub mod workspace;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

/// Serve LSP over stdin/stdout until the client says `exit`; returns the process exit code
/// (0 after `shutdown` then `exit`, 1 otherwise).
pub fn serve_stdio() -> i32 {
    let filter = tracing_subscriber::EnvFilter::try_from_env("NEWSLS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("newsls serve: cannot start the runtime: {e}");
            return 1;
        }
    };
    let code = rt.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    rt.shutdown_timeout(std::time::Duration::from_millis(200));
    code
}

/// Serve LSP over any byte streams (used by `serve_stdio` and by in-memory tests).
pub async fn serve<I, O>(input: I, output: O) -> i32
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let (service, socket) = LspService::new(server::Backend::new);
    let shared = service.inner().shared.clone();
    let out = std::sync::Arc::new(tokio::sync::Mutex::new(output));
    let (to_server, server_in) = tokio::io::duplex(1 << 16);
    let (server_out, from_server) = tokio::io::duplex(1 << 16);
    let input_task = tokio::spawn(transport::pump_input(input, to_server, out.clone()));
    let output_task = tokio::spawn(transport::pump_output(from_server, out.clone()));
    Server::new(server_in, server_out, socket)
        .concurrency_level(32)
        .serve(service)
        .await;
    input_task.abort();
    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), output_task).await;
    let shut = shared.ed().shutdown;
    if shut {
        0
    } else {
        1
    }
}
