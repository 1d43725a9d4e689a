// The only module that talks to the Rust backend. Every function is typed with the
// bindings generated from the core, and every failure is an IpcError.
import { invoke } from '@tauri-apps/api/core';
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

/** The error shape every command rejects with (see src-tauri/src/error.rs). */
export interface IpcError {
  kind: string;
  message: string;
  field?: string;
}

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
  return { kind: 'unexpected', message: typeof err === 'string' ? err : 'Something went wrong.' };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  let result: T;
  try {
    result = await invoke<T>(command, args);
  } catch (err) {
    throw toIpcError(err);
  }
  if (CHANGES_JOURNAL.test(command)) journalChanged(command);
  return result;
}

// A command changes the journal when its name starts with one of these verbs (keep new
// write commands to this naming). After one succeeds, listeners such as the red-flag
// alerts store re-read what depends on the journal.
const CHANGES_JOURNAL = /^(add|update|save|delete|restore|record|import|remove|set|switch|open|mark)(_|$)/;
const journalListeners = new Set<(command: string) => void>();

function journalChanged(command: string) {
  for (const listener of journalListeners) {
    try {
      listener(command);
    } catch {
      // A listener's failure must not turn a saved entry into an error.
    }
  }
}

/** Calls `listener` after every successful command that changed the journal; returns an unsubscribe. */
export function onJournalChange(listener: (command: string) => void): () => void {
  journalListeners.add(listener);
  return () => journalListeners.delete(listener);
}

export interface OpenFailure {
  kind: string;
  reason: string | null;
  message: string;
}

export interface AppStatus {
  ok: boolean;
  demo: boolean;
  journal_path: string;
  welcomed: boolean;
  error: OpenFailure | null;
}

export const appStatus = () => call<AppStatus>('app_status');
export const openDemo = () => call<AppStatus>('open_demo');
export const markWelcomed = () => call<void>('mark_welcomed');

export const addPain = (draft: PainDraft) => call<PainEntry>('add_pain', { draft });
export const updatePain = (id: string, draft: PainDraft) => call<PainEntry>('update_pain', { id, draft });
export const addActivity = (draft: ActivityDraft) => call<Activity>('add_activity', { draft });
export const updateActivity = (id: string, draft: ActivityDraft) =>
  call<Activity>('update_activity', { id, draft });
export const saveCheckIn = (draft: CheckInDraft) => call<CheckIn>('save_check_in', { draft });
export const checkInOn = (date: string) => call<CheckIn | null>('check_in_on', { date });

export const deleteEntry = (kind: EntryKind, id: string) => call<void>('delete_entry', { kind, id });
export const restoreEntry = (kind: EntryKind, id: string) => call<void>('restore_entry', { kind, id });
export const timeline = (query: Partial<TimelineQuery>) => call<TimelinePage>('timeline', { query });
export const suggestLink = (at: string) => call<LinkSuggestion>('suggest_link', { at });

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

// Red-flag alerts. list_alerts re-evaluates the rules before answering.
export const listAlerts = () => call<Alert[]>('list_alerts');
export const acknowledgeAlert = (rule: RuleId, raiseCount: number) =>
  call<Alert>('acknowledge_alert', { rule, raiseCount });
export const alertHistory = (rule: RuleId | null) => call<AlertEvent[]>('alert_history', { rule });
export const redFlagRules = () => call<RuleInfo[]>('red_flag_rules');
