# What the insights say: comparisons, the weekly summary, pain after activities, flares,
# the body map and the programme's weeks. Numbers with decimals arrive already written
# the language's way ("2.5"); whole numbers are Fluent numbers, so plurals select on them.

## A with/without comparison. $measure: pain_after (one case is one activity) or
## weekly_pain (one case is one week's average daily pain).

insights-comparison-counts = { $with } vs { $without } { $measure ->
        [weekly_pain] weeks
       *[pain_after] times
    }
insights-comparison-counts-unknown = { $with } vs { $without } { $measure ->
        [weekly_pain] weeks
       *[pain_after] times
    } known, { $with_unknown } vs { $without_unknown } unknown
insights-comparison-too-few = { $title }: not enough cases yet ({ $counts }; at least { $min } on each side are needed).
# $with_label and $without_label finish "averaged 2.1 …": "with a warm-up", "without".
insights-comparison-result = { $title }: { $measure ->
        [weekly_pain] daily pain
       *[pain_after] pain after
    } averaged { $with_mean } { $with_label } and { $without_mean } { $without_label } ({ $counts }) — { $verdict ->
        [no_difference] no clear difference
        [too_many_unknown] not enough known outcomes: the unknown ones could change this
       *[matters] a difference that matters
    }.

## The weekly summary on the Today screen.

insights-summary-nothing-logged = Nothing was logged in the last 7 days.
insights-summary-week = In the last 7 days you logged { $days ->
        [one] 1 day
       *[other] { $days } days
    }; pain averaged { $mean } out of 10 and was at most { $max }.
insights-summary-week-no-pain = In the last 7 days you logged { $days ->
        [one] 1 day
       *[other] { $days } days
    } and no pain above 0.
insights-summary-pain-free = { $days ->
        [0] None of those days was pain-free.
        [one] 1 of those days was pain-free.
       *[other] { $days } of those days were pain-free.
    }
insights-summary-change-matters = That is { $size } points { $direction ->
        [lower] lower
       *[higher] higher
    } than the 7 days before ({ $previous }), a change that matters.
insights-summary-change-same = That is about the same as the 7 days before ({ $previous }).
insights-summary-too-little-before = There is too little logged in the 7 days before to compare (at least { $min } days in each week are needed).
insights-summary-no-sessions = No stretching or core sessions were logged in the last 7 days.
insights-summary-sessions = You did { $sessions ->
        [one] 1 stretching or core session
       *[other] { $sessions } stretching or core sessions
    } on { $days ->
        [one] 1 day
       *[other] { $days } days
    }; your current streak is { $streak ->
        [one] 1 day
       *[other] { $streak } days
    }.
# $finding is a comparison's sentence, its title's first letter lowered in English.
insights-summary-finding = Across your journal — { $finding }
insights-summary-no-outcomes = No activity has a known outcome yet (how the back was afterwards), so there is nothing to compare.
insights-summary-no-pattern = No clear pattern in pain after activities yet ({ $cases ->
        [one] 1 case
       *[other] { $cases } cases
    } with a known outcome so far; a comparison needs at least { $min } on each side and a difference that matters).

## The programme's weeks compared (Progress).

insights-programme-weeks-title = Weeks with stretching or core sessions on { $days } or more days
insights-programme-weeks-with = in those weeks
insights-programme-weeks-without = in other weeks

## What helps: pain after activities, by factor. insights-factor-<id> is a factor's
## title; insights-group-<factor>-<key> names a group the insights make themselves.

insights-factor-kind = Activity
insights-factor-position = Position
insights-factor-role = Your role
insights-factor-props = Props
insights-factor-warm_up = Warm-up before intimacy
insights-factor-duration = Duration
insights-factor-stretching_that_day = Stretching session that day
insights-factor-core_that_day = Core session that day
insights-factor-stress = Stress that day
insights-factor-sleep = Sleep the night before
insights-factor-relief = What was done for the pain
insights-factor-relief_helped = How much it helped (0-10, higher is better)
insights-group-position-unknown = Position not recorded
insights-group-role-moving = You were the moving partner
insights-group-role-resting = You were the resting partner
insights-group-role-both = Both moved
insights-group-role-unknown = Role not recorded
insights-group-props-none = No props
insights-group-props-pillow_under_lower_back = Pillow under the lower back
insights-group-props-pillow_under_hips = Pillow under the hips
insights-group-props-pillow_between_knees = Pillow between the knees
insights-group-props-wedge = Wedge
insights-group-props-rolled_towel = Rolled towel
insights-group-props-bed_edge = Edge of the bed
insights-group-props-other = Other prop
insights-group-warm_up-yes = Warm-up
insights-group-warm_up-no = No warm-up
insights-group-duration-unknown = Duration not recorded
insights-group-duration-under_20 = Under 20 min
insights-group-duration-20_44 = 20-44 min
insights-group-duration-45_89 = 45-89 min
insights-group-duration-90_plus = 90 min or more
insights-group-stretching_that_day-yes = Stretching that day
insights-group-stretching_that_day-no = No stretching that day
insights-group-core_that_day-yes = Core session that day
insights-group-core_that_day-no = No core session that day
insights-group-stress-unknown = No check-in that day
insights-group-stress-low = Low stress (0-3)
insights-group-stress-moderate = Moderate stress (4-6)
insights-group-stress-high = High stress (7-10)
insights-group-sleep-unknown = Sleep not recorded
insights-group-sleep-under_6 = Under 6 h sleep
insights-group-sleep-6_8 = 6-8 h sleep
insights-group-sleep-8_plus = 8 h sleep or more

