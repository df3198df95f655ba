//! The command line: clap structs (every flag documented, each with a `NOTICEGRAPH_*`
//! environment fallback, DESIGN.md §Configuration) and the implementation of each
//! subcommand. `main.rs` only parses, sets up tracing and calls [`run`].
//!
//! Shaped like ripgrep's flags: raw flags → validated [`Config`] → built resources (store,
//! IRI minter, gazetteer). This is the one library module that uses `anyhow`, always with
//! `.context(..)` naming what was being done, because its errors end on a terminal.

use crate::config::{self, Config};
use crate::ingest::{self, Gazetteer};
use crate::load::{self, IngestOutcome};
use crate::rdf::iri::{self, Iris};
use crate::rdf::vocab;
use crate::state::{App, AppState, blocking};
use crate::store::{
    EmbeddedStore, QueryForm, RemoteAuth, RemoteEndpoints, RemoteStore, ResultFormat,
    ServicePolicy, Store, StoreError,
};
use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Default RocksDB directory of `--store`, relative to the working directory, next to the
/// `data/` folder of a checkout: `./var/store`.
pub const DEFAULT_STORE_DIR: &str = "var/store";
/// Default folder of the sample notices `serve` loads into an empty store.
pub const DEFAULT_DATA_DIR: &str = "data/notices";
/// `ingest` shows a progress bar above this many files (and only on a terminal).
pub const PROGRESS_THRESHOLD: usize = 3;

/// noticegraph: government news notices (Korean or English) → an event knowledge graph,
/// served as SPARQL, linked data and localized HTML.
#[derive(Debug, Parser)]
#[command(name = "noticegraph", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve SPARQL, linked data and HTML pages over HTTP.
    Serve(ServeArgs),
    /// Read notice files (or folders, recursively) into the store.
    Ingest(IngestArgs),
    /// Run a SPARQL query against the store and print the results.
    Query(QueryArgs),
    /// Write every quad of the store as N-Quads or TriG.
    Export(ExportArgs),
    /// Score extraction against gold annotations (`*.txt` beside `*.txt.gold.tsv`):
    /// precision, recall and F1 per entity type, per language and for events.
    Eval(EvalArgs),
}

/// Where the store lives: a RocksDB directory (`--store`), or a remote SPARQL 1.1 server
/// (`--store-url`, DESIGN.md §Scale-out).
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// RocksDB directory of the store (created when missing). Only one process can open it
    /// at a time: while `serve` runs, query its SPARQL endpoint instead. Ignored with
    /// --store-url.
    #[arg(long, env = "NOTICEGRAPH_STORE", default_value = DEFAULT_STORE_DIR)]
    pub store: PathBuf,
    /// Keep the graph in a remote SPARQL 1.1 server instead of a local directory: the base
    /// URL of its endpoints, laid out as `oxigraph serve` does: URL/query (SPARQL Query),
    /// URL/update (SPARQL Update), URL/store (Graph Store Protocol); e.g.
    /// http://10.0.0.5:7878. Queries see the union of its named graphs as their default
    /// graph: Oxigraph is asked with its union-default-graph request parameter (do not start
    /// it with --union-default-graph, which refuses updates with USING); set up other
    /// servers to present the union (Fuseki: tdb2:unionDefaultGraph). Several `serve`
    /// replicas may share one server. Only http:// (no TLS is built in): requests, and the
    /// credentials below, travel in clear text; keep the server on a private network or
    /// reach it through a local proxy that speaks TLS to it (its http://127.0.0.1 address).
    #[arg(long, env = "NOTICEGRAPH_STORE_URL", value_name = "URL", value_parser = StoreUrlParser)]
    pub store_url: Option<String>,
    /// The remote store's query endpoint, when it is not URL/query.
    #[arg(long, env = "NOTICEGRAPH_STORE_QUERY_URL", value_name = "URL",
          value_parser = StoreUrlParser, requires = "store_url")]
    pub store_query_url: Option<String>,
    /// The remote store's update endpoint, when it is not URL/update.
    #[arg(long, env = "NOTICEGRAPH_STORE_UPDATE_URL", value_name = "URL",
          value_parser = StoreUrlParser, requires = "store_url")]
    pub store_update_url: Option<String>,
    /// The remote store's Graph Store Protocol endpoint, when it is not URL/store (Fuseki:
    /// URL/data).
    #[arg(long, env = "NOTICEGRAPH_STORE_GRAPH_URL", value_name = "URL",
          value_parser = StoreUrlParser, requires = "store_url")]
    pub store_graph_url: Option<String>,
    /// User for HTTP Basic authentication to the remote store (with --store-password). Sent
    /// in clear text over http:// (see --store-url).
    #[arg(
        long,
        env = "NOTICEGRAPH_STORE_USER",
        requires_all = ["store_url", "store_password"],
        conflicts_with = "store_token"
    )]
    pub store_user: Option<String>,
    /// Password for HTTP Basic authentication to the remote store (prefer the environment
    /// variable: a flag shows in the process list). Sent in clear text over http:// (see
    /// --store-url).
    #[arg(
        long,
        env = "NOTICEGRAPH_STORE_PASSWORD",
        hide_env_values = true,
        requires = "store_user"
    )]
    pub store_password: Option<String>,
    /// Bearer token sent to the remote store (`Authorization: Bearer …`), in clear text over
    /// http:// (see --store-url).
    #[arg(
        long,
        env = "NOTICEGRAPH_STORE_TOKEN",
        hide_env_values = true,
        requires = "store_url"
    )]
    pub store_token: Option<String>,
    /// Seconds the remote store's own requests may take (reads for pages, writes of
    /// notices); SPARQL Protocol queries have --query-timeout.
    #[arg(long, env = "NOTICEGRAPH_STORE_TIMEOUT", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub store_timeout: u64,
}

/// The limits a store enforces on SPARQL (the `serve` flags of the same names).
#[derive(Debug, Clone)]
pub struct StoreLimits {
    /// `--service-allow`.
    pub services: ServicePolicy,
    /// `--max-query-rows` (the embedded store only: a remote server has its own limits).
    pub max_query_rows: u64,
    /// `--max-answer-bytes`.
    pub max_answer_bytes: u64,
    /// `--max-triple-patterns`.
    pub max_triple_patterns: usize,
    /// `--sparql-threads` (the embedded store only).
    pub sparql_threads: usize,
}

impl Default for StoreLimits {
    /// The defaults of the `serve` flags.
    fn default() -> Self {
        StoreLimits {
            services: ServicePolicy::off(),
            max_query_rows: config::DEFAULT_MAX_QUERY_ROWS,
            max_answer_bytes: config::DEFAULT_MAX_ANSWER_BYTES,
            max_triple_patterns: config::DEFAULT_MAX_TRIPLE_PATTERNS,
            sparql_threads: crate::store::embedded::default_sparql_threads(),
        }
    }
}

impl StoreArgs {
    /// Opens the store with the default limits; see [`StoreArgs::open_with`].
    pub fn open(&self) -> anyhow::Result<Arc<dyn Store>> {
        self.open_with(StoreLimits::default())
    }

