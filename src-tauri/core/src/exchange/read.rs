//! Turning bytes from outside into a checked export file, or a clear refusal. Order of
//! checks: size (before reading), decryption, UTF-8 and nesting depth (a cheap byte scan),
//! the header (format, version, kind), then the full typed parse with unknown fields
//! refused, then every entry through the domain's own `validate`, duplicate ids and
//! one-check-in-per-day. Nothing here touches the database.

use super::crypto;
use super::format::*;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, current, format_decimal, tr, tr_with};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use uuid::Uuid;

/// Largest file accepted for import, checked before reading (and again while reading).
pub const MAX_FILE_BYTES: u64 = 50 * 1_000_000;
/// Deepest JSON nesting accepted; a real export is at most 5 deep.
pub const MAX_DEPTH: usize = 16;

fn refuse(location: Option<String>, message: impl Into<String>) -> CoreError {
    CoreError::Import {
        location,
        message: message.into(),
    }
}

/// Reads a file for import, refusing it by size before reading any of it.
pub fn read_capped(path: &Path) -> CoreResult<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| {
        CoreError::Io(tr_with(
            "error-file-not-opened-because",
            &args([("reason", e.kind().to_string().into())]),
        ))
    })?;
    let meta = file.metadata().map_err(|e| {
        CoreError::Io(tr_with(
            "error-file-not-read-because",
            &args([("reason", e.kind().to_string().into())]),
        ))
    })?;
    if !meta.is_file() {
        return Err(refuse(None, tr("error-not-a-regular-file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            CoreError::Io(tr_with(
                "error-file-not-read-because",
                &args([("reason", e.kind().to_string().into())]),
            ))
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_big(len: u64) -> CoreError {
    refuse(
        None,
        tr_with(
            "error-export-too-large",
            &args([
                (
                    "size",
                    format_decimal(current(), len as f64 / 1e6, 1).into(),
                ),
                ("max", (MAX_FILE_BYTES / 1_000_000).into()),
            ]),
        ),
    )
}

/// Decrypts if needed (age files need the passphrase), then parses and checks the file.
pub fn open_export(
    bytes: &[u8],
    passphrase: Option<&str>,
    now: DateTime<Utc>,
) -> CoreResult<ExportFile> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    if crypto::is_encrypted(bytes) {
        let plain = crypto::decrypt(
            bytes,
            passphrase.unwrap_or(""),
            crypto::MAX_WORK_FACTOR,
            MAX_FILE_BYTES,
        )?;
        parse_export(&plain, now)
    } else {
        if bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") {
            return Err(refuse(None, tr("error-armored-age")));
        }
        parse_export(bytes, now)
    }
}

/// Parses and checks a plain JSON export.
pub fn parse_export(bytes: &[u8], now: DateTime<Utc>) -> CoreResult<ExportFile> {
    if bytes.is_empty() {
        return Err(refuse(None, tr("error-file-empty")));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(bytes, e.valid_up_to());
        refuse(
            Some(format!("line {line}, column {col}")),
            tr("error-file-not-utf8"),
        )
    })?;
    check_depth(text)?;
    // One full parse on the good path; only a file that fails it is parsed again, loosely,
    // to say "not a Backstory file" or "from a newer version" rather than a field error.
    // A current file passes the typed parse; an older one fails it (plain region ids, no
    // `includes.region_details`) and is converted below.
    match parse_typed::<ExportFileV3>(text) {
        Ok(mut file) => {
            check_header(Some(&file.format), Some(u64::from(file.version)), true)?;
            if file.version == FORMAT_VERSION_NO_EXPERIMENTS {
                file = file
                    .upgrade_v4()
                    .map_err(|(field, message)| refuse(Some(field), message))?;
            }
            check_file(file, now)
        }
        Err(typed_error) => {
            let probe: HeaderProbe = serde_json::from_str(text).map_err(json_error)?;
            let version = probe.version.as_ref().and_then(|v| v.as_u64());
            check_header(probe.format.as_deref(), version, probe.kind.is_some())?;
            let Some(version) = version.filter(|v| *v <= u64::from(FORMAT_VERSION_PLAIN_REGIONS))
            else {
                return Err(typed_error);
            };
            // Versions 1-3: regions become per-region entries, then the old shape is read.
            let mut value = match serde_json::from_str::<serde_json::Value>(text) {
                Ok(value) => value,
                // Not even JSON values (a lone surrogate, a number out of range): the old
                // shape's typed parse names the field where there is one.
                Err(value_error) if version == 1 => {
                    parse_typed::<ExportFileV1>(text)?;
                    return Err(json_error(value_error));
                }
                Err(value_error) => return Err(json_error(value_error)),
            };
            upgrade_regions(&mut value);
            let text = serde_json::to_string(&value).map_err(json_error)?;
            if version == 1 {
                // Version 1 (no `includes.warning_signs`): read as such, then converted.
                let v1 = parse_typed::<ExportFileV1>(&text)?;
                return check_file(ExportFileV3::from(v1), now);
            }
            let mut file = parse_typed::<ExportFileV3>(&text)?;
            if version == u64::from(FORMAT_VERSION_SAME_SHAPE) {
                file = file
                    .upgrade_v2()
                    .map_err(|(field, message)| refuse(Some(field), message))?;
            }
            if !file.experiments.is_empty() || file.includes.experiments {
                return Err(refuse(
                    Some("experiments".into()),
                    tr("error-experiments-need-v5"),
                ));
            }
            file.version = FORMAT_VERSION;
            check_file(file, now)
        }
    }
}

