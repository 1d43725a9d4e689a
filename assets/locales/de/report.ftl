# Der Bericht für Ärztinnen und Ärzte (PDF), in der eingestellten Sprache. Er gibt wieder, was
# die Patientin oder der Patient eingetragen hat, und stellt nie eine Diagnose. Zahlen und
# Daten kommen bereits formatiert an.

report-dash = –
report-title = Rückenschmerz-Übersicht, { $range }
report-footer = Backstory-Bericht, { $range }, erstellt am { $date }
report-page-footer = { $footer }  •  Seite { $page } von { $total }
report-range = { $from } – { $to }
report-day-month = { $day }. { $month }
report-month-year = { $month } { $year }

## Seite 1
report-heading = Rückenschmerz-Übersicht für die Ärztin oder den Arzt
report-period = Zeitraum: { $range } ({ $days } Tage)
report-generated = Erstellt am { $date } aus dem eigenen Backstory-Tagebuch der Patientin oder des Patienten (Selbstauskunft). Schmerz auf der numerischen Ratingskala (NRS) von 0 bis 10. Die App zeichnet auf und zählt; sie stellt keine Diagnose.
report-tile-mean = Mittlerer Schmerz
report-tile-mean-note = aus { $entries } Einträgen, 0–10
report-tile-worst = Stärkster Schmerz
report-tile-worst-note = höchster Wert
report-tile-days = Tage mit Eintrag
report-tile-days-note = von { $days } Tagen
report-tile-peg-latest = PEG, zuletzt (0–10)
report-tile-peg-taken = am { $date }
report-tile-peg = PEG (0–10)
report-tile-peg-none = kein Check im Zeitraum
report-tile-peg-left-out = mit dem Schmerz weggelassen
report-tile-alerts = Warnzeichen-Hinweise
report-tile-alerts-note = im Zeitraum ausgelöst
report-tile-alerts-left-out = von der Patientin / dem Patienten weggelassen
report-trend-heading = Schmerzverlauf, Wochenmittel (0–10)
report-trend-legend = Mittel der Schmerzeinträge der Woche (Wochen ab Montag)
report-trend-gaps = { $legend }; die Linie ist an { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } ohne Einträge unterbrochen
report-trend-peg = wöchentlicher PEG-Wert: Mittel aus Schmerz und seiner Beeinträchtigung von Lebensfreude und allgemeiner Aktivität (Krebs 2009)
report-red-flags-heading = Verlauf der Warnzeichen
report-alerts-left-out = Die Patientin oder der Patient hat Warnzeichen-Hinweise aus diesem Bericht weggelassen.
report-no-alerts = In diesem Zeitraum wurde kein Warnzeichen-Hinweis ausgelöst.
report-more-alerts = und { $count } weitere in der vollständigen Liste auf den folgenden Seiten.
report-tried-heading = Was ausprobiert wurde, und der Schmerz danach
report-col-activity = Aktivität
report-col-times = Anzahl
report-col-linked = Verknüpfte Einträge
report-col-mean-after = Mittlerer Schmerz danach
report-all-entries = Alle Schmerzeinträge
report-tried-caveat = Weniger als 3 verknüpfte Einträge sagen wenig aus.
report-tried-unlinked-item = { $activity } ({ $times }-mal)
report-tried-unlinked = Außerdem eingetragen, ohne danach verknüpften Schmerzeintrag: { $names }. { $caveat }
report-questions = Fragen, die ich stellen möchte

## Schmerz nach Intimität
report-intimacy-heading = Schmerz nach Intimität
report-intimacy-summary = { $cases }-mal mit danach eingetragenem Schmerz; mittlerer Schmerz danach { $mean } (0–10). Fallzahlen unter 3 sagen wenig aus.
report-col-cases = Fälle
report-factor-position = Stellung
report-factor-warm-up = Aufwärmen
report-factor-props = Hilfsmittel

