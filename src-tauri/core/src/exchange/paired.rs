//! Paired sharing as the journal does it: this journal's identity (made on first use,
//! kept in its settings), pairings added from a partner's code, re-keying, signed shares
//! written to a pairing and read from one, expired shares removed, and one's own evening
//! notes. The envelope itself is `signed.rs`; the codes and phrase are `pairing.rs`.

use super::export::ExportRequest;
use super::format::ExportKind;
use super::import::{check_partner_name, merge_partner_tx};
use super::pairing::{
    hex, qr_svg, safety_phrase, unhex, OwnIdentity, OwnPairing, PairingCode, PublicKeys,
    IDENTITY_KEY, PREVIOUS_KEY_IDS,
};
use super::signed::{self, Seal, SharedNote, SignedImportSummary, NOTE_MAX_CHARS};
use super::ExportSummary;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use crate::store::{utc_text, AcceptedShare, Journal, NewPairing, PairingRow};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;
use uuid::Uuid;

/// One's own evening notes by activity id: (text, shared with the partner).
pub(crate) type OwnNotes = HashMap<Uuid, (String, bool)>;

/// Setting holding the number of this journal's last signed share.
pub const SHARE_SEQUENCE_KEY: &str = "share_sequence";
/// Longest expiry a sender may choose, in days.
pub const EXPIRY_MAX_DAYS: u32 = 3650;

/// A paired partner, as the window and the CLI list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Pairing {
    pub id: Uuid,
    pub name: String,
    pub key_id: String,
    /// The safety phrase of this pairing (the same on the partner's screen).
    pub safety_phrase: String,
    pub paired_at: DateTime<Utc>,
    /// Their imported journal, once a share from them was accepted.
    pub partner_id: Option<Uuid>,
    pub last_sequence: Option<u64>,
    pub last_received_at: Option<DateTime<Utc>>,
    /// When the data of their last share expires (the sender's choice).
    pub expires_at: Option<DateTime<Utc>>,
    /// When their expired data was removed from this journal.
    pub expired_at: Option<DateTime<Utc>>,
    /// This journal's keys changed since the pairing: show them the new code and pair again.
    pub needs_pairing_again: bool,
}

/// A signed share to write.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SignedShareRequest {
    pub pairing_id: Uuid,
    pub export: ExportRequest,
    /// Days until the receiving app removes the data; `None`: no expiry.
    #[serde(default)]
    pub expires_in_days: Option<u32>,
    /// Whether one's shared evening notes travel with it.
    #[serde(default)]
    pub evening_notes: bool,
}

/// One's own note on an evening.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct EveningNote {
    pub activity_id: Uuid,
    /// Empty removes the note.
    pub text: String,
    /// Goes to a paired partner with the next share (when notes are included).
    pub shared: bool,
}

fn parse_time(text: &str) -> CoreResult<DateTime<Utc>> {
    super::export::parse_utc(text)
}

fn refuse(location: &str, message: impl Into<String>) -> CoreError {
    CoreError::Import {
        location: Some(location.into()),
        message: message.into(),
    }
}

fn keys_of(row: &PairingRow) -> CoreResult<PublicKeys> {
    let bad = || CoreError::Storage(tr("error-stored-pairing-key-malformed"));
    Ok(PublicKeys {
        x25519: unhex(&row.x25519)
            .and_then(|v| v.try_into().ok())
            .ok_or_else(bad)?,
        ed25519: unhex(&row.ed25519)
            .and_then(|v| v.try_into().ok())
            .ok_or_else(bad)?,
    })
}

impl Journal {
    /// This journal's identity, made and stored on first use.
    pub(crate) fn own_identity(&mut self) -> CoreResult<OwnIdentity> {
        if let Some(text) = self.setting(IDENTITY_KEY)? {
            return OwnIdentity::from_setting(&text);
        }
        let identity = OwnIdentity::generate()?;
        self.set_setting(IDENTITY_KEY, &identity.to_setting())?;
        Ok(identity)
    }

    /// The code (and QR code) to give a partner.
    pub(crate) fn own_pairing(&mut self) -> CoreResult<OwnPairing> {
        let identity = self.own_identity()?;
        let name = self.profile()?.display_name;
        let code = PairingCode::encode(&identity.public(), &name);
        Ok(OwnPairing {
            qr_svg: qr_svg(&code)?,
            key_id: identity.public().key_id(),
            code,
            name,
        })
    }

