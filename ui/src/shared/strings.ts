// User-facing strings, English first, in one place so a translation is one more object of
// the same shape (see docs/i18n.md). Names of journal values (regions, conditions...) are in
// labels.ts; the words of native notifications are in the core (reminders/text.rs).
import type { Day } from '../bindings/Day';

const en = {
  common: {
    back: 'Back',
    next: 'Next',
    skip: 'Skip this step',
    save: 'Save',
    saved: 'Saved.',
    close: 'Close',
  },
  welcome: {
    does: 'What Backstory does',
    doesNot: 'What Backstory does not do',
    doesNotItems: [
      'It does not diagnose, treat or replace a doctor or physiotherapist.',
      'It does not send anything anywhere: no account, no cloud, no tracking, no network.',
      'It does not judge. What you log about sex and intimacy is there only to find what suits your back.',
    ],
    setUp: 'Set up my journal',
    setUpHint: 'About two minutes: a few health questions, your movement profile and reminders.',
    skipSetUp: 'Start my journal without setup',
  },
  onboarding: {
    progress: 'Step {step} of {total}',
    stepsLabel: 'Setup steps',
    steps: {
      welcome: 'Welcome',
      history: 'Health history',
      conditions: 'Known conditions',
      movement: 'Movement profile',
      reminders: 'Reminders',
      privacy: 'Privacy',
      done: 'Ready',
    },
    historyTitle: 'A few health questions',
    historyIntro:
      'Some back pain needs a doctor sooner. These answers let Backstory tell you when. They stay on this computer, and you can change them any time in Profile.',
    ageLabel: 'Your age',
    agePreferNot: 'Prefer not to say',
    historyLegend: 'Tick any that apply to you',
    episodeLabel: 'This episode of back pain started on',
    episodeHint: 'Leave empty if you are not sure.',
    conditionsTitle: 'Known back conditions',
    conditionsIntro:
      'Only conditions a doctor or physiotherapist has told you about. Backstory uses them to leave out exercises and positions that are not advised for them.',
    conditionsLegend: 'Conditions you have been told you have',
    movementTitle: 'Which movements bother your back?',
    movementIntro:
      'Many people find that bending forward or arching back makes their pain worse. Knowing which helps Backstory suggest exercises and positions.',
    movementChoose: 'Your movement profile',
    movementSuggested: 'Suggested from your answers: {profile}',
    movementUseSuggestion: 'Use the suggestion',
    movementSuggest: 'Suggest a profile',
    movementSuggestedLabel: 'Suggested:',
    remindersTitle: 'Reminders',
    remindersIntro:
      'Gentle nudges, only while Backstory is running (it can stay minimised). You can change or switch them off at any time in Settings.',
    privacyTitle: 'Your data stays here',
    privacyIntro:
      'Your journal is a file on this computer. Nothing is uploaded. If other people use this computer, you can also lock the journal with a passphrase (encryption at rest).',
    privacyOptional: 'Encryption is optional. If you forget the passphrase the journal cannot be opened, so keep it somewhere safe.',
    privacyLater: 'Encryption is optional: press Next to go on without it. You can turn it on or off in Settings, under Privacy, whenever you like.',
    doneTitle: 'You are ready',
    doneIntro: 'Press N to log pain, A to log an activity. Everything you set here can be changed in Settings and Profile.',
    finish: 'Start my journal',
    saveFailed: 'This step could not be saved: {message}',
  },
  reminders: {
    master: 'Reminders on',
    masterHint: 'One switch for all of them.',
    checkIn: 'Daily check-in',
    checkInHint: 'Stress, sleep and stiffness, once a day.',
    programme: 'Stretches and core programme',
    programmeHint: 'On the days you choose.',
    morningAfter: 'Ask "how is your back this morning?" after intimacy',
    morningAfterHint:
      'The morning after you log intimacy. The notification itself never mentions intimacy.',
    remindMe: 'Remind me',
    useQuiet: 'Use quiet hours',
    time: 'Time',
    days: 'Days',
    quiet: 'Quiet hours',
    quietHint: 'No reminders in this window; a missed one waits until it ends, if still the same day.',
    from: 'From',
    to: 'To',
    snooze: 'Snooze length (minutes)',
    save: 'Save reminders',
    saved: 'Reminders saved.',
    next: 'Coming up',
    nothingNext: 'No reminders coming up.',
    test: 'Show a test reminder',
    testHint: 'Checks that your desktop shows Backstory notifications.',
    whileRunning: 'Reminders come while Backstory is running, even minimised.',
    toastLabel: 'Reminder',
    open: 'Open',
    snoozeButton: 'Snooze',
    dismiss: 'Dismiss',
    snoozedUntil: 'Snoozed until {time}.',
    late: 'Missed earlier',
  },
  settings: {
    title: 'Settings',
    intro: 'Everything you chose during setup, and a few more options.',
    remindersTitle: 'Reminders',
    profileTitle: 'Health history, conditions and movement',
    profileText: 'Your health history, known conditions, age band and movement profile are on the Profile screen.',
    profileOpen: 'Open Profile',
    privacyTitle: 'Privacy',
    privacyText:
      'Your journal stays on this computer. Backstory makes no network connections and keeps nothing in the browser storage of its window. Its folder and files can be opened by your account only.',
    keptTitle: 'How long deleted things are kept',
    keptDeleted: (days: string) =>
      `A deleted entry can be brought back for ${days}. After that it is erased for good the next time Backstory starts, and the space it took in the journal file is overwritten.`,
    keptBackups: (n: number) =>
      `Backstory keeps one backup a day for the last ${n} days it was used, in the backups folder beside your journal. A deleted entry is still in the backups made before you deleted it, until they rotate out (after ${n} newer daily backups).`,
    keptOther: (n: number) =>
      `Backups made before an upgrade or before a restore are kept until ${n} newer daily backups exist, then removed the same way.`,
    keptExports: 'Files you save yourself (shares, exports, reports, CSV, full backups) are yours: Backstory never deletes them.',
    keyboardTitle: 'Keyboard',
    keyboardIntro: 'Everything works with the keyboard: Tab and Shift+Tab move, Enter and Space press. Single-key shortcuts work when no text field has focus.',
    shortcuts: [
      { key: 'N', what: 'Log pain' },
      { key: 'A', what: 'Log an activity' },
      { key: '/', what: 'Filter the timeline' },
      { key: 'Esc', what: 'Close a form or dialog' },
    ],
    displayTitle: 'Display',
    displayText:
      'Backstory follows your system: light or dark theme, reduced motion, and text size (change the default font size of your desktop and the app scales with it).',
  },
};

export type Strings = typeof en;

/** The strings in use. A translation adds an object of type Strings and picks it here. */
export const strings: Strings = en;

export const dayLabels: Record<Day, { short: string; long: string }> = {
  mon: { short: 'Mon', long: 'Monday' },
  tue: { short: 'Tue', long: 'Tuesday' },
  wed: { short: 'Wed', long: 'Wednesday' },
  thu: { short: 'Thu', long: 'Thursday' },
  fri: { short: 'Fri', long: 'Friday' },
  sat: { short: 'Sat', long: 'Saturday' },
  sun: { short: 'Sun', long: 'Sunday' },
};

/** Fills {name} placeholders: fill('Step {step} of {total}', { step: 1, total: 6 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
