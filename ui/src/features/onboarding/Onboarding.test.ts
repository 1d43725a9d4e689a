import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPositions } from '../guide/guideData.svelte';
import { demoBackend, type Call } from '../../test-fixtures/demoBackend';
import Onboarding from './Onboarding.svelte';
import { setLocale } from '../../shared/i18n';

const emptyProfile = {
  conditions: [],
  movement_profile: 'unknown',
  age_band: null,
  history: {
    cancer_history: false, immunosuppressed: 'no', iv_drug_use: false, long_term_steroids: 'no',
    recent_infection: 'no', unexplained_weight_loss: 'no', major_trauma: 'no', minor_trauma: 'no', episode_started: null,
  },
  display_name: '',
};

let calls: Call[];
beforeEach(() => {
  resetPositions();
  calls = demoBackend({ get_profile: () => structuredClone(emptyProfile) });
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const lastSaved = (cmd: string) => calls.filter((c) => c.cmd === cmd).at(-1)?.args;

describe('Onboarding', () => {
  it('walks through every step, saving the profile and the reminders, then finishes', async () => {
    const onfinish = vi.fn();
    render(Onboarding, { onfinish, ondemo: () => {} });
    expect(await screen.findByRole('heading', { name: 'What Backstory does not do' })).toBeInTheDocument();
    expect(screen.getByText(/not a medical device/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Set up my journal' }));

    // Health history: the red-flag questions.
    const historyHeading = await screen.findByRole('heading', { name: 'A few health questions', level: 1 });
    await waitFor(() => expect(document.activeElement, 'focus moves to the new step heading').toBe(historyHeading));
    await fireEvent.click(screen.getByLabelText('I have had cancer'));
    await fireEvent.click(screen.getByLabelText('I take steroid tablets long-term'));
    await fireEvent.change(screen.getByLabelText('Your age'), { target: { value: 'from50_to64' } });
    await fireEvent.change(screen.getByLabelText('This episode of back pain started on'), { target: { value: '2026-11-01' } });
    await next();
    await screen.findByRole('heading', { name: 'Known back conditions', level: 1 });
    expect(lastSaved('save_profile')).toMatchObject({
      profile: { age_band: 'from50_to64', history: { cancer_history: true, long_term_steroids: 'ongoing', iv_drug_use: false, episode_started: '2026-11-01' } },
    });

    await fireEvent.click(screen.getByLabelText('Sciatica'));
    await next();

    // Movement: the guide's questionnaire suggests a profile, the user takes it.
    await screen.findByRole('heading', { name: 'Which movements bother your back?', level: 1 });
    await fireEvent.click(await screen.findByLabelText('Sitting for a long time'));
    await fireEvent.click(screen.getByRole('button', { name: 'Suggest a profile' }));
    await fireEvent.click(await screen.findByRole('button', { name: /Use the suggestion/ }));
    expect(calls.find((c) => c.cmd === 'suggest_movement_profile')?.args).toEqual({ answers: { sitting: true, bending: false, arching: false } });
    await next();
    await screen.findByRole('heading', { name: 'Reminders', level: 1 });
    expect(lastSaved('save_profile')).toMatchObject({ profile: { conditions: ['sciatica'], movement_profile: 'flexion' } });

    // Reminders: on by default here; opt in to the morning-after one, change the time.
    expect(screen.getByLabelText('Reminders on')).toBeChecked();
    await fireEvent.click(within(screen.getByRole('group', { name: /how is your back this morning/ })).getByLabelText('Remind me'));
    const times = document.querySelectorAll<HTMLInputElement>('input[type="time"]');
    await fireEvent.input(times[0], { target: { value: '21:15' } });
    await next();
    await screen.findByRole('heading', { name: 'Your data stays here', level: 1 });
    expect(lastSaved('save_reminder_settings')).toMatchObject({
      settings: { enabled: true, check_in: { on: true, time: '21:15' }, morning_after: { on: true } },
    });

    await next();
    await screen.findByRole('heading', { name: 'You are ready', level: 1 });
    await fireEvent.click(screen.getByRole('button', { name: 'Start my journal' }));
    expect(onfinish).toHaveBeenCalledWith();
  });

  it('keeps the user on the step and names the problem when a save is refused', async () => {
    calls = demoBackend({
      get_profile: () => structuredClone(emptyProfile),
      save_reminder_settings: () => {
        throw { kind: 'validation', message: '23:00 is inside your quiet hours (22:00 to 07:30)', field: 'check_in.time' };
      },
    });
    render(Onboarding, { onfinish: () => {}, ondemo: () => {} });
    await fireEvent.click(await screen.findByRole('button', { name: 'Set up my journal' }));
    for (const heading of ['A few health questions', 'Known back conditions', 'Which movements bother your back?']) {
      await screen.findByRole('heading', { name: heading, level: 1 });
      await next();
    }
    await screen.findByRole('heading', { name: 'Reminders', level: 1 });
    await next();
    expect(await screen.findByRole('alert')).toHaveTextContent('inside your quiet hours');
    expect(screen.getByRole('heading', { name: 'Reminders', level: 1 }), 'still on the reminders step').toBeInTheDocument();
    expect(document.querySelector('input[type="time"]')?.getAttribute('aria-invalid'), 'the check-in time is marked invalid').toBe('true');
  });

  it('can skip setup or open the demo from the first screen', async () => {
    const onfinish = vi.fn();
    const ondemo = vi.fn();
    render(Onboarding, { onfinish, ondemo });
    await fireEvent.click(await screen.findByRole('button', { name: 'Start my journal without setup' }));
    expect(onfinish).toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Look around with demo data first' }));
    expect(ondemo).toHaveBeenCalled();
    expect(calls.some((c) => c.cmd === 'save_profile'), 'skipping saves nothing').toBe(false);
  });

  it('offers encryption (the trust settings) during setup, optional', async () => {
    const onfinish = vi.fn();
    render(Onboarding, { onfinish, ondemo: () => {} });
    await fireEvent.click(await screen.findByRole('button', { name: 'Set up my journal' }));
    for (const heading of ['A few health questions', 'Known back conditions', 'Which movements bother your back?', 'Reminders']) {
      await screen.findByRole('heading', { name: heading, level: 1 });
      await next();
    }
    await screen.findByRole('heading', { name: 'Your data stays here', level: 1 });
    expect(screen.getByText(/lock the journal with a passphrase/)).toBeInTheDocument();
    expect(await screen.findByRole('form', { name: 'Turn encryption on' }), 'the encryption controls are offered').toBeInTheDocument();
    await next();
    await screen.findByRole('heading', { name: 'You are ready', level: 1 });
    expect(calls.some((c) => c.cmd === 'encryption_enable'), 'going on without it encrypts nothing').toBe(false);
  });

  it('welcomes and counts the steps in German', async () => {
    setLocale('de');
    render(Onboarding, { onfinish: () => {}, ondemo: () => {} });
    expect(await screen.findByRole('heading', { name: 'Was Backstory nicht tut' })).toBeInTheDocument();
    expect(screen.getByText(/kein Medizinprodukt/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Mein Tagebuch einrichten' }));
    expect(await screen.findByRole('heading', { name: 'Ein paar Gesundheitsfragen', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Schritt 1 von 6')).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'Einrichtungsschritte' }));
    expect(steps.getByText('Bewegungsprofil')).toBeInTheDocument();
    expect(steps.getByText('Erinnerungen')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await screen.findByRole('heading', { name: 'Bekannte Rückenerkrankungen', level: 1 })).toBeInTheDocument();
  });
});
