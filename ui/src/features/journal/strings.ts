// Words the journal's screens and forms share (see docs/i18n.md). Words other features use
// too are in shared/strings.ts.

import type { ReliefKind } from '../../bindings/ReliefKind';

const en = {
  logActivity: 'Log activity',
  reliefQuestion: 'What did you do for it?',
  reliefHelped: 'How much did it help?',
  reliefHelpedHint: 'Leave it empty until you know; Today asks later, or edit the entry.',
  reliefForPain: 'For which pain entry?',
  reliefForPainNone: 'Not linked to a pain entry',
  reliefForPainHint: 'The pain entries of that day. Linking says which pain it was done for.',
  reliefForPainOther: 'The linked entry (another day)',
  medicinePrivate: 'The medicine name and dose are private, like notes: a partner share leaves them out unless you share notes.',
  checkInTitle: 'Daily check-in',
  saveChanges: 'Save changes',
  notes: 'Notes',
  dateTimeRequired: 'Enter a date and time.',
};

export type JournalStrings = typeof en;

/** "How was your back afterwards?" on Today and the timeline. */
const outcomeEn = {
  question: 'How was your back afterwards?',
  noPain: 'No pain',
  itHurt: 'It hurt…',
  scoreLabel: 'How much, from 1 to 10',
  waiting: (n: number, evenings: boolean) =>
    `${n} ${evenings ? (n === 1 ? 'evening' : 'evenings') : n === 1 ? 'activity' : 'activities'} waiting for an answer.`,
  why: 'An evening that went well counts as much as one that hurt: it is how Insights can tell what helps.',
  windowNote: (days: number) =>
    `Asked for ${days} days; after that an unanswered one stays “unknown” in Insights, never counted as no pain.`,
  saved: (what: string, nrs: number) => (nrs === 0 ? `Saved: no pain after ${what}.` : `Saved: ${nrs}/10 after ${what}.`),
  afterwards: (nrs: number) => (nrs === 0 ? 'Afterwards: no pain' : `Afterwards: ${nrs}/10`),
  noAnswer: 'No answer yet',
  answer: 'Answer',
};

export type OutcomeStrings = typeof outcomeEn;
export const outcomeStrings: OutcomeStrings = outcomeEn;

/** "How much did it help?" on Today, for relief logged without an answer. */
const reliefEn = {
  /** The thing done, as the question names it ("How much did the heat help?"). */
  what: {
    heat: 'the heat',
    cold: 'the cold',
    rest: 'the rest',
    massage: 'the massage',
    bath: 'the bath',
    medicine: 'the medicine',
    tens: 'the TENS',
    physio: 'the physiotherapy',
    other: 'it',
  } as Record<ReliefKind, string>,
  question: (what: string) => `How much did ${what} help?`,
  scale: '0 = not at all, 10 = completely. Not sure yet? Leave it: it stays unanswered, never counted as 0.',
  scoreLabel: (n: number) => `${n} out of 10`,
  notNow: 'Not now',
  notNowLabel: (what: string) => `Not now: ask about ${what} another day`,
  saved: (what: string, n: number) => `Saved: ${what} helped ${n}/10.`,
};

export type ReliefStrings = typeof reliefEn;
export const reliefStrings: ReliefStrings = reliefEn;

/** The strings in use; a translation adds an object of type JournalStrings. */
export const journalStrings: JournalStrings = en;
