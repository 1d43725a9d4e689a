//! N-of-1 experiments through the real store: start one, log mornings and adherence, read
//! the verdict; and the refusals that change nothing.

use crate::support::*;
use backstory_core::experiments::*;
use backstory_core::insights::Verdict;
use backstory_core::reminders::{ReminderKind, ReminderSettings};
use backstory_core::Journal;
use chrono::{DateTime, Duration, NaiveDate, Utc};

fn journal() -> Journal {
    Journal::open_in_memory().expect("in-memory journal opens")
}

fn start_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 5).unwrap()
}

fn start(j: &mut Journal, blocks: u32) -> ExperimentStatus {
    let plan = Plan::new(start_day(), 7, blocks, 42).unwrap();
    j.guide()
        .experiments()
        .start(
            ExperimentChange::WarmUp,
            ExperimentOutcome::NextMorning,
            plan,
            now(),
        )
        .expect("starts")
}

/// Logs the morning after `day` at 08:00 (and an afternoon rating that must not count).
fn log_morning(j: &mut Journal, day: NaiveDate, nrs: u8) {
    let next = day + Duration::days(1);
    let at = |h| {
        local(
            next.year_ce().1 as i32,
            next.month0() + 1,
            next.day0() + 1,
            h,
            0,
        )
    };
    j.entries()
        .add_pain(pain_at(at(8), nrs), now())
        .expect("saves");
    j.entries()
        .add_pain(pain_at(at(15), 9), now())
        .expect("saves");
}

use chrono::Datelike;

/// Logs the planted effect (1-2 with, 5 without; every fifth morning unrated, every seventh
/// day not followed) over an experiment of `blocks` blocks and reads its finished result.
fn logged_experiment(blocks: u32) -> ExperimentStatus {
    let mut j = journal();
    // Early enough that even 6 blocks of 7 days end before `now()`.
    let plan = Plan::new(NaiveDate::from_ymd_opt(2026, 8, 3).unwrap(), 7, blocks, 42).unwrap();
    let status = j
        .guide()
        .experiments()
        .start(
            ExperimentChange::WarmUp,
            ExperimentOutcome::NextMorning,
            plan,
            now(),
        )
        .expect("starts");
    assert_eq!(status.periods.len() as u32, 2 * blocks);
    let plan = status.experiment.plan;
    let mut day = plan.start;
    let mut n = 0;
    while day <= plan.last_day() {
        let (_, arm) = plan.slot_on(day).unwrap();
        // Every fifth morning is never answered: it must stay unknown.
        if n % 5 != 4 {
            log_morning(
                &mut j,
                day,
                if arm == Arm::With {
                    1 + (n % 2) as u8
                } else {
                    5
                },
            );
        }
        j.guide()
            .experiments()
            .mark_day(day, n % 7 != 0, day)
            .expect("marks");
        day += Duration::days(1);
        n += 1;
    }
    let today = plan.last_day() + Duration::days(1);
    let s = j
        .timeline()
        .experiment(today)
        .unwrap()
        .expect("an experiment");
    assert!(s.today.is_none(), "no arm after the end");
    s
}

#[test]
fn a_logged_experiment_gives_the_planted_verdict() {
    let s = logged_experiment(6);
    let r = &s.result;
    assert_eq!(r.state, ExperimentState::Finished);
    assert_eq!(r.blocks_complete, 6);
    assert_eq!(r.verdict, Verdict::LowerWith, "{}", r.sentence);
    assert!(r.p_value.unwrap() <= 0.05 && r.interval.unwrap().1 < 0.0);
    assert_eq!(r.with.outcome.unknown + r.without.outcome.unknown, 16);
    // Afternoon ratings of 9 were ignored: without = 5 exactly.
    assert_eq!(r.without.outcome.mean, Some(5.0));
    assert!((r.adherence.unwrap() - 72.0 / 84.0).abs() < 1e-9);
}

/// The same planted effect over 2 blocks: the difference is large, but the exact test
/// cannot go below p = 0.5, so there is no verdict and the result says why.
#[test]
fn two_blocks_of_the_planted_effect_are_not_settled() {
    let s = logged_experiment(2);
    let r = &s.result;
    assert_eq!(r.blocks_complete, 2);
    assert_eq!(r.p_value, Some(0.5));
    assert_eq!(r.verdict, Verdict::NoClearDifference, "{}", r.sentence);
    assert!(
        r.sentence
            .contains("not settled: chance is not ruled out (p = 0.500"),
        "{}",
        r.sentence
    );
    assert!(s.today.is_none(), "no arm after the end");
}

