// Every user-facing name of a journal value, in the window's language. The words are Fluent
// messages in assets/locales/<lang>/labels.ftl (shared with the core, which names the same
// values in the clinician report and the command line); the order of each kind's values and
// their messages' prefix come from src-tauri/core/src/labels.rs, written to
// ../bindings/labels.ts by cargo test. Screens import the tables from here. They are made
// when this module loads: the page's language is fixed before any screen loads (main.ts).
import * as tables from '../bindings/labels';
import type { LabelTable } from '../bindings/labels';
import { t } from './i18n';

/** A kind's values and their names, in the order screens list them. */
function named<K extends string>(table: LabelTable<K>): Record<K, string> {
  return Object.fromEntries(table.keys.map((key) => [key, t(`${table.prefix}-${key}`)])) as Record<K, string>;
}

export const regionLabels = named(tables.regionLabels);
export const qualityLabels = named(tables.qualityLabels);
export const onsetLabels = named(tables.onsetLabels);
export const activityLabels = named(tables.activityLabels);
export const reliefLabels = named(tables.reliefLabels);
export const roleLabels = named(tables.roleLabels);
export const propLabels = named(tables.propLabels);
export const conditionLabels = named(tables.conditionLabels);
export const movementLabels = named(tables.movementLabels);
export const ageLabels = named(tables.ageLabels);
export const tierLabels = named(tables.tierLabels);
export const reminderLabels = named(tables.reminderLabels);
export const alertEventLabels = named(tables.alertEventLabels);
export const entryKindLabels = named(tables.entryKindLabels);

export function keysOf<K extends string>(record: Record<K, string>): K[] {
  return Object.keys(record) as K[];
}

/** The health-history questions live in ../features/profile/history.ts (they carry dates since issue 12). */
