import { describe, expect, it } from 'vitest';
import type { RoutinePlan } from '../../bindings/RoutinePlan';
import type { Segment } from '../../bindings/Segment';
import { back, exercisesSoFar, progress, remainingSeconds, skip, skipExercise, start, tick, togglePause } from './player';

function seg(kind: Segment['kind'], seconds: number, rep = 0, reps = 1): Segment {
  return { kind, seconds, rep, reps, side: null, cue: `${kind} ${rep}` };
}

function step(id: string, segments: Segment[]) {
  return {
    exercise_id: id,
    name: id,
    side: null,
    set: 1,
    sets: 1,
    label: '',
    dose: { hold_s: 5, tempo_s: null, minutes: null, reps: 2, sets: 1, sides: 'none' as const, relax_s: 2, rest_s: 0 },
    dose_text: '',
    segments,
    seconds: segments.reduce((s, x) => s + x.seconds, 0),
  };
}

// a: ready 8, hold 5, relax 2, hold 5 (20 s) · b (left): ready 8, move 4 (12 s) · b (right): ready 5, move 4 (9 s)
const plan: RoutinePlan = {
  routine_id: 'r',
  name: 'Test routine',
  kind: 'stretching',
  steps: [
    step('a', [seg('ready', 8), seg('hold', 5, 1, 2), seg('relax', 2, 1, 2), seg('hold', 5, 2, 2)]),
    step('b', [seg('ready', 8), seg('move', 4)]),
    step('b', [seg('ready', 5), seg('move', 4)]),
  ],
  changes: [],
  total_seconds: 41,
  unsuitable: null,
  pause: null,
};

describe('player clock', () => {
  it('crosses segments and steps, cueing each new segment', () => {
    const { state, cues } = tick(plan, start(), 9_000, 1);
    expect(state.segment).toBe(1);
    expect(cues.map((c) => c.segment.kind)).toEqual(['hold']);
    expect(remainingSeconds(plan, state, 1)).toBe(4);
    const later = tick(plan, state, 12_000, 1);
    expect(later.state.step).toBe(1);
    expect(later.state.done).toEqual(['a']);
    expect(later.cues.map((c) => c.stepChanged)).toEqual([false, false, true]);
  });

  it('finishes after the last segment with every exercise done', () => {
    const { state } = tick(plan, start(), 60_000, 1);
    expect(state.finished).toBe(true);
    expect(state.done).toEqual(['a', 'b']);
    expect(progress(plan, state, 1)).toBe(1);
  });

  it('runs fifty times faster with shortened timers', () => {
    const { state } = tick(plan, start(), 41 * 1000 * 0.02 + 50, 0.02);
    expect(state.finished).toBe(true);
  });

  it('does not move while paused', () => {
    const paused = togglePause(start());
    expect(tick(plan, paused, 10_000, 1).state).toBe(paused);
  });

  it('skips a step without counting it, and goes back', () => {
    const skipped = skip(plan, start());
    expect(skipped.step).toBe(1);
    expect(skipped.done).toEqual([]);
    expect(back(skipped).step).toBe(0);
    const midway = { ...skipped, elapsedMs: 5_000 };
    expect(back(midway).step).toBe(1);
    expect(back(midway).elapsedMs).toBe(0);
  });

  it('skips every remaining side of an exercise after "this hurt"', () => {
    const onB = { ...start(), step: 1 };
    expect(skipExercise(plan, onB).finished).toBe(true);
    expect(skipExercise(plan, start()).step).toBe(1);
  });

  it('logs the exercise in progress when stopping, but not one still getting ready', () => {
    expect(exercisesSoFar(plan, start())).toEqual([]);
    expect(exercisesSoFar(plan, { ...start(), segment: 1, elapsedMs: 1_000 })).toEqual(['a']);
  });
});
