//! Prints the HTML extractor's container chain and skipped furniture for
//! one page: `cargo run --release --example debug_html -- PAGE.html [TEXT]`;
//! with TEXT, also where that text sits and why it was kept or left out.

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: debug_html PAGE.html");
    let bytes = std::fs::read(&path).expect("read page");
    let html = String::from_utf8_lossy(&bytes);
    let find = std::env::args().nth(2);
    print!("{}", ghirbal_extract::debug_html(&html, find.as_deref()));
}
