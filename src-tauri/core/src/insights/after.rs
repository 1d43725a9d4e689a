//! What helps: for each attribute of an activity (position, props, warm-up, the day's
//! context), how the back was afterwards, with the number of cases behind every figure,
//! and with/without comparisons judged by the n >= 3 rule, the change that matters and the
//! unknowns rule.
//!
//! A *case* is every activity in scope. Its *outcome* is known when at least one pain entry
//! is linked to it (`pain_entry.activity_id`; answering "how was your back afterwards?" with
//! "no pain" stores a linked rating of 0), and is then the highest linked rating, so two
//! answers about one evening count once. With no linked entry the outcome is *unknown*: it
//! is counted and shown, never taken as 0 and never dropped. A difference between known
//! outcomes is a finding only if the unknown ones, put at 0 on one side and 10 on the other,
//! could not erase or reverse it ([`super::unknowns_could_change`]; docs/insights.md).
//! Context comes from the activity's own local day: another stretching or core session that
//! day, and that day's check-in (stress, and sleep the night before).

use super::{Comparison, ComparisonSpec, Measure, Stat, Tally, Verdict};
use crate::domain::{ActivityKind, IntimacyDetails, PartnerRole, Prop, ReliefDetails};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, args, tr, tr_in, Locale};
use crate::store::{date_text, CaseScope};
pub use crate::store::{kind_from_key, kind_key};
pub use crate::store::{ALL_CASES_SQL, CASE_DETAILS_SQL, INTIMACY_CASES_SQL, LINKED_PAIN_SQL};
use crate::Journal;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which cases a report looks at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AfterScope {
    /// Intimacy only, with position, role, props, warm-up.
    #[default]
    Intimacy,
    /// Every kind of activity, compared by kind.
    All,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(export)]
pub struct AfterQuery {
    pub scope: AfterScope,
    /// Inclusive local dates of the activities; None = whole journal.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// One activity, how the back was afterwards if that is known, and its context.
#[derive(Debug, Clone, PartialEq)]
pub struct AfterCase {
    pub kind: ActivityKind,
    pub date: NaiveDate,
    pub duration_min: Option<u16>,
    /// Boxed, like `relief`: most cases have neither, and boxing both makes a case 40
    /// bytes instead of 152 (~50k cases for a whole journal at 100k entries).
    pub intimacy: Option<Box<IntimacyDetails>>,
    /// What was done, for a pain-relief activity.
    pub relief: Option<Box<ReliefDetails>>,
    /// Highest linked pain rating (0 = "no pain"); None = unknown (nothing linked).
    pub outcome: Option<u8>,
    /// Another stretching session on the activity's local day.
    pub stretching_that_day: bool,
    /// Another core session on the activity's local day.
    pub core_that_day: bool,
    /// From that day's check-in.
    pub stress: Option<u8>,
    pub sleep_hours: Option<f32>,
}

impl AfterCase {
    /// A bare case (no context), for tests and callers that build cases by hand.
    pub fn new(kind: ActivityKind, date: NaiveDate, outcome: Option<u8>) -> AfterCase {
        AfterCase {
            kind,
            date,
            duration_min: None,
            intimacy: (kind == ActivityKind::Intimacy).then(Box::default),
            relief: None,
            outcome,
            stretching_that_day: false,
            core_that_day: false,
            stress: None,
            sleep_hours: None,
        }
    }
}

/// One value of a factor (e.g. "with a warm-up") and the pain after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FactorGroup {
    pub key: String,
    pub label: String,
    pub stat: Stat,
}

/// An attribute of the activity (position, props, warm-up...) split into groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Factor {
    pub id: String,
    pub title: String,
    pub groups: Vec<FactorGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PainAfterReport {
    pub scope: AfterScope,
    /// Pain after every case in scope: `n` known outcomes, `unknown` the rest.
    pub overall: Stat,
    pub factors: Vec<Factor>,
    /// Findings first (largest difference first), then "no clear difference", then those
    /// with too few cases.
    pub comparisons: Vec<Comparison>,
    /// How much each kind of pain relief helped, by the user's own 0-10 answer (higher is
    /// better, unlike the pain factors); unanswered ones are counted as unknown. None when
    /// no relief is in scope.
    pub relief_helped: Option<Factor>,
}

impl PainAfterReport {
    /// The strongest finding, if any comparison has one.
    pub fn top_finding(&self) -> Option<&Comparison> {
        self.comparisons.iter().find(|c| c.verdict.is_finding())
    }
}

/// A factor's title in `locale` (`id` is the factor's id: "warm_up", "stress"...).
fn factor_title(locale: Locale, id: &str) -> String {
    tr_in(locale, &format!("insights-factor-{id}"), None)
}

/// A group's label in `locale`, for the groups this module names itself (bands, yes/no,
/// "not recorded"); activity and relief kinds are journal values named by `labels`.
fn group_label(locale: Locale, factor: &str, key: &str) -> String {
    tr_in(locale, &format!("insights-group-{factor}-{key}"), None)
}

fn role_key(role: Option<PartnerRole>) -> &'static str {
    match role {
        Some(PartnerRole::Moving) => "moving",
        Some(PartnerRole::Resting) => "resting",
        Some(PartnerRole::Both) => "both",
        None => "unknown",
    }
}

/// Duration bands (minutes): under 20, 20-44, 45-89, 90 or more; the band's key.
pub fn duration_band(minutes: Option<u16>) -> &'static str {
    match minutes {
        None => "unknown",
        Some(m) if m < 20 => "under_20",
        Some(m) if m < 45 => "20_44",
        Some(m) if m < 90 => "45_89",
        Some(_) => "90_plus",
    }
}

/// Stress bands from the check-in (0-10): low 0-3, moderate 4-6, high 7-10; the band's key.
pub fn stress_band(stress: Option<u8>) -> &'static str {
    match stress {
        None => "unknown",
        Some(s) if s <= 3 => "low",
        Some(s) if s <= 6 => "moderate",
        Some(_) => "high",
    }
}

