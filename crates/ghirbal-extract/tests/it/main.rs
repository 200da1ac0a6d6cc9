//! One integration-test binary for the crate (link time on 2 cores).

mod expect;
mod fixtures;
mod hostile;
mod html;
mod props;
mod seed;
