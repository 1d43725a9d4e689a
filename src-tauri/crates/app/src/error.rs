//! The one error shape both fronts report: `{kind, message, field}` (the window's
//! IpcError, the CLI's `--json` error). The input parser lives here so every command reads
//! the window's JSON the same way.

use backstory_core::domain::parse_json;
use backstory_core::i18n::tr;
use backstory_core::CoreError;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct AppError {
    pub kind: String,
    pub message: String,
    /// The form field the message belongs next to, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
}

impl AppError {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        AppError {
            kind: kind.into(),
            message: message.into(),
            field: None,
        }
    }

    pub fn validation(field: &str, message: impl Into<String>) -> Self {
        AppError {
            kind: "validation".into(),
            message: message.into(),
            field: Some(field.into()),
        }
    }

    /// Puts the message next to `field` unless it already names one.
    pub fn on_field(mut self, field: &str) -> Self {
        if self.field.is_none() {
            self.field = Some(field.into());
        }
        self
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

impl From<CoreError> for AppError {
    fn from(err: CoreError) -> Self {
        AppError {
            kind: err.kind().to_string(),
            message: err.to_string(),
            field: err.field().map(str::to_string),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// Parses one argument the window sent; a wrong type names the field.
pub fn parse<T: serde::de::DeserializeOwned>(value: Value) -> AppResult<T> {
    parse_json(value).map_err(|e| AppError::from(CoreError::from(e)))
}

/// A text argument: a string, or null read as "".
pub fn text(value: Value, field: &str) -> AppResult<String> {
    match value {
        Value::String(s) => Ok(s),
        Value::Null => Ok(String::new()),
        _ => Err(AppError::validation(field, tr("error-must-be-text"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_error_serialises_as_kind_message_field() {
        let err: AppError =
            CoreError::validation("nrs", "pain must be between 0 and 10 (got 11)").into();
        let json = serde_json::to_value(&err).expect("serialisable");
        assert_eq!(
            json,
            serde_json::json!({"kind": "validation", "message": "pain must be between 0 and 10 (got 11)", "field": "nrs"}),
            "the UI relies on exactly this shape"
        );
    }

    #[test]
    fn the_message_is_in_the_language_in_use_and_the_shape_stays() {
        use backstory_core::i18n::{with_locale, Locale};
        let wrong_type = with_locale(Locale::De, || text(serde_json::json!(3), "notes"));
        let json = serde_json::to_value(wrong_type.unwrap_err()).expect("serialisable");
        assert_eq!(
            json,
            serde_json::json!({"kind": "validation", "message": "muss Text sein", "field": "notes"})
        );
        let missing: AppError = with_locale(Locale::De, || {
            CoreError::NotFound {
                what: "partner",
                id: "7".into(),
            }
            .into()
        });
        assert_eq!(missing.kind, "not_found");
        assert_eq!(missing.message, "Partnerperson 7 wurde nicht gefunden");
        let parsed = with_locale(Locale::De, || parse::<u8>(serde_json::json!("x")));
        let parsed = parsed.unwrap_err();
        assert!(
            parsed.message.starts_with("ungültige Eingabe ("),
            "{}",
            parsed.message
        );
    }

    #[test]
    fn errors_without_field_omit_it() {
        let err: AppError = CoreError::Storage("disk full".into()).into();
        let json = serde_json::to_value(&err).expect("serialisable");
        assert_eq!(
            json,
            serde_json::json!({"kind": "storage", "message": "storage error: disk full"})
        );
    }
}
