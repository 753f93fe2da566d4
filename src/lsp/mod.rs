//! The language server (`newsls serve`): a thin protocol adapter over `corpus`.

/// Serve LSP over stdin/stdout until the client says `exit`; returns the process exit code.
pub fn serve_stdio() -> i32 {
    eprintln!("newsls serve: the language server is not in this build yet");
    1
}
