//! The guide catalogue (positions, stretches, exercises, routines) bundled from assets/.
//! The data is compiled in, so the catalogue is always present and never fetched.

mod positions;

pub use positions::{is_known_position, positions, PositionInfo};
