use super::*;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Days of a plan with outcomes from `outcome(arm, day index)`.
fn simulate(plan: &Plan, mut outcome: impl FnMut(Arm, u32) -> Option<u8>) -> Vec<ExperimentDay> {
    let mut days = Vec::new();
    let mut day = plan.start;
    let mut i = 0;
    while day <= plan.last_day() {
        let (_, arm) = plan.slot_on(day).unwrap();
        days.push(ExperimentDay {
            date: day,
            outcome: outcome(arm, i),
            followed: Some(true),
            paused: false,
        });
        day += Duration::days(1);
        i += 1;
    }
    days
}

#[test]
fn a_plan_outside_its_limits_is_refused() {
    let start = date(2026, 1, 5);
    assert_eq!(Plan::new(start, 2, 4, 1), Err(PlanError::PeriodLength));
    assert_eq!(Plan::new(start, 15, 4, 1), Err(PlanError::PeriodLength));
    assert_eq!(Plan::new(start, 7, 1, 1), Err(PlanError::Blocks));
    assert_eq!(
        Plan::new(start, 7, MAX_BLOCKS + 1, 1),
        Err(PlanError::Blocks)
    );
    assert!(Plan::new(start, 7, 4, 1).is_ok());
}

/// Days of a plan from the generator that plants a known effect: a warm-up takes 3 points
/// off next-morning pain (about 2 with, 5 without, +-1 noise, 15 % of mornings unanswered).
fn planted_warm_up(plan: &Plan, seed: u64) -> Vec<ExperimentDay> {
    let mut noise = seed ^ 0xABCD;
    let mut draw = move || splitmix64(&mut noise);
    simulate(plan, |arm, _| {
        let r = draw();
        if r % 100 < 15 {
            return None;
        }
        let base: i64 = if arm == Arm::With { 2 } else { 5 };
        Some((base + (r >> 8) as i64 % 3 - 1) as u8)
    })
}

/// Every seed of the planted generator must find "less pain with it" of about the planted
/// size over the default 6 blocks; with no planted effect, none may.
#[test]
fn a_simulated_experiment_gives_the_right_answer() {
    for seed in 0..20u64 {
        let plan = Plan::new(date(2026, 3, 2), 7, DEFAULT_BLOCKS, seed).unwrap();
        let days = planted_warm_up(&plan, seed);
        let today = plan.last_day() + Duration::days(1);
        let result = analyse(
            &plan,
            &ExperimentChange::WarmUp,
            &days,
            ExperimentState::Finished,
            today,
        );
        assert_eq!(
            result.verdict,
            Verdict::LowerWith,
            "seed {seed}: {}",
            result.sentence
        );
        assert!(result.unsettled.is_empty(), "{:?}", result.unsettled);
        let d = result.difference.unwrap();
        assert!((-3.6..=-2.4).contains(&d), "seed {seed}: difference {d}");
        let (lo, hi) = result.interval.unwrap();
        assert!(lo < d && hi < 0.0, "seed {seed}: interval {lo}..{hi}");
        // Six blocks: every block agrees, so p is the floor of the exact test, 2 of 64 orders.
        assert!((result.p_value.unwrap() - 2.0 / 64.0).abs() < 1e-9);

        let mut noise = seed ^ 0x1234;
        let mut draw = move || splitmix64(&mut noise);
        let null_days = simulate(&plan, |_, _| Some((4 + (draw() % 3) as i64 - 1) as u8));
        let null = analyse(
            &plan,
            &ExperimentChange::WarmUp,
            &null_days,
            ExperimentState::Finished,
            today,
        );
        assert_eq!(
            null.verdict,
            Verdict::NoClearDifference,
            "seed {seed}: {}",
            null.sentence
        );
    }
}

/// The same planted effect over 4 blocks reaches the change that matters with an interval
/// below 0, but the exact test cannot go below p = 2/16 = 0.125: no verdict, and the
/// sentence says why. The old rule called this "less pain with it".
#[test]
fn four_blocks_cannot_settle_even_a_large_difference() {
    assert_eq!(blocks_for_alpha(), 6);
    for seed in 0..20u64 {
        let plan = Plan::new(date(2026, 3, 2), 7, 4, seed).unwrap();
        let r = analyse(
            &plan,
            &ExperimentChange::WarmUp,
            &planted_warm_up(&plan, seed),
            ExperimentState::Finished,
            plan.last_day() + Duration::days(1),
        );
        assert!((r.p_value.unwrap() - 0.125).abs() < 1e-9);
        assert!(r.interval.unwrap().1 < 0.0);
        assert_eq!(r.verdict, Verdict::NoClearDifference, "seed {seed}");
        assert_eq!(
            r.unsettled,
            vec![Unsettled::ChanceNotRuledOut, Unsettled::TooFewBlocksPlanned]
        );
        assert!(
            r.sentence.contains(
                "not settled: chance is not ruled out (p = 0.125; the rule needs 0.05 or less), \
                 and with 4 blocks the test can never reach 0.05: at least 6 are needed."
            ),
            "{}",
            r.sentence
        );
    }
}

