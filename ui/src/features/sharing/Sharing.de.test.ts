// The sharing screen in German. The language is set before the screen's modules load, as
// main.ts does in the app (the include labels are read once, when includes.ts loads).
import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../shared/i18n';

setLocale('de');
const { default: Sharing } = await import('./Sharing.svelte');

const partner = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Sam',
  exported_at: '2026-11-20T12:00:00Z',
  imported_at: '2026-11-21T12:00:00Z',
  pain: 3,
  activities: 1,
  check_ins: 2,
  alerts: 0,
  pain_without_warning_signs: 0,
};

const pairing = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Robin',
  key_id: 'fedcba9876543210fedcba9876543210',
  safety_phrase: '12345 67890 13579 24680',
  paired_at: '2026-11-20T12:00:00Z',
  partner_id: null,
  last_sequence: 2,
  last_received_at: null,
  expires_at: null,
  expired_at: null,
  needs_pairing_again: false,
};

const report = {
  name: null,
  from: '2026-09-01',
  to: '2026-11-27',
  generated: '2026-11-27',
  includes: { pain: true, activities: true, warning_signs: true, intimacy_details: false, notes: false, check_ins: true, alerts: true, region_details: true },
  mean_pain: 4.7,
  worst_pain: 8,
  entries: 51,
  days_logged: 44,
  period_days: 88,
  summary: [],
  profile: [],
  trend: [
    { week_start: '2026-11-09', entries: 3, mean: 5 },
    { week_start: '2026-11-16', entries: 0, mean: null },
    { week_start: '2026-11-23', entries: 2, mean: 0 },
  ],
  peg: null,
  intimacy: null,
  red_flags: [
    { title: 'Taubheit im Sattelbereich', tier: 'Notfall', first_raised: '2026-11-20', last_raised: '2026-11-21', seen: null, resolved: null, told: 'Rufen Sie den Notruf.', detail: '' },
  ],
  flags: [],
  flags_more: 0,
  tried: [],
  experiment: null,
  months: [{}, {}, {}],
  adherence: '',
  weeks: [],
  questions: '',
};

let commands: string[] = [];

function backend() {
  commands = [];
  mockIPC((cmd) => {
    commands.push(cmd);
    if (cmd === 'sharing_partners') return [partner];
    if (cmd === 'sharing_backups') return ['journal-2026-11-27.db'];
    if (cmd === 'list_positions') return [];
    if (cmd === 'pairing_own') return { code: 'bspair1qqqqqqqqqqqq', qr_svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', key_id: '0123', name: '' };
    if (cmd === 'pairing_list') return [pairing];
    if (cmd === 'sharing_report_preview') return report;
    return null;
  });
}

afterEach(() => clearMocks());
afterAll(() => setLocale('en'));

describe('Sharing in German', () => {
  it('names every panel, its choices and its lists in German', async () => {
    backend();
    render(Sharing);
    for (const heading of [
      'Teilen',
      'Mit Ihrem Partner oder Ihrer Partnerin koppeln',
      'Mit einer Passphrase teilen (ohne Kopplung)',
      'Freigabe Ihrer Partnerperson importieren',
      'Partnerpersonen',
      'Für Ihre Ärztin oder Ihren Arzt',
      'Für die Unterlagen Ihrer Praxis (FHIR)',
      'Sicherungen',
    ]) {
      expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    }
    const shareForm = screen.getByRole('form', { name: 'Mit einer Passphrase teilen (ohne Kopplung)' });
    expect(within(shareForm).getByLabelText(/^Schmerzeinträge \(die Stärke/), 'the include labels, read when includes.ts loads').toBeChecked();
    expect(within(shareForm).getByLabelText(/^Details zur Intimität/)).not.toBeChecked();
    expect(await screen.findByText('Geteilt am 20.11.2026 · 3 Schmerzeinträge, 1 Aktivität, 2 Tagesabfragen')).toBeInTheDocument();
    expect(await screen.findByText(/letzte Freigabe von dieser Person: Nr\. 2/)).toBeInTheDocument();
    expect(screen.getByText(/derzeit 1, die neueste: journal-2026-11-27\.db/)).toBeInTheDocument();
    expect(screen.getByTestId('report-left-out')).toHaveTextContent('Nicht in diesem Bericht: Details zur Intimität, Ihre Notizen.');
    expect(screen.queryByText(/Pair with your partner|For your clinician|Backups|Partners|Include/)).toBeNull();
  });

  it('explains a bad passphrase in German and sends nothing', async () => {
    backend();
    render(Sharing);
    const shareForm = await screen.findByRole('form', { name: 'Mit einer Passphrase teilen (ohne Kopplung)' });
    await fireEvent.input(within(shareForm).getByLabelText('Passphrase'), { target: { value: 'short' } });
    await fireEvent.click(within(shareForm).getByRole('button', { name: 'Verschlüsselte Freigabe speichern …' }));
    expect(await within(shareForm).findByRole('alert')).toHaveTextContent('Wählen Sie eine Passphrase mit mindestens 8 Zeichen.');
    expect(commands).not.toContain('sharing_export');
  });

  it('previews the report with German words, dates and decimal commas', async () => {
    backend();
    render(Sharing);
    await fireEvent.click(await screen.findByRole('button', { name: 'Vorschau des Berichts' }));
    const preview = await screen.findByTestId('report-preview');
    expect(preview).toHaveTextContent('Zusammenfassung der Rückenschmerzen für Ärztin oder Arzt');
    expect(preview).toHaveTextContent('Zeitraum: 1. Sept. 2026 – 27. Nov. 2026 (88 Tage)');
    expect(preview).toHaveTextContent('Mittlerer Schmerz4,7aus 51 Einträgen, 0–10');
    expect(preview).toHaveTextContent('die Linie ist unterbrochen bei 1 Woche ohne Einträge');
    expect(preview).toHaveTextContent('Notfall • zuerst 20. Nov. 2026, zuletzt 21. Nov. 2026');
    expect(preview).toHaveTextContent('Die App riet Ihnen: Rufen Sie den Notruf.');
    expect(preview).toHaveTextContent('Folgende Seiten: Details nach Monat (3 Monate), alle Zahlen, Übungstreue, die vollständige Liste der Warnhinweise und die Einträge mit Warnzeichen.');
    expect(preview).not.toHaveTextContent(/Mean pain|Red-flag history|Following pages/);
  });
});
