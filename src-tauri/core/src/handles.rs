//! The journal's public surface, one narrow handle per concern: `journal.entries()`,
//! `journal.alerts()`, `journal.exchange()`... Each handle borrows the journal (`&Journal`
//! when the concern only reads, `&mut Journal` when it writes in a transaction), so the
//! borrow checker still sees every writer, and no type carries more than a screenful of
//! methods (the `surface` test counts them). The work itself is done by the modules that
//! own each concern; a handle only names it.

use crate::domain::*;
use crate::error::CoreResult;
use crate::exchange::fhir::{FhirRequest, FhirSummary};
use crate::exchange::format::ExportFile;
use crate::exchange::import::ImportSummary;
use crate::exchange::partners::{Partner, TogetherQuery, TogetherView};
use crate::exchange::pdf::ReportFonts;
use crate::exchange::report::{ReportData, ReportRequest};
use crate::exchange::{EveningNote, OwnPairing, Pairing, SignedImportSummary, SignedShareRequest};
use crate::exchange::{ExportRequest, ExportSummary};
use crate::experiments::{ExperimentChange, ExperimentOutcome, ExperimentStatus, Plan};
use crate::guide::catalogue::Catalogue;
use crate::guide::catalogue::StressTool;
use crate::guide::player::RoutinePlan;
use crate::guide::programme::LevelState;
use crate::guide::session::{SessionRecord, SessionReport};
use crate::guide::today::{GuideData, GuidePause, TodayPanel};
use crate::guide::PositionsView;
use crate::insights::PegOverview;
use crate::reminders::{DueReminder, NextReminder, ReminderKind, ReminderSettings};
use crate::rules::{Alert, AlertEvent, Finding, JournalSnapshot, RefreshOutcome, RuleId};
use crate::store::backups::{BackupInfo, RestoreSummary};
use crate::store::{EncryptionChange, IntegrityCheck, Passphrase};
use crate::Journal;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use std::path::{Path, PathBuf};
use uuid::Uuid;

impl Journal {
    /// Saving, editing and deleting one's own entries (pain, activities, check-ins).
    pub fn entries(&mut self) -> Entries<'_> {
        Entries { journal: self }
    }

    /// Reading one's own entries: pages of the timeline, single entries, link suggestions.
    pub fn timeline(&self) -> Timeline<'_> {
        Timeline { journal: self }
    }

    /// Reading the profile and the small key/value settings (welcome flags, choices).
    pub fn settings(&self) -> Settings<'_> {
        Settings { journal: self }
    }

    /// Saving the profile and the small key/value settings.
    pub fn settings_mut(&mut self) -> SettingsMut<'_> {
        SettingsMut { journal: self }
    }

    /// Reminder settings and the reminders due or coming next.
    pub fn reminders(&mut self) -> Reminders<'_> {
        Reminders { journal: self }
    }

    /// The red-flag rules over the journal and the alert record they keep.
    pub fn alerts(&mut self) -> Alerts<'_> {
        Alerts { journal: self }
    }

    /// Today's guidance, routine plans, the core programme level and guided sessions.
    pub fn guide(&mut self) -> Guide<'_> {
        Guide { journal: self }
    }

    /// Partners' imported journals: kept apart, read-only, removable.
    pub fn partners(&mut self) -> Partners<'_> {
        Partners { journal: self }
    }

    /// Export files, CSV, the clinician report, and merging one's own backup exports.
    pub fn exchange(&mut self) -> Exchange<'_> {
        Exchange { journal: self }
    }

    /// The journal file itself: where it is, how it was opened and checked, whether it is
    /// encrypted; taking backups (a backup only reads the journal).
    pub fn file(&self) -> JournalFile<'_> {
        JournalFile { journal: self }
    }

    /// Changing the journal file: marking it verified, turning encryption on or off,
    /// changing the passphrase, restoring a backup over it.
    pub fn file_mut(&mut self) -> JournalFileMut<'_> {
        JournalFileMut { journal: self }
    }
}

pub struct Entries<'j> {
    journal: &'j mut Journal,
}