fn stat(n: u32, mean: f64) -> Stat {
    Stat {
        n,
        mean: Some(mean),
        distribution: Vec::new(),
        unknown: 0,
    }
}

/// The rule itself: "helps" or "hurts" needs the change that matters, an interval on the
/// same side of 0 and p <= 0.05; each missing piece is named.
#[rstest::rstest]
#[case::settled_lower(stat(20, 2.0), stat(20, 5.0), Some((-4.0, -2.0)), Some(0.03), Verdict::LowerWith, &[])]
#[case::settled_higher(stat(20, 6.0), stat(20, 3.0), Some((1.0, 5.0)), Some(0.03), Verdict::HigherWith, &[])]
#[case::interval_crosses(stat(20, 2.0), stat(20, 5.0), Some((-5.0, 0.4)), Some(0.03), Verdict::NoClearDifference, &[Unsettled::IntervalCrossesZero])]
#[case::interval_wrong_side(stat(20, 2.0), stat(20, 5.0), Some((0.1, 2.0)), Some(0.03), Verdict::NoClearDifference, &[Unsettled::IntervalCrossesZero])]
#[case::large_p(stat(20, 2.0), stat(20, 5.0), Some((-4.0, -2.0)), Some(0.0625), Verdict::NoClearDifference, &[Unsettled::ChanceNotRuledOut])]
#[case::both(stat(20, 2.9), stat(20, 4.5), Some((-3.7, 0.5)), Some(0.125), Verdict::NoClearDifference, &[Unsettled::IntervalCrossesZero, Unsettled::ChanceNotRuledOut])]
#[case::small(stat(20, 4.0), stat(20, 4.5), Some((-1.0, -0.1)), Some(0.03), Verdict::NoClearDifference, &[Unsettled::BelowChangeThatMatters])]
#[case::no_interval(stat(20, 2.0), stat(20, 5.0), None, Some(0.03), Verdict::NoClearDifference, &[Unsettled::IntervalCrossesZero])]
#[case::few_days(stat(2, 2.0), stat(20, 5.0), Some((-4.0, -2.0)), Some(0.03), Verdict::TooFewCases, &[Unsettled::TooFewRatedDays])]
fn the_verdict_rule(
    #[case] with: Stat,
    #[case] without: Stat,
    #[case] interval: Option<(f64, f64)>,
    #[case] p: Option<f64>,
    #[case] verdict: Verdict,
    #[case] why: &[Unsettled],
) {
    assert_eq!(
        settle(6, 6, &with, &without, interval, p),
        (verdict, why.to_vec())
    );
    assert_eq!(
        settle(1, 6, &with, &without, interval, p),
        (Verdict::TooFewCases, vec![Unsettled::BlocksNotDone])
    );
}

#[test]
fn no_verdict_before_the_minimum_blocks() {
    let plan = Plan::new(date(2026, 3, 2), 7, 4, 7).unwrap();
    let days = simulate(&plan, |arm, _| Some(if arm == Arm::With { 1 } else { 6 }));
    // One block and six days in: no verdict yet, whatever the numbers say.
    let today = plan.start + Duration::days(20);
    let r = analyse(
        &plan,
        &ExperimentChange::HipPillow,
        &days,
        ExperimentState::Running,
        today,
    );
    assert_eq!(r.blocks_complete, 1);
    assert_eq!(r.verdict, Verdict::TooFewCases);
    assert!(
        r.sentence.contains("no verdict yet (1 of 4 blocks done"),
        "{}",
        r.sentence
    );
}

