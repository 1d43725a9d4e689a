import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPain } from '../../api';
import { emitJournalChange } from '../../test-fixtures/demoBackend';
import type { Alert } from '../../bindings/Alert';
import type { PainDraft } from '../../bindings/PainDraft';
import AlertBanner from './AlertBanner.svelte';
import { alerts, followJournal, refreshAlerts, resetAlerts } from './alerts.svelte';
import EmergencyTakeover from './EmergencyTakeover.svelte';
import { setLocale } from '../../shared/i18n';

type Call = { cmd: string; args: Record<string, unknown> };

function alertOf(id: string, tier: Alert['rule']['tier'], title: string, extra: Partial<Alert> = {}): Alert {
  return {
    rule: {
      id: id as Alert['rule']['id'],
      tier,
      title,
      meaning: `Meaning of ${title}.`,
      what_to_do: `What to do for ${title}.`,
      threshold: 'Threshold text.',
      reason: 'Reason text.',
      sources: ['British Association of Spine Surgeons (2018)'],
      window_days: 14,
      reraise: 'on_every_new_entry',
    },
    detail: 'Saddle-area numbness or tingling logged on 27 Nov 09:00.',
    evidence: [
      {
        kind: 'pain',
        id: '22222222-2222-4222-8222-222222222222',
        at: '2026-11-27T09:00:00+01:00',
        summary: 'Pain 4/10 · saddle-area numbness',
      },
    ],
    first_raised_at: '2026-11-27T08:00:00.000Z',
    last_raised_at: '2026-11-27T08:00:00.000Z',
    raise_count: 1,
    acknowledged_at: null,
    resolved_at: null,
    resolution: null,
    needs_attention: true,
    ...extra,
  };
}

const saddle = alertOf('saddle_numbness', 'emergency', 'Numbness or tingling in the saddle area');
const severe = alertOf('severe_pain', 'see_doctor_soon', 'Severe pain');

let calls: Call[];
let backendAlerts: Alert[];
let refuseAck = false;

function mockBackend() {
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd === 'list_alerts') return backendAlerts;
    if (cmd === 'acknowledge_alert') {
      const { rule } = args as { rule: string; raiseCount: number };
      if (refuseAck) {
        backendAlerts = backendAlerts.map((a) => (a.rule.id === rule ? { ...a, raise_count: a.raise_count + 1 } : a));
        throw { kind: 'validation', message: 'This alert was raised again since it was shown.', field: 'raise_count' };
      }
      backendAlerts = backendAlerts.map((a) =>
        a.rule.id === rule ? { ...a, needs_attention: false, acknowledged_at: '2026-11-27T08:05:00.000Z' } : a,
      );
      return backendAlerts.find((a) => a.rule.id === rule);
    }
    if (cmd === 'add_pain') {
      backendAlerts = [saddle];
      emitJournalChange('entries');
      return { id: 'new', ...(args as { draft: object }).draft, created_at: 'x', updated_at: 'x' };
    }
    return null;
  }, { shouldMockEvents: true });
}

beforeEach(() => {
  calls = [];
  backendAlerts = [];
  refuseAck = false;
  resetAlerts();
  mockBackend();
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('EmergencyTakeover', () => {
  it('takes over with what to do, the evidence and the source until acknowledged', async () => {
    backendAlerts = [saddle, severe];
    await refreshAlerts();
    render(EmergencyTakeover);

    const dialog = screen.getByRole('alertdialog', { name: 'Get emergency help now' });
    expect(dialog).toBeInTheDocument();
    expect(dialog).toHaveTextContent('999');
    expect(dialog).toHaveTextContent('go to an emergency department (A&E) now');
    expect(dialog).toHaveTextContent('Numbness or tingling in the saddle area');
    expect(dialog).toHaveTextContent('Pain 4/10 · saddle-area numbness');
    expect(dialog).toHaveTextContent('British Association of Spine Surgeons (2018)');
    expect(dialog).toHaveTextContent('not a medical device');
    expect(dialog).not.toHaveTextContent('Severe pain');
    expect(alerts.emergencyOpen).toBe(true);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());

    await fireEvent.click(screen.getByRole('button', { name: 'I have read this' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const ack = calls.find((c) => c.cmd === 'acknowledge_alert');
    expect(ack?.args).toEqual({ rule: 'saddle_numbness', raiseCount: 1 });
    expect(alerts.emergencyOpen).toBe(false);
  });

  it('does not show for lower tiers, which go to the banner instead', async () => {
    backendAlerts = [severe];
    await refreshAlerts();
    render(EmergencyTakeover);
    render(AlertBanner);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const banner = screen.getByRole('region', { name: 'Alerts needing your attention' });
    expect(banner).toHaveTextContent('Severe pain');
    expect(banner).toHaveTextContent('See a doctor soon');
  });

  it('stays open and shows the new raise when it was raised again meanwhile', async () => {
    backendAlerts = [saddle];
    refuseAck = true;
    await refreshAlerts();
    render(EmergencyTakeover);
    await fireEvent.click(screen.getByRole('button', { name: 'I have read this' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('raised again'));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(alerts.emergency[0].raise_count).toBe(2);
  });

  it('appears after saving a pain entry with saddle numbness, without reloading', async () => {
    await followJournal();
    render(EmergencyTakeover);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const draft = { at: '2026-11-27T09:00:00+01:00', nrs: 4 } as unknown as PainDraft;
    await addPain(draft);
    await waitFor(() => expect(screen.getByRole('alertdialog')).toBeInTheDocument());
    expect(calls.filter((c) => c.cmd === 'list_alerts').length).toBe(2);
  });

  it('speaks German: what to do, the numbers to call, the plural of signs, the button', async () => {
    setLocale('de');
    backendAlerts = [saddle, alertOf('bladder_bowel_change', 'emergency', 'Bladder or bowel change')];
    await refreshAlerts();
    render(EmergencyTakeover);
    const dialog = screen.getByRole('alertdialog');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Holen Sie jetzt Notfallhilfe');
    expect(dialog).toHaveTextContent('Rufen Sie den Notruf an (112 in der EU');
    expect(dialog.querySelector('#emergency-action strong')).toHaveTextContent('112');
    expect(dialog).toHaveTextContent('Sie haben 2 Zeichen eingetragen, die bedeuten können');
    expect(dialog).toHaveTextContent('Quelle:');
    expect(screen.getByRole('button', { name: 'Ich habe das gelesen' })).toBeInTheDocument();
  });
});
