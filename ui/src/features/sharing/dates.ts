// Date ranges the sharing panels start from and send.

/** The local calendar day of `d` as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

/** Today and the first day of the last 90 days (today included), read when a panel opens. */
export function lastNinetyDays(): { today: string; from: string } {
  return { today: isoDay(new Date()), from: isoDay(new Date(Date.now() - 89 * 86400000)) };
}

/** A date range for the backend: an empty field means "no limit". */
export function range(from: string, to: string) {
  return { from: from || null, to: to || null };
}
