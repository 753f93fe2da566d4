//! A small LSP client for protocol tests: drives `newsls::lsp::serve` in memory over
//! `tokio::io::duplex` (the real transport: Content-Length frames, JSON-RPC).
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream, ReadHalf, WriteHalf};
use tokio::sync::Notify;

pub const SEEDS: [&str; 3] = [
    "000_1b7eb7dffb832bf4",
    "001_ab4c76185435afb9",
    "002_64800d0ccd1db957",
];

/// A temp copy of `seeds/` (articles + corpus.tsv).
pub fn seed_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for e in std::fs::read_dir(&seeds).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        if name.ends_with(".txt") || name == "corpus.tsv" {
            std::fs::copy(e.path(), dir.path().join(&name)).unwrap();
        }
    }
    dir
}

pub fn uri(p: &Path) -> String {
    let p = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    format!("file://{}", p.display())
}

/// `{"textDocument": {"uri": …}}`, the parameters of most document requests.
pub fn text_document(p: &Path) -> Value {
    json!({"textDocument": {"uri": uri(p)}})
}

#[derive(Default)]
struct Inbox {
    responses: HashMap<i64, Value>,
    notifications: Vec<Value>,
    server_requests: Vec<Value>,
}

pub struct Client {
    writer: Arc<tokio::sync::Mutex<WriteHalf<DuplexStream>>>,
    inbox: Arc<Mutex<Inbox>>,
    notify: Arc<Notify>,
    next_id: Mutex<i64>,
    pub server: Option<tokio::task::JoinHandle<i32>>,
    pub root: Option<PathBuf>,
    pub init: Value,
}

async fn read_loop(
    mut r: ReadHalf<DuplexStream>,
    inbox: Arc<Mutex<Inbox>>,
    notify: Arc<Notify>,
    replies: tokio::sync::mpsc::UnboundedSender<Value>,
) {
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        while let Some(h) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..h]).to_string();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("Content-Length: "))
                .and_then(|v| v.trim().parse().ok())
                .expect("content length");
            if buf.len() < h + 4 + len {
                break;
            }
            let body: Value =
                serde_json::from_slice(&buf[h + 4..h + 4 + len]).expect("server sent JSON");
            buf.drain(..h + 4 + len);
            {
                let mut ib = inbox.lock().unwrap();
                match (body.get("id"), body.get("method")) {
                    (Some(id), Some(_)) => {
                        ib.server_requests.push(body.clone());
                        let _ = replies.send(json!({"jsonrpc": "2.0", "id": id, "result": null}));
                    }
                    (Some(id), None) => {
                        ib.responses.insert(id.as_i64().unwrap_or(-1), body);
                    }
                    _ => ib.notifications.push(body),
                }
            }
            notify.notify_waiters();
        }
        match r.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

pub fn frame(v: &Value) -> Vec<u8> {
    let body = serde_json::to_vec(v).unwrap();
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend(body);
    out
}

async fn send_bytes(w: &tokio::sync::Mutex<WriteHalf<DuplexStream>>, bytes: &[u8]) {
    let mut w = w.lock().await;
    let _ = w.write_all(bytes).await;
    let _ = w.flush().await;
}

pub const TIMEOUT: Duration = Duration::from_secs(60);

impl Client {
    /// Start a server in memory and initialize it (`root`: workspace folder, or single-file mode).
    pub async fn start(root: Option<&Path>, encodings: &[&str], options: Value) -> Client {
        let (client_side, server_side) = tokio::io::duplex(1 << 20);
        let (sr, sw) = tokio::io::split(server_side);
        let server = tokio::spawn(newsls::lsp::serve(sr, sw));
        let (r, w) = tokio::io::split(client_side);
        let inbox = Arc::new(Mutex::new(Inbox::default()));
        let notify = Arc::new(Notify::new());
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Value>();
        tokio::spawn(read_loop(r, inbox.clone(), notify.clone(), tx));
        let writer = Arc::new(tokio::sync::Mutex::new(w));
        let w2 = writer.clone();
        tokio::spawn(async move {
            while let Some(v) = rx.recv().await {
                send_bytes(&w2, &frame(&v)).await;
            }
        });
        let root = root.map(|r| std::fs::canonicalize(r).unwrap());
        let mut c = Client {
            writer,
            inbox,
            notify,
            next_id: Mutex::new(0),
            server: Some(server),
            root: root.clone(),
            init: Value::Null,
        };
        let folders = match &root {
            Some(r) => json!([{"uri": uri(r), "name": "ws"}]),
            None => Value::Null,
        };
        let params = json!({
            "processId": null,
            "rootUri": root.as_ref().map(|r| uri(r)),
            "workspaceFolders": folders,
            "initializationOptions": options,
            "capabilities": {
                "general": {"positionEncodings": encodings},
                "window": {"workDoneProgress": true},
                "workspace": {
                    "didChangeWatchedFiles": {"dynamicRegistration": true},
                    "workspaceEdit": {"documentChanges": true, "resourceOperations": ["create", "rename", "delete"]},
                    "configuration": true
                },
                "textDocument": {"semanticTokens": {"requests": {"full": {"delta": true}, "range": true}, "tokenTypes": [], "tokenModifiers": [], "formats": ["relative"]}}
            }
        });
        let r = c.request("initialize", params).await;
        c.init = r["result"].clone();
        c.notify("initialized", json!({})).await;
        c
    }

    pub async fn send_raw(&self, bytes: &[u8]) {
        send_bytes(&self.writer, bytes).await;
    }

