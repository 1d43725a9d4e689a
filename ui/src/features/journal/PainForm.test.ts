import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PainForm from './PainForm.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

const sitting = {
  id: '11111111-1111-4111-8111-111111111111',
  at: '2026-11-27T08:00:00+01:00',
  kind: 'sitting',
  duration_min: 120,
  intimacy: null,
  exercises: [],
  routine_id: null,
  notes: '',
  created_at: '2026-11-27T07:00:00.000Z',
  updated_at: '2026-11-27T07:00:00.000Z',
};

let calls: Call[];

function mockBackend(reject?: { kind: string; message: string; field?: string }) {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'suggest_link') return { suggested: sitting, recent: [sitting] };
    if (cmd === 'add_pain') {
      if (reject) throw reject;
      const draft = (args as { draft: Record<string, unknown> }).draft;
      return { id: 'new', ...draft, created_at: 'x', updated_at: 'x' };
    }
    return null;
  });
}

beforeEach(() => {
  calls = [];
});
afterEach(() => clearMocks());

describe('PainForm', () => {
  it('saves a score and region with the suggested activity linked', async () => {
    mockBackend();
    let saved: unknown = null;
    render(PainForm, { onsaved: (e: unknown) => (saved = e) });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Activity this pain followed' })).toBeInTheDocument());
    await fireEvent.click(screen.getByRole('radio', { name: '6' }));
    await fireEvent.click(screen.getByLabelText('Lower back, centre'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save pain entry' }));
    await waitFor(() => expect(saved).not.toBeNull());
    const add = calls.find((c) => c.cmd === 'add_pain');
    const draft = (add?.args as { draft: Record<string, unknown> }).draft;
    expect(draft.nrs).toBe(6);
    expect(draft.regions).toEqual(['lower_back_centre']);
    expect(draft.activity_id).toBe(sitting.id);
    expect(String(draft.at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('asks for a score before saving and sends nothing', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Save pain entry' }));
    expect(await screen.findByText('Choose how much it hurts, from 0 to 10.')).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'add_pain')).toBe(false);
  });

  it('requires one leg or both when a leg symptom is ticked', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(screen.getByRole('radio', { name: '4' }));
    await fireEvent.click(screen.getByRole('button', { name: /More details/ }));
    await fireEvent.click(screen.getByLabelText('Tingling'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save pain entry' }));
    expect(await screen.findByText('Say whether this is in one leg or both legs.')).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'add_pain')).toBe(false);
  });

  it('asks about both legs and names every bladder and bowel change without opening More details', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    expect(screen.getByRole('button', { name: /More details/ })).toHaveAttribute('aria-expanded', 'false');
    const both = screen.getByLabelText(/Pain, numbness, tingling or weakness in both legs/);
    const bladder = screen.getByLabelText(/Bladder or bowel change/);
    for (const words of ["can't pass urine", "don't feel the need to", 'leaking urine', 'new constipation', 'loss of bowel control']) {
      expect(bladder.parentElement?.textContent).toContain(words);
    }
    await fireEvent.click(screen.getByRole('radio', { name: '5' }));
    await fireEvent.click(both);
    await fireEvent.click(bladder);
    await fireEvent.click(screen.getByRole('button', { name: 'Save pain entry' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'add_pain')).toBe(true));
    const draft = (calls.find((c) => c.cmd === 'add_pain')?.args as { draft: { emergency: Record<string, boolean> } }).draft;
    expect(draft.emergency.both_legs).toBe(true);
    expect(draft.emergency.bladder_bowel_change).toBe(true);
  });

  it('shows a backend validation error next to its field', async () => {
    mockBackend({ kind: 'validation', message: 'is in the future', field: 'at' });
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(screen.getByRole('radio', { name: '3' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save pain entry' }));
    expect(await screen.findByText('is in the future')).toBeInTheDocument();
  });
});
