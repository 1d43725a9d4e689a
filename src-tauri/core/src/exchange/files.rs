//! File-level entry points for the app and the CLI: each reads or writes one file chosen
//! by the user (in the app, through a native dialog opened from Rust) and calls the
//! exchange functions. Files are written through a temporary file, fsynced, read back and
//! compared, then renamed, so a failed export never leaves half a file under the chosen name.

use super::export::{ExportRequest, ExportSummary};
use super::import::ImportSummary;
use super::pdf::ReportFonts;
use super::read::read_capped;
use super::report::ReportRequest;
use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use crate::store::Journal;
use chrono::{DateTime, NaiveDate, Utc};
use std::path::Path;

/// Writes `bytes` to `path` atomically (temporary file in the same folder, fsync, rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> CoreResult<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".backstory-{}.tmp", uuid::Uuid::new_v4().simple()));
    let fail = |e: std::io::Error| {
        CoreError::Io(tr_with(
            "error-file-not-written",
            &args([("reason", e.kind().to_string().into())]),
        ))
    };
    let result = (|| {
        // Owner-only whatever the umask: exports, reports and CSVs hold health data.
        let mut f = crate::store::private::create_private_file(&tmp).map_err(fail)?;
        f.write_all(bytes).map_err(fail)?;
        f.sync_all().map_err(fail)?;
        drop(f);
        // Verified: what is on disk is what was meant, before it gets the chosen name.
        if std::fs::read(&tmp).map_err(fail)? != bytes {
            return Err(CoreError::Io(tr("error-file-readback")));
        }
        std::fs::rename(&tmp, path).map_err(fail)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

impl Journal {
    /// Exports to a file (see `export_bytes`).
    pub(crate) fn export_to_file(
        &mut self,
        request: &ExportRequest,
        passphrase: Option<&str>,
        log_n: u8,
        path: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<ExportSummary> {
        let (bytes, summary) = self.export_bytes(request, passphrase, log_n, now)?;
        write_atomically(path, &bytes)?;
        Ok(summary)
    }

    /// Writes the CSV export to a file; returns the number of entry rows.
    pub(crate) fn export_csv_to_file(
        &mut self,
        request: &ExportRequest,
        path: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<usize> {
        let csv = self.export_csv(request, now)?;
        write_atomically(path, csv.as_bytes())?;
        Ok(csv.lines().count().saturating_sub(1))
    }

    /// Writes the clinician report PDF to a file; returns its size in bytes.
    pub(crate) fn report_to_file(
        &mut self,
        request: &ReportRequest,
        fonts: &ReportFonts,
        path: &Path,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<usize> {
        let pdf = self.clinician_report(request, fonts, now, today)?;
        write_atomically(path, &pdf)?;
        Ok(pdf.len())
    }

    /// Imports a partner's share from a file (size-capped before reading).
    pub(crate) fn import_partner_file(
        &mut self,
        path: &Path,
        name: &str,
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        let bytes = read_capped(path)?;
        self.import_partner(&bytes, name, passphrase, now)
    }

    /// Merges one's own backup export from a file (size-capped before reading).
    pub(crate) fn import_backup_file(
        &mut self,
        path: &Path,
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        let bytes = read_capped(path)?;
        self.import_backup(&bytes, passphrase, now)
    }
}
