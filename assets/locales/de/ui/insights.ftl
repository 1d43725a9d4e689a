# Erkenntnisse: Schmerz im Zeitverlauf, die Körperkarte, der Schmerzkalender, Schmerz nach
# Aktivitäten, was vor einem Schub anders war, das Rumpfprogramm und der Wochenrückblick
# (auch auf „Heute“). Die Sätze der Befunde, Schübe und des Wochenrückblicks kommen von der
# Rust-Seite.

insights-intro = Was Ihr Tagebuch zeigt: Muster, die Sie mit Ihrem Behandlungsteam besprechen können, keine Diagnose. Ein Unterschied zählt nur, wenn jede Seite mindestens 3 Fälle hat, er mindestens 2 Punkte oder 30 % beträgt und die unbeantworteten Fälle ihn nicht ändern könnten.
insights-loading = Ihr Tagebuch wird ausgewertet …
insights-empty-title = Noch nichts darzustellen
insights-empty-text = Erkenntnisse entstehen aus dem, was Sie eintragen. Tragen Sie Ihren Schmerz ein (und welche Aktivität davor war), den täglichen Check-in und Ihre Dehn- oder Rumpfeinheiten. Nach ein bis zwei Wochen füllen sich Verlauf und Kalender; ein Vergleich wie „mit oder ohne Aufwärmen“ erscheint, sobald jede Seite mindestens 3 Fälle hat.
insights-log-activity = Aktivität eintragen
# Eine Zahl mit einer Nachkommastelle und Vorzeichen, oder ein Anteil in Prozent.
insights-percent = { $value } %
insights-out-of-ten = { $value }/10
insights-times = { $count ->
        [one] 1-mal
       *[other] { $count }-mal
    }

## Schmerz im Zeitverlauf

insights-trend-title = Schmerz im Zeitverlauf
insights-range-label = Zeitraum
insights-range-90 = Letzte 3 Monate
insights-range-365 = Letzte 12 Monate
insights-range-all = Alles
insights-trend-empty = In diesem Zeitraum wurde nichts eingetragen. Wählen Sie einen längeren Zeitraum.
insights-trend-desc = Vom { $from } bis { $to }: { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    } mit Einträgen, durchschnittlicher Schmerz { $mean } von 10 (höchster Wert { $max }), und { $free ->
        [one] 1 Tag war
       *[other] { $free } Tage waren
    } schmerzfrei.
insights-trend-last-week = Die letzte vollständige Woche lag im Durchschnitt bei { $mean }, { $change }.
insights-change-same = gleich wie in der Woche davor
insights-change-lower = { $size } niedriger als in der Woche davor
insights-change-higher = { $size } höher als in der Woche davor
insights-change-matters = { $change } – eine Veränderung, die zählt
insights-trend-hint = Linie: Durchschnitt der letzten 7 Tage. Punkte: die höchste Bewertung jedes Tages. Markierungen unter null: Intimität (obere Reihe) und Dehn- oder Rumpfeinheiten (untere Reihe). Ziehen Sie über das Diagramm, um zu vergrößern; Doppelklick setzt zurück.
insights-months = Zahlen nach Monat
insights-months-caption = Schmerz nach Monat
insights-col-month = Monat
insights-col-days-logged = Tage mit Einträgen
insights-col-pain-free = Schmerzfreie Tage
insights-col-mean-pain = Mittlerer Schmerz
insights-col-highest = Höchster Wert
insights-col-change = Veränderung
insights-month-change-matters = { $delta } (zählt)

## Das Verlaufsdiagramm (uPlot): Achsen und Legende

insights-chart-date = Datum
insights-chart-pain = Schmerz (0–10)
insights-chart-average = Durchschnitt über 7 Tage
insights-chart-highest = Höchster Wert des Tages
insights-chart-intimacy = Intimität
insights-chart-session = Dehn- oder Rumpfeinheit
insights-chart-yes = ja
insights-chart-failed = Das Diagramm kann hier nicht gezeichnet werden; dieselben Zahlen stehen in der Tabelle darunter.

## Die Körperkarte

insights-bodymap-title = Wo es wehtat
insights-bodymap-hint = Wie oft jede Region in diesem Zeitraum wehtat: der Anteil der Schmerzeinträge, die sie markiert haben, in die Region geschrieben; dunkler heißt häufiger. Die Tabelle zeigt dasselbe mit dem mittleren und dem schlimmsten Wert.
insights-bodymap-map-for = Karte für
insights-bodymap-all = Alle Schmerzeinträge ({ $count })
insights-bodymap-after = Nach { $activity } ({ $count })
insights-bodymap-none = In diesem Zeitraum wurden keine Regionen markiert.
insights-bodymap-most-often = Am häufigsten: { $regions }.
insights-bodymap-region-share = { $region } ({ $share } % der Einträge)
insights-bodymap-label = Körperkarte. { $summary }
insights-bodymap-based-on = { $summary } Grundlage: { $count ->
        [one] 1 Schmerzeintrag
       *[other] { $count } Schmerzeinträge
    }.