impl Entries<'_> {
    pub fn add_pain(&mut self, draft: PainDraft, now: DateTime<Utc>) -> CoreResult<PainEntry> {
        self.journal.add_pain(draft, now)
    }

    /// Saves "how was your back afterwards?" as a pain entry linked to the activity
    /// (0 = no pain), dated at the moment it describes.
    pub fn answer_outcome(
        &mut self,
        answer: &OutcomeAnswer,
        now: DateTime<Utc>,
    ) -> CoreResult<PainEntry> {
        crate::outcomes::answer(self.journal, answer, now)
    }

    pub fn update_pain(
        &mut self,
        id: Uuid,
        draft: PainDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<PainEntry> {
        self.journal.update_pain(id, draft, now)
    }

    /// Inserts or replaces a pain entry with a caller-chosen id (used by imports and the demo).
    pub fn save_pain(
        &mut self,
        id: Uuid,
        draft: PainDraft,
        now: DateTime<Utc>,
        created_at: Option<DateTime<Utc>>,
    ) -> CoreResult<PainEntry> {
        self.journal.save_pain(id, draft, now, created_at)
    }

    pub fn add_activity(
        &mut self,
        draft: ActivityDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        self.journal.add_activity(draft, now)
    }

    pub fn update_activity(
        &mut self,
        id: Uuid,
        draft: ActivityDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        self.journal.update_activity(id, draft, now)
    }

    pub fn save_activity(
        &mut self,
        id: Uuid,
        draft: ActivityDraft,
        now: DateTime<Utc>,
        created_at: Option<DateTime<Utc>>,
    ) -> CoreResult<Activity> {
        self.journal.save_activity(id, draft, now, created_at)
    }

    /// Saves the check-in for its day, replacing that day's earlier one (same id kept).
    pub fn save_check_in(
        &mut self,
        draft: CheckInDraft,
        now: DateTime<Utc>,
        today: chrono::NaiveDate,
    ) -> CoreResult<CheckIn> {
        self.journal.save_check_in(draft, now, today)
    }

    /// Marks an entry deleted; it disappears from every view but `restore` brings it back.
    pub fn delete_entry(
        &mut self,
        kind: EntryKind,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> CoreResult<()> {
        self.journal.delete_entry(kind, id, now)
    }

    /// Undoes a delete. Refused for a check-in whose day has since been logged again.
    pub fn restore_entry(&mut self, kind: EntryKind, id: Uuid) -> CoreResult<()> {
        self.journal.restore_entry(kind, id)
    }

    /// Removes for good what was deleted before `cutoff` (the undo window is long over).
    pub fn purge_deleted(&mut self, cutoff: DateTime<Utc>) -> CoreResult<usize> {
        self.journal.purge_deleted(cutoff)
    }
}

impl Entries<'_> {
    /// Validates and saves a weekly PEG check.
    pub fn add_peg(&mut self, draft: PegDraft, now: DateTime<Utc>) -> CoreResult<PegCheck> {
        self.journal.save_peg(Uuid::new_v4(), draft, now)
    }

    /// Saves a PEG check under a caller-chosen id (the demo journal, tests).
    pub fn save_peg(
        &mut self,
        id: Uuid,
        draft: PegDraft,
        now: DateTime<Utc>,
    ) -> CoreResult<PegCheck> {
        self.journal.save_peg(id, draft, now)
    }
}

pub struct Timeline<'j> {
    journal: &'j Journal,
}

impl Timeline<'_> {
    /// The latest n-of-1 experiment, analysed on `today` (None if none was ever started).
    pub fn experiment(&self, today: NaiveDate) -> CoreResult<Option<ExperimentStatus>> {
        self.journal.experiment_status(today)
    }

    /// One page of the timeline, newest first, filtered by kind and local date range.
    ///
    /// Each kind is read newest first through its time index and cut at the page's end, so
    /// a page costs the same at 1,000 or 1,000,000 entries (docs/performance.md); the few
    /// rows per kind are then merged. `local_date` is exact; the UTC bounds around it only
    /// let the index skip what cannot match (an offset is always less than a day).
    pub fn page(&self, query: &TimelineQuery) -> CoreResult<TimelinePage> {
        self.journal.timeline_page(query)
    }

    pub fn pain(&self, id: Uuid) -> CoreResult<PainEntry> {
        self.journal.pain(id)
    }

    pub fn activity(&self, id: Uuid) -> CoreResult<Activity> {
        self.journal.activity(id)
    }

    pub fn check_in_on(&self, date: chrono::NaiveDate) -> CoreResult<Option<CheckIn>> {
        self.journal.check_in_on(date)
    }

    /// The most recent activity in the 48 hours before `at`: the "after this?" suggestion.
    /// Recent activities of the asked-about kinds still waiting for "how was your back?".
    pub fn pending_outcomes(&self, today: NaiveDate) -> CoreResult<PendingOutcomes> {
        crate::outcomes::pending(self.journal, today)
    }

    /// The known outcome (or unknown) of each activity.
    pub fn outcomes(&self, ids: &[Uuid]) -> CoreResult<Vec<ActivityOutcome>> {
        crate::outcomes::of(self.journal, ids)
    }

    pub fn suggest_link(&self, at: DateTime<FixedOffset>) -> CoreResult<Option<Activity>> {
        self.journal.suggest_link(at)
    }

    /// Activities in the 48 hours before `at`, newest first, to offer as alternatives.
    pub fn recent_activities(
        &self,
        at: DateTime<FixedOffset>,
        limit: u32,
    ) -> CoreResult<Vec<Activity>> {
        self.journal.recent_activities(at, limit)
    }
}

