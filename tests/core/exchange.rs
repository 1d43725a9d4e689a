//! Sharing: export format, golden files, hostile files (each refused with a clear error and
//! the database unchanged), partner journals, the Together view, CSV, the clinician report,
//! SQLite backup and restore, and an export -> import round trip property.

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::exchange::csv::{cell, to_csv};
use backstory_core::exchange::partners::match_events;
use backstory_core::exchange::read::{read_capped, MAX_FILE_BYTES};
use backstory_core::exchange::report::ReportRequest;
use backstory_core::exchange::*;
use backstory_core::store::backups::{inspect_backup, BACKUP_DIR, DAILY_KEEP};
use backstory_core::{CoreError, Journal};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use rstest::rstest;
use std::path::{Path, PathBuf};
use uuid::Uuid;

const GOLDEN_PASSPHRASE: &str = "golden passphrase";
const PASSPHRASE: &str = "correct horse battery";
/// Small scrypt work factor for tests (the app uses crypto::WORK_FACTOR).
const TEST_LOG_N: u8 = 10;

fn data(path: &str) -> PathBuf {
    Path::new(crate::support::ROOT)
        .join("tests/data")
        .join(path)
}

fn golden(name: &str) -> Vec<u8> {
    std::fs::read(data(&format!("export/{name}"))).expect("golden file exists")
}

