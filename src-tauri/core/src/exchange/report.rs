//! The clinician report: a PDF a clinician can read in a minute for a chosen range. Page 1
//! is the one-minute summary: who (a name only if the user gives one) and which period, the
//! key numbers, the weekly pain trend chart, pain after intimacy (only when the user chose
//! to include it), the red-flag history with what the app told the user, what was tried and
//! how pain was after it, and the user's own questions. The following pages hold the
//! details by month, exercise adherence and the full alert and warning-sign lists.
//!
//! The numbers are computed here from the journal ([`ReportData`], pure functions of the
//! entries, tested on their own); the window previews the same data, and pdf.rs only
//! draws it. It reports what the patient logged and never offers a diagnosis.

use super::export::ExportRequest;
use super::format::*;
use super::pdf::{Doc, Font, ReportFonts, MARGIN, PAGE_W};
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::experiments::{
    Arm, ArmResult, ExperimentChange, ExperimentOutcome, ExperimentState, ExperimentStatus,
};
use crate::i18n::{self, args, tr, tr_with, FluentArgs, Locale};
use crate::insights::after::{pain_after, AfterQuery, AfterScope};
use crate::insights::body_map::{body_map_report, ActivityMap, CompositeMap};
use crate::insights::peg::{peg_weeks, week_start};
use crate::insights::{TrendQuery, Verdict};
use crate::labels::Labelled;
use crate::rules::{RuleId, RuleText, Tier};
use crate::store::Journal;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Longest range a report covers, so the chart stays readable.
pub const REPORT_MAX_DAYS: i64 = 3 * 366;
/// Longest name printed on the report.
pub const REPORT_NAME_MAX: usize = 80;
/// Longest "questions I want to ask" text (the box on page 1 holds about this much).
pub const REPORT_QUESTIONS_MAX: usize = 600;
/// Most warning-sign lines listed (the rest are counted).
const FLAG_LINES_MAX: usize = 40;
/// Most weeks listed in the adherence table (the newest).
const WEEKS_MAX: usize = 26;
/// Most notes listed per month (when notes are included); the newest are kept.
const NOTES_PER_MONTH_MAX: usize = 40;

/// What the user asks for: the range, an optional name, their questions, and what goes in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ReportRequest {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Printed as who the report is about. Absent by default: the report names nobody
    /// unless the user types a name for it.
    #[serde(default)]
    #[ts(optional)]
    pub name: Option<String>,
    /// The user's "questions I want to ask", printed in a box on page 1 (an empty lined box
    /// when blank).
    #[serde(default)]
    #[ts(optional)]
    pub questions: Option<String>,
    /// The same switches as a share. Absent: [`ReportRequest::default_includes`].
    #[serde(default)]
    #[ts(optional)]
    pub includes: Option<Includes>,
    /// The language to write in; None is the language in use (the window and the CLI never
    /// send it: tests and callers in Rust choose one).
    #[serde(skip)]
    #[ts(skip)]
    pub locale: Option<Locale>,
}

impl ReportRequest {
    pub fn new(from: NaiveDate, to: NaiveDate) -> ReportRequest {
        ReportRequest {
            from,
            to,
            name: None,
            questions: None,
            includes: None,
            locale: None,
        }
    }

    /// What a report holds unless the user changes it: intimacy details and notes stay out
    /// (as in a partner share); warning signs and alerts are in, because the red-flag
    /// history is what a clinician most needs from it.
    pub fn default_includes() -> Includes {
        Includes {
            pain: true,
            activities: true,
            warning_signs: true,
            intimacy_details: false,
            notes: false,
            check_ins: true,
            alerts: true,
            region_details: true,
            // The report has its own experiment section; this switch is for partner shares.
            experiments: false,
        }
    }

    pub fn includes(&self) -> Includes {
        self.includes.unwrap_or_else(Self::default_includes)
    }

    /// The name to print: trimmed, None when blank.
    fn name(&self) -> Option<String> {
        self.name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
    }

    fn check(&self) -> CoreResult<()> {
        if self.from > self.to {
            return Err(CoreError::validation("from", tr("error-range-reversed")));
        }
        if (self.to - self.from).num_days() >= REPORT_MAX_DAYS {
            return Err(CoreError::validation(
                "from",
                tr("error-report-range-too-long"),
            ));
        }
        if self
            .name()
            .is_some_and(|n| n.chars().count() > REPORT_NAME_MAX)
        {
            return Err(CoreError::validation(
                "name",
                tr_with(
                    "error-report-name-length",
                    &args([("max", REPORT_NAME_MAX.into())]),
                ),
            ));
        }
        if self
            .questions
            .as_deref()
            .is_some_and(|q| q.chars().count() > REPORT_QUESTIONS_MAX)
        {
            return Err(CoreError::validation(
                "questions",
                tr_with(
                    "error-report-questions-length",
                    &args([("max", REPORT_QUESTIONS_MAX.into())]),
                ),
            ));
        }
        Ok(())
    }
}

/// One day of the journal in the range (daily worst and mean).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayPoint {
    pub date: NaiveDate,
    pub max: Option<u8>,
    pub mean: Option<f32>,
}

/// One week of the pain trend chart: the mean of the week's pain entries; `mean` is None
/// for a week without entries (a gap in the line, never a zero).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TrendWeek {
    pub week_start: NaiveDate,
    pub entries: usize,
    pub mean: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WeekRow {
    pub week_start: NaiveDate,
    pub sessions: usize,
    pub session_days: usize,
    pub mean_daily_max: Option<f32>,
}

/// A label and its value, as the report prints them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportLine {
    pub label: String,
    pub value: String,
}

fn line(label: impl Into<String>, value: impl Into<String>) -> ReportLine {
    ReportLine {
        label: label.into(),
        value: value.into(),
    }
}

/// One row of the pain-after-intimacy table: a factor's group and its cases.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IntimacyRow {
    pub factor: String,
    pub group: String,
    pub cases: u32,
    pub mean_pain_after: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IntimacyTable {
    pub cases: u32,
    pub mean_pain_after: Option<f32>,
    pub rows: Vec<IntimacyRow>,
}

/// A red-flag alert as the report tells it: the sign, its dates and what the app said.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RedFlagLine {
    pub title: String,
    pub tier: String,
    pub first_raised: NaiveDate,
    pub last_raised: NaiveDate,
    pub seen: Option<NaiveDate>,
    pub resolved: Option<NaiveDate>,
    /// What the app told the user to do (the rule's own words, for rules this build knows).
    pub told: String,
    /// What was measured.
    pub detail: String,
}

/// An activity kind and the pain logged after it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TriedRow {
    pub activity: String,
    pub times: usize,
    /// Pain entries linked to these activities.
    pub linked_entries: usize,
    pub mean_pain_after: Option<f32>,
}

/// One kind of pain relief (heat, a medicine...) and how much it helped, by the user's own
/// 0-10 answers; unanswered ones are counted apart, never as 0.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReliefRow {
    /// The kind, and for medicine the name and dose when notes are included.
    pub what: String,
    pub times: usize,
    /// How many said how much it helped.
    pub answered: usize,
    pub mean_relief: Option<f32>,
}

/// One arm of the experiment in the report.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportArm {
    /// "With the change" or "Without".
    pub arm: String,
    pub mean: Option<f32>,
    /// Days with a rated outcome, and days without one (unknown, never 0).
    pub rated: u32,
    pub unrated: u32,
    /// Days the patient said they followed the plan, of the days they answered.
    pub followed: u32,
    pub answered: u32,
}

/// The latest n-of-1 experiment, when it overlaps the report's range (with pain included).
/// No sentence from the app is copied in: those name the change, which the report names
/// only as the includes allow ([`experiment_change_words`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportExperiment {
    pub change: String,
    /// What was compared, e.g. "worst pain the next morning (before noon)".
    pub outcome: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub period_days: u32,
    pub blocks_planned: u32,
    pub blocks_complete: u32,
    /// "Finished", "Running", "Paused while an urgent or emergency alert is open" or
    /// "Abandoned after N days".
    pub status: String,
    pub arms: Vec<ReportArm>,
    /// Mean with minus mean without (negative: less pain with the change).
    pub difference: Option<f32>,
    /// 95 % t interval over the blocks' differences.
    pub interval: Option<(f32, f32)>,
    /// Exact randomisation test over the possible block orders.
    pub p_value: Option<f32>,
    pub verdict: String,
}

/// One calendar month of the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MonthRow {
    /// e.g. "November 2026".
    pub month: String,
    pub entries: usize,
    pub days_logged: usize,
    pub days: usize,
    pub mean_pain: Option<f32>,
    pub worst: Option<u8>,
    pub severe_days: usize,
    pub warning_sign_entries: usize,
    pub activities: usize,
    /// The month's notes (only when the user included notes), "date: text", oldest first.
    pub notes: Vec<String>,
    /// Notes of the month left out for room.
    pub notes_more: usize,
}