impl Timeline<'_> {
    /// The PEG checks taken on local days `from..=to` (either end open), oldest first.
    pub fn peg_checks(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> CoreResult<Vec<PegCheck>> {
        self.journal.peg_checks(from, to)
    }

    /// Whether a PEG check is due, the latest one and the last `weeks` calendar weeks
    /// (missing weeks kept as gaps).
    pub fn peg_overview(
        &self,
        now: DateTime<Utc>,
        today: NaiveDate,
        weeks: u32,
    ) -> CoreResult<PegOverview> {
        self.journal.peg_overview(now, today, weeks)
    }
}

pub struct Settings<'j> {
    journal: &'j Journal,
}

impl Settings<'_> {
    pub fn profile(&self) -> CoreResult<Profile> {
        self.journal.profile()
    }

    pub fn get(&self, key: &str) -> CoreResult<Option<String>> {
        self.journal.setting(key)
    }

    /// The activity kinds "how was your back afterwards?" is asked about.
    pub fn asked_kinds(&self) -> CoreResult<Vec<ActivityKind>> {
        crate::outcomes::asked_kinds(self.journal)
    }
}

pub struct Reminders<'j> {
    journal: &'j mut Journal,
}

impl Reminders<'_> {
    pub fn settings(&self) -> CoreResult<ReminderSettings> {
        self.journal.reminder_settings()
    }

    /// Validates and saves the settings. Saving arms the scheduler at `now`: nothing scheduled
    /// before this moment fires, so switching reminders on never brings a burst of old ones.
    pub fn save_settings(
        &mut self,
        settings: ReminderSettings,
        now: DateTime<Utc>,
    ) -> CoreResult<ReminderSettings> {
        self.journal.save_reminder_settings(settings, now)
    }

    /// Brings a reminder back after the snooze length chosen in the settings; returns when.
    pub fn snooze(&mut self, kind: ReminderKind, now: DateTime<Utc>) -> CoreResult<DateTime<Utc>> {
        self.journal.snooze_reminder(kind, now)
    }

    /// The reminders due now, each returned once: the state is saved in the same transaction.
    pub fn take_due<Tz: TimeZone>(
        &mut self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> CoreResult<Vec<DueReminder>> {
        self.journal.take_due_reminders(now, tz)
    }

    /// When each enabled reminder comes next, soonest first.
    pub fn next<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> CoreResult<Vec<NextReminder>> {
        self.journal.next_reminders(now, tz)
    }
}

pub struct Alerts<'j> {
    journal: &'j mut Journal,
}

