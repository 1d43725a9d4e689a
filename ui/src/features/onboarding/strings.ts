// The words of first-run setup and the welcome screen (see docs/i18n.md). Words other
// features use too are in shared/strings.ts.
import { t } from '../../shared/i18n';

const en = {
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
      history: t('profile-history-title'),
      conditions: 'Known conditions',
      movement: 'Movement profile',
      reminders: t('common-reminders'),
      privacy: t('common-privacy'),
      done: 'Ready',
    },
    historyTitle: 'A few health questions',
    historyIntro:
      'Some back pain needs a doctor sooner. These answers let Backstory tell you when. They stay on this computer, and you can change them any time in Profile.',
    ageLabel: 'Your age',
    historyLegend: 'Tick any that apply to you',
    episodeHint: 'Leave empty if you are not sure.',
    conditionsIntro:
      'Only conditions a doctor or physiotherapist has told you about. Backstory uses them to leave out exercises and positions that are not advised for them.',
    conditionsLegend: 'Conditions you have been told you have',
    movementTitle: 'Which movements bother your back?',
    movementIntro:
      'Many people find that bending forward or arching back makes their pain worse. Knowing which helps Backstory suggest exercises and positions.',
    movementUseSuggestion: 'Use the suggestion',
    remindersTitle: t('common-reminders'),
    remindersIntro:
      'Gentle nudges, only while Backstory is running (it can stay minimised or in the tray). You can change or switch them off at any time in Settings.',
    startAtLogin: 'Start Backstory at login, in the tray, with no window (so reminders come all day)',
    startAtLoginHint: 'Optional; change it any time in Settings.',
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
};

export type OnboardingStrings = typeof en;

/** The strings in use; a translation adds an object of type OnboardingStrings. */
export const onboardingStrings: OnboardingStrings = en;
