//! "What was different before a flare?" — a personal case-crossover analysis (the design
//! of Steffens et al., Arthritis Care Res 2015, and Suri et al., Spine 2018): each flare is
//! compared with ordinary days of the same person shortly before it, so who the person is
//! cancels out and only what they did differs.
//!
//! Our choices (docs/insights.md, "What was different before a flare"):
//! - a **flare day** is a day whose worst pain is at least 2 points AND at least 30 % above
//!   the baseline (the change that matters on the NRS for low back pain: Ostelo et al.,
//!   Spine 2008); the **baseline** is the median of the daily worst pain over the previous
//!   [`BASELINE_DAYS`] days, and needs at least [`MIN_BASELINE_DAYS`] of them with pain
//!   logged. A run of flare days counts once, on its first day;
//! - the **window** is the calendar day before: what was logged on the day before the
//!   flare (our data is by day, so "the hours before" is read as "the day before");
//! - **control days** are [`CONTROL_OFFSETS`] days before the flare, each used only when it
//!   has pain logged, is not a flare day itself and its pain is below the flare's bar; its
//!   window is the day before it;
//! - a window with nothing logged at all (or, for stress and sleep, no check-in) is
//!   **unknown**, never "unexposed": a flare or control with an unknown window drops out
//!   for that exposure;
//! - the odds ratio is the Mantel-Haenszel estimate for matched sets (one flare, 1-3
//!   controls) with the Robins-Breslow-Greenland 95 % interval; nothing is said until
//!   [`MIN_DISCORDANT`] flare/control pairs differ (exposed on one, not the other).

use super::position_name;
use crate::domain::{IntimacyDetails, PartnerRole};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, args, tr, tr_in, Locale};
use crate::store::{date_text, DAY_SUMMARY_SQL};
use crate::Journal;
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use ts_rs::TS;

/// Days before a day that make up its baseline.
pub const BASELINE_DAYS: i64 = 28;
/// Fewest days with pain logged in those 28 before a baseline exists (our choice: a week's
/// worth of ratings).
pub const MIN_BASELINE_DAYS: usize = 7;
/// A flare is at least this many points above the baseline...
pub const FLARE_POINTS: f64 = 2.0;
/// ...and at least this fraction above it (Ostelo 2008: 2 points and 30 %).
pub const FLARE_FRACTION: f64 = 0.30;
/// How many days before a flare its control days are.
pub const CONTROL_OFFSETS: [i64; 3] = [1, 2, 7];
/// Fewest differing flare/control pairs before an exposure gets a sentence (issue 14).
pub const MIN_DISCORDANT: u32 = 5;
/// Sitting for at least this many minutes in a day counts as a long day of sitting.
pub const LONG_SITTING_MIN: u32 = 180;
/// A check-in stress rating at or above this is high stress (our choice, on 0-10).
pub const HIGH_STRESS: u8 = 7;
/// Sleep under this many hours is short sleep (our choice).
pub const SHORT_SLEEP_HOURS: f64 = 6.0;

/// One intimacy, sitting, lifting or stretching activity, as the analysis sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum DayActivity {
    /// `None` when the entry has no details.
    Intimacy(Option<IntimacyDetails>),
    Sitting {
        minutes: Option<u16>,
    },
    Lifting,
    Stretching,
}

/// What one calendar day holds for the analysis. A day that is not in the list had
/// nothing logged at all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayRecord {
    pub date: NaiveDate,
    /// The day's worst pain, when pain was logged.
    pub worst_pain: Option<u8>,
    pub activities: Vec<DayActivity>,
    /// The day's check-in: (stress 0-10, sleep hours if given).
    pub check_in: Option<(u8, Option<f64>)>,
}

/// One exposure: flares and controls counted, the differing pairs, and the sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FlareExposure {
    /// Stable id, e.g. "sitting_long", "position:spooning".
    pub id: String,
    /// What the exposure is, in words that finish "Before … flares you …".
    pub description: String,
    /// Flares whose window was known and that had at least one known control.
    pub flares: u32,
    /// Of those, how many had the exposure the day before.
    pub flares_exposed: u32,
    /// Control days used (known windows).
    pub controls: u32,
    pub controls_exposed: u32,
    /// Flare/control pairs exposed before the flare only.
    pub only_before_flare: u32,
    /// Flare/control pairs exposed before the control day only.
    pub only_before_control: u32,
    /// At least [`MIN_DISCORDANT`] differing pairs: the figures below may be shown.
    pub enough: bool,
    /// Enough pairs and an interval that leaves out 1: a clear difference.
    pub clear: bool,
    /// Mantel-Haenszel odds ratio; None while not enough, or when it cannot be estimated
    /// (no pairs on one side).
    pub odds_ratio: Option<f64>,
    /// 95 % interval (Robins-Breslow-Greenland), with the odds ratio.
    pub interval: Option<(f64, f64)>,
    /// Plain sentence built from the figures above.
    pub sentence: String,
}

