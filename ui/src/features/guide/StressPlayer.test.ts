import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StressTool } from '../../bindings/StressTool';
import { setLocale } from '../../shared/i18n';
import { guide, resetGuide } from './guideData.svelte';
import StressPlayer from './StressPlayer.svelte';

const breathing: StressTool = {
  id: 'slow_breathing',
  name: 'Slow breathing',
  kind: 'breathing',
  summary: 'Breathe out longer than in.',
  steps: ['Sit comfortably.'],
  phases: [
    { kind: 'in', label: 'In', seconds: 4 },
    { kind: 'out', label: 'Out', seconds: 6 },
  ],
  prompts: [],
  default_minutes: 5,
  sources: ['nhs'],
};

let commands: string[];

function backend(duration: number | null) {
  commands = [];
  mockIPC((cmd) => {
    commands.push(cmd);
    if (cmd === 'record_stress_relief') return { id: 'a1', duration_min: duration, kind: 'stress_relief' };
    return null;
  });
}

beforeEach(() => {
  resetGuide();
  guide.fast = false;
});
afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('StressPlayer', () => {
  it('paces the breath with the phase and its seconds, and logs the session when finished', async () => {
    backend(5);
    render(StressPlayer, { tool: breathing, onexit: () => {} });
    expect(screen.getByTestId('stress-cue')).toHaveTextContent('Press start when ready');
    await fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByTestId('stress-cue')).toHaveTextContent('In · 4');
    expect(screen.getByText('5:00 left')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Finish and save' }));
    expect(await screen.findByRole('heading', { name: 'Saved: Slow breathing, 5 min' })).toBeInTheDocument();
    expect(commands).toContain('record_stress_relief');
  });

  it('speaks German, and says so when the duration is unknown instead of writing 0', async () => {
    setLocale('de');
    backend(null);
    render(StressPlayer, { tool: breathing, onexit: () => {} });
    expect(screen.getByTestId('stress-cue')).toHaveTextContent('Drücken Sie auf Starten, wenn Sie bereit sind');
    expect(screen.getByLabelText('Bei jedem Wechsel leise piepen')).not.toBeChecked();
    await fireEvent.click(screen.getByRole('button', { name: 'Starten' }));
    expect(screen.getByText('noch 5:00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anhalten' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Beenden und speichern' }));
    expect(await screen.findByRole('heading', { name: 'Gespeichert: Slow breathing, Dauer nicht erfasst' })).toBeInTheDocument();
    expect(screen.getByText('Als Stressabbau in Ihrem Tagebuch eingetragen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zurück zu den Übungen' })).toBeInTheDocument();
  });
});
