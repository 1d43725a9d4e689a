// The screens show the shared words for journal values (assets/locales/<lang>/labels.ftl,
// the values' order from src-tauri/core/src/labels.rs via bindings/labels.ts), not a copy
// of their own.
import { regionInfo } from './bodyMap';
import type { Region } from '../bindings/Region';
import { render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import * as generated from '../bindings/labels';
import PainForm from '../features/journal/PainForm.svelte';
import { t } from './i18n';
import * as labels from './labels';

afterEach(() => clearMocks());

describe('labels', () => {
  it('name every value of every generated table, in its order, from labels.ftl', () => {
    const tables = Object.entries(generated);
    expect(tables.length).toBe(14);
    for (const [name, table] of tables) {
      const words = labels[name as keyof typeof labels] as Record<string, string>;
      expect(words, `labels.ts exports ${name}`).toBeDefined();
      expect(Object.keys(words), `${name} lists the core's values in order`).toEqual([...table.keys]);
      for (const key of table.keys) {
        expect(words[key as keyof typeof words]).toBe(t(`${table.prefix}-${key}`));
        expect(words[key as keyof typeof words], `${name}.${key} has its message`).not.toMatch(/^\[/);
      }
    }
  });

  it('the pain form names every region with the shared label', async () => {
    mockIPC((cmd) => (cmd === 'suggest_link' ? { suggested: null, recent: [] } : null));
    render(PainForm, {});
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save pain entry' })).toBeInTheDocument());
    for (const [key, text] of Object.entries(labels.regionLabels)) {
      // The coarse regions of older journals are listed only on an entry that has them.
      if (regionInfo.get(key as Region)?.covers?.length) {
        expect(screen.queryByLabelText(text), `${key} is not offered for a new entry`).toBeNull();
        continue;
      }
      const box = screen.getByLabelText(text) as HTMLInputElement;
      expect(box, `region ${key} is shown as "${text}"`).toBeInTheDocument();
    }
    expect(labels.regionLabels.lower_back_centre).toBe('Lower back, centre');
  });
});
