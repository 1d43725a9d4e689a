import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import OutcomeQuestions from './OutcomeQuestions.svelte';
import Timeline from './Timeline.svelte';

afterEach(() => clearMocks());

const activity = (id: string, at: string, kind = 'intimacy') => ({
  id,
  at,
  kind,
  duration_min: 30,
  intimacy: kind === 'intimacy' ? { positions: [], role: null, props: [], warm_up: true, pain_before: null } : null,
  exercises: [],
  routine_id: null,
  notes: '',
  created_at: at,
  updated_at: at,
});

const tuesday = activity('00000000-0000-4000-8000-000000000001', '2026-11-24T22:15:00+01:00');
const thursday = activity('00000000-0000-4000-8000-000000000002', '2026-11-26T22:15:00+01:00');

describe('How was your back afterwards? (Today)', () => {
  it('says how many evenings wait, and one tap saves "no pain" as 0 for that activity', async () => {
    const answers: unknown[] = [];
    let waiting = [thursday, tuesday];
    mockIPC((cmd, args) => {
      if (cmd === 'pending_outcomes') return { activities: waiting, window_days: 7 };
      if (cmd === 'log_outcome') {
        const answer = (args as { answer: { activity_id: string; nrs: number } }).answer;
        answers.push(answer);
        waiting = waiting.filter((a) => a.id !== answer.activity_id);
        return { id: 'p1', at: thursday.at, nrs: answer.nrs, activity_id: answer.activity_id };
      }
      if (cmd === 'suggest_link') return { suggested: tuesday, recent: [thursday] };
      return null;
    });
    render(OutcomeQuestions);
    expect(await screen.findByText(/2 evenings waiting for an answer/)).toBeInTheDocument();
    const groups = screen.getAllByRole('group', { name: /How was your back afterwards\?/ });
    expect(groups).toHaveLength(2);
    await fireEvent.click(within(groups[0]).getByRole('button', { name: 'No pain' }));
    await waitFor(() => expect(answers).toEqual([{ activity_id: thursday.id, nrs: 0, moment: null }]));
    expect(await screen.findByText(/Saved: no pain after Intimacy/)).toBeInTheDocument();
    expect(screen.queryByTestId('after-intimacy')).toBeNull();
    expect(screen.getByText(/1 evening waiting for an answer/)).toBeInTheDocument();
    // A score takes two taps: "It hurt…", then the number.
    const left = screen.getByRole('group', { name: /How was your back afterwards\?/ });
    await fireEvent.click(within(left).getByRole('button', { name: 'It hurt…' }));
    await fireEvent.click(within(left).getByRole('button', { name: '6 out of 10' }));
    await waitFor(() => expect(answers).toHaveLength(2));
    expect(answers[1]).toEqual({ activity_id: tuesday.id, nrs: 6, moment: null });
    expect(await screen.findByText(/Saved: 6\/10 after Intimacy/)).toBeInTheDocument();
    // A score after intimacy brings the "talk it through" card; "no pain" did not.
    expect(await screen.findByTestId('after-intimacy')).toBeInTheDocument();
  });

  it('shows nothing when no answer is waiting', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return cmd === 'pending_outcomes' ? { activities: [], window_days: 7 } : null;
    });
    render(OutcomeQuestions);
    await waitFor(() => expect(calls).toContain('pending_outcomes'));
    expect(screen.queryByTestId('outcome-questions')).toBeNull();
  });
});

describe('Outcome in the timeline', () => {
  it('shows a known outcome, and "no answer yet" with a button for an unknown one', async () => {
    const walk = activity('00000000-0000-4000-8000-000000000003', '2026-11-26T09:00:00+01:00', 'walking_sport');
    const asked: string[][] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'timeline')
        return { items: [thursday, walk, tuesday].map((entry) => ({ kind: 'activity', entry })), has_more: false };
      if (cmd === 'outcome_kinds') return ['intimacy'];
      if (cmd === 'activity_outcomes') {
        const ids = (args as { ids: string[] }).ids;
        asked.push(ids);
        return ids.map((id) => ({ activity_id: id, nrs: id === thursday.id ? 0 : null }));
      }
      if (cmd === 'list_positions') return [];
      return null;
    });
    render(Timeline);
    expect(await screen.findByText('Afterwards: no pain')).toBeInTheDocument();
    expect(asked).toEqual([[thursday.id, tuesday.id]]);
    const unknown = screen.getByText('No answer yet').closest('[data-testid="outcome-line"]') as HTMLElement;
    await fireEvent.click(within(unknown).getByRole('button', { name: 'Answer' }));
    expect(within(unknown).getByRole('button', { name: 'No pain' })).toBeInTheDocument();
    // The walk is not an asked-about kind: no line.
    const walkItem = document.querySelector(`[data-id="${walk.id}"]`) as HTMLElement;
    expect(within(walkItem).queryByTestId('outcome-line')).toBeNull();
  });
});
