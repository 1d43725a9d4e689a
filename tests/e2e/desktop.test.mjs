// Journey: first-run setup (health history, a condition, the movement questionnaire,
// reminders) with the keyboard and mouse, then the daily check-in reminder arrives at the
// time set (the ticker runs every second here: BACKSTORY_REMINDER_TICK_SECS=1) and opens
// the check-in form. Then every screen is reachable from the keyboard alone, and the window's
// size comes back after a restart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { clickButton, freshDataDir, goTo, launch, shown, startDriver } from './harness.mjs';

let driver;
before(async () => {
  // Inherited by tauri-driver, WebKitWebDriver and the app.
  process.env.BACKSTORY_REMINDER_TICK_SECS = '1';
  driver = await startDriver();
});
after(async () => { await driver?.stop(); });

/** "HH:MM" a minute or two from now in this machine's time zone (the app's too). */
function soon() {
  const now = new Date();
  // At least 20 s ahead, so the settings are saved before the reminder's minute starts.
  const at = new Date(now.getTime() + (now.getSeconds() > 40 ? 120_000 : 60_000));
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** Sets an input's value the way typing would (WebDriver cannot type into time inputs everywhere). */
async function setInput(app, selector, value) {
  await app.execute((sel, v) => {
    const input = document.querySelector(sel);
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, selector, value);
}

test('setup saves the profile and reminders, and the check-in reminder comes at its time', async () => {
  const app = await launch(freshDataDir());
  try {
    await shown(app, 'h1=Welcome to Backstory');
    await clickButton(app, 'Set up my journal');

    await shown(app, 'h1=A few health questions');
    await (await app.$('label*=I have had cancer')).click();
    await (await app.$('select')).selectByVisibleText('50-64');
    await clickButton(app, 'Next');

    await shown(app, 'h1=Known back conditions');
    await (await app.$('label*=Sciatica')).click();
    await clickButton(app, 'Next');

    await shown(app, 'h1=Which movements bother your back?');
    const firstQuestion = await shown(app, 'fieldset.quiz label');
    await firstQuestion.click();
    await clickButton(app, 'Suggest a profile');
    await shown(app, 'span*=Suggested:');
    await clickButton(app, 'Next');

    await shown(app, 'h1=Reminders');
    const time = soon();
    // Quiet hours off, so the test passes at any hour.
    const quiet = await app.$('label*=Use quiet hours');
    if (await (await quiet.$('input')).isSelected()) await quiet.click();
    await setInput(app, 'fieldset input[type="time"]', time);
    await clickButton(app, 'Next');

    await shown(app, 'h1=Your data stays here');
    await clickButton(app, 'Next');
    await shown(app, 'h1=You are ready');
    await clickButton(app, 'Start my journal');
    await shown(app, 'nav[aria-label="Main"]');

    await goTo(app, 'Profile');
    await shown(app, 'h1=Profile');
    const cancer = await shown(app, 'label*=I have had cancer');
    assert.ok(await (await cancer.$('input')).isSelected(), 'the history answer from setup is saved in the profile');

    await goTo(app, 'Settings');
    const checkInTime = await shown(app, 'fieldset input[type="time"]');
    assert.equal(await checkInTime.getValue(), time, 'the reminder time from setup is saved');

    // The reminder: shown in the window (and as a native notification where a server runs).
    const toast = await shown(app, '[data-testid="reminder-toast"]', 150_000);
    assert.match(await toast.getText(), /Time for your check-in/, 'the check-in reminder arrives');
    await (await toast.$('button=Open')).click();
    await shown(app, 'form[aria-label="Daily check-in"]');
  } finally {
    await app.deleteSession();
  }
});

test('every screen is reachable with the keyboard alone, and / filters the timeline', async () => {
  const app = await launch(freshDataDir(), ['--demo']);
  try {
    await shown(app, 'nav[aria-label="Main"]');
    const labels = await app.execute(() =>
      [...document.querySelectorAll('nav[aria-label="Main"] li button')].map((b) => b.textContent.trim()),
    );
    assert.ok(labels.length >= 7, `the sidebar lists the screens, got ${labels}`);
    // Start on the first nav button, then only keys: Enter opens a screen, Tab moves on.
    await app.execute(() => document.querySelector('nav[aria-label="Main"] li button').focus());
    await app.keys(['Tab']);
    await app.keys(['Shift', 'Tab']);
    for (let i = 0; i < labels.length; i += 1) {
      if (i > 0) await app.keys(['Tab']);
      const focused = await app.execute(() => document.activeElement?.textContent.trim());
      assert.equal(focused, labels[i], `Tab reaches the "${labels[i]}" button`);
      const outline = await app.execute(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none', `the focused "${labels[i]}" button shows a focus outline`);
      await app.keys(['Enter']);
      const current = await app.execute(() => document.querySelector('nav [aria-current="page"]')?.textContent.trim());
      assert.equal(current, labels[i], `Enter on "${labels[i]}" opens that screen`);
      await shown(app, 'main h1');
    }
    await app.execute(() => document.activeElement?.blur());
    await app.keys('/');
    await shown(app, 'h1=Timeline');
    const focusedInFilters = await app.execute(
      () => !!document.activeElement?.closest('[data-shortcut-target="filter"], [data-shortcut-target="search"]'),
    );
    assert.ok(focusedInFilters, '/ moves focus to the timeline filter');
  } finally {
    await app.deleteSession();
  }
});

test('the window size is remembered across a restart (SIGTERM ends the app cleanly)', async () => {
  const dataDir = freshDataDir();
  let app = await launch(dataDir);
  try {
    await shown(app, 'h1');
    await app.setWindowSize(900, 640);
    await new Promise((r) => setTimeout(r, 500));
    // This app only: its command line names this test's own data folder.
    const pid = execFileSync('pgrep', ['-n', '-f', '--', `backstory-app --data-dir ${dataDir}`]).toString().trim();
    execFileSync('kill', ['-TERM', pid]);
    const file = `${dataDir}/window-state.json`;
    for (let i = 0; i < 50 && !existsSync(file); i += 1) await new Promise((r) => setTimeout(r, 100));
    assert.ok(existsSync(file), 'the window state is written when the app ends');
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).main.width, 900, 'the saved width is the window\'s');
  } finally {
    await app.deleteSession().catch(() => {});
  }
  app = await launch(dataDir);
  try {
    await shown(app, 'h1');
    const size = await app.getWindowSize();
    assert.deepEqual([size.width, size.height], [900, 640], 'the window opens at its remembered size');
  } finally {
    await app.deleteSession();
  }
});
