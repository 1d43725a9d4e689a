import { emit } from '@tauri-apps/api/event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { addPain, onJournalChange, type JournalChange } from './api';
import type { PainDraft } from './bindings/PainDraft';

afterEach(() => clearMocks());

describe('onJournalChange', () => {
  it('follows the shell’s journal-changed event, not the names of commands', async () => {
    mockIPC((cmd) => (cmd === 'add_pain' ? { id: 'x' } : null), { shouldMockEvents: true });
    const seen: JournalChange[] = [];
    const stop = onJournalChange((change) => seen.push(change));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await addPain({ at: '2026-11-27T09:00:00+01:00', nrs: 4 } as unknown as PainDraft);
    expect(seen, 'a command that sent no event is not guessed to be a write').toEqual([]);
    const change: JournalChange = {
      data: 'entries',
      alerts: { raised: ['saddle_numbness'], re_raised: [], resolved: [], reopened: [] },
    };
    await emit('journal-changed', change);
    expect(seen).toEqual([change]);
    stop();
    await emit('journal-changed', change);
    expect(seen.length, 'an unsubscribed listener hears nothing more').toBe(1);
  });
});
