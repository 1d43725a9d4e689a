import { fireEvent, render, screen } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBackend } from '../../test-fixtures/demoBackend';
import StorageBanner from './StorageBanner.svelte';

afterEach(() => clearMocks());

const status = (repaired: string | null) => ({
  encrypted: false,
  locked: false,
  idle_lock_minutes: null,
  storage_warning: null,
  permissions_repaired: repaired,
  retention: { deleted_kept_days: 1, daily_backups_kept: 7 },
});

describe('StorageBanner', () => {
  it('says once that the data folder was made private', async () => {
    demoBackend({ security_status: () => status('Other accounts on this computer could read your journal’s folder (4 files or folders). Backstory has made them private to you.') });
    render(StorageBanner);
    const notice = await screen.findByTestId('permissions-repaired');
    expect(notice).toHaveTextContent('Your journal\'s folder is private again.');
    expect(notice).toHaveTextContent('4 files or folders');
    await fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('permissions-repaired')).toBeNull();
  });

  it('says nothing when there was nothing to repair', async () => {
    demoBackend({ security_status: () => status(null) });
    render(StorageBanner);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('permissions-repaired')).toBeNull();
  });
});
