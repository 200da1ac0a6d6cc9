//! Integration tests of ghirbal-corpus (one binary, to keep link time down).

mod dedup;
