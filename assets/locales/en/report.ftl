# The clinician report (PDF), written in the language in use. It reports what the patient
# logged and never offers a diagnosis. Numbers and dates arrive already formatted.

report-dash = –
report-title = Back pain summary, { $range }
report-footer = Backstory report, { $range }, generated { $date }
report-page-footer = { $footer }  •  page { $page } of { $total }
report-range = { $from } – { $to }
report-day-month = { $day } { $month }
report-month-year = { $month } { $year }

## Page 1
report-heading = Back pain summary for a clinician
report-period = Period: { $range } ({ $days } days)
report-generated = Generated { $date } from the patient's own Backstory journal (self-reported). Pain is on the 0-10 numeric rating scale. The app records and counts; it does not diagnose.
report-tile-mean = Mean pain
report-tile-mean-note = of { $entries } entries, 0-10
report-tile-worst = Worst pain
report-tile-worst-note = highest rating
report-tile-days = Days logged
report-tile-days-note = of { $days } days
report-tile-peg-latest = PEG, latest (0-10)
report-tile-peg-taken = taken { $date }
report-tile-peg = PEG (0-10)
report-tile-peg-none = no check in the period
report-tile-peg-left-out = left out with pain
report-tile-alerts = Red-flag alerts
report-tile-alerts-note = raised in the period
report-tile-alerts-left-out = left out by the patient
report-trend-heading = Pain trend, weekly mean (0-10)
report-trend-legend = mean of the week's pain entries (weeks from Monday)
report-trend-gaps = { $legend }; the line breaks at { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } without entries
report-trend-peg = weekly PEG score: mean of pain, and its interference with enjoyment of life and with general activity (Krebs 2009)
report-red-flags-heading = Red-flag history
report-alerts-left-out = The patient chose to leave alerts out of this report.
report-no-alerts = No red-flag alert was raised in this period.
report-more-alerts = and { $count } more in the full alert list on the following pages.
report-tried-heading = What was tried, and pain logged after it
report-col-activity = Activity
report-col-times = Times
report-col-linked = Linked entries
report-col-mean-after = Mean pain after
report-all-entries = All pain entries
report-tried-caveat = Fewer than 3 linked entries say little.
report-tried-unlinked-item = { $activity } ({ $times } times)
report-tried-unlinked = Also logged, with no pain entry linked after: { $names }. { $caveat }
report-questions = Questions I want to ask

## Pain after intimacy
report-intimacy-heading = Pain after intimacy
report-intimacy-summary = { $cases } times with pain logged after; mean pain after { $mean } (0-10). Case counts under 3 say little.
report-col-cases = Cases
report-factor-position = Position
report-factor-warm-up = Warm-up
report-factor-props = Props

## Red flags
report-flag-dates = { $tier }  •  first { $first }, last { $last }
report-flag-seen = , seen { $date }
report-flag-resolved = , resolved { $date }
report-flag-told = The app told the patient: { $advice }
report-flag-measured = What was measured: { $detail }
report-flag-unknown-rule = A rule this version of Backstory does not know; its advice is not shown.

## The following pages
report-months-heading = Details by month
report-col-month = Month
report-col-entries = Entries
report-col-days-logged = Days logged
report-col-mean = Mean pain
report-col-worst = Worst
report-col-days-severe = Days 7+
report-col-warning-signs = Warning signs
report-of = { $part } of { $whole }
report-notes-month = Notes, { $month }
report-notes-more = and { $count } older notes
report-relief-heading = What was tried for the pain
report-col-what = What
report-col-answered = Answered
report-col-mean-relief = Mean relief (0-10)
report-relief-note = Relief is the patient's own answer to "how much did it help?" (0 = not at all, 10 = completely); times without an answer are not counted in the mean.
report-numbers-heading = All numbers
report-adherence-heading = Exercise adherence
report-col-week-from = Week from
report-col-sessions = Sessions
report-col-days = Days
report-col-mean-daily-worst = Mean daily worst pain
report-alerts-heading = Full alert list
report-warning-signs-heading = Entries with warning signs (newest first)
report-no-warning-signs = No warning signs were logged in this period.
report-more = and { $count } more
report-warning-sign-line = { $when }  pain { $nrs }  –  { $signs }
report-both-legs = { $symptoms } in both legs

