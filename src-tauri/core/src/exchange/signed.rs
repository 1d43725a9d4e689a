//! Signed shares between paired journals: an envelope around the export document.
//!
//! ```text
//! backstory-share\n                       magic line
//! {"format":"backstory-share",…}\n        header: compact JSON, one line
//! <128 hex digits>\n                      Ed25519 signature of magic line ‖ header line
//! <age file>                              the body, encrypted to the recipient's X25519 key
//! ```
//!
//! The header names sender and recipient by key id, numbers the share, states its scope
//! and expiry and holds the SHA-256 of the encrypted body, so one signature covers all of
//! it. The body (after decryption) is `{"export": <export document>, "evening_notes":
//! [...]}`. Opening checks, in order: size, magic, header (format, version, key type),
//! recipient, sender, signature, body hash, expiry, sequence (replay), decryption, the
//! export document as any import does, and that it matches the signed scope. Only then is
//! it written, in one transaction. docs/export-format.md ("Signed shares") is the
//! reference for other implementations; docs/security.md has the threat model.

use super::format::{DateRange, ExportFile, ExportKind, Includes};
use super::import::ImportSummary;
use super::pairing::{hex, unhex, OwnIdentity, PublicKeys, KEY_TYPE};
use super::read::{self, MAX_FILE_BYTES};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use ts_rs::TS;
use uuid::Uuid;

/// The first line of every signed share.
pub const SHARE_MAGIC: &[u8] = b"backstory-share\n";
/// The header's `format` value.
pub const SHARE_FORMAT: &str = "backstory-share";
/// The envelope version this build writes and reads (independent of the export version).
pub const SHARE_VERSION: u32 = 1;
/// Longest header line accepted.
pub const MAX_HEADER_BYTES: usize = 4096;
/// Longest evening note, in characters.
pub const NOTE_MAX_CHARS: usize = 500;

/// What a signed share covers, in its signed header (readable before decryption).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ShareScope {
    pub range: DateRange,
    pub includes: Includes,
    /// How many evening notes the body carries.
    pub evening_notes: usize,
}

/// The signed header of a share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareHeader {
    pub format: String,
    pub version: u32,
    pub key_type: String,
    pub sender_key_id: String,
    pub recipient_key_id: String,
    pub created_at: DateTime<Utc>,
    /// Numbers the sender's shares; a receiver accepts only numbers above the last it took.
    pub sequence: u64,
    pub expires_at: Option<DateTime<Utc>>,
    pub scope: ShareScope,
    pub payload_bytes: u64,
    pub payload_sha256: String,
}

/// A note a partner wrote about one of their evenings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedNote {
    pub activity_id: Uuid,
    pub text: String,
}

#[derive(Serialize)]
struct BodyOut<'a> {
    export: &'a RawValue,
    evening_notes: &'a [SharedNote],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BodyIn<'a> {
    #[serde(borrow)]
    export: &'a RawValue,
    evening_notes: Vec<SharedNote>,
}

/// A share opened and checked up to decryption (everything the signature proves).
pub struct VerifiedShare {
    pub header: ShareHeader,
    pub export: ExportFile,
    pub notes: Vec<SharedNote>,
}

fn refuse(location: &str, message: impl Into<String>) -> CoreError {
    CoreError::Import {
        location: Some(location.to_string()),
        message: message.into(),
    }
}

pub fn is_signed_share(bytes: &[u8]) -> bool {
    bytes.starts_with(SHARE_MAGIC)
}

/// Everything needed to write one share.
pub struct Seal<'a> {
    pub export: &'a ExportFile,
    pub notes: &'a [SharedNote],
    pub sender: &'a OwnIdentity,
    pub recipient: &'a PublicKeys,
    pub sequence: u64,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Writes a signed share: the body encrypted to the recipient, the header signed.
