//! `noticegraph eval`: extraction scored against the gold annotations of
//! `../shared/corpus` (format in its README).