## All numbers (label, value)
report-line-entries = Pain entries
report-line-entries-value = { $entries } on { $days } of { $period } days
report-line-mean-worst = Pain 0-10: average / worst
report-line-daily-worst = Average of daily worst
report-line-severe-days = Days with pain 7 or more
report-line-pain-free = Days logged pain-free (0)
report-line-start-end = Daily worst pain, start vs end
report-start-end = { $first } in the first 2 weeks, { $last } in the last 2 ({ $change }{ $matters })
report-change-lower = { $delta } lower
report-change-higher = { $delta } higher
report-change-same = the same
report-change-matters = ; a change that matters: >= 2 points or >= 30%
report-change-small = ; under the 2-point / 30% change that matters
report-start-end-unknown = not enough entries at both ends of the range
report-line-interference = Interference 0-10: daily life / intimacy
report-line-legs = Leg symptoms: one leg / both legs
report-legs-value = { $one } / { $both } entries
report-line-warning-signs = Entries with warning signs
report-line-check-ins = Check-ins: stress / sleep h / morning stiffness
report-check-ins-value = { $count } check-ins; { $stress } / { $sleep } / { $stiffness }
report-adherence = { $sessions } stretching or core sessions on { $days } of { $period } days; { $good } of { $weeks } weeks had sessions on 3 or more days.
report-line-conditions = Known conditions
report-conditions-none = none recorded
report-line-movement = Movement that provokes pain
report-line-age = Age band
report-line-history = History items
report-line-episode = This episode started

## The experiment
report-experiment-heading = An experiment the patient ran
report-experiment-intimate = A change about intimacy (the details are left out: intimacy details not included)
report-experiment-own-words = A change in the patient's own words (left out with the notes)
report-experiment-finished = Finished
report-experiment-running = Running
report-experiment-paused = Paused while an urgent or emergency alert is open (paused days are not counted)
report-experiment-abandoned = Abandoned after { $days } days
report-arm-with = With the change
report-arm-without = Without
report-verdict-lower = Less pain with the change, by a difference that matters (2 points, or 30 %); its 95 % interval is below zero and p <= 0.05.
report-verdict-higher = More pain with the change, by a difference that matters (2 points, or 30 %); its 95 % interval is above zero and p <= 0.05.
report-verdict-too-few = No verdict yet: it needs 2 complete blocks and 3 rated days in each arm.
report-outcome-next-morning = worst pain the next morning (before noon)
report-outcome-pain-after = pain after the day's activity (0 included)
report-experiment-plan = Compared: { $outcome }. { $first } to { $last }: { $blocks } blocks of two { $period }-day periods, one with the change and one without, in a random order ({ $complete } complete). Status: { $status }.
report-col-arm = Arm
report-col-rated = Days rated
report-col-unrated = Not rated
report-col-followed = Followed
report-interval = {" "}(95 % interval over blocks { $low } to { $high })
report-p-value = ; randomisation test p = { $p }
report-difference = Difference (with − without): { $difference } points{ $interval }{ $p }.
report-verdict = Verdict: { $verdict }
report-experiment-method = Analysed by the arm the schedule assigned; a day nobody rated is unknown, never 0; days while an urgent or emergency alert was open are not counted. The patient knew which arm they were in.

## The body map
report-map-heading = Where it hurt: body map
report-map-none = No regions were marked on the pain entries of this period.
report-map-front = Front
report-map-back = Back
report-map-legend = Body map legend: the share of the period's { $entries } pain entries that marked each region, written in the region; darker means more often. Left and right are the patient's own.
report-map-under-25 = under 25% of entries
report-map-25-49 = 25-49%
report-map-50-plus = 50% or more
report-map-strength = , mean { $mean }/10, worst { $worst }/10
report-map-region = { $region }: { $entries } of { $total } entries ({ $percent }%){ $strength }
report-map-more = { $count } more regions in the app's Insights.
report-after-heading = Where it hurt after each activity
report-after-none = no regions marked
report-after-line = After { $activity } ({ $entries ->
        [one] 1 pain entry
       *[other] { $entries } pain entries
    }): { $regions }
