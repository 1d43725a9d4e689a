# The journal's screens and forms: Today, the timeline, the pain, activity and check-in
# forms, the body map, the "afterwards" and relief questions.

## Words several journal forms share

journal-log-activity = Aktivität eintragen
journal-save-changes = Änderungen speichern
journal-notes = Notizen
journal-date-time-required = Geben Sie Datum und Uhrzeit ein.
journal-check-in-title = Tägliche Abfrage
journal-score-of-ten = { $score } von 10
journal-completely = vollständig
journal-not-at-all = überhaupt nicht

## Today

today-log-group = Etwas eintragen
today-log-pain-hint = Wie sich Ihr Rücken jetzt anfühlt
today-log-activity-hint = Intimität, Übungen, Sitzen …
today-check-in-update = Abfrage aktualisieren
today-check-in-hint = Stress, Schlaf, Steifheit
today-pain-saved = Schmerzeintrag gespeichert.
today-activity-saved = Aktivität gespeichert.
today-check-in-saved = Tägliche Abfrage gespeichert.
today-so-far = Heute bisher
today-empty = Heute ist noch nichts eingetragen. Ein kurzer Schmerzwert nach Aktivitäten macht später die Muster sichtbar.

## Timeline

timeline-filters = Filter
timeline-clear-filters = Filter zurücksetzen
timeline-empty-title = Noch nichts hier
timeline-empty-filtered = Keine Einträge passen zu diesen Filtern.
timeline-empty = Was Sie auf dem Bildschirm „Heute“ eintragen, erscheint hier, das Neueste zuerst.
timeline-entries-on = Einträge am { $day }
timeline-delete-confirm = Diesen Eintrag löschen?
timeline-delete = Löschen
timeline-edit = Bearbeiten
timeline-show-older = Ältere Einträge zeigen
timeline-deleted = Eintrag gelöscht.
undo-action = Rückgängig

## One entry in a line or two (EntrySummary)

entry-pain-aria = Schmerz { $score } von 10
entry-pain = Schmerz { $score }/10
entry-after-activity = nach { $activity }, { $day } { $time }
entry-after-an-activity = nach einer Aktivität
entry-leg-symptoms = Beinbeschwerden: { $side ->
        [both_legs] beide Beine
       *[one_leg] ein Bein
    }
entry-urgent-sign = Warnzeichen eingetragen
entry-minutes = { $minutes } Min.
entry-warm-up = aufgewärmt
entry-pain-before = Schmerz vorher { $score }/10
entry-helped = hat { $score }/10 geholfen
entry-helped-unknown = wie sehr es geholfen hat: noch nicht beantwortet
entry-exercises = { $count ->
        [one] { $count } Übung
       *[other] { $count } Übungen
    }
entry-daily = Täglich
entry-check-in = Tägliche Abfrage
entry-stress = Stress { $score }/10
entry-slept = { $hours } Std. geschlafen
entry-sleep-quality = Schlafqualität { $score }/10
entry-stiffness = Morgensteifigkeit { $score }/10

## The pain form

