// One home per string: the strings modules (shared/strings.ts and each feature's
// strings.ts) never spell the same words twice. Words two features use live in
// shared/strings.ts and the others refer to them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from './strings';
import { t } from './i18n';

const SRC = join(__dirname, '..');

function stringsModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bindings' ? [] : stringsModules(path);
    return name === 'strings.ts' ? [path] : [];
  });
}

describe('strings modules', () => {
  it('spell each piece of screen text once', () => {
    const files = stringsModules(SRC);
    expect(files.map((f) => relative(SRC, f)).sort()).toEqual(
      expect.arrayContaining(['features/settings/strings.ts']),
    );
    const homes = new Map<string, string[]>();
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/\*\*|\*).*$/gm, '');
      for (const [, text] of code.matchAll(/:\s*'((?:[^'\\]|\\.)+)'/g)) {
        homes.set(text, [...(homes.get(text) ?? []), relative(SRC, file)]);
      }
    }
    const twice = [...homes].filter(([, where]) => where.length > 1).map(([text, where]) => `${text}: ${where.join(', ')}`);
    expect(twice, 'the same words in two places').toEqual([]);
    expect(homes.size, 'the scan sees the strings').toBeGreaterThan(100);
  });

  it('fill puts values into placeholders', () => {
    expect(fill('Step {step} of {total}', { step: 1, total: 6 })).toBe('Step 1 of 6');
    expect(t('screen-settings')).toBe('Settings');
  });
});
