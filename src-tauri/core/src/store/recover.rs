//! Recovery when the journal file cannot be opened (damaged, or not a database): a backup
//! chosen by the user is checked like any restore, then put in its place. The unreadable
//! file is never overwritten or deleted: it is renamed beside the journal (with its -wal
//! and -shm), so nothing that might still be rescued from it is lost.

use super::backups::inspect_backup;
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

fn io(context: &str, err: std::io::Error) -> CoreError {
    CoreError::Io(format!("{context} ({})", err.kind()))
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

/// Replaces the journal at `journal_path` with the checked backup `backup`; returns where
/// the old file was kept (None when there was no file).
pub fn restore_damaged(
    journal_path: &Path,
    backup: &Path,
    now: DateTime<Utc>,
) -> CoreResult<Option<PathBuf>> {
    inspect_backup(backup)?;
    let dir = journal_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".recover-{}.db", uuid::Uuid::new_v4().simple()));
    // fs::copy carries the source's permissions over; the journal is owner-only.
    let copied = std::fs::copy(backup, &tmp)
        .and_then(|_| super::private::make_private(&tmp))
        .and_then(|_| std::fs::File::open(&tmp)?.sync_all())
        .map_err(|e| io(&tr("error-backup-not-copied"), e));
    if let Err(err) = copied {
        let _ = std::fs::remove_file(&tmp);
        return Err(err);
    }
    let kept = if journal_path.exists() {
        let name = format!("journal.damaged-{}.db", now.format("%Y%m%d-%H%M%S"));
        let kept = dir.join(name);
        if let Err(e) = std::fs::rename(journal_path, &kept) {
            let _ = std::fs::remove_file(&tmp);
            return Err(io(&tr("error-damaged-not-moved"), e));
        }
        for suffix in ["-wal", "-shm"] {
            let from = sidecar(journal_path, suffix);
            if from.exists() {
                let _ = std::fs::rename(&from, sidecar(&kept, suffix));
            }
        }
        Some(kept)
    } else {
        None
    };
    std::fs::rename(&tmp, journal_path).map_err(|e| io(&tr("error-backup-not-in-place"), e))?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(kept)
}
