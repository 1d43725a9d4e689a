//! The positions catalogue that the intimacy form offers and the positions guide explains.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PositionInfo {
    pub id: String,
    pub name: String,
    pub summary: String,
}

#[derive(Deserialize)]
struct PositionsFile {
    positions: Vec<PositionInfo>,
}

pub fn positions() -> &'static [PositionInfo] {
    static CATALOGUE: OnceLock<Vec<PositionInfo>> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let file: PositionsFile = serde_json::from_str(include_str!("../../../../assets/positions.json"))
            .expect("assets/positions.json is valid (checked by the catalogue test)");
        file.positions
    })
}

pub fn is_known_position(id: &str) -> bool {
    positions().iter().any(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_loads_with_unique_ids() {
        let all = positions();
        assert!(all.len() >= 5, "expected at least the five studied positions, got {}", all.len());
        let mut ids: Vec<_> = all.iter().map(|p| p.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "position ids must be unique");
    }
}
