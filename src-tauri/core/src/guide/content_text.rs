//! The words of the bundled content (catalogue, positions), put back into its JSON for one
//! language. The JSON files under assets/ keep structure, ids, doses and sources; every text
//! a person reads is a Fluent message in `assets/locales/<lang>/catalogue.ftl` or
//! `positions.ftl` whose id says where it goes:
//!
//! - an item of a top-level list is `<area>-<item id>` (`exercise-bird_dog`);
//! - a field is `<parent>-<field>` (`exercise-bird_dog-name`), a list of texts
//!   `<parent>-<field>-1`, `-2`… (`exercise-bird_dog-steps-1`);
//! - an object in a list is `<parent>-<list>-<its id, profile or prop>`, else its position
//!   from 1 (`positions-guide-principles-2-text`).
//!
//! Filling happens before the typed parse, so a text missing in English fails the parse (and
//! the catalogue test) like a missing field did; another language falls back to English
//! for a missing message, and the parity test in backstory-i18n fails before that ships.

use crate::i18n::{self, Locale};
use serde_json::{Map, Value};

/// Field names that hold words (a text, or a list of texts).
const TEXT_FIELDS: &[&str] = &[
    "name",
    "target",
    "steps",
    "cautions",
    "safety",
    "summary",
    "when",
    "up",
    "down",
    "stay",
    "label",
    "text",
    "intro",
    "title",
    "explanation",
    "note",
    "use",
    "limits",
    "rule",
    "topic",
    "before",
    "after",
    "urgent",
    "measured",
];

/// Fields whose value names an object in a list (first found wins).
const KEY_FIELDS: &[&str] = &["id", "profile", "prop"];

/// Fills every text of `value` (an item whose messages start with `prefix`) in `locale`.
/// Returns the message ids used, so a test can find messages nothing reads.
pub fn fill(value: &mut Value, prefix: &str, locale: Locale, used: &mut Vec<String>) {
    match value {
        Value::Object(map) => fill_object(map, prefix, locale, used),
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let child = format!("{prefix}-{}", i + 1);
                fill(item, &child, locale, used);
            }
        }
        _ => {}
    }
}

/// Fills each item of the list `key` of `file`, an item's prefix being `<area>-<its id>`.
pub fn fill_list(file: &mut Value, key: &str, area: &str, locale: Locale, used: &mut Vec<String>) {
    let Some(Value::Array(items)) = file.get_mut(key) else {
        return;
    };
    for item in items {
        let Some(id) = item.get("id").and_then(Value::as_str).map(str::to_owned) else {
            continue;
        };
        fill(item, &format!("{area}-{id}"), locale, used);
    }
}

fn fill_object(map: &mut Map<String, Value>, prefix: &str, locale: Locale, used: &mut Vec<String>) {
    for (key, child) in map.iter_mut() {
        match child {
            Value::Object(_) => fill(child, &format!("{prefix}-{key}"), locale, used),
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    if let Value::Object(_) = item {
                        let name = KEY_FIELDS
                            .iter()
                            .find_map(|k| item.get(*k).and_then(Value::as_str))
                            .map(str::to_owned)
                            .unwrap_or_else(|| (i + 1).to_string());
                        fill(item, &format!("{prefix}-{key}-{name}"), locale, used);
                    }
                }
            }
            _ => {}
        }
    }
    for field in TEXT_FIELDS {
        if map.contains_key(*field) {
            continue;
        }
        let id = format!("{prefix}-{field}");
        if i18n::has(Locale::En, &id) {
            map.insert(
                (*field).into(),
                Value::String(i18n::tr_in(locale, &id, None)),
            );
            used.push(id);
            continue;
        }
        let mut texts = Vec::new();
        loop {
            let item = format!("{id}-{}", texts.len() + 1);
            if !i18n::has(Locale::En, &item) {
                break;
            }
            texts.push(Value::String(i18n::tr_in(locale, &item, None)));
            used.push(item);
        }
        if !texts.is_empty() {
            map.insert((*field).into(), Value::Array(texts));
        }
    }
}