    /// Opens the store with `limits`: the remote one when --store-url is given (after
    /// asking it whether it answers, and warning on standard error when its default graph
    /// is not the union of its named graphs), else the RocksDB directory.
    ///
    /// Errors: the directory cannot be opened (named, with the likely cause), or the remote
    /// server cannot be reached or refuses (named).
    pub fn open_with(&self, limits: StoreLimits) -> anyhow::Result<Arc<dyn Store>> {
        if let Some(remote) = self.remote()? {
            let remote = remote
                .with_service_policy(limits.services)
                .with_answer_limit(limits.max_answer_bytes)
                .with_max_triple_patterns(limits.max_triple_patterns);
            // a URL may carry a password (`http://user:pw@host/`): never shown
            let query = crate::store::remote::redact_url(&remote.endpoints().query).into_owned();
            match remote
                .check()
                .with_context(|| format!("reaching the SPARQL store at {query}"))?
            {
                Some(warning) => {
                    tracing::warn!("{warning}");
                    eprintln!("warning: {warning}");
                }
                None => tracing::info!(query = %query, "remote SPARQL store"),
            }
            return Ok(Arc::new(remote));
        }
        let store = EmbeddedStore::open(&self.store).with_context(|| {
            format!(
                "opening the store {} (is another noticegraph process using it?)",
                self.store.display()
            )
        })?;
        Ok(Arc::new(
            store
                .with_service_policy(limits.services)
                .with_row_limit(limits.max_query_rows)
                .with_answer_limit(limits.max_answer_bytes)
                .with_max_triple_patterns(limits.max_triple_patterns)
                .with_sparql_threads(limits.sparql_threads),
        ))
    }

    /// The remote store that --store-url and its companions describe (nothing sent yet),
    /// `None` without --store-url.
    ///
    /// Errors: a bad URL (named); a user without a password or the reverse, or both a user
    /// and a token (clap refuses these too; checked again for callers that fill the fields
    /// themselves).
    pub fn remote(&self) -> anyhow::Result<Option<RemoteStore>> {
        let Some(url) = &self.store_url else {
            return Ok(None);
        };
        let mut endpoints = RemoteEndpoints::under(url)
            .map_err(|e| anyhow::anyhow!(e))
            .context("checking --store-url")?;
        if let Some(u) = &self.store_query_url {
            endpoints.query = u.clone();
        }
        if let Some(u) = &self.store_update_url {
            endpoints.update = u.clone();
        }
        if let Some(u) = &self.store_graph_url {
            endpoints.graph_store = u.clone();
        }
        let auth = match (&self.store_user, &self.store_password, &self.store_token) {
            (Some(_), _, Some(_)) => {
                bail!("--store-user and --store-token cannot both be given: choose one")
            }
            (Some(user), Some(password), None) => RemoteAuth::Basic {
                user: user.clone(),
                password: password.clone(),
            },
            (Some(_), None, None) => bail!(
                "--store-user needs --store-password (or NOTICEGRAPH_STORE_PASSWORD): HTTP \
                 Basic authentication sends both"
            ),
            (None, Some(_), _) => bail!(
                "--store-password needs --store-user (or NOTICEGRAPH_STORE_USER): HTTP Basic \
                 authentication sends both"
            ),
            (None, None, Some(token)) => RemoteAuth::Bearer(token.clone()),
            (None, None, None) => RemoteAuth::None,
        };
        Ok(Some(RemoteStore::new(
            endpoints,
            auth,
            Duration::from_secs(self.store_timeout),
        )))
    }

    /// Where the store is, for messages: the directory or the remote URL (its password, if
    /// any, hidden: [`crate::store::remote::redact_url`]).
    pub fn describe(&self) -> String {
        match &self.store_url {
            Some(url) => crate::store::remote::redact_url(url).into_owned(),
            None => self.store.display().to_string(),
        }
    }
}

/// Parses a `--store-url` (or endpoint) value ([`crate::store::remote::check_url`]).
/// Errors: the reason, for clap's usage message.
fn store_url(s: &str) -> Result<String, String> {
    crate::store::remote::check_url(s.trim_end_matches('/')).map(|()| s.to_string())
}

/// The value parser of `--store-url` and the endpoint flags: [`store_url`], with an error
/// message that shows the value with its password hidden
/// ([`crate::store::remote::redact_url`]), where clap's own would quote it whole.
#[derive(Debug, Clone, Copy)]
struct StoreUrlParser;

impl clap::builder::TypedValueParser for StoreUrlParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let flag = arg.map_or_else(|| "--store-url".to_string(), ToString::to_string);
        let invalid = |reason: String| {
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("invalid value for '{flag}': {reason}\n"),
            )
            .with_cmd(cmd)
        };
        let text = value
            .to_str()
            .ok_or_else(|| invalid("the URL is not valid UTF-8".into()))?;
        store_url(text).map_err(invalid)
    }
}

/// The base IRI of minted IRIs.
#[derive(Debug, Clone, Args)]
pub struct BaseIriArgs {
    /// Base IRI of every IRI noticegraph mints (`{base}id/…`, `{base}graph/…`): the public
    /// address of the service, so that its IRIs dereference.
    #[arg(long, env = "NOTICEGRAPH_BASE_IRI", default_value = iri::DEFAULT_BASE)]
    pub base_iri: String,
}

impl BaseIriArgs {
    /// The validated IRI minter.
    pub fn iris(&self) -> anyhow::Result<Iris> {
        Iris::new(&self.base_iri).context("checking --base-iri")
    }
}

