//! Prints every line's class and reason: `cargo run --example explain -- FILE`.
//! (The `ghirbal extract --explain` command does the same for users.)

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let out = ghirbal_extract::extract_dump(
            &path,
            &text,
            &ghirbal_extract::Options {
                explain: true,
                ..ghirbal_extract::Options::default()
            },
        );
        for row in out.explain {
            if row.text.is_empty() {
                continue;
            }
            let text: String = row.text.chars().take(60).collect();
            println!(
                "{:>4} {:<14} {:<55} {}",
                row.line,
                format!("{:?}", row.class),
                row.reason,
                text
            );
        }
    }
}