impl Alerts<'_> {
    /// The bounded recent slice of the journal the rules read.
    pub fn snapshot(&self, now: DateTime<Utc>) -> CoreResult<(JournalSnapshot, Profile)> {
        self.journal.red_flag_snapshot(now)
    }

    /// What the rules find in the journal right now, without touching the alert record.
    pub fn evaluate(&self, now: DateTime<Utc>) -> CoreResult<Vec<Finding>> {
        self.journal.evaluate_red_flags(now)
    }

    /// Evaluates every rule and brings the alert record up to date, in one transaction.
    /// The application layer's `Session::write` calls it once after every write; start-up
    /// and listing the alerts call it too.
    pub fn refresh(&mut self, now: DateTime<Utc>) -> CoreResult<RefreshOutcome> {
        self.journal.refresh_alerts(now)
    }

    /// Every alert on record: those needing attention first, then by tier, newest first.
    pub fn list(&self) -> CoreResult<Vec<Alert>> {
        self.journal.alert_list()
    }

    pub fn get(&self, rule: RuleId) -> CoreResult<Alert> {
        self.journal.alert(rule)
    }

    /// The history of one rule's alert (or of all alerts), oldest first.
    pub fn history(&self, rule: Option<RuleId>) -> CoreResult<Vec<AlertEvent>> {
        self.journal.alert_history(rule)
    }

    /// Marks the alert as seen. `seen_raise_count` is the raise the person read: if the
    /// alert was raised again since, nothing is acknowledged and a validation error asks
    /// them to read it again. Acknowledging twice is harmless.
    pub fn acknowledge(
        &mut self,
        rule: RuleId,
        seen_raise_count: u32,
        now: DateTime<Utc>,
    ) -> CoreResult<Alert> {
        self.journal.acknowledge_alert(rule, seen_raise_count, now)
    }
}

pub struct Guide<'j> {
    journal: &'j mut Journal,
}

impl Guide<'_> {
    /// N-of-1 experiments with a change from the guide: start one, mark a day, abandon it
    /// (the status is read through `timeline().experiment`).
    pub fn experiments(&mut self) -> Experiments<'_> {
        Experiments {
            journal: self.journal,
        }
    }

    /// The positions page for this journal's profile and open alerts.
    pub fn positions_view(&self) -> CoreResult<PositionsView> {
        self.journal.positions_view()
    }

    /// The last 30 days of pain entries and activities (the same bounded window the red-flag
    /// rules read), today's check-in, the profile and the core level.
    pub fn data(&self, now: DateTime<Utc>, today: NaiveDate) -> CoreResult<GuideData> {
        self.journal.guide_data(now, today)
    }

    /// One call for the shell and the CLI: reads the journal and the open alerts and builds
    /// today's panel (paused while an urgent or emergency alert is open).
    pub fn today_panel(
        &self,
        cat: &Catalogue,
        now: DateTime<FixedOffset>,
    ) -> CoreResult<TodayPanel> {
        self.journal.today_panel(cat, now)
    }

    /// The pause open alerts put on the guide (see `guide_pause`).
    pub fn pause(&self) -> CoreResult<Option<GuidePause>> {
        self.journal.guide_pause()
    }

    /// One call for the shell: the plan for a routine (or a single exercise) adapted to
    /// this user's profile and recent leg pain.
    pub fn plan_for(
        &self,
        cat: &Catalogue,
        id: &str,
        now: DateTime<FixedOffset>,
    ) -> CoreResult<RoutinePlan> {
        self.journal.plan_for(cat, id, now)
    }

    /// Whether an emergency-tier red-flag alert is open (raised and not resolved): while it
    /// is, the guide suggests nothing.
    pub fn emergency_alert_open(&self) -> CoreResult<bool> {
        self.journal.emergency_alert_open()
    }

    /// The user's core programme level (level 1 until they choose or accept another).
    pub fn core_level(&self) -> CoreResult<LevelState> {
        self.journal.core_level()
    }

    /// Sets the core programme level, starting today.
    pub fn set_core_level(
        &mut self,
        cat: &Catalogue,
        level: u8,
        today: NaiveDate,
    ) -> CoreResult<LevelState> {
        self.journal.set_core_level(cat, level, today)
    }

    /// Saves a guided session and its "this hurt" reports in one transaction.
    pub fn record_session(
        &mut self,
        cat: &Catalogue,
        report: &SessionReport,
        now: DateTime<Utc>,
    ) -> CoreResult<SessionRecord> {
        self.journal.record_session(cat, report, now)
    }

    /// Logs a finished stress tool as a stress-relief activity (the tool id is kept as the
    /// routine id so "done today" can be seen).
    pub fn record_stress_relief(
        &mut self,
        tool: &StressTool,
        started_at: DateTime<FixedOffset>,
        ended_at: DateTime<FixedOffset>,
        now: DateTime<Utc>,
    ) -> CoreResult<Activity> {
        self.journal
            .record_stress_relief(tool, started_at, ended_at, now)
    }
}

pub struct Partners<'j> {
    journal: &'j mut Journal,
}