/// Which slot a locale's cache uses.
pub(crate) fn slot(locale: Locale) -> usize {
    match locale {
        Locale::En => 0,
        Locale::De => 1,
        Locale::Pseudo => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::super::catalogue::{catalogue_in, catalogue_with_text_ids};
    use super::super::positions::{positions_guide_in, positions_in, positions_with_text_ids};
    use crate::i18n::{self, Locale};
    use std::collections::BTreeSet;

    /// The ids of the content files' messages: every id starting with one of their areas.
    fn content_ids(locale: Locale) -> BTreeSet<String> {
        let areas = [
            "exercise-",
            "routine-",
            "stress-",
            "programme-",
            "position-",
        ];
        i18n::message_ids(locale)
            .into_iter()
            .filter(|id| {
                areas.iter().any(|a| id.starts_with(a)) || id.starts_with("positions-guide-")
            })
            .collect()
    }

    #[test]
    fn every_content_text_is_read_and_exists_in_every_language() {
        for locale in Locale::CHOOSABLE {
            let (_, mut used) = catalogue_with_text_ids(locale);
            let (_, _, positions_used) = positions_with_text_ids(locale).expect("positions parse");
            used.extend(positions_used);
            let used: BTreeSet<String> = used.into_iter().collect();
            for id in &used {
                assert!(i18n::has(locale, id), "{id} is missing in {locale:?}");
            }
            let unread: Vec<_> = content_ids(locale).difference(&used).cloned().collect();
            assert!(
                unread.is_empty(),
                "{locale:?}: messages no catalogue or positions field reads: {unread:?}"
            );
        }
    }

    #[test]
    fn a_german_catalogue_is_german_with_the_same_structure_and_sources() {
        let (en, de) = (catalogue_in(Locale::En), catalogue_in(Locale::De));
        let bird_en = en.exercise("bird_dog").expect("bird_dog");
        let bird_de = de.exercise("bird_dog").expect("bird_dog");
        assert_eq!(bird_en.name, "Bird-dog");
        assert!(bird_de.name.contains("Vierfüßler"), "{}", bird_de.name);
        assert!(
            bird_de.steps[0].contains("Vierfüßlerstand"),
            "{}",
            bird_de.steps[0]
        );
        assert_eq!(
            de.exercise("pelvic_tilt").map(|e| e.name.as_str()),
            Some("Beckenkippung")
        );
        assert_eq!(de.programme.name, "Rumpfprogramm");
        assert_eq!(de.sources, en.sources, "sources are not translated");
        for (a, b) in en.exercises.iter().zip(&de.exercises) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.steps.len(), b.steps.len(), "{}: steps", a.id);
            assert_eq!(a.cautions.len(), b.cautions.len(), "{}: cautions", a.id);
            assert_eq!((&a.dose, &a.sources), (&b.dose, &b.sources), "{}", a.id);
            assert_ne!(a.steps, b.steps, "{}: steps are not translated", a.id);
        }
        for (a, b) in en.routines.iter().zip(&de.routines) {
            assert_ne!(a.name, b.name, "{}: name is not translated", a.id);
        }
        for (a, b) in en.stress_tools.iter().zip(&de.stress_tools) {
            assert_ne!(a.summary, b.summary, "{}: summary is not translated", a.id);
        }
    }

    #[test]
    fn german_positions_are_german_and_keep_their_evidence_as_cited() {
        let (en, de) = (positions_in(Locale::En), positions_in(Locale::De));
        assert_eq!(en.len(), de.len());
        for (a, b) in en.iter().zip(de) {
            assert_eq!(a.id, b.id);
            assert_ne!(a.name, b.name, "{}: name is not translated", a.id);
        }
        let (guide_en, guide_de) = (
            positions_guide_in(Locale::En),
            positions_guide_in(Locale::De),
        );
        assert_ne!(guide_en.intro, guide_de.intro);
        let evidence = |g: &super::super::positions::PositionsGuide| {
            g.profiles
                .iter()
                .flat_map(|p| p.moving.to_try.iter().chain(&p.resting.avoid))
                .map(|a| a.evidence.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            evidence(guide_en),
            evidence(guide_de),
            "evidence stays as cited"
        );
    }
}

#[cfg(test)]
mod dose_words {
    use super::super::catalogue::{Dose, Sides};
    use crate::i18n::Locale;

    fn dose(hold_s: Option<u16>, minutes: Option<u16>, reps: u16, sets: u16, sides: Sides) -> Dose {
        Dose {
            hold_s,
            tempo_s: if hold_s.is_none() && minutes.is_none() {
                Some(4)
            } else {
                None
            },
            minutes,
            reps,
            sets,
            sides,
            relax_s: 0,
            rest_s: 0,
        }
    }

    #[test]
    fn a_dose_reads_the_same_in_english_as_before_and_in_german() {
        let cases = [
            (
                dose(Some(20), None, 2, 1, Sides::Each),
                "hold 20 s, 2 times each side",
                "20 s halten, 2-mal je Seite",
            ),
            (
                dose(Some(30), None, 1, 1, Sides::None),
                "hold 30 s",
                "30 s halten",
            ),
            (
                dose(Some(10), None, 1, 2, Sides::Each),
                "hold 10 s each side, 2 sets",
                "10 s halten je Seite, 2 Sätze",
            ),
            (
                dose(None, None, 10, 1, Sides::Alternating),
                "10 repetitions, alternating sides",
                "10 Wiederholungen, Seiten abwechselnd",
            ),
            (
                dose(None, None, 8, 3, Sides::None),
                "8 repetitions, 3 sets",
                "8 Wiederholungen, 3 Sätze",
            ),
            (
                dose(None, Some(15), 1, 1, Sides::None),
                "15 minutes",
                "15 Minuten",
            ),
        ];
        for (d, en, de) in cases {
            assert_eq!(d.describe_in(Locale::En), en);
            assert_eq!(d.describe_in(Locale::De), de);
        }
    }
}