    /// Replaces this journal's keys. Every partner must pair again (their copy of the old
    /// code no longer reaches this journal, and its shares no longer verify on their side).
    pub(crate) fn rekey_identity(&mut self) -> CoreResult<OwnPairing> {
        let old = self.own_identity()?.public().key_id();
        let mut previous: Vec<String> = self
            .setting(PREVIOUS_KEY_IDS)?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        previous.push(old);
        let identity = OwnIdentity::generate()?;
        self.set_setting(IDENTITY_KEY, &identity.to_setting())?;
        self.set_setting(
            PREVIOUS_KEY_IDS,
            &serde_json::to_string(&previous).expect("strings serialise"),
        )?;
        self.own_pairing()
    }

    /// Pairs with the partner whose code is `code`, labelled `name` (or the name in the
    /// code). Pairing again with the same code renews the pairing.
    pub(crate) fn add_pairing(
        &mut self,
        code: &str,
        name: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<Pairing> {
        let read = PairingCode::decode(code)?;
        let own = self.own_identity()?.public();
        if read.keys == own {
            return Err(CoreError::validation("code", tr("error-pairing-own-code")));
        }
        let label = match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => n.to_string(),
            None if !read.name.trim().is_empty() => read.name.clone(),
            None => "Partner".to_string(),
        };
        let label = check_partner_name(&label)?;
        let new_id = Uuid::new_v4().to_string();
        let key_id = read.keys.key_id();
        let id = self.put_pairing(&NewPairing {
            id: &new_id,
            name: &label,
            key_id: &key_id,
            x25519: &hex(&read.keys.x25519),
            ed25519: &hex(&read.keys.ed25519),
            own_key_id: &own.key_id(),
            paired_at: &utc_text(&now),
        })?;
        self.pairing(&id)
    }

    fn pairing(&mut self, id: &str) -> CoreResult<Pairing> {
        let want = Uuid::parse_str(id).ok();
        self.pairing_list()?
            .into_iter()
            .find(|p| Some(p.id) == want)
            .ok_or(CoreError::NotFound {
                what: "pairing",
                id: id.to_string(),
            })
    }

    pub(crate) fn pairing_list(&mut self) -> CoreResult<Vec<Pairing>> {
        let own = self.own_identity()?.public();
        let own_id = own.key_id();
        let mut out = Vec::new();
        for row in self.pairing_rows()? {
            let keys = keys_of(&row)?;
            let id = |t: &str| {
                Uuid::parse_str(t).map_err(|_| CoreError::Storage(tr("error-stored-id-malformed")))
            };
            out.push(Pairing {
                id: id(&row.id)?,
                safety_phrase: safety_phrase(&own, &keys),
                paired_at: parse_time(&row.paired_at)?,
                partner_id: row.partner_id.as_deref().map(id).transpose()?,
                last_sequence: row.last_sequence.map(|s| s as u64),
                last_received_at: row
                    .last_received_at
                    .as_deref()
                    .map(parse_time)
                    .transpose()?,
                expires_at: row.expires_at.as_deref().map(parse_time).transpose()?,
                expired_at: row.expired_at.as_deref().map(parse_time).transpose()?,
                needs_pairing_again: row.own_key_id != own_id,
                name: row.name,
                key_id: row.key_id,
            });
        }
        Ok(out)
    }

    pub(crate) fn rename_pairing_to(&mut self, id: Uuid, name: &str) -> CoreResult<Pairing> {
        let name = check_partner_name(name)?;
        self.rename_pairing(&id.to_string(), &name)?;
        self.pairing(&id.to_string())
    }

