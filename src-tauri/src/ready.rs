//! Start-up readiness for the app-level benchmark (scripts/bench-app.sh). The UI calls
//! `ui_ready` once its first screen shows data; with `BACKSTORY_EXIT_WHEN_READY=1` in the
//! environment the app then prints how long that took and exits, with
//! `BACKSTORY_REPORT_READY=1` it prints the same line and keeps running (memory figures).
//! Without either the command does nothing, so it costs nothing in normal use.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Remembers when the process began running Rust code (call first thing in `run`).
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

/// The environment switch that makes the app exit once the UI is ready.
pub const EXIT_WHEN_READY: &str = "BACKSTORY_EXIT_WHEN_READY";
/// The environment switch that only reports readiness.
pub const REPORT_READY: &str = "BACKSTORY_REPORT_READY";

fn switched_on(name: &str) -> bool {
    std::env::var(name).as_deref() == Ok("1")
}

#[tauri::command(async)]
pub fn ui_ready(app: tauri::AppHandle) {
    let exit = switched_on(EXIT_WHEN_READY);
    if !exit && !switched_on(REPORT_READY) {
        return;
    }
    let since_start = STARTED.get().map(Instant::elapsed).unwrap_or_default();
    let unix_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    // One line for the script: wall-clock time now, and time since `run` began.
    println!(
        "backstory-ready unix_ms={unix_ms} since_start_ms={:.1}",
        since_start.as_secs_f64() * 1000.0
    );
    if exit {
        app.exit(0);
    }
}