## Warnzeichen
report-flag-dates = { $tier }  •  zuerst { $first }, zuletzt { $last }
report-flag-seen = , gesehen { $date }
report-flag-resolved = , erledigt { $date }
report-flag-told = Die App hat der Patientin oder dem Patienten gesagt: { $advice }
report-flag-measured = Was gemessen wurde: { $detail }
report-flag-unknown-rule = Eine Regel, die diese Version von Backstory nicht kennt; ihr Rat wird nicht gezeigt.

## Die folgenden Seiten
report-months-heading = Einzelheiten nach Monat
report-col-month = Monat
report-col-entries = Einträge
report-col-days-logged = Tage mit Eintrag
report-col-mean = Mittl. Schmerz
report-col-worst = Stärkster
report-col-days-severe = Tage 7+
report-col-warning-signs = Warnzeichen
report-of = { $part } von { $whole }
report-notes-month = Notizen, { $month }
report-notes-more = und { $count } ältere Notizen
report-relief-heading = Was gegen den Schmerz getan wurde
report-col-what = Was
report-col-answered = Beantwortet
report-col-mean-relief = Mittlere Linderung (0–10)
report-relief-note = Linderung ist die eigene Antwort der Patientin oder des Patienten auf „Wie sehr hat es geholfen?“ (0 = gar nicht, 10 = vollständig); Male ohne Antwort zählen nicht zum Mittel.
report-numbers-heading = Alle Zahlen
report-adherence-heading = Übungstreue
report-col-week-from = Woche ab
report-col-sessions = Einheiten
report-col-days = Tage
report-col-mean-daily-worst = Mittel des stärksten Tagesschmerzes
report-alerts-heading = Vollständige Liste der Warnzeichen-Hinweise
report-warning-signs-heading = Einträge mit Warnzeichen (neueste zuerst)
report-no-warning-signs = In diesem Zeitraum wurden keine Warnzeichen eingetragen.
report-more = und { $count } weitere
report-warning-sign-line = { $when }  Schmerz { $nrs }  –  { $signs }
report-both-legs = { $symptoms } in beiden Beinen

## Alle Zahlen (Bezeichnung, Wert)
report-line-entries = Schmerzeinträge
report-line-entries-value = { $entries } an { $days } von { $period } Tagen
report-line-mean-worst = Schmerz 0–10: Mittel / stärkster
report-line-daily-worst = Mittel des stärksten Tagesschmerzes
report-line-severe-days = Tage mit Schmerz 7 oder mehr
report-line-pain-free = Tage schmerzfrei eingetragen (0)
report-line-start-end = Stärkster Tagesschmerz, Anfang und Ende
report-start-end = { $first } in den ersten 2 Wochen, { $last } in den letzten 2 ({ $change }{ $matters })
report-change-lower = { $delta } niedriger
report-change-higher = { $delta } höher
report-change-same = gleich
report-change-matters = ; eine bedeutsame Änderung: ≥ 2 Punkte oder ≥ 30 %
report-change-small = ; unter der bedeutsamen Änderung von 2 Punkten / 30 %
report-start-end-unknown = nicht genug Einträge an beiden Enden des Zeitraums
report-line-interference = Beeinträchtigung 0–10: Alltag / Intimität
report-line-legs = Beinbeschwerden: ein Bein / beide Beine
report-legs-value = { $one } / { $both } Einträge
report-line-warning-signs = Einträge mit Warnzeichen
report-line-check-ins = Check-ins: Stress / Schlaf h / Morgensteifigkeit
report-check-ins-value = { $count } Check-ins; { $stress } / { $sleep } / { $stiffness }
report-adherence = { $sessions } Dehn- oder Rumpfeinheiten an { $days } von { $period } Tagen; in { $good } von { $weeks } Wochen gab es an 3 oder mehr Tagen Einheiten.
report-line-conditions = Bekannte Erkrankungen
report-conditions-none = keine eingetragen
report-line-movement = Bewegung, die Schmerz auslöst
report-line-age = Altersgruppe
report-line-history = Vorgeschichte
report-line-episode = Diese Schmerzepisode begann

