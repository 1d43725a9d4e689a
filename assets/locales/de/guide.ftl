# Die Ansagen und Schrittbezeichnungen des Übungsplayers und die Dosierung einer Übung in Worten
# (src-tauri/core/src/guide/player.rs und catalogue.rs). $side ist left oder right.

guide-cue-ready = In Position gehen
guide-cue-ready-left = In Position gehen: linke Seite
guide-cue-change-right = Wechseln Sie zur rechten Seite
guide-cue-keep-going = Machen Sie in ruhigem Tempo weiter
guide-cue-hold = Halten ({ $rep } von { $reps })
guide-cue-relax = Entspannen
guide-cue-repetition = Wiederholung { $rep } von { $reps }
guide-cue-repetition-side = Wiederholung { $rep } von { $reps }, { $side ->
        [left] linke
       *[right] rechte
    } Seite
guide-cue-rest-before-set = Pause vor Satz { $set }
guide-step-side = { $side ->
        [left] Linke
       *[right] Rechte
    } Seite
guide-step-set = Satz { $set } von { $sets }
guide-step-side-set = { $side ->
        [left] Linke
       *[right] Rechte
    } Seite, Satz { $set } von { $sets }

## Eine Dosierung: „20 s halten, 2-mal je Seite“. $sides ist none, each oder alternating.

guide-dose-minutes = { $minutes } Minuten
guide-dose-hold-once = { $hold } s halten{ $sides ->
        [each] {" "}je Seite
        [alternating] , Seiten abwechselnd
       *[none] {""}
    }{ $sets ->
        [1] {""}
       *[other] , { $sets } Sätze
    }
guide-dose-hold-times = { $hold } s halten, { $reps }-mal{ $sides ->
        [each] {" "}je Seite
        [alternating] , Seiten abwechselnd
       *[none] {""}
    }{ $sets ->
        [1] {""}
       *[other] , { $sets } Sätze
    }
guide-dose-repetitions = { $reps } Wiederholungen{ $sides ->
        [each] {" "}je Seite
        [alternating] , Seiten abwechselnd
       *[none] {""}
    }{ $sets ->
        [1] {""}
       *[other] , { $sets } Sätze
    }