#[test]
fn today_names_the_arm_without_naming_the_change() {
    let mut j = journal();
    start(&mut j, 2);
    let today = start_day() + Duration::days(3);
    let s = j.timeline().experiment(today).unwrap().unwrap();
    let arm = s.today.expect("a running day");
    assert_eq!(arm.arm, s.experiment.plan.slot_on(today).unwrap().1);
    assert!(
        arm.text.starts_with("Experiment day 4 of 28: a day WITH"),
        "{}",
        arm.text
    );
    for word in ["warm", "intim", "sex", "pillow", "hips"] {
        assert!(!arm.text.to_lowercase().contains(word), "{}", arm.text);
    }
}

#[test]
fn refusals_change_nothing() {
    let mut j = journal();
    start(&mut j, 2);
    let plan = Plan::new(start_day() + Duration::days(3), 7, 2, 1).unwrap();
    let err = j
        .guide()
        .experiments()
        .start(
            ExperimentChange::HipPillow,
            ExperimentOutcome::PainAfter,
            plan,
            now(),
        )
        .unwrap_err();
    assert!(err.to_string().contains("already running"));
    let today = start_day() + Duration::days(3);
    assert!(j
        .guide()
        .experiments()
        .mark_day(today + Duration::days(1), true, today)
        .is_err());
    assert!(j
        .guide()
        .experiments()
        .mark_day(start_day() - Duration::days(1), true, today)
        .is_err());
    let s = j.timeline().experiment(today).unwrap().unwrap();
    assert_eq!(s.experiment.change, ExperimentChange::WarmUp);
    assert!(s.days.iter().all(|d| d.followed.is_none()));

    let mut fresh = journal();
    let plan = Plan::new(start_day(), 7, 2, 1).unwrap();
    let err = fresh
        .guide()
        .experiments()
        .start(
            ExperimentChange::Custom("  ".into()),
            ExperimentOutcome::NextMorning,
            plan,
            now(),
        )
        .unwrap_err();
    assert_eq!(err.kind(), "validation");
    assert!(fresh.timeline().experiment(today).unwrap().is_none());
}

#[test]
fn an_abandoned_experiment_says_so_and_a_new_one_can_start() {
    let mut j = journal();
    start(&mut j, 4);
    let today = start_day() + Duration::days(9);
    let s = j.guide().experiments().abandon(today).expect("abandons");
    assert_eq!(s.result.state, ExperimentState::Abandoned);
    assert!(
        s.result.sentence.starts_with("Abandoned after 9 days."),
        "{}",
        s.result.sentence
    );
    assert!(
        j.guide().experiments().abandon(today).is_err(),
        "nothing left to abandon"
    );
    let plan = Plan::new(today, 7, 2, 5).unwrap();
    let s = j
        .guide()
        .experiments()
        .start(
            ExperimentChange::MorningStretch,
            ExperimentOutcome::NextMorning,
            plan,
            now(),
        )
        .expect("a new one starts");
    assert_eq!(s.experiment.change, ExperimentChange::MorningStretch);
}

/// The demo journal holds a finished experiment with a verdict (the hip-hinge cue, judged on
/// next-morning pain). That it leaves the flare analysis as it was is tested beside the
/// generator (`demo.rs`), which can fill the demo without it.
#[test]
fn the_demo_journal_shows_a_finished_experiment_with_a_verdict() {
    let offset = chrono::FixedOffset::east_opt(3600).unwrap();
    let mut j = journal();
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).expect("demo fills");
    let today = now().with_timezone(&offset).date_naive();
    let status = j
        .timeline()
        .experiment(today)
        .expect("reads")
        .expect("the demo has an experiment");
    let r = &status.result;
    assert_eq!(status.experiment.change, ExperimentChange::HipHinge);
    assert_eq!(r.state, ExperimentState::Finished);
    assert_eq!(r.blocks_complete, 6);
    assert_eq!(r.verdict, Verdict::LowerWith, "{}", r.sentence);
    assert!(r.unsettled.is_empty(), "{:?}", r.unsettled);
    assert!(
        r.with.outcome.unknown + r.without.outcome.unknown > 0,
        "some mornings unrated: {}",
        r.sentence
    );
    assert!(
        r.adherence.is_some_and(|a| (0.75..1.0).contains(&a)),
        "{:?}",
        r.adherence
    );
    assert!(r.p_value.is_some() && r.interval.is_some(), "{r:?}");
}

