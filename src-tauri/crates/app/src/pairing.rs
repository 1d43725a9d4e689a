//! Pairing and signed shares: this journal's code, pairing with a partner's code,
//! renaming, re-keying and removing pairings, writing a signed share for a paired partner
//! and importing one from them, and one's notes on shared evenings.

use super::sharing::{file_name, open, save, stamp, FilePlan, Saved};
use super::{parse, text, AppError, AppResult, ChangedData, Now, Session, Written};
use backstory_core::exchange::{
    EveningNote, ExportSummary, OwnPairing, Pairing, SignedImportSummary, SignedShareRequest,
};
use backstory_core::i18n::tr;
use serde_json::Value;
use uuid::Uuid;

fn pairing_id(value: Value) -> AppResult<Uuid> {
    let text = text(value, "id")?;
    Uuid::parse_str(&text).map_err(|_| AppError::validation("id", tr("error-bad-pairing-id")))
}

/// This journal's pairing code and its QR code (the keys are made on first use).
pub fn pairing_own(session: &mut Session) -> AppResult<OwnPairing> {
    Ok(session.journal_mut()?.partners().pairings().own()?)
}

/// New keys for this journal; every partner must pair again.
pub fn pairing_rekey(session: &mut Session) -> AppResult<Written<OwnPairing>> {
    let own = session.journal_mut()?.partners().pairings().rekey()?;
    Ok(Written::with(own, ChangedData::Partners))
}

/// Pairs with the partner whose code was pasted; `name` may be empty (their own name).
pub fn pairing_add(
    session: &mut Session,
    code: Value,
    name: Value,
    now: Now,
) -> AppResult<Written<Pairing>> {
    let code = text(code, "code")?;
    let name = text(name, "name")?;
    let pairing = session.journal_mut()?.partners().pairings().add(
        &code,
        Some(name.as_str()).filter(|n| !n.trim().is_empty()),
        now.utc(),
    )?;
    Ok(Written::with(pairing, ChangedData::Partners))
}

/// The pairings, after removing the data of shares whose expiry has passed.
pub fn pairing_list(session: &mut Session, now: Now) -> AppResult<Vec<Pairing>> {
    let journal = session.journal_mut()?;
    journal.partners().pairings().remove_expired(now.utc())?;
    Ok(journal.partners().pairings().list()?)
}

pub fn pairing_rename(
    session: &mut Session,
    id: Value,
    name: Value,
) -> AppResult<Written<Pairing>> {
    let id = pairing_id(id)?;
    let name = text(name, "name")?;
    let pairing = session
        .journal_mut()?
        .partners()
        .pairings()
        .rename(id, &name)?;
    Ok(Written::with(pairing, ChangedData::Partners))
}

/// Removes a pairing and that partner's imported journal; the entries removed.
pub fn pairing_remove(session: &mut Session, id: Value) -> AppResult<Written<usize>> {
    let id = pairing_id(id)?;
    let removed = session.journal_mut()?.partners().pairings().remove(id)?;
    Ok(Written::with(removed, ChangedData::Partners))
}

/// A signed share for a paired partner, saved where the user chooses.
pub fn sharing_export_to(request: Value, now: Now) -> AppResult<FilePlan<Saved<ExportSummary>>> {
    let request: SignedShareRequest = parse(request)?;
    let choice = save(
        "titles-dialog-signed-share-save",
        format!("backstory-share-{}.bsshare", stamp(now)),
        ("titles-filter-signed-share", &["bsshare"]),
    );
    Ok(FilePlan::new(choice, move |session, path| {
        let result = session
            .journal_mut()?
            .partners()
            .pairings()
            .export_to_file(&request, path, now.utc())?;
        Ok(Saved {
            file_name: file_name(path),
            result,
        })
    }))
}

/// Imports a signed share from a paired partner (checked completely first).
pub fn import_signed_share(now: Now) -> FilePlan<Written<SignedImportSummary>> {
    let choice = open(
        "titles-dialog-signed-share-open",
        ("titles-filter-signed-share", &["bsshare"]),
    );
    FilePlan::new(choice, move |session, path| {
        let summary = session
            .journal_mut()?
            .partners()
            .pairings()
            .import_file(path, now.utc())?;
        Ok(Written::with(summary, ChangedData::Partners))
    })
}

/// Saves one's note on a shared evening (empty text removes it).
pub fn set_evening_note(session: &mut Session, note: Value, now: Now) -> AppResult<Written<()>> {
    let note: EveningNote = parse(note)?;
    session
        .journal_mut()?
        .partners()
        .pairings()
        .set_evening_note(&note, now.utc())?;
    Ok(Written::with((), ChangedData::Partners))
}
