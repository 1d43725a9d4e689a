//! Getting data in and out: the versioned export format (partner shares and own backups),
//! passphrase encryption, imports that change nothing unless the whole file checks out,
//! partners' read-only journals and the Together view, CSV, the clinician PDF report, and
//! SQLite backups. Invariant: every import is parsed and validated completely before one
//! transaction writes it; a refused file leaves the database byte-for-byte as it was.

pub mod alerts;
mod arabic;
pub mod crypto;
pub mod csv;
pub mod export;
pub mod fhir;
pub mod files;
pub mod format;
pub mod import;
pub mod paired;
pub mod pairing;
pub mod partners;
pub mod pdf;
pub mod prompts;
pub mod read;
pub mod report;
pub mod signed;

pub use export::{ExportRequest, ExportSummary};
pub use format::{
    DateRange, ExportFile, ExportFileV1, ExportFileV3, ExportKind, Includes, FORMAT_NAME,
    FORMAT_VERSION,
};
pub use import::ImportSummary;
pub use paired::{EveningNote, Pairing, SignedShareRequest};
pub use pairing::OwnPairing;
pub use partners::{Partner, TogetherEvent, TogetherQuery, TogetherSide, TogetherView};
pub use signed::SignedImportSummary;
