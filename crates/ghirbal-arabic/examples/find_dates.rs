//! Prints the dates `find_dates` reads in each line of stdin, to check a
//! date form by hand: `echo 'الخميس 25 أبريل 2024' | cargo run --example find_dates`.

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        println!("{line}");
        for m in ghirbal_arabic::dates::find_dates(&line) {
            println!("  {:?} {:?}", &line[m.start..m.end], m);
        }
    }
}
