// Words the journal's screens and forms share (see docs/i18n.md). Words other features use
// too are in shared/strings.ts.

const en = {
  logActivity: 'Log activity',
  reliefQuestion: 'What did you do for it?',
  reliefHelped: 'How much did it help?',
  reliefHelpedHint: 'Leave it empty until you know; you can answer later by editing the entry.',
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

/** The strings in use; a translation adds an object of type JournalStrings. */
export const journalStrings: JournalStrings = en;
