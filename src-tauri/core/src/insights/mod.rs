//! Insights: what the journal's numbers say about pain over time, pain after activities,
//! and the core programme. Invariants:
//! - every function here only reads; time comes in as a parameter (`today`), never the clock;
//! - a "day" is the entry's own `local_date` (the user's local day when they logged it), so
//!   an entry at 23:30 in New York and one at 00:30 in Berlin fall on the days the user saw;
//! - no comparison is called a finding with fewer than [`MIN_CASES`] cases on either side,
//!   and every figure carries the count it rests on;
//! - a change is flagged as one that matters only at >= 2 NRS points or >= 30 %
//!   (Farrar, Pain 2001; Ostelo, Spine 2008 — see [`change_matters`]).
//!
//! The loaders run SQL aggregates over indexed columns (`local_date`, `kind`, `nrs`,
//! `activity_id`); the arithmetic lives in pure functions that the tests feed by hand.

pub mod adherence;
pub mod after;
pub mod body_map;
pub mod flares;
pub mod peg;
pub mod summary;
pub mod trend;

pub use adherence::*;
pub use after::*;
pub use body_map::*;
pub use flares::*;
pub use peg::*;
pub use summary::*;
pub use trend::*;

use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, args, tr, tr_in, Locale};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Fewest cases on each side before a comparison may be shown as a finding.
pub const MIN_CASES: u32 = 3;
/// A change of this many NRS points matters (Farrar 2001; Ostelo 2008).
pub const MATTERS_POINTS: f64 = 2.0;
/// A change of this fraction of the earlier value matters (Farrar 2001: 30 %)...
pub const MATTERS_FRACTION: f64 = 0.30;
/// ...provided it is at least this many points: on a scale rated in whole numbers, a move of
/// less than one point is within the rounding of a single rating, so 0.3 -> 0.5 (+67 %)
/// is not flagged.
pub const MATTERS_FLOOR_POINTS: f64 = 1.0;

/// Whether going from `before` to `after` (both 0-10) is a change that matters:
/// at least 2 points, or at least 30 % of `before` when that is also at least 1 point.
pub fn change_matters(before: f64, after: f64) -> bool {
    let delta = (after - before).abs();
    // A hair of tolerance so 2.0 computed as 1.9999999 still counts.
    const EPS: f64 = 1e-9;
    if delta + EPS >= MATTERS_POINTS {
        return true;
    }
    before > 0.0 && delta + EPS >= MATTERS_FLOOR_POINTS && delta / before + EPS >= MATTERS_FRACTION
}

/// How one figure moved from an earlier period (or group) to a later one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Change {
    pub previous: f64,
    pub current: f64,
    /// current - previous (negative = less pain).
    pub delta: f64,
    /// delta as a fraction of previous; None when previous is 0.
    pub fraction: Option<f64>,
    /// At least 2 points or 30 % (see `change_matters`).
    pub matters: bool,
}

impl Change {
    pub fn between(previous: f64, current: f64) -> Change {
        let delta = current - previous;
        Change {
            previous,
            current,
            delta,
            fraction: (previous > 0.0).then(|| delta / previous),
            matters: change_matters(previous, current),
        }
    }
}

/// A set of pain ratings: how many, their mean, and how many at each NRS value 0-10.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Stat {
    /// Cases with a value (for outcomes: a known rating, 0 included).
    pub n: u32,
    pub mean: Option<f64>,
    /// Count of cases at each NRS value 0..=10 (11 numbers); empty when the values are
    /// averages rather than single ratings.
    pub distribution: Vec<u32>,
    /// Cases whose outcome is unknown (nobody said how the back was afterwards): counted
    /// here, never in `n`, `mean` or `distribution`. 0 where every case has a value.
    #[serde(default)]
    pub unknown: u32,
}

/// Accumulates ratings into a [`Stat`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Tally {
    n: u32,
    sum: f64,
    dist: Option<[u32; 11]>,
    unknown: u32,
}

