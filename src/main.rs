//! The `noticegraph` binary: parses the command line, sets up logging and hands over to
//! [`noticegraph::cli::run`]. Nothing else lives here (STYLE rule 1).

use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = noticegraph::cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // colour codes only for a terminal, not for a log file or a pipe
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    match noticegraph::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
