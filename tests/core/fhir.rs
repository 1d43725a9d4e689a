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

const MEDICINE: &str = "Ibuprofen";
const DOSE: &str = "400 mg";
const HEAT_ID: &str = "7a2e4c61-3b5d-4f8e-9a1b-2c3d4e5f6a71";
const MEDICINE_ID: &str = "8b3f5d72-4c6e-4a9f-8b2c-3d4e5f6a7b82";
const MASSAGE_ID: &str = "9c4a6e83-5d7f-4b0a-9c3d-4e5f6a7b8c93";

/// The golden journal: the v1 backup golden (fixed ids; one pain entry has fever, which
/// raises an alert), one more pain entry on a single region with every private field
/// filled, two weekly PEG checks with a week missing between them, and three relief
/// entries: heat for that pain entry (20 minutes, helped 6), a medicine with name and dose
/// (helped 4), and a massage nobody rated (unknown).
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
    let reliefs = [
        (
            HEAT_ID,
            9,
            ReliefKind::Heat,
            "",
            "",
            Some(6),
            Some(id),
            Some(20),
        ),
        (
            MEDICINE_ID,
            10,
            ReliefKind::Medicine,
            MEDICINE,
            DOSE,
            Some(4),
            None,
            None,
        ),
        (
            MASSAGE_ID,
            18,
            ReliefKind::Massage,
            "",
            "",
            None,
            None,
            None,
        ),
    ];
    for (relief_id, hour, what, medicine, dose, rating, for_pain, minutes) in reliefs {
        let mut draft = activity_at(local(2026, 11, 25, hour, 0), ActivityKind::PainRelief);
        draft.duration_min = minutes;
        draft.relief = Some(ReliefDetails {
            what,
            medicine: medicine.into(),
            dose: dose.into(),
            relief: rating,
            for_pain_id: for_pain,
        });
        j.entries()
            .save_activity(
                Uuid::parse_str(relief_id).unwrap(),
                draft,
                now(),
                Some(now()),
            )
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

fn by_id<'b>(bundle: &'b Value, id: &str) -> &'b Value {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} is in the bundle"))
}

/// Relief entries: a medicine is a MedicationStatement (its name as text, no invented
/// code), anything else a Procedure coded in Backstory's own relief-kind system, with the
/// pain entry it was for as its reason; "how much it helped" is an Observation about it,
/// absent when nobody answered (unknown, never 0). None is an activity Observation.
#[test]
fn relief_entries_are_procedures_medication_statements_and_ratings() {
    let mut j = journal();
    let b = bundle(&mut j, &everything());
    let heat = by_id(&b, HEAT_ID);
    assert_eq!(heat["resourceType"], "Procedure");
    assert_eq!(heat["status"], "completed");
    assert_eq!(code(heat), (BACKSTORY_RELIEF, "heat"));
    assert_eq!(
        heat["reasonReference"][0]["reference"],
        "urn:uuid:5d1f3c9e-0a4b-4c7d-9e2f-1b3a5c7d9e01"
    );
    assert_eq!(
        heat["performedPeriod"]["start"],
        "2026-11-25T09:00:00+01:00"
    );
    assert_eq!(heat["performedPeriod"]["end"], "2026-11-25T09:20:00+01:00");
    let medicine = by_id(&b, MEDICINE_ID);
    assert_eq!(medicine["resourceType"], "MedicationStatement");
    assert_eq!(medicine["medicationCodeableConcept"]["text"], MEDICINE);
    assert!(medicine["medicationCodeableConcept"]
        .get("coding")
        .is_none());
    assert_eq!(medicine["dosage"][0]["text"], DOSE);
    assert_eq!(by_id(&b, MASSAGE_ID)["resourceType"], "Procedure");

    let ratings: Vec<&Value> = resources(&b, "Observation")
        .into_iter()
        .filter(|o| o["code"]["coding"][0]["code"] == "pain-relief")
        .collect();
    let rated: Vec<(&str, i64)> = ratings
        .iter()
        .map(|o| {
            (
                o["focus"][0]["reference"].as_str().unwrap(),
                o["valueInteger"].as_i64().unwrap(),
            )
        })
        .collect();
    let urn = |id: &str| format!("urn:uuid:{id}");
    assert_eq!(
        rated,
        vec![(urn(HEAT_ID).as_str(), 6), (urn(MEDICINE_ID).as_str(), 4)],
        "the unrated massage has no rating"
    );
    for o in &ratings {
        assert_eq!(code(o).0, BACKSTORY_OBSERVATION, "no invented LOINC code");
    }
    assert!(
        !resources(&b, "Observation")
            .iter()
            .any(|o| [HEAT_ID, MEDICINE_ID, MASSAGE_ID].contains(&o["id"].as_str().unwrap())),
        "a relief entry is not also an activity Observation"
    );
}

/// By default (no notes shared) a medicine's name and dose stay out, like a note; without
/// a name, the resources that require a subject name no one.
#[test]
fn by_default_a_medicine_is_not_named() {
    let mut j = journal();
    let b = bundle(&mut j, &FhirRequest::default());
    let text = b.to_string();
    assert!(!text.contains(MEDICINE) && !text.contains(DOSE), "{text}");
    let medicine = by_id(&b, MEDICINE_ID);
    assert_eq!(
        medicine["medicationCodeableConcept"]["text"],
        "A medicine (name not shared)"
    );
    assert!(medicine.get("dosage").is_none());
    assert_eq!(
        medicine["subject"]["display"],
        "The person who kept this journal"
    );
    // Without activities chosen, no relief at all.
    let none = bundle(
        &mut j,
        &FhirRequest {
            includes: Some(Includes {
                activities: false,
                ..Includes::partner_default()
            }),
            ..FhirRequest::default()
        },
    );
    let text = none.to_string();
    assert!(
        !text.contains("Procedure")
            && !text.contains("MedicationStatement")
            && !text.contains("pain-relief")
    );
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