insights-bodymap-col-region = Region
insights-bodymap-col-how-often = Wie oft
insights-bodymap-col-mean = Mittel
insights-bodymap-col-worst = Schlimmster Wert
insights-bodymap-how-often = { $entries } von { $total } ({ $share } %)
insights-bodymap-no-score = kein Wert

## Der Schmerzkalender

insights-calendar-title = Schmerzkalender, letzte 12 Monate
insights-calendar-desc = Jedes Quadrat ist ein Tag, gefärbt nach seinem höchsten Schmerz: { $logged ->
        [one] 1 Tag
       *[other] { $logged } Tage
    } mit Einträgen, { $free } schmerzfrei, { $pain } mit Schmerz. Zeigen Sie auf ein Quadrat für die Zahlen des Tages; die Zahlen nach Monat stehen in der Tabelle oben (wählen Sie „Letzte 12 Monate“).
insights-calendar-nothing = { $day }: nichts eingetragen
insights-calendar-pain-free = { $day }: schmerzfrei
insights-calendar-day = { $day }: höchster Wert { $max }, Mittel { $mean } ({ $entries ->
        [one] 1 Eintrag
       *[other] { $entries } Einträge
    })
insights-calendar-not-logged = Nichts eingetragen
insights-calendar-legend-pain-free = Schmerzfrei
insights-calendar-legend-low = Höchster Wert 1–3
insights-calendar-legend-mid = 4–6
insights-calendar-legend-high = 7–10

## Schmerz nach Aktivitäten

insights-after-title = Schmerz nach Aktivitäten
insights-after-which = Welche Aktivitäten
insights-after-intimacy = Intimität
insights-after-all = Alle Aktivitäten
insights-after-none = { $scope ->
        [intimacy] Noch keine Intimität eingetragen.
       *[other] Noch keine Aktivität eingetragen.
    } Beantworten Sie nach jeder auf „Heute“ die Frage „Wie ging es Ihrem Rücken danach?“ („keine Schmerzen“ zählt auch); Vergleiche erscheinen ab 3 bekannten Ergebnissen auf jeder Seite.
insights-after-activity = { $scope ->
        [intimacy] Intimität
       *[other] Alle Aktivitäten
    }
insights-after-unknown-only = { $activity }, { $times }: noch keine mit bekanntem Ergebnis. Beantworten Sie „Wie ging es Ihrem Rücken danach?“ auf „Heute“ oder im Verlauf („keine Schmerzen“ zählt auch).
insights-after-counts = { $activity }, { $times }: { $known } (wie es dem Rücken danach ging, „keine Schmerzen“ eingeschlossen) und { $unknown } (keine Antwort). Bei den bekannten lag der Schmerz danach im Durchschnitt bei { $mean }. Unbekannte Ergebnisse zählen nie als „keine Schmerzen“; ein Unterschied, den sie aufheben oder umkehren könnten, wird zurückgehalten.
insights-after-known = { $count } mit bekanntem Ergebnis
insights-after-unknown = { $count } unbekannt
insights-stands-out = Was auffällt
insights-no-finding = Noch kein klarer Unterschied. Beantworten Sie weiter „Wie ging es Ihrem Rücken danach?“, auch an guten Abenden.
insights-less-pain = Weniger Schmerz
insights-more-pain = Mehr Schmerz
insights-held-back = Zurückgehalten: nicht genug bekannte Ergebnisse
insights-unknowns-could-change = Unbekannte könnten das ändern
insights-many-comparisons = Hier werden viele Vergleiche angestellt, daher kann ein Unterschied zufällig auftreten: Betrachten Sie jeden als Idee zum Ausprobieren und Beobachten, nicht als Beweis.
insights-more-factors = Weitere Faktoren (Rolle, Dauer, Einheiten an dem Tag, Stress, Schlaf)
insights-other-comparisons = Weitere Vergleiche ({ $count }): kein klarer Unterschied oder noch nicht genug bekannte Ergebnisse

## Die Balken eines Faktors

insights-bars-measure = { $measure ->
        [relief] Mittlere Linderung
       *[pain] Mittlerer Schmerz danach
    }
