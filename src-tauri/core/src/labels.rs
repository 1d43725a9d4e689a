//! The names a person reads for each journal value (a region, a pain quality, an activity
//! kind, a prop...): one table per enum, keyed by the enum value, in the order screens list
//! them. The words are Fluent messages in `assets/locales/<lang>/labels.ftl`, id
//! `<prefix>-<key>` (`region-lower_back_centre`: the table's prefix and the value's key as
//! the journal spells it), read here for the clinician report and the command line and by
//! the window for its screens. The window gets each table's prefix and ordered keys as
//! `ui/src/bindings/labels.ts`, written by a test during `cargo test` like the ts-rs types
//! (so `scripts/test.sh` catches a table the UI has not caught up with).
//!
//! A table either names the enum's own `ALL` (the order the enum keeps for every screen) or
//! lists the variants, and then a value without its entry does not compile (the list is
//! also matched exhaustively). `every_enum_value_has_a_label` checks every table against
//! the TypeScript types and that each value has its message in every language.

use crate::domain::{
    ActivityKind, AgeBand, AlertEventKind, Condition, EntryKind, MovementProfile, Onset,
    PainQuality, PartnerRole, Prop, Region, ReliefKind, Tier,
};
use crate::i18n::{self, Locale};
use crate::reminders::ReminderKind;
use serde::de::DeserializeOwned;
use serde::Serialize;
use ts_rs::TS;

/// An enum whose values have a label a person reads.
pub trait Labelled: Copy + Serialize + DeserializeOwned + TS + 'static {
    /// Every value, in the order screens list them.
    const ALL: &'static [Self];
    /// The name of the table in `labels.ts` (`regionLabels`).
    const TABLE: &'static str;
    /// The start of each value's message id in `labels.ftl` (`region`).
    const PREFIX: &'static str;
    /// What the table is for, as a doc comment in `labels.ts`.
    const ABOUT: &'static str;

    /// The value's message id: `region-lower_back_centre`.
    fn message_id(self) -> String {
        format!("{}-{}", Self::PREFIX, key_of(self))
    }

    /// The label in a language.
    fn label_in(self, locale: Locale) -> String {
        i18n::tr_in(locale, &self.message_id(), None)
    }
}

/// The label of a value in the language in use: `label(Region::HipLeft)` is "Left hip" in
/// English, "Linke Hüfte" in German.
pub fn label<T: Labelled>(value: T) -> String {
    value.label_in(i18n::current())
}

/// The value's key as the journal, the IPC and the UI spell it (`lower_back_centre`).
pub fn key_of<T: Labelled>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("a labelled enum serialises to a string, not {other:?}"),
    }
}

/// A table's values: the enum's own `ALL`, or a list of variants that must be exhaustive.
macro_rules! table_values {
    ($ty:ident ($all:path)) => {
        &$all
    };
    ($ty:ident { $($variant:ident,)+ }) => {{
        // Never called: it fails to compile when the list misses a variant.
        #[allow(dead_code)]
        fn lists_every_variant(value: $ty) {
            match value {
                $($ty::$variant => {})+
            }
        }
        &[$($ty::$variant),+]
    }};
}

