// Words the journal's screens and forms share (see docs/i18n.md). Words other features use
// too are in shared/strings.ts.

const en = {
  logActivity: 'Log activity',
  checkInTitle: 'Daily check-in',
  saveChanges: 'Save changes',
  notes: 'Notes',
  dateTimeRequired: 'Enter a date and time.',
};

export type JournalStrings = typeof en;

/** The strings in use; a translation adds an object of type JournalStrings. */
export const journalStrings: JournalStrings = en;
