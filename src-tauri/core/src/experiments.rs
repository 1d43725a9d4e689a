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

use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use crate::insights::{decimal_in, Stat, Tally, Verdict, MIN_CASES};
use crate::rules::{Alert, Tier};
use crate::store::ExperimentRow;
use crate::Journal;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;
use uuid::Uuid;

/// Default length of one period, in days.
pub const DEFAULT_PERIOD_DAYS: u32 = 7;
/// Default number of AB/BA blocks planned: the fewest with which the randomisation test
/// can reach [`ALPHA`] ([`blocks_for_alpha`]).
pub const DEFAULT_BLOCKS: u32 = 6;
/// Pre-stated stopping rule: no verdict before this many blocks are complete.
pub const MIN_BLOCKS: u32 = 2;
/// Most blocks an experiment may plan: keeps the exact randomisation test at 2^8 orders.
pub const MAX_BLOCKS: u32 = 8;
/// Shortest and longest period, in days.
pub const PERIOD_DAYS_RANGE: std::ops::RangeInclusive<u32> = 3..=14;
/// Our pre-stated threshold for the randomisation test: a verdict that the change helps or
/// hurts needs p <= 0.05 (the usual two-sided 5 % level; our choice, stated before any
/// experiment runs).
pub const ALPHA: f64 = 0.05;

/// The fewest blocks with which the exact randomisation test can reach [`ALPHA`]: with B
/// blocks the observed order and its mirror image are always at least as extreme, so p is
/// never below 2 / 2^B (4 blocks: 0.125; 6 blocks: 0.031).
pub const fn blocks_for_alpha() -> u32 {
    let mut blocks = 1;
    // 2 / 2^B <= ALPHA  <=>  2^B >= 2 / ALPHA = 40.
    while (1u64 << blocks) < 40 {
        blocks += 1;
    }
    blocks
}

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
    /// Whether naming the change says something about intimacy: a report or a share names
    /// it only when the user included intimacy details.
    pub fn concerns_intimacy(&self) -> bool {
        matches!(
            self,
            ExperimentChange::WarmUp | ExperimentChange::HipPillow | ExperimentChange::Position(_)
        )
    }

    /// How the change is named on the Experiments page, in the report and the CLI, in the
    /// language in use. Only the kind and the user's words are stored or shared; the title
    /// is made when it is shown.
    pub fn title(&self) -> String {
        self.title_in(crate::i18n::current())
    }

    /// [`ExperimentChange::title`] in `locale`.
    pub fn title_in(&self, locale: crate::i18n::Locale) -> String {
        use crate::i18n::{args, tr_in};
        match self {
            ExperimentChange::Position(name) => tr_in(
                locale,
                "titles-change-position",
                Some(&args([("name", name.as_str().into())])),
            ),
            ExperimentChange::Custom(text) => text.clone(),
            other => tr_in(
                locale,
                "titles-change",
                Some(&args([("kind", other.key().into())])),
            ),
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
    /// `LowerWith` / `HigherWith` only when every pre-stated rule holds ([`settle`]): the
    /// comparison rules (MIN_CASES known days per arm, the change that matters, the unknowns
    /// rule), the interval excludes 0 and p <= [`ALPHA`]. Otherwise `TooFewCases` (before
    /// MIN_BLOCKS are done or with too few rated days), `TooManyUnknown`, or
    /// `NoClearDifference`, with the reasons in `unsettled`.
    pub verdict: Verdict,
    /// Why the result is not a verdict that the change helps or hurts; empty when it is.
    pub unsettled: Vec<Unsettled>,
    pub sentence: String,
}

/// One reason an experiment's result does not (yet) say the change helps or hurts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Unsettled {
    /// Fewer than MIN_BLOCKS blocks are complete.
    BlocksNotDone,
    /// Fewer than MIN_CASES rated days in an arm.
    TooFewRatedDays,
    /// The unrated days could erase or reverse the difference.
    UnknownsCouldChange,
    /// The difference is below the change that matters (2 points or 30 %).
    BelowChangeThatMatters,
    /// The 95 % interval of the difference includes 0 (or there is none yet).
    IntervalCrossesZero,
    /// The randomisation test's p is above ALPHA: chance alone could give this difference.
    ChanceNotRuledOut,
    /// The plan has fewer blocks than [`blocks_for_alpha`]: p can never reach ALPHA.
    TooFewBlocksPlanned,
}