macro_rules! tables {
    ($($ty:ident => $table:literal, $prefix:literal, $about:literal $values:tt)+) => {
        $(
            impl Labelled for $ty {
                const ALL: &'static [Self] = table_values!($ty $values);
                const TABLE: &'static str = $table;
                const PREFIX: &'static str = $prefix;
                const ABOUT: &'static str = $about;
            }
        )+

        /// Every table as TypeScript: the contents of `ui/src/bindings/labels.ts`.
        pub fn labels_typescript() -> String {
            let mut out = String::from(
                "// Generated from src-tauri/core/src/labels.rs during `cargo test`. Do not edit.\n\
                 // The words are in assets/locales/<lang>/labels.ftl, message `<prefix>-<key>`;\n\
                 // ui/src/shared/labels.ts reads them in the window's language.\n",
            );
            $(out.push_str(&format!("import type {{ {0} }} from './{0}';\n", stringify!($ty)));)+
            out.push_str(
                "\n/** The values of one kind, in the order screens list them, and their messages' prefix. */\n\
                 export interface LabelTable<K extends string> {\n  prefix: string;\n  keys: readonly K[];\n}\n",
            );
            $(out.push_str(&table_typescript::<$ty>());)+
            out
        }

        /// Calls `check` with each table's type name, its TypeScript union members and its rows.
        #[cfg(test)]
        fn check_every_table(check: &mut dyn FnMut(&'static str, Vec<String>, Vec<Row>)) {
            $(check(
                stringify!($ty),
                union_members::<$ty>(),
                $ty::ALL.iter().map(|&v| Row::of(v)).collect(),
            );)+
        }
    };
}

fn table_typescript<T: Labelled>() -> String {
    let name = T::name(&ts_rs::Config::default());
    let prefix = serde_json::to_string(T::PREFIX).expect("a prefix is a string");
    let mut out = format!(
        "\n/** {} */\nexport const {}: LabelTable<{name}> = {{\n  prefix: {prefix},\n  keys: [\n",
        T::ABOUT,
        T::TABLE
    );
    for &value in T::ALL {
        let key = serde_json::to_string(&key_of(value)).expect("a key is a string");
        out.push_str(&format!("    {key},\n"));
    }
    out.push_str("  ],\n};\n");
    out
}

tables! {
    Region => "regionLabels", "region", "Where the pain is (the body map's regions; the person's own left and right)." (Region::ALL)
    PainQuality => "qualityLabels", "quality", "What the pain feels like." {
        Aching,
        Stiff,
        Sharp,
        Stabbing,
        Burning,
        Shooting,
        Throbbing,
        Cramping,
        Electric,
        PinsAndNeedles,
        Numb,
    }
    Onset => "onsetLabels", "onset", "When the pain started, relative to the activity before it." {
        During,
        RightAfter,
        HoursLater,
        NextMorning,
        NotLinked,
    }
    ActivityKind => "activityLabels", "activity", "What kind of activity." {
        Intimacy,
        Stretching,
        CoreSession,
        WalkingSport,
        Sitting,
        Lifting,
        StressRelief,
        PainRelief,
        Other,
    }
    ReliefKind => "reliefLabels", "relief", "What was done for the pain." {
        Heat,
        Cold,
        Rest,
        Massage,
        Bath,
        Medicine,
        Tens,
        Physio,
        Other,
    }
    PartnerRole => "roleLabels", "role", "Which partner did most of the moving." {
        Moving,
        Resting,
        Both,
    }
    Prop => "propLabels", "prop", "Props used during intimacy." {
        PillowUnderLowerBack,
        PillowUnderHips,
        PillowBetweenKnees,
        Wedge,
        RolledTowel,
        BedEdge,
        Other,
    }
    Condition => "conditionLabels", "condition", "Known back conditions in the profile." {
        DiscHerniation,
        Sciatica,
        Arthritis,
        Stenosis,
        Osteoporosis,
        PelvicAlignment,
        Spondylolisthesis,
        CompressionFracture,
    }
    MovementProfile => "movementLabels", "movement", "Which movements make the pain worse." {
        Flexion,
        Extension,
        Mixed,
        Unknown,
    }
    AgeBand => "ageLabels", "age", "Age bands in the profile." {
        Under20,
        From20To34,
        From35To49,
        From50To64,
        From65,
    }
    Tier => "tierLabels", "tier", "How soon to get care, as an alert's short heading." (Tier::ALL)
    ReminderKind => "reminderLabels", "reminder", "What a reminder is for." (ReminderKind::ALL)
    AlertEventKind => "alertEventLabels", "alert-event", "What happened to an alert, in its history." {
        Raised,
        ReRaised,
        Acknowledged,
        Resolved,
        Reopened,
    }
    EntryKind => "entryKindLabels", "entry-kind", "Kinds of journal entry, as the timeline's filter names them." (EntryKind::ALL)
}

/// The members of a string-union TypeScript type as ts-rs writes it (`"a" | "b"`): the
/// enum's values as the derive saw them, independent of the tables above.
#[cfg(test)]
fn union_members<T: TS>() -> Vec<String> {
    T::inline(&ts_rs::Config::default())
        .split('|')
        .map(|m| m.trim().trim_matches('"').to_string())
        .collect()
}

/// One value of a table as the tests see it: its key and its message id.
#[cfg(test)]
struct Row {
    key: String,
    id: String,
}

#[cfg(test)]
impl Row {
    fn of<T: Labelled>(value: T) -> Row {
        Row {
            key: key_of(value),
            id: value.message_id(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_bindings_labels() {
        let Ok(dir) = std::env::var("TS_RS_EXPORT_DIR") else {
            return;
        };
        let path = std::path::Path::new(&dir).join("labels.ts");
        let text = labels_typescript();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).expect("write the labels binding");
        }
    }

    #[test]
    fn every_enum_value_has_a_label() {
        let mut tables = 0;
        check_every_table(&mut |ty, members, rows| {
            tables += 1;
            let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
            for member in &members {
                assert!(
                    keys.contains(&member.as_str()),
                    "{ty}::{member} is missing from its table in labels.rs (the table lists {keys:?})"
                );
            }
            assert_eq!(
                keys.len(),
                members.len(),
                "{ty}: the table must list each of {members:?} exactly once, it lists {keys:?}"
            );
            for row in &rows {
                for locale in Locale::CHOOSABLE {
                    assert!(
                        i18n::has(locale, &row.id),
                        "{ty}::{} has no message {} in assets/locales/{}/labels.ftl",
                        row.key,
                        row.id,
                        locale.tag()
                    );
                    let text = i18n::tr_in(locale, &row.id, None);
                    assert!(
                        !text.trim().is_empty(),
                        "{ty}::{} is empty in {locale:?}",
                        row.key
                    );
                }
            }
        });
        assert_eq!(tables, 14, "every labelled enum is checked");
    }

    #[test]
    fn keys_round_trip_to_the_same_value() {
        fn check<T: Labelled + PartialEq + std::fmt::Debug>() {
            for &v in T::ALL {
                let back: T = serde_json::from_value(serde_json::Value::String(key_of(v)))
                    .expect("a key parses back");
                assert_eq!(back, v, "{} key {} must name {v:?}", T::TABLE, key_of(v));
            }
        }
        check::<Region>();
        check::<Condition>();
        check::<Tier>();
    }

    #[test]
    fn labels_read_as_the_screens_show_them() {
        assert_eq!(
            Region::LowerBackCentre.label_in(Locale::En),
            "Lower back, centre"
        );
        assert_eq!(Condition::Stenosis.label_in(Locale::En), "Spinal stenosis");
        assert_eq!(Tier::Urgent.label_in(Locale::En), "Urgent: today");
        assert_eq!(Region::HipLeft.label_in(Locale::De), "Linke Hüfte");
        assert_eq!(PainQuality::Burning.label_in(Locale::De), "Brennend");
        assert_eq!(
            Region::LowerBackCentre.message_id(),
            "region-lower_back_centre"
        );
        assert_eq!(
            AlertEventKind::ReRaised.message_id(),
            "alert-event-re_raised"
        );
        let ts = labels_typescript();
        assert!(
            ts.contains("export const regionLabels: LabelTable<Region> = {\n  prefix: \"region\",\n  keys: [\n    \"lower_back_centre\",\n"),
            "labels.ts lists regions' keys in order with their prefix:\n{ts}"
        );
        assert!(ts.contains("import type { Region } from './Region';"));
        assert!(
            !ts.contains("Lower back"),
            "labels.ts holds no words:\n{ts}"
        );
    }
}
