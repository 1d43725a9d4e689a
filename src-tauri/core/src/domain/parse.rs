//! Turns loosely typed JSON (from the webview or a script) into a domain draft, so a wrong
//! type or an unknown enum value becomes a validation error naming the field, not a panic
//! or an opaque deserialisation string.

use crate::error::{CoreError, CoreResult};
use serde::de::DeserializeOwned;

pub fn parse_json<T: DeserializeOwned>(value: serde_json::Value) -> CoreResult<T> {
    let mut track = serde_path_to_error::Track::new();
    let de = serde_path_to_error::Deserializer::new(value, &mut track);
    T::deserialize(de).map_err(|err| {
        let path = track.path().to_string();
        let field = if path == "." {
            String::from("input")
        } else {
            path
        };
        let message = simplify_serde_message(&err.to_string());
        CoreError::validation(field, message)
    })
}

/// serde's messages name Rust types; keep them short and bounded for display.
fn simplify_serde_message(raw: &str) -> String {
    let mut msg: String = raw.chars().take(200).collect();
    if msg.starts_with("unknown variant") {
        if let Some(idx) = msg.find(", expected") {
            msg = format!(
                "{} is not one of the allowed values{}",
                &msg[..idx],
                &msg[idx + 1..]
            )
            .replacen("unknown variant ", "", 1);
        }
    }
    msg
}
