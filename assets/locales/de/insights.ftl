# Was die Auswertungen sagen: Vergleiche, der Wochenrückblick, Schmerz nach Aktivitäten,
# Schübe, die Körperkarte und die Wochen des Programms. Dezimalzahlen kommen schon mit
# Komma ("2,5"); ganze Zahlen sind Fluent-Zahlen, damit die Pluralformen greifen.

## Ein Vergleich mit/ohne. $measure: pain_after (ein Fall ist eine Aktivität) oder
## weekly_pain (ein Fall ist der durchschnittliche Tagesschmerz einer Woche).

insights-comparison-counts = { $with } gegen { $without } { $measure ->
        [weekly_pain] Wochen
       *[pain_after] Mal
    }
insights-comparison-counts-unknown = { $with } gegen { $without } { $measure ->
        [weekly_pain] Wochen
       *[pain_after] Mal
    } bekannt, { $with_unknown } gegen { $without_unknown } unbekannt
insights-comparison-too-few = { $title }: noch zu wenige Fälle ({ $counts }; nötig sind mindestens { $min } auf jeder Seite).
# $with_label und $without_label beenden "lag im Schnitt bei 2,1 …": "mit Aufwärmen", "ohne".
insights-comparison-result = { $title }: { $measure ->
        [weekly_pain] der tägliche Schmerz
       *[pain_after] der Schmerz danach
    } lag im Schnitt bei { $with_mean } { $with_label } und bei { $without_mean } { $without_label } ({ $counts }) — { $verdict ->
        [no_difference] kein klarer Unterschied
        [too_many_unknown] zu wenige bekannte Ergebnisse: die unbekannten könnten das ändern
       *[matters] ein Unterschied, der zählt
    }.

## Der Wochenrückblick auf dem Heute-Bildschirm.

insights-summary-nothing-logged = In den letzten 7 Tagen wurde nichts eingetragen.
insights-summary-week = In den letzten 7 Tagen haben Sie an { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    } eingetragen; der Schmerz lag im Schnitt bei { $mean } von 10 und höchstens bei { $max }.
insights-summary-week-no-pain = In den letzten 7 Tagen haben Sie an { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    } eingetragen, und kein Schmerz lag über 0.
insights-summary-pain-free = { $days ->
        [0] Keiner dieser Tage war schmerzfrei.
        [one] Davon war 1 Tag schmerzfrei.
       *[other] Davon waren { $days } Tage schmerzfrei.
    }
insights-summary-change-matters = Das sind { $size } Punkte { $direction ->
        [lower] weniger
       *[higher] mehr
    } als in den 7 Tagen davor ({ $previous }), eine Veränderung, die zählt.
insights-summary-change-same = Das ist etwa so viel wie in den 7 Tagen davor ({ $previous }).
insights-summary-too-little-before = Für einen Vergleich ist in den 7 Tagen davor zu wenig eingetragen (nötig sind mindestens { $min } Tage in jeder Woche).
insights-summary-no-sessions = In den letzten 7 Tagen wurden keine Einheiten Dehnen oder Rumpftraining eingetragen.
insights-summary-sessions = Sie haben { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } Dehnen oder Rumpftraining an { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    } gemacht; Ihre aktuelle Serie: { $streak ->
        [one] 1 Tag
       *[other] { $streak } Tage
    } in Folge.
# $finding ist der Satz eines Vergleichs; im Deutschen bleibt sein Titel groß geschrieben.
insights-summary-finding = Über Ihr ganzes Tagebuch gesehen — { $finding }
insights-summary-no-outcomes = Noch keine Aktivität hat ein bekanntes Ergebnis (wie es dem Rücken danach ging), daher gibt es nichts zu vergleichen.
insights-summary-no-pattern = Noch kein klares Muster beim Schmerz nach Aktivitäten ({ $cases ->
        [one] 1 Fall
       *[other] { $cases } Fälle
    } mit bekanntem Ergebnis bisher; ein Vergleich braucht mindestens { $min } auf jeder Seite und einen Unterschied, der zählt).

## Die Wochen des Programms im Vergleich (Fortschritt).

insights-programme-weeks-title = Wochen mit Dehnen oder Rumpftraining an { $days } oder mehr Tagen
insights-programme-weeks-with = in diesen Wochen
insights-programme-weeks-without = in den anderen Wochen

## Was hilft: Schmerz nach Aktivitäten, nach Faktoren. insights-factor-<id> ist der Titel
## eines Faktors; insights-group-<factor>-<key> benennt eine Gruppe, die die Auswertung
## selbst bildet.

