import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import Sharing from './Sharing.svelte';

const partner = {
  id: '33333333-3333-4333-8333-333333333333',
  name: '<img src=x onerror="window.hacked=1">Sam',
  exported_at: '2026-11-20T12:00:00Z',
  imported_at: '2026-11-21T12:00:00Z',
  pain: 3,
  activities: 3,
  check_ins: 2,
  alerts: 0,
  pain_without_warning_signs: 0,
};

function side(at: string, before: number | null, after: number | null) {
  return { activity_id: crypto.randomUUID(), at, duration_min: 30, pain_before: before, pain_after: after, positions: [], warm_up: null, props: [], note: null as string | null };
}

afterEach(() => clearMocks());

describe('Sharing', () => {
  it('lists partners as text and shows the Together view with both notes and prompts', async () => {
    const calls: [string, unknown][] = [];
    const mineId = '55555555-5555-4555-8555-555555555555';
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'sharing_partners') return [partner];
      if (cmd === 'sharing_backups') return ['journal-2026-11-27.db'];
      if (cmd === 'list_positions') return [];
      if (cmd === 'sharing_together')
        return {
          partner_name: partner.name,
          window_minutes: 180,
          events: [
            {
              mine: { ...side('2026-11-10T22:00:00+01:00', 3, 5), activity_id: mineId, note: 'Slow start was good' },
              partner: { ...side('2026-11-10T21:30:00+01:00', null, 4), note: '<b>The cushion</b> helped' },
              gap_minutes: 30,
              my_note_shared: false,
            },
          ],
          mine_unmatched: 1,
          partner_unmatched: 0,
          prompts: [{ text: '3 of the last 5 evenings with Spooning ended at 5/10 or more for one of you.', link: 'positions' }],
          experiments: [],
        };
      return null;
    });
    render(Sharing);
    expect(await screen.findAllByText(partner.name)).not.toHaveLength(0);
    expect(document.querySelector('img')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Together' }));
    expect(await screen.findByText('3 → 5')).toBeInTheDocument();
    expect(screen.getByText('– → 4')).toBeInTheDocument();
    const together = calls.find(([c]) => c === 'sharing_together');
    expect(together?.[1]).toMatchObject({ query: { partner_id: partner.id, window_minutes: 180 } });

    // Both notes on the evening, the partner's as plain text; a neutral prompt.
    expect(screen.getByText('<b>The cushion</b> helped')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByTestId('prompts')).toHaveTextContent('3 of the last 5 evenings with Spooning ended at 5/10 or more for one of you.');
    expect(screen.getByRole('button', { name: 'Open Positions' })).toBeInTheDocument();
    const mine = screen.getByLabelText('Your note on this evening') as HTMLTextAreaElement;
    expect(mine.value).toBe('Slow start was good');
    const shareIt = screen.getByRole('checkbox', { name: /share with/ });
    expect(shareIt, 'a note stays home unless chosen').not.toBeChecked();
    await fireEvent.click(shareIt);
    await fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(calls.some(([c]) => c === 'set_evening_note')).toBe(true));
    expect(calls.find(([c]) => c === 'set_evening_note')?.[1]).toEqual({
      note: { activity_id: mineId, text: 'Slow start was good', shared: true },
    });
  });

  it('shows both partners’ experiments on the same change side by side in the Together view', async () => {
    const arm = (which: 'with' | 'without', mean: number | null, n: number, unknown: number) => ({
      arm: which, outcome: { n, mean, distribution: [], unknown }, followed: n, answered: n, paused_days: 0,
    });
    const experiment = (id: string, w: number, wo: number, verdict: string, unsettled: string[]) => ({
      id, change: 'warm_up', change_text: '', outcome: 'next_morning',
      plan: { start: '2026-08-03', period_days: 7, blocks: 6, seed: '7' }, abandoned_on: null, state: 'finished',
      blocks_complete: 6, with: arm('with', w, 34, 8), without: arm('without', wo, 33, 9), difference: w - wo,
      interval: [-3.5, -2.5], p_value: 0.031, adherence: 1, verdict, unsettled,
    });
    mockIPC((cmd) => {
      if (cmd === 'sharing_partners') return [partner];
      if (cmd === 'sharing_backups' || cmd === 'list_positions') return [];
      if (cmd === 'sharing_together')
        return {
          partner_name: partner.name, window_minutes: 180, events: [], mine_unmatched: 0, partner_unmatched: 0, prompts: [],
          experiments: [{
            title: 'A warm-up before intimacy',
            mine: experiment('e-mine', 3, 3.5, 'no_clear_difference', ['below_change_that_matters']),
            partner: experiment('e-sam', 1, 4, 'lower_with', []),
          }],
        };
      return null;
    });
    render(Sharing);
    await fireEvent.click(await screen.findByRole('button', { name: 'Together' }));
    const box = await screen.findByTestId('together-experiments');
    const table = within(box).getByRole('table', { name: 'A warm-up before intimacy' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('Pain with the change3.0 (34 days rated, 8 not rated)1.0 (34 days rated, 8 not rated)');
    expect(rows[2]).toBe('Pain without3.5 (33 days rated, 9 not rated)4.0 (33 days rated, 9 not rated)');
    expect(rows[3]).toBe('VerdictNo clear differenceLess pain with it');
    expect(within(table).getByText(partner.name), 'the partner name is text, not markup').toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('checks the passphrase before asking for a file, and sends no path', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'sharing_partners' || cmd === 'list_positions' || cmd === 'sharing_backups') return [];
      if (cmd === 'sharing_export')
        return { file_name: 'share.age', result: { kind: 'partner', encrypted: true, pain: 2, activities: 1, check_ins: 0, alerts: 0, bytes: 900 } };
      return null;
    });
    render(Sharing);
    const [pass, again] = screen.getAllByLabelText(/^Passphrase/);
    await fireEvent.input(pass, { target: { value: 'short' } });
    await fireEvent.input(again, { target: { value: 'short' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save encrypted share…' }));
    expect(await screen.findByText('Choose a passphrase of at least 8 characters.')).toBeInTheDocument();
    expect(calls.map(([c]) => c)).not.toContain('sharing_export');

    await fireEvent.input(pass, { target: { value: 'long enough phrase' } });
    await fireEvent.input(again, { target: { value: 'long enough phrase' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save encrypted share…' }));
    await waitFor(() => expect(screen.getByText(/Saved “share.age” \(encrypted\)/)).toBeInTheDocument());
    const sent = calls.find(([c]) => c === 'sharing_export')?.[1] as { request: { kind: string; includes: Record<string, boolean> } };
    expect(sent.request.kind).toBe('partner');
    expect(sent.request.includes.notes).toBe(false);
    expect(sent.request.includes.intimacy_details).toBe(false);
    expect(JSON.stringify(sent)).not.toMatch(/\//);
  });

  it('leaves warning signs, leg symptoms, alerts, intimacy and notes out of a default share, and says so', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'sharing_partners' || cmd === 'list_positions' || cmd === 'sharing_backups') return [];
      if (cmd === 'sharing_export')
        return { file_name: 'share.age', result: { kind: 'partner', encrypted: true, pain: 2, activities: 1, check_ins: 0, alerts: 0, bytes: 900 } };
      return null;
    });
    render(Sharing);
    const shareForm = await screen.findByRole('form', { name: 'Share with a passphrase (without pairing)' });
    const warning = within(shareForm).getByLabelText(/^Warning-sign answers and leg symptoms/);
    expect(warning, 'warning signs are a clearly labelled private choice, off by default').not.toBeChecked();
    expect(within(shareForm).getByLabelText(/^Red-flag alerts/)).not.toBeChecked();
    expect(screen.getByLabelText(/^Pain entries \(the score, where it hurts/)).toBeChecked();
    expect(warning, 'the label names the signs it covers').toHaveAccessibleName(/saddle|bottom or genitals.*bladder or bowel.*sexual function.*fever/);
    expect(screen.getByTestId('share-left-out')).toHaveTextContent(
      'Left out of this share: warning-sign answers and leg symptoms, body-map details, red-flag alerts, intimacy details, your notes, experiments.',
    );
    expect(within(shareForm).getByLabelText(/^Experiments \(each experiment you ran/), 'experiments are a choice, off by default').not.toBeChecked();
    const [pass, again] = screen.getAllByLabelText(/^Passphrase/);
    await fireEvent.input(pass, { target: { value: 'long enough phrase' } });
    await fireEvent.input(again, { target: { value: 'long enough phrase' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save encrypted share…' }));
    await waitFor(() => expect(calls.some(([c]) => c === 'sharing_export')).toBe(true));
    const first = calls.find(([c]) => c === 'sharing_export')?.[1] as { request: { includes: Record<string, boolean> } };
    expect(first.request.includes).toEqual({
      pain: true,
      activities: true,
      warning_signs: false,
      intimacy_details: false,
      notes: false,
      check_ins: true,
      alerts: false,
      region_details: false,
      experiments: false,
    });

    await fireEvent.click(warning);
    expect(screen.getByTestId('share-left-out')).not.toHaveTextContent('warning-sign answers');
    await fireEvent.input(pass, { target: { value: 'long enough phrase' } });
    await fireEvent.input(again, { target: { value: 'long enough phrase' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save encrypted share…' }));
    await waitFor(() => expect(calls.filter(([c]) => c === 'sharing_export')).toHaveLength(2));
    const second = calls.filter(([c]) => c === 'sharing_export')[1][1] as { request: { includes: Record<string, boolean> } };
    expect(second.request.includes.warning_signs, 'ticked, they are shared').toBe(true);
  });

  it("shows a partner's unshared warning signs as unknown, not as no", async () => {
    const withheld = { ...partner, name: 'Robin', pain_without_warning_signs: 3 };
    mockIPC((cmd) => {
      if (cmd === 'sharing_partners') return [withheld];
      if (cmd === 'sharing_backups' || cmd === 'list_positions') return [];
      if (cmd === 'sharing_partner_timeline')
        return {
          items: [
            {
              kind: 'pain',
              entry: {
                id: '44444444-4444-4444-8444-444444444444',
                at: '2026-11-11T07:45:00+01:00',
                nrs: 4,
                regions: [],
                qualities: [],
                onset: null,
                interference_daily: null,
                interference_intimacy: null,
                leg: { numbness: false, tingling: false, weakness: false, side: null },
                emergency: { saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false },
                activity_id: null,
                notes: '',
                created_at: '2026-11-11T07:45:00Z',
                updated_at: '2026-11-11T07:45:00Z',
              },
            },
          ],
          has_more: false,
        };
      return null;
    });
    render(Sharing);
    await fireEvent.click(await screen.findByRole('button', { name: 'Their entries' }));
    expect(await screen.findByTestId('warning-signs-unknown')).toHaveTextContent(
      'Robin did not share warning-sign answers or leg symptoms for their pain entries: here they are unknown, not “no”.',
    );
  });

  it('the panels work as one page: an import shows the new partner, and a running action holds every panel', async () => {
    let partners: (typeof partner)[] = [];
    let finishImport: (value: unknown) => void = () => {};
    mockIPC((cmd) => {
      if (cmd === 'sharing_partners') return partners;
      if (cmd === 'sharing_backups' || cmd === 'list_positions') return [];
      if (cmd === 'import_partner_share')
        return new Promise((resolve) => {
          finishImport = resolve;
        });
      return null;
    });
    render(Sharing);
    expect(await screen.findByText('No partner share imported yet.')).toBeInTheDocument();
    await fireEvent.input(screen.getByLabelText('Their name'), { target: { value: 'Sam' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Open share file…' }));
    expect(await screen.findByRole('button', { name: 'Importing…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save encrypted share…' }), 'the share panel waits').toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save PDF report…' }), 'the report panel waits').toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save a full backup…' }), 'the backups panel waits').toBeDisabled();

    partners = [{ ...partner, name: 'Sam' }];
    finishImport({ partner_name: 'Sam', added: 8, updated: 0, unchanged: 0, removed: 0 });
    expect(await screen.findByText('Imported Sam: 8 new, 0 updated.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Together' }), 'the partner list was read again').toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save PDF report…' })).toBeEnabled();
  });
  it('previews the report from its data before saving, with private parts and the name left out unless chosen', async () => {
    const calls: [string, unknown][] = [];
    const data = {
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
      peg: { weeks: [{ week_start: '2026-11-09', score: 3.7 }, { week_start: '2026-11-16', score: null }, { week_start: '2026-11-23', score: null }], latest: null },
      intimacy: null,
      red_flags: [
        { title: 'Numbness or tingling in the saddle area', tier: 'Emergency', first_raised: '2026-11-20', last_raised: '2026-11-20', seen: null, resolved: null, told: 'Call your local emergency number.', detail: '' },
      ],
      flags: [],
      flags_more: 0,
      tried: [],
      experiment: {
        change: 'The hip-hinge cue', outcome: 'worst pain the next morning (before noon)', first_day: '2026-09-04', last_day: '2026-10-29',
        period_days: 7, blocks_planned: 4, blocks_complete: 4, status: 'Finished', arms: [], difference: -1.6, interval: [-3.7, 0.5], p_value: 0.125,
        verdict: 'Not settled: its 95 % interval (-3.7 to 0.5) includes no difference at all, chance is not ruled out (p = 0.125; the rule needs 0.05 or less), and with 4 blocks the test can never reach 0.05: at least 6 are needed.',
      },
      months: [],
      adherence: '',
      weeks: [],
      questions: '',
    };
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'sharing_partners' || cmd === 'list_positions' || cmd === 'sharing_backups') return [];
      if (cmd === 'sharing_report_preview') return data;
      if (cmd === 'sharing_report') return { file_name: 'report.pdf', result: 1000 };
      return null;
    });
    render(Sharing);
    const intimacy = await screen.findByLabelText(/^Pain after intimacy/);
    expect(intimacy, 'intimacy is off by default').not.toBeChecked();
    expect(screen.getByLabelText(/^My notes/)).not.toBeChecked();
    expect(screen.getByLabelText(/^Red-flag history/)).toBeChecked();
    expect(screen.getByTestId('report-left-out')).toHaveTextContent('Left out of this report: intimacy details, your notes.');

    await fireEvent.click(screen.getByRole('button', { name: 'Preview the report' }));
    const preview = await screen.findByTestId('report-preview');
    expect(preview).toHaveTextContent('Mean pain4.7');
    expect(preview).toHaveTextContent('Numbness or tingling in the saddle area');
    expect(preview).toHaveTextContent('The app told you: Call your local emergency number.');
    expect(preview, 'a week without entries is a gap: two lines, not one through zero').toHaveTextContent('the line breaks at 1 week without entries');
    expect(preview.querySelectorAll('polyline.pain')).toHaveLength(2);
    expect(screen.getByTestId('preview-questions'), 'an empty box to write in').toHaveTextContent('Questions I want to ask');
    expect(preview).toHaveTextContent('the experiment you ran (The hip-hinge cue: finished)');
    const sent = calls.find(([c]) => c === 'sharing_report_preview')?.[1] as { request: Record<string, unknown> };
    expect(sent.request.name, 'no name unless typed').toBeUndefined();
    expect((sent.request.includes as Record<string, boolean>).intimacy_details).toBe(false);

    await fireEvent.input(screen.getByLabelText(/^Name on the report/), { target: { value: ' Ελένη ' } });
    expect(screen.queryByTestId('report-preview'), 'a preview that no longer matches is hidden').toBeNull();
    expect(screen.getByTestId('preview-stale')).toBeInTheDocument();
    await fireEvent.input(screen.getByLabelText(/^Questions I want to ask/), { target: { value: 'Is this urgent?' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save PDF report…' }));
    expect(await screen.findByText('Saved the report “report.pdf”.')).toBeInTheDocument();
    const saved = calls.find(([c]) => c === 'sharing_report')?.[1] as { request: Record<string, unknown> };
    expect(saved.request.name).toBe('Ελένη');
    expect(saved.request.questions).toBe('Is this urgent?');
    expect(JSON.stringify(saved), 'no path is ever sent').not.toMatch(/\//);
  });

  it('saves a FHIR file with nothing private and no name by default, and says what it held', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'sharing_partners' || cmd === 'sharing_backups') return [];
      if (cmd === 'sharing_export_fhir')
        return { file_name: 'backstory-fhir.json', result: { pain: 12, peg: 3, activities: 5, check_ins: 9, flags: 0, patient: false } };
      return null;
    });
    render(Sharing);
    const form = await screen.findByRole('form', { name: /FHIR/ });
    for (const name of [/^Warning-sign answers/, /^Red-flag alerts/, /^Intimacy details/, /^My private notes/]) {
      expect(within(form).getByLabelText(name), `${name} is off by default`).not.toBeChecked();
    }
    expect(within(form).getByTestId('fhir-left-out')).toHaveTextContent(
      'Left out of this file: warning-sign answers and leg symptoms, body-map details, red-flag alerts, intimacy details, your notes.',
    );
    await fireEvent.click(within(form).getByRole('button', { name: 'Save FHIR file…' }));
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Saved “backstory-fhir.json”: 12 pain scores, 3 weekly checks, 5 activities, 9 check-ins, 0 alerts.',
    );
    const sent = calls.find(([c]) => c === 'sharing_export_fhir')?.[1] as { request: Record<string, unknown> };
    expect(sent.request.patient_name).toBe('');
    expect(sent.request.includes).toEqual({
      pain: true, activities: true, warning_signs: false, intimacy_details: false, notes: false, check_ins: true, alerts: false, region_details: false, experiments: false,
    });
    expect(JSON.stringify(sent), 'no file path goes over IPC').not.toMatch(/[\\/]tmp|\.json"/);

    await fireEvent.input(within(form).getByLabelText(/^Name on the file/), { target: { value: '  A. Walker ' } });
    await fireEvent.click(within(form).getByLabelText(/^Red-flag alerts/));
    await fireEvent.click(within(form).getByRole('button', { name: 'Save FHIR file…' }));
    await waitFor(() => expect(calls.filter(([c]) => c === 'sharing_export_fhir')).toHaveLength(2));
    const second = calls.filter(([c]) => c === 'sharing_export_fhir')[1][1] as { request: { patient_name: string; includes: Record<string, boolean> } };
    expect(second.request.patient_name).toBe('A. Walker');
    expect(second.request.includes.alerts).toBe(true);
  });
});
