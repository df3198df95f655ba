//! A small driver of headless Chromium for the browser tests: it starts Debian's
//! `chromium` (`./dev setup` installs it) with a throw-away profile and speaks the Chrome
//! DevTools Protocol to it over one WebSocket (tungstenite, blocking). It opens a page,
//! waits for its `load` event, hands back what a reader sees (`<html lang>`, the rendered
//! text, the links) and what went wrong while loading (console errors, exceptions, CSP
//! violations, failed loads, JavaScript dialogs), and takes screenshots.
//!
//! No step waits by sleeping: every wait is for a protocol answer or event, bounded by
//! [`STEP`] (generous, for a loaded 2-core machine).

use base64::Engine as _;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// The longest any one step may take: starting Chromium, one command, one page load.
pub const STEP: Duration = Duration::from_secs(90);

/// The environment variable naming the Chromium (or Chrome) executable to use instead of
/// the first of [`CANDIDATES`] found on `PATH`.
const ENV: &str = "NOTICEGRAPH_CHROMIUM";

/// Executable names looked up on `PATH`, in order: Debian's package first.
const CANDIDATES: &[&str] = &["chromium", "chromium-browser", "google-chrome"];

/// The viewport the pages are shown in (CSS pixels): a laptop window.
const VIEWPORT: (u32, u32) = (1024, 900);

/// The tallest screenshot taken (CSS pixels); a longer page is cut there.
const MAX_SHOT_HEIGHT: f64 = 6000.0;

/// A running headless Chromium and the DevTools connection to it. Dropping it ends the
/// process (by its id) and deletes its profile.
pub struct Browser {
    child: Child,
    socket: WebSocket<TcpStream>,
    next_id: u64,
    /// Events read while waiting for something else, oldest first.
    events: VecDeque<Value>,
    _profile: tempfile::TempDir,
}

/// What one page load showed and what went wrong during it.
#[derive(Debug)]
pub struct Visit {
    /// The URL asked for.
    pub url: String,
    /// `document.documentElement.lang`.
    pub lang: String,
    /// `document.title`.
    pub title: String,
    /// The rendered text of the body (`innerText`: what a reader sees, markup gone).
    pub text: String,
    /// The text of the first `<h1>`, if there is one.
    pub h1: Option<String>,
    /// The text of the first element of class `summary` (the generated sentence), if any.
    pub summary: Option<String>,
    /// Every `href` of an `<a>` or `<link>`, resolved against the page (absolute URLs).
    pub links: Vec<String>,
    /// The text of every `<script type="application/ld+json">`, as the browser parsed it.
    pub json_ld: Vec<String>,
    /// Console errors, uncaught exceptions, CSP violations and failed loads, one line each.
    pub errors: Vec<String>,
    /// The message of every JavaScript dialog (`alert`, `confirm`, `prompt`) that opened.
    pub dialogs: Vec<String>,
    /// The DevTools session of the page's tab (for [`Browser::screenshot`]).
    session: String,
}

/// The executable to run: `$NOTICEGRAPH_CHROMIUM`, else the first of [`CANDIDATES`] on
/// `PATH`. Panics, telling how to install it, when there is none: the browser tests fail
/// rather than skip.
pub fn executable() -> PathBuf {
    if let Some(path) = std::env::var_os(ENV) {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    CANDIDATES
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "the browser tests need headless Chromium and found none ({} on PATH, or ${ENV}): \
                 run `./dev setup` (it installs Debian's `chromium`), or `apt-get install chromium`",
                CANDIDATES.join(", ")
            )
        })
}

impl Browser {
    /// Starts headless Chromium ([`executable`]) with a new profile in a temporary folder
    /// and connects to its DevTools WebSocket. Panics (with Chromium's own output) when it
    /// does not start within [`STEP`].
    pub fn start() -> Browser {
        let exe = executable();
        let profile = tempfile::tempdir().expect("temporary profile folder");
        let mut child = Command::new(&exe)
            .args([
                "--headless=new",
                "--remote-debugging-port=0",
                // the tests run as root in CI, where Chromium's sandbox cannot start
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--mute-audio",
                "--lang=en-US",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.display()));
        let url = devtools_url(&mut child, &exe);
        let socket = connect(&url);
        Browser {
            child,
            socket,
            next_id: 0,
            events: VecDeque::new(),
            _profile: profile,
        }
    }

