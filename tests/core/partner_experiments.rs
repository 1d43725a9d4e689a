//! Experiments in the partner share (export format 5) and the Together view: off by
//! default, field by field; a couple who ran the same change see both partners' outcomes
//! per arm and each verdict; a share that stops including them removes them; a version 4
//! file cannot carry them.

use crate::exchange::{export_schema, schema_errors};
use crate::support::*;
use backstory_core::exchange::partners::TogetherQuery;
use backstory_core::exchange::{DateRange, ExportKind, ExportRequest, Includes};
use backstory_core::experiments::*;
use backstory_core::insights::Verdict;
use backstory_core::Journal;
use chrono::{Duration, NaiveDate};
use std::path::Path;

const OWN_WORDS: &str = "a rolled towel under the small of the back";

/// A journal with one finished experiment on `change` over 6 blocks of 7 days from 3 Aug
/// 2026, its mornings rated `with` or `without` by arm (every fifth unrated).
fn journal_with_experiment(change: ExperimentChange, with: u8, without: u8) -> Journal {
    let mut j = Journal::open_in_memory().unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 8, 3).unwrap();
    let plan = Plan::new(start, 7, 6, 7).unwrap();
    j.guide()
        .experiments()
        .start(change, ExperimentOutcome::NextMorning, plan, now())
        .expect("starts");
    let mut day = plan.start;
    let mut n = 0;
    while day <= plan.last_day() {
        let (_, arm) = plan.slot_on(day).unwrap();
        if n % 5 != 4 {
            let next = day + Duration::days(1);
            let at = local(
                next.format("%Y").to_string().parse().unwrap(),
                next.format("%m").to_string().parse().unwrap(),
                next.format("%d").to_string().parse().unwrap(),
                8,
                0,
            );
            let nrs = if arm == Arm::With { with } else { without };
            j.entries().add_pain(pain_at(at, nrs), now()).unwrap();
        }
        j.guide().experiments().mark_day(day, true, day).unwrap();
        day += Duration::days(1);
        n += 1;
    }
    j
}

fn share(j: &mut Journal, includes: Includes) -> Vec<u8> {
    let request = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: Some(includes),
    };
    j.exchange()
        .export_document(&request, now())
        .unwrap()
        .to_json()
        .unwrap()
}

fn with_experiments() -> Includes {
    Includes {
        experiments: true,
        ..Includes::partner_default()
    }
}

fn together(
    j: &mut Journal,
    partner: uuid::Uuid,
) -> backstory_core::exchange::partners::TogetherView {
    j.partners()
        .together(
            &TogetherQuery {
                partner_id: partner,
                from: None,
                to: None,
                window_minutes: None,
            },
            now().date_naive(),
        )
        .unwrap()
}

#[test]
fn a_default_share_carries_no_experiment() {
    let mut sam = journal_with_experiment(ExperimentChange::WarmUp, 2, 5);
    let doc: serde_json::Value =
        serde_json::from_slice(&share(&mut sam, Includes::partner_default())).unwrap();
    assert_eq!(doc["version"], 5);
    assert_eq!(doc["includes"]["experiments"], false);
    assert_eq!(doc["experiments"], serde_json::json!([]));
    let chosen: serde_json::Value =
        serde_json::from_slice(&share(&mut sam, with_experiments())).unwrap();
    let e = &chosen["experiments"][0];
    assert_eq!(e["change"], "warm_up");
    assert_eq!(e["verdict"], "lower_with");
    assert_eq!(e["with"]["outcome"]["mean"], 2.0);
    assert_eq!(e["without"]["outcome"]["mean"], 5.0);
    assert!(e.get("sentence").is_none(), "never the sentence");
    assert_eq!(
        schema_errors(&export_schema(), &chosen),
        Vec::<String>::new()
    );
    // A backup never carries them (a restore could not rebuild the daily answers).
    let backup = sam
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
    assert!(backup.experiments.is_empty() && !backup.includes.experiments);
}

#[test]
fn own_words_travel_only_with_notes() {
    let mut sam = journal_with_experiment(ExperimentChange::Custom(OWN_WORDS.into()), 2, 5);
    let without_notes = String::from_utf8(share(&mut sam, with_experiments())).unwrap();
    assert!(!without_notes.contains(OWN_WORDS), "{without_notes}");
    assert!(without_notes.contains("\"change\":\"custom\""));
    let with_notes = share(
        &mut sam,
        Includes {
            notes: true,
            ..with_experiments()
        },
    );
    assert!(String::from_utf8(with_notes).unwrap().contains(OWN_WORDS));
}

