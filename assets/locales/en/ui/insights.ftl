# Insights: pain over time, the body map, the pain calendar, pain after activities, what was
# different before a flare, the core programme, and the weekly summary (also on Today).
# The sentences of findings, flares and the weekly summary come from the Rust side.

insights-intro = What your journal shows: patterns to talk over with your clinician, not a diagnosis. A difference counts only when each side has at least 3 cases, it is at least 2 points or 30 %, and the unanswered ones could not change it.
insights-loading = Adding up your journal…
insights-empty-title = Nothing to chart yet
insights-empty-text = Insights grow from what you log. Log your pain (and say which activity came before it), the daily check-in, and your stretching or core sessions. After a week or two the trend and calendar fill in; a comparison such as "with a warm-up or without" appears once each side has at least 3 cases.
insights-log-activity = Log an activity
# A number with one decimal and a sign, or a share in per cent.
insights-percent = { $value }%
insights-out-of-ten = { $value }/10
insights-times = { $count ->
        [one] 1 time
       *[other] { $count } times
    }

## Pain over time

insights-trend-title = Pain over time
insights-range-label = Time range
insights-range-90 = Last 3 months
insights-range-365 = Last 12 months
insights-range-all = Everything
insights-trend-empty = Nothing was logged in this period. Try a longer range.
insights-trend-desc = From { $from } to { $to }: { $days ->
        [one] 1 day
       *[other] { $days } days
    } logged, pain averaged { $mean } out of 10 (highest { $max }), and { $free ->
        [one] 1 day was
       *[other] { $free } days were
    } pain-free.
insights-trend-last-week = The last full week averaged { $mean }, { $change }.
insights-change-same = same as the week before
insights-change-lower = { $size } lower than the week before
insights-change-higher = { $size } higher than the week before
insights-change-matters = { $change } — a change that matters
insights-trend-hint = Line: average of the last 7 days. Dots: the highest rating each day. Markers below zero: intimacy (upper row) and stretching or core sessions (lower row). Drag across the chart to zoom; double-click to reset.
insights-months = Numbers by month
insights-months-caption = Pain by month
insights-col-month = Month
insights-col-days-logged = Days logged
insights-col-pain-free = Pain-free days
insights-col-mean-pain = Mean pain
insights-col-highest = Highest
insights-col-change = Change
insights-month-change-matters = { $delta } (matters)

## The trend chart (uPlot): axes and legend

insights-chart-date = Date
insights-chart-pain = Pain (0-10)
insights-chart-average = 7-day average
insights-chart-highest = Highest that day
insights-chart-intimacy = Intimacy
insights-chart-session = Stretching or core session
insights-chart-yes = yes
insights-chart-failed = The chart could not be drawn here; the same numbers are in the table below.

## The body map

insights-bodymap-title = Where it hurt
insights-bodymap-hint = How often each region hurt in this period: the share of pain entries that marked it, written in the region; darker means more often. The table gives the same with the mean and worst score there.
insights-bodymap-map-for = Map for
insights-bodymap-all = All pain entries ({ $count })
insights-bodymap-after = After { $activity } ({ $count })
insights-bodymap-none = No regions marked in this period.
insights-bodymap-most-often = Most often: { $regions }.
insights-bodymap-region-share = { $region } ({ $share }% of entries)
insights-bodymap-label = Body map. { $summary }
insights-bodymap-based-on = { $summary } Based on { $count ->
        [one] 1 pain entry
       *[other] { $count } pain entries
    }.
insights-bodymap-col-region = Region
insights-bodymap-col-how-often = How often
insights-bodymap-col-mean = Mean
insights-bodymap-col-worst = Worst
insights-bodymap-how-often = { $entries } of { $total } ({ $share }%)
insights-bodymap-no-score = no score

## The pain calendar

insights-calendar-title = Pain calendar, last 12 months
insights-calendar-desc = Each square is a day, coloured by its highest pain: { $logged ->
        [one] 1 day
       *[other] { $logged } days
    } logged, { $free } pain-free, { $pain } with pain. Hover a square for the day's numbers; the monthly numbers are in the table above (choose "Last 12 months").
insights-calendar-nothing = { $day }: nothing logged
insights-calendar-pain-free = { $day }: pain-free
insights-calendar-day = { $day }: highest { $max }, mean { $mean } ({ $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    })
insights-calendar-not-logged = Not logged
insights-calendar-legend-pain-free = Pain-free
insights-calendar-legend-low = Highest 1-3
insights-calendar-legend-mid = 4-6
insights-calendar-legend-high = 7-10

## Pain after activities

insights-after-title = Pain after activities
insights-after-which = Which activities
insights-after-intimacy = Intimacy
insights-after-all = All activities
insights-after-none = { $scope ->
        [intimacy] No intimacy logged yet.
       *[other] No activity logged yet.
    } After each one, answer “how was your back afterwards?” on Today (“no pain” counts too); comparisons appear from 3 known outcomes on each side.
