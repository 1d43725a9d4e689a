// The guided player's clock, as pure functions over a small state value: the component
// feeds it elapsed milliseconds and buttons, and shows what it returns. No timers in here,
// so tests can drive it step by step.
import type { RoutinePlan } from '../../bindings/RoutinePlan';
import type { Segment } from '../../bindings/Segment';
import { t } from '../../shared/i18n';

export interface PlayerState {
  step: number;
  segment: number;
  /** Milliseconds spent in the current segment. */
  elapsedMs: number;
  paused: boolean;
  finished: boolean;
  /** Exercises with at least one fully played step, in the order they were done. */
  done: string[];
}

/** What changed during a tick, for visible and audible cues. */
export interface Cue {
  segment: Segment;
  stepChanged: boolean;
}

/** Real seconds per plan second: 1 normally, much less when timers are shortened for tests. */
export const FAST_SPEED = 0.02;

/** A logged duration in minutes, or that it is unknown (never shown as 0). */
export function durationText(minutes: number | null): string {
  return minutes === null ? t('guide-duration-unknown') : t('guide-minutes', { minutes });
}

export function start(): PlayerState {
  return { step: 0, segment: 0, elapsedMs: 0, paused: false, finished: false, done: [] };
}

export function segmentMs(seg: Segment, speed: number): number {
  return Math.max(50, seg.seconds * 1000 * speed);
}

export function currentSegment(plan: RoutinePlan, s: PlayerState): Segment | null {
  return plan.steps[s.step]?.segments[s.segment] ?? null;
}

/** Seconds left in the current segment, rounded up, in plan seconds. */
export function remainingSeconds(plan: RoutinePlan, s: PlayerState, speed: number): number {
  const seg = currentSegment(plan, s);
  if (!seg) return 0;
  const leftMs = Math.max(0, segmentMs(seg, speed) - s.elapsedMs);
  return Math.ceil(leftMs / 1000 / speed - 1e-6);
}

/** Fraction of the whole plan played so far (0-1), for the progress bar. */
export function progress(plan: RoutinePlan, s: PlayerState, speed: number): number {
  if (s.finished) return 1;
  const total = plan.total_seconds || 1;
  let before = 0;
  plan.steps.forEach((step, i) => {
    if (i < s.step) before += step.seconds;
  });
  const step = plan.steps[s.step];
  if (step) {
    step.segments.forEach((seg, j) => {
      if (j < s.segment) before += seg.seconds;
    });
    const seg = step.segments[s.segment];
    if (seg) before += Math.min(seg.seconds, s.elapsedMs / 1000 / speed);
  }
  return Math.min(1, before / total);
}

function markDone(plan: RoutinePlan, s: PlayerState): string[] {
  const id = plan.steps[s.step]?.exercise_id;
  return id && !s.done.includes(id) ? [...s.done, id] : s.done;
}

/** Advances the clock by `dtMs`; crosses as many segment and step boundaries as needed. */
export function tick(plan: RoutinePlan, s: PlayerState, dtMs: number, speed: number): { state: PlayerState; cues: Cue[] } {
  if (s.paused || s.finished) return { state: s, cues: [] };
  let state = { ...s, elapsedMs: s.elapsedMs + dtMs };
  const cues: Cue[] = [];
  for (;;) {
    const seg = currentSegment(plan, state);
    if (!seg) return { state: { ...state, finished: true }, cues };
    const length = segmentMs(seg, speed);
    if (state.elapsedMs < length) break;
    const over = state.elapsedMs - length;
    const steps = plan.steps[state.step];
    if (state.segment + 1 < steps.segments.length) {
      state = { ...state, segment: state.segment + 1, elapsedMs: over };
      cues.push({ segment: steps.segments[state.segment], stepChanged: false });
    } else {
      const done = markDone(plan, state);
      if (state.step + 1 >= plan.steps.length) {
        return { state: { ...state, done, finished: true, elapsedMs: length }, cues };
      }
      state = { ...state, done, step: state.step + 1, segment: 0, elapsedMs: over };
      cues.push({ segment: plan.steps[state.step].segments[0], stepChanged: true });
    }
  }
  return { state, cues };
}

/** Jumps to the start of the next step (the current one does not count as done). */
export function skip(plan: RoutinePlan, s: PlayerState): PlayerState {
  if (s.step + 1 >= plan.steps.length) return { ...s, finished: true };
  return { ...s, step: s.step + 1, segment: 0, elapsedMs: 0 };
}

/** Jumps past every remaining step of the current exercise (after "this hurt"). */
export function skipExercise(plan: RoutinePlan, s: PlayerState): PlayerState {
  const id = plan.steps[s.step]?.exercise_id;
  let next = s.step + 1;
  while (next < plan.steps.length && plan.steps[next].exercise_id === id) next += 1;
  if (next >= plan.steps.length) return { ...s, finished: true };
  return { ...s, step: next, segment: 0, elapsedMs: 0 };
}

/** Restarts the current step, or goes to the previous one if this one has barely started. */
export function back(s: PlayerState): PlayerState {
  const barelyStarted = s.segment === 0 && s.elapsedMs < 1500;
  if (barelyStarted && s.step > 0) return { ...s, step: s.step - 1, segment: 0, elapsedMs: 0, finished: false };
  return { ...s, segment: 0, elapsedMs: 0, finished: false };
}

export function togglePause(s: PlayerState): PlayerState {
  return { ...s, paused: !s.paused };
}

/** Exercises to log when stopping now: fully played ones plus the current one if begun. */
export function exercisesSoFar(plan: RoutinePlan, s: PlayerState): string[] {
  const current = plan.steps[s.step];
  const begun = current && (s.segment > 0 || s.elapsedMs > 0) && current.segments[s.segment]?.kind !== 'ready';
  if (begun && !s.done.includes(current.exercise_id)) return [...s.done, current.exercise_id];
  return s.done;
}
