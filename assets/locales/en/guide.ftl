# What the guide says to a person: why a pick is offered today, what the player leaves out
# and why, the programme's advice, what a session's stop button says.

## "For you today".

# $day: today, yesterday, or the weekday (mon … sun) of an earlier day this week.
guide-when = { $day ->
        [today] today
        [yesterday] yesterday
        [mon] on Monday
        [tue] on Tuesday
        [wed] on Wednesday
        [thu] on Thursday
        [fri] on Friday
        [sat] on Saturday
       *[sun] on Sunday
    }
guide-pick-positions-title = Positions that suit your back
guide-pick-conversation-title = Talking it through with your partner
guide-reason-high-pain-rest = You logged { $nrs }/10 { $when }: rest in a supported position with slow breathing, and keep gentle movement going.
guide-reason-after-intimacy-pain = You logged { $nrs }/10 after intimacy { $when }: try the gentle cool-down.
# $profile: the movement profile (flexion, extension, mixed, unknown).
guide-reason-after-intimacy-positions = { $profile ->
        [flexion] Pain followed intimacy: see which positions tend to suit a back that dislikes bending forward.
        [extension] Pain followed intimacy: see which positions tend to suit a back that dislikes arching.
        [mixed] Pain followed intimacy: see which positions tend to suit a back that dislikes both bending and arching.
       *[unknown] Pain followed intimacy: a one-minute questionnaire suggests which positions may suit your back.
    }
guide-reason-after-intimacy-talk = Pain followed intimacy: the before / after check helps you plan next time together.
guide-reason-warm-up-missing = Pain followed intimacy without a warm-up { $when }: try the 5-minute warm-up first next time.
guide-reason-warm-up-habit = A 5-minute warm-up before intimacy can ease the back afterwards.
guide-reason-stress-high = Stress was { $stress }/10 in today's check-in: a few minutes of slow breathing can take the edge off.
guide-reason-stress-very-high = With stress this high, a 5-minute body scan can help the back muscles let go.
guide-reason-morning-stiff = Stiff on waking ({ $stiffness }/10): this routine loosens up without forward bending, which strains discs most in the first hours.
guide-reason-morning = Mornings: start with gentle moves and save forward bending for later in the day.
# $hours arrives written with one decimal ("3.0").
guide-reason-long-sitting = You logged { $hours } hours of sitting { $when }: a 2-minute break every half hour or so helps.
# $region: buttock_left, buttock_right, hip_left or hip_right.
guide-reason-hip-pain = Pain in the { $region ->
        [buttock_left] left buttock
        [buttock_right] right buttock
        [hip_left] left hip
       *[hip_right] right hip
    } this week: the figure-4 stretch eases the deep hip muscles.
guide-reason-core-week = { $sessions ->
        [one] 1 core session
       *[other] { $sessions } core sessions
    } in the last 7 days: level { $level } keeps your programme going (aim for { $target } a week).
guide-reason-core-keep = { $sessions } core sessions this week, well done: level { $level } again keeps the gains.
guide-reason-fallback-walk = A walk at a comfortable pace is part of every back-care plan.
guide-reason-fallback-breathing = Five minutes of slow breathing relaxes the back muscles too.
# $movements: which movements the profile hides.
guide-hidden-movements = { $movements ->
        [flexion] Exercises that bend the back forward are hidden for your profile.
        [extension] Exercises that arch the back are hidden for your profile.
        [rotation] Exercises that twist the back are hidden for your profile.
        [flexion_extension] Exercises that bend the back forward or arch the back are hidden for your profile.
        [flexion_rotation] Exercises that bend the back forward or twist the back are hidden for your profile.
        [extension_rotation] Exercises that arch the back or twist the back are hidden for your profile.
       *[all] Exercises that bend the back forward, arch the back or twist the back are hidden for your profile.
    }

## The player: what is left out of a routine and why, and the cues it speaks.

guide-left-out-your-profile = your profile
# $because: what the catalogue says avoids the movement, as a list.
guide-left-out-movement = { $exercise } { $movement ->
        [flexion] bends the lower back forward
        [extension] arches the lower back
        [rotation] twists the lower back
       *[neutral] loads the back
    }, which is avoided with { $because }
guide-left-out-nerve = { $exercise } pulls on the sciatic nerve, which is avoided with { $conditions ->
        [sciatica] sciatica
        [disc_herniation] a disc herniation
       *[both] sciatica and a disc herniation
    }
# $safety: the first sentence of the exercise's safety note.
guide-left-out-condition = { $exercise } is left out with { $condition }: { $safety }
guide-left-out-leg-pain = { $exercise } can provoke leg pain, which you logged recently below the knee
# A condition in running text, after "with".
guide-condition-in-text = { $condition ->
        [disc_herniation] a disc herniation
        [sciatica] sciatica
        [arthritis] arthritis
        [stenosis] spinal stenosis
        [osteoporosis] osteoporosis
        [pelvic_alignment] a pelvic alignment problem
        [spondylolisthesis] spondylolisthesis
       *[compression_fracture] a compression fracture
    }
