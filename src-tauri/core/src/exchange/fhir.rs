//! The FHIR R4 export: a Bundle of type `collection` (JSON) for a clinician's system. Pain
//! entries become Observations coded LOINC 72514-3, weekly PEG checks a LOINC 91148-7 panel
//! with its items and mean score, red-flag alerts Flag resources, relief entries a
//! MedicationStatement (medicine) or Procedure (anything else) with an Observation of how
//! much it helped, and activities and check-ins Observations coded in Backstory's own code
//! systems (there is no standard code for them: docs/fhir.md says what is and is not
//! mapped, and why).
//!
//! What goes in follows the partner share's choices (`Includes`): by default nothing
//! private (no notes, intimacy details, warning-sign answers or alerts). A Patient resource
//! is written only when the user gives a name. Output is deterministic for a given journal,
//! request and time: resource ids are the entries' own UUIDs, or UUIDs derived from them.

use super::export::ExportRequest;
use super::format::{DateRange, ExportFile, ExportKind, Includes, Record};
use crate::domain::*;
use crate::error::CoreResult;
use crate::i18n::Locale;
use crate::labels::Labelled;
use crate::rules::RuleId;
use crate::store::Journal;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

pub const LOINC: &str = "http://loinc.org";
pub const SNOMED: &str = "http://snomed.info/sct";
const UCUM: &str = "http://unitsofmeasure.org";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const FLAG_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/flag-category";
/// Backstory's own code systems: names for what no standard code covers (not fetched).
pub const BACKSTORY_ACTIVITY: &str = "https://backstory.app/fhir/CodeSystem/activity-kind";
pub const BACKSTORY_OBSERVATION: &str = "https://backstory.app/fhir/CodeSystem/observation";
pub const BACKSTORY_RED_FLAG: &str = "https://backstory.app/fhir/CodeSystem/red-flag-rule";
/// What was done for the pain (heat, cold, rest, ...): no standard code fits these
/// self-care acts as the user names them, so they are Backstory's own, with their text.
pub const BACKSTORY_RELIEF: &str = "https://backstory.app/fhir/CodeSystem/relief-kind";

/// LOINC 72514-3: the pain score of every pain entry.
pub const LOINC_PAIN_SEVERITY: (&str, &str) = (
    "72514-3",
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
);
/// LOINC 91148-7: the PEG panel; its three items and the mean score follow.
pub const LOINC_PEG_PANEL: (&str, &str) = (
    "91148-7",
    "Pain, Enjoyment of Life and General Activity scale [PEG]",
);
pub const LOINC_PEG_PAIN: (&str, &str) = ("75893-8", "Pain severity in the past week");
pub const LOINC_PEG_ENJOYMENT: (&str, &str) =
    ("91145-3", "Pain interference with enjoyment of life");
pub const LOINC_PEG_ACTIVITY: (&str, &str) = ("91146-1", "Pain interference with general activity");
pub const LOINC_PEG_MEAN: (&str, &str) = ("91147-9", "Mean score [PEG]");

/// What a FHIR export holds: the range, the same private-by-default choices as a partner
/// share, and an optional name for a Patient resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct FhirRequest {
    #[serde(default)]
    pub range: DateRange,
    /// `None`: the partner-share defaults (pain, activities, check-ins; nothing private).
    /// PEG checks travel with `pain`.
    #[serde(default)]
    pub includes: Option<Includes>,
    /// The name (or pseudonym) to put on a Patient resource; empty: no Patient at all.
    #[serde(default)]
    pub patient_name: String,
}

/// What was written, for the confirmation message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FhirSummary {
    pub pain: usize,
    pub peg: usize,
    pub activities: usize,
    pub check_ins: usize,
    pub flags: usize,
    pub patient: bool,
}

