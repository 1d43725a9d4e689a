//! The weekly summary on the Today screen: 3-5 plain sentences about the last 7 days, each
//! built only from figures computed elsewhere in this module and listed beside it, so every
//! number in a sentence can be traced to its source.

use super::adherence::current_streak;
use super::after::{pain_after, AfterQuery, AfterScope};
use super::trend::{first_logged_day, summarise, DayTable, PeriodSummary};
use super::{one_decimal, Change, Comparison, MIN_CASES};
use crate::error::CoreResult;
use crate::Journal;
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A named number a sentence was built from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Figure {
    pub name: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SummarySentence {
    pub text: String,
    /// The figures the text states.
    pub figures: Vec<Figure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WeeklySummary {
    /// The 7 days summarised: today and the 6 before.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// False for an empty journal (then `sentences` is empty).
    pub has_data: bool,
    pub sentences: Vec<SummarySentence>,
}

/// Everything the sentences are made from.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekFigures {
    pub this_week: PeriodSummary,
    pub previous_week: PeriodSummary,
    pub sessions: u32,
    pub session_days: u32,
    /// Days in a row with a session (see adherence).
    pub current_streak: u32,
    /// Cases behind the pain-after report used for the finding.
    pub after_cases: u32,
    pub finding: Option<Comparison>,
}

fn fig(name: &str, value: f64) -> Figure {
    Figure {
        name: name.into(),
        value,
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Writes the sentences (pure).
pub fn weekly_sentences(f: &WeekFigures) -> Vec<SummarySentence> {
    let mut out = Vec::new();
    let week = &f.this_week;
    if week.days_logged == 0 {
        out.push(SummarySentence {
            text: "Nothing was logged in the last 7 days.".into(),
            figures: vec![fig("days_logged", 0.0)],
        });
    } else {
        let mean = week.mean.unwrap_or(0.0);
        let text = match week.max {
            Some(max) if max > 0 => format!(
                "In the last 7 days you logged {}; pain averaged {} out of 10 and was at most {max}.",
                plural(week.days_logged, "day", "days"),
                one_decimal(mean)
            ),
            _ => format!(
                "In the last 7 days you logged {} and no pain above 0.",
                plural(week.days_logged, "day", "days")
            ),
        };
        let mut figures = vec![
            fig("days_logged", f64::from(week.days_logged)),
            fig("mean_pain", mean),
        ];
        if let Some(max) = week.max {
            figures.push(fig("max_pain", f64::from(max)));
        }
        out.push(SummarySentence { text, figures });

        let free = week.pain_free_days;
        let text = match free {
            0 => "None of those days was pain-free.".to_string(),
            1 => "1 of those days was pain-free.".to_string(),
            n => format!("{n} of those days were pain-free."),
        };
        out.push(SummarySentence {
            text,
            figures: vec![fig("pain_free_days", f64::from(free))],
        });

        let prev = &f.previous_week;
        match (prev.mean, week.days_logged >= MIN_CASES && prev.days_logged >= MIN_CASES) {
            (Some(p), true) => {
                let c = Change::between(p, mean);
                let size = c.delta.abs();
                let text = if c.matters {
                    format!(
                        "That is {} points {} than the 7 days before ({}), a change that matters.",
                        one_decimal(size),
                        if c.delta < 0.0 { "lower" } else { "higher" },
                        one_decimal(p)
                    )
                } else {
                    format!("That is about the same as the 7 days before ({}).", one_decimal(p))
                };
                out.push(SummarySentence {
                    text,
                    figures: vec![fig("previous_mean_pain", p), fig("change", c.delta)],
                });
            }
            _ => out.push(SummarySentence {
                text: format!(
                    "There is too little logged in the 7 days before to compare (at least {MIN_CASES} days in each week are needed)."
                ),
                figures: vec![fig("previous_days_logged", f64::from(prev.days_logged))],
            }),
        }
    }

    let text = if f.sessions == 0 {
        "No stretching or core sessions were logged in the last 7 days.".to_string()
    } else {
        format!(
            "You did {} on {}; your current streak is {}.",
            plural(
                f.sessions,
                "stretching or core session",
                "stretching or core sessions"
            ),
            plural(f.session_days, "day", "days"),
            plural(f.current_streak, "day", "days")
        )
    };
    out.push(SummarySentence {
        text,
        figures: vec![
            fig("sessions", f64::from(f.sessions)),
            fig("session_days", f64::from(f.session_days)),
            fig("current_streak", f64::from(f.current_streak)),
        ],
    });

    out.push(match &f.finding {
        Some(c) => SummarySentence {
            text: format!("Across your journal — {}", lower_first(&c.sentence)),
            figures: vec![
                fig("with_mean", c.with.mean.unwrap_or(0.0)),
                fig("without_mean", c.without.mean.unwrap_or(0.0)),
                fig("with_cases", f64::from(c.with.n)),
                fig("without_cases", f64::from(c.without.n)),
            ],
        },
        None if f.after_cases == 0 => SummarySentence {
            text: "No activity has a known outcome yet (how the back was afterwards), so there is nothing to compare.".into(),
            figures: vec![fig("cases", 0.0)],
        },
        None => SummarySentence {
            text: format!(
                "No clear pattern in pain after activities yet ({} with a known outcome so far; a comparison needs at least {MIN_CASES} on each side and a difference that matters).",
                plural(f.after_cases, "case", "cases")
            ),
            figures: vec![fig("cases", f64::from(f.after_cases))],
        },
    });
    out
}

fn lower_first(text: &str) -> String {
    // Keep the title's capital when it is a quoted name; only the sentence head is lowered.
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Gathers the figures from the journal (pure given the tables).
/// `table` must hold the 14 days ending `today`.
pub fn week_figures(
    table: &DayTable,
    today: NaiveDate,
    current_streak: u32,
    after_cases: u32,
    finding: Option<Comparison>,
) -> WeekFigures {
    let from = today - Duration::days(6);
    let prev_to = from - Duration::days(1);
    let (mut sessions, mut session_days) = (0, 0);
    for back in 0..7 {
        if let Some(f) = table.get(today - Duration::days(back)) {
            sessions += f.sessions();
            session_days += u32::from(f.sessions() > 0);
        }
    }
    WeekFigures {
        this_week: summarise(table, from, today, today),
        previous_week: summarise(table, prev_to - Duration::days(6), prev_to, today),
        sessions,
        session_days,
        current_streak,
        after_cases,
        finding,
    }
}

/// The weekly summary for the 7 days ending `today`.
pub fn weekly_summary(journal: &Journal, today: NaiveDate) -> CoreResult<WeeklySummary> {
    let from = today - Duration::days(6);
    if first_logged_day(journal)?.is_none() {
        return Ok(WeeklySummary {
            from,
            to: today,
            has_data: false,
            sentences: Vec::new(),
        });
    }
    let table = DayTable::load(journal, today - Duration::days(13), today)?;
    let streak = current_streak(journal, today)?;
    // The strongest finding about intimacy if there is one, else about any activity.
    let mut report = pain_after(
        journal,
        &AfterQuery {
            scope: AfterScope::Intimacy,
            ..AfterQuery::default()
        },
    )?;
    if report.top_finding().is_none() {
        report = pain_after(
            journal,
            &AfterQuery {
                scope: AfterScope::All,
                ..AfterQuery::default()
            },
        )?;
    }
    let figures = week_figures(
        &table,
        today,
        streak,
        report.overall.n,
        report.top_finding().cloned(),
    );
    Ok(WeeklySummary {
        from,
        to: today,
        has_data: true,
        sentences: weekly_sentences(&figures),
    })
}

#[cfg(test)]
mod tests {
    use super::super::trend::DayFacts;
    use super::super::{ComparisonSpec, Tally};
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pain(n: u8) -> DayFacts {
        DayFacts {
            pain_entries: 1,
            pain_sum: u32::from(n),
            pain_max: n,
            ..DayFacts::default()
        }
    }

    #[test]
    fn sentences_state_the_figures_they_list() {
        // Previous 7 days (Mar 1-7): 5, 5, 6, 6 -> mean 5.5. Last 7 days (Mar 8-14):
        // 3, 0 (check-in), 4, 2 with core sessions on Mar 13 and 14 -> mean 9/4 = 2.25.
        let mut t = DayTable::empty(d("2024-03-01"), d("2024-03-14"));
        for (day, n) in [
            ("2024-03-01", 5),
            ("2024-03-02", 5),
            ("2024-03-04", 6),
            ("2024-03-06", 6),
        ] {
            *t.get_mut(d(day)).unwrap() = pain(n);
        }
        *t.get_mut(d("2024-03-08")).unwrap() = pain(3);
        *t.get_mut(d("2024-03-09")).unwrap() = DayFacts {
            check_in: true,
            ..DayFacts::default()
        };
        *t.get_mut(d("2024-03-11")).unwrap() = pain(4);
        *t.get_mut(d("2024-03-13")).unwrap() = DayFacts { core: 1, ..pain(2) };
        *t.get_mut(d("2024-03-14")).unwrap() = DayFacts {
            core: 1,
            ..DayFacts::default()
        };
        let mut with = Tally::ratings();
        [2, 2, 3].iter().for_each(|v| with.add_rating(*v));
        let mut without = Tally::ratings();
        [5, 4, 5, 6].iter().for_each(|v| without.add_rating(*v));
        let finding = Comparison::build(
            ComparisonSpec {
                id: "warm_up".into(),
                title: "Warm-up before intimacy".into(),
                with_label: "with a warm-up".into(),
                without_label: "without".into(),
                unit: "pain after",
                count_word: "times",
            },
            with.stat(),
            without.stat(),
        );
        let f = week_figures(&t, d("2024-03-14"), 2, 7, Some(finding));
        let s = weekly_sentences(&f);
        let texts: Vec<&str> = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "In the last 7 days you logged 5 days; pain averaged 1.8 out of 10 and was at most 4.",
                "2 of those days were pain-free.",
                "That is 3.7 points lower than the 7 days before (5.5), a change that matters.",
                "You did 2 stretching or core sessions on 2 days; your current streak is 2 days.",
                "Across your journal — warm-up before intimacy: pain after averaged 2.3 with a warm-up and 5.0 without (3 vs 4 times) — a difference that matters.",
            ],
            "hand-computed: last 7 days levels 3,0,4,2,0 -> 9/5 = 1.8; previous 22/4 = 5.5"
        );
        assert!((3..=5).contains(&s.len()), "3 to 5 sentences");
        // Every figure a sentence lists appears in its text (to one decimal or as a whole number).
        for sentence in &s {
            for figure in &sentence.figures {
                let shown = if figure.value.fract() == 0.0 {
                    format!("{}", figure.value.abs() as i64)
                } else {
                    one_decimal(figure.value.abs())
                };
                let zero_said = figure.value == 0.0
                    && (sentence.text.contains("No ") || sentence.text.contains("None"));
                assert!(
                    sentence.text.contains(&shown) || zero_said,
                    "sentence {:?} should state figure {} = {}",
                    sentence.text,
                    figure.name,
                    shown
                );
            }
        }
    }

    #[test]
    fn quiet_week_without_cases_still_says_three_things() {
        let t = DayTable::empty(d("2024-03-01"), d("2024-03-14"));
        let s = weekly_sentences(&week_figures(&t, d("2024-03-14"), 0, 0, None));
        let texts: Vec<&str> = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Nothing was logged in the last 7 days.",
                "No stretching or core sessions were logged in the last 7 days.",
                "No activity has a known outcome yet (how the back was afterwards), so there is nothing to compare.",
            ],
            "an empty week says so plainly"
        );
    }
}
