//! The fuzz targets (fuzz/fuzz_targets/, nightly + cargo-fuzz) run on stable too: every
//! file in fuzz/seeds/<target>/ goes through the same entry point
//! (backstory_application::fuzzing), and none may panic. The corpus is seeded from the golden
//! files and the hostile-file tests by `write_seed_corpus` (ignored; rerun it with
//! `cargo test -p backstory-tests --test core fuzz_corpus::write_seed_corpus -- --ignored` after a format
//! change); inputs a fuzzing run finds interesting (fuzz/corpus, not committed) can be
//! copied into the seed folders.

use crate::support::{activity_at, local, now, pain_at};
use backstory_application::fuzzing::{IpcInput, AGE_PASSPHRASE, IPC_COMMANDS, TARGETS};
use backstory_core::domain::*;
use backstory_core::exchange::crypto;
use backstory_core::Journal;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(crate::support::ROOT)
        .join("fuzz/seeds")
        .join(target)
}

#[test]
fn every_fuzz_target_survives_its_corpus() {
    for (target, run) in TARGETS {
        let dir = corpus_dir(target);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        assert!(
            files.len() >= 5,
            "{target}: the corpus has seeds ({} files)",
            files.len()
        );
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{target} panicked on {}", file.display());
        }
    }
}

#[test]
fn the_smoke_run_would_catch_a_panicking_target() {
    let outcome = std::panic::catch_unwind(|| {
        let run: fn(&[u8]) = |d| assert!(d.is_empty(), "found it");
        run(b"x")
    });
    assert!(
        outcome.is_err(),
        "a panic inside a target is seen as a failure"
    );
}

/// The command names in src-tauri/build.rs's COMMANDS list (the ones the window may call).
fn granted_commands() -> Vec<String> {
    let build = std::fs::read_to_string(Path::new(crate::support::ROOT).join("src-tauri/build.rs"))
        .expect("src-tauri/build.rs");
    let list = build
        .split("const COMMANDS: &[&str] = &[")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("build.rs lists COMMANDS");
    list.split(',')
        .map(|item| item.trim().trim_matches('"').to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

/// Each `#[tauri::command]` function in src-tauri/src with the names of the arguments the
/// window sends (State, AppHandle and other managed values are Tauri's, not the window's).
fn shell_commands() -> Vec<(String, Vec<String>)> {
    let dir = Path::new(crate::support::ROOT).join("src-tauri/src");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for block in source.split("#[tauri::command").skip(1) {
            let after_fn = block.split_once("fn ").expect("a command is a fn").1;
            let (name, rest) = after_fn.split_once('(').expect("fn name(");
            let name = name.split('<').next().unwrap().trim().to_string();
            // The parameter list ends at the first ')' at angle-bracket depth 0.
            let mut depth = 0i32;
            let mut params = Vec::new();
            let mut current = String::new();
            for c in rest.chars() {
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    ',' if depth == 0 => {
                        params.push(std::mem::take(&mut current));
                        continue;
                    }
                    ')' if depth == 0 => break,
                    _ => {}
                }
                current.push(c);
            }
            params.push(current);
            let args = params
                .iter()
                .filter_map(|p| p.split_once(':'))
                .filter(|(_, ty)| {
                    let ty = ty.trim();
                    let tauri_own = ["State<", "AppHandle", "Window", "WebviewWindow", "tauri::"];
                    !tauri_own.iter().any(|t| ty.starts_with(t))
                })
                .map(|(arg, _)| arg.trim().to_string())
                .collect();
            found.push((name, args));
        }
    }
    found.sort();
    found
}

