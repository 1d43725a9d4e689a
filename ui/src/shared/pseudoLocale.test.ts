// The pseudo-locale audit of the journal's screens, Profile, first-run setup and the
// start-up screens: rendered in en-XA (every Fluent letter accented, vowels doubled), a word
// that is still plain English came from somewhere other than the Fluent files. Words the
// screens show from elsewhere are taken out whole first: the names of journal values (labels.ts,
// the Rust side's), the demo journal's own text (listed here) and the product's name.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { demoBackend } from '../test-fixtures/demoBackend';
import { resetPositions } from '../features/guide/guideData.svelte';
import { setLocale } from './i18n';
import * as labels from './labels';
import Today from '../features/journal/Today.svelte';
import Timeline from '../features/journal/Timeline.svelte';
import PainForm from '../features/journal/PainForm.svelte';
import ActivityForm from '../features/journal/ActivityForm.svelte';
import CheckInForm from '../features/journal/CheckInForm.svelte';
import QuickLog from '../features/quicklog/QuickLog.svelte';
import Profile from '../features/profile/Profile.svelte';
import Welcome from '../features/onboarding/Welcome.svelte';
import StartupError from '../features/startup/StartupError.svelte';
import StorageBanner from '../features/startup/StorageBanner.svelte';
import RestoreOffer from '../features/startup/RestoreOffer.svelte';
import PegCard from '../features/peg/PegCard.svelte';
import PegTrend from '../features/peg/PegTrend.svelte';
import Onboarding from '../features/onboarding/Onboarding.svelte';

/** What the demo journal's user wrote or named (notes, positions' names), shown as typed. */
const DEMO_TEXT = ['Slow start, pillow helped.', 'Stiff getting up.', 'Spooning', 'All fours, kneeling behind'];

/** Whole phrases shown from outside the Fluent files, longest first (so none is cut short). */
const shownAsIs = [
  ...Object.values(labels).flatMap((record) => (typeof record === 'object' ? Object.values(record as Record<string, string>) : [])),
  ...DEMO_TEXT,
  'Backstory',
].sort((a, b) => b.length - a.length);

/** A text without the phrases shown as they are (any case: a label can be lower-cased mid-sentence). */
function withoutShownAsIs(text: string): string {
  let out = text;
  for (const phrase of shownAsIs) out = out.split(phrase).join(' ').split(phrase.toLowerCase()).join(' ');
  return out;
}

/** Parts of a screen other features own, with their own tests: Insights' weekly summary on
 *  Today; in setup, the movement questionnaire (Guide), the reminder and encryption controls
 *  (Settings). */
const ELSEWHERE = '.weekly, .questionnaire, .reminder-fields, [data-testid="encryption-settings"]';

/** Plain-ASCII words of four letters or more in the page's text and its labels. */
function plainWords(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(ELSEWHERE)) texts.push(node.textContent ?? '');
  }
  for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
    if (el.closest(ELSEWHERE)) continue;
    texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
  }
  const words = withoutShownAsIs(texts.join(' | ')).match(/(?<![\p{L}])[A-Za-z]{4,}(?![\p{L}])/gu) ?? [];
  return [...new Set(words)];
}

beforeEach(() => {
  resetPositions();
  demoBackend({
    app_status: () => ({ ok: false, journal_path: '/home/someone/journal.db', welcomed: true, demo: false, error: { reason: 'corrupt', message: '' } }),
    sharing_backups: () => [],
  });
  setLocale('en-XA');
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

const screens: [string, Component<any>, Record<string, unknown>][] = [
  ['Today', Today, {}],
  ['Timeline', Timeline, {}],
  ['the activity form', ActivityForm, { onsaved: () => {}, oncancel: () => {} }],
  ['the check-in form', CheckInForm, { onsaved: () => {}, oncancel: () => {} }],
  ['quick log', QuickLog, {}],
  ['Profile', Profile, {}],
  ['the welcome screen', Welcome, { onstart: () => {}, onskip: () => {}, ondemo: () => {} }],
  [
    'the start-up error',
    StartupError,
    { status: { ok: false, journal_path: '/j.db', welcomed: true, demo: false, error: { reason: 'corrupt', message: 'ẞ' } } },
  ],
];

describe('the pseudo-locale', () => {
  it.each(screens)('leaves no plain English on %s', async (_name, component, props) => {
    render(component, props);
    // Let the screen load its data (the mocked backend answers at once).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(plainWords()).toEqual([]);
  });

  it('leaves no plain English on the pain form with every part open', async () => {
    render(PainForm, { onsaved: () => {}, oncancel: () => {} });
    await fireEvent.click(screen.getAllByRole('button', { pressed: false })[0]);
    await fireEvent.click(screen.getByRole('button', { expanded: false }));
    await waitFor(() => expect(screen.getAllByRole('button', { pressed: true }).length).toBeGreaterThan(0));
    expect(plainWords()).toEqual([]);
  });

  const pegWeek = (week_start: string, score: number | null) => ({
    week_start,
    check: score === null ? null : { id: week_start, taken_at: `${week_start}T09:00:00+01:00`, pain: 5, enjoyment: 4, activity: 3, score, covers_from: week_start, covers_to: week_start, created_at: 'x' },
  });
  const cases: [string, Component<any>, Record<string, unknown>, Record<string, () => unknown>][] = [
    ['the weekly check card', PegCard, {}, { peg_overview: () => ({ due: true, latest: null, weeks: [] }) }],
    ['the weekly check trend', PegTrend, {}, { peg_overview: () => ({ due: false, latest: null, weeks: [pegWeek('2026-11-23', 4), pegWeek('2026-11-30', null)] }) }],
    ['the folder banners', StorageBanner, {}, {
      security_status: () => ({ encrypted: false, locked: false, idle_lock_minutes: null, storage_warning: { kind: 'cloud_sync', message: 'ẞ' }, permissions_repaired: 'ẞ', retention: { deleted_kept_days: 1, daily_backups_kept: 7 } }),
    }],
    ['the restore offer', RestoreOffer, {}, { sharing_backups: () => ['2026-12-05.db', '2026-12-04.db'] }],
  ];

  it.each(cases)('leaves no plain English on %s', async (_name, component, props, overrides) => {
    demoBackend(overrides);
    render(component, props);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.body.textContent).not.toBe('');
    expect(plainWords()).toEqual([]);
  });

  it('leaves no plain English on any step of first-run setup', async () => {
    render(Onboarding, { onfinish: () => {}, ondemo: () => {} });
    const forward = () => document.querySelector<HTMLButtonElement>('.nav-buttons .primary') as HTMLButtonElement;
    // Welcome's first button sets up the journal.
    await fireEvent.click(await screen.findByRole('button', { name: /./, description: /./ }));
    const seen: string[] = [];
    const titles: string[] = [];
    for (let step = 1; step <= 6; step++) {
      await waitFor(() => expect(document.querySelector('#step-title')).not.toBeNull());
      if (step > 1) await waitFor(() => expect(document.querySelector('#step-title')?.textContent).not.toBe(titles.at(-1)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      titles.push(document.querySelector('#step-title')?.textContent ?? '');
      seen.push(...plainWords());
      if (step < 6) await fireEvent.click(forward());
    }
    expect(new Set(titles).size, `every step shown once: ${titles.join(' / ')}`).toBe(6);
    expect(seen).toEqual([]);
  });
});