/// Sleep bands (hours the night before): under 6, 6 to under 8, 8 or more; the band's key.
pub fn sleep_band(hours: Option<f32>) -> &'static str {
    match hours {
        None => "unknown",
        Some(h) if h < 6.0 => "under_6",
        Some(h) if h < 8.0 => "6_8",
        Some(_) => "8_plus",
    }
}

/// Every key the bands, roles and yes/no factors can give, by factor (for the test that
/// each has its words in every language).
pub const NAMED_GROUPS: &[(&str, &[&str])] = &[
    ("position", &["unknown"]),
    ("role", &["moving", "resting", "both", "unknown"]),
    (
        "props",
        &[
            "none",
            "pillow_under_lower_back",
            "pillow_under_hips",
            "pillow_between_knees",
            "wedge",
            "rolled_towel",
            "bed_edge",
            "other",
        ],
    ),
    ("warm_up", &["yes", "no"]),
    (
        "duration",
        &["unknown", "under_20", "20_44", "45_89", "90_plus"],
    ),
    ("stretching_that_day", &["yes", "no"]),
    ("core_that_day", &["yes", "no"]),
    ("stress", &["unknown", "low", "moderate", "high"]),
    ("sleep", &["unknown", "under_6", "6_8", "8_plus"]),
];

/// Groups cases by key, keeping first-seen order for keys and labels.
struct Grouping {
    order: Vec<(String, String)>,
    /// One tally per key, in the same order: a group has a handful of keys (kinds, bands,
    /// positions), so a scan beats hashing each of ~50k cases' keys (measured at 100k).
    tallies: Vec<Tally>,
    /// Keys that mean "not recorded": shown, never compared.
    unknown: Vec<String>,
}

impl Grouping {
    fn new() -> Grouping {
        Grouping {
            order: Vec::new(),
            tallies: Vec::new(),
            unknown: vec!["unknown".into()],
        }
    }
    /// Adds a case to the group `key`; `label` names the group the first time it is seen.
    fn add(&mut self, key: &str, label: impl FnOnce() -> String, outcome: Option<u8>) {
        let i = match self.order.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                self.order.push((key.to_string(), label()));
                self.tallies.push(Tally::ratings());
                self.order.len() - 1
            }
        };
        self.tallies[i].add_outcome(outcome);
    }
    /// The tally of group `key`, if any case fell in it.
    fn tally(&self, key: &str) -> Option<&Tally> {
        let i = self.order.iter().position(|(k, _)| k == key)?;
        self.tallies.get(i)
    }
    fn factor(&self, id: &str, title: String) -> Factor {
        let groups = self
            .order
            .iter()
            .zip(&self.tallies)
            .map(|((key, label), tally)| FactorGroup {
                key: key.clone(),
                label: label.clone(),
                stat: tally.stat(),
            })
            .collect();
        Factor {
            id: id.into(),
            title,
            groups,
        }
    }
}

/// One binary or one-vs-rest comparison over the cases.
fn compare(
    locale: Locale,
    cases: &[&AfterCase],
    spec: ComparisonSpec,
    side: impl Fn(&AfterCase) -> Option<bool>,
) -> Comparison {
    let (mut with, mut without) = (Tally::ratings(), Tally::ratings());
    for case in cases {
        match side(case) {
            Some(true) => with.add_outcome(case.outcome),
            Some(false) => without.add_outcome(case.outcome),
            None => {}
        }
    }
    Comparison::build_in(locale, spec, with.stat(), without.stat())
}

/// A comparison of pain after; the side labels are message ids in `locale`.
fn spec(
    locale: Locale,
    id: String,
    title: String,
    with_label: &str,
    without_label: &str,
) -> ComparisonSpec {
    ComparisonSpec {
        id,
        title,
        with_label: tr_in(locale, with_label, None),
        without_label: tr_in(locale, without_label, None),
        measure: Measure::PainAfter,
    }
}

/// The report being built: the language its words are in, its factors and comparisons.
struct Builder {
    locale: Locale,
    factors: Vec<Factor>,
    comparisons: Vec<Comparison>,
}

impl Builder {
    /// A factor given by a band key per case, with one-vs-rest comparisons for each known
    /// key.
    fn banded(
        &mut self,
        cases: &[&AfterCase],
        id: &str,
        band: impl Fn(&AfterCase) -> &'static str,
    ) {
        let locale = self.locale;
        let mut g = Grouping::new();
        for c in cases {
            let key = band(c);
            g.add(key, || group_label(locale, id, key), c.outcome);
        }
        if g.order.is_empty() {
            return;
        }
        let title = factor_title(locale, id);
        self.factors.push(g.factor(id, title.clone()));
        let known: Vec<(&(String, String), &Tally)> = g
            .order
            .iter()
            .zip(&g.tallies)
            .filter(|((k, _), _)| !g.unknown.contains(k))
            .collect();
        if known.len() < 2 {
            return;
        }
        // Each known group against the other known groups (unknown bands are in neither).
        let all_known = known
            .iter()
            .fold(Tally::ratings(), |sum, (_, tally)| sum.plus(tally));
        for ((key, label), with) in known {
            let title = tr_in(
                locale,
                "insights-compare-group-title",
                Some(&args([
                    ("factor", title.as_str().into()),
                    ("group", label.as_str().into()),
                ])),
            );
            self.comparisons.push(Comparison::build_in(
                locale,
                spec(
                    locale,
                    format!("{id}:{key}"),
                    title,
                    "insights-compare-in-this-group",
                    "insights-compare-in-the-others",
                ),
                with.stat(),
                all_known.without(with).stat(),
            ));
        }
    }

