// Journey: an emergency sign ticked in the pain form takes over the whole window, nothing
// else can be reached until it is acknowledged, and it stays on record afterwards.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { clickButton, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

test('saddle numbness logged through the form shows the emergency screen until acknowledged', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await passWelcome(app);
    await clickButton(app, 'Log pain');
    const form = await shown(app, 'form[aria-label="Log pain"]');
    await (await form.$('label[data-score="5"]')).click();
    await (await form.$('summary=Choose from a list instead')).click();
    await (await form.$('label*=Lower back, centre')).click();
    await (await form.$('label*=saddle area')).click();
    await (await form.$('button=Save pain entry')).click();

    const screen = await shown(app, '[role="alertdialog"]');
    const text = await screen.getText();
    assert.match(text, /Get emergency help now/, `the emergency heading is shown, got: ${text}`);
    assert.match(text, /999/, 'it says which number to call');
    assert.match(text, /A&E/, 'it says where to go');
    assert.match(text, /Numbness or tingling in the saddle area/, 'it names the sign');
    assert.match(text, /Pain 5\/10 · saddle-area numbness/, 'it shows the evidence');
    assert.match(text, /British Association of Spine Surgeons/, 'it names the source');
    assert.match(text, /not a medical device/, 'it says the app is not a medical device');
    const inert = await app.execute(() => document.querySelector('.shell')?.hasAttribute('inert'));
    assert.equal(inert, true, 'the rest of the window (guide, positions) cannot be reached');
  } finally {
    await app.deleteSession();
  }

  // Still there after a restart: an emergency is never lost unseen.
  app = await launch(dataDir);
  try {
    await shown(app, '[role="alertdialog"]');
    await clickButton(app, 'I have read this');
    await app.waitUntil(async () => !(await (await app.$('[role="alertdialog"]')).isExisting()), {
      timeout: 15_000,
      timeoutMsg: 'expected the emergency screen to close after acknowledging',
    });
    await goTo(app, 'Alerts');
    const card = await shown(app, 'article*=Numbness or tingling in the saddle area');
    assert.match(await card.getText(), /Acknowledged/, 'the acknowledged alert stays on record');
  } finally {
    await app.deleteSession();
  }
});
