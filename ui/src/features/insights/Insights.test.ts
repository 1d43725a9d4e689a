import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import Insights from './Insights.svelte';
import WeeklySummary from './WeeklySummary.svelte';
import { setLocale } from '../../shared/i18n';

afterEach(() => {
  clearMocks();
  setLocale('en');
});

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it); charts only need a stub.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
// No canvas in jsdom: the trend chart skips drawing (its text alternative still renders).
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];

const stat = (n: number, mean: number | null, unknown = 0) => ({ n, mean, distribution: [] as number[], unknown });

function day(date: string, max: number | null, extra: Record<string, unknown> = {}) {
  return {
    date,
    entries: max == null ? 0 : 1,
    max,
    mean: max,
    logged: max != null,
    pain_free: max === 0,
    level: max,
    avg7: max,
    intimacy: 0,
    stretching: 0,
    core: 0,
    other_activities: 0,
    ...extra,
  };
}

const period = (start: string, mean: number | null) => ({
  start,
  end: start,
  complete: true,
  days_logged: 3,
  pain_days: 2,
  pain_free_days: 1,
  mean,
  max: 6,
  change: null,
});

const trend = {
  from: '2026-11-20',
  to: '2026-11-22',
  days: [day('2026-11-20', 6, { intimacy: 1 }), day('2026-11-21', 0, { core: 1 }), day('2026-11-22', 3)],
  weeks: [period('2026-11-16', 3)],
  months: [period('2026-11-01', 3)],
  totals: { ...period('2026-11-20', 3) },
};

const warmUp = {
  id: 'warm_up',
  title: 'Warm-up before intimacy',
  with_label: 'with a warm-up',
  without_label: 'without',
  with: stat(7, 2.1, 1),
  without: stat(9, 4.6, 1),
  difference: -2.5,
  verdict: 'lower_with',
  sentence:
    'Warm-up before intimacy: pain after averaged 2.1 with a warm-up and 4.6 without (7 vs 9 times known, 1 vs 1 unknown) — a difference that matters.',
};

const spooning = {
  ...warmUp,
  id: 'position:spooning',
  title: 'Position “Spooning”',
  with: stat(4, 1.5, 3),
  without: stat(12, 4.2, 0),
  verdict: 'too_many_unknown',
  sentence:
    'Position “Spooning”: pain after averaged 1.5 in this position and 4.2 in other positions (4 vs 12 times known, 3 vs 0 unknown) — not enough known outcomes: the unknown ones could change this.',
};

const wedge = {
  ...warmUp,
  id: 'props',
  title: 'Props during intimacy',
  with: stat(2, 1),
  without: stat(14, 4),
  verdict: 'too_few_cases',
  sentence: 'Props during intimacy: not enough cases yet (2 vs 14 times; at least 3 on each side are needed).',
};

const after = {
  scope: 'intimacy',
  overall: stat(16, 3.5, 3),
  factors: [
    {
      id: 'warm_up',
      title: 'Warm-up before intimacy',
      groups: [
        { key: 'yes', label: 'Warm-up', stat: { n: 7, mean: 2.1, distribution: [1, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0], unknown: 1 } },
        { key: 'no', label: 'No warm-up', stat: stat(9, 4.6, 2) },
      ],
    },
    {
      id: 'props',
      title: 'Props',
      groups: [
        { key: 'none', label: 'No props', stat: stat(14, 4) },
        { key: 'wedge', label: 'Wedge', stat: stat(2, 1) },
      ],
    },
  ],
  comparisons: [warmUp, spooning, wedge],
};

const adherence = {
  today: '2026-11-22',
  weeks: [{ start: '2026-11-16', stretching: 2, core: 3, session_days: 4, days_logged: 5, pain_mean: 3, complete: false }],
  streaks: { current: 2, longest: 9, longest_end: '2026-10-01' },
  sessions_last_7_days: 5,
  session_days_last_7_days: 4,
  comparison: { ...wedge, id: 'programme_weeks', sentence: 'Weeks with sessions on 3 or more days: not enough cases yet.' },
};

const summary = (hasData: boolean) => ({
  from: '2026-11-16',
  to: '2026-11-22',
  has_data: hasData,
  sentences: hasData
    ? [
        { text: 'In the last 7 days you logged 3 days; pain averaged 3.0 out of 10 and was at most 6.', figures: [] },
        { text: '1 of those days was pain-free.', figures: [] },
        { text: 'You did 5 stretching or core sessions on 4 days; your current streak is 2 days.', figures: [] },
      ]
    : [],
});

