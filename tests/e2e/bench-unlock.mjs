// Unlock timing for scripts/bench-app.sh (issue 18), not part of the e2e suite. Launches the
// release app RUNS times on an encrypted data folder through tauri-driver, types the
// passphrase on the lock screen and waits for the first screen. The app itself measures
// the time from its unlock command to the first screen with data: with
// BACKSTORY_REPORT_READY=1 and BACKSTORY_READY_FILE=<file> in the environment (inherited by
// the app through tauri-driver) it appends `backstory-ready ... since_unlock_ms=...` to that
// file (its stdout goes nowhere under WebDriver).
//   BACKSTORY_APP=.../release/backstory-app DATA_DIR=... BENCH_PASSPHRASE=... RUNS=6 \
//     BACKSTORY_REPORT_READY=1 BACKSTORY_READY_FILE=/tmp/ready.txt node bench-unlock.mjs
import { launch, shown, startDriver } from './harness.mjs';

const dataDir = process.env.DATA_DIR;
const passphrase = process.env.BENCH_PASSPHRASE;
const runs = Number(process.env.RUNS ?? 6);
if (!dataDir || !passphrase) throw new Error('DATA_DIR and BENCH_PASSPHRASE are required');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const driver = await startDriver();
try {
  for (let i = 0; i < runs; i++) {
    const app = await launch(dataDir);
    try {
      const field = await shown(app, '#unlock-passphrase', 30_000);
      await field.setValue(passphrase);
      await (await shown(app, 'button[type="submit"]')).click();
      await shown(app, 'nav[aria-label="Main"]', 30_000);
      // The ready line comes after the first screen's data has painted.
      await sleep(1500);
    } finally {
      await app.deleteSession();
    }
    await sleep(500);
  }
} finally {
  await driver.stop();
}
