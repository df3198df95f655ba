//! noticegraph's integration tests: one test binary (`it`, crates.io style), one module per
//! area: the real corpus, the store on disk, the real `noticegraph` executable.

mod bad_input;
mod cli;
mod corpus;
mod shapes;
mod store;
