// After the first paint (two animation frames, as Backstory's ready.ts waits), call the
// one command: the shell then prints its ready line (scripts/bench-app.sh).
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
await frame();
await frame();
await window.__TAURI_INTERNALS__.invoke('ui_ready');
