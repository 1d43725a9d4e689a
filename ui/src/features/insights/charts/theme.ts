// Colours for canvas charts, read from the CSS variables in app.css so charts follow the
// light and dark themes; `onThemeChange` lets a chart redraw when the system theme flips.
// Also how Insights writes its figures, in the window's language.
import { formatNumber, locale, t } from '../../../shared/i18n';

export interface ChartColors {
  text: string;
  muted: string;
  border: string;
  accent: string;
  warn: string;
  ok: string;
  danger: string;
  surface: string;
}

function cssVar(name: string, fallback: string): string {
  if (typeof getComputedStyle !== 'function') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

export function chartColors(): ChartColors {
  return {
    text: cssVar('--text', '#1f2623'),
    muted: cssVar('--text-muted', '#56605c'),
    border: cssVar('--border', '#d9d2c7'),
    accent: cssVar('--accent', '#1f5f5b'),
    warn: cssVar('--warn', '#8a4b00'),
    ok: cssVar('--ok', '#256b3a'),
    danger: cssVar('--danger', '#a01818'),
    surface: cssVar('--surface', '#ffffff'),
  };
}

/** Calls `listener` when the system switches between light and dark; returns an unsubscribe. */
export function onThemeChange(listener: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** Whether this browser can draw on a canvas (jsdom in tests cannot). */
export function canvasSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return typeof canvas.getContext === 'function' && canvas.getContext('2d') != null;
  } catch {
    return false;
  }
}

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** "3.4" ("3,4" in German) for a figure; "–" when there is none. */
export function fmt(value: number | null | undefined): string {
  return value == null ? '–' : formatNumber(Math.round(value * 10) / 10, ONE_DECIMAL);
}

/** A change with its sign: "+0.5", "-1.2", "0.0". */
export function signed(value: number): string {
  return formatNumber(Math.round(value * 10) / 10, { ...ONE_DECIMAL, signDisplay: 'exceptZero' });
}

/** "1 time" / "7 times". */
export function times(n: number): string {
  return t('insights-times', { count: n });
}

/**
 * A label (a region, an activity) inside a sentence: English writes it in lower case
 * ("after walking"); German keeps its capitals, since its nouns are written that way.
 */
export function inSentence(label: string): string {
  return locale() === 'de' ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Seconds since the epoch of a local date's midnight in UTC (uPlot's x values). */
export function dateToSeconds(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 1000;
}

/**
 * uPlot builds a number formatter from navigator.language when it is imported. Under a bare
 * POSIX locale (LANG=C, as on some minimal systems and in CI) WebKit reports "C", which
 * Intl rejects, and the import throws. Replace such a tag with the engine's default locale.
 */
export function ensureUsableLocale(): void {
  if (typeof navigator === 'undefined') return;
  try {
    new Intl.NumberFormat(navigator.language);
  } catch {
    const fallback = new Intl.NumberFormat().resolvedOptions().locale || 'en-US';
    Object.defineProperty(navigator, 'language', { value: fallback, configurable: true });
  }
}
