//! Disk full and write errors during import, export and backup: each fails with a clear
//! error, the journal is exactly as it was, and no file is left under the chosen name (nor
//! a temporary one beside it).
//!
//! Two ways to make writes fail, both on the real CLI process:
//! - a file-size limit (RLIMIT_FSIZE via bash's `ulimit -f`, SIGXFSZ ignored so the write
//!   returns EFBIG): needs no privileges, so it always runs;
//! - a real full disk: a 4 MiB tmpfs filled to the last few hundred KiB (ENOSPC). Where it
//!   may (root), the test mounts the tmpfs directly; otherwise it runs itself again inside a
//!   private user + mount namespace (`unshare --user --map-root-user --mount`, no root and no FUSE
//!   needed where unprivileged user namespaces are allowed, as on Debian and Ubuntu). Where
//!   neither works it fails under CI (CI=true, set by .ci/run) and otherwise prints a loud
//!   "NOT RUN" line: Rust's test summary cannot count a skip, so it must not pass silently.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

mod support;
use support::TempDir;

/// Runs the CLI, optionally under a file-size limit in KiB; returns (exit code, stderr).
fn run(dir: &Path, args: &[&str], fsize_kib: Option<u32>) -> (i32, String) {
    let bin = env!("CARGO_BIN_EXE_backstory");
    let mut cmd = match fsize_kib {
        Some(kib) => {
            let mut c = Command::new("bash");
            c.arg("-c")
                .arg(format!("trap '' XFSZ; ulimit -f {kib}; exec \"$0\" \"$@\""))
                .arg(bin);
            c
        }
        None => Command::new(bin),
    };
    let out = cmd
        .arg("--data-dir")
        .arg(dir)
        .arg("--json")
        .args(args)
        .output()
        .expect("the CLI runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Held back on the full disk so the check itself can read the journal: a reader of a WAL
/// journal may need to create or grow its `-shm` file, which fails with no space left.
const RESERVE: &str = "reserve";

/// Every row of every table, in a stable order: equal = the journal is unchanged. On the
/// full disk, the reserve is freed while reading and taken back afterwards.
fn fingerprint(dir: &Path) -> String {
    let reserve = dir.join(RESERVE);
    let held = std::fs::metadata(&reserve).map(|m| m.len()).ok();
    if held.is_some() {
        std::fs::remove_file(&reserve).unwrap();
    }
    let text = read_every_row(dir);
    if let Some(len) = held {
        std::fs::write(&reserve, vec![0u8; len as usize]).unwrap();
    }
    text
}

fn read_every_row(dir: &Path) -> String {
    let conn = rusqlite::Connection::open_with_flags(
        dir.join("journal.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            out.push_str(&format!("{t}|{}\n", cells.join("|")));
        }
    }
    out
}

/// A journal with `days` of generated entries in `dir`.
fn journal(dir: &Path, days: u32) {
    let mut j = backstory_core::Journal::open(&dir.join("journal.db")).unwrap();
    backstory_core::bench_data::generate(
        &mut j,
        &backstory_core::bench_data::BenchSpec::days(days),
    )
    .unwrap();
    backstory_core::store::inspect::connection(&j)
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
}

/// A backup export file of another generated journal, to import.
fn import_file(dir: &Path) -> PathBuf {
    let source = dir.join("source");
    std::fs::create_dir_all(&source).unwrap();
    let mut j = backstory_core::Journal::open(&source.join("journal.db")).unwrap();
    backstory_core::bench_data::generate(
        &mut j,
        &backstory_core::bench_data::BenchSpec::days(40)
            .with_end(chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()),
    )
    .unwrap();
    drop(j);
    let file = dir.join("import.json");
    let (code, err) = run(
        &source,
        &[
            "export",
            "--kind",
            "backup",
            "--out",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "the import file is written: {err}");
    file
}

fn error_of(stderr: &str) -> Value {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("a JSON error on stderr, got {stderr:?}"));
    serde_json::from_str::<Value>(line).unwrap()["error"].clone()
}

/// Names in `dir` other than the journal's own files.
fn stray_files(dir: &Path, keep: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !keep.contains(&n.as_str()) && !n.starts_with("journal.db"))
                .collect()
        })
        .unwrap_or_default()
}

struct Case {
    name: &'static str,
    /// The arguments; OUT is replaced by the output path, IN by the import file.
    args: &'static [&'static str],
    /// Output file name (in the data folder), if the command writes one.
    out: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "import",
        args: &["import", "--backup", "--file", "IN"],
        out: None,
    },
    Case {
        name: "export",
        args: &["export", "--kind", "backup", "--out", "OUT"],
        out: Some("export.json"),
    },
    Case {
        name: "export csv",
        args: &["export", "--csv", "--out", "OUT"],
        out: Some("export.csv"),
    },
    Case {
        name: "backup",
        args: &["backup", "--out", "OUT"],
        out: Some("manual-backup.db"),
    },
];

