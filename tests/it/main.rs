//! noticegraph's integration tests: one test binary (`it`, crates.io style), one module per
//! area: the real corpus, the store on disk, the real `noticegraph` executable, the HTTP
//! service driven in-process.

mod cli;
mod corpus;
mod http;
mod seed;
mod store;
