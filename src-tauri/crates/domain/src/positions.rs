//! The ids of the intimacy positions, from assets/positions.json. A saved activity refers to
//! a position by id, so validating an entry needs the list; it lives here, below the store,
//! so the store can check an id without reaching into the guide (which adds the words, in
//! the language in use, and the advice about each position). Ids never change once shipped.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use ts_rs::TS;

/// A position as the intimacy form and the positions guide show it. The guide fills the
/// words from the Fluent files (`position-<id>-name`…).
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
struct PositionId {
    id: String,
}

#[derive(Deserialize)]
struct PositionsList {
    positions: Vec<PositionId>,
}

/// Every position id, in the file's order.
pub fn position_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        let list: PositionsList =
            serde_json::from_str(&backstory_i18n::bundled_content("positions.json"))
                .expect("assets/positions.json is valid (checked by the catalogue test)");
        list.positions.into_iter().map(|p| p.id).collect()
    })
}

pub fn is_known_position(id: &str) -> bool {
    position_ids().iter().any(|p| p == id)
}
