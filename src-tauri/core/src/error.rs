//! Every failure the core can report, as one typed enum. Messages are written for the
//! person using the app and never contain journal content or secrets.

use crate::i18n::{args, tr, tr_with};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum CoreError {
    /// A value the user gave is out of range or malformed; `field` names the form field.
    #[error("{message}")]
    Validation { field: String, message: String },
    /// `what` is the kind of record ("partner"), named in the language in use.
    #[error("{}", not_found_message(what, id))]
    NotFound { what: &'static str, id: String },
    /// The database file exists but cannot be used as it is (corrupt, locked, newer schema).
    #[error("{message}")]
    Database {
        reason: DatabaseProblem,
        message: String,
    },
    #[error("{}", tr_with("error-storage", &args([("detail", .0.as_str().into())])))]
    Storage(String),
    /// A file offered for import or restore was refused; `location` says where (line, field).
    #[error("{message}")]
    Import {
        location: Option<String>,
        message: String,
    },
    #[error("{0}")]
    Crypto(String),
    #[error("{}", tr_with("error-io", &args([("detail", .0.as_str().into())])))]
    Io(String),
}

/// Why a database could not be opened for writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatabaseProblem {
    Corrupt,
    Locked,
    TooNew,
    NotADatabase,
    ReadOnly,
    /// The journal is encrypted and needs its passphrase.
    Encrypted,
    /// The passphrase given does not open the journal.
    WrongPassphrase,
}

impl CoreError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        CoreError::Validation {
            field: field.into(),
            message: message.into(),
        }
    }

    /// Stable machine-readable name of the error kind, sent to the UI and the CLI.
    pub fn kind(&self) -> &'static str {
        match self {
            CoreError::Validation { .. } => "validation",
            CoreError::NotFound { .. } => "not_found",
            CoreError::Database { .. } => "database",
            CoreError::Storage(_) => "storage",
            CoreError::Import { .. } => "import",
            CoreError::Crypto(_) => "crypto",
            CoreError::Io(_) => "io",
        }
    }

    /// The form field an error belongs to, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            CoreError::Validation { field, .. } => Some(field),
            CoreError::Import { location, .. } => location.as_deref(),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(e, _) = &err {
            match e.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                    return CoreError::Database {
                        reason: DatabaseProblem::Locked,
                        message: tr("error-db-locked"),
                    }
                }
                ErrorCode::DatabaseCorrupt => {
                    return CoreError::Database {
                        reason: DatabaseProblem::Corrupt,
                        message: tr("error-db-corrupt"),
                    }
                }
                ErrorCode::NotADatabase => {
                    return CoreError::Database {
                        reason: DatabaseProblem::NotADatabase,
                        message: tr("error-db-not-a-database"),
                    }
                }
                ErrorCode::DiskFull => return CoreError::Storage(tr("error-disk-full")),
                ErrorCode::SystemIoFailure => return CoreError::Storage(tr("error-disk-failing")),
                ErrorCode::ReadOnly => {
                    return CoreError::Database {
                        reason: DatabaseProblem::ReadOnly,
                        message: tr("error-db-read-only"),
                    }
                }
                _ => {}
            }
        }
        CoreError::Storage(err.to_string())
    }
}

impl From<backstory_domain::ValidationError> for CoreError {
    fn from(err: backstory_domain::ValidationError) -> Self {
        CoreError::Validation {
            field: err.field,
            message: err.message,
        }
    }
}

impl From<std::io::Error> for CoreError {
    fn from(err: std::io::Error) -> Self {
        CoreError::Io(err.to_string())
    }
}

pub type CoreResult<T> = Result<T, CoreError>;

/// "partner 3f2… was not found", the record's kind named in the language in use.
fn not_found_message(what: &str, id: &str) -> String {
    let noun = match what {
        "activity" => tr("error-record-activity"),
        "alert" => tr("error-record-alert"),
        "deleted entry" => tr("error-record-deleted-entry"),
        "entry" => tr("error-record-entry"),
        "intimacy evening" => tr("error-record-intimacy-evening"),
        "pain entry" => tr("error-record-pain-entry"),
        "pairing" => tr("error-record-pairing"),
        "partner" => tr("error-record-partner"),
        other => other.to_string(),
    };
    tr_with(
        "error-not-found",
        &args([("what", noun.into()), ("id", id.into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_locale, Locale};

    #[test]
    fn a_locked_journal_is_explained_in_german() {
        let busy = || {
            CoreError::from(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                None,
            ))
        };
        let german = with_locale(Locale::De, busy);
        assert_eq!(german.kind(), "database");
        assert!(matches!(
            german,
            CoreError::Database {
                reason: DatabaseProblem::Locked,
                ..
            }
        ));
        let text = german.to_string();
        assert!(
            text.contains("wird von einem anderen Backstory-Fenster"),
            "{text}"
        );
        assert!(!text.contains("in use"), "{text}");
        assert!(busy()
            .to_string()
            .contains("in use by another Backstory window"));
    }

    #[test]
    fn every_kind_of_missing_record_is_named_in_german() {
        // The kinds the core reports, read from its sources so a new one cannot be missed.
        let mut kinds = std::collections::BTreeSet::new();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).expect("the sources read") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (at, _) in text.match_indices("NotFound {") {
                    let rest = &text[at..(at + 200).min(text.len())];
                    if let Some(start) = rest.find("what: \"") {
                        let name = &rest[start + 7..];
                        kinds.insert(name[..name.find('"').unwrap_or(0)].to_string());
                    }
                }
            }
        }
        assert!(kinds.len() >= 8, "found {kinds:?}");
        for what in kinds {
            let missing = || CoreError::NotFound {
                what: Box::leak(what.clone().into_boxed_str()),
                id: "42".into(),
            };
            let english = missing().to_string();
            assert_eq!(english, format!("{what} 42 was not found"));
            let german = with_locale(Locale::De, || missing().to_string());
            assert!(german.ends_with("42 wurde nicht gefunden"), "{german}");
            assert!(
                !german.starts_with(&what),
                "{what} is not named in German: {german}"
            );
        }
    }
}