pub fn seal(s: &Seal) -> CoreResult<Vec<u8>> {
    fn fail<E>(_: E) -> CoreError {
        CoreError::Crypto(tr("error-share-not-encrypted"))
    }
    let export_json = s.export.to_json().map_err(|e| {
        CoreError::Storage(tr_with(
            "error-export-not-written",
            &args([("detail", e.to_string().into())]),
        ))
    })?;
    let export_text = String::from_utf8(export_json)
        .map_err(|_| CoreError::Storage(tr("error-export-not-utf8")))?;
    let raw = RawValue::from_string(export_text).map_err(|e| {
        CoreError::Storage(tr_with(
            "error-export-not-written",
            &args([("detail", e.to_string().into())]),
        ))
    })?;
    let body = serde_json::to_vec(&BodyOut {
        export: &raw,
        evening_notes: s.notes,
    })
    .map_err(|e| {
        CoreError::Storage(tr_with(
            "error-share-not-written",
            &args([("detail", e.to_string().into())]),
        ))
    })?;

    let recipient = s.recipient.age_recipient_key()?;
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(fail)?;
    let mut payload = Vec::with_capacity(body.len() + 512);
    let mut writer = encryptor.wrap_output(&mut payload).map_err(fail)?;
    writer.write_all(&body).map_err(fail)?;
    writer.finish().map_err(fail)?;

    let header = ShareHeader {
        format: SHARE_FORMAT.into(),
        version: SHARE_VERSION,
        key_type: KEY_TYPE.into(),
        sender_key_id: s.sender.public().key_id(),
        recipient_key_id: s.recipient.key_id(),
        created_at: s.created_at,
        sequence: s.sequence,
        expires_at: s.expires_at,
        scope: ShareScope {
            range: s.export.range,
            includes: s.export.includes,
            evening_notes: s.notes.len(),
        },
        payload_bytes: payload.len() as u64,
        payload_sha256: hex(&Sha256::digest(&payload)),
    };
    let header_line = serde_json::to_vec(&header).map_err(|e| {
        CoreError::Storage(tr_with(
            "error-share-not-written",
            &args([("detail", e.to_string().into())]),
        ))
    })?;
    let signature = s.sender.signing_key().sign(&signed_message(&header_line));
    let mut out = Vec::with_capacity(payload.len() + header_line.len() + 200);
    out.extend_from_slice(SHARE_MAGIC);
    out.extend_from_slice(&header_line);
    out.push(b'\n');
    out.extend_from_slice(hex(&signature.to_bytes()).as_bytes());
    out.push(b'\n');
    out.extend_from_slice(&payload);
    Ok(out)
}

/// The bytes the signature covers: the magic line and the header line (without its
/// newline).
pub fn signed_message(header_line: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SHARE_MAGIC.len() + header_line.len());
    m.extend_from_slice(SHARE_MAGIC);
    m.extend_from_slice(header_line);
    m
}

/// The parts of a share file, split but not yet trusted.
pub struct Envelope<'a> {
    pub header_line: &'a [u8],
    pub header: ShareHeader,
    pub signature: Signature,
    pub payload: &'a [u8],
}

/// Splits a share and reads its header; refuses what is not a share of a kind this app
/// knows, before any key is looked at.
pub fn split(bytes: &[u8]) -> CoreResult<Envelope<'_>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(refuse(
            "file",
            tr_with(
                "error-share-too-large",
                &args([("max", (MAX_FILE_BYTES / 1_000_000).into())]),
            ),
        ));
    }
    let rest = bytes
        .strip_prefix(SHARE_MAGIC)
        .ok_or_else(|| refuse("file", tr("error-share-not-signed")))?;
    let cut = || refuse("file", tr("error-share-cut-short"));
    let header_end = rest
        .iter()
        .take(MAX_HEADER_BYTES + 1)
        .position(|&b| b == b'\n')
        .ok_or_else(|| {
            if rest.len() > MAX_HEADER_BYTES {
                refuse("header", tr("error-share-header-too-long"))
            } else {
                cut()
            }
        })?;
    let header_line = &rest[..header_end];
    let rest = &rest[header_end + 1..];
    let header = read_header(header_line)?;
    if rest.len() < 129 || rest[128] != b'\n' {
        return Err(cut());
    }
    let signature = std::str::from_utf8(&rest[..128])
        .ok()
        .and_then(unhex)
        .and_then(|v| <[u8; 64]>::try_from(v).ok())
        .map(|b| Signature::from_bytes(&b))
        .ok_or_else(|| refuse("signature", tr("error-share-signature-unreadable")))?;
    Ok(Envelope {
        header_line,
        header,
        signature,
        payload: &rest[129..],
    })
}

