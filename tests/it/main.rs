//! noticegraph's integration tests: one test binary (`it`), one module per area.

mod corpus;