/// Every row of every table, in a stable order: equal fingerprints = unchanged database.
pub(crate) fn fingerprint(j: &Journal) -> String {
    let conn = backstory_core::store::inspect::connection(j);
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    out.push_str(&format!("user_version={version}\n"));
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

/// A journal with a few entries of its own and one partner already imported.
fn seeded() -> Journal {
    let mut j = Journal::open_in_memory().expect("journal opens");
    let a = j
        .entries()
        .add_activity(
            activity_at(local(2026, 11, 20, 21, 0), ActivityKind::Intimacy),
            now(),
        )
        .unwrap();
    let mut p = pain_at(local(2026, 11, 21, 8, 0), 5);
    p.activity_id = Some(a.id);
    j.entries().add_pain(p, now()).unwrap();
    j.partners()
        .import(&golden("v1-partner.json"), "Sam", None, now())
        .expect("golden partner share imports");
    j
}

fn backup_file(j: &mut Journal) -> Vec<u8> {
    let req = ExportRequest {
        kind: ExportKind::Backup,
        range: DateRange::default(),
        includes: None,
    };
    j.exchange()
        .export_bytes(&req, None, TEST_LOG_N, now())
        .expect("backup exports")
        .0
}

fn encrypted(plain: &[u8]) -> Vec<u8> {
    crypto::encrypt(plain, PASSPHRASE, TEST_LOG_N).expect("encrypts")
}

fn partner_json(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(&golden("v1-partner.json")).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// The version 2 golden partner share, edited.
fn v2_partner_json(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(&golden("v2-partner.json")).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn message(err: &CoreError) -> String {
    format!("{err} [{}]", err.field().unwrap_or(""))
}

// ---------------------------------------------------------------- golden files

#[test]
fn golden_v3_backup_imports_its_relief_entries_as_written() {
    let mut j = Journal::open_in_memory().unwrap();
    let s = j
        .exchange()
        .import_backup(&golden("v3-backup.json"), None, now())
        .expect("v3 backup imports");
    assert_eq!(
        s.added, 10,
        "3 pain + 5 activities (2 of them relief) + 2 check-ins"
    );
    let page = j.timeline().page(&TimelineQuery::default()).unwrap();
    let reliefs: Vec<ReliefDetails> = page
        .items
        .iter()
        .filter_map(|i| match i {
            TimelineItem::Activity(a) => a.draft.relief.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(reliefs.len(), 2);
    let medicine = reliefs
        .iter()
        .find(|r| r.what == ReliefKind::Medicine)
        .unwrap();
    assert_eq!(
        (medicine.medicine.as_str(), medicine.dose.as_str()),
        ("Ibuprofen", "400 mg")
    );
    assert_eq!(medicine.relief, None, "not answered stays unknown");
    let heat = reliefs.iter().find(|r| r.what == ReliefKind::Heat).unwrap();
    assert_eq!(heat.relief, Some(6));
    assert!(
        heat.for_pain_id.is_some(),
        "the link to the pain entry survives"
    );
    // The golden file also conforms to the schema.
    let schema = export_schema();
    let doc: serde_json::Value = serde_json::from_slice(&golden("v3-backup.json")).unwrap();
    assert_eq!(schema_errors(&schema, &doc), Vec::<String>::new());
}

#[test]
fn golden_v4_backup_imports_each_regions_own_score_and_qualities() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v4-backup.json"), None, now())
        .expect("v4 backup imports");
    let id: Uuid = "00000000-0000-4000-8000-00000000000b".parse().unwrap();
    let entry = j.timeline().pain(id).unwrap();
    let buttock = RegionPain {
        region: Region::ButtockLeft,
        score: Some(6),
        qualities: vec![PainQuality::Aching, PainQuality::Burning],
    };
    let thigh = RegionPain {
        region: Region::ThighBackLeft,
        score: Some(3),
        qualities: vec![PainQuality::PinsAndNeedles],
    };
    assert_eq!(entry.draft.regions, vec![buttock, thigh]);
    assert_eq!(entry.draft.nrs, 6);
    let schema = export_schema();
    let doc: serde_json::Value = serde_json::from_slice(&golden("v4-backup.json")).unwrap();
    assert_eq!(schema_errors(&schema, &doc), Vec::<String>::new());
    // Written again, the file says the same about every region.
    let again: serde_json::Value = serde_json::from_slice(&backup_file(&mut j)).unwrap();
    assert_eq!(again["version"], FORMAT_VERSION);
    let written = again["pain"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id.to_string())
        .unwrap();
    assert_eq!(
        written["entry"]["regions"],
        doc["pain"][0]["entry"]["regions"]
    );
}

/// Files before version 4 listed plain region ids: each becomes a region scored with its
/// entry's NRS, nothing lost and nothing invented (no qualities).
#[rstest]
#[case::v1_backup("v1-backup.json")]
#[case::v1_partner("v1-partner.json")]
#[case::v2_partner("v2-partner.json")]
#[case::v3_backup("v3-backup.json")]
fn old_exports_keep_their_regions_scored_with_the_entrys_nrs(#[case] file: &str) {
    let raw: serde_json::Value = serde_json::from_slice(&golden(file)).unwrap();
    let parsed = backstory_core::exchange::read::parse_export(&golden(file), now())
        .expect("an old file reads");
    assert_eq!(parsed.version, FORMAT_VERSION);
    assert!(parsed.includes.region_details);
    let mut regions_seen = 0;
    for (rec, old) in parsed.pain.iter().zip(raw["pain"].as_array().unwrap()) {
        let old_ids: Vec<&str> = old["entry"]["regions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let new_ids: Vec<String> = rec
            .entry
            .regions
            .iter()
            .map(|r| {
                serde_json::to_value(r.region)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(new_ids, old_ids, "{file}: {}", rec.id);
        for r in &rec.entry.regions {
            assert_eq!(r.score, Some(rec.entry.nrs), "{file}: {}", rec.id);
            assert!(r.qualities.is_empty());
        }
        regions_seen += old_ids.len();
    }
    assert!(regions_seen > 0, "{file} has regions to convert");
}

/// A default partner share sends where it hurts, not each region's score and feel; the
/// user can choose to send those too.
#[test]
fn a_partner_share_sends_region_details_only_when_chosen() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v4-backup.json"), None, now())
        .unwrap();
    let request = |includes: Option<Includes>| ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes,
    };
    let plain = j.exchange().export_document(&request(None), now()).unwrap();
    assert!(!plain.includes.region_details);
    let first = plain
        .pain
        .iter()
        .find(|p| !p.entry.regions.is_empty())
        .unwrap();
    assert!(first
        .entry
        .regions
        .iter()
        .all(|r| r.score.is_none() && r.qualities.is_empty()));
    let chosen = Includes {
        region_details: true,
        ..Includes::partner_default()
    };
    let detailed = j
        .exchange()
        .export_document(&request(Some(chosen)), now())
        .unwrap();
    assert!(detailed
        .pain
        .iter()
        .flat_map(|p| &p.entry.regions)
        .any(|r| r.score == Some(6) && r.qualities.contains(&PainQuality::Burning)));
}

#[test]
fn golden_v1_backup_imports_with_every_field() {
    let mut j = Journal::open_in_memory().unwrap();
    let s = j
        .exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .expect("v1 backup imports");
    assert_eq!(
        (s.added, s.updated, s.unchanged, s.links_dropped),
        (8, 0, 0, 0),
        "3 pain + 3 activities + 2 check-ins added"
    );
    assert!(
        s.profile_restored,
        "the backup's profile fills an empty profile"
    );
    let page = j
        .timeline()
        .page(&TimelineQuery {
            limit: 50,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.items.len(), 8, "every entry is on the timeline");
    let notes: Vec<String> = page
        .items
        .iter()
        .filter_map(|i| match i {
            TimelineItem::Pain(p) => Some(p.draft.notes.clone()),
            TimelineItem::Activity(a) => Some(a.draft.notes.clone()),
            _ => None,
        })
        .collect();
    assert!(
        notes.iter().any(|n| n == "<script>alert(1)</script>"),
        "markup is kept as literal text, got {notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("\u{202e}")),
        "an RTL override is kept as a character, not interpreted"
    );
    assert_eq!(j.settings().profile().unwrap().display_name, "Sam");
    let again = j
        .exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .unwrap();
    assert_eq!(
        (again.added, again.updated, again.unchanged),
        (0, 0, 8),
        "re-importing the same backup changes nothing"
    );
}

#[rstest]
#[case::plain("v1-partner.json", None)]
#[case::encrypted("v1-partner.age", Some(GOLDEN_PASSPHRASE))]
fn golden_v1_partner_share_imports_read_only(#[case] file: &str, #[case] pass: Option<&str>) {
    let mut j = Journal::open_in_memory().unwrap();
    let s = j
        .partners()
        .import(&golden(file), "Sam", pass, now())
        .expect("golden partner file imports");
    assert_eq!(s.added, 8, "3 pain + 3 activities + 2 check-ins");
    let partners = j.partners().list().unwrap();
    assert_eq!(partners.len(), 1);
    assert_eq!(
        (
            partners[0].pain,
            partners[0].activities,
            partners[0].check_ins
        ),
        (3, 3, 2)
    );
    let own = j.timeline().page(&TimelineQuery::default()).unwrap();
    assert!(
        own.items.is_empty(),
        "a partner's entries never enter one's own journal"
    );
    let theirs = j
        .partners()
        .timeline(partners[0].id, &TimelineQuery::default())
        .unwrap();
    assert_eq!(theirs.items.len(), 8);
    for item in &theirs.items {
        if let TimelineItem::Activity(a) = item {
            assert!(
                a.draft.notes.is_empty(),
                "a partner share carries no notes by default"
            );
            if a.draft.kind == ActivityKind::Intimacy {
                assert_eq!(
                    a.draft.intimacy.as_ref().map(|i| i.positions.len()),
                    Some(0),
                    "no intimacy details by default"
                );
            }
        }
    }
}

// ---------------------------------------------------------------- JSON Schema

/// docs/export-format.schema.json compiled by a real validator (draft 2020-12), with
/// `format` (date-time, date, uuid) checked too, so a document is judged whole.
pub(crate) fn export_schema() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(crate::support::ROOT).join("docs/export-format.schema.json"),
        )
        .expect("schema exists"),
    )
    .expect("schema is JSON");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is itself a valid 2020-12 schema")
}

/// Every way `doc` breaks the schema, with where (empty: it conforms).
pub(crate) fn schema_errors(
    schema: &jsonschema::Validator,
    doc: &serde_json::Value,
) -> Vec<String> {
    schema
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn every_golden_export_file_conforms_to_the_json_schema() {
    let schema = export_schema();
    let mut checked = 0;
    for entry in std::fs::read_dir(data("export")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let errors = schema_errors(&schema, &doc);
        assert!(
            errors.is_empty(),
            "{} breaks docs/export-format.schema.json:\n{}",
            path.display(),
            errors.join("\n")
        );
        checked += 1;
    }
    assert!(checked >= 2, "the golden files were found ({checked})");
}

#[test]
fn a_fresh_export_of_each_kind_conforms_to_the_json_schema() {
    let schema = export_schema();
    let mut j = seeded();
    j.entries()
        .save_check_in(
            CheckInDraft {
                date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                stress: 6,
                sleep_hours: Some(6.5),
                sleep_quality: Some(4),
                stiffness: Some(5),
                notes: "slept badly".into(),
            },
            now(),
            now().date_naive(),
        )
        .unwrap();
    let backup: serde_json::Value = serde_json::from_slice(&backup_file(&mut j)).unwrap();
    // A partner share with every optional part ticked, and one with the defaults.
    let everything = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: Some(Includes::for_kind(ExportKind::Backup)),
    };
    let defaults = ExportRequest {
        includes: None,
        ..everything.clone()
    };
    for (what, doc) in [
        ("backup", backup),
        (
            "partner share, everything",
            serde_json::to_value(j.exchange().export_document(&everything, now()).unwrap())
                .unwrap(),
        ),
        (
            "partner share, defaults",
            serde_json::to_value(j.exchange().export_document(&defaults, now()).unwrap()).unwrap(),
        ),
    ] {
        assert!(
            doc["pain"].as_array().is_some_and(|p| !p.is_empty()),
            "{what}: has entries to check"
        );
        let errors = schema_errors(&schema, &doc);
        assert!(
            errors.is_empty(),
            "a {what} written now breaks docs/export-format.schema.json:\n{}",
            errors.join("\n")
        );
    }
}

/// Each spoils the golden partner share somewhere below the top level; the validator must
/// name the place.
#[rstest]
#[case::nrs_out_of_range(|v: &mut serde_json::Value| v["pain"][0]["entry"]["nrs"] = 11.into(), "/pain/0/entry/nrs")]
#[case::nrs_as_text(|v: &mut serde_json::Value| v["pain"][0]["entry"]["nrs"] = "four".into(), "/pain/0/entry/nrs")]
#[case::entry_missing_its_time(|v: &mut serde_json::Value| { v["pain"][0]["entry"].as_object_mut().unwrap().remove("at"); }, "/pain/0/entry")]
#[case::unknown_field_in_an_entry(|v: &mut serde_json::Value| v["activities"][0]["entry"]["mood"] = 3.into(), "/activities/0/entry")]
#[case::id_not_a_uuid(|v: &mut serde_json::Value| v["pain"][0]["id"] = "pain-1".into(), "/pain/0/id")]
#[case::time_not_a_date_time(|v: &mut serde_json::Value| v["pain"][0]["entry"]["at"] = "yesterday".into(), "/pain/0/entry/at")]
#[case::unknown_activity_kind(|v: &mut serde_json::Value| v["activities"][0]["entry"]["kind"] = "dancing".into(), "/activities/0/entry/kind")]
#[case::includes_flag_as_text(|v: &mut serde_json::Value| v["includes"]["notes"] = "yes".into(), "/includes/notes")]
#[case::version_six(|v: &mut serde_json::Value| v["version"] = 6.into(), "/version")]
#[case::relief_in_a_version_2_document(|v: &mut serde_json::Value| { v["version"] = 2.into(); v["activities"][0]["entry"]["kind"] = "pain_relief".into(); }, "/activities/0/entry/kind")]
fn the_schema_check_catches_a_broken_document(
    #[case] spoil: fn(&mut serde_json::Value),
    #[case] path: &str,
) {
    let schema = export_schema();
    let mut doc: serde_json::Value = serde_json::from_slice(&golden("v1-partner.json")).unwrap();
    assert!(
        schema_errors(&schema, &doc).is_empty(),
        "the golden file conforms before it is spoiled"
    );
    spoil(&mut doc);
    let errors = schema_errors(&schema, &doc);
    assert!(
        errors.iter().any(|e| e.starts_with(path)),
        "the spoiled document is refused at {path}; errors: {errors:?}"
    );
}

// ---------------------------------------------------------------- hostile export files

fn sparse_file(len: u64) -> tempfile::NamedTempFile {
    let f = tempfile::NamedTempFile::new().unwrap();
    f.as_file().set_len(len).unwrap();
    f
}

#[test]
fn an_oversized_file_is_refused_by_size_before_reading() {
    let f = sparse_file(10 * 1024 * 1024 * 1024);
    let err = read_capped(f.path()).expect_err("a 10 GiB file is refused");
    assert!(
        message(&err).contains("too large"),
        "the error says the file is too large: {err}"
    );
    let just_over = sparse_file(MAX_FILE_BYTES + 1);
    assert!(
        read_capped(just_over.path()).is_err(),
        "one byte over the cap is refused"
    );
}

type Spoil = fn() -> (Vec<u8>, Option<&'static str>);

fn age_header_edit(edit: impl Fn(&str) -> String) -> Vec<u8> {
    let enc = encrypted(&golden("v1-partner.json"));
    let split = enc.windows(4).position(|w| w == b"\n---").unwrap() + 1;
    let header = String::from_utf8(enc[..split].to_vec()).unwrap();
    let mut out = edit(&header).into_bytes();
    out.extend_from_slice(&enc[split..]);
    out
}

#[rstest]
#[case::wrong_passphrase(|| (encrypted(&golden("v1-partner.json")), Some("not the passphrase")), "wrong passphrase")]
#[case::no_passphrase(|| (encrypted(&golden("v1-partner.json")), None), "enter the passphrase")]
#[case::dropped_final_chunk(|| { let e = encrypted(&golden("v1-partner.json")); (e[..e.len() - 40].to_vec(), Some(PASSPHRASE)) }, "damaged or cut short")]
#[case::flipped_payload_byte(|| { let mut e = encrypted(&golden("v1-partner.json")); let n = e.len() - 100; e[n] ^= 0x20; (e, Some(PASSPHRASE)) }, "damaged")]
#[case::flipped_header_byte(|| (age_header_edit(|h| { let mut b = h.as_bytes().to_vec(); let n = b.len() - 10; b[n] = if b[n] == b'A' { b'B' } else { b'A' }; String::from_utf8(b).unwrap() }), Some(PASSPHRASE)), "wrong passphrase, or the file was not encrypted for you")]
#[case::excessive_work_factor(|| (age_header_edit(|h| h.replacen(&format!(" {TEST_LOG_N}\n"), " 22\n", 1)), Some(PASSPHRASE)), "work factor 22")]
#[case::work_factor_just_over_the_cap(|| (age_header_edit(|h| h.replacen(&format!(" {TEST_LOG_N}\n"), " 19\n", 1)), Some(PASSPHRASE)), "work factor 19")]
#[case::mixed_stanzas(|| (age_header_edit(|h| format!("{h}-> X25519 CJM36AHmTbdHSuOQL+NESqyVQE7f0Yz9OoA2g0rfrAk\nWJu9lZhlvjHmMZ8vLMqo5VVMGFD0ZPZnqrEwpo8M2Qs\n")), Some(PASSPHRASE)), "header is damaged or of an unknown kind")]
#[case::armored(|| (b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n".to_vec(), Some(PASSPHRASE)), "armored")]
#[case::empty(|| (Vec::new(), None), "empty")]
#[case::not_json(|| (b"Dear diary, my back hurts".to_vec(), None), "not valid JSON")]
#[case::truncated(|| { let g = golden("v1-partner.json"); (g[..g.len() / 2].to_vec(), None) }, "cut short")]
#[case::trailing_garbage(|| { let mut g = golden("v1-partner.json"); g.extend_from_slice(b"\n{\"x\":1}"); (g, None) }, "trailing")]
#[case::duplicate_key(|| (br#"{"format":"backstory-export","format":"backstory-export","version":1,"kind":"partner"}"#.to_vec(), None), "duplicate field")]
#[case::deep_nesting(|| { let mut s = String::from(r#"{"format":"backstory-export","version":1,"kind":"partner","x":"#); s.push_str(&"[".repeat(100_000)); s.push_str(&"]".repeat(100_000)); s.push('}'); (s.into_bytes(), None) }, "nested too deeply")]
#[case::nan(|| (String::from_utf8(partner_json(|_| {})).unwrap().replacen("\"nrs\": 4", "\"nrs\": NaN", 1).into_bytes(), None), "not valid JSON")]
#[case::lone_surrogate(|| (String::from_utf8(partner_json(|_| {})).unwrap().replacen("\"display_name\": \"Sam\"", "\"display_name\": \"Sam\\ud800\"", 1).into_bytes(), None), "display_name")]
#[case::invalid_utf8(|| { let mut g = golden("v1-partner.json"); let i = g.windows(3).position(|w| w == b"Sam").unwrap(); g[i + 1] = 0xff; (g, None) }, "not UTF-8")]
#[case::huge_exponent(|| (String::from_utf8(partner_json(|_| {})).unwrap().replacen("\"nrs\": 4", "\"nrs\": 1e400", 1).into_bytes(), None), "out of range")]
#[case::huge_integer(|| (String::from_utf8(partner_json(|_| {})).unwrap().replacen("\"nrs\": 4", "\"nrs\": 99999999999999999999", 1).into_bytes(), None), "pain[0].entry.nrs")]
#[case::far_future_date(|| (partner_json(|v| v["pain"][0]["entry"]["at"] = "9999-12-31T23:00:00+01:00".into()), None), "in the future")]
#[case::out_of_range_nrs(|| (partner_json(|v| v["pain"][1]["entry"]["nrs"] = 11.into()), None), "pain[1].entry.nrs")]
#[case::unknown_top_field(|| (partner_json(|v| v["comment"] = "hi".into()), None), "unknown field `comment`")]
#[case::unknown_entry_field(|| (partner_json(|v| v["activities"][0]["entry"]["mood"] = 3.into()), None), "activities[0].entry")]
#[case::missing_field(|| (partner_json(|v| { v["pain"][0]["entry"].as_object_mut().unwrap().remove("nrs"); }), None), "missing field `nrs`")]
#[case::missing_journal_id(|| (partner_json(|v| { v.as_object_mut().unwrap().remove("journal_id"); }), None), "journal_id")]
#[case::wrong_format(|| (partner_json(|v| v["format"] = "painlog".into()), None), "not a Backstory export")]
#[case::no_format(|| (br#"{"entries":[]}"#.to_vec(), None), "no \"format\" field")]
#[case::future_version(|| (partner_json(|v| v["version"] = (FORMAT_VERSION + 1).into()), None), "newer Backstory")]
#[case::relief_in_a_version_2_file(|| (v2_partner_json(|v| { v["version"] = 2.into(); v["activities"][0]["entry"]["kind"] = "pain_relief".into(); v["activities"][0]["entry"]["intimacy"] = serde_json::Value::Null; v["activities"][0]["entry"]["relief"] = serde_json::json!({"what": "heat"}); }), None), "version 3")]
#[case::missing_kind(|| (partner_json(|v| { v.as_object_mut().unwrap().remove("kind"); }), None), "\"kind\"")]
#[case::duplicate_ids(|| (partner_json(|v| { let id = v["pain"][0]["id"].clone(); v["activities"][1]["id"] = id; }), None), "duplicate id")]
#[case::two_check_ins_one_day(|| (partner_json(|v| { let d = v["check_ins"][0]["entry"]["date"].clone(); v["check_ins"][1]["entry"]["date"] = d; }), None), "same day")]
#[case::unknown_position(|| (partner_json(|v| v["activities"][0]["entry"]["intimacy"] = serde_json::json!({"positions": ["<script>"]})), None), "unknown position")]
#[case::notes_too_long(|| (partner_json(|v| v["pain"][0]["entry"]["notes"] = "x".repeat(100_000).into()), None), "too long")]
#[case::range_backwards(|| (partner_json(|v| v["range"] = serde_json::json!({"from": "2026-11-20", "to": "2026-11-01"})), None), "range")]
#[case::exported_in_future(|| (partner_json(|v| v["exported_at"] = "2099-01-01T00:00:00Z".into()), None), "future")]
#[case::profile_in_partner_share(|| (partner_json(|v| v["profile"] = serde_json::json!({})), None), "profile")]
#[case::backup_offered_as_partner_share(|| (golden("v1-backup.json"), None), "not a partner share")]
fn a_hostile_partner_file_is_refused_and_nothing_changes(
    #[case] make: Spoil,
    #[case] expected: &str,
) {
    assert!(
        !expected.is_empty(),
        "each hostile case names the message it expects (an empty one matches anything)"
    );
    let mut j = seeded();
    let before = fingerprint(&j);
    let (bytes, pass) = make();
    let started = std::time::Instant::now();
    let err = j
        .partners()
        .import(&bytes, "Robin", pass, now())
        .expect_err("the file must be refused");
    let elapsed = started.elapsed();
    let text = message(&err);
    assert!(
        text.to_lowercase().contains(&expected.to_lowercase()),
        "expected the error to mention {expected:?}, got {text:?}"
    );
    assert!(
        matches!(
            err,
            CoreError::Import { .. } | CoreError::Crypto(_) | CoreError::Validation { .. }
        ),
        "a refusal, not a storage failure: {err:?}"
    );
    assert_eq!(
        fingerprint(&j),
        before,
        "the database is unchanged after refusing ({text})"
    );
    // Not a timing assertion on speed: a guard that no case hangs on hostile work.
    assert!(
        elapsed < std::time::Duration::from_secs(60),
        "refusal must not hang"
    );
}

#[test]
fn a_partner_share_offered_as_own_backup_is_refused() {
    let mut j = seeded();
    let before = fingerprint(&j);
    for (bytes, pass) in [
        (golden("v1-partner.json"), None),
        (golden("v1-partner.age"), Some(GOLDEN_PASSPHRASE)),
    ] {
        let err = j
            .exchange()
            .import_backup(&bytes, pass, now())
            .expect_err("a partner share is not one's own backup");
        assert!(
            message(&err).contains("partner share"),
            "the error names what the file is: {err}"
        );
        assert_eq!(fingerprint(&j), before, "nothing changed");
    }
}

#[test]
fn an_import_refusal_is_explained_in_german_when_german_is_in_use() {
    use backstory_core::i18n::{with_locale, Locale};
    let mut j = seeded();
    let before = fingerprint(&j);
    let err = with_locale(Locale::De, || {
        j.exchange()
            .import_backup(&golden("v1-partner.json"), None, now())
    })
    .expect_err("a partner share is not one's own backup");
    assert_eq!(err.kind(), "import", "the machine-readable kind stays");
    let text = message(&err);
    assert!(
        text.starts_with("das ist eine Partner-Freigabe") && text.contains("Partnerpersonen"),
        "German: {text}"
    );
    assert!(!text.contains("partner share"), "{text}");
    assert_eq!(fingerprint(&j), before, "nothing changed");
}

#[test]
fn a_replayed_older_partner_file_is_refused() {
    let mut j = seeded();
    let newer = partner_json(|v| v["exported_at"] = "2026-11-25T12:00:00Z".into());
    j.partners()
        .import(&newer, "Sam", None, now())
        .expect("a newer share updates");
    let before = fingerprint(&j);
    let err = j
        .partners()
        .import(&golden("v1-partner.json"), "Sam", None, now())
        .expect_err("the older file is refused");
    assert!(
        message(&err).contains("older"),
        "the error says the file is older: {err}"
    );
    assert_eq!(fingerprint(&j), before, "nothing changed");
}

#[test]
fn ones_own_share_is_not_imported_as_a_partners() {
    let mut j = Journal::open_in_memory().unwrap();
    j.entries()
        .add_pain(pain_at(local(2026, 11, 20, 9, 0), 3), now())
        .unwrap();
    let req = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: None,
    };
    let (bytes, _) = j
        .exchange()
        .export_bytes(&req, Some(PASSPHRASE), TEST_LOG_N, now())
        .unwrap();
    let before = fingerprint(&j);
    let err = j
        .partners()
        .import(&bytes, "Me", Some(PASSPHRASE), now())
        .expect_err("own share refused");
    assert!(message(&err).contains("this very journal"), "{err}");
    assert_eq!(fingerprint(&j), before);
}

#[rstest]
#[case::empty_name("   ")]
#[case::control_char("Sam\u{7}")]
#[case::too_long("x".repeat(LABEL_MAX_CHARS + 1).leak())]
fn a_bad_partner_name_is_refused(#[case] name: &str) {
    let mut j = Journal::open_in_memory().unwrap();
    let err = j
        .partners()
        .import(&golden("v1-partner.json"), name, None, now())
        .expect_err("bad name refused");
    assert_eq!(
        err.field(),
        Some("name"),
        "the error belongs to the name field: {err}"
    );
    assert!(j.partners().list().unwrap().is_empty());
}

#[test]
fn markup_in_text_fields_is_stored_as_literal_text() {
    let mut j = Journal::open_in_memory().unwrap();
    let file = partner_json(|v| {
        v["includes"]["notes"] = true.into();
        v["pain"][0]["entry"]["notes"] =
            "<img src=x onerror=alert(1)><script>alert(2)</script>\u{202e}".into();
        v["display_name"] = "<b>Sam</b>".into();
    });
    j.partners()
        .import(&file, "<i>Sam</i>", None, now())
        .expect("markup is data, not a reason to refuse");
    let p = &j.partners().list().unwrap()[0];
    assert_eq!(
        p.name, "<i>Sam</i>",
        "the name is kept literally (the UI renders it as text)"
    );
    let page = j
        .partners()
        .timeline(
            p.id,
            &TimelineQuery {
                kinds: vec![EntryKind::Pain],
                ..Default::default()
            },
        )
        .unwrap();
    let found = page.items.iter().any(
        |i| matches!(i, TimelineItem::Pain(e) if e.draft.notes.starts_with("<img src=x onerror")),
    );
    assert!(found, "the note is stored byte for byte");
}

// ---------------------------------------------------------------- partner journals

#[test]
fn reimporting_a_share_updates_without_duplicates_and_removes_what_was_withdrawn() {
    let mut j = Journal::open_in_memory().unwrap();
    j.partners()
        .import(&golden("v1-partner.json"), "Sam", None, now())
        .unwrap();
    let s = j
        .partners()
        .import(&golden("v1-partner.json"), "Sam", None, now())
        .unwrap();
    assert_eq!(
        (s.added, s.updated, s.removed),
        (0, 8, 0),
        "the same file again adds nothing"
    );
    let newer = partner_json(|v| {
        v["exported_at"] = "2026-11-26T12:00:00Z".into();
        v["pain"].as_array_mut().unwrap().remove(2);
        v["pain"][0]["entry"]["nrs"] = 2.into();
        v["pain"][0]["updated_at"] = "2026-11-26T11:00:00Z".into();
    });
    let s = j.partners().import(&newer, "Sam R.", None, now()).unwrap();
    assert_eq!(
        (s.added, s.updated, s.removed),
        (0, 7, 1),
        "one withdrawn entry removed, the rest refreshed"
    );
    let partners = j.partners().list().unwrap();
    assert_eq!(
        partners.len(),
        1,
        "the same partner, recognised by journal id"
    );
    assert_eq!(partners[0].name, "Sam R.", "the new label is kept");
    assert_eq!(partners[0].pain, 2);
    let removed = j.partners().remove(partners[0].id).unwrap();
    assert_eq!(removed, 7, "every entry of the partner is removed");
    assert!(j.partners().list().unwrap().is_empty());
    let left: i64 = backstory_core::store::inspect::connection(&j)
        .query_row("SELECT COUNT(*) FROM partner_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0, "nothing of the partner is left in the database");
}

#[test]
fn removing_an_unknown_partner_is_not_found() {
    let mut j = Journal::open_in_memory().unwrap();
    assert!(matches!(
        j.partners().remove(Uuid::new_v4()),
        Err(CoreError::NotFound { .. })
    ));
}

fn intimacy(at: chrono::DateTime<chrono::FixedOffset>) -> Activity {
    Activity {
        id: Uuid::new_v4(),
        draft: activity_at(at, ActivityKind::Intimacy),
        created_at: now(),
        updated_at: now(),
    }
}

#[rstest]
#[case::same_time(&[(21, 0)], &[(21, 0)], 180, &[(0, 0)])]
#[case::within_window(&[(21, 0)], &[(22, 30)], 180, &[(0, 0)])]
#[case::outside_window(&[(21, 0)], &[(23, 30)], 120, &[])]
#[case::closest_pair_wins(&[(20, 0), (23, 0)], &[(22, 50)], 180, &[(1, 0)])]
#[case::one_to_one(&[(21, 0)], &[(20, 50), (21, 10)], 180, &[(0, 0)])]
fn together_pairs_events_one_to_one_closest_first(
    #[case] mine: &[(u32, u32)],
    #[case] theirs: &[(u32, u32)],
    #[case] window: i64,
    #[case] expected: &[(usize, usize)],
) {
    let a: Vec<Activity> = mine
        .iter()
        .map(|&(h, m)| intimacy(local(2026, 11, 20, h, m)))
        .collect();
    let b: Vec<Activity> = theirs
        .iter()
        .map(|&(h, m)| intimacy(local(2026, 11, 20, h, m)))
        .collect();
    let mut got: Vec<(usize, usize)> = match_events(&a, &b, window)
        .into_iter()
        .map(|(i, j, _)| (i, j))
        .collect();
    got.sort();
    assert_eq!(
        got,
        expected.to_vec(),
        "pairs for {mine:?} vs {theirs:?} within {window} minutes"
    );
}

#[test]
fn together_shows_both_partners_pain_before_and_after() {
    // Partner (Sam): intimacy on 10 Nov 21:30 with pain_before 2, next-morning pain 4.
    let mut j = Journal::open_in_memory().unwrap();
    let sam = j
        .partners()
        .import(&golden("v1-partner.json"), "Sam", None, now())
        .unwrap()
        .partner_id
        .unwrap();
    let mut mine = activity_at(local(2026, 11, 10, 22, 0), ActivityKind::Intimacy);
    mine.intimacy = Some(IntimacyDetails {
        pain_before: Some(3),
        ..Default::default()
    });
    let a = j.entries().add_activity(mine, now()).unwrap();
    let mut after = pain_at(local(2026, 11, 11, 8, 0), 5);
    after.activity_id = Some(a.id);
    j.entries().add_pain(after, now()).unwrap();
    let view = j
        .partners()
        .together(
            &TogetherQuery {
                partner_id: sam,
                from: None,
                to: None,
                window_minutes: None,
            },
            now().date_naive(),
        )
        .unwrap();
    assert_eq!(view.events.len(), 1, "the shared evening is matched");
    let e = &view.events[0];
    assert_eq!(
        (e.mine.pain_before, e.mine.pain_after),
        (Some(3), Some(5)),
        "my pain before (logged) and after (linked)"
    );
    assert_eq!(
        e.partner.pain_before, None,
        "the partner's pain-before is an intimacy detail they did not share"
    );
    assert_eq!(
        e.partner.pain_after,
        Some(4),
        "the partner's linked next-morning pain"
    );
    assert_eq!(e.gap_minutes, 30);
    let narrow = j
        .partners()
        .together(
            &TogetherQuery {
                partner_id: sam,
                from: None,
                to: None,
                window_minutes: Some(15),
            },
            now().date_naive(),
        )
        .unwrap();
    assert!(
        narrow.events.is_empty(),
        "a 15-minute window does not pair events 30 minutes apart"
    );
    assert_eq!((narrow.mine_unmatched, narrow.partner_unmatched), (1, 1));
}

// ---------------------------------------------------------------- export choices

#[test]
fn a_partner_share_leaves_out_notes_and_intimacy_details_by_default() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .unwrap();
    let doc = j
        .exchange()
        .export_document(
            &ExportRequest {
                kind: ExportKind::Partner,
                range: DateRange::default(),
                includes: None,
            },
            now(),
        )
        .unwrap();
    assert!(doc.profile.is_none(), "no profile in a partner share");
    assert!(doc
        .pain
        .iter()
        .all(|p| p.entry.notes.is_empty() && p.entry.interference_intimacy.is_none()));
    assert!(doc
        .activities
        .iter()
        .all(|a| a.entry.notes.is_empty() && a.entry.intimacy.is_none()));
    assert!(doc.check_ins.iter().all(|c| c.entry.notes.is_empty()));
    let with = j
        .exchange()
        .export_document(
            &ExportRequest {
                kind: ExportKind::Partner,
                range: DateRange::default(),
                includes: Some(Includes {
                    intimacy_details: true,
                    notes: true,
                    ..Includes::partner_default()
                }),
            },
            now(),
        )
        .unwrap();
    assert!(
        with.activities.iter().any(|a| a
            .entry
            .intimacy
            .as_ref()
            .is_some_and(|i| !i.positions.is_empty())),
        "details when asked"
    );
    assert!(
        with.pain.iter().any(|p| !p.entry.notes.is_empty()),
        "notes when asked"
    );
}

#[test]
fn the_range_and_kinds_choose_what_is_exported() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
    let doc = j
        .exchange()
        .export_document(
            &ExportRequest {
                kind: ExportKind::Backup,
                range: DateRange {
                    from: day(11),
                    to: day(11),
                },
                includes: Some(Includes {
                    check_ins: false,
                    ..Includes::everything()
                }),
            },
            now(),
        )
        .unwrap();
    assert_eq!(
        (doc.pain.len(), doc.activities.len(), doc.check_ins.len()),
        (1, 1, 0),
        "only 11 Nov, no check-ins"
    );
}

#[test]
fn a_partner_share_needs_a_passphrase_of_eight_characters() {
    let mut j = Journal::open_in_memory().unwrap();
    let req = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: None,
    };
    assert_eq!(
        j.exchange()
            .export_bytes(&req, None, TEST_LOG_N, now())
            .unwrap_err()
            .field(),
        Some("passphrase")
    );
    assert_eq!(
        j.exchange()
            .export_bytes(&req, Some("short"), TEST_LOG_N, now())
            .unwrap_err()
            .field(),
        Some("passphrase")
    );
    let (bytes, s) = j
        .exchange()
        .export_bytes(&req, Some(PASSPHRASE), TEST_LOG_N, now())
        .unwrap();
    assert!(
        s.encrypted && crypto::is_encrypted(&bytes),
        "partner shares are age files"
    );
}

// ---------------------------------------------------------------- CSV

#[rstest]
#[case::equals("=1+1", "'=1+1")]
#[case::plus("+1", "'+1")]
#[case::minus("-2", "'-2")]
#[case::at("@SUM(A1)", "'@SUM(A1)")]
#[case::tab("\tx", "'\tx")]
#[case::carriage_return("\rx", "\"'\rx\"")]
#[case::comma("a,b", "\"a,b\"")]
#[case::quote("say \"hi\"", "\"say \"\"hi\"\"\"")]
#[case::formula_with_comma(
    "=HYPERLINK(\"http://x\",\"y\")",
    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
)]
#[case::plain("walk", "walk")]
fn csv_cells_are_neutralised_and_quoted(#[case] raw: &str, #[case] expected: &str) {
    assert_eq!(cell(raw), expected, "cell({raw:?})");
}

