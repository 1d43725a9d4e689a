//! The positions catalogue that the intimacy form offers and the positions guide explains,
//! from assets/positions.json. Invariant: position ids never change once shipped (saved
//! intimacy entries refer to them); the guide only names positions and sources that exist
//! (checked by `guide_problems`); wording is neutral (moving / resting partner).

use super::catalogue::{avoided_because, hidden_movements, Catalogue, Movement};
use super::content_text;
use super::player::{avoided_words_in, movement_key};
use super::today::GuidePause;
pub use crate::domain::{is_known_position, PositionInfo};
use crate::domain::{Condition, MovementProfile, Profile, Prop};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, tr, Locale};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PositionAdvice {
    pub position: String,
    pub note: String,
    pub sources: Vec<String>,
    /// Exactly where the claim comes from (abstract, table or summary), and what could not
    /// be confirmed.
    pub evidence: String,
    /// Place of the five measured positions in the paper's least-to-most recommended order
    /// for this profile and role (1 = best), when the paper gives one.
    pub rank: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RoleAdvice {
    #[serde(rename = "try")]
    #[ts(rename = "try")]
    pub to_try: Vec<PositionAdvice>,
    pub avoid: Vec<PositionAdvice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ProfileAdvice {
    pub profile: MovementProfile,
    pub title: String,
    pub explanation: String,
    pub moving: RoleAdvice,
    pub resting: RoleAdvice,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PropAdvice {
    pub prop: Prop,
    pub name: String,
    #[serde(rename = "use")]
    #[ts(rename = "use")]
    pub how: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Principle {
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct HipHinge {
    pub title: String,
    pub steps: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ProfileQuestion {
    pub id: String,
    pub text: String,
    /// The profile a "yes, that makes it worse" answer points to (flexion or extension).
    pub points_to: MovementProfile,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Questionnaire {
    pub intro: String,
    pub questions: Vec<ProfileQuestion>,
    pub rule: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ConversationPrompt {
    pub topic: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Conversation {
    pub intro: String,
    pub prompts: Vec<ConversationPrompt>,
    pub sources: Vec<String>,
}

/// The before / after check a couple can go through together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct CoupleCheck {
    pub before: Vec<String>,
    pub after: Vec<String>,
    /// The emergency signs to act on at once.
    pub urgent: String,
    pub sources: Vec<String>,
}

/// What a known condition changes in the positions guide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ConditionNote {
    pub conditions: Vec<Condition>,
    pub title: String,
    pub text: String,
    pub sources: Vec<String>,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PositionsGuide {
    pub sources: Vec<String>,
    pub intro: String,
    pub principles: Vec<Principle>,
    pub hip_hinge: HipHinge,
    pub profiles: Vec<ProfileAdvice>,
    pub props: Vec<PropAdvice>,
    pub limits: Vec<String>,
    pub questionnaire: Questionnaire,
    pub conversation: Conversation,
    pub check: CoupleCheck,
    pub condition_notes: Vec<ConditionNote>,
}

#[derive(Deserialize)]
struct PositionsFile {
    positions: Vec<PositionInfo>,
    guide: PositionsGuide,
}

/// assets/positions.json with its words in `locale` (content_text.rs), and the Fluent ids
/// they came from.
pub fn positions_with_text_ids(
    locale: Locale,
) -> Result<(Vec<PositionInfo>, PositionsGuide, Vec<String>), String> {
    let mut value: serde_json::Value =
        serde_json::from_str(&crate::i18n::bundled_content("positions.json"))
            .map_err(|e| format!("positions.json: {e}"))?;
    let mut used = Vec::new();
    content_text::fill_list(&mut value, "positions", "position", locale, &mut used);
    if let Some(guide) = value.get_mut("guide") {
        content_text::fill(guide, "positions-guide", locale, &mut used);
    }
    let file: PositionsFile = serde_path_to_error::deserialize(value)
        .map_err(|e| format!("positions.json: {} ({})", e.inner(), e.path()))?;
    Ok((file.positions, file.guide, used))
}

fn file(locale: Locale) -> &'static PositionsFile {
    static FILES: [OnceLock<PositionsFile>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    FILES[content_text::slot(locale)].get_or_init(|| {
        let (positions, guide, _) = positions_with_text_ids(locale)
            .expect("assets/positions.json is valid (checked by the catalogue test)");
        PositionsFile { positions, guide }
    })
}

/// The positions, with their words in the language in use.
pub fn positions() -> &'static [PositionInfo] {
    positions_in(i18n::current())
}

/// The positions, with their words in `locale`.
pub fn positions_in(locale: Locale) -> &'static [PositionInfo] {
    &file(locale).positions
}

/// The positions guide in the language in use.
pub fn positions_guide() -> &'static PositionsGuide {
    positions_guide_in(i18n::current())
}

/// The positions guide in `locale`.
pub fn positions_guide_in(locale: Locale) -> &'static PositionsGuide {
    &file(locale).guide
}

impl PositionsGuide {
    /// The advice for a profile (every profile has an entry; checked by `guide_problems`).
    pub fn for_profile(&self, profile: MovementProfile) -> Option<&ProfileAdvice> {
        self.profiles.iter().find(|p| p.profile == profile)
    }
}

/// Suggests a movement-intolerance profile from the questionnaire: `answers` maps question
/// ids to "this movement makes my pain worse". One direction only gives that profile; both
/// give mixed unless one direction leads by two or more answers; none gives unknown.
pub fn suggest_profile(
    guide: &PositionsGuide,
    answers: &BTreeMap<String, bool>,
) -> CoreResult<MovementProfile> {
    let mut flexion = 0u32;
    let mut extension = 0u32;
    for (id, worse) in answers {
        let question = guide
            .questionnaire
            .questions
            .iter()
            .find(|q| &q.id == id)
            .ok_or_else(|| CoreError::validation("answers", tr("error-unknown-question")))?;
        if *worse {
            match question.points_to {
                MovementProfile::Flexion => flexion += 1,
                MovementProfile::Extension => extension += 1,
                _ => {}
            }
        }
    }
    Ok(match (flexion, extension) {
        (0, 0) => MovementProfile::Unknown,
        (_, 0) => MovementProfile::Flexion,
        (0, _) => MovementProfile::Extension,
        (f, e) if f >= e + 2 => MovementProfile::Flexion,
        (f, e) if e >= f + 2 => MovementProfile::Extension,
        _ => MovementProfile::Mixed,
    })
}

/// Every problem in the positions file; empty when it is consistent.
pub fn guide_problems(cat: &Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    let all = positions();
    let ids: HashSet<&str> = all.iter().map(|p| p.id.as_str()).collect();
    if ids.len() != all.len() {
        out.push("position ids are not unique".into());
    }
    let g = positions_guide();
    let mut cited: Vec<(&str, &Vec<String>)> =
        vec![("guide", &g.sources), ("hip hinge", &g.hip_hinge.sources)];
    cited.push(("questionnaire", &g.questionnaire.sources));
    cited.push(("conversation", &g.conversation.sources));
    cited.push(("couple check", &g.check.sources));
    for p in &g.principles {
        cited.push(("principle", &p.sources));
    }
    for profile in [
        MovementProfile::Flexion,
        MovementProfile::Extension,
        MovementProfile::Mixed,
        MovementProfile::Unknown,
    ] {
        if g.profiles.iter().filter(|p| p.profile == profile).count() != 1 {
            out.push(format!(
                "positions guide: expected exactly one entry for {profile:?}"
            ));
        }
    }
    for p in &g.profiles {
        cited.push(("profile", &p.sources));
        for advice in [&p.moving, &p.resting]
            .into_iter()
            .flat_map(|r| r.to_try.iter().chain(r.avoid.iter()))
        {
            cited.push(("position advice", &advice.sources));
            if advice.evidence.trim().is_empty() {
                out.push(format!(
                    "positions guide: {:?} {} says nothing about where its claim comes from",
                    p.profile, advice.position
                ));
            }
            if let Some(rank) = advice.rank {
                let measured = all
                    .iter()
                    .find(|x| x.id == advice.position)
                    .is_some_and(|x| x.measured.is_some());
                if !(1..=5).contains(&rank) || !measured {
                    out.push(format!(
                        "positions guide: {:?} {} has rank {rank}, but only the five measured positions rank 1-5",
                        p.profile, advice.position
                    ));
                }
            }
            if !ids.contains(advice.position.as_str()) {
                out.push(format!(
                    "positions guide: unknown position {}",
                    advice.position
                ));
            }
        }
        if p.moving.to_try.is_empty() || p.resting.to_try.is_empty() {
            out.push(format!(
                "positions guide: {:?} needs something to try for both roles",
                p.profile
            ));
        }
    }
    for n in &g.condition_notes {
        cited.push(("condition note", &n.sources));
        if n.conditions.is_empty() || n.evidence.trim().is_empty() {
            out.push(format!(
                "positions guide: condition note {} needs conditions and evidence",
                n.title
            ));
        }
    }
    for (what, sources) in cited {
        if sources.is_empty() {
            out.push(format!("positions guide {what}: names no source"));
        }
        for s in sources {
            if cat.source(s).is_none() {
                out.push(format!("positions guide {what}: unknown source {s}"));
            }
        }
    }
    for q in &g.questionnaire.questions {
        if !matches!(
            q.points_to,
            MovementProfile::Flexion | MovementProfile::Extension
        ) {
            out.push(format!(
                "questionnaire {}: must point to flexion or extension",
                q.id
            ));
        }
    }
    out
}

/// The positions advice that fits a whole profile: its movement profile AND its conditions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonalPositions {
    /// Whose advice to show first: the movement profile, made stricter by conditions (e.g.
    /// "not sure yet" with stenosis shows the extension advice; flexion with stenosis, mixed).
    pub profile: MovementProfile,
    /// Why, in words, when conditions changed it (empty otherwise).
    pub because: Vec<String>,
    /// The condition notes that apply to this profile.
    pub notes: Vec<ConditionNote>,
}

/// The advice a profile should see (pure): the movements its profile and conditions avoid
/// (catalogue.rs, `avoided_because`) decide which movement-profile advice applies.
pub fn positions_for(guide: &PositionsGuide, profile: &Profile) -> PersonalPositions {
    positions_for_in(i18n::current(), guide, profile)
}

/// [`positions_for`] with its reasons in `locale`.
pub fn positions_for_in(
    locale: Locale,
    guide: &PositionsGuide,
    profile: &Profile,
) -> PersonalPositions {
    let hidden = hidden_movements(profile);
    let flexion = hidden.contains(&Movement::Flexion);
    let extension = hidden.contains(&Movement::Extension);
    let effective = match (flexion, extension) {
        (true, true) => MovementProfile::Mixed,
        (true, false) => MovementProfile::Flexion,
        (false, true) => MovementProfile::Extension,
        (false, false) => profile.movement_profile,
    };
    let mut because = Vec::new();
    if effective != profile.movement_profile {
        for m in [Movement::Flexion, Movement::Extension, Movement::Rotation] {
            let why = avoided_because(profile, m);
            if !why.is_empty() {
                let words = i18n::args([
                    ("movement", movement_key(m).into()),
                    ("because", avoided_words_in(locale, m, &why).into()),
                ]);
                because.push(i18n::tr_in(locale, "titles-avoided-movement", Some(&words)));
            }
        }
    }
    let notes = guide
        .condition_notes
        .iter()
        .filter(|n| n.conditions.iter().any(|c| profile.has(*c)))
        .cloned()
        .collect();
    PersonalPositions {
        profile: effective,
        because,
        notes,
    }
}

/// The positions page's data in one value: the position list, the guide, the advice that
/// fits this profile, and the alert pause (an open emergency shows "get help first").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PositionsView {
    pub positions: Vec<PositionInfo>,
    pub guide: PositionsGuide,
    pub for_you: PersonalPositions,
    pub pause: Option<GuidePause>,
}

pub fn positions_view(profile: &Profile, pause: Option<GuidePause>) -> PositionsView {
    PositionsView {
        positions: positions().to_vec(),
        guide: positions_guide().clone(),
        for_you: positions_for(positions_guide(), profile),
        pause,
    }
}

impl crate::store::Journal {
    /// The positions page for this journal's profile and open alerts.
    pub(crate) fn positions_view(&self) -> crate::error::CoreResult<PositionsView> {
        Ok(positions_view(&self.profile()?, self.guide_pause()?))
    }
}