impl Tally {
    /// A tally of whole NRS ratings, with a distribution.
    pub fn ratings() -> Tally {
        Tally {
            n: 0,
            sum: 0.0,
            dist: Some([0; 11]),
            unknown: 0,
        }
    }
    /// A tally of averages (no distribution).
    pub fn averages() -> Tally {
        Tally::default()
    }
    pub fn add_rating(&mut self, nrs: u8) {
        let nrs = nrs.min(10);
        self.n += 1;
        self.sum += f64::from(nrs);
        if let Some(d) = &mut self.dist {
            d[usize::from(nrs)] += 1;
        }
    }
    /// A case whose outcome is unknown: counted, never rated.
    pub fn add_unknown(&mut self) {
        self.unknown += 1;
    }
    /// A case's outcome: a rating, or unknown.
    pub fn add_outcome(&mut self, outcome: Option<u8>) {
        match outcome {
            Some(nrs) => self.add_rating(nrs),
            None => self.add_unknown(),
        }
    }
    pub fn add_value(&mut self, value: f64) {
        self.n += 1;
        self.sum += value;
    }
    /// The cases in `self` that are not in `part` (a sub-tally of `self`): "the others" of a
    /// one-vs-rest comparison without a second pass over the cases. Sums of whole ratings
    /// are exact in f64, so the result equals a tally of those cases.
    pub fn without(&self, part: &Tally) -> Tally {
        Tally {
            n: self.n - part.n,
            sum: self.sum - part.sum,
            dist: match (self.dist, part.dist) {
                (Some(all), Some(p)) => Some(std::array::from_fn(|i| all[i] - p[i])),
                (all, _) => all,
            },
            unknown: self.unknown - part.unknown,
        }
    }
    /// `self` and `other` together.
    pub fn plus(&self, other: &Tally) -> Tally {
        Tally {
            n: self.n + other.n,
            sum: self.sum + other.sum,
            dist: match (self.dist, other.dist) {
                (Some(a), Some(b)) => Some(std::array::from_fn(|i| a[i] + b[i])),
                (a, _) => a,
            },
            unknown: self.unknown + other.unknown,
        }
    }
    pub fn stat(&self) -> Stat {
        Stat {
            n: self.n,
            mean: (self.n > 0).then(|| self.sum / f64::from(self.n)),
            distribution: self.dist.map(|d| d.to_vec()).unwrap_or_default(),
            unknown: self.unknown,
        }
    }
}

/// What a with/without comparison shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Verdict {
    /// Fewer than MIN_CASES on one side: shown only as "not enough cases yet".
    TooFewCases,
    /// Enough cases, but the difference is below the change that matters.
    NoClearDifference,
    /// Enough cases and pain was lower by a change that matters.
    LowerWith,
    /// Enough cases and pain was higher by a change that matters.
    HigherWith,
    /// Enough known outcomes, but the unknown ones, put at the ends of the scale, could
    /// erase or reverse the difference (or make one that matters where there is none):
    /// no verdict, "not enough known outcomes".
    TooManyUnknown,
}

impl Verdict {
    pub fn is_finding(self) -> bool {
        matches!(self, Verdict::LowerWith | Verdict::HigherWith)
    }

    /// Applies the n >= MIN_CASES rule (known outcomes), the change-that-matters rule, and
    /// the unknowns rule ([`unknowns_could_change`]).
    pub fn judge(with: &Stat, without: &Stat) -> Verdict {
        match (with.mean, without.mean) {
            (Some(w), Some(wo)) if with.n >= MIN_CASES && without.n >= MIN_CASES => {
                if unknowns_could_change(with, without) {
                    Verdict::TooManyUnknown
                } else if !change_matters(wo, w) {
                    Verdict::NoClearDifference
                } else if w < wo {
                    Verdict::LowerWith
                } else {
                    Verdict::HigherWith
                }
            }
            _ => Verdict::TooFewCases,
        }
    }
}

