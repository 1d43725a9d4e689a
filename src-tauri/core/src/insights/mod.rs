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
pub mod flares;
pub mod peg;
pub mod summary;
pub mod trend;

pub use adherence::*;
pub use after::*;
pub use flares::*;
pub use peg::*;
pub use summary::*;
pub use trend::*;

use crate::error::{CoreError, CoreResult};
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
    pub n: u32,
    pub mean: Option<f64>,
    /// Count of cases at each NRS value 0..=10 (11 numbers); empty when the values are
    /// averages rather than single ratings.
    pub distribution: Vec<u32>,
}

/// Accumulates ratings into a [`Stat`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Tally {
    n: u32,
    sum: f64,
    dist: Option<[u32; 11]>,
}

impl Tally {
    /// A tally of whole NRS ratings, with a distribution.
    pub fn ratings() -> Tally {
        Tally {
            n: 0,
            sum: 0.0,
            dist: Some([0; 11]),
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
    pub fn add_value(&mut self, value: f64) {
        self.n += 1;
        self.sum += value;
    }
    pub fn stat(&self) -> Stat {
        Stat {
            n: self.n,
            mean: (self.n > 0).then(|| self.sum / f64::from(self.n)),
            distribution: self.dist.map(|d| d.to_vec()).unwrap_or_default(),
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
}

impl Verdict {
    pub fn is_finding(self) -> bool {
        matches!(self, Verdict::LowerWith | Verdict::HigherWith)
    }

    /// Applies the n >= MIN_CASES rule and the change-that-matters rule.
    pub fn judge(with: &Stat, without: &Stat) -> Verdict {
        match (with.mean, without.mean) {
            (Some(w), Some(wo)) if with.n >= MIN_CASES && without.n >= MIN_CASES => {
                if !change_matters(wo, w) {
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
}

/// The words around a comparison: what is compared and how its sides and cases are named.
#[derive(Debug, Clone)]
pub struct ComparisonSpec {
    /// Stable id, e.g. "warm_up".
    pub id: String,
    pub title: String,
    pub with_label: String,
    pub without_label: String,
    /// What the numbers are, e.g. "pain after".
    pub unit: &'static str,
    /// What one case is, e.g. "times" or "weeks".
    pub count_word: &'static str,
}

impl Comparison {
    /// Judges the two sides and writes the sentence from their figures.
    pub fn build(spec: ComparisonSpec, with: Stat, without: Stat) -> Comparison {
        let ComparisonSpec {
            id,
            title,
            with_label,
            without_label,
            unit,
            count_word,
        } = spec;
        let verdict = Verdict::judge(&with, &without);
        let difference = match (with.mean, without.mean) {
            (Some(a), Some(b)) => Some(a - b),
            _ => None,
        };
        let sentence = match (verdict, with.mean, without.mean) {
            (Verdict::TooFewCases, _, _) | (_, None, _) | (_, _, None) => format!(
                "{title}: not enough cases yet ({} vs {} {count_word}; at least {MIN_CASES} on each side are needed).",
                with.n, without.n
            ),
            (_, Some(a), Some(b)) => {
                let tail = match verdict {
                    Verdict::NoClearDifference => "no clear difference",
                    _ => "a difference that matters",
                };
                format!(
                    "{title}: {unit} averaged {} {with_label} and {} {without_label} ({} vs {} {count_word}) — {tail}.",
                    one_decimal(a),
                    one_decimal(b),
                    with.n,
                    without.n
                )
            }
        };
        Comparison {
            id,
            title,
            with_label,
            without_label,
            with,
            without,
            difference,
            verdict,
            sentence,
        }
    }
}

/// Formats a figure the way the app shows it: one decimal ("2.1").
pub fn one_decimal(value: f64) -> String {
    format!("{:.1}", (value * 10.0).round() / 10.0)
}

/// Longest range a trend may cover, so a hostile query cannot ask for millennia.
pub const MAX_RANGE_DAYS: i64 = 366 * 30;

/// Checks a date range (inclusive) and clamps it to [`MAX_RANGE_DAYS`].
pub(crate) fn checked_range(from: NaiveDate, to: NaiveDate) -> CoreResult<(NaiveDate, NaiveDate)> {
    if from > to {
        return Err(CoreError::validation(
            "from",
            "the start date is after the end date",
        ));
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
            unit: "pain after",
            count_word: "times",
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
