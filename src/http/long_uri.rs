//! The listener the service is served on: TCP connections whose bare `414` answers from
//! hyper get our plain-text message.
//!
//! hyper (under `axum::serve`) refuses a request target longer than 65,534 bytes itself, a
//! constant of its HTTP/1 parser that no builder option raises: it answers
//! `414 URI Too Long` with an empty body and closes the connection, before any middleware
//! runs, so [`super::limit_the_url`] never sees the request and the client gets no hint to
//! `POST` the query. [`LongUriListener`] wraps every accepted connection in [`LongUriIo`],
//! which watches the bytes read for a request line past hyper's limit and, when hyper then
//! writes its bodiless `414` head, writes in its place the answer the router gives below
//! the limit: [`AppError::UriTooLong`] as `text/plain`, naming `url_limit` and the ways to
//! `POST` a query, with `Vary: Accept`, `X-Content-Type-Options: nosniff` and
//! `Access-Control-Allow-Origin: *` like every other error.

use super::error::AppError;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The longest request target hyper's HTTP/1 parser accepts, in bytes (`MAX_URI_LEN` in
/// hyper's `proto/h1/role.rs`); longer ones get its bodiless `414`.
pub const HYPER_MAX_URI: usize = u16::MAX as usize - 1;

/// A [`TcpListener`] whose connections answer hyper's own `414` with our message; serve
/// it with `axum::serve(LongUriListener::new(tcp, config.url_limit), app(state))`.
#[derive(Debug)]
pub struct LongUriListener {
    tcp: TcpListener,
    url_limit: usize,
}

impl LongUriListener {
    /// Wraps `tcp`; `url_limit` (`config.url_limit`) is the limit the message names.
    pub fn new(tcp: TcpListener, url_limit: usize) -> LongUriListener {
        LongUriListener { tcp, url_limit }
    }
}

impl axum::serve::Listener for LongUriListener {
    type Io = LongUriIo<TcpStream>;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (io, addr) = axum::serve::Listener::accept(&mut self.tcp).await;
        (LongUriIo::new(io, self.url_limit), addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}

/// One connection (any byte stream `io`) that tracks the request lines read from it and
/// replaces hyper's bodiless `414` head by a full plain-text answer.
#[derive(Debug)]
pub struct LongUriIo<T> {
    io: T,
    url_limit: usize,
    /// Bytes of the line being read so far (since the last `\n`).
    line: usize,
    /// Spaces seen on that line (the target lies between the first and the second).
    spaces: usize,
    /// Bytes of the target on that line so far.
    target: usize,
    /// The target length of the last line read that was longer than [`HYPER_MAX_URI`].
    oversized: Option<usize>,
    /// Our answer being written in place of hyper's: its bytes, how many are written, and
    /// how many bytes of hyper's buffer to report once it is all out.
    replacing: Option<(Vec<u8>, usize, usize)>,
}

impl<T> LongUriIo<T> {
    /// Wraps `io`; `url_limit` is the limit the message names.
    pub fn new(io: T, url_limit: usize) -> LongUriIo<T> {
        LongUriIo {
            io,
            url_limit,
            line: 0,
            spaces: 0,
            target: 0,
            oversized: None,
            replacing: None,
        }
    }

    /// Follows the lines of `bytes`, just read: a line longer than [`HYPER_MAX_URI`] bytes
    /// leaves its target's length in `oversized` (a request line; a long body line also
    /// sets it, which is harmless: only hyper's bodiless `414` is ever replaced).
    fn saw(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match b {
                b'\n' => {
                    if self.line > HYPER_MAX_URI {
                        self.oversized = Some(self.target);
                    }
                    self.line = 0;
                    self.spaces = 0;
                    self.target = 0;
                    continue;
                }
                b' ' => self.spaces += 1,
                _ if self.spaces == 1 => self.target += 1,
                _ => {}
            }
            self.line += 1;
        }
        if self.line > HYPER_MAX_URI {
            // hyper may refuse a head before its line ends (past its buffer)
            self.oversized = Some(self.target);
        }
    }

    /// Our answer when `head` is hyper's bodiless `414` after an oversized line.
    fn replacement(&self, head: &[u8]) -> Option<Vec<u8>> {
        let length = self.oversized?;
        let bare = (head.starts_with(b"HTTP/1.1 414 ") || head.starts_with(b"HTTP/1.0 414 "))
            && head
                .windows(b"\r\ncontent-length: 0\r\n".len())
                .any(|w| w.eq_ignore_ascii_case(b"\r\ncontent-length: 0\r\n"));
        bare.then(|| answer(length, self.url_limit))
    }
}

