//! N-of-1 experiments (issue 14, "Honest answers", part 3): the user tries one change in
//! randomised periods with and without it, and Backstory compares the outcome between arms.
//! Anchors: StudyMe's multi-crossover trials and the PREEMPT n-of-1 trial for chronic pain.
//!
//! Everything here is pure: the schedule is a function of its [`Plan`] (start, period
//! length, number of blocks, seed), and the analysis a function of the plan and the days'
//! records. Invariants:
//! - every block is two periods, one with the change (A) and one without (B), in an order
//!   drawn from the seed, so the schedule is balanced and reproducible from the seed alone;
//! - a day with no known outcome stays unknown: it is counted, never treated as 0, and the
//!   verdict goes through the same unknowns rule as every other comparison
//!   ([`crate::insights::unknowns_could_change`], via [`Verdict::judge`]);
//! - days while an urgent or emergency alert was open are paused (not counted): every
//!   change on the list involves exercise or intimacy, and one the user writes may, so every
//!   experiment pauses;
//! - the analysis is by assigned arm (intention to treat); adherence is reported beside it.

use crate::insights::{one_decimal, Stat, Tally, Verdict, MIN_CASES};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Default length of one period, in days.
pub const DEFAULT_PERIOD_DAYS: u32 = 7;
/// Default number of AB/BA blocks planned.
pub const DEFAULT_BLOCKS: u32 = 4;
/// Pre-stated stopping rule: no verdict before this many blocks are complete.
pub const MIN_BLOCKS: u32 = 2;
/// Most blocks an experiment may plan: keeps the exact randomisation test at 2^8 orders.
pub const MAX_BLOCKS: u32 = 8;
/// Shortest and longest period, in days.
pub const PERIOD_DAYS_RANGE: std::ops::RangeInclusive<u32> = 3..=14;

/// One arm of an experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Arm {
    /// A: with the change.
    With,
    /// B: without the change.
    Without,
}

/// What is measured on each day of an experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExperimentOutcome {
    /// The worst pain rated the next morning (the default).
    NextMorning,
    /// The outcome of that day's activity (pain linked to it, 0 included).
    PainAfter,
}

/// A change the user can try, from the guide. `Custom` carries the user's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "kind", content = "text")]
#[ts(export)]
pub enum ExperimentChange {
    WarmUp,
    HipPillow,
    Position(String),
    HipHinge,
    MorningStretch,
    CoreDays,
    Custom(String),
}

impl ExperimentChange {
    /// How the change is named on the Experiments page and in the CLI.
    pub fn title(&self) -> String {
        match self {
            ExperimentChange::WarmUp => "A warm-up before intimacy".into(),
            ExperimentChange::HipPillow => "A pillow under the hips".into(),
            ExperimentChange::Position(p) => format!("The position \"{p}\""),
            ExperimentChange::HipHinge => "The hip-hinge cue".into(),
            ExperimentChange::MorningStretch => "A stretch routine the morning after".into(),
            ExperimentChange::CoreDays => "Core programme days".into(),
            ExperimentChange::Custom(text) => text.clone(),
        }
    }
}

/// An experiment's schedule, fixed when it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Plan {
    pub start: NaiveDate,
    pub period_days: u32,
    pub blocks: u32,
    /// The seed the block orders are drawn from; stored with the experiment.
    #[ts(type = "string")]
    #[serde(with = "seed_text")]
    pub seed: u64,
}

/// The seed goes to the window as text: a u64 does not fit a JavaScript number.
mod seed_text {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(seed: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&seed.to_string())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// One period of the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Period {
    /// 0-based block number.
    pub block: u32,
    pub arm: Arm,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

/// A plan that cannot be run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("a period must be {} to {} days long", PERIOD_DAYS_RANGE.start(), PERIOD_DAYS_RANGE.end())]
    PeriodLength,
    #[error("an experiment needs {MIN_BLOCKS} to {MAX_BLOCKS} blocks")]
    Blocks,
}

