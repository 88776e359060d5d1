//! A guard between the client's bytes and tower-lsp-server.
//!
//! Why it exists: tower-lsp-server 0.23 decodes stdin with a tokio-util `FramedRead`, and
//! after its codec reports one error (a body that is not JSON, a body that is JSON but not
//! JSON-RPC, a missing or non-numeric `Content-Length`, a `Content-Type` charset other than
//! UTF-8, or a header name spelled `content-length`) the stream ends: the server answers
//! `Parse error` and then stops serving, and the process exits with nothing on stderr. One
//! bad message from a buggy plugin would take the copy desk down mid-story.
//!
//! So stdin goes through [`FrameReader`] first, and tower-lsp-server only ever sees
//! well-formed frames: a message that is not valid JSON-RPC is dropped with a logged
//! warning, except a request whose `id` can still be read, which is replaced by a call to
//! [`INVALID_REQUEST_METHOD`] so the client gets an `Invalid request` error for that id
//! instead of waiting forever. After a broken header, reading resumes at the next
//! `Content-Length`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tower_lsp_server::jsonrpc::{Request, Response};

/// The method a request is renamed to when its body is not valid JSON-RPC but its id is
/// known; the server answers it with `Invalid request`.
pub const INVALID_REQUEST_METHOD: &str = "copydesk/invalidRequest";

/// A header block longer than this is garbage, not a header.
const MAX_HEADER_BYTES: usize = 8 * 1024;
/// A message longer than this is refused (its header is treated as broken). Generous: a
/// 50 MB draft sent whole as JSON stays below it.
pub const MAX_BODY_BYTES: usize = 256 * 1024 * 1024;

const CONTENT_LENGTH: &[u8] = b"content-length";

/// What one frame of the stream turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    /// A body as sent, to be checked and passed on.
    Body(Vec<u8>),
    /// Bytes that could not be framed, and why; they have been skipped.
    Broken(String),
}

/// Splits a byte stream into `Content-Length` framed bodies, leniently: header names in
/// any case, `\n` or `\r\n` line ends, any other header ignored, stray blank lines between
/// messages skipped. On a broken header it skips to the next `Content-Length`.
#[derive(Debug, Default)]
pub struct FrameReader {
    buffer: Vec<u8>,
}

fn find_case_insensitive(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..haystack.len().saturating_sub(needle.len() - 1))
        .find(|&index| haystack[index..index + needle.len()].eq_ignore_ascii_case(needle))
}

/// The end of the header block (index just past its blank line), if complete.
fn header_end(buffer: &[u8]) -> Option<usize> {
    let mut line_start = 0;
    while let Some(newline) = buffer[line_start..].iter().position(|&b| b == b'\n') {
        let line = &buffer[line_start..line_start + newline];
        if line.is_empty() || line == b"\r" {
            return Some(line_start + newline + 1);
        }
        line_start += newline + 1;
    }
    None
}

fn parse_content_length(header: &[u8]) -> Result<usize, String> {
    let header = std::str::from_utf8(header).map_err(|_| "header is not UTF-8".to_string())?;
    let mut length = None;
    for line in header.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let (name, value) = line.split_once(':').ok_or_else(|| format!("not a header line: {line:?}"))?;
        if name.trim().eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            let parsed: usize = value.parse().map_err(|_| format!("Content-Length is not a number: {value:?}"))?;
            if parsed > MAX_BODY_BYTES {
                return Err(format!("Content-Length {parsed} is larger than the {MAX_BODY_BYTES}-byte limit"));
            }
            length = Some(parsed);
        }
    }
    length.ok_or_else(|| "no Content-Length header".to_string())
}

impl FrameReader {
    pub fn push(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
    }

    /// Skips the broken start of the buffer up to the next `Content-Length` (keeping a
    /// possible partial one at the end).
    fn resynchronise(&mut self) {
        let next = find_case_insensitive(&self.buffer, CONTENT_LENGTH, 1).unwrap_or_else(|| {
            // No header in sight: drop all but a tail that may be the start of one.
            let length = self.buffer.len();
            let kept = (1..CONTENT_LENGTH.len().min(length))
                .rev()
                .find(|&k| self.buffer[length - k..].eq_ignore_ascii_case(&CONTENT_LENGTH[..k]))
                .unwrap_or(0);
            (length - kept).max(1)
        });
        self.buffer.drain(..next.min(self.buffer.len()));
    }

