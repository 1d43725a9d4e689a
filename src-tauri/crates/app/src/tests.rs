//! The application layer's promises: a write runs the red-flag rules once and says what
//! changed; bad input changes nothing; reading the alerts right after a write does not run
//! the rules again.

use super::*;
use chrono::TimeZone;
use serde_json::json;

fn now() -> Now {
    Now(FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 27, 21, 30, 0)
        .unwrap())
}

fn emergency_pain() -> serde_json::Value {
    json!({
        "at": "2026-11-27T21:00:00+01:00",
        "nrs": 7,
        "regions": [{ "region": "lower_back_centre", "score": 4 }],
        "emergency": {"saddle_numbness": true}
    })
}

#[test]
fn a_write_runs_the_rules_once_and_reports_the_alert_it_raised() {
    let mut s = Session::in_memory().unwrap();
    let written = add_pain(&mut s, emergency_pain(), now()).expect("a valid entry saves");
    assert_eq!(
        s.rule_refreshes(),
        1,
        "one write, one run of the red-flag rules"
    );
    assert_eq!(written.change.data, ChangedData::Entries);
    assert!(
        !written.change.alerts.raised.is_empty(),
        "the change carries the alert the write raised: {:?}",
        written.change
    );
    let alerts = list_alerts(&mut s, now()).unwrap();
    assert!(
        alerts.iter().any(|a| a.needs_attention),
        "the raised alert is listed"
    );
    assert_eq!(
        s.rule_refreshes(),
        1,
        "listing the alerts right after a write does not run the rules a second time"
    );
}

#[test]
fn the_listing_runs_the_rules_when_they_are_stale() {
    let mut s = Session::in_memory().unwrap();
    list_alerts(&mut s, now()).unwrap();
    assert_eq!(
        s.rule_refreshes(),
        1,
        "never run in this session: the listing runs them"
    );
    let later = Now(now().0 + chrono::Duration::minutes(2));
    list_alerts(&mut s, later).unwrap();
    assert_eq!(
        s.rule_refreshes(),
        2,
        "two minutes on, the clock may have changed a rule"
    );
    let earlier = Now(now().0 - chrono::Duration::minutes(1));
    list_alerts(&mut s, earlier).unwrap();
    assert_eq!(s.rule_refreshes(), 3, "a clock set back runs them again");
}

#[test]
fn bad_input_is_a_validation_error_and_changes_nothing() {
    let mut s = Session::in_memory().unwrap();
    let err = add_pain(
        &mut s,
        json!({"at": "2026-11-27T21:00:00+01:00", "nrs": 11}),
        now(),
    )
    .expect_err("pain above 10 is refused");
    assert_eq!(err.kind, "validation");
    assert_eq!(
        err.field.as_deref(),
        Some("nrs"),
        "the error names the field"
    );
    let err = update_pain(&mut s, "not-an-id", emergency_pain(), now()).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("id"));
    assert_eq!(s.rule_refreshes(), 0, "a refused write runs no rules");
    let page = timeline(&s, json!({})).unwrap();
    assert!(page.items.is_empty(), "nothing was saved");
}

#[test]
fn settings_writes_say_so_and_leave_the_rules_alone() {
    let mut s = Session::in_memory().unwrap();
    let written = set_idle_lock(&mut s, json!(15)).unwrap();
    assert_eq!(written.change.data, ChangedData::Settings);
    assert!(written.change.alerts.is_empty());
    assert_eq!(s.rule_refreshes(), 0);
    let err = set_idle_lock(&mut s, json!(0)).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("minutes"));
}

#[test]
fn a_file_request_is_checked_before_a_file_is_asked_for() {
    let err = sharing_export(
        json!({"kind": "partner", "range": {}}),
        json!("short"),
        now(),
    )
    .err()
    .expect("a partner share needs a strong passphrase");
    assert_eq!(err.kind, "validation");
    let fonts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/fonts");
    let err = sharing_report(
        json!({"from": "2026-11-01", "to": "2026-11-27"}),
        &fonts.join("missing"),
        now(),
    )
    .err()
    .expect("the report's fonts are read before the file is asked for");
    assert_eq!(err.kind, "validation");
    assert!(err.message.contains("NotoSans"), "{}", err.message);
    let plan = sharing_report(
        json!({"from": "2026-11-01", "to": "2026-11-27"}),
        &fonts,
        now(),
    )
    .unwrap();
    assert!(plan.choice.save);
    assert_eq!(
        plan.choice.file_name,
        "backstory-report-2026-11-01-to-2026-11-27.pdf"
    );
}

#[test]
fn the_change_serialises_as_the_event_payload() {
    let change = JournalChange {
        data: ChangedData::Entries,
        alerts: Default::default(),
    };
    let value = serde_json::to_value(&change).unwrap();
    assert_eq!(value["data"], "entries");
    assert!(value["alerts"]["raised"].is_array());
}