const bodyMap = {
  from: '2026-09-01', to: '2026-11-27',
  overall: {
    pain_entries: 4,
    regions: [
      { region: 'buttock_left', entries: 3, mean_score: 5.333, worst_score: 7 },
      { region: 'thigh_back_left', entries: 1, mean_score: 3, worst_score: 3 },
    ],
  },
  by_activity: [{
    kind: 'intimacy', position: null, label: 'Intimacy',
    map: { pain_entries: 2, regions: [{ region: 'buttock_left', entries: 2, mean_score: 6, worst_score: 7 }] },
  }],
};

describe('Insights', () => {
  it('shows a helpful empty state for an empty journal, with no chart', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'insights_weekly_summary') return summary(false);
      throw new Error(`unexpected command ${cmd}`);
    }, { shouldMockEvents: true });
    render(Insights);
    expect(await screen.findByRole('heading', { name: 'Nothing to chart yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log pain now' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(calls).toEqual(['insights_weekly_summary']);
  });

  it('shows findings, case counts and text alternatives for every chart', async () => {
    mockIPC((cmd, args) => {
      if (cmd === 'insights_weekly_summary') return summary(true);
      if (cmd === 'insights_pain_trend') return trend;
      if (cmd === 'insights_body_map') return bodyMap;
      if (cmd === 'insights_pain_after') {
        expect((args as { query: { scope: string } }).query.scope).toBe('intimacy');
        return after;
      }
      if (cmd === 'insights_adherence') return adherence;
      throw new Error(`unexpected command ${cmd}`);
    });
    render(Insights);
    expect(await screen.findByText(warmUp.sentence)).toBeInTheDocument();
    // The too-few comparison is not listed as a finding, only under "other comparisons".
    const findings = screen.getByText(warmUp.sentence).closest('ul') as HTMLElement;
    expect(within(findings).queryByText(wedge.sentence)).toBeNull();
    expect(screen.getByText(wedge.sentence)).toBeInTheDocument();
    // Known and unknown outcomes are counted, never merged.
    expect(screen.getByTestId('after-counts').textContent).toMatch(/Intimacy, 19 times: 16 with a known outcome .* and 3 unknown/s);
    // A difference the unknowns could change is shown, held back, not as a finding.
    const held = screen.getByTestId('held-back');
    expect(within(held).getByText(spooning.sentence)).toBeInTheDocument();
    expect(within(findings).queryByText(spooning.sentence)).toBeNull();
    // Bars say how many known and unknown outcomes they rest on, and mark groups under 3.
    expect(screen.getByText(/2\.1 · 7 known, 1 unknown/)).toBeInTheDocument();
    expect(screen.getByText(/4\.6 · 9 known, 2 unknown/)).toBeInTheDocument();
    expect(screen.getByText(/1\.0 · 2 known \(too few\)/)).toBeInTheDocument();
    // Each chart is an image with a name and a description.
    for (const name of ['Pain over time', 'Pain calendar, last 12 months', 'Warm-up before intimacy', 'Core programme and pain']) {
      const chart = screen.getByRole('img', { name });
      expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(screen.getByRole('table', { name: /Warm-up before intimacy: mean pain after/ })).toBeInTheDocument();
    // The distribution behind the mean, grouped 0-3 / 4-6 / 7-10 (1+2+2+1, 1, 0).
    expect(screen.getByRole('cell', { name: '0-3: 6, 4-6: 1, 7-10: 0' })).toBeInTheDocument();
    expect(screen.getByText(/3 days logged, pain averaged/)).toBeInTheDocument();
    expect(screen.getByText('1 of those days was pain-free.')).toBeInTheDocument();
    // No relief logged: no relief chart.
    expect(screen.queryByTestId('relief-helped')).toBeNull();
  });

  it('shows how much each relief helped, with unanswered ones unknown', async () => {
    const reliefHelped = {
      id: 'relief_helped',
      title: 'How much it helped (0-10, higher is better)',
      groups: [{ key: 'heat', label: 'Heat', stat: { n: 3, mean: 6.5, distribution: [0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0], unknown: 2 } }],
    };
    mockIPC((cmd) => {
      if (cmd === 'insights_weekly_summary') return summary(true);
      if (cmd === 'insights_pain_trend') return trend;
      if (cmd === 'insights_body_map') return bodyMap;
      if (cmd === 'insights_pain_after') return { ...after, relief_helped: reliefHelped };
      if (cmd === 'insights_adherence') return adherence;
      throw new Error(`unexpected command ${cmd}`);
    });
    render(Insights);
    const chart = await screen.findByTestId('relief-helped');
    expect(within(chart).getByText(/6\.5 · 3 known, 2 unknown/)).toBeInTheDocument();
    expect(within(chart).getByText('Mean relief (0-10)')).toBeInTheDocument();
    expect(within(chart).getByRole('table', { name: /mean relief each group/ })).toBeInTheDocument();
  });
});