    /// The next complete frame, or `None` until more bytes arrive.
    pub fn next_frame(&mut self) -> Option<Frame> {
        // Blank lines between messages are harmless.
        let leading = self.buffer.iter().take_while(|b| b.is_ascii_whitespace()).count();
        self.buffer.drain(..leading);
        if self.buffer.is_empty() {
            return None;
        }
        let Some(header_length) = header_end(&self.buffer) else {
            // A complete first line that is not `Name: value` will never become a header.
            let first_line_broken =
                self.buffer.iter().position(|&b| b == b'\n').is_some_and(|end| !self.buffer[..end].contains(&b':'));
            if self.buffer.len() > MAX_HEADER_BYTES || first_line_broken {
                self.resynchronise();
                return Some(Frame::Broken("bytes that are not a message header".to_string()));
            }
            return None;
        };
        let body_length = match parse_content_length(&self.buffer[..header_length]) {
            Ok(length) => length,
            Err(reason) => {
                self.resynchronise();
                return Some(Frame::Broken(reason));
            }
        };
        if self.buffer.len() < header_length + body_length {
            return None;
        }
        let body: Vec<u8> = self.buffer.drain(..header_length + body_length).skip(header_length).collect();
        Some(Frame::Body(self.split_overlong_body(body)))
    }

    /// A `Content-Length` that was too large swallows the start of the next message: if the
    /// body is one JSON value followed by more than whitespace, give the rest back.
    fn split_overlong_body(&mut self, body: Vec<u8>) -> Vec<u8> {
        let mut values = serde_json::Deserializer::from_slice(&body).into_iter::<serde::de::IgnoredAny>();
        let Some(Ok(_)) = values.next() else { return body };
        let end = values.byte_offset();
        if body[end..].iter().all(u8::is_ascii_whitespace) {
            return body;
        }
        tracing::warn!(
            extra_bytes = body.len() - end,
            "Content-Length was longer than the message; reading the rest as the next one"
        );
        let rest = body[end..].to_vec();
        self.buffer.splice(0..0, rest);
        body[..end].to_vec()
    }

    /// Bytes left when the stream ends: an unfinished message.
    pub fn unfinished(&self) -> usize {
        self.buffer.iter().filter(|b| !b.is_ascii_whitespace()).count()
    }
}

/// What to pass on for a body: itself, a stand-in request, or nothing.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Valid JSON-RPC, with its method when it is a request or notification.
    Forward(Vec<u8>, Option<String>),
    /// Not JSON-RPC, but a request id was readable: answer it with `Invalid request`.
    Reject {
        id: Value,
        reason: String,
    },
    Drop(String),
}

pub fn judge(body: Vec<u8>) -> Verdict {
    if let Ok(request) = serde_json::from_slice::<Request>(&body) {
        let method = request.method().to_string();
        return Verdict::Forward(body, Some(method));
    }
    if serde_json::from_slice::<Response>(&body).is_ok() {
        return Verdict::Forward(body, None);
    }
    match serde_json::from_slice::<Value>(&body) {
        Err(error) => Verdict::Drop(format!("body is not JSON: {error}")),
        Ok(value) => {
            let id = value.get("id").filter(|id| id.is_i64() || id.is_string()).cloned();
            match (id, value.get("method")) {
                (Some(id), Some(_)) => Verdict::Reject { id, reason: "not a valid JSON-RPC 2.0 request".to_string() },
                _ => Verdict::Drop("JSON that is not a JSON-RPC 2.0 message".to_string()),
            }
        }
    }
}

/// Seen on the way in: what the exit code depends on.
#[derive(Debug, Default)]
pub struct Lifecycle {
    pub shutdown_received: AtomicBool,
    pub exit_received: AtomicBool,
}

impl Lifecycle {
    fn observe(&self, method: Option<&str>) {
        match method {
            Some("shutdown") => self.shutdown_received.store(true, Ordering::SeqCst),
            Some("exit") => self.exit_received.store(true, Ordering::SeqCst),
            _ => {}
        }
    }

    /// LSP: 0 after `shutdown` then `exit`; 1 for `exit` without `shutdown`, or a client
    /// that closed the stream without `exit`.
    pub fn exit_code(&self) -> u8 {
        let clean = self.shutdown_received.load(Ordering::SeqCst) && self.exit_received.load(Ordering::SeqCst);
        if clean { 0 } else { 1 }
    }
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut message = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    message.extend_from_slice(body);
    message
}

