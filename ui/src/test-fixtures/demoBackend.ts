// A mocked backend answering every screen's commands with demo-like data (a few days of a
// real-looking journal), for screen tests and the accessibility check. Commands it does not
// know answer null; `overrides` replaces or adds answers.
import { mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { ChangedData } from '../bindings/ChangedData';
import type { JournalChange } from '../bindings/JournalChange';

/** The writes and what each changes, as the shell reports them in `journal-changed`. */
export const WRITES: Record<string, ChangedData> = {
  switch_journal: 'journal',
  mark_welcomed: 'settings',
  add_pain: 'entries',
  update_pain: 'entries',
  add_activity: 'entries',
  update_activity: 'entries',
  rate_relief: 'entries',
  save_check_in: 'entries',
  add_peg: 'entries',
  dismiss_peg: 'settings',
  delete_entry: 'entries',
  restore_entry: 'entries',
  save_profile: 'profile',
  record_session: 'entries',
  set_core_level: 'settings',
  record_stress_relief: 'entries',
  import_partner_share: 'partners',
  import_own_export: 'entries',
  remove_partner: 'partners',
  pairing_add: 'partners',
  pairing_rename: 'partners',
  pairing_remove: 'partners',
  pairing_rekey: 'partners',
  import_signed_share: 'partners',
  set_evening_note: 'partners',
  restore_backup: 'journal',
  save_reminder_settings: 'settings',
  set_idle_lock: 'settings',
  log_outcome: 'entries',
  save_outcome_kinds: 'settings',
  start_experiment: 'experiments',
  mark_experiment_day: 'experiments',
  abandon_experiment: 'experiments',
};

/** Sends `journal-changed` as the shell does after a write (needs `shouldMockEvents`). */
export function emitJournalChange(data: ChangedData): void {
  const change: JournalChange = { data, alerts: { raised: [], re_raised: [], resolved: [], reopened: [] } };
  queueMicrotask(() => void emit('journal-changed', change));
}

type Args = Record<string, unknown>;
type Answer = (args: Args) => unknown;

const today = new Date();
const iso = (daysAgo: number, hour: number) => {
  const d = new Date(today);
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 15, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00+00:00`;
};
const date = (daysAgo: number) => iso(daysAgo, 12).slice(0, 10);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const intimacy = {
  id: uuid(1),
  at: iso(1, 22),
  kind: 'intimacy',
  duration_min: 30,
  intimacy: { positions: ['spooning'], role: 'resting', props: ['pillow_under_lower_back'], warm_up: true, pain_before: 2 },
  exercises: [],
  routine_id: null,
  notes: 'Slow start, pillow helped.',
  created_at: iso(1, 23),
  updated_at: iso(1, 23),
};

const stretching = { ...intimacy, id: uuid(2), at: iso(0, 8), kind: 'stretching', duration_min: 10, intimacy: null, exercises: ['knee_rolls'], notes: '' };

const pain = {
  id: uuid(3),
  at: iso(0, 7),
  nrs: 4,
  regions: [
    { region: 'lower_back_centre', score: 4, qualities: [] },
    { region: 'buttock_left', score: null, qualities: [] },
  ],
  qualities: ['aching', 'stiff'],
  onset: 'next_morning',
  interference_daily: 3,
  interference_intimacy: 2,
  leg: { numbness: false, tingling: false, weakness: false, side: null },
  emergency: { saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false },
  activity_id: intimacy.id,
  notes: 'Stiff getting up.',
  created_at: iso(0, 7),
  updated_at: iso(0, 7),
};

const checkIn = {
  id: uuid(4),
  date: date(0),
  stress: 4,
  sleep_hours: 7,
  sleep_quality: 6,
  stiffness: 5,
  notes: '',
  created_at: iso(0, 9),
  updated_at: iso(0, 9),
};

const exercise = (id: string, name: string, loads: string[]) => ({
  id,
  name,
  kind: 'stretch',
  target: 'Lower back',
  steps: ['Lie on your back.', 'Move slowly.', 'Breathe.'],
  dose: { hold_s: 20, tempo_s: null, minutes: null, reps: 8, sets: 1, sides: 'none', relax_s: 0, rest_s: 0 },
  cautions: ['Stop if pain spreads below the knee.'],
  loads,
  leg_caution: false,
  easier: null,
  harder: null,
  sources: ['nhs'],
});

const catalogue = {
  sources: [{ id: 'nhs', title: 'Back exercises', publisher: 'NHS', year: 2022, url: null }],
  exercises: [exercise('knee_rolls', 'Knee rolls', ['rotation']), exercise('pelvic_tilt', 'Pelvic tilt', [])],
  routines: [
    { id: 'before_intimacy', name: 'Before intimacy: 5-minute warm-up', kind: 'stretching', summary: 'Warm up.', when: 'Before.', cautions: [], avoid_loads: [], sources: ['nhs'], steps: [] },
    { id: 'core_level_1', name: 'Core level 1: foundations', kind: 'core_session', summary: 'Brace.', when: 'Daily.', cautions: [], avoid_loads: [], sources: ['nhs'], steps: [] },
  ],
  programme: {
    id: 'core_programme', name: 'Core programme', summary: 'Six levels.', sources: ['nhs'],
    levels: [{ level: 1, routine: 'core_level_1', sessions_to_advance: 6 }],
    rules: { window_days: 28, min_days_at_level: 10, compare_days: 7, worse_points: 2, worse_percent: 30, hurt_sessions_to_step_down: 2, hurt_of_last_sessions: 3, hurt_nrs: 5 },
    rules_text: { up: 'Up rule.', down: 'Down rule.', stay: 'Stay rule.' },
  },
  stress_tools: [],
};

const advice = (position: string) => ({ position, note: `Note for ${position}.`, sources: ['nhs'], evidence: 'Abstract.', rank: null });
export const positionsView = {
  positions: [
    { id: 'spooning', name: 'Spooning', summary: 'Side-lying, one behind the other.' },
    { id: 'all_fours_kneeling_behind', name: 'All fours, kneeling behind', summary: '' },
  ],
  guide: {
    sources: ['nhs'], intro: 'What the studies found about positions and back pain.',
    principles: [{ text: 'Move from the hips, not the spine.', sources: ['nhs'] }],
    hip_hinge: { title: 'The hip-hinge cue', steps: ['Brace.', 'Hinge.'], sources: ['nhs'] },
    profiles: ['flexion', 'extension', 'mixed', 'unknown'].map((p) => ({
      profile: p, title: p, explanation: `Explanation for ${p}.`,
      moving: { try: [advice('all_fours_kneeling_behind')], avoid: [] },
      resting: { try: [advice('spooning')], avoid: [] }, sources: ['nhs'],
    })),
    props: [{ prop: 'wedge', name: 'Wedge', use: 'Support under the hips.' }],
    limits: ['Ten healthy couples.'],
    questionnaire: {
      intro: 'Which of these make your back pain worse?',
      questions: [
        { id: 'sitting', text: 'Sitting for a long time', points_to: 'flexion' },
        { id: 'bending', text: 'Bending forward', points_to: 'flexion' },
        { id: 'arching', text: 'Arching backwards or standing long', points_to: 'extension' },
      ],
      rule: 'More flexion answers suggest flexion-intolerant; more extension answers, extension-intolerant.',
      sources: ['nhs'],
    },
    conversation: { intro: 'Talk first.', prompts: [{ topic: 'A pause signal', text: 'Agree a word.' }], sources: ['nhs'] },
    check: { before: ['Pain now?'], after: ['Pain after?'], urgent: 'Numbness around the genitals: emergency.', sources: ['nhs'] },
    condition_notes: [],
  },
};

const stat = (n: number, mean: number | null, unknown = 0) => ({ n, mean, distribution: [], unknown });
const period = (start: string, mean: number | null) => ({
  start, end: start, complete: true, days_logged: 3, pain_days: 2, pain_free_days: 1, mean, max: 6, change: null,
});
const day = (d: string, max: number | null) => ({
  date: d, entries: max == null ? 0 : 1, max, mean: max, logged: max != null, pain_free: max === 0, level: max, avg7: max,
  intimacy: 0, stretching: 1, core: 0, other_activities: 0,
});

export const profile = {
  conditions: ['sciatica'],
  movement_profile: 'flexion',
  age_band: 'from35_to49',
  history: {
    cancer_history: false, immunosuppressed: 'no', iv_drug_use: false, long_term_steroids: 'no',
    recent_infection: 'no', unexplained_weight_loss: 'no', major_trauma: 'no', minor_trauma: 'no', episode_started: null,
  },
  display_name: '',
};

export const reminderDefaults = {
  enabled: false,
  check_in: { on: true, time: '20:00' },
  programme: { on: true, days: ['mon', 'wed', 'fri'], time: '18:00' },
  morning_after: { on: false, time: '08:30' },
  weekly_check: { on: false, day: 'sun', time: '19:00' },
  experiment_day: { on: false, time: '09:00' },
  quiet_hours: { on: true, start: '22:00', end: '07:30' },
  snooze_minutes: 15,
};

const severe = {
  rule: {
    id: 'severe_pain', tier: 'see_doctor_soon', title: 'Severe pain', meaning: 'Pain of 8 or more.',
    what_to_do: 'See a GP in the next few days.', threshold: 'NRS 8 or more.', reason: 'Severe pain deserves a check.',
    sources: ['Boonstra 2016'], window_days: 14, reraise: 'on_every_new_entry',
  },
  detail: 'Pain 8/10 logged 3 days ago.',
  evidence: [{ kind: 'pain', id: pain.id, at: pain.at, summary: 'Pain 8/10' }],
  first_raised_at: iso(3, 9), last_raised_at: iso(3, 9), raise_count: 1,
  acknowledged_at: null, resolved_at: null, resolution: null, needs_attention: true,
};

const answers: Record<string, Answer> = {
  app_status: () => ({ ok: true, demo: true, journal_path: '/tmp/demo/journal.db', welcomed: true, error: null }),
  mark_welcomed: () => null,
  timeline: () => ({
    items: [
      { kind: 'check_in', entry: checkIn },
      { kind: 'activity', entry: stretching },
      { kind: 'pain', entry: pain },
      { kind: 'activity', entry: intimacy },
    ],
    has_more: false,
  }),
  check_in_on: () => checkIn,
  pending_outcomes: () => ({ activities: [intimacy], window_days: 7 }),
  activity_outcomes: (a) => (a.ids as string[]).map((id) => ({ activity_id: id, nrs: null })),
  outcome_kinds: () => ['intimacy'],
  save_outcome_kinds: (a) => a.kinds,
  log_outcome: (a) => {
    const answer = a.answer as { activity_id: string; nrs: number };
    return { ...pain, id: uuid(90), nrs: answer.nrs, regions: [], activity_id: answer.activity_id };
  },
  suggest_link: () => ({ suggested: intimacy, recent: [intimacy, stretching] }),
  list_positions: () => positionsView.positions,
  get_profile: () => structuredClone(profile),
  save_profile: (a) => a.profile,
  list_alerts: () => [severe],
  alert_history: () => [],
  red_flag_rules: () => [],
  guide_catalogue: () => catalogue,
  guide_illustrations: () => [{ id: 'knee_rolls', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' }],
  guide_fast_timers: () => false,
  guide_positions: () => ({ ...positionsView, for_you: { profile: 'flexion', because: [], notes: [] }, pause: null }),
  suggest_movement_profile: () => 'flexion',
  guide_today: () => ({
    picks: [{ kind: 'routine', id: 'before_intimacy', title: 'Before intimacy: 5-minute warm-up', reason: 'Pain followed intimacy yesterday.', rule: 'after_intimacy_pain' }],
    paused_for_emergency: false,
    programme: { level: 1, since: null, routine_id: 'core_level_1', advice: 'stay', suggested_level: 1, sessions_done: 2, sessions_needed: 6, pain_recent: 3, pain_before: 3, reason: 'Keep going at level 1.' },
    movement_profile: 'flexion', hidden_movements: ['flexion'], hidden_note: 'Exercises that bend the back forward are hidden for your profile.', leg_caution: false,
    pause: null, hidden_exercises: [],
  }),
  insights_weekly_summary: () => ({
    from: date(6), to: date(0), has_data: true,
    sentences: [{ text: 'In the last 7 days you logged 5 days; pain averaged 3.2 out of 10.', figures: [] }],
  }),
  peg_overview: () => ({ due: false, latest: null, weeks: [] }),
  insights_pain_trend: () => ({
    from: date(2), to: date(0), days: [day(date(2), 5), day(date(1), 3), day(date(0), 4)],
    weeks: [period(date(6), 3.5)], months: [period(date(20), 3.8)], totals: period(date(2), 4),
  }),
  insights_body_map: () => ({
    from: date(2), to: date(0),
    overall: {
      pain_entries: 4,
      regions: [
        { region: 'buttock_left', entries: 3, mean_score: 5.3, worst_score: 7 },
        { region: 'thigh_back_left', entries: 1, mean_score: 3, worst_score: 3 },
      ],
    },
    by_activity: [{
      kind: 'intimacy', position: null, label: 'Intimacy',
      map: { pain_entries: 2, regions: [{ region: 'buttock_left', entries: 2, mean_score: 6, worst_score: 7 }] },
    }],
  }),
  insights_pain_after: () => ({ scope: 'intimacy', overall: stat(6, 3.5, 2), factors: [], comparisons: [] }),
  insights_flares: () => ({
    flare_days: [date(30), date(12)],
    summary: '2 flares found, each compared with ordinary days 1, 2 and 7 days before it.',
    exposures: [
      {
        id: 'intimacy_no_warm_up', description: 'had sex without a warm-up', flares: 6, flares_exposed: 5, controls: 18,
        controls_exposed: 1, only_before_flare: 14, only_before_control: 1, enough: true, clear: true,
        odds_ratio: 14, interval: [1.8, 108],
        sentence: 'Before 5 of the 6 flares compared, you had sex without a warm-up; before the matching ordinary days, 1 of 18 — more often before flares than on ordinary days.',
      },
      {
        id: 'lifting', description: 'lifted something heavy', flares: 6, flares_exposed: 0, controls: 18, controls_exposed: 0,
        only_before_flare: 0, only_before_control: 0, enough: false, clear: false, odds_ratio: null, interval: null,
        sentence: 'Whether you lifted something heavy: not enough to say yet (0 of the 5 flare/ordinary-day pairs that differ are needed).',
      },
    ],
  }),
  insights_adherence: () => ({
    today: date(0),
    weeks: [{ start: date(6), stretching: 2, core: 3, session_days: 4, days_logged: 5, pain_mean: 3, complete: false }],
    streaks: { current: 2, longest: 9, longest_end: date(30) },
    sessions_last_7_days: 5, session_days_last_7_days: 4,
    comparison: {
      id: 'programme_weeks', title: 'Programme weeks', with_label: 'with 3+ session days', without_label: 'without',
      with: stat(2, 3), without: stat(1, 4), difference: null, verdict: 'too_few_cases',
      sentence: 'Weeks with sessions on 3 or more days: not enough cases yet.',
    },
  }),
  sharing_partners: () => [],
  sharing_backups: () => [],
  reminder_settings: () => structuredClone(reminderDefaults),
  save_reminder_settings: (a) => a.settings,
  next_reminders: () => [{ kind: 'programme', at: new Date(Date.now() + 3_600_000).toISOString() }],
  snooze_reminder: () => new Date(Date.now() + 15 * 60_000).toISOString(),
  show_test_reminder: () => null,
  take_pending_reminder: () => null,
  take_pending_screen: () => null,
  desktop_settings: () => ({ close_to_tray: null, quick_log_shortcut: null, start_at_login: false, tray: true, language: null, locale: 'en' }),
  save_desktop_settings: (a) => ({ ...(a.settings as object), tray: true }),
  security_status: () => ({
    encrypted: false,
    locked: false,
    idle_lock_minutes: null,
    storage_warning: null,
    permissions_repaired: null,
    retention: { deleted_kept_days: 1, daily_backups_kept: 7 },
  }),
};

/** Every piece of text the mocked backend has answered with: words the Rust side writes
 * (catalogue, insight sentences, user notes) are data here, not the window's own words. */
export const answeredText = new Set<string>();

function collectText(value: unknown): void {
  if (typeof value === 'string') answeredText.add(value);
  else if (Array.isArray(value)) value.forEach(collectText);
  else if (value && typeof value === 'object') Object.values(value).forEach(collectText);
}

export interface Call {
  cmd: string;
  args: Args;
}

/** Installs the demo backend; returns the list of calls it receives. Like the shell, it
 * sends `journal-changed` after each write that succeeds. */
export function demoBackend(overrides: Record<string, Answer> = {}, options: { shouldMockEvents?: boolean } = {}): Call[] {
  const calls: Call[] = [];
  mockIPC(
    (cmd, args) => {
      const a = (args ?? {}) as Args;
      calls.push({ cmd, args: a });
      const answer = overrides[cmd] ?? answers[cmd];
      const result = answer ? answer(a) : null;
      collectText(result);
      if (cmd in WRITES) emitJournalChange(WRITES[cmd]);
      return result;
    },
    { shouldMockEvents: true, ...options },
  );
  return calls;
}
