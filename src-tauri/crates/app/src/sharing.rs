//! Sharing: partner shares, own exports, the clinician report, CSV and backups. A request
//! that needs a file is planned first ([`FilePlan`]: arguments parsed and checked, what to
//! ask for), then run with the chosen path: the window opens its dialog between the two
//! without holding the session, the CLI runs it with the path it was given.

use super::{parse, text, AppResult, ChangedData, Now, Session, Written};
use backstory_core::domain::{TimelinePage, TimelineQuery};
use backstory_core::exchange::fhir::{FhirRequest, FhirSummary};
use backstory_core::exchange::files::write_atomically;
use backstory_core::exchange::pdf::ReportFonts;
use backstory_core::exchange::report::{ReportData, ReportRequest};
use backstory_core::exchange::{
    crypto, import, ExportKind, ExportRequest, ExportSummary, ImportSummary, Partner,
    TogetherQuery, TogetherView,
};
use backstory_core::i18n::{tr, tr_in, Locale};
use backstory_core::store::backups::{list_backups, BackupInfo, RestoreSummary};
use serde::Serialize;
use serde_json::Value;
use std::path::Path;
use ts_rs::TS;
use uuid::Uuid;

/// The file a command needs: to save (a new file) or to open, with what the dialog says.
/// The dialog's words are message ids (`titles.ftl`), put into words when it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileChoice {
    pub save: bool,
    /// The message id of the dialog's title.
    pub title_id: &'static str,
    /// The suggested name of a file to save.
    pub file_name: String,
    /// The message id of the file type's name, and its extensions.
    pub filter: (&'static str, &'static [&'static str]),
}

impl FileChoice {
    /// The dialog's title in `locale`.
    pub fn title(&self, locale: Locale) -> String {
        tr_in(locale, self.title_id, None)
    }

    /// The name of the file type the dialog offers, in `locale`.
    pub fn filter_name(&self, locale: Locale) -> String {
        tr_in(locale, self.filter.0, None)
    }
}

/// What a planned request does once it has its file.
type RunWithFile<T> = Box<dyn FnOnce(&mut Session, &Path) -> AppResult<T> + Send>;

/// A checked request waiting for its file.
pub struct FilePlan<T> {
    pub choice: FileChoice,
    run: RunWithFile<T>,
}

impl<T> FilePlan<T> {
    pub(crate) fn new(
        choice: FileChoice,
        run: impl FnOnce(&mut Session, &Path) -> AppResult<T> + Send + 'static,
    ) -> Self {
        FilePlan {
            choice,
            run: Box::new(run),
        }
    }

    pub fn run(self, session: &mut Session, path: &Path) -> AppResult<T> {
        (self.run)(session, path)
    }
}

/// What a finished file operation reports back: the result and the file's name only
/// (the window never holds a path).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Saved<T: TS> {
    pub file_name: String,
    pub result: T,
}

