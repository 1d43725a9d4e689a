// Journey (issue 19): a second language in the real window. English to start (the system
// here speaks no German), Deutsch chosen in Settings: the page reloads and every screen, the
// forms and the timeline speak German; after a restart the choice holds (desktop.json), and
// going back to the system default brings English back.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { freshDataDir, launch, passWelcome, shown, startDriver } from './harness.mjs';

// The system's language for this run: none that Backstory speaks but English.
delete process.env.BACKSTORY_LOCALE;
for (const name of ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES']) delete process.env[name];
process.env.LANG = 'C.UTF-8';

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

/** The sidebar button with this label (the sidebar's own name is translated too). While the
 *  page reloads, an element of the old page can vanish mid-call: such calls count as "not yet". */
async function navButton(app, label, timeout = 15_000) {
  let found;
  await app.waitUntil(
    async () => {
      try {
        const button = await (await app.$('nav')).$(`button=${label}`);
        if (await button.isDisplayed()) found = button;
        return Boolean(found);
      } catch {
        return false;
      }
    },
    { timeout, interval: 300, timeoutMsg: `expected the ${label} nav button` },
  );
  return found;
}

async function open(app, label) {
  await (await navButton(app, label)).click();
}

async function chooseLanguage(app, settingsLabel, value) {
  await open(app, settingsLabel);
  const form = await shown(app, '[data-testid="language-settings"]');
  await (await form.$(`input[value="${value}"]`)).click();
  // Saving reloads the page; the click's answer can come after the old page is gone.
  await (await form.$('button[type="submit"]')).click().catch((err) => {
    if (!/unload|no such (frame|window)/i.test(String(err))) throw err;
  });
}

test('Deutsch chosen in Settings: the window reloads in German, logs in German, and keeps it after a restart', async () => {
  const dataDir = freshDataDir();
  // Closing the window quits (not asked, not kept in the tray), so the restart is a new app.
  writeFileSync(path.join(dataDir, 'desktop.json'), JSON.stringify({ close_to_tray: false }));
  let app = await launch(dataDir);
  try {
    await passWelcome(app);
    await navButton(app, 'Today');
    await chooseLanguage(app, 'Settings', 'de');
    // The reload: the sidebar in German, the page's language German.
    await navButton(app, 'Heute', 30_000);
    for (const label of ['Verlauf', 'Erkenntnisse', 'Übungen', 'Einstellungen']) await navButton(app, label);
    assert.equal(await app.execute(() => document.documentElement.lang), 'de');

    // A pain entry through the German form, seen in the German timeline.
    await open(app, 'Heute');
    await (await (await shown(app, 'main')).$('button*=Schmerz eintragen')).click();
    const form = await shown(app, 'main form');
    await (await form.$('label[data-score="6"]')).click();
    await (await form.$('button[type="submit"]')).click();
    await open(app, 'Verlauf');
    const entry = await shown(app, 'li[data-kind="pain"]');
    const text = await entry.getText();
    assert.match(text, /Schmerz/, `the timeline entry is German: ${text}`);
    assert.doesNotMatch(text, /\bPain\b/, `no English left in the entry: ${text}`);
  } finally {
    await app.deleteSession();
  }

  // A new start reads the choice from desktop.json: German before anything else is shown.
  app = await launch(dataDir);
  try {
    await navButton(app, 'Heute', 30_000);
    await chooseLanguage(app, 'Einstellungen', 'system');
    await navButton(app, 'Today', 30_000);
    assert.equal(await app.execute(() => document.documentElement.lang), 'en');
  } finally {
    await app.deleteSession();
  }
});
