// Locks an encrypted journal after the idle time the user chose: any key press, pointer or
// wheel use in the window restarts the clock. Locking reloads the window, so nothing read
// from the journal stays in its memory; the reloaded window shows the lock screen.
import { lockJournal, securityStatus } from '../../api';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

let timer: ReturnType<typeof setTimeout> | null = null;
let minutes: number | null = null;
let listening = false;

function restart() {
  if (timer) clearTimeout(timer);
  timer = minutes ? setTimeout(() => void lockNow(), minutes * 60_000) : null;
}

function listen(on: boolean) {
  if (on === listening) return;
  for (const name of ACTIVITY) {
    if (on) window.addEventListener(name, restart, { passive: true, capture: true });
    else window.removeEventListener(name, restart, { capture: true });
  }
  listening = on;
}

/** Locks now: closes the journal in the backend, then reloads the window. */
export async function lockNow(): Promise<void> {
  configureIdleLock(null);
  await lockJournal();
  window.location.reload();
}

/** Sets the idle time (null: never lock by itself). */
export function configureIdleLock(idleMinutes: number | null): void {
  minutes = idleMinutes && idleMinutes > 0 ? idleMinutes : null;
  listen(minutes !== null);
  restart();
}

/** Reads the journal's setting and starts the clock (only for an encrypted journal). */
export async function startIdleLock(): Promise<void> {
  try {
    const status = await securityStatus();
    configureIdleLock(status.encrypted ? status.idle_lock_minutes : null);
  } catch {
    configureIdleLock(null);
  }
}
