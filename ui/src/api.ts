// The only module that talks to the Rust backend. Every function is typed with the
// bindings generated from the core, and every failure is an IpcError.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { t } from './shared/i18n';
import type { DueReminder } from './bindings/DueReminder';
import type { NextReminder } from './bindings/NextReminder';
import type { ReminderKind } from './bindings/ReminderKind';
import type { ReminderOpen } from './bindings/ReminderOpen';
import type { ReminderSettings } from './bindings/ReminderSettings';
import type { Activity } from './bindings/Activity';
import type { Alert } from './bindings/Alert';
import type { AlertEvent } from './bindings/AlertEvent';
import type { RuleId } from './bindings/RuleId';
import type { RuleInfo } from './bindings/RuleInfo';
import type { ActivityDraft } from './bindings/ActivityDraft';
import type { CheckIn } from './bindings/CheckIn';
import type { CheckInDraft } from './bindings/CheckInDraft';
import type { EntryKind } from './bindings/EntryKind';
import type { LinkSuggestion } from './bindings/LinkSuggestion';
import type { PainDraft } from './bindings/PainDraft';
import type { PainEntry } from './bindings/PainEntry';
import type { PositionInfo } from './bindings/PositionInfo';
import type { Profile } from './bindings/Profile';
import type { TimelinePage } from './bindings/TimelinePage';
import type { TimelineQuery } from './bindings/TimelineQuery';
import type { ActivityKind } from './bindings/ActivityKind';
import type { ActivityOutcome } from './bindings/ActivityOutcome';
import type { OutcomeAnswer } from './bindings/OutcomeAnswer';
import type { ExperimentMark } from './bindings/ExperimentMark';
import type { ExperimentRequest } from './bindings/ExperimentRequest';
import type { ExperimentStatus } from './bindings/ExperimentStatus';
import type { PendingOutcomes } from './bindings/PendingOutcomes';
import type { Catalogue } from './bindings/Catalogue';
import type { HurtAdvice } from './bindings/HurtAdvice';
import type { HurtReport } from './bindings/HurtReport';
import type { Illustration } from './bindings/Illustration';
import type { LevelState } from './bindings/LevelState';
import type { MovementProfile } from './bindings/MovementProfile';
import type { PositionsView } from './bindings/PositionsView';
import type { RoutinePlan } from './bindings/RoutinePlan';
import type { SessionRecord } from './bindings/SessionRecord';
import type { SessionReport } from './bindings/SessionReport';
import type { TodayPanel } from './bindings/TodayPanel';
import type { Adherence } from './bindings/Adherence';
import type { AdherenceQuery } from './bindings/AdherenceQuery';
import type { AfterQuery } from './bindings/AfterQuery';
import type { PainAfterReport } from './bindings/PainAfterReport';
import type { PainTrend } from './bindings/PainTrend';
import type { BodyMapReport } from './bindings/BodyMapReport';
import type { TrendQuery } from './bindings/TrendQuery';
import type { WeeklySummary } from './bindings/WeeklySummary';
import type { FlareReport } from './bindings/FlareReport';
import type { FhirRequest } from './bindings/FhirRequest';
import type { FhirSummary } from './bindings/FhirSummary';
import type { PegCheck } from './bindings/PegCheck';
import type { PegDraft } from './bindings/PegDraft';
import type { PegOverview } from './bindings/PegOverview';
import type { BackupInfo } from './bindings/BackupInfo';
import type { ExportRequest } from './bindings/ExportRequest';
import type { ExportSummary } from './bindings/ExportSummary';
import type { ImportSummary } from './bindings/ImportSummary';
import type { Partner } from './bindings/Partner';
import type { Pairing } from './bindings/Pairing';
import type { OwnPairing } from './bindings/OwnPairing';
import type { SignedShareRequest } from './bindings/SignedShareRequest';
import type { SignedImportSummary } from './bindings/SignedImportSummary';
import type { EveningNote } from './bindings/EveningNote';
import type { ReportRequest } from './bindings/ReportRequest';
import type { ReportData } from './bindings/ReportData';
import type { RestoreSummary } from './bindings/RestoreSummary';
import type { TogetherQuery } from './bindings/TogetherQuery';
import type { TogetherView } from './bindings/TogetherView';
import type { EncryptionChange } from './bindings/EncryptionChange';
import type { StorageWarning } from './bindings/StorageWarning';
import type { AppError } from './bindings/AppError';
import type { AppStatus } from './bindings/AppStatus';
import type { JournalChange } from './bindings/JournalChange';
import type { Saved } from './bindings/Saved';
import type { SecurityStatus } from './bindings/SecurityStatus';
import type { DesktopSettings } from './bindings/DesktopSettings';
import type { Screen } from './bindings/Screen';

