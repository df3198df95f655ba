//! Localization: Fluent bundles for `ko` and `en` built once, and the Korean particle
//! (josa) function.

/// Fluent bundles for every supported language.
pub struct Localizer {}