/// The chosen file's name only, for the confirmation message.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(crate) fn save(
    title_id: &'static str,
    file_name: String,
    filter: (&'static str, &'static [&'static str]),
) -> FileChoice {
    FileChoice {
        save: true,
        title_id,
        file_name,
        filter,
    }
}

pub(crate) fn open(
    title_id: &'static str,
    filter: (&'static str, &'static [&'static str]),
) -> FileChoice {
    FileChoice {
        save: false,
        title_id,
        file_name: String::new(),
        filter,
    }
}

fn partner_id(value: Value) -> AppResult<Uuid> {
    let text = text(value, "id")?;
    Uuid::parse_str(&text)
        .map_err(|_| super::AppError::validation("id", tr("error-bad-partner-id")))
}

pub(crate) fn stamp(now: Now) -> String {
    now.today().format("%Y-%m-%d").to_string()
}

/// Export for a partner (encrypted, passphrase required) or a plain backup for oneself.
pub fn sharing_export(
    request: Value,
    passphrase: Value,
    now: Now,
) -> AppResult<FilePlan<Saved<ExportSummary>>> {
    let request: ExportRequest = parse(request)?;
    let passphrase = text(passphrase, "passphrase")?;
    if request.kind == ExportKind::Partner {
        crypto::check_new_passphrase(&passphrase)?;
    }
    let choice = match (request.kind, passphrase.is_empty()) {
        (ExportKind::Partner, _) => save(
            "titles-dialog-partner-share-save",
            format!("backstory-share-{}.age", stamp(now)),
            ("titles-filter-partner-share", &["age"]),
        ),
        (ExportKind::Backup, false) => save(
            "titles-dialog-backup-encrypted-save",
            format!("backstory-backup-{}.age", stamp(now)),
            ("titles-filter-export-encrypted", &["age"]),
        ),
        (ExportKind::Backup, true) => save(
            "titles-dialog-export-plain-save",
            format!("backstory-export-{}.json", stamp(now)),
            ("titles-filter-export-json", &["json"]),
        ),
    };
    Ok(FilePlan::new(choice, move |session, path| {
        let pass = Some(passphrase.as_str()).filter(|p| !p.is_empty());
        let result = session.journal_mut()?.exchange().export_to_file(
            &request,
            pass,
            crypto::WORK_FACTOR,
            path,
            now.utc(),
        )?;
        Ok(Saved {
            file_name: file_name(path),
            result,
        })
    }))
}

/// Spreadsheet-safe CSV of the chosen entries; the result is the number of entry rows.
pub fn sharing_export_csv(request: Value, now: Now) -> AppResult<FilePlan<Saved<usize>>> {
    let request: ExportRequest = parse(request)?;
    let choice = save(
        "titles-dialog-csv-save",
        format!("backstory-entries-{}.csv", stamp(now)),
        ("titles-filter-csv", &["csv"]),
    );
    Ok(FilePlan::new(choice, move |session, path| {
        let rows =
            session
                .journal_mut()?
                .exchange()
                .export_csv_to_file(&request, path, now.utc())?;
        Ok(Saved {
            file_name: file_name(path),
            result: rows,
        })
    }))
}

/// The FHIR R4 Bundle (JSON) for a clinician's system: the same private-by-default choices
/// as a partner share, a Patient only when a name is given.
pub fn sharing_export_fhir(request: Value, now: Now) -> AppResult<FilePlan<Saved<FhirSummary>>> {
    let request: FhirRequest = parse(request)?;
    let choice = save(
        "titles-dialog-fhir-save",
        format!("backstory-fhir-{}.json", stamp(now)),
        ("titles-filter-fhir", &["json"]),
    );
    Ok(FilePlan::new(choice, move |session, path| {
        let (bundle, summary) = session
            .journal_mut()?
            .exchange()
            .fhir_bundle(&request, now.utc())?;
        let bytes = serde_json::to_vec_pretty(&bundle)
            .map_err(|e| super::AppError::new("storage", e.to_string()))?;
        write_atomically(path, &bytes)?;
        Ok(Saved {
            file_name: file_name(path),
            result: summary,
        })
    }))
}

/// Imports a partner's share into their own read-only journal, labelled `name`.
pub fn import_partner_share(
    name: Value,
    passphrase: Value,
    now: Now,
) -> AppResult<FilePlan<Written<ImportSummary>>> {
    let name = text(name, "name")?;
    let passphrase = text(passphrase, "passphrase")?;
    import::check_partner_name(&name)?;
    let choice = open(
        "titles-dialog-partner-share-open",
        ("titles-filter-partner-share", &["age", "json"]),
    );
    Ok(FilePlan::new(choice, move |session, path| {
        let pass = Some(passphrase.as_str()).filter(|p| !p.is_empty());
        let summary =
            session
                .journal_mut()?
                .partners()
                .import_file(path, &name, pass, now.utc())?;
        Ok(Written::with(summary, ChangedData::Partners))
    }))
}

/// Merges one's own export file back into the journal.
pub fn import_own_export(
    passphrase: Value,
    now: Now,
) -> AppResult<FilePlan<Written<ImportSummary>>> {
    let passphrase = text(passphrase, "passphrase")?;
    let choice = open(
        "titles-dialog-export-open",
        ("titles-filter-export", &["json", "age"]),
    );
    Ok(FilePlan::new(choice, move |session, path| {
        let pass = Some(passphrase.as_str()).filter(|p| !p.is_empty());
        let at = now.utc();
        session.write(at, ChangedData::Entries, |j| {
            j.exchange().import_backup_file(path, pass, at)
        })
    }))
}

pub fn sharing_partners(session: &mut Session) -> AppResult<Vec<Partner>> {
    Ok(session.journal_mut()?.partners().list()?)
}

/// Removes a partner and all their entries; the result is how many entries went.
pub fn remove_partner(session: &mut Session, id: Value) -> AppResult<Written<usize>> {
    let id = partner_id(id)?;
    let removed = session.journal_mut()?.partners().remove(id)?;
    Ok(Written::with(removed, ChangedData::Partners))
}

/// One page of a partner's entries (read-only).
pub fn sharing_partner_timeline(
    session: &mut Session,
    id: Value,
    query: Value,
) -> AppResult<TimelinePage> {
    let id = partner_id(id)?;
    let query: TimelineQuery = parse(query)?;
    let partners = session.journal_mut()?.partners();
    // An unknown partner is "not found", not an empty page.
    partners.get(id)?;
    Ok(partners.timeline(id, &query)?)
}

pub fn sharing_together(session: &mut Session, query: Value, now: Now) -> AppResult<TogetherView> {
    let query: TogetherQuery = parse(query)?;
    Ok(session
        .journal_mut()?
        .partners()
        .together(&query, now.today())?)
}

/// System CJK fonts the report uses when one is installed (path, face index): a full CJK
/// font is too large to ship, so Chinese, Japanese and Korean text needs one of these
/// (Debian/Ubuntu: fonts-noto-cjk, which the .deb recommends). Face 0 of the collection is
/// the Japanese one; it has every CJK ideograph, drawn in Japanese style.
pub const SYSTEM_CJK_FONTS: &[(&str, u32)] = &[
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        0,
    ),
];

/// The report's fonts: the ones shipped in `fonts_dir`, and the first installed system
/// CJK font.
pub fn report_fonts(fonts_dir: &Path) -> AppResult<ReportFonts> {
    let cjk: Vec<(&Path, u32)> = SYSTEM_CJK_FONTS
        .iter()
        .map(|(p, i)| (Path::new(*p), *i))
        .filter(|(p, _)| p.is_file())
        .take(1)
        .collect();
    Ok(ReportFonts::from_dir(fonts_dir, &cjk)?)
}

/// The clinician PDF for a range; the result is its size in bytes. The request is checked
/// and the fonts read before the file is asked for.
pub fn sharing_report(
    request: Value,
    fonts_dir: &Path,
    now: Now,
) -> AppResult<FilePlan<Saved<usize>>> {
    let request: ReportRequest = parse(request)?;
    let fonts = report_fonts(fonts_dir)?;
    let choice = save(
        "titles-dialog-report-save",
        format!("backstory-report-{}-to-{}.pdf", request.from, request.to),
        ("titles-filter-pdf", &["pdf"]),
    );
    Ok(FilePlan::new(choice, move |session, path| {
        let bytes = session.journal_mut()?.exchange().report_to_file(
            &request,
            &fonts,
            path,
            now.utc(),
            now.today(),
        )?;
        Ok(Saved {
            file_name: file_name(path),
            result: bytes,
        })
    }))
}

/// What the report will hold, for the window's preview before saving: the same data the
/// PDF is drawn from.
pub fn sharing_report_preview(
    session: &mut Session,
    request: Value,
    now: Now,
) -> AppResult<ReportData> {
    let request: ReportRequest = parse(request)?;
    Ok(session
        .journal_mut()?
        .exchange()
        .report_data(&request, now.utc(), now.today())?)
}

/// A verified copy of the whole database, where the user chooses.
pub fn sharing_backup(now: Now) -> FilePlan<Saved<BackupInfo>> {
    let choice = save(
        "titles-dialog-backup-save",
        format!("backstory-{}.db", stamp(now)),
        ("titles-filter-backup", &["db"]),
    );
    FilePlan::new(choice, move |session, path| {
        let mut info = session.journal()?.file().backup_to(path)?;
        info.path = file_name(path);
        Ok(Saved {
            file_name: file_name(path),
            result: info,
        })
    })
}

/// Restores a backup file after checking it; the current journal is saved first, in the
/// backups folder.
pub fn restore_backup(now: Now) -> FilePlan<Written<RestoreSummary>> {
    let choice = open(
        "titles-dialog-backup-restore",
        ("titles-filter-backup", &["db"]),
    );
    FilePlan::new(choice, move |session, path| {
        let backups = session.data_dir.backups(session.demo);
        let at = now.utc();
        let mut written = session.write(at, ChangedData::Journal, |j| {
            j.file_mut().restore_from(path, &backups, at)
        })?;
        written.value.safety_backup = file_name(Path::new(&written.value.safety_backup));
        Ok(written)
    })
}

/// The automatic and safety backups kept in the data folder (names only, newest first).
pub fn sharing_backups(session: &Session) -> Vec<String> {
    list_backups(&session.data_dir.journal_dir(session.demo))
}