/// `serve` flags.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// The base IRI.
    #[command(flatten)]
    pub base: BaseIriArgs,
    /// Address and port to listen on.
    #[arg(long, env = "NOTICEGRAPH_BIND", default_value = config::DEFAULT_BIND)]
    pub bind: String,
    /// Bearer token that authorizes writes (SPARQL Update, Graph Store writes, POST
    /// /notices). Without one, the service is read-only.
    #[arg(long, env = "NOTICEGRAPH_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Largest accepted request body, in bytes (larger bodies get 413).
    #[arg(long, env = "NOTICEGRAPH_BODY_LIMIT", default_value_t = config::DEFAULT_BODY_LIMIT)]
    pub body_limit: usize,
    /// SPARQL query timeout in seconds (longer queries are cancelled with 503).
    #[arg(long, env = "NOTICEGRAPH_QUERY_TIMEOUT", default_value_t = config::DEFAULT_QUERY_TIMEOUT.as_secs())]
    pub query_timeout: u64,
    /// Most rows an HTML page lists (at least 1).
    #[arg(long, env = "NOTICEGRAPH_PAGE_ROWS", default_value_t = config::DEFAULT_PAGE_ROWS)]
    pub page_rows: usize,
    /// Longest accepted request URL (path and query string), in bytes, from 1 to 65534:
    /// longer requests get 414 URI Too Long with a hint to POST the query instead.
    #[arg(long, env = "NOTICEGRAPH_URL_LIMIT", default_value_t = config::DEFAULT_URL_LIMIT)]
    pub url_limit: usize,
    /// Most triple patterns a SPARQL query or update may have, all groups together (each
    /// property path step counts as one); more get 400 naming the limit. Oxigraph's join
    /// optimizer, which no timeout cuts short, slows down steeply as they grow.
    #[arg(long, env = "NOTICEGRAPH_MAX_TRIPLE_PATTERNS",
          default_value_t = config::DEFAULT_MAX_TRIPLE_PATTERNS)]
    pub max_triple_patterns: usize,
    /// Most SPARQL Protocol queries and updates (/sparql, the query page) evaluated at once
    /// (each on one of as many long-lived threads with a large stack, started with the
    /// first query), from 1 to 1024; more wait for one to end, within their query timeout
    /// (past it: 503).
    /// The service's own queries (pages, /id/, /data/, VoID) take no slot: they run on
    /// threads of their own, four per core. Default: four per CPU core, at least 4.
    #[arg(long, env = "NOTICEGRAPH_SPARQL_THREADS", value_parser = positive_count)]
    pub sparql_threads: Option<usize>,
    /// Allow SPARQL `SERVICE` calls to this endpoint (an `http://` IRI whose host is
    /// followed by `/`, e.g. `http://10.0.0.5:7878/query`): exactly it, compared after
    /// normalizing both IRIs (case of scheme and host, default port, `.`/`..` segments).
    /// Repeatable; the environment variable takes a comma-separated list. Without it,
    /// federation is off and every `SERVICE` is refused with 403.
    #[arg(
        long,
        env = "NOTICEGRAPH_SERVICE_ALLOW",
        value_name = "ENDPOINT_IRI",
        value_delimiter = ',',
        value_parser = service_prefix
    )]
    pub service_allow: Vec<String>,
    /// Most solutions one SPARQL query or update may hold in memory at once (ORDER BY
    /// buffers, join and MINUS build sides, GROUP BY groups, DISTINCT sets; an ORDER BY
    /// under a LIMIT holds only about twice the LIMIT). Past it the query fails with 400
    /// naming this flag. At least 1.
    #[arg(long, env = "NOTICEGRAPH_MAX_QUERY_ROWS", default_value_t = config::DEFAULT_MAX_QUERY_ROWS)]
    pub max_query_rows: u64,
    /// Largest answer of one SPARQL query in bytes (answers are built in memory before
    /// they are sent). Past it the query fails with 400 naming this flag; page through
    /// the results with LIMIT and OFFSET. At least 1. Default: 128 MiB.
    #[arg(long, env = "NOTICEGRAPH_MAX_ANSWER_BYTES", default_value_t = config::DEFAULT_MAX_ANSWER_BYTES)]
    pub max_answer_bytes: u64,
    /// Folder of sample notices ingested when the store holds no notice yet (a missing
    /// folder is skipped).
    #[arg(long, env = "NOTICEGRAPH_DATA", default_value = DEFAULT_DATA_DIR)]
    pub data: PathBuf,
}

impl ServeArgs {
    /// The validated configuration. Errors: an invalid base IRI, a zero timeout, body limit,
    /// page size or triple pattern limit, a URL limit past hyper's, more SPARQL threads than
    /// [`config::MAX_SPARQL_THREADS`].
    pub fn config(&self) -> anyhow::Result<Config> {
        let iris = self.base.iris()?;
        if self.query_timeout == 0 {
            bail!("--query-timeout must be at least 1 second");
        }
        if self.body_limit == 0 {
            bail!("--body-limit must be at least 1 byte");
        }
        if self.page_rows == 0 {
            bail!("--page-rows must be at least 1 row");
        }
        if self.max_query_rows == 0 {
            bail!("--max-query-rows must be at least 1 row");
        }
        if self.max_answer_bytes == 0 {
            bail!("--max-answer-bytes must be at least 1 byte");
        }
        if self.max_triple_patterns == 0 {
            bail!("--max-triple-patterns must be at least 1");
        }
        let threads = self.sparql_threads.unwrap_or(1);
        if threads > config::MAX_SPARQL_THREADS {
            bail!(
                "--sparql-threads must be from 1 to {}: each thread is started with the first \
                 query and reserves a stack of {} MiB ({threads} asked)",
                config::MAX_SPARQL_THREADS,
                crate::store::embedded::SPARQL_STACK >> 20
            );
        }
        if !(1..=config::MAX_URL_LIMIT).contains(&self.url_limit) {
            bail!(
                "--url-limit must be from 1 to {} bytes (past that the HTTP server refuses \
                 the request itself)",
                config::MAX_URL_LIMIT
            );
        }
        Ok(Config {
            store: Some(self.store.store.clone()),
            base_iri: iris.base().to_string(),
            token: self.token.clone().filter(|t| !t.trim().is_empty()),
            body_limit: self.body_limit,
            query_timeout: Duration::from_secs(self.query_timeout),
            page_rows: self.page_rows,
            url_limit: self.url_limit,
            max_triple_patterns: self.max_triple_patterns,
            sparql_threads: self
                .sparql_threads
                .unwrap_or_else(crate::store::embedded::default_sparql_threads),
            service_allow: self.service_allow.clone(),
            max_query_rows: self.max_query_rows,
            max_answer_bytes: self.max_answer_bytes,
            today: None,
        })
    }

    /// The `SERVICE` policy of the store: the `--service-allow` prefixes, each call bounded
    /// by the query timeout. Errors: a prefix that is not allowed (checked again here for
    /// callers that fill `service_allow` without clap).
    pub fn service_policy(&self) -> anyhow::Result<ServicePolicy> {
        ServicePolicy::allow(
            &self.service_allow,
            Duration::from_secs(self.query_timeout.max(1)),
        )
        .map_err(|e| anyhow::anyhow!(e))
        .context("checking --service-allow")
    }
}

/// Parses one `--service-allow` prefix ([`crate::store::federation::check_prefix`]).
/// Errors: the reason, for clap's usage message.
fn service_prefix(s: &str) -> Result<String, String> {
    crate::store::federation::check_prefix(s)
}

/// `ingest` flags.
#[derive(Debug, Clone, Args)]
pub struct IngestArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// The base IRI.
    #[command(flatten)]
    pub base: BaseIriArgs,
    /// Notice files (any extension; `.html`/`.htm` read as HTML, `.json` as JSON, others as
    /// text) or folders, walked recursively for `.txt`, `.html`, `.htm`, `.json` files.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Largest notice file accepted, in bytes: a larger one is reported as too large and
    /// skipped, and the batch goes on with the next file. Stored in one write, a notice
    /// costs memory and time in proportion to its size (see BENCHMARKS.md).
    #[arg(long, env = "NOTICEGRAPH_MAX_NOTICE_BYTES", default_value_t = ingest::MAX_NOTICE_BYTES,
          value_parser = positive_bytes)]
    pub max_notice_bytes: usize,
    /// Batch mode for large corpora: write every notice's graph, and the ontology and
    /// gazetteer graphs, as N-Quads to this file (`-`: standard output) instead of a store,
    /// for any triple store's bulk loader (`oxigraph load`, …). The store is not opened. The
    /// same input gives the same bytes on every run. A file is written beside its name
    /// first (`FILE.partial`, removed if the batch fails) and renamed when complete. A
    /// symbolic link is followed, as a shell's `>` would: its target is replaced and the
    /// link kept. A FIFO or a device (`/dev/null`) is written directly. A folder or a
    /// missing parent folder is refused before any notice is read. When standard output is
    /// closed early (`| head`), the batch stops quietly.
    /// (Its environment fallback is NOTICEGRAPH_INGEST_OUTPUT, not `export`'s.)
    #[arg(long, env = "NOTICEGRAPH_INGEST_OUTPUT", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Threads that run the pipeline in batch mode (`--output`). Default: one per CPU core.
    #[arg(long, env = "NOTICEGRAPH_JOBS", value_parser = positive_count)]
    pub jobs: Option<usize>,
}