/// Sam and I both tried a warm-up: after Sam's share is imported, the Together view shows
/// both experiments side by side, each with its own arms and verdict; Sam's next share
/// without experiments removes them.
#[test]
fn the_together_view_puts_both_partners_experiments_side_by_side() {
    let mut sam = journal_with_experiment(ExperimentChange::WarmUp, 1, 4);
    let sams_own = sam
        .timeline()
        .experiment(now().date_naive())
        .unwrap()
        .unwrap();
    let mut me = journal_with_experiment(ExperimentChange::WarmUp, 3, 3);
    let bytes = share(&mut sam, with_experiments());
    let summary = me.partners().import(&bytes, "Sam", None, now()).unwrap();
    assert_eq!(summary.experiments, 1);
    let partner = summary.partner_id.unwrap();
    let view = together(&mut me, partner);
    assert_eq!(view.experiments.len(), 1, "{view:?}");
    let both = &view.experiments[0];
    assert_eq!(both.title, "A warm-up before intimacy");
    assert_eq!(
        both.partner.with, sams_own.result.with,
        "Sam's arms as Sam saw them"
    );
    assert_eq!(both.partner.without, sams_own.result.without);
    assert_eq!(both.partner.verdict, Verdict::LowerWith);
    assert!(!both.mine.verdict.is_finding(), "{:?}", both.mine.verdict);
    assert_eq!(both.mine.with.outcome.mean, Some(3.0));

    // A different change is not matched.
    let mut other = journal_with_experiment(ExperimentChange::HipHinge, 1, 4);
    let mut me2 = journal_with_experiment(ExperimentChange::WarmUp, 3, 3);
    let id = me2
        .partners()
        .import(&share(&mut other, with_experiments()), "Alex", None, now())
        .unwrap()
        .partner_id
        .unwrap();
    assert!(together(&mut me2, id).experiments.is_empty());

    // Sam stops sharing experiments: the next share removes them here.
    let later = now() + Duration::minutes(5);
    let request = ExportRequest {
        kind: ExportKind::Partner,
        range: DateRange::default(),
        includes: Some(Includes::partner_default()),
    };
    let bytes = sam
        .exchange()
        .export_document(&request, later)
        .unwrap()
        .to_json()
        .unwrap();
    let summary = me.partners().import(&bytes, "Sam", None, later).unwrap();
    assert_eq!(summary.experiments, 0);
    assert!(together(&mut me, partner).experiments.is_empty());
}

#[test]
fn a_version_4_file_cannot_carry_experiments() {
    let mut sam = journal_with_experiment(ExperimentChange::WarmUp, 1, 4);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&share(&mut sam, with_experiments())).unwrap();
    doc["version"] = 4.into();
    let mut me = Journal::open_in_memory().unwrap();
    let err = me
        .partners()
        .import(&serde_json::to_vec(&doc).unwrap(), "Sam", None, now())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("experiments need export format version 5"),
        "{err}"
    );
    // A bad experiment is refused with its field, and nothing is kept.
    doc["version"] = 5.into();
    doc["experiments"][0]["plan"]["blocks"] = 40.into();
    let err = me
        .partners()
        .import(&serde_json::to_vec(&doc).unwrap(), "Sam", None, now())
        .unwrap_err();
    let err = format!("{err:?}");
    assert!(err.contains("experiments[0].plan"), "{err}");
    assert!(me.partners().list().unwrap().is_empty());
}

/// The golden version 5 share (regenerate with UPDATE_GOLDEN=1): it conforms to the schema
/// and imports, its experiment in the Together view beside one's own warm-up.
#[test]
fn golden_v5_partner_share_imports_its_experiment() {
    let path = Path::new(ROOT).join("tests/data/export/v5-partner.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let mut sam = journal_with_experiment(ExperimentChange::WarmUp, 1, 4);
        let doc: serde_json::Value =
            serde_json::from_slice(&share(&mut sam, with_experiments())).unwrap();
        std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap() + "\n").unwrap();
    }
    let bytes =
        std::fs::read(&path).expect("the golden v5 share exists (UPDATE_GOLDEN=1 writes it)");
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["version"], 5);
    assert_eq!(schema_errors(&export_schema(), &doc), Vec::<String>::new());
    let mut me = journal_with_experiment(ExperimentChange::WarmUp, 3, 3);
    let id = me
        .partners()
        .import(&bytes, "Sam", None, now())
        .unwrap()
        .partner_id
        .unwrap();
    let view = together(&mut me, id);
    assert_eq!(view.experiments.len(), 1);
    assert_eq!(view.experiments[0].partner.verdict, Verdict::LowerWith);
}
