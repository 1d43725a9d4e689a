// Screenshots of first-run setup, Settings and an in-window reminder, from the real app:
//   xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- node tests/e2e/shots-desktop.mjs [out-dir]
// THEME=dark takes them in the dark theme (GTK_THEME=Adwaita:dark), with a "-dark" suffix.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { clickButton, freshDataDir, goTo, launch, shown, startDriver } from './harness.mjs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const dark = process.env.THEME === 'dark';
if (dark) process.env.GTK_THEME = 'Adwaita:dark';
const suffix = dark ? '-dark' : '';
// WebKitWebDriver's own screenshot can hang under Xvfb; grab the X display instead.
const snap = (name) => execFileSync('import', ['-window', 'root', path.join(outDir, `${name}${suffix}.png`)]);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const driver = await startDriver();
const app = await launch(freshDataDir());
try {
  await app.setWindowSize(1280, 860).catch(() => {});
  await shown(app, 'h1=Welcome to Backstory');
  await pause(600);
  snap('setup-welcome');
  await clickButton(app, 'Set up my journal');
  await shown(app, 'h1=A few health questions');
  await (await app.$('label*=My pain started after a fall')).click();
  await pause(400);
  snap('setup-history');
  await clickButton(app, 'Next');
  await shown(app, 'h1=Known back conditions');
  await (await app.$('label*=Disc herniation')).click();
  await clickButton(app, 'Next');
  await shown(app, 'h1=Which movements bother your back?');
  await (await shown(app, 'fieldset.quiz label')).click();
  await clickButton(app, 'Suggest a profile');
  await shown(app, 'span*=Suggested:');
  await pause(400);
  snap('setup-movement');
  await clickButton(app, 'Next');
  await shown(app, 'h1=Reminders');
  await (await app.$("//fieldset[legend[contains(., 'how is your back')]]//label[contains(., 'Remind me')]")).click();
  await pause(400);
  snap('setup-reminders');
  await clickButton(app, 'Next');
  await shown(app, 'h1=Your data stays here');
  await clickButton(app, 'Next');
  await clickButton(app, 'Start my journal');
  await goTo(app, 'Settings');
  await shown(app, 'h1=Settings');
  await clickButton(app, 'Show a test reminder');
  await shown(app, '[data-testid="reminder-toast"]');
  await pause(600);
  snap('settings');
} finally {
  await app.deleteSession();
  await driver.stop();
}
