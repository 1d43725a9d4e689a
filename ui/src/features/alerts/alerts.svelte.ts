// The red-flag alerts the window shows, shared by every view. It reloads after every
// write (the shell's journal-changed event, api.ts onJournalChange) and when asked.
//
// Other views read `alerts.emergencyOpen`: while it is true an emergency alert is on
// screen and nothing may suggest an exercise, a stretch or a position.
import { acknowledgeAlert, listAlerts, onJournalChange, toIpcError } from '../../api';
import type { Alert } from '../../bindings/Alert';
import { formatDateTime } from '../../shared/i18n';

class AlertStore {
  /** Every alert on record, needing attention first (the backend's order). */
  all = $state<Alert[]>([]);
  loaded = $state(false);
  error = $state('');

  /** Alerts the person has not acknowledged since they were last raised. */
  get open(): Alert[] {
    return this.all.filter((a) => a.needs_attention);
  }
  /** Emergency alerts needing attention: these take over the whole window. */
  get emergency(): Alert[] {
    return this.open.filter((a) => a.rule.tier === 'emergency');
  }
  /** True while the emergency screen is showing. */
  get emergencyOpen(): boolean {
    return this.emergency.length > 0;
  }
  /** Lower-tier alerts needing attention: shown as a banner. */
  get banner(): Alert[] {
    return this.open.filter((a) => a.rule.tier !== 'emergency');
  }
}

export const alerts = new AlertStore();

let loading: Promise<void> | null = null;
let again = false;

/** Re-reads the alerts (the backend re-evaluates the rules first). Calls made while a
 *  load is running coalesce into one more load, so the result is never older than the
 *  last change. */
export function refreshAlerts(): Promise<void> {
  if (loading) {
    again = true;
    return loading;
  }
  loading = (async () => {
    do {
      again = false;
      try {
        alerts.all = await listAlerts();
        alerts.error = '';
      } catch (err) {
        alerts.error = toIpcError(err).message;
      } finally {
        alerts.loaded = true;
      }
    } while (again);
    loading = null;
  })();
  return loading;
}

/** Acknowledges the raise the person read. If the alert was raised again meanwhile the
 *  backend refuses; the fresh alert is then loaded so they can read it. */
export async function acknowledge(alert: Alert): Promise<string | null> {
  try {
    await acknowledgeAlert(alert.rule.id, alert.raise_count);
    await refreshAlerts();
    return null;
  } catch (err) {
    await refreshAlerts();
    return toIpcError(err).message;
  }
}

let stopListening: (() => void) | null = null;

/** Starts following journal changes (idempotent); called once the journal is open. */
export function followJournal() {
  if (!stopListening) stopListening = onJournalChange(() => void refreshAlerts());
  return refreshAlerts();
}

/** For tests: forget everything. */
export function resetAlerts() {
  stopListening?.();
  stopListening = null;
  alerts.all = [];
  alerts.loaded = false;
  alerts.error = '';
}

/** Short local date and time for evidence and history. */
export function when(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatDateTime(d, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
