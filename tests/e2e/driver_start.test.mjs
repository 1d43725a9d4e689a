// The harness itself: a WebKitWebDriver that is slow to start (as on a cold CI machine,
// where the first journey once failed with "connection refused") must not fail a journey.
// A stand-in on PATH waits three seconds before starting the real one.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { freshDataDir, launch, onPath, passWelcome, requireTools, startDriver } from './harness.mjs';

test('a journey opens the window even when WebKitWebDriver takes seconds to start', async () => {
  requireTools();
  const realDriver = onPath('WebKitWebDriver');
  const shimDir = mkdtempSync(path.join(tmpdir(), 'backstory-slow-driver-'));
  writeFileSync(path.join(shimDir, 'WebKitWebDriver'), `#!/bin/sh\nsleep 3\nexec ${realDriver} "$@"\n`);
  chmodSync(path.join(shimDir, 'WebKitWebDriver'), 0o755);
  process.env.PATH = `${shimDir}${path.delimiter}${process.env.PATH}`;
  const driver = await startDriver();
  try {
    const app = await launch(freshDataDir());
    try {
      await passWelcome(app);
      assert.ok(await (await app.$('nav[aria-label="Main"]')).isDisplayed());
    } finally {
      await app.deleteSession();
    }
  } finally {
    await driver.stop();
  }
});
