# The guide's screens: the guide itself, the guided player, the stress tools, the positions
# page and the partner check. The catalogue's own words (exercises, routines, positions)
# come from the Rust side.

## The guide

guide-intro = Bewegung ist die wichtigste Behandlung bei anhaltenden Kreuzschmerzen; Dehnen und Entspannung machen sie angenehmer. Hören Sie mit allem auf, was starke Schmerzen auslöst, und lassen Sie sich fachlich beraten, wenn die Schmerzen anhalten.
guide-load-error = Die Übungen konnten nicht geladen werden.
guide-for-you-title = Für Sie heute
guide-looking = Ihr Tagebuch wird durchgesehen …
guide-get-help-first = Holen Sie zuerst Hilfe.
guide-paused = Pausiert.
guide-paused-suggestions = Vorschläge pausiert.
guide-see-alert = Zur Warnung
guide-start = Starten
guide-open = Öffnen
guide-start-named = { $name } starten
guide-open-named = { $name } öffnen
guide-pick-label = { $action }: { $title }
guide-change-profile = Profil ändern
guide-leg-caution = Sie haben diese Woche Schmerzen unterhalb des Knies eingetragen, deshalb sind Dehnungen, die am Nerv ziehen können, ausgelassen.
guide-level-now = Sie sind jetzt auf Stufe { $level } des Rumpfprogramms.
guide-saved-notice = In Ihrem Tagebuch gespeichert. Sie finden es im Verlauf.
guide-load-flexion = Beugung nach vorn
guide-load-extension = Streckung nach hinten
guide-load-rotation = Drehung
guide-load-neutral = neutrale Wirbelsäule
guide-programme-title = Rumpfprogramm: Stufe { $level } von { $levels }
guide-level-label = Stufe
guide-sessions-label = Einheiten auf dieser Stufe
guide-sessions-all-done = Alle { $needed } Einheiten geschafft ({ $done } in den letzten { $days } Tagen)
guide-sessions-progress = { $done } von { $needed } Einheiten
guide-start-level = Stufe { $level } starten
guide-move-level = Zu Stufe { $level } wechseln
guide-rules-title = Wie der Wechsel nach oben und unten funktioniert
guide-rules-up = Höher:
guide-rules-down = Tiefer:
guide-source = Quelle: { $sources }
guide-sources = Quellen: { $sources }
guide-routines-title = Übungsfolgen
guide-routine-meta = { $count ->
    [one] 1 Übung
   *[other] { $count } Übungen
  } · Quelle: { $sources }
guide-exercises-title = Dehnungen und Rumpfübungen
guide-filter-label = Anzeigen
guide-filter-all = Alle
guide-filter-stretch = Dehnungen
guide-filter-core = Rumpf
guide-kind-stretch = Dehnung
guide-kind-core = Rumpf
guide-illustration-alt = { $name }: { $target }
guide-try = Ausprobieren
guide-try-named = { $name } ausprobieren
guide-how-to = Anleitung
guide-hide = Ausblenden
guide-asks-of-back = Was die Übung vom Rücken verlangt: { $safety }
guide-hidden-title = Für Ihr Profil ausgeblendet ({ $count })
guide-stress-title = Stress und Entspannung
guide-all-sources = Alle Quellen
guide-source-entry = { $publisher } ({ $year }). { $title }.

## The guided player

guide-minutes = { $minutes } Min.
guide-duration-unknown = Dauer nicht erfasst
guide-player-exercise-of = Übung { $index } von { $count }
guide-player-beep = Bei jedem Wechsel piepen
guide-player-progress = Fortschritt der Übungsfolge
guide-player-adapted = Für Sie angepasst ({ $count ->
    [one] 1 Änderung
   *[other] { $count } Änderungen
  })
guide-player-replaced = { $reason }: stattdessen { $name }.
guide-player-left-out = { $reason }: ausgelassen.
guide-player-stop = Aufhören.
guide-player-noted = Notiert.
guide-player-finished = Gut gemacht: Übungsfolge beendet
guide-player-saved = Einheit gespeichert
guide-player-saved-summary = In Ihrem Tagebuch gespeichert: { $duration }, { $exercises ->
    [one] 1 Übung
   *[other] { $exercises } Übungen
  }.
guide-player-saved-summary-pain = In Ihrem Tagebuch gespeichert: { $duration }, { $exercises ->
    [one] 1 Übung
   *[other] { $exercises } Übungen
  } und { $pain ->
    [one] 1 Schmerzeintrag
   *[other] { $pain } Schmerzeinträge
  }, damit verknüpft.
