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

/**
 * The warning-sign (red-flag) questions of a pain entry, in the order they are asked: the
 * pain form and the quick-log window show these same words (shared/RedFlagQuestions).
 */
export const redFlagQuestions = {
  legend: 'Any of these, new since your pain began?',
  hint: 'These are rare but need urgent care. Tick any that apply.',
  items: [
    { key: 'both_legs', text: 'Pain, numbness, tingling or weakness in both legs (or spreading from one leg to the other)' },
    { key: 'saddle_numbness', text: 'Numbness or tingling around the genitals, buttocks or inner thighs (saddle area)' },
    { key: 'bladder_bowel_change', text: "Bladder or bowel change: can't pass urine or don't feel the need to, trouble starting or a weak flow, leaking urine, or new constipation or loss of bowel control" },
    { key: 'sexual_function_change', text: 'New change in sexual sensation or function' },
    { key: 'fever', text: 'Fever or chills' },
    { key: 'leg_weakness_worsening', text: 'Leg weakness getting worse, a foot that drags or slaps, or new trouble walking' },
    { key: 'night_pain', text: 'Pain at night that does not ease with rest or changing position' },
    { key: 'back_lump', text: 'A new lump, swelling or change in the shape of your back' },
  ],
} as const satisfies {
  legend: string;
  hint: string;
  items: readonly { key: keyof import('../bindings/EmergencySigns').EmergencySigns; text: string }[];
};

/** No warning sign ticked: what a new pain entry starts with. */
export function noRedFlags(): Required<import('../bindings/EmergencySigns').EmergencySigns> {
  return {
    saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false,
    leg_weakness_worsening: false, night_pain: false, back_lump: false, both_legs: false,
  };
}

/** Fills {name} placeholders: fill('Step {step} of {total}', { step: 1, total: 6 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
