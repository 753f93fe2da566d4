//! A defensive framing layer in front of tower-lsp-server.
//!
//! tower-lsp-server stops reading at the first undecodable frame (its `FramedRead` ends after
//! an error), so bad input from a client would end the server. Here every frame is read,
//! repaired when it can be (invalid UTF-8 → U+FFFD, unpaired surrogate escapes → `\uFFFD`) and
//! validated before it is passed on; bad frames get a JSON-RPC error response and the reader
//! resynchronises on the next `Content-Length` header. `$/…` requests that the server does not
//! implement are answered with MethodNotFound (tower-lsp would stay silent).

use std::sync::Arc;

use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::Mutex;

const HEADER: &[u8] = b"content-length";

pub type SharedOut<O> = Arc<Mutex<O>>;

/// Write one framed message.
pub async fn write_frame<O: AsyncWrite + Unpin>(out: &SharedOut<O>, body: &[u8]) {
    let mut o = out.lock().await;
    let header = format!("Content-Length: {}\r\n\r\n", body.len());
    if o.write_all(header.as_bytes()).await.is_err() || o.write_all(body).await.is_err() {
        return;
    }
    let _ = o.flush().await;
}

fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len())
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Replace `\uD800`–`\uDFFF` escapes that are not a valid surrogate pair by `\uFFFD`.
pub fn repair_surrogates(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let hex = |i: usize| -> Option<u32> {
        s.get(i..i + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    let mut last = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if i + 1 < b.len() && b[i + 1] == b'u' {
                if let Some(cu) = hex(i + 2) {
                    if (0xD800..0xDC00).contains(&cu) {
                        // a high surrogate must be followed by a low one
                        let low = if b.get(i + 6) == Some(&b'\\') && b.get(i + 7) == Some(&b'u') {
                            hex(i + 8)
                        } else {
                            None
                        };
                        if low.is_some_and(|l| (0xDC00..0xE000).contains(&l)) {
                            i += 12;
                            continue;
                        }
                        out.push_str(&s[last..i]);
                        out.push_str("\\uFFFD");
                        i += 6;
                        last = i;
                        continue;
                    } else if (0xDC00..0xE000).contains(&cu) {
                        out.push_str(&s[last..i]);
                        out.push_str("\\uFFFD");
                        i += 6;
                        last = i;
                        continue;
                    }
                }
                i += 2;
            } else {
                i += 2; // an escaped character (including `\\`)
            }
            continue;
        }
        i += 1;
    }
    out.push_str(&s[last.min(s.len())..]);
    out
}

enum Checked {
    Forward(Vec<u8>),
    /// An error response to send back.
    Reply(Value),
    Drop,
}

fn error(id: Value, code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

/// Methods under `$/` that are notifications the server may receive.
fn known_dollar(method: &str) -> bool {
    matches!(
        method,
        "$/cancelRequest" | "$/setTrace" | "$/logTrace" | "$/progress"
    )
}

fn check(body: &[u8]) -> Checked {
    let text = String::from_utf8_lossy(body);
    let v: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(_) => match serde_json::from_str(&repair_surrogates(&text)) {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!("dropping a message that is not JSON: {e}");
                return Checked::Reply(error(Value::Null, -32700, &format!("Parse error: {e}")));
            }
        },
    };
    let Some(obj) = v.as_object() else {
        return Checked::Reply(error(
            Value::Null,
            -32600,
            "Invalid Request: not a JSON object",
        ));
    };
    let id = obj.get("id").cloned();
    let id_ok = id
        .as_ref()
        .is_none_or(|i| i.is_number() || i.is_string() || i.is_null());
    let reply_id = if id_ok {
        id.clone().unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    if !id_ok {
        return Checked::Reply(error(Value::Null, -32600, "Invalid Request: bad id"));
    }
    match obj.get("method") {
        Some(Value::String(m)) => {
            if let Some(p) = obj.get("params") {
                if !(p.is_object() || p.is_array() || p.is_null()) {
                    return match id {
                        Some(_) => Checked::Reply(error(
                            reply_id,
                            -32602,
                            "Invalid params: params must be an object or an array",
                        )),
                        None => Checked::Drop,
                    };
                }
            }
            if m.starts_with("$/") && !known_dollar(m) {
                return match id {
                    Some(_) => {
                        Checked::Reply(error(reply_id, -32601, &format!("Method not found: {m}")))
                    }
                    None => Checked::Drop,
                };
            }
            let mut o = obj.clone();
            o.insert("jsonrpc".into(), Value::String("2.0".into()));
            Checked::Forward(serde_json::to_vec(&Value::Object(o)).unwrap_or_default())
        }
        Some(_) => Checked::Reply(error(
            reply_id,
            -32600,
            "Invalid Request: method must be a string",
        )),
        None => {
            if id.is_some() && (obj.contains_key("result") || obj.contains_key("error")) {
                let mut o = obj.clone();
                o.insert("jsonrpc".into(), Value::String("2.0".into()));
                Checked::Forward(serde_json::to_vec(&Value::Object(o)).unwrap_or_default())
            } else {
                Checked::Reply(error(reply_id, -32600, "Invalid Request: no method"))
            }
        }
    }
}

