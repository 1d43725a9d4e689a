//! Insights through the real store: local-day boundaries across time zones, pain after a
//! linked activity (soft deletes respected, n >= 3 rule), adherence streaks, the weekly
//! summary and the empty journal.

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::insights::*;
use backstory_core::Journal;
use chrono::{DateTime, FixedOffset, NaiveDate};
use rstest::rstest;

fn journal() -> Journal {
    Journal::open_in_memory().expect("in-memory journal opens")
}

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("test timestamp")
}

fn day<'a>(trend: &'a PainTrend, date: &str) -> &'a DayPain {
    trend
        .days
        .iter()
        .find(|x| x.date == d(date))
        .unwrap_or_else(|| panic!("expected day {date} in the trend"))
}

/// Each entry lands on the local day the user saw when logging it, not the UTC day.
#[rstest]
#[case::new_york_late_evening("2024-03-10T23:30:00-05:00", "2024-03-10")] // UTC Mar 11 04:30
#[case::berlin_just_after_midnight("2024-03-11T00:30:00+01:00", "2024-03-11")] // UTC Mar 10 23:30
#[case::kiribati_last_minute("2024-03-11T23:59:00+14:00", "2024-03-11")] // UTC Mar 11 09:59
#[case::baker_island_midnight("2024-03-12T00:00:00-12:00", "2024-03-12")] // UTC Mar 12 12:00
#[case::utc_midnight("2024-03-12T00:00:00+00:00", "2024-03-12")]
fn entries_fall_on_their_local_day(#[case] when: &str, #[case] local_day: &str) {
    let mut j = journal();
    j.entries()
        .add_pain(pain_at(at(when), 7), now())
        .expect("entry saves");
    let trend = pain_trend(
        &j,
        &TrendQuery {
            from: Some(d("2024-03-09")),
            to: Some(d("2024-03-13")),
        },
        d("2024-03-13"),
    )
    .expect("trend");
    let with_pain: Vec<String> = trend
        .days
        .iter()
        .filter(|x| x.entries > 0)
        .map(|x| x.date.to_string())
        .collect();
    assert_eq!(
        with_pain,
        vec![local_day.to_string()],
        "an entry at {when} belongs to {local_day}"
    );
}

#[test]
fn entries_near_midnight_in_different_offsets_aggregate_per_local_day() {
    let mut j = journal();
    // Mar 10 (local): 6 in New York at 23:30.
    // Mar 11 (local): 2 in Berlin at 00:30 and 4 in Kiribati at 23:59 -> max 4, mean 3.
    // By UTC these would be Mar 11 (6, 4) and Mar 10 (2): a different answer.
    for (when, nrs) in [
        ("2024-03-10T23:30:00-05:00", 6),
        ("2024-03-11T00:30:00+01:00", 2),
        ("2024-03-11T23:59:00+14:00", 4),
    ] {
        j.entries()
            .add_pain(pain_at(at(when), nrs), now())
            .expect("entry saves");
    }
    let trend = pain_trend(&j, &TrendQuery::default(), d("2024-03-12")).expect("trend");
    assert_eq!(
        trend.from,
        d("2024-03-10"),
        "the trend starts at the first logged local day"
    );
    let (m10, m11, m12) = (
        day(&trend, "2024-03-10"),
        day(&trend, "2024-03-11"),
        day(&trend, "2024-03-12"),
    );
    assert_eq!(
        (m10.entries, m10.max, m10.mean),
        (1, Some(6), Some(6.0)),
        "Mar 10: one entry of 6"
    );
    assert_eq!(
        (m11.entries, m11.max, m11.mean),
        (2, Some(4), Some(3.0)),
        "Mar 11: 2 and 4"
    );
    assert!(
        !m12.logged && m12.level.is_none(),
        "nothing logged on Mar 12: unknown, not pain-free"
    );
    assert_eq!(trend.totals.days_logged, 2, "two logged days");
    assert_eq!(trend.totals.mean, Some(4.5), "mean of daily levels 6 and 3");
}

