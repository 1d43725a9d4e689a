// Markup typed into any text field comes back from the journal as text and must be shown
// as text: no element, attribute or script is ever made from it. The mocked backend puts
// each payload into every string a user writes (entry notes, the display name, a partner's
// name) and every sidebar screen is opened; then the whole document is searched for
// anything the payload could have created.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { resetGuide, resetPositions } from './features/guide/guideData.svelte';
import { go } from './shared/nav.svelte';
import { resetReminders } from './features/settings/reminders.svelte';
import { demoBackend } from './test-fixtures/demoBackend';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
window.HTMLElement.prototype.scrollIntoView ??= function () {};

const PAYLOADS: Record<string, string> = {
  script: '<script data-pwned>window.__pwned = 1</script>',
  img_onerror: '<img data-pwned src=x onerror="window.__pwned=1">',
  svg_onload: '<svg data-pwned onload="window.__pwned=1"><circle data-pwned r="4"/></svg>',
  javascript_url: '<a data-pwned href="javascript:window.__pwned=1">click</a>',
  iframe: '<iframe data-pwned src="https://example.org"></iframe>',
  style: '<style data-pwned>body{display:none}</style>',
  rtl_override: 'pain \u202Eevil\u202C after',
  long_line: `${'long '.repeat(20_000)}end`,
};

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = new Date().toISOString().slice(0, 19) + '+00:00';

function backendWith(payload: string) {
  const pain = {
    id: uuid(3), at, nrs: 4, regions: [{ region: 'lower_back_centre', score: 4, qualities: [] }], qualities: ['aching'], onset: 'next_morning',
    interference_daily: null, interference_intimacy: null,
    leg: { numbness: false, tingling: false, weakness: false, side: null },
    emergency: { saddle_numbness: false, bladder_bowel_change: false, sexual_function_change: false, fever: false },
    activity_id: null, notes: payload, created_at: at, updated_at: at,
  };
  const activity = {
    id: uuid(1), at, kind: 'walking_sport', duration_min: 20, intimacy: null, exercises: [], routine_id: null,
    notes: payload, created_at: at, updated_at: at,
  };
  const checkIn = {
    id: uuid(4), date: at.slice(0, 10), stress: 4, sleep_hours: 7, sleep_quality: 6, stiffness: 5, notes: payload,
    created_at: at, updated_at: at,
  };
  const partner = {
    id: uuid(9), name: payload, exported_at: at, imported_at: at, pain: 1, activities: 1, check_ins: 0, alerts: 0,
  };
  return demoBackend({
    timeline: () => ({
      items: [
        { kind: 'pain', entry: pain },
        { kind: 'activity', entry: activity },
        { kind: 'check_in', entry: checkIn },
      ],
      has_more: false,
    }),
    check_in_on: () => checkIn,
    suggest_link: () => ({ suggested: activity, recent: [activity] }),
    get_profile: () => ({
      conditions: [], movement_profile: 'unknown', age_band: null,
      history: {
        cancer_history: false, immunosuppressed: 'no', iv_drug_use: false, long_term_steroids: 'no',
        recent_infection: 'no', unexplained_weight_loss: 'no', major_trauma: 'no', minor_trauma: 'no', episode_started: null,
      },
      display_name: payload,
    }),
    sharing_partners: () => [partner],
    sharing_partner_timeline: () => ({ items: [{ kind: 'pain', entry: pain }], has_more: false }),
  });
}

async function settle() {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
  }
}

/** Everything in the document a payload could have created. */
function injected(): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style'].includes(tag)) found.push(`<${tag}>`);
    if (el.hasAttribute('data-pwned')) found.push(`<${tag} data-pwned>`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}=javascript:]`);
    }
  }
  if ((window as unknown as { __pwned?: number }).__pwned !== undefined) found.push('window.__pwned was set');
  return found;
}

beforeEach(() => {
  resetGuide();
  resetPositions();
  resetReminders();
  go('today');
});
afterEach(() => clearMocks());

describe('markup in user text', () => {
  it('the check itself spots markup that became elements', () => {
    const div = document.createElement('div');
    div.innerHTML = PAYLOADS.img_onerror;
    document.body.appendChild(div);
    expect(injected(), 'an <img onerror> made from markup is reported').toEqual(['<img data-pwned>', 'img[onerror]']);
    div.remove();
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`shows ${name} literally on every screen and creates nothing from it`, async () => {
      backendWith(payload);
      render(App);
      const nav = await screen.findByRole('navigation', { name: 'Main' });
      const buttons = [...nav.querySelectorAll<HTMLButtonElement>('li button')];
      const shownOn: string[] = [];
      for (const button of buttons) {
        const screenName = button.textContent?.trim() ?? '?';
        await fireEvent.click(button);
        await settle();
        expect(injected(), `${screenName}: nothing created from the ${name} payload`).toEqual([]);
        const inputs = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'));
        if (document.body.textContent?.includes(payload) || inputs.some((i) => i.value === payload)) shownOn.push(screenName);
      }
      for (const expected of ['Today', 'Timeline', 'Sharing']) {
        expect(shownOn, `the ${name} payload is shown as typed on ${expected}`).toContain(expected);
      }
    }, 60_000);
  }
});
