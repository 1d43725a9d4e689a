//! `generate`: writes the deterministic benchmark journal (backstory_core::bench_data) into
//! the data folder, so the app and the scripts can be measured on 50k, 200k or 1M entries.
//! Refuses a journal that already holds entries: it never mixes generated rows into real ones.

use crate::output::{print_json, CliError};
use crate::Ctx;
use backstory_application as app;
use backstory_core::bench_data::{generate as write_entries, BenchSpec};
use backstory_core::domain::TimelineQuery;
use backstory_core::i18n::{args, current, format_decimal, tr, tr_with};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
struct Generated {
    entries: u32,
    pain: u32,
    linked_pain: u32,
    activities: u32,
    intimacy: u32,
    check_ins: u32,
    days: u32,
    first_day: NaiveDate,
    last_day: NaiveDate,
    seed: u64,
    seconds: f64,
}

fn number(value: Option<String>, key: &str) -> Result<Option<u64>, CliError> {
    value
        .map(|v| {
            v.parse::<u64>().map_err(|_| {
                CliError::usage(tr_with(
                    "cli-tools-whole-number",
                    &args([("flag", format!("--{key}").into())]),
                ))
            })
        })
        .transpose()
}

pub fn generate(
    ctx: &Ctx,
    entries: Option<String>,
    end: Option<String>,
    seed: Option<String>,
) -> Result<(), CliError> {
    let entries = number(entries, "entries")?.unwrap_or(200_000);
    if entries > 5_000_000 {
        return Err(CliError::usage(tr_with(
            "cli-tools-capped",
            &args([("flag", "--entries".into()), ("max", 5_000_000.into())]),
        )));
    }
    let mut spec = BenchSpec::entries(entries);
    if let Some(seed) = number(seed, "seed")? {
        spec.seed = seed;
    }
    if let Some(end) = end {
        spec.end = end.parse().map_err(|_| {
            CliError::usage(tr_with("cli-tools-date", &args([("flag", "--end".into())])))
        })?;
    }
    let mut session = ctx.session()?;
    let query = TimelineQuery {
        limit: 1,
        ..TimelineQuery::default()
    };
    let journal = session.journal_mut()?;
    if !journal.timeline().page(&query)?.items.is_empty() {
        return Err(CliError::usage(tr("cli-tools-generate-not-empty")));
    }
    let started = std::time::Instant::now();
    let counts = write_entries(journal, &spec)?;
    // The window then opens on the generated journal, not on its welcome screen.
    app::mark_welcomed(&mut session)?;
    let report = Generated {
        entries: counts.total(),
        pain: counts.pain,
        linked_pain: counts.linked_pain,
        activities: counts.activities,
        intimacy: counts.intimacy,
        check_ins: counts.check_ins,
        days: spec.days,
        first_day: spec.end - chrono::Duration::days(i64::from(spec.days)),
        last_day: spec.end - chrono::Duration::days(1),
        seed: spec.seed,
        seconds: started.elapsed().as_secs_f64(),
    };
    if ctx.json {
        print_json(&report);
    } else {
        let words = args([
            ("entries", report.entries.into()),
            ("pain", report.pain.into()),
            ("activities", report.activities.into()),
            ("checkIns", report.check_ins.into()),
            ("from", report.first_day.to_string().into()),
            ("to", report.last_day.to_string().into()),
            (
                "seconds",
                format_decimal(current(), report.seconds, 1).into(),
            ),
        ]);
        println!("{}", tr_with("cli-tools-generated", &words));
    }
    Ok(())
}
