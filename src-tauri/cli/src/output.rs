//! How the CLI reports results and errors: JSON on stdout for scripts, errors on stderr
//! as `{"error": {kind, message, field}}` with --json (the window's error shape), and
//! the exit codes listed in `backstory --help`.

use backstory_application::AppError;
use backstory_core::i18n::{args, tr_with};
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
    App(AppError),
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            CliError::App(e) if e.kind == "validation" => 3,
            CliError::App(_) => 1,
        }
    }

    pub fn report(&self, json: bool) {
        let (kind, message, field) = match self {
            CliError::Usage(m) => ("usage", m.clone(), None),
            CliError::App(e) => (e.kind.as_str(), e.message.clone(), e.field.clone()),
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

impl From<AppError> for CliError {
    fn from(err: AppError) -> Self {
        CliError::App(err)
    }
}

impl From<CoreError> for CliError {
    fn from(err: CoreError) -> Self {
        CliError::App(err.into())
    }
}

/// A number option, with a usage error naming it.
pub fn number<T: std::str::FromStr>(
    value: Option<&str>,
    flag: &str,
) -> Result<Option<T>, CliError> {
    value
        .map(|v| {
            v.parse::<T>().map_err(|_| {
                CliError::usage(tr_with(
                    "cli-tools-whole-number",
                    &args([("flag", flag.into())]),
                ))
            })
        })
        .transpose()
}
