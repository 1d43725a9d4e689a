// The Experiments page: starting one sends the chosen change and outcome; a running one
// shows today's arm (no intimate words in it), marks the day, shows the verdict and table,
// and asks before abandoning.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExperimentStatus } from '../../bindings/ExperimentStatus';
import Experiments from './Experiments.svelte';
import { setLocale } from '../../shared/i18n';

afterEach(() => {
  clearMocks();
  setLocale('en');
});

type Args = Record<string, unknown>;

function backend(answers: Record<string, (a: Args) => unknown>) {
  const calls: { cmd: string; args: Args }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Args });
    return answers[cmd]?.((args ?? {}) as Args) ?? null;
  });
  return calls;
}

function running(followed: boolean | null = null): ExperimentStatus {
  const stat = (mean: number | null, n: number, unknown: number) => ({ n, mean, distribution: [], unknown });
  return {
    experiment: {
      id: 'e1',
      change: { kind: 'warm_up' },
      outcome: 'next_morning',
      plan: { start: '2026-11-02', period_days: 7, blocks: 4, seed: '42' },
      abandoned_on: null,
    },
    title: 'A warm-up before intimacy',
    periods: [
      { block: 0, arm: 'with', first_day: '2026-11-02', last_day: '2026-11-08' },
      { block: 0, arm: 'without', first_day: '2026-11-09', last_day: '2026-11-15' },
    ],
    today: { date: '2026-11-10', block: 0, arm: 'without', followed, text: 'Experiment day 9 of 56: a day WITHOUT the change.' },
    days: [
      { date: '2026-11-02', outcome: 2, followed: true, paused: false },
      { date: '2026-11-03', outcome: null, followed: null, paused: false },
    ],
    result: {
      state: 'running',
      blocks_complete: 0,
      blocks_planned: 4,
      days_run: 9,
      with: { arm: 'with', outcome: stat(2, 6, 1), followed: 6, answered: 7, paused_days: 0 },
      without: { arm: 'without', outcome: stat(5, 2, 0), followed: 2, answered: 2, paused_days: 0 },
      difference: -3,
      interval: null,
      p_value: null,
      adherence: 8 / 9,
      verdict: 'too_few_cases',
      unsettled: ['blocks_not_done'],
      sentence: 'A warm-up before intimacy: no verdict yet (0 of 4 blocks done, at least 2 needed).',
    },
  };
}

describe('the Experiments page', () => {
  it('starts an experiment with the chosen change and outcome', async () => {
    const calls = backend({ experiment_status: () => null, start_experiment: () => running() });
    render(Experiments);
    const select = await screen.findByLabelText(/the change to try/i);
    await fireEvent.change(select, { target: { value: 'custom' } });
    await fireEvent.input(await screen.findByLabelText(/describe the change/i), { target: { value: 'a rolled towel' } });
    await fireEvent.click(screen.getByRole('button', { name: /start today/i }));
    await waitFor(() => expect(calls.map((c) => c.cmd)).toContain('start_experiment'));
    const sent = calls.find((c) => c.cmd === 'start_experiment')!.args.request as Args;
    expect(sent.change).toEqual({ kind: 'custom', text: 'a rolled towel' });
    expect(sent.outcome).toBe('next_morning');
    expect(sent.blocks, 'the default is the fewest blocks that can reach p <= 0.05').toBe(6);
    expect(await screen.findByText(/a day WITHOUT the change/)).toBeTruthy();
  });

  it('warns that fewer than 6 blocks can show a difference but never settle it', async () => {
    backend({ experiment_status: () => null });
    render(Experiments);
    const blocks = await screen.findByLabelText(/^Blocks/);
    expect(screen.queryByTestId('few-blocks')).toBeNull();
    await fireEvent.input(blocks, { target: { value: '4' } });
    expect(await screen.findByTestId('few-blocks')).toHaveTextContent(
      'With 4 blocks the randomisation test can never reach 0.05, so this experiment can show a difference but cannot settle it: choose at least 6 blocks for that.',
    );
    expect(screen.getByText(/its 95 % interval does not include zero/)).toBeTruthy();
  });

  it('shows today’s arm, marks it, and shows the result and what was logged', async () => {
    const calls = backend({ experiment_status: () => running(), mark_experiment_day: () => running(true) });
    render(Experiments);
    const today = await screen.findByText(/a day WITHOUT the change/);
    expect(today.textContent).not.toMatch(/intim|sex|warm/i);
    expect(screen.queryByRole('button', { name: /start today/i })).toBeNull();
    expect(screen.getByText(/no verdict yet/)).toBeTruthy();
    expect(screen.getByText('Difference (with − without): -3.0 points')).toBeTruthy();
    expect(screen.getByText(/89 % of the days/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(calls.map((c) => c.cmd)).toContain('mark_experiment_day'));
    expect(calls.find((c) => c.cmd === 'mark_experiment_day')!.args.mark).toEqual({ date: '2026-11-10', followed: true });
    expect(await screen.findByText('Marked: followed.')).toBeTruthy();
  });

  it('titles a finished experiment "Result", not "so far", and offers a new one', async () => {
    const finished = running();
    finished.today = null;
    finished.result.state = 'finished';
    backend({ experiment_status: () => finished });
    render(Experiments);
    expect(await screen.findByRole('heading', { name: 'Result: A warm-up before intimacy' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /start today/i })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /abandon this experiment/i })).toBeNull();
  });

  it('titles a running experiment "Result so far"', async () => {
    backend({ experiment_status: () => running() });
    render(Experiments);
    expect(await screen.findByRole('heading', { name: 'Result so far: A warm-up before intimacy' })).toBeTruthy();
  });

  it('asks before abandoning', async () => {
    const calls = backend({ experiment_status: () => running(), abandon_experiment: () => running() });
    render(Experiments);
    await fireEvent.click(await screen.findByRole('button', { name: /abandon this experiment/i }));
    expect(calls.map((c) => c.cmd)).not.toContain('abandon_experiment');
    await fireEvent.click(screen.getByRole('button', { name: /yes, abandon it/i }));
    await waitFor(() => expect(calls.map((c) => c.cmd)).toContain('abandon_experiment'));
  });

  it('speaks German: the plan, the table, numbers with a decimal comma', async () => {
    setLocale('de');
    backend({ experiment_status: () => running() });
    render(Experiments);
    expect(await screen.findByRole('heading', { name: /^Der Plan für heute:/ })).toBeInTheDocument();
    expect(screen.getByText('Haben Sie sich heute an den Plan gehalten?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Ergebnis bisher:/ })).toBeInTheDocument();
    expect(screen.getByText('Unterschied (mit − ohne): -3,0 Punkte')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader', { name: 'Bewertete Tage' }).length).toBe(1);
    expect(screen.getByText('Dieses Experiment abbrechen')).toBeInTheDocument();
    expect(screen.queryByText('Average')).toBeNull();
  });
});