guide-back-to-guide = Zurück zu den Übungen
guide-phase-ready = Bereit machen
guide-phase-hold = Halten
guide-phase-relax = Lösen
guide-phase-move = Bewegen
guide-phase-rest = Pause
guide-player-paused = Pausiert
guide-player-controls = Steuerung
guide-pause = Anhalten
guide-resume = Weiter
guide-skip = Überspringen
guide-player-hurt = Das tat weh
guide-player-stop-save = Beenden und speichern
guide-hurt-title = Was tat bei { $name } weh?
guide-hurt-how-much = Wie stark, von 0 bis 10
guide-hurt-low = kein Schmerz
guide-hurt-high = stärkster
guide-hurt-below-knee = Strahlt der Schmerz unter das Knie aus, hören Sie auf.
guide-save = Speichern
guide-how-to-title = So geht es
guide-take-care = Worauf Sie achten sollten
guide-leave = Ohne Speichern verlassen

## Stress tools

guide-stress-saved = Gespeichert: { $name }, { $duration }
guide-stress-logged = Als Stressabbau in Ihrem Tagebuch eingetragen.
guide-stress-how = So geht es
guide-stress-minutes = Minuten
guide-stress-pacer = Atemtaktgeber
guide-stress-phase-cue = { $phase } · { $seconds }
guide-stress-press-start = Drücken Sie auf Starten, wenn Sie bereit sind
guide-stress-find-position = Suchen Sie sich eine bequeme Haltung und drücken Sie dann auf Starten.
guide-stress-prompt-of = Anleitung { $index } von { $count }
guide-stress-mark-done = Wenn Sie es gemacht haben, markieren Sie es als erledigt, um es einzutragen.
guide-stress-left = noch { $time }
guide-stress-time = Zeit
guide-stress-finish = Beenden und speichern
guide-stress-beep = Bei jedem Wechsel leise piepen
guide-stress-did-it = Erledigt: eintragen
guide-stress-back = Zurück ohne Speichern

## Positions and talking together

guide-positions-title = Stellungen und miteinander reden
guide-positions-emergency = Eine Notfallwarnung ist offen: { $titles }. Kümmern Sie sich darum vor allem anderen auf dieser Seite. Dieser Hinweis bleibt, bis die Warnung erledigt ist.
guide-positions-saved-profile = Gespeichertes Profil:
guide-positions-because = Ratschläge für { $profile }. Grund: { $reasons }.
guide-positions-change = Ändern
guide-positions-quiz = Unsicher? Beantworten Sie ein paar kurze Fragen
guide-suggest-profile = Profil vorschlagen
guide-suggested = Vorschlag:
guide-positions-use = Dieses Profil verwenden
guide-positions-saved = Gespeichert: { $profile }. Vorschläge und Übungen richten sich jetzt nach diesem Profil.
guide-positions-advice-title = Was Sie probieren, was Sie meiden sollten
guide-positions-show-for = Ratschläge anzeigen für
guide-positions-moving = Wer sich mehr bewegt
guide-positions-resting = Wer eher ruht
guide-positions-try = Probieren
guide-positions-avoid = Meiden
guide-positions-moving-try-none = Nichts Bestimmtes: Halten Sie den Rücken neutral und bewegen Sie sich aus der Hüfte.
guide-positions-resting-try-none = Nichts Bestimmtes: ein gestützter, neutraler Rücken.
guide-positions-avoid-none = Die Studien haben für dieses Profil und diese Rolle nichts als am ungünstigsten eingestuft.
guide-positions-leg-pain = Jede Stellung, bei der Schmerz ins Bein ausstrahlt: aufhören und die Stellung wechseln.
guide-positions-ranked = Rang { $rank } von 5
guide-positions-evidence = Woher das stammt
guide-positions-props = Hilfsmittel
guide-positions-habits = Gute Gewohnheiten
guide-positions-limits = Was diese Studien aussagen können und was nicht

## Talking with a partner

guide-partner-load-error = Die Hinweise für Paare konnten nicht geladen werden.
guide-partner-talk-title = Mit Ihrem Partner oder Ihrer Partnerin reden
guide-partner-check-title = Vorher und nachher: gemeinsam durchgehen
guide-partner-check-hint = Hier wird nichts gespeichert: Es ist eine Liste zum gemeinsamen Durchsprechen. Tragen Sie Schmerzen gesondert ein, damit Sie das Muster erkennen.
guide-partner-before = Vorher
guide-partner-after = Nachher
guide-partner-get-help = Holen Sie sofort Hilfe:
guide-partner-more = Gesprächsanregungen und Stellungen
