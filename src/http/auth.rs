//! Who may write: every write route (SPARQL Update, Graph Store writes, `POST /notices`)
//! calls [`authorize_write`] first. Writes are off unless `config.token` is set
//! (`--token` / `NOTICEGRAPH_TOKEN`); then a request must carry
//! `Authorization: Bearer <token>` (RFC 6750 §2.1). The token is compared in constant time
//! (the `subtle` crate), so the time a refusal takes does not tell how much of a guess was
//! right.

use super::error::AppError;
use crate::state::AppState;
use axum::http::{HeaderMap, header};
use subtle::ConstantTimeEq;

/// Checks that the request may write.
///
/// Inputs: the state (for `config.token`), the request headers, and `what` (the operation,
/// for the message, e.g. `"SPARQL Update"`).
///
/// Errors: [`AppError::Forbidden`] (403) when no token is configured (writes are off);
/// [`AppError::Unauthorized`] (401, with `WWW-Authenticate: Bearer`) when the header is
/// missing, is not a `Bearer` credential, or carries another token.
pub fn authorize_write(state: &AppState, headers: &HeaderMap, what: &str) -> Result<(), AppError> {
    let Some(expected) = state.config.token.as_deref() else {
        return Err(AppError::Forbidden(format!(
            "{what} is off on this server: writes need a token configured with --token \
             (or NOTICEGRAPH_TOKEN)"
        )));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(bearer_credential);
    match given {
        None => Err(AppError::Unauthorized(format!(
            "{what} needs an `Authorization: Bearer <token>` header"
        ))),
        Some(token) if bool::from(token.as_bytes().ct_eq(expected.as_bytes())) => Ok(()),
        Some(_) => Err(AppError::Unauthorized(format!(
            "{what}: the bearer token is not the one this server accepts"
        ))),
    }
}

/// The token of an `Authorization` value of the `Bearer` scheme (scheme name matched
/// case-insensitively, RFC 7235 §2.1), trimmed; `None` for another scheme or an empty token.
fn bearer_credential(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_credentials() {
        assert_eq!(bearer_credential("Bearer abc"), Some("abc"));
        assert_eq!(bearer_credential("bearer  abc "), Some("abc"));
        assert_eq!(bearer_credential("Basic YWxhZGRpbjpvcGVu"), None);
        assert_eq!(bearer_credential("Bearer "), None);
        assert_eq!(bearer_credential("Bearer"), None);
    }
}
