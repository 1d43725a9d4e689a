//! The body map's catalogue, from assets/body-map.json: for each region its side, the
//! questions it puts to the user and (for regions kept from older journals) the finer
//! regions it covers; for each view (front, back) the artwork's shapes with their arrow-key
//! neighbours. The UI imports the same file, and the clinician report draws its shapes, so
//! the map has one source. `Region` (pain.rs) is the typed id; a test keeps the two equal.

use crate::pain::Region;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The person's own side of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodySide {
    Left,
    Right,
    Centre,
}

/// A question a region puts to the user when it is marked (nothing is decided for them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionAsks {
    /// Numbness or pins and needles here opens the emergency saddle-numbness question.
    SaddleNumbness,
    /// A leg region: symptoms in both legs open the both-legs question.
    BothLegs,
    /// Below the knee: the leg numbness, tingling and weakness questions.
    LegSymptoms,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionInfo {
    pub id: Region,
    pub side: BodySide,
    pub asks: Vec<RegionAsks>,
    /// A coarse region from older journals, drawn over these finer ones.
    #[serde(default)]
    pub covers: Vec<Region>,
}

/// Arrow-key moves on screen (not the person's sides).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neighbours {
    pub up: Option<Region>,
    pub down: Option<Region>,
    pub left: Option<Region>,
    pub right: Option<Region>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapShape {
    pub region: Region,
    /// SVG path data in the view box: `M x y L x y ... Z` (straight lines only).
    pub path: String,
    /// Where a region's number is written.
    pub centre: [f64; 2],
    pub neighbours: Neighbours,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapView {
    pub id: String,
    pub shapes: Vec<MapShape>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyMap {
    pub about: String,
    pub view_box: [f64; 4],
    /// The body's outline (decoration), the same for both views.
    pub outline: String,
    pub regions: Vec<RegionInfo>,
    pub views: Vec<MapView>,
}

impl BodyMap {
    pub fn region(&self, id: Region) -> &RegionInfo {
        self.regions
            .iter()
            .find(|r| r.id == id)
            .expect("the catalogue lists every Region (checked by its test)")
    }
}

pub fn body_map() -> &'static BodyMap {
    static MAP: OnceLock<BodyMap> = OnceLock::new();
    MAP.get_or_init(|| {
        serde_json::from_str(&backstory_i18n::bundled_content("body-map.json"))
            .expect("assets/body-map.json is valid (checked by its test)")
    })
}

/// The points of a shape's path (`M x y L x y ... Z`), for drawing it elsewhere (the PDF).
pub fn path_points(path: &str) -> Vec<(f64, f64)> {
    let numbers: Vec<f64> = path
        .split(|c: char| c.is_ascii_alphabetic() || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    numbers.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_lists_every_region_once_in_enum_order() {
        let ids: Vec<Region> = body_map().regions.iter().map(|r| r.id).collect();
        assert_eq!(ids, Region::ALL.to_vec());
    }

    #[test]
    fn every_region_is_drawn_or_covers_drawn_regions() {
        let map = body_map();
        let drawn: Vec<Region> = map
            .views
            .iter()
            .flat_map(|v| v.shapes.iter().map(|s| s.region))
            .collect();
        for info in &map.regions {
            if info.covers.is_empty() {
                assert!(drawn.contains(&info.id), "{:?} has no shape", info.id);
            } else {
                assert!(!drawn.contains(&info.id), "{:?} covers others", info.id);
                for c in &info.covers {
                    assert!(drawn.contains(c), "{:?} covers undrawn {c:?}", info.id);
                }
            }
        }
    }

    #[test]
    fn neighbours_stay_in_their_view_and_shapes_have_points() {
        for view in &body_map().views {
            let here: Vec<Region> = view.shapes.iter().map(|s| s.region).collect();
            for shape in &view.shapes {
                assert!(path_points(&shape.path).len() >= 3, "{:?}", shape.region);
                let n = &shape.neighbours;
                for next in [n.up, n.down, n.left, n.right].into_iter().flatten() {
                    assert!(
                        here.contains(&next),
                        "{:?} -> {next:?} in {}",
                        shape.region,
                        view.id
                    );
                    assert_ne!(next, shape.region);
                }
                // Every shape can be left by some arrow key, so none is a trap.
                assert!([n.up, n.down, n.left, n.right].iter().any(Option::is_some));
            }
        }
    }

    #[test]
    fn sides_match_the_ids_and_the_saddle_regions_ask_the_emergency_question() {
        for info in &body_map().regions {
            let key = serde_json::to_value(info.id).unwrap();
            let key = key.as_str().unwrap();
            let side = if key.ends_with("_left") {
                BodySide::Left
            } else if key.ends_with("_right") {
                BodySide::Right
            } else {
                BodySide::Centre
            };
            assert_eq!(info.side, side, "{key}");
        }
        let map = body_map();
        for saddle in [Region::Saddle, Region::Genitals] {
            assert!(map
                .region(saddle)
                .asks
                .contains(&RegionAsks::SaddleNumbness));
        }
        assert!(map
            .region(Region::CalfLeft)
            .asks
            .contains(&RegionAsks::LegSymptoms));
        assert!(!map
            .region(Region::KneeLeft)
            .asks
            .contains(&RegionAsks::LegSymptoms));
    }
}