impl<'j> Partners<'j> {
    /// Pairing: this journal's keys and code, paired partners, signed shares both ways,
    /// expired shares removed, evening notes (`journal.partners().pairings()`).
    pub fn pairings(self) -> Pairings<'j> {
        Pairings {
            journal: self.journal,
        }
    }

    pub fn list(&self) -> CoreResult<Vec<Partner>> {
        self.journal.partner_list()
    }

    pub fn get(&self, id: Uuid) -> CoreResult<Partner> {
        self.journal.partner(id)
    }

    /// Removes a partner and every entry imported from them, in one transaction.
    pub fn remove(&mut self, id: Uuid) -> CoreResult<usize> {
        self.journal.remove_partner(id)
    }

    /// One page of a partner's entries, newest first (read-only view).
    pub fn timeline(&self, partner_id: Uuid, query: &TimelineQuery) -> CoreResult<TimelinePage> {
        self.journal.partner_timeline(partner_id, query)
    }

    /// Intimacy both partners logged within the window, with pain before and after.
    pub fn together(&self, query: &TogetherQuery, today: NaiveDate) -> CoreResult<TogetherView> {
        self.journal.together(query, today)
    }

    /// Imports a partner's share into their own read-only journal, labelled `name`.
    pub fn import(
        &mut self,
        bytes: &[u8],
        name: &str,
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        self.journal.import_partner(bytes, name, passphrase, now)
    }

    /// Writes a checked partner document in one transaction.
    pub fn merge(
        &mut self,
        file: ExportFile,
        name: &str,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        self.journal.merge_partner(file, name, now)
    }

    /// Imports a partner's share from a file (size-capped before reading).
    pub fn import_file(
        &mut self,
        path: &Path,
        name: &str,
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        self.journal
            .import_partner_file(path, name, passphrase, now)
    }
}

pub struct Pairings<'j> {
    journal: &'j mut Journal,
}

