import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ActivityForm from './ActivityForm.svelte';
import { formatTime } from '../../shared/i18n';

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[];

const heat = {
  id: '22222222-2222-4222-8222-222222222222',
  at: '2026-11-27T08:00:00+01:00',
  kind: 'pain_relief',
  duration_min: 20,
  intimacy: null,
  exercises: [],
  routine_id: null,
  notes: '',
  relief: { what: 'heat', medicine: '', dose: '', relief: null, for_pain_id: null },
  created_at: '2026-11-27T07:00:00.000Z',
  updated_at: '2026-11-27T07:00:00.000Z',
};

beforeEach(() => {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'list_positions') return [];
    if (cmd === 'add_activity' || cmd === 'update_activity') {
      const draft = (args as { draft: Record<string, unknown> }).draft;
      return { id: 'new', ...draft, created_at: 'x', updated_at: 'x' };
    }
    return null;
  });
});
afterEach(() => clearMocks());

function sentDraft(cmd: string): Record<string, unknown> {
  const call = calls.find((c) => c.cmd === cmd);
  return (call?.args as { draft: Record<string, unknown> }).draft;
}

describe('ActivityForm: what did you do for it?', () => {
  it('logs a medicine with its dose and leaves "how much it helped" unknown, not 0', async () => {
    let saved: unknown = null;
    render(ActivityForm, { initialKind: 'pain_relief', onsaved: (a: unknown) => (saved = a) });
    await fireEvent.click(screen.getByRole('radio', { name: 'Medicine' }));
    await fireEvent.input(screen.getByLabelText('Medicine name'), { target: { value: 'Ibuprofen' } });
    await fireEvent.input(screen.getByLabelText('Dose'), { target: { value: '400 mg' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save activity' }));
    await waitFor(() => expect(saved).not.toBeNull());
    const draft = sentDraft('add_activity');
    expect(draft.kind).toBe('pain_relief');
    expect(draft.relief).toEqual({ what: 'medicine', medicine: 'Ibuprofen', dose: '400 mg', relief: null, for_pain_id: null });
  });

  it('answers "how much did it help?" afterwards on the existing entry', async () => {
    let saved: unknown = null;
    render(ActivityForm, { existing: heat as never, onsaved: (a: unknown) => (saved = a) });
    const scale = screen.getByRole('radiogroup', { name: 'How much did it help?' });
    await fireEvent.click(scale.querySelector('input[value="7"]') as HTMLInputElement);
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).not.toBeNull());
    const draft = sentDraft('update_activity');
    expect((draft.relief as { relief: number }).relief).toBe(7);
    expect((draft.relief as { what: string }).what).toBe('heat');
  });

  it("offers that day's pain entries to link the relief to, and sends the chosen one", async () => {
    const morning = { id: '33333333-3333-4333-8333-333333333333', at: '2026-11-27T07:40:00+01:00', nrs: 6 };
    const evening = { id: '44444444-4444-4444-8444-444444444444', at: '2026-11-27T21:10:00+01:00', nrs: 4 };
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === 'list_positions') return [];
      if (cmd === 'timeline') {
        asked.push((args as { query: unknown }).query);
        return { items: [evening, morning].map((entry) => ({ kind: 'pain', entry })), has_more: false };
      }
      if (cmd === 'update_activity') return { ...heat, ...(args as { draft: object }).draft };
      return null;
    });
    let saved: unknown = null;
    render(ActivityForm, { existing: heat as never, onsaved: (a: unknown) => (saved = a) });
    const select = (await screen.findByLabelText('For which pain entry?')) as HTMLSelectElement;
    expect(asked).toEqual([{ kinds: ['pain'], from: '2026-11-27', to: '2026-11-27', limit: 50 }]);
    const options = Array.from(select.options).map((o) => o.textContent?.trim());
    // Each at its own wall-clock time, written the window's way ("21:10" or "09:10 PM").
    const clock = (h: number, m: number) => formatTime(new Date(2026, 10, 27, h, m), { hour: '2-digit', minute: '2-digit' });
    expect(options).toEqual(['Not linked to a pain entry', `${clock(21, 10)} · 4/10`, `${clock(7, 40)} · 6/10`]);
    expect(options[1]).toMatch(/^(21:10|09:10\sPM) /);
    expect(select.value, 'not linked until chosen').toBe('');
    await fireEvent.change(select, { target: { value: morning.id } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect((sentDraft('update_activity').relief as { for_pain_id: string }).for_pain_id).toBe(morning.id);
  });

  it('sends no relief details for another kind of activity', async () => {
    let saved: unknown = null;
    render(ActivityForm, { initialKind: 'sitting', onsaved: (a: unknown) => (saved = a) });
    expect(screen.queryByRole('radiogroup', { name: 'What did you do for it?' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Save activity' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect(sentDraft('add_activity').relief).toBeUndefined();
  });
});
