// Journey (issue 16): two data folders pair, one through the window (pasting the other's
// code and seeing the same safety phrase) and one through the CLI; they exchange signed
// shares both ways; the window then shows the partner's evening in Together with both
// partners' pain and notes. A forged share and a replayed one are refused with the journal
// unchanged. (File dialogs are native windows WebDriver cannot drive, so the share files
// travel by CLI, as they would by USB stick or a synced folder.)
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { APP, clickButton, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

const CLI = path.join(path.dirname(APP), 'backstory');

function cli(dataDir, ...args) {
  return JSON.parse(execFileSync(CLI, ['--data-dir', dataDir, '--json', ...args], { encoding: 'utf8' }));
}

/** An intimacy evening, the pain the next morning, and a note on it (shared or not). */
function evening(dataDir, hour, before, after, note) {
  const act = cli(dataDir, 'add-activity', '--kind', 'intimacy', '--at', `2026-11-20T${hour}:00:00+01:00`, '--duration', '30', '--pain-before', String(before), '--warm-up');
  cli(dataDir, 'add-pain', '--nrs', String(after), '--at', '2026-11-21T08:00:00+01:00', '--activity', act.id);
  cli(dataDir, 'pair', 'note', '--activity', act.id, '--text', note, '--shared');
}

let driver;
before(async () => { driver = await startDriver(); });
after(async () => { await driver?.stop(); });

test('two journals pair, exchange signed shares both ways, and Together shows both notes', async () => {
  const alex = freshDataDir();
  const sam = freshDataDir();
  const samCode = cli(sam, 'pair', 'show').code;
  let alexPhrase;

  // Alex pairs through the window.
  let app = await launch(alex);
  try {
    await passWelcome(app);
    await goTo(app, 'Sharing');
    const own = await shown(app, '[data-testid="own-pairing"]');
    const alexCode = (await (await own.$('textarea')).getValue()).replaceAll(' ', '');
    assert.match(alexCode, /^bspair1/, "the window shows Alex's code");
    const qr = await own.$('img');
    assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml/, 'the QR code is an image');
    await (await app.$('textarea[placeholder="bspair1…"]')).setValue(samCode);
    await (await (await app.$('label*=Name for them')).$('input')).setValue('Sam');
    await clickButton(app, 'Pair');
    const phrase = await shown(app, '[data-testid="safety-phrase"]');
    alexPhrase = (await (await phrase.$('.digits')).getText()).trim();
    // Sam pairs through the CLI and sees the same phrase.
    const samSide = cli(sam, 'pair', 'add', '--code', alexCode, '--name', 'Alex');
    assert.equal(samSide.safety_phrase, alexPhrase, 'both sides show the same safety phrase');
  } finally {
    await app.deleteSession();
  }

  // Both log the same evening and a note each; shares go both ways.
  evening(alex, '21', 2, 3, 'Going slowly helped me.');
  evening(sam, '21', 4, 6, 'The cushion helped.');
  const dir = fs.mkdtempSync(path.join(path.dirname(sam), 'shares-'));
  const toAlex = path.join(dir, 'to-alex.bsshare');
  const toSam = path.join(dir, 'to-sam.bsshare');
  cli(sam, 'export', '--for', 'Alex', '--include', 'default,intimacy_details', '--notes', '--out', toAlex);
  cli(alex, 'export', '--for', 'Sam', '--include', 'default,intimacy_details', '--notes', '--out', toSam);
  const atAlex = cli(alex, 'import', '--file', toAlex);
  assert.equal(atAlex.pairing_name, 'Sam');
  assert.equal(atAlex.evening_notes, 1);
  assert.equal(cli(sam, 'import', '--file', toSam).pairing_name, 'Alex', 'the other direction too');

  // A replayed share and a forged one are refused; Alex's journal is unchanged.
  const before = JSON.stringify(cli(alex, 'partners'));
  const replay = spawnSync(CLI, ['--data-dir', alex, 'import', '--file', toAlex], { encoding: 'utf8' });
  assert.notEqual(replay.status, 0);
  assert.match(replay.stderr, /not newer than the last one accepted from Sam/);
  const forgedPath = path.join(dir, 'forged.bsshare');
  const bytes = fs.readFileSync(toAlex);
  fs.writeFileSync(forgedPath, Buffer.from(bytes.toString('latin1').replace('"sequence":1', '"sequence":9'), 'latin1'));
  const forged = spawnSync(CLI, ['--data-dir', alex, 'import', '--file', forgedPath], { encoding: 'utf8' });
  assert.notEqual(forged.status, 0);
  assert.match(forged.stderr, /signature does not match Sam's key/);
  assert.equal(JSON.stringify(cli(alex, 'partners')), before, 'nothing changed');

  // The window shows Sam's evening beside Alex's, with both notes.
  app = await launch(alex);
  try {
    await passWelcome(app);
    await goTo(app, 'Sharing');
    const pairing = await shown(app, '//ul[contains(@class, "pairings")]/li[contains(., "Sam")]');
    assert.match(await pairing.getText(), new RegExp(alexPhrase), 'the pairing keeps its safety phrase');
    assert.match(await pairing.getText(), /last share from them no\. 1/);
    await clickButton(app, 'Together');
    const table = await shown(app, 'table');
    const text = await table.getText();
    assert.match(text, /2 → 3/, "Alex's pain before and after");
    assert.match(text, /4 → 6/, "Sam's pain before and after (intimacy details shared)");
    assert.match(text, /The cushion helped\./, "Sam's note");
    assert.match(await (await app.$('tr.notes textarea')).getValue(), /Going slowly helped me\./, "Alex's own note");
  } finally {
    await app.deleteSession();
  }
});
