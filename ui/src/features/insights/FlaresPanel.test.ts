import { render, screen, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlareExposure } from '../../bindings/FlareExposure';
import type { FlareReport } from '../../bindings/FlareReport';
import FlaresPanel from './FlaresPanel.svelte';

afterEach(() => clearMocks());

function exposure(over: Partial<FlareExposure>): FlareExposure {
  return {
    id: 'lifting',
    description: 'lifted something heavy',
    flares: 6,
    flares_exposed: 4,
    controls: 18,
    controls_exposed: 1,
    only_before_flare: 11,
    only_before_control: 1,
    enough: true,
    clear: true,
    odds_ratio: 13.3333,
    interval: [1.5234, 116.69],
    sentence:
      'Before 4 of the 6 flares compared, you lifted something heavy; before the matching ordinary days, 1 of 18 — more often before flares than on ordinary days.',
    ...over,
  };
}

const report = (exposures: FlareExposure[], flare_days = ['2026-11-01']): FlareReport => ({
  flare_days,
  exposures,
  summary: `${flare_days.length} flares found, each compared with ordinary days 1, 2 and 7 days before it.`,
});

async function shown(r: FlareReport) {
  const calls: string[] = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    return cmd === 'insights_flares' ? r : null;
  });
  render(FlaresPanel);
  await screen.findByText(r.summary);
  expect(calls.filter((c) => !c.startsWith('plugin:'))).toEqual(['insights_flares']);
}

describe('FlaresPanel', () => {
  it('says a clear difference in a plain sentence, with the numbers one click away', async () => {
    await shown(report([exposure({})]));
    const clear = screen.getByRole('list', { name: 'Clear differences' });
    expect(within(clear).getByText(/Before 4 of the 6 flares compared, you lifted something heavy/)).toBeTruthy();
    const numbers = within(clear).getByText('The numbers').closest('details')!;
    expect(numbers.open).toBe(false);
    const table = within(numbers).getByRole('table');
    const cell = (label: string) => within(table).getByRole('rowheader', { name: label }).nextElementSibling!.textContent;
    expect(cell('Flares compared')).toBe('6');
    expect(cell('Pairs that differ: only before the flare')).toBe('11');
    expect(cell('Pairs that differ: only before the ordinary day')).toBe('1');
    expect(cell('Odds ratio (matched, Mantel-Haenszel)')).toBe('13 (95 % interval 1.5 to 120)');
    expect(screen.getByText(/not proof of a cause/)).toBeTruthy();
  });

  it('keeps exposures without 5 differing pairs apart and shows no figures for them', async () => {
    const waiting = exposure({
      id: 'short_sleep',
      description: 'slept less than 6 hours',
      enough: false,
      clear: false,
      odds_ratio: null,
      interval: null,
      only_before_flare: 3,
      only_before_control: 0,
      sentence: 'Whether you slept less than 6 hours: not enough to say yet (3 of the 5 flare/ordinary-day pairs that differ are needed).',
    });
    await shown(report([waiting]));
    expect(screen.queryByRole('list', { name: 'Clear differences' })).toBeNull();
    expect(screen.getByText(/No clear difference yet/)).toBeTruthy();
    const details = screen.getByText('Not enough to say yet (1)').closest('details')!;
    expect(within(details).getByText(/not enough to say yet \(3 of the 5/)).toBeTruthy();
    expect(screen.queryByText(/Odds ratio/)).toBeNull();
  });

  it('explains an unclear difference and a ratio that cannot be worked out', async () => {
    const oneWay = exposure({
      id: 'intimacy',
      description: 'had sex',
      clear: false,
      odds_ratio: null,
      interval: null,
      only_before_flare: 6,
      only_before_control: 0,
      sentence: 'Before 2 of the 6 flares compared, you had sex; before the matching ordinary days, 0 of 18 — only ever before flares so far, but too few times to be sure.',
    });
    await shown(report([oneWay]));
    const details = screen.getByText('No clear difference (1)').closest('details')!;
    expect(within(details).getByText(/cannot be worked out yet: no pair went the other way/)).toBeTruthy();
  });

  it('with no flares shows only the summary and how it works', async () => {
    await shown(report([exposure({ enough: false, clear: false })], []));
    expect(screen.queryByText('The numbers')).toBeNull();
    expect(screen.queryByText(/Not enough to say yet/)).toBeNull();
    expect(screen.getByText(/How this works/)).toBeTruthy();
  });

  it('shows an error from the backend', async () => {
    mockIPC(() => {
      throw { kind: 'locked', message: 'The journal is locked.' };
    });
    render(FlaresPanel);
    expect((await screen.findByRole('alert')).textContent).toMatch(/locked/);
  });
});