#[test]
fn csv_export_matches_the_golden_file() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .unwrap();
    let mut doc = j
        .exchange()
        .export_document(
            &ExportRequest {
                kind: ExportKind::Backup,
                range: DateRange::default(),
                includes: None,
            },
            now(),
        )
        .unwrap();
    doc.pain[0].entry.notes = "=HYPERLINK(\"http://evil\",\"click\")".into();
    doc.pain[1].entry.notes = "+44 7700 900123, -3 then @home\ttab".into();
    doc.activities[1].entry.notes = "\rcarriage".into();
    let csv = to_csv(&doc);
    let path = data("csv/golden-v1.csv");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &csv).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).expect("golden CSV exists (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        csv, expected,
        "CSV output changed; review and regenerate with UPDATE_GOLDEN=1"
    );
    for line in csv.lines().skip(1) {
        for c in ['=', '+', '-', '@'] {
            assert!(
                !line.contains(&format!(",{c}")),
                "no cell starts with {c}: {line}"
            );
        }
    }
}

#[test]
fn csv_export_writes_relief_rows_with_unknown_never_blank() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v3-backup.json"), None, now())
        .unwrap();
    let doc = j
        .exchange()
        .export_document(
            &ExportRequest {
                kind: ExportKind::Backup,
                range: DateRange::default(),
                includes: None,
            },
            now(),
        )
        .unwrap();
    let csv = to_csv(&doc);
    let path = data("csv/golden-v3.csv");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &csv).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).expect("golden CSV exists (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        csv, expected,
        "CSV output changed; review and regenerate with UPDATE_GOLDEN=1"
    );
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let medicine_row: Vec<&str> = csv
        .lines()
        .find(|l| l.contains("Ibuprofen"))
        .expect("the medicine row")
        .split(',')
        .collect();
    assert_eq!(medicine_row[at("activity")], "pain_relief");
    assert_eq!(medicine_row[at("relief_what")], "medicine");
    assert_eq!(medicine_row[at("dose")], "400 mg");
    assert_eq!(
        medicine_row[at("relief_0_10")],
        "unknown",
        "not answered is not 0 or blank"
    );
}

