// The screens show the core's words for journal values (src-tauri/core/src/labels.rs,
// written to bindings/labels.ts by cargo test), not a copy of their own.
import { regionInfo } from './bodyMap';
import type { Region } from '../bindings/Region';
import { render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import * as generated from '../bindings/labels';
import PainForm from '../features/journal/PainForm.svelte';
import * as labels from './labels';

afterEach(() => clearMocks());

describe('labels', () => {
  it('are the generated tables themselves', () => {
    for (const [name, table] of Object.entries(generated)) {
      expect(labels[name as keyof typeof labels], `labels.ts re-exports ${name}`).toBe(table);
    }
  });

  it('the pain form names every region with the core label', async () => {
    mockIPC((cmd) => (cmd === 'suggest_link' ? { suggested: null, recent: [] } : null));
    render(PainForm, {});
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save pain entry' })).toBeInTheDocument());
    for (const [key, text] of Object.entries(generated.regionLabels)) {
      // The coarse regions of older journals are listed only on an entry that has them.
      if (regionInfo.get(key as Region)?.covers?.length) {
        expect(screen.queryByLabelText(text), `${key} is not offered for a new entry`).toBeNull();
        continue;
      }
      const box = screen.getByLabelText(text) as HTMLInputElement;
      expect(box, `region ${key} is shown as "${text}"`).toBeInTheDocument();
    }
    expect(generated.regionLabels.lower_back_centre).toBe('Lower back, centre');
  });
});
