//! Logging, editing, deleting and listing entries; the "after this?" link; validation.

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::{CoreError, Journal};
use chrono::Duration;
use rstest::rstest;
use uuid::Uuid;

fn journal() -> Journal {
    Journal::open_in_memory().expect("in-memory journal opens")
}

fn count(j: &Journal) -> usize {
    j.timeline()
        .page(&TimelineQuery {
            limit: 200,
            ..Default::default()
        })
        .expect("timeline")
        .items
        .len()
}

#[test]
fn a_saved_pain_entry_reads_back_identically() {
    let mut j = journal();
    let mut draft = pain_at(local(2026, 11, 26, 22, 15), 6);
    draft.qualities = vec![PainQuality::Aching, PainQuality::Sharp];
    draft.leg = LegSymptoms {
        tingling: true,
        side: Some(LegSide::OneLeg),
        ..Default::default()
    };
    draft.notes = "after gardening ✓ <b>x</b>".into();
    let saved = j
        .entries()
        .add_pain(draft.clone(), now())
        .expect("valid entry saves");
    let read = j.timeline().pain(saved.id).expect("saved entry is found");
    assert_eq!(read, saved, "what is read back equals what was saved");
    assert_eq!(read.draft, draft, "the draft is stored without change");
    assert_eq!(read.created_at, now());
}

#[rstest]
#[case::nrs_over_ten(|d: &mut PainDraft| d.nrs = 11, "nrs")]
#[case::interference_over_ten(|d: &mut PainDraft| d.interference_daily = Some(12), "interference_daily")]
#[case::intimacy_interference_over_ten(|d: &mut PainDraft| d.interference_intimacy = Some(11), "interference_intimacy")]
#[case::future(|d: &mut PainDraft| d.at = (now() + Duration::days(2)).fixed_offset(), "at")]
#[case::before_1970(|d: &mut PainDraft| d.at = local(1969, 12, 31, 10, 0), "at")]
#[case::notes_too_long(|d: &mut PainDraft| d.notes = "x".repeat(NOTES_MAX_CHARS + 1), "notes")]
#[case::nul_in_notes(|d: &mut PainDraft| d.notes = "a\0b".into(), "notes")]
#[case::leg_symptom_without_side(|d: &mut PainDraft| d.leg.numbness = true, "leg.side")]
#[case::unknown_activity(|d: &mut PainDraft| d.activity_id = Some(Uuid::new_v4()), "activity_id")]
fn invalid_pain_is_refused_and_nothing_is_written(
    #[case] spoil: fn(&mut PainDraft),
    #[case] field: &str,
) {
    let mut j = journal();
    let mut draft = pain_at(local(2026, 11, 26, 9, 0), 4);
    spoil(&mut draft);
    let err = j
        .entries()
        .add_pain(draft, now())
        .expect_err("invalid entry must be refused");
    match err {
        CoreError::Validation { field: f, .. } => assert_eq!(f, field, "the error names the field"),
        other => panic!("expected a validation error for {field}, got {other:?}"),
    }
    assert_eq!(count(&j), 0, "nothing was written");
}

#[rstest]
#[case::unknown_region(serde_json::json!({"at": "2026-11-26T09:00:00+01:00", "nrs": 3, "regions": ["neck"]}), "regions[0]")]
#[case::nrs_wrong_type(serde_json::json!({"at": "2026-11-26T09:00:00+01:00", "nrs": "three"}), "nrs")]
#[case::nrs_negative(serde_json::json!({"at": "2026-11-26T09:00:00+01:00", "nrs": -1}), "nrs")]
#[case::bad_time(serde_json::json!({"at": "yesterday", "nrs": 3}), "at")]
#[case::unknown_field(serde_json::json!({"at": "2026-11-26T09:00:00+01:00", "nrs": 3, "extra": 1}), "extra")]
fn malformed_json_names_the_field(#[case] value: serde_json::Value, #[case] field: &str) {
    let err = parse_json::<PainDraft>(value).expect_err("malformed input must be refused");
    match CoreError::from(err) {
        CoreError::Validation { field: f, message } => {
            assert_eq!(f, field, "field of: {message}");
            assert!(message.len() <= 400, "messages stay short");
        }
        other => panic!("expected validation error, got {other:?}"),
    }
}

