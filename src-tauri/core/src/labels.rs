//! The words a person reads for each journal value (a region, a pain quality, an activity
//! kind, a prop...): one table per enum, keyed by the enum value, in the order screens list
//! them. This is their only home. The clinician report reads them here; the UI gets the
//! same tables as `ui/src/bindings/labels.ts`, written by a test during `cargo test` like
//! the ts-rs types (so `scripts/test.sh` catches a table the UI has not caught up with).
//!
//! Every table is English today. A translation adds a [`Lang`] and a column to each table;
//! a value without its label does not compile (each table is an exhaustive `match`), and
//! `every_enum_value_has_a_label` checks the tables against the TypeScript types.

use crate::domain::{
    ActivityKind, AgeBand, AlertEventKind, Condition, EntryKind, MovementProfile, Onset,
    PainQuality, PartnerRole, Prop, Region, ReliefKind, Tier,
};
use crate::reminders::ReminderKind;
use serde::de::DeserializeOwned;
use serde::Serialize;
use ts_rs::TS;

/// A language the labels are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

/// An enum whose values have a label a person reads.
pub trait Labelled: Copy + Serialize + DeserializeOwned + TS + 'static {
    /// Every value, in the order screens list them.
    const ALL: &'static [Self];
    /// The name of the table in `labels.ts` (`regionLabels`).
    const TABLE: &'static str;
    /// What the table is for, as a doc comment in `labels.ts`.
    const ABOUT: &'static str;
    /// The label in a language.
    fn label_in(self, lang: Lang) -> &'static str;
}

/// The English label of a value: `label(Region::HipLeft)` is "Left hip".
pub fn label<T: Labelled>(value: T) -> &'static str {
    value.label_in(Lang::En)
}

/// The value's key as the journal, the IPC and the UI spell it (`lower_back_centre`).
pub fn key_of<T: Labelled>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("a labelled enum serialises to a string, not {other:?}"),
    }
}

macro_rules! tables {
    ($($ty:ident => $table:literal, $about:literal {
        $($variant:ident => $en:literal,)+
    })+) => {
        $(
            impl Labelled for $ty {
                const ALL: &'static [Self] = &[$($ty::$variant),+];
                const TABLE: &'static str = $table;
                const ABOUT: &'static str = $about;
                fn label_in(self, lang: Lang) -> &'static str {
                    match lang {
                        Lang::En => match self {
                            $($ty::$variant => $en,)+
                        },
                    }
                }
            }
        )+

        /// Every table as TypeScript: the contents of `ui/src/bindings/labels.ts`.
        pub fn labels_typescript() -> String {
            let mut out = String::from(
                "// Generated from src-tauri/core/src/labels.rs during `cargo test`. Do not edit.\n",
            );
            $(out.push_str(&format!("import type {{ {0} }} from './{0}';\n", stringify!($ty)));)+
            $(out.push_str(&table_typescript::<$ty>());)+
            out
        }

        #[cfg(test)]
        fn check_every_table(check: &mut dyn FnMut(&'static str, Vec<String>, Vec<(String, &'static str)>)) {
            $(check(
                stringify!($ty),
                union_members::<$ty>(),
                $ty::ALL.iter().map(|&v| (key_of(v), label(v))).collect(),
            );)+
        }
    };
}

fn table_typescript<T: Labelled>() -> String {
    let name = T::name(&ts_rs::Config::default());
    let mut out = format!(
        "\n/** {} */\nexport const {}: Record<{name}, string> = {{\n",
        T::ABOUT,
        T::TABLE
    );
    for &value in T::ALL {
        let text = serde_json::to_string(label(value)).expect("a label is a string");
        out.push_str(&format!("  {}: {text},\n", key_of(value)));
    }
    out.push_str("};\n");
    out
}

