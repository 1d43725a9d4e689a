// Words the guide's screens and players share (see docs/i18n.md). Words other features use
// too are in shared/strings.ts.

const en = {
  getHelpFirst: 'Get help first.',
  pausedSuggestions: 'Paused suggestions.',
  seeTheAlert: 'See the alert',
  backToGuide: 'Back to the guide',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  suggestProfile: 'Suggest a profile',
  suggested: 'Suggested:',
};

export type GuideStrings = typeof en;

/** The strings in use; a translation adds an object of type GuideStrings. */
export const guideStrings: GuideStrings = en;