/// The pre-stated verdict rule. A "less pain with" / "more pain with" verdict needs all of:
/// at least MIN_BLOCKS complete blocks; the comparison rules of [`Verdict::judge`] (MIN_CASES
/// rated days per arm, a difference that reaches the change that matters, the unknowns
/// rule); a 95 % interval of the difference that excludes 0 on the same side; and p <=
/// [`ALPHA`]. Anything else is no verdict, with every reason that applies.
pub fn settle(
    blocks_complete: u32,
    blocks_planned: u32,
    with: &Stat,
    without: &Stat,
    interval: Option<(f64, f64)>,
    p_value: Option<f64>,
) -> (Verdict, Vec<Unsettled>) {
    if blocks_complete < MIN_BLOCKS {
        return (Verdict::TooFewCases, vec![Unsettled::BlocksNotDone]);
    }
    let judged = Verdict::judge(with, without);
    let mut why = match judged {
        Verdict::TooFewCases => return (judged, vec![Unsettled::TooFewRatedDays]),
        Verdict::TooManyUnknown => vec![Unsettled::UnknownsCouldChange],
        Verdict::NoClearDifference => vec![Unsettled::BelowChangeThatMatters],
        Verdict::LowerWith | Verdict::HigherWith => Vec::new(),
    };
    let lower = with.mean.zip(without.mean).is_some_and(|(w, wo)| w < wo);
    let excludes_zero = interval.is_some_and(|(lo, hi)| if lower { hi < 0.0 } else { lo > 0.0 });
    if !excludes_zero {
        why.push(Unsettled::IntervalCrossesZero);
    }
    if !p_value.is_some_and(|p| p <= ALPHA + 1e-12) {
        why.push(Unsettled::ChanceNotRuledOut);
        if blocks_planned < blocks_for_alpha() {
            why.push(Unsettled::TooFewBlocksPlanned);
        }
    }
    match judged {
        Verdict::LowerWith | Verdict::HigherWith if !why.is_empty() => {
            (Verdict::NoClearDifference, why)
        }
        _ => (judged, why),
    }
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
    let (verdict, unsettled) = settle(
        blocks_complete,
        plan.blocks,
        &with.outcome,
        &without.outcome,
        interval,
        p_value,
    );
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
        unsettled,
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

/// The result in one sentence, in the language in use (it is made for display, never
/// stored or shared).
fn sentence(r: &ExperimentResult, change: &ExperimentChange) -> String {
    use crate::i18n::{args, tr_in};
    let locale = crate::i18n::current();
    let mut words = args([
        ("title", change.title_in(locale).into()),
        ("days", r.days_run.into()),
        ("knownWith", r.with.outcome.n.into()),
        ("knownWithout", r.without.outcome.n.into()),
        ("unknownWith", r.with.outcome.unknown.into()),
        ("unknownWithout", r.without.outcome.unknown.into()),
        ("done", r.blocks_complete.into()),
        ("planned", r.blocks_planned.into()),
        ("minBlocks", MIN_BLOCKS.into()),
        ("minDays", MIN_CASES.into()),
    ]);
    let head = match r.state {
        ExperimentState::Abandoned => tr_in(locale, "titles-experiment-abandoned", Some(&words)),
        ExperimentState::Paused => tr_in(locale, "titles-experiment-paused", None),
        _ => String::new(),
    };
    let body = match (r.verdict, r.with.outcome.mean, r.without.outcome.mean) {
        (Verdict::TooFewCases, _, _) | (_, None, _) | (_, _, None) => {
            tr_in(locale, "titles-experiment-no-verdict", Some(&words))
        }
        (verdict, Some(a), Some(b)) => {
            let verdict = match verdict {
                Verdict::LowerWith => "lower",
                Verdict::HigherWith => "higher",
                _ => "unsettled",
            };
            words.set("verdict", verdict);
            words.set("with", decimal_in(locale, a));
            words.set("without", decimal_in(locale, b));
            words.set("head", unsettled_head_in(locale, r));
            words.set("why", why_not_in(locale, r));
            let mut text = tr_in(locale, "titles-experiment-averages", Some(&words));
            // A result held back by chance already gives p in its reasons.
            if let Some(p) = r.p_value {
                if !r.unsettled.contains(&Unsettled::ChanceNotRuledOut) {
                    let percent = args([("percent", (p * 100.0).round().into())]);
                    text.push(' ');
                    text.push_str(&tr_in(locale, "titles-experiment-chance", Some(&percent)));
                }
            }
            text
        }
    };
    if head.is_empty() {
        body
    } else {
        format!("{head} {body}")
    }
}

/// "no clear difference" when the difference is below the change that matters, "not
/// settled" when it reaches it but the interval or the test leave it open.
pub fn unsettled_head(r: &ExperimentResult) -> String {
    unsettled_head_in(crate::i18n::current(), r)
}

/// [`unsettled_head`] in a chosen language.
pub fn unsettled_head_in(locale: crate::i18n::Locale, r: &ExperimentResult) -> String {
    let id = if r.unsettled.contains(&Unsettled::BelowChangeThatMatters) {
        "experiment-head-no-clear-difference"
    } else {
        "experiment-head-not-settled"
    };
    crate::i18n::tr_in(locale, id, None)
}

/// Every reason in `r.unsettled`, in plain words, joined into one clause.
pub fn why_not(r: &ExperimentResult) -> String {
    why_not_in(crate::i18n::current(), r)
}

/// [`why_not`] in a chosen language.
pub fn why_not_in(locale: crate::i18n::Locale, r: &ExperimentResult) -> String {
    use crate::i18n::{args, format_decimal, tr_in};
    let decimal = |x: f64| format_decimal(locale, (x * 10.0).round() / 10.0, 1);
    let reasons: Vec<String> = r
        .unsettled
        .iter()
        .map(|why| match why {
            Unsettled::BlocksNotDone => tr_in(
                locale,
                "experiment-why-blocks-not-done",
                Some(&args([
                    ("done", r.blocks_complete.into()),
                    ("needed", MIN_BLOCKS.into()),
                ])),
            ),
            Unsettled::TooFewRatedDays => tr_in(
                locale,
                "experiment-why-too-few-rated-days",
                Some(&args([("min", MIN_CASES.into())])),
            ),
            Unsettled::UnknownsCouldChange => {
                tr_in(locale, "experiment-why-unknowns-could-change", None)
            }
            Unsettled::BelowChangeThatMatters => {
                tr_in(locale, "experiment-why-below-change-that-matters", None)
            }
            Unsettled::IntervalCrossesZero => match r.interval {
                Some((lo, hi)) => tr_in(
                    locale,
                    "experiment-why-interval-crosses-zero",
                    Some(&args([
                        ("lo", decimal(lo).into()),
                        ("hi", decimal(hi).into()),
                    ])),
                ),
                None => tr_in(locale, "experiment-why-no-interval", None),
            },
            Unsettled::ChanceNotRuledOut => tr_in(
                locale,
                "experiment-why-chance-not-ruled-out",
                Some(&args([
                    (
                        "p",
                        r.p_value
                            .map_or_else(
                                || tr_in(locale, "experiment-p-unknown", None),
                                |p| format_decimal(locale, p, 3),
                            )
                            .into(),
                    ),
                    ("alpha", format_decimal(locale, ALPHA, 2).into()),
                ])),
            ),
            Unsettled::TooFewBlocksPlanned => tr_in(
                locale,
                "experiment-why-too-few-blocks-planned",
                Some(&args([
                    ("planned", r.blocks_planned.into()),
                    ("alpha", format_decimal(locale, ALPHA, 2).into()),
                    ("needed", blocks_for_alpha().into()),
                ])),
            ),
        })
        .collect();
    match reasons.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tr_in(
            locale,
            "experiment-why-list",
            Some(&args([
                ("rest", rest.join(", ").into()),
                ("last", last.clone().into()),
            ])),
        ),
    }
}

