//! SPARQL 1.1 Federated Query (`SERVICE`, <https://www.w3.org/TR/sparql11-federated-query/>)
//! under an allow-list: a public endpoint must not become a proxy that makes requests to
//! any host its users name (DESIGN.md §Errors and limits: federation is off by default).
//!
//! [`ServicePolicy`] holds the allowed endpoints (`--service-allow`); the embedded store
//! installs one [`ServiceHandler`] per evaluation through Oxigraph's default-service-handler
//! hook (`SparqlEvaluator::with_default_service_handler`), so every `SERVICE <iri>` —
//! including `SERVICE ?var` once bound — passes through [`ServicePolicy::allows`]:
//! - no prefix configured: every `SERVICE` is refused ([`ServiceRefused`], a 403 naming the
//!   flag that would enable it);
//! - an IRI that, once normalized ([`normalize`]: case, default port, dot segments), is not
//!   exactly an allowed endpoint (normalized too): refused, the message lists the
//!   allow-list; the embedded store also refuses such a `SERVICE <iri>` anywhere in a query
//!   (EXISTS included) before evaluating it;
//! - an allowed IRI: the group pattern is sent as a `SELECT *` query by `POST`
//!   (`application/sparql-query`) with ureq to the normalized IRI, results read as SPARQL
//!   JSON or XML.
//!
//! Why shaped so: the request goes out with redirects off (a redirect could lead outside the
//! allow-list), within what is left of the query's timeout, and its answer is read up to
//! [`SERVICE_RESPONSE_LIMIT`] bytes. `SERVICE SILENT` turns a refusal into an empty
//! join, as the standard says. The client is plain HTTP: this crate builds no TLS stack, so
//! `https://` prefixes are refused when the policy is built, not on the first query.

use oxigraph::model::NamedNode;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput,
};
use oxigraph::sparql::{
    CancellationToken, DefaultServiceHandler, QueryEvaluationError, QuerySolutionIter,
};
use oxiri::Iri;
use spargebra::algebra::{AggregateExpression, Expression, GraphPattern, OrderExpression};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Largest answer read from a remote `SERVICE` endpoint, in bytes (64 MiB): past it the
/// query fails instead of filling the server's memory.
pub const SERVICE_RESPONSE_LIMIT: u64 = 64 * 1024 * 1024;

/// What the `Accept` header of a `SERVICE` request asks for.
const SERVICE_ACCEPT: &str =
    "application/sparql-results+json, application/sparql-results+xml;q=0.9";

/// Which `SERVICE` endpoints queries may call, and how long a call may take.
#[derive(Debug, Clone)]
pub struct ServicePolicy {
    /// Allowed IRI prefixes; empty = federation off.
    allow: Vec<String>,
    /// Upper bound of one remote call (the query timeout).
    timeout: Duration,
    agent: ureq::Agent,
}

impl Default for ServicePolicy {
    /// Federation off.
    fn default() -> Self {
        ServicePolicy::off()
    }
}

impl ServicePolicy {
    /// No `SERVICE` call is allowed (the default).
    pub fn off() -> ServicePolicy {
        ServicePolicy::build(Vec::new(), crate::config::DEFAULT_QUERY_TIMEOUT)
    }

