// Screenshots of the quick-log window (opened through the tray's command path, as in
// tray.test.mjs) and of the Settings section for the tray, start at login and the shortcut;
// then start at login is switched on and off through that section, printing the autostart
// entry it writes (docs/desktop.md), and leaving it off:
//   xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- node tests/e2e/shots-tray.mjs [out-dir]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { APP, freshDataDir, goTo, launch, shown, startDriver } from './harness.mjs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const snap = (name) => execFileSync('import', ['-window', 'root', path.join(outDir, `${name}.png`)]);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const entry = path.join(homedir(), '.config', 'autostart', 'Backstory.desktop');

const driver = await startDriver();
const dataDir = freshDataDir();
const app = await launch(dataDir, ['--demo']);
try {
  await app.setWindowSize(1280, 860).catch(() => {});
  await shown(app, 'nav[aria-label="Main"]');
  await goTo(app, 'Settings');
  const section = await shown(app, '[data-testid="desktop-settings"]');
  const login = await section.$('label*=Start Backstory at login');
  const loginBox = await login.$('input');
  // Left on by an earlier run: off first, so the screenshot shows the default.
  if (await loginBox.isSelected()) {
    await login.click();
    await (await section.$('button=Save these settings')).click();
    await (await section.$('p=Tray and login settings saved.')).waitForDisplayed({ timeout: 10_000 });
  }
  await (await section.$('label*=Keep Backstory in the tray')).click();
  await app.execute(() => {
    const input = document.querySelector('[data-testid="desktop-settings"] input[type="text"]');
    input.value = 'Ctrl+Alt+L';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await app.execute(() => document.querySelector('[data-testid="desktop-settings"]').scrollIntoView({ block: 'start', behavior: 'instant' }));
  await pause(800);
  snap('settings-tray');

  // Start at login, on then off, through the Settings section.
  await login.click();
  await (await section.$('button=Save these settings')).click();
  await pause(1000);
  await (await section.$('p=Tray and login settings saved.')).waitForDisplayed({ timeout: 10_000 });
  console.log(`autostart entry after ticking: ${entry}\n${existsSync(entry) ? readFileSync(entry, 'utf8') : '(missing)'}\n`);
  await login.click();
  await (await section.$('button=Save these settings')).click();
  await pause(1000);
  console.log(`after unticking, the entry exists: ${existsSync(entry)}`);

  const main = await app.getWindowHandle();
  spawnSync(APP, ['--data-dir', dataDir, '--demo', '--quick-log']);
  let quick;
  for (let i = 0; i < 100 && !quick; i += 1) {
    quick = (await app.getWindowHandles()).find((h) => h !== main);
    if (!quick) await pause(100);
  }
  await app.switchToWindow(quick);
  await shown(app, 'h1=Log pain');
  await (await app.$('input[name="nrs"][value="0"]')).addValue('4');
  await (await app.$('select')).selectByAttribute('value', 'lower_back_left');
  await pause(600);
  snap('quick-log');
} finally {
  await app.deleteSession();
  await driver.stop();
}