// ---------------------------------------------------------------- clinician report

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/deps.sh");
    assert!(out.status.success(), "pdftotext reads the PDF");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_clinician_report_reads_as_text_with_its_sections_and_numbers() {
    let mut j = Journal::open_in_memory().unwrap();
    j.exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let pdf = j
        .exchange()
        .clinician_report(
            &ReportRequest::new(day(1), day(20)),
            &crate::support::report_fonts(),
            now(),
            day(27),
        )
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    let text = pdf_text(&pdf);
    for expected in [
        "Back pain summary for a clinician",
        "Period: 1 Nov 2026 \u{2013} 20 Nov 2026 (20 days)",
        "Pain entries",
        "3 on 3 of 20 days",
        "5.7 / 7",
        "Pain trend, weekly mean (0-10)",
        "Red-flag history",
        "fever",
        "What was tried",
        "Intimacy",
        "Exercise adherence",
        "1 stretching or core sessions on 1 of 20 days",
        "Sciatica",
        "it does not diagnose",
    ] {
        assert!(
            text.contains(expected),
            "the report shows {expected:?}; text was:\n{text}"
        );
    }
    assert!(
        !text.contains("Slow and easy"),
        "private notes are not in the clinician report"
    );
}

#[test]
fn a_report_range_must_run_forwards() {
    let mut j = Journal::open_in_memory().unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let err = j
        .exchange()
        .clinician_report(
            &ReportRequest::new(day(20), day(1)),
            &crate::support::report_fonts(),
            now(),
            day(27),
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("from"));
}