#[test]
fn intimacy_details_are_checked_against_the_catalogue() {
    let mut j = journal();
    let mut draft = activity_at(local(2026, 11, 26, 21, 0), ActivityKind::Intimacy);
    draft.intimacy = Some(IntimacyDetails {
        positions: vec!["not_a_position".into()],
        ..Default::default()
    });
    let err = j
        .entries()
        .add_activity(draft.clone(), now())
        .expect_err("unknown position is refused");
    assert_eq!(err.field(), Some("intimacy.positions"));

    draft.intimacy = Some(IntimacyDetails {
        positions: vec!["spooning".into(), "spooning".into()],
        role: Some(PartnerRole::Resting),
        props: vec![Prop::PillowUnderLowerBack],
        warm_up: true,
        pain_before: Some(2),
    });
    let saved = j
        .entries()
        .add_activity(draft, now())
        .expect("known position saves");
    assert_eq!(
        saved.draft.intimacy.unwrap().positions,
        vec!["spooning".to_string()],
        "duplicates are removed"
    );

    let mut walk = activity_at(local(2026, 11, 26, 8, 0), ActivityKind::WalkingSport);
    walk.intimacy = Some(IntimacyDetails::default());
    assert_eq!(
        j.entries()
            .add_activity(walk, now())
            .expect_err("details only for intimacy")
            .field(),
        Some("intimacy")
    );
}

#[test]
fn the_link_suggestion_is_the_latest_activity_within_48_hours() {
    let mut j = journal();
    let old = j
        .entries()
        .add_activity(
            activity_at(local(2026, 11, 23, 20, 0), ActivityKind::Lifting),
            now(),
        )
        .unwrap();
    let sit = j
        .entries()
        .add_activity(
            activity_at(local(2026, 11, 25, 9, 0), ActivityKind::Sitting),
            now(),
        )
        .unwrap();
    let sex = j
        .entries()
        .add_activity(
            activity_at(local(2026, 11, 25, 22, 0), ActivityKind::Intimacy),
            now(),
        )
        .unwrap();
    let _later = j
        .entries()
        .add_activity(
            activity_at(local(2026, 11, 26, 12, 0), ActivityKind::WalkingSport),
            now(),
        )
        .unwrap();

    let pain_time = local(2026, 11, 26, 7, 30);
    let suggestion = j
        .timeline()
        .suggest_link(pain_time)
        .unwrap()
        .expect("an activity is within 48 h");
    assert_eq!(
        suggestion.id, sex.id,
        "the most recent activity before the pain, not one after it"
    );
    let recent: Vec<_> = j
        .timeline()
        .recent_activities(pain_time, 10)
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        recent,
        vec![sex.id, sit.id],
        "older than 48 h ({}) is not offered",
        old.id
    );

    assert!(
        j.timeline()
            .suggest_link(local(2026, 11, 20, 9, 0))
            .unwrap()
            .is_none(),
        "nothing in the window, nothing suggested"
    );

    let mut draft = pain_at(pain_time, 5);
    draft.activity_id = Some(sex.id);
    let saved = j.entries().add_pain(draft, now()).unwrap();
    assert_eq!(
        j.timeline().pain(saved.id).unwrap().draft.activity_id,
        Some(sex.id),
        "the confirmed link is stored"
    );
}

