// Memory after scripted view switches (issue 8), run by scripts/bench-app.sh (not part of
// the e2e suite). Launches the release app through tauri-driver on a data folder, waits
// for the first screen, measures PSS of the app and its WebKit processes, clicks through
// the sidebar SWITCHES times (each switch waits until the new screen has rendered), lets
// it settle and measures again. Prints one JSON line.
//   BACKSTORY_APP=target/release/backstory-app DATA_DIR=... SWITCHES=1000 node bench-switches.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { launch, passWelcome, shown, startDriver } from './harness.mjs';

const dataDir = process.env.DATA_DIR;
const switches = Number(process.env.SWITCHES ?? 1000);
const settleMs = Number(process.env.SETTLE_MS ?? 5000);
// With SAMPLE_EVERY=N, the tree's PSS is also recorded every N switches (growth curve).
const sampleEvery = Number(process.env.SAMPLE_EVERY ?? 0);
// With ONLY="Today,Timeline", only those screens are visited (to find which one grows).
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
// With IN_PAGE=1 the page runs the switches itself (one WebDriver call in all).
const inPage = process.env.IN_PAGE === '1';
if (!dataDir) throw new Error('DATA_DIR is required');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function children(pid) {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch { /* gone */ }
  }
  return out;
}

function pssKiB(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(text)?.[1] ?? 0);
  } catch { return 0; }
}

/** PSS of the app process and of every process below it, in MiB. */
function treePss(root) {
  const seen = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    seen.push(pid);
    stack.push(...children(pid));
  }
  if (process.env.DETAIL) {
    for (const pid of seen) {
      try {
        const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        const pick = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) / 1024;
        const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
        console.error(`${pid} ${name} pss ${pick('Pss').toFixed(1)} anon ${pick('Pss_Anon').toFixed(1)} file ${pick('Pss_File').toFixed(1)} shmem ${pick('Pss_Shmem').toFixed(1)}`);
      } catch { /* gone */ }
    }
  }
  const app = pssKiB(root) / 1024;
  const total = seen.reduce((sum, pid) => sum + pssKiB(pid), 0) / 1024;
  return { app_mib: +app.toFixed(1), total_mib: +total.toFixed(1), processes: seen.length };
}

function appPid() {
  const out = execFileSync('pgrep', ['-f', '--', `backstory-app --data-dir ${dataDir}`], { encoding: 'utf8' });
  return Number(out.trim().split('\n')[0]);
}

const driver = await startDriver();
let app;
try {
  app = await launch(dataDir);
  await passWelcome(app);
  await shown(app, 'main h1');
  const pid = appPid();
  await sleep(settleMs);
  const before = treePss(pid);

  const allLabels = await app.execute(() =>
    [...document.querySelectorAll('nav[aria-label="Main"] ul button')].map((b) => b.textContent.trim()),
  );
  // Indexes of the screens to visit, in sidebar order.
  const visit = allLabels.map((_, i) => i).filter((i) => !only || only.some((o) => allLabels[i].startsWith(o)));
  const labels = visit.map((i) => allLabels[i]);
  const started = Date.now();
  const samples = [];
  if (inPage) {
    // All switches inside the page, in one script: no WebDriver round trip per switch.
    await app.setTimeout({ script: 3_600_000 });
    const failed = await app.executeAsync((visit, switches, done) => {
      let i = 0;
      const next = () => {
        if (i >= switches) return done(-1);
        const buttons = document.querySelectorAll('nav[aria-label="Main"] ul button');
        const before = document.querySelector('main h1');
        buttons[visit[(i + 1) % visit.length]].click();
        const deadline = Date.now() + 10000;
        const wait = () => {
          const h1 = document.querySelector('main h1');
          if (h1 && h1 !== before) requestAnimationFrame(() => requestAnimationFrame(() => { i++; next(); }));
          else if (Date.now() > deadline) done(i);
          else setTimeout(wait, 5);
        };
        wait();
      };
      next();
    }, visit, switches);
    if (failed >= 0) throw new Error(`switch ${failed} did not render`);
  }
  for (let i = 0; i < (inPage ? 0 : switches); i++) {
    const index = visit[(i + 1) % visit.length];
    // One round trip per switch: click the nav button, wait until the screen's heading
    // changed and two frames were painted.
    const ok = await app.executeAsync((index, done) => {
      const buttons = document.querySelectorAll('nav[aria-label="Main"] ul button');
      const before = document.querySelector('main h1');
      buttons[index].click();
      const deadline = Date.now() + 10000;
      const wait = () => {
        const h1 = document.querySelector('main h1');
        if (h1 && h1 !== before) requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
        else if (Date.now() > deadline) done(false);
        else setTimeout(wait, 5);
      };
      wait();
    }, index);
    if (!ok) throw new Error(`switch ${i} to ${allLabels[index]} did not render`);
    if (sampleEvery && (i + 1) % sampleEvery === 0) samples.push([i + 1, treePss(pid).total_mib]);
  }
  const switchMs = (Date.now() - started) / switches;
  await app.execute(() => document.querySelector('nav[aria-label="Main"] ul button')?.click());
  await sleep(settleMs);
  const after = treePss(pid);
  if (process.env.PRESSURE) {
    // Experiment: churn through ~400 MB of short-lived JS objects so the engine runs full
    // collections, then measure again (shows how much of the growth was garbage).
    await app.execute(() => {
      for (let round = 0; round < 20; round++) {
        const junk = [];
        for (let i = 0; i < 200; i++) junk.push(new Array(25000).fill(round + i));
      }
      return true;
    });
    await sleep(settleMs);
    console.error('after pressure', JSON.stringify(treePss(pid)));
  }
  console.log(JSON.stringify({
    switches,
    views: labels,
    ms_per_switch: +switchMs.toFixed(1),
    before,
    after,
    growth_percent: +((after.total_mib / before.total_mib - 1) * 100).toFixed(1),
    ...(samples.length ? { samples } : {}),
  }));
} finally {
  await app?.deleteSession().catch(() => {});
  await driver.stop();
}
