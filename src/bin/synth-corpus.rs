//! `synth-corpus`: writes a synthetic corpus of Korean and English notices built from the
//! built-in gazetteer ([`noticegraph::synth`]), for the scale benchmark
//! (`benches/scale.sh`). Not part of the `noticegraph` command line.

use clap::Parser;
use noticegraph::ingest::Gazetteer;
use noticegraph::synth::{Generator, write_corpus};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Writes N synthetic notices (about half Korean, half English: meetings, visits, survey
/// rankings, announced editions) in the corpus's text format, from the built-in gazetteer.
/// The same seed always gives the same notices, and notice i does not depend on N: the
/// first 1,000 of a 100,000-notice corpus are the 1,000-notice corpus.
#[derive(Debug, Parser)]
#[command(name = "synth-corpus", version)]
struct Args {
    /// Number of notices to write.
    #[arg(long, default_value_t = 1000)]
    count: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Folder to write into (created if missing; notices in sub-folders of 1,000 files,
    /// existing files of the same names replaced).
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let started = Instant::now();
    let generator = Generator::new(Gazetteer::builtin(), args.seed);
    match write_corpus(&generator, args.count, &args.out) {
        Ok(stats) => {
            eprintln!(
                "wrote {} notices ({} Korean), {} bytes, to {} in {:.2}s",
                stats.notices,
                stats.korean,
                stats.bytes,
                args.out.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: writing to {}: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}
