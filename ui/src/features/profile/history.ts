// The health-history questions the red-flag rules read (Profile.history), as the user sees
// them. Items that stop mattering with time take a date or "still the case" (issue 12);
// the rules' windows for each are in docs/red-flags.md.
import type { HistoryAnswer } from '../../bindings/HistoryAnswer';
import type { MedicalHistory } from '../../bindings/MedicalHistory';
import { t } from '../../shared/i18n';

export type YesNoKey = 'cancer_history' | 'iv_drug_use';
export type DatedKey =
  | 'major_trauma'
  | 'minor_trauma'
  | 'recent_infection'
  | 'unexplained_weight_loss'
  | 'immunosuppressed'
  | 'long_term_steroids';

// The words are Fluent messages (profile.ftl: profile-history-<key>, -<key>-ongoing,
// -<key>-date), read when shown.
export const yesNoQuestions: { key: YesNoKey; label: string }[] = (['cancer_history', 'iv_drug_use'] as const).map(
  (key) => ({
    key,
    get label() {
      return t(`profile-history-${key}`);
    },
  }),
);

/** The dated questions whose "still the case" choice makes sense (an injury has none). */
const CAN_BE_ONGOING: readonly DatedKey[] = ['recent_infection', 'unexplained_weight_loss', 'immunosuppressed', 'long_term_steroids'];

export const datedQuestions: {
  key: DatedKey;
  label: string;
  /** The "still the case" choice, or null when only a date makes sense (an injury). */
  ongoing: string | null;
  dateLabel: string;
}[] = (
  ['major_trauma', 'minor_trauma', 'recent_infection', 'unexplained_weight_loss', 'immunosuppressed', 'long_term_steroids'] as const
).map((key) => ({
  key,
  get label() {
    return t(`profile-history-${key}`);
  },
  get ongoing() {
    return CAN_BE_ONGOING.includes(key) ? t(`profile-history-${key}-ongoing`) : null;
  },
  get dateLabel() {
    return t(`profile-history-${key}-date`);
  },
}));

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