export type { AppStatus } from './bindings/AppStatus';
export type { JournalChange } from './bindings/JournalChange';
export type { OpenFailure } from './bindings/OpenFailure';
export type { Saved } from './bindings/Saved';
export type { SecurityStatus } from './bindings/SecurityStatus';

/** The error shape every command rejects with (backstory_application::AppError). */
export type IpcError = AppError;

export function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IpcError).kind === 'string' &&
    typeof (value as IpcError).message === 'string'
  );
}

/** Any rejection turned into an IpcError, so views handle one shape. */
export function toIpcError(err: unknown): IpcError {
  if (isIpcError(err)) return err;
  return { kind: 'unexpected', message: typeof err === 'string' ? err : t('common-something-went-wrong') };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toIpcError(err);
  }
}

// After every successful write the shell sends one `journal-changed` event saying what
// changed (entries, profile, settings, partners or the whole journal) and what the one
// red-flag refresh found; listeners such as the alerts store re-read what depends on it.

/** Calls `listener` after every write (the shell's `journal-changed` event); returns an unsubscribe. */
export function onJournalChange(listener: (change: JournalChange) => void): () => void {
  let stopped = false;
  let unlisten: (() => void) | null = null;
  listen<JournalChange>('journal-changed', (event) => {
    if (stopped) return;
    try {
      listener(event.payload);
    } catch {
      // A listener's failure must not turn a saved entry into an error.
    }
  })
    .then((stop) => {
      unlisten = stop;
      if (stopped) unsubscribe();
    })
    .catch(() => {});
  function unsubscribe() {
    stopped = true;
    const stop = unlisten;
    unlisten = null;
    // Ignored if it fails: the window is going away (or, in tests, the mock was replaced).
    if (stop) Promise.resolve().then(stop).catch(() => {});
  }
  return unsubscribe;
}

export const appStatus = () => call<AppStatus>('app_status');
/** The language the window speaks ("en", "de"), asked before anything is shown. */
/** The page's language and the Rust side's words it shows (the shared Fluent files). */
export const uiLocale = () => call<{ locale: string; messages: string }>('ui_locale');

/** The journal's full integrity check runs after the first screen; calls `then` if it
 * found the file damaged (the shell has closed it: re-read the status). */
export function onJournalDamaged(then: () => void): void {
  listen('journal-damaged', () => then()).catch(() => {});
}
/** Tells the shell the first screen shows data (start-up benchmark; a no-op otherwise). */
export const uiReady = () => call<void>('ui_ready');
export const switchJournal = (demo: boolean) => call<AppStatus>('switch_journal', { demo });
export const markWelcomed = () => call<void>('mark_welcomed');

export const addPain = (draft: PainDraft) => call<PainEntry>('add_pain', { draft });
export const updatePain = (id: string, draft: PainDraft) => call<PainEntry>('update_pain', { id, draft });
export const addActivity = (draft: ActivityDraft) => call<Activity>('add_activity', { draft });
export const updateActivity = (id: string, draft: ActivityDraft) =>
  call<Activity>('update_activity', { id, draft });
/** "How much did it help?" for a pain-relief activity: 0-10, or null (not known). */
export const rateRelief = (id: string, relief: number | null) => call<Activity>('rate_relief', { id, relief });
export const saveCheckIn = (draft: CheckInDraft) => call<CheckIn>('save_check_in', { draft });
export const checkInOn = (date: string) => call<CheckIn | null>('check_in_on', { date });

export const deleteEntry = (kind: EntryKind, id: string) => call<void>('delete_entry', { kind, id });
export const restoreEntry = (kind: EntryKind, id: string) => call<void>('restore_entry', { kind, id });
export const timeline = (query: Partial<TimelineQuery>) => call<TimelinePage>('timeline', { query });
export const suggestLink = (at: string) => call<LinkSuggestion>('suggest_link', { at });

// "How was your back afterwards?": an answer is a pain entry linked to the activity (0 = no pain).
export const logOutcome = (answer: OutcomeAnswer) => call<PainEntry>('log_outcome', { answer });
export const pendingOutcomes = () => call<PendingOutcomes>('pending_outcomes');
export const activityOutcomes = (ids: string[]) => call<ActivityOutcome[]>('activity_outcomes', { ids });
export const outcomeKinds = () => call<ActivityKind[]>('outcome_kinds');
export const saveOutcomeKinds = (kinds: ActivityKind[]) => call<ActivityKind[]>('save_outcome_kinds', { kinds });

