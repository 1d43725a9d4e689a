//! Original line illustrations for the catalogue, compiled in from assets/illustrations/.
//! Each SVG strokes with `currentColor`; the UI puts the theme's text colour in before
//! showing it as an image, so one file reads in light and dark themes.
//! (Regenerate the files with scripts/illustrations.py; add a new id here.)

macro_rules! illustration {
    ($id:literal) => {
        (
            $id,
            include_str!(concat!("../../../../assets/illustrations/", $id, ".svg")),
        )
    };
}

/// Every bundled illustration, as (exercise id, SVG text).
pub const ILLUSTRATIONS: &[(&str, &str)] = &[
    illustration!("abdominal_bracing"),
    illustration!("bird_dog"),
    illustration!("bird_dog_arm_or_leg"),
    illustration!("bottom_to_heels"),
    illustration!("butterfly"),
    illustration!("cat_camel"),
    illustration!("clamshell"),
    illustration!("crook_lying_breathing"),
    illustration!("dead_bug"),
    illustration!("figure_four_piriformis"),
    illustration!("forearm_plank_knees"),
    illustration!("forearm_plank_toes"),
    illustration!("glute_bridge"),
    illustration!("hamstring_strap"),
    illustration!("hip_flexor_half_kneeling"),
    illustration!("knee_rolls"),
    illustration!("knee_to_chest"),
    illustration!("kneeling_rock"),
    illustration!("mcgill_curl_up"),
    illustration!("pelvic_tilt"),
    illustration!("side_plank_bent_knee"),
    illustration!("side_plank_full"),
    illustration!("single_leg_bridge"),
    illustration!("sit_tall"),
    illustration!("sphinx"),
    illustration!("standing_back_bend"),
    illustration!("walking"),
];

/// The SVG for an exercise id, if one is bundled.
pub fn illustration(id: &str) -> Option<&'static str> {
    ILLUSTRATIONS
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, svg)| *svg)
}

/// One illustration as sent to the UI.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Illustration {
    pub id: String,
    pub svg: String,
}

/// Every illustration, for the UI to render as images.
pub fn all_illustrations() -> Vec<Illustration> {
    ILLUSTRATIONS
        .iter()
        .map(|(id, svg)| Illustration {
            id: id.to_string(),
            svg: svg.to_string(),
        })
        .collect()
}
