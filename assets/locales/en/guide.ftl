# The exercise player's cues and step labels, and an exercise's dose in words
# (src-tauri/core/src/guide/player.rs and catalogue.rs). $side is left or right.

guide-cue-ready = Get into position
guide-cue-ready-left = Get into position: left side
guide-cue-change-right = Change to the right side
guide-cue-keep-going = Keep going at an easy pace
guide-cue-hold = Hold ({ $rep } of { $reps })
guide-cue-relax = Relax
guide-cue-repetition = Repetition { $rep } of { $reps }
guide-cue-repetition-side = Repetition { $rep } of { $reps }, { $side ->
        [left] left
       *[right] right
    } side
guide-cue-rest-before-set = Rest before set { $set }
guide-step-side = { $side ->
        [left] Left
       *[right] Right
    } side
guide-step-set = Set { $set } of { $sets }
guide-step-side-set = { $side ->
        [left] Left
       *[right] Right
    } side, set { $set } of { $sets }

## A dose: "hold 20 s, 2 times each side". $sides is none, each or alternating.

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
