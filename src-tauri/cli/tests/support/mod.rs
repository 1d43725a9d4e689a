//! What every CLI test file needs: a throwaway data folder and a way to run the real
//! `backstory` binary on it. Each test file includes this with `mod support;` and uses
//! the parts it needs.
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

/// A data folder of its own under the system temp folder, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// `tag` names the test in the folder's name, so a folder left by a crash is traceable.
    pub fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "backstory-cli-{tag}-{}",
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `backstory --data-dir DIR ARGS...` in English (whatever the machine's language);
/// returns (exit code, stdout, stderr).
pub fn backstory(dir: &TempDir, args: &[&str]) -> (i32, String, String) {
    backstory_in("en", dir, args)
}

/// [`backstory`] in a language (`BACKSTORY_LOCALE`: "en", "de").
pub fn backstory_in(locale: &str, dir: &TempDir, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_backstory"))
        .env("BACKSTORY_LOCALE", locale)
        .arg("--data-dir")
        .arg(&dir.0)
        .args(args)
        .output()
        .expect("the CLI runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Parses the CLI's JSON output, naming the text when it is not JSON.
pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("expected JSON ({e}): {text}"))
}