## The comparisons' titles and sides; a side finishes "pain after averaged 2.1 …".

insights-compare-group-title = { $factor }: { $group }
insights-compare-position-title = Position “{ $position }”
insights-compare-props-title = Props during intimacy
insights-compare-in-this-group = in this group
insights-compare-in-the-others = in the others
insights-compare-in-this-position = in this position
insights-compare-in-other-positions = in other positions
insights-compare-in-this-role = in this role
insights-compare-otherwise = otherwise
insights-compare-with-props = with props
insights-compare-with-warm-up = with a warm-up
insights-compare-with-one = with one
insights-compare-without = without
# $kind: the activity kind's key.
insights-compare-after-kind = { $kind ->
        [intimacy] after intimacy
        [stretching] after stretching
        [core_session] after core session
        [walking_sport] after walking / sport
        [sitting] after long sitting
        [lifting] after lifting
        [stress_relief] after stress relief
        [pain_relief] after something for the pain
       *[other] after other
    }
insights-compare-after-other-kinds = after other activities

## What was different before a flare. $exposure is what was done the day before
## (intimacy, intimacy_no_warm_up, intimacy_moving, intimacy_no_props, sitting_long,
## lifting, no_stretching, high_stress, short_sleep, position); each comes in three forms.

# A short description (the caption of its numbers).
insights-flare-exposure = { $exposure ->
        [intimacy] had sex
        [intimacy_no_warm_up] had sex without a warm-up
        [intimacy_moving] had sex doing most of the moving
        [intimacy_no_props] had sex without pillows or other props
        [sitting_long] sat for { $sitting_hours } hours or more
        [lifting] lifted something heavy
        [no_stretching] did not stretch
        [high_stress] rated your stress { $stress } or more
        [short_sleep] slept less than { $sleep_hours } hours
       *[position] had sex in the position { $position }
    }
# The clause after "Before 5 of the 5 flares compared,".
insights-flare-did = { $exposure ->
        [intimacy] you had sex
        [intimacy_no_warm_up] you had sex without a warm-up
        [intimacy_moving] you had sex doing most of the moving
        [intimacy_no_props] you had sex without pillows or other props
        [sitting_long] you sat for { $sitting_hours } hours or more
        [lifting] you lifted something heavy
        [no_stretching] you did not stretch
        [high_stress] you rated your stress { $stress } or more
        [short_sleep] you slept less than { $sleep_hours } hours
       *[position] you had sex in the position { $position }
    }
# The head of a sentence that asks the question.
insights-flare-whether = { $exposure ->
        [intimacy] Whether you had sex
        [intimacy_no_warm_up] Whether you had sex without a warm-up
        [intimacy_moving] Whether you had sex doing most of the moving
        [intimacy_no_props] Whether you had sex without pillows or other props
        [sitting_long] Whether you sat for { $sitting_hours } hours or more
        [lifting] Whether you lifted something heavy
        [no_stretching] Whether you did not stretch
        [high_stress] Whether you rated your stress { $stress } or more
        [short_sleep] Whether you slept less than { $sleep_hours } hours
       *[position] Whether you had sex in the position { $position }
    }
insights-flare-compared = Before { $exposed } of the { $flares ->
        [one] 1 flare
       *[other] { $flares } flares
    } compared, { $did }; before the matching ordinary days, { $controls_exposed } of { $controls } — { $verdict ->
        [more] more often before flares than on ordinary days
        [less] less often before flares than on ordinary days
        [only_before_flares] only ever before flares so far, but too few times to be sure
        [only_before_ordinary_days] only ever before ordinary days so far, but too few times to be sure
       *[no_difference] no clear difference between flares and ordinary days
    }.
insights-flare-not-enough = { $whether }: not enough to say yet ({ $differing } of the { $needed } flare/ordinary-day pairs that differ are needed).
insights-flare-none-yet = No flares found yet: a flare here is a day whose worst pain is at least { $points } points and { $percent } % above your usual level (the middle of your previous { $baseline_days } days, once at least { $min_days } of them have pain logged).
insights-flare-summary = { $flares ->
        [one] 1 flare
       *[other] { $flares } flares
    } found, each compared with ordinary days 1, 2 and 7 days before it. { $enough } of the { $checked } things checked can be compared so far; { $clear ->
        [0] none shows
        [one] 1 shows
       *[other] { $clear } show
    } a clear difference.

## The body map by activity: a position's map is named "Intimacy: spooning".

insights-body-map-after-position = { $kind }: { $position }

## "How was your back afterwards?": answers refused.

insights-outcome-no-such-activity = the activity does not exist
insights-outcome-activity-in-future = the activity has not happened yet
insights-outcome-too-many-ids = at most { $max } activities at a time
