// The languages agree: every message exists in English and German (a key in one and not the
// other fails), every file parses, and every literal id the window's code passes to t()
// exists. The pseudo-locale makes every sentence accented and longer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { afterEach, describe, expect, it } from 'vitest';
import { hasMessage, localeFiles, pseudo, setLocale, t } from './i18n';

const SRC = join(__dirname, '..');

const LOCALES_DIR = join(__dirname, '../../../assets/locales');

/** Every Fluent file of a language on disk, the Rust side's and the window's: [path, text]. */
function filesOnDisk(lang: 'en' | 'de'): [string, string][] {
  const dir = join(LOCALES_DIR, lang);
  return [...readdirSync(dir).map((n) => join(dir, n)), ...readdirSync(join(dir, 'ui')).map((n) => join(dir, 'ui', n))]
    .filter((path) => path.endsWith('.ftl'))
    .map((path) => [path, readFileSync(path, 'utf8')]);
}

/** Message ids of a language in every file (the window's and the Rust side's: an id must
 * be unique across both), with the file each is in. */
function ids(lang: 'en' | 'de'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of filesOnDisk(lang)) {
    // Message ids start a line; terms (-name) and comments do not count.
    for (const match of text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) {
      const id = match[1];
      const file = path.replace(/.*\/locales\/(en|de)\//, '');
      expect(out.has(id), `${id} is defined twice (${out.get(id)} and ${file})`).toBe(false);
      out.set(id, file);
    }
  }
  return out;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'bindings') out.push(...sources(path));
    } else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

afterEach(() => setLocale('en'));

describe('languages', () => {
  it('every message in English is in German and every German one in English, in the same file', () => {
    const en = ids('en');
    const de = ids('de');
    expect(en.size).toBeGreaterThan(0);
    const onlyEn = [...en.keys()].filter((id) => !de.has(id));
    const onlyDe = [...de.keys()].filter((id) => !en.has(id));
    expect(onlyEn, 'in English only').toEqual([]);
    expect(onlyDe, 'in German only').toEqual([]);
    const moved = [...en].filter(([id, file]) => de.get(id) !== file).map(([id]) => id);
    expect(moved, 'in a different file').toEqual([]);
  });

  it('bundles only its own files and has the share of the others the shell sends', () => {
    const read = localeFiles('en').map(([path]) => path.replace(/.*\/locales\/en\//, ''));
    expect(read).toContain('ui/journal.ftl');
    expect(read.every((name) => name.startsWith('ui/')), read.join(' ')).toBe(true);
    expect(hasMessage('region-lower_back_left')).toBe(true);
    expect(hasMessage('tray-quit')).toBe(false);
    expect(hasMessage('error-stored-activity-kind-unknown')).toBe(false);
  });

  it('every Fluent file parses', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const [path, text] of localeFiles(lang)) {
        // A parse error leaves a junk entry: the resource then has fewer messages than ids.
        const resource = new FluentResource(text);
        const defined = text.match(/^[a-zA-Z][\w-]*\s*=/gm)?.length ?? 0;
        expect(resource.body.length, path).toBe(defined);
      }
    }
  });

  it('every message id the code names literally exists in English', () => {
    const missing: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*)'/g)) {
        if (!hasMessage(match[1])) missing.push(`${relative(SRC, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('speaks German when asked, English as the fallback, and says which id is missing', () => {
    setLocale('de');
    expect(t('region-lower_back_left')).toBe('Unterer Rücken, links');
    setLocale('en');
    expect(t('region-lower_back_left')).toBe('Lower back, left');
    expect(t('no-such-message')).toBe('[no-such-message]');
  });

  it('the pseudo-locale accents every letter it can and makes text about a third longer', () => {
    const english = 'Log pain now';
    const strange = pseudo(english);
    expect(strange).not.toMatch(/pain/);
    expect(strange.length).toBeGreaterThanOrEqual(english.length * 1.25);
    setLocale('en-XA');
    expect(t('region-lower_back_left')).toBe(pseudo('Lower back, left'));
  });
});
