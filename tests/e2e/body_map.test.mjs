// Journey: log a left-buttock and back-of-left-thigh pain with different scores from the
// body map by keyboard alone (arrow keys between neighbouring regions, a digit to score),
// then find both in the timeline; and the saddle area's numbness opens the emergency
// question right under the map.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { clickButton, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

const pressed = async (app, key) => {
  await app.keys([key]);
  await new Promise((r) => setTimeout(r, 150));
};
const focusedRegion = (app) => app.execute(() => document.activeElement?.getAttribute('data-region'));

test('a buttock and the back of the thigh are logged from the map by keyboard and shown in the timeline', async () => {
  const app = await launch(freshDataDir());
  try {
    await passWelcome(app);
    await clickButton(app, 'Log pain');
    const form = await shown(app, 'form[aria-label="Log pain"]');
    // Tab into the back view: its one tab stop is its first region.
    const back = await form.$('svg[aria-label="Back of the body"]');
    const stop = await back.$('g[tabindex="0"]');
    await app.execute((el) => el.focus(), stop);
    assert.equal(await focusedRegion(app), 'lower_back_left');
    await pressed(app, 'ArrowDown');
    assert.equal(await focusedRegion(app), 'buttock_left', 'down from the lower back is the buttock');
    await pressed(app, '6');
    await pressed(app, 'ArrowDown');
    assert.equal(await focusedRegion(app), 'thigh_back_left');
    await pressed(app, '3');
    const buttock = await back.$('g[data-region="buttock_left"]');
    assert.equal(await buttock.getAttribute('aria-label'), 'Left buttock, your left side: pain 6 out of 10');
    assert.match(await buttock.getText(), /6/, 'the score is written in the region, not only shaded');
    const nrs = await form.$('label[data-score="6"]');
    assert.match(await nrs.getAttribute('class'), /selected/, 'the entry score follows the worst region');
    await (await form.$('button=Save pain entry')).click();
    await shown(app, 'p=Pain entry saved.');
    await goTo(app, 'Timeline');
    const entry = await shown(app, 'li[data-kind="pain"]');
    const text = await entry.getText();
    assert.match(text, /Pain 6\/10/, text);
    assert.match(text, /Left buttock 6\/10, Left thigh, back 3\/10/, `both regions with their own scores: ${text}`);
  } finally {
    await app.deleteSession();
  }
});

test('numbness in the saddle area opens the emergency question under the map', async () => {
  const app = await launch(freshDataDir());
  try {
    await passWelcome(app);
    await clickButton(app, 'Log pain');
    const form = await shown(app, 'form[aria-label="Log pain"]');
    await app.execute((el) => el.focus(), await form.$('svg[aria-label="Back of the body"] g[tabindex="0"]'));
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown']) await pressed(app, key);
    assert.equal(await focusedRegion(app), 'saddle', 'lower back, centre, tailbone, then the saddle area');
    await pressed(app, 'Enter');
    const detail = await shown(app, 'section[aria-label*="Saddle area"]');
    await (await detail.$('label*=Numb')).click();
    const asked = await shown(app, '[aria-label="A question about the saddle area"]');
    assert.match(await asked.getText(), /British Association of Spine Surgeons/);
    const box = await asked.$('input[type="checkbox"]');
    assert.equal(await box.isSelected(), false, 'nothing is decided for the user');
  } finally {
    await app.deleteSession();
  }
});