#[test]
fn deleted_entries_do_not_count() {
    let mut j = journal();
    let keep = j
        .entries()
        .add_pain(pain_at(local(2024, 5, 1, 9, 0), 3), now())
        .expect("saves");
    let gone = j
        .entries()
        .add_pain(pain_at(local(2024, 5, 1, 18, 0), 9), now())
        .expect("saves");
    j.entries()
        .delete_entry(EntryKind::Pain, gone.id, now())
        .expect("deletes");
    let trend = pain_trend(&j, &TrendQuery::default(), d("2024-05-01")).expect("trend");
    let may1 = day(&trend, "2024-05-01");
    assert_eq!(
        (may1.entries, may1.max),
        (1, Some(3)),
        "the deleted 9 is left out; {} remains",
        keep.draft.nrs
    );
}

fn intimacy(
    j: &mut Journal,
    when: DateTime<FixedOffset>,
    warm_up: bool,
    position: &str,
) -> Activity {
    let mut draft = activity_at(when, ActivityKind::Intimacy);
    draft.intimacy = Some(IntimacyDetails {
        positions: vec![position.into()],
        role: Some(PartnerRole::Resting),
        props: vec![],
        warm_up,
        pain_before: Some(1),
    });
    j.entries()
        .add_activity(draft, now())
        .expect("activity saves")
}

fn pain_after_activity(
    j: &mut Journal,
    activity: &Activity,
    hours_later: i64,
    nrs: u8,
) -> PainEntry {
    let mut draft = pain_at(
        activity.draft.at + chrono::Duration::hours(hours_later),
        nrs,
    );
    draft.activity_id = Some(activity.id);
    j.entries().add_pain(draft, now()).expect("pain saves")
}

#[test]
fn pain_after_warm_up_through_the_store() {
    let mut j = journal();
    // With warm-up: next-morning pain 2, 1, 3 (one activity also has a later, lower entry:
    // the case counts once, at its highest). Without: 5, 6, 4, 5.
    let mut day_no = 1;
    let mut next = || {
        day_no += 1;
        local(2024, 6, day_no, 21, 30)
    };
    for nrs in [2, 1, 3] {
        let a = intimacy(&mut j, next(), true, "side_lying_face_to_face");
        pain_after_activity(&mut j, &a, 10, nrs);
        if nrs == 3 {
            pain_after_activity(&mut j, &a, 20, 1);
        }
    }
    for nrs in [5, 6, 4, 5] {
        let a = intimacy(&mut j, next(), false, "spooning");
        pain_after_activity(&mut j, &a, 10, nrs);
    }
    // A fifth no-warm-up case whose pain entry was deleted (its outcome is unknown again),
    // and one whose activity was (not a case at all).
    let a = intimacy(&mut j, next(), false, "spooning");
    let p = pain_after_activity(&mut j, &a, 10, 10);
    j.entries()
        .delete_entry(EntryKind::Pain, p.id, now())
        .expect("deletes");
    let a = intimacy(&mut j, next(), false, "spooning");
    pain_after_activity(&mut j, &a, 10, 10);
    j.entries()
        .delete_entry(EntryKind::Activity, a.id, now())
        .expect("deletes");
    // An activity without linked pain is a case whose outcome is unknown: counted, not rated.
    intimacy(&mut j, next(), false, "spooning");

    let report = pain_after(&j, &AfterQuery::default()).expect("report");
    let warm = report
        .comparisons
        .iter()
        .find(|c| c.id == "warm_up")
        .expect("warm-up comparison");
    assert_eq!(
        (warm.with.n, warm.without.n),
        (3, 4),
        "3 known outcomes with a warm-up, 4 without"
    );
    assert_eq!(
        (warm.with.unknown, warm.without.unknown),
        (0, 2),
        "the unanswered evening and the one whose entry was deleted are unknown"
    );
    assert_eq!(warm.with.mean, Some(2.0), "(2 + 1 + 3) / 3");
    assert_eq!(warm.without.mean, Some(5.0), "(5 + 6 + 4 + 5) / 4");
    assert_eq!(
        warm.verdict,
        Verdict::LowerWith,
        "3 points lower with 3 and 4 cases is a finding"
    );
    assert_eq!(
        (report.overall.n, report.overall.unknown),
        (7, 2),
        "seven known outcomes, two unknown"
    );
    let position = report
        .factors
        .iter()
        .find(|f| f.id == "position")
        .expect("position factor");
    let labels: Vec<&str> = position.groups.iter().map(|g| g.label.as_str()).collect();
    assert!(
        labels.contains(&"Side-lying, face to face"),
        "positions are named from the catalogue: {labels:?}"
    );
}

