// Static guarantees over the window's own code: nothing from the journal may be kept in web
// storage (WebKitGTK writes localStorage, IndexedDB and caches to plain files under
// ~/.local/share/<app id>), user text is never turned into markup, no code is built from
// strings, and the page loads nothing from outside. Each rule names what it forbids; the
// first test proves the scanner finds a forbidden use when one is there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'localStorage', pattern: /\blocalStorage\b/ },
  { name: 'sessionStorage', pattern: /\bsessionStorage\b/ },
  { name: 'IndexedDB', pattern: /\bindexedDB\b|\bIDBFactory\b/i },
  { name: 'cookies', pattern: /\bdocument\.cookie\b/ },
  { name: 'Cache API', pattern: /\bcaches\.open\b|\bCacheStorage\b/ },
  { name: 'service worker', pattern: /\bserviceWorker\b/ },
  { name: '{@html}', pattern: /\{@html\b/ },
  { name: 'innerHTML / outerHTML', pattern: /\.(inner|outer)HTML\s*=/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'eval', pattern: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'fetch / XMLHttpRequest / WebSocket / EventSource', pattern: /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b/ },
  { name: 'remote URL in code', pattern: /['"`]https?:\/\/(?!localhost|ipc\.localhost|www\.w3\.org\/)/ },
];

/** Source files of the window (tests excluded: they may use these to test the rules). */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'test-fixtures') out.push(...sources(path));
    } else if (/\.(ts|svelte|js|html|css)$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'test-setup.ts') {
      out.push(path);
    }
  }
  return out;
}

/** "file:line: rule" for every forbidden use in `text`. */
function scan(file: string, text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    for (const rule of RULES) if (rule.pattern.test(code)) hits.push(`${file}:${i + 1}: ${rule.name}`);
  });
  return hits;
}

describe('the window code', () => {
  it('the scanner finds a forbidden use when there is one', () => {
    const hits = scan('x.svelte', "localStorage.setItem('notes', n);\n<p>{@html note}</p>\nel.innerHTML = note;");
    expect(hits).toEqual(['x.svelte:1: localStorage', 'x.svelte:2: {@html}', 'x.svelte:3: innerHTML / outerHTML']);
  });

  it('keeps nothing in web storage, makes no markup or code from strings and fetches nothing', () => {
    const files = [...sources(SRC), join(ROOT, 'index.html')];
    expect(files.length, 'the scan sees the sources').toBeGreaterThan(20);
    const hits = files.flatMap((f) => scan(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(hits, `forbidden uses:\n${hits.join('\n')}`).toEqual([]);
  });

  it('reaches the shell only through api.ts (the one IPC door)', () => {
    const doors = sources(SRC)
      .filter((f) => /from\s+['"]@tauri-apps\/|window\.__TAURI/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(doors).toEqual(['api.ts']);
  });

  it('index.html has no inline script or style and loads nothing from elsewhere', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      expect(body.trim(), 'no inline script body').toBe('');
      expect(attrs, 'scripts come from the app itself').not.toMatch(/src=["']?(https?:)?\/\//);
    }
    expect(html, 'no inline event handlers').not.toMatch(/\son[a-z]+=/i);
    expect(html, 'no inline style block').not.toMatch(/<style\b/i);
    expect(html, 'no remote resources').not.toMatch(/(href|src)=["']?(https?:)?\/\//i);
  });
});