    /// Writes a signed share for a paired partner.
    pub(crate) fn export_signed(
        &mut self,
        request: &SignedShareRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<(Vec<u8>, ExportSummary)> {
        if request.export.kind != ExportKind::Partner {
            return Err(CoreError::validation("kind", tr("error-paired-share-kind")));
        }
        let expires_at = match request.expires_in_days {
            None => None,
            Some(d) if (1..=EXPIRY_MAX_DAYS).contains(&d) => {
                Some(now + Duration::days(i64::from(d)))
            }
            Some(_) => {
                return Err(CoreError::validation(
                    "expires_in_days",
                    tr_with(
                        "error-expiry-range",
                        &args([("max", EXPIRY_MAX_DAYS.into())]),
                    ),
                ))
            }
        };
        let pairing = self.pairing(&request.pairing_id.to_string())?;
        if pairing.needs_pairing_again {
            return Err(CoreError::validation(
                "pairing_id",
                tr_with(
                    "error-pairing-keys-changed",
                    &args([("name", pairing.name.as_str().into())]),
                ),
            ));
        }
        let row = self
            .pairing_by_key_id(&pairing.key_id)?
            .ok_or(CoreError::NotFound {
                what: "pairing",
                id: pairing.id.to_string(),
            })?;
        let recipient = keys_of(&row)?;
        let identity = self.own_identity()?;
        let export = self.export_document(&request.export, now)?;
        let notes = if request.evening_notes {
            self.shared_notes_for(&export)?
        } else {
            Vec::new()
        };
        let sequence = self
            .setting(SHARE_SEQUENCE_KEY)?
            .and_then(|t| t.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        let bytes = signed::seal(&Seal {
            export: &export,
            notes: &notes,
            sender: &identity,
            recipient: &recipient,
            sequence,
            created_at: now,
            expires_at,
        })?;
        self.set_setting(SHARE_SEQUENCE_KEY, &sequence.to_string())?;
        Ok((
            bytes.clone(),
            ExportSummary {
                kind: ExportKind::Partner,
                encrypted: true,
                pain: export.pain.len(),
                activities: export.activities.len(),
                check_ins: export.check_ins.len(),
                alerts: export.alerts.len(),
                bytes: bytes.len(),
            },
        ))
    }

    /// One's shared notes on the intimacy evenings the export holds.
    fn shared_notes_for(&self, export: &super::ExportFile) -> CoreResult<Vec<SharedNote>> {
        let evenings: std::collections::HashSet<Uuid> = export
            .activities
            .iter()
            .filter(|a| a.entry.kind == crate::domain::ActivityKind::Intimacy)
            .map(|a| a.id)
            .collect();
        let mut notes = Vec::new();
        for (id, text, shared) in self.evening_note_rows()? {
            let Ok(id) = Uuid::parse_str(&id) else {
                continue;
            };
            if shared && evenings.contains(&id) {
                notes.push(SharedNote {
                    activity_id: id,
                    text,
                });
            }
        }
        notes.sort_by_key(|n| n.activity_id);
        Ok(notes)
    }

    /// Checks a signed share completely, then writes it in one transaction.
    pub(crate) fn import_signed(
        &mut self,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> CoreResult<SignedImportSummary> {
        let envelope = signed::split(bytes)?;
        let h = &envelope.header;
        let own = self.own_identity()?;
        let own_id = own.public().key_id();
        if h.recipient_key_id != own_id {
            let previous: Vec<String> = self
                .setting(PREVIOUS_KEY_IDS)?
                .and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default();
            let message = if previous.contains(&h.recipient_key_id) {
                tr("error-share-for-old-keys")
            } else {
                tr("error-share-for-someone-else")
            };
            return Err(refuse("header.recipient_key_id", message));
        }
        let Some(row) = self.pairing_by_key_id(&h.sender_key_id)? else {
            return Err(refuse(
                "header.sender_key_id",
                tr("error-share-from-unpaired"),
            ));
        };
        signed::verify(&envelope, &keys_of(&row)?, &row.name)?;
        if let Some(expires) = h.expires_at {
            if expires <= now {
                return Err(refuse(
                    "header.expires_at",
                    tr_with(
                        "error-share-expired",
                        &args([(
                            "at",
                            expires.format("%Y-%m-%d %H:%M UTC").to_string().into(),
                        )]),
                    ),
                ));
            }
        }
        if h.sequence == 0 || h.sequence > i64::MAX as u64 {
            return Err(refuse("header.sequence", tr("error-share-number-range")));
        }
        if let Some(last) = row.last_sequence {
            if h.sequence as i64 <= last {
                return Err(refuse(
                    "header.sequence",
                    tr_with(
                        "error-share-not-newer",
                        &args([
                            ("name", row.name.as_str().into()),
                            ("number", h.sequence.to_string().into()),
                            ("last", last.to_string().into()),
                        ]),
                    ),
                ));
            }
        }
        let (export, notes) = signed::open_body(&envelope, &own, now)?;
        if self.existing_journal_id()? == Some(export.journal_id) {
            return Err(refuse(
                "body.export.journal_id",
                tr("error-share-from-self"),
            ));
        }
        if let Some(partner) = &row.partner_id {
            if self.partner_source(partner)? != Some(export.journal_id.to_string()) {
                return Err(refuse(
                    "body.export.journal_id",
                    tr_with(
                        "error-share-other-journal",
                        &args([("name", row.name.as_str().into())]),
                    ),
                ));
            }
        }
        if let Some((other, other_name)) = self.pairing_of_source(&export.journal_id.to_string())? {
            if other != row.id {
                // One journal, two pairings: the other holds earlier keys that may have been
                // lost or taken; the user decides which pairing is the real one.
                return Err(refuse(
                    "body.export.journal_id",
                    tr_with(
                        "error-share-paired-twice",
                        &args([
                            ("other", other_name.as_str().into()),
                            ("name", row.name.as_str().into()),
                        ]),
                    ),
                ));
            }
        }
        let header = envelope.header.clone();
        let tx = self.import_tx()?;
        let summary = merge_partner_tx(&tx, &export, &row.name, now)?;
        let partner_id = summary
            .partner_id
            .map(|p| p.to_string())
            .ok_or_else(|| CoreError::Storage(tr("error-partner-not-recorded")))?;
        let note_rows: Vec<(String, String)> = notes
            .iter()
            .map(|n| (n.activity_id.to_string(), n.text.clone()))
            .collect();
        let expires_text = header.expires_at.map(|t| utc_text(&t));
        tx.accept_signed_share(&AcceptedShare {
            pairing_id: &row.id,
            partner_id: &partner_id,
            sequence: header.sequence as i64,
            received_at: &utc_text(&now),
            expires_at: expires_text.as_deref(),
            notes: &note_rows,
        })?;
        tx.commit()?;
        Ok(SignedImportSummary {
            import: summary,
            pairing_name: row.name,
            sequence: header.sequence,
            expires_at: header.expires_at,
            evening_notes: notes.len(),
        })
    }

    /// Removes the data of every share whose expiry has passed; the partners' names.
    pub(crate) fn remove_expired(&mut self, now: DateTime<Utc>) -> CoreResult<Vec<String>> {
        self.remove_expired_shares(&utc_text(&now))
    }

    /// Saves one's note on an own intimacy evening (empty text removes it).
    pub(crate) fn set_evening_note(
        &mut self,
        note: &EveningNote,
        now: DateTime<Utc>,
    ) -> CoreResult<()> {
        let text = note.text.trim();
        if text.chars().count() > NOTE_MAX_CHARS {
            return Err(CoreError::validation(
                "text",
                tr_with(
                    "error-note-too-long",
                    &args([("max", NOTE_MAX_CHARS.into())]),
                ),
            ));
        }
        if text.chars().any(|c| c.is_control() && c != '\n') {
            return Err(CoreError::validation("text", tr("error-control-character")));
        }
        let id = note.activity_id.to_string();
        if !self.own_intimacy_exists(&id)? {
            return Err(CoreError::NotFound {
                what: "intimacy evening",
                id,
            });
        }
        self.put_evening_note(&id, text, note.shared, &utc_text(&now))
    }

    /// One's own notes and a partner's shared notes, by activity id.
    pub(crate) fn evening_notes(
        &self,
        partner_id: Uuid,
    ) -> CoreResult<(OwnNotes, HashMap<Uuid, String>)> {
        let mut mine = HashMap::new();
        for (id, text, shared) in self.evening_note_rows()? {
            if let Ok(id) = Uuid::parse_str(&id) {
                mine.insert(id, (text, shared));
            }
        }
        let mut theirs = HashMap::new();
        for (id, text) in self.partner_evening_note_rows(&partner_id.to_string())? {
            if let Ok(id) = Uuid::parse_str(&id) {
                theirs.insert(id, text);
            }
        }
        Ok((mine, theirs))
    }

    /// Refuses a passphrase share claiming to come from a paired partner's journal: once
    /// paired, only their signed shares may change what they shared.
    pub(crate) fn refuse_unsigned_from_paired(&self, journal_id: Uuid) -> CoreResult<()> {
        if let Some((_, name)) = self.pairing_of_source(&journal_id.to_string())? {
            return Err(refuse(
                "journal_id",
                tr_with(
                    "error-share-unsigned-from-paired",
                    &args([("name", name.as_str().into())]),
                ),
            ));
        }
        Ok(())
    }
}
