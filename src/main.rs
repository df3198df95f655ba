//! noticegraph binary.
fn main() {}
