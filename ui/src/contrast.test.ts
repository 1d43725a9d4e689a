// WCAG 2.2 AA contrast of the theme colours in app.css, light and dark: 4.5:1 for text,
// 3:1 for focus rings and form-control borders (1.4.11). jsdom cannot compute colours, so the
// axe check leaves contrast to this test. Add a pair here when a new colour combination is used.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// vitest runs in ui/ (package.json's folder). (A `?raw` import is empty: vitest skips CSS.)
const css = readFileSync(resolve(process.cwd(), 'src', 'app.css'), 'utf8');

/** The custom properties of the first `:root { ... }` after `from`. */
function variables(from: number): Record<string, string> {
  const start = css.indexOf(':root', from);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/--([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;/g)) out[m[1]] = m[2];
  return out;
}

const light = variables(0);
const dark = { ...light, ...variables(css.indexOf('prefers-color-scheme: dark')) };

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background] pairs as the screens use them.
const textPairs: [string, string][] = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface-2'],
  ['text-muted', 'bg'], ['text-muted', 'surface'], ['text-muted', 'surface-2'],
  ['accent', 'bg'], ['accent', 'surface'], ['accent', 'surface-2'],
  ['accent-text', 'accent'], ['accent', 'accent-soft'],
  ['text', 'accent-soft'], ['text', 'warn-soft'], ['text', 'danger-soft'],
  ['danger', 'bg'], ['danger', 'surface'], ['danger', 'danger-soft'],
  ['warn', 'surface'], ['warn', 'warn-soft'],
  ['ok', 'bg'], ['ok', 'surface'],
  ['surface', 'danger'], ['bg', 'text'],
];
const nonTextPairs: [string, string][] = [
  ['focus', 'bg'], ['focus', 'surface'], ['focus', 'surface-2'],
  ['control-border', 'surface'], ['control-border', 'bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme contrast', (_name, theme) => {
  it.each(textPairs)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(theme[fg], `--${fg} is defined`).toBeDefined();
    expect(theme[bg], `--${bg} is defined`).toBeDefined();
    const ratio = contrast(theme[fg], theme[bg]);
    expect(ratio, `--${fg} ${theme[fg]} on --${bg} ${theme[bg]} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(nonTextPairs)('%s on %s is at least 3:1', (fg, bg) => {
    expect(theme[fg], `--${fg} is defined`).toBeDefined();
    const ratio = contrast(theme[fg], theme[bg]);
    expect(ratio, `--${fg} ${theme[fg]} on --${bg} ${theme[bg]} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });
});