/// What the window and the CLI send to start an experiment (the start is today; the seed
/// is drawn by the caller).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ExperimentRequest {
    pub change: ExperimentChange,
    pub outcome: ExperimentOutcome,
    /// Default [`DEFAULT_PERIOD_DAYS`].
    #[serde(default)]
    pub period_days: Option<u32>,
    /// Default [`DEFAULT_BLOCKS`].
    #[serde(default)]
    pub blocks: Option<u32>,
}

impl ExperimentRequest {
    pub fn plan(&self, start: NaiveDate, seed: u64) -> Result<Plan, PlanError> {
        Plan::new(
            start,
            self.period_days.unwrap_or(DEFAULT_PERIOD_DAYS),
            self.blocks.unwrap_or(DEFAULT_BLOCKS),
            seed,
        )
    }
}

/// "Did you follow today's arm?" for one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ExperimentMark {
    pub date: NaiveDate,
    pub followed: bool,
}

/// A stored experiment: what is tried, what is measured, and its plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Experiment {
    pub id: Uuid,
    pub change: ExperimentChange,
    pub outcome: ExperimentOutcome,
    pub plan: Plan,
    /// The day the user gave it up; None while it runs or once it has finished.
    pub abandoned_on: Option<NaiveDate>,
}

impl Experiment {
    fn row(&self) -> CoreResult<ExperimentRow> {
        Ok(ExperimentRow {
            id: self.id,
            change: serde_json::to_string(&self.change)
                .map_err(|e| CoreError::Storage(e.to_string()))?,
            outcome: match self.outcome {
                ExperimentOutcome::NextMorning => "next_morning",
                ExperimentOutcome::PainAfter => "pain_after",
            },
            start: self.plan.start,
            period_days: self.plan.period_days,
            blocks: self.plan.blocks,
            seed: self.plan.seed,
            abandoned_on: self.abandoned_on,
        })
    }