    /// `SERVICE` calls to IRIs that start with one of `prefixes`, each call bounded by
    /// `timeout` (and by what is left of its query's own timeout).
    ///
    /// Errors: the first prefix that [`check_prefix`] refuses, with the reason.
    pub fn allow(prefixes: &[String], timeout: Duration) -> Result<ServicePolicy, String> {
        let allow = prefixes
            .iter()
            .map(|p| check_prefix(p.as_str()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ServicePolicy::build(allow, timeout))
    }

    fn build(allow: Vec<String>, timeout: Duration) -> ServicePolicy {
        let agent = ureq::Agent::config_builder()
            // a redirect could lead outside the allow-list
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .user_agent(concat!("noticegraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        ServicePolicy {
            allow,
            timeout,
            agent,
        }
    }

    /// The allowed prefixes (empty when federation is off).
    pub fn prefixes(&self) -> &[String] {
        &self.allow
    }

    /// The upper bound of one remote call (the configured query timeout).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Whether a `SERVICE` call to `iri` is allowed: see [`Self::endpoint`].
    pub fn allows(&self, iri: &str) -> bool {
        self.endpoint(iri).is_some()
    }

    /// The IRI to call for `SERVICE <iri>`: `iri` normalized ([`normalize`]), when that is
    /// exactly one of the allowed endpoints (normalized the same way); `None` otherwise,
    /// and always when federation is off. A raw prefix test would let
    /// `…/sparql/../admin` or `…/sparqlfoo` through.
    pub fn endpoint(&self, iri: &str) -> Option<String> {
        let iri = normalize(iri)?;
        self.allow
            .iter()
            .any(|allowed| normalize(allowed).as_deref() == Some(iri.as_str()))
            .then_some(iri)
    }

    /// The handler for one evaluation: calls end by `deadline` at the latest, and none
    /// starts once `token` is cancelled.
    pub(crate) fn handler(
        self: &Arc<Self>,
        deadline: Instant,
        token: CancellationToken,
    ) -> ServiceHandler {
        ServiceHandler {
            policy: Arc::clone(self),
            deadline,
            token,
        }
    }
}

/// `iri` (an absolute `http://` IRI) in the form compared with the allow-list and sent:
/// scheme and host in lower case, the default port 80 dropped, dot segments of the path
/// resolved (RFC 3986 §5.2.4), an empty path made `/`. `None` for anything else: not
/// `http`, user information, a fragment, or a path that hides a dot segment or a slash
/// behind percent-encoding (`%2E`, `%2F`) or a backslash, which a server might decode.
pub fn normalize(iri: &str) -> Option<String> {
    let parsed = Iri::parse(iri.trim()).ok()?;
    if !parsed.scheme().eq_ignore_ascii_case("http") || parsed.fragment().is_some() {
        return None;
    }
    let authority = parsed.authority()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let authority = authority.to_ascii_lowercase();
    let authority = authority
        .strip_suffix(":80")
        .or_else(|| authority.strip_suffix(':'))
        .unwrap_or(&authority);
    let path = parsed.path();
    let lower = path.to_ascii_lowercase();
    if lower.contains("%2e")
        || lower.contains("%2f")
        || lower.contains("%5c")
        || path.contains('\\')
    {
        return None;
    }
    let path = remove_dot_segments(path);
    let query = parsed.query().map(|q| format!("?{q}")).unwrap_or_default();
    Some(format!(
        "http://{authority}{}{query}",
        if path.is_empty() { "/" } else { &path }
    ))
}

/// RFC 3986 §5.2.4 on an absolute path: `.` segments dropped, `..` removes the segment
/// before it (never above the root).
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            "." | ".." => {
                if *segment == ".." {
                    out.pop();
                }
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    if out.is_empty() {
        return String::new();
    }
    format!("/{}", out.join("/"))
}

/// Checks one `--service-allow` prefix and returns it: an absolute `http://` IRI whose
/// host is ended by a `/` (so that `http://example.org/` cannot be stretched to
/// `http://example.org.evil.test/`), without a query or fragment.
///
/// Errors: the reason, naming the prefix.
pub fn check_prefix(prefix: &str) -> Result<String, String> {
    let prefix = prefix.trim();
    let iri = Iri::parse(prefix.to_string())
        .map_err(|e| format!("service prefix {prefix:?} is not an absolute IRI: {e}"))?;
    match iri.scheme() {
        "http" => {}
        "https" => {
            return Err(format!(
                "service prefix {prefix:?}: https endpoints are not supported (this build's \
                 HTTP client has no TLS)"
            ));
        }
        other => {
            return Err(format!(
                "service prefix {prefix:?}: scheme {other:?} is not http"
            ));
        }
    }
    if iri.authority().is_none_or(str::is_empty) {
        return Err(format!("service prefix {prefix:?} names no host"));
    }
    if !iri.path().starts_with('/') {
        return Err(format!(
            "service prefix {prefix:?} must end its host with '/' (\"{prefix}/\"), so that \
             it cannot match a longer host name"
        ));
    }
    if iri.query().is_some() || iri.fragment().is_some() {
        return Err(format!(
            "service prefix {prefix:?} must not have a query or a fragment"
        ));
    }
    Ok(prefix.to_string())
}

/// Calls `visit` on every `SERVICE` pattern in `p` (its node, so that it can read the
/// endpoint and `SILENT`, or replace the node), wherever it is: nested patterns, subqueries
/// and the `EXISTS` of expressions (FILTER, BIND, ORDER BY, aggregates, OPTIONAL's
/// condition). A `SERVICE` still there after `visit` is walked into. The recursion is as
/// deep as the algebra: run it after the depth check ([`super::embedded::MAX_QUERY_DEPTH`]).
pub(super) fn each_service(p: &mut GraphPattern, visit: &mut impl FnMut(&mut GraphPattern)) {
    each_pattern(p, &mut |node: &mut GraphPattern| {
        if matches!(node, GraphPattern::Service { .. }) {
            visit(node);
        }
    });
}

/// Calls `visit` on every node of `p`, parents before children, wherever it is (as
/// [`each_service`]: nested patterns, subqueries, the `EXISTS` of expressions); what a node
/// is after `visit` is walked into. Same depth bound as [`each_service`].
pub(super) fn each_pattern(p: &mut GraphPattern, visit: &mut impl FnMut(&mut GraphPattern)) {
    visit(p);
    match p {
        GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => {}
        GraphPattern::Join { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => {
            each_pattern(left, visit);
            each_pattern(right, visit);
        }
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => {
            each_pattern(left, visit);
            each_pattern(right, visit);
            if let Some(e) = expression {
                each_pattern_in(e, visit);
            }
        }
        GraphPattern::Filter { expr, inner } => {
            each_pattern(inner, visit);
            each_pattern_in(expr, visit);
        }
        GraphPattern::Extend {
            inner, expression, ..
        } => {
            each_pattern(inner, visit);
            each_pattern_in(expression, visit);
        }
        GraphPattern::OrderBy { inner, expression } => {
            each_pattern(inner, visit);
            for o in expression {
                let (OrderExpression::Asc(e) | OrderExpression::Desc(e)) = o;
                each_pattern_in(e, visit);
            }
        }
        GraphPattern::Group {
            inner, aggregates, ..
        } => {
            each_pattern(inner, visit);
            for (_, a) in aggregates {
                if let AggregateExpression::FunctionCall { expr, .. } = a {
                    each_pattern_in(expr, visit);
                }
            }
        }
        GraphPattern::Service { inner, .. }
        | GraphPattern::Graph { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } => each_pattern(inner, visit),
        // `LATERAL` is refused by the depth check before
        #[allow(unreachable_patterns)]
        _ => {}
    }
}

/// [`each_pattern`] in the patterns of the `EXISTS` of an expression.
fn each_pattern_in(e: &mut Expression, visit: &mut impl FnMut(&mut GraphPattern)) {
    match e {
        Expression::NamedNode(_)
        | Expression::Literal(_)
        | Expression::Variable(_)
        | Expression::Bound(_) => {}
        Expression::Or(a, b)
        | Expression::And(a, b)
        | Expression::Equal(a, b)
        | Expression::SameTerm(a, b)
        | Expression::Greater(a, b)
        | Expression::GreaterOrEqual(a, b)
        | Expression::Less(a, b)
        | Expression::LessOrEqual(a, b)
        | Expression::Add(a, b)
        | Expression::Subtract(a, b)
        | Expression::Multiply(a, b)
        | Expression::Divide(a, b) => {
            each_pattern_in(a, visit);
            each_pattern_in(b, visit);
        }
        Expression::UnaryPlus(a) | Expression::UnaryMinus(a) | Expression::Not(a) => {
            each_pattern_in(a, visit)
        }
        Expression::In(a, items) => {
            each_pattern_in(a, visit);
            items.iter_mut().for_each(|i| each_pattern_in(i, visit));
        }
        Expression::Exists(p) => each_pattern(p, visit),
        Expression::If(a, b, c) => {
            each_pattern_in(a, visit);
            each_pattern_in(b, visit);
            each_pattern_in(c, visit);
        }
        Expression::Coalesce(items) | Expression::FunctionCall(_, items) => {
            items.iter_mut().for_each(|i| each_pattern_in(i, visit));
        }
    }
}

/// A `SERVICE` call that the policy refuses; its message names the allow-list (or says
/// that federation is off and which flag turns it on). Reaches the store's caller as
/// [`super::StoreError::ServiceRefused`].
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct ServiceRefused {
    message: String,
}

impl ServiceRefused {
    /// The refusal of `SERVICE <service>` under the allow-list `allow` (empty = off).
    pub(crate) fn new(service: &NamedNode, allow: &[String]) -> ServiceRefused {
        let message = if allow.is_empty() {
            format!(
                "SERVICE {service} refused: SPARQL federation is off on this endpoint \
                 (its operator can allow endpoints with --service-allow)"
            )
        } else {
            format!(
                "SERVICE {service} refused: only the endpoints {} are allowed \
                 (--service-allow; compared after normalization, not as prefixes)",
                allow.join(", ")
            )
        };
        ServiceRefused { message }
    }
}

/// Oxigraph's hook for every `SERVICE` of one evaluation (see the module doc).
pub(crate) struct ServiceHandler {
    policy: Arc<ServicePolicy>,
    deadline: Instant,
    token: CancellationToken,
}

impl DefaultServiceHandler for ServiceHandler {
    type Error = QueryEvaluationError;

    fn handle(
        &self,
        service_name: &NamedNode,
        pattern: &GraphPattern,
        base_iri: Option<&Iri<String>>,
    ) -> Result<QuerySolutionIter<'static>, QueryEvaluationError> {
        let Some(endpoint) = self.policy.endpoint(service_name.as_str()) else {
            return Err(QueryEvaluationError::Service(Box::new(
                ServiceRefused::new(service_name, &self.policy.allow),
            )));
        };
        let left = self.deadline.saturating_duration_since(Instant::now());
        if self.token.is_cancelled() || left.is_zero() {
            return Err(QueryEvaluationError::Cancelled);
        }
        let failed = |reason: String| {
            QueryEvaluationError::Service(format!("SERVICE {service_name}: {reason}").into())
        };
        let query = spargebra::Query::Select {
            dataset: None,
            pattern: pattern.clone(),
            base_iri: base_iri.cloned(),
        }
        .to_string();
        let response = self
            .policy
            .agent
            .post(endpoint.as_str())
            .config()
            .timeout_global(Some(left.min(self.policy.timeout)))
            .build()
            .header("accept", SERVICE_ACCEPT)
            .header("content-type", "application/sparql-query; charset=utf-8")
            .send(query)
            .map_err(|e| failed(e.to_string()))?;
        let status = response.status();
        if !status.is_success() {
            let mut response = response;
            let detail = response
                .body_mut()
                .with_config()
                .limit(1024)
                .read_to_string()
                .unwrap_or_default();
            return Err(failed(format!(
                "the endpoint answered {status}: {}",
                detail.trim()
            )));
        }
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let format = QueryResultsFormat::from_media_type(&content_type).ok_or_else(|| {
            failed(format!(
                "the endpoint answered Content-Type {content_type:?}, not SPARQL results"
            ))
        })?;
        let body = response
            .into_body()
            .into_with_config()
            .limit(SERVICE_RESPONSE_LIMIT)
            .reader();
        let ReaderQueryResultsParserOutput::Solutions(reader) =
            QueryResultsParser::from_format(format)
                .for_reader(body)
                .map_err(|e| failed(e.to_string()))?
        else {
            return Err(failed(
                "the endpoint answered a boolean, not solutions".into(),
            ));
        };
        let name = service_name.clone();
        Ok(QuerySolutionIter::new(
            reader.variables().into(),
            Box::new(reader.map(move |s| {
                s.map_err(|e| QueryEvaluationError::Service(format!("SERVICE {name}: {e}").into()))
            })),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_checked() {
        for (prefix, ok) in [
            ("http://127.0.0.1:3030/sparql", true),
            ("http://example.org/", true),
            (" http://example.org/sparql ", true),
            ("http://example.org", false),
            ("https://query.wikidata.org/", false),
            ("ftp://example.org/", false),
            ("example.org/sparql", false),
            ("http://example.org/sparql?x=1", false),
            ("http:///sparql", false),
        ] {
            assert_eq!(check_prefix(prefix).is_ok(), ok, "{prefix}");
        }
    }

    #[test]
    fn allow_list_matches_normalized_endpoints_exactly() {
        let policy = ServicePolicy::allow(
            &["http://127.0.0.1:3030/sparql".to_string()],
            Duration::from_secs(1),
        )
        .unwrap();
        for (iri, sent) in [
            (
                "http://127.0.0.1:3030/sparql",
                Some("http://127.0.0.1:3030/sparql"),
            ),
            (
                "HTTP://127.0.0.1:3030/sparql",
                Some("http://127.0.0.1:3030/sparql"),
            ),
            (
                "http://127.0.0.1:3030/x/../sparql",
                Some("http://127.0.0.1:3030/sparql"),
            ),
            (
                "http://127.0.0.1:3030/./sparql",
                Some("http://127.0.0.1:3030/sparql"),
            ),
            ("http://127.0.0.1:3030/sparql/../admin", None),
            ("http://127.0.0.1:3030/sparql/%2E%2E/admin", None),
            ("http://127.0.0.1:3030/sparqlfoo?x=1", None),
            ("http://127.0.0.1:3030/sparql?x=1", None),
            ("http://127.0.0.1:3030/sparql/", None),
            ("http://u@127.0.0.1:3030/sparql", None),
            ("http://127.0.0.1:30301/sparql", None),
            ("http://127.0.0.2:3030/sparql", None),
        ] {
            assert_eq!(policy.endpoint(iri).as_deref(), sent, "{iri}");
        }
        let default_port = ServicePolicy::allow(
            &["http://Example.ORG:80/q".to_string()],
            Duration::from_secs(1),
        )
        .unwrap();
        assert_eq!(
            default_port.endpoint("http://example.org/q").as_deref(),
            Some("http://example.org/q")
        );
        assert!(!ServicePolicy::off().allows("http://127.0.0.1:3030/sparql"));
    }

    #[test]
    fn refusal_names_the_allow_list_or_the_flag() {
        let service = NamedNode::new_unchecked("http://evil.test/sparql");
        let off = ServiceRefused::new(&service, &[]).to_string();
        assert!(
            off.contains("federation is off") && off.contains("--service-allow"),
            "{off}"
        );
        let listed = ServiceRefused::new(&service, &["http://a.test/".into()]).to_string();
        assert!(listed.contains("http://a.test/"), "{listed}");
    }
}
