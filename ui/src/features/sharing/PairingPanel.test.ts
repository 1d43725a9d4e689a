import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import PairingPanel from './PairingPanel.svelte';

const own = {
  code: 'bspair1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq',
  qr_svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="window.hacked=1"><rect/></svg>',
  key_id: '0123456789abcdef0123456789abcdef',
  name: 'Alex',
};

function pairing(over: Record<string, unknown> = {}) {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Sam',
    key_id: 'fedcba9876543210fedcba9876543210',
    safety_phrase: '12345 67890 13579 24680',
    paired_at: '2026-11-20T12:00:00Z',
    partner_id: null,
    last_sequence: null,
    last_received_at: null,
    expires_at: null,
    expired_at: null,
    needs_pairing_again: false,
    ...over,
  };
}

function backend(answers: Record<string, (args: Record<string, unknown>) => unknown>) {
  const calls: [string, Record<string, unknown>][] = [];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push([cmd, a]);
    if (answers[cmd]) return answers[cmd](a);
    if (cmd === 'pairing_own') return own;
    if (cmd === 'pairing_list') return [];
    return null;
  });
  return calls;
}

afterEach(() => clearMocks());

describe('PairingPanel', () => {
  it('shows the own code and its QR code as an image, pairs with a pasted code and shows the safety phrase', async () => {
    let list: unknown[] = [];
    const calls = backend({
      pairing_list: () => list,
      pairing_add: () => {
        list = [pairing()];
        return pairing();
      },
    });
    render(PairingPanel);
    const code = (await screen.findByLabelText('Your pairing code (it holds no secret)')) as HTMLTextAreaElement;
    expect(code.value.replaceAll(' ', '')).toBe(own.code);
    const qr = screen.getByRole('img', { name: 'QR code of your pairing code' }) as HTMLImageElement;
    expect(qr.src.startsWith('data:image/svg+xml')).toBe(true);
    expect(document.querySelector('svg'), 'the SVG is an image, never markup in the page').toBeNull();

    expect(screen.getByRole('button', { name: 'Pair' })).toBeDisabled();
    await fireEvent.input(screen.getByLabelText("Your partner's pairing code"), { target: { value: ' BSPAIR1ABC-DEF ' } });
    await fireEvent.input(screen.getByLabelText('Name for them (optional)'), { target: { value: 'Sam' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Pair' }));
    const phrase = await screen.findByTestId('safety-phrase');
    expect(phrase).toHaveTextContent('12345 67890 13579 24680');
    expect(phrase).toHaveTextContent('If they differ, someone swapped a code');
    expect(calls.find(([c]) => c === 'pairing_add')?.[1]).toEqual({ code: ' BSPAIR1ABC-DEF ', name: 'Sam' });
    expect(await screen.findByRole('button', { name: 'Send a share…' })).toBeEnabled();
  });

  it('says a given file cannot be taken back and sends the expiry, the scope and no path', async () => {
    const calls = backend({
      pairing_list: () => [pairing()],
      sharing_export_to: () => ({ file_name: 'share.bsshare', result: { kind: 'partner', encrypted: true, pain: 4, activities: 2, check_ins: 1, alerts: 0, bytes: 2000 } }),
    });
    render(PairingPanel);
    await fireEvent.click(await screen.findByRole('button', { name: 'Send a share…' }));
    const form = screen.getByRole('form', { name: 'Send a share to Sam' });
    expect(within(form).getByTestId('cannot-take-back')).toHaveTextContent('A file already given cannot be taken back.');
    expect(within(form).getByLabelText(/^Intimacy details/)).not.toBeChecked();
    await fireEvent.change(within(form).getByLabelText('Remove from their journal after'), { target: { value: '30' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'Save signed share…' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved “share.bsshare” for Sam (encrypted to their key and signed)'));
    const sent = calls.find(([c]) => c === 'sharing_export_to')?.[1] as { request: Record<string, unknown> };
    expect(sent.request).toMatchObject({
      pairing_id: pairing().id,
      expires_in_days: 30,
      evening_notes: true,
      export: { kind: 'partner', includes: { warning_signs: false, intimacy_details: false, notes: false, alerts: false } },
    });
    expect(JSON.stringify(sent)).not.toMatch(/\//);
  });

  it('opens a signed share and shows a refusal as it is', async () => {
    let refuse = true;
    backend({
      pairing_list: () => [pairing({ last_sequence: 2 })],
      import_signed_share: () => {
        if (refuse) throw { kind: 'import', message: 'this share is not newer than the last one accepted from Sam (share number 2, already accepted up to 2): an old or repeated file; nothing was changed' };
        return { import: { added: 3, updated: 1, removed: 0, unchanged: 0, links_dropped: 0, profile_restored: false, partner_id: null, partner_name: 'Sam' }, pairing_name: 'Sam', sequence: 3, expires_at: '2026-12-30T12:00:00Z', evening_notes: 1 };
      },
    });
    render(PairingPanel);
    await fireEvent.click(await screen.findByRole('button', { name: 'Open a share from your partner…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('not newer than the last one accepted from Sam');
    refuse = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Open a share from your partner…' }));
    await waitFor(() => expect(screen.getByText(/Imported share no. 3 from Sam \(signature checked\): 3 new, 1 updated/)).toBeInTheDocument());
    expect(screen.getByText(/Sam chose to have it removed on/)).toBeInTheDocument();
  });

  it('says when expired data was removed, and blocks sending until paired again after new keys', async () => {
    backend({
      pairing_list: () => [
        pairing({ expired_at: '2026-11-25T09:00:00Z', last_sequence: 4 }),
        pairing({ id: '22222222-2222-4222-8222-222222222222', name: 'Robin', needs_pairing_again: true }),
      ],
    });
    render(PairingPanel);
    expect(await screen.findByText(/Sam's last share expired: its data was removed from this journal on/)).toBeInTheDocument();
    const [sam, robin] = screen.getAllByRole('button', { name: 'Send a share…' });
    expect(sam).toBeEnabled();
    expect(robin).toBeDisabled();
    expect(screen.getByText(/Your keys changed after you paired: show Robin your new code/)).toBeInTheDocument();
  });

  it('renames, removes after a confirmation, and makes new keys only when confirmed', async () => {
    const calls = backend({
      pairing_list: () => [pairing()],
      pairing_rename: () => pairing({ name: 'Samira' }),
      pairing_remove: () => 5,
      pairing_rekey: () => ({ ...own, code: 'bspair1newcode' }),
    });
    render(PairingPanel);
    await fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    await fireEvent.input(screen.getByLabelText('New name'), { target: { value: 'Samira' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(calls.find(([c]) => c === 'pairing_rename')?.[1]).toEqual({ id: pairing().id, name: 'Samira' }));

    await fireEvent.click(screen.getByRole('button', { name: 'Remove…' }));
    expect(calls.some(([c]) => c === 'pairing_remove'), 'nothing removed before the confirmation').toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: "Remove the pairing and Sam's entries" }));
    await waitFor(() => expect(screen.getByText('Removed the pairing with Sam and 5 of their entries.')).toBeInTheDocument());

    await fireEvent.click(screen.getByRole('button', { name: 'New keys for this journal…' }));
    expect(calls.some(([c]) => c === 'pairing_rekey')).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Make new keys (every partner pairs again)' }));
    await waitFor(() => expect(screen.getByText(/This journal has new keys/)).toBeInTheDocument());
  });
});
