// IPC abuse through the real IPC layer: from inside the window, every granted command is
// invoked with wrong types, huge strings, extreme numbers and ids and over-deep JSON for
// each parameter (read from the command's Rust signature). Every call must settle with a
// result or an error (never hang or crash the app); errors are the typed {kind, message}
// of IpcError or Tauri's own argument error. Commands the window is not granted (plugin
// fs/shell/http, the dialog plugin the shell uses itself, made-up names) must be denied.
// The app must still answer and render afterwards.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** name -> [{ name, type }] for every #[tauri::command] in the shell's sources. */
function commandSignatures() {
  const dir = path.join(root, 'src-tauri', 'src');
  const out = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const re = /#\[tauri::command[^\]]*\]\s*pub\s+(?:async\s+)?fn\s+(\w+)\s*(?:<[^>]*>)?\s*\(([^)]*)\)/g;
    for (const m of text.matchAll(re)) {
      const params = m[2]
        .split(/,(?![^<]*>)/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [name, ...type] = p.split(':');
          return { name: name.trim().replace(/^mut\s+/, ''), type: type.join(':').trim() };
        });
      out.set(m[1], params);
    }
  }
  return out;
}

/** The commands the main window's capability grants (the quick-log window has its own). */
function grantedCommands() {
  const cap = JSON.parse(readFileSync(path.join(root, 'src-tauri', 'capabilities', 'default.json'), 'utf8'));
  return cap.permissions.filter((p) => p.startsWith('allow-')).map((p) => p.slice('allow-'.length).replace(/-/g, '_'));
}

const SYSTEM_TYPES = /State<|AppHandle|Window|Webview/;
const snake = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

const HUGE = 'Z'.repeat(1_000_000);
const deep = (n) => '['.repeat(n) + ']'.repeat(n);
const HOSTILE = [
  ['null', null],
  ['number', 42],
  ['negative', -1],
  ['huge number', 1e308],
  ['u64 max', 18446744073709551615],
  ['bool', true],
  ['empty string', ''],
  ['huge string', HUGE],
  ['sql', "'; DROP TABLE pain_entry; --"],
  ['markup', '<img src=x onerror="window.__pwned=1">'],
  ['array', [1, 'two', null]],
  ['object', { __proto__: { polluted: true }, a: 1 }],
  ['deep json', { raw: deep(500) }],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['far date', '+275760-09-13T00:00:00Z'],
];

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

/** Invokes a command from inside the window; resolves to { ok, kind | refusal, ms }. */
async function invoke(app, cmd, args) {
  return app.execute(async (cmd, args) => {
    const fix = (v) => (v && typeof v === 'object' && 'raw' in v && Object.keys(v).length === 1 ? JSON.parse(v.raw) : v);
    const real = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, fix(v)]));
    const started = performance.now();
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ ok: false, hung: true }), 20_000));
    const call = window.__TAURI_INTERNALS__
      .invoke(cmd, real)
      .then((value) => ({ ok: true, kind: typeof value }))
      .catch((error) => ({
        ok: false,
        // Not "error": WebDriver clients read a result with an "error" key as a failure.
        refusal: typeof error === 'string' ? { string: error.slice(0, 300) } : { kind: error?.kind, message: String(error?.message ?? '').slice(0, 300), field: error?.field },
      }));
    const result = await Promise.race([call, timeout]);
    return { ...result, ms: Math.round(performance.now() - started) };
  }, cmd, args);
}