    fn from_row(row: ExperimentRow) -> CoreResult<Experiment> {
        let malformed = || CoreError::Storage(tr("error-stored-experiment-malformed"));
        Ok(Experiment {
            id: row.id,
            change: serde_json::from_str(&row.change).map_err(|_| malformed())?,
            outcome: if row.outcome == "next_morning" {
                ExperimentOutcome::NextMorning
            } else {
                ExperimentOutcome::PainAfter
            },
            plan: Plan::new(row.start, row.period_days, row.blocks, row.seed)
                .map_err(|_| malformed())?,
            abandoned_on: row.abandoned_on,
        })
    }

    /// The state on `today`, given whether an urgent or emergency alert is open.
    pub fn state(&self, today: NaiveDate, alert_open: bool) -> ExperimentState {
        if self.abandoned_on.is_some() {
            ExperimentState::Abandoned
        } else if today > self.plan.last_day() {
            ExperimentState::Finished
        } else if alert_open {
            ExperimentState::Paused
        } else {
            ExperimentState::Running
        }
    }
}

/// An experiment as a partner share carries it (export format 5, `includes.experiments`):
/// what was tried, the plan (its schedule is rebuilt from the seed), each arm's outcomes and
/// the verdict with its reasons. Never the sentence (it names the change in the user's own
/// words); the change's own words travel only with their include: a position's name with
/// intimacy details, words the user wrote with notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SharedExperiment {
    pub id: Uuid,
    /// The change's key: warm_up, hip_pillow, position, hip_hinge, morning_stretch,
    /// core_days or custom.
    pub change: String,
    /// The position's name or the user's own words, when their include was chosen.
    #[serde(default)]
    pub change_text: String,
    pub outcome: ExperimentOutcome,
    pub plan: Plan,
    #[serde(default)]
    pub abandoned_on: Option<NaiveDate>,
    pub state: ExperimentState,
    pub blocks_complete: u32,
    pub with: ArmResult,
    pub without: ArmResult,
    pub difference: Option<f64>,
    pub interval: Option<(f64, f64)>,
    pub p_value: Option<f64>,
    pub adherence: Option<f64>,
    pub verdict: Verdict,
    #[serde(default)]
    pub unsettled: Vec<Unsettled>,
}

/// The keys a shared experiment's change may have.
pub const CHANGE_KEYS: [&str; 7] = [
    "warm_up",
    "hip_pillow",
    "position",
    "hip_hinge",
    "morning_stretch",
    "core_days",
    "custom",
];

impl ExperimentChange {
    /// The change's key (`warm_up`, ..., `custom`): what two partners' experiments are
    /// matched on.
    pub fn key(&self) -> &'static str {
        match self {
            ExperimentChange::WarmUp => "warm_up",
            ExperimentChange::HipPillow => "hip_pillow",
            ExperimentChange::Position(_) => "position",
            ExperimentChange::HipHinge => "hip_hinge",
            ExperimentChange::MorningStretch => "morning_stretch",
            ExperimentChange::CoreDays => "core_days",
            ExperimentChange::Custom(_) => "custom",
        }
    }
}

/// Which of a change's own words a share may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeWords {
    /// A position's name (with intimacy details).
    pub position_name: bool,
    /// A change described in the user's own words (with notes).
    pub own_words: bool,
}

impl ChangeWords {
    pub const ALL: ChangeWords = ChangeWords {
        position_name: true,
        own_words: true,
    };
}

