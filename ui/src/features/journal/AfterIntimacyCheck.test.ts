import '@testing-library/jest-dom/vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PainEntry } from '../../bindings/PainEntry';
import AfterIntimacyCheck from './AfterIntimacyCheck.svelte';
import { resetPositions } from '../guide/guideData.svelte';

const activity = (id: string, kind: string) => ({
  id, at: '2026-11-26T21:30:00+01:00', kind, duration_min: 30, intimacy: null, exercises: [], routine_id: null, notes: '', created_at: 'x', updated_at: 'x',
});

const entry = (activityId: string | null, nrs = 6) =>
  ({
    id: 'p1', at: '2026-11-27T07:45:00+01:00', nrs, regions: [], qualities: [], onset: 'next_morning',
    interference_daily: null, interference_intimacy: null,
    leg: { numbness: false, tingling: false, weakness: false, side: null },
    emergency: { saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false },
    activity_id: activityId, notes: '', created_at: 'x', updated_at: 'x',
  }) as PainEntry;

const guideView = {
  positions: [],
  guide: {
    conversation: { intro: 'Talk.', prompts: [], sources: [] },
    check: { before: ['Pain now?'], after: ['Pain after?'], urgent: 'Numbness around the genitals: emergency.', sources: [] },
  },
};

beforeEach(() => {
  resetPositions();
  mockIPC((cmd) => {
    if (cmd === 'suggest_link') return { suggested: activity('sit', 'sitting'), recent: [activity('sit', 'sitting'), activity('love', 'intimacy')] };
    if (cmd === 'guide_positions') return guideView;
    return null;
  });
});
afterEach(() => clearMocks());

describe('AfterIntimacyCheck', () => {
  it('offers the partner check after pain linked to intimacy', async () => {
    render(AfterIntimacyCheck, { entry: entry('love') });
    expect(await screen.findByRole('heading', { name: 'Pain after intimacy: talk it through' })).toBeInTheDocument();
    expect(await screen.findByText('Pain after?')).toBeInTheDocument();
    expect(screen.getByText(/Numbness around the genitals/)).toBeInTheDocument();
  });

  it('stays quiet for pain after other activities', async () => {
    render(AfterIntimacyCheck, { entry: entry('sit') });
    await waitFor(() => expect(screen.queryByTestId('after-intimacy')).toBeNull());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('after-intimacy')).toBeNull();
  });
});