pain-form-edit = Schmerzeintrag bearbeiten
pain-form-score-follows = Folgt der schlimmsten Körperstelle, die Sie auf der Karte markieren, bis Sie hier selbst einen Wert wählen.
pain-form-leg-side-required = Geben Sie an, ob es ein Bein oder beide Beine betrifft.
pain-form-leg-legend = Beinbeschwerden
pain-form-numbness = Taubheit
pain-form-tingling = Kribbeln
pain-form-weakness = Schwäche
pain-form-which-legs = Welche Beine
pain-form-one-leg = Ein Bein
pain-form-both-legs = Beide Beine
pain-form-saddle-group = Eine Frage zum Reithosenbereich
pain-form-saddle-question = Sie haben Taubheit oder Kribbeln im Reithosenbereich oder an den Genitalien markiert. Ist das neu, seit Ihre Schmerzen begonnen haben?
pain-form-saddle-yes = Ja: neue Taubheit oder neues Kribbeln an den Genitalien, am Gesäß oder an den Innenseiten der Oberschenkel (Reithosenbereich, Reithosenanästhesie)
pain-form-saddle-why = Warum wir fragen: Zusammen mit Rückenschmerzen kann das bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt sind; das muss innerhalb von Stunden im Krankenhaus abgeklärt werden (British Association of Spine Surgeons 2018 standards for cauda equina syndrome; NHS Norfolk and Waveney, "Got back pain"). Nur Sie können das beurteilen; eingetragen wird nur, was Sie ankreuzen.
pain-form-both-legs-group = Eine Frage zu beiden Beinen
pain-form-both-legs-question = Sie haben beide Beine markiert. Sind Schmerz, Taubheit, Kribbeln oder Schwäche in beiden Beinen zugleich, oder breiten sie sich von einem Bein auf das andere aus?
pain-form-both-legs-yes = Ja: Beschwerden in beiden Beinen oder von einem Bein auf das andere übergehend
pain-form-both-legs-why = Warum wir fragen: Beschwerden in beiden Beinen sind die Grenze, an der Leitlinien zwischen „ärztlich abklären lassen“ und „Notfall“ unterscheiden (British Association of Spine Surgeons 2018 standards for cauda equina syndrome; NHS Sheffield, "Aches and pains: back pain"). Nur Sie können das beurteilen; eingetragen wird nur, was Sie ankreuzen.
pain-form-leg-group = Fragen zum Bein unterhalb des Knies
pain-form-leg-question = Sie haben Schmerz unterhalb des Knies markiert; so weit reicht Schmerz von einem gereizten Nerv gewöhnlich (NICE guideline NG59, Low back pain and sciatica). Haben Sie außerdem eines davon?
pain-form-started = Es begann
pain-form-activity-followed = Aktivität, auf die dieser Schmerz folgte
pain-form-not-linked = Mit keiner Aktivität verknüpft
pain-form-suggested = Vorschlag: Ihre letzte Aktivität in den 48 Stunden davor. Ändern Sie das, wenn es nicht stimmt.
pain-form-no-recent = In den 48 Stunden vor diesem Zeitpunkt ist keine Aktivität eingetragen.
pain-form-fewer = Weniger Angaben
pain-form-more = Mehr Angaben: Art, Beeinträchtigung, Beine, Notizen
pain-form-feel = Wie fühlt es sich an?
pain-form-interference-daily = Beeinträchtigung im Alltag
pain-form-interference-intimacy = Beeinträchtigung der Intimität
pain-form-save = Schmerzeintrag speichern

## The body map

map-legend = Wo tut es weh?
map-help = Wählen Sie jede Stelle, die wehtut, und geben Sie ihr einen eigenen Wert. Tastatur: Pfeiltasten wechseln zwischen Körperstellen, Eingabe markiert eine, eine Zifferntaste bewertet sie (+ und − für 10), Entf entfernt sie. Links und rechts sind von Ihnen aus gesehen.
map-front = Vorne
map-back = Hinten
map-shading = Die Schattierung wird mit dem Wert dunkler, und jede markierte Stelle zeigt ihre Zahl;
map-shading-stripes = Streifen und „?“ bedeuten: markiert, aber ohne Wert.
map-detail = { $region }: Wert und Art
map-region-score = Wie stark tut es hier weh ({ $region })?
map-region-feel = Wie fühlt es sich hier an?
map-done = { $region }: fertig
map-remove = { $region } entfernen
map-list = Stattdessen aus einer Liste wählen
map-list-legend = Körperstellen (dieselben wie auf der Karte)
map-list-no-score = { $region }: noch kein Wert
map-list-score = { $region }: { $score }/10
map-list-score-feel = { $region }: { $score }/10, { $feel }
map-list-no-score-feel = { $region }: noch kein Wert, { $feel }

## The activity form

activity-form-edit = Aktivität bearbeiten
activity-form-what = Was haben Sie gemacht?
activity-form-kind = Art der Aktivität
activity-form-duration = Dauer (Minuten)
activity-form-duration-invalid = Die Dauer muss eine ganze Zahl von Minuten sein, höchstens 1440.
activity-form-positions = Stellung(en)
activity-form-role = Ihre Rolle
activity-form-props = Hilfsmittel
activity-form-warm-up = Vorher aufgewärmt (Dehnen, warme Dusche)
activity-form-pain-before = Schmerz kurz davor
activity-form-relief-question = Was haben Sie dagegen getan?
activity-form-medicine = Name des Medikaments
activity-form-dose = Dosis
activity-form-dose-example = z. B. 400 mg
activity-form-medicine-private = Name und Dosis des Medikaments sind privat wie Notizen: Beim Teilen mit Ihrer Partnerperson werden sie weggelassen, außer Sie teilen Notizen.
activity-form-for-pain = Für welchen Schmerzeintrag?
activity-form-for-pain-none = Mit keinem Schmerzeintrag verknüpft
activity-form-for-pain-option = { $time } · { $score }/10
activity-form-for-pain-other = Der verknüpfte Eintrag (anderer Tag)
activity-form-for-pain-hint = Die Schmerzeinträge dieses Tages. Die Verknüpfung sagt, gegen welchen Schmerz es war.
activity-form-helped = Wie sehr hat es geholfen?
activity-form-helped-hint = Lassen Sie es leer, bis Sie es wissen; „Heute“ fragt später nach, oder Sie bearbeiten den Eintrag.
activity-form-save = Aktivität speichern