    /// A yes/no factor with its comparison; `side_labels` are message ids.
    fn yes_no(
        &mut self,
        cases: &[&AfterCase],
        id: &str,
        side_labels: (&str, &str),
        test: impl Fn(&AfterCase) -> bool,
    ) {
        if cases.is_empty() {
            return;
        }
        let locale = self.locale;
        let mut g = Grouping::new();
        for c in cases {
            let key = if test(c) { "yes" } else { "no" };
            g.add(key, || group_label(locale, id, key), c.outcome);
        }
        let title = factor_title(locale, id);
        self.factors.push(g.factor(id, title.clone()));
        let side = |key: &str| {
            g.tally(key)
                .map_or_else(Tally::ratings, Tally::clone)
                .stat()
        };
        self.comparisons.push(Comparison::build_in(
            locale,
            spec(locale, id.into(), title, side_labels.0, side_labels.1),
            side("yes"),
            side("no"),
        ));
    }
}

/// Builds the report from loaded cases in the language in use (pure; the tests feed it by
/// hand).
pub fn pain_after_report(
    all_cases: &[AfterCase],
    scope: AfterScope,
    position_name: impl Fn(&str) -> String,
) -> PainAfterReport {
    pain_after_report_in(i18n::current(), all_cases, scope, position_name)
}

/// [`pain_after_report`] with its words in `locale`.
pub fn pain_after_report_in(
    locale: Locale,
    all_cases: &[AfterCase],
    scope: AfterScope,
    position_name: impl Fn(&str) -> String,
) -> PainAfterReport {
    let cases: Vec<&AfterCase> = all_cases
        .iter()
        .filter(|c| scope == AfterScope::All || c.kind == ActivityKind::Intimacy)
        .collect();
    let mut overall = Tally::ratings();
    cases.iter().for_each(|c| overall.add_outcome(c.outcome));
    let mut b = Builder {
        locale,
        factors: Vec::new(),
        comparisons: Vec::new(),
    };

    if scope == AfterScope::All {
        let mut g = Grouping::new();
        for c in &cases {
            g.add(
                kind_key(c.kind),
                || crate::labels::label(c.kind).to_string(),
                c.outcome,
            );
        }
        if !g.order.is_empty() {
            b.factors
                .push(g.factor("kind", factor_title(locale, "kind")));
        }
        if g.order.len() >= 2 {
            for ((key, label), with) in g.order.iter().zip(&g.tallies) {
                let with_label = tr_in(
                    locale,
                    "insights-compare-after-kind",
                    Some(&args([("kind", key.as_str().into())])),
                );
                b.comparisons.push(Comparison::build_in(
                    locale,
                    ComparisonSpec {
                        id: format!("kind:{key}"),
                        title: label.clone(),
                        with_label,
                        without_label: tr_in(locale, "insights-compare-after-other-kinds", None),
                        measure: Measure::PainAfter,
                    },
                    with.stat(),
                    overall.without(with).stat(),
                ));
            }
        }
    }

    let intimate: Vec<&AfterCase> = cases
        .iter()
        .copied()
        .filter(|c| c.intimacy.is_some())
        .collect();
    if scope == AfterScope::Intimacy && !intimate.is_empty() {
        // Positions: a case with two positions counts in both groups.
        let mut g = Grouping::new();
        for c in &intimate {
            let details = c.intimacy.as_ref().expect("filtered on intimacy");
            if details.positions.is_empty() {
                g.add(
                    "unknown",
                    || group_label(locale, "position", "unknown"),
                    c.outcome,
                );
            }
            for p in &details.positions {
                g.add(p, || position_name(p), c.outcome);
            }
        }
        b.factors
            .push(g.factor("position", factor_title(locale, "position")));
        for (key, label) in g.order.iter().filter(|(k, _)| k != "unknown") {
            let title = tr_in(
                locale,
                "insights-compare-position-title",
                Some(&args([("position", label.as_str().into())])),
            );
            b.comparisons.push(compare(
                locale,
                &intimate,
                spec(
                    locale,
                    format!("position:{key}"),
                    title,
                    "insights-compare-in-this-position",
                    "insights-compare-in-other-positions",
                ),
                |c| {
                    let positions = &c.intimacy.as_ref().expect("intimacy").positions;
                    (!positions.is_empty()).then(|| positions.iter().any(|p| p == key))
                },
            ));
        }

        let mut g = Grouping::new();
        for c in &intimate {
            let key = role_key(c.intimacy.as_ref().and_then(|d| d.role));
            g.add(key, || group_label(locale, "role", key), c.outcome);
        }
        b.factors
            .push(g.factor("role", factor_title(locale, "role")));
        let known_roles: Vec<(String, String)> = g
            .order
            .iter()
            .filter(|(k, _)| k != "unknown")
            .cloned()
            .collect();
        if known_roles.len() >= 2 {
            for (key, label) in known_roles {
                b.comparisons.push(compare(
                    locale,
                    &intimate,
                    spec(
                        locale,
                        format!("role:{key}"),
                        label,
                        "insights-compare-in-this-role",
                        "insights-compare-otherwise",
                    ),
                    |c| {
                        let k = role_key(c.intimacy.as_ref().and_then(|d| d.role));
                        (k != "unknown").then(|| k == key)
                    },
                ));
            }
        }

        // Props: none, or each prop used (a case with two props counts in both).
        let mut g = Grouping::new();
        for c in &intimate {
            let props = &c.intimacy.as_ref().expect("intimacy").props;
            if props.is_empty() {
                g.add("none", || group_label(locale, "props", "none"), c.outcome);
            }
            for p in props {
                let key = prop_key(*p);
                g.add(key, || group_label(locale, "props", key), c.outcome);
            }
        }
        b.factors
            .push(g.factor("props", factor_title(locale, "props")));
        b.comparisons.push(compare(
            locale,
            &intimate,
            spec(
                locale,
                "props".into(),
                tr_in(locale, "insights-compare-props-title", None),
                "insights-compare-with-props",
                "insights-compare-without",
            ),
            |c| Some(!c.intimacy.as_ref().expect("intimacy").props.is_empty()),
        ));

        b.yes_no(
            &intimate,
            "warm_up",
            ("insights-compare-with-warm-up", "insights-compare-without"),
            |c| c.intimacy.as_ref().is_some_and(|d| d.warm_up),
        );
    }

    b.banded(&cases, "duration", |c| duration_band(c.duration_min));
    b.yes_no(
        &cases,
        "stretching_that_day",
        ("insights-compare-with-one", "insights-compare-without"),
        |c| c.stretching_that_day,
    );
    b.yes_no(
        &cases,
        "core_that_day",
        ("insights-compare-with-one", "insights-compare-without"),
        |c| c.core_that_day,
    );
    b.banded(&cases, "stress", |c| stress_band(c.stress));
    b.banded(&cases, "sleep", |c| sleep_band(c.sleep_hours));

    // Pain relief: the pain after each kind of relief (the next linked rating) is a factor
    // like any other; how much it helped, by the user's own answer, is reported beside it.
    let mut pain_after_relief = Grouping::new();
    let mut helped = Grouping::new();
    for c in &cases {
        if let Some(r) = &c.relief {
            let (key, label) = (relief_key(r.what), crate::labels::label(r.what));
            pain_after_relief.add(key, || label.to_string(), c.outcome);
            helped.add(key, || label.to_string(), r.relief);
        }
    }
    let Builder {
        mut factors,
        mut comparisons,
        ..
    } = b;
    if !pain_after_relief.order.is_empty() {
        factors.push(pain_after_relief.factor("relief", factor_title(locale, "relief")));
    }
    let relief_helped = (!helped.order.is_empty())
        .then(|| helped.factor("relief_helped", factor_title(locale, "relief_helped")));

    sort_comparisons(&mut comparisons);
    PainAfterReport {
        scope,
        overall: overall.stat(),
        factors,
        comparisons,
        relief_helped,
    }
}

