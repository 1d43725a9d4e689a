// The in-app side of reminders: the reminder on screen (ReminderToast), opening its screen,
// snoozing, and the fallback for desktops that never report a notification click: when the
// window next gets focus, the screen of a reminder shown while it was in the background opens.
import {
  onOpenScreen,
  onReminder,
  onReminderOpen,
  takePendingScreen,
  snoozeReminder,
  takePendingReminder,
  toIpcError,
} from '../../api';
import type { DueReminder } from '../../bindings/DueReminder';
import { go } from '../../shared/nav.svelte';
import { formatTime, t } from '../../shared/i18n';

export const reminderToast = $state<{ current: DueReminder | null; message: string }>({
  current: null,
  message: '',
});

let following: Promise<void> | null = null;

/** Starts listening for reminders (once per window). */
export function followReminders(): Promise<void> {
  following ??= (async () => {
    await onReminder((reminder) => {
      reminderToast.current = reminder;
      reminderToast.message = '';
    });
    await onReminderOpen((open) => {
      go(open.view, open.intent);
      reminderToast.current = null;
    });
    // The tray menu's Log activity / Today's check-in.
    await onOpenScreen((screen) => go(screen.view, screen.intent));
    window.addEventListener('focus', () => void openPending());
    // A window made by the tray (or a notification click while in the tray) starts on the
    // screen it was opened for.
    await openPending();
  })().catch(() => {
    following = null;
  });
  return following;
}

/** Opens the screen of a reminder that came while the window was in the background. */
export async function openPending(): Promise<void> {
  try {
    const screen = await takePendingScreen();
    if (screen) go(screen.view, screen.intent);
  } catch {
    // Nothing asked for.
  }
  try {
    const pending = await takePendingReminder();
    if (pending) {
      go(pending.screen.view, pending.screen.intent);
      reminderToast.current = null;
    }
  } catch {
    // Nothing to open.
  }
}

function forgetPending() {
  takePendingReminder().catch(() => {});
}

export function openReminder(reminder: DueReminder) {
  go(reminder.screen.view, reminder.screen.intent);
  reminderToast.current = null;
  forgetPending();
}

export async function snooze(reminder: DueReminder) {
  try {
    const until = await snoozeReminder(reminder.kind);
    const time = formatTime(new Date(until), { hour: '2-digit', minute: '2-digit' });
    reminderToast.message = t('settings-reminders-snoozed-until', { time });
  } catch (err) {
    reminderToast.message = toIpcError(err).message;
  }
  reminderToast.current = null;
  forgetPending();
}

export function dismiss() {
  reminderToast.current = null;
  reminderToast.message = '';
  forgetPending();
}

/** For tests. */
export function resetReminders() {
  following = null;
  reminderToast.current = null;
  reminderToast.message = '';
}