#[test]
fn opening_runs_the_rules_once_and_the_first_listing_none() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _check) = Session::open_check_later(DataDir::new(dir.path()), false, None, now());
    assert!(s.journal.is_ok(), "a new journal opens");
    assert_eq!(
        s.rule_refreshes(),
        1,
        "the open's upkeep runs the rules once"
    );
    list_alerts(&mut s, now()).unwrap();
    assert_eq!(
        s.rule_refreshes(),
        1,
        "the window's first listing right after start-up does not run them again"
    );
}

#[test]
fn the_demo_journal_is_filled_apart_with_one_run_of_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let mut s = Session::open_with_upkeep(data.clone(), true, None, now());
    assert_eq!(
        s.rule_refreshes(),
        1,
        "filling the demo is not a series of refreshes"
    );
    assert!(
        !timeline(&s, json!({})).unwrap().items.is_empty(),
        "filled on first use"
    );
    assert!(data.journal(true).exists() && !data.journal(false).exists());
    let status = switch_journal(&mut s, false, now());
    assert_eq!(status.change.data, ChangedData::Journal);
    assert!(!status.value.demo && status.value.ok);
}

#[test]
fn a_peg_check_saves_stops_being_due_and_shows_in_its_week() {
    let mut s = Session::in_memory().unwrap();
    let before = peg_overview(&s, serde_json::Value::Null, now()).unwrap();
    assert!(before.due, "never taken: due");
    assert_eq!(before.weeks.len(), 12);
    assert!(before.weeks.iter().all(|w| w.check.is_none()), "all gaps");

    let err = add_peg(
        &mut s,
        json!({"taken_at": "2026-11-27T21:00:00+01:00", "pain": 6, "enjoyment": 11, "activity": 4}),
        now(),
    )
    .expect_err("11 is out of range");
    assert_eq!(err.field.as_deref(), Some("enjoyment"));
    assert!(
        peg_overview(&s, json!(4), now()).unwrap().latest.is_none(),
        "nothing saved"
    );

    let written = add_peg(
        &mut s,
        json!({"taken_at": "2026-11-27T21:00:00+01:00", "pain": 6, "enjoyment": 5, "activity": 5}),
        now(),
    )
    .unwrap();
    assert_eq!(written.value.score, 5.3);
    assert_eq!(written.change.data, ChangedData::Entries);
    assert_eq!(s.rule_refreshes(), 0, "PEG checks feed no red-flag rule");
    let after = peg_overview(&s, json!(4), now()).unwrap();
    assert!(!after.due, "taken today: not due");
    assert_eq!(after.weeks.len(), 4);
    assert_eq!(after.weeks[3].check.as_ref().map(|c| c.score), Some(5.3));
    assert_eq!(
        peg_overview(&s, json!(0), now())
            .unwrap_err()
            .field
            .as_deref(),
        Some("weeks")
    );
}

#[test]
fn putting_the_peg_card_away_lasts_the_week() {
    let mut s = Session::in_memory().unwrap();
    let written = dismiss_peg(&mut s, now()).unwrap();
    assert_eq!(written.change.data, ChangedData::Settings);
    assert!(
        !peg_overview(&s, serde_json::Value::Null, now())
            .unwrap()
            .due
    );
    let week_on = Now(now().0 + chrono::Duration::days(7));
    assert!(
        peg_overview(&s, serde_json::Value::Null, week_on)
            .unwrap()
            .due
    );
}

#[test]
fn rating_a_relief_afterwards_keeps_the_entry_and_refuses_other_kinds() {
    let mut s = Session::in_memory().unwrap();
    let walk = add_activity(
        &mut s,
        json!({"at": "2026-11-27T18:00:00+01:00", "kind": "walking_sport"}),
        now(),
    )
    .unwrap()
    .value;
    let heat = add_activity(
        &mut s,
        json!({"at": "2026-11-27T19:00:00+01:00", "kind": "pain_relief", "notes": "sofa",
               "relief": {"what": "heat"}}),
        now(),
    )
    .unwrap()
    .value;
    assert_eq!(
        heat.draft.relief.as_ref().unwrap().relief,
        None,
        "unknown until answered"
    );

    let rated = rate_relief(&mut s, &heat.id.to_string(), json!(7), now())
        .unwrap()
        .value;
    assert_eq!(rated.draft.relief.as_ref().unwrap().relief, Some(7));
    assert_eq!(rated.draft.notes, "sofa", "the rest of the entry is kept");

    for (id, value, field) in [
        (walk.id, json!(5), "relief"),
        (heat.id, json!(11), "relief.relief"),
        (heat.id, json!("a lot"), "relief"),
    ] {
        let err = rate_relief(&mut s, &id.to_string(), value, now()).unwrap_err();
        assert_eq!(
            (err.kind.as_str(), err.field.as_deref()),
            ("validation", Some(field))
        );
    }
    let err = rate_relief(&mut s, "not-an-id", json!(5), now()).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("id"));
    let page = timeline(&s, json!({})).unwrap();
    let stored = page.items.iter().find_map(|i| match i {
        backstory_core::domain::TimelineItem::Activity(a) if a.id == heat.id => {
            a.draft.relief.clone()
        }
        _ => None,
    });
    assert_eq!(
        stored.unwrap().relief,
        Some(7),
        "refused answers changed nothing"
    );
}

