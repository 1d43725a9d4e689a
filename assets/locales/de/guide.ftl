# Was der Ratgeber einem Menschen sagt: warum heute etwas vorgeschlagen wird, was der
# Übungsplayer weglässt und warum, den Rat des Programms, was der Stopp-Knopf einer
# Einheit sagt.

## "Für Sie heute".

# $day: today, yesterday oder der Wochentag (mon … sun) eines früheren Tages dieser Woche.
guide-when = { $day ->
        [today] heute
        [yesterday] gestern
        [mon] am Montag
        [tue] am Dienstag
        [wed] am Mittwoch
        [thu] am Donnerstag
        [fri] am Freitag
        [sat] am Samstag
       *[sun] am Sonntag
    }
guide-pick-positions-title = Stellungen, die zu Ihrem Rücken passen
guide-pick-conversation-title = Mit Ihrer Partnerperson darüber sprechen
guide-reason-high-pain-rest = Sie haben { $when } { $nrs }/10 eingetragen: Ruhen Sie in einer gestützten Lage mit langsamer Atmung und bleiben Sie sanft in Bewegung.
guide-reason-after-intimacy-pain = Sie haben { $when } nach Intimität { $nrs }/10 eingetragen: Probieren Sie die sanfte Übungsfolge zum Ausklang.
# $profile: das Bewegungsprofil (flexion, extension, mixed, unknown).
guide-reason-after-intimacy-positions = { $profile ->
        [flexion] Nach Intimität kamen Schmerzen: Sehen Sie, welche Stellungen einem Rücken liegen, der Vorbeugen nicht mag.
        [extension] Nach Intimität kamen Schmerzen: Sehen Sie, welche Stellungen einem Rücken liegen, der ein Hohlkreuz nicht mag.
        [mixed] Nach Intimität kamen Schmerzen: Sehen Sie, welche Stellungen einem Rücken liegen, der weder Vorbeugen noch Hohlkreuz mag.
       *[unknown] Nach Intimität kamen Schmerzen: Ein einminütiger Fragebogen zeigt, welche Stellungen zu Ihrem Rücken passen könnten.
    }
guide-reason-after-intimacy-talk = Nach Intimität kamen Schmerzen: Der Vorher-nachher-Check hilft Ihnen, das nächste Mal gemeinsam zu planen.
guide-reason-warm-up-missing = Auf Intimität ohne Aufwärmen folgten { $when } Schmerzen: Probieren Sie nächstes Mal zuerst das 5-Minuten-Aufwärmen.
guide-reason-warm-up-habit = 5 Minuten Aufwärmen vor Intimität können den Rücken danach entlasten.
guide-reason-stress-high = Ihr Stress lag beim heutigen Check-in bei { $stress }/10: Ein paar Minuten langsames Atmen können dem Stress die Spitze nehmen.
guide-reason-stress-very-high = Bei so hohem Stress kann ein 5-minütiger Body-Scan den Rückenmuskeln helfen, loszulassen.
guide-reason-morning-stiff = Steif beim Aufwachen ({ $stiffness }/10): Diese Übungsfolge lockert ohne Vorbeugen, das die Bandscheiben in den ersten Stunden am stärksten belastet.
guide-reason-morning = Morgens: Beginnen Sie mit sanften Bewegungen und heben Sie das Vorbeugen für später am Tag auf.
# $hours kommt mit einer Nachkommastelle ("3,0").
guide-reason-long-sitting = Sie haben { $when } { $hours } Stunden Sitzen eingetragen: Eine 2-minütige Pause etwa jede halbe Stunde hilft.
# $region: buttock_left, buttock_right, hip_left oder hip_right.
guide-reason-hip-pain = Schmerzen { $region ->
        [buttock_left] im linken Gesäß
        [buttock_right] im rechten Gesäß
        [hip_left] in der linken Hüfte
       *[hip_right] in der rechten Hüfte
    } diese Woche: Die Vierer-Dehnung lockert die tiefen Hüftmuskeln.
guide-reason-core-week = { $sessions ->
        [one] 1 Einheit Rumpftraining
       *[other] { $sessions } Einheiten Rumpftraining
    } in den letzten 7 Tagen: Stufe { $level } hält Ihr Programm in Gang (Ziel: { $target } pro Woche).
