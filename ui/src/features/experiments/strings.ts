// Words of the Experiments page: an n-of-1 experiment, one change tried in randomised
// periods with and without it (StudyMe's multi-crossover design; the PREEMPT n-of-1 trial).

const en = {
  intro:
    'Try one change in turns: some weeks with it, some without, in an order drawn at random, so that good and bad weeks even out. Backstory then compares how your back was in each. This is your own test, not a diagnosis.',
  startTitle: 'Start an experiment',
  changeLabel: 'The change to try',
  changes: {
    warm_up: 'A warm-up before intimacy',
    hip_pillow: 'A pillow under the hips',
    position: 'A position from the positions guide',
    hip_hinge: 'The hip-hinge cue',
    morning_stretch: 'A stretch routine the morning after',
    core_days: 'Core programme days',
    custom: 'Something else (write it)',
  },
  textLabel: { position: 'Which position', custom: 'Describe the change' },
  outcomeLabel: 'What to compare',
  outcomes: { next_morning: 'Pain the next morning', pain_after: 'Pain after the activity' },
  periodLabel: 'Days per period',
  blocksLabel: 'Blocks (each is one period with and one without)',
  rules:
    'Rules stated up front: no verdict before 2 blocks are complete; "helps" or "hurts" only when the difference reaches the change that matters (2 points, or 30 %), its 95 % interval does not include zero, and the randomisation test gives p of 0.05 or less; otherwise the result says "not settled" or "no clear difference" and why. Days while an urgent or emergency alert is open are paused and not counted; a day nobody rated stays unknown, never 0.',
  fewBlocks:
    'With {blocks} blocks the randomisation test can never reach 0.05, so this experiment can show a difference but cannot settle it: choose at least {needed} blocks for that.',
  start: 'Start today',
  todayTitle: 'Today’s plan',
  followedQuestion: 'Did you follow today’s plan?',
  yes: 'Yes',
  no: 'No',
  followedYes: 'Marked: followed.',
  followedNo: 'Marked: not followed.',
  paused: 'Paused: an urgent or emergency alert is open. Paused days are not counted.',
  abandon: 'Abandon this experiment',
  abandonConfirm: 'Abandon it? The result will say it was abandoned, with what was logged so far.',
  abandonYes: 'Yes, abandon it',
  resultTitle: 'Result so far',
  resultFinalTitle: 'Result',
  with: 'With the change',
  without: 'Without',
  arm: 'Arm',
  mean: 'Average',
  known: 'Days rated',
  unknown: 'Not rated',
  followed: 'Followed',
  difference: 'Difference (with − without): {d} points',
  interval: '95 % interval over blocks: {lo} to {hi}',
  pValue: 'Randomisation test: p = {p} (share of the {orders} possible schedules giving a difference at least this large)',
  adherence: 'You followed the plan on {pct} % of the days you answered.',
  scheduleTitle: 'Schedule and what was logged',
  day: 'Date',
  outcome: 'Outcome',
  notRated: 'unknown',
  notSaid: '—',
  pausedDay: 'paused',
  seed: 'Schedule drawn from seed {seed}; {blocks} blocks of {days}-day periods.',
  none: 'No experiment yet.',
};

export type ExperimentStrings = typeof en;
export const experimentStrings: ExperimentStrings = en;
