//! N-of-1 experiments through the real store: start one, log mornings and adherence, read
//! the verdict; and the refusals that change nothing.

use crate::support::*;
use backstory_core::experiments::*;
use backstory_core::insights::Verdict;
use backstory_core::Journal;
use chrono::{Duration, NaiveDate};

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

#[test]
fn a_logged_experiment_gives_the_planted_verdict() {
    let mut j = journal();
    let status = start(&mut j, 2);
    assert_eq!(status.periods.len(), 4);
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
    let r = &s.result;
    assert_eq!(r.state, ExperimentState::Finished);
    assert_eq!(r.blocks_complete, 2);
    assert_eq!(r.verdict, Verdict::LowerWith, "{}", r.sentence);
    assert_eq!(r.with.outcome.unknown + r.without.outcome.unknown, 5);
    // Afternoon ratings of 9 were ignored: without = 5 exactly.
    assert_eq!(r.without.outcome.mean, Some(5.0));
    assert!((r.adherence.unwrap() - 24.0 / 28.0).abs() < 1e-9);
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
    assert_eq!(r.blocks_complete, 4);
    assert_eq!(r.verdict, Verdict::LowerWith, "{}", r.sentence);
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