impl Pairings<'_> {
    /// This journal's pairing code and QR code (its keys are made on first use).
    pub fn own(&mut self) -> CoreResult<OwnPairing> {
        self.journal.own_pairing()
    }

    /// Replaces this journal's keys; every partner must pair again.
    pub fn rekey(&mut self) -> CoreResult<OwnPairing> {
        self.journal.rekey_identity()
    }

    /// Pairs with the partner whose code was pasted (`name`: the label, else theirs).
    pub fn add(
        &mut self,
        code: &str,
        name: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<Pairing> {
        self.journal.add_pairing(code, name, now)
    }

    pub fn list(&mut self) -> CoreResult<Vec<Pairing>> {
        self.journal.pairing_list()
    }

    pub fn rename(&mut self, id: Uuid, name: &str) -> CoreResult<Pairing> {
        self.journal.rename_pairing_to(id, name)
    }

    /// Removes a pairing and that partner's imported journal; returns the entries removed.
    pub fn remove(&mut self, id: Uuid) -> CoreResult<usize> {
        self.journal.delete_pairing(&id.to_string())
    }

    /// A signed share for a paired partner, as bytes.
    pub fn export(
        &mut self,
        request: &SignedShareRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<(Vec<u8>, ExportSummary)> {
        self.journal.export_signed(request, now)
    }

    /// Writes a signed share to a file (temporary file, fsync, rename).
    pub fn export_to_file(
        &mut self,
        request: &SignedShareRequest,
        path: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<ExportSummary> {
        let (bytes, summary) = self.journal.export_signed(request, now)?;
        crate::exchange::files::write_atomically(path, &bytes)?;
        Ok(summary)
    }

    /// Checks a signed share from a paired partner completely, then imports it.
    pub fn import(&mut self, bytes: &[u8], now: DateTime<Utc>) -> CoreResult<SignedImportSummary> {
        self.journal.import_signed(bytes, now)
    }

    /// Imports a signed share from a file (size-capped before reading).
    pub fn import_file(
        &mut self,
        path: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<SignedImportSummary> {
        let bytes = crate::exchange::read::read_capped(path)?;
        self.journal.import_signed(&bytes, now)
    }

    /// Removes the data of shares whose expiry passed; the partners' names.
    pub fn remove_expired(&mut self, now: DateTime<Utc>) -> CoreResult<Vec<String>> {
        self.journal.remove_expired(now)
    }

    /// Saves one's note on an own intimacy evening (empty text removes it).
    pub fn set_evening_note(&mut self, note: &EveningNote, now: DateTime<Utc>) -> CoreResult<()> {
        self.journal.set_evening_note(note, now)
    }
}

pub struct Exchange<'j> {
    journal: &'j mut Journal,
}

impl Exchange<'_> {
    /// Merges one's own backup file (plain or encrypted) into this journal.
    pub fn import_backup(
        &mut self,
        bytes: &[u8],
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        self.journal.import_backup(bytes, passphrase, now)
    }

    /// Writes a checked backup document into the journal in one transaction.
    pub fn merge_backup(&mut self, file: ExportFile) -> CoreResult<ImportSummary> {
        self.journal.merge_backup(file)
    }

    /// Exports to a file (see `export_bytes`).
    pub fn export_to_file(
        &mut self,
        request: &ExportRequest,
        passphrase: Option<&str>,
        log_n: u8,
        path: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<ExportSummary> {
        self.journal
            .export_to_file(request, passphrase, log_n, path, now)
    }

    /// Writes the CSV export to a file; returns the number of entry rows.
    pub fn export_csv_to_file(
        &mut self,
        request: &ExportRequest,
        path: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<usize> {
        self.journal.export_csv_to_file(request, path, now)
    }

    /// Writes the clinician report PDF to a file; returns its size in bytes.
    pub fn report_to_file(
        &mut self,
        request: &ReportRequest,
        fonts: &ReportFonts,
        path: &Path,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<usize> {
        self.journal
            .report_to_file(request, fonts, path, now, today)
    }

    /// Merges one's own backup export from a file (size-capped before reading).
    pub fn import_backup_file(
        &mut self,
        path: &Path,
        passphrase: Option<&str>,
        now: DateTime<Utc>,
    ) -> CoreResult<ImportSummary> {
        self.journal.import_backup_file(path, passphrase, now)
    }

    /// This journal's random id, created (and stored) on first use.
    pub fn journal_id(&mut self) -> CoreResult<Uuid> {
        self.journal.journal_id()
    }

    /// The journal id if one was ever created; never writes.
    pub fn existing_journal_id(&self) -> CoreResult<Option<Uuid>> {
        self.journal.existing_journal_id()
    }

    /// Builds the export document for `request` (not yet serialised or encrypted).
    pub fn export_document(
        &mut self,
        request: &ExportRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<ExportFile> {
        self.journal.export_document(request, now)
    }

    /// The FHIR R4 Bundle (JSON) for the request, and what it holds (exchange/fhir.rs).
    pub fn fhir_bundle(
        &mut self,
        request: &FhirRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<(serde_json::Value, FhirSummary)> {
        self.journal.fhir_bundle(request, now)
    }

    /// Exports to bytes: encrypted with `passphrase` (required for a partner share), plain
    /// compact JSON otherwise. `log_n` is the scrypt work factor (`crypto::WORK_FACTOR`).
    pub fn export_bytes(
        &mut self,
        request: &ExportRequest,
        passphrase: Option<&str>,
        log_n: u8,
        now: DateTime<Utc>,
    ) -> CoreResult<(Vec<u8>, ExportSummary)> {
        self.journal.export_bytes(request, passphrase, log_n, now)
    }

    /// CSV of the entries chosen by `request` (kind and includes as for an export; notes
    /// and intimacy details are included unless switched off).
    pub fn export_csv(
        &mut self,
        request: &ExportRequest,
        now: DateTime<Utc>,
    ) -> CoreResult<String> {
        self.journal.export_csv(request, now)
    }

    /// Builds the clinician report PDF for the range.
    pub fn clinician_report(
        &mut self,
        request: &ReportRequest,
        fonts: &ReportFonts,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<Vec<u8>> {
        self.journal.clinician_report(request, fonts, now, today)
    }

    /// The report's numbers, without drawing (the window's preview, tests, the CLI's --json).
    pub fn report_data(
        &mut self,
        request: &ReportRequest,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> CoreResult<ReportData> {
        self.journal.report_data(request, now, today)
    }
}

pub struct JournalFile<'j> {
    journal: &'j Journal,
}

impl JournalFile<'_> {
    /// Where the journal lives (None for a journal in memory).
    pub fn path(&self) -> Option<&Path> {
        self.journal.path()
    }

    /// Whether the whole file passed quick_check since it was opened (always true for
    /// `open_with`; for `open_check_later` once `mark_verified` ran).
    pub fn is_verified(&self) -> bool {
        self.journal.is_verified()
    }

    /// How many files and folders of the data folder were open to other accounts and
    /// were made owner-only when the journal opened (0: none, the usual case).
    pub fn permissions_repaired(&self) -> usize {
        self.journal.permissions_repaired()
    }

    /// Whether the journal file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.journal.is_encrypted()
    }

    /// Checks `given` against the journal's passphrase.
    pub fn check_passphrase(&self, given: &Passphrase) -> CoreResult<()> {
        self.journal.check_passphrase(given)
    }

    /// Writes a verified copy of the journal to `dest` (replacing it if it exists).
    pub fn backup_to(&self, dest: &Path) -> CoreResult<BackupInfo> {
        self.journal.backup_to(dest)
    }

    /// The daily automatic backup: writes `backups/journal-YYYY-MM-DD.db` unless today's
    /// exists, then keeps only the newest seven. Returns the new file, if one was written.
    pub fn auto_backup(&self, data_dir: &Path, today: NaiveDate) -> CoreResult<Option<PathBuf>> {
        self.journal.auto_backup(data_dir, today)
    }
}

pub struct SettingsMut<'j> {
    journal: &'j mut Journal,
}

impl SettingsMut<'_> {
    pub fn save_profile(&mut self, profile: Profile, now: DateTime<Utc>) -> CoreResult<Profile> {
        self.journal.save_profile(profile, now)
    }

    pub fn set(&mut self, key: &str, value: &str) -> CoreResult<()> {
        self.journal.set_setting(key, value)
    }

    pub fn set_asked_kinds(&mut self, kinds: &[ActivityKind]) -> CoreResult<()> {
        crate::outcomes::set_asked_kinds(self.journal, kinds)
    }
}

/// Changes to the journal file that replace or re-key it: these need the journal alone.
pub struct JournalFileMut<'j> {
    journal: &'j mut Journal,
}

impl JournalFileMut<'_> {
    /// Lets writes reach the journal file again after its [`IntegrityCheck`] passed
    /// (automatic checkpoints back on, a checkpoint when the connection closes). A check
    /// made for another open of the file changes nothing.
    pub fn mark_verified(&mut self, check: &IntegrityCheck) -> CoreResult<()> {
        self.journal.mark_verified(check)
    }

    /// Encrypts the journal (and its backups) with a new passphrase.
    pub fn enable_encryption(&mut self, new: &Passphrase) -> CoreResult<EncryptionChange> {
        self.journal.enable_encryption(new)
    }

    /// Decrypts the journal (and its backups) after checking the current passphrase.
    pub fn disable_encryption(&mut self, current: &Passphrase) -> CoreResult<EncryptionChange> {
        self.journal.disable_encryption(current)
    }

    /// Re-encrypts the journal with a new passphrase (SQLCipher's rekey, one transaction),
    /// then its backups, after checking the current one.
    pub fn change_passphrase(
        &mut self,
        current: &Passphrase,
        new: &Passphrase,
    ) -> CoreResult<EncryptionChange> {
        self.journal.change_passphrase(current, new)
    }

    /// Replaces the journal's contents with a checked backup file. The current journal is
    /// first saved in `safety_dir`; if any check fails nothing is changed.
    pub fn restore_from(
        &mut self,
        source: &Path,
        safety_dir: &Path,
        now: DateTime<Utc>,
    ) -> CoreResult<RestoreSummary> {
        self.journal.restore_from(source, safety_dir, now)
    }
}

pub struct Experiments<'j> {
    journal: &'j mut Journal,
}

impl Experiments<'_> {
    /// Starts an experiment with this plan; refused while another one runs.
    pub fn start(
        &mut self,
        change: ExperimentChange,
        outcome: ExperimentOutcome,
        plan: Plan,
        now: DateTime<Utc>,
    ) -> CoreResult<ExperimentStatus> {
        self.journal.start_experiment(change, outcome, plan, now)
    }

    /// Whether the user followed the arm on `date` (today or an earlier day of it).
    pub fn mark_day(
        &mut self,
        date: NaiveDate,
        followed: bool,
        today: NaiveDate,
    ) -> CoreResult<ExperimentStatus> {
        self.journal.mark_experiment_day(date, followed, today)
    }

    /// Gives up the running experiment.
    pub fn abandon(&mut self, today: NaiveDate) -> CoreResult<ExperimentStatus> {
        self.journal.abandon_experiment(today)
    }
}
