//! Journal domain types and their validation. A value of these types that came out of
//! `validate` (or the store) is always within range: NRS 0-10, known regions, bounded text,
//! timestamps not in the future.
//!
//! The bottom layer, its own crate: it depends on no other Backstory crate, so the
//! compiler keeps it free of storage, rules and front ends. The core re-exports it as
//! `backstory_core::domain`.

mod activity;
mod alerts;
mod body_map;
mod checkin;
mod error;
mod limits;
mod outcome;
mod pain;
mod parse;
mod peg;
mod positions;
mod profile;
mod timeline;

pub use activity::*;
pub use alerts::{AlertEventKind, Tier};
pub use body_map::{
    body_map, path_points, BodyMap, BodySide, MapShape, MapView, Neighbours, RegionAsks, RegionInfo,
};
pub use checkin::*;
pub use error::{DomainResult, ValidationError};
pub use limits::*;
pub use outcome::*;
pub use pain::*;
pub use parse::parse_json;
pub use peg::*;
pub use positions::{is_known_position, position_ids, PositionInfo};
pub use profile::*;
pub use timeline::*;