#[test]
fn timeline_is_newest_first_and_filters_by_kind_and_date() {
    let mut j = journal();
    j.entries()
        .add_pain(pain_at(local(2026, 11, 24, 8, 0), 3), now())
        .unwrap();
    j.entries()
        .add_activity(
            activity_at(local(2026, 11, 25, 18, 0), ActivityKind::Stretching),
            now(),
        )
        .unwrap();
    j.entries()
        .add_pain(pain_at(local(2026, 11, 26, 8, 0), 5), now())
        .unwrap();
    j.entries()
        .save_check_in(
            CheckInDraft {
                date: local(2026, 11, 25, 0, 0).date_naive(),
                stress: 4,
                sleep_hours: Some(7.0),
                sleep_quality: None,
                stiffness: Some(3),
                notes: String::new(),
            },
            now(),
            now().date_naive(),
        )
        .unwrap();

    let all = j.timeline().page(&TimelineQuery::default()).unwrap();
    let order: Vec<&str> = all
        .items
        .iter()
        .map(|i| match i {
            TimelineItem::Pain(_) => "pain",
            TimelineItem::Activity(_) => "activity",
            TimelineItem::CheckIn(_) => "check_in",
        })
        .collect();
    assert_eq!(
        order,
        vec!["pain", "activity", "check_in", "pain"],
        "newest first; a check-in sorts at midday of its day"
    );

    let pains = j
        .timeline()
        .page(&TimelineQuery {
            kinds: vec![EntryKind::Pain],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(pains.items.len(), 2, "kind filter keeps only pain entries");
    for kind in [EntryKind::Activity, EntryKind::CheckIn] {
        let only = j
            .timeline()
            .page(&TimelineQuery {
                kinds: vec![kind],
                ..Default::default()
            })
            .unwrap();
        assert_eq!(only.items.len(), 1, "filtering on {kind:?} alone works");
    }

    let day = local(2026, 11, 25, 0, 0).date_naive();
    let on_day = j
        .timeline()
        .page(&TimelineQuery {
            from: Some(day),
            to: Some(day),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        on_day.items.len(),
        2,
        "date filter keeps the activity and check-in of the 25th"
    );

    let page = j
        .timeline()
        .page(&TimelineQuery {
            limit: 3,
            ..Default::default()
        })
        .unwrap();
    assert!(
        page.has_more && page.items.len() == 3,
        "pages are bounded and say there is more"
    );
}

#[test]
fn local_day_follows_the_offset_the_entry_was_logged_in() {
    let mut j = journal();
    // 00:30 on the 27th in UTC+1 is still the 26th in UTC: the user's day is the 27th.
    j.entries()
        .add_pain(pain_at(local(2026, 11, 27, 0, 30), 4), now())
        .unwrap();
    let day = local(2026, 11, 27, 0, 0).date_naive();
    let page = j
        .timeline()
        .page(&TimelineQuery {
            from: Some(day),
            to: Some(day),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        page.items.len(),
        1,
        "the entry belongs to the local day it was logged on"
    );
}

#[test]
fn editing_keeps_id_and_creation_time() {
    let mut j = journal();
    let saved = j
        .entries()
        .add_pain(pain_at(local(2026, 11, 26, 8, 0), 3), now())
        .unwrap();
    let later = now() + Duration::minutes(5);
    let edited = j
        .entries()
        .update_pain(saved.id, pain_at(local(2026, 11, 26, 8, 0), 7), later)
        .unwrap();
    assert_eq!(
        (
            edited.id,
            edited.created_at,
            edited.updated_at,
            edited.draft.nrs
        ),
        (saved.id, now(), later, 7)
    );
    assert_eq!(count(&j), 1, "an edit does not add an entry");
    let missing =
        j.entries()
            .update_pain(Uuid::new_v4(), pain_at(local(2026, 11, 26, 8, 0), 3), later);
    assert!(
        matches!(missing, Err(CoreError::NotFound { .. })),
        "editing a missing entry is refused"
    );
}

#[test]
fn delete_can_be_undone_and_purge_is_final() {
    let mut j = journal();
    let act = j
        .entries()
        .add_activity(
            activity_at(local(2026, 11, 26, 8, 0), ActivityKind::Sitting),
            now(),
        )
        .unwrap();
    let mut draft = pain_at(local(2026, 11, 26, 12, 0), 3);
    draft.activity_id = Some(act.id);
    let pain = j.entries().add_pain(draft, now()).unwrap();

    j.entries()
        .delete_entry(EntryKind::Pain, pain.id, now())
        .unwrap();
    assert_eq!(count(&j), 1, "a deleted entry leaves the timeline");
    assert!(
        j.entries()
            .delete_entry(EntryKind::Pain, pain.id, now())
            .is_err(),
        "deleting twice is refused"
    );
    j.entries().restore_entry(EntryKind::Pain, pain.id).unwrap();
    assert_eq!(
        j.timeline().pain(pain.id).unwrap(),
        pain,
        "undo brings back the same entry"
    );

    j.entries()
        .delete_entry(EntryKind::Activity, act.id, now())
        .unwrap();
    assert_eq!(
        j.entries()
            .purge_deleted(now() + Duration::days(8))
            .unwrap(),
        1,
        "purge removes the deleted activity"
    );
    assert!(
        j.entries()
            .restore_entry(EntryKind::Activity, act.id)
            .is_err(),
        "a purged entry cannot be restored"
    );
    assert_eq!(
        j.timeline().pain(pain.id).unwrap().draft.activity_id,
        Some(act.id),
        "the pain entry itself is kept"
    );
}

#[test]
fn one_check_in_per_day_and_saving_again_replaces_it() {
    let mut j = journal();
    let day = local(2026, 11, 26, 0, 0).date_naive();
    let first = j
        .entries()
        .save_check_in(
            CheckInDraft {
                date: day,
                stress: 4,
                sleep_hours: None,
                sleep_quality: None,
                stiffness: None,
                notes: String::new(),
            },
            now(),
            now().date_naive(),
        )
        .unwrap();
    let second = j
        .entries()
        .save_check_in(
            CheckInDraft {
                date: day,
                stress: 7,
                sleep_hours: Some(6.5),
                sleep_quality: Some(5),
                stiffness: Some(2),
                notes: String::new(),
            },
            now(),
            now().date_naive(),
        )
        .unwrap();
    assert_eq!(
        first.id, second.id,
        "the day's check-in is replaced, not duplicated"
    );
    assert_eq!(
        j.timeline().check_in_on(day).unwrap().unwrap().draft.stress,
        7
    );
    let bad = CheckInDraft {
        date: day,
        stress: 3,
        sleep_hours: Some(f32::NAN),
        sleep_quality: None,
        stiffness: None,
        notes: String::new(),
    };
    assert_eq!(
        j.entries()
            .save_check_in(bad, now(), now().date_naive())
            .unwrap_err()
            .field(),
        Some("sleep_hours")
    );
}

#[test]
fn profile_round_trips_and_defaults_when_empty() {
    let mut j = journal();
    assert_eq!(
        j.settings().profile().unwrap(),
        Profile::default(),
        "a new journal has the default profile"
    );
    let profile = Profile {
        conditions: vec![
            Condition::Sciatica,
            Condition::Sciatica,
            Condition::Stenosis,
        ],
        movement_profile: MovementProfile::Extension,
        age_band: Some(AgeBand::From50To64),
        ..Default::default()
    };
    let saved = j.settings_mut().save_profile(profile, now()).unwrap();
    assert_eq!(
        saved.conditions,
        vec![Condition::Sciatica, Condition::Stenosis],
        "duplicates removed"
    );
    assert_eq!(j.settings().profile().unwrap(), saved);
}

#[test]
fn the_demo_fills_about_ninety_days_deterministically() {
    let offset = chrono::FixedOffset::east_opt(3600).unwrap();
    let mut a = journal();
    let mut b = journal();
    let written = backstory_core::demo::fill_demo(&mut a, now(), offset, 90).unwrap();
    backstory_core::demo::fill_demo(&mut b, now(), offset, 90).unwrap();
    assert!(
        written > 200,
        "90 days give a living journal, got {written} entries"
    );
    let q = TimelineQuery {
        kinds: vec![EntryKind::Pain],
        limit: 200,
        ..Default::default()
    };
    let nrs = |j: &Journal| {
        j.timeline()
            .page(&q)
            .unwrap()
            .items
            .iter()
            .map(|i| match i {
                TimelineItem::Pain(p) => p.draft.nrs,
                _ => 0,
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(nrs(&a), nrs(&b), "same seed and day give the same demo");
    assert!(
        a.timeline()
            .page(&TimelineQuery {
                kinds: vec![EntryKind::Activity],
                limit: 200,
                ..Default::default()
            })
            .unwrap()
            .items
            .iter()
            .any(
                |i| matches!(i, TimelineItem::Activity(x) if x.draft.kind == ActivityKind::Intimacy)
            ),
        "the demo includes intimacy"
    );
}
