//! Conversation prompts for Together: a few neutral sentences built from the shared
//! evenings, saying what the numbers show and offering something to try, never who caused
//! what. "Ended" means the higher of the two partners' pain after the evening (the highest
//! entry linked to it, else in the next 24 hours), because either partner may be the one
//! whose back hurts.

use super::partners::TogetherEvent;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Pain after an evening at or above this counts as "ended high".
pub const HIGH_AFTER: u8 = 5;
/// How many of the most recent evenings a prompt looks at.
pub const RECENT_EVENINGS: usize = 5;

/// Where a prompt's suggestion can be tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PromptLink {
    Experiments,
    Positions,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TogetherPrompt {
    pub text: String,
    pub link: Option<PromptLink>,
}

fn ended(e: &TogetherEvent) -> Option<u8> {
    match (e.mine.pain_after, e.partner.pain_after) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn warm_up(e: &TogetherEvent) -> Option<bool> {
    match (e.mine.warm_up, e.partner.warm_up) {
        (Some(a), Some(b)) => Some(a || b),
        (a, b) => a.or(b),
    }
}

fn position_name(id: &str) -> String {
    crate::guide::positions()
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn average(values: &[u8]) -> f64 {
    values.iter().map(|&v| f64::from(v)).sum::<f64>() / values.len() as f64
}

/// Prompts from the evenings (newest first, as `TogetherView` holds them).
pub fn prompts(events: &[TogetherEvent]) -> Vec<TogetherPrompt> {
    let mut out = Vec::new();
    // A position that often ended high, and whether a warm-up went with lower endings.
    let mut by_position: BTreeMap<String, Vec<&TogetherEvent>> = BTreeMap::new();
    for e in events {
        let mut ids: Vec<&String> = e
            .mine
            .positions
            .iter()
            .chain(&e.partner.positions)
            .collect();
        ids.sort();
        ids.dedup();
        for id in ids {
            by_position.entry(id.clone()).or_default().push(e);
        }
    }
    for (id, list) in &by_position {
        let recent: Vec<&&TogetherEvent> = list.iter().take(RECENT_EVENINGS).collect();
        let known: Vec<(u8, Option<bool>)> = recent
            .iter()
            .filter_map(|e| ended(e).map(|p| (p, warm_up(e))))
            .collect();
        let high = known.iter().filter(|(p, _)| *p >= HIGH_AFTER).count();
        if known.len() < 3 || high * 2 < known.len() {
            continue;
        }
        let name = position_name(id);
        let mut text = format!(
            "{high} of the last {} evenings with {name} ended at {HIGH_AFTER}/10 or more for one of you.",
            known.len()
        );
        let with: Vec<u8> = known
            .iter()
            .filter(|(_, w)| *w == Some(true))
            .map(|(p, _)| *p)
            .collect();
        let without: Vec<u8> = known
            .iter()
            .filter(|(_, w)| *w == Some(false))
            .map(|(p, _)| *p)
            .collect();
        if !with.is_empty() && !without.is_empty() && average(&with) < average(&without) {
            text.push_str(&format!(
                " The {} with a warm-up ended lower. Want to try a warm-up first for two weeks?",
                if with.len() == 1 {
                    "one".to_string()
                } else {
                    format!("{}", with.len())
                }
            ));
            out.push(TogetherPrompt {
                text,
                link: Some(PromptLink::Experiments),
            });
        } else {
            text.push_str(" Want to look at other positions together?");
            out.push(TogetherPrompt {
                text,
                link: Some(PromptLink::Positions),
            });
        }
    }
    // Evenings that ended no higher than they began: worth naming what went well.
    let calm = events
        .iter()
        .take(RECENT_EVENINGS)
        .filter(|e| {
            let before = e
                .mine
                .pain_before
                .into_iter()
                .chain(e.partner.pain_before)
                .max();
            matches!((before, ended(e)), (Some(b), Some(a)) if a <= b)
        })
        .count();
    if calm > 0 {
        let n = events.len().min(RECENT_EVENINGS);
        out.push(TogetherPrompt {
            text: format!(
                "{calm} of the last {n} evenings ended no higher than they began. What made those easier, for each of you?"
            ),
            link: None,
        });
    }
    if !events.is_empty() && out.is_empty() {
        out.push(TogetherPrompt {
            text: "Pick one recent evening and each say one thing that helped and one thing you noticed.".into(),
            link: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::partners::TogetherSide;
    use chrono::{DateTime, FixedOffset};
    use uuid::Uuid;

    fn side(after: Option<u8>, positions: &[&str], warm: Option<bool>) -> TogetherSide {
        TogetherSide {
            activity_id: Uuid::new_v4(),
            at: DateTime::<FixedOffset>::parse_from_rfc3339("2026-11-01T21:00:00+00:00").unwrap(),
            duration_min: None,
            pain_before: Some(3),
            pain_after: after,
            positions: positions.iter().map(|s| s.to_string()).collect(),
            warm_up: warm,
            props: vec![],
            note: None,
        }
    }

    fn evening(after: u8, warm: bool) -> TogetherEvent {
        let id = crate::guide::positions()[0].id.clone();
        TogetherEvent {
            mine: side(Some(after), &[&id], Some(warm)),
            partner: side(Some(2), &[], None),
            gap_minutes: 5,
            my_note_shared: false,
        }
    }

    #[test]
    fn a_position_that_often_ends_high_gets_a_warm_up_prompt_when_warm_ups_ended_lower() {
        let events = vec![
            evening(6, false),
            evening(3, true),
            evening(7, false),
            evening(5, false),
            evening(2, true),
        ];
        let p = prompts(&events);
        let name = &crate::guide::positions()[0].name;
        assert_eq!(
            p[0].text,
            format!("3 of the last 5 evenings with {name} ended at 5/10 or more for one of you. The 2 with a warm-up ended lower. Want to try a warm-up first for two weeks?")
        );
        assert_eq!(p[0].link, Some(PromptLink::Experiments));
        for prompt in &p {
            for word in ["fault", "blame", "should", "because of you"] {
                assert!(
                    !prompt.text.to_lowercase().contains(word),
                    "{}",
                    prompt.text
                );
            }
        }
    }

    #[test]
    fn evenings_that_ended_low_get_no_position_prompt() {
        let events = vec![evening(2, false), evening(3, false), evening(1, false)];
        let p = prompts(&events);
        assert_eq!(p.len(), 1);
        assert!(p[0]
            .text
            .starts_with("3 of the last 3 evenings ended no higher"));
        assert!(prompts(&[]).is_empty());
    }
}