/// The flare report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FlareReport {
    /// First days of flares, oldest first.
    pub flare_days: Vec<NaiveDate>,
    /// Clear differences first, then the others with enough pairs, then by how many differ.
    pub exposures: Vec<FlareExposure>,
    /// One sentence about the whole report.
    pub summary: String,
}

/// A day's flare bar, when it has a baseline: max(baseline + 2, baseline × 1.3).
fn flare_bar(baseline: f64) -> f64 {
    (baseline + FLARE_POINTS).max(baseline * (1.0 + FLARE_FRACTION))
}

/// The median of ratings given as counts per NRS value 0-10 (`n` of them, n > 0).
fn median_of_counts(counts: &[u32; 11], n: u32) -> f64 {
    // The k-th smallest rating (0-based).
    let nth = |k: u32| {
        let mut seen = 0;
        for (value, c) in counts.iter().enumerate() {
            seen += c;
            if seen > k {
                return value as f64;
            }
        }
        10.0
    };
    if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    }
}

/// The days from the first logged one to the last, one slot per calendar day, so the
/// analysis steps by index instead of looking dates up.
struct Calendar<'a> {
    first: NaiveDate,
    slots: Vec<Option<&'a DayRecord>>,
}

impl<'a> Calendar<'a> {
    fn new(days: &'a [DayRecord]) -> Calendar<'a> {
        let (Some(first), Some(last)) = (
            days.iter().map(|d| d.date).min(),
            days.iter().map(|d| d.date).max(),
        ) else {
            return Calendar {
                first: NaiveDate::MIN,
                slots: Vec::new(),
            };
        };
        let mut slots = vec![None; (last - first).num_days() as usize + 1];
        for d in days {
            slots[(d.date - first).num_days() as usize] = Some(d);
        }
        Calendar { first, slots }
    }

    /// The record `back` days before slot `i` (None before the first day or if not logged).
    fn before(&self, i: usize, back: usize) -> Option<&'a DayRecord> {
        i.checked_sub(back).and_then(|j| self.slots[j])
    }

    fn worst(&self, i: usize) -> Option<u8> {
        self.slots[i].and_then(|d| d.worst_pain)
    }
}

/// Flare days found in the days' worst pain (slots of a [`Calendar`]).
#[derive(Debug, Clone, Default)]
struct FlareDays {
    /// Each slot's flare bar, when it has pain and a baseline.
    bar: Vec<Option<f64>>,
    /// Whether each slot is a flare day.
    flare: Vec<bool>,
    /// Slots that start a run of flare days.
    onsets: Vec<usize>,
}

/// Finds the flare days: the baseline is a running count of the previous 28 days' worst
/// ratings per NRS value, so each day costs the same however long the journal.
fn find_flares(calendar: &Calendar) -> FlareDays {
    let n = calendar.slots.len();
    let mut out = FlareDays {
        bar: vec![None; n],
        flare: vec![false; n],
        onsets: Vec::new(),
    };
    let mut counts = [0u32; 11];
    let mut logged = 0u32;
    let window = BASELINE_DAYS as usize;
    for i in 0..n {
        // The window is slots i-28..=i-1: add i-1, drop i-29.
        if let Some(p) = i.checked_sub(1).and_then(|j| calendar.worst(j)) {
            counts[usize::from(p.min(10))] += 1;
            logged += 1;
        }
        if let Some(p) = i.checked_sub(window + 1).and_then(|j| calendar.worst(j)) {
            counts[usize::from(p.min(10))] -= 1;
            logged -= 1;
        }
        let Some(pain) = calendar.worst(i) else {
            continue;
        };
        if (logged as usize) < MIN_BASELINE_DAYS {
            continue;
        }
        let bar = flare_bar(median_of_counts(&counts, logged));
        out.bar[i] = Some(bar);
        if f64::from(pain) + 1e-9 >= bar {
            out.flare[i] = true;
            if i == 0 || !out.flare[i - 1] {
                out.onsets.push(i);
            }
        }
    }
    out
}

/// Reads an exposure from a day: Some(true/false), or None when the day cannot tell.
type ReadExposure = dyn Fn(&DayRecord) -> Option<bool>;

/// An exposure: its id, its words, and how to read it from a day (None = unknown).
struct Exposure {
    id: String,
    /// Which words describe it: the id, or "position" for every position.
    words: &'static str,
    /// The position's name, for a position.
    position: Option<String>,
    read: Box<ReadExposure>,
}

impl Exposure {
    /// The exposure in `locale` as one of the Fluent forms `message` gives: a short
    /// description, the clause after "Before … flares compared," or the "Whether you …" head.
    fn words_in(&self, locale: Locale, message: &str) -> String {
        tr_in(
            locale,
            message,
            Some(&args([
                ("exposure", self.words.into()),
                (
                    "position",
                    self.position.as_deref().unwrap_or_default().into(),
                ),
                ("sitting_hours", (LONG_SITTING_MIN / 60).into()),
                ("stress", HIGH_STRESS.into()),
                ("sleep_hours", SHORT_SLEEP_HOURS.into()),
            ])),
        )
    }
}

