//! What an alert measured, kept as Fluent messages with their arguments
//! (`assets/locales/<lang>/alerts-detail.ftl`) instead of finished sentences, so the alert
//! speaks the language in use when it is read, not the one in use when it was raised.
//! Numbers and dates stay arguments, written by the reading language's rules.
//!
//! Stored as JSON in the alert's `detail` column (`{"parts":[{"id":…,"args":{…}}]}`).
//! Journals from before kept English sentences there; those are shown exactly as stored.

use crate::domain::ActivityKind;
use crate::i18n::{self, FluentArgs, FluentValue, Locale};
use crate::labels::Labelled;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every id a detail may name starts with this (a stored or shared text naming any other
/// message is not a detail and is shown as it is).
const PREFIX: &str = "alerts-detail-";

/// One sentence or phrase: a message of `alerts-detail.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Arg>,
}

/// An argument of a [`Message`], kept as a value so the reading language writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// A whole number (a count, a 0-10 value); plural forms select on it.
    Int(i64),
    /// A number written with one decimal: "2.5", "2,5".
    Decimal(f64),
    /// A calendar day with its year: "3 Mar 2025", "3. März 2025".
    Date(NaiveDate),
    /// A day and month: "3 Mar", "3. März".
    DayMonth(NaiveDate),
    /// An entry's local day, month and time: "3 Mar 14:05".
    When(NaiveDateTime),
    /// A word as it is: one a message selects on (`left`, `under_20`), or a label already
    /// written in the reading language.
    Key(String),
    /// An activity's label, inside a sentence.
    Activity(ActivityKind),
    /// Another message, written in the same language.
    Text(Message),
    /// Messages listed with commas.
    List(Vec<Message>),
    /// Messages joined with "and".
    And(Vec<Message>),
}

impl Message {
    pub fn new(id: &str) -> Self {
        Message {
            id: format!("{PREFIX}{id}"),
            args: BTreeMap::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &str, value: Arg) -> Self {
        self.args.insert(name.to_string(), value);
        self
    }

    /// Adds a whole-number argument.
    pub fn int(self, name: &str, value: impl Into<i64>) -> Self {
        self.arg(name, Arg::Int(value.into()))
    }

    /// The message in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            args.set(name.as_str(), arg.value(locale));
        }
        i18n::tr_in(locale, &self.id, Some(&args))
    }

    /// True when this message and every one inside it is a detail message English has.
    fn known(&self) -> bool {
        let inner = |m: &Message| m.known();
        self.id.starts_with(PREFIX)
            && i18n::has(Locale::En, &self.id)
            && self.args.values().all(|a| match a {
                Arg::Text(m) => inner(m),
                Arg::List(ms) | Arg::And(ms) => ms.iter().all(inner),
                _ => true,
            })
    }
}

impl Arg {
    fn value(&self, locale: Locale) -> FluentValue<'static> {
        match self {
            Arg::Int(n) => (*n).into(),
            Arg::Decimal(x) => i18n::format_decimal(locale, *x, 1).into(),
            Arg::Date(d) => i18n::format_date(locale, d.year(), d.month(), d.day()).into(),
            Arg::DayMonth(d) => day_month(locale, *d).into(),
            Arg::When(t) => format!("{} {}", day_month(locale, t.date()), t.format("%H:%M")).into(),
            Arg::Key(k) => k.clone().into(),
            Arg::Activity(kind) => {
                // Mid-sentence: English lower-cases a label, German keeps its nouns' capitals.
                let label = kind.label_in(locale);
                match locale {
                    Locale::De => label,
                    Locale::En | Locale::Pseudo => label.to_lowercase(),
                }
                .into()
            }
            Arg::Text(m) => m.render(locale).into(),
            Arg::List(ms) => ms
                .iter()
                .map(|m| m.render(locale))
                .collect::<Vec<_>>()
                .join(", ")
                .into(),
            Arg::And(ms) => ms
                .iter()
                .map(|m| m.render(locale))
                .reduce(|first, second| {
                    i18n::tr_in(
                        locale,
                        "alerts-detail-and",
                        Some(&i18n::args([
                            ("first", first.into()),
                            ("second", second.into()),
                        ])),
                    )
                })
                .unwrap_or_default()
                .into(),
        }
    }
}

/// "3 Mar", "3. März" (the report's day-and-month message).
fn day_month(locale: Locale, d: NaiveDate) -> String {
    i18n::tr_in(
        locale,
        "report-day-month",
        Some(&i18n::args([
            ("day", d.day().to_string().into()),
            ("month", i18n::month_name(locale, d.month()).into()),
        ])),
    )
}