#[test]
fn the_ipc_fuzz_target_covers_every_command_argument() {
    let listed: Vec<(String, Vec<String>)> = IPC_COMMANDS
        .iter()
        .map(|(name, args)| {
            (
                name.to_string(),
                args.iter().map(|(a, _)| a.to_string()).collect(),
            )
        })
        .collect();
    let mut granted = granted_commands();
    granted.sort();
    let mut fuzzed: Vec<String> = listed.iter().map(|(n, _)| n.clone()).collect();
    fuzzed.sort();
    assert_eq!(
        fuzzed, granted,
        "fuzzing::IPC_COMMANDS lists exactly the commands of src-tauri/build.rs (add the new command's arguments there)"
    );
    let shell = shell_commands();
    assert_eq!(
        shell.len(),
        granted.len(),
        "one #[tauri::command] function per granted command: {:?}",
        shell.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    for (name, args) in &shell {
        let fuzzed_args = listed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, a)| a)
            .unwrap_or_else(|| {
                panic!("{name}: a command without fuzz coverage (fuzzing::IPC_COMMANDS)")
            });
        assert_eq!(
            fuzzed_args, args,
            "{name}: fuzzing::IPC_COMMANDS names each argument the window sends, in order"
        );
    }
    for (name, args) in IPC_COMMANDS {
        for (arg, input) in *args {
            assert!(
                IpcInput::ALL.contains(input),
                "{name}.{arg}: {input:?} is in IpcInput::ALL, so the fuzz target feeds it"
            );
        }
    }
}

#[test]
fn every_ipc_input_has_a_seed_it_parses() {
    let seeds: Vec<(PathBuf, Value)> = std::fs::read_dir(corpus_dir("ipc_json"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let v = serde_json::from_slice(&std::fs::read(&p).ok()?).ok()?;
            Some((p, v))
        })
        .collect();
    for input in IpcInput::ALL {
        assert!(
            seeds.iter().any(|(_, v)| input.check(v.clone())),
            "fuzz/seeds/ipc_json has a seed that parses as {input:?}, so the fuzzer starts past the parser (rerun write_seed_corpus)"
        );
    }
}

#[test]
fn an_age_seed_decrypts_and_reaches_the_export_parser() {
    let parsed: Vec<PathBuf> = std::fs::read_dir(corpus_dir("age_file"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let data = std::fs::read(p).unwrap();
            crypto::decrypt(&data, AGE_PASSPHRASE, 4, 1_000_000).is_ok_and(|plain| {
                backstory_core::exchange::read::parse_export(&plain, now()).is_ok()
            })
        })
        .collect();
    assert!(
        !parsed.is_empty(),
        "a seed in fuzz/seeds/age_file decrypts with the target's passphrase (work factor <= 4) and is a valid export"
    );
}