#[test]
fn an_abandoned_experiment_says_so_and_counts_only_the_days_it_ran() {
    let plan = Plan::new(date(2026, 3, 2), 7, 4, 7).unwrap();
    let days = simulate(&plan, |_, _| Some(3));
    let r = analyse(
        &plan,
        &ExperimentChange::CoreDays,
        &days,
        ExperimentState::Abandoned,
        plan.start + Duration::days(10),
    );
    assert_eq!(r.days_run, 10);
    assert_eq!(r.with.outcome.n + r.without.outcome.n, 10);
    assert!(
        r.sentence.starts_with("Abandoned after 10 days."),
        "{}",
        r.sentence
    );
}

#[test]
fn paused_days_are_not_counted_and_missing_days_are_unknown() {
    let plan = Plan::new(date(2026, 3, 2), 7, 2, 3).unwrap();
    let mut days = simulate(&plan, |_, _| Some(2));
    for d in days.iter_mut().take(4) {
        d.paused = true;
    }
    days.truncate(20); // the last 8 days were never recorded
    let r = analyse(
        &plan,
        &ExperimentChange::WarmUp,
        &days,
        ExperimentState::Finished,
        plan.last_day() + Duration::days(1),
    );
    let counted = r.with.outcome.n + r.without.outcome.n;
    let unknown = r.with.outcome.unknown + r.without.outcome.unknown;
    assert_eq!(r.with.paused_days + r.without.paused_days, 4);
    assert_eq!((counted, unknown), (16, 8));
    assert_eq!(r.adherence, Some(1.0));
}

#[test]
fn adherence_is_the_share_of_answered_days_followed() {
    let plan = Plan::new(date(2026, 3, 2), 7, 2, 3).unwrap();
    let mut days = simulate(&plan, |_, _| Some(2));
    for (i, d) in days.iter_mut().enumerate() {
        d.followed = match i % 4 {
            0 => Some(false),
            1 => None,
            _ => Some(true),
        };
    }
    let r = analyse(
        &plan,
        &ExperimentChange::WarmUp,
        &days,
        ExperimentState::Finished,
        plan.last_day() + Duration::days(1),
    );
    // 28 days: 7 not followed, 7 not said, 14 followed -> 14 of 21 answered.
    assert!((r.adherence.unwrap() - 14.0 / 21.0).abs() < 1e-9);
}

fn arb_plan() -> impl Strategy<Value = Plan> {
    (
        0i64..4000,
        PERIOD_DAYS_RANGE,
        MIN_BLOCKS..=MAX_BLOCKS,
        any::<u64>(),
    )
        .prop_map(|(offset, period, blocks, seed)| {
            Plan::new(
                date(2020, 1, 1) + Duration::days(offset),
                period,
                blocks,
                seed,
            )
            .unwrap()
        })
}