/// Read frames from the client, pass good ones to the server, answer bad ones.
pub async fn pump_input<I, S, O>(mut input: I, mut server: S, out: SharedOut<O>)
where
    I: AsyncRead + Unpin,
    S: AsyncWrite + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut chunk = vec![0u8; 1 << 16];
    let mut eof = false;
    macro_rules! fill {
        () => {{
            if eof {
                false
            } else {
                match input.read(&mut chunk).await {
                    Ok(0) | Err(_) => {
                        eof = true;
                        false
                    }
                    Ok(n) => {
                        buf.extend_from_slice(&chunk[..n]);
                        true
                    }
                }
            }
        }};
    }
    loop {
        // resynchronise: the buffer must start at a header
        match find_ci(&buf, HEADER, 0) {
            Some(0) => {}
            Some(i) => {
                let skipped = &buf[..i];
                if skipped.iter().any(|b| !b.is_ascii_whitespace()) {
                    tracing::warn!("skipping {} bytes of garbage between messages", i);
                }
                buf.drain(..i);
            }
            None => {
                // keep a possible partial header at the end
                let keep = buf.len().min(HEADER.len());
                let cut = buf.len() - keep;
                buf.drain(..cut);
                if !fill!() {
                    break;
                }
                continue;
            }
        }
        let Some(hdr_end) = find(&buf, b"\r\n\r\n") else {
            if buf.len() > 64 * 1024 {
                buf.drain(..HEADER.len());
                continue;
            }
            if !fill!() {
                break;
            }
            continue;
        };
        let headers = String::from_utf8_lossy(&buf[..hdr_end]).to_string();
        let len = headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            if k.trim().eq_ignore_ascii_case("content-length") {
                Some(v.trim().parse::<usize>())
            } else {
                None
            }
        });
        let len = match len {
            Some(Ok(n)) => n,
            _ => {
                write_frame(
                    &out,
                    error(
                        Value::Null,
                        -32700,
                        "Parse error: bad Content-Length header",
                    )
                    .to_string()
                    .as_bytes(),
                )
                .await;
                buf.drain(..HEADER.len());
                continue;
            }
        };
        let start = hdr_end + 4;
        while buf.len() < start + len {
            if !fill!() {
                break;
            }
        }
        if buf.len() < start + len {
            // EOF inside a body: nothing more will come
            break;
        }
        let body: Vec<u8> = buf[start..start + len].to_vec();
        // Content-Length too long: the next header is inside this body
        if let Some(next) = find_ci(&body, HEADER, 0) {
            if serde_json::from_slice::<Value>(&body).is_err() {
                write_frame(
                    &out,
                    error(
                        Value::Null,
                        -32700,
                        "Parse error: message shorter than its Content-Length",
                    )
                    .to_string()
                    .as_bytes(),
                )
                .await;
                buf.drain(..start + next);
                continue;
            }
        }
        buf.drain(..start + len);
        match check(&body) {
            Checked::Forward(b) => {
                let header = format!("Content-Length: {}\r\n\r\n", b.len());
                if server.write_all(header.as_bytes()).await.is_err()
                    || server.write_all(&b).await.is_err()
                    || server.flush().await.is_err()
                {
                    break;
                }
            }
            Checked::Reply(v) => write_frame(&out, v.to_string().as_bytes()).await,
            Checked::Drop => {}
        }
    }
    let _ = server.shutdown().await;
}

/// Copy the server's frames to the client, one whole frame at a time.
pub async fn pump_output<S, O>(mut server: S, out: SharedOut<O>)
where
    S: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        if let Some(hdr_end) = find(&buf, b"\r\n\r\n") {
            let headers = String::from_utf8_lossy(&buf[..hdr_end]).to_string();
            let len = headers.lines().find_map(|l| {
                l.split_once(':')
                    .filter(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
                    .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            });
            if let Some(len) = len {
                if buf.len() >= hdr_end + 4 + len {
                    let body: Vec<u8> = buf[hdr_end + 4..hdr_end + 4 + len].to_vec();
                    buf.drain(..hdr_end + 4 + len);
                    write_frame(&out, &body).await;
                    continue;
                }
            } else {
                buf.drain(..hdr_end + 4);
                continue;
            }
        }
        match server.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates() {
        assert_eq!(
            repair_surrogates(r#"{"a":"x\ud800y"}"#),
            r#"{"a":"x\uFFFDy"}"#
        );
        assert_eq!(
            repair_surrogates(r#"{"a":"\ud83d\ude00"}"#),
            r#"{"a":"\ud83d\ude00"}"#
        );
        assert_eq!(
            repair_surrogates(r#"{"a":"\\ud800"}"#),
            r#"{"a":"\\ud800"}"#
        );
        assert_eq!(repair_surrogates(r#"{"a":"\udc00"}"#), r#"{"a":"\uFFFD"}"#);
    }

    #[test]
    fn checks() {
        assert!(matches!(check(b"[1,2]"), Checked::Reply(_)));
        assert!(matches!(
            check(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$/x\"}"),
            Checked::Reply(_)
        ));
        assert!(matches!(
            check(b"{\"jsonrpc\":\"2.0\",\"method\":\"$/x\"}"),
            Checked::Drop
        ));
        assert!(matches!(
            check(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"),
            Checked::Forward(_)
        ));
        assert!(matches!(
            check(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":{\"t\":\"\xff\"}}"),
            Checked::Forward(_)
        ));
    }
}
