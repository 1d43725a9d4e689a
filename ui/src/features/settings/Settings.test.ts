import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { emit } from '@tauri-apps/api/event';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ReminderToast from './ReminderToast.svelte';
import { followReminders, openPending, resetReminders } from './reminders.svelte';
import { go, nav } from '../../shared/nav.svelte';
import { demoBackend, type Call } from '../../test-fixtures/demoBackend';
import Settings from './Settings.svelte';
import { setLocale } from '../../shared/i18n';

let calls: Call[];
beforeEach(() => {
  resetReminders();
  go('settings');
});
afterEach(() => {
  clearMocks();
  setLocale('en');
  vi.unstubAllGlobals();
});

describe('Settings', () => {
  it('shows the saved reminders and saves changes, then lists what comes next', async () => {
    calls = demoBackend();
    render(Settings);
    const master = await screen.findByLabelText('Reminders on');
    expect(master).not.toBeChecked();
    await fireEvent.click(master);
    await fireEvent.click(screen.getByLabelText('Tuesday'));
    await fireEvent.click(screen.getByLabelText('Wednesday'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText('Reminders saved.')).toBeInTheDocument();
    const saved = calls.filter((c) => c.cmd === 'save_reminder_settings').at(-1)?.args as { settings: { enabled: boolean; programme: { days: string[] } } };
    expect(saved.settings.enabled, 'the one switch is saved').toBe(true);
    expect(saved.settings.programme.days, 'days kept in week order, Wednesday removed, Tuesday added').toEqual(['mon', 'tue', 'fri']);
    expect(screen.getByText(/Stretches and core programme:/)).toBeInTheDocument();
  });

  it('offers the weekly check reminder, off by default, on a chosen day', async () => {
    calls = demoBackend();
    render(Settings);
    const weekly = await screen.findByRole('group', { name: 'Weekly check (PEG)' });
    const on = weekly.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(on, 'opt-in').not.toBeChecked();
    await fireEvent.click(on);
    await fireEvent.change(weekly.querySelector('select') as HTMLSelectElement, { target: { value: 'sat' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText('Reminders saved.')).toBeInTheDocument();
    const saved = calls.filter((c) => c.cmd === 'save_reminder_settings').at(-1)?.args as { settings: { weekly_check: unknown } };
    expect(saved.settings.weekly_check).toEqual({ on: true, day: 'sat', time: '19:00' });
  });

  it('offers "today\'s plan is ready" for experiment days, off by default, at a chosen time', async () => {
    calls = demoBackend();
    render(Settings);
    const plan = await screen.findByRole('group', { name: "Today's plan (while an experiment runs)" });
    expect(plan).toHaveTextContent('never names the change');
    const on = plan.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(on, 'opt-in').not.toBeChecked();
    await fireEvent.click(on);
    await fireEvent.input(plan.querySelector('input[type="time"]') as HTMLInputElement, { target: { value: '08:15' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText('Reminders saved.')).toBeInTheDocument();
    const saved = calls.filter((c) => c.cmd === 'save_reminder_settings').at(-1)?.args as { settings: { experiment_day: unknown } };
    expect(saved.settings.experiment_day).toEqual({ on: true, time: '08:15' });
  });

  it('shows a refused setting next to the form and marks the field', async () => {
    calls = demoBackend({
      save_reminder_settings: () => {
        throw { kind: 'validation', message: 'quiet hours need different start and end times', field: 'quiet_hours' };
      },
    });
    render(Settings);
    await fireEvent.click(await screen.findByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('quiet hours need different start and end times');
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends a test reminder and lists the keyboard shortcuts', async () => {
    calls = demoBackend();
    render(Settings);
    await fireEvent.click(await screen.findByRole('button', { name: 'Show a test reminder' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'show_test_reminder')).toBe(true));
    expect(screen.getByText('Filter the timeline')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Privacy' })).toBeInTheDocument();
  });

  it('focuses the privacy section when opened from setup', async () => {
    calls = demoBackend();
    go('settings', 'privacy');
    render(Settings);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Privacy' })));
    expect(nav.intent).toBeNull();
  });

  it('says how long deleted entries and backups are kept, with the numbers the app uses', async () => {
    calls = demoBackend({
      security_status: () => ({
        encrypted: false,
        locked: false,
        idle_lock_minutes: null,
        storage_warning: null,
        permissions_repaired: null,
        retention: { deleted_kept_days: 3, daily_backups_kept: 5 },
      }),
    });
    render(Settings);
    const kept = await screen.findByTestId('retention');
    expect(kept).toHaveTextContent('A deleted entry can be brought back for 3 days.');
    expect(kept).toHaveTextContent('erased for good the next time Backstory starts');
    expect(kept).toHaveTextContent('one backup a day for the last 5 days');
    expect(kept).toHaveTextContent('Backups made before an upgrade or before a restore are kept until 5 newer daily backups exist');
  });
});

describe('Language', () => {
  const desktop = { close_to_tray: true, quick_log_shortcut: 'Ctrl+Alt+KeyL', start_at_login: false, tray: true, language: null, locale: 'en' };

  it('saves the chosen language with the other desktop settings, then reloads the window', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    calls = demoBackend({ desktop_settings: () => desktop, save_desktop_settings: (a) => a.settings });
    render(Settings);
    const group = await screen.findByRole('group', { name: 'Language' });
    expect(screen.getByLabelText('System default (English)')).toBeChecked();
    expect(group).toHaveTextContent('Deutsch');
    await fireEvent.click(screen.getByLabelText('Deutsch'));
    await fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    const saved = calls.filter((c) => c.cmd === 'save_desktop_settings').at(-1)?.args as { settings: typeof desktop };
    expect(saved.settings, 'the language goes with the other choices, unchanged').toEqual({ ...desktop, language: 'de' });
  });

  it('back to the system default saves no language; a refused save shows why and does not reload', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    let refuse = true;
    calls = demoBackend({
      desktop_settings: () => ({ ...desktop, language: 'de', locale: 'de' }),
      save_desktop_settings: (a) => {
        if (refuse) throw { kind: 'io', message: 'The settings file could not be written.' };
        return a.settings;
      },
    });
    render(Settings);
    await fireEvent.click(await screen.findByLabelText('System default'));
    await fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
    expect(await screen.findByText('The settings file could not be written.')).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    refuse = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    const saved = calls.filter((c) => c.cmd === 'save_desktop_settings').at(-1)?.args as { settings: typeof desktop };
    expect(saved.settings.language).toBeNull();
  });
});

describe('Settings in German', () => {
  it('speaks German: headings, reminders, weekday names from Intl, retention with plurals', async () => {
    setLocale('de');
    calls = demoBackend({
      desktop_settings: () => ({ close_to_tray: null, quick_log_shortcut: null, start_at_login: false, tray: true, language: 'de', locale: 'de' }),
      security_status: () => ({
        encrypted: false,
        locked: false,
        idle_lock_minutes: null,
        storage_warning: null,
        permissions_repaired: null,
        retention: { deleted_kept_days: 1, daily_backups_kept: 5 },
      }),
    });
    render(Settings);
    expect(await screen.findByRole('heading', { name: 'Einstellungen' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Erinnerungen an')).toBeInTheDocument();
    expect(screen.getByLabelText('Dienstag')).toBeInTheDocument();
    const days = [...document.querySelectorAll('fieldset.days input')].map((input) => input.getAttribute('aria-label'));
    expect(days, 'a German week starts on Monday').toEqual(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
    expect(screen.getByRole('button', { name: 'Erinnerungen speichern' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Sprache' })).toBeInTheDocument();
    expect(screen.getByLabelText('Deutsch')).toBeChecked();
    const kept = await screen.findByTestId('retention');
    expect(kept).toHaveTextContent('1 Tag lang wiederhergestellt');
    expect(kept).toHaveTextContent('die letzten 5 Tage');
    expect(await screen.findByText('Verschlüsselung der gespeicherten Daten')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Infobereich und Start bei der Anmeldung' })).toBeInTheDocument();
    expect(screen.queryByText('Save reminders')).toBeNull();
  });
});

const due = {
  kind: 'check_in',
  occurrence: '2026-11-27T20:00:00Z',
  late: false,
  snoozed: false,
  title: 'Time for your check-in',
  body: 'Stress, sleep and morning stiffness: a few seconds in Backstory.',
  screen: { view: 'today', intent: 'check_in' },
};

describe('Reminders in the window', () => {
  it('shows a reminder the shell sends, in a live region, and opens its screen', async () => {
    calls = demoBackend({}, { shouldMockEvents: true });
    render(ReminderToast);
    await followReminders();
    const region = document.querySelector('[aria-live="polite"]');
    expect(region, 'the live region is there before any reminder').not.toBeNull();
    await emit('reminder', due);
    expect(await screen.findByText('Time for your check-in')).toBeInTheDocument();
    expect(region?.textContent).toContain('Time for your check-in');
    await fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(nav.view).toBe('today');
    expect(nav.intent).toBe('check_in');
    expect(screen.queryByText('Time for your check-in')).toBeNull();
  });

  it('snoozes a reminder', async () => {
    calls = demoBackend({}, { shouldMockEvents: true });
    render(ReminderToast);
    await followReminders();
    await emit('reminder', due);
    await fireEvent.click(await screen.findByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(calls.find((c) => c.cmd === 'snooze_reminder')?.args).toEqual({ kind: 'check_in' }));
    expect(await screen.findByText(/Snoozed until/)).toBeInTheDocument();
  });

  it('a clicked notification opens the screen', async () => {
    calls = demoBackend({}, { shouldMockEvents: true });
    render(ReminderToast);
    await followReminders();
    await emit('reminder-open', { kind: 'morning_after', view: 'today', intent: 'pain' });
    expect(nav.view).toBe('today');
    expect(nav.intent).toBe('pain');
  });

  it('on focus, opens the screen of a reminder shown while the window was in the background', async () => {
    calls = demoBackend({ take_pending_reminder: () => ({ ...due, kind: 'programme', screen: { view: 'guide', intent: null } }) });
    await openPending();
    expect(nav.view).toBe('guide');
  });
});
