// The names of journal values on a German page. The tables are made when labels.ts loads,
// after main.ts has set the page's language, so this file sets German before it loads the
// tables and the screen (a file of its own: every test file has its own modules).
import { render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterAll, describe, expect, it } from 'vitest';
import { setLocale } from './i18n';

setLocale('de');
afterAll(() => {
  setLocale('en');
  clearMocks();
});

describe('labels in German', () => {
  it('are the German words of labels.ftl', async () => {
    const labels = await import('./labels');
    expect(labels.regionLabels.hip_left).toBe('Linke Hüfte');
    expect(labels.qualityLabels.burning).toBe('Brennend');
    expect(labels.tierLabels.emergency).toBe('Notfall');
    expect(Object.keys(labels.regionLabels)[0]).toBe('lower_back_centre');
  });

  it('appear on the pain form', async () => {
    mockIPC((cmd) => (cmd === 'suggest_link' ? { suggested: null, recent: [] } : null));
    const { default: PainForm } = await import('../features/journal/PainForm.svelte');
    render(PainForm, {});
    await waitFor(() => expect(screen.getByLabelText('Unterer Rücken, Mitte')).toBeInTheDocument());
    expect(screen.getByLabelText('Linke Hüfte')).toBeInTheDocument();
    expect(screen.queryByLabelText('Left hip')).toBeNull();
  });
});
