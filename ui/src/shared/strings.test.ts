import { describe, expect, it } from 'vitest';
import { fill } from './strings';
import { t } from './i18n';

// Each message has one home now: a Fluent id, defined once (i18n.test.ts checks that).
describe('strings', () => {
  it('fill puts values into placeholders', () => {
    expect(fill('Step {step} of {total}', { step: 1, total: 6 })).toBe('Step 1 of 6');
    expect(t('screen-settings')).toBe('Settings');
  });
});