/// The lowest and highest a group's mean could be if its unknown outcomes were known: every
/// unknown at 0 (no pain), or every unknown at 10 (the worst). None without a known outcome.
pub fn mean_bounds(stat: &Stat) -> Option<(f64, f64)> {
    let known_sum = stat.mean? * f64::from(stat.n);
    let all = f64::from(stat.n + stat.unknown);
    let unknown = f64::from(stat.unknown);
    Some((known_sum / all, (known_sum + 10.0 * unknown) / all))
}

/// Whether the unknown outcomes could change what the known ones say. The two sides' means
/// are recomputed with the unknowns at the ends of the scale, 0 on one side and 10 on the
/// other, both ways. A difference that matters among the known outcomes is unsettled if an
/// extreme brings it to 0 or reverses its sign; "no clear difference" is unsettled if an
/// extreme makes a difference that matters. The scale's ends, not the observed range,
/// because an evening nobody answered for may have been better or worse than any answered one.
pub fn unknowns_could_change(with: &Stat, without: &Stat) -> bool {
    let (Some(w), Some(wo)) = (with.mean, without.mean) else {
        return false;
    };
    if with.unknown + without.unknown == 0 {
        return false;
    }
    let (Some((w_lo, w_hi)), Some((wo_lo, wo_hi))) = (mean_bounds(with), mean_bounds(without))
    else {
        return false;
    };
    if !change_matters(wo, w) {
        return change_matters(wo_hi, w_lo) || change_matters(wo_lo, w_hi);
    }
    let (lowest, highest) = (w_lo - wo_hi, w_hi - wo_lo);
    if w < wo {
        highest >= 0.0
    } else {
        lowest <= 0.0
    }
}

/// One side-by-side comparison, with the sentence the app shows for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Comparison {
    /// Stable id, e.g. "warm_up", "position:spooning".
    pub id: String,
    /// What is compared, e.g. "Warm-up before intimacy".
    pub title: String,
    pub with_label: String,
    pub without_label: String,
    pub with: Stat,
    pub without: Stat,
    /// with.mean - without.mean, when both sides have cases.
    pub difference: Option<f64>,
    pub verdict: Verdict,
    /// Plain sentence built from the figures above.
    pub sentence: String,
    /// What the figures are, to write the sentence again in another setting (the weekly
    /// summary quotes it).
    #[serde(skip)]
    #[ts(skip)]
    pub measure: Measure,
}

/// What a comparison's figures are and what one case is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Measure {
    /// Pain after an activity; one case is one activity ("times").
    #[default]
    PainAfter,
    /// A week's average daily pain; one case is one week.
    WeeklyPain,
}

impl Measure {
    /// The selector the Fluent messages choose their words by.
    fn key(self) -> &'static str {
        match self {
            Measure::PainAfter => "pain_after",
            Measure::WeeklyPain => "weekly_pain",
        }
    }
}

/// The words around a comparison: what is compared and how its sides are named (already
/// in the language the sentence is written in).
#[derive(Debug, Clone)]
pub struct ComparisonSpec {
    /// Stable id, e.g. "warm_up".
    pub id: String,
    pub title: String,
    pub with_label: String,
    pub without_label: String,
    /// What the numbers are and what one case is.
    pub measure: Measure,
}

impl Comparison {
    /// Judges the two sides and writes the sentence from their figures, in the language in
    /// use.
    pub fn build(spec: ComparisonSpec, with: Stat, without: Stat) -> Comparison {
        Comparison::build_in(i18n::current(), spec, with, without)
    }

    /// [`Comparison::build`] with its sentence in `locale`.
    pub fn build_in(locale: Locale, spec: ComparisonSpec, with: Stat, without: Stat) -> Comparison {
        let ComparisonSpec {
            id,
            title,
            with_label,
            without_label,
            measure,
        } = spec;
        let verdict = Verdict::judge(&with, &without);
        let difference = match (with.mean, without.mean) {
            (Some(a), Some(b)) => Some(a - b),
            _ => None,
        };
        let mut comparison = Comparison {
            id,
            title,
            with_label,
            without_label,
            with,
            without,
            difference,
            verdict,
            sentence: String::new(),
            measure,
        };
        comparison.sentence = comparison.sentence_in(locale, &comparison.title);
        comparison
    }