insights-factor-kind = Aktivität
insights-factor-position = Stellung
insights-factor-role = Ihre Rolle
insights-factor-props = Hilfsmittel
insights-factor-warm_up = Aufwärmen vor Intimität
insights-factor-duration = Dauer
insights-factor-stretching_that_day = Dehneinheit am selben Tag
insights-factor-core_that_day = Rumpftraining am selben Tag
insights-factor-stress = Stress an diesem Tag
insights-factor-sleep = Schlaf in der Nacht davor
insights-factor-relief = Was gegen den Schmerz getan wurde
insights-factor-relief_helped = Wie sehr es geholfen hat (0-10, höher ist besser)
insights-group-position-unknown = Stellung nicht eingetragen
insights-group-role-moving = Sie haben sich vor allem bewegt
insights-group-role-resting = Ihre Partnerperson hat sich vor allem bewegt
insights-group-role-both = Beide haben sich bewegt
insights-group-role-unknown = Rolle nicht eingetragen
insights-group-props-none = Keine Hilfsmittel
insights-group-props-pillow_under_lower_back = Kissen unter dem unteren Rücken
insights-group-props-pillow_under_hips = Kissen unter der Hüfte
insights-group-props-pillow_between_knees = Kissen zwischen den Knien
insights-group-props-wedge = Keilkissen
insights-group-props-rolled_towel = Gerolltes Handtuch
insights-group-props-bed_edge = Bettkante
insights-group-props-other = Anderes Hilfsmittel
insights-group-warm_up-yes = Aufwärmen
insights-group-warm_up-no = Kein Aufwärmen
insights-group-duration-unknown = Dauer nicht eingetragen
insights-group-duration-under_20 = Unter 20 Min.
insights-group-duration-20_44 = 20-44 Min.
insights-group-duration-45_89 = 45-89 Min.
insights-group-duration-90_plus = 90 Min. oder mehr
insights-group-stretching_that_day-yes = Dehnen am selben Tag
insights-group-stretching_that_day-no = Kein Dehnen am selben Tag
insights-group-core_that_day-yes = Rumpftraining am selben Tag
insights-group-core_that_day-no = Kein Rumpftraining am selben Tag
insights-group-stress-unknown = Kein Check-in an diesem Tag
insights-group-stress-low = Wenig Stress (0-3)
insights-group-stress-moderate = Mittlerer Stress (4-6)
insights-group-stress-high = Hoher Stress (7-10)
insights-group-sleep-unknown = Schlaf nicht eingetragen
insights-group-sleep-under_6 = Unter 6 Std. Schlaf
insights-group-sleep-6_8 = 6-8 Std. Schlaf
insights-group-sleep-8_plus = 8 Std. Schlaf oder mehr

## Titel und Seiten der Vergleiche; eine Seite beendet "lag im Schnitt bei 2,1 …".

insights-compare-group-title = { $factor }: { $group }
insights-compare-position-title = Stellung „{ $position }“
insights-compare-props-title = Hilfsmittel bei Intimität
insights-compare-in-this-group = in dieser Gruppe
insights-compare-in-the-others = in den anderen
insights-compare-in-this-position = in dieser Stellung
insights-compare-in-other-positions = in anderen Stellungen
insights-compare-in-this-role = in dieser Rolle
insights-compare-otherwise = sonst
insights-compare-with-props = mit Hilfsmitteln
insights-compare-with-warm-up = mit Aufwärmen
insights-compare-with-one = mit einer solchen Einheit
insights-compare-without = ohne
# $kind: der Schlüssel der Aktivitätsart.
insights-compare-after-kind = { $kind ->
        [intimacy] nach Intimität
        [stretching] nach Dehnen
        [core_session] nach Rumpftraining
        [walking_sport] nach Gehen / Sport
        [sitting] nach langem Sitzen
        [lifting] nach Heben
        [stress_relief] nach Stressabbau
        [pain_relief] nach etwas gegen den Schmerz
       *[other] nach Sonstigem
    }
insights-compare-after-other-kinds = nach anderen Aktivitäten

## Was vor einem Schub anders war. $exposure ist, was am Tag davor geschah (intimacy,
## intimacy_no_warm_up, intimacy_moving, intimacy_no_props, sitting_long, lifting,
## no_stretching, high_stress, short_sleep, position); jedes gibt es in drei Formen.

