// Takes the README screenshots from the real app with the demo journal:
//   [SCREENS="Insights:insights.png:#peg-trend-title,..."] xvfb-run -a -s "-screen 0 1280x860x24" node tests/e2e/screenshots.mjs [out-dir]
// Each screen is opened through the sidebar, as a user would.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { APP, clickButton, freshDataDir, goTo, launch, shown, startDriver } from './harness.mjs';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
// WebKitWebDriver's own screenshot can hang under Xvfb; grab the X display instead.
// The X display can lag the webview by a frame: wait for the repaint before each grab.
const snap = async (file) => {
  await new Promise((r) => setTimeout(r, 700));
  execFileSync('import', ['-window', 'root', path.join(outDir, file)]);
};
const driver = await startDriver();
const dataDir = freshDataDir();
const app = await launch(dataDir, ['--demo']);
try {
  await app.setWindowSize(1280, 860).catch(() => {});
  await shown(app, 'nav[aria-label="Main"]');
  await new Promise((r) => setTimeout(r, 800));
  await snap('today.png');
  await clickButton(app, 'Log pain');
  await shown(app, 'form[aria-label="Log pain"]');
  await snap('log-pain.png');
  await goTo(app, 'Timeline');
  await shown(app, 'li[data-kind]');
  await snap('timeline.png');
  // SCREENS="Label:file.png[:css selector],...": the selector, when given, is scrolled to
  // the top of the view first (for a panel below the fold).
  for (const [label, file, selector] of (process.env.SCREENS ?? '').split(',').filter(Boolean).map((s) => s.split(':'))) {
    await goTo(app, label);
    await new Promise((r) => setTimeout(r, 1200));
    if (selector) {
      // Twice: charts above the panel may still be growing after the first scroll.
      for (let i = 0; i < 2; i++) {
        const element = await shown(app, selector);
        await app.execute((e) => e.scrollIntoView({ block: 'start' }), element);
        await new Promise((r) => setTimeout(r, 800));
      }
    }
    await snap(file);
  }
  // BODY_MAP_SCREEN=file.png: the pain form's body map with the left buttock (6) and the
  // back of the left thigh (3, pins and needles) marked, the thigh's own score open.
  if (process.env.BODY_MAP_SCREEN) {
    await goTo(app, 'Today');
    await clickButton(app, 'Log pain');
    const form = await shown(app, 'form[aria-label="Log pain"]');
    const stop = await form.$('svg[aria-label="Back of the body"] g[tabindex="0"]');
    await app.execute((el) => el.focus(), stop);
    for (const key of ['ArrowDown', '6', 'ArrowDown', '3', 'Enter']) {
      await app.keys([key]);
      await new Promise((r) => setTimeout(r, 150));
    }
    await (await shown(app, '//section[contains(@aria-label, "score and feel")]//label[contains(., "Pins and needles")]')).click();
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), await form.$('fieldset.body-map'));
    await new Promise((r) => setTimeout(r, 800));
    await snap(process.env.BODY_MAP_SCREEN);
  }
  // EXPERIMENT_SCREEN=file.png: Experiments with the demo's finished experiment, its
  // result (verdict, bars, table) at the top of the view.
  if (process.env.EXPERIMENT_SCREEN) {
    await goTo(app, 'Experiments');
    const result = await shown(app, '[aria-labelledby="exp-result"]');
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), result);
    await new Promise((r) => setTimeout(r, 800));
    await snap(process.env.EXPERIMENT_SCREEN);
  }
  // REPORT_SCREENS=dialog.png,preview.png: the clinician report dialog (its choices), then
  // its preview in the window, each scrolled into view.
  if (process.env.REPORT_SCREENS) {
    const [dialogFile, previewFile] = process.env.REPORT_SCREENS.split(',');
    await goTo(app, 'Sharing');
    await shown(app, 'h1#sharing-title');
    const questions = await shown(app, '[aria-labelledby="report-title"] textarea');
    await questions.setValue('Is the saddle numbness urgent? Should I keep the core programme?');
    await clickButton(app, 'Preview the report');
    const preview = await shown(app, '[data-testid="report-preview"]');
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), await app.$('#report-title'));
    await new Promise((r) => setTimeout(r, 800));
    await snap(dialogFile);
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), preview);
    await new Promise((r) => setTimeout(r, 800));
    await snap(previewFile);
  }
  // RELIEF_SCREEN=file.png: the activity form with "Something for the pain" and a medicine.
  if (process.env.RELIEF_SCREEN) {
    await goTo(app, 'Today');
    await clickButton(app, 'Log activity');
    const form = await shown(app, 'form[aria-label="Log activity"]');
    // The radios are drawn as chips: click the label a user sees.
    await (await shown(app, '//label[contains(., "Something for the pain")]')).click();
    await (await shown(app, '//div[contains(@class, "relief")]//label[normalize-space(.)="Medicine"]')).click();
    const [name, dose] = await app.$$('.relief input[type="text"]');
    await name.setValue('Ibuprofen');
    await dose.setValue('400 mg');
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), form);
    await new Promise((r) => setTimeout(r, 800));
    await snap(process.env.RELIEF_SCREEN);
  }
  // PAIRING_SCREENS=pairing.png,together.png[,send.png]: a partner ("Sam", a second data folder made
  // by the CLI) logs the demo's last intimacy evenings too, pairs with the demo journal and
  // sends a signed share with notes; then the Pairing section and Together.
  if (process.env.PAIRING_SCREENS) {
    const [pairingFile, togetherFile, sendFile] = process.env.PAIRING_SCREENS.split(',');
    const CLI = path.join(path.dirname(APP), 'backstory');
    const run = (dir, ...args) => JSON.parse(execFileSync(CLI, ['--data-dir', dir, '--json', ...args], { encoding: 'utf8' }));
    const demo = (...args) => run(dataDir, '--demo', ...args);
    const sam = freshDataDir();
    const evenings = demo('list', '--kind', 'activity', '--limit', '200').items.filter((i) => i.entry.kind === 'intimacy').slice(0, 4);
    const notes = ['The cushion under my hips helped.', 'Slower was better tonight.'];
    evenings.forEach((e, i) => {
      const at = e.entry.at.replace(/T(\d\d):(\d\d)/, (_, h, m) => `T${h}:${String((Number(m) + 10) % 60).padStart(2, '0')}`);
      const act = run(sam, 'add-activity', '--kind', 'intimacy', '--at', at, '--duration', '25', '--pain-before', String(2 + (i % 2)), ...(i % 2 ? [] : ['--warm-up']));
      const next = new Date(new Date(e.entry.at).getTime() + 11 * 3600_000).toISOString().replace('.000Z', '+00:00');
      run(sam, 'add-pain', '--nrs', String(3 + (i % 3)), '--at', next, '--activity', act.id);
      if (i < notes.length) run(sam, 'pair', 'note', '--activity', act.id, '--text', notes[i], '--shared');
    });
    const demoCode = demo('pair', 'show').code;
    run(sam, 'pair', 'add', '--code', demoCode, '--name', 'Alex');
    demo('pair', 'add', '--code', run(sam, 'pair', 'show').code, '--name', 'Sam');
    const share = path.join(sam, 'to-alex.bsshare');
    run(sam, 'export', '--for', 'Alex', '--include', 'default,intimacy_details', '--notes', '--expires-in-days', '90', '--out', share);
    demo('import', '--file', share);
    await goTo(app, 'Today');
    await goTo(app, 'Sharing');
    const panel = await shown(app, '#pairing-title');
    await shown(app, '.pairings li');
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), panel);
    await new Promise((r) => setTimeout(r, 800));
    await snap(pairingFile);
    if (sendFile) {
      await clickButton(app, 'Send a share…');
      await app.execute((el) => el.scrollIntoView({ block: 'start' }), await shown(app, '#send-title'));
      await new Promise((r) => setTimeout(r, 800));
      await snap(sendFile);
    }
    await (await shown(app, '//div[@aria-labelledby="partners-title"]//button[normalize-space(.)="Together"]')).click();
    await shown(app, 'tr.notes');
    await app.execute((el) => el.scrollIntoView({ block: 'start' }), await shown(app, 'h3*=Together with'));
    await new Promise((r) => setTimeout(r, 800));
    await snap(togetherFile);
  }
} finally {
  await app.deleteSession();
  await driver.stop();
}