/// The format name, version and kind, each refused with its own message.
fn check_header(format: Option<&str>, version: Option<u64>, has_kind: bool) -> CoreResult<()> {
    match format {
        Some(FORMAT_NAME) => {}
        Some(_) => {
            return Err(refuse(
                Some("format".into()),
                tr("error-export-other-format"),
            ))
        }
        None => return Err(refuse(Some("format".into()), tr("error-export-no-format"))),
    }
    let Some(version) = version else {
        return Err(refuse(
            Some("version".into()),
            tr("error-export-version-missing"),
        ));
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(refuse(
            Some("version".into()),
            tr_with(
                "error-export-too-new",
                &args([
                    ("version", version.into()),
                    ("known", FORMAT_VERSION.into()),
                ]),
            ),
        ));
    }
    if version == 0 {
        return Err(refuse(
            Some("version".into()),
            tr("error-export-version-zero"),
        ));
    }
    if !has_kind {
        return Err(refuse(Some("kind".into()), tr("error-export-no-kind")));
    }
    Ok(())
}

/// Full typed parse with the JSON path of the failing field (and line/column).
fn parse_typed<T: serde::de::DeserializeOwned>(text: &str) -> CoreResult<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let value = {
        let pde = serde_path_to_error::Deserializer::new(&mut de, &mut track);
        serde::Deserialize::deserialize(pde)
    };
    match value {
        Ok(file) => {
            de.end().map_err(json_error)?;
            Ok(file)
        }
        Err(err) => {
            let path = track.path().to_string();
            let message = short(&err.to_string());
            let location = if err.line() > 0 {
                format!("{path} (line {}, column {})", err.line(), err.column())
            } else {
                path
            };
            Err(refuse(Some(location), describe_serde(&message)))
        }
    }
}

