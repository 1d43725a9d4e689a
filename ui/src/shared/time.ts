// Local date/time helpers. The backend stores the offset with each entry, so the UI always
// sends times as local ISO strings with the user's current offset.
import { formatDate, formatTime as formatClock } from './i18n';

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** "2026-11-27T09:30:00+01:00" for a Date, in the machine's time zone. */
export function toLocalIso(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`
  );
}

/** Value for <input type="datetime-local">: "2026-11-27T09:30". */
export function toInputValue(date: Date): string {
  return toLocalIso(date).slice(0, 16);
}

/** Parses an <input type="datetime-local"> value as local time. */
export function fromInputValue(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const date = new Date(y, mo - 1, d, h, mi, 0, 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "YYYY-MM-DD" in local time. */
export function localDate(date: Date): string {
  return toLocalIso(date).slice(0, 10);
}

/** Shows a stored timestamp in the offset it was logged in (its own wall-clock time). */
export function formatTime(iso: string): string {
  const clock = { hour: '2-digit', minute: '2-digit' } as const;
  const wall = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/.exec(iso);
  // The wall-clock hour and minute as stored, written the window's way ("21:10", "09:10 PM").
  if (wall) return formatClock(new Date(2000, 0, 1, Number(wall[1]), Number(wall[2])), clock);
  return formatClock(new Date(iso), clock);
}

/** "Sun, 6 Dec 2026" / "So., 6. Dez. 2026": a stored date in the window's language. */
export function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return formatDate(new Date(y, m - 1, d), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

export function hoursBetween(earlier: string, later: string): number {
  return (new Date(later).getTime() - new Date(earlier).getTime()) / 3_600_000;
}
