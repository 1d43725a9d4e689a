# The Experiments page: an n-of-1 experiment, one change tried in randomised periods with
# and without it (StudyMe's multi-crossover design; the PREEMPT n-of-1 trial).

experiments-intro = Try one change in turns: some weeks with it, some without, in an order drawn at random, so that good and bad weeks even out. Backstory then compares how your back was in each. This is your own test, not a diagnosis.
experiments-start-title = Start an experiment
experiments-change-label = The change to try
experiments-change-warm_up = A warm-up before intimacy
experiments-change-hip_pillow = A pillow under the hips
experiments-change-position = A position from the positions guide
experiments-change-hip_hinge = The hip-hinge cue
experiments-change-morning_stretch = A stretch routine the morning after
experiments-change-core_days = Core programme days
experiments-change-custom = Something else (write it)
experiments-text-position = Which position
experiments-text-custom = Describe the change
experiments-outcome-label = What to compare
experiments-outcome-next_morning = Pain the next morning
experiments-outcome-pain_after = Pain after the activity
experiments-period-label = Days per period
experiments-blocks-label = Blocks (each is one period with and one without)
experiments-rules = Rules stated up front: no verdict before 2 blocks are complete; “helps” or “hurts” only when the difference reaches the change that matters (2 points, or 30 %), its 95 % interval does not include zero, and the randomisation test gives p of 0.05 or less; otherwise the result says “not settled” or “no clear difference” and why. Days while an urgent or emergency alert is open are paused and not counted; a day nobody rated stays unknown, never 0.
experiments-start = Start today
experiments-today-title = Today’s plan: { $title }
experiments-followed-question = Did you follow today’s plan?
experiments-yes = Yes
experiments-no = No
experiments-followed-yes = Marked: followed.
experiments-followed-no = Marked: not followed.
experiments-paused = Paused: an urgent or emergency alert is open. Paused days are not counted.
experiments-abandon = Abandon this experiment
experiments-abandon-confirm = Abandon it? The result will say it was abandoned, with what was logged so far.
experiments-abandon-yes = Yes, abandon it
experiments-result-title = Result so far: { $title }
experiments-result-final-title = Result: { $title }
experiments-with = With the change
experiments-without = Without
experiments-arm = Arm
experiments-mean = Average
experiments-known = Days rated
experiments-unknown = Not rated
experiments-followed = Followed
experiments-followed-count = { $followed } / { $answered }
experiments-difference = Difference (with − without): { $d } points
experiments-interval = 95 % interval over blocks: { $lo } to { $hi }
experiments-p-value = Randomisation test: p = { $p } (share of the { $orders } possible schedules giving a difference at least this large)
experiments-adherence = You followed the plan on { $pct } % of the days you answered.
experiments-schedule-title = Schedule and what was logged
experiments-day = Date
experiments-outcome = Outcome
experiments-not-rated = unknown
experiments-not-said = —
experiments-paused-day = paused
experiments-seed = Schedule drawn from seed { $seed }; { $blocks } blocks of { $days }-day periods.
experiments-none = No experiment yet.

experiments-few-blocks = With { $blocks } blocks the randomisation test can never reach 0.05, so this experiment can show a difference but cannot settle it: choose at least { $needed } blocks for that.

## The Together view (Sharing): both partners' experiments on the same change, side by side.

experiments-together-title = Experiments you both ran
experiments-together-you = You
experiments-together-with-row = Pain with the change
experiments-together-without-row = Pain without
experiments-together-verdict-row = Verdict
experiments-together-arm = { $mean } ({ $n ->
    [one] 1 day rated
   *[other] { $n } days rated
  }, { $unknown } not rated)
experiments-together-no-ratings = no rated days
experiments-together-hint = Each of you is judged by the same rule: a difference of 2 points or 30 %, an interval that stays on one side of zero, and p of 0.05 or less. Each partner’s result is as their own journal computed it when they shared it.
experiments-verdict-lower_with = Less pain with it
experiments-verdict-higher_with = More pain with it
experiments-verdict-no_clear_difference = No clear difference
experiments-verdict-not_settled = Not settled yet
experiments-verdict-too_many_unknown = Not settled: the unrated days could change it
experiments-verdict-too_few_cases = No verdict yet