/// The header, with "newer version" and "unknown key type" told apart from damage.
fn read_header(line: &[u8]) -> CoreResult<ShareHeader> {
    let probe: serde_json::Value = serde_json::from_slice(line)
        .map_err(|_| refuse("header", tr("error-share-header-not-json")))?;
    if probe.get("format").and_then(|f| f.as_str()) != Some(SHARE_FORMAT) {
        return Err(refuse("header.format", tr("error-share-not-signed")));
    }
    match probe.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(SHARE_VERSION) => {}
        Some(v) if v > u64::from(SHARE_VERSION) => {
            return Err(refuse(
                "header.version",
                tr_with(
                    "error-share-too-new",
                    &args([("version", v.into()), ("known", SHARE_VERSION.into())]),
                ),
            ))
        }
        _ => return Err(refuse("header.version", tr("error-share-version-unknown"))),
    }
    let key_type = probe.get("key_type").and_then(|k| k.as_str()).unwrap_or("");
    if key_type != KEY_TYPE {
        return Err(refuse(
            "header.key_type",
            tr_with(
                "error-share-key-type",
                &args([
                    ("found", short(key_type).into()),
                    ("known", KEY_TYPE.into()),
                ]),
            ),
        ));
    }
    serde_json::from_slice(line).map_err(|e| {
        refuse(
            "header",
            tr_with(
                "error-share-header-malformed",
                &args([("detail", short(&e.to_string()).into())]),
            ),
        )
    })
}

fn short(text: &str) -> String {
    let t: String = text.chars().take(60).filter(|c| !c.is_control()).collect();
    if text.chars().count() > 60 {
        format!("{t}…")
    } else {
        t
    }
}

/// Checks the signature with the sender's key and the body against the signed hash.
pub fn verify(envelope: &Envelope, sender: &PublicKeys, sender_name: &str) -> CoreResult<()> {
    let key = sender.verifying_key()?;
    key.verify_strict(&signed_message(envelope.header_line), &envelope.signature)
        .map_err(|_| {
            refuse(
                "signature",
                tr_with(
                    "error-share-signature-mismatch",
                    &args([("name", sender_name.into())]),
                ),
            )
        })?;
    let h = &envelope.header;
    if envelope.payload.len() as u64 != h.payload_bytes
        || hex(&Sha256::digest(envelope.payload)) != h.payload_sha256
    {
        return Err(refuse("payload", tr("error-share-body-mismatch")));
    }
    Ok(())
}

/// Decrypts a verified body and checks the export document inside as any import does.
pub fn open_body(
    envelope: &Envelope,
    own: &OwnIdentity,
    now: DateTime<Utc>,
) -> CoreResult<(ExportFile, Vec<SharedNote>)> {
    let damaged = || CoreError::Crypto(tr("error-share-not-decrypted"));
    let decryptor = age::Decryptor::new_buffered(envelope.payload).map_err(|_| damaged())?;
    if decryptor.is_scrypt() {
        return Err(damaged());
    }
    let reader = decryptor
        .decrypt(std::iter::once(own.age_identity() as &dyn age::Identity))
        .map_err(|_| damaged())?;
    let mut plain = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut plain)
        .map_err(|_| damaged())?;
    if plain.len() as u64 > MAX_FILE_BYTES {
        return Err(refuse("payload", tr("error-share-too-large-decrypted")));
    }
    let body: BodyIn = serde_json::from_slice(&plain).map_err(|e| {
        refuse(
            "body",
            tr_with(
                "error-share-contents-malformed",
                &args([("detail", short(&e.to_string()).into())]),
            ),
        )
    })?;
    let export = read::parse_export(body.export.get().as_bytes(), now)?;
    let scope = &envelope.header.scope;
    if export.kind != ExportKind::Partner {
        return Err(refuse(
            "body.export.kind",
            tr("error-share-not-partner-share"),
        ));
    }
    if export.range != scope.range
        || export.includes != scope.includes
        || body.evening_notes.len() != scope.evening_notes
    {
        return Err(refuse("body", tr("error-share-scope-mismatch")));
    }
    for (i, note) in body.evening_notes.iter().enumerate() {
        let at = format!("body.evening_notes[{i}]");
        if note.text.trim().is_empty() || note.text.chars().count() > NOTE_MAX_CHARS {
            return Err(refuse(
                &at,
                tr_with("error-note-length", &args([("max", NOTE_MAX_CHARS.into())])),
            ));
        }
        if note.text.chars().any(|c| c.is_control() && c != '\n') {
            return Err(refuse(&at, tr("error-note-control-character")));
        }
        let is_intimacy = export.activities.iter().any(|a| {
            a.id == note.activity_id && a.entry.kind == crate::domain::ActivityKind::Intimacy
        });
        if !is_intimacy {
            return Err(refuse(&at, tr("error-note-unknown-evening")));
        }
    }
    Ok((export, body.evening_notes))
}

/// What an accepted signed share did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignedImportSummary {
    pub import: ImportSummary,
    pub pairing_name: String,
    pub sequence: u64,
    pub expires_at: Option<DateTime<Utc>>,
    pub evening_notes: usize,
}
