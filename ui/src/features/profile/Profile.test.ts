import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBackend, type Call } from '../../test-fixtures/demoBackend';
import Profile from './Profile.svelte';
import { setLocale } from '../../shared/i18n';

const profileWith = (history: Record<string, unknown>) => ({
  conditions: [],
  movement_profile: 'unknown',
  age_band: null,
  history: {
    cancer_history: false, immunosuppressed: 'no', iv_drug_use: false, long_term_steroids: 'no',
    recent_infection: 'no', unexplained_weight_loss: 'no', major_trauma: 'no', minor_trauma: 'no', episode_started: null,
    ...history,
  },
  display_name: '',
});

let calls: Call[];
afterEach(() => {
  clearMocks();
  setLocale('en');
});
const saved = () => (calls.filter((c) => c.cmd === 'save_profile').at(-1)?.args as { profile: { history: Record<string, unknown> } } | undefined)?.profile.history;

describe('Profile health history', () => {
  it('asks when an injury happened and saves the date', async () => {
    calls = demoBackend({ get_profile: () => profileWith({}), save_profile: (a) => a.profile });
    render(Profile);
    await fireEvent.click(await screen.findByLabelText(/A serious injury: a fall from a height, a road accident/));
    await fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText(/need a date/)).toBeInTheDocument();
    expect(calls.some((c) => c.cmd === 'save_profile')).toBe(false);
    await fireEvent.change(screen.getByLabelText(/It happened on: A serious injury/), { target: { value: '2026-11-20' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(saved()).toMatchObject({ major_trauma: { on: '2026-11-20' }, minor_trauma: 'no' }));
  });

  it('offers "still taking them" for steroids and a stop date instead', async () => {
    calls = demoBackend({ get_profile: () => profileWith({}), save_profile: (a) => a.profile });
    render(Profile);
    await fireEvent.click(await screen.findByLabelText('I take steroid tablets long-term'));
    expect(screen.getByLabelText('Still taking them')).toBeChecked();
    await fireEvent.click(screen.getByLabelText('Stopped on'));
    await fireEvent.change(screen.getByLabelText(/Stopped on: I take steroid/), { target: { value: '2026-06-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(saved()).toMatchObject({ long_term_steroids: { on: '2026-06-01' } }));
  });

  it('asks for the date of an answer saved before dates were asked', async () => {
    calls = demoBackend({ get_profile: () => profileWith({ recent_infection: 'yes_date_unknown' }), save_profile: (a) => a.profile });
    render(Profile);
    expect(await screen.findByLabelText(/^I have had an infection recently/)).toBeChecked();
    expect(screen.getByText(/Give the date, or choose "I still have it"/)).toBeInTheDocument();
    await fireEvent.click(screen.getByLabelText('I still have it'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(saved()).toMatchObject({ recent_infection: 'ongoing' }));
  });

  it('asks every history question in German, each with its own date words', async () => {
    setLocale('de');
    const dated = { major_trauma: 'yes_date_unknown', minor_trauma: 'yes_date_unknown', recent_infection: 'yes_date_unknown',
      unexplained_weight_loss: 'yes_date_unknown', immunosuppressed: 'yes_date_unknown', long_term_steroids: 'yes_date_unknown' };
    calls = demoBackend({ get_profile: () => profileWith({ cancer_history: true, ...dated }) });
    render(Profile);
    expect(await screen.findByLabelText('Ich hatte Krebs')).toBeChecked();
    expect(screen.getByLabelText('Ich nehme dauerhaft Kortison-Tabletten (Steroide)')).toBeChecked();
    expect(screen.getByLabelText('Ich nehme sie noch')).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Wann: Ich habe ungewollt abgenommen' })).toBeInTheDocument();
    expect(screen.getAllByText(/^Geben Sie das Datum an/)).toHaveLength(6);
    expect(document.body.textContent, 'no message id is missing').not.toMatch(/\[profile-/);
    await fireEvent.click(screen.getByRole('button', { name: 'Profil speichern' }));
    expect(await screen.findByText(/brauchen ein Datum/)).toBeInTheDocument();
  });
});
