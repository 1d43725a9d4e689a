//! kill -9 storms. A writer process (`backstory crash-writer`) saves entries, imports a
//! file, writes backups or upgrades an old journal, printing a line only after each piece
//! of work is committed; the harness kills it with SIGKILL at a random moment, then checks
//! that the database passes integrity_check, that every entry it acknowledged is there,
//! that an import is all or nothing, that a backup file under its final name is always a
//! whole, verified backup, and that an interrupted upgrade leaves schema version N or N+1
//! with exactly that version's schema.
//!
//! Quick by default (BACKSTORY_CRASH_ROUNDS=20 save rounds; the other kinds run a share of
//! that). The long run documented in docs/reliability.md:
//!   BACKSTORY_CRASH_ROUNDS=1000 cargo test -p backstory-cli --test crash -- --nocapture
//! (set BACKSTORY_CRASH_BIN to a copy of target/debug/backstory if other builds may run
//! meanwhile)
//! A failing round prints its seed; rerun it with BACKSTORY_CRASH_SEED=<seed>.
//!
//! SIGKILL stops the process, not the machine: the operating system still writes out what
//! the process handed it. Power loss is covered by synchronous=FULL (every commit fsynced),
//! checked in tests/core/open.rs, not by these tests.

use backstory_core::bench_data::{generate, BenchSpec};
use backstory_core::exchange::{DateRange, ExportKind, ExportRequest};
use backstory_core::store::backups::inspect_backup_with;
use backstory_core::store::{Passphrase, JOURNAL_FILE, LATEST_VERSION, MIGRATIONS};
use backstory_core::Journal;
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const PASS: &str = "crash test passphrase";