## The daily check-in

check-in-stress-required = Wählen Sie eine Stressstufe von 0 bis 10.
check-in-sleep-invalid = Der Schlaf muss zwischen 0 und 24 Stunden liegen.
check-in-day = Tag
check-in-stress = Stress heute
check-in-calm = ruhig
check-in-overwhelmed = überfordert
check-in-sleep-hours = Stunden Schlaf
check-in-sleep-quality = Schlafqualität
check-in-very-poor = sehr schlecht
check-in-excellent = ausgezeichnet
check-in-stiffness = Steifheit beim Aufwachen
check-in-very-stiff = sehr steif
check-in-save = Abfrage speichern

## "How was your back afterwards?" on Today and the timeline

outcome-question = Wie ging es Ihrem Rücken danach?
outcome-question-for = Wie ging es Ihrem Rücken danach? { $activity }
outcome-no-pain = Kein Schmerz
outcome-it-hurt = Es tat weh …
outcome-score-label = Wie stark, von 1 bis 10
outcome-waiting = { $evenings ->
        [yes] { $count ->
            [one] { $count } Abend wartet auf eine Antwort.
           *[other] { $count } Abende warten auf eine Antwort.
        }
       *[no] { $count ->
            [one] { $count } Aktivität wartet auf eine Antwort.
           *[other] { $count } Aktivitäten warten auf eine Antwort.
        }
    }
outcome-why = Ein Abend, der gut lief, zählt so viel wie einer, der wehtat: Nur so können die Erkenntnisse zeigen, was hilft.
outcome-window = { $days ->
        [one] Gefragt wird { $days } Tag lang; danach bleibt eine unbeantwortete Frage in den Erkenntnissen „unbekannt“ und zählt nie als kein Schmerz.
       *[other] Gefragt wird { $days } Tage lang; danach bleibt eine unbeantwortete Frage in den Erkenntnissen „unbekannt“ und zählt nie als kein Schmerz.
    }
outcome-saved = { $score ->
        [0] Gespeichert: kein Schmerz nach „{ $activity }“.
       *[other] Gespeichert: { $score }/10 nach „{ $activity }“.
    }
outcome-afterwards = { $score ->
        [0] Danach: kein Schmerz
       *[other] Danach: { $score }/10
    }
outcome-no-answer = Noch keine Antwort
outcome-answer = Antworten
outcome-activity = { $activity }, { $day } { $time }

## "How much did it help?" on Today, for relief logged without an answer

relief-what = { $kind ->
        [heat] die Wärme
        [cold] die Kälte
        [rest] die Ruhe
        [massage] die Massage
        [bath] das Bad
        [medicine] das Medikament
        [tens] das TENS
        [physio] die Physiotherapie
       *[other] es
    }
relief-question = Wie sehr hat { $what } geholfen?
relief-scale = 0 = überhaupt nicht, 10 = vollständig. Noch nicht sicher? Lassen Sie es offen: Es bleibt unbeantwortet und zählt nie als 0.
relief-not-now = Nicht jetzt
relief-not-now-label = Nicht jetzt: an einem anderen Tag fragen ({ $what })
relief-saved = Gespeichert: { $what } hat { $score }/10 geholfen.

## After a pain entry linked to intimacy

after-intimacy-title = Schmerz nach Intimität: darüber sprechen
after-intimacy-text = Sie haben nach der Intimität { $score }/10 eingetragen. Gemeinsam freundlich und konkret durchzugehen, was passiert ist, hilft als Erstes. Das sanfte Abwärmen und der Stellungs-Leitfaden können auch helfen.
after-intimacy-cool-down = Abwärmen starten
after-intimacy-positions = Stellungen und Gesprächsanstöße
