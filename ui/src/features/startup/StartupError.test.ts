import { render, screen } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import StartupError from './StartupError.svelte';
import { setLocale } from '../../shared/i18n';
import type { AppStatus } from '../../api';

const status = (reason: string): AppStatus => ({
  ok: false,
  journal_path: '/home/someone/.local/share/backstory/journal.db',
  welcomed: true,
  demo: false,
  error: { kind: 'open_failed', reason, message: 'The journal was written by a newer Backstory.' },
} as unknown as AppStatus);

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('StartupError', () => {
  it.each(['too_new', 'corrupt', 'locked', 'not_a_database', 'read_only'])('gives advice for %s in both languages', (reason) => {
    mockIPC(() => []);
    for (const lang of ['en', 'de']) {
      setLocale(lang);
      const { unmount } = render(StartupError, { status: status(reason) });
      expect(screen.getByText(lang === 'en' ? 'What you can do:' : 'Was Sie tun können:')).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/\[startup-/);
      unmount();
    }
  });

  it('speaks German around the reason the shell gives', () => {
    mockIPC(() => []);
    setLocale('de');
    render(StartupError, { status: status('locked') });
    expect(screen.getByRole('heading', { name: 'Ihr Tagebuch konnte nicht geöffnet werden' })).toBeInTheDocument();
    expect(screen.getByText('Backstory hat diese Datei nicht verändert, überschrieben oder gelöscht.')).toBeInTheDocument();
    expect(screen.getByText(/Schließen Sie andere Backstory-Fenster/)).toBeInTheDocument();
    expect(screen.getByText('Tagebuchdatei')).toBeInTheDocument();
  });
});
