// Generated from src-tauri/core/src/rules/catalogue.rs during `cargo test`. Do not edit.

/** Pain at or above this (0-10) is "severe" everywhere in Backstory (Boonstra 2016). */
export const SEVERE_NRS = 8;
/** Interference at or above this (0-10) counts as high. */
export const HIGH_INTERFERENCE = 7;