impl Journal {
    /// The Bundle for `request`, as JSON, with what it holds.
    pub(crate) fn fhir_bundle(
        &mut self,
        request: &FhirRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<(Value, FhirSummary)> {
        let name = request.patient_name.trim();
        check_text("patient_name", name, LABEL_MAX_CHARS)?;
        let export = ExportRequest {
            kind: ExportKind::Partner,
            range: request.range,
            includes: Some(request.includes.unwrap_or_else(Includes::partner_default)),
        };
        let doc = self.export_document_stored(&export, now)?;
        let peg = if doc.includes.pain {
            self.peg_checks(request.range.from, request.range.to)?
        } else {
            Vec::new()
        };
        let summary = FhirSummary {
            pain: doc.pain.len(),
            peg: peg.len(),
            activities: doc.activities.len(),
            check_ins: doc.check_ins.len(),
            flags: doc.alerts.len(),
            patient: !name.is_empty(),
        };
        Ok((
            bundle(&doc, &peg, Some(name).filter(|n| !n.is_empty()), now),
            summary,
        ))
    }
}

/// A UUID (version 8, "custom") derived from `parts`: the same parts always give the same
/// id, so a resource made from an entry keeps its id from one export to the next.
pub fn derived_uuid(parts: &[&str]) -> Uuid {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update(part.as_bytes());
        hash.update([0u8]);
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    Uuid::from_bytes(bytes)
}

/// The whole Bundle. Pure: the document (already reduced to what the user chose to
/// share), the PEG checks in range, the optional patient name and the time.
pub fn bundle(
    doc: &ExportFile,
    peg: &[PegCheck],
    patient_name: Option<&str>,
    now: DateTime<Utc>,
) -> Value {
    // From the name itself, not the journal's id: the same name gives the same Patient in
    // every export, and nothing in the Bundle links it to this journal beyond what it holds.
    let patient_id = patient_name.map(|name| derived_uuid(&["patient", name]));
    let subject = patient_id.map(|id| json!({ "reference": urn(id) }));
    let mut entries: Vec<(Uuid, Value)> = Vec::new();
    if let (Some(id), Some(name)) = (patient_id, patient_name) {
        entries.push((
            id,
            json!({ "resourceType": "Patient", "id": id.to_string(), "name": [{ "text": name }] }),
        ));
    }
    for rec in &doc.pain {
        entries.push((
            rec.id,
            pain_observation(rec, &doc.includes, subject.as_ref()),
        ));
    }
    for check in peg {
        entries.extend(peg_observations(check, subject.as_ref()));
    }
    let pain_ids: std::collections::HashSet<Uuid> = doc.pain.iter().map(|p| p.id).collect();
    for rec in &doc.activities {
        match &rec.entry.relief {
            Some(relief) => {
                entries.extend(relief_resources(rec, relief, &pain_ids, subject.as_ref()))
            }
            None => entries.push((rec.id, activity_observation(rec, subject.as_ref()))),
        }
    }
    for rec in &doc.check_ins {
        entries.push((rec.id, check_in_observation(rec, subject.as_ref())));
    }
    for alert in &doc.alerts {
        let id = derived_uuid(&["flag", &alert.rule_id, &instant(&alert.first_raised_at)]);
        entries.push((id, flag(id, alert, subject.as_ref())));
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": instant(&now),
        "entry": entries
            .into_iter()
            .map(|(id, resource)| json!({ "fullUrl": urn(id), "resource": resource }))
            .collect::<Vec<_>>(),
    })
}

/// A journal value's name in the bundle: always English, like the codes' other displays,
/// so the same journal exports the same file whatever language the app is in.
fn label<T: Labelled>(value: T) -> String {
    value.label_in(Locale::En)
}

