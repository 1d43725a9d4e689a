// The health-history questions the red-flag rules read (Profile.history), as the user sees
// them. Items that stop mattering with time take a date or "still the case" (issue 12);
// the rules' windows for each are in docs/red-flags.md.
import type { HistoryAnswer } from '../../bindings/HistoryAnswer';
import type { MedicalHistory } from '../../bindings/MedicalHistory';

export type YesNoKey = 'cancer_history' | 'iv_drug_use';
export type DatedKey =
  | 'major_trauma'
  | 'minor_trauma'
  | 'recent_infection'
  | 'unexplained_weight_loss'
  | 'immunosuppressed'
  | 'long_term_steroids';

export const yesNoQuestions: { key: YesNoKey; label: string }[] = [
  { key: 'cancer_history', label: 'I have had cancer' },
  { key: 'iv_drug_use', label: 'I inject drugs' },
];

export const datedQuestions: {
  key: DatedKey;
  label: string;
  /** The "still the case" choice, or null when only a date makes sense (an injury). */
  ongoing: string | null;
  dateLabel: string;
}[] = [
  { key: 'major_trauma', label: 'A serious injury: a fall from a height, a road accident or a heavy blow', ongoing: null, dateLabel: 'It happened on' },
  { key: 'minor_trauma', label: 'A minor fall, slip or strain (for example while lifting)', ongoing: null, dateLabel: 'It happened on' },
  { key: 'recent_infection', label: 'I have had an infection recently (for example a urine or chest infection)', ongoing: 'I still have it', dateLabel: 'It started on' },
  { key: 'unexplained_weight_loss', label: 'I have lost weight without trying', ongoing: 'Still losing weight', dateLabel: 'First noticed on' },
  { key: 'immunosuppressed', label: 'My immune system is weakened (illness or medicines)', ongoing: 'Still the case', dateLabel: 'It ended on' },
  { key: 'long_term_steroids', label: 'I take steroid tablets long-term', ongoing: 'Still taking them', dateLabel: 'Stopped on' },
];

export function isYes(answer: HistoryAnswer): boolean {
  return answer !== 'no';
}

export function answerDate(answer: HistoryAnswer): string {
  return typeof answer === 'object' && answer !== null && 'on' in answer ? answer.on : '';
}

/** The answer right after ticking "yes": "still the case" where that is the usual answer
 * (a medicine, a weakened immune system), otherwise waiting for a date. */
export function firstYes(key: DatedKey): HistoryAnswer {
  return key === 'long_term_steroids' || key === 'immunosuppressed' ? 'ongoing' : 'yes_date_unknown';
}

/** The dated questions answered "yes" without a date or "still the case". */
export function missingDates(history: MedicalHistory): DatedKey[] {
  return datedQuestions.filter((q) => history[q.key] === 'yes_date_unknown').map((q) => q.key);
}