/// Validates every entry through the domain rules and checks ids are unique.
fn check_file(mut file: ExportFile, now: DateTime<Utc>) -> CoreResult<ExportFile> {
    if file.format != FORMAT_NAME || file.version != FORMAT_VERSION {
        return Err(refuse(
            Some("version".into()),
            tr("error-export-version-unsupported"),
        ));
    }
    // What the file says was not shared is unknown, whatever the entries carry.
    file.withhold_unshared();
    crate::domain::check_text(
        "display_name",
        &file.display_name,
        crate::domain::LABEL_MAX_CHARS,
    )
    .map_err(|e| at("display_name", e))?;
    if file.app_version.chars().count() > 64 {
        return Err(refuse(Some("app_version".into()), tr("error-is-too-long")));
    }
    if file.exported_at > now + chrono::Duration::minutes(crate::domain::FUTURE_TOLERANCE_MINUTES) {
        return Err(refuse(
            Some("exported_at".into()),
            tr("error-export-in-future"),
        ));
    }
    if let (Some(from), Some(to)) = (file.range.from, file.range.to) {
        if from > to {
            return Err(refuse(
                Some("range".into()),
                tr("error-export-range-reversed"),
            ));
        }
    }
    if file.kind == ExportKind::Partner && file.profile.is_some() {
        return Err(refuse(
            Some("profile".into()),
            tr("error-share-has-profile"),
        ));
    }
    // Where each id was first seen, as (list, index): strings are only built for errors.
    let mut seen: HashMap<Uuid, (&'static str, usize)> = HashMap::with_capacity(file.entry_count());
    let mut note = |id: Uuid, list: &'static str, i: usize| -> CoreResult<()> {
        if let Some((first, j)) = seen.insert(id, (list, i)) {
            return Err(refuse(
                Some(format!("{list}[{i}].id")),
                tr_with(
                    "error-export-duplicate-id",
                    &args([
                        ("id", id.to_string().into()),
                        ("first", format!("{first}[{j}]").into()),
                        ("second", format!("{list}[{i}]").into()),
                    ]),
                ),
            ));
        }
        Ok(())
    };
    let today = now.date_naive();
    file.pain = std::mem::take(&mut file.pain)
        .into_iter()
        .enumerate()
        .map(|(i, mut rec)| {
            note(rec.id, "pain", i)?;
            check_times("pain", i, rec.created_at, rec.updated_at, now)?;
            rec.entry = rec
                .entry
                .validate(now)
                .map_err(|e| at(&format!("pain[{i}].entry"), e))?;
            Ok(rec)
        })
        .collect::<CoreResult<Vec<_>>>()?;
    file.activities = std::mem::take(&mut file.activities)
        .into_iter()
        .enumerate()
        .map(|(i, mut rec)| {
            note(rec.id, "activities", i)?;
            check_times("activities", i, rec.created_at, rec.updated_at, now)?;
            rec.entry = rec
                .entry
                .validate(now, crate::guide::is_known_position)
                .map_err(|e| at(&format!("activities[{i}].entry"), e))?;
            Ok(rec)
        })
        .collect::<CoreResult<Vec<_>>>()?;
    let mut days: HashMap<NaiveDate, usize> = HashMap::new();
    for (i, rec) in file.check_ins.iter_mut().enumerate() {
        note(rec.id, "check_ins", i)?;
        check_times("check_ins", i, rec.created_at, rec.updated_at, now)?;
        let place = format!("check_ins[{i}]");
        // Check-ins are dated by the exporter's calendar; validate allows a day for time zones.
        let entry = std::mem::replace(&mut rec.entry, placeholder_check_in());
        rec.entry = entry
            .validate(today)
            .map_err(|e| at(&format!("{place}.entry"), e))?;
        if let Some(first) = days.insert(rec.entry.date, i) {
            return Err(refuse(
                Some(format!("{place}.entry.date")),
                tr_with(
                    "error-export-check-in-twice",
                    &args([
                        ("first", format!("check_ins[{first}]").into()),
                        ("second", place.as_str().into()),
                    ]),
                ),
            ));
        }
    }
    let mut rules: HashMap<&str, usize> = HashMap::new();
    for (i, rec) in file.alerts.iter().enumerate() {
        let place = format!("alerts[{i}]");
        for (field, text) in [("rule_id", &rec.rule_id), ("tier", &rec.tier)] {
            crate::domain::check_text(field, text, crate::domain::LABEL_MAX_CHARS)
                .map_err(|e| at(&place, e))?;
            if text.is_empty() {
                return Err(refuse(
                    Some(format!("{place}.{field}")),
                    tr_with("error-export-field-empty", &args([("field", field.into())])),
                ));
            }
        }
        crate::domain::check_text("detail", &rec.detail, crate::domain::NOTES_MAX_CHARS)
            .map_err(|e| at(&place, e))?;
        if let Some(first) = rules.insert(rec.rule_id.as_str(), i) {
            return Err(refuse(
                Some(format!("{place}.rule_id")),
                tr_with(
                    "error-export-alert-twice",
                    &args([
                        ("first", format!("alerts[{first}]").into()),
                        ("second", place.as_str().into()),
                    ]),
                ),
            ));
        }
    }
    if file.experiments.len() > MAX_SHARED_EXPERIMENTS {
        return Err(refuse(
            Some("experiments".into()),
            tr_with(
                "error-export-too-many-experiments",
                &args([("max", MAX_SHARED_EXPERIMENTS.into())]),
            ),
        ));
    }
    let mut experiment_ids = std::collections::HashSet::new();
    for (i, e) in file.experiments.iter().enumerate() {
        e.check().map_err(|(field, message)| {
            refuse(Some(format!("experiments[{i}].{field}")), message)
        })?;
        if !experiment_ids.insert(e.id) {
            return Err(refuse(
                Some(format!("experiments[{i}].id")),
                tr_with(
                    "error-export-duplicate-experiment",
                    &args([("id", e.id.to_string().into())]),
                ),
            ));
        }
    }
    Ok(file)
}

