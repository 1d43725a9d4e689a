//! The error shape the webview receives: `{kind, message, field}`. api.ts checks for it.

use backstory_core::CoreError;
use serde::Serialize;

#[derive(Debug, Serialize, PartialEq)]
pub struct IpcError {
    pub kind: String,
    pub message: String,
    /// The form field the message belongs next to, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl IpcError {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        IpcError {
            kind: kind.into(),
            message: message.into(),
            field: None,
        }
    }
}

impl From<CoreError> for IpcError {
    fn from(err: CoreError) -> Self {
        IpcError {
            kind: err.kind().to_string(),
            message: err.to_string(),
            field: err.field().map(str::to_string),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_error_serialises_as_kind_message_field() {
        let err: IpcError =
            CoreError::validation("nrs", "pain must be between 0 and 10 (got 11)").into();
        let json = serde_json::to_value(&err).expect("serialisable");
        assert_eq!(
            json,
            serde_json::json!({"kind": "validation", "message": "pain must be between 0 and 10 (got 11)", "field": "nrs"}),
            "the UI relies on exactly this shape"
        );
    }

    #[test]
    fn errors_without_field_omit_it() {
        let err: IpcError = CoreError::Storage("disk full".into()).into();
        let json = serde_json::to_value(&err).expect("serialisable");
        assert_eq!(
            json,
            serde_json::json!({"kind": "storage", "message": "storage error: disk full"})
        );
    }
}
