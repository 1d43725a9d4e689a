//! Insights on the reference load (10 years, ~100k entries, `BenchSpec::ten_years`), in a
//! journal file opened the way the app opens it. Target: every insights command < 50 ms
//! (issue 5). Figures go to docs/performance.md.
//!
//! Run: `cargo bench -p backstory-core --bench insights`

mod support;

use backstory_core::bench_data::{generate, BenchSpec};
use backstory_core::experiments::{ExperimentChange, ExperimentOutcome, Plan};
use backstory_core::insights::*;
use backstory_core::Journal;
use chrono::Duration;
use criterion::{criterion_group, criterion_main, Criterion};

fn insights(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.db");
    let spec = support::sized(BenchSpec::ten_years());
    let counts = {
        let mut journal = Journal::open(&path).expect("journal opens");
        let counts = generate(&mut journal, &spec).expect("bench data");
        // An experiment over the last 8 weeks (4 blocks of 7 days), so its analysis reads
        // 56 days of next-morning ratings and adherence marks among the 100k entries.
        let plan = Plan::new(spec.end - Duration::days(56), 7, 4, 42).expect("plan");
        let at = plan.start.and_hms_opt(9, 0, 0).expect("time").and_utc();
        let mut guide = journal.guide();
        let mut experiments = guide.experiments();
        experiments
            .start(
                ExperimentChange::WarmUp,
                ExperimentOutcome::NextMorning,
                plan,
                at,
            )
            .expect("experiment starts");
        let mut day = plan.start;
        while day < spec.end {
            experiments
                .mark_day(day, (day - plan.start).num_days() % 9 != 0, day)
                .expect("marked");
            day += Duration::days(1);
        }
        counts
    };
    eprintln!(
        "bench journal: {} entries ({} pain, {} linked, {} activities, {} intimacy, {} check-ins)",
        counts.total(),
        counts.pain,
        counts.linked_pain,
        counts.activities,
        counts.intimacy,
        counts.check_ins
    );
    // Reopen, as the app does at start-up.
    let journal = Journal::open(&path).expect("journal reopens");
    let conn = &journal;
    let today = spec.end;

    let mut g = c.benchmark_group("insights_100k");
    g.sample_size(30);
    g.bench_function("pain_trend_all_10_years", |b| {
        b.iter(|| pain_trend(conn, &TrendQuery::default(), today).expect("trend"))
    });
    g.bench_function("pain_trend_all_10_years_as_json", |b| {
        b.iter(|| {
            serde_json::to_vec(&pain_trend(conn, &TrendQuery::default(), today).expect("trend"))
                .expect("json")
        })
    });
    g.bench_function("pain_trend_last_year", |b| {
        let q = TrendQuery {
            from: Some(today - Duration::days(364)),
            to: Some(today),
        };
        b.iter(|| pain_trend(conn, &q, today).expect("trend"))
    });
    g.bench_function("pain_trend_last_90_days", |b| {
        let q = TrendQuery {
            from: Some(today - Duration::days(89)),
            to: Some(today),
        };
        b.iter(|| pain_trend(conn, &q, today).expect("trend"))
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
    // The two halves of the one above: reading the cases, and the report's passes.
    let all = AfterQuery {
        scope: AfterScope::All,
        ..AfterQuery::default()
    };
    g.bench_function("pain_after_all_activities_load", |b| {
        b.iter(|| load_cases(conn, &all).expect("cases"))
    });
    let cases = load_cases(conn, &all).expect("cases");
    g.bench_function("pain_after_all_activities_report", |b| {
        b.iter(|| pain_after_report(&cases, AfterScope::All, position_name))
    });
    g.bench_function("programme_adherence_12_weeks", |b| {
        b.iter(|| programme_adherence(conn, &AdherenceQuery::default(), today).expect("adherence"))
    });
    g.bench_function("weekly_summary", |b| {
        b.iter(|| weekly_summary(conn, today).expect("summary"))
    });
    g.bench_function("flares_case_crossover", |b| {
        b.iter(|| flares(conn).expect("flares"))
    });
    g.bench_function("experiment_status_8_weeks", |b| {
        b.iter(|| {
            conn.timeline()
                .experiment(today)
                .expect("status")
                .expect("an experiment")
        })
    });
    g.finish();
}

criterion_group!(benches, insights);
criterion_main!(benches);