/// Reads `input`, passes well-formed messages to the returned reader, and drops (with a
/// warning) or rejects the rest.
pub fn guarded_input(
    mut input: impl AsyncRead + Unpin + Send + 'static,
    lifecycle: Arc<Lifecycle>,
) -> tokio::io::DuplexStream {
    let (mut to_server, server_side) = tokio::io::duplex(1 << 20);
    tokio::spawn(async move {
        let mut reader = FrameReader::default();
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let read = match input.read(&mut chunk).await {
                Ok(0) => break,
                Ok(read) => read,
                Err(error) => {
                    tracing::warn!(%error, "cannot read from the client; stopping");
                    break;
                }
            };
            reader.push(&chunk[..read]);
            while let Some(frame) = reader.next_frame() {
                let forwarded = match frame {
                    Frame::Broken(reason) => {
                        tracing::warn!("skipped a malformed message: {reason}");
                        continue;
                    }
                    Frame::Body(body) => {
                        match judge(body) {
                            Verdict::Forward(body, method) => {
                                lifecycle.observe(method.as_deref());
                                body
                            }
                            Verdict::Reject { id, reason } => {
                                tracing::warn!(%id, "rejected a request: {reason}");
                                serde_json::to_vec(&serde_json::json!({ "jsonrpc": "2.0", "id": id, "method": INVALID_REQUEST_METHOD }))
                                .unwrap_or_default()
                            }
                            Verdict::Drop(reason) => {
                                tracing::warn!("ignored a malformed message: {reason}");
                                continue;
                            }
                        }
                    }
                };
                if to_server.write_all(&framed(&forwarded)).await.is_err() {
                    return; // The server has stopped reading: it is exiting.
                }
            }
        }
        if reader.unfinished() > 0 {
            tracing::warn!(bytes = reader.unfinished(), "the client closed the stream in the middle of a message");
        }
        // Dropping `to_server` ends the server's input.
    });
    server_side
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = FrameReader::default();
        let mut found = Vec::new();
        // Byte by byte: framing must not depend on how reads are split.
        for byte in input {
            reader.push(std::slice::from_ref(byte));
            while let Some(frame) = reader.next_frame() {
                found.push(frame);
            }
        }
        found
    }

    fn body(text: &str) -> Frame {
        Frame::Body(text.as_bytes().to_vec())
    }

    #[test]
    fn well_formed_frames_in_any_header_spelling() {
        let input = b"Content-Length: 2\r\n\r\n{}content-length:3\nContent-Type: application/vscode-jsonrpc; charset=latin1\n\n[1]\r\n";
        assert_eq!(frames(input), [body("{}"), body("[1]")]);
    }

    #[test]
    fn broken_headers_are_skipped_up_to_the_next_message() {
        let input = b"Content-Length: abc\r\n\r\n{\"x\":1}Content-Length: 2\r\n\r\n{}garbage line\nContent-Length: 99999999999999\r\n\r\nContent-Length: 2\r\n\r\n[]";
        let found = frames(input);
        assert!(matches!(&found[0], Frame::Broken(reason) if reason.contains("not a number")), "{found:?}");
        let bodies: Vec<&Frame> = found.iter().filter(|frame| matches!(frame, Frame::Body(_))).collect();
        assert_eq!(bodies, [&body("{}"), &body("[]")], "{found:?}");
        assert!(
            found.iter().any(|frame| matches!(frame, Frame::Broken(reason) if reason.contains("limit"))),
            "{found:?}"
        );
    }

    #[test]
    fn a_too_short_length_loses_one_message_and_a_too_long_one_none() {
        // Too short: the cut body is passed on (and judged not JSON), the rest skipped.
        let found = frames(b"Content-Length: 3\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}");
        assert_eq!(found.first(), Some(&body("{\"a")));
        assert_eq!(found.last(), Some(&body("{}")));
        // Too long: the start of the next header is given back.
        let found = frames(b"Content-Length: 12\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}");
        assert_eq!(found, [body("{\"a\":1}"), body("{}")]);
    }

    #[test]
    fn judging_bodies() {
        let request = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#.to_vec();
        assert_eq!(judge(request.clone()), Verdict::Forward(request, Some("shutdown".to_string())));
        assert!(matches!(judge(b"{not json".to_vec()), Verdict::Drop(_)));
        assert!(matches!(judge(br#"{"id":7,"method":3}"#.to_vec()), Verdict::Reject { id, .. } if id == 7));
        assert!(matches!(judge(br#"{"jsonrpc":"2.0","id":{"x":1},"method":"x"}"#.to_vec()), Verdict::Drop(_)));
        assert!(matches!(judge(b"[1,2]".to_vec()), Verdict::Drop(_)));
    }
}
