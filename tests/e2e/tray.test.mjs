// Journey (issue 19): life in the tray.
// 1. Quick log opened through the tray menu's command path: the tray menu cannot be clicked
//    under Xvfb (no status-notifier host draws the icon), so the test starts a second
//    `backstory-app --quick-log` on the same data folder, which the single-instance plugin
//    hands to the running app; it runs `tray::perform(LogPain)`, the function the menu's
//    "Log pain" item calls. The quick-log window saves by keyboard alone (a digit, Enter),
//    closes, and the entry is in the main window's timeline.
// 2. Reminders with no window: settings saved, the app started in the tray (`--tray`, as at
//    login: no main webview), then frozen with SIGSTOP through the check-in's minute (as a
//    suspended computer freezes it) and woken with SIGCONT: the missed check-in arrives once
//    as a native notification (watched on the session bus with dbus-monitor), never twice;
//    then the programme reminder arrives at its own minute, still with no window.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { APP, freshDataDir, goTo, launch, passWelcome, shown, startDriver } from './harness.mjs';

let driver;
before(async () => {
  process.env.BACKSTORY_REMINDER_TICK_SECS = '1';
  driver = await startDriver();
});
after(async () => { await driver?.stop(); });

/** The names of a process's children (WebKit's web and network processes belong to a webview). */
const childrenOf = (pid) =>
  execFileSync('ps', ['-e', '-o', 'ppid=,comm=']).toString().split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([ppid]) => ppid === String(pid))
    .map(([, comm]) => comm)
    .join(' ');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

test('quick log opened through the tray command path saves a pain that the timeline shows', async () => {
  const dataDir = freshDataDir();
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    const main = await app.getWindowHandle();
    // The tray menu's "Log pain", through the second-launch hook.
    const second = spawn(APP, ['--data-dir', dataDir, '--quick-log'], { stdio: 'ignore' });
    const code = await new Promise((resolve) => second.once('exit', resolve));
    assert.equal(code, 0, 'the second launch hands over and exits');
    const quick = await waitFor('the quick-log window', async () => (await app.getWindowHandles()).find((h) => h !== main));
    await app.switchToWindow(quick);
    await shown(app, 'h1=Log pain');
    // Focus starts on the score; keys only from here.
    await waitFor('focus on the score', () => app.execute(() => document.activeElement?.getAttribute('name') === 'nrs'));
    // Keys sent to the focused score (WebKitWebDriver's key actions fail in a second window).
    await (await app.$('input[name="nrs"][value="0"]')).addValue('6');
    await (await app.$('input[name="nrs"][value="6"]')).addValue('\uE007');
    await waitFor('the quick-log window to close', async () => (await app.getWindowHandles()).length === 1);
    await app.switchToWindow(main);
    await goTo(app, 'Timeline');
    const entry = await shown(app, 'li[data-kind="pain"]');
    assert.ok(await entry.$('[aria-label="Pain 6 out of 10"]').isExisting(), `the quick-logged pain is in the timeline: ${await entry.getText()}`);
  } finally {
    await app.deleteSession();
  }
});

test('the desktop-wide shortcut, pressed on the keyboard, opens the quick-log window', async () => {
  const dataDir = freshDataDir();
  // The shortcut as Settings saves it (desktop.json); registered at start from the choice.
  writeFileSync(path.join(dataDir, 'desktop.json'), JSON.stringify({ close_to_tray: true, quick_log_shortcut: 'Ctrl+Alt+L' }));
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    const main = await app.getWindowHandle();
    assert.equal((await app.getWindowHandles()).length, 1, 'only the main window before the keys');
    // Real key events through the X server (XTest), as a keyboard sends them: the plugin's
    // grab takes them whichever window has the focus.
    execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+alt+l']);
    const quick = await waitFor('the quick-log window after the keys', async () => (await app.getWindowHandles()).find((h) => h !== main));
    await app.switchToWindow(quick);
    await shown(app, 'h1=Log pain');
    // Escape closes the window at once, sometimes before WebDriver hears back from it.
    await (await app.$('input[name="nrs"][value="0"]')).addValue('\uE00C')
      .catch((err) => { if (!/no such window/.test(String(err))) throw err; });
    await waitFor('the quick-log window to close on Escape', async () => (await app.getWindowHandles()).length === 1);
  } finally {
    await app.deleteSession();
  }
});