/// Whether any intimacy that day matches `pick`; unknown when none matches and one of
/// them could not be read (no details, or `pick` cannot tell).
fn any_intimacy(day: &DayRecord, pick: impl Fn(&IntimacyDetails) -> Option<bool>) -> Option<bool> {
    let mut unknown = false;
    for a in &day.activities {
        if let DayActivity::Intimacy(details) = a {
            match details.as_ref().and_then(&pick) {
                Some(true) => return Some(true),
                Some(false) => {}
                None => unknown = true,
            }
        }
    }
    (!unknown).then_some(false)
}

fn exposures(days: &[DayRecord]) -> Vec<Exposure> {
    fn ex(id: &'static str, read: impl Fn(&DayRecord) -> Option<bool> + 'static) -> Exposure {
        Exposure {
            id: id.into(),
            words: id,
            position: None,
            read: Box::new(read),
        }
    }
    let mut list = vec![
        ex("intimacy", |d| {
            Some(
                d.activities
                    .iter()
                    .any(|a| matches!(a, DayActivity::Intimacy(_))),
            )
        }),
        ex("intimacy_no_warm_up", |d| {
            any_intimacy(d, |i| Some(!i.warm_up))
        }),
        ex("intimacy_moving", |d| {
            any_intimacy(d, |i| i.role.map(|r| r == PartnerRole::Moving))
        }),
        ex("intimacy_no_props", |d| {
            any_intimacy(d, |i| Some(i.props.is_empty()))
        }),
        ex("sitting_long", |d| {
            let mut minutes = 0u32;
            let mut unknown = false;
            for a in &d.activities {
                if let DayActivity::Sitting { minutes: m } = a {
                    match m {
                        Some(m) => minutes += u32::from(*m),
                        None => unknown = true,
                    }
                }
            }
            if minutes >= LONG_SITTING_MIN {
                Some(true)
            } else {
                (!unknown).then_some(false)
            }
        }),
        ex("lifting", |d| {
            Some(
                d.activities
                    .iter()
                    .any(|a| matches!(a, DayActivity::Lifting)),
            )
        }),
        ex("no_stretching", |d| {
            Some(
                !d.activities
                    .iter()
                    .any(|a| matches!(a, DayActivity::Stretching)),
            )
        }),
        ex("high_stress", |d| {
            d.check_in.map(|(stress, _)| stress >= HIGH_STRESS)
        }),
        ex("short_sleep", |d| {
            d.check_in
                .and_then(|(_, sleep)| sleep)
                .map(|h| h < SHORT_SLEEP_HOURS)
        }),
    ];
    let positions: BTreeSet<&str> = days
        .iter()
        .flat_map(|d| &d.activities)
        .filter_map(|a| match a {
            DayActivity::Intimacy(Some(i)) => Some(i),
            _ => None,
        })
        .flat_map(|i| i.positions.iter().map(String::as_str))
        .collect();
    for id in positions {
        let owned = id.to_string();
        list.push(Exposure {
            id: format!("position:{id}"),
            words: "position",
            position: Some(position_name(id)),
            read: Box::new(move |d| any_intimacy(d, |i| Some(i.positions.contains(&owned)))),
        });
    }
    list
}

/// Mantel-Haenszel sums over matched sets, with the Robins-Breslow-Greenland variance terms.
#[derive(Debug, Clone, Copy, Default)]
struct MantelHaenszel {
    r: f64,
    s: f64,
    pr: f64,
    ps_qr: f64,
    qs: f64,
}

impl MantelHaenszel {
    /// Adds one matched set: the flare exposed or not, `exposed` of `controls` controls.
    fn add(&mut self, case_exposed: bool, exposed: u32, controls: u32) {
        let n = f64::from(controls + 1);
        let a = f64::from(u8::from(case_exposed));
        let (b, c) = (f64::from(exposed), 1.0 - a);
        let d = f64::from(controls - exposed);
        let (r, s) = (a * d / n, b * c / n);
        let (p, q) = ((a + d) / n, (b + c) / n);
        self.r += r;
        self.s += s;
        self.pr += p * r;
        self.ps_qr += p * s + q * r;
        self.qs += q * s;
    }

    /// The odds ratio and its 95 % interval, when both sums are positive.
    fn estimate(&self) -> Option<(f64, (f64, f64))> {
        if self.r <= 0.0 || self.s <= 0.0 {
            return None;
        }
        let or = self.r / self.s;
        let var = self.pr / (2.0 * self.r * self.r)
            + self.ps_qr / (2.0 * self.r * self.s)
            + self.qs / (2.0 * self.s * self.s);
        let half = 1.959_963_984_540_054 * var.sqrt();
        Some((or, ((or.ln() - half).exp(), (or.ln() + half).exp())))
    }
}

