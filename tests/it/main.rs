//! noticegraph's one integration-test binary (crates.io's `src/tests/` shape): one module
//! per surface.

mod http;
