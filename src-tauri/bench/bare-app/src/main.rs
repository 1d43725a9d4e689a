//! The bare Tauri 2 app of the app-level benchmark (scripts/bench-app.sh): one window, one
//! page, one command. It prints the same ready line as Backstory (src-tauri/src/ready.rs)
//! under the same environment switches, so the script times both the same way.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static STARTED: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn ui_ready(app: tauri::AppHandle) {
    let exit = std::env::var("BACKSTORY_EXIT_WHEN_READY").as_deref() == Ok("1");
    if !exit && std::env::var("BACKSTORY_REPORT_READY").as_deref() != Ok("1") {
        return;
    }
    let since_start = STARTED.get().map(Instant::elapsed).unwrap_or_default();
    let unix_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    println!(
        "backstory-ready unix_ms={unix_ms} since_start_ms={:.1}",
        since_start.as_secs_f64() * 1000.0
    );
    if exit {
        app.exit(0);
    }
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("error while running the bare app");
}
