//! Start-up readiness for the app-level benchmark (scripts/bench-app.sh). The UI calls
//! `ui_ready` once its first screen shows data; with `BACKSTORY_EXIT_WHEN_READY=1` in the
//! environment the app then prints how long that took and exits, with
//! `BACKSTORY_REPORT_READY=1` it prints the same line and keeps running (memory figures).
//! Without either the command prints nothing. It always marks the first screen as shown:
//! the journal's full integrity check waits for that (or a few seconds), so it never
//! competes with the first screen (lib.rs, `verify_later`).

use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

static STARTED: OnceLock<Instant> = OnceLock::new();
/// When the last unlock began (`unlock_journal`), for the unlock time in the ready line.
static UNLOCK_STARTED: Mutex<Option<Instant>> = Mutex::new(None);
/// Whether the first screen with data has been shown, and its waiters.
static FIRST_SCREEN: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());

/// Remembers that an unlock began now (the ready line then also says how long it took).
pub fn mark_unlock() {
    *UNLOCK_STARTED.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now());
}

/// Waits until the UI has shown its first screen with data, or `at_most`.
pub fn wait_first_screen(at_most: Duration) {
    let (shown, wake) = &FIRST_SCREEN;
    let guard = shown.lock().unwrap_or_else(|p| p.into_inner());
    let _ = wake.wait_timeout_while(guard, at_most, |shown| !*shown);
}

fn first_screen_shown() {
    let (shown, wake) = &FIRST_SCREEN;
    *shown.lock().unwrap_or_else(|p| p.into_inner()) = true;
    wake.notify_all();
}

/// Remembers when the process began running Rust code (call first thing in `run`).
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

/// The environment switch that makes the app exit once the UI is ready.
pub const EXIT_WHEN_READY: &str = "BACKSTORY_EXIT_WHEN_READY";
/// The environment switch that only reports readiness.
pub const REPORT_READY: &str = "BACKSTORY_REPORT_READY";
/// With either switch on, also append the ready line to this file.
pub const READY_FILE: &str = "BACKSTORY_READY_FILE";

fn switched_on(name: &str) -> bool {
    std::env::var(name).as_deref() == Ok("1")
}

#[tauri::command]
pub fn ui_ready(app: tauri::AppHandle) {
    first_screen_shown();
    let exit = switched_on(EXIT_WHEN_READY);
    if !exit && !switched_on(REPORT_READY) {
        return;
    }
    let since_start = STARTED.get().map(Instant::elapsed).unwrap_or_default();
    let unix_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    let since_unlock = UNLOCK_STARTED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .map(|at| {
            format!(
                " since_unlock_ms={:.1}",
                at.elapsed().as_secs_f64() * 1000.0
            )
        })
        .unwrap_or_default();
    // One line for the script: wall-clock time now, time since `run` began and, after an
    // unlock, since the unlock began.
    let line = format!(
        "backstory-ready unix_ms={unix_ms} since_start_ms={:.1}{since_unlock}",
        since_start.as_secs_f64() * 1000.0
    );
    println!("{line}");
    // Launched through WebDriver the app's stdout goes nowhere: the line is also appended
    // to this file when set (tests/e2e/bench-unlock.mjs).
    if let Some(path) = std::env::var_os(READY_FILE) {
        use std::io::Write;
        let _ = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut f| writeln!(f, "{line}"));
    }
    if exit {
        app.exit(0);
    }
}
