// What a partner share or a FHIR export may include: the everyday parts, and the private
// ones that stay out unless chosen (docs/export-format.md and docs/fhir.md list every field).
import type { Includes } from '../../bindings/Includes';

/** Private by default, field by field. */
export function shareDefaults(): Includes {
  return { pain: true, activities: true, warning_signs: false, intimacy_details: false, notes: false, check_ins: true, alerts: false, region_details: false, experiments: false };
}

// [choice, what it is, exactly which fields it covers]
export const includeLabels: [keyof Includes, string, string][] = [
  ['pain', 'Pain entries', 'the score, where it hurts, what it feels like, when it started, how much it got in the way of the day, the activity it followed'],
  ['activities', 'Activities', 'what, when, how long, the exercises done'],
  ['check_ins', 'Daily check-ins', 'stress, sleep, morning stiffness'],
];
export const privateLabels: [keyof Includes, string, string][] = [
  ['warning_signs', 'Warning-sign answers and leg symptoms', 'numbness around the bottom or genitals, bladder or bowel changes, a change in sexual function, fever, worsening leg weakness, night pain, a lump; leg numbness, tingling or weakness and in which leg'],
  ['region_details', 'Body-map details', "each region's own pain score and what it feels like (without it, only which regions hurt)"],
  ['alerts', 'Red-flag alerts', 'which warning-sign rules were raised, and when'],
  ['intimacy_details', 'Intimacy details', 'positions, role, props, warm-up, pain before, how much pain got in the way of intimacy'],
  ['notes', 'My private notes', 'on every entry'],
];
/** Partner shares only (a FHIR export and the report have their own): the private parts and
 *  the n-of-1 experiments, off unless chosen. */
export const partnerLabels: [keyof Includes, string, string][] = [
  ...privateLabels,
  ['experiments', 'Experiments', 'each experiment you ran: the change, its schedule, pain with and without it, and the verdict (a position’s name or your own words only with intimacy details / notes)'],
];
export const leftOutNames: Record<string, string> = {
  experiments: 'experiments',
  warning_signs: 'warning-sign answers and leg symptoms',
  alerts: 'red-flag alerts',
  region_details: 'body-map details',
  intimacy_details: 'intimacy details',
  notes: 'your notes',
};