// ---------------------------------------------------------------- SQLite backup and restore

fn file_journal(dir: &Path) -> Journal {
    let mut j = Journal::open(&dir.join("journal.db")).unwrap();
    j.exchange()
        .import_backup(&golden("v1-backup.json"), None, now())
        .unwrap();
    j
}

#[test]
fn a_backup_is_verified_and_restores_with_a_safety_copy_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = file_journal(dir.path());
    let dest = dir.path().join("out/backup.db");
    let info = j.file().backup_to(&dest).unwrap();
    assert_eq!((info.pain, info.activities, info.check_ins), (3, 3, 2));
    assert_eq!(
        inspect_backup(&dest).unwrap().schema_version,
        backstory_core::store::LATEST_VERSION
    );
    let leftovers: Vec<_> = std::fs::read_dir(dest.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
    // Change the journal, then restore the backup.
    j.entries()
        .add_pain(pain_at(local(2026, 11, 25, 9, 0), 9), now())
        .unwrap();
    let safety = dir.path().join(BACKUP_DIR);
    let s = j.file_mut().restore_from(&dest, &safety, now()).unwrap();
    assert_eq!(
        (s.pain, s.activities, s.check_ins),
        (3, 3, 2),
        "the backup's entries are back"
    );
    let safe = inspect_backup(Path::new(&s.safety_backup)).unwrap();
    assert_eq!(safe.pain, 4, "the state before the restore was saved first");
    let page = j.timeline().page(&TimelineQuery::default()).unwrap();
    assert_eq!(
        page.items.len(),
        8,
        "the restored journal is the one in use"
    );
}

