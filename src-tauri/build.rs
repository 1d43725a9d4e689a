// Every command the webview may call is listed here; tauri-build turns each into an
// `allow-<name>` permission, and a command not granted in capabilities/ is denied.
const COMMANDS: &[&str] = &[
    "app_status",
    "ui_ready",
    "open_demo",
    "mark_welcomed",
    "add_pain",
    "update_pain",
    "add_activity",
    "update_activity",
    "save_check_in",
    "check_in_on",
    "delete_entry",
    "restore_entry",
    "timeline",
    "suggest_link",
    "get_profile",
    "save_profile",
    "list_positions",
    "guide_fast_timers",
    "guide_catalogue",
    "guide_illustrations",
    "guide_positions",
    "suggest_movement_profile",
    "guide_today",
    "plan_routine",
    "hurt_advice_for",
    "record_session",
    "set_core_level",
    "record_stress_relief",
    "insights_pain_trend",
    "insights_pain_after",
    "insights_adherence",
    "insights_weekly_summary",
    "list_alerts",
    "acknowledge_alert",
    "alert_history",
    "red_flag_rules",
    "sharing_export",
    "sharing_export_csv",
    "import_partner_share",
    "import_own_export",
    "sharing_partners",
    "remove_partner",
    "sharing_partner_timeline",
    "sharing_together",
    "sharing_report",
    "sharing_backup",
    "restore_backup",
    "sharing_backups",
    "reminder_settings",
    "save_reminder_settings",
    "snooze_reminder",
    "next_reminders",
    "show_test_reminder",
    "take_pending_reminder",
];

fn main() {
    // The capabilities folder lives under src-tauri/, not beside tauri.conf.json, so say so.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