/// Everything the report shows, computed before any drawing.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportData {
    /// The language the report is written in.
    #[serde(skip)]
    #[ts(skip)]
    pub locale: Locale,
    /// Only the name the user typed for this report; None prints no name.
    pub name: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated: NaiveDate,
    pub includes: Includes,
    /// Mean of every pain entry in the range (None without entries).
    pub mean_pain: Option<f32>,
    /// The highest rating in the range.
    pub worst_pain: Option<u8>,
    pub entries: usize,
    /// Days with at least one pain entry, of the range's days.
    pub days_logged: usize,
    pub period_days: usize,
    pub summary: Vec<ReportLine>,
    pub profile: Vec<ReportLine>,
    #[serde(skip)]
    #[ts(skip)]
    pub days: Vec<DayPoint>,
    pub trend: Vec<TrendWeek>,
    /// The weekly PEG (pain, enjoyment of life, general activity; Krebs 2009); None when
    /// the user left pain out of the report.
    pub peg: Option<ReportPeg>,
    /// Pain after intimacy; None unless the user included intimacy details.
    pub intimacy: Option<IntimacyTable>,
    /// Where it hurt over the range (the composite body map); None when pain is left out.
    /// Without region details only "how often" is kept (no per-region scores).
    pub body_map: Option<CompositeMap>,
    /// The same after each kind of activity (and, with intimacy details, each position).
    pub body_map_by_activity: Vec<ActivityMap>,
    pub red_flags: Vec<RedFlagLine>,
    pub flags: Vec<String>,
    pub flags_more: usize,
    pub tried: Vec<TriedRow>,
    /// What was done for the pain and how much it helped; empty without relief entries.
    pub relief: Vec<ReliefRow>,
    /// The latest experiment, when it overlaps the range and pain is included.
    pub experiment: Option<ReportExperiment>,
    pub months: Vec<MonthRow>,
    pub adherence: String,
    pub weeks: Vec<WeekRow>,
    pub questions: String,
}

/// One week of the PEG trend: the week's score, None for a week without a check.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportPegWeek {
    pub week_start: NaiveDate,
    pub score: Option<f32>,
}

/// The PEG in the report: the weekly scores over the range and the latest check.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportPeg {
    /// Oldest first; gaps included.
    pub weeks: Vec<ReportPegWeek>,
    /// The last check in the range, if any.
    pub latest: Option<PegCheck>,
}

impl ReportPeg {
    /// The range's weeks (Monday first), each with its check's score or a gap.
    pub fn from_checks(checks: &[PegCheck], from: NaiveDate, to: NaiveDate) -> ReportPeg {
        let first = week_start(from);
        let weeks = ((week_start(to) - first).num_weeks() + 1) as u32;
        let in_range: Vec<PegCheck> = checks
            .iter()
            .filter(|c| c.covers_to >= from && c.covers_to <= to)
            .cloned()
            .collect();
        ReportPeg {
            weeks: peg_weeks(&in_range, to, weeks)
                .into_iter()
                .map(|w| ReportPegWeek {
                    week_start: w.week_start,
                    score: w.check.map(|c| c.score),
                })
                .collect(),
            latest: in_range.last().cloned(),
        }
    }
}

/// The report's words in the language it is written in (assets/locales/<lang>/report.ftl),
/// with its dates and numbers as that language writes them.
#[derive(Debug, Clone, Copy)]
struct Words(Locale);

impl Words {
    fn tr(self, id: &str) -> String {
        i18n::tr_in(self.0, id, None)
    }

    fn tr_with(self, id: &str, args: &FluentArgs) -> String {
        i18n::tr_in(self.0, id, Some(args))
    }

    /// A value's label (a region, an activity kind...).
    fn label<T: Labelled>(self, value: T) -> String {
        value.label_in(self.0)
    }

    /// A calendar day written out: "6 Dec 2026", "6. Dez. 2026".
    fn day(self, d: NaiveDate) -> String {
        i18n::format_date(self.0, d.year(), d.month(), d.day())
    }

    /// A day and month, for the chart's ticks: "6 Dec", "6. Dez.".
    fn day_month(self, d: NaiveDate) -> String {
        self.tr_with(
            "report-day-month",
            &args([
                ("day", d.day().to_string().into()),
                ("month", i18n::month_name(self.0, d.month()).into()),
            ]),
        )
    }

    /// A number with `digits` decimals: "2.5", "2,5".
    fn decimal(self, value: f32, digits: usize) -> String {
        i18n::format_decimal(self.0, f64::from(value), digits)
    }

    /// One decimal, or a dash for an unknown.
    fn num1(self, v: Option<f32>) -> String {
        v.map(|x| self.decimal(x, 1))
            .unwrap_or_else(|| self.tr("report-dash"))
    }

    /// A whole number, or a dash for an unknown.
    fn whole(self, v: Option<u8>) -> String {
        v.map(|x| x.to_string())
            .unwrap_or_else(|| self.tr("report-dash"))
    }

    /// "3 of 7".
    fn of(self, part: usize, whole: usize) -> String {
        self.tr_with(
            "report-of",
            &args([("part", part.into()), ("whole", whole.into())]),
        )
    }
}

fn words(snake: &str) -> String {
    let s = snake.replace('_', " ");
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => s,
    }
}

/// An alert's tier as the screens head it; a tier this build does not know (a newer
/// export) is shown in words.
fn tier_label(w: Words, tier: &str) -> String {
    serde_json::from_value::<Tier>(serde_json::Value::String(tier.to_string()))
        .map(|t| w.label(t))
        .unwrap_or_else(|_| words(tier))
}

fn true_flags<T: Serialize>(value: &T) -> Vec<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| v.as_bool() == Some(true))
            .map(|(k, _)| k.replace('_', " "))
            .collect(),
        _ => Vec::new(),
    }
}

fn mean(values: &[f32]) -> Option<f32> {
    (!values.is_empty()).then(|| values.iter().sum::<f32>() / values.len() as f32)
}