    /// Opens `url` in a new tab of [`VIEWPORT`] size, waits for its `load` event and reads
    /// what the page shows (see [`Visit`]). Panics when the navigation fails or a step takes
    /// longer than [`STEP`].
    pub fn visit(&mut self, url: &str) -> Visit {
        let target = self.call(None, "Target.createTarget", json!({"url": "about:blank"}));
        let target_id = target["targetId"].as_str().expect("targetId").to_string();
        let attached = self.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
        );
        let session = attached["sessionId"]
            .as_str()
            .expect("sessionId")
            .to_string();
        let s = Some(session.as_str());
        for domain in ["Page", "Runtime", "Log", "Network"] {
            self.call(s, &format!("{domain}.enable"), json!({}));
        }
        self.call(
            s,
            "Page.setLifecycleEventsEnabled",
            json!({"enabled": true}),
        );
        self.call(
            s,
            "Emulation.setDeviceMetricsOverride",
            json!({"width": VIEWPORT.0, "height": VIEWPORT.1, "deviceScaleFactor": 1, "mobile": false}),
        );
        // what about:blank said is not this page's
        self.events.retain(|e| e["sessionId"] != json!(session));
        let navigation = self.call(s, "Page.navigate", json!({"url": url}));
        if let Some(error) = navigation["errorText"].as_str() {
            panic!("{url}: navigation failed: {error}");
        }
        let loader = navigation["loaderId"].clone();
        self.wait_event(&session, |e| {
            e["method"] == "Page.lifecycleEvent"
                && e["params"]["name"] == "load"
                && e["params"]["loaderId"] == loader
        });
        let page = self.evaluate(&session, READ_PAGE);
        let (errors, dialogs) = self.problems(&session);
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        Visit {
            url: url.to_string(),
            lang: page["lang"].as_str().unwrap_or_default().to_string(),
            title: page["title"].as_str().unwrap_or_default().to_string(),
            text: page["text"].as_str().unwrap_or_default().to_string(),
            h1: page["h1"].as_str().map(str::to_string),
            summary: page["summary"].as_str().map(str::to_string),
            links: strings(&page["links"]),
            json_ld: strings(&page["jsonLd"]),
            errors,
            dialogs,
            session,
        }
    }

    /// Saves a PNG of the whole page of `visit` (up to [`MAX_SHOT_HEIGHT`] CSS pixels tall)
    /// to `path`, creating its folder.
    pub fn screenshot(&mut self, visit: &Visit, path: &Path) {
        let s = Some(visit.session.as_str());
        let metrics = self.call(s, "Page.getLayoutMetrics", json!({}));
        let size = &metrics["cssContentSize"];
        let width = size["width"].as_f64().unwrap_or(f64::from(VIEWPORT.0));
        let height = size["height"]
            .as_f64()
            .unwrap_or(f64::from(VIEWPORT.1))
            .min(MAX_SHOT_HEIGHT);
        let shot = self.call(
            s,
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
            }),
        );
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("screenshot is base64");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        }
        std::fs::write(path, png)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }

    /// Sends `method` with `params` (to the tab of `session`, or to the browser) and waits
    /// for its result. Events read meanwhile are kept for [`Browser::wait_event`]. Panics
    /// on a protocol error or after [`STEP`].
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        let id = self.send(session, method, params);
        let deadline = Instant::now() + STEP;
        loop {
            let message = self.read(deadline, method);
            if message["id"] == json!(id) {
                if let Some(error) = message.get("error") {
                    panic!("DevTools {method}: {error}");
                }
                return message["result"].clone();
            }
            self.keep(message);
        }
    }

    /// Sends `method` with `params` without waiting; returns the command's id.
    fn send(&mut self, session: Option<&str>, method: &str, params: Value) -> u64 {
        self.next_id += 1;
        let mut command = json!({"id": self.next_id, "method": method, "params": params});
        if let Some(session) = session {
            command["sessionId"] = json!(session);
        }
        self.socket
            .send(Message::text(command.to_string()))
            .unwrap_or_else(|e| panic!("DevTools {method}: cannot send: {e}"));
        self.next_id
    }

    /// Keeps an event (a message with a `method`) for later; a dialog is recorded and
    /// dismissed at once, or the page would wait for a click forever. Answers to commands
    /// nobody waits for are dropped.
    fn keep(&mut self, message: Value) {
        if message.get("method").is_none() {
            return;
        }
        if message["method"] == "Page.javascriptDialogOpening" {
            let session = message["sessionId"].as_str().map(str::to_string);
            self.send(
                session.as_deref(),
                "Page.handleJavaScriptDialog",
                json!({"accept": true}),
            );
        }
        self.events.push_back(message);
    }

    /// Reads the next protocol message, waiting until `deadline` at most. Panics (naming
    /// `what` was awaited) on a closed connection or a timeout.
    fn read(&mut self, deadline: Instant, what: &str) -> Value {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "DevTools: no {what} within {STEP:?}");
            self.socket
                .get_mut()
                .set_read_timeout(Some(left))
                .expect("socket timeout");
            match self.socket.read() {
                Ok(Message::Text(text)) => {
                    return serde_json::from_str(text.as_str())
                        .unwrap_or_else(|e| panic!("DevTools sent bad JSON ({e}): {text}"));
                }
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    continue;
                }
                Err(e) => panic!("DevTools connection lost while awaiting {what}: {e}"),
            }
        }
    }

    /// Waits for the first event of `session` that `wanted` accepts (kept ones first) and
    /// leaves it in the kept events. Panics after [`STEP`].
    fn wait_event(&mut self, session: &str, wanted: impl Fn(&Value) -> bool) {
        let ours = |e: &Value| e["sessionId"] == json!(session);
        if self.events.iter().any(|e| ours(e) && wanted(e)) {
            return;
        }
        let deadline = Instant::now() + STEP;
        loop {
            let message = self.read(deadline, "the page's load event");
            let found = ours(&message) && wanted(&message);
            self.keep(message);
            if found {
                return;
            }
        }
    }

    /// Evaluates `expression` in the page of `session` and returns its value (JSON).
    /// Panics when it throws.
    fn evaluate(&mut self, session: &str, expression: &str) -> Value {
        let result = self.call(
            Some(session),
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        if let Some(exception) = result.get("exceptionDetails") {
            panic!("evaluating in the page threw: {exception}");
        }
        result["result"]["value"].clone()
    }

    /// The errors and dialog messages among the kept events of `session`, as lines of text.
    fn problems(&self, session: &str) -> (Vec<String>, Vec<String>) {
        let mut errors = Vec::new();
        let mut dialogs = Vec::new();
        for e in self
            .events
            .iter()
            .filter(|e| e["sessionId"] == json!(session))
        {
            let p = &e["params"];
            match e["method"].as_str().unwrap_or_default() {
                "Runtime.exceptionThrown" => {
                    let d = &p["exceptionDetails"];
                    errors.push(format!(
                        "exception: {} {}",
                        d["text"].as_str().unwrap_or_default(),
                        d["exception"]["description"].as_str().unwrap_or_default()
                    ));
                }
                "Runtime.consoleAPICalled"
                    if matches!(p["type"].as_str(), Some("error" | "assert")) =>
                {
                    errors.push(format!("console.{}: {}", p["type"], p["args"]));
                }
                "Log.entryAdded" if matches!(p["entry"]["level"].as_str(), Some("error")) => {
                    let entry = &p["entry"];
                    errors.push(format!(
                        "{} {}: {} {}",
                        entry["source"].as_str().unwrap_or_default(),
                        entry["level"].as_str().unwrap_or_default(),
                        entry["text"].as_str().unwrap_or_default(),
                        entry["url"].as_str().unwrap_or_default()
                    ));
                }
                "Network.loadingFailed" => {
                    errors.push(format!(
                        "load failed: {} {}",
                        p["errorText"].as_str().unwrap_or_default(),
                        p["blockedReason"].as_str().unwrap_or_default()
                    ));
                }
                "Page.javascriptDialogOpening" => {
                    dialogs.push(p["message"].as_str().unwrap_or_default().to_string());
                }
                _ => {}
            }
        }
        (errors, dialogs)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // by its id: this very process, nothing else
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What [`Browser::visit`] reads from a page, as one JSON value.
const READ_PAGE: &str = r#"({
  lang: document.documentElement.lang,
  title: document.title,
  text: document.body ? document.body.innerText : "",
  h1: document.querySelector("h1") ? document.querySelector("h1").innerText : null,
  summary: document.querySelector(".summary") ? document.querySelector(".summary").innerText : null,
  links: Array.from(document.querySelectorAll("a[href], link[href]"), a => a.href),
  jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]'), s => s.textContent),
})"#;

