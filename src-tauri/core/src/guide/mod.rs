//! The guide: stretches, core exercises, routines, the core programme, stress tools and the
//! positions guide, bundled from assets/ (data with sources, compiled in, never fetched),
//! and the pure rules that adapt them to the user's journal.

pub mod catalogue;
mod content_text;
pub mod illustrations;
pub mod player;
mod positions;
pub mod programme;
pub mod recommend;
pub mod session;
pub mod today;

pub use catalogue::{catalogue, catalogue_in, Catalogue};
pub use positions::*;