    /// The comparison's sentence in `locale`, headed by `title` (the weekly summary quotes
    /// it inside its own sentence, where English lowers the title's first letter).
    pub fn sentence_in(&self, locale: Locale, title: &str) -> String {
        let (with, without) = (&self.with, &self.without);
        // Where outcomes can be unknown, every sentence says how many were.
        let count_args = args([
            ("measure", self.measure.key().into()),
            ("with", with.n.into()),
            ("without", without.n.into()),
            ("with_unknown", with.unknown.into()),
            ("without_unknown", without.unknown.into()),
        ]);
        let counts = if with.unknown + without.unknown > 0 {
            tr_in(
                locale,
                "insights-comparison-counts-unknown",
                Some(&count_args),
            )
        } else {
            tr_in(locale, "insights-comparison-counts", Some(&count_args))
        };
        match (self.verdict, with.mean, without.mean) {
            (Verdict::TooFewCases, _, _) | (_, None, _) | (_, _, None) => tr_in(
                locale,
                "insights-comparison-too-few",
                Some(&args([
                    ("title", title.into()),
                    ("counts", counts.into()),
                    ("min", MIN_CASES.into()),
                ])),
            ),
            (verdict, Some(a), Some(b)) => tr_in(
                locale,
                "insights-comparison-result",
                Some(&args([
                    ("title", title.into()),
                    ("measure", self.measure.key().into()),
                    ("with_mean", decimal_in(locale, a).into()),
                    ("with_label", self.with_label.as_str().into()),
                    ("without_mean", decimal_in(locale, b).into()),
                    ("without_label", self.without_label.as_str().into()),
                    ("counts", counts.into()),
                    (
                        "verdict",
                        match verdict {
                            Verdict::NoClearDifference => "no_difference",
                            Verdict::TooManyUnknown => "too_many_unknown",
                            _ => "matters",
                        }
                        .into(),
                    ),
                ])),
            ),
        }
    }
}

/// Formats a figure the way the app shows it: one decimal ("2.1"). Machine-facing and
/// English; sentences a person reads use [`decimal_in`].
pub fn one_decimal(value: f64) -> String {
    format!("{:.1}", (value * 10.0).round() / 10.0)
}

/// A figure to one decimal as `locale` writes it: "2.1", "2,1".
pub fn decimal_in(locale: Locale, value: f64) -> String {
    i18n::format_decimal(locale, (value * 10.0).round() / 10.0, 1)
}

