// The words of Settings and of reminders (see docs/i18n.md). A reminder kind's name is a
// label from the core (shared/labels.ts reminderLabels); words other features use too are in
// shared/strings.ts.
import type { Day } from '../../bindings/Day';
import { t } from '../../shared/i18n';

const en = {
  outcomes: {
    title: 'Ask “how was your back afterwards?” after',
    hint: 'Today asks once after each activity of these kinds; one tap answers (“no pain” counts too). Insights can only tell what helps from activities whose outcome is known.',
    saved: 'Saved.',
  },
  reminders: {
    master: 'Reminders on',
    masterHint: 'One switch for all of them.',
    checkInHint: 'Stress, sleep and stiffness, once a day.',
    programmeHint: 'On the days you choose.',
    morningAfter: 'Ask "how is your back this morning?" after intimacy',
    morningAfterHint:
      'The morning after you log intimacy, unless you already said how your back was afterwards. The notification itself never mentions intimacy.',
    weeklyCheckHint: 'Three questions about the past week, on the day you choose; skipped if you answered them in the last 7 days.',
    experimentDayHint:
      'Each day an experiment is running (not while it is paused): "Backstory: today\'s plan is ready". The notification never names the change.',
    day: 'Day',
    remindMe: 'Remind me',
    useQuiet: 'Use quiet hours',
    time: 'Time',
    days: 'Days',
    quiet: 'Quiet hours',
    quietHint: 'No reminders in this window; a missed one waits until it ends, if still the same day.',
    snooze: 'Snooze length (minutes)',
    save: 'Save reminders',
    saved: 'Reminders saved.',
    next: 'Coming up',
    nothingNext: 'No reminders coming up.',
    test: 'Show a test reminder',
    testHint: 'Checks that your desktop shows Backstory notifications.',
    whileRunning: 'Reminders come while Backstory is running: with the window open, minimised, or closed to the tray.',
    toastLabel: 'Reminder',
    open: 'Open',
    snoozeButton: 'Snooze',
    snoozedUntil: 'Snoozed until {time}.',
    late: 'Missed earlier',
  },
  settings: {
    intro: 'Everything you chose during setup, and a few more options.',
    remindersTitle: t('common-reminders'),
    profileTitle: 'Health history, conditions and movement',
    profileText: 'Your health history, known conditions, age band and movement profile are on the Profile screen.',
    profileOpen: 'Open Profile',
    privacyTitle: t('common-privacy'),
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
      { key: 'N', what: t('common-log-pain') },
      { key: 'A', what: 'Log an activity' },
      { key: '/', what: 'Filter the timeline' },
      { key: 'Esc', what: 'Close a form or dialog' },
    ],
    displayTitle: 'Display',
    desktop: {
      title: 'Tray and start at login',
      intro: 'Backstory can stay in the tray (the status area) with its window closed, so reminders keep coming and the tray menu logs pain in seconds.',
      noTray: 'This desktop shows no tray icon for Backstory (on Linux it needs the AppIndicator library, package libayatana-appindicator3-1), so closing the window quits Backstory.',
      closeLegend: 'When I close the window',
      closeKeep: 'Keep Backstory in the tray (reminders keep coming)',
      closeQuit: 'Quit Backstory',
      closeAsk: 'Ask me the next time',
      login: 'Start Backstory at login, in the tray, with no window',
      loginHint: 'Reminders then come all day without opening anything. Off by default.',
      shortcut: 'Shortcut that opens quick log from anywhere',
      shortcutHint: 'Off when empty. Click the field and press the keys (at least one of Ctrl, Alt, Shift or Super, then a key), or type them, e.g. Ctrl+Alt+L. Backspace clears it.',
      save: 'Save these settings',
      saved: 'Tray and login settings saved.',
    },
    displayText:
      'Backstory follows your system: light or dark theme, reduced motion, and text size (change the default font size of your desktop and the app scales with it).',
  },
};

export type SettingsStrings = typeof en;

/** The strings in use; a translation adds an object of type SettingsStrings. */
export const settingsStrings: SettingsStrings = en;

export const dayLabels: Record<Day, { short: string; long: string }> = {
  mon: { short: 'Mon', long: 'Monday' },
  tue: { short: 'Tue', long: 'Tuesday' },
  wed: { short: 'Wed', long: 'Wednesday' },
  thu: { short: 'Thu', long: 'Thursday' },
  fri: { short: 'Fri', long: 'Friday' },
  sat: { short: 'Sat', long: 'Saturday' },
  sun: { short: 'Sun', long: 'Sunday' },
};