insights-bars-axis = { $measure ->
        [relief] Mittlere Linderung (0–10)
       *[pain] Mittlerer Schmerz danach (0–10)
    }
insights-bars-tooltip = { $group }: Mittel { $mean } aus { $known ->
        [one] 1 bekannten Fall
       *[other] { $known } bekannten Fällen
    }{ $unknown }; Bewertungen { $spread }
insights-bars-value = { $mean } · { $known } bekannt{ $unknown }
insights-bars-unknown = , { $count } unbekannt
insights-bars-too-few = { $value } (zu wenige)
insights-bars-spread = 0–3: { $low }, 4–6: { $mid }, 7–10: { $high }
insights-bars-faded = Blasse Balken beruhen auf weniger als { $min } bekannten Ergebnissen: zu wenige für einen Vergleich.
insights-bars-caption = { $title }: { $measure ->
        [relief] mittlere Linderung
       *[pain] mittlerer Schmerz danach
    } je Gruppe und auf wie vielen Fällen er beruht
insights-bars-col-group = Gruppe
insights-bars-col-known = Bekannt
insights-bars-col-unknown = Unbekannt
insights-bars-col-spread = Wie viele bei 0–3, 4–6, 7–10

## Vor einem Schub

insights-flares-title = Was vor einem Schub anders war
insights-flares-loading = Ihre Schübe werden ausgewertet …
insights-flares-clear = Klare Unterschiede
insights-flares-numbers = Die Zahlen
insights-flares-numbers-caption = Die Zahlen hinter: { $description }
insights-flares-row-flares = Verglichene Schübe
insights-flares-row-exposed = … mit diesem am Vortag
insights-flares-row-controls = Verglichene gewöhnliche Tage
insights-flares-row-only-flare = Paare mit Unterschied: nur vor dem Schub
insights-flares-row-only-control = Paare mit Unterschied: nur vor dem gewöhnlichen Tag
insights-flares-row-ratio = Odds Ratio (gematcht, Mantel-Haenszel)
insights-flares-no-pair-other = noch nicht berechenbar: kein Paar ging in die andere Richtung
insights-flares-no-pair-this = noch nicht berechenbar: kein Paar ging in diese Richtung
insights-flares-ratio = { $ratio } (95-%-Intervall { $low } bis { $high })
insights-flares-none-clear = Noch kein klarer Unterschied zwischen den Tagen vor Ihren Schüben und gewöhnlichen Tagen.
insights-flares-unclear = Kein klarer Unterschied ({ $count })
insights-flares-unclear-numbers = Odds Ratio { $ratio }; Paare mit Unterschied: { $flare } nur vor dem Schub, { $control } nur vor dem gewöhnlichen Tag.
insights-flares-waiting = Noch nicht genug für eine Aussage ({ $count })
insights-flares-how = So funktioniert es: Ein Schub ist ein Tag, dessen stärkster Schmerz mindestens 2 Punkte und 30 % über Ihrem üblichen Niveau liegt. Was Sie am Tag vor jedem Schub eingetragen haben, wird mit den Tagen vor gewöhnlichen Tagen 1, 2 und 7 Tage früher verglichen, sodass sich nur unterscheidet, was Sie getan haben, nicht wer Sie sind. Tage ohne Einträge werden ausgelassen, nicht als „nein“ gezählt. Das ist, was in Ihrem Tagebuch geschehen ist, kein Beweis für eine Ursache: Etwas anderes kann mit beidem zusammenhängen.

## Das Rumpfprogramm

insights-programme-title = Rumpfprogramm und Schmerz
insights-programme-desc = Aktuelle Serie: { $current ->
        [one] 1 Tag
       *[other] { $current } Tage
    } mit einer Dehn- oder Rumpfeinheit; längste: { $longest }. Letzte 7 Tage: { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } an { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    }.
insights-weeks = Zahlen nach Woche
insights-weeks-caption = Einheiten und Schmerz nach Woche
insights-col-week-of = Woche ab
insights-col-stretching = Dehnen
insights-col-core = Rumpf
insights-col-session-days = Tage mit einer Einheit
insights-programme-bars = Balken: Tage mit einer Einheit (0–7)
insights-programme-line = Linie: mittlerer Schmerz (0–10)

## Der Wochenrückblick

insights-weekly-title = Ihre letzten 7 Tage
insights-weekly-loading = Ihre Woche wird ausgewertet …
insights-weekly-empty = Ihr Wochenrückblick erscheint hier, sobald Sie etwas eintragen: ein Schmerzwert, die Aktivität davor und Ihre Dehn- oder Rumpfeinheiten genügen.
insights-weekly-link = Diagramme und was hilft ansehen
