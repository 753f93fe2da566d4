//! The command line: `newsls annotate | check | serve | train`.

mod annotate;
mod check;
mod load;
mod train;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "newsls",
    version,
    about = "Find, normalise and link the people, organisations, places and dates of a news corpus"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Brat,
    Conll,
    Jsonl,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Warning,
    Error,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Annotate articles and export the annotations (brat by default).
    Annotate {
        #[arg(long, value_enum, default_value = "brat")]
        format: ExportFormat,
        /// Output folder (brat: one .ann per input; conll/jsonl: one file, else standard output).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Document creation date for every article (YYYY-MM-DD).
        #[arg(long, value_parser = parse_dct)]
        dct: Option<chrono::NaiveDate>,
        /// Files or folders (every *.txt below, honouring .gitignore/.ignore).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Report what an editor of the corpus must fix, then a summary of entities.
    Check {
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        /// Exit 1 when a finding of this severity (or worse) is reported.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        #[arg(long, value_parser = parse_dct)]
        dct: Option<chrono::NaiveDate>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run the language server over standard input and output.
    Serve {
        /// Accepted for clients that pass it (stdio is the only transport).
        #[arg(long, hide = true)]
        stdio: bool,
    },
    /// Train the English name model from brat corpora (writes the weights and a name list).
    #[command(hide = true)]
    Train {
        #[arg(long, default_value = "12")]
        epochs: usize,
        #[arg(long, default_value = "0.02")]
        prune: f32,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        names: Option<PathBuf>,
        /// Another shuffling order (0: the shipped model's), to tell feature effects from noise.
        #[arg(long, default_value = "0")]
        seed: u64,
        /// A brat corpus to report F1 on after training.
        #[arg(long)]
        dev: Option<PathBuf>,
        #[arg(required = true)]
        corpora: Vec<PathBuf>,
    },
}

fn parse_dct(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

/// Run the command line; returns the exit code (0 ok, 1 `--fail-on` met, 2 usage or I/O error).
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Annotate {
            format,
            out,
            dct,
            paths,
        } => annotate::run(format, out, dct, &paths),
        Command::Check {
            format,
            fail_on,
            dct,
            paths,
        } => check::run(format, fail_on, dct, &paths),
        Command::Serve { .. } => crate::lsp::serve_stdio(),
        Command::Train {
            epochs,
            prune,
            out,
            names,
            seed,
            dev,
            corpora,
        } => train::run(
            epochs,
            prune,
            seed,
            &out,
            names.as_deref(),
            dev.as_deref(),
            &corpora,
        ),
    }
}
