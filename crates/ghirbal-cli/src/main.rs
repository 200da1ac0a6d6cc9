//! `ghirbal`: the command line over the ghirbal crates. Subcommands live in
//! their own modules; this file only dispatches and maps errors to exit
//! codes.

mod build;
mod cli;
mod dedup;
mod explain;
mod extract;
mod profile;
mod progress;
mod schema;
mod search;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Build(args) => build::run(&args),
        cli::Command::Extract(args) => extract::run(args),
        cli::Command::Dedup(args) => dedup::run(&args),
        cli::Command::Profile(args) => profile::run(&args),
        cli::Command::Schema => schema::run().map(|()| ExitCode::SUCCESS),
        cli::Command::Index(args) => search::index(&args),
        cli::Command::Search(args) => search::search(args),
        cli::Command::Serve(args) => search::serve(&args),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`| head`): it has what it wanted.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io::stderr(), "error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                .is_some_and(|kind| kind == io::ErrorKind::BrokenPipe)
    })
}