# The last two items of a list: "a, b and c".
guide-list-and = { $rest } and { $last }
guide-routine-unsuitable = Only { $suitable } of this routine's { $exercises } exercises suit you{ $changes ->
        [listed] {" "}(see the changes listed)
       *[none] {""}
    }, so it is not suggested. Try a routine below or ask a physiotherapist for one made for you.
guide-cue-keep-going = Keep going at an easy pace
guide-cue-hold = Hold ({ $rep } of { $reps })
guide-cue-relax = Relax
# $side: left or right when repetitions alternate, else none.
guide-cue-repetition = { $side ->
        [left] Repetition { $rep } of { $reps }, left side
        [right] Repetition { $rep } of { $reps }, right side
       *[none] Repetition { $rep } of { $reps }
    }
guide-cue-rest = Rest before set { $set }
guide-cue-ready = { $side ->
        [left] Get into position: left side
        [right] Change to the right side
       *[none] Get into position
    }
# A step's label; $set is 0 when the exercise has one set.
guide-step-label = { $side ->
        [left] { $set ->
            [0] Left side
           *[other] Left side, set { $set } of { $sets }
        }
        [right] { $set ->
            [0] Right side
           *[other] Right side, set { $set } of { $sets }
        }
       *[none] Set { $set } of { $sets }
    }

## "This hurt" during a routine, and what a guided session writes in the journal.

guide-hurt-advice-below-knee = Pain spreading below the knee: stop this routine now and avoid this movement. Log how it settles. If the leg also goes numb, tingly or weak, see a doctor; in both legs, or with numbness around the genitals or bladder changes, get emergency help.
# $level: severe (the red-flag rules' word) or high.
guide-hurt-stop = Pain of { $nrs }/10 is { $level ->
        [severe] severe
       *[high] high
    }: stop this routine and rest in a comfortable position. If exercises keep causing severe pain, see a physiotherapist.
guide-hurt-skip = Skip this exercise for now and carry on gently with the rest only if it feels comfortable. It is saved with this session so you can see the pattern later.
guide-session-completed = Guided: { $routine }. Completed.
guide-session-stopped = Guided: { $routine }. Stopped early after { $done ->
        [one] 1 exercise
       *[other] { $done } exercises
    }.
# $known: yes when the exercise is in the catalogue.
guide-session-hurt-note = { $known ->
        [yes] During { $exercise } (guided { $routine }).
       *[no] During an exercise (guided { $routine }).
    }

## Open alerts pause the guide; what the profile hides.

# $titles: the alerts' titles; $action: what the alert's tier asks to do.
guide-pause-reason = Suggestions for today, moving up a core level and the player's routines are paused because { $what ->
        [emergency] an emergency alert is open
        [urgent_one] an urgent alert is open
       *[urgent_many] urgent alerts are open
    }: { $titles }. { $action } The guide picks up again once the alert is resolved (the journal no longer shows the sign).
# $reason: the programme's own advice, one or two sentences.
guide-level-up-waits = { $reason } Moving up to level { $level } waits until the { $tier ->
        [emergency] emergency
       *[urgent] urgent
    } alert is resolved: { $titles }.
guide-hidden-nerve-too = Stretches that pull on the sciatic nerve are left out too.
guide-hidden-nerve = Stretches that pull on the sciatic nerve are hidden for your profile.

## The core programme's advice.

# $why: pain_rose (with $before and $recent), pain_worse, or hurt; $step: down (to
# level $lower) or keep_gentle (at level 1).
guide-programme-ease-off = { $why ->
        [pain_rose] Your average pain rose from { $before } to { $recent } this week
        [pain_worse] Your pain is worse
       *[hurt] { $hurt } of your last { $last } sessions were followed by pain of { $nrs }/10 or more
    }: { $step ->
        [down] step down to level { $lower } until it settles.
       *[keep_gentle] keep level 1 gentle and shorten the holds. If exercise causes severe pain, stop and see a physiotherapist.
    }
guide-programme-top-level = Top level: { $done ->
        [one] 1 session
       *[other] { $done } sessions
    } in the last { $days } days. Keep it up three or more times a week.
guide-programme-ready = { $done ->
        [one] 1 session
       *[other] { $done } sessions
    } at level { $level } and your pain is not worse: ready for level { $next }.
guide-programme-wait = All { $needed } sessions done ({ $done } in the last { $days } days); give it { $wait ->
        [one] 1 more day
       *[other] { $wait } more days
    } at level { $level } before moving up.
guide-programme-progress = { $done } of { $needed } sessions done at level { $level }.

## The exercise player's doses and cues (catalogue side).

guide-dose-minutes = { $minutes } minutes
guide-dose-hold-once = hold { $hold } s{ $sides ->
        [each] {" "}each side
        [alternating] , alternating sides
       *[none] {""}
    }{ $sets ->
        [1] {""}
       *[other] , { $sets } sets
    }
guide-dose-hold-times = hold { $hold } s, { $reps } times{ $sides ->
        [each] {" "}each side
        [alternating] , alternating sides
       *[none] {""}
    }{ $sets ->
        [1] {""}
       *[other] , { $sets } sets
    }
guide-dose-repetitions = { $reps } repetitions{ $sides ->
        [each] {" "}each side
        [alternating] , alternating sides
       *[none] {""}
    }{ $sets ->
        [1] {""}
       *[other] , { $sets } sets
    }
