//! Export and import of ~100k entries (`BenchSpec::entries(100_000)`: 10 years, 30 % with
//! notes), side by side with a raw rusqlite bulk insert of the same rows in one transaction.
//! Targets (issue 6): export and import each under 2 s; import within 3x of the raw insert.
//! Every journal is a file opened the way the app opens it (WAL, synchronous=FULL).
//! Figures go to docs/performance.md.
//!
//! Run: `cargo bench -p backstory-core --bench exchange`

mod support;

use backstory_core::bench_data::{generate, BenchSpec};
use backstory_core::exchange::{ExportFile, ExportKind, ExportRequest};
use backstory_core::store::utc_text;
use backstory_core::Journal;
use chrono::{Duration, Utc};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rusqlite::params;
use std::path::PathBuf;

fn fresh(dir: &std::path::Path) -> (Journal, PathBuf) {
    let path = dir.join(format!("j-{}.db", uuid::Uuid::new_v4().simple()));
    (Journal::open(&path).expect("journal opens"), path)
}

type ActivityRow = (
    String,
    String,
    i32,
    String,
    String,
    Option<u16>,
    String,
    String,
    String,
);
type PainRow = (
    String,
    String,
    i32,
    String,
    u8,
    Option<u8>,
    Option<u8>,
    Option<String>,
    String,
    String,
    String,
);
type CheckInRow = (String, String, u8, String, String, String);

/// The rows of a backup document as the tables store them, serialised up front.
struct RawRows {
    activities: Vec<ActivityRow>,
    pain: Vec<PainRow>,
    check_ins: Vec<CheckInRow>,
}

fn raw_rows(doc: &ExportFile) -> RawRows {
    let inst = |at: &chrono::DateTime<chrono::FixedOffset>| {
        (
            utc_text(&at.with_timezone(&Utc)),
            at.offset().local_minus_utc() / 60,
            at.date_naive().format("%Y-%m-%d").to_string(),
        )
    };
    RawRows {
        activities: doc
            .activities
            .iter()
            .map(|r| {
                let (u, o, d) = inst(&r.entry.at);
                let kind = serde_json::to_value(r.entry.kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string();
                (
                    r.id.to_string(),
                    u,
                    o,
                    d,
                    kind,
                    r.entry.duration_min,
                    serde_json::to_string(&r.entry).unwrap(),
                    utc_text(&r.created_at),
                    utc_text(&r.updated_at),
                )
            })
            .collect(),
        pain: doc
            .pain
            .iter()
            .map(|r| {
                let (u, o, d) = inst(&r.entry.at);
                let e = &r.entry;
                (
                    r.id.to_string(),
                    u,
                    o,
                    d,
                    e.nrs,
                    e.interference_daily,
                    e.interference_intimacy,
                    e.activity_id.map(|a| a.to_string()),
                    serde_json::to_string(e).unwrap(),
                    utc_text(&r.created_at),
                    utc_text(&r.updated_at),
                )
            })
            .collect(),
        check_ins: doc
            .check_ins
            .iter()
            .map(|r| {
                (
                    r.id.to_string(),
                    r.entry.date.format("%Y-%m-%d").to_string(),
                    r.entry.stress,
                    serde_json::to_string(&r.entry).unwrap(),
                    utc_text(&r.created_at),
                    utc_text(&r.updated_at),
                )
            })
            .collect(),
    }
}

fn raw_insert(journal: &mut Journal, rows: &RawRows) {
    let conn = backstory_core::store::inspect::connection_mut(journal);
    // The page cache an import's transaction gets, so the two compare like for like.
    conn.pragma_update(
        None,
        "cache_size",
        -backstory_core::store::IMPORT_PAGE_CACHE_KIB,
    )
    .unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut a = tx
            .prepare("INSERT INTO activity (id, at_utc, tz_offset_min, local_date, kind, duration_min, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .unwrap();
        for r in &rows.activities {
            a.execute(params![r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8])
                .unwrap();
        }
        let mut p = tx
            .prepare("INSERT INTO pain_entry (id, at_utc, tz_offset_min, local_date, nrs, interference_daily, interference_intimacy, activity_id, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
            .unwrap();
        for r in &rows.pain {
            p.execute(params![
                r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10
            ])
            .unwrap();
        }
        let mut c = tx
            .prepare("INSERT INTO check_in (id, local_date, stress, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .unwrap();
        for r in &rows.check_ins {
            c.execute(params![r.0, r.1, r.2, r.3, r.4, r.5]).unwrap();
        }
    }
    tx.commit().unwrap();
}

fn exchange(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = support::sized(BenchSpec::entries(100_000));
    let (mut source, _) = fresh(dir.path());
    let counts = generate(&mut source, &spec).expect("bench data");
    // Entries are dated up to spec.end; "now" is just after, so none is in the future.
    let now = spec.end.and_hms_opt(12, 0, 0).unwrap().and_utc() + Duration::days(1);
    let backup = ExportRequest {
        kind: ExportKind::Backup,
        range: Default::default(),
        includes: None,
    };
    let partner = ExportRequest {
        kind: ExportKind::Partner,
        range: Default::default(),
        includes: None,
    };
    let (bytes, summary) = source
        .exchange()
        .export_bytes(&backup, None, 10, now)
        .expect("export");
    let (partner_plain, _) = {
        let doc = source.exchange().export_document(&partner, now).unwrap();
        (serde_json::to_vec(&doc).unwrap(), ())
    };
    let doc = source.exchange().export_document(&backup, now).unwrap();
    let rows = raw_rows(&doc);
    eprintln!(
        "bench journal: {} entries generated; export: {} pain, {} activities, {} check-ins, {:.1} MB of JSON",
        counts.total(),
        summary.pain,
        summary.activities,
        summary.check_ins,
        bytes.len() as f64 / 1e6
    );

    let mut g = c.benchmark_group("exchange_100k");
    g.sample_size(10);
    g.bench_function("export_backup_plain_json", |b| {
        b.iter(|| {
            source
                .exchange()
                .export_bytes(&backup, None, 10, now)
                .expect("export")
        })
    });
    g.bench_function("export_partner_encrypted_scrypt17", |b| {
        b.iter(|| {
            source
                .exchange()
                .export_bytes(
                    &partner,
                    Some("bench passphrase"),
                    backstory_core::exchange::crypto::WORK_FACTOR,
                    now,
                )
                .expect("export")
        })
    });
    g.bench_function("scrypt17_key_derivation_alone", |b| {
        b.iter(|| {
            backstory_core::exchange::crypto::encrypt(
                b"x",
                "bench passphrase",
                backstory_core::exchange::crypto::WORK_FACTOR,
            )
            .expect("encrypt")
        })
    });
    g.bench_function("raw_rusqlite_bulk_insert_same_rows", |b| {
        b.iter_batched(
            || fresh(dir.path()).0,
            |mut j| raw_insert(&mut j, &rows),
            BatchSize::PerIteration,
        )
    });
    g.bench_function("import_backup_into_empty_journal", |b| {
        b.iter_batched(
            || fresh(dir.path()).0,
            |mut j| {
                j.exchange()
                    .import_backup(&bytes, None, now)
                    .expect("import")
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("import_partner_share_plain", |b| {
        b.iter_batched(
            || fresh(dir.path()).0,
            |mut j| {
                j.partners()
                    .import(&partner_plain, "Bench", None, now)
                    .expect("import")
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, exchange);
criterion_main!(benches);