tables! {
    Region => "regionLabels", "Where the pain is (the body map's regions; the person's own left and right)." {
        LowerBackCentre => "Lower back, centre",
        LowerBackLeft => "Lower back, left",
        LowerBackRight => "Lower back, right",
        Sacrum => "Tailbone and sacrum",
        ButtockLeft => "Left buttock",
        ButtockRight => "Right buttock",
        HipLeft => "Left hip",
        HipRight => "Right hip",
        GroinLeft => "Left groin",
        GroinRight => "Right groin",
        Saddle => "Saddle area (between the legs)",
        Genitals => "Genitals",
        ThighFrontLeft => "Left thigh, front",
        ThighFrontRight => "Right thigh, front",
        ThighBackLeft => "Left thigh, back",
        ThighBackRight => "Right thigh, back",
        KneeLeft => "Left knee",
        KneeRight => "Right knee",
        ShinLeft => "Left shin",
        ShinRight => "Right shin",
        CalfLeft => "Left calf",
        CalfRight => "Right calf",
        FootLeft => "Left foot",
        FootRight => "Right foot",
        ThighLeft => "Left thigh",
        ThighRight => "Right thigh",
        BelowKneeLeft => "Left leg below knee",
        BelowKneeRight => "Right leg below knee",
    }
    PainQuality => "qualityLabels", "What the pain feels like." {
        Aching => "Aching",
        Stiff => "Stiff",
        Sharp => "Sharp",
        Stabbing => "Stabbing",
        Burning => "Burning",
        Shooting => "Shooting",
        Throbbing => "Throbbing",
        Cramping => "Cramping",
        Electric => "Electric",
        PinsAndNeedles => "Pins and needles",
        Numb => "Numb",
    }
    Onset => "onsetLabels", "When the pain started, relative to the activity before it." {
        During => "During it",
        RightAfter => "Right after",
        HoursLater => "Hours later",
        NextMorning => "Next morning",
        NotLinked => "Not linked to an activity",
    }
    ActivityKind => "activityLabels", "What kind of activity." {
        Intimacy => "Intimacy",
        Stretching => "Stretching",
        CoreSession => "Core session",
        WalkingSport => "Walking / sport",
        Sitting => "Long sitting",
        Lifting => "Lifting",
        StressRelief => "Stress relief",
        PainRelief => "Something for the pain",
        Other => "Other",
    }
    ReliefKind => "reliefLabels", "What was done for the pain." {
        Heat => "Heat",
        Cold => "Cold",
        Rest => "Rest",
        Massage => "Massage",
        Bath => "A bath",
        Medicine => "Medicine",
        Tens => "TENS",
        Physio => "Physiotherapy visit",
        Other => "Something else",
    }
    PartnerRole => "roleLabels", "Which partner did most of the moving." {
        Moving => "Moving partner",
        Resting => "Resting partner",
        Both => "Both / took turns",
    }
    Prop => "propLabels", "Props used during intimacy." {
        PillowUnderLowerBack => "Pillow under lower back",
        PillowUnderHips => "Pillow under hips",
        PillowBetweenKnees => "Pillow between knees",
        Wedge => "Wedge",
        RolledTowel => "Rolled towel",
        BedEdge => "Edge of the bed",
        Other => "Other prop",
    }
    Condition => "conditionLabels", "Known back conditions in the profile." {
        DiscHerniation => "Disc herniation",
        Sciatica => "Sciatica",
        Arthritis => "Arthritis",
        Stenosis => "Spinal stenosis",
        Osteoporosis => "Osteoporosis",
        PelvicAlignment => "Pelvic alignment problem",
        Spondylolisthesis => "Spondylolisthesis",
        CompressionFracture => "Compression fracture of the spine",
    }
    MovementProfile => "movementLabels", "Which movements make the pain worse." {
        Flexion => "Bending forward hurts (flexion-intolerant)",
        Extension => "Arching back hurts (extension-intolerant)",
        Mixed => "Both directions hurt (mixed)",
        Unknown => "Not sure yet",
    }
    AgeBand => "ageLabels", "Age bands in the profile." {
        Under20 => "Under 20",
        From20To34 => "20-34",
        From35To49 => "35-49",
        From50To64 => "50-64",
        From65 => "65 or over",
    }
    Tier => "tierLabels", "How soon to get care, as an alert's short heading." {
        Emergency => "Emergency",
        Urgent => "Urgent: today",
        SeeDoctorSoon => "See a doctor soon",
        SelfCare => "Self-care caution",
    }
    ReminderKind => "reminderLabels", "What a reminder is for." {
        CheckIn => "Daily check-in",
        Programme => "Stretches and core programme",
        MorningAfter => "Morning-after check",
        WeeklyCheck => "Weekly check (PEG)",
        ExperimentDay => "Today's plan (while an experiment runs)",
    }
    AlertEventKind => "alertEventLabels", "What happened to an alert, in its history." {
        Raised => "Raised",
        ReRaised => "Raised again (new or worse evidence)",
        Acknowledged => "Acknowledged",
        Resolved => "Resolved",
        Reopened => "Applies again (same evidence)",
    }
    EntryKind => "entryKindLabels", "Kinds of journal entry, as the timeline's filter names them." {
        Pain => "Pain",
        Activity => "Activities",
        CheckIn => "Check-ins",
    }
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
            let keys: Vec<&str> = rows.iter().map(|(k, _)| k.as_str()).collect();
            for member in &members {
                assert!(
                    keys.contains(&member.as_str()),
                    "{ty}::{member} has no label in labels.rs (the table lists {keys:?})"
                );
            }
            assert_eq!(
                keys.len(),
                members.len(),
                "{ty}: the table must list each of {members:?} exactly once, it lists {keys:?}"
            );
            for (key, text) in &rows {
                assert!(!text.trim().is_empty(), "{ty}::{key} has an empty label");
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
        assert_eq!(label(Region::LowerBackCentre), "Lower back, centre");
        assert_eq!(label(Condition::Stenosis), "Spinal stenosis");
        assert_eq!(label(Tier::Urgent), "Urgent: today");
        let ts = labels_typescript();
        assert!(
            ts.contains("export const regionLabels: Record<Region, string> = {\n  lower_back_centre: \"Lower back, centre\",\n"),
            "labels.ts lists regions keyed by their journal key:\n{ts}"
        );
        assert!(ts.contains("import type { Region } from './Region';"));
    }
}
