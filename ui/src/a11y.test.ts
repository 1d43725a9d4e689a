// The accessibility check: axe-core over every screen of the sidebar (whatever screens it
// lists, so new ones are checked too), every setup step and the start-up error screen, each
// rendered with the demo-like mocked backend. No serious or critical violation is allowed.
// jsdom cannot compute colours, so colour contrast is checked by contrast.test.ts instead.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import axe from 'axe-core';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { resetGuide, resetPositions } from './features/guide/guideData.svelte';
import { resetReminders } from './features/settings/reminders.svelte';
import { go } from './shared/nav.svelte';
import { demoBackend } from './test-fixtures/demoBackend';
import Onboarding from './features/onboarding/Onboarding.svelte';
import StartupError from './features/startup/StartupError.svelte';

// jsdom lacks these; the charts and layout code only need stubs.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
window.HTMLElement.prototype.scrollIntoView ??= function () {};

async function settle() {
  // Let the mocked commands resolve and the screen render.
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
  }
}

/** Serious and critical violations, as "rule: target" lines (empty when clean). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    resultTypes: ['violations'],
    rules: {
      // jsdom has no layout or colours: checked by contrast.test.ts.
      'color-contrast': { enabled: false },
      'color-contrast-enhanced': { enabled: false },
    },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

beforeEach(() => {
  resetGuide();
  resetPositions();
  resetReminders();
  go('today');
});
afterEach(() => clearMocks());

describe('accessibility (axe-core)', () => {
  it('the check itself catches an unlabelled control', async () => {
    document.body.innerHTML = '<main><h1>Test</h1><button type="button"></button><input type="checkbox"></main>';
    const found = await violations();
    expect(found.some((v) => v.startsWith('button-name')), `a nameless button is reported: ${found}`).toBe(true);
    expect(found.some((v) => v.startsWith('label')), `an unlabelled checkbox is reported: ${found}`).toBe(true);
    document.body.innerHTML = '';
  });

  it('every screen in the sidebar has no serious or critical violation', async () => {
    demoBackend();
    render(App);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const buttons = [...nav.querySelectorAll<HTMLButtonElement>('li button')];
    expect(buttons.length, 'the sidebar lists the screens').toBeGreaterThanOrEqual(8);
    const report: Record<string, string[]> = {};
    for (const button of buttons) {
      const name = button.textContent?.trim() ?? '?';
      await fireEvent.click(button);
      await settle();
      expect(document.querySelector('main h1'), `${name} has a heading`).not.toBeNull();
      report[name] = await violations();
    }
    const failing = Object.entries(report).filter(([, v]) => v.length > 0);
    expect(failing, `screens with serious/critical axe violations:\n${JSON.stringify(failing, null, 2)}`).toEqual([]);
    expect(Object.keys(report)).toContain('Settings');
  }, 60_000);

  it('announces alerts and reminders through live regions', async () => {
    demoBackend();
    render(App);
    await screen.findByRole('navigation', { name: 'Main' });
    await waitFor(() => {
      const regions = [...document.querySelectorAll('[aria-live="polite"]')].map((r) => r.textContent ?? '');
      expect(regions.some((t) => t.includes('Severe pain')), `an alert is announced: ${regions}`).toBe(true);
    });
    expect(document.querySelector('.reminder-region[aria-live="polite"]'), 'the reminder live region is in the page').not.toBeNull();
  });

  it('the forms opened from Today (pain, activity, check-in) have no serious or critical violation', async () => {
    demoBackend();
    render(App);
    await screen.findByRole('navigation', { name: 'Main' });
    for (const intent of ['pain', 'activity', 'check_in']) {
      go('today', intent);
      await settle();
      expect(await violations(), `Today with the ${intent} form open`).toEqual([]);
    }
  }, 30_000);

  it('every setup step has no serious or critical violation', async () => {
    demoBackend();
    render(Onboarding, { onfinish: () => {}, ondemo: () => {} });
    await screen.findByRole('heading', { name: 'Welcome to Backstory' });
    expect(await violations(), 'welcome').toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Set up my journal' }));
    for (const heading of ['A few health questions', 'Known back conditions', 'Which movements bother your back?', 'Reminders', 'Your data stays here', 'You are ready']) {
      await screen.findByRole('heading', { name: heading, level: 1 });
      await settle();
      expect(await violations(), `setup step "${heading}"`).toEqual([]);
      if (heading !== 'You are ready') await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
  }, 30_000);

  it('the start-up error screen has no serious or critical violation', async () => {
    demoBackend();
    render(StartupError, {
      status: {
        ok: false, demo: false, journal_path: '/tmp/x/journal.db', welcomed: true,
        error: { kind: 'database', reason: 'corrupt', message: 'The journal file is damaged.' },
      },
    });
    await settle();
    await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
    expect(await violations()).toEqual([]);
  });
});