/// SplitMix64: a small, well-known generator, so the schedule is reproducible from its seed
/// on every platform and release without a dependency.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Plan {
    pub fn new(
        start: NaiveDate,
        period_days: u32,
        blocks: u32,
        seed: u64,
    ) -> Result<Plan, PlanError> {
        if !PERIOD_DAYS_RANGE.contains(&period_days) {
            return Err(PlanError::PeriodLength);
        }
        if !(MIN_BLOCKS..=MAX_BLOCKS).contains(&blocks) {
            return Err(PlanError::Blocks);
        }
        Ok(Plan {
            start,
            period_days,
            blocks,
            seed,
        })
    }

    /// Which arm comes first in each block, drawn from the seed.
    pub fn first_arms(&self) -> Vec<Arm> {
        let mut state = self.seed;
        (0..self.blocks)
            .map(|_| {
                if splitmix64(&mut state) >> 63 == 0 {
                    Arm::With
                } else {
                    Arm::Without
                }
            })
            .collect()
    }

    /// Every period in order: each block is AB or BA.
    pub fn periods(&self) -> Vec<Period> {
        let len = i64::from(self.period_days);
        let mut out = Vec::with_capacity(self.blocks as usize * 2);
        for (block, first) in self.first_arms().into_iter().enumerate() {
            let second = other(first);
            for (slot, arm) in [first, second].into_iter().enumerate() {
                let index = (block * 2 + slot) as i64;
                let first_day = self.start + Duration::days(index * len);
                out.push(Period {
                    block: block as u32,
                    arm,
                    first_day,
                    last_day: first_day + Duration::days(len - 1),
                });
            }
        }
        out
    }

    /// The last day of the experiment.
    pub fn last_day(&self) -> NaiveDate {
        self.start + Duration::days(i64::from(self.period_days * 2 * self.blocks) - 1)
    }

    /// The block and arm a day falls in; None before the start or after the end.
    pub fn slot_on(&self, day: NaiveDate) -> Option<(u32, Arm)> {
        let offset = (day - self.start).num_days();
        if offset < 0 || day > self.last_day() {
            return None;
        }
        let period = offset / i64::from(self.period_days);
        let block = (period / 2) as u32;
        let first = self.first_arms()[block as usize];
        Some((block, if period % 2 == 0 { first } else { other(first) }))
    }

    /// Blocks whose last day is before `today`.
    pub fn blocks_complete(&self, today: NaiveDate) -> u32 {
        let done_days = (today - self.start).num_days().max(0);
        ((done_days / i64::from(self.period_days * 2)) as u32).min(self.blocks)
    }
}

fn other(arm: Arm) -> Arm {
    match arm {
        Arm::With => Arm::Without,
        Arm::Without => Arm::With,
    }
}

/// What was recorded for one day of an experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExperimentDay {
    pub date: NaiveDate,
    /// The day's outcome; None = unknown (never 0).
    pub outcome: Option<u8>,
    /// Whether the user followed the day's arm; None = not said.
    pub followed: Option<bool>,
    /// An urgent or emergency alert was open: the day is not counted.
    pub paused: bool,
}

/// Where an experiment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExperimentState {
    Running,
    /// An urgent or emergency alert is open and the change involves exercise or intimacy.
    Paused,
    Finished,
    Abandoned,
}

/// The figures for one arm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArmResult {
    pub arm: Arm,
    /// Known outcomes (mean, distribution) and the count of unknown ones.
    pub outcome: Stat,
    /// Days the user said they followed the arm / days they answered.
    pub followed: u32,
    pub answered: u32,
    pub paused_days: u32,
}

