//! Turns loosely typed JSON (from the webview or a script) into a domain draft, so a wrong
//! type or an unknown enum value becomes a validation error naming the field, not a panic
//! or an opaque deserialisation string.

use crate::error::{DomainResult, ValidationError};
use backstory_i18n::{args, tr_with};
use serde::de::DeserializeOwned;

pub fn parse_json<T: DeserializeOwned>(value: serde_json::Value) -> DomainResult<T> {
    let mut track = serde_path_to_error::Track::new();
    let de = serde_path_to_error::Deserializer::new(value, &mut track);
    T::deserialize(de).map_err(|err| {
        let path = track.path().to_string();
        let field = if path == "." {
            String::from("input")
        } else {
            path
        };
        let detail = simplify_serde_message(&err.to_string());
        // serde writes English; the sentence around it is in the language in use.
        ValidationError::new(
            field,
            tr_with("error-input-malformed", &args([("detail", detail.into())])),
        )
    })
}

/// serde's messages name Rust types; keep them short and bounded for display.
fn simplify_serde_message(raw: &str) -> String {
    let raw = redact_strings(raw);
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

/// serde quotes the offending value (`invalid type: string "...", expected u8`); the value
/// may be anything the user typed, so it is left out of the message.
fn redact_strings(raw: &str) -> String {
    const START: &str = "string \"";
    let mut out = String::with_capacity(raw.len().min(256));
    let mut rest = raw;
    while let Some(i) = rest.find(START) {
        out.push_str(&rest[..i]);
        out.push_str("a string");
        let after = &rest[i + START.len()..];
        let mut escaped = false;
        let end = after.char_indices().find_map(|(k, c)| {
            if escaped {
                escaped = false;
                None
            } else if c == '\\' {
                escaped = true;
                None
            } else {
                (c == '"').then_some(k)
            }
        });
        rest = end.map_or("", |k| &after[k + 1..]);
    }
    out.push_str(rest);
    shorten_variant(&out)
}

/// An unknown enum value is named when it is short (it helps to see a typo) and left out
/// when it is long.
fn shorten_variant(msg: &str) -> String {
    const START: &str = "unknown variant `";
    let Some(i) = msg.find(START) else {
        return msg.to_string();
    };
    let after = &msg[i + START.len()..];
    match after.find('`') {
        Some(end) if after[..end].chars().count() <= 40 => msg.to_string(),
        Some(end) => format!("{}unknown variant `…`{}", &msg[..i], &after[end + 1..]),
        None => format!("{}unknown variant", &msg[..i]),
    }
}

#[cfg(test)]
mod redact_tests {
    use super::*;

    #[test]
    fn a_typed_value_is_not_repeated_in_the_message() {
        let err =
            parse_json::<u8>(serde_json::json!("my private note \"quoted\" here")).unwrap_err();
        let text = err.to_string();
        assert!(!text.contains("private"), "the value is left out: {text}");
        assert!(
            text.contains("a string"),
            "the message still says what was wrong: {text}"
        );
    }
}
