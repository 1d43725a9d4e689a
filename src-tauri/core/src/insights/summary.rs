//! The weekly summary on the Today screen: 3-5 plain sentences about the last 7 days, each
//! built only from figures computed elsewhere in this module and listed beside it, so every
//! number in a sentence can be traced to its source.

use super::adherence::current_streak;
use super::after::{pain_after, AfterQuery, AfterScope};
use super::trend::{first_logged_day, summarise, DayTable, PeriodSummary};
use super::{decimal_in, inside_sentence, Change, Comparison, MIN_CASES};
use crate::error::CoreResult;
use crate::i18n::{self, args, tr_in, FluentArgs, Locale};
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

/// Writes the sentences in the language in use (pure).
pub fn weekly_sentences(f: &WeekFigures) -> Vec<SummarySentence> {
    weekly_sentences_in(i18n::current(), f)
}

/// Writes the sentences in `locale` (pure).
pub fn weekly_sentences_in(locale: Locale, f: &WeekFigures) -> Vec<SummarySentence> {
    let say = |id: &str, a: &FluentArgs| tr_in(locale, id, Some(a));
    let mut out = Vec::new();
    let week = &f.this_week;
    if week.days_logged == 0 {
        out.push(SummarySentence {
            text: tr_in(locale, "insights-summary-nothing-logged", None),
            figures: vec![fig("days_logged", 0.0)],
        });
    } else {
        let mean = week.mean.unwrap_or(0.0);
        let text = match week.max {
            Some(max) if max > 0 => say(
                "insights-summary-week",
                &args([
                    ("days", week.days_logged.into()),
                    ("mean", decimal_in(locale, mean).into()),
                    ("max", max.into()),
                ]),
            ),
            _ => say(
                "insights-summary-week-no-pain",
                &args([("days", week.days_logged.into())]),
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
        out.push(SummarySentence {
            text: say("insights-summary-pain-free", &args([("days", free.into())])),
            figures: vec![fig("pain_free_days", f64::from(free))],
        });

        let prev = &f.previous_week;
        match (
            prev.mean,
            week.days_logged >= MIN_CASES && prev.days_logged >= MIN_CASES,
        ) {
            (Some(p), true) => {
                let c = Change::between(p, mean);
                let text = if c.matters {
                    say(
                        "insights-summary-change-matters",
                        &args([
                            ("size", decimal_in(locale, c.delta.abs()).into()),
                            (
                                "direction",
                                if c.delta < 0.0 { "lower" } else { "higher" }.into(),
                            ),
                            ("previous", decimal_in(locale, p).into()),
                        ]),
                    )
                } else {
                    say(
                        "insights-summary-change-same",
                        &args([("previous", decimal_in(locale, p).into())]),
                    )
                };
                out.push(SummarySentence {
                    text,
                    figures: vec![fig("previous_mean_pain", p), fig("change", c.delta)],
                });
            }
            _ => out.push(SummarySentence {
                text: say(
                    "insights-summary-too-little-before",
                    &args([("min", MIN_CASES.into())]),
                ),
                figures: vec![fig("previous_days_logged", f64::from(prev.days_logged))],
            }),
        }
    }

    let text = if f.sessions == 0 {
        tr_in(locale, "insights-summary-no-sessions", None)
    } else {
        say(
            "insights-summary-sessions",
            &args([
                ("sessions", f.sessions.into()),
                ("days", f.session_days.into()),
                ("streak", f.current_streak.into()),
            ]),
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
            text: say(
                "insights-summary-finding",
                &args([(
                    "finding",
                    c.sentence_in(locale, &inside_sentence(locale, &c.title))
                        .into(),
                )]),
            ),
            figures: vec![
                fig("with_mean", c.with.mean.unwrap_or(0.0)),
                fig("without_mean", c.without.mean.unwrap_or(0.0)),
                fig("with_cases", f64::from(c.with.n)),
                fig("without_cases", f64::from(c.without.n)),
            ],
        },
        None if f.after_cases == 0 => SummarySentence {
            text: tr_in(locale, "insights-summary-no-outcomes", None),
            figures: vec![fig("cases", 0.0)],
        },
        None => SummarySentence {
            text: say(
                "insights-summary-no-pattern",
                &args([("cases", f.after_cases.into()), ("min", MIN_CASES.into())]),
            ),
            figures: vec![fig("cases", f64::from(f.after_cases))],
        },
    });
    out
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
    use super::super::{one_decimal, ComparisonSpec, Measure, Tally};
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
                measure: Measure::PainAfter,
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

    #[test]
    fn a_german_week_is_written_in_german_with_decimal_commas() {
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
        *t.get_mut(d("2024-03-11")).unwrap() = pain(0);
        *t.get_mut(d("2024-03-12")).unwrap() = DayFacts { core: 1, ..pain(4) };
        *t.get_mut(d("2024-03-13")).unwrap() = DayFacts { core: 1, ..pain(2) };
        let mut with = Tally::ratings();
        [2, 2, 3].iter().for_each(|v| with.add_rating(*v));
        let mut without = Tally::ratings();
        [5, 4, 5, 6].iter().for_each(|v| without.add_rating(*v));
        let finding = Comparison::build_in(
            Locale::De,
            ComparisonSpec {
                id: "warm_up".into(),
                title: "Aufwärmen vor Intimität".into(),
                with_label: "mit Aufwärmen".into(),
                without_label: "ohne".into(),
                measure: Measure::PainAfter,
            },
            with.stat(),
            without.stat(),
        );
        let f = week_figures(&t, d("2024-03-14"), 1, 7, Some(finding));
        let texts: Vec<String> = weekly_sentences_in(Locale::De, &f)
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(
            texts,
            vec![
                "In den letzten 7 Tagen haben Sie an 4 Tagen eingetragen; der Schmerz lag im Schnitt bei 2,3 von 10 und höchstens bei 4.",
                "Davon war 1 Tag schmerzfrei.",
                "Das sind 3,3 Punkte weniger als in den 7 Tagen davor (5,5), eine Veränderung, die zählt.",
                "Sie haben 2 Einheiten Dehnen oder Rumpftraining an 2 Tagen gemacht; Ihre aktuelle Serie: 1 Tag in Folge.",
                "Über Ihr ganzes Tagebuch gesehen — Aufwärmen vor Intimität: der Schmerz danach lag im Schnitt bei 2,3 mit Aufwärmen und bei 5,0 ohne (3 gegen 4 Mal) — ein Unterschied, der zählt.",
            ],
            "levels 3, 0, 4, 2 -> 9/4 = 2.25 -> 2,3; previous 22/4 = 5.5; 5.5 - 2.25 = 3.25 -> 3,3"
        );
        let quiet = weekly_sentences_in(
            Locale::De,
            &week_figures(
                &DayTable::empty(d("2024-03-01"), d("2024-03-14")),
                d("2024-03-14"),
                0,
                2,
                None,
            ),
        );
        assert_eq!(
            quiet.last().map(|s| s.text.as_str()),
            Some("Noch kein klares Muster beim Schmerz nach Aktivitäten (2 Fälle mit bekanntem Ergebnis bisher; ein Vergleich braucht mindestens 3 auf jeder Seite und einen Unterschied, der zählt).")
        );
    }
}
