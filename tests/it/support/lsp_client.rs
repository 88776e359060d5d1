//! A minimal LSP client over the real binary's stdin/stdout, with Content-Length framing.
//! Every message the server writes to stdout must be a framed JSON-RPC message: the
//! reader fails the test on anything else.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub struct LspClient {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Messages received while waiting for something else.
    pub backlog: Vec<Value>,
    /// How long `wait_for` waits (raised by tests that send megabytes).
    pub timeout: Duration,
}

const TIMEOUT: Duration = Duration::from_secs(20);

impl LspClient {
    pub fn start() -> Self {
        Self::start_with_args(&["lsp"])
    }

    pub fn start_with_args(args: &[&str]) -> Self {
        Self::spawn(args, Stdio::null())
    }

    /// Starts the server with its log (stderr) written to `log`.
    pub fn start_logging_to(log: &std::path::Path) -> Self {
        Self::spawn(&["lsp"], Stdio::from(std::fs::File::create(log).expect("create log file")))
    }

    fn spawn(args: &[&str], stderr: Stdio) -> Self {
        let mut child = Command::new(super::binary())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("start copydesk lsp");
        let stdout = child.stdout.take().expect("stdout");
        let stdin = child.stdin.take();
        let (sender, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    let (name, value) =
                        line.split_once(':').unwrap_or_else(|| panic!("not a header on stdout: {line:?}"));
                    if name.eq_ignore_ascii_case("content-length") {
                        length = Some(value.trim().parse::<usize>().expect("length"));
                    }
                }
                let mut body = vec![0; length.expect("Content-Length header")];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let message: Value = serde_json::from_slice(&body).expect("JSON body");
                if sender.send(message).is_err() {
                    return;
                }
            }
        });
        LspClient { child, stdin, incoming, next_id: 1, backlog: Vec::new(), timeout: TIMEOUT }
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        if let Some(stdin) = self.stdin.as_mut() {
            let _ = stdin.write_all(bytes);
            let _ = stdin.flush();
        }
    }

    pub fn send(&mut self, message: &Value) {
        let body = serde_json::to_vec(message).expect("serialise");
        let mut framed = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        framed.extend(body);
        self.send_raw(&framed);
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns the whole response (with `result` or `error`).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait_for(|message| message.get("id") == Some(&json!(id)) && message.get("method").is_none())
    }

    /// Waits for a message matching `predicate`, keeping others in the backlog.
    pub fn wait_for(&mut self, predicate: impl Fn(&Value) -> bool) -> Value {
        if let Some(index) = self.backlog.iter().position(&predicate) {
            return self.backlog.remove(index);
        }
        let deadline = Instant::now() + self.timeout;
        loop {
            let remaining = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(remaining) {
                Ok(message) => {
                    // Answer server-to-client requests (configuration, registration) like a plain client.
                    if message.get("id").is_some() && message.get("method").is_some() {
                        let reply = if message["method"] == "workspace/configuration" {
                            let count = message["params"]["items"].as_array().map_or(0, Vec::len);
                            json!({ "jsonrpc": "2.0", "id": message["id"], "result": vec![Value::Null; count] })
                        } else {
                            json!({ "jsonrpc": "2.0", "id": message["id"], "result": null })
                        };
                        self.send(&reply);
                    }
                    if predicate(&message) {
                        return message;
                    }
                    self.backlog.push(message);
                }
                Err(RecvTimeoutError::Timeout) => panic!("timed out; backlog: {:#?}", self.backlog),
                Err(RecvTimeoutError::Disconnected) => panic!("server closed stdout; backlog: {:#?}", self.backlog),
            }
        }
    }

    /// Waits for diagnostics for `uri` at `version` (or any version when `None`).
    pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && version.is_none_or(|v| m["params"]["version"] == json!(v))
        });
        message["params"]["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    /// Waits for diagnostics for `uri` at `version` that pass `wanted`: a server may publish
    /// a document again (the newsroom's memory re-analyses open drafts when its index
    /// changes), so a test waits for the state it expects rather than the next message.
    pub fn diagnostics_until(
        &mut self,
        uri: &str,
        version: Option<i64>,
        wanted: impl Fn(&[Value]) -> bool,
    ) -> Vec<Value> {
        loop {
            let diagnostics = self.diagnostics(uri, version);
            if wanted(&diagnostics) {
                return diagnostics;
            }
        }
    }

    pub fn initialize(&mut self, capabilities: Value) -> Value {
        let response =
            self.request("initialize", json!({ "processId": null, "rootUri": null, "capabilities": capabilities }));
        self.notify("initialized", json!({}));
        response
    }

    pub fn open(&mut self, uri: &str, language_id: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language_id, "version": version, "text": text } }),
        );
    }

    /// shutdown + exit; returns the exit status code.
    pub fn shutdown(mut self) -> Option<i32> {
        let response = self.request("shutdown", Value::Null);
        assert!(response.get("error").is_none(), "{response}");
        self.notify("exit", Value::Null);
        self.stdin.take();
        self.wait_exit()
    }

    pub fn close_stdin(&mut self) {
        self.stdin.take();
    }

    pub fn wait_exit(&mut self) -> Option<i32> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("server did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The codes of a list of diagnostics.
pub fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics.iter().map(|d| d["code"].as_str().unwrap_or_default().to_string()).collect()
}