/// Parses a count of at least 1 (`--sparql-threads`). Errors: the reason, for clap's usage
/// message.
fn positive_count(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("not a count: {e}")),
    }
}

/// Parses a byte count of at least 1 (`--max-notice-bytes`). Errors: the reason, for
/// clap's usage message.
fn positive_bytes(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Err("must be at least 1 byte".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("not a byte count: {e}")),
    }
}

/// Output formats of `query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryOutput {
    /// An aligned table (IRIs shortened with the project prefixes); graphs as Turtle.
    Table,
    /// SPARQL 1.1 CSV results; graphs as N-Triples.
    Csv,
    /// SPARQL 1.1 TSV results; graphs as N-Triples.
    Tsv,
    /// SPARQL 1.1 JSON results; graphs as N-Triples.
    Json,
}

/// `query` flags.
#[derive(Debug, Clone, Args)]
pub struct QueryArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format [default: table on a terminal, csv otherwise].
    #[arg(long, value_enum, env = "NOTICEGRAPH_FORMAT")]
    pub format: Option<QueryOutput>,
    /// Query timeout in seconds.
    #[arg(long, env = "NOTICEGRAPH_QUERY_TIMEOUT", default_value_t = config::DEFAULT_QUERY_TIMEOUT.as_secs())]
    pub query_timeout: u64,
    /// Most triple patterns the query may have (as `serve --max-triple-patterns`).
    #[arg(long, env = "NOTICEGRAPH_MAX_TRIPLE_PATTERNS",
          default_value_t = config::DEFAULT_MAX_TRIPLE_PATTERNS)]
    pub max_triple_patterns: usize,
    /// The SPARQL query; `-` reads it from standard input. The default graph is the union
    /// of all graphs.
    #[arg(value_name = "SPARQL")]
    pub query: String,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// N-Quads, one quad a line.
    Nquads,
    /// TriG, grouped by graph.
    Trig,
}

/// `export` flags.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The store.
    #[command(flatten)]
    pub store: StoreArgs,
    /// Serialization.
    #[arg(
        long,
        value_enum,
        env = "NOTICEGRAPH_EXPORT_FORMAT",
        default_value = "nquads"
    )]
    pub format: ExportFormat,
    /// File to write (replaced if it exists); standard output when absent. (Its environment
    /// fallback is NOTICEGRAPH_EXPORT_OUTPUT: one shared with `ingest --output` would turn
    /// an `ingest` into a batch run that replaces the export.)
    #[arg(long, short, env = "NOTICEGRAPH_EXPORT_OUTPUT")]
    pub output: Option<PathBuf>,
}

/// `eval` flags.
#[derive(Debug, Clone, Args)]
pub struct EvalArgs {
    /// Folder of notices with gold files beside them, e.g. `../shared/corpus/dev`.
    pub dir: PathBuf,
    /// Print the report as JSON instead of a table.
    #[arg(long, env = "NOTICEGRAPH_EVAL_JSON")]
    pub json: bool,
    /// Also list each file's missed and spurious items.
    #[arg(long, env = "NOTICEGRAPH_EVAL_DETAILS")]
    pub details: bool,
}

/// Runs a parsed command line. Returns the process exit code: `ingest` exits with 1 when
/// any file failed. Errors: anything that stops the command as a whole, with context.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            runtime.block_on(serve(args))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest(args) => ingest(&args),
        Command::Query(args) => {
            query(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(args) => {
            export(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(args) => {
            eval(&args)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `eval`: scores the pipeline against the gold files in `args.dir` and prints the report.
fn eval(args: &EvalArgs) -> anyhow::Result<()> {
    let report = crate::eval::evaluate_dir(&args.dir, Gazetteer::builtin())
        .with_context(|| format!("evaluating {}", args.dir.display()))?;
    let text = if args.json {
        serde_json::to_string_pretty(&report.to_json())? + "\n"
    } else if args.details {
        format!("{report:#}\n")
    } else {
        format!("{report}\n")
    };
    write_stdout(text.as_bytes())
}

/// Writes `bytes` to standard output and flushes. A reader that went away (`| head`:
/// `BrokenPipe`) ends the output quietly rather than as an error; other write errors are
/// returned.
fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("writing to standard output"))
        }
        _ => Ok(()),
    }
}

/// `serve`: opens the store, refreshes the ontology and gazetteer graphs, seeds the samples
/// into an empty store and serves [`crate::app`] until Ctrl-C or SIGTERM.
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let config = args.config()?;
    let iris = args.base.iris()?;
    let store = args.store.open_with(StoreLimits {
        services: args.service_policy()?,
        max_query_rows: config.max_query_rows,
        max_answer_bytes: config.max_answer_bytes,
        max_triple_patterns: config.max_triple_patterns,
        sparql_threads: config.sparql_threads,
    })?;
    tracing::info!(
        max_query_rows = config.max_query_rows,
        max_answer_bytes = config.max_answer_bytes,
        max_triple_patterns = config.max_triple_patterns,
        sparql_threads = config.sparql_threads,
        "SPARQL limits"
    );
    if !config.service_allow.is_empty() {
        tracing::info!(allow = ?config.service_allow, "SPARQL SERVICE federation allowed");
    }
    let gazetteer = Gazetteer::builtin();
    {
        let (store, iris, data) = (store.clone(), iris.clone(), args.data.clone());
        blocking(move || -> anyhow::Result<()> {
            load::ensure_background(store.as_ref(), &iris, gazetteer)
                .context("storing the ontology and gazetteer graphs")?;
            let outcomes = load::seed_samples(store.as_ref(), &iris, gazetteer, &data)
                .with_context(|| format!("loading sample notices from {}", data.display()))?;
            for o in &outcomes {
                match &o.result {
                    Ok(summary) => {
                        for w in &summary.warnings {
                            tracing::warn!(path = %o.path.display(), "{w}");
                        }
                    }
                    Err(e) => {
                        tracing::warn!(path = %o.path.display(), error = %e, "sample notice not stored");
                    }
                }
            }
            if !outcomes.is_empty() {
                let ok = outcomes.iter().filter(|o| o.result.is_ok()).count();
                tracing::info!(stored = ok, files = outcomes.len(), "sample notices seeded");
            }
            Ok(())
        })
        .await?;
    }
    let state = AppState(Arc::new(App {
        config,
        iris,
        store,
        gazetteer,
        localizer: crate::l10n::Localizer::new().context("loading the Fluent messages")?,
        void_cache: Default::default(),
        metrics: Default::default(),
    }));
    let listener = tokio::net::TcpListener::bind(&args.bind)
        .await
        .with_context(|| format!("binding {}", args.bind))?;
    tracing::info!(
        address = %listener.local_addr().context("reading the bound address")?,
        "serving"
    );
    let running = state.store.clone();
    let listener = crate::http::long_uri::LongUriListener::new(listener, state.config.url_limit);
    axum::serve(listener, crate::app(state))
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            // Requests in flight end, but a query or update still running would keep the
            // runtime (and the store's lock) alive until its timeout: cancel them now.
            running.cancel_all();
        })
        .await
        .context("serving HTTP")?;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C, or on SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// A progress bar on standard error for `len` files, when there are more than