/// The DevTools WebSocket URL that Chromium prints on its standard error
/// (`DevTools listening on ws://…`). Its standard error keeps being drained by a thread
/// (a full pipe would stop Chromium). Panics with what Chromium printed when no URL comes
/// within [`STEP`] or the process ends first.
fn devtools_url(child: &mut Child, exe: &Path) -> String {
    let stderr = child.stderr.take().expect("piped stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            // once the URL is taken the receiver is gone; keep draining regardless
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + STEP;
    let mut said = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => {
                if let Some(url) = line.split("DevTools listening on ").nth(1) {
                    return url.trim().to_string();
                }
                said.push(line);
            }
            Err(e) => panic!(
                "{} gave no DevTools address ({e}); it said:\n{}",
                exe.display(),
                said.join("\n")
            ),
        }
    }
}

/// Opens the DevTools WebSocket at `url` (`ws://127.0.0.1:port/devtools/browser/…`),
/// without limits on message size beyond tungstenite's defaults (screenshots are a few MB).
fn connect(url: &str) -> WebSocket<TcpStream> {
    let address = url
        .trim_start_matches("ws://")
        .split('/')
        .next()
        .expect("host:port");
    let stream = TcpStream::connect(address)
        .unwrap_or_else(|e| panic!("cannot connect to DevTools at {address}: {e}"));
    stream.set_read_timeout(Some(STEP)).expect("socket timeout");
    let (socket, _) = tungstenite::client(url, stream)
        .unwrap_or_else(|e| panic!("DevTools WebSocket handshake with {url}: {e}"));
    socket
}
