import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../shared/i18n';
import { resetGuide, resetPositions } from './guideData.svelte';
import Guide from './Guide.svelte';
import Positions from './Positions.svelte';

const exercise = (id: string, name: string, loads: string[]) => ({
  id,
  name,
  kind: 'stretch',
  target: 'Lower back',
  steps: ['One', 'Two', 'Three'],
  dose: { hold_s: 20, tempo_s: null, minutes: null, reps: 1, sets: 1, sides: 'none', relax_s: 0, rest_s: 0 },
  cautions: ['Careful.'],
  loads,
  leg_caution: false,
  neural_tension: false,
  avoid_with: [],
  safety: `What ${name} asks of the back.`,
  easier: null,
  harder: null,
  sources: ['nhs'],
});

const catalogue = {
  sources: [{ id: 'nhs', title: 'Back exercises', publisher: 'NHS', year: 2022, url: null }],
  exercises: [exercise('knee_to_chest', 'Knee to chest', ['flexion']), exercise('knee_rolls', 'Knee rolls', ['rotation'])],
  routines: [
    { id: 'before_intimacy', name: 'Before intimacy: 5-minute warm-up', kind: 'stretching', summary: 'Warm up.', when: 'Before.', cautions: [], avoid_loads: [], sources: ['nhs'], steps: [] },
    { id: 'core_level_1', name: 'Core level 1: foundations', kind: 'core_session', summary: 'Brace.', when: 'Daily.', cautions: [], avoid_loads: [], sources: ['nhs'], steps: [] },
  ],
  programme: {
    id: 'core_programme', name: 'Core programme', summary: 'Six levels.', sources: ['nhs'],
    levels: [{ level: 1, routine: 'core_level_1', sessions_to_advance: 6 }, { level: 2, routine: 'core_level_2', sessions_to_advance: 6 }],
    rules: { window_days: 28, min_days_at_level: 10, compare_days: 7, worse_points: 2, worse_percent: 30, hurt_sessions_to_step_down: 2, hurt_of_last_sessions: 3, hurt_nrs: 5 },
    rules_text: { up: 'Up rule.', down: 'Down rule.', stay: 'Stay rule.' },
  },
  stress_tools: [],
};

type Pause = 'none' | 'urgent' | 'emergency';

function pause(kind: Pause) {
  if (kind === 'none') return null;
  const emergency = kind === 'emergency';
  return {
    tier: kind,
    rules: [emergency ? 'saddle_numbness' : 'fever'],
    titles: [emergency ? 'Numbness or tingling in the saddle area' : 'Fever or chills with back pain'],
    reason: emergency
      ? 'Suggestions for today, moving up a core level and the player\'s routines are paused because an emergency alert is open: Numbness or tingling in the saddle area.'
      : 'Suggestions for today, moving up a core level and the player\'s routines are paused because an urgent alert is open: Fever or chills with back pain. Get medical advice today.',
    get_help_first: emergency,
  };
}

// Sessions at the current level in the rules' window (the demo journal has more than needed).
let sessionsDone = 6;

function panel(kind: Pause) {
  const paused = kind !== 'none';
  return {
    picks: paused ? [] : [
      { kind: 'routine', id: 'after_intimacy', title: 'After intimacy: gentle cool-down', reason: 'You logged 6/10 after intimacy yesterday: try the gentle cool-down.', rule: 'after_intimacy_pain' },
      { kind: 'positions', id: 'positions', title: 'Positions that suit your back', reason: 'Pain followed intimacy.', rule: 'after_intimacy_positions' },
    ],
    paused_for_emergency: kind === 'emergency',
    pause: pause(kind),
    programme: { level: 1, since: null, routine_id: 'core_level_1', advice: paused ? 'stay' : 'up', suggested_level: 2, sessions_done: sessionsDone, sessions_needed: 6, pain_recent: 3, pain_before: 3, reason: '6 sessions at level 1 and your pain is not worse: ready for level 2.' },
    movement_profile: 'flexion',
    hidden_movements: ['flexion'],
    hidden_note: 'Exercises that bend the back forward are hidden for your profile.',
    leg_caution: false,
    hidden_exercises: [{ id: 'knee_to_chest', reason: 'Knee to chest bends the lower back forward, which is avoided with your movement profile (bending forward hurts)' }],
  };
}

let calls: { cmd: string; args: Record<string, unknown> }[];
let savedMovement = 'unknown';

