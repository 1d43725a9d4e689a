// Every user-facing name of a journal value. The words live in the core
// (src-tauri/core/src/labels.rs, also used by the clinician report); cargo test writes them
// to ../bindings/labels.ts. Screens import them from here.
export {
  activityLabels,
  ageLabels,
  alertEventLabels,
  conditionLabels,
  entryKindLabels,
  movementLabels,
  onsetLabels,
  propLabels,
  qualityLabels,
  regionLabels,
  reliefLabels,
  reminderLabels,
  roleLabels,
  tierLabels,
} from '../bindings/labels';

export function keysOf<K extends string>(record: Record<K, string>): K[] {
  return Object.keys(record) as K[];
}

/** The health-history questions live in ../features/profile/history.ts (they carry dates since issue 12). */