/// The analysis of an experiment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExperimentResult {
    pub state: ExperimentState,
    pub blocks_complete: u32,
    pub blocks_planned: u32,
    /// Days from the start to the last counted day (for "abandoned after N days").
    pub days_run: u32,
    pub with: ArmResult,
    pub without: ArmResult,
    /// Mean outcome with minus without, over known days (negative = less pain with).
    pub difference: Option<f64>,
    /// A 95 % t interval on the per-block differences (with - without); None with fewer
    /// than 2 blocks that have known outcomes on both sides.
    pub interval: Option<(f64, f64)>,
    /// Two-sided exact randomisation test: the share of the 2^blocks block orders whose
    /// difference is at least as far from 0 as the one observed.
    pub p_value: Option<f64>,
    /// Share of answered days the user followed the arm (0-1); None with no answers.
    pub adherence: Option<f64>,
    /// The same verdict rules as every comparison (MIN_CASES known days per arm, the
    /// change that matters, the unknowns rule); `TooFewCases` before MIN_BLOCKS are done.
    pub verdict: Verdict,
    pub sentence: String,
}

/// Per block and arm: (sum of known outcomes, count of known outcomes).
type BlockSums = Vec<[(f64, u32); 2]>;

fn arm_index(arm: Arm) -> usize {
    match arm {
        Arm::With => 0,
        Arm::Without => 1,
    }
}

/// Mean with minus mean without when each block's first arm is as given.
fn difference_for(sums: &BlockSums, swapped: impl Fn(usize) -> bool) -> Option<f64> {
    let mut with = (0.0, 0u32);
    let mut without = (0.0, 0u32);
    for (b, pair) in sums.iter().enumerate() {
        let (a, o) = if swapped(b) {
            (pair[1], pair[0])
        } else {
            (pair[0], pair[1])
        };
        with = (with.0 + a.0, with.1 + a.1);
        without = (without.0 + o.0, without.1 + o.1);
    }
    (with.1 > 0 && without.1 > 0)
        .then(|| with.0 / f64::from(with.1) - without.0 / f64::from(without.1))
}

/// Two-sided 95 % t quantiles for 1..=MAX_BLOCKS-1 degrees of freedom.
const T_95: [f64; 7] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365];

fn t_interval(diffs: &[f64]) -> Option<(f64, f64)> {
    let n = diffs.len();
    if n < 2 {
        return None;
    }
    let mean = diffs.iter().sum::<f64>() / n as f64;
    let var = diffs.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
    let half = T_95[(n - 2).min(T_95.len() - 1)] * (var / n as f64).sqrt();
    Some((mean - half, mean + half))
}