insights-after-activity = { $scope ->
        [intimacy] Intimacy
       *[other] Any activity
    }
insights-after-unknown-only = { $activity }, { $times }: none with a known outcome yet. Answer “how was your back afterwards?” on Today or in the timeline (“no pain” counts too).
insights-after-counts = { $activity }, { $times }: { $known } (how the back was afterwards, “no pain” included) and { $unknown } (no answer). Among the known ones, pain after averaged { $mean }. Unknown outcomes are never counted as no pain; a difference they could erase or reverse is held back.
insights-after-known = { $count } with a known outcome
insights-after-unknown = { $count } unknown
insights-stands-out = What stands out
insights-no-finding = No clear difference yet. Keep answering “how was your back afterwards?”, good evenings too.
insights-less-pain = Less pain
insights-more-pain = More pain
insights-held-back = Held back: not enough known outcomes
insights-unknowns-could-change = Unknowns could change this
insights-many-comparisons = Many comparisons are made here, so a difference can appear by chance: treat each one as an idea to try and watch, not as proof.
insights-more-factors = More factors (role, duration, sessions that day, stress, sleep)
insights-other-comparisons = Other comparisons ({ $count }): no clear difference, or not enough known outcomes yet

## One factor's bars

insights-bars-measure = { $measure ->
        [relief] Mean relief
       *[pain] Mean pain after
    }
insights-bars-axis = { $measure ->
        [relief] Mean relief (0-10)
       *[pain] Mean pain after (0-10)
    }
insights-bars-tooltip = { $group }: mean { $mean } over { $times } known{ $unknown }; ratings { $spread }
insights-bars-value = { $mean } · { $known } known{ $unknown }
insights-bars-unknown = , { $count } unknown
insights-bars-too-few = { $value } (too few)
insights-bars-spread = 0-3: { $low }, 4-6: { $mid }, 7-10: { $high }
insights-bars-faded = Faded bars rest on fewer than { $min } known outcomes: too few to compare.
insights-bars-caption = { $title }: { $measure ->
        [relief] mean relief
       *[pain] mean pain after
    } each group, and how many times it rests on
insights-bars-col-group = Group
insights-bars-col-known = Known
insights-bars-col-unknown = Unknown
insights-bars-col-spread = How many at 0-3, 4-6, 7-10

## Before a flare

insights-flares-title = What was different before a flare
insights-flares-loading = Looking at your flares…
insights-flares-clear = Clear differences
insights-flares-numbers = The numbers
insights-flares-numbers-caption = The numbers behind: { $description }
insights-flares-row-flares = Flares compared
insights-flares-row-exposed = … with this the day before
insights-flares-row-controls = Ordinary days compared
insights-flares-row-only-flare = Pairs that differ: only before the flare
insights-flares-row-only-control = Pairs that differ: only before the ordinary day
insights-flares-row-ratio = Odds ratio (matched, Mantel-Haenszel)
insights-flares-no-pair-other = cannot be worked out yet: no pair went the other way
insights-flares-no-pair-this = cannot be worked out yet: no pair went this way
insights-flares-ratio = { $ratio } (95 % interval { $low } to { $high })
insights-flares-none-clear = No clear difference yet between the days before your flares and ordinary days.
insights-flares-unclear = No clear difference ({ $count })
insights-flares-unclear-numbers = Odds ratio { $ratio }; pairs that differ: { $flare } before the flare only, { $control } before the ordinary day only.
insights-flares-waiting = Not enough to say yet ({ $count })
insights-flares-how = How this works: a flare is a day whose worst pain is at least 2 points and 30 % above your usual level. What you logged the day before each flare is set against the days before ordinary days 1, 2 and 7 days earlier, so only what you did differs, not who you are. Days with nothing logged are left out, not counted as "no". This is what happened in your journal, not proof of a cause: something else may come with both.

## The core programme

insights-programme-title = Core programme and pain
insights-programme-desc = Current streak: { $current ->
        [one] 1 day
       *[other] { $current } days
    } with a stretching or core session; longest: { $longest }. Last 7 days: { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } on { $days ->
        [one] 1 day
       *[other] { $days } days
    }.
insights-weeks = Numbers by week
insights-weeks-caption = Sessions and pain by week
insights-col-week-of = Week of
insights-col-stretching = Stretching
insights-col-core = Core
insights-col-session-days = Days with a session
insights-programme-bars = Bars: days with a session (0-7)
insights-programme-line = Line: mean pain (0-10)

## The weekly summary

insights-weekly-title = Your last 7 days
insights-weekly-loading = Adding up your week…
insights-weekly-empty = Your weekly summary appears here once you start logging: a pain score, the activity before it, and your stretching or core sessions are enough.
insights-weekly-link = See charts and what helps