#[test]
fn two_cases_are_never_a_finding() {
    let mut j = journal();
    for (i, (warm_up, nrs)) in [(true, 0), (true, 0), (false, 9), (false, 9), (false, 9)]
        .into_iter()
        .enumerate()
    {
        let a = intimacy(
            &mut j,
            local(2024, 7, 1 + i as u32, 22, 0),
            warm_up,
            "spooning",
        );
        pain_after_activity(&mut j, &a, 9, nrs);
    }
    let report = pain_after(&j, &AfterQuery::default()).expect("report");
    let warm = report
        .comparisons
        .iter()
        .find(|c| c.id == "warm_up")
        .expect("warm-up comparison");
    assert_eq!(
        warm.verdict,
        Verdict::TooFewCases,
        "2 vs 3 cases: not a finding, however large the gap"
    );
    assert!(report.top_finding().is_none(), "no finding at all");
    assert!(
        warm.sentence.contains("not enough cases yet"),
        "the UI says so: {}",
        warm.sentence
    );
}

#[test]
fn context_comes_from_the_activitys_local_day() {
    let mut j = journal();
    // Intimacy at 23:30 in New York on Aug 1; a core session earlier that local day, and a
    // check-in for Aug 1 with high stress. By UTC the intimacy would be on Aug 2.
    let when = at("2024-08-01T23:30:00-05:00");
    j.entries()
        .add_activity(
            activity_at(at("2024-08-01T08:00:00-05:00"), ActivityKind::CoreSession),
            now(),
        )
        .expect("saves");
    j.entries()
        .save_check_in(
            CheckInDraft {
                date: d("2024-08-01"),
                stress: 8,
                sleep_hours: Some(5.0),
                sleep_quality: None,
                stiffness: None,
                notes: String::new(),
            },
            now(),
            d("2024-08-02"),
        )
        .expect("check-in saves");
    let a = intimacy(&mut j, when, false, "spooning");
    pain_after_activity(&mut j, &a, 8, 5);
    let cases = load_cases(&j, &AfterQuery::default()).expect("cases");
    assert_eq!(cases.len(), 1, "one case");
    let c = &cases[0];
    assert_eq!(c.date, d("2024-08-01"), "the case is on its local day");
    assert!(
        c.core_that_day,
        "the morning core session was the same local day"
    );
    assert!(!c.stretching_that_day, "no stretching logged");
    assert_eq!(
        (c.stress, c.sleep_hours),
        (Some(8), Some(5.0)),
        "that day's check-in"
    );
}

