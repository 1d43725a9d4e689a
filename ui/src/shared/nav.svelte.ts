// Which screen is showing. Views change it to move the user on (e.g. after saving).
export type ViewId = string;

export const nav = $state<{ view: ViewId; intent: string | null }>({ view: 'today', intent: null });

/** Shows a view; `intent` lets the target open a specific form (e.g. "pain"). */
export function go(view: ViewId, intent: string | null = null) {
  nav.view = view;
  nav.intent = intent;
}
