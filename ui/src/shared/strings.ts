// Screen text, English first, so a translation is one more object of the same shape (see
// docs/i18n.md). This file holds the words two or more features use and fill(); a feature's
// own words are in its folder (features/<feature>/strings.ts, the same shape). Names of
// journal values come from the core (labels.ts); the words of native notifications are in
// the core too (reminders/text.rs).

const en = {
  /** The screens, as the sidebar names them and as their headings say. */
  screens: {
    today: 'Today',
    timeline: 'Timeline',
    insights: 'Insights',
    experiments: 'Experiments',
    alerts: 'Alerts',
    guide: 'Guide',
    positions: 'Positions',
    sharing: 'Sharing',
    profile: 'Profile',
    settings: 'Settings',
  },
  common: {
    back: 'Back',
    next: 'Next',
    cancel: 'Cancel',
    keep: 'Keep',
    dismiss: 'Dismiss',
    from: 'From',
    to: 'To',
    when: 'When',
    passphrase: 'Passphrase',
    loading: 'Loading…',
    saving: 'Saving…',
    checking: 'Checking…',
    encrypting: 'Encrypting…',
    logPain: 'Log pain',
    logPainNow: 'Log pain now',
    reminders: 'Reminders',
    privacy: 'Privacy',
  },
  /** Asking about pain: the pain form and the "this hurt" report in the exercise player. */
  pain: {
    howMuchRequired: 'Choose how much it hurts, from 0 to 10.',
    where: 'Where?',
  },
  /** The profile's questions, asked in Profile and during setup. */
  profile: {
    conditionsTitle: 'Known back conditions',
    historyTitle: 'Health history',
    episodeLabel: 'This episode of back pain started on',
    agePreferNot: 'Prefer not to say',
  },
  /** The movement profile, chosen in the guide's Positions and during setup. */
  movement: {
    choose: 'Your movement profile',
  },
};

export type Strings = typeof en;

/** The strings in use. A translation adds an object of type Strings and picks it here. */
export const strings: Strings = en;

/** Fills {name} placeholders: fill('Step {step} of {total}', { step: 1, total: 6 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