guide-reason-core-keep = { $sessions } Einheiten Rumpftraining diese Woche, gut gemacht: Bleiben Sie auf Stufe { $level }, so festigen Sie das Erreichte.
guide-reason-fallback-walk = Ein Spaziergang in angenehmem Tempo gehört zu jedem Plan für den Rücken.
guide-reason-fallback-breathing = Fünf Minuten langsames Atmen entspannen auch die Rückenmuskeln.
# $movements: welche Bewegungen das Profil ausblendet.
guide-hidden-movements = { $movements ->
        [flexion] Übungen, die den Rücken nach vorn beugen, sind für Ihr Profil ausgeblendet.
        [extension] Übungen, die den Rücken ins Hohlkreuz bringen, sind für Ihr Profil ausgeblendet.
        [rotation] Übungen, die den Rücken verdrehen, sind für Ihr Profil ausgeblendet.
        [flexion_extension] Übungen, die den Rücken nach vorn beugen oder ins Hohlkreuz bringen, sind für Ihr Profil ausgeblendet.
        [flexion_rotation] Übungen, die den Rücken nach vorn beugen oder verdrehen, sind für Ihr Profil ausgeblendet.
        [extension_rotation] Übungen, die den Rücken ins Hohlkreuz bringen oder verdrehen, sind für Ihr Profil ausgeblendet.
       *[all] Übungen, die den Rücken nach vorn beugen, ins Hohlkreuz bringen oder verdrehen, sind für Ihr Profil ausgeblendet.
    }

## Der Übungsplayer: was aus einer Übungsfolge weggelassen wird und warum, und seine
## Ansagen.

guide-left-out-your-profile = Ihrem Profil
# $because: was laut Katalog die Bewegung ausschließt, als Liste.
guide-left-out-movement = { $exercise } { $movement ->
        [flexion] beugt den unteren Rücken nach vorn
        [extension] bringt den unteren Rücken ins Hohlkreuz
        [rotation] verdreht den unteren Rücken
       *[neutral] belastet den Rücken
    }; das wird vermieden bei { $because }
guide-left-out-nerve = { $exercise } zieht am Ischiasnerv; das wird vermieden bei { $conditions ->
        [sciatica] Ischias
        [disc_herniation] einem Bandscheibenvorfall
       *[both] Ischias und einem Bandscheibenvorfall
    }
# $safety: der erste Satz des Sicherheitshinweises der Übung.
guide-left-out-condition = { $exercise } wird bei { $condition } weggelassen: { $safety }
guide-left-out-leg-pain = { $exercise } kann Beinschmerzen auslösen, und Sie haben kürzlich Schmerzen unterhalb des Knies eingetragen
# Eine Erkrankung im laufenden Text, nach "bei".
guide-condition-in-text = { $condition ->
        [disc_herniation] einem Bandscheibenvorfall
        [sciatica] Ischias
        [arthritis] Arthrose
        [stenosis] einer Spinalkanalstenose
        [osteoporosis] Osteoporose
        [pelvic_alignment] einer Fehlstellung des Beckens
        [spondylolisthesis] Wirbelgleiten (Spondylolisthesis)
       *[compression_fracture] einem Kompressionsbruch eines Wirbels
    }
# Die letzten beiden Glieder einer Aufzählung: "a, b und c".
guide-list-and = { $rest } und { $last }
guide-routine-unsuitable = Nur { $suitable } der { $exercises } Übungen dieser Folge passen zu Ihnen{ $changes ->
        [listed] {" "}(siehe die aufgeführten Änderungen)
       *[none] {""}
    }, daher wird sie nicht vorgeschlagen. Probieren Sie eine Folge weiter unten oder bitten Sie eine Physiotherapeutin oder einen Physiotherapeuten um eine, die für Sie gemacht ist.
guide-cue-keep-going = Weiter in lockerem Tempo
guide-cue-hold = Halten ({ $rep } von { $reps })
guide-cue-relax = Entspannen
# $side: left oder right, wenn die Wiederholungen die Seite wechseln, sonst none.
guide-cue-repetition = { $side ->
        [left] Wiederholung { $rep } von { $reps }, linke Seite
        [right] Wiederholung { $rep } von { $reps }, rechte Seite
       *[none] Wiederholung { $rep } von { $reps }
    }
guide-cue-rest = Pause vor Satz { $set }
guide-cue-ready = { $side ->
        [left] Gehen Sie in Position: linke Seite
        [right] Wechseln Sie auf die rechte Seite
       *[none] Gehen Sie in Position
    }
# Die Beschriftung eines Schritts; $set ist 0, wenn die Übung einen Satz hat.
guide-step-label = { $side ->
        [left] { $set ->
            [0] Linke Seite
           *[other] Linke Seite, Satz { $set } von { $sets }
        }
        [right] { $set ->
            [0] Rechte Seite
           *[other] Rechte Seite, Satz { $set } von { $sets }
        }
       *[none] Satz { $set } von { $sets }
    }

## "Das tut weh" während einer Übungsfolge, und was eine angeleitete Einheit ins
## Tagebuch schreibt.