    pub async fn notify(&self, method: &str, params: Value) {
        self.send_raw(&frame(
            &json!({"jsonrpc": "2.0", "method": method, "params": params}),
        ))
        .await;
    }

    /// Send a request without waiting; returns its id.
    pub async fn send_request(&self, method: &str, params: Value) -> i64 {
        let id = {
            let mut n = self.next_id.lock().unwrap();
            *n += 1;
            *n
        };
        self.send_raw(&frame(
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        ))
        .await;
        id
    }

    pub async fn response(&self, id: i64) -> Value {
        let deadline = tokio::time::Instant::now() + TIMEOUT;
        loop {
            let waiter = self.notify.notified();
            if let Some(v) = self.inbox.lock().unwrap().responses.remove(&id) {
                return v;
            }
            if tokio::time::timeout_at(deadline, waiter).await.is_err() {
                panic!("no response to request {id}");
            }
        }
    }

    /// Send a request and wait for its response (the whole message: `result` or `error`).
    pub async fn request(&self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params).await;
        self.response(id).await
    }

    /// Wait for a notification matching `pred` (already received ones count), returns it.
    pub async fn wait_notification(
        &self,
        timeout: Duration,
        pred: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let waiter = self.notify.notified();
            if let Some(v) = self
                .inbox
                .lock()
                .unwrap()
                .notifications
                .iter()
                .rev()
                .find(|v| pred(v))
                .cloned()
            {
                return Some(v);
            }
            if tokio::time::timeout_at(deadline, waiter).await.is_err() {
                return None;
            }
        }
    }

    pub fn notifications(&self, method: &str) -> Vec<Value> {
        self.inbox
            .lock()
            .unwrap()
            .notifications
            .iter()
            .filter(|v| v["method"] == method)
            .cloned()
            .collect()
    }

    pub fn clear_notifications(&self) {
        self.inbox.lock().unwrap().notifications.clear();
    }

    pub fn server_requests(&self, method: &str) -> Vec<Value> {
        self.inbox
            .lock()
            .unwrap()
            .server_requests
            .iter()
            .filter(|v| v["method"] == method)
            .cloned()
            .collect()
    }

    /// Wait until `newsls/status` says ready with at least `articles` articles.
    pub async fn wait_ready(&self, articles: u64) -> Value {
        self.wait_notification(TIMEOUT, |v| {
            v["method"] == "newsls/status"
                && v["params"]["state"] == "ready"
                && v["params"]["articles"].as_u64().unwrap_or(0) >= articles
        })
        .await
        .expect("newsls/status ready")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.as_ref().expect("a workspace").join(name)
    }

    pub async fn open(&self, path: &Path, version: i32) -> String {
        let text = std::fs::read_to_string(path).unwrap();
        self.open_text(path, &text, version).await;
        text
    }

    pub async fn open_text(&self, path: &Path, text: &str, version: i32) {
        self.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri(path), "languageId": "text", "version": version, "text": text}})).await;
    }

    /// Latest diagnostics published for `path` with at least `version`.
    pub async fn diagnostics(&self, path: &Path, version: i64) -> Value {
        let u = uri(path);
        self.wait_notification(TIMEOUT, |v| {
            v["method"] == "textDocument/publishDiagnostics"
                && v["params"]["uri"] == u.as_str()
                && v["params"]["version"].as_i64().unwrap_or(-1) >= version
        })
        .await
        .expect("diagnostics")["params"]
            .clone()
    }

    /// shutdown + exit; returns the exit code of `serve`.
    pub async fn shutdown(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null).await;
        assert!(r.get("error").is_none(), "{r}");
        self.notify("exit", Value::Null).await;
        self.exit_code().await
    }

    pub async fn exit_code(&mut self) -> i32 {
        tokio::time::timeout(Duration::from_secs(10), self.server.take().unwrap())
            .await
            .expect("server exits")
            .unwrap()
    }
}

/// Find the `nth` (0-based) occurrence of `needle` in `text`: (line, column in `enc`).
pub fn position_of(text: &str, needle: &str, nth: usize, enc: &str) -> Value {
    let byte = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not found"))
        .0;
    let before = &text[..byte];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count();
    let col_text = &before[line_start..];
    let col = match enc {
        "utf-8" => col_text.len(),
        "utf-32" => col_text.chars().count(),
        _ => col_text.encode_utf16().count(),
    };
    json!({"line": line, "character": col})
}

/// Decode semantic tokens against a text: `(text, type index, modifiers)`.
pub fn decode_tokens(text: &str, data: &[Value], enc: &str) -> Vec<(String, u64, u64)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let (mut line, mut col) = (0usize, 0usize);
    let mut out = Vec::new();
    for t in data.chunks(5) {
        let dl = t[0].as_u64().unwrap() as usize;
        let ds = t[1].as_u64().unwrap() as usize;
        if dl > 0 {
            line += dl;
            col = ds;
        } else {
            col += ds;
        }
        let len = t[2].as_u64().unwrap() as usize;
        let l = lines[line].trim_end_matches('\r');
        let s = match enc {
            "utf-8" => l.get(col..col + len).unwrap_or("<bad>").to_string(),
            "utf-32" => l.chars().skip(col).take(len).collect(),
            _ => {
                let u: Vec<u16> = l.encode_utf16().collect();
                String::from_utf16_lossy(&u[col.min(u.len())..(col + len).min(u.len())])
            }
        };
        out.push((s, t[3].as_u64().unwrap(), t[4].as_u64().unwrap()));
    }
    out
}