#[test]
fn a_signed_share_seed_verifies_decrypts_and_reaches_the_export_parser() {
    use backstory_core::exchange::pairing::{OwnIdentity, PairingCode};
    use backstory_core::exchange::signed;
    let share = Path::new(crate::support::ROOT).join("tests/data/share");
    let read = |n: &str| std::fs::read_to_string(share.join(n)).unwrap();
    let sender = PairingCode::decode(&read("v1-sender-code.txt")).unwrap();
    let own = OwnIdentity::from_setting(&read("v1-recipient-identity.json")).unwrap();
    let opened = std::fs::read_dir(corpus_dir("signed_share"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .filter(|data| {
            signed::split(data).is_ok_and(|e| {
                signed::verify(&e, &sender.keys, "Sam").is_ok()
                    && signed::open_body(&e, &own, now()).is_ok()
            })
        })
        .count();
    assert!(
        opened >= 1,
        "a seed in fuzz/seeds/signed_share is the golden share, which the target opens completely"
    );
}

fn golden(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(crate::support::ROOT)
            .join("tests/data/export")
            .join(name),
    )
    .unwrap()
}

fn edited(name: &str, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&golden(name)).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn replaced(name: &str, from: &str, to: &str) -> Vec<u8> {
    String::from_utf8(golden(name))
        .unwrap()
        .replacen(from, to, 1)
        .into_bytes()
}

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = corpus_dir(target);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Seeds from the golden files and the hostile-file tests (tests/core/exchange.rs).
#[test]
#[ignore = "writes fuzz/seeds; run by hand after a format change"]
fn write_seed_corpus() {
    // export_file: the goldens and each way tests/core/exchange.rs spoils them.
    let g = golden("v1-partner.json");
    let exports: Vec<(&str, Vec<u8>)> = vec![
        ("golden-backup.json", golden("v1-backup.json")),
        ("golden-v3-backup.json", golden("v3-backup.json")),
        ("golden-partner.json", g.clone()),
        ("golden-partner.age", golden("v1-partner.age")),
        ("truncated.json", g[..g.len() / 2].to_vec()),
        ("trailing-garbage.json", [g.clone(), b"\n{\"x\":1}".to_vec()].concat()),
        (
            "duplicate-key.json",
            br#"{"format":"backstory-export","format":"backstory-export","version":1,"kind":"partner"}"#.to_vec(),
        ),
        (
            "deep-nesting.json",
            format!(
                r#"{{"format":"backstory-export","version":1,"kind":"partner","x":{}{}}}"#,
                "[".repeat(2_000),
                "]".repeat(2_000)
            )
            .into_bytes(),
        ),
        ("nan.json", replaced("v1-partner.json", "\"nrs\": 4", "\"nrs\": NaN")),
        (
            "lone-surrogate.json",
            replaced("v1-partner.json", "\"display_name\": \"Sam\"", "\"display_name\": \"Sam\\ud800\""),
        ),
        ("invalid-utf8.json", {
            let mut b = g.clone();
            let i = b.windows(3).position(|w| w == b"Sam").unwrap();
            b[i + 1] = 0xff;
            b
        }),
        ("huge-exponent.json", replaced("v1-partner.json", "\"nrs\": 4", "\"nrs\": 1e400")),
        (
            "huge-integer.json",
            replaced("v1-partner.json", "\"nrs\": 4", "\"nrs\": 99999999999999999999"),
        ),
        (
            "far-future.json",
            edited("v1-partner.json", |v| v["pain"][0]["entry"]["at"] = "9999-12-31T23:00:00+01:00".into()),
        ),
        ("unknown-field.json", edited("v1-partner.json", |v| v["comment"] = "hi".into())),
        (
            "missing-field.json",
            edited("v1-partner.json", |v| {
                v["pain"][0]["entry"].as_object_mut().unwrap().remove("nrs");
            }),
        ),
        ("future-version.json", edited("v1-partner.json", |v| v["version"] = 3.into())),
        (
            "duplicate-ids.json",
            edited("v1-partner.json", |v| {
                let id = v["pain"][0]["id"].clone();
                v["activities"][1]["id"] = id;
            }),
        ),
        (
            "script-position.json",
            edited("v1-partner.json", |v| {
                v["activities"][0]["entry"]["intimacy"] = json!({"positions": ["<script>"]})
            }),
        ),
        ("armored.txt", b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n".to_vec()),
        ("empty", Vec::new()),
    ];
    for (name, bytes) in &exports {
        write("export_file", name, bytes);
    }

    // age_file: encrypted for the target's passphrase, and spoiled like the age attacks.
    let pass = AGE_PASSPHRASE;
    let small = crypto::encrypt(b"{\"format\":\"backstory-export\"}", pass, 2).unwrap();
    let header_end = small.windows(4).position(|w| w == b"\n---").unwrap();
    let text = String::from_utf8_lossy(&small[..header_end]).into_owned();
    let work = text.replacen(" 2\n", " 30\n", 1);
    let ages: Vec<(&str, Vec<u8>)> = vec![
        ("decrypts.age", small.clone()),
        // A whole partner share for the target's passphrase: decrypts and parses, so the
        // fuzzer mutates from a file that reaches the export parser.
        (
            "golden-partner.age",
            crypto::encrypt(&golden("v1-partner.json"), pass, 2).unwrap(),
        ),
        ("other-passphrase.age", golden("v1-partner.age")),
        ("flipped-byte.age", {
            let mut b = small.clone();
            let n = b.len() - 5;
            b[n] ^= 0x20;
            b
        }),
        (
            "dropped-final-chunk.age",
            small[..small.len() - 17].to_vec(),
        ),
        (
            "excessive-work-factor.age",
            [work.as_bytes(), &small[header_end..]].concat(),
        ),
        ("header-only.age", small[..header_end].to_vec()),
        ("mixed-stanzas.age", {
            let extra = b"-> X25519 8hWaIUmk67CuPUw8SI7EFf27oqY0OsqYhLd9YJuCa1g\nAAAA\n";
            let line = small.iter().position(|&b| b == b'\n').unwrap() + 1;
            [&small[..line], extra.as_slice(), &small[line..]].concat()
        }),
    ];
    for (name, bytes) in &ages {
        write("age_file", name, bytes);
    }

    // backup_file: a real backup, then each way the hostile-SQLite tests spoil one.
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(&dir.path().join("journal.db")).unwrap();
    let mut p = pain_at(local(2026, 11, 21, 8, 0), 5);
    p.notes = "seed".into();
    j.entries().add_pain(p, now()).unwrap();
    j.entries()
        .add_activity(
            activity_at(local(2026, 11, 20, 21, 0), ActivityKind::Intimacy),
            now(),
        )
        .unwrap();
    let good = dir.path().join("good.db");
    j.file().backup_to(&good).unwrap();
    let good_bytes = std::fs::read(&good).unwrap();
    let spoil = |sql: &str| {
        let path = dir.path().join("spoiled.db");
        std::fs::write(&path, &good_bytes).unwrap();
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute_batch(sql)
            .unwrap();
        std::fs::read(&path).unwrap()
    };
    let backups: Vec<(&str, Vec<u8>)> = vec![
        ("good.db", good_bytes.clone()),
        ("truncated.db", good_bytes[..good_bytes.len() / 2].to_vec()),
        ("flipped-bytes.db", {
            let mut b = good_bytes.clone();
            for i in (4096..b.len()).step_by(997) {
                b[i] ^= 0x5a;
            }
            b
        }),
        ("future-version.db", spoil("PRAGMA user_version = 999;")),
        (
            "with-trigger.db",
            spoil(
                "CREATE TRIGGER evil AFTER INSERT ON pain_entry BEGIN DELETE FROM activity; END;",
            ),
        ),
        ("with-view.db", spoil("CREATE VIEW v AS SELECT 1;")),
        (
            "altered-table.db",
            spoil("ALTER TABLE pain_entry ADD COLUMN payload TEXT DEFAULT 'x';"),
        ),
        ("header-only.db", b"SQLite format 3\0".to_vec()),
        ("export-json.db", golden("v1-backup.json")),
    ];
    for (name, bytes) in &backups {
        write("backup_file", name, bytes);
    }

    // ipc_json: each command input, valid and spoiled.
    let pain = serde_json::to_value(pain_at(local(2026, 11, 26, 8, 0), 5)).unwrap();
    let activity = serde_json::to_value(activity_at(
        local(2026, 11, 26, 9, 0),
        ActivityKind::Intimacy,
    ))
    .unwrap();
    let mut wrong = pain.clone();
    wrong["nrs"] = json!("five");
    let mut long = pain.clone();
    long["notes"] = json!("x".repeat(20_000));
    let ipc: Vec<(&str, Value)> = vec![
        ("pain.json", pain),
        ("activity.json", activity),
        (
            "relief.json",
            json!({"at": "2026-11-26T09:00:00+01:00", "kind": "pain_relief", "duration_min": null,
                   "intimacy": null, "exercises": [], "routine_id": null, "notes": "",
                   "relief": {"what": "medicine", "medicine": "Ibuprofen", "dose": "400 mg",
                              "relief": 6, "for_pain_id": null}}),
        ),
        (
            "check-in.json",
            json!({"date": "2026-11-26", "stress": 4, "sleep_hours": 7.5, "sleep_quality": 6, "stiffness": 3, "notes": ""}),
        ),
        (
            "fhir-request.json",
            json!({"range": {"from": "2026-10-01", "to": "2026-11-26"}, "includes": null, "patient_name": "A. Walker"}),
        ),
        (
            "peg.json",
            json!({"taken_at": "2026-11-26T08:00:00+01:00", "pain": 6, "enjoyment": 5, "activity": 4}),
        ),
        (
            "profile.json",
            serde_json::to_value(Profile::default()).unwrap(),
        ),
        (
            "timeline.json",
            json!({"kinds": ["pain"], "limit": 50, "offset": 0}),
        ),
        ("wrong-type.json", wrong),
        ("long-notes.json", long),
        (
            "nulls.json",
            json!({"at": null, "nrs": null, "regions": null}),
        ),
        // One valid value for each other kind of command argument (fuzzing::IpcInput).
        ("flag.json", json!(true)),
        ("date.json", json!("2026-11-26")),
        ("entry-kind.json", json!("pain")),
        (
            "entry-id.json",
            json!("00000000-0000-4000-8000-000000000001"),
        ),
        ("instant.json", json!("2026-11-26T08:00:00+01:00")),
        ("rule-id.json", json!("saddle_numbness")),
        ("no-rule.json", json!(null)),
        ("count.json", json!(3)),
        ("answers.json", json!({"sitting": true, "standing": false})),
        ("routine-id.json", json!("morning")),
        (
            "hurt-report.json",
            json!({"at": "2026-11-26T08:00:00+01:00", "exercise_id": "knee_rolls", "nrs": 6, "regions": []}),
        ),
        (
            "session-report.json",
            json!({"routine_id": "morning", "exercises_done": ["knee_rolls"], "started_at": "2026-11-26T08:00:00+01:00", "ended_at": "2026-11-26T08:10:00+01:00", "completed": true, "hurts": []}),
        ),
        (
            "trend-query.json",
            json!({"from": "2026-01-01", "to": "2026-11-27"}),
        ),
        ("after-query.json", json!({"scope": "intimacy"})),
        ("adherence-query.json", json!({"weeks": 12})),
        (
            "reminder-settings.json",
            serde_json::to_value(backstory_core::reminders::ReminderSettings::default()).unwrap(),
        ),
        ("reminder-kind.json", json!("check_in")),
        (
            "export-request.json",
            json!({"kind": "partner", "range": {"from": "2026-11-01", "to": null}, "includes": null}),
        ),
        ("passphrase.json", json!("a fine passphrase")),
        (
            "together-query.json",
            json!({"partner_id": "00000000-0000-4000-8000-000000000001", "window_minutes": 90}),
        ),
        (
            "pairing-code.json",
            json!(backstory_core::exchange::pairing::PairingCode::encode(
                &backstory_core::exchange::pairing::OwnIdentity::generate()
                    .unwrap()
                    .public(),
                "Sam"
            )),
        ),
        (
            "signed-share-request.json",
            json!({"pairing_id": "00000000-0000-4000-8000-000000000001",
                   "export": {"kind": "partner"}, "expires_in_days": 30, "evening_notes": true}),
        ),
        (
            "evening-note.json",
            json!({"activity_id": "00000000-0000-4000-8000-000000000001",
                   "text": "The cushion helped.", "shared": true}),
        ),
        (
            "report-request.json",
            json!({"from": "2026-09-01", "to": "2026-11-27"}),
        ),
        ("backup-name.json", json!("journal-2026-11-26.db")),
        (
            "outcome-answer.json",
            json!({"activity_id": "00000000-0000-4000-8000-000000000001", "nrs": 0, "moment": "next_morning"}),
        ),
        (
            "activity-ids.json",
            json!(["00000000-0000-4000-8000-000000000001"]),
        ),
        ("activity-kinds.json", json!(["intimacy", "lifting"])),
        (
            "experiment-request.json",
            json!({"change": {"kind": "position", "text": "spooning"}, "outcome": "next_morning", "period_days": 7, "blocks": 4}),
        ),
        (
            "experiment-mark.json",
            json!({"date": "2026-11-27", "followed": true}),
        ),
        (
            "desktop-settings.json",
            json!({"close_to_tray": true, "quick_log_shortcut": "Ctrl+Alt+L", "start_at_login": false, "tray": true}),
        ),
    ];
    for (name, value) in &ipc {
        write("ipc_json", name, &serde_json::to_vec(value).unwrap());
    }
}
