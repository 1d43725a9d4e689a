// Drives the real app binary: starts tauri-driver (which starts WebKitWebDriver), opens a
// WebDriver session per app launch, each with its own data folder.
//
// Run with `npm test` (this file is also the runner): it first checks the tools a run needs
// (a display, tauri-driver, WebKitWebDriver, strace, the built app). When one is missing,
// BACKSTORY_E2E_REQUIRED=1 (set by scripts/test.sh, so by CI) makes the run fail; without
// it every journey is listed and counted as skipped, none as passed, under a loud banner,
// so a machine without a display never shows a green "pass" for journeys that did not run.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
export const APP = process.env.BACKSTORY_APP ?? path.join(targetDir, 'debug', 'backstory-app');
// Free ports by default, so several runs (and other developers' runs) never collide.
let PORT = Number(process.env.TAURI_DRIVER_PORT ?? 0);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The first executable `program` on PATH, or undefined. */
export function onPath(program) {
  return (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, program)).find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** What this machine lacks for a run, one reason per missing tool (empty: all present). */
export function missingTools() {
  const missing = [];
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) missing.push('no display (run under xvfb-run, as scripts/test.sh does)');
  if (!onPath('tauri-driver')) missing.push('tauri-driver is not on PATH (scripts/deps.sh test installs it)');
  if (!onPath('WebKitWebDriver')) missing.push('WebKitWebDriver is not on PATH (Debian package webkit2gtk-driver)');
  if (!onPath('strace')) missing.push('strace is not on PATH (the no-network journey needs it)');
  if (!onPath('dbus-monitor')) missing.push('dbus-monitor is not on PATH (the tray journey watches notifications with it; package dbus)');
  if (!existsSync(APP)) missing.push(`the app is not built at ${APP} (cargo build --bin backstory-app)`);
  return missing;
}

/** Throws when a tool is missing: a journey started by hand says what to install. */
export function requireTools() {
  const missing = missingTools();
  if (missing.length) throw new Error(`end-to-end tests cannot run: ${missing.join('; ')}`);
}

function waitForPort(port, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(); });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${what} did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export async function startDriver() {
  requireTools();
  if (!PORT) PORT = await freePort();
  const nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(PORT), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // tauri-driver listens at once but starts WebKitWebDriver beside it without waiting for
  // it; a session asked for before WebKitWebDriver listens fails with "connection refused"
  // (it did on a cold CI run), so both ports must be open before the first launch.
  await waitForPort(PORT, 20_000, 'tauri-driver');
  await waitForPort(nativePort, 20_000, 'WebKitWebDriver (started by tauri-driver)');
  return {
    // SIGTERM, not SIGKILL: tauri-driver then stops WebKitWebDriver too.
    stop: () => new Promise((resolve) => { driver.once('exit', resolve); driver.kill('SIGTERM'); }),
  };
}

export function freshDataDir() {
  return mkdtempSync(path.join(tmpdir(), 'backstory-e2e-'));
}

/** Launches the app on `dataDir` and returns a WebDriver browser for its window. */
export async function launch(dataDir, extraArgs = []) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: PORT,
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'wry',
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: APP, args: ['--data-dir', dataDir, ...extraArgs] },
    },
  });
  await browser.setTimeout({ implicit: 0 });
  return browser;
}

/** Waits until an element matching `selector` is displayed and returns it. */
export async function shown(browser, selector, timeout = 15_000) {
  const el = await browser.$(selector);
  await el.waitForDisplayed({ timeout, timeoutMsg: `expected ${selector} to be shown` });
  return el;
}

/** Clicks the button whose visible text contains `text`. */
export async function clickButton(browser, text, timeout = 15_000) {
  const el = await shown(browser, `button*=${text}`, timeout);
  await el.click();
}

/** Passes the first-start welcome screen if it is showing. */
export async function passWelcome(browser) {
  await shown(browser, 'h1');
  const heading = await (await browser.$('h1')).getText();
  if (heading.includes('Welcome')) await clickButton(browser, 'Start my journal');
  await shown(browser, 'nav[aria-label="Main"]');
}

export async function goTo(browser, label) {
  const nav = await shown(browser, 'nav[aria-label="Main"]');
  const button = await nav.$(`button=${label}`);
  await button.waitForDisplayed({ timeout: 15_000, timeoutMsg: `expected the ${label} nav button` });
  await button.click();
}

/** `npm test`: checks the tools, then runs every journey, or reports them all skipped. */
function runAll() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // `npm test -- journal.test.mjs` runs only the files named.
  const chosen = process.argv.slice(2).map((f) => path.basename(f));
  const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs') && (!chosen.length || chosen.includes(f))).sort();
  const args = ['--test', '--test-concurrency=1', '--test-timeout=300000'];
  const missing = missingTools();
  if (missing.length) {
    const required = process.env.BACKSTORY_E2E_REQUIRED === '1';
    const bar = '!'.repeat(78);
    console.error(`\n${bar}\n${required ? 'FAILED' : 'SKIPPED'}: the end-to-end journeys cannot run here:`);
    for (const reason of missing) console.error(`  - ${reason}`);
    console.error(required
      ? 'BACKSTORY_E2E_REQUIRED=1 is set (scripts/test.sh and CI set it), so this is a failure.'
      : 'Nothing was tested in the real window. Set BACKSTORY_E2E_REQUIRED=1 to make this a failure.');
    console.error(`${bar}\n`);
    if (required) return 1;
    // Not started at all (their hooks would start the very tools that are missing); each
    // journey is listed and counted as skipped, none as passed.
    let count = 0;
    for (const file of files) {
      const names = [...readFileSync(path.join(here, file), 'utf8').matchAll(/^test\((['"`])(.*?)\1/gm)].map((m) => m[2]);
      for (const name of names) console.log(`ok ${++count} - ${file}: ${name} # SKIP ${missing[0]}`);
    }
    console.log(`# tests ${count}\n# pass 0\n# fail 0\n# skipped ${count}`);
    return 0;
  }
  const run = spawnSync(process.execPath, [...args, ...files], { cwd: here, stdio: 'inherit' });
  return run.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(runAll());
}
