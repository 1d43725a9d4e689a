//! Per-call latency distributions that criterion's averages hide (issue 8): the disk's raw
//! fsync (the floor for any durable save), every durable save timed on its own
//! (p50/p95/p99/max), a save followed by the red-flag refresh as the
//! app's commands do it, the rules on a freshly opened connection ("cold"), opening the
//! journal (read-only quick_check, then WAL + FULL; and the app's start-up open, whose
//! full check runs after the first screen), and purging deleted rows.
//!
//! ```text
//! cargo run -p backstory-core --release --example latency            # 200k entries, 2000 saves
//! cargo run -p backstory-core --release --example latency -- --entries 1000000 --saves 500
//! cargo run -p backstory-core --release --example latency -- --secure-delete off   # its cost
//! ```
//!
//! Journals come from the same generated fixtures as `benches/journal.rs`.

#[path = "../benches/support/mod.rs"]
mod support;

use backstory_core::bench_data::BenchSpec;
use backstory_core::domain::{EntryKind, PainDraft};
use backstory_core::Journal;
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::time::{Duration as Wall, Instant};

fn draft(at: DateTime<Utc>) -> PainDraft {
    serde_json::from_value(serde_json::json!({
        "at": at.to_rfc3339(),
        "nrs": 5,
        "regions": [{ "region": "lower_back_centre", "score": 5, "qualities": [] }],
        "qualities": ["aching"],
        "notes": "Stiff after the drive — Rücken steif, 腰が痛い 🙂",
    }))
    .expect("draft")
}

fn ms(d: Wall) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Prints one line: count, p50, p95, p99, max (milliseconds).
fn report(name: &str, mut samples: Vec<Wall>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{name:<34} n={:<5} p50 {:>8.3} ms  p95 {:>8.3} ms  p99 {:>8.3} ms  max {:>8.3} ms",
        samples.len(),
        ms(at(0.50)),
        ms(at(0.95)),
        ms(at(0.99)),
        ms(*samples.last().expect("samples"))
    );
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Wall) {
    let started = Instant::now();
    let value = f();
    (value, started.elapsed())
}

fn main() {
    let mut entries = 200_000u64;
    let mut saves = 2000usize;
    // The app always runs with secure_delete on; "off" measures what it costs.
    let mut secure_delete = true;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let text = args.next();
        let value = text.as_deref().and_then(|v| v.parse::<u64>().ok());
        match (arg.as_str(), value, text.as_deref()) {
            ("--entries", Some(n), _) => entries = n,
            ("--saves", Some(n), _) => saves = n.max(10) as usize,
            ("--secure-delete", _, Some("on")) => secure_delete = true,
            ("--secure-delete", _, Some("off")) => secure_delete = false,
            _ => {
                eprintln!("usage: latency [--entries N] [--saves N] [--secure-delete on|off]");
                std::process::exit(2);
            }
        }
    }
    let open = |path: &std::path::Path| {
        let journal = Journal::open(path).expect("opens");
        if !secure_delete {
            backstory_core::store::inspect::connection(&journal)
                .execute_batch("PRAGMA secure_delete = OFF;")
                .expect("pragma");
        }
        journal
    };
    println!(
        "secure_delete: {}",
        if secure_delete { "on" } else { "off" }
    );
    let spec = BenchSpec::entries(entries);
    let fixture = support::fixture(&spec);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = support::copy_of(&fixture, dir.path());
    let now = Utc.from_utc_datetime(&spec.end.and_hms_opt(0, 0, 0).expect("midnight"))
        - Duration::hours(2);

    // Opening: the read-only preflight (quick_check) and the connection set-up, each time
    // on a fresh process-level connection (the OS file cache stays warm).
    let opens: Vec<Wall> = (0..5)
        .map(|_| timed(|| Journal::open(&path).expect("opens")).1)
        .collect();
    let mut journal = open(&path);
    println!(
        "journal: {} entries, {:.0} MiB, {}",
        support::count_entries(&journal),
        std::fs::metadata(&path).expect("size").len() as f64 / 1048576.0,
        path.display()
    );
    report("open (quick_check + pragmas)", opens);
    // The app's start-up open (issue 18): cheap checks now, the full quick_check later on
    // another thread; both timed here on their own.
    let mut checks = Vec::new();
    let first_screen: Vec<Wall> = (0..5)
        .map(|_| {
            let ((opened, check), took) =
                timed(|| Journal::open_check_later(&path, None).expect("opens"));
            if let Some(check) = check {
                checks.push(timed(|| check.run().expect("healthy")).1);
            }
            drop(opened);
            took
        })
        .collect();
    report("open for the first screen", first_screen);
    if !checks.is_empty() {
        report("its later full check (quick_check)", checks);
    }

    // The disk's own floor: append 4 KiB and fsync, in the journal's folder. A durable save
    // cannot be faster than this (one WAL fsync per commit).
    {
        use std::io::Write;
        let mut file = std::fs::File::create(dir.path().join("fsync-probe")).expect("probe");
        let samples = (0..saves.min(500))
            .map(|_| {
                file.write_all(&[7u8; 4096]).expect("write");
                timed(|| file.sync_data().expect("fsync")).1
            })
            .collect();
        report("raw fsync of a 4 KiB append", samples);
    }

    let mut samples = Vec::with_capacity(saves);
    let mut ids = Vec::new();
    for _ in 0..saves {
        let (entry, took) = timed(|| journal.entries().add_pain(draft(now), now).expect("saved"));
        ids.push(entry.id);
        samples.push(took);
    }
    report("save pain entry (durable)", samples);

    let samples = (0..saves / 4)
        .map(|_| {
            timed(|| {
                let saved = journal.entries().add_pain(draft(now), now).expect("saved");
                journal.alerts().refresh(now).expect("refreshed");
                saved
            })
            .1
        })
        .collect();
    report("save + red-flag refresh", samples);

    let samples = (0..saves / 4)
        .map(|_| timed(|| journal.alerts().refresh(now).expect("refresh")).1)
        .collect();
    report("red-flag refresh (warm)", samples);

    drop(journal);
    let samples = (0..10)
        .map(|_| {
            let mut cold = open(&path);
            timed(|| cold.alerts().refresh(now).expect("refresh")).1
        })
        .collect();
    report("red-flag refresh (new connection)", samples);

    let mut journal = open(&path);
    let samples = (0..10)
        .map(|_| timed(|| journal.entries().purge_deleted(now).expect("purge")).1)
        .collect();
    report("purge deleted (nothing to purge)", samples);
    for id in ids.iter().take(100) {
        journal
            .entries()
            .delete_entry(EntryKind::Pain, *id, now - Duration::days(60))
            .expect("deleted");
    }
    let (removed, took) = timed(|| journal.entries().purge_deleted(now).expect("purge"));
    report(&format!("purge deleted ({removed} rows)"), vec![took]);
    for id in ids.iter().skip(100) {
        journal
            .entries()
            .delete_entry(EntryKind::Pain, *id, now - Duration::days(60))
            .expect("deleted");
    }
    let (removed, took) = timed(|| journal.entries().purge_deleted(now).expect("purge"));
    report(&format!("purge deleted ({removed} rows)"), vec![took]);
}
