//! What one page may cost: nesting depth and time.
//!
//! [`crate::extract_html`] and [`crate::extract_dump`] never fail: a page
//! nesting too deep is cut (with a warning) and there is no clock. The
//! `try_` entry points are for batch runs over untrusted input, where a page
//! past a limit should be one reported failure, not a stalled worker.

use std::time::{Duration, Instant};

/// Default for [`crate::Options::max_depth`]. html5ever checks element
/// scopes by scanning its stack of open elements, so nesting costs
/// quadratic time; no real page nests a tenth as deep.
pub const DEFAULT_MAX_DEPTH: usize = 2_000;

/// A limit a page went past.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LimitExceeded {
    #[error("HTML elements nest deeper than the max depth limit of {limit} levels")]
    Depth { limit: usize },
    #[error(
        "extraction ran past the time limit of {} s per document",
        limit.as_secs_f64()
    )]
    Time { limit: Duration },
}

/// A deadline checked between the steps of extraction. Each step is linear
/// (or bounded) in the page's size, so checking between them keeps the
/// overrun to one step; a clock without a limit never stops anything.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clock {
    deadline: Option<(Instant, Duration)>,
}

impl Clock {
    pub(crate) fn unlimited() -> Self {
        Self { deadline: None }
    }

    pub(crate) fn start(limit: Option<Duration>) -> Self {
        Self {
            deadline: limit.map(|limit| (Instant::now() + limit, limit)),
        }
    }

    pub(crate) fn is_limited(&self) -> bool {
        self.deadline.is_some()
    }

    pub(crate) fn check(&self) -> Result<(), LimitExceeded> {
        match self.deadline {
            Some((deadline, limit)) if Instant::now() > deadline => {
                Err(LimitExceeded::Time { limit })
            }
            _ => Ok(()),
        }
    }
}
