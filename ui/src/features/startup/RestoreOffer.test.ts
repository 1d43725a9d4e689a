import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBackend } from '../../test-fixtures/demoBackend';
import StartupError from './StartupError.svelte';

const damaged = {
  ok: false,
  demo: false,
  journal_path: '/home/ana/.local/share/app.backstory.journal/journal.db',
  welcomed: true,
  error: { kind: 'database', reason: 'corrupt', message: 'The journal file is damaged.' },
};

afterEach(() => {
  clearMocks();
  vi.unstubAllGlobals();
});

describe('Restore offer on a damaged journal', () => {
  it('lists the backups newest first and restores the chosen one, then reloads', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const calls = demoBackend({
      sharing_backups: () => ['journal-2026-11-26.db', 'journal-2026-11-25.db'],
      recover_from_backup: () => ({ ...damaged, ok: true, error: null }),
    });
    render(StartupError, { status: damaged });
    const newest = await screen.findByLabelText('journal-2026-11-26.db');
    expect(newest).toBeChecked();
    await fireEvent.click(screen.getByLabelText('journal-2026-11-25.db'));
    await fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(calls.find((c) => c.cmd === 'recover_from_backup')?.args).toEqual({ name: 'journal-2026-11-25.db' });
    expect(screen.getByText(/kept beside it under a new name/)).toBeInTheDocument();
  });

  it('shows a refused backup and says when there is none', async () => {
    demoBackend({
      sharing_backups: () => ['journal-2026-11-26.db'],
      recover_from_backup: () => {
        throw { kind: 'import', message: 'the backup file is damaged (SQLite\'s integrity check failed)' };
      },
    });
    render(StartupError, { status: damaged });
    await fireEvent.click(await screen.findByRole('button', { name: 'Restore this backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('integrity check failed');
    clearMocks();
    demoBackend({ sharing_backups: () => [] });
    render(StartupError, { status: { ...damaged, journal_path: '/x/journal.db' } });
    expect(await screen.findByText('No backups were found in the backups folder beside the journal.')).toBeInTheDocument();
  });

  it('is not offered for a journal from a newer version', async () => {
    demoBackend({ sharing_backups: () => ['journal-2026-11-26.db'] });
    render(StartupError, { status: { ...damaged, error: { kind: 'database', reason: 'too_new', message: 'newer' } } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('restore-offer')).toBeNull();
  });
});
