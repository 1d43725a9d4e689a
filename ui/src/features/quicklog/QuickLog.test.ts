import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import QuickLog from './QuickLog.svelte';
import { redFlagQuestions } from '../../shared/strings';
import { setLocale } from '../../shared/i18n';

type Call = { cmd: string; args: Record<string, unknown> };

const intimacy = {
  id: '22222222-2222-4222-8222-222222222222',
  at: '2026-11-27T22:00:00+01:00',
  kind: 'intimacy',
  duration_min: 30,
  intimacy: null,
  exercises: [],
  routine_id: null,
  notes: '',
  created_at: '2026-11-27T21:00:00.000Z',
  updated_at: '2026-11-27T21:00:00.000Z',
};

let calls: Call[];

function mockBackend(options: { suggested?: typeof intimacy | null; reject?: { kind: string; message: string; field?: string } } = {}) {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'suggest_link') return { suggested: options.suggested === undefined ? intimacy : options.suggested, recent: [] };
    if (cmd === 'add_pain') {
      if (options.reject) throw options.reject;
      const draft = (args as { draft: Record<string, unknown> }).draft;
      return { id: 'new', ...draft, created_at: 'x', updated_at: 'x' };
    }
    return null;
  });
}

const draftOf = () => (calls.find((c) => c.cmd === 'add_pain')?.args as { draft: Record<string, unknown> }).draft;

beforeEach(() => {
  calls = [];
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('QuickLog', () => {
  it('saves by keyboard alone: a digit, then Enter, linked to the last activity, then closes', async () => {
    mockBackend();
    render(QuickLog);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Intimacy/ })).toBeChecked());
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('nrs'));
    await fireEvent.keyDown(document.activeElement as Element, { key: '7' });
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    await waitFor(() => expect(calls.some((c) => c.cmd === 'close_quick_log')).toBe(true));
    const draft = draftOf();
    expect(draft.nrs).toBe(7);
    expect(draft.regions).toEqual([]);
    expect(draft.activity_id).toBe(intimacy.id);
    expect(draft.onset, 'what quick log does not ask stays unknown').toBeNull();
    expect(draft.interference_daily).toBeNull();
    expect(calls.find((c) => c.cmd === 'close_quick_log')?.args).toEqual({ openMain: false });
  });

  it('asks for a score first and sends nothing; Esc closes without saving', async () => {
    mockBackend({ suggested: null });
    render(QuickLog);
    await screen.findByText('No activity logged in the 48 hours before now.');
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(await screen.findByText('Choose how much it hurts, from 0 to 10.')).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'add_pain')).toBe(false);
    await fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(calls.some((c) => c.cmd === 'close_quick_log')).toBe(true));
    expect(calls.some((c) => c.cmd === 'add_pain')).toBe(false);
  });

  it('asks every warning-sign question of the pain form, and a ticked one opens the main window', async () => {
    mockBackend();
    render(QuickLog);
    for (const item of redFlagQuestions.items) expect(screen.getByLabelText(item.text)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('radio', { name: '4' }));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Where does it hurt most?' }), { target: { value: 'lower_back_left' } });
    await fireEvent.click(screen.getByLabelText(redFlagQuestions.items[1].text));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Intimacy/ })).toBeChecked());
    await fireEvent.click(screen.getByRole('checkbox', { name: /Intimacy/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save and close' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'close_quick_log')).toBe(true));
    const draft = draftOf();
    expect(draft.regions).toEqual([{ region: 'lower_back_left', score: 4, qualities: [] }]);
    expect((draft.emergency as Record<string, boolean>).saddle_numbness).toBe(true);
    expect(draft.activity_id, 'unticked: not linked').toBeNull();
    expect(calls.find((c) => c.cmd === 'close_quick_log')?.args).toEqual({ openMain: true });
  });

  it('shows a refusal and stays open', async () => {
    mockBackend({ reject: { kind: 'database', message: 'The journal is locked.' } });
    render(QuickLog);
    await fireEvent.click(screen.getByRole('radio', { name: '3' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save and close' }));
    expect(await screen.findByText('The journal is locked.')).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'close_quick_log')).toBe(false);
  });

  it('speaks German: the title, the questions, the linked activity and the keys', async () => {
    setLocale('de');
    mockBackend();
    render(QuickLog);
    expect(screen.getByRole('heading', { name: 'Schmerz eintragen' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Wie stark schmerzt Ihr Rücken gerade?' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Wo tut es am meisten weh?' })).toBeInTheDocument();
    expect(screen.getByText('Nach einer Aktivität?')).toBeInTheDocument();
    expect(screen.getByText(/^Tasten: 0–9/)).toBeInTheDocument();
    expect(screen.getByText('Ist etwas davon neu, seit Ihre Schmerzen begonnen haben?')).toBeInTheDocument();
    // The suggested activity with a German date ("Fr., 27. Nov. 2026") and minutes.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /27\. Nov\. 2026 22:00, 30 Min\./ })).toBeChecked());
    expect(screen.getByRole('button', { name: 'Speichern und schließen' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Speichern und schließen' }));
    expect(await screen.findByText('Wählen Sie, wie stark es wehtut, von 0 bis 10.')).toBeInTheDocument();
  });
});