#[test]
fn daily_backups_rotate_keeping_seven() {
    let dir = tempfile::tempdir().unwrap();
    let j = file_journal(dir.path());
    let start = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    for d in 0..10 {
        assert!(
            j.file()
                .auto_backup(dir.path(), start + Duration::days(d))
                .unwrap()
                .is_some(),
            "one backup a day"
        );
    }
    assert!(
        j.file()
            .auto_backup(dir.path(), start + Duration::days(9))
            .unwrap()
            .is_none(),
        "not twice on one day"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join(BACKUP_DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        DAILY_KEEP,
        "only the newest seven are kept: {names:?}"
    );
    assert_eq!(names[0], "journal-2026-11-04.db");
}

type DbSpoil = fn(&Path, &Path);

fn good_backup(dir: &Path, out: &Path) {
    let j = file_journal(dir);
    j.file().backup_to(out).unwrap();
}

fn edit_db(out: &Path, sql: &str) {
    let c = rusqlite::Connection::open(out).unwrap();
    c.execute_batch(sql).unwrap();
}

#[rstest]
#[case::text_file(|_: &Path, out: &Path| std::fs::write(out, "not a database at all, just text. ".repeat(40)).unwrap(), "not an SQLite database")]
#[case::export_json_offered(|_: &Path, out: &Path| std::fs::write(out, golden("v1-backup.json")).unwrap(), "not an SQLite database")]
#[case::tiny(|_: &Path, out: &Path| std::fs::write(out, b"SQLite format 3\0").unwrap(), "too small")]
#[case::truncated(|dir: &Path, out: &Path| { good_backup(dir, out); let b = std::fs::read(out).unwrap(); std::fs::write(out, &b[..b.len() / 2]).unwrap(); }, "the file is damaged or is not a Backstory backup")]
#[case::flipped_bytes(|dir: &Path, out: &Path| { good_backup(dir, out); let mut b = std::fs::read(out).unwrap(); for i in (4096..b.len()).step_by(997) { b[i] ^= 0x5a; } std::fs::write(out, &b).unwrap(); }, "the file is damaged or is not a Backstory backup")]
#[case::future_version(|dir: &Path, out: &Path| { good_backup(dir, out); edit_db(out, "PRAGMA user_version = 999;"); }, "newer Backstory")]
#[case::no_version(|_: &Path, out: &Path| edit_db(out, "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hello');"), "no schema version")]
#[case::foreign_schema(|_: &Path, out: &Path| edit_db(out, "CREATE TABLE pain_entry (id TEXT); PRAGMA user_version = 1;"), "structure")]
#[case::with_trigger(|dir: &Path, out: &Path| { good_backup(dir, out); edit_db(out, "CREATE TRIGGER evil AFTER INSERT ON pain_entry BEGIN DELETE FROM activity; END;"); }, "evil")]
#[case::with_view(|dir: &Path, out: &Path| { good_backup(dir, out); edit_db(out, "CREATE VIEW v AS SELECT load_extension('x');"); }, "structure")]
#[case::altered_table(|dir: &Path, out: &Path| { good_backup(dir, out); edit_db(out, "ALTER TABLE pain_entry ADD COLUMN payload TEXT DEFAULT 'x';"); }, "pain_entry")]
fn a_hostile_sqlite_file_is_refused_before_anything_changes(
    #[case] make: DbSpoil,
    #[case] expected: &str,
) {
    assert!(
        !expected.is_empty(),
        "each hostile case names the message it expects (an empty one matches anything)"
    );
    let dir = tempfile::tempdir().unwrap();
    let src_dir = dir.path().join("src");
    std::fs::create_dir_all(&src_dir).unwrap();
    let offered = dir.path().join("offered.db");
    make(&src_dir, &offered);
    let original = std::fs::read(&offered).unwrap();
    let live_dir = dir.path().join("live");
    std::fs::create_dir_all(&live_dir).unwrap();
    let mut j = Journal::open(&live_dir.join("journal.db")).unwrap();
    j.entries()
        .add_pain(pain_at(local(2026, 11, 25, 9, 0), 2), now())
        .unwrap();
    let before = fingerprint(&j);
    let err = j
        .file_mut()
        .restore_from(&offered, &live_dir.join(BACKUP_DIR), now())
        .expect_err("hostile file refused");
    let text = message(&err);
    assert!(text.contains(expected), "expected {expected:?} in {text:?}");
    assert_eq!(fingerprint(&j), before, "the journal is unchanged");
    assert_eq!(
        std::fs::read(&offered).unwrap(),
        original,
        "the offered file is not modified either"
    );
    let left: Vec<_> = std::fs::read_dir(live_dir.join(BACKUP_DIR))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        left.is_empty(),
        "no safety copy or temporary file is left for a refused file: {left:?}"
    );
}

