//! The clinician report: a PDF a clinician can read in a minute for a chosen range. Key
//! numbers first, then the pain trend chart, warning signs and alerts, then activities and
//! exercise adherence. The numbers are computed here from the journal (pure functions of
//! the entries, tested on their own); pdf.rs only draws them. It reports what the patient
//! logged and never offers a diagnosis.

use super::export::ExportRequest;
use super::format::*;
use super::pdf::{Doc, Font, MARGIN, PAGE_W};
use crate::domain::*;
use crate::error::{CoreError, CoreResult};
use crate::labels::label;
use crate::rules::Tier;
use crate::store::Journal;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Longest range a report covers, so the chart stays readable.
pub const REPORT_MAX_DAYS: i64 = 3 * 366;
/// Most warning-sign lines listed (the rest are counted).
const FLAG_LINES_MAX: usize = 15;
/// Most weeks listed in the adherence table (the newest).
const WEEKS_MAX: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ReportRequest {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// One day of the trend chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayPoint {
    pub date: NaiveDate,
    pub max: Option<u8>,
    pub mean: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekRow {
    pub week_start: NaiveDate,
    pub sessions: usize,
    pub session_days: usize,
    pub mean_daily_max: Option<f32>,
}

/// Everything the report shows, computed before any drawing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportData {
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated: NaiveDate,
    pub profile: Vec<(String, String)>,
    pub summary: Vec<(String, String)>,
    pub days: Vec<DayPoint>,
    pub flags: Vec<String>,
    pub flags_more: usize,
    pub alerts: Vec<String>,
    pub activities: Vec<(String, usize, String)>,
    pub adherence: String,
    pub weeks: Vec<WeekRow>,
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
fn tier_label(tier: &str) -> String {
    serde_json::from_value::<Tier>(serde_json::Value::String(tier.to_string()))
        .map(|t| label(t).to_string())
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

fn fmt1(v: Option<f32>) -> String {
    v.map(|x| format!("{x:.1}"))
        .unwrap_or_else(|| "\u{2013}".into())
}

fn day_label(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// Computes the report's numbers from an export document covering the range.
pub fn compute(
    doc: &ExportFile,
    profile: &Profile,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> ReportData {
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

    let mut summary: Vec<(String, String)> = Vec::new();
    summary.push((
        "Pain entries".into(),
        format!("{} on {} of {} days", doc.pain.len(), by_day.len(), n_days),
    ));
    summary.push((
        "Pain 0-10: average / worst".into(),
        format!(
            "{} / {}",
            fmt1(mean(&all)),
            worst
                .map(|w| w.to_string())
                .unwrap_or_else(|| "\u{2013}".into())
        ),
    ));
    summary.push(("Average of daily worst".into(), fmt1(mean(&daily_max))));
    summary.push(("Days with pain 7 or more".into(), severe_days.to_string()));
    summary.push(("Days logged pain-free (0)".into(), pain_free.to_string()));
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
                let dir = if delta < 0.0 {
                    "lower"
                } else if delta > 0.0 {
                    "higher"
                } else {
                    "the same"
                };
                format!(
                    "{a:.1} in the first 2 weeks, {b:.1} in the last 2 ({}{})",
                    if dir == "the same" {
                        dir.to_string()
                    } else {
                        format!("{:.1} {dir}", delta.abs())
                    },
                    if matters {
                        "; a change that matters: >= 2 points or >= 30%"
                    } else {
                        "; under the 2-point / 30% change that matters"
                    }
                )
            }
            _ => "not enough entries at both ends of the range".into(),
        };
        summary.push(("Daily worst pain, start vs end".into(), text));
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
    summary.push((
        "Interference 0-10: daily life / intimacy".into(),
        format!(
            "{} / {}",
            fmt1(interference(|p| p.interference_daily)),
            fmt1(interference(|p| p.interference_intimacy))
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
    summary.push((
        "Leg symptoms: one leg / both legs".into(),
        format!("{one_leg} / {both_legs} entries"),
    ));
    let signs = doc.pain.iter().filter(|r| r.entry.emergency.any()).count();
    summary.push(("Entries with warning signs".into(), signs.to_string()));
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
    summary.push((
        "Check-ins: stress / sleep h / morning stiffness".into(),
        format!(
            "{} check-ins; {} / {} / {}",
            doc.check_ins.len(),
            fmt1(mean(&stress)),
            fmt1(mean(&sleep)),
            fmt1(mean(&stiff))
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
                parts.push(format!("{} in both legs", leg.join(", ")));
            }
            format!(
                "{}  pain {}  \u{2013}  {}",
                r.entry.at.format("%-d %b %Y %H:%M"),
                r.entry.nrs,
                parts.join("; ")
            )
        })
        .collect();
    let alerts = doc
        .alerts
        .iter()
        .map(|a| {
            let mut s = format!(
                "{} ({}) \u{2013} first {}, last {}",
                words(&a.rule_id),
                tier_label(&a.tier),
                day_label(a.first_raised_at.date_naive()),
                day_label(a.last_raised_at.date_naive())
            );
            if let Some(ack) = a.acknowledged_at {
                s.push_str(&format!(", seen {}", day_label(ack.date_naive())));
            }
            if let Some(res) = a.resolved_at {
                s.push_str(&format!(", resolved {}", day_label(res.date_naive())));
            }
            if !a.detail.is_empty() {
                s.push_str(&format!(". {}", a.detail));
            }
            s
        })
        .collect();

    // Activities by kind, with the mean of pain entries linked to them.
    let mut kinds: BTreeMap<String, (usize, Vec<f32>)> = BTreeMap::new();
    let mut kind_of = std::collections::HashMap::new();
    for a in &doc.activities {
        let label = label(a.entry.kind).to_string();
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
    let activities = kinds
        .into_iter()
        .map(|(label, (n, after))| {
            let pain = match mean(&after) {
                Some(m) => format!("{m:.1} (from {} linked entries)", after.len()),
                None => "\u{2013}".into(),
            };
            (label, n, pain)
        })
        .collect();

    // Exercise adherence: stretching and core sessions per week (weeks start on Monday).
    let is_session =
        |k: ActivityKind| matches!(k, ActivityKind::Stretching | ActivityKind::CoreSession);
    let week_of = |d: NaiveDate| d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
    let mut weeks: BTreeMap<NaiveDate, (usize, std::collections::BTreeSet<NaiveDate>)> =
        BTreeMap::new();
    let mut w = week_of(from);
    while w <= to {
        weeks.insert(w, (0, Default::default()));
        w += Duration::days(7);
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
    let adherence = format!(
        "{sessions} stretching or core sessions on {session_days} of {n_days} days; {good_weeks} of {full_weeks} weeks had sessions on 3 or more days."
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
    let conditions: Vec<String> = profile
        .conditions
        .iter()
        .map(|&c| label(c).to_string())
        .collect();
    prof.push((
        "Known conditions".into(),
        if conditions.is_empty() {
            "none recorded".into()
        } else {
            conditions.join(", ")
        },
    ));
    prof.push((
        "Movement that provokes pain".into(),
        label(profile.movement_profile).into(),
    ));
    if let Some(age) = profile.age_band {
        prof.push(("Age band".into(), label(age).into()));
    }
    let history = profile.history.yes_items();
    if !history.is_empty() {
        prof.push(("History items".into(), history.join(", ")));
    }
    if let Some(start) = profile.history.episode_started {
        prof.push(("This episode started".into(), day_label(start)));
    }

    ReportData {
        name: profile.display_name.clone(),
        from,
        to,
        generated: today,
        profile: prof,
        summary,
        days,
        flags,
        flags_more,
        alerts,
        activities,
        adherence,
        weeks: week_rows,
    }
}

/// Draws the report.
pub fn render(data: &ReportData) -> Vec<u8> {
    let range = format!("{} \u{2013} {}", day_label(data.from), day_label(data.to));
    let mut doc = Doc::new(
        &format!("Back pain summary, {range}"),
        &format!(
            "Backstory report, {range}, generated {}",
            day_label(data.generated)
        ),
    );
    let right = PAGE_W - MARGIN;
    let width = right - MARGIN;
    let y = doc.y;
    doc.text(
        MARGIN,
        y,
        20.0,
        Font::Bold,
        "Back pain summary for a clinician",
    );
    doc.y -= 22.0;
    let who = if data.name.trim().is_empty() {
        "the patient".to_string()
    } else {
        data.name.clone()
    };
    let y = doc.y;
    doc.text(
        MARGIN,
        y,
        11.0,
        Font::Regular,
        &format!(
            "Journal of {who}  \u{2022}  {range}  \u{2022}  generated {}",
            day_label(data.generated)
        ),
    );
    doc.y -= 15.0;
    doc.gray(0.35);
    doc.paragraph(MARGIN, width, 8.5, Font::Regular, "Self-reported entries from the patient's own Backstory journal. Pain is on the 0-10 numeric rating scale. The app records and counts; it does not diagnose.");
    doc.gray(0.0);

    doc.heading("Key numbers");
    for (label, value) in data.summary.iter().chain(data.profile.iter()) {
        let lines = super::pdf::wrap(value, 10.0, Font::Regular, width - 230.0);
        doc.need(13.0 * lines.len() as f32);
        let y = doc.y;
        doc.text(MARGIN, y, 10.0, Font::Bold, label);
        for (i, line) in lines.iter().enumerate() {
            doc.text(
                MARGIN + 230.0,
                y - 13.0 * i as f32,
                10.0,
                Font::Regular,
                line,
            );
        }
        doc.y -= 13.0 * lines.len().max(1) as f32 + 2.0;
    }

    doc.heading("Pain trend (0-10)");
    draw_chart(&mut doc, data);

    doc.heading("Red flags and warning signs");
    if data.alerts.is_empty() && data.flags.is_empty() {
        doc.paragraph(
            MARGIN,
            width,
            10.0,
            Font::Regular,
            "No warning signs were logged in this period and no red-flag alert was raised.",
        );
    }
    if !data.alerts.is_empty() {
        doc.paragraph(
            MARGIN,
            width,
            10.0,
            Font::Bold,
            "Alerts raised by the app's red-flag rules:",
        );
        for a in &data.alerts {
            doc.paragraph(
                MARGIN + 10.0,
                width - 10.0,
                9.5,
                Font::Regular,
                &format!("\u{2022} {a}"),
            );
        }
    }
    if !data.flags.is_empty() {
        doc.paragraph(
            MARGIN,
            width,
            10.0,
            Font::Bold,
            "Entries with warning signs (newest first):",
        );
        for f in &data.flags {
            doc.paragraph(
                MARGIN + 10.0,
                width - 10.0,
                9.5,
                Font::Regular,
                &format!("\u{2022} {f}"),
            );
        }
        if data.flags_more > 0 {
            doc.paragraph(
                MARGIN + 10.0,
                width - 10.0,
                9.5,
                Font::Regular,
                &format!("and {} more", data.flags_more),
            );
        }
    }

    doc.heading("Activities");
    if data.activities.is_empty() {
        doc.paragraph(
            MARGIN,
            width,
            10.0,
            Font::Regular,
            "No activities were logged in this period.",
        );
    } else {
        let y = doc.y;
        doc.text(MARGIN, y, 9.5, Font::Bold, "Activity");
        doc.text_right(MARGIN + 250.0, y, 9.5, Font::Bold, "Times");
        doc.text(MARGIN + 280.0, y, 9.5, Font::Bold, "Mean pain logged after");
        doc.y -= 14.0;
        for (label, n, pain) in &data.activities {
            doc.need(13.0);
            let y = doc.y;
            doc.text(MARGIN, y, 10.0, Font::Regular, label);
            doc.text_right(MARGIN + 250.0, y, 10.0, Font::Regular, &n.to_string());
            doc.text(MARGIN + 280.0, y, 10.0, Font::Regular, pain);
            doc.y -= 13.0;
        }
    }

    doc.need(90.0);
    doc.heading("Exercise adherence");
    doc.paragraph(MARGIN, width, 10.0, Font::Regular, &data.adherence);
    doc.y -= 4.0;
    doc.need(30.0);
    let y = doc.y;
    doc.text(MARGIN, y, 9.5, Font::Bold, "Week from");
    doc.text_right(MARGIN + 200.0, y, 9.5, Font::Bold, "Sessions");
    doc.text_right(MARGIN + 300.0, y, 9.5, Font::Bold, "Days");
    doc.text_right(MARGIN + 440.0, y, 9.5, Font::Bold, "Mean daily worst pain");
    doc.y -= 14.0;
    for w in &data.weeks {
        doc.need(13.0);
        let y = doc.y;
        doc.text(MARGIN, y, 10.0, Font::Regular, &day_label(w.week_start));
        doc.text_right(
            MARGIN + 200.0,
            y,
            10.0,
            Font::Regular,
            &w.sessions.to_string(),
        );
        doc.text_right(
            MARGIN + 300.0,
            y,
            10.0,
            Font::Regular,
            &w.session_days.to_string(),
        );
        doc.text_right(
            MARGIN + 440.0,
            y,
            10.0,
            Font::Regular,
            &fmt1(w.mean_daily_max),
        );
        doc.y -= 13.0;
    }
    doc.finish()
}

fn draw_chart(doc: &mut Doc, data: &ReportData) {
    let height = 150.0;
    doc.need(height + 40.0);
    let left = MARGIN + 22.0;
    let right = PAGE_W - MARGIN;
    let top = doc.y;
    let bottom = top - height;
    let n = data.days.len().max(1);
    let x_of = |i: usize| left + (right - left) * (i as f32 + 0.5) / n as f32;
    let y_of = |v: f32| bottom + height * v / 10.0;
    // Grid and axis labels.
    for v in [0u8, 2, 4, 6, 8, 10] {
        let y = y_of(f32::from(v));
        doc.gray(if v == 0 { 0.5 } else { 0.85 });
        doc.line(left, y, right, y, 0.5);
        doc.gray(0.35);
        doc.text_right(left - 5.0, y - 3.0, 8.0, Font::Regular, &v.to_string());
    }
    // Severe band marker at 7.
    doc.rgb(0.85, 0.45, 0.35);
    doc.line(left, y_of(7.0), right, y_of(7.0), 0.4);
    // Daily worst pain as bars.
    let bar = ((right - left) / n as f32 * 0.7).clamp(0.6, 12.0);
    doc.rgb(0.55, 0.68, 0.85);
    for (i, d) in data.days.iter().enumerate() {
        if let Some(m) = d.max {
            let h = (height * f32::from(m) / 10.0).max(0.8);
            doc.fill_rect(x_of(i) - bar / 2.0, bottom, bar, h);
        }
    }
    // 7-day moving average of daily worst pain as a line.
    let mut points = Vec::new();
    for i in 0..data.days.len() {
        let lo = i.saturating_sub(6);
        let vals: Vec<f32> = data.days[lo..=i]
            .iter()
            .filter_map(|d| d.max.map(f32::from))
            .collect();
        if let Some(m) = mean(&vals) {
            points.push((x_of(i), y_of(m)));
        }
    }
    doc.rgb(0.12, 0.25, 0.55);
    doc.polyline(&points, 1.6);
    // Date ticks: about six, at even spacing.
    doc.gray(0.35);
    let ticks = 6.min(n);
    for t in 0..ticks {
        let i = if ticks == 1 {
            0
        } else {
            t * (n - 1) / (ticks - 1)
        };
        let label = data
            .days
            .get(i)
            .map(|d| d.date.format("%-d %b").to_string())
            .unwrap_or_default();
        let w = super::pdf::text_width(&label, 8.0, Font::Regular);
        let x = (x_of(i) - w / 2.0).clamp(left - 10.0, right - w);
        doc.text(x, bottom - 12.0, 8.0, Font::Regular, &label);
    }
    doc.y = bottom - 28.0;
    // Legend.
    let y = doc.y;
    doc.rgb(0.55, 0.68, 0.85);
    doc.fill_rect(left, y, 10.0, 7.0);
    doc.gray(0.2);
    doc.text(left + 14.0, y, 8.5, Font::Regular, "worst pain of the day");
    doc.rgb(0.12, 0.25, 0.55);
    doc.line(left + 130.0, y + 3.5, left + 145.0, y + 3.5, 1.6);
    doc.gray(0.2);
    doc.text(
        left + 149.0,
        y,
        8.5,
        Font::Regular,
        "7-day average of the daily worst",
    );
    doc.rgb(0.85, 0.45, 0.35);
    doc.line(left + 300.0, y + 3.5, left + 315.0, y + 3.5, 0.6);
    doc.gray(0.2);
    doc.text(left + 319.0, y, 8.5, Font::Regular, "7 = severe");
    doc.gray(0.0);
    doc.y -= 18.0;
}

impl Journal {
    /// Builds the clinician report PDF for the range.
    pub(crate) fn clinician_report(
        &mut self,
        request: &ReportRequest,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<Vec<u8>> {
        let data = self.report_data(request, now, today)?;
        Ok(render(&data))
    }

    /// The report's numbers, without drawing (for tests and the CLI's --json).
    pub(crate) fn report_data(
        &mut self,
        request: &ReportRequest,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<ReportData> {
        if request.from > request.to {
            return Err(CoreError::validation(
                "from",
                "the start date is after the end date",
            ));
        }
        if (request.to - request.from).num_days() >= REPORT_MAX_DAYS {
            return Err(CoreError::validation(
                "from",
                "choose a range of at most three years",
            ));
        }
        let doc = self.export_document(
            &ExportRequest {
                kind: ExportKind::Backup,
                range: DateRange {
                    from: Some(request.from),
                    to: Some(request.to),
                },
                includes: Some(Includes {
                    notes: false,
                    ..Includes::everything()
                }),
            },
            now,
        )?;
        let profile = self.profile()?;
        Ok(compute(&doc, &profile, request.from, request.to, today))
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
            &empty_file(vec![alert("urgent"), alert("some_newer_tier")]),
            &profile,
            day(1),
            day(27),
            day(27),
        );
        let row = |name: &str| {
            data.profile
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("the profile lists {name}: {:?}", data.profile))
        };
        assert_eq!(
            row("Known conditions"),
            "Spinal stenosis, Pelvic alignment problem"
        );
        assert_eq!(
            row("Movement that provokes pain"),
            label(MovementProfile::Flexion)
        );
        assert_eq!(row("Age band"), "50-64");
        assert!(
            data.alerts[0].starts_with("Saddle numbness (Urgent: today) \u{2013} first"),
            "an alert is headed by its tier's label: {}",
            data.alerts[0]
        );
        assert!(
            data.alerts[1].starts_with("Saddle numbness (Some newer tier) "),
            "a tier this build does not know is shown in words: {}",
            data.alerts[1]
        );
    }
}
