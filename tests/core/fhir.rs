//! The FHIR R4 export: the golden Bundle (regenerate with `UPDATE_GOLDEN=1 cargo test -p
//! backstory-tests --test core fhir`; scripts/test.sh validates it with an independent R4
//! implementation), the codes every resource carries, and privacy: nothing private is in
//! the Bundle unless chosen, and no Patient without a name.

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::exchange::fhir::*;
use backstory_core::exchange::{DateRange, Includes};
use backstory_core::Journal;
use serde_json::Value;
use std::path::Path;
use uuid::Uuid;

const NOTE: &str = "private note: argued with my partner";

/// The golden journal: the v1 backup golden (fixed ids; one pain entry has fever, which
/// raises an alert), one more pain entry on a single region with every private field
/// filled, and two weekly PEG checks with a week missing between them.
fn journal() -> Journal {
    let mut j = Journal::open_in_memory().unwrap();
    let backup = std::fs::read(Path::new(ROOT).join("tests/data/export/v1-backup.json")).unwrap();
    j.exchange().import_backup(&backup, None, now()).unwrap();
    let mut pain = pain_at(local(2026, 11, 25, 8, 30), 6);
    pain.regions = vec![Region::ThighLeft.into()];
    pain.qualities = vec![PainQuality::Burning];
    pain.interference_daily = Some(5);
    pain.interference_intimacy = Some(7);
    pain.leg = LegSymptoms {
        numbness: true,
        tingling: false,
        weakness: false,
        side: Some(LegSide::OneLeg),
    };
    pain.notes = NOTE.into();
    let id = Uuid::parse_str("5d1f3c9e-0a4b-4c7d-9e2f-1b3a5c7d9e01").unwrap();
    j.entries().save_pain(id, pain, now(), Some(now())).unwrap();
    for (id, day, answers) in [
        ("0b6c1a52-7e1d-4f0a-8c55-2f7a3d9e4b10", 10, (7, 6, 6)),
        ("3e9a7c21-5b4d-4e8f-a1c2-6d7e8f9a0b21", 24, (5, 4, 4)),
    ] {
        let draft = PegDraft {
            taken_at: local(2026, 11, day, 20, 15),
            pain: answers.0,
            enjoyment: answers.1,
            activity: answers.2,
        };
        j.entries()
            .save_peg(Uuid::parse_str(id).unwrap(), draft, now())
            .unwrap();
    }
    j.alerts().refresh(now()).unwrap();
    j
}

fn bundle(j: &mut Journal, request: &FhirRequest) -> Value {
    j.exchange().fhir_bundle(request, now()).unwrap().0
}

fn everything() -> FhirRequest {
    FhirRequest {
        range: DateRange::default(),
        includes: Some(Includes::everything()),
        patient_name: "A. Walker".into(),
    }
}

fn resources<'b>(bundle: &'b Value, kind: &str) -> Vec<&'b Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn code(resource: &Value) -> (&str, &str) {
    let c = &resource["code"]["coding"][0];
    (c["system"].as_str().unwrap(), c["code"].as_str().unwrap())
}

