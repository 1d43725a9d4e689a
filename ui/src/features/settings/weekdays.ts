// The days of the week as reminder settings store them (Monday first, as the journal keeps
// them), their names from Intl in the window's language, and the order a calendar in that
// language shows them (firstDayOfWeek: Sunday first in the US, Monday in most of Europe).
import type { Day } from '../../bindings/Day';
import { firstDayOfWeek, formatDate } from '../../shared/i18n';

/** Monday to Sunday: the order saved lists keep. */
export const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The day's name in the window's language: "Monday"/"Montag" (long), "Mon"/"Mo." (short). */
export function dayName(day: Day, width: 'long' | 'short' = 'long'): string {
  // 5 January 2026 was a Monday; noon UTC is the same date in every time zone.
  const date = new Date(Date.UTC(2026, 0, 5 + DAYS.indexOf(day), 12));
  return formatDate(date, { weekday: width, timeZone: 'UTC' });
}

/** The days in the order this language's calendars show them. */
export function daysInWeekOrder(): Day[] {
  const first = firstDayOfWeek() - 1; // 0 = Monday
  return [...DAYS.slice(first), ...DAYS.slice(0, first)];
}