/// A relief kind's key (its JSON name).
fn relief_key(what: crate::domain::ReliefKind) -> &'static str {
    use crate::domain::ReliefKind::*;
    match what {
        Heat => "heat",
        Cold => "cold",
        Rest => "rest",
        Massage => "massage",
        Bath => "bath",
        Medicine => "medicine",
        Tens => "tens",
        Physio => "physio",
        Other => "other",
    }
}

fn prop_key(prop: Prop) -> &'static str {
    match prop {
        Prop::PillowUnderLowerBack => "pillow_under_lower_back",
        Prop::PillowUnderHips => "pillow_under_hips",
        Prop::PillowBetweenKnees => "pillow_between_knees",
        Prop::Wedge => "wedge",
        Prop::RolledTowel => "rolled_towel",
        Prop::BedEdge => "bed_edge",
        Prop::Other => "other",
    }
}

/// Findings first by size of difference, then no clear difference, then too many unknown
/// outcomes, then too few cases (by most cases); ties keep their order.
pub fn sort_comparisons(comparisons: &mut [Comparison]) {
    let rank = |c: &Comparison| match c.verdict {
        Verdict::LowerWith | Verdict::HigherWith => 0,
        Verdict::NoClearDifference => 1,
        Verdict::TooManyUnknown => 2,
        Verdict::TooFewCases => 3,
    };
    comparisons.sort_by(|a, b| {
        rank(a).cmp(&rank(b)).then_with(|| {
            let size = |c: &Comparison| c.difference.map_or(0.0, f64::abs);
            match rank(a) {
                3 => (b.with.n.min(b.without.n)).cmp(&a.with.n.min(a.without.n)),
                _ => size(b).total_cmp(&size(a)),
            }
        })
    });
}

/// Loads the cases in the query's range: every activity in scope with the highest pain
/// linked to it (or none: unknown), plus the day's sessions and check-ins.
pub fn load_cases(journal: &Journal, query: &AfterQuery) -> CoreResult<Vec<AfterCase>> {
    let from = query
        .from
        .map(date_text)
        .unwrap_or_else(|| "0000-01-01".into());
    let to = query
        .to
        .map(date_text)
        .unwrap_or_else(|| "9999-12-31".into());
    if from > to {
        return Err(CoreError::validation("from", tr("error-range-reversed")));
    }
    let scope = match query.scope {
        AfterScope::Intimacy => CaseScope::Intimacy,
        AfterScope::All => CaseScope::All,
    };
    let mut cases = Vec::new();
    journal.case_rows(scope, &from, &to, |row| {
        cases.push(AfterCase {
            kind: row.kind,
            date: row.date,
            duration_min: row.duration_min,
            intimacy: row.intimacy,
            relief: row.relief,
            outcome: row.outcome,
            stretching_that_day: false,
            core_that_day: false,
            stress: None,
            sleep_hours: None,
        });
    })?;
    let (Some(first), Some(last)) = (
        cases.iter().map(|c| c.date).min(),
        cases.iter().map(|c| c.date).max(),
    ) else {
        return Ok(cases);
    };
    // One slot per day from the first case to the last: the cases look their day up by
    // index instead of hashing its date (~50k lookups at 100k entries).
    let slot = |date: NaiveDate| usize::try_from((date - first).num_days()).ok();
    let days = slot(last).map_or(0, |n| n + 1);
    let (first_text, last_text) = (date_text(first), date_text(last));

    // Sessions per day (stretching, core), to say whether there was *another* one that day.
    let mut sessions: Vec<(u32, u32)> = vec![(0, 0); days];
    for (date, stretching, core) in journal.session_counts(&first_text, &last_text)? {
        if let Some(entry) = slot(date).and_then(|i| sessions.get_mut(i)) {
            entry.0 += stretching;
            entry.1 += core;
        }
    }
    let mut check_ins: Vec<Option<(u8, Option<f64>)>> = vec![None; days];
    for (date, stress, sleep) in journal.check_in_stress_sleep(&first_text, &last_text)? {
        if let Some(entry) = slot(date).and_then(|i| check_ins.get_mut(i)) {
            *entry = Some((stress, sleep));
        }
    }
    for case in &mut cases {
        let i = slot(case.date).expect("a case's day is in its own range");
        let (stretching, core) = sessions[i];
        let own = |k: ActivityKind| u32::from(case.kind == k);
        case.stretching_that_day = stretching > own(ActivityKind::Stretching);
        case.core_that_day = core > own(ActivityKind::CoreSession);
        if let Some((stress, sleep)) = check_ins[i] {
            case.stress = Some(stress);
            case.sleep_hours = sleep.map(|h| h as f32);
        }
    }
    Ok(cases)
}

