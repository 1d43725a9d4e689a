// Journey: open the guide, run the "Before intimacy" warm-up with shortened timers
// (--fast-timers), find the session in the timeline; open the positions guide.
// With SCREENSHOT_DIR set, saves screenshots of the guide, the player and the positions page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { clickButton, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

const SHOTS = process.env.SCREENSHOT_DIR;

async function shot(app, name) {
  if (SHOTS) await app.saveScreenshot(path.join(SHOTS, `${name}.png`));
}

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

test('the warm-up runs with the timer and is logged to the timeline', async () => {
  const app = await launch(freshDataDir(), ['--fast-timers']);
  try {
    await passWelcome(app);
    await goTo(app, 'Guide');
    await shown(app, 'h2=For you today');
    await shown(app, '.picks li');
    await shot(app, 'guide');

    await (await shown(app, 'button[aria-label="Start Before intimacy: 5-minute warm-up"]')).click();
    await shown(app, 'h1=Before intimacy: 5-minute warm-up');
    const cue = await shown(app, '[data-testid="player-cue"]');
    assert.ok((await cue.getText()).length > 0, 'the player shows a cue');
    await shown(app, 'img[alt^="Knee rolls"]');
    await shot(app, 'player');

    await shown(app, 'h2=Well done: routine finished', 60_000);
    const summary = await (await app.$('.done')).getText();
    assert.match(summary, /Saved to your journal: \d+ min, 6 exercises/, `the finished session is saved, got: ${summary}`);
    await clickButton(app, 'Back to the guide');

    await goTo(app, 'Timeline');
    const entry = await shown(app, 'li[data-kind="activity"]');
    const text = await entry.getText();
    assert.match(text, /Stretching/, `the session is a stretching activity, got: ${text}`);
    assert.match(text, /Guided: Before intimacy: 5-minute warm-up\. Completed\./, 'its note names the routine');
    assert.match(text, /6 exercises/, 'the exercises done are listed');
  } finally {
    await app.deleteSession();
  }
});

test('stopping early logs what was done, and the positions guide follows the chosen profile', async () => {
  const app = await launch(freshDataDir(), ['--fast-timers']);
  try {
    await passWelcome(app);
    await goTo(app, 'Positions');
    await shown(app, 'h2=What to try, what to avoid');
    const select = await shown(app, '#profile-override');
    await select.selectByAttribute('value', 'flexion');
    await shown(app, 'p*=Saved: Bending forward hurts');
    const text = await (await shown(app, '[data-testid="position-advice"]')).getText();
    assert.match(text, /Spooning/, 'spooning is named for the flexion-intolerant moving partner');
    assert.match(text, /Moving partner/);
    assert.match(text, /Resting partner/);
    await shown(app, 'h2=What these studies can and cannot tell you');
    await shot(app, 'positions');

    // A flexion-intolerant warm-up leaves out knee-to-chest; stop it after the first exercise.
    await goTo(app, 'Guide');
    await (await shown(app, 'button[aria-label="Start Before intimacy: 5-minute warm-up"]')).click();
    await shown(app, 'summary*=Adapted for you');
    await clickButton(app, 'Stop and save');
    await shown(app, 'h2=Session saved');
    await clickButton(app, 'Back to the guide');
    await goTo(app, 'Timeline');
    const entry = await shown(app, 'li[data-kind="activity"]');
    assert.match(await entry.getText(), /Stopped early/, 'a stopped session says so');
  } finally {
    await app.deleteSession();
  }
});