impl SharedExperiment {
    pub fn from_status(status: &ExperimentStatus, words: ChangeWords) -> Self {
        let change = &status.experiment.change;
        let change_text = match change {
            ExperimentChange::Position(name) if words.position_name => name.clone(),
            ExperimentChange::Custom(text) if words.own_words => text.clone(),
            _ => String::new(),
        };
        let r = &status.result;
        SharedExperiment {
            id: status.experiment.id,
            change: change.key().into(),
            change_text,
            outcome: status.experiment.outcome,
            plan: status.experiment.plan,
            abandoned_on: status.experiment.abandoned_on,
            state: r.state,
            blocks_complete: r.blocks_complete,
            with: r.with.clone(),
            without: r.without.clone(),
            difference: r.difference,
            interval: r.interval,
            p_value: r.p_value,
            adherence: r.adherence,
            verdict: r.verdict,
            unsettled: r.unsettled.clone(),
        }
    }

    /// How the change is named, in the language in use: its title, or a neutral name when
    /// its words were not shared.
    pub fn title(&self) -> String {
        self.title_in(crate::i18n::current())
    }

    /// [`SharedExperiment::title`] in `locale`.
    pub fn title_in(&self, locale: crate::i18n::Locale) -> String {
        match (self.change.as_str(), self.change_text.is_empty()) {
            ("position", true) => {
                crate::i18n::tr_in(locale, "titles-change-position-unshared", None)
            }
            ("custom", true) => crate::i18n::tr_in(locale, "titles-change-custom-unshared", None),
            ("position", false) => {
                ExperimentChange::Position(self.change_text.clone()).title_in(locale)
            }
            ("custom", false) => self.change_text.clone(),
            (key, _) => {
                serde_json::from_value::<ExperimentChange>(serde_json::json!({ "kind": key }))
                    .map(|c| c.title_in(locale))
                    .unwrap_or_else(|_| key.to_string())
            }
        }
    }

    /// Whether two experiments tried the same change: the same key, and for a position or
    /// a change in one's own words, the same words (both shared).
    pub fn same_change(&self, other: &SharedExperiment) -> bool {
        self.change == other.change
            && match self.change.as_str() {
                "position" | "custom" => {
                    !self.change_text.is_empty()
                        && self.change_text.trim().to_lowercase()
                            == other.change_text.trim().to_lowercase()
                }
                _ => true,
            }
    }

    /// What a file must hold for a shared experiment to be kept: a known change, a plan that
    /// could run, outcome figures on the 0-10 scale, p and adherence shares. Returns the
    /// field and what is wrong.
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        if !CHANGE_KEYS.contains(&self.change.as_str()) {
            return Err(("change", tr("error-experiment-change-unknown")));
        }
        if self.change_text.chars().count() > 120 {
            return Err(("change_text", tr("error-experiment-text-too-long")));
        }
        Plan::new(
            self.plan.start,
            self.plan.period_days,
            self.plan.blocks,
            self.plan.seed,
        )
        .map_err(|_| ("plan", tr("error-experiment-plan-invalid")))?;
        if self.blocks_complete > self.plan.blocks {
            return Err(("blocks_complete", tr("error-experiment-blocks-exceed")));
        }
        let score = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && (0.0..=10.0).contains(&v));
        let share = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && (0.0..=1.0).contains(&v));
        let diff = |v: f64| v.is_finite() && (-10.0..=10.0).contains(&v);
        for arm in [&self.with, &self.without] {
            if !score(arm.outcome.mean) || arm.outcome.distribution.len() > 11 {
                return Err(("outcome", tr("error-experiment-outcome-scale")));
            }
        }
        if !self.difference.is_none_or(diff)
            || !self
                .interval
                .is_none_or(|(lo, hi)| lo.is_finite() && hi.is_finite() && lo <= hi)
        {
            return Err(("difference", tr("error-experiment-difference")));
        }
        if !share(self.p_value) || !share(self.adherence) {
            return Err(("p_value", tr("error-experiment-share")));
        }
        if self.unsettled.len() > 7 {
            return Err(("unsettled", tr("error-experiment-too-many-reasons")));
        }
        Ok(())
    }
}

/// What applies today, in words that are safe on a lock screen: the arm, never the change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TodayArm {
    pub date: NaiveDate,
    pub block: u32,
    pub arm: Arm,
    /// What the user said for today; None = not yet.
    pub followed: Option<bool>,
    /// "Experiment day 9 of 56: a day WITH the change." (no intimate words).
    pub text: String,
}