/// The pain-after report for a query: loads the cases and builds the report.
pub fn pain_after(journal: &Journal, query: &AfterQuery) -> CoreResult<PainAfterReport> {
    let cases = load_cases(journal, query)?;
    Ok(pain_after_report(&cases, query.scope, position_name))
}

/// The catalogue name of a position id (the id itself if the catalogue no longer has it).
pub fn position_name(id: &str) -> String {
    crate::guide::positions()
        .iter()
        .find(|p| p.id == id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rstest::rstest;

    fn day() -> NaiveDate {
        "2024-05-01".parse().unwrap()
    }

    fn relief(
        what: crate::domain::ReliefKind,
        helped: Option<u8>,
        pain_after: Option<u8>,
    ) -> AfterCase {
        let mut c = AfterCase::new(ActivityKind::PainRelief, day(), pain_after);
        c.relief = Some(Box::new(ReliefDetails {
            what,
            medicine: String::new(),
            dose: String::new(),
            relief: helped,
            for_pain_id: None,
        }));
        c
    }

    #[test]
    fn relief_counts_by_kind_with_unanswered_ones_unknown() {
        use crate::domain::ReliefKind::{Cold, Heat};
        let cases = [
            relief(Heat, Some(6), Some(3)),
            relief(Heat, Some(8), None),
            relief(Heat, None, Some(5)),
            relief(Cold, Some(0), None),
        ];
        let r = pain_after_report(&cases, AfterScope::All, |id| id.to_string());
        let helped = r.relief_helped.clone().expect("relief in scope");
        let heat = &helped.groups.iter().find(|g| g.key == "heat").unwrap().stat;
        assert_eq!(
            (heat.n, heat.unknown, heat.mean),
            (2, 1, Some(7.0)),
            "6 and 8 known, one unknown"
        );
        let cold = &helped.groups.iter().find(|g| g.key == "cold").unwrap().stat;
        assert_eq!(
            (cold.n, cold.mean),
            (1, Some(0.0)),
            "an answered 0 is a real 0"
        );
        let pain = group(&r, "relief", "heat");
        assert_eq!(
            (pain.n, pain.unknown, pain.mean),
            (2, 1, Some(4.0)),
            "pain after: 3 and 5"
        );
        assert_eq!(
            pain_after_report(&cases, AfterScope::Intimacy, |id| id.to_string()).relief_helped,
            None,
            "the intimacy view has no relief"
        );
    }

    fn intimacy(pain: u8, positions: &[&str], props: &[Prop], warm_up: bool) -> AfterCase {
        outcome(Some(pain), positions, props, warm_up)
    }

    fn outcome(pain: Option<u8>, positions: &[&str], props: &[Prop], warm_up: bool) -> AfterCase {
        let mut c = AfterCase::new(ActivityKind::Intimacy, day(), pain);
        c.intimacy = Some(Box::new(IntimacyDetails {
            positions: positions.iter().map(|p| p.to_string()).collect(),
            role: None,
            props: props.to_vec(),
            warm_up,
            pain_before: None,
        }));
        c
    }

    #[test]
    fn a_german_factor_list_names_its_factors_and_groups_in_german() {
        let mut cases = vec![
            intimacy(2, &["spooning"], &[Prop::Wedge], true),
            intimacy(1, &["spooning"], &[], true),
            intimacy(3, &["spooning"], &[], true),
            intimacy(5, &["spooning"], &[], false),
            intimacy(4, &["spooning"], &[], false),
            intimacy(6, &["spooning"], &[], false),
            intimacy(5, &["spooning"], &[], false),
        ];
        cases[0].duration_min = Some(30);
        cases[0].stress = Some(8);
        let r = pain_after_report_in(Locale::De, &cases, AfterScope::Intimacy, |_| {
            "Löffelchen".to_string()
        });
        let titles: Vec<&str> = r.factors.iter().map(|f| f.title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "Stellung",
                "Ihre Rolle",
                "Hilfsmittel",
                "Aufwärmen vor Intimität",
                "Dauer",
                "Dehneinheit am selben Tag",
                "Rumpftraining am selben Tag",
                "Stress an diesem Tag",
                "Schlaf in der Nacht davor",
            ]
        );
        let labels = |id: &str| -> Vec<String> {
            let f = r.factors.iter().find(|f| f.id == id).unwrap();
            f.groups.iter().map(|g| g.label.clone()).collect()
        };
        assert_eq!(labels("props"), vec!["Keilkissen", "Keine Hilfsmittel"]);
        assert_eq!(labels("warm_up"), vec!["Aufwärmen", "Kein Aufwärmen"]);
        assert_eq!(
            labels("duration"),
            vec!["20-44 Min.", "Dauer nicht eingetragen"]
        );
        assert_eq!(
            labels("stress"),
            vec!["Hoher Stress (7-10)", "Kein Check-in an diesem Tag"]
        );
        assert_eq!(
            find(&r, "warm_up").sentence,
            "Aufwärmen vor Intimität: der Schmerz danach lag im Schnitt bei 2,0 mit Aufwärmen und bei 5,0 ohne (3 gegen 4 Mal) — ein Unterschied, der zählt."
        );
        assert_eq!(
            find(&r, "position:spooning").sentence,
            "Stellung „Löffelchen“: noch zu wenige Fälle (7 gegen 0 Mal; nötig sind mindestens 3 auf jeder Seite)."
        );
    }

    #[test]
    fn every_group_the_insights_name_has_words_in_every_language() {
        for locale in [Locale::En, Locale::De] {
            for (factor, keys) in NAMED_GROUPS {
                assert!(
                    i18n::has(locale, &format!("insights-factor-{factor}")),
                    "{locale:?} {factor}"
                );
                for key in *keys {
                    let id = format!("insights-group-{factor}-{key}");
                    assert!(i18n::has(locale, &id), "{locale:?} has no {id}");
                }
            }
            for id in ["kind", "relief", "relief_helped"] {
                assert!(i18n::has(locale, &format!("insights-factor-{id}")));
            }
        }
    }

    fn find<'a>(r: &'a PainAfterReport, id: &str) -> &'a Comparison {
        r.comparisons
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("expected a comparison {id}"))
    }

    fn group<'a>(r: &'a PainAfterReport, factor: &str, key: &str) -> &'a Stat {
        let f = r
            .factors
            .iter()
            .find(|f| f.id == factor)
            .unwrap_or_else(|| panic!("expected factor {factor}"));
        &f.groups
            .iter()
            .find(|g| g.key == key)
            .unwrap_or_else(|| panic!("expected group {factor}/{key}"))
            .stat
    }

    #[test]
    fn warm_up_comparison_hand_computed() {
        // With warm-up: 2, 1, 3 -> mean 2.0 (3 cases). Without: 5, 4, 6, 5 -> mean 5.0 (4 cases).
        let cases = vec![
            intimacy(2, &["spooning"], &[], true),
            intimacy(1, &["spooning"], &[], true),
            intimacy(3, &["side_lying_face_to_face"], &[], true),
            intimacy(5, &["spooning"], &[], false),
            intimacy(4, &["spooning"], &[], false),
            intimacy(6, &["side_lying_face_to_face"], &[], false),
            intimacy(5, &["side_lying_face_to_face"], &[], false),
        ];
        let r = pain_after_report(&cases, AfterScope::Intimacy, |id| id.to_string());
        let c = find(&r, "warm_up");
        assert_eq!((c.with.n, c.without.n), (3, 4), "3 with, 4 without");
        assert_eq!(
            (c.with.mean, c.without.mean),
            (Some(2.0), Some(5.0)),
            "means 6/3 and 20/4"
        );
        assert_eq!(c.difference, Some(-3.0), "2 - 5");
        assert_eq!(
            c.verdict,
            Verdict::LowerWith,
            "3 points lower with 3 v 4 cases is a finding"
        );
        assert_eq!(r.overall.n, 7, "seven cases");
        assert_eq!(
            r.overall.distribution,
            vec![0, 1, 1, 1, 1, 2, 1, 0, 0, 0, 0],
            "ratings 1,2,3,4,5,5,6"
        );
        assert_eq!(
            r.top_finding().map(|c| c.id.as_str()),
            Some("warm_up"),
            "largest difference first"
        );
        let spooning = group(&r, "position", "spooning");
        assert_eq!(
            (spooning.n, spooning.mean),
            (4, Some(3.0)),
            "spooning 2,1,5,4"
        );
    }

    #[rstest]
    #[case::two_with(2, 5, Verdict::TooFewCases)]
    #[case::three_with(3, 5, Verdict::LowerWith)]
    #[case::two_without(5, 2, Verdict::TooFewCases)]
    #[case::three_without(5, 3, Verdict::LowerWith)]
    fn props_comparison_needs_three_each_side(
        #[case] with_props: usize,
        #[case] without_props: usize,
        #[case] expected: Verdict,
    ) {
        let mut cases = Vec::new();
        cases.extend(
            (0..with_props)
                .map(|_| intimacy(1, &["spooning"], &[Prop::PillowUnderLowerBack], false)),
        );
        cases.extend((0..without_props).map(|_| intimacy(6, &["spooning"], &[], false)));
        let r = pain_after_report(&cases, AfterScope::Intimacy, |id| id.to_string());
        let c = find(&r, "props");
        assert_eq!(
            c.verdict, expected,
            "{with_props} with props vs {without_props} without"
        );
        if expected == Verdict::TooFewCases {
            assert!(
                r.top_finding().is_none(),
                "no finding may rest on fewer than 3 cases"
            );
        }
    }

    #[test]
    fn unknown_outcomes_are_counted_never_rated() {
        // With warm-up: 0, 0, 1 known + 1 unknown. Without: 5, 6, 4 known + 2 unknown.
        let cases = vec![
            intimacy(0, &["spooning"], &[], true),
            intimacy(0, &["spooning"], &[], true),
            intimacy(1, &["spooning"], &[], true),
            outcome(None, &["spooning"], &[], true),
            intimacy(5, &["spooning"], &[], false),
            intimacy(6, &["spooning"], &[], false),
            intimacy(4, &["spooning"], &[], false),
            outcome(None, &["spooning"], &[], false),
            outcome(None, &["spooning"], &[], false),
        ];
        let r = pain_after_report(&cases, AfterScope::Intimacy, |id| id.to_string());
        assert_eq!(
            (r.overall.n, r.overall.unknown),
            (6, 3),
            "six known, three unknown"
        );
        assert_eq!(r.overall.mean, Some(16.0 / 6.0), "unknowns are not zeros");
        let c = find(&r, "warm_up");
        assert_eq!(
            (c.with.n, c.with.unknown),
            (3, 1),
            "with: 3 known, 1 unknown"
        );
        assert_eq!(
            (c.without.n, c.without.unknown),
            (3, 2),
            "without: 3 known, 2 unknown"
        );
        // Known: 1/3 vs 5. Unknowns at the ends: with (1 + 10)/4 = 2.75 vs without
        // (15 + 0)/5 = 3.0 -> still lower, so the sign holds and it is a finding.
        assert_eq!(
            c.verdict,
            Verdict::LowerWith,
            "the sign survives the unknowns"
        );
        assert!(
            c.sentence.contains("3 vs 3 times known, 1 vs 2 unknown"),
            "the sentence states the counts: {}",
            c.sentence
        );
        // One more unknown without warm-up: with (1 + 10)/4 = 2.75 vs (15 + 0)/6 = 2.5 -> flips.
        let mut more = cases.clone();
        more.push(outcome(None, &["spooning"], &[], false));
        let r = pain_after_report(&more, AfterScope::Intimacy, |id| id.to_string());
        let c = find(&r, "warm_up");
        assert_eq!(
            c.verdict,
            Verdict::TooManyUnknown,
            "three unknowns without could reverse it"
        );
        assert!(
            c.sentence.contains("not enough known outcomes"),
            "the refusal is said: {}",
            c.sentence
        );
        assert!(
            r.top_finding().is_none(),
            "a refused comparison is no finding"
        );
        let yes = group(&r, "warm_up", "no");
        assert_eq!(
            (yes.n, yes.unknown),
            (3, 3),
            "the factor shows unknowns too"
        );
    }

    #[test]
    fn multiple_positions_count_in_each_group_and_against_the_rest() {
        // A: [spooning, on_top] pain 6; B: [spooning] 4; C: [on_top] 2; D: [] 3 (not recorded).
        let cases = vec![
            intimacy(6, &["spooning", "on_top_straight_arms"], &[], false),
            intimacy(4, &["spooning"], &[], false),
            intimacy(2, &["on_top_straight_arms"], &[], false),
            intimacy(3, &[], &[], false),
        ];
        let r = pain_after_report(&cases, AfterScope::Intimacy, |id| id.to_string());
        let s = group(&r, "position", "spooning");
        assert_eq!((s.n, s.mean), (2, Some(5.0)), "spooning: 6 and 4");
        let o = group(&r, "position", "on_top_straight_arms");
        assert_eq!((o.n, o.mean), (2, Some(4.0)), "on top: 6 and 2");
        let c = find(&r, "position:spooning");
        // with: A, B (6, 4); without: C (2); D has no position so is on neither side.
        assert_eq!(
            (c.with.n, c.without.n),
            (2, 1),
            "cases without a recorded position are left out"
        );
        assert_eq!(c.verdict, Verdict::TooFewCases, "2 vs 1 cases");
    }

    #[test]
    fn all_scope_compares_kinds_and_context() {
        let mut cases = Vec::new();
        for pain in [2, 3, 4] {
            let mut c = AfterCase::new(ActivityKind::Sitting, day(), Some(pain));
            c.duration_min = Some(180);
            c.stress = Some(8);
            cases.push(c);
        }
        for pain in [6, 7, 8] {
            let mut c = AfterCase::new(ActivityKind::Lifting, day(), Some(pain));
            c.duration_min = Some(10);
            c.stress = Some(2);
            c.core_that_day = true;
            cases.push(c);
        }
        let r = pain_after_report(&cases, AfterScope::All, |id| id.to_string());
        let sitting = find(&r, "kind:sitting");
        assert_eq!(
            (sitting.with.mean, sitting.without.mean),
            (Some(3.0), Some(7.0)),
            "sitting 2,3,4 vs lifting 6,7,8"
        );
        assert_eq!(sitting.verdict, Verdict::LowerWith, "4 points lower");
        assert!(
            r.factors.iter().all(|f| f.id != "warm_up"),
            "intimacy factors only in the intimacy scope"
        );
        let core = find(&r, "core_that_day");
        assert_eq!(
            (core.with.n, core.with.mean),
            (3, Some(7.0)),
            "core days are the lifting days"
        );
        let high = group(&r, "stress", "high");
        assert_eq!(
            (high.n, high.mean),
            (3, Some(3.0)),
            "high stress: the sitting cases"
        );
        assert_eq!(
            group(&r, "duration", "90_plus").n,
            3,
            "three sittings of 180 min"
        );
        let intimacy_only = pain_after_report(&cases, AfterScope::Intimacy, |id| id.to_string());
        assert_eq!(intimacy_only.overall.n, 0, "no intimacy cases");
        assert!(
            intimacy_only
                .comparisons
                .iter()
                .all(|c| c.verdict == Verdict::TooFewCases),
            "nothing to find"
        );
    }

    #[test]
    fn kind_keys_match_the_stored_names() {
        for kind in [
            ActivityKind::Intimacy,
            ActivityKind::Stretching,
            ActivityKind::CoreSession,
            ActivityKind::WalkingSport,
            ActivityKind::Sitting,
            ActivityKind::Lifting,
            ActivityKind::StressRelief,
            ActivityKind::Other,
        ] {
            let stored = serde_json::to_value(kind).unwrap();
            assert_eq!(
                Some(kind_key(kind)),
                stored.as_str(),
                "key of {kind:?} is its serde name"
            );
            assert_eq!(
                kind_from_key(kind_key(kind)),
                Some(kind),
                "{kind:?} round-trips"
            );
        }
        for prop in PROPS_ALL {
            let stored = serde_json::to_value(prop).unwrap();
            assert_eq!(
                Some(prop_key(prop)),
                stored.as_str(),
                "key of {prop:?} is its serde name"
            );
        }
    }

    const PROPS_ALL: [Prop; 7] = [
        Prop::PillowUnderLowerBack,
        Prop::PillowUnderHips,
        Prop::PillowBetweenKnees,
        Prop::Wedge,
        Prop::RolledTowel,
        Prop::BedEdge,
        Prop::Other,
    ];

    /// The plans read index pages only where it matters (no body reads for the join).
    #[rstest]
    #[case::intimacy(INTIMACY_CASES_SQL, &["activity_kind_date", "COVERING INDEX pain_activity_nrs"])]
    // Every activity is a case: the covering activity_facts alone is scanned, in id order
    // without a sort; the linked pain is one ordered pass over its own index, and the
    // intimacy and relief bodies are read through the kind index.
    #[case::all(ALL_CASES_SQL, &["COVERING INDEX activity_facts"])]
    #[case::details(CASE_DETAILS_SQL, &["INDEX activity_kind_date"])]
    #[case::linked_pain(LINKED_PAIN_SQL, &["COVERING INDEX pain_activity_nrs"])]
    fn case_queries_use_their_indexes(#[case] sql: &str, #[case] expected: &[&str]) {
        let j = crate::Journal::open_in_memory().unwrap();
        let plan = query_plan(j.conn(), sql);
        for part in expected {
            assert!(plan.contains(part), "plan should use {part}: {plan}");
        }
        // The merge of the two relies on their order coming from the indexes.
        assert!(!plan.contains("TEMP B-TREE"), "no sort step: {plan}");
    }

    /// The ordered merge of activities, linked pain and details gives each activity the
    /// highest live pain linked to it and its own intimacy or relief details, as a lookup
    /// per activity does: with deleted links, several pains on one activity, activities
    /// with none, and relief activities beside the intimacy ones.
    #[test]
    fn all_cases_merge_matches_a_lookup_per_activity() {
        let mut j = crate::Journal::open_in_memory().unwrap();
        crate::bench_data::generate(&mut j, &crate::bench_data::BenchSpec::days(120)).unwrap();
        let conn = j.conn();
        conn.execute_batch(
            "UPDATE pain_entry SET deleted_at = '2030-01-01T00:00:00Z'
               WHERE activity_id IS NOT NULL AND substr(id, 1, 1) < '4';
             UPDATE pain_entry SET activity_id =
               (SELECT a.id FROM activity AS a WHERE a.local_date = pain_entry.local_date
                 ORDER BY a.id LIMIT 1)
               WHERE activity_id IS NULL AND substr(id, 1, 1) < '8';
             UPDATE activity SET kind = 'pain_relief', body = json_set(body, '$.kind',
                 'pain_relief', '$.relief', json('{\"what\":\"heat\",\"relief\":6}'))
               WHERE kind = 'other' AND substr(id, 1, 1) < '8';",
        )
        .unwrap();
        type Seen = (NaiveDate, String, Option<u16>, Option<u8>, String, String);
        let text = |v: Option<String>| v.unwrap_or_default();
        let mut merged: Vec<Seen> = Vec::new();
        j.case_rows(CaseScope::All, "0000-01-01", "9999-12-31", |r| {
            merged.push((
                r.date,
                kind_key(r.kind).to_string(),
                r.duration_min,
                r.outcome,
                text(r.intimacy.map(|d| serde_json::to_string(&d).unwrap())),
                text(r.relief.map(|d| serde_json::to_string(&d).unwrap())),
            ))
        })
        .unwrap();
        let mut stmt = j
            .conn()
            .prepare(
                "SELECT a.local_date, a.kind, a.duration_min,
                   (SELECT MAX(p.nrs) FROM pain_entry AS p
                     WHERE p.activity_id = a.id AND p.deleted_at IS NULL),
                   CASE a.kind WHEN 'intimacy' THEN json_extract(a.body, '$.intimacy') END,
                   CASE a.kind WHEN 'pain_relief' THEN json_extract(a.body, '$.relief') END
                 FROM activity AS a WHERE a.deleted_at IS NULL",
            )
            .unwrap();
        let details = |json: Option<String>, relief: bool| {
            text(json.map(|t| {
                if relief {
                    serde_json::to_string(&serde_json::from_str::<ReliefDetails>(&t).unwrap())
                } else {
                    serde_json::to_string(&serde_json::from_str::<IntimacyDetails>(&t).unwrap())
                }
                .unwrap()
            }))
        };
        let mut lookup: Vec<Seen> = stmt
            .query_map([], |r| {
                let date: String = r.get(0)?;
                Ok((
                    date.parse().unwrap(),
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    details(r.get(4)?, false),
                    details(r.get(5)?, true),
                ))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        merged.sort();
        lookup.sort();
        assert_eq!(merged, lookup);
        let count = |f: fn(&Seen) -> bool| merged.iter().filter(|c| f(c)).count();
        let known = count(|c| c.3.is_some());
        assert!(
            known > 0 && known < merged.len(),
            "{known} of {}",
            merged.len()
        );
        assert!(count(|c| !c.4.is_empty()) > 0, "intimacy details read");
        assert!(count(|c| !c.5.is_empty()) > 0, "relief details read");
    }

    pub(crate) fn query_plan(conn: &rusqlite::Connection, sql: &str) -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let n = stmt.parameter_count();
        let params: Vec<String> = (0..n).map(|_| "2024-01-01".to_string()).collect();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                r.get::<_, String>(3)
            })
            .unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join(" | ")
    }

    #[rstest]
    #[case(None, "unknown")]
    #[case(Some(5.5), "under_6")]
    #[case(Some(6.0), "6_8")]
    #[case(Some(7.9), "6_8")]
    #[case(Some(8.0), "8_plus")]
    fn sleep_bands(#[case] hours: Option<f32>, #[case] key: &str) {
        assert_eq!(sleep_band(hours), key, "{hours:?} h sleep");
    }

    #[rstest]
    #[case(Some(0), "low")]
    #[case(Some(3), "low")]
    #[case(Some(4), "moderate")]
    #[case(Some(6), "moderate")]
    #[case(Some(7), "high")]
    #[case(None, "unknown")]
    fn stress_bands(#[case] stress: Option<u8>, #[case] key: &str) {
        assert_eq!(stress_band(stress), key, "stress {stress:?}");
    }

    #[rstest]
    #[case(Some(19), "under_20")]
    #[case(Some(20), "20_44")]
    #[case(Some(45), "45_89")]
    #[case(Some(90), "90_plus")]
    fn duration_bands(#[case] minutes: Option<u16>, #[case] key: &str) {
        assert_eq!(duration_band(minutes), key, "{minutes:?} minutes");
    }
}