describe('WeeklySummary', () => {
  it('lists the sentences from the core', async () => {
    mockIPC((cmd) => (cmd === 'insights_weekly_summary' ? summary(true) : null));
    render(WeeklySummary);
    expect(await screen.findByText(/pain averaged 3\.0 out of 10/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('says what to do when nothing is logged yet', async () => {
    mockIPC((cmd) => (cmd === 'insights_weekly_summary' ? summary(false) : null));
    render(WeeklySummary);
    expect(await screen.findByText(/Your weekly summary appears here once you start logging/)).toBeInTheDocument();
  });

});

describe('Where it hurt (Insights)', () => {
  afterEach(() => clearMocks());

  it('draws where it hurt in the period, with the numbers in the regions and a map per activity', async () => {
    const queries: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'insights_weekly_summary') return summary(true);
      if (cmd === 'insights_pain_trend') return trend;
      if (cmd === 'insights_body_map') {
        queries.push((args as { query: unknown }).query);
        return bodyMap;
      }
      if (cmd === 'insights_pain_after') return after;
      if (cmd === 'insights_adherence') return adherence;
      throw new Error(`unexpected command ${cmd}`);
    });
    render(Insights);
    const panel = (await screen.findByRole('heading', { name: 'Where it hurt' })).closest('section') as HTMLElement;
    const map = within(panel).getByRole('img', { name: /Body map\. Most often: left buttock \(75% of entries\)/ });
    const buttock = map.querySelectorAll('path[data-region="buttock_left"]');
    expect(buttock).toHaveLength(1);
    expect(buttock[0], 'three of four entries: the darkest band').toHaveClass('band-high');
    expect(map.textContent, 'the share is written in the region, not only shaded').toContain('75%');
    const table = within(panel).getByRole('table');
    expect(within(table).getByRole('row', { name: /Left buttock 3 of 4 \(75%\) 5\.3\/10 7\/10/ })).toBeInTheDocument();
    await fireEvent.change(within(panel).getByRole('combobox', { name: 'Map for' }), { target: { value: 'intimacy:' } });
    expect(within(panel).getByRole('img', { name: /left buttock \(100% of entries\)/ })).toBeInTheDocument();
    expect(within(table).queryByText('Left thigh, back')).toBeNull();
    expect(queries[0], 'the same period as the trend').toMatchObject({ to: expect.any(String) });
  });

  it('speaks German: headings, counts, numbers with a decimal comma, chart legends and weekdays', async () => {
    setLocale('de');
    mockIPC((cmd) => {
      if (cmd === 'insights_weekly_summary') return summary(true);
      if (cmd === 'insights_pain_trend') return trend;
      if (cmd === 'insights_body_map') return bodyMap;
      if (cmd === 'insights_pain_after') return after;
      if (cmd === 'insights_adherence') return adherence;
      throw new Error(`unexpected command ${cmd}`);
    });
    render(Insights);
    expect(await screen.findByText(warmUp.sentence)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Erkenntnisse' })).toBeInTheDocument();
    for (const name of ['Schmerz im Zeitverlauf', 'Schmerzkalender, letzte 12 Monate', 'Rumpfprogramm und Schmerz']) {
      expect(screen.getByRole('img', { name })).toBeInTheDocument();
    }
    expect(screen.getByTestId('after-counts').textContent).toMatch(/Intimität, 19-mal: 16 mit bekanntem Ergebnis .* und 3 unbekannt/s);
    expect(screen.getByText(/2,1 · 7 bekannt, 1 unbekannt/)).toBeInTheDocument();
    expect(screen.getByText(/1,0 · 2 bekannt \(zu wenige\)/)).toBeInTheDocument();
    expect(screen.getAllByText('Mittlerer Schmerz danach (0–10)', { selector: 'text' }).length).toBe(2);
    expect(screen.getByText(/3 Tage mit Einträgen, durchschnittlicher Schmerz 3,0 von 10/)).toBeInTheDocument();
    expect(screen.getByText('Weniger Schmerz')).toBeInTheDocument();
    // The calendar: German legend, and its first row is Monday in German.
    const calendar = screen.getByRole('img', { name: 'Schmerzkalender, letzte 12 Monate' });
    expect(calendar).toHaveTextContent('Nichts eingetragen');
    expect(calendar.querySelector('text.axis')?.textContent).toBe('Mo');
    expect(screen.getByText('Balken: Tage mit einer Einheit (0–7)')).toBeInTheDocument();
    const panel = screen.getByRole('heading', { name: 'Wo es wehtat' }).closest('section') as HTMLElement;
    expect(within(panel).getByRole('combobox', { name: 'Karte für' })).toHaveTextContent('Alle Schmerzeinträge (4)');
    expect(within(panel).getByText(/Grundlage: 4 Schmerzeinträge\./)).toBeInTheDocument();
    expect(screen.queryByText('What stands out')).toBeNull();
  });
});