/// Counts one exposure over the matched sets (flare slot, control slots) and writes its
/// sentence.
fn count_exposure(
    locale: Locale,
    exposure: &Exposure,
    sets: &[(usize, Vec<usize>)],
    calendar: &Calendar,
) -> FlareExposure {
    // The window of a day is the day before it; a day with nothing logged is unknown.
    let window = |i: usize| calendar.before(i, 1).and_then(|d| (exposure.read)(d));
    let mut e = FlareExposure {
        id: exposure.id.clone(),
        description: exposure.words_in(locale, "insights-flare-exposure"),
        flares: 0,
        flares_exposed: 0,
        controls: 0,
        controls_exposed: 0,
        only_before_flare: 0,
        only_before_control: 0,
        enough: false,
        clear: false,
        odds_ratio: None,
        interval: None,
        sentence: String::new(),
    };
    let mut mh = MantelHaenszel::default();
    for (flare, controls) in sets {
        let Some(case) = window(*flare) else { continue };
        let known: Vec<bool> = controls.iter().filter_map(|c| window(*c)).collect();
        if known.is_empty() {
            continue;
        }
        let exposed = known.iter().filter(|x| **x).count() as u32;
        let m = known.len() as u32;
        e.flares += 1;
        e.flares_exposed += u32::from(case);
        e.controls += m;
        e.controls_exposed += exposed;
        if case {
            e.only_before_flare += m - exposed;
        } else {
            e.only_before_control += exposed;
        }
        mh.add(case, exposed, m);
    }
    let differing = e.only_before_flare + e.only_before_control;
    e.enough = differing >= MIN_DISCORDANT;
    if e.enough {
        if let Some((or, interval)) = mh.estimate() {
            e.odds_ratio = Some(or);
            e.interval = Some(interval);
            e.clear = interval.0 > 1.0 || interval.1 < 1.0;
        }
        let verdict = match e.interval {
            Some((low, _)) if low > 1.0 => "more",
            Some((_, high)) if high < 1.0 => "less",
            _ if e.only_before_control == 0 => "only_before_flares",
            _ if e.only_before_flare == 0 => "only_before_ordinary_days",
            _ => "no_difference",
        };
        e.sentence = tr_in(
            locale,
            "insights-flare-compared",
            Some(&args([
                ("exposed", e.flares_exposed.into()),
                ("flares", e.flares.into()),
                (
                    "did",
                    exposure.words_in(locale, "insights-flare-did").into(),
                ),
                ("controls_exposed", e.controls_exposed.into()),
                ("controls", e.controls.into()),
                ("verdict", verdict.into()),
            ])),
        );
    } else {
        e.sentence = tr_in(
            locale,
            "insights-flare-not-enough",
            Some(&args([
                (
                    "whether",
                    exposure.words_in(locale, "insights-flare-whether").into(),
                ),
                ("differing", differing.into()),
                ("needed", MIN_DISCORDANT.into()),
            ])),
        );
    }
    e
}

/// The flare report for a journal's days (any order; one record per logged day), in the
/// language in use.
pub fn flare_report(days: &[DayRecord]) -> FlareReport {
    flare_report_in(i18n::current(), days)
}

/// [`flare_report`] with its sentences in `locale`.
pub fn flare_report_in(locale: Locale, days: &[DayRecord]) -> FlareReport {
    let calendar = Calendar::new(days);
    let found = find_flares(&calendar);
    let sets: Vec<(usize, Vec<usize>)> = found
        .onsets
        .iter()
        .map(|&flare| {
            let bar = found.bar[flare].expect("a flare day has a bar");
            let controls = CONTROL_OFFSETS
                .iter()
                .filter_map(|k| flare.checked_sub(*k as usize))
                .filter(|&c| {
                    !found.flare[c] && calendar.worst(c).is_some_and(|p| f64::from(p) + 1e-9 < bar)
                })
                .collect();
            (flare, controls)
        })
        .collect();
    let mut exposures: Vec<FlareExposure> = exposures(days)
        .iter()
        .map(|x| count_exposure(locale, x, &sets, &calendar))
        .collect();
    exposures.sort_by(|a, b| {
        (b.clear, b.enough)
            .cmp(&(a.clear, a.enough))
            .then(
                (b.only_before_flare + b.only_before_control)
                    .cmp(&(a.only_before_flare + a.only_before_control)),
            )
            .then(a.id.cmp(&b.id))
    });
    let n = found.onsets.len() as u32;
    let summary = if n == 0 {
        tr_in(
            locale,
            "insights-flare-none-yet",
            Some(&args([
                ("points", FLARE_POINTS.into()),
                ("percent", (FLARE_FRACTION * 100.0).round().into()),
                ("baseline_days", BASELINE_DAYS.into()),
                ("min_days", MIN_BASELINE_DAYS.into()),
            ])),
        )
    } else {
        let enough = exposures.iter().filter(|e| e.enough).count() as u32;
        let clear = exposures.iter().filter(|e| e.clear).count() as u32;
        tr_in(
            locale,
            "insights-flare-summary",
            Some(&args([
                ("flares", n.into()),
                ("enough", enough.into()),
                ("checked", exposures.len().into()),
                ("clear", clear.into()),
            ])),
        )
    };
    FlareReport {
        flare_days: found
            .onsets
            .iter()
            .map(|i| calendar.first + Duration::days(*i as i64))
            .collect(),
        exposures,
        summary,
    }
}

