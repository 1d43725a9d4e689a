// Journey: a partner's encrypted share, imported with the CLI into a second data folder, shows
// on the Sharing page as a read-only journal labelled with the partner's name; the Together
// view lines up the shared evening; removing the partner clears everything of theirs.
// (File dialogs are native windows WebDriver cannot drive, so the files go in by CLI.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { APP, clickButton, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(path.dirname(APP), 'backstory');
const data = (name) => path.join(root, 'tests', 'data', 'export', name);

function cli(dataDir, ...args) {
  return execFileSync(CLI, ['--data-dir', dataDir, '--json', ...args], {
    env: { ...process.env, SHARE_PASS: 'golden passphrase' },
    encoding: 'utf8',
  });
}

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

test("a partner's share is read-only beside one's own journal and lines up in Together", async () => {
  const dataDir = freshDataDir();
  // Our own journal: the golden backup (an intimacy evening on 10 Nov 2026).
  cli(dataDir, 'import', '--file', data('v1-backup.json'), '--backup');
  // The partner's encrypted share of the same evening.
  const summary = JSON.parse(cli(dataDir, 'import', '--file', data('v1-partner.age'), '--partner', 'Sam', '--passphrase-env', 'SHARE_PASS'));
  assert.equal(summary.added, 8, 'the share was imported by the CLI');

  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    await goTo(app, 'Sharing');
    const row = await shown(app, 'li*=Sam');
    assert.match(await row.getText(), /read-only/, 'the partner journal is marked read-only');
    assert.match(await row.getText(), /3 pain entries, 3 activities, 2 check-ins/);

    await clickButton(app, 'Their entries');
    const entries = await shown(app, 'h3*=entries');
    assert.match(await entries.getText(), /Sam/);
    const list = await (await app.$('ul.entries')).getText();
    assert.match(list, /Pain 7\/10/, "the partner's entries are listed");
    const buttons = await (await app.$('ul.entries')).$$('button');
    assert.equal(buttons.length, 0, 'no edit or delete buttons on a partner entry');

    await clickButton(app, 'Together');
    const table = await shown(app, 'table');
    const text = await table.getText();
    assert.match(text, /2 → 4/, 'our pain before and after that evening');
    assert.match(text, /– → 4/, "the partner's pain after (no pain-before shared)");

    await clickButton(app, 'Remove…');
    await clickButton(app, "Remove all of Sam's entries");
    await shown(app, 'p*=No partner share imported yet');
  } finally {
    await app.deleteSession();
  }
  assert.deepEqual(JSON.parse(cli(dataDir, 'partners')), [], 'the partner is gone from the database too');
});

test('the clinician report is previewed in the window from the data the PDF is drawn from', async () => {
  const app = await launch(freshDataDir(), ['--demo']);
  try {
    await shown(app, 'nav[aria-label="Main"]');
    await goTo(app, 'Sharing');
    const panel = await shown(app, '[aria-labelledby="report-title"]');
    const intimacy = await panel.$('label*=Pain after intimacy');
    assert.equal(await (await intimacy.$('input')).isSelected(), false, 'intimacy is off by default');
    await (await panel.$('textarea')).setValue('Is this urgent?');
    await clickButton(app, 'Preview the report');
    const preview = await shown(app, '[data-testid="report-preview"]');
    const text = await preview.getText();
    assert.match(text, /Back pain summary for a clinician/);
    assert.match(text, /Period: .+ \(90 days\)/, 'the period');
    assert.match(text, /Mean pain\s*\d+\.\d/, 'the mean pain');
    assert.match(text, /PEG, latest \(0-10\)\s*\d+\.\d/, "the demo's latest PEG score");
    assert.match(text, /Questions I want to ask\s*Is this urgent\?/);
    assert.doesNotMatch(text, /Pain after intimacy/, 'left out unless chosen');
    const lines = await preview.$$('svg polyline');
    assert.ok(lines.length >= 2, 'the weekly pain line and the PEG line are drawn');
  } finally {
    await app.deleteSession();
  }
});