#[test]
fn adherence_streak_through_the_store() {
    let mut j = journal();
    // Core sessions on Sep 2, 3, 4 and 6; today is Sep 7 (none yet): current streak 1 (Sep 6),
    // longest 3.
    for day in [2, 3, 4, 6] {
        j.entries()
            .add_activity(
                activity_at(local(2024, 9, day, 7, 30), ActivityKind::CoreSession),
                now(),
            )
            .expect("saves");
    }
    let a =
        programme_adherence(&j, &AdherenceQuery { weeks: 2 }, d("2024-09-07")).expect("adherence");
    assert_eq!(
        (a.streaks.current, a.streaks.longest),
        (1, 3),
        "current 1, longest 3"
    );
    assert_eq!(
        a.streaks.longest_end,
        Some(d("2024-09-04")),
        "the longest run ended on Sep 4"
    );
    for (today, expected) in [
        ("2024-09-07", 1),
        ("2024-09-06", 1),
        ("2024-09-05", 3),
        ("2024-09-04", 3),
        ("2024-09-08", 0),
    ] {
        assert_eq!(
            current_streak(&j, d(today)).expect("streak"),
            expected,
            "current streak on {today} straight from the journal"
        );
        let a = programme_adherence(&j, &AdherenceQuery { weeks: 1 }, d(today)).expect("adherence");
        assert_eq!(
            a.streaks.current, expected,
            "the day-table streak agrees on {today}"
        );
    }
    assert_eq!(a.weeks.len(), 2, "two weeks listed");
    assert_eq!(
        a.weeks[1].start,
        d("2024-09-02"),
        "the current ISO week starts on Monday Sep 2"
    );
    assert_eq!(
        (a.weeks[1].core, a.weeks[1].session_days),
        (4, 4),
        "four sessions on four days"
    );
    assert_eq!(a.sessions_last_7_days, 4, "Sep 1-7 holds all four");
}

#[test]
fn empty_journal_gives_empty_insights_not_errors() {
    let j = journal();
    let today = d("2026-11-27");
    let trend = pain_trend(&j, &TrendQuery::default(), today).expect("trend of an empty journal");
    assert_eq!(trend.totals.days_logged, 0, "nothing logged");
    assert!(trend.days.iter().all(|x| !x.logged), "no logged days");
    let report = pain_after(&j, &AfterQuery::default()).expect("report of an empty journal");
    assert_eq!(report.overall.n, 0, "no cases");
    let summary = weekly_summary(&j, today).expect("summary of an empty journal");
    assert!(
        !summary.has_data && summary.sentences.is_empty(),
        "an empty journal has no summary"
    );
    let adherence = programme_adherence(&j, &AdherenceQuery::default(), today).expect("adherence");
    assert_eq!(adherence.streaks.longest, 0, "no sessions");
}

#[test]
fn demo_journal_gives_a_full_weekly_summary_and_findings() {
    let mut j = journal();
    let offset = FixedOffset::east_opt(3600).unwrap();
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).expect("demo fills");
    let today = now().with_timezone(&offset).date_naive();
    let summary = weekly_summary(&j, today).expect("summary");
    assert!(summary.has_data, "the demo journal has data");
    assert!(
        (3..=5).contains(&summary.sentences.len()),
        "3 to 5 sentences, got {:?}",
        summary.sentences
    );
    let report = pain_after(&j, &AfterQuery::default()).expect("report");
    assert!(
        report.overall.n >= 10,
        "the demo has intimacy followed by pain, got {} cases",
        report.overall.n
    );
    let trend = pain_trend(&j, &TrendQuery::default(), today).expect("trend");
    assert!(trend.days.len() >= 90, "90 days of trend");
    assert!(
        trend.days.iter().any(|x| x.avg7.is_some()),
        "the moving average is drawn"
    );
}

#[rstest]
#[case::reversed(Some("2024-05-02"), Some("2024-05-01"))]
fn reversed_range_is_a_validation_error(#[case] from: Option<&str>, #[case] to: Option<&str>) {
    let j = journal();
    let err = pain_trend(
        &j,
        &TrendQuery {
            from: from.map(d),
            to: to.map(d),
        },
        d("2024-06-01"),
    )
    .expect_err("from after to must be refused");
    assert_eq!(err.kind(), "validation", "a validation error, got {err:?}");
}

