// Drives the real app binary: starts tauri-driver (which starts WebKitWebDriver), opens a
// WebDriver session per app launch, each with its own data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

/** Fails (rather than skips) when the e2e run is required but cannot run. */
export function requireDisplay() {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display: run the end-to-end tests under xvfb-run (scripts/test.sh does).');
  }
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(); });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export async function startDriver() {
  requireDisplay();
  if (!PORT) PORT = await freePort();
  const nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(PORT), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(PORT, 20_000);
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
