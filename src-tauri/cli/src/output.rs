//! How the CLI reports results and errors: JSON on stdout for scripts, errors on stderr
//! as `{kind, message, field}` with --json, and distinct exit codes.

use backstory_core::CoreError;
use serde::Serialize;

pub fn print_json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(err) => eprintln!("could not write JSON: {err}"),
    }
}

#[derive(Debug)]
pub enum CliError {
    Usage(String),
    Core(CoreError),
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Core(CoreError::Validation { .. }) => 3,
            CliError::Core(_) => 1,
        }
    }

    pub fn report(&self, json: bool) {
        let (kind, message, field) = match self {
            CliError::Usage(m) => ("usage", m.clone(), None),
            CliError::Core(e) => (e.kind(), e.to_string(), e.field().map(str::to_string)),
        };
        if json {
            let value = serde_json::json!({ "error": { "kind": kind, "message": message, "field": field } });
            eprintln!("{value}");
        } else if let Some(field) = field {
            eprintln!("backstory: {field}: {message}");
        } else {
            eprintln!("backstory: {message}");
        }
    }
}

impl From<CoreError> for CliError {
    fn from(err: CoreError) -> Self {
        CliError::Core(err)
    }
}
