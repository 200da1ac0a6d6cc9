//! Tests of the web application through its router (no socket): the API's
//! answers and errors, and that article text never becomes markup.

mod api;
mod escaping;
mod fixtures;