/// [`PROGRESS_THRESHOLD`] and standard error is a terminal.
fn progress_bar(len: usize) -> Option<indicatif::ProgressBar> {
    (len > PROGRESS_THRESHOLD && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(len as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        bar
    })
}

/// `ingest`: every file, never stopping at a bad one; failures reported at the end. With
/// `--output`, the batch mode ([`ingest_to_nquads`]).
pub fn ingest(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let iris = args.base.iris()?;
    if let Some(output) = &args.output {
        // refuse a destination that cannot be written before any notice is read
        let output = Output::open(output)?;
        let files = load::collect_files(&args.paths).context("listing the notices to ingest")?;
        let to_stdout = output.destination == Destination::Stdout;
        let Some(outcomes) = ingest_to_nquads(args, &iris, Gazetteer::builtin(), &files, output)?
        else {
            // the reader of standard output went away (`| head`): end quietly, as `export`
            return Ok(ExitCode::SUCCESS);
        };
        // the quads may be on standard output: the count goes to standard error then
        return Ok(report(&outcomes, started, "written", to_stdout));
    }
    let files = load::collect_files(&args.paths).context("listing the notices to ingest")?;
    let gazetteer = Gazetteer::builtin();
    let store = args.store.open()?;
    load::ensure_background(store.as_ref(), &iris, gazetteer)
        .context("storing the ontology and gazetteer graphs")?;

    let bar = progress_bar(files.len());
    let outcomes = load::ingest_files(
        store.as_ref(),
        &iris,
        gazetteer,
        &files,
        args.max_notice_bytes,
        &mut |o| {
            if let Some(bar) = &bar {
                bar.set_message(o.path.display().to_string());
                bar.inc(1);
            }
        },
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(report(&outcomes, started, "ingested", false))
}

/// Prints each notice's warnings and each failure on standard error and a one-line count
/// (`{done} N notices (F failed) in S s`) on standard output (on standard error when
/// `count_to_stderr`); the exit code is a failure when any notice failed.
fn report(
    outcomes: &[IngestOutcome],
    started: Instant,
    done: &str,
    count_to_stderr: bool,
) -> ExitCode {
    for o in outcomes {
        if let Ok(summary) = &o.result {
            for w in &summary.warnings {
                eprintln!("warning: {}: {w}", o.path.display());
            }
        }
    }
    let failed: Vec<&IngestOutcome> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    for o in &failed {
        if let Err(e) = &o.result {
            eprintln!("error: {}: {e}", o.path.display());
        }
    }
    let count = format!(
        "{done} {} notices ({} failed) in {:.2}s",
        outcomes.len() - failed.len(),
        failed.len(),
        started.elapsed().as_secs_f64()
    );
    if count_to_stderr {
        eprintln!("{count}");
    } else {
        println!("{count}");
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Where `ingest --output` writes, checked before the batch starts
/// ([`Destination::check`]).
#[derive(Debug, PartialEq, Eq)]
enum Destination {
    /// Standard output (`-`).
    Stdout,
    /// An existing FIFO or device, written directly: renaming over it would replace it
    /// with a regular file.
    Special(PathBuf),
    /// A regular file, new or replaced: written to `{file}.partial` first and renamed to
    /// `file` when complete. `file` is the target of the `--output` symbolic link, if any.
    File(PathBuf),
}

impl Destination {
    /// How many symbolic links [`Destination::check`] follows before giving up (Linux's
    /// own limit for a path).
    const MAX_LINKS: usize = 40;

    /// Checks `output` (`-` or a path) before any work is done: a folder, a missing parent
    /// folder or a parent that is not a folder is refused at once, with a message naming
    /// `output`. Symbolic links are followed to the file they name, which need not exist
    /// yet (as a shell's `>` writes through a link). Whether the place is writable is
    /// found when the file is created, also before the batch starts.
    fn check(output: &Path) -> anyhow::Result<Self> {
        if output == Path::new("-") {
            return Ok(Self::Stdout);
        }
        let shown = output.display();
        let mut target = output.to_path_buf();
        let mut links = 0;
        while std::fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink()) {
            links += 1;
            if links > Self::MAX_LINKS {
                bail!(
                    "--output {shown}: more than {} symbolic links to follow (a loop?)",
                    Self::MAX_LINKS
                );
            }
            let to = std::fs::read_link(&target).with_context(|| {
                format!("--output {shown}: reading the link {}", target.display())
            })?;
            // a relative link is relative to the folder that holds it
            target = match target.parent() {
                Some(dir) => dir.join(to),
                None => to,
            };
        }
        let via = if target == output {
            String::new()
        } else {
            format!(" (the target of the link {shown})")
        };
        match std::fs::metadata(&target) {
            Ok(meta) if meta.is_dir() => bail!(
                "--output {}{via} is a folder: name a file to write the N-Quads to",
                target.display()
            ),
            Ok(meta) if !meta.is_file() => return Ok(Self::Special(target)),
            Ok(_) => {}
            // a new file, or a parent that is missing or not a folder (checked next)
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) => {}
            Err(e) => {
                return Err(anyhow::Error::new(e).context(format!(
                    "--output {}{via} cannot be checked",
                    target.display()
                )));
            }
        }
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        match std::fs::metadata(parent) {
            Ok(meta) if meta.is_dir() => Ok(Self::File(target)),
            Ok(_) => bail!(
                "--output {}{via}: {} is not a folder",
                target.display(),
                parent.display()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
                "--output {}{via}: the folder {} does not exist",
                target.display(),
                parent.display()
            ),
            Err(e) => Err(anyhow::Error::new(e).context(format!(
                "--output {}{via}: the folder {} cannot be checked",
                target.display(),
                parent.display()
            ))),
        }
    }
}

/// `FILE.partial` while a batch is written to it: removed when dropped before
/// [`PartialFile::rename`], so that no error path (nor a panic) leaves it behind.
struct PartialFile {
    path: PathBuf,
    renamed: bool,
}

impl PartialFile {
    /// Creates (or truncates) `{file}.partial`. Errors: it cannot be created (an
    /// unwritable folder), naming it.
    fn create(file: &Path) -> anyhow::Result<(Self, std::fs::File)> {
        let mut name = file.as_os_str().to_owned();
        name.push(".partial");
        let path = PathBuf::from(name);
        let created = std::fs::File::create(&path).with_context(|| {
            format!(
                "creating {} (the batch is written there, then renamed to {})",
                path.display(),
                file.display()
            )
        })?;
        Ok((
            Self {
                path,
                renamed: false,
            },
            created,
        ))
    }

    /// Renames the complete file to `file`. Errors: the rename failed (the partial file
    /// is removed).
    fn rename(mut self, file: &Path) -> anyhow::Result<()> {
        std::fs::rename(&self.path, file)
            .with_context(|| format!("renaming {} to {}", self.path.display(), file.display()))?;
        self.renamed = true;
        Ok(())
    }
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if !self.renamed {
            if let Err(e) = std::fs::remove_file(&self.path) {
                tracing::warn!(path = %self.path.display(), error = %e, "cannot remove the partial output");
            }
        }
    }
}