/** Local "HH:MM" of a Date. */
const hhmm = (d) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Notify calls seen on the session bus so far: [{title, body}]. */
function notifications(file) {
  const text = readFileSync(file, 'utf8');
  return text.split('method call').slice(1).filter((c) => c.includes('member=Notify')).map((call) => {
    const strings = [...call.matchAll(/^\s+string "(.*)"$/gm)].map((m) => m[1]);
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout)
    return { title: strings[2] ?? '', body: strings[3] ?? '' };
  });
}

test('in the tray with no window: a reminder missed while asleep arrives once after wake, the next on time', { timeout: 420_000 }, async () => {
  const dataDir = freshDataDir();
  const monitorLog = path.join(dataDir, '..', `${path.basename(dataDir)}-dbus.txt`);
  writeFileSync(monitorLog, '');
  const monitor = spawn('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications',member='Notify'"], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  monitor.stdout.on('data', (chunk) => writeFileSync(monitorLog, chunk, { flag: 'a' }));
  let tray;
  try {
    // The check-in at the next whole minute at least 50 s away (missed: the app is asleep
    // then); the programme (on today's weekday) two minutes after it.
    const now = new Date();
    const checkIn = new Date(now.getTime() + (now.getSeconds() > 10 ? 120_000 : 60_000));
    checkIn.setSeconds(0, 0);
    const programme = new Date(checkIn.getTime() + 120_000);
    assert.equal(checkIn.getDate(), programme.getDate(), 'run this test away from midnight');
    const app = await launch(dataDir);
    try {
      await passWelcome(app);
      const saved = await app.executeAsync((times, day, done) => {
        const { invoke } = window.__TAURI_INTERNALS__;
        invoke('reminder_settings')
          .then((s) => invoke('save_reminder_settings', { settings: {
            ...s,
            enabled: true,
            check_in: { on: true, time: times[0] },
            programme: { on: true, days: [day], time: times[1] },
            morning_after: { ...s.morning_after, on: false },
            weekly_check: { ...s.weekly_check, on: false },
            quiet_hours: { ...s.quiet_hours, on: false },
          } }))
          .then(done, (e) => done({ error: e }));
      }, [hhmm(checkIn), hhmm(programme)], DAYS[programme.getDay()]);
      assert.ok(!saved.error, `reminders saved: ${JSON.stringify(saved.error)}`);
    } finally {
      await app.deleteSession();
    }
    // In the tray, as after a login: no window, no webview.
    tray = spawn(APP, ['--data-dir', dataDir, '--tray'], { stdio: 'ignore', env: { ...process.env, BACKSTORY_REMINDER_TICK_SECS: '1' } });
    await sleep(3_000);
    assert.doesNotMatch(childrenOf(tray.pid), /WebKit/, 'no webview runs in the tray');
    // "Asleep" through the check-in's minute: the process is frozen (SIGSTOP) as a
    // suspended computer freezes it, and wakes (SIGCONT) after the minute has passed.
    await sleep(Math.max(0, checkIn.getTime() - 5_000 - Date.now()));
    process.kill(tray.pid, 'SIGSTOP');
    await sleep(checkIn.getTime() + 65_000 - Date.now());
    assert.equal(notifications(monitorLog).length, 0, 'nothing was shown while asleep');
    process.kill(tray.pid, 'SIGCONT');
    const missed = await waitFor('the missed check-in after wake', () => notifications(monitorLog)[0], 20_000);
    assert.equal(missed.title, 'Time for your check-in');
    // (Marked "Earlier reminder you missed." only when more than 5 minutes late:
    // reminders/schedule.rs LATE_AFTER_MINUTES, pinned in reminders/tests.rs.)
    await sleep(5_000);
    assert.equal(notifications(monitorLog).length, 1, 'the missed reminder came once, not as a burst');

    await sleep(Math.max(0, programme.getTime() + 8_000 - Date.now()));
    const seen = await waitFor('the programme reminder', () => {
      const all = notifications(monitorLog);
      return all.length >= 2 ? all : null;
    }, 20_000);
    assert.equal(seen.length, 2, `the missed one came once, the next once: ${JSON.stringify(seen)}`);
    assert.equal(seen[1].title, 'Your back programme');
    assert.doesNotMatch(seen[1].body, /missed/i, 'on time, not late');
    for (const n of seen) {
      assert.doesNotMatch(`${n.title} ${n.body}`, /intima|sex/i, 'no intimate words on the lock screen');
    }
    const stillNoWebKit = childrenOf(tray.pid);
    assert.doesNotMatch(stillNoWebKit, /WebKit/, 'still no webview');
  } finally {
    if (tray) {
      tray.kill('SIGTERM');
      await new Promise((r) => tray.once('exit', r));
    }
    monitor.kill('SIGTERM');
  }
});