/// The full `414` answer for a target of `length` bytes: [`AppError::UriTooLong`]'s
/// message as plain text; the connection closes after it, as hyper closes it.
pub fn answer(length: usize, url_limit: usize) -> Vec<u8> {
    let message = format!(
        "{}\n",
        AppError::UriTooLong {
            length,
            limit: url_limit
        }
    );
    format!(
        "HTTP/1.1 414 URI Too Long\r\ncontent-type: text/plain; charset=utf-8\r\n\
         content-length: {}\r\nx-content-type-options: nosniff\r\nvary: accept\r\n\
         access-control-allow-origin: *\r\nconnection: close\r\n\r\n{message}",
        message.len()
    )
    .into_bytes()
}

impl<T: AsyncRead + Unpin> AsyncRead for LongUriIo<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        ready!(Pin::new(&mut this.io).poll_read(cx, buf))?;
        this.saw(&buf.filled()[before..]);
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for LongUriIo<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.replacing.is_none() {
            if let Some(bytes) = this.replacement(buf) {
                this.replacing = Some((bytes, 0, buf.len()));
            }
        }
        let Some((bytes, written, report)) = &mut this.replacing else {
            return Pin::new(&mut this.io).poll_write(cx, buf);
        };
        while *written < bytes.len() {
            let n = ready!(Pin::new(&mut this.io).poll_write(cx, &bytes[*written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *written += n;
        }
        let report = *report;
        this.replacing = None;
        this.oversized = None;
        Poll::Ready(Ok(report))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    // hyper then writes each head in one buffer (its "flatten" strategy), so a head is
    // always seen whole at the start of a write
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn request(target_len: usize) -> Vec<u8> {
        format!(
            "GET /{} HTTP/1.1\r\nhost: x\r\n\r\n",
            "a".repeat(target_len - 1)
        )
        .into_bytes()
    }

    const BARE: &[u8] = b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\ndate: x\r\n\r\n";

    #[tokio::test]
    async fn hypers_bare_414_after_a_long_request_line_gets_our_message() {
        let (client, server) = tokio::io::duplex(1 << 20);
        let mut io = LongUriIo::new(server, 8192);
        let mut client = client;
        client.write_all(&request(70_000)).await.unwrap();
        let mut buf = vec![0; 100_000];
        let mut read = 0;
        while read < 70_000 {
            read += io.read(&mut buf[read..]).await.unwrap();
        }
        assert_eq!(io.oversized, Some(70_000));
        io.write_all(BARE).await.unwrap();
        io.shutdown().await.unwrap();
        let mut answer = String::new();
        client.read_to_string(&mut answer).await.unwrap();
        assert!(
            answer.starts_with("HTTP/1.1 414 URI Too Long\r\n"),
            "{answer}"
        );
        for part in [
            "text/plain; charset=utf-8",
            "70000 bytes",
            "8192 bytes",
            "POST",
        ] {
            assert!(answer.contains(part), "{part}: {answer}");
        }
        let (head, body) = answer.split_once("\r\n\r\n").unwrap();
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{answer}"
        );
    }

    #[tokio::test]
    async fn other_answers_pass_unchanged() {
        let (client, server) = tokio::io::duplex(1 << 20);
        let mut io = LongUriIo::new(server, 8192);
        let mut client = client;
        client.write_all(&request(100)).await.unwrap();
        let mut buf = vec![0; 1000];
        let _ = io.read(&mut buf).await.unwrap();
        // a short request line: even a bare 414 is left as it is
        io.write_all(BARE).await.unwrap();
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";
        io.write_all(ok).await.unwrap();
        io.shutdown().await.unwrap();
        let mut answer = Vec::new();
        client.read_to_end(&mut answer).await.unwrap();
        assert_eq!(answer, [BARE, ok.as_slice()].concat());
    }

    #[test]
    fn a_line_split_across_reads_is_counted_whole() {
        let mut io = LongUriIo::new((), 100);
        let line = request(HYPER_MAX_URI + 10);
        for chunk in line.chunks(4096) {
            io.saw(chunk);
        }
        assert_eq!(io.oversized, Some(HYPER_MAX_URI + 10));
        let mut short = LongUriIo::new((), 100);
        short.saw(&request(HYPER_MAX_URI - 20));
        assert_eq!(short.oversized, None);
    }
}