/// Analyses an experiment on `today` from the plan and the recorded days (days outside the
/// plan are ignored; a day missing from `days` is unknown).
pub fn analyse(
    plan: &Plan,
    change: &ExperimentChange,
    days: &[ExperimentDay],
    state: ExperimentState,
    today: NaiveDate,
) -> ExperimentResult {
    let mut tallies = [Tally::ratings(), Tally::ratings()];
    let mut followed = [0u32; 2];
    let mut answered = [0u32; 2];
    let mut paused = [0u32; 2];
    let mut sums: BlockSums = vec![[(0.0, 0); 2]; plan.blocks as usize];
    let last_counted = today.min(plan.last_day() + Duration::days(1));
    let mut day = plan.start;
    let mut days_run = 0u32;
    while day < last_counted {
        days_run += 1;
        let (block, arm) = plan.slot_on(day).expect("day inside the plan");
        let i = arm_index(arm);
        let record = days.iter().find(|d| d.date == day);
        if record.is_some_and(|r| r.paused) {
            paused[i] += 1;
        } else {
            let outcome = record.and_then(|r| r.outcome);
            tallies[i].add_outcome(outcome);
            if let Some(nrs) = outcome {
                let slot = &mut sums[block as usize][i];
                *slot = (slot.0 + f64::from(nrs.min(10)), slot.1 + 1);
            }
            if let Some(f) = record.and_then(|r| r.followed) {
                answered[i] += 1;
                followed[i] += u32::from(f);
            }
        }
        day += Duration::days(1);
    }
    let arm_result = |arm: Arm| {
        let i = arm_index(arm);
        ArmResult {
            arm,
            outcome: tallies[i].stat(),
            followed: followed[i],
            answered: answered[i],
            paused_days: paused[i],
        }
    };
    let with = arm_result(Arm::With);
    let without = arm_result(Arm::Without);
    let blocks_complete = plan.blocks_complete(today);
    let difference = difference_for(&sums, |_| false);
    let p_value = difference.map(|observed| randomisation_p(&sums, observed));
    let block_diffs: Vec<f64> = sums
        .iter()
        .filter(|p| p[0].1 > 0 && p[1].1 > 0)
        .map(|p| p[0].0 / f64::from(p[0].1) - p[1].0 / f64::from(p[1].1))
        .collect();
    let interval = t_interval(&block_diffs);
    let total_answered = answered[0] + answered[1];
    let adherence = (total_answered > 0)
        .then(|| f64::from(followed[0] + followed[1]) / f64::from(total_answered));
    let verdict = if blocks_complete < MIN_BLOCKS {
        Verdict::TooFewCases
    } else {
        Verdict::judge(&with.outcome, &without.outcome)
    };
    let mut result = ExperimentResult {
        state,
        blocks_complete,
        blocks_planned: plan.blocks,
        days_run,
        with,
        without,
        difference,
        interval,
        p_value,
        adherence,
        verdict,
        sentence: String::new(),
    };
    result.sentence = sentence(&result, change);
    result
}

/// Exact randomisation test: every one of the 2^blocks block orders, two-sided.
fn randomisation_p(sums: &BlockSums, observed: f64) -> f64 {
    let blocks = sums.len();
    let orders = 1u32 << blocks;
    let as_extreme = (0..orders)
        .filter(|mask| {
            difference_for(sums, |b| mask & (1 << b) != 0)
                .is_some_and(|d| d.abs() + 1e-9 >= observed.abs())
        })
        .count();
    as_extreme as f64 / f64::from(orders)
}

fn sentence(r: &ExperimentResult, change: &ExperimentChange) -> String {
    let title = change.title();
    let head = match r.state {
        ExperimentState::Abandoned => format!("Abandoned after {} days. ", r.days_run),
        ExperimentState::Paused => {
            "Paused while an alert is open; paused days are not counted. ".into()
        }
        _ => String::new(),
    };
    let counts = format!(
        "{} vs {} days known, {} vs {} unknown",
        r.with.outcome.n, r.without.outcome.n, r.with.outcome.unknown, r.without.outcome.unknown
    );
    let body = match (r.verdict, r.with.outcome.mean, r.without.outcome.mean) {
        (Verdict::TooFewCases, _, _) | (_, None, _) | (_, _, None) => format!(
            "{title}: no verdict yet ({} of {} blocks done, at least {MIN_BLOCKS} needed; {counts}; at least {MIN_CASES} known days on each side).",
            r.blocks_complete, r.blocks_planned
        ),
        (verdict, Some(a), Some(b)) => {
            let tail = match verdict {
                Verdict::LowerWith => "less pain with it, by a change that matters",
                Verdict::HigherWith => "more pain with it, by a change that matters",
                Verdict::NoClearDifference => "no clear difference",
                _ => "not enough known outcomes: the unknown ones could change this",
            };
            let chance = match r.p_value {
                Some(p) => format!(
                    " Chance alone would give a difference this large in {} % of the possible schedules.",
                    (p * 100.0).round()
                ),
                None => String::new(),
            };
            format!(
                "{title}: pain averaged {} with and {} without ({counts}) — {tail}.{chance}",
                one_decimal(a),
                one_decimal(b)
            )
        }
    };
    format!("{head}{body}")
}

#[cfg(test)]
mod tests;