## Das Experiment
report-experiment-heading = Ein Experiment der Patientin oder des Patienten
report-experiment-intimate = Eine Änderung, die Intimität betrifft (Einzelheiten weggelassen: Angaben zur Intimität nicht eingeschlossen)
report-experiment-own-words = Eine Änderung in eigenen Worten der Patientin oder des Patienten (mit den Notizen weggelassen)
report-experiment-finished = Abgeschlossen
report-experiment-running = Läuft
report-experiment-paused = Pausiert, solange ein dringender oder Notfall-Hinweis offen ist (pausierte Tage zählen nicht)
report-experiment-abandoned = Nach { $days } Tagen abgebrochen
report-arm-with = Mit der Änderung
report-arm-without = Ohne
report-verdict-lower = Weniger Schmerz mit der Änderung, mit einem bedeutsamen Unterschied (2 Punkte oder 30 %); sein 95-%-Intervall liegt unter null und p <= 0,05.
report-verdict-higher = Mehr Schmerz mit der Änderung, mit einem bedeutsamen Unterschied (2 Punkte oder 30 %); sein 95-%-Intervall liegt über null und p <= 0,05.
report-verdict-too-few = Noch kein Ergebnis: Nötig sind 2 vollständige Blöcke und 3 bewertete Tage in jeder Phase.
report-outcome-next-morning = stärkster Schmerz am nächsten Morgen (vor 12 Uhr)
report-outcome-pain-after = Schmerz nach der Aktivität des Tages (0 eingeschlossen)
report-experiment-plan = Verglichen: { $outcome }. { $first } bis { $last }: { $blocks } Blöcke aus zwei Zeiträumen von je { $period } Tagen, einer mit und einer ohne die Änderung, in zufälliger Reihenfolge ({ $complete } vollständig). Stand: { $status }.
report-col-arm = Phase
report-col-rated = Tage bewertet
report-col-unrated = Nicht bewertet
report-col-followed = Eingehalten
report-interval = {" "}(95-%-Intervall über die Blöcke { $low } bis { $high })
report-p-value = ; Randomisierungstest p = { $p }
report-difference = Unterschied (mit − ohne): { $difference } Punkte{ $interval }{ $p }.
report-verdict = Ergebnis: { $verdict }
report-experiment-method = Ausgewertet nach der Phase, die der Plan zugewiesen hat; ein Tag ohne Bewertung ist unbekannt, nie 0; Tage, an denen ein dringender oder Notfall-Hinweis offen war, zählen nicht. Die Patientin oder der Patient wusste, in welcher Phase sie oder er war.

## Die Körperkarte
report-map-heading = Wo es wehtat: Körperkarte
report-map-none = In den Schmerzeinträgen dieses Zeitraums wurden keine Regionen markiert.
report-map-front = Vorne
report-map-back = Hinten
report-map-legend = Legende: der Anteil der { $entries } Schmerzeinträge des Zeitraums, die eine Region markiert haben, in der Region notiert; dunkler heißt häufiger. Links und rechts aus Sicht der Patientin oder des Patienten.
report-map-under-25 = unter 25 % der Einträge
report-map-25-49 = 25–49 %
report-map-50-plus = 50 % oder mehr
report-map-strength = , Mittel { $mean }/10, stärkster { $worst }/10
report-map-region = { $region }: { $entries } von { $total } Einträgen ({ $percent } %){ $strength }
report-map-more = { $count } weitere Regionen in den Auswertungen der App.
report-after-heading = Wo es nach jeder Aktivität wehtat
report-after-none = keine Regionen markiert
report-after-line = Nach „{ $activity }“ ({ $entries ->
        [one] 1 Schmerzeintrag
       *[other] { $entries } Schmerzeinträge
    }): { $regions }
