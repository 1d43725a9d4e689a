import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PainForm from './PainForm.svelte';
import { setLocale } from '../../shared/i18n';

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
afterEach(() => {
  clearMocks();
  setLocale('en');
});

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
    expect(draft.regions).toEqual([{ region: 'lower_back_centre', score: null, qualities: [] }]);
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

  // ------------------------------------------------------------------ the body map

  function region(id: string): SVGGElement {
    const el = document.querySelector<SVGGElement>(`g[data-region="${id}"]`);
    if (!el) throw new Error(`no region ${id} on the map`);
    return el;
  }

  function detail(): HTMLElement {
    return screen.getByRole('region', { name: /score and feel/ });
  }

  async function savedDraft(): Promise<Record<string, unknown>> {
    await fireEvent.click(screen.getByRole('button', { name: 'Save pain entry' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'add_pain')).toBe(true));
    return (calls.find((c) => c.cmd === 'add_pain')?.args as { draft: Record<string, unknown> }).draft;
  }

  const buttockAndThigh = [
    { region: 'buttock_left', score: 6, qualities: [] },
    { region: 'thigh_back_left', score: 3, qualities: [] },
  ];

  it('logs a left buttock and the back of the left thigh with their own scores by mouse', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(region('buttock_left'));
    await fireEvent.click(within(detail()).getByRole('radio', { name: '6' }));
    await fireEvent.click(region('thigh_back_left'));
    expect(within(detail()).getByRole('heading')).toHaveTextContent('Left thigh, back');
    await fireEvent.click(within(detail()).getByRole('radio', { name: '3' }));
    expect(region('buttock_left')).toHaveAttribute('aria-label', 'Left buttock, your left side: pain 6 out of 10');
    expect(region('buttock_left')).toHaveTextContent('6');
    const draft = await savedDraft();
    expect(draft.regions).toEqual(buttockAndThigh);
    expect(draft.nrs, 'the entry score follows the worst region').toBe(6);
  });

  it('logs the same by keyboard alone: arrows between neighbours, a digit to score', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    const back = screen.getByRole('group', { name: 'Back of the body' });
    const start = back.querySelector<SVGGElement>('g[tabindex="0"]') as SVGGElement;
    expect(start.dataset.region, 'one tab stop per view, at its first region').toBe('lower_back_left');
    start.focus();
    await fireEvent.keyDown(start, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(region('buttock_left'));
    await fireEvent.keyDown(region('buttock_left'), { key: '6' });
    await fireEvent.keyDown(region('buttock_left'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(region('thigh_back_left'));
    await fireEvent.keyDown(region('thigh_back_left'), { key: '3' });
    expect(region('thigh_back_left')).toHaveAttribute('aria-label', 'Left thigh, back, your left side: pain 3 out of 10');
    expect(region('thigh_back_left')).toHaveAttribute('tabindex', '0');
    expect(region('lower_back_left')).toHaveAttribute('tabindex', '-1');
    const draft = await savedDraft();
    expect(draft.regions).toEqual(buttockAndThigh);
    expect(draft.nrs).toBe(6);
  });

  it('keeps a score the user chose instead of the worst region', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(screen.getAllByRole('radio', { name: '4' })[0]);
    await fireEvent.keyDown(region('buttock_left'), { key: '8' });
    expect((await savedDraft()).nrs).toBe(4);
  });

  it('the region list is the same data as the map', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.keyDown(region('calf_right'), { key: '5' });
    const list = screen.getByRole('group', { name: 'Regions (the same as the map)' });
    expect(within(list).getByLabelText('Right calf')).toBeChecked();
    await fireEvent.click(within(list).getByLabelText('Right calf'));
    expect(region('calf_right')).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(within(list).getByLabelText('Genitals'));
    expect(region('genitals')).toHaveAttribute('aria-pressed', 'true');
    expect(region('genitals')).toHaveAttribute('aria-label', 'Genitals, middle: marked, no score given');
  });

  it('numbness in the saddle area asks the emergency question there, and only the user answers it', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(screen.getAllByRole('radio', { name: '3' })[0]);
    await fireEvent.click(region('saddle'));
    await fireEvent.click(within(detail()).getByLabelText('Aching'));
    expect(screen.queryByRole('group', { name: 'A question about the saddle area' }), 'an ache asks nothing').toBeNull();
    await fireEvent.click(within(detail()).getByLabelText('Numb'));
    const asked = screen.getByRole('group', { name: 'A question about the saddle area' });
    expect(asked).toHaveTextContent('British Association of Spine Surgeons');
    const tick = within(asked).getByRole('checkbox');
    expect(tick, 'nothing is decided for the user').not.toBeChecked();
    await fireEvent.click(tick);
    const draft = (await savedDraft()) as { emergency: Record<string, boolean>; regions: unknown };
    expect(draft.emergency.saddle_numbness).toBe(true);
    expect(draft.regions).toEqual([{ region: 'saddle', score: null, qualities: ['aching', 'numb'] }]);
  });

  it('pins and needles in the genitals asks the same question', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(region('genitals'));
    await fireEvent.click(within(detail()).getByLabelText('Pins and needles'));
    expect(screen.getByRole('group', { name: 'A question about the saddle area' })).toBeInTheDocument();
  });

  it('both legs open the both-legs question, and below the knee the leg-symptom questions', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(screen.getAllByRole('radio', { name: '5' })[0]);
    expect(screen.queryByRole('group', { name: 'Questions about the leg below the knee' })).toBeNull();
    await fireEvent.keyDown(region('thigh_front_left'), { key: '4' });
    expect(screen.queryByRole('group', { name: 'A question about both legs' }), 'one leg asks nothing urgent').toBeNull();
    await fireEvent.keyDown(region('calf_right'), { key: '5' });
    const both = screen.getByRole('group', { name: 'A question about both legs' });
    const legs = screen.getByRole('group', { name: 'Questions about the leg below the knee' });
    expect(within(both).getByRole('checkbox')).not.toBeChecked();
    await fireEvent.click(within(legs).getByLabelText('Tingling'));
    await fireEvent.click(within(legs).getByLabelText('One leg'));
    await fireEvent.click(within(both).getByRole('checkbox'));
    const draft = (await savedDraft()) as { emergency: Record<string, boolean>; leg: Record<string, unknown> };
    expect(draft.emergency.both_legs).toBe(true);
    expect(draft.leg).toEqual({ numbness: false, tingling: true, weakness: false, side: 'one_leg' });
  });

  it('the form with the map in use has no serious accessibility violation', async () => {
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await fireEvent.click(region('buttock_left'));
    await fireEvent.click(within(detail()).getByLabelText('Numb'));
    await fireEvent.keyDown(region('saddle'), { key: '2' });
    await fireEvent.click(within(detail()).getByLabelText('Pins and needles'));
    await fireEvent.keyDown(region('calf_left'), { key: '4' });
    await fireEvent.keyDown(region('calf_right'), { key: '4' });
    const result = await axe.run(document.body, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false }, 'color-contrast-enhanced': { enabled: false } },
    });
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    expect(serious).toEqual([]);
  });

  it('speaks German: the questions, the map, the warning signs and the errors', async () => {
    setLocale('de');
    mockBackend();
    render(PainForm, { onsaved: () => {} });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Aktivität, auf die dieser Schmerz folgte' })).toBeInTheDocument());
    expect(screen.getByRole('radiogroup', { name: 'Wie stark schmerzt Ihr Rücken gerade?' })).toBeInTheDocument();
    expect(screen.getByText('Wo tut es weh?')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Rückseite des Körpers' })).toBeInTheDocument();
    expect(screen.getByText('Ist etwas davon neu, seit Ihre Schmerzen begonnen haben?')).toBeInTheDocument();
    expect(screen.queryByText('Save pain entry')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Schmerzeintrag speichern' }));
    expect(await screen.findByText('Wählen Sie, wie stark es wehtut, von 0 bis 10.')).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'add_pain')).toBe(false);
  });
});
