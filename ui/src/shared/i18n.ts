// The window's words in each language: Project Fluent files under assets/locales/<lang>/
// (the window's own in ui/, the ones it shares with the Rust side beside them, such as the
// names of journal values), read with @fluent/bundle. English is the reference; a message
// missing in German falls back to English, and i18n.test.ts fails before that can ship.
// The language is fixed for the page's life: main.ts asks the shell before the first
// screen, and a change in Settings reloads the page (docs/i18n.md).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** The window's own Fluent files, by path ("../../../assets/locales/de/ui/today.ftl"). */
const sources = import.meta.glob('../../../assets/locales/*/ui/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * The Rust side's words the window shows too (names of journal values, the catalogue, red
 * flags...), by language folder: the shell sends them with the language (`ui_locale`), so
 * the app does not carry a second copy in the page's bundle (issue 18).
 */
const windowMessages = new Map<'en' | 'de', string>();

/** A language the window speaks; en-XA is the pseudo-locale of the tests. */
export type Locale = 'en' | 'de' | 'en-XA';
export const LOCALES: readonly Locale[] = ['en', 'de', 'en-XA'];

let current: Locale = 'en';
const bundles = new Map<Locale, FluentBundle>();

/** The folder whose files a locale reads (the pseudo-locale is English made strange). */
function folder(locale: Locale): 'en' | 'de' {
  return locale === 'de' ? 'de' : 'en';
}

/** The window's own Fluent files of one language: [path, text]. */
export function localeFiles(lang: 'en' | 'de'): [string, string][] {
  return Object.entries(sources).filter(([path]) => path.includes(`/locales/${lang}/`));
}

/** Takes the Rust side's words for `tag`'s language, as the shell sent them (main.ts). */
export function provideWindowMessages(tag: string, text: string): void {
  const lang = tag.startsWith('de') ? 'de' : 'en';
  windowMessages.set(lang, text);
  for (const made of [...bundles.keys()]) if (folder(made) === lang) bundles.delete(made);
}

/**
 * The pseudo-locale form of English text: accented letters and doubled vowels (about a
 * third longer), the same rule as the Rust side's (crates/i18n/src/pseudo.rs).
 */
export function pseudo(text: string): string {
  const accents: Record<string, string> = {
    a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž',
    A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Ü', Y: 'Ý', C: 'Ç', N: 'Ñ', S: 'Š', Z: 'Ž',
  };
  let out = '';
  for (const c of text) {
    const a = accents[c] ?? c;
    out += /[aeiouAEIOU]/.test(c) ? a + a : a;
  }
  return out;
}

function bundle(locale: Locale): FluentBundle {
  let made = bundles.get(locale);
  if (made) return made;
  // No isolation marks around arguments: every argument is a number, a date or a name.
  made = new FluentBundle(locale, {
    useIsolating: false,
    transform: locale === 'en-XA' ? pseudo : (text: string) => text,
  });
  const shared: [string, string] = [`the shell's ${folder(locale)} messages`, windowMessages.get(folder(locale)) ?? ''];
  for (const [path, text] of [...localeFiles(folder(locale)), shared]) {
    const errors = made.addResource(new FluentResource(text));
    if (errors.length) throw new Error(`${path}: ${errors.map(String).join('; ')}`);
  }
  bundles.set(locale, made);
  return made;
}

function format(locale: Locale, id: string, args?: Record<string, FluentVariable>): string | null {
  const b = bundle(locale);
  const message = b.getMessage(id);
  if (!message?.value) return null;
  return b.formatPattern(message.value, args);
}

/**
 * The message `id` in the window's language, with named arguments:
 * `t(id, { days: 3 })`. Missing there, English; missing in English, `[id]`.
 */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(current, id, args) ?? format('en', id, args) ?? `[${id}]`;
}

/**
 * Whether the message `id` exists, in the window's language or English (for dynamic ids:
 * `region-${key}`; a German page has only the shell's German words).
 */
export function hasMessage(id: string): boolean {
  return bundle(current).hasMessage(id) || bundle('en').hasMessage(id);
}

/** The window's language. */
export function locale(): Locale {
  return current;
}

/** Sets the window's language from a tag the shell sends ("de", "en-XA"); others are English. */
export function setLocale(tag: string): void {
  current = (LOCALES as readonly string[]).includes(tag) ? (tag as Locale) : tag.startsWith('de') ? 'de' : 'en';
}

/**
 * The locale for Intl formatting (dates, numbers): the system's own variant when it is in
 * the window's language (en-GB, de-AT), else the language itself.
 */
export function intlLocale(): string {
  const lang = folder(current);
  const system = typeof navigator === 'undefined' ? '' : navigator.language;
  return system.toLowerCase().startsWith(lang) ? system : lang;
}

/** The first day of the week for calendars: 1 = Monday ... 7 = Sunday. */
export function firstDayOfWeek(): number {
  try {
    const info = new Intl.Locale(intlLocale()) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const week = info.getWeekInfo?.() ?? info.weekInfo;
    if (week?.firstDay) return week.firstDay;
  } catch {
    // An engine without week data: Monday, as ISO 8601 and most of Europe.
  }
  return intlLocale() === 'en-US' ? 7 : 1;
}

/** A date in the window's language: formatDate(d, { day: 'numeric', month: 'short' }). */
export function formatDate(date: Date, options?: Intl.DateTimeFormatOptions): string {
  return date.toLocaleDateString(intlLocale(), options);
}

/** A date and time in the window's language. */
export function formatDateTime(date: Date, options?: Intl.DateTimeFormatOptions): string {
  return date.toLocaleString(intlLocale(), options);
}

/** A time of day in the window's language. */
export function formatTime(date: Date, options?: Intl.DateTimeFormatOptions): string {
  return date.toLocaleTimeString(intlLocale(), options);
}

/** A number in the window's language ("2.5", "2,5"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return value.toLocaleString(intlLocale(), options);
}