proptest! {
    #[test]
    fn a_schedule_is_balanced_and_reproducible_from_its_seed(plan in arb_plan()) {
        let periods = plan.periods();
        prop_assert_eq!(periods.len() as u32, plan.blocks * 2);
        prop_assert_eq!(&periods, &Plan::new(plan.start, plan.period_days, plan.blocks, plan.seed).unwrap().periods());
        for block in periods.chunks(2) {
            prop_assert_ne!(block[0].arm, block[1].arm);
            prop_assert_eq!(block[0].block, block[1].block);
        }
        let mut expected_day = plan.start;
        for p in &periods {
            prop_assert_eq!(p.first_day, expected_day);
            prop_assert_eq!((p.last_day - p.first_day).num_days() + 1, i64::from(plan.period_days));
            let mut day = p.first_day;
            while day <= p.last_day {
                prop_assert_eq!(plan.slot_on(day), Some((p.block, p.arm)));
                day += Duration::days(1);
            }
            expected_day = p.last_day + Duration::days(1);
        }
        prop_assert_eq!(expected_day - Duration::days(1), plan.last_day());
        prop_assert_eq!(plan.slot_on(plan.start - Duration::days(1)), None);
        prop_assert_eq!(plan.slot_on(plan.last_day() + Duration::days(1)), None);
    }

    /// Unknown outcomes never change a verdict's sign without it saying so: whatever the
    /// unknown days turn out to be, a "less pain with" never becomes "more pain with" (and
    /// the other way round), and the filled-in difference keeps its sign.
    #[test]
    fn unknown_outcomes_never_flip_a_verdict(
        seed in any::<u64>(),
        blocks in MIN_BLOCKS..=6u32,
        outcomes in proptest::collection::vec(proptest::option::weighted(0.7, 0u8..=10), 8 * 14),
        fills in proptest::collection::vec(0u8..=10, 8 * 14),
        effect in -4i32..=4,
    ) {
        let plan = Plan::new(date(2026, 1, 5), 7, blocks, seed).unwrap();
        let days = simulate(&plan, |arm, i| {
            outcomes[i as usize].map(|v| {
                let shift = if arm == Arm::With { effect } else { 0 };
                (i32::from(v) + shift).clamp(0, 10) as u8
            })
        });
        let today = plan.last_day() + Duration::days(1);
        let r = analyse(&plan, &ExperimentChange::WarmUp, &days, ExperimentState::Finished, today);
        let filled: Vec<ExperimentDay> = days
            .iter()
            .enumerate()
            .map(|(i, d)| ExperimentDay { outcome: d.outcome.or(Some(fills[i])), ..*d })
            .collect();
        let f = analyse(&plan, &ExperimentChange::WarmUp, &filled, ExperimentState::Finished, today);
        match r.verdict {
            Verdict::LowerWith => {
                prop_assert!(f.difference.unwrap() < 0.0);
                prop_assert_ne!(f.verdict, Verdict::HigherWith);
            }
            Verdict::HigherWith => {
                prop_assert!(f.difference.unwrap() > 0.0);
                prop_assert_ne!(f.verdict, Verdict::LowerWith);
            }
            _ => {}
        }
        // A verdict that the change helps or hurts always rests on all three pre-stated
        // rules; anything else says why not.
        if r.verdict.is_finding() {
            let (d, (lo, hi), p) = (r.difference.unwrap(), r.interval.unwrap(), r.p_value.unwrap());
            prop_assert!(crate::insights::change_matters(r.without.outcome.mean.unwrap(), r.with.outcome.mean.unwrap()));
            let same_side = if d < 0.0 { hi < 0.0 } else { lo > 0.0 };
            prop_assert!(same_side);
            prop_assert!(p <= ALPHA);
            prop_assert!(r.unsettled.is_empty());
        } else {
            prop_assert!(!r.unsettled.is_empty());
        }
        if let Some(p) = r.p_value {
            // The observed order and its mirror image are always at least as extreme.
            prop_assert!(p >= 2.0 / f64::from(1u32 << blocks) - 1e-9 && p <= 1.0);
        }
    }
}

/// A change is named in the language it is shown in; only its kind and the user's words
/// are kept, so the same experiment reads English or German as the reader chooses.
#[test]
fn change_titles_are_made_in_the_language_they_are_shown_in() {
    use crate::i18n::Locale::{De, En};
    assert_eq!(
        ExperimentChange::WarmUp.title_in(En),
        "A warm-up before intimacy"
    );
    assert_eq!(
        ExperimentChange::WarmUp.title_in(De),
        "Aufwärmen vor der Intimität"
    );
    assert_eq!(
        ExperimentChange::CoreDays.title_in(De),
        "Tage mit dem Rumpfprogramm"
    );
    let spooning = ExperimentChange::Position("Löffelchen".into());
    assert_eq!(spooning.title_in(En), "The position \"Löffelchen\"");
    assert_eq!(spooning.title_in(De), "Die Stellung „Löffelchen“");
    let own = ExperimentChange::Custom("Wärmflasche".into());
    assert_eq!(
        own.title_in(De),
        "Wärmflasche",
        "the user's own words as written"
    );

    // A partner's experiment whose words were not shared gets a neutral name.
    let plan = Plan::new(date(2026, 3, 2), 7, DEFAULT_BLOCKS, 1).unwrap();
    let shared = |change: ExperimentChange| {
        let experiment = Experiment {
            id: Uuid::nil(),
            change,
            outcome: ExperimentOutcome::NextMorning,
            plan,
            abandoned_on: None,
        };
        let s = status(experiment, &[], &[], &[], date(2026, 3, 3));
        let none = ChangeWords {
            position_name: false,
            own_words: false,
        };
        SharedExperiment::from_status(&s, none)
    };
    let position = shared(spooning);
    assert_eq!(position.change_text, "", "the name stays private");
    assert_eq!(
        position.title_in(De),
        "Eine Stellung aus dem Stellungsratgeber"
    );
    assert_eq!(position.title_in(En), "A position from the positions guide");
    assert_eq!(
        shared(own).title_in(De),
        "Eine Änderung in eigenen Worten (nicht geteilt)"
    );
    assert_eq!(
        shared(ExperimentChange::HipPillow).title_in(De),
        "Ein Kissen unter der Hüfte"
    );
}
