import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import OutcomeKinds from './OutcomeKinds.svelte';

afterEach(() => clearMocks());

describe('Asked-about kinds', () => {
  it('starts from the saved kinds and saves a kind added', async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'outcome_kinds') return ['intimacy'];
      if (cmd === 'save_outcome_kinds') {
        saved.push((args as { kinds: string[] }).kinds);
        return (args as { kinds: string[] }).kinds;
      }
      return null;
    });
    render(OutcomeKinds);
    const intimacy = (await screen.findByRole('checkbox', { name: 'Intimacy' })) as HTMLInputElement;
    expect(intimacy.checked).toBe(true);
    const lifting = screen.getByRole('checkbox', { name: 'Lifting' }) as HTMLInputElement;
    expect(lifting.checked).toBe(false);
    await fireEvent.click(lifting);
    await waitFor(() => expect(saved).toEqual([['intimacy', 'lifting']]));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });
});