/// A title or name quoted inside a sentence: English lowers its first letter ("warm-up
/// before intimacy", "intimacy: spooning"); German keeps it, since its nouns and the polite
/// "Ihre" are written with a capital wherever they stand.
pub(crate) fn inside_sentence(locale: Locale, text: &str) -> String {
    match locale {
        Locale::De => text.to_string(),
        Locale::En | Locale::Pseudo => {
            let mut chars = text.chars();
            match chars.next() {
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        }
    }
}

/// Longest range a trend may cover, so a hostile query cannot ask for millennia.
pub const MAX_RANGE_DAYS: i64 = 366 * 30;

/// Checks a date range (inclusive) and clamps it to [`MAX_RANGE_DAYS`].
pub(crate) fn checked_range(from: NaiveDate, to: NaiveDate) -> CoreResult<(NaiveDate, NaiveDate)> {
    if from > to {
        return Err(CoreError::validation("from", tr("error-range-reversed")));
    }
    let earliest = to - Duration::days(MAX_RANGE_DAYS - 1);
    Ok((from.max(earliest), to))
}

/// Monday of the ISO week holding `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// First day of the month holding `date`.
pub fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("day 1 exists in every month")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    /// The one-vs-rest comparisons take "the others" by subtraction: it must equal a tally
    /// of those cases, unknowns and distribution included.
    #[test]
    fn a_tally_without_a_part_equals_a_tally_of_the_rest() {
        let outcomes: Vec<Option<u8>> = (0..500u32)
            .map(|i| (i % 7 != 3).then(|| u8::try_from(i * 37 % 11).unwrap()))
            .collect();
        let (part, rest): (Vec<_>, Vec<_>) =
            outcomes.iter().enumerate().partition(|(i, _)| i % 3 == 0);
        let tally = |cases: &[(usize, &Option<u8>)]| {
            let mut t = Tally::ratings();
            cases.iter().for_each(|(_, o)| t.add_outcome(**o));
            t
        };
        let every: Vec<_> = outcomes.iter().enumerate().collect();
        let (all, part, rest) = (tally(&every), tally(&part), tally(&rest));
        assert_eq!(all.without(&part).stat(), rest.stat());
        assert_eq!(part.plus(&rest).stat(), all.stat());
        assert!(rest.stat().unknown > 0 && rest.stat().n > 0);
    }

    #[rstest]
    #[case::two_points_down(6.0, 4.0, true)]
    #[case::two_points_up(2.0, 4.0, true)]
    #[case::just_under_two_points_small_fraction(8.0, 6.1, false)]
    #[case::thirty_percent_of_five(5.0, 3.5, true)]
    #[case::twenty_nine_percent(5.0, 3.55, false)]
    #[case::thirty_percent_but_under_one_point(3.0, 2.1, false)]
    #[case::one_point_thirty_three_percent(3.0, 2.0, true)]
    #[case::tiny_values(0.3, 0.5, false)]
    #[case::from_zero_to_one(0.0, 1.0, false)]
    #[case::from_zero_to_two(0.0, 2.0, true)]
    #[case::no_change(4.0, 4.0, false)]
    fn change_that_matters(#[case] before: f64, #[case] after: f64, #[case] expected: bool) {
        assert_eq!(
            change_matters(before, after),
            expected,
            "{before} -> {after}: expected matters = {expected}"
        );
    }

    fn stat(values: &[u8]) -> Stat {
        let mut t = Tally::ratings();
        values.iter().for_each(|v| t.add_rating(*v));
        t.stat()
    }

    #[rstest]
    #[case::two_vs_many(&[1, 1], &[5, 6, 7, 5], Verdict::TooFewCases)]
    #[case::many_vs_two(&[1, 1, 2, 1], &[5, 6], Verdict::TooFewCases)]
    #[case::three_each_lower(&[1, 2, 3], &[5, 6, 4], Verdict::LowerWith)]
    #[case::three_each_higher(&[6, 6, 6], &[2, 3, 4], Verdict::HigherWith)]
    #[case::three_each_close(&[4, 4, 5], &[5, 5, 4], Verdict::NoClearDifference)]
    #[case::empty_side(&[], &[5, 6, 4], Verdict::TooFewCases)]
    fn comparisons_need_three_cases_each_side(
        #[case] with: &[u8],
        #[case] without: &[u8],
        #[case] expected: Verdict,
    ) {
        assert_eq!(
            Verdict::judge(&stat(with), &stat(without)),
            expected,
            "with {with:?} vs without {without:?}"
        );
    }

    #[test]
    fn comparison_sentence_names_both_means_and_counts() {
        let spec = |id: &str, title: &str, with: &str| ComparisonSpec {
            id: id.into(),
            title: title.into(),
            with_label: with.into(),
            without_label: "without".into(),
            measure: Measure::PainAfter,
        };
        let c = Comparison::build(
            spec("warm_up", "Warm-up before intimacy", "with a warm-up"),
            stat(&[2, 2, 3, 1, 2, 3, 2]),
            stat(&[4, 5, 5, 4, 5, 4, 5, 5, 4]),
        );
        // with: 15/7 = 2.142..., without: 41/9 = 4.555...
        assert_eq!(
            c.sentence,
            "Warm-up before intimacy: pain after averaged 2.1 with a warm-up and 4.6 without (7 vs 9 times) — a difference that matters.",
            "sentence must carry both means to one decimal and both counts"
        );
        assert_eq!(
            c.verdict,
            Verdict::LowerWith,
            "2.1 vs 4.6 is more than 2 points lower"
        );
        let too_few =
            Comparison::build(spec("x", "Wedge", "with"), stat(&[1, 1]), stat(&[5, 5, 5]));
        assert!(
            !too_few.sentence.contains("averaged"),
            "a comparison with 2 cases must not show means as a finding: {}",
            too_few.sentence
        );
    }

    #[test]
    fn a_german_comparison_reads_as_german_with_decimal_commas() {
        let spec = ComparisonSpec {
            id: "warm_up".into(),
            title: "Aufwärmen vor Intimität".into(),
            with_label: "mit Aufwärmen".into(),
            without_label: "ohne".into(),
            measure: Measure::PainAfter,
        };
        let c = Comparison::build_in(
            Locale::De,
            spec.clone(),
            stat(&[2, 2, 3, 1, 2, 3, 2]),
            stat(&[4, 5, 5, 4, 5, 4, 5, 5, 4]),
        );
        assert_eq!(
            c.sentence,
            "Aufwärmen vor Intimität: der Schmerz danach lag im Schnitt bei 2,1 mit Aufwärmen und bei 4,6 ohne (7 gegen 9 Mal) — ein Unterschied, der zählt."
        );
        let unsure = Comparison::build_in(
            Locale::De,
            spec,
            with_unknown(&[1, 1, 1], 2),
            with_unknown(&[5, 5, 5], 2),
        );
        assert_eq!(
            unsure.sentence,
            "Aufwärmen vor Intimität: der Schmerz danach lag im Schnitt bei 1,0 mit Aufwärmen und bei 5,0 ohne (3 gegen 3 Mal bekannt, 2 gegen 2 unbekannt) — zu wenige bekannte Ergebnisse: die unbekannten könnten das ändern."
        );
    }

    fn with_unknown(values: &[u8], unknown: u32) -> Stat {
        let mut t = Tally::ratings();
        values.iter().for_each(|v| t.add_rating(*v));
        (0..unknown).for_each(|_| t.add_unknown());
        t.stat()
    }

    #[rstest]
    // Known 1.0 vs 5.0; 1 unknown each: with at most (3+10)/4 = 3.25, without at least 15/4 = 3.75.
    #[case::holds(&[1, 1, 1], 1, &[5, 5, 5], 1, Verdict::LowerWith)]
    // 2 unknown each: with at most 23/5 = 4.6, without at least 15/5 = 3.0 -> could reverse.
    #[case::could_reverse(&[1, 1, 1], 2, &[5, 5, 5], 2, Verdict::TooManyUnknown)]
    // Higher with: 8 vs 2, 1 unknown each: with at least 24/4 = 6, without at most 16/4 = 4.
    #[case::higher_holds(&[8, 8, 8], 1, &[2, 2, 2], 1, Verdict::HigherWith)]
    // No difference among the known, but 5 unknowns could make one: with 12/8 = 1.5 or
    // 62/8 = 7.75 vs 13/3 = 4.3.
    #[case::no_difference_unsettled(&[4, 4, 4], 5, &[4, 4, 5], 0, Verdict::TooManyUnknown)]
    // No difference among the known and too few unknowns to make one: 40/11 = 3.6 or
    // 50/11 = 4.5 vs 4.0.
    #[case::no_difference_settled(&[4; 10], 1, &[4; 10], 0, Verdict::NoClearDifference)]
    // Too few known is too few, however many unknown.
    #[case::too_few_known(&[1, 1], 9, &[5, 5, 5], 0, Verdict::TooFewCases)]
    fn unknowns_can_refuse_a_finding(
        #[case] with: &[u8],
        #[case] with_unknown_n: u32,
        #[case] without: &[u8],
        #[case] without_unknown_n: u32,
        #[case] expected: Verdict,
    ) {
        assert_eq!(
            Verdict::judge(
                &with_unknown(with, with_unknown_n),
                &with_unknown(without, without_unknown_n)
            ),
            expected,
            "{with:?} + {with_unknown_n} unknown vs {without:?} + {without_unknown_n} unknown"
        );
    }

    fn mean_of(values: &[u8]) -> f64 {
        values.iter().map(|v| f64::from(*v)).sum::<f64>() / values.len() as f64
    }

    proptest::proptest! {
        /// Whatever the unknown outcomes turn out to be, a finding keeps its sign: filling
        /// them in with any ratings never gives a difference of 0 or the other sign. A
        /// comparison whose known outcomes differ by a change that matters but whose
        /// unknowns could flip it says so (TooManyUnknown), never silently.
        #[test]
        fn unknown_outcomes_never_flip_a_finding_silently(
            with in proptest::collection::vec(0u8..=10, 0..12),
            without in proptest::collection::vec(0u8..=10, 0..12),
            with_fill in proptest::collection::vec(0u8..=10, 0..6),
            without_fill in proptest::collection::vec(0u8..=10, 0..6),
        ) {
            let w = with_unknown(&with, with_fill.len() as u32);
            let wo = with_unknown(&without, without_fill.len() as u32);
            let verdict = Verdict::judge(&w, &wo);
            let filled = |known: &[u8], fill: &[u8]| -> Vec<u8> {
                known.iter().chain(fill).copied().collect()
            };
            if verdict.is_finding() {
                let truth = mean_of(&filled(&with, &with_fill)) - mean_of(&filled(&without, &without_fill));
                let known = w.mean.unwrap() - wo.mean.unwrap();
                proptest::prop_assert!(truth * known > 0.0,
                    "{verdict:?}: known difference {known}, with the unknowns filled {truth}");
                // The extremes too, not only this one filling.
                let worst = [filled(&with, &vec![10; with_fill.len()]), filled(&without, &vec![0; without_fill.len()])];
                let best = [filled(&with, &vec![0; with_fill.len()]), filled(&without, &vec![10; without_fill.len()])];
                for [a, b] in [worst, best] {
                    proptest::prop_assert!((mean_of(&a) - mean_of(&b)) * known > 0.0, "an extreme filling flips it");
                }
            }
            // Without unknowns the rule never refuses anything.
            let known_only = Verdict::judge(&with_unknown(&with, 0), &with_unknown(&without, 0));
            proptest::prop_assert_ne!(known_only, Verdict::TooManyUnknown);
            if verdict == Verdict::TooManyUnknown {
                proptest::prop_assert_ne!(known_only, Verdict::TooFewCases, "too few known is said as such");
            }
            // A "no clear difference" holds whatever the unknowns are.
            if verdict == Verdict::NoClearDifference {
                let a = mean_of(&filled(&with, &with_fill));
                let b = mean_of(&filled(&without, &without_fill));
                proptest::prop_assert!(!change_matters(b, a), "a filling makes a difference that matters: {a} vs {b}");
            }
        }
    }

    #[test]
    fn stat_keeps_distribution_of_ratings() {
        let s = stat(&[0, 3, 3, 10]);
        assert_eq!(s.n, 4, "four ratings");
        assert_eq!(s.mean, Some(4.0), "(0+3+3+10)/4 = 4");
        assert_eq!(
            s.distribution,
            vec![1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1],
            "one 0, two 3s, one 10"
        );
    }

    #[rstest]
    #[case::monday("2024-03-11", "2024-03-11")]
    #[case::sunday("2024-03-17", "2024-03-11")]
    #[case::across_year("2025-01-01", "2024-12-30")]
    fn weeks_start_on_monday(#[case] date: &str, #[case] monday: &str) {
        let d: NaiveDate = date.parse().unwrap();
        assert_eq!(
            week_start(d).to_string(),
            monday,
            "ISO week of {date} starts on {monday}"
        );
    }
}
