//! Runs one of issue 14's analyses on the 100k reference journal (`BenchSpec::ten_years`,
//! the generated fixture the benches share) a number of times, so its cost can be counted
//! in CPU instructions, which do not change with the machine's load the way wall time does:
//!
//! ```text
//! cargo build -p backstory-core --example insights_work
//! perf stat -e instructions:u target/debug/examples/insights_work pain_after_all 5
//! ```
//!
//! Analyses: pain_after_intimacy, pain_after_all, weekly_summary, flares, none (the
//! opening alone, to subtract). The timed figures are criterion's (`benches/insights.rs`).

#[path = "../benches/support/mod.rs"]
mod support;

use backstory_core::bench_data::BenchSpec;
use backstory_core::insights::*;
use backstory_core::Journal;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map(String::as_str).unwrap_or("none");
    let times: u32 = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1);
    let spec = BenchSpec::ten_years();
    let journal = Journal::open(&support::fixture(&spec)).expect("journal opens");
    let all = AfterQuery {
        scope: AfterScope::All,
        ..AfterQuery::default()
    };
    for _ in 0..times {
        match which {
            "pain_after_intimacy" => drop(pain_after(&journal, &AfterQuery::default()).unwrap()),
            "pain_after_all" => drop(pain_after(&journal, &all).unwrap()),
            "weekly_summary" => drop(weekly_summary(&journal, spec.end).unwrap()),
            "flares" => drop(flares(&journal).unwrap()),
            "none" => {}
            other => panic!("unknown analysis {other}"),
        }
    }
}