#[test]
fn a_range_of_millennia_is_clamped() {
    let j = journal();
    let trend = pain_trend(
        &j,
        &TrendQuery {
            from: Some(d("1000-01-01")),
            to: None,
        },
        d("2026-01-01"),
    )
    .expect("trend");
    assert!(
        trend.days.len() as i64 <= MAX_RANGE_DAYS,
        "at most {MAX_RANGE_DAYS} days, got {}",
        trend.days.len()
    );
}

/// The demo journal's nights without a warm-up before intimacy come back as next-morning
/// flares, so the Insights panel has a finding to show.
#[test]
fn demo_journal_shows_a_flare_finding() {
    let mut j = journal();
    let offset = FixedOffset::east_opt(3600).unwrap();
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).expect("demo fills");
    let report = flares(&j).expect("flare report");
    assert!(report.flare_days.len() >= 5, "{:?}", report.flare_days);
    let first = &report.exposures[0];
    assert_eq!(first.id, "intimacy_no_warm_up", "{report:?}");
    assert!(
        first.clear && first.odds_ratio.is_some_and(|or| or > 1.0),
        "{first:?}"
    );
    assert!(
        first.sentence.starts_with("Before ") && first.sentence.contains("without a warm-up"),
        "{}",
        first.sentence
    );
}

/// Entries through the store: lifting the day before each flare is counted, and a deleted
/// flare rating is not a flare.
#[test]
fn flares_read_through_the_store_respect_deletes() {
    let mut j = journal();
    let n = now();
    let offset = FixedOffset::east_opt(0).unwrap();
    let base = d("2026-01-01");
    let mut flare_ids = Vec::new();
    for day in 0..60 {
        let date = base + chrono::Duration::days(day);
        let at = |h: u32| {
            date.and_hms_opt(h, 0, 0)
                .unwrap()
                .and_local_timezone(offset)
                .unwrap()
        };
        let flare = day >= 20 && day % 6 == 2;
        let saved = j
            .entries()
            .add_pain(pain_at(at(20), if flare { 7 } else { 2 }), n)
            .expect("pain saved");
        if flare {
            flare_ids.push(saved.id);
        }
        if (day + 1) % 6 == 2 && day + 1 >= 20 {
            j.entries()
                .add_activity(activity_at(at(10), ActivityKind::Lifting), n)
                .expect("lifting saved");
        }
    }
    let before = flares(&j).expect("report");
    let lifting = before.exposures.iter().find(|e| e.id == "lifting").unwrap();
    assert_eq!(before.flare_days.len(), 7, "{:?}", before.flare_days);
    assert_eq!((lifting.flares_exposed, lifting.only_before_flare), (7, 21));
    j.entries()
        .delete_entry(EntryKind::Pain, flare_ids[0], n)
        .expect("deleted");
    let after = flares(&j).expect("report");
    assert_eq!(after.flare_days.len(), 6, "a deleted rating is not a flare");
}

#[test]
fn what_helps_reads_relief_from_the_journal() {
    let mut j = Journal::open_in_memory().unwrap();
    for (hour, helped) in [(8, Some(7)), (12, None)] {
        let mut draft = activity_at(local(2026, 11, 20, hour, 0), ActivityKind::PainRelief);
        draft.relief = Some(ReliefDetails {
            what: ReliefKind::Massage,
            medicine: String::new(),
            dose: String::new(),
            relief: helped,
            for_pain_id: None,
        });
        j.entries().add_activity(draft, now()).unwrap();
    }
    let report = pain_after(
        &j,
        &AfterQuery {
            scope: AfterScope::All,
            ..Default::default()
        },
    )
    .unwrap();
    let helped = report.relief_helped.expect("relief is reported");
    assert_eq!(helped.groups[0].key, "massage");
    let stat = &helped.groups[0].stat;
    assert_eq!((stat.n, stat.unknown, stat.mean), (1, 1, Some(7.0)));
}