/// The opened `ingest --output`: where it goes and the writer, opened before any notice
/// is read.
struct Output {
    destination: Destination,
    sink: Box<dyn Write>,
    /// The partial file of a [`Destination::File`], removed unless renamed.
    partial: Option<PartialFile>,
}

impl Output {
    /// Checks `output` ([`Destination::check`]) and opens it: standard output, the FIFO or
    /// device itself (which waits for a FIFO's reader), or `FILE.partial`. Errors: as
    /// [`Destination::check`], or the file cannot be opened or created (an unwritable
    /// folder), naming it.
    fn open(output: &Path) -> anyhow::Result<Self> {
        let destination = Destination::check(output)?;
        let (sink, partial): (Box<dyn Write>, _) = match &destination {
            Destination::Stdout => (Box::new(std::io::stdout().lock()), None),
            Destination::Special(path) => (
                Box::new(
                    std::fs::OpenOptions::new()
                        .write(true)
                        .open(path)
                        .with_context(|| format!("opening --output {}", path.display()))?,
                ),
                None,
            ),
            Destination::File(path) => {
                let (partial, file) = PartialFile::create(path)?;
                (Box::new(file), Some(partial))
            }
        };
        Ok(Self {
            destination,
            sink,
            partial,
        })
    }
}

/// `ingest --output`: the background graphs, then every notice's graph in the order of
/// `files`, as N-Quads to `output`, the pipeline running on `--jobs` threads. A
/// [`Destination::File`] is written to `FILE.partial` and renamed to `FILE` when
/// complete; on any error the partial file is removed, so a failed batch leaves the old
/// `FILE` (or none). Returns the outcomes, or `None` when the reader of standard output
/// went away (`| head`; the batch stops early). Errors: the output cannot be written
/// (the batch stops) or renamed.
fn ingest_to_nquads(
    args: &IngestArgs,
    iris: &Iris,
    gazetteer: &Gazetteer,
    files: &[PathBuf],
    output: Output,
) -> anyhow::Result<Option<Vec<IngestOutcome>>> {
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let Output {
        destination,
        sink,
        partial,
    } = output;
    let background = load::background_quads(iris, gazetteer)?;
    let mut writer = oxigraph::io::RdfSerializer::from_format(RdfFormat::NQuads)
        .for_writer(std::io::BufWriter::new(sink));
    let bar = progress_bar(files.len());
    let mut outcomes = Vec::with_capacity(files.len());
    let written = background
        .iter()
        .try_for_each(|quad| writer.serialize_quad(quad))
        .and_then(|()| {
            load::quads_of_files(
                iris,
                gazetteer,
                files,
                args.max_notice_bytes,
                jobs,
                &mut |outcome, quads| -> std::io::Result<()> {
                    for quad in &quads {
                        writer.serialize_quad(quad)?;
                    }
                    if let Some(bar) = &bar {
                        bar.set_message(outcome.path.display().to_string());
                        bar.inc(1);
                    }
                    outcomes.push(outcome);
                    Ok(())
                },
            )
        })
        .and_then(|()| writer.finish())
        .and_then(|mut out| out.flush());
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match (written, &destination) {
        (Err(e), Destination::Stdout) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(None);
        }
        (Err(e), Destination::Stdout) => {
            return Err(anyhow::Error::new(e).context("writing to standard output"));
        }
        // `partial` is dropped on the way out: the partial file is removed
        (Err(e), Destination::Special(path) | Destination::File(path)) => {
            return Err(anyhow::Error::new(e).context(format!("writing {}", path.display())));
        }
        (Ok(()), _) => {}
    }
    if let (Some(partial), Destination::File(path)) = (partial, &destination) {
        partial.rename(path)?;
    }
    Ok(Some(outcomes))
}

/// The query text of `query`: the argument, or standard input for `-`.
fn query_text(arg: &str) -> anyhow::Result<String> {
    if arg != "-" {
        return Ok(arg.to_string());
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context("reading the query from standard input")?;
    Ok(text)
}

/// `query`: evaluates and prints in the chosen format.
pub fn query(args: &QueryArgs) -> anyhow::Result<()> {
    let text = query_text(&args.query)?;
    let store = args.store.open_with(StoreLimits {
        max_triple_patterns: args.max_triple_patterns,
        ..StoreLimits::default()
    })?;
    let output = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        QueryOutput::Table
    } else {
        QueryOutput::Csv
    });
    let choose = |form: QueryForm| {
        Some(match (form, output) {
            (QueryForm::Graph, QueryOutput::Table) => ResultFormat::Graph(RdfFormat::Turtle),
            (QueryForm::Graph, _) => ResultFormat::Graph(RdfFormat::NTriples),
            // the table is rendered from JSON results
            (_, QueryOutput::Table | QueryOutput::Json) => {
                ResultFormat::Results(QueryResultsFormat::Json)
            }
            (_, QueryOutput::Csv) => ResultFormat::Results(QueryResultsFormat::Csv),
            (_, QueryOutput::Tsv) => ResultFormat::Results(QueryResultsFormat::Tsv),
        })
    };
    let timeout = Duration::from_secs(args.query_timeout.max(1));
    let response = store.query(&text, timeout, &choose).map_err(query_error)?;
    let body = match (output, response.format) {
        (QueryOutput::Table, ResultFormat::Results(_)) => {
            render_table(&response.body)?.into_bytes()
        }
        _ => response.body,
    };
    write_stdout(&body)
}

/// The error of `noticegraph query` for a store error: the store's own messages name the
/// `serve` flags of its limits, which `query` does not have (it keeps their defaults), so
/// those are said again for this command.
fn query_error(e: StoreError) -> anyhow::Error {
    match e {
        StoreError::Syntax(message) => anyhow::anyhow!("the query does not parse: {message}"),
        StoreError::AnswerTooLarge(limit) => anyhow::anyhow!(
            "the answer grew past {limit} bytes, the most `noticegraph query` holds in memory \
             (answers are built whole before they are printed); page through the results \
             with LIMIT and OFFSET, narrow the patterns, or write the whole store with \
             `noticegraph export`"
        ),
        StoreError::TooManyRows(limit) => anyhow::anyhow!(
            "the query held more than {limit} solutions in memory at once (ORDER BY, GROUP \
             BY, DISTINCT, join and MINUS buffers), the most `noticegraph query` allows; add \
             a LIMIT or narrow the patterns"
        ),
        StoreError::Timeout(after) => anyhow::anyhow!(
            "the query was cancelled after {} s, its timeout; give it longer with \
             --query-timeout SECONDS, or narrow the patterns",
            after.as_secs()
        ),
        e => anyhow::Error::new(e).context("evaluating the query"),
    }
}

