//! One integration-test binary for the crate (link time on 2 cores).

mod dates;
mod text;
