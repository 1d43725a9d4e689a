// Written by a test in src-tauri/crates/i18n (WINDOW_FILES); do not edit.
// The Rust side's Fluent files the window reads, sent by the shell's ui_locale.
export const windowMessageFiles = ['catalogue', 'experiments', 'guide', 'insights', 'labels', 'positions', 'red-flags'] as const;