/// A term for the table: IRIs shortened with [`vocab::PREFIXES`], literals as their value
/// with `@lang` or a shortened `^^datatype` (strings, numbers and booleans bare).
fn display_term(term: &Term) -> String {
    let short = |iri: &str| {
        vocab::PREFIXES
            .iter()
            .find_map(|(p, ns)| iri.strip_prefix(ns).map(|local| format!("{p}:{local}")))
            .unwrap_or_else(|| format!("<{iri}>"))
    };
    use oxigraph::model::vocab::xsd;
    match term {
        Term::NamedNode(n) => short(n.as_str()),
        Term::Literal(l) => match l.language() {
            Some(lang) => format!("{}@{lang}", l.value()),
            None if [
                xsd::STRING,
                xsd::INTEGER,
                xsd::DECIMAL,
                xsd::DOUBLE,
                xsd::BOOLEAN,
            ]
            .contains(&l.datatype()) =>
            {
                l.value().to_string()
            }
            None => format!("{}^^{}", l.value(), short(l.datatype().as_str())),
        },
        other => other.to_string(),
    }
}

/// Renders SPARQL JSON results as a comfy-table (or `true`/`false` for ASK).
fn render_table(json: &[u8]) -> anyhow::Result<String> {
    let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
        .for_slice(json)
        .context("reading back the query results")?;
    match parsed {
        SliceQueryResultsParserOutput::Boolean(b) => Ok(format!("{b}\n")),
        SliceQueryResultsParserOutput::Solutions(solutions) => {
            let variables: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_string())
                .collect();
            let mut table = comfy_table::Table::new();
            table
                .load_preset(comfy_table::presets::UTF8_FULL)
                .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
                .set_header(variables.clone());
            let mut rows = 0usize;
            for solution in solutions {
                let solution = solution.context("reading back the query results")?;
                table.add_row(
                    variables
                        .iter()
                        .map(|v| {
                            solution
                                .get(v.as_str())
                                .map(display_term)
                                .unwrap_or_default()
                        })
                        .collect::<Vec<_>>(),
                );
                rows += 1;
            }
            Ok(format!("{table}\n{rows} row(s)\n"))
        }
    }
}

/// `export`: every quad of the store.
pub fn export(args: &ExportArgs) -> anyhow::Result<()> {
    let store = args.store.open()?;
    let format = match args.format {
        ExportFormat::Nquads => RdfFormat::NQuads,
        ExportFormat::Trig => RdfFormat::TriG,
    };
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            write_dump(store.as_ref(), format, file, path)
        }
        None => {
            let mut stdout = PipeWatch {
                inner: std::io::stdout().lock(),
                closed: false,
            };
            match write_dump(store.as_ref(), format, &mut stdout, Path::new("<stdout>")) {
                // the reader went away (`| head`): the output ends quietly
                Err(_) if stdout.closed => Ok(()),
                result => result,
            }
        }
    }
}

/// A writer that notes when its reader went away (`BrokenPipe`), for errors that reach
/// the caller only as text.
struct PipeWatch<W> {
    inner: W,
    /// Whether a write or flush failed with `BrokenPipe`.
    closed: bool,
}

impl<W: Write> PipeWatch<W> {
    fn watch<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &result {
            self.closed |= e.kind() == std::io::ErrorKind::BrokenPipe;
        }
        result
    }
}

impl<W: Write> Write for PipeWatch<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let result = self.inner.write(buf);
        self.watch(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.inner.flush();
        self.watch(result)
    }
}