guide-hurt-advice-below-knee = Schmerzen, die bis unter das Knie ausstrahlen: Brechen Sie diese Übungsfolge jetzt ab und vermeiden Sie diese Bewegung. Tragen Sie ein, wie es abklingt. Wird das Bein außerdem taub, kribbelt es oder wird es schwach, gehen Sie zu einer Ärztin oder einem Arzt; betrifft es beide Beine, oder kommen Taubheit im Genitalbereich (Reithosenanästhesie) oder Veränderungen beim Wasserlassen hinzu, holen Sie sofort Notfallhilfe.
# $level: severe (das Wort der Warnzeichen-Regeln) oder high.
guide-hurt-stop = Schmerz von { $nrs }/10 ist { $level ->
        [severe] stark
       *[high] hoch
    }: Brechen Sie diese Übungsfolge ab und ruhen Sie in einer bequemen Lage. Wenn Übungen immer wieder starke Schmerzen auslösen, wenden Sie sich an eine Physiotherapeutin oder einen Physiotherapeuten.
guide-hurt-skip = Lassen Sie diese Übung vorerst aus und machen Sie mit den übrigen nur sanft weiter, wenn es sich angenehm anfühlt. Sie wird mit dieser Einheit gespeichert, damit Sie später ein Muster erkennen können.
guide-session-completed = Angeleitet: { $routine }. Abgeschlossen.
guide-session-stopped = Angeleitet: { $routine }. Vorzeitig beendet nach { $done ->
        [one] 1 Übung
       *[other] { $done } Übungen
    }.
# $known: yes, wenn die Übung im Katalog steht.
guide-session-hurt-note = { $known ->
        [yes] Während „{ $exercise }“ (angeleitet: { $routine }).
       *[no] Während einer Übung (angeleitet: { $routine }).
    }

## Offene Warnungen pausieren den Ratgeber; was das Profil ausblendet.

# $titles: die Titel der Warnungen; $action: was die Stufe der Warnung zu tun rät.
guide-pause-reason = Vorschläge für heute, der Aufstieg auf eine höhere Rumpfstufe und die Übungsfolgen des Players sind pausiert, weil { $what ->
        [emergency] eine Notfallwarnung offen ist
        [urgent_one] eine dringende Warnung offen ist
       *[urgent_many] dringende Warnungen offen sind
    }: { $titles }. { $action } Der Ratgeber macht weiter, sobald die Warnung aufgelöst ist (das Tagebuch zeigt das Zeichen nicht mehr).
# $reason: der eigene Rat des Programms, ein oder zwei Sätze.
guide-level-up-waits = { $reason } Der Aufstieg auf Stufe { $level } wartet, bis die { $tier ->
        [emergency] Notfallwarnung
       *[urgent] dringende Warnung
    } aufgelöst ist: { $titles }.
guide-hidden-nerve-too = Dehnungen, die am Ischiasnerv ziehen, werden ebenfalls weggelassen.
guide-hidden-nerve = Dehnungen, die am Ischiasnerv ziehen, sind für Ihr Profil ausgeblendet.

## Der Rat des Rumpfprogramms.

# $why: pain_rose (mit $before und $recent), pain_worse oder hurt; $step: down (auf
# Stufe $lower) oder keep_gentle (auf Stufe 1).
guide-programme-ease-off = { $why ->
        [pain_rose] Ihr durchschnittlicher Schmerz ist diese Woche von { $before } auf { $recent } gestiegen
        [pain_worse] Ihr Schmerz ist stärker geworden
       *[hurt] Auf { $hurt } Ihrer letzten { $last } Einheiten folgte Schmerz von { $nrs }/10 oder mehr
    }: { $step ->
        [down] Gehen Sie auf Stufe { $lower } zurück, bis es sich beruhigt.
       *[keep_gentle] Bleiben Sie sanft auf Stufe 1 und halten Sie die Positionen kürzer. Wenn Übungen starke Schmerzen auslösen, hören Sie auf und wenden Sie sich an eine Physiotherapeutin oder einen Physiotherapeuten.
    }
guide-programme-top-level = Höchste Stufe: { $done ->
        [one] 1 Einheit
       *[other] { $done } Einheiten
    } in den letzten { $days } Tagen. Bleiben Sie dran, drei- oder mehrmals pro Woche.
guide-programme-ready = { $done ->
        [one] 1 Einheit
       *[other] { $done } Einheiten
    } auf Stufe { $level } und Ihr Schmerz ist nicht stärker: bereit für Stufe { $next }.
guide-programme-wait = Alle { $needed } Einheiten geschafft ({ $done } in den letzten { $days } Tagen); bleiben Sie noch { $wait ->
        [one] 1 Tag
       *[other] { $wait } Tage
    } auf Stufe { $level }, bevor Sie aufsteigen.
guide-programme-progress = { $done } von { $needed } Einheiten auf Stufe { $level } geschafft.

## The exercise player's doses and cues (catalogue side).

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
