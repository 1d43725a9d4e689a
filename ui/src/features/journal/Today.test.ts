import { render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import Today from './Today.svelte';
import { formatDate, setLocale } from '../../shared/i18n';

const painToday = {
  id: '33333333-3333-4333-8333-333333333333',
  at: '2026-12-06T09:15:00+01:00',
  nrs: 4,
  regions: [],
  qualities: [],
  onset: null,
  interference_daily: null,
  interference_intimacy: null,
  leg: { numbness: false, tingling: false, weakness: false, side: 'one_leg' },
  emergency: {},
  activity_id: null,
  notes: '',
  created_at: 'x',
  updated_at: 'x',
};

function mockBackend(items: unknown[]) {
  mockIPC((cmd) => {
    if (cmd === 'timeline') return { items, has_more: false };
    if (cmd === 'pending_outcomes') return { activities: [], window_days: 7 };
    if (cmd === 'list_positions') return [];
    return null;
  });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('Today', () => {
  it('offers the three ways to log and says when nothing is logged yet', async () => {
    mockBackend([]);
    render(Today);
    expect(screen.getByRole('group', { name: 'Log something' })).toBeInTheDocument();
    expect(await screen.findByText(/Nothing logged yet today/)).toBeInTheDocument();
  });

  it('speaks German: its buttons, today’s date and today’s entries', async () => {
    setLocale('de');
    mockBackend([{ kind: 'pain', entry: painToday }]);
    render(Today);
    expect(screen.getByRole('heading', { level: 1, name: 'Heute' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Etwas eintragen' })).toBeInTheDocument();
    expect(screen.getByText('Schmerz eintragen')).toBeInTheDocument();
    expect(screen.getByText('Aktivität eintragen')).toBeInTheDocument();
    expect(screen.getByText('Tägliche Abfrage')).toBeInTheDocument();
    const today = formatDate(new Date(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
    expect(screen.getByText(today)).toBeInTheDocument();
    expect(today).toMatch(/^(Mo|Di|Mi|Do|Fr|Sa|So)\./);
    expect(await screen.findByText('Schmerz 4/10')).toBeInTheDocument();
    expect(screen.getByText('Beinbeschwerden: ein Bein')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Heute bisher' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Nothing logged|Log activity|Today so far/)).toBeNull());
  });
});