/// Reads the journal's days (worst pain, exposure activities, check-ins) for the analysis.
pub fn load_days(journal: &Journal) -> CoreResult<Vec<DayRecord>> {
    let (first, last) = (
        NaiveDate::from_ymd_opt(1, 1, 1).expect("a valid date"),
        NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date"),
    );
    fn record(days: &mut HashMap<NaiveDate, DayRecord>, date: NaiveDate) -> &mut DayRecord {
        days.entry(date).or_insert_with(|| DayRecord {
            date,
            ..DayRecord::default()
        })
    }
    let mut days: HashMap<NaiveDate, DayRecord> = HashMap::new();
    for row in journal.day_rows(DAY_SUMMARY_SQL, first, last)? {
        if row.pain_entries > 0 {
            record(&mut days, row.date).worst_pain = Some(row.pain_max);
        }
    }
    for row in journal.exposure_day_rows()? {
        let activities = &mut record(&mut days, row.date).activities;
        match row.kind.as_str() {
            // The day's known minutes as one sitting, and one without minutes if any had none.
            "sitting" => {
                activities.push(DayActivity::Sitting {
                    minutes: Some(u16::try_from(row.minutes).unwrap_or(u16::MAX)),
                });
                if row.with_minutes < row.count {
                    activities.push(DayActivity::Sitting { minutes: None });
                }
            }
            "lifting" => activities.push(DayActivity::Lifting),
            "stretching" => activities.push(DayActivity::Stretching),
            _ => return Err(CoreError::Storage(tr("error-stored-activity-kind-unknown"))),
        }
    }
    for (date, details) in journal.intimacy_detail_rows()? {
        let details = details
            .map(|text| {
                serde_json::from_str::<IntimacyDetails>(&text)
                    .map_err(|_| CoreError::Storage(tr("error-stored-entry-malformed")))
            })
            .transpose()?;
        record(&mut days, date)
            .activities
            .push(DayActivity::Intimacy(details));
    }
    for (date, stress, sleep) in
        journal.check_in_stress_sleep(&date_text(first), &date_text(last))?
    {
        record(&mut days, date).check_in = Some((stress, sleep));
    }
    let mut out: Vec<DayRecord> = days.into_values().collect();
    out.sort_by_key(|d| d.date);
    Ok(out)
}

