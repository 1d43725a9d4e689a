// Screenshots of every screen in another language, from the real app with the demo journal:
//   BACKSTORY_LOCALE=de PREFIX=de- xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- \
//     node tests/e2e/shots-locale.mjs [out-dir]
// (BACKSTORY_LOCALE=en-XA for the pseudo-locale run.) Screens are opened through the
// sidebar by their place in it, so nothing here depends on the language's words; each file
// is named PREFIX + the screen's place and id (de-01-today.png).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { freshDataDir, launch, shown, startDriver } from './harness.mjs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const prefix = process.env.PREFIX ?? `${process.env.BACKSTORY_LOCALE ?? 'en'}-`;
const IDS = ['today', 'timeline', 'insights', 'experiments', 'alerts', 'guide', 'positions', 'sharing', 'profile', 'settings'];
const snap = async (file) => {
  await new Promise((r) => setTimeout(r, 900));
  execFileSync('import', ['-window', 'root', path.join(outDir, `${prefix}${file}`)]);
};

const driver = await startDriver();
const app = await launch(freshDataDir(), ['--demo']);
try {
  await app.setWindowSize(1280, 860).catch(() => {});
  const nav = await shown(app, 'nav', 30_000);
  await new Promise((r) => setTimeout(r, 800));
  const buttons = await nav.$$('li button');
  for (let i = 0; i < buttons.length; i += 1) {
    await buttons[i].click();
    await shown(app, 'main h1');
    await snap(`${String(i + 1).padStart(2, '0')}-${IDS[i] ?? i}.png`);
  }
} finally {
  await app.deleteSession();
  await driver.stop();
}