fn rounds() -> usize {
    std::env::var("BACKSTORY_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}

/// xorshift64*: small, seedable, good enough to spread kill moments.
struct Rng(u64);

impl Rng {
    fn from_env(test: &str) -> Rng {
        let seed = std::env::var("BACKSTORY_CRASH_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            })
            | 1;
        eprintln!("{test}: BACKSTORY_CRASH_SEED={seed}");
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

mod support;
use support::TempDir;

/// A running writer and the lines it has printed so far.
struct Writer {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
    reader: JoinHandle<()>,
}

fn spawn(dir: &Path, args: &[&str], passphrase: Option<&str>) -> Writer {
    // BACKSTORY_CRASH_BIN: a copy of the CLI for long runs, so a rebuild meanwhile cannot
    // swap the binary under the storm.
    let bin = std::env::var("BACKSTORY_CRASH_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_backstory").to_string());
    let mut cmd = Command::new(bin);
    cmd.arg("--data-dir")
        .arg(dir)
        .arg("crash-writer")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .env_remove("BACKSTORY_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("BACKSTORY_PASSPHRASE", p);
    }
    let mut child = cmd.spawn().expect("the writer starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&lines);
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(l) => sink.lock().unwrap().push(l),
                Err(_) => break,
            }
        }
    });
    Writer {
        child,
        lines,
        reader,
    }
}

impl Writer {
    fn wait_ready(&self) {
        let start = Instant::now();
        while !self.lines.lock().unwrap().iter().any(|l| l == "ready") {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the writer never became ready"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// SIGKILL after `delay`; returns every line printed before death.
    fn kill_after(mut self, delay: Duration) -> Vec<String> {
        std::thread::sleep(delay);
        let _ = self.child.kill(); // SIGKILL on Unix
        let _ = self.child.wait();
        self.reader.join().expect("reader thread");
        let lines = self.lines.lock().unwrap().clone();
        lines.into_iter().filter(|l| l != "ready").collect()
    }

    fn finish(mut self) -> Vec<String> {
        let status = self.child.wait().expect("writer exits");
        self.reader.join().expect("reader thread");
        assert!(status.success(), "the uninterrupted writer succeeds");
        let lines = self.lines.lock().unwrap().clone();
        lines.into_iter().filter(|l| l != "ready").collect()
    }
}

fn key(passphrase: Option<&str>) -> Option<Passphrase> {
    passphrase.map(|p| Passphrase::new(p).unwrap())
}

/// Opens the journal as the app would (preflight quick_check included) and runs the full
/// integrity check.
fn open_checked(dir: &Path, passphrase: Option<&str>, round: usize) -> Journal {
    let j = Journal::open_with(&dir.join(JOURNAL_FILE), key(passphrase).as_ref())
        .unwrap_or_else(|e| panic!("round {round}: the journal must open after a kill: {e}"));
    let check: String = backstory_core::store::inspect::connection(&j)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "round {round}: integrity_check after a kill");
    j
}

fn ids(j: &Journal, table: &str) -> HashSet<String> {
    let mut stmt = backstory_core::store::inspect::connection(j)
        .prepare(&format!("SELECT id FROM {table}"))
        .unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn count(j: &Journal, table: &str) -> i64 {
    backstory_core::store::inspect::connection(j)
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn save_storm(tag: &str, rounds: usize, passphrase: Option<&str>) {
    let mut rng = Rng::from_env(tag);
    let dir = TempDir::new(tag);
    if let Some(p) = passphrase {
        drop(Journal::open_with(&dir.0.join(JOURNAL_FILE), key(Some(p)).as_ref()).unwrap());
    }
    let mut acknowledged: Vec<String> = Vec::new();
    for round in 0..rounds {
        let writer = spawn(&dir.0, &["--mode", "save"], passphrase);
        writer.wait_ready();
        let lines = writer.kill_after(Duration::from_micros(rng.below(40_000)));
        acknowledged.extend(lines);
        let j = open_checked(&dir.0, passphrase, round);
        let present = ids(&j, "pain_entry");
        let lost: Vec<&String> = acknowledged
            .iter()
            .filter(|id| !present.contains(*id))
            .collect();
        assert!(
            lost.is_empty(),
            "round {round}: acknowledged entries lost after kill -9: {lost:?}"
        );
    }
    assert!(
        !acknowledged.is_empty(),
        "the storm saved something (else it proves nothing)"
    );
    eprintln!(
        "{tag}: {rounds} kills, {} acknowledged entries, none lost",
        acknowledged.len()
    );
}

#[test]
fn kill_9_during_saves_loses_no_acknowledged_entry() {
    save_storm("save", rounds(), None);
}

#[test]
fn kill_9_during_saves_to_an_encrypted_journal_loses_nothing() {
    save_storm("save-encrypted", (rounds() / 4).max(2), Some(PASS));
}

/// A backup export of a generated journal, and its entry counts.
fn import_file(dir: &Path) -> (PathBuf, i64, i64) {
    let mut j = Journal::open_in_memory().unwrap();
    let counts = generate(&mut j, &BenchSpec::days(120)).unwrap();
    let req = ExportRequest {
        kind: ExportKind::Backup,
        range: DateRange::default(),
        includes: None,
    };
    let (bytes, _) = j
        .exchange()
        .export_bytes(&req, None, 10, chrono::Utc::now())
        .unwrap();
    let path = dir.join("import.json");
    std::fs::write(&path, bytes).unwrap();
    (path, i64::from(counts.pain), i64::from(counts.activities))
}

#[test]
fn kill_9_during_an_import_leaves_all_or_nothing() {
    let mut rng = Rng::from_env("import");
    let files = TempDir::new("import-file");
    let (file, pain, activities) = import_file(&files.0);
    let file_arg = file.to_str().unwrap();
    // One uninterrupted run sets the window the kills are spread over.
    let calibrate = TempDir::new("import-calibrate");
    let writer = spawn(
        &calibrate.0,
        &["--mode", "import", "--file", file_arg],
        None,
    );
    writer.wait_ready();
    let start = Instant::now();
    let lines = writer.finish();
    let window = start.elapsed();
    assert_eq!(
        lines,
        vec![format!(
            "imported {}",
            pain + activities + count_check_ins(&file)
        )]
    );
    let (mut none, mut all) = (0, 0);
    for round in 0..(rounds() / 2).max(2) {
        let dir = TempDir::new("import");
        let writer = spawn(&dir.0, &["--mode", "import", "--file", file_arg], None);
        writer.wait_ready();
        let lines = writer.kill_after(Duration::from_micros(
            rng.below(window.as_micros() as u64 * 3 / 2),
        ));
        let j = open_checked(&dir.0, None, round);
        let got = (count(&j, "pain_entry"), count(&j, "activity"));
        if got == (0, 0) {
            assert!(
                lines.is_empty(),
                "round {round}: acknowledged but not there"
            );
            none += 1;
        } else {
            assert_eq!(
                got,
                (pain, activities),
                "round {round}: an import is one transaction: all or nothing"
            );
            all += 1;
        }
    }
    eprintln!("import: {none} rounds nothing, {all} rounds everything, none partial");
}

fn count_check_ins(file: &Path) -> i64 {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    v["check_ins"]
        .as_array()
        .map(|a| a.len() as i64)
        .unwrap_or(0)
}

#[test]
fn kill_9_during_a_backup_never_leaves_a_broken_file_under_its_name() {
    let mut rng = Rng::from_env("backup");
    let dir = TempDir::new("backup");
    let pain = {
        let mut j = Journal::open(&dir.0.join(JOURNAL_FILE)).unwrap();
        i64::from(generate(&mut j, &BenchSpec::days(60)).unwrap().pain)
    };
    let out = dir.0.join("backups").join("manual.db");
    let out_arg = out.to_str().unwrap().to_string();
    let (mut whole, mut absent) = (0, 0);
    for round in 0..(rounds() / 2).max(2) {
        let _ = std::fs::remove_file(&out);
        let writer = spawn(&dir.0, &["--mode", "backup", "--out", &out_arg], None);
        writer.wait_ready();
        let lines = writer.kill_after(Duration::from_micros(rng.below(150_000)));
        if out.exists() {
            let info = inspect_backup_with(&out, None).unwrap_or_else(|e| {
                panic!("round {round}: a file under the backup's name must be whole: {e}")
            });
            assert_eq!(
                info.pain, pain,
                "round {round}: the backup holds everything"
            );
            whole += 1;
        } else {
            assert!(
                lines.is_empty(),
                "round {round}: a backup was acknowledged but is missing"
            );
            absent += 1;
        }
        drop(open_checked(&dir.0, None, round));
    }
    eprintln!("backup: {whole} rounds whole, {absent} rounds not yet written, none broken");
}

/// The schema Backstory has at `version`, built fresh in memory.
fn schema_at(version: i64) -> Vec<(String, String, Option<String>)> {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    for sql in MIGRATIONS.iter().take(version as usize) {
        conn.execute_batch(sql).unwrap();
    }
    schema_of(&conn)
}

fn schema_of(conn: &rusqlite::Connection) -> Vec<(String, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn v1_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/schema/v1.db")
}

/// The v1 fixture grown to `copies` extra pain rows, so the upgrade takes a while.
fn big_v1(dir: &Path, copies: usize) {
    let path = dir.join(JOURNAL_FILE);
    std::fs::copy(v1_fixture(), &path).unwrap();
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    let cols: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('pain_entry') WHERE name != 'id'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let list = cols.join(", ");
    let sample: String = conn
        .query_row("SELECT id FROM pain_entry LIMIT 1", [], |r| r.get(0))
        .unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(&format!(
                "INSERT INTO pain_entry (id, {list}) SELECT ?1, {list} FROM pain_entry WHERE id = ?2"
            ))
            .unwrap();
        for _ in 0..copies {
            insert
                .execute([uuid::Uuid::new_v4().to_string(), sample.clone()])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the fixture is a schema-1 journal");
}

#[test]
fn kill_9_during_an_upgrade_leaves_version_n_or_n_plus_1() {
    let mut rng = Rng::from_env("upgrade");
    let template = TempDir::new("upgrade-template");
    big_v1(&template.0, 20_000);
    let template_db = template.0.join(JOURNAL_FILE);
    let rows: i64 = {
        let c = rusqlite::Connection::open(&template_db).unwrap();
        c.query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0))
            .unwrap()
    };
    let calibrate = TempDir::new("upgrade-calibrate");
    std::fs::copy(&template_db, calibrate.0.join(JOURNAL_FILE)).unwrap();
    let start = Instant::now();
    spawn(&calibrate.0, &["--mode", "open"], None).finish();
    let window = start.elapsed();
    let mut seen_versions = HashSet::new();
    for round in 0..(rounds() / 2).max(2) {
        let dir = TempDir::new("upgrade");
        let path = dir.0.join(JOURNAL_FILE);
        std::fs::copy(&template_db, &path).unwrap();
        let writer = spawn(&dir.0, &["--mode", "open"], None);
        writer.kill_after(Duration::from_micros(
            rng.below(window.as_micros() as u64 * 6 / 5),
        ));
        // Look before anything else opens it: what did the kill leave?
        let conn = rusqlite::Connection::open(&path).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            check, "ok",
            "round {round}: integrity after a killed upgrade"
        );
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert!(
            (1..=LATEST_VERSION).contains(&version),
            "round {round}: version {version} is a real version"
        );
        assert_eq!(
            schema_of(&conn),
            schema_at(version),
            "round {round}: the schema is exactly version {version}'s, nothing half-applied"
        );
        let n: i64 = conn
            .query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, rows, "round {round}: no entry lost in the upgrade");
        drop(conn);
        seen_versions.insert(version);
        // And the next start finishes the job.
        let j = open_checked(&dir.0, None, round);
        assert_eq!(count(&j, "pain_entry"), rows);
    }
    eprintln!("upgrade: versions left by the kills: {seen_versions:?}");
}