# Eine kurze Beschreibung (die Beschriftung seiner Zahlen).
insights-flare-exposure = { $exposure ->
        [intimacy] Sex gehabt
        [intimacy_no_warm_up] Sex ohne Aufwärmen gehabt
        [intimacy_moving] sich beim Sex vor allem selbst bewegt
        [intimacy_no_props] Sex ohne Kissen oder andere Hilfsmittel gehabt
        [sitting_long] { $sitting_hours } Stunden oder länger gesessen
        [lifting] etwas Schweres gehoben
        [no_stretching] nicht gedehnt
        [high_stress] den Stress mit { $stress } oder mehr bewertet
        [short_sleep] weniger als { $sleep_hours } Stunden geschlafen
       *[position] Sex in der Stellung { $position } gehabt
    }
# Der Satzteil nach "Vor 5 von 5 verglichenen Schüben" (Verb an zweiter Stelle).
insights-flare-did = { $exposure ->
        [intimacy] hatten Sie Sex
        [intimacy_no_warm_up] hatten Sie Sex ohne Aufwärmen
        [intimacy_moving] hatten Sie Sex und haben sich dabei vor allem selbst bewegt
        [intimacy_no_props] hatten Sie Sex ohne Kissen oder andere Hilfsmittel
        [sitting_long] saßen Sie { $sitting_hours } Stunden oder länger
        [lifting] haben Sie etwas Schweres gehoben
        [no_stretching] haben Sie nicht gedehnt
        [high_stress] haben Sie Ihren Stress mit { $stress } oder mehr bewertet
        [short_sleep] haben Sie weniger als { $sleep_hours } Stunden geschlafen
       *[position] hatten Sie Sex in der Stellung { $position }
    }
# Der Anfang eines Satzes, der die Frage stellt (Verb am Ende).
insights-flare-whether = { $exposure ->
        [intimacy] Ob Sie Sex hatten
        [intimacy_no_warm_up] Ob Sie Sex ohne Aufwärmen hatten
        [intimacy_moving] Ob Sie sich beim Sex vor allem selbst bewegt haben
        [intimacy_no_props] Ob Sie Sex ohne Kissen oder andere Hilfsmittel hatten
        [sitting_long] Ob Sie { $sitting_hours } Stunden oder länger gesessen haben
        [lifting] Ob Sie etwas Schweres gehoben haben
        [no_stretching] Ob Sie nicht gedehnt haben
        [high_stress] Ob Sie Ihren Stress mit { $stress } oder mehr bewertet haben
        [short_sleep] Ob Sie weniger als { $sleep_hours } Stunden geschlafen haben
       *[position] Ob Sie Sex in der Stellung { $position } hatten
    }
insights-flare-compared = Vor { $exposed } von { $flares ->
        [one] 1 verglichenen Schub
       *[other] { $flares } verglichenen Schüben
    } { $did }; vor den passenden gewöhnlichen Tagen { $controls_exposed } von { $controls } — { $verdict ->
        [more] öfter vor Schüben als vor gewöhnlichen Tagen
        [less] seltener vor Schüben als vor gewöhnlichen Tagen
        [only_before_flares] bisher nur vor Schüben, aber zu selten, um sicher zu sein
        [only_before_ordinary_days] bisher nur vor gewöhnlichen Tagen, aber zu selten, um sicher zu sein
       *[no_difference] kein klarer Unterschied zwischen Schüben und gewöhnlichen Tagen
    }.
insights-flare-not-enough = { $whether }: Dafür reicht es noch nicht ({ $differing } der { $needed } nötigen Paare aus Schub und gewöhnlichem Tag, die sich unterscheiden).
insights-flare-none-yet = Noch keine Schübe gefunden: Ein Schub ist hier ein Tag, dessen stärkster Schmerz mindestens { $points } Punkte und { $percent } % über Ihrem üblichen Niveau liegt (dem mittleren Wert Ihrer vorigen { $baseline_days } Tage, sobald an mindestens { $min_days } davon Schmerz eingetragen ist).
insights-flare-summary = { $flares ->
        [one] 1 Schub
       *[other] { $flares } Schübe
    } gefunden, jeweils verglichen mit gewöhnlichen Tagen 1, 2 und 7 Tage davor. { $enough } der { $checked } geprüften Einflüsse lassen sich bisher vergleichen; { $clear ->
        [0] keiner zeigt
        [one] 1 zeigt
       *[other] { $clear } zeigen
    } einen klaren Unterschied.

## Die Körperkarte nach Aktivität: die Karte einer Stellung heißt "Intimität: Löffelchen".

insights-body-map-after-position = { $kind }: { $position }

## "Wie ging es Ihrem Rücken danach?": abgelehnte Antworten.

insights-outcome-no-such-activity = diese Aktivität gibt es nicht
insights-outcome-activity-in-future = diese Aktivität hat noch nicht stattgefunden
insights-outcome-too-many-ids = höchstens { $max } Aktivitäten auf einmal
