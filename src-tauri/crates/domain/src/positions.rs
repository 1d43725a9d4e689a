//! The ids and names of the intimacy positions, from assets/positions.json. A saved
//! activity refers to a position by id, so validating an entry needs the list; it lives
//! here, below the store, so the store can check an id without reaching into the guide
//! (which adds the advice about each position). Ids never change once shipped.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PositionInfo {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// The variant of the Sidorkewicz & McGill studies this position matches, if it was
    /// one of the five measured (e.g. "QUAD1 (resting partner on the elbows)").
    pub measured: Option<String>,
}

#[derive(Deserialize)]
struct PositionsList {
    positions: Vec<PositionInfo>,
}

pub fn positions() -> &'static [PositionInfo] {
    static LIST: OnceLock<PositionsList> = OnceLock::new();
    &LIST
        .get_or_init(|| {
            serde_json::from_str(include_str!("../../../../assets/positions.json"))
                .expect("assets/positions.json is valid (checked by the catalogue test)")
        })
        .positions
}

pub fn is_known_position(id: &str) -> bool {
    positions().iter().any(|p| p.id == id)
}
