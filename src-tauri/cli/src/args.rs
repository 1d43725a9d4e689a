//! A small argument reader shared by every subcommand: global `--data-dir DIR` and `--json`,
//! then the subcommand name, then `--key value` options and `--flag` switches.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The app's identifier (tauri.conf.json), which names its data folder.
const APP_IDENTIFIER: &str = "app.backstory.journal";

#[derive(Debug, Default)]
pub struct Args {
    pub data_dir: Option<PathBuf>,
    pub json: bool,
    pub command: Option<String>,
    options: BTreeMap<String, Vec<String>>,
    flags: Vec<String>,
}

impl Args {
    /// `flags_without_value` lists the switches that take no value (e.g. "fresh").
    pub fn parse(
        raw: impl IntoIterator<Item = String>,
        flags_without_value: &[&str],
    ) -> Result<Args, String> {
        let mut args = Args::default();
        let mut iter = raw.into_iter().peekable();
        while let Some(arg) = iter.next() {
            let Some(name) = arg.strip_prefix("--") else {
                if args.command.is_none() {
                    args.command = Some(arg);
                    continue;
                }
                return Err(format!("unexpected argument \"{arg}\""));
            };
            let (key, inline) = match name.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (name.to_string(), None),
            };
            if key == "json" {
                args.json = true;
            } else if key == "help" || flags_without_value.contains(&key.as_str()) {
                args.flags.push(key);
            } else {
                let value = match inline {
                    Some(v) => v,
                    None => iter
                        .next()
                        .ok_or_else(|| format!("--{key} needs a value"))?,
                };
                if key == "data-dir" {
                    args.data_dir = Some(PathBuf::from(value));
                } else {
                    args.options.entry(key).or_default().push(value);
                }
            }
        }
        Ok(args)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.options
            .get(key)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    /// Every value given for a repeatable option (`--region a --region b` or `--region a,b`).
    pub fn all(&self, key: &str) -> Vec<String> {
        self.options
            .get(key)
            .map(|vals| {
                vals.iter()
                    .flat_map(|v| v.split(','))
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn flag(&self, key: &str) -> bool {
        self.flags.iter().any(|f| f == key)
    }

    /// The data folder: `--data-dir`, else the app's own folder for this user.
    pub fn data_dir(&self) -> Result<PathBuf, String> {
        if let Some(dir) = &self.data_dir {
            return Ok(dir.clone());
        }
        default_data_dir().ok_or_else(|| "no --data-dir given and no home folder found".to_string())
    }
}

fn default_data_dir() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(target_os = "windows") {
        env("APPDATA")?
    } else if cfg!(target_os = "macos") {
        env("HOME")?.join("Library/Application Support")
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local/share")))?
    };
    Some(base.join(APP_IDENTIFIER))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(items: &[&str]) -> Args {
        Args::parse(items.iter().map(|s| s.to_string()), &["fresh"]).expect("parses")
    }

    #[test]
    fn reads_globals_command_options_and_flags() {
        let a = parse(&[
            "--data-dir",
            "/d",
            "add-pain",
            "--nrs",
            "5",
            "--region",
            "a,b",
            "--region=c",
            "--json",
            "--fresh",
        ]);
        assert_eq!(a.data_dir, Some(PathBuf::from("/d")));
        assert_eq!(a.command.as_deref(), Some("add-pain"));
        assert_eq!(a.get("nrs"), Some("5"));
        assert_eq!(
            a.all("region"),
            vec!["a", "b", "c"],
            "repeated and comma-separated values both count"
        );
        assert!(a.json && a.flag("fresh"));
    }

    #[test]
    fn missing_value_is_an_error() {
        let err =
            Args::parse(["list".to_string(), "--limit".to_string()], &[]).expect_err("must fail");
        assert!(err.contains("--limit"), "error names the option: {err}");
    }
}