/// Everything the Experiments page and `backstory experiment status` show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExperimentStatus {
    pub experiment: Experiment,
    pub title: String,
    pub periods: Vec<Period>,
    /// None before the start, after the end, once abandoned, or while paused.
    pub today: Option<TodayArm>,
    pub days: Vec<ExperimentDay>,
    pub result: ExperimentResult,
}

/// The days an urgent or emergency alert was open: from the day it was first raised to
/// the day it was resolved (or today). An alert resolved and raised again keeps one span
/// from its first raise, so a pause may cover a few days too many, never too few.
pub fn alert_days(alerts: &[Alert], today: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    alerts
        .iter()
        .filter(|a| a.rule.tier <= Tier::Urgent)
        .map(|a| {
            let end = a.resolved_at.map_or(today, |r| r.date_naive());
            (a.first_raised_at.date_naive(), end)
        })
        .collect()
}

/// Whether an urgent or emergency alert is open now: it pauses a running experiment.
pub fn alert_open(alerts: &[Alert]) -> bool {
    alerts
        .iter()
        .any(|a| a.rule.tier <= Tier::Urgent && a.resolved_at.is_none())
}

/// Builds the status from what the store read.
pub fn status(
    experiment: Experiment,
    outcomes: &[(NaiveDate, u8)],
    followed: &[(NaiveDate, bool)],
    alerts: &[Alert],
    today: NaiveDate,
) -> ExperimentStatus {
    let plan = experiment.plan;
    let spans = alert_days(alerts, today);
    let state = experiment.state(today, alert_open(alerts));
    let end = experiment
        .abandoned_on
        .unwrap_or(today)
        .min(plan.last_day() + Duration::days(1));
    let mut days = Vec::new();
    let mut day = plan.start;
    while day <= end.min(plan.last_day()) {
        days.push(ExperimentDay {
            date: day,
            outcome: outcomes.iter().find(|o| o.0 == day).map(|o| o.1),
            followed: followed.iter().find(|f| f.0 == day).map(|f| f.1),
            paused: spans.iter().any(|(from, to)| (*from..=*to).contains(&day)),
        });
        day += Duration::days(1);
    }
    let result = analyse(&plan, &experiment.change, &days, state, end);
    let today_arm = match (state, plan.slot_on(today)) {
        (ExperimentState::Running, Some((block, arm))) => {
            let day_no = (today - plan.start).num_days() + 1;
            let total = i64::from(plan.period_days * 2 * plan.blocks);
            let which = match arm {
                Arm::With => "with",
                Arm::Without => "without",
            };
            let words = crate::i18n::args([
                ("day", day_no.into()),
                ("total", total.into()),
                ("arm", which.into()),
            ]);
            Some(TodayArm {
                date: today,
                block,
                arm,
                followed: followed.iter().find(|f| f.0 == today).map(|f| f.1),
                text: crate::i18n::tr_with("titles-experiment-today", &words),
            })
        }
        _ => None,
    };
    ExperimentStatus {
        title: experiment.change.title(),
        periods: plan.periods(),
        today: today_arm,
        days,
        result,
        experiment,
    }
}

impl Journal {
    /// Starts an experiment today; refused while another one is running.
    pub(crate) fn start_experiment(
        &mut self,
        change: ExperimentChange,
        outcome: ExperimentOutcome,
        plan: Plan,
        now: DateTime<Utc>,
    ) -> CoreResult<ExperimentStatus> {
        if let ExperimentChange::Custom(text) | ExperimentChange::Position(text) = &change {
            let len = text.trim().chars().count();
            if len == 0 || len > 120 {
                return Err(CoreError::validation(
                    "change",
                    tr("error-experiment-change-length"),
                ));
            }
        }
        if let Some(current) = self.latest()? {
            if current.state(plan.start, false) != ExperimentState::Abandoned
                && plan.start <= current.plan.last_day()
            {
                return Err(CoreError::validation(
                    "experiment",
                    tr("error-experiment-running"),
                ));
            }
        }
        let experiment = Experiment {
            id: Uuid::new_v4(),
            change,
            outcome,
            plan,
            abandoned_on: None,
        };
        self.insert_experiment(&experiment.row()?, now)?;
        self.experiment_status(plan.start)?
            .ok_or_else(|| CoreError::Storage(tr("error-experiment-not-saved")))
    }

