import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoutinePlan } from '../../bindings/RoutinePlan';
import type { SessionReport } from '../../bindings/SessionReport';
import { setLocale } from '../../shared/i18n';
import { guide, resetGuide } from './guideData.svelte';
import Player from './Player.svelte';

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[];

const dose = { hold_s: 3, tempo_s: null, minutes: null, reps: 1, sets: 1, sides: 'none' as const, relax_s: 0, rest_s: 0 };
const plan: RoutinePlan = {
  routine_id: 'before_intimacy',
  name: 'Before intimacy: 5-minute warm-up',
  kind: 'stretching',
  steps: ['knee_rolls', 'glute_bridge'].map((id) => ({
    exercise_id: id,
    name: id === 'knee_rolls' ? 'Knee rolls' : 'Glute bridge',
    side: null,
    set: 1,
    sets: 1,
    label: '',
    dose,
    dose_text: 'hold 3 s',
    segments: [
      { kind: 'ready' as const, seconds: 2, rep: 0, reps: 1, side: null, cue: 'Get into position' },
      { kind: 'hold' as const, seconds: 3, rep: 1, reps: 1, side: null, cue: 'Hold (1 of 1)' },
    ],
    seconds: 5,
  })),
  changes: [{ exercise_id: 'knee_to_chest', replaced_by: 'glute_bridge', reason: 'Knee to chest bends the lower back forward, which your profile avoids' }],
  total_seconds: 10,
  unsuitable: null,
  pause: null,
};

function backend(adviceStop: boolean) {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'hurt_advice_for') return { stop: adviceStop, message: adviceStop ? 'Pain spreading below the knee: stop this routine now.' : 'Skip this exercise for now.', sources: ['nyu_hamstring'] };
    if (cmd === 'record_session') {
      const report = (args as { report: SessionReport }).report;
      return {
        activity: { id: 'a1', at: report.started_at, kind: 'stretching', duration_min: 1, intimacy: null, exercises: report.exercises_done, routine_id: report.routine_id, notes: report.completed ? 'Guided: x. Completed.' : 'Guided: x. Stopped early.', created_at: 'x', updated_at: 'x' },
        pain: report.hurts.map((_, i) => ({ id: `p${i}` })),
      };
    }
    return null;
  });
}

beforeEach(() => {
  calls = [];
  resetGuide();
  guide.fast = true; // the test setting that shortens timers
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('Player', () => {
  it('plays every step with a visible cue and logs the finished routine', async () => {
    backend(false);
    let exited: unknown = 'not yet';
    render(Player, { plan, onexit: (r: unknown) => (exited = r) });
    expect(screen.getByRole('heading', { name: 'Before intimacy: 5-minute warm-up' })).toBeInTheDocument();
    expect(screen.getByTestId('player-cue')).toHaveTextContent(/Get into position|Hold/);
    expect(screen.getByText(/Adapted for you/)).toBeInTheDocument();
    await screen.findByText('Well done: routine finished', {}, { timeout: 4000 });
    const saved = calls.find((c) => c.cmd === 'record_session');
    expect(saved, 'the session is logged').toBeTruthy();
    const report = (saved!.args as { report: SessionReport }).report;
    expect(report.routine_id).toBe('before_intimacy');
    expect(report.exercises_done).toEqual(['knee_rolls', 'glute_bridge']);
    expect(report.completed).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the guide' }));
    expect(exited).not.toBe('not yet');
  });

  it('"this hurt" with pain below the knee says stop and logs the pain with the session', async () => {
    backend(true);
    render(Player, { plan, onexit: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'This hurt' }));
    await fireEvent.click(screen.getByLabelText('5'));
    await fireEvent.click(screen.getByLabelText(/Right leg below knee/));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/stop this routine now/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Stop.');
    await waitFor(() => expect(calls.some((c) => c.cmd === 'record_session')).toBe(true));
    const report = (calls.find((c) => c.cmd === 'record_session')!.args as { report: SessionReport }).report;
    expect(report.completed).toBe(false);
    expect(report.hurts).toHaveLength(1);
    expect(report.hurts[0]).toMatchObject({ exercise_id: 'knee_rolls', nrs: 5, regions: ['below_knee_right'] });
    expect(await screen.findByText('Session saved')).toBeInTheDocument();
  });

  it('pause stops the clock and skip moves to the next exercise', async () => {
    backend(false);
    guide.fast = false;
    render(Player, { plan, onexit: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText('Paused')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.getByRole('heading', { name: 'Glute bridge' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Stop and save' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'record_session')).toBe(true));
    const report = (calls.find((c) => c.cmd === 'record_session')!.args as { report: SessionReport }).report;
    expect(report.exercises_done, 'a skipped exercise is not logged as done').toEqual([]);
  });

  it('speaks German: the timer words, the controls, the "this hurt" form and the summary', async () => {
    setLocale('de');
    backend(false);
    guide.fast = false;
    render(Player, { plan, onexit: () => {} });
    expect(screen.getByText('Übung 1 von 2')).toBeInTheDocument();
    expect(screen.getByText('Bereit machen')).toBeInTheDocument();
    expect(screen.getByText(/Für Sie angepasst \(1 Änderung\)/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Anhalten' }));
    expect(screen.getByText('Pausiert')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Das tat weh' }));
    expect(screen.getByRole('heading', { name: 'Was tat bei Knee rolls weh?' })).toBeInTheDocument();
    expect(screen.getByText('Wie stark, von 0 bis 10')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Beenden und speichern' }));
    expect(await screen.findByRole('heading', { name: 'Einheit gespeichert' })).toBeInTheDocument();
    expect(screen.getByText('In Ihrem Tagebuch gespeichert: 1 Min., 0 Übungen.')).toBeInTheDocument();
    expect(screen.queryByText(/Saved to your journal|Session saved/)).toBeNull();
  });

  it('keeps "get help first" above the routine while an emergency alert is unresolved', () => {
    backend(false);
    const pause = {
      tier: 'emergency' as const,
      rules: ['saddle_numbness' as const],
      titles: ['Numbness or tingling in the saddle area'],
      reason: 'Suggestions for today, moving up a core level and the player\'s routines are paused because an emergency alert is open: Numbness or tingling in the saddle area.',
      get_help_first: true,
    };
    render(Player, { plan: { ...plan, pause }, onexit: () => {} });
    const notice = screen.getByTestId('player-paused');
    expect(notice).toHaveTextContent('Get help first.');
    expect(notice).toHaveTextContent('Numbness or tingling in the saddle area');
  });

  it('says why when nothing in the plan suits, and never starts or logs an empty session', async () => {
    backend(false);
    const empty = { ...plan, steps: [], changes: [], total_seconds: 0, unsuitable: 'Hamstring stretch with a strap pulls on the sciatic nerve, which is avoided with sciatica.' };
    render(Player, { plan: empty, onexit: () => {} });
    expect(screen.getByTestId('player-unsuitable')).toHaveTextContent('pulls on the sciatic nerve');
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.some((c) => c.cmd === 'record_session'), 'nothing is logged').toBe(false);
  });
});
