// Start-up readiness: the first screen to show journal data calls reportReady() once its
// data is on screen; the shell then measures cold start (scripts/bench-app.sh). Only the
// first call counts.
import { tick } from 'svelte';
import { uiReady } from '../api';

let reported = false;

const frame = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0),
  );

export async function reportReady(): Promise<void> {
  if (reported) return;
  reported = true;
  // Wait for Svelte to update the DOM and for the browser to paint that frame.
  await tick();
  await frame();
  await frame();
  await uiReady().catch(() => {});
}
