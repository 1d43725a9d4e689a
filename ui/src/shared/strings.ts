// The warning-sign questions and the helpers a few features share. Every word is a Fluent
// message (assets/locales/<lang>/ui/shared.ftl), read with t() from ./i18n; docs/i18n.md.
import { intlLocale, locale, t } from './i18n';

/**
 * The warning-sign (red-flag) questions of a pain entry, in the order they are asked: the
 * pain form and the quick-log window show these same words (shared/RedFlagQuestions).
 */
export const redFlagQuestions = {
  get legend() {
    return t('red-flags-legend');
  },
  get hint() {
    return t('red-flags-hint');
  },
  get items() {
    return RED_FLAG_KEYS.map((key) => ({ key, text: t(`red-flag-question-${key}`) }));
  },
};

/** The warning signs in the order they are asked. */
const RED_FLAG_KEYS: readonly (keyof import('../bindings/EmergencySigns').EmergencySigns)[] = [
  'both_legs',
  'saddle_numbness',
  'bladder_bowel_change',
  'sexual_function_change',
  'fever',
  'leg_weakness_worsening',
  'night_pain',
  'back_lump',
];

/** No warning sign ticked: what a new pain entry starts with. */
export function noRedFlags(): Required<import('../bindings/EmergencySigns').EmergencySigns> {
  return {
    saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false,
    leg_weakness_worsening: false, night_pain: false, back_lump: false, both_legs: false,
  };
}

/**
 * A label (a region, a quality, an activity) inside a sentence: English writes it in lower
 * case ("after intimacy"), German keeps its capitals (nouns: "nach Intimität").
 */
export function midSentence(label: string): string {
  return locale() === 'de' ? label : label.toLocaleLowerCase(intlLocale());
}
