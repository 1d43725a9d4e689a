//! Every failure the core can report, as one typed enum. Messages are written for the
//! person using the app and never contain journal content or secrets.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum CoreError {
    /// A value the user gave is out of range or malformed; `field` names the form field.
    #[error("{message}")]
    Validation { field: String, message: String },
    #[error("{what} {id} was not found")]
    NotFound { what: &'static str, id: String },
    /// The database file exists but cannot be used as it is (corrupt, locked, newer schema).
    #[error("{message}")]
    Database {
        reason: DatabaseProblem,
        message: String,
    },
    #[error("storage error: {0}")]
    Storage(String),
    /// A file offered for import or restore was refused; `location` says where (line, field).
    #[error("{message}")]
    Import {
        location: Option<String>,
        message: String,
    },
    #[error("{0}")]
    Crypto(String),
    #[error("file error: {0}")]
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
                        message: "The journal is in use by another Backstory window or program."
                            .into(),
                    }
                }
                ErrorCode::DatabaseCorrupt => {
                    return CoreError::Database {
                        reason: DatabaseProblem::Corrupt,
                        message: "The journal file is damaged.".into(),
                    }
                }
                ErrorCode::NotADatabase => {
                    return CoreError::Database {
                        reason: DatabaseProblem::NotADatabase,
                        message:
                            "The journal file is not a Backstory database (or it is encrypted)."
                                .into(),
                    }
                }
                ErrorCode::DiskFull => {
                    return CoreError::Storage("the disk is full; nothing was saved".into())
                }
                ErrorCode::SystemIoFailure => {
                    return CoreError::Storage(
                        "the disk could not be written or read (it may be full or failing); nothing was saved"
                            .into(),
                    )
                }
                ErrorCode::ReadOnly => {
                    return CoreError::Database {
                        reason: DatabaseProblem::ReadOnly,
                        message: "The journal is open read-only; nothing can be changed.".into(),
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
