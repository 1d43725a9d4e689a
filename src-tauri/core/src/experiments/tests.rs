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

/// The generator plants a known effect: a warm-up takes 3 points off next-morning pain
/// (about 2 with, 5 without, +-1 noise, 15 % of mornings unanswered). Every seed must find
/// "less pain with it" of about the planted size; with no planted effect, none may.
#[test]
fn a_simulated_experiment_gives_the_right_answer() {
    for seed in 0..20u64 {
        let plan = Plan::new(date(2026, 3, 2), 7, 4, seed).unwrap();
        let mut noise = seed ^ 0xABCD;
        let mut draw = move || splitmix64(&mut noise);
        let days = simulate(&plan, |arm, _| {
            let r = draw();
            if r % 100 < 15 {
                return None;
            }
            let base: i64 = if arm == Arm::With { 2 } else { 5 };
            Some((base + (r >> 8) as i64 % 3 - 1) as u8)
        });
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
        let d = result.difference.unwrap();
        assert!((-3.6..=-2.4).contains(&d), "seed {seed}: difference {d}");
        let (lo, hi) = result.interval.unwrap();
        assert!(lo < d && hi < 0.0, "seed {seed}: interval {lo}..{hi}");
        // Four blocks: the exact test can go no lower than 2 of 16 orders.
        assert!((result.p_value.unwrap() - 0.125).abs() < 1e-9);

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
        blocks in MIN_BLOCKS..=4u32,
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
        if let Some(p) = r.p_value {
            // The observed order and its mirror image are always at least as extreme.
            prop_assert!(p >= 2.0 / f64::from(1u32 << blocks) - 1e-9 && p <= 1.0);
        }
    }
}