/// What an alert measured: sentences shown one after the other.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    pub parts: Vec<Message>,
}

impl Detail {
    pub fn of(message: Message) -> Self {
        Detail {
            parts: vec![message],
        }
    }

    /// The same detail with `message` as its first sentence.
    pub fn after(mut self, message: Message) -> Self {
        self.parts.insert(0, message);
        self
    }

    /// The same detail with `message` as its last sentence.
    pub fn then(mut self, message: Message) -> Self {
        self.parts.push(message);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The detail in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        self.parts
            .iter()
            .map(|m| m.render(locale))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The text the `detail` column keeps.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).expect("a detail is plain data")
    }
}

/// A stored detail in `locale`: a structured one written in that language; anything else
/// (an older journal's English sentence, or a text naming messages this version does not
/// have) exactly as stored, so nothing on record is lost or blanked.
pub fn render_stored(stored: &str, locale: Locale) -> String {
    if !stored.starts_with('{') {
        return stored.to_string();
    }
    match serde_json::from_str::<Detail>(stored) {
        Ok(detail) if !detail.is_empty() && detail.parts.iter().all(Message::known) => {
            detail.render(locale)
        }
        _ => stored.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EmergencySigns, LegSide, LegSymptoms, PainDraft, Region};

    /// Every `Message::new("…")` the rules name exists in every language (ids made with
    /// `format!` are read by the rules' own tests, which render each rule's detail).
    #[test]
    fn every_detail_message_the_rules_name_exists_in_every_language() {
        let sources = [
            include_str!("alerts.rs"),
            include_str!("catalogue.rs"),
            include_str!("snapshot.rs"),
        ];
        let mut named = 0;
        for source in sources {
            for piece in source.split("Message::new(\"").skip(1) {
                let id = format!("{PREFIX}{}", &piece[..piece.find('"').unwrap()]);
                for locale in Locale::CHOOSABLE {
                    assert!(i18n::has(locale, &id), "{id} is missing in {locale:?}");
                }
                named += 1;
            }
        }
        assert!(named > 20, "the scan finds the rules' messages ({named})");
    }

    #[test]
    fn an_entry_summary_names_every_sign_in_the_language_asked_for() {
        let draft = PainDraft {
            at: chrono::DateTime::parse_from_rfc3339("2026-11-25T09:00:00+01:00").unwrap(),
            nrs: 7,
            regions: vec![Region::CalfLeft.into()],
            qualities: vec![],
            onset: None,
            interference_daily: Some(3),
            interference_intimacy: Some(5),
            leg: LegSymptoms {
                numbness: true,
                tingling: false,
                weakness: true,
                side: Some(LegSide::BothLegs),
            },
            emergency: EmergencySigns {
                saddle_numbness: true,
                bladder_bowel_change: true,
                sexual_function_change: true,
                leg_weakness_worsening: true,
                fever: true,
                night_pain: true,
                back_lump: true,
                ..EmergencySigns::default()
            },
            activity_id: None,
            notes: "never shown".into(),
        };
        assert_eq!(
            crate::rules::pain_summary(&draft, Locale::En),
            "Pain 7/10 · saddle-area numbness · bladder or bowel change · sexual sensation or function change · worsening leg weakness · fever or chills · night pain · lump or change in shape · leg numbness, weakness (both legs) · pain below the knee · interference 5/10"
        );
        assert_eq!(
            crate::rules::pain_summary(&draft, Locale::De),
            "Schmerz 7/10 · Taubheit im Reithosenbereich · Veränderung an Blase oder Darm · Veränderung des sexuellen Empfindens oder der sexuellen Funktion · zunehmende Beinschwäche · Fieber oder Schüttelfrost · nächtliche Schmerzen · Beule oder Formveränderung · Bein: Taubheit, Schwäche (beide Beine) · Schmerzen unterhalb des Knies · Beeinträchtigung 5/10"
        );
    }

    #[test]
    fn a_stored_text_that_is_not_a_detail_is_shown_as_it_is() {
        for text in [
            "",
            "Fever or chills logged on 20 Nov 09:00.",
            "{not json",
            r#"{"parts":[{"id":"report-title"}]}"#,
            r#"{"parts":[{"id":"alerts-detail-from-a-newer-version"}]}"#,
            r#"{"parts":[]}"#,
        ] {
            assert_eq!(render_stored(text, Locale::De), text);
        }
        let stored = Detail::of(Message::new("sign-fever")).to_stored();
        assert_eq!(
            render_stored(&stored, Locale::De),
            "Fieber oder Schüttelfrost"
        );
    }
}
