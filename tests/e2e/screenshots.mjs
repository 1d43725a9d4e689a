// Takes the README screenshots from the real app with the demo journal:
//   xvfb-run -a -s "-screen 0 1280x860x24" node tests/e2e/screenshots.mjs [out-dir]
// SCREENS="Insights:insights-what-helps.png:#after-title" adds screens (and where to scroll).
// Each screen is opened through the sidebar, as a user would.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { clickButton, freshDataDir, goTo, launch, shown, startDriver } from './harness.mjs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
// WebKitWebDriver's own screenshot can hang under Xvfb; grab the X display instead.
const snap = (file) => execFileSync('import', ['-window', 'root', path.join(outDir, file)]);
const driver = await startDriver();
const app = await launch(freshDataDir(), ['--demo']);
try {
  await app.setWindowSize(1280, 860).catch(() => {});
  await shown(app, 'nav[aria-label="Main"]');
  await new Promise((r) => setTimeout(r, 800));
  snap('today.png');
  await clickButton(app, 'Log pain');
  await shown(app, 'form[aria-label="Log pain"]');
  snap('log-pain.png');
  await goTo(app, 'Timeline');
  await shown(app, 'li[data-kind]');
  snap('timeline.png');
  // SCREENS="Label:file.png[:css selector]": the selector, if given, is scrolled to the top.
  for (const [label, file, selector] of (process.env.SCREENS ?? '').split(',').filter(Boolean).map((s) => s.split(':'))) {
    await goTo(app, label);
    await new Promise((r) => setTimeout(r, 1200));
    if (selector) {
      await app.execute((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), selector);
      await new Promise((r) => setTimeout(r, 400));
    }
    snap(file);
  }
} finally {
  await app.deleteSession();
  await driver.stop();
}
