//! Benchmark journals, generated once and kept between runs: generating 1M entries takes
//! ~25 s, so each sized load is written to a file in the temp folder the first time and
//! reused (the file name carries the spec and the schema version, so a change to
//! either writes a new one). Shared by `benches/journal.rs` and `examples/save_latency.rs`.

#![allow(dead_code)]

use backstory_core::bench_data::{generate, BenchSpec};
use backstory_core::store::LATEST_VERSION;
use backstory_core::Journal;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// `spec`, or with `BACKSTORY_BENCH_SMOKE=1` the same mix over its last 60 days only (a
/// few thousand entries): scripts/test.sh runs every bench once that way (`cargo test
/// --benches`), to prove they still compile and run, without their minutes of set-up.
pub fn sized(spec: BenchSpec) -> BenchSpec {
    if std::env::var("BACKSTORY_BENCH_SMOKE").as_deref() == Ok("1") {
        BenchSpec { days: 60, ..spec }
    } else {
        spec
    }
}

/// Bump when the generator changes in a way the spec does not show (e.g. note texts).
const GENERATOR_REVISION: u32 = 1;

/// Where generated journals are kept: `$BACKSTORY_BENCH_FIXTURES`, else
/// `<temp dir>/backstory-bench-fixtures` (the same for benches and examples).
pub fn fixture_dir() -> PathBuf {
    std::env::var_os("BACKSTORY_BENCH_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("backstory-bench-fixtures"))
}

/// The journal file for `spec`, generated now if it is not there yet. Treat it as read-only:
/// benchmarks that write use [`copy_of`].
pub fn fixture(spec: &BenchSpec) -> PathBuf {
    let mut hasher = DefaultHasher::new();
    format!("{spec:?}").hash(&mut hasher);
    let name = format!(
        "journal-{}-r{GENERATOR_REVISION}-s{LATEST_VERSION}-{:016x}.db",
        spec.expected_entries(),
        hasher.finish()
    );
    let dir = fixture_dir();
    let path = dir.join(&name);
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).expect("fixture folder");
    let partial = dir.join(format!("{name}.partial-{}", std::process::id()));
    let started = std::time::Instant::now();
    let counts = {
        let mut journal = Journal::open(&partial).expect("fixture journal opens");
        generate(&mut journal, spec).expect("fixture data")
    };
    // Closing the journal checkpointed its WAL: the .db file alone is the whole journal.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
    }
    std::fs::rename(&partial, &path).expect("fixture in place");
    eprintln!(
        "generated {} ({} entries) in {:.1} s",
        path.display(),
        counts.total(),
        started.elapsed().as_secs_f64()
    );
    path
}

/// A private copy of a fixture (for benchmarks that write), in `dir`.
pub fn copy_of(fixture: &Path, dir: &Path) -> PathBuf {
    let path = dir.join("journal.db");
    std::fs::copy(fixture, &path).expect("fixture copy");
    path
}

/// How many entries a journal holds (all kinds, not deleted).
pub fn count_entries(journal: &Journal) -> i64 {
    backstory_core::store::inspect::connection(journal)
        .query_row(
            "SELECT (SELECT count(*) FROM pain_entry WHERE deleted_at IS NULL)
                  + (SELECT count(*) FROM activity WHERE deleted_at IS NULL)
                  + (SELECT count(*) FROM check_in WHERE deleted_at IS NULL)",
            [],
            |r| r.get(0),
        )
        .expect("count")
}