fn write_dump(
    store: &dyn Store,
    format: RdfFormat,
    out: impl Write,
    path: &Path,
) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    store
        .dump(format, &mut out)
        .with_context(|| format!("writing the store to {}", path.display()))?;
    out.flush()
        .with_context(|| format!("writing the store to {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_flag_is_documented_and_has_an_env_fallback() {
        for sub in Cli::command().get_subcommands() {
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                assert!(
                    arg.get_help().is_some(),
                    "{} --{id}: no help",
                    sub.get_name()
                );
                if arg.get_long().is_some() {
                    assert!(arg.get_env().is_some(), "{} --{id}: no env", sub.get_name());
                }
            }
        }
    }

    #[test]
    fn serve_config_from_flags() {
        let cli = Cli::try_parse_from([
            "noticegraph",
            "serve",
            "--base-iri",
            "https://kg.example.org",
            "--token",
            " ",
            "--query-timeout",
            "5",
        ])
        .unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        let config = args.config().unwrap();
        assert_eq!(config.base_iri, "https://kg.example.org/");
        assert_eq!(config.token, None);
        assert_eq!(config.query_timeout, Duration::from_secs(5));
        assert_eq!(config.store, Some(PathBuf::from(DEFAULT_STORE_DIR)));

        let cli = Cli::try_parse_from(["noticegraph", "serve", "--base-iri", "ftp://x/"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        let error = format!("{:#}", args.config().unwrap_err());
        assert!(error.contains("ftp://x/"), "{error}");
    }

    /// Each zero limit is refused with a message naming its flag.
    #[test]
    fn zero_limits_are_refused() {
        for flag in [
            "--query-timeout",
            "--body-limit",
            "--page-rows",
            "--url-limit",
            "--max-triple-patterns",
            "--max-answer-bytes",
        ] {
            let cli = Cli::try_parse_from(["noticegraph", "serve", flag, "0"]).unwrap();
            let Command::Serve(args) = cli.command else {
                panic!("not serve")
            };
            let error = format!("{:#}", args.config().unwrap_err());
            assert!(error.contains(flag), "{flag}: {error}");
        }
    }

    /// The SPARQL limits: defaults, flags, and a zero thread count refused by clap.
    #[test]
    fn sparql_limits_from_flags() {
        let parse = |flags: &[&str]| {
            let cli = Cli::try_parse_from([&["noticegraph", "serve"], flags].concat())?;
            let Command::Serve(args) = cli.command else {
                panic!("not serve")
            };
            Ok::<_, clap::Error>(args.config().unwrap())
        };
        let config = parse(&[]).unwrap();
        assert_eq!(config.max_triple_patterns, 64);
        assert!(config.sparql_threads >= 4);
        assert_eq!(config.max_answer_bytes, 128 * 1024 * 1024);
        let config = parse(&["--max-answer-bytes", "4096"]).unwrap();
        assert_eq!(config.max_answer_bytes, 4096);
        let config = parse(&["--max-triple-patterns", "200", "--sparql-threads", "3"]).unwrap();
        assert_eq!(config.max_triple_patterns, 200);
        assert_eq!(config.sparql_threads, 3);
        let error = parse(&["--sparql-threads", "0"]).unwrap_err().to_string();
        assert!(error.contains("--sparql-threads"), "{error}");
        // past the bound: refused when the flags are read, naming the flag and the bound
        let most = config::MAX_SPARQL_THREADS.to_string();
        assert_eq!(
            parse(&["--sparql-threads", &most]).unwrap().sparql_threads,
            1024
        );
        let cli = Cli::try_parse_from(["noticegraph", "serve", "--sparql-threads", "1025"]);
        let Command::Serve(args) = cli.unwrap().command else {
            panic!("not serve")
        };
        let error = format!("{:#}", args.config().unwrap_err());
        assert!(
            error.contains("--sparql-threads") && error.contains(&most),
            "{error}"
        );
    }

    /// The limits `query` keeps at their defaults are not named by `serve` flags it does
    /// not have (review: an oversized answer said to raise `--max-answer-bytes`).
    #[test]
    fn query_errors_name_no_flag_query_lacks() {
        for e in [StoreError::AnswerTooLarge(4096), StoreError::TooManyRows(7)] {
            let message = format!("{:#}", query_error(e));
            assert!(!message.contains("--max-"), "{message}");
            assert!(message.contains("noticegraph query"), "{message}");
        }
        let message = format!("{:#}", query_error(StoreError::AnswerTooLarge(4096)));
        assert!(
            message.contains("4096 bytes") && message.contains("LIMIT"),
            "{message}"
        );
        let message = format!("{:#}", query_error(StoreError::Syntax("at 1:2".into())));
        assert!(message.contains("does not parse: at 1:2"), "{message}");
        let message = format!(
            "{:#}",
            query_error(StoreError::Timeout(Duration::from_secs(3)))
        );
        assert!(
            message.contains("after 3 s") && message.contains("--query-timeout"),
            "{message}"
        );
    }

    /// `--url-limit` past what hyper lets through is refused, naming the flag.
    #[test]
    fn url_limit_past_hyper_is_refused() {
        let cli = Cli::try_parse_from(["noticegraph", "serve", "--url-limit", "65535"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        let error = format!("{:#}", args.config().unwrap_err());
        assert!(error.contains("--url-limit"), "{error}");
    }

    /// `--service-allow` is repeatable; each prefix is checked by clap (a bare host that a
    /// longer host name would stretch is refused).
    #[test]
    fn remote_store_flags() {
        let serve = |flags: &[&str]| {
            Cli::try_parse_from([&["noticegraph", "serve"], flags].concat()).map(|cli| {
                let Command::Serve(args) = cli.command else {
                    panic!("not serve")
                };
                args.store
            })
        };
        let store = serve(&[
            "--store-url",
            "http://10.0.0.5:3030/ds/",
            "--store-graph-url",
            "http://10.0.0.5:3030/ds/data",
            "--store-user",
            "reader",
            "--store-password",
            "pw",
        ])
        .unwrap();
        let remote = store.remote().unwrap().expect("a remote store");
        assert_eq!(remote.endpoints().query, "http://10.0.0.5:3030/ds/query");
        assert_eq!(remote.endpoints().update, "http://10.0.0.5:3030/ds/update");
        assert_eq!(
            remote.endpoints().graph_store,
            "http://10.0.0.5:3030/ds/data"
        );
        assert_eq!(store.describe(), "http://10.0.0.5:3030/ds/");
        assert!(serve(&[]).unwrap().remote().unwrap().is_none());
        // a password in the URL is never shown: not in messages, not in clap's refusal
        let with_password = serve(&["--store-url", "http://u:s3cret@10.0.0.5:7878/"]).unwrap();
        assert_eq!(with_password.describe(), "http://u:***@10.0.0.5:7878/");
        let refused = serve(&["--store-url", "ftp://u:s3cret@10.0.0.5/"])
            .unwrap_err()
            .to_string();
        assert!(
            !refused.contains("s3cret") && refused.contains("ftp://u:***@10.0.0.5"),
            "{refused}"
        );
        // a user needs a password and a password a user, each named in the refusal (clap
        // refuses them; `remote` again for a StoreArgs made without clap)
        for (flags, missing) in [
            (&["--store-user", "reader"][..], "--store-password"),
            (&["--store-password", "pw"][..], "--store-user"),
        ] {
            let args = [&["--store-url", "http://h"][..], flags].concat();
            let refused = serve(&args).unwrap_err().to_string();
            assert!(refused.contains(missing), "{flags:?}: {refused}");
            let mut store = serve(&["--store-url", "http://h"]).unwrap();
            store.store_user = flags[0].ends_with("user").then(|| "reader".to_string());
            store.store_password = flags[0].ends_with("password").then(|| "pw".to_string());
            let Err(refused) = store.remote() else {
                panic!("{flags:?}: accepted by remote()")
            };
            let refused = format!("{refused:#}");
            assert!(refused.contains(missing), "{flags:?}: {refused}");
        }
        // https:// is refused when the flags are read, saying why and what to do instead
        let https = serve(&["--store-url", "https://10.0.0.5:3030/ds"])
            .unwrap_err()
            .to_string();
        assert!(
            https.contains("--store-url") && https.contains("no TLS") && https.contains("proxy"),
            "{https}"
        );
        // refused: not an http URL, a password or endpoint without a store, two kinds of auth
        for bad in [
            &["--store-url", "ftp://h/x"][..],
            &[
                "--store-query-url",
                "https://h/q",
                "--store-url",
                "http://h",
            ],
            &["--store-url", "http://h/?q=1"],
            &["--store-password", "pw"],
            &["--store-query-url", "http://h/q"],
            &[
                "--store-url",
                "http://h",
                "--store-user",
                "u",
                "--store-token",
                "t",
            ],
            &["--store-url", "http://h", "--store-timeout", "0"],
        ] {
            assert!(serve(bad).is_err(), "{bad:?}");
        }
        // ingest, query and export take it too
        for sub in ["ingest", "query", "export"] {
            let mut args = vec!["noticegraph", sub, "--store-url", "http://h:7878"];
            if sub != "export" {
                args.push("x");
            }
            assert!(Cli::try_parse_from(&args).is_ok(), "{sub}");
        }
    }

    #[test]
    fn service_allow_prefixes() {
        let cli = Cli::try_parse_from([
            "noticegraph",
            "serve",
            "--service-allow",
            "http://10.0.0.5:7878/query",
            "--service-allow",
            "http://example.org/sparql,http://example.net/",
        ])
        .unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        assert_eq!(
            args.config().unwrap().service_allow,
            [
                "http://10.0.0.5:7878/query",
                "http://example.org/sparql",
                "http://example.net/"
            ]
        );
        assert!(args.service_policy().is_ok());
        let error = Cli::try_parse_from([
            "noticegraph",
            "serve",
            "--service-allow",
            "http://example.org",
        ])
        .unwrap_err()
        .to_string();
        assert!(error.contains("http://example.org"), "{error}");
    }

    #[test]
    fn table_terms_are_shortened() {
        use oxigraph::model::{Literal, NamedNode};
        for (term, want) in [
            (
                Term::from(NamedNode::new_unchecked("https://schema.org/Event")),
                "schema:Event",
            ),
            (
                NamedNode::new_unchecked("http://example.org/x").into(),
                "<http://example.org/x>",
            ),
            (Literal::new_simple_literal("plain").into(), "plain"),
            (
                Literal::new_language_tagged_literal_unchecked("한국", "ko").into(),
                "한국@ko",
            ),
            (Literal::from(3).into(), "3"),
            (
                Literal::new_typed_literal("2030-05", oxigraph::model::vocab::xsd::G_YEAR_MONTH)
                    .into(),
                "2030-05^^xsd:gYearMonth",
            ),
        ] {
            assert_eq!(display_term(&term), want);
        }
    }

    #[test]
    fn table_renders_solutions_and_booleans() {
        let json = br#"{"head":{"vars":["s","o"]},"results":{"bindings":[{"s":{"type":"uri","value":"https://schema.org/x"}}]}}"#;
        let table = render_table(json).unwrap();
        assert!(table.contains("schema:x"), "{table}");
        assert!(table.ends_with("1 row(s)\n"), "{table}");
        assert_eq!(
            render_table(br#"{"head":{},"boolean":false}"#).unwrap(),
            "false\n"
        );
    }
}