/// Most experiments a file may carry: far more than anyone runs (each lasts weeks).
const MAX_SHARED_EXPERIMENTS: usize = 500;

fn check_times(
    list: &str,
    i: usize,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    now: DateTime<Utc>,
) -> CoreResult<()> {
    let limit = now + chrono::Duration::minutes(crate::domain::FUTURE_TOLERANCE_MINUTES);
    if created > limit || updated > limit {
        return Err(refuse(
            Some(format!("{list}[{i}].updated_at")),
            tr("error-entry-time-in-future"),
        ));
    }
    Ok(())
}

/// A stand-in while a check-in is moved out for validation (never stored or returned).
fn placeholder_check_in() -> crate::domain::CheckInDraft {
    crate::domain::CheckInDraft {
        date: NaiveDate::MIN,
        stress: 0,
        sleep_hours: None,
        sleep_quality: None,
        stiffness: None,
        notes: String::new(),
    }
}

/// Re-labels a domain validation error with where in the file it happened.
fn at(place: &str, err: impl Into<CoreError>) -> CoreError {
    match err.into() {
        CoreError::Validation { field, message } => refuse(
            Some(format!("{place}.{field}")),
            format!("{field} {message}"),
        ),
        other => other,
    }
}

fn json_error(err: serde_json::Error) -> CoreError {
    let message = short(&err.to_string());
    let location = if err.line() > 0 {
        Some(format!("line {}, column {}", err.line(), err.column()))
    } else {
        None
    };
    let text = match err.classify() {
        serde_json::error::Category::Eof => tr("error-file-truncated"),
        serde_json::error::Category::Syntax => tr_with(
            "error-file-not-json",
            &args([("detail", strip_position(&message).into())]),
        ),
        serde_json::error::Category::Data => describe_serde(&strip_position(&message)),
        serde_json::error::Category::Io => tr("error-file-unreadable"),
    };
    refuse(location, text)
}

fn describe_serde(message: &str) -> String {
    let m = strip_position(message);
    if m.starts_with("missing field") {
        tr_with("error-file-field-missing", &args([("detail", m.into())]))
    } else if m.starts_with("unknown field") {
        tr_with("error-file-field-unknown", &args([("detail", m.into())]))
    } else if m.starts_with("duplicate field") {
        tr_with("error-file-field-twice", &args([("detail", m.into())]))
    } else if m.contains("recursion limit") {
        tr("error-file-nested-too-deep")
    } else {
        m
    }
}

/// serde_json appends " at line L column C"; we report the position separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(idx) => message[..idx].to_string(),
        None => message.to_string(),
    }
}

fn short(message: &str) -> String {
    message.chars().take(240).collect()
}

/// A byte scan for nesting depth that skips strings; bounded and allocation-free, so a
/// 100,000-deep document is refused before any parser recurses into it.
fn check_depth(text: &str) -> CoreResult<()> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let (line, col) = line_col(bytes, i);
                    return Err(refuse(
                        Some(format!("line {line}, column {col}")),
                        tr_with("error-file-too-deep", &args([("max", MAX_DEPTH.into())])),
                    ));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}