/// The flare report of the whole journal.
pub fn flares(journal: &Journal) -> CoreResult<FlareReport> {
    Ok(flare_report(&load_days(journal)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    fn date(offset: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(offset)
    }

    fn pain_day(offset: i64, pain: u8) -> DayRecord {
        DayRecord {
            date: date(offset),
            worst_pain: Some(pain),
            ..DayRecord::default()
        }
    }

    #[rstest]
    #[case::low_baseline_needs_two_points(2.0, 4.0)]
    #[case::zero_baseline_needs_two_points(0.0, 2.0)]
    #[case::high_baseline_needs_thirty_percent(8.0, 10.4)]
    #[case::where_both_meet(6.67, 8.67)]
    fn the_bar_is_two_points_and_thirty_percent(#[case] baseline: f64, #[case] bar: f64) {
        assert!(
            (flare_bar(baseline) - bar).abs() < 0.01,
            "baseline {baseline}: bar {bar}, got {}",
            flare_bar(baseline)
        );
    }

    #[test]
    fn a_flare_needs_a_week_of_baseline_and_counts_once_per_run() {
        // Days 0-5: pain 2 (six days: no baseline yet), day 6 a 6 (no flare: no baseline).
        let mut days: Vec<DayRecord> = (0..6).map(|d| pain_day(d, 2)).collect();
        days.push(pain_day(6, 6));
        assert!(
            find_flares(&Calendar::new(&days)).onsets.is_empty(),
            "6 days of baseline are too few"
        );
        // Days 7-13 at 2, then 14 and 15 at 5: one flare, starting on day 14.
        days.extend((7..14).map(|d| pain_day(d, 2)));
        days.push(pain_day(14, 5));
        days.push(pain_day(15, 5));
        let found = find_flares(&Calendar::new(&days));
        assert_eq!(found.onsets, vec![14], "one run, counted on its first day");
        assert!(found.flare[15], "day 15 is a flare day too");
        assert_eq!(found.bar[6], None, "day 6 has no baseline");
        // Day 7's baseline: days 0-6 = 2,2,2,2,2,2,6: median 2, bar 4.
        assert_eq!(found.bar[7], Some(4.0));
    }

    #[test]
    fn one_to_one_sets_give_b_over_c_and_the_mcnemar_variance() {
        let mut mh = MantelHaenszel::default();
        (0..6).for_each(|_| mh.add(true, 0, 1));
        (0..2).for_each(|_| mh.add(false, 1, 1));
        (0..4).for_each(|_| mh.add(true, 1, 1)); // concordant: no weight
        let (or, (low, high)) = mh.estimate().expect("both sides have pairs");
        assert!((or - 3.0).abs() < 1e-12, "6/2 = 3, got {or}");
        // Var(ln OR) = 1/6 + 1/2 for 1:1 pairs.
        let half = 1.959_963_984_540_054 * (1.0f64 / 6.0 + 0.5).sqrt();
        assert!((low - (3f64.ln() - half).exp()).abs() < 1e-9, "low {low}");
        assert!(
            (high - (3f64.ln() + half).exp()).abs() < 1e-9,
            "high {high}"
        );
    }

    #[test]
    fn one_to_many_sets_weight_by_set_size() {
        // Two sets of 1 flare + 3 controls: exposed flare with 1 exposed control (R = 2/4),
        // unexposed flare with 2 exposed controls (S = 2/4): OR 1.
        let mut mh = MantelHaenszel::default();
        mh.add(true, 1, 3);
        mh.add(false, 2, 3);
        let (or, (low, high)) = mh.estimate().unwrap();
        assert!((or - 1.0).abs() < 1e-12, "R = S = 0.5, got {or}");
        assert!(low < 1.0 && high > 1.0, "interval around 1: {low}-{high}");
    }

    /// A journal with steady pain 2 on days 0-99 and pain 7 on the `flares` days, with
    /// lifting the day before each flare and on no other day.
    fn lifting_journal(flares: &[i64]) -> Vec<DayRecord> {
        (0..100)
            .map(|d| {
                let mut day = pain_day(d, if flares.contains(&d) { 7 } else { 2 });
                if flares.contains(&(d + 1)) {
                    day.activities.push(DayActivity::Lifting);
                }
                day
            })
            .collect()
    }

    #[test]
    fn lifting_before_every_flare_is_said_in_plain_words() {
        let report = flare_report(&lifting_journal(&[30, 40, 50, 60, 70]));
        assert_eq!(report.flare_days.len(), 5, "five flares");
        let lifting = report.exposures.iter().find(|e| e.id == "lifting").unwrap();
        assert_eq!((lifting.flares, lifting.flares_exposed), (5, 5));
        assert_eq!((lifting.controls, lifting.controls_exposed), (15, 0));
        assert_eq!(
            (lifting.only_before_flare, lifting.only_before_control),
            (15, 0)
        );
        assert!(lifting.enough, "15 differing pairs");
        assert_eq!(
            lifting.odds_ratio, None,
            "no pair the other way: no finite ratio"
        );
        assert_eq!(
            lifting.sentence,
            "Before 5 of the 5 flares compared, you lifted something heavy; before the matching ordinary days, 0 of 15 — only ever before flares so far, but too few times to be sure."
        );
        assert_eq!(report.exposures[0].id, "lifting", "findings come first");
    }

    #[test]
    fn a_german_flare_report_is_written_in_german() {
        let report = flare_report_in(Locale::De, &lifting_journal(&[30, 40, 50, 60, 70]));
        let lifting = report.exposures.iter().find(|e| e.id == "lifting").unwrap();
        assert_eq!(
            lifting.sentence,
            "Vor 5 von 5 verglichenen Schüben haben Sie etwas Schweres gehoben; vor den passenden gewöhnlichen Tagen 0 von 15 — bisher nur vor Schüben, aber zu selten, um sicher zu sein."
        );
        assert_eq!(lifting.description, "etwas Schweres gehoben");
        let sleep = report
            .exposures
            .iter()
            .find(|e| e.id == "short_sleep")
            .unwrap();
        assert_eq!(
            sleep.sentence,
            "Ob Sie weniger als 6 Stunden geschlafen haben: Dafür reicht es noch nicht (0 der 5 nötigen Paare aus Schub und gewöhnlichem Tag, die sich unterscheiden)."
        );
        assert!(
            report
                .summary
                .starts_with("5 Schübe gefunden, jeweils verglichen"),
            "{}",
            report.summary
        );
        let none = flare_report_in(Locale::De, &lifting_journal(&[]));
        assert_eq!(
            none.summary,
            "Noch keine Schübe gefunden: Ein Schub ist hier ein Tag, dessen stärkster Schmerz mindestens 2 Punkte und 30 % über Ihrem üblichen Niveau liegt (dem mittleren Wert Ihrer vorigen 28 Tage, sobald an mindestens 7 davon Schmerz eingetragen ist)."
        );
    }

    #[test]
    fn the_english_words_for_every_exposure_read_as_before() {
        let report = flare_report(&lifting_journal(&[]));
        assert!(report.summary.starts_with(
            "No flares found yet: a flare here is a day whose worst pain is at least 2 points and 30 % above"
        ));
        let descriptions: Vec<&str> = report
            .exposures
            .iter()
            .map(|e| e.description.as_str())
            .collect();
        for expected in [
            "sat for 3 hours or more",
            "rated your stress 7 or more",
            "slept less than 6 hours",
            "had sex without pillows or other props",
        ] {
            assert!(descriptions.contains(&expected), "{descriptions:?}");
        }
    }

    #[test]
    fn fewer_than_five_differing_pairs_say_nothing() {
        let report = flare_report(&lifting_journal(&[30]));
        let lifting = report.exposures.iter().find(|e| e.id == "lifting").unwrap();
        assert_eq!(lifting.only_before_flare, 3, "one flare, three controls");
        assert!(!lifting.enough && lifting.odds_ratio.is_none());
        assert!(
            lifting.sentence.contains("not enough to say yet")
                && !lifting.sentence.contains("Before"),
            "{}",
            lifting.sentence
        );
    }

    #[test]
    fn a_window_with_nothing_logged_is_unknown_not_unexposed() {
        let mut days = lifting_journal(&[30]);
        // Remove the day before control day 28 (day 27) and before 23 (day 22) entirely.
        days.retain(|d| d.date != date(27) && d.date != date(22));
        let report = flare_report(&days);
        let lifting = report.exposures.iter().find(|e| e.id == "lifting").unwrap();
        // Control 28 (window 27) and control 23 (window 22) drop out; control 29 (window 28) stays.
        assert_eq!(lifting.controls, 1, "{lifting:?}");
        // Stress needs a check-in: none logged, so no flare can be counted.
        let stress = report
            .exposures
            .iter()
            .find(|e| e.id == "high_stress")
            .unwrap();
        assert_eq!(stress.flares, 0, "no check-ins: stress unknown everywhere");
    }

    #[test]
    fn a_clear_finding_has_an_interval_above_one() {
        // Flares on days 30, 40, ..., 100; lifting the day before each but the last, and
        // once before an ordinary day: day 92 is the window of control day 93 (100 - 7).
        let flares: Vec<i64> = (0..8).map(|k| 30 + 10 * k).collect();
        let days: Vec<DayRecord> = (0..120)
            .map(|d| {
                let mut day = pain_day(d, if flares.contains(&d) { 7 } else { 2 });
                if (flares.contains(&(d + 1)) && d != 99) || d == 92 {
                    day.activities.push(DayActivity::Lifting);
                }
                day
            })
            .collect();
        let lifting = flare_report(&days)
            .exposures
            .into_iter()
            .find(|e| e.id == "lifting")
            .unwrap();
        assert_eq!(
            (lifting.only_before_flare, lifting.only_before_control),
            (21, 1)
        );
        // Mantel-Haenszel: 7 sets with R = 3/4, one with S = 1/4: 21 (not 21/1 by luck:
        // 1:3 sets weigh each pair 1/4 on both sides).
        let or = lifting.odds_ratio.expect("pairs both ways");
        assert!((or - 21.0).abs() < 1e-9, "OR {or}");
        let (low, high) = lifting.interval.unwrap();
        // Var(ln OR) = 1/10.5 + 0.125/2.625 + 1 (Robins-Breslow-Greenland, by hand).
        let half = 1.959_963_984_540_054 * (1.0 / 10.5 + 0.125 / 2.625 + 1.0f64).sqrt();
        assert!((low - (21f64.ln() - half).exp()).abs() < 1e-9, "low {low}");
        assert!(
            (high - (21f64.ln() + half).exp()).abs() < 1e-9,
            "high {high}"
        );
        assert!(low > 1.0 && lifting.clear);
        assert!(
            lifting
                .sentence
                .ends_with("more often before flares than on ordinary days."),
            "{}",
            lifting.sentence
        );
    }

    /// The per-day sums read index pages only (migration 0012 put duration_min in the
    /// kind index): no seek into the table for each sitting, lifting or stretching row.
    #[test]
    fn exposure_sums_read_only_the_kind_index() {
        let j = crate::Journal::open_in_memory().unwrap();
        let plan =
            crate::insights::after::tests::query_plan(j.conn(), crate::store::EXPOSURE_DAYS_SQL);
        assert!(
            plan.contains("COVERING INDEX activity_kind_date"),
            "the exposure sums should read only the kind index: {plan}"
        );
    }

    #[rstest]
    #[case::exposure_days(crate::store::EXPOSURE_DAYS_SQL)]
    #[case::intimacy(crate::store::INTIMACY_DETAILS_SQL)]
    fn exposure_reads_use_the_kind_index(#[case] sql: &str) {
        let j = crate::Journal::open_in_memory().unwrap();
        let plan = crate::insights::after::tests::query_plan(j.conn(), sql);
        assert!(
            plan.contains("INDEX activity_kind_date") && !plan.contains("SCAN activity "),
            "plan should read along the kind index: {plan}"
        );
    }

    fn arb_days() -> impl Strategy<Value = Vec<DayRecord>> {
        proptest::collection::vec(
            (
                proptest::option::weighted(0.85, 0u8..=10),
                any::<bool>(),
                proptest::option::of(0u16..300),
                proptest::option::weighted(0.6, (0u8..=10, proptest::option::of(3.0f64..9.0))),
                any::<bool>(),
            ),
            20..90,
        )
        .prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .filter_map(|(i, (pain, lift, sit, check_in, skip))| {
                    let mut day = DayRecord {
                        date: date(i as i64),
                        worst_pain: pain,
                        check_in,
                        ..DayRecord::default()
                    };
                    if lift {
                        day.activities.push(DayActivity::Lifting);
                    }
                    if let Some(m) = sit {
                        day.activities.push(DayActivity::Sitting {
                            minutes: (m < 280).then_some(m * 2),
                        });
                    }
                    // Some days have nothing logged at all.
                    (!(skip && pain.is_none())).then_some(day)
                })
                .collect()
        })
    }

    type ReadFn = fn(&DayRecord) -> Option<bool>;

    /// The case-crossover counts written out plainly, day by day.
    fn brute_force(days: &[DayRecord], read: ReadFn) -> (u32, u32, u32) {
        let day = |d: NaiveDate| days.iter().find(|x| x.date == d);
        let worst = |d: NaiveDate| day(d).and_then(|x| x.worst_pain);
        let bar = |d: NaiveDate| -> Option<f64> {
            let mut before: Vec<u8> = Vec::new();
            for k in 1..=28 {
                if let Some(p) = worst(d - Duration::days(k)) {
                    before.push(p);
                }
            }
            if before.len() < 7 {
                return None;
            }
            before.sort();
            let n = before.len();
            let median = if n % 2 == 1 {
                before[n / 2] as f64
            } else {
                (before[n / 2 - 1] as f64 + before[n / 2] as f64) / 2.0
            };
            Some((median + 2.0).max(median * 1.3))
        };
        let is_flare = |d: NaiveDate| match (worst(d), bar(d)) {
            (Some(p), Some(b)) => p as f64 + 1e-9 >= b,
            _ => false,
        };
        let window = |d: NaiveDate| day(d - Duration::days(1)).and_then(read);
        let (mut flares, mut only_flare, mut only_control) = (0, 0, 0);
        for x in days {
            let d = x.date;
            if !is_flare(d) || is_flare(d - Duration::days(1)) {
                continue;
            }
            let b = bar(d).unwrap();
            let Some(case) = window(d) else { continue };
            let mut any_control = false;
            for k in [1, 2, 7] {
                let c = d - Duration::days(k);
                let Some(p) = worst(c) else { continue };
                if p as f64 + 1e-9 >= b || is_flare(c) {
                    continue;
                }
                let Some(control) = window(c) else { continue };
                any_control = true;
                if case && !control {
                    only_flare += 1;
                }
                if !case && control {
                    only_control += 1;
                }
            }
            if any_control {
                flares += 1;
            }
        }
        (flares, only_flare, only_control)
    }

    proptest! {
        #[test]
        fn counts_match_a_brute_force_count(days in arb_days()) {
            let report = flare_report(&days);
            let reads: [(&str, ReadFn); 3] = [
                ("lifting", |d| Some(d.activities.contains(&DayActivity::Lifting))),
                ("high_stress", |d| d.check_in.map(|(s, _)| s >= 7)),
                ("sitting_long", |d| {
                    let mut total = 0u32;
                    let mut unknown = false;
                    for a in &d.activities {
                        match a {
                            DayActivity::Sitting { minutes: Some(m) } => total += *m as u32,
                            DayActivity::Sitting { minutes: None } => unknown = true,
                            _ => {}
                        }
                    }
                    if total >= 180 { Some(true) } else if unknown { None } else { Some(false) }
                }),
            ];
            for (id, read) in reads {
                let e = report.exposures.iter().find(|e| e.id == id).unwrap();
                prop_assert_eq!(
                    (e.flares, e.only_before_flare, e.only_before_control),
                    brute_force(&days, read),
                    "exposure {}", id
                );
                prop_assert_eq!(e.enough, e.only_before_flare + e.only_before_control >= 5);
                prop_assert!(e.enough || e.odds_ratio.is_none(), "no ratio before 5 pairs");
            }
        }
    }
}