/// Computes the report's numbers from an export document covering the range.
pub fn compute(
    doc: &ExportFile,
    profile: &Profile,
    request: &ReportRequest,
    intimacy: Option<IntimacyTable>,
    peg: Option<ReportPeg>,
    experiment: Option<ReportExperiment>,
    today: NaiveDate,
) -> ReportData {
    let w = Words(request.locale.unwrap_or_else(i18n::current));
    let (from, to) = (request.from, request.to);
    let n_days = (to - from).num_days() + 1;
    let mut by_day: BTreeMap<NaiveDate, Vec<u8>> = BTreeMap::new();
    for rec in &doc.pain {
        by_day
            .entry(rec.entry.at.date_naive())
            .or_default()
            .push(rec.entry.nrs);
    }
    let days: Vec<DayPoint> = (0..n_days)
        .map(|i| from + Duration::days(i))
        .map(|date| {
            let v = by_day.get(&date);
            DayPoint {
                date,
                max: v.and_then(|v| v.iter().copied().max()),
                mean: v.and_then(|v| mean(&v.iter().map(|&x| f32::from(x)).collect::<Vec<_>>())),
            }
        })
        .collect();
    let all: Vec<f32> = doc.pain.iter().map(|r| f32::from(r.entry.nrs)).collect();
    let daily_max: Vec<f32> = days.iter().filter_map(|d| d.max.map(f32::from)).collect();
    let worst = doc.pain.iter().map(|r| r.entry.nrs).max();
    let severe_days = days
        .iter()
        .filter(|d| d.max.is_some_and(|m| m >= 7))
        .count();
    let pain_free = days.iter().filter(|d| d.max == Some(0)).count();

    let mut summary: Vec<ReportLine> = Vec::new();
    summary.push(line(
        w.tr("report-line-entries"),
        w.tr_with(
            "report-line-entries-value",
            &args([
                ("entries", doc.pain.len().into()),
                ("days", by_day.len().into()),
                ("period", n_days.into()),
            ]),
        ),
    ));
    summary.push(line(
        w.tr("report-line-mean-worst"),
        format!("{} / {}", w.num1(mean(&all)), w.whole(worst)),
    ));
    summary.push(line(
        w.tr("report-line-daily-worst"),
        w.num1(mean(&daily_max)),
    ));
    summary.push(line(
        w.tr("report-line-severe-days"),
        severe_days.to_string(),
    ));
    summary.push(line(w.tr("report-line-pain-free"), pain_free.to_string()));
    // First and last 14 days of the range: change that matters is >= 2 points or >= 30 %.
    let window = |lo: NaiveDate, hi: NaiveDate| -> Option<f32> {
        mean(
            &days
                .iter()
                .filter(|d| d.date >= lo && d.date <= hi)
                .filter_map(|d| d.max.map(f32::from))
                .collect::<Vec<_>>(),
        )
    };
    if n_days >= 28 {
        let first = window(from, from + Duration::days(13));
        let last = window(to - Duration::days(13), to);
        let text = match (first, last) {
            (Some(a), Some(b)) => {
                let delta = b - a;
                let matters = delta.abs() >= 2.0 || (a > 0.0 && (delta.abs() / a) >= 0.3);
                let size = args([("delta", w.decimal(delta.abs(), 1).into())]);
                let change = if delta < 0.0 {
                    w.tr_with("report-change-lower", &size)
                } else if delta > 0.0 {
                    w.tr_with("report-change-higher", &size)
                } else {
                    w.tr("report-change-same")
                };
                let matters = if matters {
                    w.tr("report-change-matters")
                } else {
                    w.tr("report-change-small")
                };
                w.tr_with(
                    "report-start-end",
                    &args([
                        ("first", w.decimal(a, 1).into()),
                        ("last", w.decimal(b, 1).into()),
                        ("change", change.into()),
                        ("matters", matters.into()),
                    ]),
                )
            }
            _ => w.tr("report-start-end-unknown"),
        };
        summary.push(line(w.tr("report-line-start-end"), text));
    }
    let interference = |f: fn(&PainDraft) -> Option<u8>| -> Option<f32> {
        mean(
            &doc.pain
                .iter()
                .filter_map(|r| f(&r.entry))
                .map(f32::from)
                .collect::<Vec<_>>(),
        )
    };
    summary.push(line(
        w.tr("report-line-interference"),
        format!(
            "{} / {}",
            w.num1(interference(|p| p.interference_daily)),
            w.num1(interference(|p| p.interference_intimacy))
        ),
    ));
    let one_leg = doc
        .pain
        .iter()
        .filter(|r| r.entry.leg.any() && r.entry.leg.side == Some(LegSide::OneLeg))
        .count();
    let both_legs = doc
        .pain
        .iter()
        .filter(|r| r.entry.leg.any() && r.entry.leg.side == Some(LegSide::BothLegs))
        .count();
    summary.push(line(
        w.tr("report-line-legs"),
        w.tr_with(
            "report-legs-value",
            &args([("one", one_leg.into()), ("both", both_legs.into())]),
        ),
    ));
    let signs = doc.pain.iter().filter(|r| r.entry.emergency.any()).count();
    summary.push(line(w.tr("report-line-warning-signs"), signs.to_string()));
    let stress: Vec<f32> = doc
        .check_ins
        .iter()
        .map(|c| f32::from(c.entry.stress))
        .collect();
    let sleep: Vec<f32> = doc
        .check_ins
        .iter()
        .filter_map(|c| c.entry.sleep_hours)
        .collect();
    let stiff: Vec<f32> = doc
        .check_ins
        .iter()
        .filter_map(|c| c.entry.stiffness)
        .map(f32::from)
        .collect();
    summary.push(line(
        w.tr("report-line-check-ins"),
        w.tr_with(
            "report-check-ins-value",
            &args([
                ("count", doc.check_ins.len().into()),
                ("stress", w.num1(mean(&stress)).into()),
                ("sleep", w.num1(mean(&sleep)).into()),
                ("stiffness", w.num1(mean(&stiff)).into()),
            ]),
        ),
    ));

    // Warning signs logged on entries, newest first.
    let mut flagged: Vec<&Record<PainDraft>> = doc
        .pain
        .iter()
        .filter(|r| {
            r.entry.emergency.any()
                || (r.entry.leg.any() && r.entry.leg.side == Some(LegSide::BothLegs))
        })
        .collect();
    flagged.sort_by_key(|r| std::cmp::Reverse(r.entry.at));
    let flags_more = flagged.len().saturating_sub(FLAG_LINES_MAX);
    let flags = flagged
        .iter()
        .take(FLAG_LINES_MAX)
        .map(|r| {
            let mut parts = true_flags(&r.entry.emergency);
            if r.entry.leg.any() && r.entry.leg.side == Some(LegSide::BothLegs) {
                let mut leg = true_flags(&r.entry.leg);
                leg.retain(|s| s != "side");
                parts.push(w.tr_with(
                    "report-both-legs",
                    &args([("symptoms", leg.join(", ").into())]),
                ));
            }
            let when = format!(
                "{} {}",
                w.day(r.entry.at.date_naive()),
                r.entry.at.format("%H:%M")
            );
            w.tr_with(
                "report-warning-sign-line",
                &args([
                    ("when", when.into()),
                    ("nrs", r.entry.nrs.into()),
                    ("signs", parts.join("; ").into()),
                ]),
            )
        })
        .collect();
    let mut red_flags: Vec<RedFlagLine> = doc
        .alerts
        .iter()
        .map(|a| {
            let rule = RuleId::parse(&a.rule_id).map(RuleId::rule);
            RedFlagLine {
                title: rule
                    .map(|r| r.text_in(w.0, RuleText::Title))
                    .unwrap_or_else(|| words(&a.rule_id)),
                tier: tier_label(w, &a.tier),
                first_raised: a.first_raised_at.date_naive(),
                last_raised: a.last_raised_at.date_naive(),
                seen: a.acknowledged_at.map(|d| d.date_naive()),
                resolved: a.resolved_at.map(|d| d.date_naive()),
                told: rule
                    .map(|r| r.text_in(w.0, RuleText::WhatToDo))
                    .unwrap_or_else(|| w.tr("report-flag-unknown-rule")),
                detail: crate::rules::render_stored(&a.detail, w.0),
            }
        })
        .collect();
    // The most serious first (emergency, urgent, ...), then the latest.
    let rank = |tier: &str| {
        Tier::ALL
            .iter()
            .position(|t| w.label(*t) == tier)
            .unwrap_or(Tier::ALL.len())
    };
    red_flags.sort_by(|a, b| {
        rank(&a.tier)
            .cmp(&rank(&b.tier))
            .then(b.last_raised.cmp(&a.last_raised))
    });

    // What was tried: activities by kind, with the mean of pain entries linked to them.
    let mut kinds: BTreeMap<String, (usize, Vec<f32>)> = BTreeMap::new();
    let mut kind_of = std::collections::HashMap::new();
    for a in &doc.activities {
        let label = w.label(a.entry.kind);
        kinds.entry(label.clone()).or_default().0 += 1;
        kind_of.insert(a.id, label);
    }
    for p in &doc.pain {
        if let Some(label) = p.entry.activity_id.and_then(|id| kind_of.get(&id)) {
            kinds
                .entry(label.clone())
                .or_default()
                .1
                .push(f32::from(p.entry.nrs));
        }
    }
    let tried = kinds
        .into_iter()
        .map(|(activity, (times, after))| TriedRow {
            activity,
            times,
            linked_entries: after.len(),
            mean_pain_after: mean(&after),
        })
        .collect();

    // What was done for the pain, by kind (medicines by name and dose only with notes:
    // they are as private), with the user's own "how much did it help" answers.
    let mut reliefs: BTreeMap<String, (usize, Vec<f32>)> = BTreeMap::new();
    for r in doc
        .activities
        .iter()
        .filter_map(|a| a.entry.relief.as_ref())
    {
        let mut what = w.label(r.what);
        let named = [r.medicine.as_str(), r.dose.as_str()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if request.includes().notes && !named.is_empty() {
            what = format!("{what}: {named}");
        }
        let row = reliefs.entry(what).or_default();
        row.0 += 1;
        row.1.extend(r.relief.map(f32::from));
    }
    let relief = reliefs
        .into_iter()
        .map(|(what, (times, answers))| ReliefRow {
            what,
            times,
            answered: answers.len(),
            mean_relief: mean(&answers),
        })
        .collect();

    // The weekly trend: the mean of each week's entries (weeks start on Monday).
    let week_of = |d: NaiveDate| d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
    let mut trend_weeks: BTreeMap<NaiveDate, Vec<f32>> = BTreeMap::new();
    let mut week = week_of(from);
    while week <= to {
        trend_weeks.insert(week, Vec::new());
        week += Duration::days(7);
    }
    for r in &doc.pain {
        let d = r.entry.at.date_naive();
        if d >= from && d <= to {
            trend_weeks
                .entry(week_of(d))
                .or_default()
                .push(f32::from(r.entry.nrs));
        }
    }
    let trend = trend_weeks
        .into_iter()
        .map(|(week_start, values)| TrendWeek {
            week_start,
            entries: values.len(),
            mean: mean(&values),
        })
        .collect();

    let months = months(w, doc, &days, request.includes().notes);

    // Exercise adherence: stretching and core sessions per week (weeks start on Monday).
    let is_session =
        |k: ActivityKind| matches!(k, ActivityKind::Stretching | ActivityKind::CoreSession);
    let mut weeks: BTreeMap<NaiveDate, (usize, std::collections::BTreeSet<NaiveDate>)> =
        BTreeMap::new();
    let mut week = week_of(from);
    while week <= to {
        weeks.insert(week, (0, Default::default()));
        week += Duration::days(7);
    }
    for a in doc.activities.iter().filter(|a| is_session(a.entry.kind)) {
        let d = a.entry.at.date_naive();
        let e = weeks.entry(week_of(d)).or_default();
        e.0 += 1;
        e.1.insert(d);
    }
    let session_days: usize = weeks.values().map(|(_, d)| d.len()).sum();
    let sessions: usize = weeks.values().map(|(n, _)| *n).sum();
    let full_weeks = weeks.len();
    let good_weeks = weeks.values().filter(|(_, d)| d.len() >= 3).count();
    let adherence = w.tr_with(
        "report-adherence",
        &args([
            ("sessions", sessions.into()),
            ("days", session_days.into()),
            ("period", n_days.into()),
            ("good", good_weeks.into()),
            ("weeks", full_weeks.into()),
        ]),
    );
    let mut week_rows: Vec<WeekRow> = weeks
        .iter()
        .map(|(start, (n, d))| WeekRow {
            week_start: *start,
            sessions: *n,
            session_days: d.len(),
            mean_daily_max: mean(
                &days
                    .iter()
                    .filter(|p| p.date >= *start && p.date < *start + Duration::days(7))
                    .filter_map(|p| p.max.map(f32::from))
                    .collect::<Vec<_>>(),
            ),
        })
        .collect();
    if week_rows.len() > WEEKS_MAX {
        week_rows.drain(..week_rows.len() - WEEKS_MAX);
    }

    let mut prof = Vec::new();
    let conditions: Vec<String> = profile.conditions.iter().map(|&c| w.label(c)).collect();
    prof.push(line(
        w.tr("report-line-conditions"),
        if conditions.is_empty() {
            w.tr("report-conditions-none")
        } else {
            conditions.join(", ")
        },
    ));
    prof.push(line(
        w.tr("report-line-movement"),
        w.label(profile.movement_profile),
    ));
    if let Some(age) = profile.age_band {
        prof.push(line(w.tr("report-line-age"), w.label(age)));
    }
    let history = profile.history.yes_items();
    if !history.is_empty() {
        prof.push(line(w.tr("report-line-history"), history.join(", ")));
    }
    if let Some(start) = profile.history.episode_started {
        prof.push(line(w.tr("report-line-episode"), w.day(start)));
    }

    ReportData {
        locale: w.0,
        name: request.name(),
        from,
        to,
        generated: today,
        includes: request.includes(),
        mean_pain: mean(&all),
        worst_pain: worst,
        entries: doc.pain.len(),
        days_logged: by_day.len(),
        period_days: n_days as usize,
        summary,
        profile: prof,
        days,
        trend,
        peg,
        intimacy,
        body_map: None,
        body_map_by_activity: Vec::new(),
        red_flags,
        flags,
        flags_more,
        tried,
        relief,
        experiment,
        months,
        adherence,
        weeks: week_rows,
        questions: request
            .questions
            .clone()
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// How the report names an experiment's change: a change about intimacy only with intimacy
/// details, the patient's own words only with notes (they are as private), otherwise a
/// neutral stand-in that says what was left out.
pub fn experiment_change_words(
    locale: Locale,
    change: &ExperimentChange,
    includes: Includes,
) -> String {
    let w = Words(locale);
    if change.concerns_intimacy() && !includes.intimacy_details {
        w.tr("report-experiment-intimate")
    } else if matches!(change, ExperimentChange::Custom(_)) && !includes.notes {
        w.tr("report-experiment-own-words")
    } else {
        change.title_in(locale)
    }
}

/// The report's view of an experiment, or None when it does not overlap `from..=to`.
pub fn report_experiment(
    locale: Locale,
    status: &ExperimentStatus,
    includes: Includes,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<ReportExperiment> {
    let plan = status.experiment.plan;
    let end = status.experiment.abandoned_on.unwrap_or(plan.last_day());
    if plan.start > to || end < from {
        return None;
    }
    let w = Words(locale);
    let r = &status.result;
    let status_words = match r.state {
        ExperimentState::Finished => w.tr("report-experiment-finished"),
        ExperimentState::Running => w.tr("report-experiment-running"),
        ExperimentState::Paused => w.tr("report-experiment-paused"),
        ExperimentState::Abandoned => w.tr_with(
            "report-experiment-abandoned",
            &args([("days", r.days_run.into())]),
        ),
    };
    let arm = |a: &ArmResult| ReportArm {
        arm: match a.arm {
            Arm::With => w.tr("report-arm-with"),
            Arm::Without => w.tr("report-arm-without"),
        },
        mean: a.outcome.mean.map(|m| m as f32),
        rated: a.outcome.n,
        unrated: a.outcome.unknown,
        followed: a.followed,
        answered: a.answered,
    };
    let verdict = match r.verdict {
        Verdict::LowerWith => w.tr("report-verdict-lower"),
        Verdict::HigherWith => w.tr("report-verdict-higher"),
        Verdict::TooFewCases => w.tr("report-verdict-too-few"),
        Verdict::NoClearDifference | Verdict::TooManyUnknown => {
            let head = crate::experiments::unsettled_head_in(w.0, r);
            let mut head = head.chars();
            let first = head.next().map(|c| c.to_uppercase().collect::<String>());
            format!(
                "{}{}: {}.",
                first.unwrap_or_default(),
                head.as_str(),
                crate::experiments::why_not_in(w.0, r)
            )
        }
    };
    Some(ReportExperiment {
        change: experiment_change_words(locale, &status.experiment.change, includes),
        outcome: match status.experiment.outcome {
            ExperimentOutcome::NextMorning => w.tr("report-outcome-next-morning"),
            ExperimentOutcome::PainAfter => w.tr("report-outcome-pain-after"),
        },
        first_day: plan.start,
        last_day: plan.last_day(),
        period_days: plan.period_days,
        blocks_planned: r.blocks_planned,
        blocks_complete: r.blocks_complete,
        status: status_words,
        arms: vec![arm(&r.with), arm(&r.without)],
        difference: r.difference.map(|d| d as f32),
        interval: r.interval.map(|(lo, hi)| (lo as f32, hi as f32)),
        p_value: r.p_value.map(|p| p as f32),
        verdict,
    })
}

/// The range's calendar months, each with its counts (and notes, when included).
fn months(w: Words, doc: &ExportFile, days: &[DayPoint], with_notes: bool) -> Vec<MonthRow> {
    let key = |d: NaiveDate| (d.year(), d.month());
    let mut rows: BTreeMap<(i32, u32), MonthRow> = BTreeMap::new();
    let mut values: BTreeMap<(i32, u32), Vec<f32>> = BTreeMap::new();
    for d in days {
        let row = rows.entry(key(d.date)).or_insert_with(|| MonthRow {
            month: w.tr_with(
                "report-month-year",
                &args([
                    ("month", i18n::month_name(w.0, d.date.month()).into()),
                    ("year", d.date.year().to_string().into()),
                ]),
            ),
            entries: 0,
            days_logged: 0,
            days: 0,
            mean_pain: None,
            worst: None,
            severe_days: 0,
            warning_sign_entries: 0,
            activities: 0,
            notes: Vec::new(),
            notes_more: 0,
        });
        row.days += 1;
        if let Some(max) = d.max {
            row.days_logged += 1;
            row.worst = row.worst.max(Some(max));
            if max >= 7 {
                row.severe_days += 1;
            }
        }
    }
    let mut notes: Vec<(DateTime<chrono::FixedOffset>, String)> = Vec::new();
    for r in &doc.pain {
        let k = key(r.entry.at.date_naive());
        if let Some(row) = rows.get_mut(&k) {
            row.entries += 1;
            if r.entry.emergency.any() {
                row.warning_sign_entries += 1;
            }
            values.entry(k).or_default().push(f32::from(r.entry.nrs));
        }
        notes.push((r.entry.at, r.entry.notes.clone()));
    }
    for a in &doc.activities {
        if let Some(row) = rows.get_mut(&key(a.entry.at.date_naive())) {
            row.activities += 1;
        }
        notes.push((a.entry.at, a.entry.notes.clone()));
    }
    for (k, v) in values {
        if let Some(row) = rows.get_mut(&k) {
            row.mean_pain = mean(&v);
        }
    }
    if with_notes {
        notes.retain(|(_, text)| !text.trim().is_empty());
        // Newest first, so a full month keeps its latest notes; then back in date order.
        notes.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
        for (at, text) in notes {
            if let Some(row) = rows.get_mut(&key(at.date_naive())) {
                if row.notes.len() < NOTES_PER_MONTH_MAX {
                    row.notes
                        .push(format!("{}: {}", w.day(at.date_naive()), text.trim()));
                } else {
                    row.notes_more += 1;
                }
            }
        }
        rows.values_mut().for_each(|row| row.notes.reverse());
    }
    rows.into_values().collect()
}

const RIGHT: f32 = PAGE_W - MARGIN;
const WIDTH: f32 = RIGHT - MARGIN;

fn range_label(w: Words, data: &ReportData) -> String {
    w.tr_with(
        "report-range",
        &args([
            ("from", w.day(data.from).into()),
            ("to", w.day(data.to).into()),
        ]),
    )
}

/// Draws the report with the given fonts.
pub fn render(data: &ReportData, fonts: &ReportFonts) -> CoreResult<Vec<u8>> {
    let w = Words(data.locale);
    let range = range_label(w, data);
    let mut doc = Doc::new(
        &w.tr_with("report-title", &args([("range", range.clone().into())])),
        &w.tr_with(
            "report-footer",
            &args([
                ("range", range.into()),
                ("date", w.day(data.generated).into()),
            ]),
        ),
        data.locale,
        fonts,
    )?;
    first_page(&mut doc, data);
    doc.new_page();
    detail_pages(&mut doc, data);
    doc.finish()
}

/// Page 1: the one-minute summary.
fn first_page(doc: &mut Doc, data: &ReportData) {
    let w = Words(data.locale);
    let y = doc.y;
    doc.text(MARGIN, y, 18.0, Font::Bold, &w.tr("report-heading"));
    doc.y -= 20.0;
    let n_days = data.period_days;
    let mut who = w.tr_with(
        "report-period",
        &args([
            ("range", range_label(w, data).into()),
            ("days", n_days.into()),
        ]),
    );
    if let Some(name) = &data.name {
        who = format!("{name}  \u{2022}  {who}");
    }
    let y = doc.y;
    doc.text(MARGIN, y, 11.0, Font::Bold, &who);
    doc.y -= 13.0;
    doc.draw().gray(0.35);
    doc.paragraph(
        MARGIN,
        WIDTH,
        8.0,
        Font::Regular,
        &w.tr_with(
            "report-generated",
            &args([("date", w.day(data.generated).into())]),
        ),
    );
    doc.draw().gray(0.0);
    questions_box(doc, data);

    // Key figures as tiles.
    doc.y -= 6.0;
    let flagged_alerts = data.red_flags.len();
    let mut tiles: Vec<(String, String, String)> = vec![
        (
            w.tr("report-tile-mean"),
            w.num1(data.mean_pain),
            w.tr_with(
                "report-tile-mean-note",
                &args([("entries", data.entries.into())]),
            ),
        ),
        (
            w.tr("report-tile-worst"),
            w.whole(data.worst_pain),
            w.tr("report-tile-worst-note"),
        ),
        (
            w.tr("report-tile-days"),
            data.days_logged.to_string(),
            w.tr_with("report-tile-days-note", &args([("days", n_days.into())])),
        ),
    ];
    tiles.push(match &data.peg {
        Some(peg) => match &peg.latest {
            Some(check) => (
                w.tr("report-tile-peg-latest"),
                w.decimal(check.score, 1),
                w.tr_with(
                    "report-tile-peg-taken",
                    &args([("date", w.day(check.draft.taken_at.date_naive()).into())]),
                ),
            ),
            None => (
                w.tr("report-tile-peg"),
                w.tr("report-dash"),
                w.tr("report-tile-peg-none"),
            ),
        },
        None => (
            w.tr("report-tile-peg"),
            w.tr("report-dash"),
            w.tr("report-tile-peg-left-out"),
        ),
    });
    tiles.push((
        w.tr("report-tile-alerts"),
        if data.includes.alerts {
            flagged_alerts.to_string()
        } else {
            w.tr("report-dash")
        },
        if data.includes.alerts {
            w.tr("report-tile-alerts-note")
        } else {
            w.tr("report-tile-alerts-left-out")
        },
    ));
    let gap = 8.0;
    let tile_w = (WIDTH - gap * (tiles.len() as f32 - 1.0)) / tiles.len() as f32;
    let top = doc.y;
    for (i, (label, value, note)) in tiles.iter().enumerate() {
        let x = MARGIN + i as f32 * (tile_w + gap);
        doc.draw().rgb(0.94, 0.95, 0.97);
        doc.draw().fill_rect(x, top - 52.0, tile_w, 52.0);
        doc.draw().gray(0.3);
        doc.text(x + 7.0, top - 12.0, 8.0, Font::Bold, label);
        doc.draw().rgb(0.12, 0.25, 0.55);
        doc.text(x + 7.0, top - 32.0, 17.0, Font::Bold, value);
        doc.draw().gray(0.35);
        doc.text(x + 7.0, top - 45.0, 7.5, Font::Regular, note);
    }
    doc.draw().gray(0.0);
    doc.y = top - 62.0;

    doc.heading(&w.tr("report-trend-heading"));
    draw_trend(doc, data);

    if let Some(table) = &data.intimacy {
        intimacy_table(w, doc, table);
    }

    doc.heading(&w.tr("report-red-flags-heading"));
    if !data.includes.alerts {
        note(doc, &w.tr("report-alerts-left-out"));
    } else if data.red_flags.is_empty() {
        note(doc, &w.tr("report-no-alerts"));
    }
    for flag in data.red_flags.iter().take(RED_FLAGS_ON_PAGE_ONE) {
        red_flag(w, doc, flag, false);
    }
    if data.red_flags.len() > RED_FLAGS_ON_PAGE_ONE {
        note(
            doc,
            &w.tr_with(
                "report-more-alerts",
                &args([(
                    "count",
                    (data.red_flags.len() - RED_FLAGS_ON_PAGE_ONE).into(),
                )]),
            ),
        );
    }

    if !data.tried.is_empty() {
        doc.heading(&w.tr("report-tried-heading"));
        let cols = [MARGIN, MARGIN + 250.0, MARGIN + 330.0, MARGIN + 420.0];
        table_header(
            doc,
            &cols,
            &[
                &w.tr("report-col-activity"),
                &w.tr("report-col-times"),
                &w.tr("report-col-linked"),
                &w.tr("report-col-mean-after"),
            ],
        );
        // Only activities with pain logged after them say how they went; the rest are
        // named in one line.
        let (linked, unlinked): (Vec<&TriedRow>, Vec<&TriedRow>) =
            data.tried.iter().partition(|row| row.linked_entries > 0);
        for row in linked {
            table_row(
                doc,
                &cols,
                &[
                    row.activity.clone(),
                    row.times.to_string(),
                    row.linked_entries.to_string(),
                    w.num1(row.mean_pain_after),
                ],
            );
        }
        doc.draw().gray(0.35);
        // For comparison: every pain entry, linked or not.
        table_row(
            doc,
            &cols,
            &[
                w.tr("report-all-entries"),
                w.tr("report-dash"),
                data.entries.to_string(),
                w.num1(data.mean_pain),
            ],
        );
        let mut caveat = w.tr("report-tried-caveat");
        if !unlinked.is_empty() {
            let names: Vec<String> = unlinked
                .iter()
                .map(|row| {
                    w.tr_with(
                        "report-tried-unlinked-item",
                        &args([
                            ("activity", row.activity.clone().into()),
                            ("times", row.times.into()),
                        ]),
                    )
                })
                .collect();
            caveat = w.tr_with(
                "report-tried-unlinked",
                &args([
                    ("names", names.join(", ").into()),
                    ("caveat", caveat.into()),
                ]),
            );
        }
        note(doc, &caveat);
        doc.draw().gray(0.0);
    }
}

/// Red-flag alerts shown in full on page 1 (the rest are in the full list).
const RED_FLAGS_ON_PAGE_ONE: usize = 3;
/// The questions box: its height and the lines drawn in it when it is empty.
const QUESTIONS_BOX_H: f32 = 96.0;

/// The "questions I want to ask" box, kept at the bottom of page 1.
fn questions_box(doc: &mut Doc, data: &ReportData) {
    let lines = doc.wrap(&data.questions, 10.0, Font::Regular, WIDTH - 16.0);
    // The box grows with the user's text (never cut); blank, it keeps room to write.
    let height = QUESTIONS_BOX_H.max(32.0 + 13.0 * lines.len() as f32 + 4.0);
    let bottom = MARGIN + 10.0;
    let top = bottom + height;
    doc.draw().gray(0.55);
    doc.draw().stroke_rect(MARGIN, bottom, WIDTH, height, 0.8);
    doc.draw().gray(0.0);
    let title = Words(data.locale).tr("report-questions");
    doc.text(MARGIN + 8.0, top - 15.0, 10.5, Font::Bold, &title);
    if lines.is_empty() {
        doc.draw().gray(0.75);
        let mut y = top - 38.0;
        while y > bottom + 8.0 {
            doc.draw().line(MARGIN + 8.0, y, RIGHT - 8.0, y, 0.5);
            y -= 18.0;
        }
        doc.draw().gray(0.0);
    }
    for (i, line) in lines.iter().enumerate() {
        doc.text(
            MARGIN + 8.0,
            top - 32.0 - 13.0 * i as f32,
            10.0,
            Font::Regular,
            line,
        );
    }
    doc.keep_below(top + 4.0);
}

fn note(doc: &mut Doc, text: &str) {
    doc.paragraph(MARGIN, WIDTH, 9.0, Font::Regular, text);
}

fn table_header(doc: &mut Doc, cols: &[f32], titles: &[&str]) {
    doc.need(28.0);
    let y = doc.y;
    for (x, title) in cols.iter().zip(titles) {
        doc.text(*x, y, 8.5, Font::Bold, title);
    }
    doc.draw().gray(0.8);
    doc.draw().line(MARGIN, y - 4.0, RIGHT, y - 4.0, 0.5);
    doc.draw().gray(0.0);
    doc.y -= 15.0;
}

fn table_row(doc: &mut Doc, cols: &[f32], cells: &[String]) {
    doc.need(13.0);
    let y = doc.y;
    for (x, cell) in cols.iter().zip(cells) {
        doc.text(*x, y, 9.5, Font::Regular, cell);
    }
    doc.y -= 13.0;
}

fn intimacy_table(w: Words, doc: &mut Doc, table: &IntimacyTable) {
    doc.heading(&w.tr("report-intimacy-heading"));
    note(
        doc,
        &w.tr_with(
            "report-intimacy-summary",
            &args([
                ("cases", table.cases.into()),
                ("mean", w.num1(table.mean_pain_after).into()),
            ]),
        ),
    );
    if table.rows.is_empty() {
        return;
    }
    let cols = [MARGIN, MARGIN + 70.0, MARGIN + 350.0, MARGIN + 420.0];
    table_header(
        doc,
        &cols,
        &[
            "",
            "",
            &w.tr("report-col-cases"),
            &w.tr("report-col-mean-after"),
        ],
    );
    let mut last_factor = "";
    for row in &table.rows {
        let factor = if row.factor == last_factor {
            String::new()
        } else {
            row.factor.clone()
        };
        last_factor = &row.factor;
        table_row(
            doc,
            &cols,
            &[
                factor,
                row.group.clone(),
                row.cases.to_string(),
                w.num1(row.mean_pain_after),
            ],
        );
    }
}

fn red_flag(w: Words, doc: &mut Doc, flag: &RedFlagLine, with_detail: bool) {
    doc.need(48.0);
    doc.paragraph(MARGIN, WIDTH, 9.5, Font::Bold, &flag.title);
    let mut dates = w.tr_with(
        "report-flag-dates",
        &args([
            ("tier", flag.tier.clone().into()),
            ("first", w.day(flag.first_raised).into()),
            ("last", w.day(flag.last_raised).into()),
        ]),
    );
    if let Some(seen) = flag.seen {
        dates.push_str(&w.tr_with("report-flag-seen", &args([("date", w.day(seen).into())])));
    }
    if let Some(resolved) = flag.resolved {
        dates.push_str(&w.tr_with(
            "report-flag-resolved",
            &args([("date", w.day(resolved).into())]),
        ));
    }
    doc.paragraph(MARGIN + 10.0, WIDTH - 10.0, 8.5, Font::Regular, &dates);
    doc.draw().gray(0.3);
    doc.paragraph(
        MARGIN + 10.0,
        WIDTH - 10.0,
        8.5,
        Font::Regular,
        &w.tr_with(
            "report-flag-told",
            &args([("advice", flag.told.clone().into())]),
        ),
    );
    if with_detail && !flag.detail.is_empty() {
        doc.paragraph(
            MARGIN + 10.0,
            WIDTH - 10.0,
            8.5,
            Font::Regular,
            &w.tr_with(
                "report-flag-measured",
                &args([("detail", flag.detail.clone().into())]),
            ),
        );
    }
    doc.draw().gray(0.0);
    doc.y -= 4.0;
}

/// The following pages: months, all numbers, adherence, the full alert list.
fn detail_pages(doc: &mut Doc, data: &ReportData) {
    let w = Words(data.locale);
    // Page 2 opens with where it hurt (page 1 keeps the red flags).
    if let Some(map) = &data.body_map {
        draw_body_map(w, doc, map);
        after_activity_maps(w, doc, &data.body_map_by_activity);
    }
    doc.heading(&w.tr("report-months-heading"));
    let cols = [
        MARGIN,
        MARGIN + 110.0,
        MARGIN + 165.0,
        MARGIN + 235.0,
        MARGIN + 295.0,
        MARGIN + 340.0,
        MARGIN + 400.0,
    ];
    table_header(
        doc,
        &cols,
        &[
            &w.tr("report-col-month"),
            &w.tr("report-col-entries"),
            &w.tr("report-col-days-logged"),
            &w.tr("report-col-mean"),
            &w.tr("report-col-worst"),
            &w.tr("report-col-days-severe"),
            &w.tr("report-col-warning-signs"),
        ],
    );
    for m in &data.months {
        table_row(
            doc,
            &cols,
            &[
                m.month.clone(),
                m.entries.to_string(),
                w.of(m.days_logged, m.days),
                w.num1(m.mean_pain),
                w.whole(m.worst),
                m.severe_days.to_string(),
                m.warning_sign_entries.to_string(),
            ],
        );
    }
    if data.includes.notes {
        for m in data.months.iter().filter(|m| !m.notes.is_empty()) {
            doc.need(30.0);
            doc.y -= 4.0;
            doc.paragraph(
                MARGIN,
                WIDTH,
                9.5,
                Font::Bold,
                &w.tr_with(
                    "report-notes-month",
                    &args([("month", m.month.clone().into())]),
                ),
            );
            for n in &m.notes {
                doc.paragraph(MARGIN + 10.0, WIDTH - 10.0, 9.0, Font::Regular, n);
            }
            if m.notes_more > 0 {
                note(
                    doc,
                    &w.tr_with("report-notes-more", &args([("count", m.notes_more.into())])),
                );
            }
        }
    }

    if !data.relief.is_empty() {
        doc.need(60.0);
        doc.heading(&w.tr("report-relief-heading"));
        let cols = [MARGIN, MARGIN + 230.0, MARGIN + 290.0, MARGIN + 370.0];
        table_header(
            doc,
            &cols,
            &[
                &w.tr("report-col-what"),
                &w.tr("report-col-times"),
                &w.tr("report-col-answered"),
                &w.tr("report-col-mean-relief"),
            ],
        );
        for row in &data.relief {
            table_row(
                doc,
                &cols,
                &[
                    row.what.clone(),
                    row.times.to_string(),
                    row.answered.to_string(),
                    w.num1(row.mean_relief),
                ],
            );
        }
        note(doc, &w.tr("report-relief-note"));
    }

    if let Some(e) = &data.experiment {
        experiment_section(w, doc, e);
    }

    doc.heading(&w.tr("report-numbers-heading"));
    for l in data.summary.iter().chain(data.profile.iter()) {
        let lines = doc.wrap(&l.value, 9.5, Font::Regular, WIDTH - 230.0);
        doc.need(12.5 * lines.len() as f32);
        let y = doc.y;
        doc.text(MARGIN, y, 9.5, Font::Bold, &l.label);
        for (i, line) in lines.iter().enumerate() {
            doc.text(
                MARGIN + 230.0,
                y - 12.5 * i as f32,
                9.5,
                Font::Regular,
                line,
            );
        }
        doc.y -= 12.5 * lines.len().max(1) as f32 + 2.0;
    }

    doc.need(90.0);
    doc.heading(&w.tr("report-adherence-heading"));
    note(doc, &data.adherence);
    doc.y -= 4.0;
    let cols = [MARGIN, MARGIN + 150.0, MARGIN + 240.0, MARGIN + 310.0];
    table_header(
        doc,
        &cols,
        &[
            &w.tr("report-col-week-from"),
            &w.tr("report-col-sessions"),
            &w.tr("report-col-days"),
            &w.tr("report-col-mean-daily-worst"),
        ],
    );
    for week in &data.weeks {
        table_row(
            doc,
            &cols,
            &[
                w.day(week.week_start),
                week.sessions.to_string(),
                week.session_days.to_string(),
                w.num1(week.mean_daily_max),
            ],
        );
    }

    doc.heading(&w.tr("report-alerts-heading"));
    if !data.includes.alerts {
        note(doc, &w.tr("report-alerts-left-out"));
    } else if data.red_flags.is_empty() {
        note(doc, &w.tr("report-no-alerts"));
    }
    for flag in &data.red_flags {
        red_flag(w, doc, flag, true);
    }
    if data.includes.warning_signs {
        doc.need(40.0);
        doc.paragraph(
            MARGIN,
            WIDTH,
            10.0,
            Font::Bold,
            &w.tr("report-warning-signs-heading"),
        );
        if data.flags.is_empty() {
            note(doc, &w.tr("report-no-warning-signs"));
        }
        for f in &data.flags {
            doc.paragraph(
                MARGIN + 10.0,
                WIDTH - 10.0,
                9.0,
                Font::Regular,
                &format!("\u{2022} {f}"),
            );
        }
        if data.flags_more > 0 {
            note(
                doc,
                &w.tr_with("report-more", &args([("count", data.flags_more.into())])),
            );
        }
    }
}

/// The patient's n-of-1 experiment: what was tried, the arms, the difference and verdict.
fn experiment_section(w: Words, doc: &mut Doc, e: &ReportExperiment) {
    doc.need(140.0);
    doc.heading(&w.tr("report-experiment-heading"));
    doc.paragraph(MARGIN, WIDTH, 10.0, Font::Bold, &e.change);
    note(
        doc,
        &w.tr_with(
            "report-experiment-plan",
            &args([
                ("outcome", e.outcome.clone().into()),
                ("first", w.day(e.first_day).into()),
                ("last", w.day(e.last_day).into()),
                ("blocks", e.blocks_planned.into()),
                ("period", e.period_days.into()),
                ("complete", e.blocks_complete.into()),
                ("status", e.status.clone().into()),
            ]),
        ),
    );
    doc.y -= 4.0;
    let cols = [
        MARGIN,
        MARGIN + 150.0,
        MARGIN + 230.0,
        MARGIN + 310.0,
        MARGIN + 390.0,
    ];
    table_header(
        doc,
        &cols,
        &[
            &w.tr("report-col-arm"),
            &w.tr("report-col-mean"),
            &w.tr("report-col-rated"),
            &w.tr("report-col-unrated"),
            &w.tr("report-col-followed"),
        ],
    );
    for a in &e.arms {
        table_row(
            doc,
            &cols,
            &[
                a.arm.clone(),
                w.num1(a.mean),
                a.rated.to_string(),
                a.unrated.to_string(),
                w.of(a.followed as usize, a.answered as usize),
            ],
        );
    }
    doc.y -= 2.0;
    if let Some(d) = e.difference {
        let interval = e
            .interval
            .map(|(lo, hi)| {
                w.tr_with(
                    "report-interval",
                    &args([
                        ("low", w.decimal(lo, 1).into()),
                        ("high", w.decimal(hi, 1).into()),
                    ]),
                )
            })
            .unwrap_or_default();
        let p = e
            .p_value
            .map(|p| w.tr_with("report-p-value", &args([("p", w.decimal(p, 3).into())])))
            .unwrap_or_default();
        doc.paragraph(
            MARGIN,
            WIDTH,
            9.5,
            Font::Regular,
            &w.tr_with(
                "report-difference",
                &args([
                    ("difference", w.decimal(d, 1).into()),
                    ("interval", interval.into()),
                    ("p", p.into()),
                ]),
            ),
        );
    }
    doc.paragraph(
        MARGIN,
        WIDTH,
        9.5,
        Font::Bold,
        &w.tr_with(
            "report-verdict",
            &args([("verdict", e.verdict.clone().into())]),
        ),
    );
    note(doc, &w.tr("report-experiment-method"));
}

/// The composite body map as vector shapes from the same catalogue the app draws: each
/// region shaded by how often it hurt, with the share written in it, and the top regions
/// in words beside it.
fn draw_body_map(w: Words, doc: &mut Doc, map: &CompositeMap) {
    doc.heading(&w.tr("report-map-heading"));
    if map.regions.is_empty() {
        note(doc, &w.tr("report-map-none"));
        return;
    }
    let catalogue = crate::domain::body_map();
    let [_, _, vb_w, vb_h] = catalogue.view_box;
    let height = 190.0_f32;
    let scale = height / vb_h as f32;
    let view_w = vb_w as f32 * scale;
    doc.need(height + 30.0);
    let top = doc.y;
    // Rounded to the nearest whole percent; no entries, no share.
    let share = |entries: u32| {
        (100 * entries + map.pain_entries / 2)
            .checked_div(map.pain_entries)
            .unwrap_or(0)
    };
    let tallies: BTreeMap<Region, &crate::insights::body_map::RegionTally> =
        map.regions.iter().map(|t| (t.region, t)).collect();
    for (i, view) in catalogue.views.iter().enumerate() {
        let x0 = MARGIN + i as f32 * (view_w + 14.0);
        let at = |(x, y): (f64, f64)| (x0 + x as f32 * scale, top - y as f32 * scale);
        let outline: Vec<(f32, f32)> = path_points(&catalogue.outline)
            .into_iter()
            .map(at)
            .collect();
        doc.draw().gray(0.93);
        doc.draw().polygon(&outline, 0.55, 0.6);
        for shape in &view.shapes {
            let points: Vec<(f32, f32)> = path_points(&shape.path).into_iter().map(at).collect();
            let pct = tallies.get(&shape.region).map(|t| share(t.entries));
            match pct {
                None => doc.draw().gray(0.98),
                Some(p) if p < 25 => doc.draw().rgb(0.98, 0.80, 0.80),
                Some(p) if p < 50 => doc.draw().rgb(0.93, 0.52, 0.52),
                Some(_) => doc.draw().rgb(0.72, 0.12, 0.12),
            }
            doc.draw().polygon(&points, 0.45, 0.5);
            if let Some(p) = pct {
                let text = format!("{p}%");
                let (cx, cy) = at((shape.centre[0], shape.centre[1]));
                let w = doc.width(&text, 6.0, Font::Bold);
                if p >= 50 {
                    doc.draw().gray(1.0);
                } else {
                    doc.draw().gray(0.0);
                }
                doc.text(cx - w / 2.0, cy - 2.0, 6.0, Font::Bold, &text);
            }
        }
        doc.draw().gray(0.35);
        let caption = w.tr(if view.id == "front" {
            "report-map-front"
        } else {
            "report-map-back"
        });
        let caption_w = doc.width(&caption, 7.5, Font::Regular);
        doc.text(
            x0 + view_w / 2.0 - caption_w / 2.0,
            top - height - 10.0,
            7.5,
            Font::Regular,
            &caption,
        );
    }
    // Beside the figures: the legend and the regions in words.
    let x = MARGIN + 2.0 * view_w + 34.0;
    let width = RIGHT - x;
    doc.draw().gray(0.0);
    doc.y = top - 4.0;
    doc.paragraph(
        x,
        width,
        8.0,
        Font::Regular,
        &w.tr_with(
            "report-map-legend",
            &args([("entries", map.pain_entries.into())]),
        ),
    );
    for (label_id, (r, g, b)) in [
        ("report-map-under-25", (0.98, 0.80, 0.80)),
        ("report-map-25-49", (0.93, 0.52, 0.52)),
        ("report-map-50-plus", (0.72, 0.12, 0.12)),
    ] {
        let label_text = w.tr(label_id);
        let y = doc.y;
        doc.draw().rgb(r, g, b);
        doc.draw().fill_rect(x, y - 1.0, 10.0, 7.0);
        doc.draw().gray(0.0);
        doc.text(x + 14.0, doc.y, 8.0, Font::Regular, &label_text);
        doc.y -= 11.0;
    }
    doc.y -= 4.0;
    for t in map.regions.iter().take(10) {
        let how_strong = match (t.mean_score, t.worst_score) {
            (Some(mean), Some(worst)) => w.tr_with(
                "report-map-strength",
                &args([
                    ("mean", i18n::format_decimal(w.0, mean, 1).into()),
                    ("worst", worst.into()),
                ]),
            ),
            _ => String::new(),
        };
        let line = w.tr_with(
            "report-map-region",
            &args([
                ("region", w.label(t.region).into()),
                ("entries", t.entries.into()),
                ("total", map.pain_entries.into()),
                ("percent", share(t.entries).into()),
                ("strength", how_strong.into()),
            ]),
        );
        doc.paragraph(x, width, 8.0, Font::Regular, &line);
    }
    if map.regions.len() > 10 {
        let more = w.tr_with(
            "report-map-more",
            &args([("count", (map.regions.len() - 10).into())]),
        );
        doc.paragraph(x, width, 8.0, Font::Regular, &more);
    }
    doc.y = (top - height - 24.0).min(doc.y);
}

/// Where it hurt after each activity, in words: the regions most often marked on the pain
/// entries linked to it (the app's Insights draws each map).
fn after_activity_maps(w: Words, doc: &mut Doc, maps: &[ActivityMap]) {
    if maps.is_empty() {
        return;
    }
    doc.need(40.0);
    doc.text(
        MARGIN,
        doc.y,
        9.0,
        Font::Bold,
        &w.tr("report-after-heading"),
    );
    doc.y -= 13.0;
    for a in maps.iter().take(6) {
        let n = a.map.pain_entries;
        let regions = a
            .map
            .regions
            .iter()
            .take(3)
            .map(|t| {
                let pct = (100 * t.entries + n / 2).checked_div(n).unwrap_or(0);
                format!("{} {pct}%", lowercase_in(w, &w.label(t.region)))
            })
            .collect::<Vec<_>>()
            .join(", ");
        // A kind alone is named in the report's language; a position keeps the insight's name.
        let activity = match a.position {
            None => w.label(a.kind),
            Some(_) => a.label.clone(),
        };
        let regions = if regions.is_empty() {
            w.tr("report-after-none")
        } else {
            regions
        };
        note(
            doc,
            &w.tr_with(
                "report-after-line",
                &args([
                    ("activity", lowercase_in(w, &activity).into()),
                    ("entries", n.into()),
                    ("regions", regions.into()),
                ]),
            ),
        );
    }
    doc.y -= 6.0;
}

/// A label inside a sentence: lower case in English ("after core session"); German nouns
/// keep their capital letter.
fn lowercase_in(w: Words, text: &str) -> String {
    match w.0 {
        Locale::De => text.to_string(),
        Locale::En | Locale::Pseudo => text.to_lowercase(),
    }
}

/// The weekly pain trend as vector paths: the mean of each week's entries, a gap where a
/// week has none (unknown, not zero), and the PEG score when the report has it.
fn draw_trend(doc: &mut Doc, data: &ReportData) {
    let words = Words(data.locale);
    let height = 95.0;
    doc.need(height + 40.0);
    let left = MARGIN + 22.0;
    let right = RIGHT;
    let top = doc.y;
    let bottom = top - height;
    let n = data.trend.len().max(1);
    let x_of = |i: usize| left + (right - left) * (i as f32 + 0.5) / n as f32;
    let y_of = |v: f32| bottom + height * v / 10.0;
    for v in [0u8, 2, 4, 6, 8, 10] {
        let y = y_of(f32::from(v));
        doc.draw().gray(if v == 0 { 0.5 } else { 0.87 });
        doc.draw().line(left, y, right, y, 0.5);
        doc.draw().gray(0.35);
        doc.text_right(left - 5.0, y - 3.0, 7.5, Font::Regular, &v.to_string());
    }
    // Weeks with entries joined by a line; a week without entries breaks it.
    doc.draw().rgb(0.12, 0.25, 0.55);
    let mut run: Vec<(f32, f32)> = Vec::new();
    for (i, w) in data.trend.iter().enumerate() {
        match w.mean {
            Some(m) => run.push((x_of(i), y_of(m))),
            None => {
                doc.draw().polyline(&run, 1.6);
                run.clear();
            }
        }
    }
    doc.draw().polyline(&run, 1.6);
    for (i, w) in data.trend.iter().enumerate() {
        if let Some(m) = w.mean {
            doc.draw().dot(x_of(i), y_of(m), 2.2);
        }
    }
    if let Some(peg) = &data.peg {
        doc.draw().rgb(0.75, 0.4, 0.15);
        let mut run: Vec<(f32, f32)> = Vec::new();
        let mut points = Vec::new();
        for week in &peg.weeks {
            let i = data
                .trend
                .iter()
                .position(|w| w.week_start == week.week_start);
            match (i, week.score) {
                (Some(i), Some(score)) => {
                    run.push((x_of(i), y_of(score)));
                    points.push((x_of(i), y_of(score)));
                }
                _ => {
                    doc.draw().polyline(&run, 1.2);
                    run.clear();
                }
            }
        }
        doc.draw().polyline(&run, 1.2);
        for (x, y) in points {
            doc.draw().fill_rect(x - 2.0, y - 2.0, 4.0, 4.0);
        }
    }
    doc.draw().gray(0.35);
    let ticks = 6.min(n);
    for t in 0..ticks {
        let i = if ticks == 1 {
            0
        } else {
            t * (n - 1) / (ticks - 1)
        };
        let label = data
            .trend
            .get(i)
            .map(|w| words.day_month(w.week_start))
            .unwrap_or_default();
        let w = doc.width(&label, 7.5, Font::Regular);
        let x = (x_of(i) - w / 2.0).clamp(left - 10.0, right - w);
        doc.text(x, bottom - 11.0, 7.5, Font::Regular, &label);
    }
    doc.y = bottom - 24.0;
    let y = doc.y;
    doc.draw().rgb(0.12, 0.25, 0.55);
    doc.draw().line(left, y + 3.0, left + 15.0, y + 3.0, 1.6);
    doc.draw().gray(0.25);
    let empty = data.trend.iter().filter(|w| w.mean.is_none()).count();
    let mut legend = words.tr("report-trend-legend");
    if empty > 0 {
        legend = words.tr_with(
            "report-trend-gaps",
            &args([("legend", legend.into()), ("weeks", empty.into())]),
        );
    }
    doc.text(left + 19.0, y, 7.5, Font::Regular, &legend);
    if data.peg.is_some() {
        doc.y -= 11.0;
        let y = doc.y;
        doc.draw().rgb(0.75, 0.4, 0.15);
        doc.draw().line(left, y + 3.0, left + 15.0, y + 3.0, 1.2);
        doc.draw().gray(0.25);
        doc.text(
            left + 19.0,
            y,
            7.5,
            Font::Regular,
            &words.tr("report-trend-peg"),
        );
    }
    doc.draw().gray(0.0);
    doc.y -= 14.0;
}

impl Journal {
    /// Builds the clinician report PDF for the range, drawn with `fonts`.
    pub(crate) fn clinician_report(
        &mut self,
        request: &ReportRequest,
        fonts: &ReportFonts,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<Vec<u8>> {
        let data = self.report_data(request, now, today)?;
        render(&data, fonts)
    }

    /// The report's numbers, without drawing (the window's preview, tests, the CLI's
    /// --json). Only what the request includes is read: the export's own switches leave
    /// the rest out.
    pub(crate) fn report_data(
        &mut self,
        request: &ReportRequest,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<ReportData> {
        request.check()?;
        let locale = request.locale.unwrap_or_else(i18n::current);
        let includes = request.includes();
        let doc = self.export_document_stored(
            &ExportRequest {
                kind: ExportKind::Backup,
                range: DateRange {
                    from: Some(request.from),
                    to: Some(request.to),
                },
                includes: Some(includes),
            },
            now,
        )?;
        let intimacy = if includes.intimacy_details && includes.activities {
            let after = pain_after(
                self,
                &AfterQuery {
                    scope: AfterScope::Intimacy,
                    from: Some(request.from),
                    to: Some(request.to),
                },
            )?;
            // The factors the issue names, with short titles for the table's first column.
            let short = |id: &str| match id {
                "position" => Some(i18n::tr_in(locale, "report-factor-position", None)),
                "warm_up" => Some(i18n::tr_in(locale, "report-factor-warm-up", None)),
                "props" => Some(i18n::tr_in(locale, "report-factor-props", None)),
                _ => None,
            };
            let rows = after
                .factors
                .iter()
                .filter_map(|f| short(&f.id).map(|title| (title, f)))
                .flat_map(|(title, f)| {
                    f.groups.iter().map(move |g| IntimacyRow {
                        factor: title.clone(),
                        group: g.label.clone(),
                        cases: g.stat.n,
                        mean_pain_after: g.stat.mean.map(|m| m as f32),
                    })
                })
                .collect();
            Some(IntimacyTable {
                cases: after.overall.n,
                mean_pain_after: after.overall.mean.map(|m| m as f32),
                rows,
            })
        } else {
            None
        };
        // The PEG is a pain score: it goes in with pain.
        let peg = if includes.pain {
            let checks = self.peg_checks(Some(week_start(request.from)), Some(request.to))?;
            Some(ReportPeg::from_checks(&checks, request.from, request.to))
        } else {
            None
        };
        let body_map = if includes.pain {
            let query = TrendQuery {
                from: Some(request.from),
                to: Some(request.to),
            };
            let report = body_map_report(self, &query, today)?;
            let mut maps: Vec<CompositeMap> = vec![report.overall];
            // Positions are intimacy details: their maps go in only with them.
            let by_activity: Vec<ActivityMap> = if includes.activities {
                report
                    .by_activity
                    .into_iter()
                    .filter(|a| a.position.is_none() || includes.intimacy_details)
                    .collect()
            } else {
                Vec::new()
            };
            if !includes.region_details {
                for t in maps.iter_mut().flat_map(|m| m.regions.iter_mut()) {
                    t.mean_score = None;
                    t.worst_score = None;
                }
            }
            Some((maps.remove(0), by_activity))
        } else {
            None
        };
        // The experiment's outcome is pain: it goes in with pain.
        let experiment = if includes.pain {
            self.experiment_status(today)?.and_then(|status| {
                report_experiment(locale, &status, includes, request.from, request.to)
            })
        } else {
            None
        };
        let profile = self.profile()?;
        let mut data = compute(&doc, &profile, request, intimacy, peg, experiment, today);
        if let Some((map, by_activity)) = body_map {
            data.body_map = Some(map);
            data.body_map_by_activity = by_activity;
        }
        Ok(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_file(alerts: Vec<AlertRecord>) -> ExportFile {
        ExportFile {
            format: "backstory-export".into(),
            version: 2,
            kind: ExportKind::Backup,
            exported_at: DateTime::<Utc>::UNIX_EPOCH,
            app_version: "test".into(),
            journal_id: uuid::Uuid::nil(),
            display_name: String::new(),
            range: DateRange::default(),
            includes: Includes::partner_default(),
            profile: None,
            pain: Vec::new(),
            activities: Vec::new(),
            check_ins: Vec::new(),
            alerts,
            experiments: Vec::new(),
        }
    }

    #[test]
    fn the_report_names_values_with_the_labels_the_screens_use() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let alert = |tier: &str| AlertRecord {
            rule_id: "saddle_numbness".into(),
            tier: tier.into(),
            detail: String::new(),
            first_raised_at: at,
            last_raised_at: at,
            acknowledged_at: None,
            resolved_at: None,
        };
        let profile = Profile {
            conditions: vec![Condition::Stenosis, Condition::PelvicAlignment],
            movement_profile: MovementProfile::Flexion,
            age_band: Some(AgeBand::From50To64),
            ..Profile::default()
        };
        let data = compute(
            &empty_file(vec![alert("some_newer_tier"), alert("urgent")]),
            &profile,
            &ReportRequest::new(day(1), day(27)),
            None,
            None,
            None,
            day(27),
        );
        let row = |name: &str| {
            data.profile
                .iter()
                .find(|l| l.label == name)
                .map(|l| l.value.clone())
                .unwrap_or_else(|| panic!("the profile lists {name}: {:?}", data.profile))
        };
        assert_eq!(
            row("Known conditions"),
            "Spinal stenosis, Pelvic alignment problem"
        );
        assert_eq!(
            row("Movement that provokes pain"),
            crate::labels::label(MovementProfile::Flexion)
        );
        assert_eq!(row("Age band"), "50-64");
        let saddle = RuleId::parse("saddle_numbness").unwrap().rule();
        assert_eq!(
            data.red_flags[0].title,
            saddle.title(),
            "the rule's own title"
        );
        assert_eq!(
            data.red_flags[0].tier, "Urgent: today",
            "an alert is headed by its tier's label, known tiers first"
        );
        assert_eq!(
            data.red_flags[0].told,
            saddle.what_to_do(),
            "what the app told"
        );
        assert_eq!(
            data.red_flags[1].tier, "Some newer tier",
            "a tier this build does not know is shown in words"
        );
    }

    fn pain_on(date: NaiveDate, nrs: u8) -> Record<PainDraft> {
        let at = date
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_local_timezone(chrono::FixedOffset::east_opt(0).unwrap())
            .unwrap();
        Record {
            id: uuid::Uuid::new_v4(),
            created_at: DateTime::<Utc>::UNIX_EPOCH,
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
            entry: PainDraft {
                at,
                nrs,
                regions: vec![Region::LowerBackCentre.into()],
                qualities: vec![],
                onset: None,
                interference_daily: None,
                interference_intimacy: None,
                leg: LegSymptoms::default(),
                emergency: EmergencySigns::default(),
                activity_id: None,
                notes: String::new(),
            },
        }
    }

    #[test]
    fn a_week_without_entries_is_a_gap_in_the_trend_not_a_zero() {
        // Monday 2 Nov to Sunday 22 Nov 2026: three weeks, the middle one empty.
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut file = empty_file(Vec::new());
        file.pain = vec![pain_on(day(2), 4), pain_on(day(3), 6), pain_on(day(20), 0)];
        let data = compute(
            &file,
            &Profile::default(),
            &ReportRequest::new(day(2), day(22)),
            None,
            None,
            None,
            day(22),
        );
        let weeks: Vec<(NaiveDate, usize, Option<f32>)> = data
            .trend
            .iter()
            .map(|w| (w.week_start, w.entries, w.mean))
            .collect();
        assert_eq!(
            weeks,
            vec![
                (day(2), 2, Some(5.0)),
                (day(9), 0, None),
                (day(16), 1, Some(0.0)),
            ],
            "a logged 0 is a zero; a week with no entries is unknown"
        );
        assert_eq!(data.mean_pain, Some(10.0 / 3.0));
        assert_eq!(data.name, None, "no name unless the user gives one");
    }

    #[test]
    fn the_peg_trend_keeps_weeks_without_a_check_as_gaps() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let check = |d: u32, pain: u8| {
            let taken_at = day(d)
                .and_hms_opt(10, 0, 0)
                .unwrap()
                .and_local_timezone(chrono::FixedOffset::east_opt(0).unwrap())
                .unwrap();
            PegCheck::new(
                uuid::Uuid::new_v4(),
                PegDraft {
                    taken_at,
                    pain,
                    enjoyment: 4,
                    activity: 4,
                },
                DateTime::<Utc>::UNIX_EPOCH,
            )
        };
        let peg = ReportPeg::from_checks(&[check(3, 7), check(19, 1)], day(2), day(22));
        let scores: Vec<Option<f32>> = peg.weeks.iter().map(|w| w.score).collect();
        assert_eq!(scores, vec![Some(5.0), None, Some(3.0)]);
        assert_eq!(peg.latest.map(|c| c.score), Some(3.0));
    }
}
