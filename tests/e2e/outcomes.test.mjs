// Journey: an evening logged (here by the CLI) waits on Today for "how was your back
// afterwards?"; one tap on "No pain" answers it, and the journal then holds a rating of 0
// linked to that evening (read back through the CLI). Insights then count every activity,
// known and unknown outcomes apart, for intimacy and for all activities.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { APP, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

const CLI = path.join(path.dirname(APP), 'backstory');
const cli = (dataDir, ...args) => JSON.parse(execFileSync(CLI, ['--data-dir', dataDir, '--json', ...args], { encoding: 'utf8' }));

/** An RFC 3339 time `hours` ago in the computer's own offset (as the window logs it). */
function hoursAgo(hours) {
  const d = new Date(Date.now() - hours * 3_600_000);
  const offset = -d.getTimezoneOffset();
  const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

test('an evening waiting on Today is answered with one tap', async () => {
  const dataDir = freshDataDir();
  const evening = cli(dataDir, 'add-activity', '--kind', 'intimacy', '--at', hoursAgo(3));
  assert.equal(cli(dataDir, 'outcomes', '--activity', evening.id)[0].nrs, null, 'unknown before the answer');
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    const card = await shown(app, '[data-testid="outcome-questions"]');
    assert.match(await card.getText(), /1 evening waiting for an answer/);
    await (await card.$('button=No pain')).click();
    await shown(app, 'p*=Saved: no pain after Intimacy');
  } finally {
    await app.deleteSession();
  }
  const [outcome] = cli(dataDir, 'outcomes', '--activity', evening.id);
  assert.equal(outcome.nrs, 0, 'the answer is a linked rating of 0');
  assert.deepEqual(cli(dataDir, 'pending-outcomes').activities, [], 'nothing waits any more');
});

test('relief logged without "how much did it help?" is asked on Today; one tap rates it', async () => {
  const dataDir = freshDataDir();
  const heat = cli(dataDir, 'log-relief', '--what', 'heat', '--at', hoursAgo(1));
  assert.equal(heat.relief.relief, null, 'unknown until answered');
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    const card = await shown(app, '[data-testid="relief-questions"]');
    assert.match(await card.getText(), /How much did the heat help\?/);
    await (await card.$('button[aria-label="6 out of 10"]')).click();
    await shown(app, 'p*=Saved: the heat helped 6/10.');
  } finally {
    await app.deleteSession();
  }
  const listed = cli(dataDir, 'list', '--kind', 'activity');
  const entry = (listed.items ?? listed).map((i) => i.entry ?? i).find((e) => e.id === heat.id);
  assert.equal(entry.relief.relief, 6, 'the answer is saved on the relief entry');
});

test('Insights count known and unknown outcomes for intimacy and for all activities', async () => {
  const dataDir = freshDataDir();
  const logged = [
    ['intimacy', 30, ['--none']],
    ['sitting', 28, ['--nrs', '6']],
    ['walking_sport', 26, null],
    ['intimacy', 6, null],
  ];
  for (const [kind, hours, answer] of logged) {
    const activity = cli(dataDir, 'add-activity', '--kind', kind, '--at', hoursAgo(hours));
    if (answer) cli(dataDir, 'log-outcome', '--activity', activity.id, ...answer);
  }
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    await goTo(app, 'Insights');
    const counts = async (pattern) => {
      const el = await shown(app, '[data-testid="after-counts"]');
      await el.waitUntil(async () => pattern.test(await el.getText()), {
        timeout: 15_000,
        timeoutMsg: `expected the counts to match ${pattern}`,
      });
      return el.getText();
    };
    // Intimacy: the evening answered "no pain" is a known 0, the other one unknown.
    assert.match(await counts(/1 with a known outcome.*1 unknown/), /averaged 0(\.0)?\b/);
    await (await shown(app, 'button=All activities')).click();
    // All activities: two known (0 and 6, mean 3), two unknown; none dropped.
    assert.match(await counts(/2 with a known outcome.*2 unknown/), /averaged 3(\.0)?\b/);
  } finally {
    await app.deleteSession();
  }
});