#[test]
fn a_relief_links_only_to_a_pain_entry_that_exists_and_keeps_its_link() {
    let mut s = Session::in_memory().unwrap();
    let pain = add_pain(
        &mut s,
        json!({"at": "2026-11-27T18:30:00+01:00", "nrs": 6}),
        now(),
    )
    .unwrap()
    .value;
    let relief = |for_pain: serde_json::Value| {
        json!({"at": "2026-11-27T19:00:00+01:00", "kind": "pain_relief",
               "relief": {"what": "heat", "for_pain_id": for_pain}})
    };
    let err = add_activity(&mut s, relief(json!(uuid::Uuid::new_v4())), now()).unwrap_err();
    assert_eq!(
        (err.kind.as_str(), err.field.as_deref()),
        ("validation", Some("relief.for_pain_id"))
    );
    assert!(
        timeline(&s, json!({"kinds": ["activity"]}))
            .unwrap()
            .items
            .is_empty(),
        "a refused link saves nothing"
    );
    let heat = add_activity(&mut s, relief(json!(pain.id)), now())
        .unwrap()
        .value;
    assert_eq!(
        heat.draft.relief.as_ref().unwrap().for_pain_id,
        Some(pain.id)
    );
    // The pain entry deleted later: rating the relief still works and keeps the link.
    delete_entry(&mut s, json!("pain"), &pain.id.to_string(), now()).unwrap();
    let rated = rate_relief(&mut s, &heat.id.to_string(), json!(5), now())
        .unwrap()
        .value;
    let details = rated.draft.relief.unwrap();
    assert_eq!(
        (details.relief, details.for_pain_id),
        (Some(5), Some(pain.id))
    );
}

/// Every file dialog's title and file type are message ids, put into words in the
/// language in use when the dialog opens: German titles in German, none left in English.
#[test]
fn file_dialogs_speak_the_language_in_use() {
    use backstory_core::exchange::{DateRange, ExportKind, ExportRequest};
    use backstory_core::i18n::Locale;
    let export = |kind| {
        serde_json::to_value(ExportRequest {
            kind,
            range: DateRange::default(),
            includes: None,
        })
        .unwrap()
    };
    let strong = json!("correct horse battery staple 42");
    let fonts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/fonts");
    let range = json!({"from": "2026-11-01", "to": "2026-11-27"});
    let signed = json!({"pairing_id": uuid::Uuid::nil(), "export": export(ExportKind::Partner)});
    let choices = [
        sharing_export(export(ExportKind::Partner), strong.clone(), now()).map(|p| p.choice),
        sharing_export(export(ExportKind::Backup), strong, now()).map(|p| p.choice),
        sharing_export(export(ExportKind::Backup), json!(""), now()).map(|p| p.choice),
        sharing_export_csv(export(ExportKind::Backup), now()).map(|p| p.choice),
        sharing_export_fhir(json!({}), now()).map(|p| p.choice),
        import_partner_share(json!("Sam"), json!(""), now()).map(|p| p.choice),
        import_own_export(json!(""), now()).map(|p| p.choice),
        sharing_report(range, &fonts, now()).map(|p| p.choice),
        Ok(sharing_backup(now()).choice),
        Ok(restore_backup(now()).choice),
        sharing_export_to(signed, now()).map(|p| p.choice),
        Ok(import_signed_share(now()).choice),
    ]
    .map(|c| c.expect("a valid request plans its file"));
    let titles = |locale| choices.iter().map(|c| c.title(locale)).collect::<Vec<_>>();
    assert_eq!(titles(Locale::En)[9], "Restore a Backstory backup");
    assert_eq!(
        titles(Locale::De)[9],
        "Backstory-Sicherung wiederherstellen"
    );
    assert_eq!(choices[3].filter_name(Locale::De), "CSV");
    assert_eq!(choices[6].filter_name(Locale::De), "Backstory-Export");
    for (choice, (en, de)) in choices
        .iter()
        .zip(titles(Locale::En).into_iter().zip(titles(Locale::De)))
    {
        assert!(
            !en.starts_with('[') && !de.starts_with('['),
            "{}: a message in both",
            choice.title_id
        );
        assert_ne!(en, de, "{} is translated", choice.title_id);
        assert!(
            !choice.filter_name(Locale::De).starts_with('['),
            "{:?}",
            choice.filter
        );
    }
}
