//! The one failure the domain can report: a value out of range or malformed. The core turns
//! it into `CoreError::Validation` (with `From`), so `?` carries it through unchanged.

use thiserror::Error;

/// A value the user gave is out of range or malformed; `field` names the form field.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{message}")]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        ValidationError {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub type DomainResult<T> = Result<T, ValidationError>;