/// The "today's plan is ready" reminder through the journal: a running experiment brings it
/// at its time; an open urgent or emergency alert (paused), abandoning it, or its end stop it.
#[test]
fn the_experiment_reminder_follows_the_experiment_state() {
    let tz = Utc;
    let date = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
    let utc = |text: &str| {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    };
    let start = date("2026-01-12");
    let fresh = || {
        let mut journal = Journal::open_in_memory().unwrap();
        let mut settings = ReminderSettings {
            enabled: true,
            ..ReminderSettings::default()
        };
        settings.check_in.on = false;
        settings.programme.on = false;
        settings.quiet_hours.on = false;
        settings.experiment_day.on = true;
        journal
            .reminders()
            .save_settings(settings, utc("2026-01-12T06:00:00Z"))
            .unwrap();
        journal
    };
    let started = |journal: &mut Journal| {
        journal
            .guide()
            .experiments()
            .start(
                ExperimentChange::WarmUp,
                ExperimentOutcome::NextMorning,
                Plan::new(start, 3, 2, 7).unwrap(),
                utc("2026-01-12T07:00:00Z"),
            )
            .unwrap();
    };
    let due_at = |journal: &mut Journal, at: &str| -> Vec<ReminderKind> {
        journal
            .reminders()
            .take_due(utc(at), &tz)
            .unwrap()
            .into_iter()
            .map(|d| d.kind)
            .collect()
    };

    // No experiment: nothing.
    let mut none = fresh();
    assert!(due_at(&mut none, "2026-01-12T09:00:30Z").is_empty());

    // Running: once a day at 09:00, and its words name nothing.
    let mut running = fresh();
    started(&mut running);
    let due = running
        .reminders()
        .take_due(utc("2026-01-12T09:00:30Z"), &tz)
        .unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].kind, ReminderKind::ExperimentDay);
    assert_eq!(due[0].body, "Today's plan is ready.");
    assert!(due_at(&mut running, "2026-01-12T09:30:00Z").is_empty());
    assert_eq!(
        due_at(&mut running, "2026-01-13T09:00:30Z"),
        [ReminderKind::ExperimentDay]
    );
    // Today's arm marked: the reminder is skipped.
    running
        .guide()
        .experiments()
        .mark_day(date("2026-01-14"), true, date("2026-01-14"))
        .unwrap();
    assert!(due_at(&mut running, "2026-01-14T09:00:30Z").is_empty());
    // Finished: 2 blocks of two 3-day periods end on the 23rd.
    assert_eq!(
        due_at(&mut running, "2026-01-23T09:00:30Z"),
        [ReminderKind::ExperimentDay]
    );
    assert!(due_at(&mut running, "2026-01-24T09:00:30Z").is_empty());

    // Abandoned: nothing the next day.
    let mut abandoned = fresh();
    started(&mut abandoned);
    abandoned.guide().experiments().abandon(start).unwrap();
    assert!(due_at(&mut abandoned, "2026-01-13T09:00:30Z").is_empty());

    // Paused while an emergency alert is open.
    let mut paused = fresh();
    started(&mut paused);
    let pain: backstory_core::domain::PainDraft = serde_json::from_value(serde_json::json!({
        "at": "2026-01-12T08:00:00Z", "nrs": 6, "emergency": {"saddle_numbness": true}
    }))
    .unwrap();
    write_then_refresh(&mut paused, utc("2026-01-12T08:00:00Z"), |j| {
        j.entries().add_pain(pain, utc("2026-01-12T08:00:00Z"))
    })
    .unwrap();
    assert!(due_at(&mut paused, "2026-01-12T09:00:30Z").is_empty());
    let next = paused
        .reminders()
        .next(utc("2026-01-12T09:30:00Z"), &tz)
        .unwrap();
    assert!(
        next.iter().all(|n| n.kind != ReminderKind::ExperimentDay),
        "none is announced while paused: {next:?}"
    );
}