// N-of-1 experiments: one change tried in randomised periods with and without it.
export const experimentStatus = () => call<ExperimentStatus | null>('experiment_status');
export const startExperiment = (request: ExperimentRequest) => call<ExperimentStatus>('start_experiment', { request });
export const markExperimentDay = (mark: ExperimentMark) => call<ExperimentStatus>('mark_experiment_day', { mark });
export const abandonExperiment = () => call<ExperimentStatus>('abandon_experiment');

export const getProfile = () => call<Profile>('get_profile');
export const saveProfile = (profile: Profile) => call<Profile>('save_profile', { profile });
export const listPositions = () => call<PositionInfo[]>('list_positions');

// Guide: catalogue, positions, guided player, core programme, "for you today", stress tools.
export const guideFastTimers = () => call<boolean>('guide_fast_timers');
export const guideCatalogue = () => call<Catalogue>('guide_catalogue');
export const guideIllustrations = () => call<Illustration[]>('guide_illustrations');
export const guidePositions = () => call<PositionsView>('guide_positions');
export const suggestMovementProfile = (answers: Record<string, boolean>) =>
  call<MovementProfile>('suggest_movement_profile', { answers });
export const guideToday = () => call<TodayPanel>('guide_today');
export const planRoutine = (id: string) => call<RoutinePlan>('plan_routine', { id });
export const hurtAdviceFor = (report: HurtReport) => call<HurtAdvice>('hurt_advice_for', { report });
export const recordSession = (report: SessionReport) => call<SessionRecord>('record_session', { report });
export const setCoreLevel = (level: number) => call<LevelState>('set_core_level', { level });
export const recordStressRelief = (toolId: string, startedAt: string, endedAt: string) =>
  call<Activity>('record_stress_relief', { toolId, startedAt, endedAt });

// Insights (read-only): pain over time, pain after activities, the core programme, and the
// weekly summary on the Today screen.
export const insightsPainTrend = (query: TrendQuery) => call<PainTrend>('insights_pain_trend', { query });
export const insightsBodyMap = (query: TrendQuery) => call<BodyMapReport>('insights_body_map', { query });
export const insightsPainAfter = (query: AfterQuery) =>
  call<PainAfterReport>('insights_pain_after', { query });
export const insightsAdherence = (query: AdherenceQuery) => call<Adherence>('insights_adherence', { query });
export const insightsWeeklySummary = () => call<WeeklySummary>('insights_weekly_summary');
export const insightsFlares = () => call<FlareReport>('insights_flares');

// The weekly PEG check: Today's card (due, save, "not this week") and Insights' trend.
export const addPeg = (draft: PegDraft) => call<PegCheck>('add_peg', { draft });
export const pegOverview = (weeks: number | null = null) => call<PegOverview>('peg_overview', { weeks });
export const dismissPeg = () => call<void>('dismiss_peg');

// Red-flag alerts. list_alerts re-evaluates the rules before answering.
export const listAlerts = () => call<Alert[]>('list_alerts');
export const acknowledgeAlert = (rule: RuleId, raiseCount: number) =>
  call<Alert>('acknowledge_alert', { rule, raiseCount });
export const alertHistory = (rule: RuleId | null) => call<AlertEvent[]>('alert_history', { rule });
export const redFlagRules = () => call<RuleInfo[]>('red_flag_rules');

// Sharing: partner shares, own exports, the clinician report, CSV and backups. File
// dialogs open in Rust; these calls never send or receive a file path (only the chosen
// file's name comes back). A cancelled dialog resolves to null.
export const sharingExport = (request: ExportRequest, passphrase: string) =>
  call<Saved<ExportSummary> | null>('sharing_export', { request, passphrase });
export const sharingExportCsv = (request: ExportRequest) =>
  call<Saved<number> | null>('sharing_export_csv', { request });
export const sharingExportFhir = (request: FhirRequest) =>
  call<Saved<FhirSummary> | null>('sharing_export_fhir', { request });
export const importPartnerShare = (name: string, passphrase: string) =>
  call<ImportSummary | null>('import_partner_share', { name, passphrase });
export const importOwnExport = (passphrase: string) => call<ImportSummary | null>('import_own_export', { passphrase });
export const sharingPartners = () => call<Partner[]>('sharing_partners');
export const removePartner = (id: string) => call<number>('remove_partner', { id });
export const sharingPartnerTimeline = (id: string, query: Partial<TimelineQuery>) =>
  call<TimelinePage>('sharing_partner_timeline', { id, query });