fn urn(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

fn instant(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn coding(system: &str, (code, display): (&str, &str)) -> Value {
    json!({ "system": system, "code": code, "display": display })
}

fn category(code: &str, display: &str) -> Value {
    json!([{ "coding": [coding(OBSERVATION_CATEGORY, (code, display))] }])
}

/// An Observation with the fields every one of ours has; `subject` only with a Patient.
fn observation(
    id: Uuid,
    category: Value,
    code: Value,
    subject: Option<&Value>,
) -> Map<String, Value> {
    let mut obs = Map::new();
    obs.insert("resourceType".into(), json!("Observation"));
    obs.insert("id".into(), json!(id.to_string()));
    obs.insert("status".into(), json!("final"));
    obs.insert("category".into(), category);
    obs.insert("code".into(), code);
    if let Some(subject) = subject {
        obs.insert("subject".into(), subject.clone());
    }
    obs
}

/// A component coded in Backstory's observation code system.
fn component(code: &str, display: &str, value: (&str, Value)) -> Value {
    let mut part = Map::new();
    part.insert(
        "code".into(),
        json!({ "coding": [coding(BACKSTORY_OBSERVATION, (code, display))], "text": display }),
    );
    part.insert(value.0.into(), value.1);
    Value::Object(part)
}

fn note(obs: &mut Map<String, Value>, text: &str) {
    if !text.is_empty() {
        obs.insert("note".into(), json!([{ "text": text }]));
    }
}

/// The SNOMED CT body structure for a region, where a standard code exists. Side is not
/// in the code: R4's Observation.bodySite has no laterality, so the side is in the text.
/// A finer body-map region is coded as the structure it lies in (the front of the thigh is
/// thigh structure, the calf lower leg); regions without a code here travel as text only.
pub fn region_snomed(region: Region) -> Option<(&'static str, &'static str)> {
    use Region::*;
    Some(match region {
        LowerBackCentre | LowerBackLeft | LowerBackRight => ("37822005", "Lower back structure"),
        ButtockLeft | ButtockRight => ("46862004", "Buttock structure"),
        HipLeft | HipRight => ("29836001", "Hip region structure"),
        ThighLeft | ThighRight | ThighFrontLeft | ThighFrontRight | ThighBackLeft
        | ThighBackRight => ("68367000", "Thigh structure"),
        BelowKneeLeft | BelowKneeRight | ShinLeft | ShinRight | CalfLeft | CalfRight => {
            ("30021000", "Lower leg structure")
        }
        Sacrum | GroinLeft | GroinRight | Saddle | Genitals | KneeLeft | KneeRight | FootLeft
        | FootRight => return None,
    })
}

/// bodySite holds one concept: coded when every region named maps to the same SNOMED CT
/// structure, text only when they span several (listing them all).
fn body_site(regions: &[Region]) -> Option<Value> {
    let first = *regions.first()?;
    let text = regions
        .iter()
        .map(|r| label(*r))
        .collect::<Vec<_>>()
        .join("; ");
    let code = region_snomed(first);
    if let Some(code) = code.filter(|_| regions.iter().all(|r| region_snomed(*r) == code)) {
        Some(json!({ "coding": [coding(SNOMED, code)], "text": text }))
    } else {
        Some(json!({ "text": text }))
    }
}

fn pain_observation(
    rec: &Record<PainDraft>,
    includes: &Includes,
    subject: Option<&Value>,
) -> Value {
    let p = &rec.entry;
    let code = json!({ "coding": [coding(LOINC, LOINC_PAIN_SEVERITY)], "text": "Pain now, 0-10" });
    let mut obs = observation(rec.id, category("survey", "Survey"), code, subject);
    obs.insert("effectiveDateTime".into(), json!(p.at.to_rfc3339()));
    obs.insert("valueInteger".into(), json!(p.nrs));
    if let Some(site) = body_site(&p.region_ids()) {
        obs.insert("bodySite".into(), site);
    }
    let mut parts = Vec::new();
    if !p.qualities.is_empty() {
        let words = p
            .qualities
            .iter()
            .map(|q| label(*q))
            .collect::<Vec<_>>()
            .join("; ");
        parts.push(component(
            "pain-quality",
            "What the pain feels like",
            ("valueString", json!(words)),
        ));
    }
    if let Some(onset) = p.onset {
        parts.push(component(
            "pain-onset",
            "When it started",
            ("valueString", json!(label(onset))),
        ));
    }
    if let Some(v) = p.interference_daily {
        parts.push(component(
            "interference-daily",
            "Interference with daily life, 0-10",
            ("valueInteger", json!(v)),
        ));
    }
    if let Some(v) = p.interference_intimacy {
        parts.push(component(
            "interference-intimacy",
            "Interference with intimacy, 0-10",
            ("valueInteger", json!(v)),
        ));
    }
    if includes.warning_signs {
        // Known answers, yes and no: without this choice the keys are left out entirely.
        if let Ok(Value::Object(signs)) = serde_json::to_value(&p.emergency) {
            for key in EmergencySigns::KEYS {
                if let Some(answer) = signs.get(*key) {
                    parts.push(component(
                        &format!("warning-sign-{}", key.replace('_', "-")),
                        &format!("Warning sign: {}", key.replace('_', " ")),
                        ("valueBoolean", answer.clone()),
                    ));
                }
            }
        }
        for (key, on) in [
            ("numbness", p.leg.numbness),
            ("tingling", p.leg.tingling),
            ("weakness", p.leg.weakness),
        ] {
            parts.push(component(
                &format!("leg-{key}"),
                &format!("Leg {key}"),
                ("valueBoolean", json!(on)),
            ));
        }
    }
    if !parts.is_empty() {
        obs.insert("component".into(), Value::Array(parts));
    }
    note(&mut obs, &p.notes);
    Value::Object(obs)
}

/// The PEG panel and its four members (three items, the mean), covering the seven days
/// that ended when it was taken.
fn peg_observations(check: &PegCheck, subject: Option<&Value>) -> Vec<(Uuid, Value)> {
    let period = json!({
        "start": check.covers_from.to_string(),
        "end": check.draft.taken_at.to_rfc3339(),
    });
    let id = check.id.to_string();
    let member = |code: (&str, &str), value: (&str, Value)| -> (Uuid, Value) {
        let member_id = derived_uuid(&["peg", &id, code.0]);
        let mut obs = observation(
            member_id,
            category("survey", "Survey"),
            json!({ "coding": [coding(LOINC, code)] }),
            subject,
        );
        obs.insert("effectivePeriod".into(), period.clone());
        obs.insert(value.0.into(), value.1);
        (member_id, Value::Object(obs))
    };
    let score = (f64::from(check.score) * 10.0).round() / 10.0;
    let members = vec![
        member(LOINC_PEG_PAIN, ("valueInteger", json!(check.draft.pain))),
        member(
            LOINC_PEG_ENJOYMENT,
            ("valueInteger", json!(check.draft.enjoyment)),
        ),
        member(
            LOINC_PEG_ACTIVITY,
            ("valueInteger", json!(check.draft.activity)),
        ),
        member(
            LOINC_PEG_MEAN,
            (
                "valueQuantity",
                json!({ "value": score, "unit": "{score}", "system": UCUM, "code": "{score}" }),
            ),
        ),
    ];
    let mut panel = observation(
        check.id,
        category("survey", "Survey"),
        json!({ "coding": [coding(LOINC, LOINC_PEG_PANEL)], "text": "PEG, past 7 days" }),
        subject,
    );
    panel.insert("effectivePeriod".into(), period);
    panel.insert(
        "hasMember".into(),
        members
            .iter()
            .map(|(id, _)| json!({ "reference": urn(*id) }))
            .collect(),
    );
    let mut all = vec![(check.id, Value::Object(panel))];
    all.extend(members);
    all
}

fn activity_observation(rec: &Record<ActivityDraft>, subject: Option<&Value>) -> Value {
    let a = &rec.entry;
    let kind = label(a.kind);
    let code = json!({
        "coding": [coding(BACKSTORY_ACTIVITY, (&crate::labels::key_of(a.kind), kind.as_str()))],
        "text": kind,
    });
    let mut obs = observation(rec.id, category("activity", "Activity"), code, subject);
    obs.insert("effectiveDateTime".into(), json!(a.at.to_rfc3339()));
    if let Some(minutes) = a.duration_min {
        obs.insert(
            "valueQuantity".into(),
            json!({ "value": minutes, "unit": "min", "system": UCUM, "code": "min" }),
        );
    }
    let mut parts = Vec::new();
    if let Some(details) = &a.intimacy {
        if !details.positions.is_empty() {
            parts.push(component(
                "intimacy-positions",
                "Positions (Backstory catalogue ids)",
                ("valueString", json!(details.positions.join("; "))),
            ));
        }
        if let Some(role) = details.role {
            parts.push(component(
                "intimacy-role",
                "Role",
                ("valueString", json!(label(role))),
            ));
        }
        if !details.props.is_empty() {
            let props = details
                .props
                .iter()
                .map(|p| label(*p))
                .collect::<Vec<_>>()
                .join("; ");
            parts.push(component(
                "intimacy-props",
                "Props",
                ("valueString", json!(props)),
            ));
        }
        parts.push(component(
            "warm-up",
            "Warm-up before",
            ("valueBoolean", json!(details.warm_up)),
        ));
        if let Some(before) = details.pain_before {
            parts.push(component(
                "pain-before",
                "Pain just before, 0-10",
                ("valueInteger", json!(before)),
            ));
        }
    }
    if !parts.is_empty() {
        obs.insert("component".into(), Value::Array(parts));
    }
    note(&mut obs, &a.notes);
    Value::Object(obs)
}

/// Who a resource is about when FHIR requires a subject and no name was given.
fn required_subject(subject: Option<&Value>) -> Value {
    subject
        .cloned()
        .unwrap_or_else(|| json!({ "display": "The person who kept this journal" }))
}

/// A relief entry ("what was done for the pain"): a MedicationStatement for a medicine (its
/// name and dose only when the export carries them: they travel with notes), a Procedure
/// for anything else, each with the pain entry it was done for as its reason when that
/// entry is in the bundle; and, when the user said how much it helped, an Observation of
/// that 0-10 rating about it (`focus`). An unanswered rating is left out: unknown, not 0.
fn relief_resources(
    rec: &Record<ActivityDraft>,
    relief: &ReliefDetails,
    pain_ids: &std::collections::HashSet<Uuid>,
    subject: Option<&Value>,
) -> Vec<(Uuid, Value)> {
    let a = &rec.entry;
    let what = label(relief.what);
    let mut done = Map::new();
    done.insert("id".into(), json!(rec.id.to_string()));
    done.insert("status".into(), json!("completed"));
    if relief.what == ReliefKind::Medicine {
        done.insert("resourceType".into(), json!("MedicationStatement"));
        let name = if relief.medicine.is_empty() {
            "A medicine (name not shared)"
        } else {
            relief.medicine.as_str()
        };
        // Free text as the user wrote it: no drug database, so no invented code.
        done.insert("medicationCodeableConcept".into(), json!({ "text": name }));
        done.insert("subject".into(), required_subject(subject));
        done.insert("effectiveDateTime".into(), json!(a.at.to_rfc3339()));
        if !relief.dose.is_empty() {
            done.insert("dosage".into(), json!([{ "text": relief.dose }]));
        }
    } else {
        done.insert("resourceType".into(), json!("Procedure"));
        done.insert(
            "code".into(),
            json!({
                "coding": [coding(BACKSTORY_RELIEF, (&crate::labels::key_of(relief.what), &what))],
                "text": format!("{what} (done for the pain, self-reported)"),
            }),
        );
        done.insert("subject".into(), required_subject(subject));
        match a.duration_min {
            Some(minutes) => {
                let end = a.at + chrono::Duration::minutes(i64::from(minutes));
                done.insert(
                    "performedPeriod".into(),
                    json!({ "start": a.at.to_rfc3339(), "end": end.to_rfc3339() }),
                );
            }
            None => {
                done.insert("performedDateTime".into(), json!(a.at.to_rfc3339()));
            }
        }
    }
    if let Some(pain) = relief.for_pain_id.filter(|id| pain_ids.contains(id)) {
        done.insert(
            "reasonReference".into(),
            json!([{ "reference": urn(pain) }]),
        );
    }
    note(&mut done, &a.notes);
    let mut out = vec![(rec.id, Value::Object(done))];
    if let Some(rating) = relief.relief {
        let id = derived_uuid(&["relief", &rec.id.to_string()]);
        let code = json!({
            "coding": [coding(BACKSTORY_OBSERVATION, ("pain-relief", "How much it helped, 0-10"))],
            "text": format!("How much it helped (0 = not at all, 10 = completely): {what}"),
        });
        let mut obs = observation(id, category("survey", "Survey"), code, subject);
        obs.insert("focus".into(), json!([{ "reference": urn(rec.id) }]));
        obs.insert("effectiveDateTime".into(), json!(a.at.to_rfc3339()));
        obs.insert("valueInteger".into(), json!(rating));
        out.push((id, Value::Object(obs)));
    }
    out
}

fn check_in_observation(rec: &Record<CheckInDraft>, subject: Option<&Value>) -> Value {
    let c = &rec.entry;
    let code = json!({
        "coding": [coding(BACKSTORY_OBSERVATION, ("daily-check-in", "Daily check-in"))],
        "text": "Daily check-in",
    });
    let mut obs = observation(rec.id, category("survey", "Survey"), code, subject);
    obs.insert("effectiveDateTime".into(), json!(c.date.to_string()));
    let mut parts = vec![component(
        "stress",
        "Stress, 0-10",
        ("valueInteger", json!(c.stress)),
    )];
    if let Some(hours) = c.sleep_hours {
        let hours = (f64::from(hours) * 10.0).round() / 10.0;
        parts.push(component(
            "sleep-hours",
            "Hours slept",
            (
                "valueQuantity",
                json!({ "value": hours, "unit": "h", "system": UCUM, "code": "h" }),
            ),
        ));
    }
    if let Some(q) = c.sleep_quality {
        parts.push(component(
            "sleep-quality",
            "Sleep quality, 0-10",
            ("valueInteger", json!(q)),
        ));
    }
    if let Some(s) = c.stiffness {
        parts.push(component(
            "morning-stiffness",
            "Stiffness on waking, 0-10",
            ("valueInteger", json!(s)),
        ));
    }
    obs.insert("component".into(), Value::Array(parts));
    note(&mut obs, &c.notes);
    Value::Object(obs)
}

fn flag(id: Uuid, alert: &super::format::AlertRecord, subject: Option<&Value>) -> Value {
    let title = RuleId::parse(&alert.rule_id)
        .map(|r| r.rule().text_in(Locale::En, crate::rules::RuleText::Title))
        .unwrap_or_else(|| alert.rule_id.clone());
    // English, like the code displays: the same journal gives the same bundle.
    let detail = crate::rules::render_stored(&alert.detail, Locale::En);
    let text = if detail.is_empty() {
        title.clone()
    } else {
        format!("{title}: {detail}")
    };
    let mut period = Map::new();
    period.insert("start".into(), json!(instant(&alert.first_raised_at)));
    if let Some(end) = alert.resolved_at {
        period.insert("end".into(), json!(instant(&end)));
    }
    json!({
        "resourceType": "Flag",
        "id": id.to_string(),
        "status": if alert.resolved_at.is_some() { "inactive" } else { "active" },
        "category": [{ "coding": [coding(FLAG_CATEGORY, ("clinical", "Clinical"))] }],
        "code": {
            "coding": [coding(BACKSTORY_RED_FLAG, (&alert.rule_id, &title))],
            "text": text,
        },
        // Flag.subject is required; without a Patient it names no one.
        "subject": required_subject(subject),
        "period": period,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable_version_8_uuids() {
        let a = derived_uuid(&["peg", "x", "75893-8"]);
        assert_eq!(a, derived_uuid(&["peg", "x", "75893-8"]));
        assert_ne!(a, derived_uuid(&["peg", "x", "91145-3"]));
        assert_ne!(
            derived_uuid(&["ab", "c"]),
            derived_uuid(&["a", "bc"]),
            "parts are separated"
        );
        assert_eq!(a.get_version_num(), 8);
    }

    #[test]
    fn one_body_structure_is_coded_several_are_text() {
        let one = body_site(&[Region::LowerBackLeft, Region::LowerBackCentre]).unwrap();
        assert_eq!(one["coding"][0]["code"], "37822005");
        assert_eq!(one["text"], "Lower back, left; Lower back, centre");
        let two = body_site(&[Region::LowerBackLeft, Region::ThighLeft]).unwrap();
        assert!(
            two.get("coding").is_none(),
            "two structures: text only, {two}"
        );
        assert!(body_site(&[]).is_none());
    }
}
