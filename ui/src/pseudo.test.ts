// The pseudo-locale run (issue 19): every screen rendered in en-XA, where each word the
// window takes from the Fluent files comes out accented and a third longer. A plain English
// word left on a screen was not taken from them: this test lists each one with its screen.
// Words the mocked backend answered with are data (user notes, the Rust side's sentences,
// which the Rust tests check in both languages), and so are Intl's month and weekday names.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intlLocale, setLocale, t } from './shared/i18n';
import { answeredText, demoBackend } from './test-fixtures/demoBackend';

// As in the app, the language is set before any screen module loads (some, like the
// labels, build their words when they load).
setLocale('en-XA');
const { default: App } = await import('./App.svelte');
const { default: Onboarding } = await import('./features/onboarding/Onboarding.svelte');
const { default: QuickLog } = await import('./features/quicklog/QuickLog.svelte');
const { resetGuide, resetPositions } = await import('./features/guide/guideData.svelte');
const { resetReminders } = await import('./features/settings/reminders.svelte');
const { go } = await import('./shared/nav.svelte');

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
window.HTMLElement.prototype.scrollIntoView ??= function () {};

async function settle() {
  for (let i = 0; i < 6; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
  }
}

/** Words that are data, not the window's: from the backend's answers, Intl's calendar names. */
function dataWords(): Set<string> {
  // The name, abbreviations, key names on a keyboard, and the pairing code's prefix.
  const words = new Set<string>(['Backstory', 'NRS', 'PEG', 'PDF', 'CSV', 'FHIR', 'JSON', 'QR', 'TENS', 'Alt', 'Esc', 'bspair']);
  const add = (text: string) => {
    for (const w of text.match(/\p{L}+/gu) ?? []) words.add(w);
  };
  answeredText.forEach(add);
  for (let m = 0; m < 12; m += 1) {
    const d = new Date(2026, m, 1);
    for (const month of ['long', 'short'] as const) add(d.toLocaleDateString(intlLocale(), { month }));
  }
  for (let day = 1; day <= 7; day += 1) {
    const d = new Date(2026, 0, day);
    for (const weekday of ['long', 'short', 'narrow'] as const) add(d.toLocaleDateString(intlLocale(), { weekday }));
  }
  return words;
}

/** Plain English words in the page: text, labels, titles and placeholders. */
export function englishWords(root: ParentNode, allowed: Set<string>): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
    texts.push(n.textContent ?? '');
  }
  for (const el of (root as Element).querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(el.getAttribute(attr) ?? '');
  }
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/\p{L}+/gu) ?? []) {
      // In the pseudo-locale no ASCII vowel is left: an ASCII word with one is English.
      if (word.length >= 3 && /^[A-Za-z]+$/.test(word) && /[aeiouAEIOU]/.test(word) && !allowed.has(word)) {
        found.add(word);
      }
    }
  }
  return [...found].sort();
}

beforeEach(() => {
  setLocale('en-XA');
  resetGuide();
  resetPositions();
  resetReminders();
  go('today');
});
afterEach(() => clearMocks());

describe('the pseudo-locale run', () => {
  it('the check itself finds an English word and passes a pseudo one', () => {
    const div = document.createElement('div');
    div.innerHTML = `<p>${t('common-log-pain')}</p><button aria-label="Close">x</button>`;
    expect(englishWords(div, new Set())).toEqual(['Close']);
  });

  it('no screen of the sidebar shows a plain English word', async () => {
    demoBackend();
    render(App);
    const nav = await screen.findByRole('navigation');
    const buttons = [...nav.querySelectorAll<HTMLButtonElement>('li button')];
    expect(buttons.length).toBeGreaterThanOrEqual(8);
    const report: Record<string, string[]> = {};
    for (const button of buttons) {
      const name = button.textContent?.trim() ?? '?';
      await fireEvent.click(button);
      await settle();
      report[name] = englishWords(document.body, dataWords());
    }
    for (const intent of ['pain', 'activity', 'check_in']) {
      go('today', intent);
      await settle();
      report[`Today (${intent} form)`] = englishWords(document.body, dataWords());
    }
    const failing = Object.entries(report).filter(([, words]) => words.length > 0);
    expect(failing, `English words left on screens:\n${JSON.stringify(failing, null, 1)}`).toEqual([]);
  }, 90_000);

  it('no setup step and not the quick-log window shows a plain English word', async () => {
    demoBackend();
    const { unmount } = render(Onboarding, { onfinish: () => {}, ondemo: () => {} });
    await settle();
    const report: Record<string, string[]> = {};
    for (let step = 0; step < 8; step += 1) {
      await settle();
      const heading = document.querySelector('h1')?.textContent ?? `step ${step}`;
      report[heading] = englishWords(document.body, dataWords());
      const next = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === t('common-next') || b.classList.contains('primary'),
      );
      if (!next) break;
      await fireEvent.click(next);
    }
    unmount();
    render(QuickLog);
    await settle();
    report['quick log'] = englishWords(document.body, dataWords());
    const failing = Object.entries(report).filter(([, words]) => words.length > 0);
    expect(failing, `English words left:\n${JSON.stringify(failing, null, 1)}`).toEqual([]);
  }, 60_000);
});
