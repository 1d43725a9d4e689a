// The weekly PEG check on screen: Today's card (shown only when due; three 0-10 answers,
// keyboard usable; "Not this week") and Insights' trend (missing weeks as "no check").
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { PegCheck } from '../../bindings/PegCheck';
import type { PegOverview } from '../../bindings/PegOverview';
import PegCard from './PegCard.svelte';
import PegTrend from './PegTrend.svelte';

afterEach(() => clearMocks());

function check(weekStart: string, pain: number, enjoyment: number, activity: number): PegCheck {
  return {
    id: `id-${weekStart}`,
    taken_at: `${weekStart}T09:00:00+01:00`,
    pain,
    enjoyment,
    activity,
    score: Math.round(((pain + enjoyment + activity) / 3) * 10) / 10,
    covers_from: weekStart,
    covers_to: weekStart,
    created_at: `${weekStart}T08:00:00Z`,
  };
}

function overview(due: boolean, weeks: PegOverview['weeks'] = []): PegOverview {
  const checked = weeks.filter((w) => w.check !== null);
  return { due, latest: checked.length ? checked[checked.length - 1].check : null, weeks };
}

type Args = Record<string, unknown>;

function backend(answers: Record<string, (a: Args) => unknown>) {
  const calls: { cmd: string; args: Args }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Args });
    return answers[cmd]?.((args ?? {}) as Args) ?? null;
  });
  return calls;
}

describe('the PEG card on Today', () => {
  it('is not shown when no check is due', async () => {
    const calls = backend({ peg_overview: () => overview(false) });
    render(PegCard);
    await waitFor(() => expect(calls.map((c) => c.cmd)).toContain('peg_overview'));
    expect(screen.queryByRole('heading', { name: /weekly check/i })).toBeNull();
  });

  it('asks all three questions and saves the answers', async () => {
    const calls = backend({
      peg_overview: () => overview(true),
      add_peg: (a) => ({ ...check('2026-11-23', 6, 4, 5), ...(a.draft as object), score: 5 }),
    });
    render(PegCard);
    const card = await screen.findByRole('region', { name: /weekly check/i });
    const save = within(card).getByRole('button', { name: /save weekly check/i });
    await fireEvent.click(save);
    expect(await within(card).findByRole('alert')).toHaveTextContent(/all three/i);
    expect(calls.some((c) => c.cmd === 'add_peg')).toBe(false);

    const pain = within(card).getByRole('radiogroup', { name: /pain on average/i });
    await fireEvent.click(within(pain).getByRole('radio', { name: '6' }));
    const enjoy = within(card).getByRole('radiogroup', { name: /enjoying life/i });
    await fireEvent.click(within(enjoy).getByRole('radio', { name: '4' }));
    const act = within(card).getByRole('radiogroup', { name: /usual activities/i });
    await fireEvent.click(within(act).getByRole('radio', { name: '5' }));
    await fireEvent.click(save);

    await screen.findByText('Weekly check saved: score 5.0 out of 10.');
    const sent = calls.find((c) => c.cmd === 'add_peg')!.args.draft as Record<string, unknown>;
    expect(sent).toMatchObject({ pain: 6, enjoyment: 4, activity: 5 });
    expect(String(sent.taken_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(screen.queryByRole('region', { name: /weekly check/i })).toBeNull();
  });

  it('answers are radio buttons, so the keyboard reaches them', async () => {
    backend({ peg_overview: () => overview(true) });
    render(PegCard);
    const card = await screen.findByRole('region', { name: /weekly check/i });
    expect(within(card).getAllByRole('radio')).toHaveLength(33);
    expect(within(card).getAllByText('0 = not at all')).toHaveLength(2);
  });

  it('"Not this week" puts it away', async () => {
    const calls = backend({ peg_overview: () => overview(true) });
    render(PegCard);
    const card = await screen.findByRole('region', { name: /weekly check/i });
    await fireEvent.click(within(card).getByRole('button', { name: 'Not this week' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /weekly check/i })).toBeNull());
    expect(calls.map((c) => c.cmd)).toContain('dismiss_peg');
  });
});

describe('the PEG trend on Insights', () => {
  it('draws a bar for each checked week and a "no check" gap for a missing one', async () => {
    const calls = backend({
      peg_overview: () =>
        overview(false, [
          { week_start: '2026-11-09', check: check('2026-11-09', 7, 6, 6), taken: 1 },
          { week_start: '2026-11-16', check: null, taken: 0 },
          { week_start: '2026-11-23', check: check('2026-11-23', 4, 3, 3), taken: 1 },
        ]),
    });
    const { container } = render(PegTrend, { weeks: 3 });
    await screen.findByRole('img', { name: /weekly check/i });
    expect(calls[0].args.weeks).toBe(3);
    expect(container.querySelectorAll('rect.bar')).toHaveLength(2);
    const gaps = container.querySelectorAll('rect.gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0].getAttribute('data-week')).toBe('2026-11-16');
    expect(container.querySelector('text.gap-label')).toHaveTextContent('no check');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent('no check');
    expect(rows[1]).not.toHaveTextContent(/\b0\.0\b/);
    expect(rows[0]).toHaveTextContent('6.3');
    expect(screen.getByText(/Krebs EE et al/)).toBeInTheDocument();
  });

  it('says so when no week has a check', async () => {
    backend({ peg_overview: () => overview(true, [{ week_start: '2026-11-23', check: null, taken: 0 }]) });
    render(PegTrend);
    expect(await screen.findByText(/No weekly check in these weeks yet/)).toBeInTheDocument();
  });
});
