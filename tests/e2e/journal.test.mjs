// Journey: log a pain entry through the form, quit, relaunch, find it in the timeline.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { clickButton, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

test('a pain entry logged in the window survives a restart', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await shown(app, 'h1=Welcome to Backstory');
    await passWelcome(app);
    await clickButton(app, 'Log pain');
    const form = await shown(app, 'form[aria-label="Log pain"]');
    await (await form.$('label[data-score="6"]')).click();
    // The region list (the body map's accessible alternative) folds under the map.
    await (await form.$('summary=Choose from a list instead')).click();
    await (await form.$('label*=Lower back, centre')).click();
    await (await form.$('button=More details: feel, interference, legs, notes')).click();
    await (await form.$('textarea')).setValue('e2e: after gardening <b>not bold</b>');
    await (await form.$('button=Save pain entry')).click();
    await shown(app, 'p=Pain entry saved.');
  } finally {
    await app.deleteSession();
  }

  app = await launch(dataDir);
  try {
    await shown(app, 'nav[aria-label="Main"]');
    await goTo(app, 'Timeline');
    const entry = await shown(app, 'li[data-kind="pain"]');
    const text = await entry.getText();
    assert.match(text, /Pain 6\/10/, `the saved score is listed after restart, got: ${text}`);
    assert.match(text, /Lower back, centre/, 'the region is listed');
    assert.match(text, /<b>not bold<\/b>/, 'markup in notes is shown as literal text');
  } finally {
    await app.deleteSession();
  }
});

test('an invalid value is refused next to its field and nothing is saved', async () => {
  const dataDir = freshDataDir();
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    await clickButton(app, 'Log pain');
    const form = await shown(app, 'form[aria-label="Log pain"]');
    await (await form.$('button=Save pain entry')).click();
    const error = await shown(app, 'p.field-error');
    assert.match(await error.getText(), /0 to 10/, 'the missing score is explained');
    await goTo(app, 'Timeline');
    await shown(app, 'h2=Nothing here yet');
  } finally {
    await app.deleteSession();
  }
});