// forYou stands in for the core's positions_for: by default it follows the saved movement profile.
function backend(kind: Pause = 'none', forYou: { profile: string; because: string[]; notes: unknown[] } | null = null) {
  savedMovement = 'unknown';
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'guide_catalogue') return catalogue;
    if (cmd === 'guide_illustrations') return [{ id: 'knee_rolls', svg: '<svg xmlns="http://www.w3.org/2000/svg" stroke="currentColor"></svg>' }];
    if (cmd === 'guide_fast_timers') return false;
    if (cmd === 'guide_today') return panel(kind);
    if (cmd === 'set_core_level') return { level: 2, since: '2026-11-27' };
    if (cmd === 'guide_positions') return { ...positionsView, for_you: forYou ?? { profile: savedMovement, because: [], notes: [] }, pause: pause(kind) };
    if (cmd === 'get_profile') return { conditions: [], movement_profile: 'unknown', age_band: null, history: {}, display_name: '' };
    if (cmd === 'save_profile') {
      const p = (args as { profile: { movement_profile: string } }).profile;
      savedMovement = p.movement_profile;
      return p;
    }
    if (cmd === 'suggest_movement_profile') return 'flexion';
    return null;
  });
}

const advice = (position: string) => ({ position, note: `Note for ${position}.`, sources: ['nhs'], evidence: 'Abstract; table number not confirmed.', rank: null });
const positionsView = {
  positions: [{ id: 'spooning', name: 'Spooning', summary: '' }, { id: 'all_fours_kneeling_behind', name: 'All fours, kneeling behind', summary: '' }],
  guide: {
    sources: ['nhs'], intro: 'Intro.', principles: [{ text: 'Hinge at the hips.', sources: ['nhs'] }],
    hip_hinge: { title: 'The hip-hinge cue', steps: ['Brace.'], sources: ['nhs'] },
    profiles: ['flexion', 'extension', 'mixed', 'unknown'].map((p) => ({
      profile: p, title: p, explanation: `Explanation for ${p}.`,
      moving: { try: [advice('all_fours_kneeling_behind')], avoid: p === 'flexion' ? [advice('spooning')] : [] },
      resting: { try: [advice('spooning')], avoid: [] }, sources: ['nhs'],
    })),
    props: [{ prop: 'wedge', name: 'Wedge', use: 'Support.' }],
    limits: ['Ten healthy couples.'],
    questionnaire: { intro: 'Which movements hurt?', questions: [{ id: 'sitting', text: 'Sitting long', points_to: 'flexion' }], rule: 'Rule.', sources: ['nhs'] },
    conversation: { intro: 'Talk.', prompts: [{ topic: 'A pause signal', text: 'Agree a word.' }], sources: ['nhs'] },
    check: { before: ['Pain now?'], after: ['Pain after?'], urgent: 'Numbness around the genitals: emergency.', sources: ['nhs'] },
    condition_notes: [],
  },
};

