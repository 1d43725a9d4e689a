// Words the alert screens share (see docs/i18n.md). Words other features use too are in
// shared/strings.ts.

const en = {
  acknowledge: 'Acknowledge',
  whatToDo: 'What to do now:',
};

export type AlertStrings = typeof en;

/** The strings in use; a translation adds an object of type AlertStrings. */
export const alertStrings: AlertStrings = en;
