//! Red-flag rules at 200k entries (`BenchSpec::entries(200_000)`, 10 years), in a journal
//! file opened the way the app opens it. Target (QUALITY.md): all red-flag rules <= 100 ms
//! at 200k entries. Figures go to docs/performance.md.
//!
//! Run: `cargo bench -p backstory-core --bench red_flags`

mod support;

use backstory_core::bench_data::{generate, BenchSpec};
use backstory_core::domain::*;
use backstory_core::Journal;
use chrono::{Duration, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};

fn red_flags(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.db");
    let spec = support::sized(BenchSpec::entries(200_000));
    let counts = {
        let mut journal = Journal::open(&path).expect("journal opens");
        generate(&mut journal, &spec).expect("bench data")
    };
    eprintln!(
        "bench journal: {} entries ({} pain)",
        counts.total(),
        counts.pain
    );
    let mut journal = Journal::open(&path).expect("journal reopens");
    // The profile reads every profile rule, so none is skipped for lack of data.
    let mut profile = journal.settings().profile().expect("profile");
    profile.conditions = vec![Condition::DiscHerniation];
    profile.age_band = Some(AgeBand::From50To64);
    profile.history.cancer_history = true;
    profile.history.episode_started = Some(spec.end - Duration::days(30));
    let now = Utc.from_utc_datetime(&spec.end.and_hms_opt(0, 0, 0).expect("midnight"));
    journal
        .settings_mut()
        .save_profile(profile, now)
        .expect("profile saved");
    let (snapshot, _) = journal.alerts().snapshot(now).expect("snapshot");
    eprintln!(
        "window: {} pain entries, {} activities in the last 30 days",
        snapshot.pain.len(),
        snapshot.activities.len()
    );
    journal.alerts().refresh(now).expect("first refresh");

    let mut g = c.benchmark_group("red_flags_200k");
    g.sample_size(30);
    g.bench_function("evaluate_all_rules_pure", |b| {
        let profile = journal.settings().profile().expect("profile");
        b.iter(|| backstory_core::rules::evaluate(&snapshot, &profile, now))
    });
    g.bench_function("load_window_and_evaluate", |b| {
        b.iter(|| journal.alerts().evaluate(now).expect("evaluate"))
    });
    g.bench_function("refresh_alerts_durable", |b| {
        b.iter(|| journal.alerts().refresh(now).expect("refresh"))
    });
    g.bench_function("list_alerts", |b| {
        b.iter(|| journal.alerts().list().expect("alerts"))
    });
    g.bench_function("save_pain_and_refresh_durable", |b| {
        let at = now.fixed_offset() - Duration::hours(1);
        b.iter(|| {
            let draft = PainDraft {
                at,
                nrs: 5,
                regions: vec![Region::LowerBackCentre.into()],
                qualities: vec![],
                onset: None,
                interference_daily: None,
                interference_intimacy: None,
                leg: LegSymptoms::default(),
                emergency: EmergencySigns::default(),
                activity_id: None,
                notes: String::new(),
            };
            let saved = journal.entries().add_pain(draft, now).expect("save");
            journal.alerts().refresh(now).expect("refresh");
            saved
        })
    });
    g.finish();
}

criterion_group!(benches, red_flags);
criterion_main!(benches);