beforeEach(() => {
  calls = [];
  sessionsDone = 6;
  resetGuide();
  resetPositions();
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('Guide', () => {
  it('shows picks with their reasons and hides exercises the profile rules out', async () => {
    backend();
    render(Guide);
    expect(await screen.findByText('You logged 6/10 after intimacy yesterday: try the gentle cool-down.')).toBeInTheDocument();
    expect(screen.getByText('Exercises that bend the back forward are hidden for your profile.', { exact: false })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Knee rolls' });
    expect(screen.queryByRole('heading', { name: 'Knee to chest' }), 'a flexion item is not offered to a flexion-intolerant user').toBeNull();
    expect(screen.getByText('Hidden for your profile (1)')).toBeInTheDocument();
    expect(screen.getByText(/Knee to chest bends the lower back forward, which is avoided with your movement profile/), 'the reason comes from the core').toBeInTheDocument();
    const img = document.querySelector('img[alt^="Knee rolls"]') as HTMLImageElement;
    expect(img.src.startsWith('data:image/svg+xml'), 'illustrations are data: images').toBe(true);
    expect(decodeURIComponent(img.src)).not.toContain('currentColor');
  });

  it('moves up a level when the user accepts the advice', async () => {
    backend();
    render(Guide);
    await fireEvent.click(await screen.findByRole('button', { name: 'Move to level 2' }));
    await waitFor(() => expect(calls.find((c) => c.cmd === 'set_core_level')?.args).toEqual({ level: 2 }));
  });

  it('counts sessions past the level\'s need as all done, never "12 of 6"', async () => {
    sessionsDone = 12;
    backend();
    render(Guide);
    expect(await screen.findByText('All 6 sessions done (12 in the last 28 days)')).toBeInTheDocument();
    expect(screen.queryByText(/12 of 6/)).toBeNull();
    sessionsDone = 4;
    cleanup();
    resetGuide();
    render(Guide);
    expect(await screen.findByText('4 of 6 sessions')).toBeInTheDocument();
  });

  it('suggests nothing while an emergency alert is open', async () => {
    backend('emergency');
    render(Guide);
    expect(await screen.findByText('Get help first.')).toBeInTheDocument();
    expect(screen.getByTestId('guide-paused')).toHaveTextContent('an emergency alert is open');
    expect(document.querySelector('.picks')).toBeNull();
  });

  it('shows why suggestions and moving up are paused while an urgent alert is open', async () => {
    backend('urgent');
    render(Guide);
    const notice = await screen.findByTestId('guide-paused');
    expect(notice).toHaveTextContent('an urgent alert is open: Fever or chills with back pain');
    expect(notice).toHaveTextContent('Get medical advice today');
    expect(document.querySelector('.picks')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move to level 2' }), 'no level-up offered while paused').toBeNull();
  });
});

describe('the guide in German', () => {
  it('speaks German around the catalogue: headings, buttons, counts and the programme', async () => {
    setLocale('de');
    sessionsDone = 4;
    backend();
    render(Guide);
    expect(await screen.findByRole('heading', { name: 'Für Sie heute' })).toBeInTheDocument();
    expect(await screen.findByText('4 von 6 Einheiten')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rumpfprogramm: Stufe 1 von 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zu Stufe 2 wechseln' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Starten: After intimacy: gentle cool-down' }), 'the pick keeps its catalogue title').toBeInTheDocument();
    expect(screen.getByText('Für Ihr Profil ausgeblendet (1)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Knee rolls ausprobieren' })).toBeInTheDocument();
    expect(screen.getByText(/0 Übungen · Quelle: NHS/)).toBeInTheDocument();
    expect(screen.queryByText('For you today')).toBeNull();
    expect(screen.queryByText(/Stretches and core exercises|Hidden for your profile|Try it/)).toBeNull();
  });

  it('speaks German on the positions page and in the partner check', async () => {
    setLocale('de');
    backend('emergency');
    render(Positions);
    const notice = await screen.findByTestId('positions-paused');
    expect(notice).toHaveTextContent('Holen Sie zuerst Hilfe.');
    expect(notice).toHaveTextContent('Eine Notfallwarnung ist offen: Numbness or tingling in the saddle area.');
    expect(screen.getByRole('heading', { name: 'Stellungen und miteinander reden' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Vorher und nachher: gemeinsam durchgehen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Profil vorschlagen' })).toBeInTheDocument();
    expect(screen.queryByText(/What to try|Moving partner|Talking with your partner/)).toBeNull();
  });
});

describe('Positions', () => {
  it('suggests a profile from the questionnaire and saves the override', async () => {
    backend();
    render(Positions);
    await fireEvent.click(await screen.findByLabelText('Sitting long'));
    await fireEvent.click(screen.getByRole('button', { name: 'Suggest a profile' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Use this profile' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_profile')).toBe(true));
    const saved = calls.find((c) => c.cmd === 'save_profile')!.args as { profile: { movement_profile: string } };
    expect(saved.profile.movement_profile).toBe('flexion');
    await waitFor(() => expect(screen.getAllByText('Note for spooning.').length, 'spooning appears as avoid (moving) and try (resting)').toBe(2));
    expect(screen.getByText(/Ten healthy couples/)).toBeInTheDocument();
    expect(screen.getByText('A pause signal')).toBeInTheDocument();
  });

  it('keeps "get help first" on screen while an acknowledged emergency is unresolved', async () => {
    backend('emergency');
    render(Positions);
    const notice = await screen.findByTestId('positions-paused');
    expect(notice).toHaveTextContent('Get help first.');
    expect(notice).toHaveTextContent('Numbness or tingling in the saddle area');
  });

  it('shows the advice that fits the conditions, and says why', async () => {
    backend('none', {
      profile: 'extension',
      because: ['arching is avoided with spinal stenosis'],
      notes: [{ conditions: ['stenosis'], title: 'Spinal stenosis or spondylolisthesis', text: 'Arching under load brings symptoms on.', sources: ['nhs'], evidence: 'Abstract.' }],
    });
    render(Positions);
    expect(await screen.findByTestId('positions-because')).toHaveTextContent('because arching is avoided with spinal stenosis');
    expect(screen.getByText('Spinal stenosis or spondylolisthesis')).toBeInTheDocument();
    expect((screen.getByLabelText('Show advice for') as HTMLSelectElement).value, 'the extension advice is shown first').toBe('extension');
    expect(screen.queryByTestId('positions-paused')).toBeNull();
  });
});
