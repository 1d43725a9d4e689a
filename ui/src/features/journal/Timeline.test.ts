import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import Timeline from './Timeline.svelte';

const painEntry = {
  id: '22222222-2222-4222-8222-222222222222',
  at: '2026-11-26T22:15:00+01:00',
  nrs: 6,
  regions: [{ region: 'lower_back_left', score: 6, qualities: [] }],
  qualities: ['sharp'],
  onset: 'next_morning',
  interference_daily: null,
  interference_intimacy: null,
  leg: { numbness: false, tingling: false, weakness: false, side: null },
  emergency: { saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false },
  activity_id: null,
  notes: '<img src=x onerror="window.hacked=1">',
  created_at: 'x',
  updated_at: 'x',
};

afterEach(() => clearMocks());

describe('Timeline', () => {
  it('lists entries, shows notes as text, and deletes with undo', async () => {
    let deleted = false;
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'timeline') return { items: deleted ? [] : [{ kind: 'pain', entry: painEntry }], has_more: false };
      if (cmd === 'list_positions') return [];
      if (cmd === 'delete_entry') { deleted = true; return null; }
      if (cmd === 'restore_entry') { deleted = false; return null; }
      return null;
    });
    render(Timeline);
    expect(await screen.findByText('Pain 6/10')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror="window.hacked=1">')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText('Delete this entry?')).toBeInTheDocument();
    expect(calls).not.toContain('delete_entry');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByText('Entry deleted.')).toBeInTheDocument());
    await waitFor(() => expect(screen.queryByText('Pain 6/10')).toBeNull());

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Pain 6/10')).toBeInTheDocument();
    expect(calls).toContain('restore_entry');
  });

  it('shows a helpful empty state', async () => {
    mockIPC((cmd) => (cmd === 'timeline' ? { items: [], has_more: false } : []));
    render(Timeline);
    expect(await screen.findByText('Nothing here yet')).toBeInTheDocument();
  });

  it.each([
    ['saddle_numbness'],
    ['bladder_bowel_change'],
    ['sexual_function_change'],
    ['fever'],
    ['leg_weakness_worsening'],
    ['night_pain'],
    ['back_lump'],
    ['both_legs'],
  ])('flags an entry with only %s as an urgent sign', async (sign) => {
    const entry = { ...painEntry, notes: '', emergency: { ...painEntry.emergency, [sign]: true } };
    mockIPC((cmd) => {
      if (cmd === 'timeline') return { items: [{ kind: 'pain', entry }], has_more: false };
      if (cmd === 'list_positions') return [];
      return null;
    });
    render(Timeline);
    expect(await screen.findByText('Pain 6/10')).toBeInTheDocument();
    expect(screen.getByText('Urgent sign recorded')).toBeInTheDocument();
  });

  it('calls 7/10 moderate and 8/10 severe, the rules\' line', async () => {
    const seven = { ...painEntry, notes: '', nrs: 7 };
    const eight = { ...painEntry, notes: '', nrs: 8, id: '33333333-3333-4333-8333-333333333333' };
    mockIPC((cmd) => {
      if (cmd === 'timeline') return { items: [{ kind: 'pain', entry: seven }, { kind: 'pain', entry: eight }], has_more: false };
      if (cmd === 'list_positions') return [];
      return null;
    });
    render(Timeline);
    expect(await screen.findByLabelText('Pain 7 out of 10')).toHaveClass('level-moderate');
    expect(screen.getByLabelText('Pain 8 out of 10')).toHaveClass('level-severe');
    expect(screen.queryByText('Urgent sign recorded')).toBeNull();
  });
});
