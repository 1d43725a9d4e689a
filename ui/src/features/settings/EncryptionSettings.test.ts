import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBackend } from '../../test-fixtures/demoBackend';
import LockScreen from './LockScreen.svelte';
import EncryptionSettings from './EncryptionSettings.svelte';
import { configureIdleLock } from './idleLock';

const plain = { encrypted: false, locked: false, idle_lock_minutes: null, storage_warning: null };
const encrypted = { ...plain, encrypted: true };

afterEach(() => {
  clearMocks();
  configureIdleLock(null);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Encryption settings', () => {
  it('turns encryption on with the passphrase typed twice, then offers lock and idle lock', async () => {
    let state = plain;
    const calls = demoBackend({
      security_status: () => state,
      encryption_enable: () => {
        state = encrypted;
        return { encrypted: true, backups_converted: 2, backups_skipped: 0 };
      },
    });
    render(EncryptionSettings);
    await fireEvent.input(await screen.findByLabelText('New passphrase (at least 8 characters)'), { target: { value: 'correct horse' } });
    await fireEvent.input(screen.getByLabelText('Type it again'), { target: { value: 'correct horse' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Turn encryption on' }));
    expect(await screen.findByText('Your journal is encrypted. 2 backups were converted too.')).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === 'encryption_enable')?.args).toEqual({ passphrase: 'correct horse', confirm: 'correct horse' });
    expect(await screen.findByRole('button', { name: 'Lock now' })).toBeInTheDocument();
    await fireEvent.change(screen.getByLabelText('Lock by itself'), { target: { value: '15' } });
    await waitFor(() => expect(calls.find((c) => c.cmd === 'set_idle_lock')?.args).toEqual({ minutes: 15 }));
  });

  it('shows a refused passphrase next to its field and keeps the journal as it was', async () => {
    const calls = demoBackend({
      security_status: () => plain,
      encryption_enable: () => {
        throw { kind: 'validation', message: 'the two passphrases are not the same', field: 'confirm' };
      },
    });
    render(EncryptionSettings);
    await fireEvent.input(await screen.findByLabelText('New passphrase (at least 8 characters)'), { target: { value: 'correct horse' } });
    await fireEvent.input(screen.getByLabelText('Type it again'), { target: { value: 'correct hose' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Turn encryption on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the two passphrases are not the same');
    expect(screen.getByLabelText('Type it again')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.cmd === 'encryption_enable')).toHaveLength(1);
  });

  it('a wrong current passphrase when turning encryption off is shown on that field', async () => {
    demoBackend({
      security_status: () => encrypted,
      encryption_disable: () => {
        throw { kind: 'database', message: 'That passphrase does not open this journal. Nothing was changed; try again.', field: 'current' };
      },
    });
    render(EncryptionSettings);
    await fireEvent.click(await screen.findByRole('button', { name: 'Turn encryption off' }));
    await fireEvent.input(screen.getByLabelText('Current passphrase'), { target: { value: 'not it at all' } });
    await fireEvent.click(screen.getAllByRole('button', { name: 'Turn encryption off' }).at(-1)!);
    expect(await screen.findByRole('alert')).toHaveTextContent('does not open this journal');
    expect(screen.getByLabelText('Current passphrase')).toHaveAttribute('aria-invalid', 'true');
  });

  it('lock now closes the journal and reloads the window, leaving nothing from it in memory', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const calls = demoBackend({ security_status: () => encrypted, lock_journal: () => ({ ok: false }) });
    render(EncryptionSettings);
    await fireEvent.click(await screen.findByRole('button', { name: 'Lock now' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(calls.some((c) => c.cmd === 'lock_journal')).toBe(true);
  });

  it('locks by itself after the idle time, and activity restarts the clock', async () => {
    vi.useFakeTimers();
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const calls = demoBackend({ lock_journal: () => ({ ok: false }) });
    configureIdleLock(5);
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(calls.some((c) => c.cmd === 'lock_journal'), 'still in use: not locked').toBe(false);
    await vi.advanceTimersByTimeAsync(60_000 + 10);
    expect(calls.some((c) => c.cmd === 'lock_journal'), 'five idle minutes: locked').toBe(true);
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
  });
});

describe('Lock screen', () => {
  it('a wrong passphrase shows on the field; the right one opens the journal', async () => {
    let tries = 0;
    const calls = demoBackend({
      unlock_journal: (a) => {
        tries += 1;
        if (a.passphrase !== 'correct horse') {
          throw { kind: 'database', message: 'That passphrase does not open this journal. Nothing was changed; try again.', field: 'passphrase' };
        }
        return { ok: true, demo: false, journal_path: '/j/journal.db', welcomed: true, error: null };
      },
    });
    const opened = vi.fn();
    render(LockScreen, { onunlock: opened });
    const field = screen.getByLabelText('Passphrase');
    await fireEvent.input(field, { target: { value: 'wrong one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('does not open this journal');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(opened).not.toHaveBeenCalled();
    await fireEvent.input(field, { target: { value: 'correct horse' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith(expect.objectContaining({ ok: true })));
    expect(tries).toBe(2);
    expect((field as HTMLInputElement).value, 'the passphrase is cleared once used').toBe('');
    expect(calls.every((c) => c.cmd === 'unlock_journal')).toBe(true);
  });
});