    /// The latest experiment on `today`, analysed; None if none was ever started.
    pub(crate) fn experiment_status(
        &self,
        today: NaiveDate,
    ) -> CoreResult<Option<ExperimentStatus>> {
        self.latest()?
            .map(|experiment| self.status_of(experiment, today))
            .transpose()
    }

    fn status_of(&self, experiment: Experiment, today: NaiveDate) -> CoreResult<ExperimentStatus> {
        let outcomes = self.experiment_outcomes(
            experiment.outcome == ExperimentOutcome::NextMorning,
            experiment.plan.start,
            experiment.plan.last_day(),
        )?;
        let followed = self.experiment_followed(experiment.id)?;
        let alerts = self.alert_list()?;
        Ok(status(experiment, &outcomes, &followed, &alerts, today))
    }

    /// Every experiment that overlaps `from..=to` (open where None), analysed on `today`, as
    /// a share carries it (newest first), with the words `words` allows.
    pub(crate) fn shared_experiments(
        &self,
        (from, to): (Option<NaiveDate>, Option<NaiveDate>),
        words: ChangeWords,
        today: NaiveDate,
    ) -> CoreResult<Vec<SharedExperiment>> {
        let mut out = Vec::new();
        for row in self.experiment_rows(None)? {
            let experiment = Experiment::from_row(row)?;
            let end = experiment
                .abandoned_on
                .unwrap_or(experiment.plan.last_day());
            let overlaps =
                from.is_none_or(|f| end >= f) && to.is_none_or(|t| experiment.plan.start <= t);
            if overlaps {
                let status = self.status_of(experiment, today)?;
                out.push(SharedExperiment::from_status(&status, words));
            }
        }
        Ok(out)
    }

    /// Records whether the user followed the arm on `date` (a day of the running experiment,
    /// not in the future).
    pub(crate) fn mark_experiment_day(
        &mut self,
        date: NaiveDate,
        followed: bool,
        today: NaiveDate,
    ) -> CoreResult<ExperimentStatus> {
        let current = self.running_experiment(today)?;
        if date > today || current.plan.slot_on(date).is_none() {
            return Err(CoreError::validation(
                "date",
                tr("error-experiment-day-outside"),
            ));
        }
        self.set_experiment_followed(current.id, date, followed)?;
        self.experiment_status(today)?
            .ok_or_else(|| CoreError::Storage(tr("error-experiment-disappeared")))
    }

    /// Gives up the running experiment; its result then says "abandoned after N days".
    pub(crate) fn abandon_experiment(&mut self, today: NaiveDate) -> CoreResult<ExperimentStatus> {
        let current = self.running_experiment(today)?;
        self.set_experiment_abandoned(current.id, today)?;
        self.experiment_status(today)?
            .ok_or_else(|| CoreError::Storage(tr("error-experiment-disappeared")))
    }

    /// For the "today's plan is ready" reminder: the days from `from` to `to` on which the
    /// latest experiment gives an arm and runs (not paused, finished or abandoned), and the
    /// days already marked followed or not. Days after today assume today's alerts stay open
    /// or closed.
    pub(crate) fn experiment_reminder_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> CoreResult<(BTreeSet<NaiveDate>, BTreeSet<NaiveDate>)> {
        let Some(experiment) = self.latest()? else {
            return Ok(Default::default());
        };
        let paused = alert_open(&self.alert_list()?);
        let running = from
            .iter_days()
            .take_while(|day| *day <= to)
            .filter(|day| {
                experiment.state(*day, paused) == ExperimentState::Running
                    && experiment.plan.slot_on(*day).is_some()
            })
            .collect();
        let marked = self
            .experiment_followed(experiment.id)?
            .into_iter()
            .map(|(day, _)| day)
            .collect();
        Ok((running, marked))
    }

    fn latest(&self) -> CoreResult<Option<Experiment>> {
        self.latest_experiment()?
            .map(Experiment::from_row)
            .transpose()
    }

    fn running_experiment(&self, today: NaiveDate) -> CoreResult<Experiment> {
        match self.latest()? {
            Some(e) if e.abandoned_on.is_none() && today <= e.plan.last_day() => Ok(e),
            _ => Err(CoreError::validation(
                "experiment",
                tr("error-no-experiment-running"),
            )),
        }
    }
}

#[cfg(test)]
mod tests;
