//! Writes the deterministic benchmark journal (see `backstory_core::bench_data`) to a file:
//!
//! ```text
//! cargo run -p backstory-core --release --example bench_data -- /tmp/bench.db
//! cargo run -p backstory-core --release --example bench_data -- /tmp/big.db --days 7300 --activities 26
//! ```
//!
//! Options: `--days N` (default 3652), `--activities N` (mean activities a day, default 13),
//! `--extra-pain N` (mean unlinked pain entries a day, default 7), `--seed N`,
//! `--entries N` (the sized load of about N entries over 10 years, with notes; give it
//! before the density options to override them), `--notes PERCENT` (share of entries with
//! a note), `--end YYYY-MM-DD` (the day after the last generated day).
//! The file must not exist yet.

use backstory_core::bench_data::{generate, BenchSpec};
use backstory_core::Journal;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut spec = BenchSpec::ten_years();
    let mut path: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Option<u64> {
            let value = args.next().and_then(|v| v.parse().ok());
            if value.is_none() {
                eprintln!("{name} needs a whole number");
            }
            value
        };
        match arg.as_str() {
            "--days" => spec.days = number("--days").map(|n| n as u32).unwrap_or(spec.days),
            "--activities" => {
                spec.activities_per_day = number("--activities")
                    .map(|n| n as u32)
                    .unwrap_or(spec.activities_per_day)
            }
            "--extra-pain" => {
                spec.extra_pain_per_day = number("--extra-pain")
                    .map(|n| n as u32)
                    .unwrap_or(spec.extra_pain_per_day)
            }
            "--seed" => spec.seed = number("--seed").unwrap_or(spec.seed),
            "--entries" => {
                if let Some(n) = number("--entries") {
                    spec = BenchSpec {
                        seed: spec.seed,
                        end: spec.end,
                        ..BenchSpec::entries(n)
                    };
                }
            }
            "--notes" => {
                spec.notes_percent = number("--notes")
                    .map(|n| n.min(100) as u8)
                    .unwrap_or(spec.notes_percent)
            }
            "--end" => match args.next().map(|v| v.parse::<chrono::NaiveDate>()) {
                Some(Ok(end)) => spec.end = end,
                _ => {
                    eprintln!("--end needs a date YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            },
            other if path.is_none() && !other.starts_with("--") => {
                path = Some(PathBuf::from(other))
            }
            other => {
                eprintln!("unknown argument {other}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("usage: bench_data <new journal file> [--entries N] [--days N] [--activities N] [--extra-pain N] [--notes PERCENT] [--end YYYY-MM-DD] [--seed N]");
        return ExitCode::from(2);
    };
    if path.exists() {
        eprintln!("{} exists already; give a new file", path.display());
        return ExitCode::from(2);
    }
    let started = std::time::Instant::now();
    let result = Journal::open(&path).and_then(|mut journal| generate(&mut journal, &spec));
    match result {
        Ok(counts) => {
            println!(
                "{}: {} entries ({} pain, {} linked; {} activities, {} intimacy; {} check-ins) over {} days to {} in {:.1} s",
                path.display(),
                counts.total(),
                counts.pain,
                counts.linked_pain,
                counts.activities,
                counts.intimacy,
                counts.check_ins,
                spec.days,
                spec.end,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("could not write the journal: {err}");
            ExitCode::FAILURE
        }
    }
}