test('every granted command survives hostile arguments; ungranted ones are denied', async () => {
  const signatures = commandSignatures();
  const granted = grantedCommands();
  assert.ok(granted.length > 30, 'build.rs lists the commands');
  const app = await launch(freshDataDir());
  const report = { calls: 0, errors: 0, skipped: [] };
  try {
    await passWelcome(app);
    // Lock, encryption and journal switching are abused last: they change what the rest sees.
    const last = ['switch_journal', 'encryption_enable', 'encryption_change', 'encryption_disable', 'unlock_journal', 'lock_journal'];
    const order = [...granted.filter((c) => !last.includes(c)), ...last.filter((c) => granted.includes(c))];
    for (const cmd of order) {
      const params = signatures.get(cmd);
      assert.ok(params, `${cmd} has a #[tauri::command] function`);
      const system = params.filter((p) => SYSTEM_TYPES.test(p.type));
      const userParams = params.filter((p) => !SYSTEM_TYPES.test(p.type));
      // A command with the app handle may open a native dialog or exit; it is only sent
      // arguments that fail to deserialise, so its body never runs.
      const bodyMayRun = !system.some((p) => /AppHandle/.test(p.type));
      const typed = userParams.filter((p) => p.type !== 'Value');
      if (!bodyMayRun && typed.length === 0) {
        report.skipped.push(cmd);
        continue;
      }
      const sets = [];
      if (bodyMayRun) sets.push(['no arguments', {}]);
      for (const target of bodyMayRun ? userParams : typed) {
        for (const [label, value] of HOSTILE) {
          if (!bodyMayRun && (value === null || typeof value === typeof '')) continue;
          if (!bodyMayRun && target.type.startsWith('Option<') && value === null) continue;
          const args = Object.fromEntries(userParams.map((p) => [snake(p.name), 'x']));
          args[snake(target.name)] = value;
          sets.push([`${target.name} = ${label}`, args]);
        }
      }
      for (const [label, args] of sets) {
        const r = await invoke(app, cmd, args);
        report.calls += 1;
        assert.ok(!r.hung, `${cmd} with ${label} settled`);
        if (!r.ok) {
          report.errors += 1;
          const e = r.refusal;
          assert.ok(
            (typeof e.kind === 'string' && typeof e.message === 'string') || typeof e.string === 'string',
            `${cmd} with ${label}: a typed error, got ${JSON.stringify(e)}`,
          );
          const text = e.message ?? e.string;
          // Tauri's own "invalid args" message (a typed parameter got the wrong JSON type)
          // quotes the value back to the window that sent it; the app's errors never do.
          if (e.message !== undefined) {
            assert.ok(!text.includes('ZZZZZZZZ'), `${cmd} with ${label}: the huge input is not echoed back`);
          } else {
            assert.match(text, /^(invalid args|recursion limit exceeded)/, `${cmd} with ${label}: a plain string error is Tauri's own argument or JSON check`);
          }
          assert.ok(!/panicked|RUST_BACKTRACE/.test(text), `${cmd} with ${label}: no panic text`);
        }
      }
      const alive = await invoke(app, 'app_status', {});
      assert.ok(alive.ok, `the app still answers after ${cmd}`);
    }

    for (const [cmd, args] of [
      ['plugin:fs|read_text_file', { path: '/etc/hostname' }],
      ['plugin:shell|execute', { program: 'sh', args: ['-c', 'id'] }],
      ['plugin:http|fetch', { clientConfig: { url: 'https://example.org', method: 'GET' } }],
      ['plugin:dialog|open', { options: {} }],
      ['plugin:notification|notify', { options: { title: 'x' } }],
      // Used from Rust only (issue 19): the window cannot switch start at login or take keys.
      ['plugin:autostart|enable', {}],
      ['plugin:global-shortcut|register', { shortcuts: ['Ctrl+A'] }],
      // Granted to the quick-log window only.
      ['close_quick_log', { openMain: false }],
      ['not_a_command', {}],
    ]) {
      const r = await invoke(app, cmd, args);
      assert.equal(r.ok, false, `${cmd} is denied`);
      assert.ok(!r.hung, `${cmd} is answered`);
    }

    const pwned = await app.execute(() => window.__pwned);
    assert.equal(pwned ?? null, null, 'no markup argument ran');
    await app.execute(() => window.location.reload());
    await shown(app, 'h1', 30_000);
    console.log(`ipc abuse: ${report.calls} calls, ${report.errors} refused with typed errors; skipped (dialog-only): ${report.skipped.join(', ')}`);
  } finally {
    await app.deleteSession();
  }
});