export const sharingTogether = (query: TogetherQuery) => call<TogetherView>('sharing_together', { query });
// Pairing: this journal's code, partners' codes, signed shares both ways, evening notes.
export const pairingOwn = () => call<OwnPairing>('pairing_own');
export const pairingAdd = (code: string, name: string) => call<Pairing>('pairing_add', { code, name });
export const pairingList = () => call<Pairing[]>('pairing_list');
export const pairingRename = (id: string, name: string) => call<Pairing>('pairing_rename', { id, name });
export const pairingRemove = (id: string) => call<number>('pairing_remove', { id });
export const pairingRekey = () => call<OwnPairing>('pairing_rekey');
/** A signed share for a paired partner; `null` when the save dialog was cancelled. */
export const sharingExportTo = (request: SignedShareRequest) =>
  call<Saved<ExportSummary> | null>('sharing_export_to', { request });
/** Imports a signed share from a paired partner; `null` when the dialog was cancelled. */
export const importSignedShare = () => call<SignedImportSummary | null>('import_signed_share');
export const setEveningNote = (note: EveningNote) => call<null>('set_evening_note', { note });
export const sharingReport = (request: ReportRequest) => call<Saved<number> | null>('sharing_report', { request });
/** What the report will hold (the data the PDF is drawn from), for the preview before saving. */
export const sharingReportPreview = (request: ReportRequest) => call<ReportData>('sharing_report_preview', { request });
export const sharingBackup = () => call<Saved<BackupInfo> | null>('sharing_backup');
export const restoreBackup = () => call<RestoreSummary | null>('restore_backup');
export const sharingBackups = () => call<string[]>('sharing_backups');

// Reminders (settings, snooze, what comes next). The shell's ticker shows native
// notifications and sends the window a `reminder` event; clicking one sends `reminder-open`.
export const reminderSettings = () => call<ReminderSettings>('reminder_settings');
export const saveReminderSettings = (settings: ReminderSettings) =>
  call<ReminderSettings>('save_reminder_settings', { settings });
export const snoozeReminder = (kind: ReminderKind) => call<string>('snooze_reminder', { kind });
export const nextReminders = () => call<NextReminder[]>('next_reminders');
export const showTestReminder = () => call<void>('show_test_reminder');
export const takePendingReminder = () => call<DueReminder | null>('take_pending_reminder');

export type { ReminderOpen } from './bindings/ReminderOpen';

/** Calls `handler` for each reminder the shell shows; resolves to an unsubscribe. */
export const onReminder = (handler: (reminder: DueReminder) => void): Promise<() => void> =>
  listen<DueReminder>('reminder', (event) => handler(event.payload));
/** Calls `handler` when a notification (or its Open button) is clicked. */
// Life on the desktop (tray, start at login, the quick-log shortcut): the shell applies
// these to its plugins; the window is granted none of the plugins' own commands.
export const desktopSettings = () => call<DesktopSettings>('desktop_settings');
export const saveDesktopSettings = (settings: DesktopSettings) =>
  call<DesktopSettings>('save_desktop_settings', { settings });
/** The screen the tray menu asked a newly made main window to open (taking it clears it). */
export const takePendingScreen = () => call<Screen | null>('take_pending_screen');
/** The tray menu asks an open main window to show a screen (Log activity, Today's check-in). */
export const onOpenScreen = (handler: (screen: Screen) => void): Promise<() => void> =>
  listen<Screen>('open-screen', (event) => handler(event.payload));
/** The quick-log window closes itself (its capability grants this and saving only). */
export const closeQuickLog = (openMain = false) => call<void>('close_quick_log', { openMain });

export const onReminderOpen = (handler: (open: ReminderOpen) => void): Promise<() => void> =>
  listen<ReminderOpen>('reminder-open', (event) => handler(event.payload));

// Privacy and safety: encryption at rest, locking, the data-folder warning.
export const securityStatus = () => call<SecurityStatus>('security_status');
export const unlockJournal = (passphrase: string) => call<AppStatus>('unlock_journal', { passphrase });
export const lockJournal = () => call<AppStatus>('lock_journal');
export const encryptionEnable = (passphrase: string, confirm: string) =>
  call<EncryptionChange>('encryption_enable', { passphrase, confirm });
export const encryptionDisable = (passphrase: string) => call<EncryptionChange>('encryption_disable', { passphrase });
export const encryptionChange = (current: string, passphrase: string, confirm: string) =>
  call<EncryptionChange>('encryption_change', { current, passphrase, confirm });
export const setIdleLock = (minutes: number | null) => call<void>('set_idle_lock', { minutes });
export const recoverFromBackup = (name: string) => call<AppStatus>('recover_from_backup', { name });
