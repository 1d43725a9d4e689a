// The parts of a journal a share or a report can hold, in the words both panels use:
// [choice, what it is, exactly which fields it covers].
import type { Includes } from '../../bindings/Includes';

export type IncludeLabel = [keyof Includes, string, string];

export const includeLabels: IncludeLabel[] = [
  ['pain', 'Pain entries', 'the score, where it hurts, what it feels like, when it started, how much it got in the way of the day, the activity it followed'],
  ['activities', 'Activities', 'what, when, how long, the exercises done'],
  ['check_ins', 'Daily check-ins', 'stress, sleep, morning stiffness'],
];

export const privateLabels: IncludeLabel[] = [
  ['warning_signs', 'Warning-sign answers and leg symptoms', 'numbness around the bottom or genitals, bladder or bowel changes, a change in sexual function, fever, worsening leg weakness, night pain, a lump; leg numbness, tingling or weakness and in which leg'],
  ['alerts', 'Red-flag alerts', 'which warning-sign rules were raised, and when'],
  ['intimacy_details', 'Intimacy details', 'positions, role, props, warm-up, pain before, how much pain got in the way of intimacy'],
  ['notes', 'My private notes', 'on every entry'],
];

/** The private parts left out, in words ("warning-sign answers and leg symptoms", ...). */
const leftOutNames: Record<string, string> = {
  warning_signs: 'warning-sign answers and leg symptoms',
  alerts: 'red-flag alerts',
  intimacy_details: 'intimacy details',
  notes: 'your notes',
};

export function leftOut(includes: Includes): string[] {
  return privateLabels.filter(([key]) => !includes[key]).map(([key]) => leftOutNames[key]);
}