/// Runs every case against `data` with writes failing, checking the promises.
fn check_cases(data: &Path, input: &Path, fsize_kib: Option<u32>, how: &str) {
    // The first export gives the journal its random id (a setting): do that beforehand,
    // so "unchanged" below is about the failed work alone.
    let first = data.parent().unwrap().join("first-export.json");
    let (code, err) = run(
        data,
        &[
            "export",
            "--kind",
            "backup",
            "--out",
            first.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "a first export works: {err}");
    let before = fingerprint(data);
    for case in CASES {
        let out_path = case.out.map(|o| data.join(o));
        let args: Vec<String> = case
            .args
            .iter()
            .map(|a| match *a {
                "OUT" => out_path.as_ref().unwrap().display().to_string(),
                "IN" => input.display().to_string(),
                other => other.to_string(),
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stderr) = run(data, &args, fsize_kib);
        assert_ne!(code, 0, "{how}: {} must fail", case.name);
        let err = error_of(&stderr);
        let message = err["message"].as_str().unwrap_or_default().to_lowercase();
        eprintln!("{how}: {} -> {}: {message}", case.name, err["kind"]);
        assert!(
            ["storage", "io"].contains(&err["kind"].as_str().unwrap_or_default()),
            "{how}: {} fails as a storage or file error: {err}",
            case.name
        );
        assert!(
            ["disk", "space", "written", "write"]
                .iter()
                .any(|w| message.contains(w)),
            "{how}: {} says what went wrong: {message}",
            case.name
        );
        assert!(
            !message.contains("panick"),
            "{how}: {} is an error, not a crash",
            case.name
        );
        // (Compared without printing: the dump is long.)
        assert!(
            fingerprint(data) == before,
            "{how}: {} leaves the journal unchanged",
            case.name
        );
        if let Some(p) = &out_path {
            assert!(
                !p.exists(),
                "{how}: {} leaves nothing under the chosen name",
                case.name
            );
        }
        let stray = stray_files(data, &["filler", RESERVE, "backups"]);
        assert!(
            stray.is_empty(),
            "{how}: {} leaves no temporary file: {stray:?}",
            case.name
        );
    }
}

#[test]
fn with_a_file_size_limit_import_export_and_backup_fail_cleanly() {
    let dir = TempDir::new("fsize");
    let data = dir.0.join("data");
    std::fs::create_dir_all(&data).unwrap();
    journal(&data, 30);
    let input = import_file(&dir.0);
    // The journal is larger than the limit: reading it works, growing any file past 64 KiB
    // (the write-ahead log, an export, a backup) fails.
    check_cases(&data, &input, Some(64), "file-size limit");
    let (code, err) = run(
        &data,
        &["import", "--backup", "--file", input.to_str().unwrap()],
        None,
    );
    assert_eq!(code, 0, "without the limit the same import works: {err}");
}

fn try_mount_tmpfs(at: &Path, size: &str) -> bool {
    Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(at)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Set in the copy of this test that runs inside a private user + mount namespace.
const IN_NAMESPACE: &str = "BACKSTORY_FAULTS_IN_NAMESPACE";
const FULL_DISK_TEST: &str = "on_a_full_disk_import_export_and_backup_fail_cleanly";

fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

fn unshare(args: &[&str]) -> Command {
    let mut c = Command::new("unshare");
    c.args(["--user", "--map-root-user", "--mount", "--"])
        .args(args);
    c
}

/// Not root: runs this test again inside a private namespace where it may mount a tmpfs.
/// Returns false when this machine allows no such namespace.
fn run_in_private_namespace() -> bool {
    let allowed = unshare(&["true"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !allowed {
        return false;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let out = unshare(&[
        exe.to_str().unwrap(),
        FULL_DISK_TEST,
        "--exact",
        "--nocapture",
    ])
    .env(IN_NAMESPACE, "1")
    .output()
    .expect("unshare runs");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("{log}");
    assert!(
        out.status.success() && log.contains("1 passed"),
        "the full-disk test inside a user + mount namespace failed"
    );
    true
}

#[test]
fn on_a_full_disk_import_export_and_backup_fail_cleanly() {
    let inside = std::env::var_os(IN_NAMESPACE).is_some();
    let dir = TempDir::new("full");
    let data = dir.0.join("data");
    std::fs::create_dir_all(&data).unwrap();
    if !try_mount_tmpfs(&data, "4m") {
        assert!(
            !inside,
            "root of a private user namespace could not mount a tmpfs"
        );
        // Not root (or root without the right to mount): try a private namespace.
        if run_in_private_namespace() {
            eprintln!("full disk: ran inside a private user + mount namespace");
            return;
        }
        let why = "NOT RUN: the full-disk test needs root or unprivileged user namespaces \
                   (unshare --user --map-root-user --mount) to mount a tmpfs";
        assert!(!under_ci(), "{why}; CI requires it to run");
        eprintln!("\n!!!!! {why}. The file-size limit test covers the same paths, but disk-full itself was NOT tested. !!!!!\n");
        return;
    }
    let _mount = Mount(data.clone());
    journal(&data, 20);
    let input = import_file(&dir.0);
    // Fill the disk, leaving a little room so the journal still opens.
    let free = {
        let out = Command::new("df")
            .args(["--output=avail", "-B1"])
            .arg(&data)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(1)
            .and_then(|l| l.trim().parse::<u64>().ok())
            .unwrap()
    };
    let leave = 64 * 1024;
    let reserve = 512 * 1024;
    std::fs::write(
        data.join("filler"),
        vec![0u8; (free - leave - reserve) as usize],
    )
    .unwrap();
    std::fs::write(data.join(RESERVE), vec![0u8; reserve as usize]).unwrap();
    check_cases(&data, &input, None, "disk full");
}