// ---------------------------------------------------------------- round trip property

mod round_trip {
    use super::*;
    use proptest::prelude::*;

    fn pain_strategy() -> impl Strategy<Value = PainDraft> {
        (
            0u8..=10,
            0i64..60 * 24 * 200,
            proptest::option::of(0u8..=10),
            proptest::collection::vec(0usize..Region::ALL.len(), 0..4),
            "\\PC{0,40}",
            any::<bool>(),
            -12i32..=14,
        )
            .prop_map(|(nrs, minutes, daily, regions, notes, fever, tz)| {
                let off = chrono::FixedOffset::east_opt(tz * 3600).unwrap();
                let at = (Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
                    + Duration::minutes(minutes))
                .with_timezone(&off);
                let mut d = pain_at(at, nrs);
                d.interference_daily = daily;
                d.regions = regions
                    .into_iter()
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .map(|i| Region::ALL[i].into())
                    .collect();
                d.notes = notes;
                d.emergency.fever = fever;
                d
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
        #[test]
        fn export_then_import_gives_the_same_entries(pains in proptest::collection::vec(pain_strategy(), 0..25), walks in proptest::collection::vec((0i64..60 * 24 * 200, 0u16..600, "\\PC{0,30}"), 0..10)) {
            let mut a = Journal::open_in_memory().unwrap();
            for (m, dur, notes) in walks {
                let at = (Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Duration::minutes(m)).fixed_offset();
                let mut w = activity_at(at, ActivityKind::WalkingSport);
                w.duration_min = Some(dur);
                w.notes = notes;
                a.entries().add_activity(w, now()).unwrap();
            }
            for p in pains {
                a.entries().add_pain(p, now()).unwrap();
            }
            let bytes = backup_file(&mut a);
            let mut b = Journal::open_in_memory().unwrap();
            b.exchange().import_backup(&bytes, None, now()).unwrap();
            let req = ExportRequest { kind: ExportKind::Backup, range: DateRange::default(), includes: None };
            let mut first = a.exchange().export_document(&req, now()).unwrap();
            let mut second = b.exchange().export_document(&req, now()).unwrap();
            first.journal_id = Uuid::nil();
            second.journal_id = Uuid::nil();
            prop_assert_eq!(first, second, "what comes back is exactly what went out");
        }
    }
}

// ---------------------------------------------------------------- alerts in shares and reports

#[test]
fn alerts_travel_in_a_share_when_chosen_and_appear_in_the_report() {
    let mut a = Journal::open_in_memory().unwrap();
    let mut p = pain_at(local(2026, 11, 25, 9, 0), 6);
    p.emergency.saddle_numbness = true;
    a.entries().add_pain(p, now()).unwrap();
    a.alerts().refresh(now()).unwrap();
    let raised = a.alerts().list().unwrap();
    assert!(
        !raised.is_empty(),
        "the saddle-numbness sign raises an alert"
    );
    let with_alerts = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: Some(Includes {
            alerts: true,
            ..Includes::partner_default()
        }),
    };
    let doc = a.exchange().export_document(&with_alerts, now()).unwrap();
    assert_eq!(
        doc.alerts.len(),
        raised.len(),
        "every alert is exported when chosen"
    );
    assert!(doc.includes.alerts);
    let without = a
        .exchange()
        .export_document(
            &ExportRequest {
                kind: ExportKind::Partner,
                range: DateRange::default(),
                includes: None,
            },
            now(),
        )
        .unwrap();
    assert!(without.alerts.is_empty(), "alerts stay out by default");

    let (bytes, _) = a
        .exchange()
        .export_bytes(&with_alerts, Some(PASSPHRASE), TEST_LOG_N, now())
        .unwrap();
    let mut b = Journal::open_in_memory().unwrap();
    b.partners()
        .import(&bytes, "Alex", Some(PASSPHRASE), now())
        .unwrap();
    assert_eq!(
        b.partners().list().unwrap()[0].alerts,
        raised.len(),
        "the partner's alerts are kept with their journal"
    );

    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let text = pdf_text(
        &a.exchange()
            .clinician_report(
                &ReportRequest::new(day(1), day(27)),
                &crate::support::report_fonts(),
                now(),
                day(27),
            )
            .unwrap(),
    );
    assert!(
        text.contains("Full alert list") && text.contains("Saddle"),
        "the report lists the alert history:\n{text}"
    );
    assert!(text.contains("Emergency"), "with its tier:\n{text}");
    assert!(
        text.contains("saddle numbness"),
        "and the sign logged on the entry:\n{text}"
    );
}

/// An alert's detail is kept as messages and written out where it travels: a file carries
/// plain text an older reader shows (English in a backup; a partner share in the language
/// in use, English in tests), the format and its version unchanged; the report writes it
/// in the report's own language.
#[test]
fn an_alert_detail_travels_as_plain_text_and_the_report_writes_it_in_its_language() {
    let mut a = Journal::open_in_memory().unwrap();
    let mut p = pain_at(local(2026, 11, 25, 9, 0), 6);
    p.emergency.saddle_numbness = true;
    a.entries().add_pain(p, now()).unwrap();
    a.alerts().refresh(now()).unwrap();
    let english = "Saddle-area numbness or tingling logged on 25 Nov 09:00.";
    assert_eq!(a.alerts().list().unwrap()[0].detail, english);

    let request = |kind| ExportRequest {
        kind,
        range: DateRange::default(),
        includes: Some(Includes {
            alerts: true,
            warning_signs: true,
            ..Includes::for_kind(kind)
        }),
    };
    let (bytes, _) = a
        .exchange()
        .export_bytes(&request(ExportKind::Backup), None, TEST_LOG_N, now())
        .unwrap();
    let file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(file["version"], 5, "the format is unchanged");
    assert_eq!(
        file["alerts"][0]["detail"], english,
        "a backup carries the detail as English text"
    );
    let doc = a
        .exchange()
        .export_document(&request(ExportKind::Partner), now())
        .unwrap();
    assert_eq!(
        doc.alerts[0].detail, english,
        "so does a share, in the language in use"
    );

    // Round trip: the share imports, and its alert keeps its text.
    let (bytes, _) = a
        .exchange()
        .export_bytes(
            &request(ExportKind::Partner),
            Some(PASSPHRASE),
            TEST_LOG_N,
            now(),
        )
        .unwrap();
    let plain = crypto::decrypt(&bytes, PASSPHRASE, TEST_LOG_N, MAX_FILE_BYTES).unwrap();
    let file: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(file["alerts"][0]["detail"], english);
    let mut b = Journal::open_in_memory().unwrap();
    b.partners()
        .import(&bytes, "Alex", Some(PASSPHRASE), now())
        .unwrap();
    assert_eq!(b.partners().list().unwrap()[0].alerts, 1);

    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let german = ReportRequest {
        locale: Some(backstory_core::i18n::Locale::De),
        ..ReportRequest::new(day(1), day(27))
    };
    let data = a.exchange().report_data(&german, now(), day(27)).unwrap();
    assert_eq!(
        data.red_flags[0].detail,
        "Taubheit oder Kribbeln im Reithosenbereich: eingetragen am 25. Nov. 09:00."
    );
    let english_report = a
        .exchange()
        .report_data(&ReportRequest::new(day(1), day(27)), now(), day(27))
        .unwrap();
    assert_eq!(english_report.red_flags[0].detail, english);
}
