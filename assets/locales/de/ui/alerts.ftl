# Die Warnhinweis-Seiten: die Seite „Warnhinweise“, das Banner über jeder Seite und der
# Notfallbildschirm. Die Texte der Regeln selbst (Titel, Bedeutung, Schwellen, Quellen)
# kommen von der Rust-Seite.

alerts-acknowledge = Zur Kenntnis genommen
alerts-acknowledge-one = Zur Kenntnis genommen: { $title }
alerts-what-to-do = Was Sie jetzt tun sollten:

## Die Seite „Warnhinweise“

alerts-intro = Backstory prüft Ihr Tagebuch und Ihr Profil auf Zeichen, bei denen Sie Hilfe suchen sollten, und wie bald. Es ist kein Medizinprodukt und stellt nie eine Diagnose: Wenn Sie sich Sorgen machen, wenden Sie sich an eine medizinische Fachperson, ganz gleich, was diese Seite zeigt.
alerts-status-unacknowledged-resolved = Noch nicht zur Kenntnis genommen. Das Tagebuch erfüllt diese Regel seit { $resolved } nicht mehr.
alerts-status-needs-attention = Braucht Ihre Aufmerksamkeit.
alerts-status-evidence-changed = Erledigt am { $resolved }: Ein Eintrag, auf dem er beruhte, wurde geändert oder gelöscht.
alerts-status-no-longer-met = Zur Kenntnis genommen am { $acknowledged }; seit { $resolved } nicht mehr erfüllt.
alerts-status-acknowledged = Zur Kenntnis genommen am { $acknowledged }.
alerts-raised-first = Zuerst ausgelöst am { $first }.
alerts-raised-again = Zuerst ausgelöst am { $first }; danach { $again ->
        [one] noch einmal
       *[other] noch { $again }-mal
    } ausgelöst, zuletzt am { $last }.
alerts-measured = Was gemessen wurde:
alerts-evidence = Einträge, auf denen er beruht
alerts-why = Warum dieser Warnhinweis, und Quellen
alerts-threshold = Schwelle:
alerts-threshold-why = Warum diese Schwelle:
alerts-ack-hint = Er bleibt gespeichert; kommt das Zeichen wieder oder wird es schlimmer, wird er erneut ausgelöst.
alerts-needs-attention = Braucht Ihre Aufmerksamkeit
alerts-nothing-open = Im Moment braucht nichts Ihre Aufmerksamkeit.
alerts-on-record = Gespeichert
alerts-history = Verlauf
alerts-no-history = Es wurden keine Warnhinweise ausgelöst.
alerts-history-item = { $event }: { $title }
alerts-rules = Was Backstory prüft ({ $count } Regeln)
alerts-rules-hint = Jede Regel nennt ihre Schwelle, warum diese Schwelle und woher die Empfehlung stammt.
alerts-rule-why = Warum:
alerts-rule-sources = Quellen: { $sources }

## Das Banner

alerts-banner-label = Warnhinweise, die Ihre Aufmerksamkeit brauchen
alerts-banner-announcement = { $count ->
        [one] 1 Warnhinweis braucht Ihre Aufmerksamkeit: { $titles }.
       *[other] { $count } Warnhinweise brauchen Ihre Aufmerksamkeit: { $titles }.
    }
alerts-advice-emergency = Holen Sie sofort Notfallhilfe.
alerts-advice-urgent = Holen Sie sich heute ärztlichen Rat.
alerts-advice-see_doctor_soon = Vereinbaren Sie in den nächsten Tagen einen Termin in der Hausarzt- oder Physiotherapiepraxis.
alerts-advice-self_care = Hören Sie mit dieser Bewegung auf oder ändern Sie sie.
alerts-banner-title = { $title }.
alerts-read-more = Mehr lesen
alerts-banner-more = und { $count } weitere auf der Seite „Warnhinweise“

## Der Notfallbildschirm

alerts-emergency-kicker = Notfallzeichen eingetragen
alerts-emergency-title = Holen Sie jetzt Notfallhilfe
alerts-emergency-action = Rufen Sie den Notruf an (112 in der EU, 999 in Großbritannien, 911 in den USA) oder gehen Sie jetzt in eine Notaufnahme.
alerts-emergency-sub = Warten Sie nicht ab, ob es vorübergeht, und fahren Sie nicht selbst, wenn Ihre Beine betroffen sind.
alerts-emergency-why = { $count ->
        [one] Sie haben ein Zeichen eingetragen, das bedeuten kann, dass die Nerven am unteren Ende der Wirbelsäule unter Druck stehen.
       *[other] Sie haben { $count } Zeichen eingetragen, die bedeuten können, dass die Nerven am unteren Ende der Wirbelsäule unter Druck stehen.
    } Das muss innerhalb von Stunden im Krankenhaus abgeklärt werden, weil die Behandlung früh am besten wirkt.
alerts-emergency-logged = Was Sie eingetragen haben
alerts-emergency-sources = { $count ->
        [one] Quelle:
       *[other] Quellen:
    }
alerts-emergency-disclaimer = Backstory ist kein Medizinprodukt und kann Sie nicht untersuchen. Es zeigt diesen Bildschirm wegen Ihrer Einträge; nur eine medizinische Fachperson kann beurteilen, was los ist.
alerts-emergency-read = Ich habe das gelesen
alerts-emergency-mistake = Versehentlich angekreuzt? Schließen Sie diesen Bildschirm und ändern oder löschen Sie den Eintrag im Verlauf. Der Warnhinweis wird dann als erledigt markiert und bleibt in Ihrem Verlauf der Warnhinweise.
