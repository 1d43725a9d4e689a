//! Speed at scale (issue 8): durable save at 200k entries, day/week/month views at 1M, the
//! full-history dashboards (insights) at 200k. The red-flag rules have their own bench
//! (`benches/red_flags.rs`), export/import theirs (`benches/exchange.rs`). Journals
//! come from `bench_data::BenchSpec::entries` (10 years, Unicode notes, offset changes,
//! leap days), generated once into the temp folder and reused (benches/support).
//! Targets (shared QUALITY.md): save p50 <= 1 ms / p99 <= 5 ms; any view p95 <= 5 ms at 1M;
//! dashboards <= 20 ms at 200k. Per-save percentiles (and the rules on a cold connection)
//! come from `examples/latency.rs`; figures go to docs/performance.md.
//!
//! Run: `cargo bench -p backstory-core --bench journal` (first run generates ~900 MB of
//! journals in about 40 s; add a filter such as `-- views` to run one group).

mod support;

use backstory_core::bench_data::BenchSpec;
use backstory_core::domain::{PainDraft, TimelineQuery};
use backstory_core::insights::*;
use backstory_core::Journal;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration as Wall;

/// A pain entry as the form sends it, with a note.
fn draft(at: DateTime<Utc>) -> PainDraft {
    serde_json::from_value(serde_json::json!({
        "at": at.to_rfc3339(),
        "nrs": 5,
        "regions": [
            { "region": "lower_back_centre", "score": 5, "qualities": ["aching"] },
            { "region": "buttock_left", "score": 3, "qualities": [] }
        ],
        "qualities": ["aching"],
        "onset": "hours_later",
        "interference_daily": 4,
        "notes": "Stiff after the drive — Rücken steif, 腰が痛い 🙂",
    }))
    .expect("bench draft")
}

fn midnight(date: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0).expect("midnight"))
}

fn save(c: &mut Criterion) {
    let spec = support::sized(BenchSpec::entries(200_000));
    let fixture = support::fixture(&spec);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut journal = Journal::open(&support::copy_of(&fixture, dir.path())).expect("opens");
    let now = midnight(spec.end) - Duration::hours(2);
    let mut g = c.benchmark_group("save_200k");
    g.sample_size(50);
    g.measurement_time(Wall::from_secs(8));
    // One pain entry committed with WAL + synchronous=FULL (fsync before returning).
    g.bench_function("add_pain_durable", |b| {
        b.iter(|| journal.entries().add_pain(draft(now), now).expect("saved"))
    });
    g.finish();
}

fn views(c: &mut Criterion) {
    let spec = support::sized(BenchSpec::entries(1_000_000));
    let journal = Journal::open(&support::fixture(&spec)).expect("opens");
    eprintln!("views: {} entries", support::count_entries(&journal));
    let mid = NaiveDate::from_ymd_opt(2021, 6, 16).expect("date");
    let last = spec.end - Duration::days(1);
    let range = |from: NaiveDate, to: NaiveDate, limit: u32| TimelineQuery {
        from: Some(from),
        to: Some(to),
        limit,
        ..TimelineQuery::default()
    };
    let cases = [
        ("day_2021", range(mid, mid, 50)),
        ("day_2021_full_page_200", range(mid, mid, 200)),
        ("week_2021", range(mid - Duration::days(6), mid, 50)),
        ("month_2021", range(mid - Duration::days(29), mid, 50)),
        ("month_latest", range(last - Duration::days(29), last, 50)),
        ("month_2021_page_5", {
            let mut q = range(mid - Duration::days(29), mid, 50);
            q.offset = 200;
            q
        }),
        ("whole_journal_first_page", TimelineQuery::default()),
    ];
    let mut g = c.benchmark_group("views_1m");
    g.sample_size(50);
    for (name, query) in &cases {
        g.bench_function(*name, |b| {
            b.iter(|| journal.timeline().page(query).expect("page"))
        });
    }
    // The IPC reply: the page serialised to JSON, as the shell sends it.
    let month = range(mid - Duration::days(29), mid, 200);
    g.bench_function("month_2021_page_200_as_json", |b| {
        b.iter(|| {
            serde_json::to_vec(&journal.timeline().page(&month).expect("page")).expect("json")
        })
    });
    g.finish();
}

fn dashboards(c: &mut Criterion) {
    let spec = support::sized(BenchSpec::entries(200_000));
    let journal = Journal::open(&support::fixture(&spec)).expect("opens");
    let conn = &journal;
    let today = spec.end;
    let mut g = c.benchmark_group("dashboards_200k");
    g.sample_size(20);
    g.bench_function("pain_trend_whole_history", |b| {
        b.iter(|| pain_trend(conn, &TrendQuery::default(), today).expect("trend"))
    });
    g.bench_function("pain_after_intimacy", |b| {
        b.iter(|| pain_after(conn, &AfterQuery::default()).expect("report"))
    });
    g.bench_function("pain_after_all_activities", |b| {
        let q = AfterQuery {
            scope: AfterScope::All,
            ..AfterQuery::default()
        };
        b.iter(|| pain_after(conn, &q).expect("report"))
    });
    g.bench_function("programme_adherence", |b| {
        b.iter(|| programme_adherence(conn, &AdherenceQuery::default(), today).expect("adherence"))
    });
    g.bench_function("weekly_summary", |b| {
        b.iter(|| weekly_summary(conn, today).expect("summary"))
    });
    g.finish();
}

criterion_group!(benches, save, views, dashboards);
criterion_main!(benches);
