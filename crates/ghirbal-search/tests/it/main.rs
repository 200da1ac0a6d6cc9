//! Integration tests of ghirbal-search: indexes built from records written
//! here, in our own words.

mod fixtures;
mod queries;
mod variants;