#[test]
fn the_bundle_matches_the_golden_file() {
    let mut j = journal();
    let text = serde_json::to_string_pretty(&bundle(&mut j, &everything())).unwrap() + "\n";
    let path = Path::new(ROOT).join("tests/data/fhir/golden-bundle.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .expect("the golden bundle exists (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        text, expected,
        "the FHIR bundle changed; review it and regenerate with UPDATE_GOLDEN=1"
    );
    let again =
        serde_json::to_string_pretty(&bundle(&mut journal(), &everything())).unwrap() + "\n";
    assert_eq!(
        again, text,
        "the same journal and time give the same bundle (ids included)"
    );
}

#[test]
fn every_pain_observation_is_loinc_72514_3_with_an_integer_0_to_10() {
    let mut j = journal();
    let b = bundle(&mut j, &everything());
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    let pain: Vec<&Value> = resources(&b, "Observation")
        .into_iter()
        .filter(|o| {
            o["code"]["coding"][0]["system"] == LOINC && o["code"]["coding"][0]["code"] == "72514-3"
        })
        .collect();
    assert_eq!(pain.len(), 4, "every pain entry, and only those");
    for o in &pain {
        let v = o["valueInteger"].as_u64().expect("valueInteger");
        assert!(v <= 10);
        assert_eq!(o["status"], "final");
        assert!(o["effectiveDateTime"].is_string());
    }
    let single = pain
        .iter()
        .find(|o| o["valueInteger"] == 6 && o["bodySite"]["coding"].is_array())
        .unwrap();
    assert_eq!(single["bodySite"]["coding"][0]["system"], SNOMED);
    assert_eq!(
        single["bodySite"]["coding"][0]["code"], "68367000",
        "thigh structure"
    );
    assert_eq!(single["bodySite"]["text"], "Left thigh");
    // Every resource that claims LOINC uses one of the codes docs/fhir.md lists.
    let listed = [
        "72514-3", "91148-7", "75893-8", "91145-3", "91146-1", "91147-9",
    ];
    for o in resources(&b, "Observation") {
        let (system, c) = code(o);
        assert!(
            system != LOINC || listed.contains(&c),
            "unlisted LOINC code {c}"
        );
    }
}

#[test]
fn a_peg_check_is_a_panel_with_its_three_items_and_the_mean() {
    let mut j = journal();
    let b = bundle(&mut j, &everything());
    let obs = resources(&b, "Observation");
    let panels: Vec<&&Value> = obs
        .iter()
        .filter(|o| code(o) == (LOINC, "91148-7"))
        .collect();
    assert_eq!(panels.len(), 2);
    let panel = panels[0];
    assert_eq!(
        panel["effectivePeriod"]["start"], "2026-11-04",
        "the seven days before"
    );
    let members: Vec<&Value> = panel["hasMember"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let url = m["reference"].as_str().unwrap();
            let entry = b["entry"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["fullUrl"] == url);
            &entry.expect("hasMember points inside the bundle")["resource"]
        })
        .collect();
    let codes: Vec<&str> = members.iter().map(|m| code(m).1).collect();
    assert_eq!(codes, ["75893-8", "91145-3", "91146-1", "91147-9"]);
    assert_eq!(members[0]["valueInteger"], 7);
    assert_eq!(members[3]["valueQuantity"]["value"], 6.3);
    assert_eq!(members[3]["valueQuantity"]["code"], "{score}");
}

#[test]
fn alerts_are_flags_and_activities_use_backstorys_own_codes() {
    let mut j = journal();
    let b = bundle(&mut j, &everything());
    let flags = resources(&b, "Flag");
    assert!(!flags.is_empty(), "the fever entry raised an alert");
    for f in &flags {
        assert_eq!(code(f).0, BACKSTORY_RED_FLAG);
        assert_eq!(f["status"], "active");
    }
    let activities: Vec<&Value> = resources(&b, "Observation")
        .into_iter()
        .filter(|o| o["category"][0]["coding"][0]["code"] == "activity")
        .collect();
    assert_eq!(activities.len(), 3);
    for a in activities {
        assert_eq!(code(a).0, BACKSTORY_ACTIVITY, "no invented standard code");
    }
}

#[test]
fn by_default_nothing_private_and_no_patient() {
    let mut j = journal();
    let b = bundle(&mut j, &FhirRequest::default());
    let text = b.to_string();
    assert!(resources(&b, "Patient").is_empty(), "no name, no Patient");
    assert!(
        !text.contains("\"subject\":{\"reference\""),
        "nothing points at a patient"
    );
    assert!(
        !text.contains(NOTE) && !text.contains("\"note\""),
        "no notes"
    );
    assert!(
        !text.contains("interference-intimacy"),
        "no intimacy details"
    );
    assert!(
        !text.contains("intimacy-"),
        "no intimacy details of activities"
    );
    assert!(
        !text.contains("warning-sign") && !text.contains("leg-numbness"),
        "no warning signs"
    );
    assert!(resources(&b, "Flag").is_empty(), "no alerts");
    assert!(text.contains("72514-3"), "the pain scores are there");
    assert!(text.contains("91148-7"), "PEG travels with pain");

    let all = bundle(&mut j, &everything()).to_string();
    for private in [
        NOTE,
        "interference-intimacy",
        "warning-sign-fever",
        "leg-numbness",
        "\"Flag\"",
    ] {
        assert!(all.contains(private), "{private} is there when chosen");
    }
    assert_eq!(
        resources(&bundle(&mut j, &everything()), "Patient")[0]["name"][0]["text"],
        "A. Walker"
    );
}

#[test]
fn the_range_and_a_bad_name_are_checked() {
    let mut j = journal();
    let request = FhirRequest {
        range: DateRange {
            from: chrono::NaiveDate::from_ymd_opt(2026, 11, 22),
            to: None,
        },
        ..everything()
    };
    let b = bundle(&mut j, &request);
    let pegs = resources(&b, "Observation")
        .into_iter()
        .filter(|o| code(o) == (LOINC, "91148-7"))
        .count();
    assert_eq!(pegs, 1, "only the check taken in range");
    let long = FhirRequest {
        patient_name: "x".repeat(LABEL_MAX_CHARS + 1),
        ..everything()
    };
    let err = j.exchange().fhir_bundle(&long, now()).unwrap_err();
    assert_eq!(err.field(), Some("patient_name"));
}
