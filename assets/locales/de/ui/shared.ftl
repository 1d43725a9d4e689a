# Wörter, die mehrere Teile des Fensters verwenden: die Namen der Bildschirme, häufige Schaltflächen und Beschriftungen.

screen-today = Heute
screen-timeline = Verlauf
screen-insights = Erkenntnisse
screen-experiments = Experimente
screen-alerts = Warnhinweise
screen-guide = Übungen
screen-positions = Stellungen
screen-sharing = Teilen
screen-profile = Profil
screen-settings = Einstellungen
common-back = Zurück
common-next = Weiter
common-cancel = Abbrechen
common-keep = Behalten
common-dismiss = Schließen
common-from = Von
common-to = Bis
common-when = Wann
common-passphrase = Passphrase
common-loading = Wird geladen …
common-saving = Wird gespeichert …
common-checking = Wird geprüft …
common-encrypting = Wird verschlüsselt …
common-log-pain = Schmerz eintragen
common-log-pain-now = Jetzt Schmerz eintragen
common-reminders = Erinnerungen
common-something-went-wrong = Etwas ist schiefgelaufen.
common-privacy = Datenschutz
pain-how-much-required = Wählen Sie, wie stark es wehtut, von 0 bis 10.
pain-where = Wo?
pain-score-label = Wie stark schmerzt Ihr Rücken gerade?
pain-no-pain = kein Schmerz
pain-worst-imaginable = stärkster vorstellbarer Schmerz
pain-after-this = Nach einer Aktivität?
pain-activity-option = { $activity } · { $day } { $time }
pain-activity-option-minutes = { $activity } · { $day } { $time }, { $minutes } Min.
profile-conditions-title = Bekannte Rückenerkrankungen
profile-history-title = Vorgeschichte
profile-episode-label = Diese Rückenschmerz-Episode begann am
profile-age-prefer-not = Keine Angabe
movement-choose = Ihr Bewegungsprofil

## Die Warnzeichen-Fragen (Red Flags) eines Schmerzeintrags, gestellt vom Schmerzformular
## und vom Schnelleintrag.

red-flags-legend = Ist etwas davon neu, seit Ihre Schmerzen begonnen haben?
red-flags-hint = Das ist selten, braucht aber dringend ärztliche Hilfe. Kreuzen Sie alles an, was zutrifft.
red-flag-question-both_legs = Schmerzen, Taubheit, Kribbeln oder Schwäche in beiden Beinen (oder von einem Bein auf das andere übergehend)
red-flag-question-saddle_numbness = Taubheit oder Kribbeln im Bereich der Genitalien, des Gesäßes oder der Oberschenkelinnenseiten (Reithosenbereich)
red-flag-question-bladder_bowel_change = Veränderung an Blase oder Darm: kein Wasserlassen möglich oder kein Harndrang, Schwierigkeiten beim Beginnen oder schwacher Strahl, Urinverlust, neue Verstopfung oder Verlust der Darmkontrolle
red-flag-question-sexual_function_change = Neue Veränderung des sexuellen Empfindens oder der sexuellen Funktion
red-flag-question-fever = Fieber oder Schüttelfrost
red-flag-question-leg_weakness_worsening = Zunehmende Beinschwäche, ein Fuß, der schleift oder aufklatscht, oder neue Schwierigkeiten beim Gehen
red-flag-question-night_pain = Nächtliche Schmerzen, die sich durch Ruhe oder Lagewechsel nicht bessern
red-flag-question-back_lump = Eine neue Beule, Schwellung oder Formveränderung am Rücken

## The 0-10 score scale (shared/ScoreInput).

score-low-default = keine
score-high-default = am schlimmsten
score-optional = (freiwillig)
score-end = { $score } = { $label }
score-clear = Leeren

## The body map's words (shared/bodyMap.ts): the pain form draws it, Insights shades it.

body-map-view-front = Vorderseite des Körpers
body-map-view-back = Rückseite des Körpers
# What a screen reader hears for one region: its name, side and current score.
body-map-region-aria = { $region }, { $side ->
        [left] Ihre linke Seite
        [right] Ihre rechte Seite
       *[centre] Mitte
    }: { $state ->
        [unscored] markiert, ohne Wert
        [scored] Schmerz { $score } von 10
       *[unmarked] nicht markiert
    }
body-map-region-score = { $region } { $score }/10
