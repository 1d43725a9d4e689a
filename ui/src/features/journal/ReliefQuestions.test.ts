import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ReliefQuestions, { resetReliefNotNow } from './ReliefQuestions.svelte';
import { localDate } from '../../shared/time';

beforeEach(() => resetReliefNotNow());
afterEach(() => clearMocks());

const todayAt = (hour: number) => `${localDate(new Date())}T${String(hour).padStart(2, '0')}:00:00+00:00`;

const relief = (id: string, what: string, helped: number | null, extra: Record<string, unknown> = {}) => ({
  id,
  at: todayAt(9),
  kind: 'pain_relief',
  duration_min: 20,
  intimacy: null,
  exercises: [],
  routine_id: null,
  notes: '',
  relief: { what, medicine: '', dose: '', relief: helped, for_pain_id: null, ...extra },
  created_at: todayAt(9),
  updated_at: todayAt(9),
});

const heat = relief('00000000-0000-4000-8000-000000000011', 'heat', null);
const pill = relief('00000000-0000-4000-8000-000000000012', 'medicine', null, { medicine: 'Ibuprofen', dose: '400 mg' });
const rated = relief('00000000-0000-4000-8000-000000000013', 'bath', 4);
const walk = { ...heat, id: '00000000-0000-4000-8000-000000000014', kind: 'walking_sport', relief: null };

function backend() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'timeline') return { items: [heat, pill, rated, walk].map((entry) => ({ kind: 'activity', entry })), has_more: false };
    if (cmd === 'rate_relief') {
      const { id, relief: score } = args as { id: string; relief: number };
      return { ...heat, id, relief: { ...heat.relief, relief: score } };
    }
    return null;
  });
  return calls;
}

describe('How much did it help? (Today)', () => {
  it('asks only about unrated relief, in neutral words, and one tap saves the score', async () => {
    const calls = backend();
    render(ReliefQuestions);
    const question = await screen.findByRole('group', { name: 'How much did the heat help?' });
    expect(screen.getByRole('group', { name: 'How much did Ibuprofen help?' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /the bath/ }), 'an answered one is not asked').toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(2);
    const query = calls.find((c) => c.cmd === 'timeline')?.args.query as { kinds: string[]; to: string };
    expect(query.kinds).toEqual(['activity']);
    expect(query.to).toBe(localDate(new Date()));
    expect(within(question).getAllByRole('button', { name: /out of 10/ })).toHaveLength(11);
    await fireEvent.click(within(question).getByRole('button', { name: '7 out of 10' }));
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'rate_relief').map((c) => c.args)).toEqual([{ id: heat.id, relief: 7 }]));
    expect(await screen.findByText('Saved: the heat helped 7/10.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'How much did the heat help?' })).toBeNull();
    // 0 is an answer ("not at all"), sent as 0, not as "unknown".
    await fireEvent.click(within(screen.getByRole('group', { name: 'How much did Ibuprofen help?' })).getByRole('button', { name: '0 out of 10' }));
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'rate_relief').at(-1)?.args).toEqual({ id: pill.id, relief: 0 }));
  });

  it('"Not now" hides the question for the day without saving anything', async () => {
    const calls = backend();
    const first = render(ReliefQuestions);
    const question = await screen.findByRole('group', { name: 'How much did the heat help?' });
    await fireEvent.click(within(question).getByRole('button', { name: 'Not now: ask about the heat another day' }));
    expect(screen.queryByRole('group', { name: 'How much did the heat help?' })).toBeNull();
    expect(screen.getByRole('group', { name: 'How much did Ibuprofen help?' })).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'rate_relief'), 'nothing is written: it stays unknown').toBe(false);
    // Coming back to Today the same day: still hidden.
    first.unmount();
    render(ReliefQuestions);
    expect(await screen.findByRole('group', { name: 'How much did Ibuprofen help?' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'How much did the heat help?' })).toBeNull();
  });

  it('shows nothing when every relief is answered', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return cmd === 'timeline' ? { items: [{ kind: 'activity', entry: rated }], has_more: false } : null;
    });
    render(ReliefQuestions);
    await waitFor(() => expect(calls).toContain('timeline'));
    expect(screen.queryByTestId('relief-questions')).toBeNull();
  });
});
