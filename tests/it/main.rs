//! The one integration-test binary (crates.io style): the store on disk and the real
//! `noticegraph` executable.

mod cli;
mod store;
