# First-run setup and the welcome screen.

## Welcome

welcome-title = Willkommen bei Backstory
welcome-intro = Ein privates Tagebuch für Schmerzen im unteren Rücken, auch für Schmerzen nach dem Sex. Tragen Sie ein, wie sich Ihr Rücken anfühlt und was Sie vorher gemacht haben, und Backstory zeigt, was hilft und was schadet.
welcome-does = Was Backstory tut
welcome-private-title = Privat.
welcome-private = Alles bleibt auf diesem Computer. Kein Konto, keine Cloud, kein Tracking.
welcome-quick-title = Schnell.
welcome-quick = Ein Schmerzeintrag dauert ein paar Sekunden: ein Wert, wo es wehtut, was davor war.
welcome-safe-title = Sicher.
welcome-safe = Backstory weist auf Zeichen hin, die ärztlich abgeklärt werden sollten, und sagt, wann Sie sofort Hilfe holen sollten.
welcome-does-not = Was Backstory nicht tut
welcome-does-not-diagnose = Es stellt keine Diagnosen, behandelt nicht und ersetzt weder Ärztin oder Arzt noch Physiotherapie.
welcome-does-not-send = Es sendet nichts irgendwohin: kein Konto, keine Cloud, kein Tracking, kein Netzwerk.
welcome-does-not-judge = Es urteilt nicht. Was Sie über Sex und Intimität eintragen, dient nur dazu, herauszufinden, was Ihrem Rücken guttut.
welcome-not-a-device = Backstory ist kein Medizinprodukt und stellt keine Diagnosen. Wenn Sie Taubheit im Genital- oder Gesäßbereich, neue Probleme mit Blase oder Darm oder Schwäche in beiden Beinen haben, rufen Sie jetzt den Notruf (112).
welcome-set-up = Mein Tagebuch einrichten
welcome-set-up-hint = Etwa zwei Minuten: ein paar Gesundheitsfragen, Ihr Bewegungsprofil und Erinnerungen.
welcome-skip = Tagebuch ohne Einrichtung beginnen
welcome-demo = Erst mit Demodaten umsehen
welcome-demo-hint = Die Demo verwendet ein eigenes Tagebuch; Ihr eigenes bleibt leer, bis Sie etwas eintragen.

## Setup steps

onboarding-progress = Schritt { $step } von { $total }
onboarding-steps-label = Einrichtungsschritte
onboarding-step-welcome = Willkommen
onboarding-step-conditions = Bekannte Erkrankungen
onboarding-step-movement = Bewegungsprofil
onboarding-step-done = Fertig
onboarding-missing-dates = Einige Antworten brauchen ein Datum oder „trifft noch zu“.
onboarding-history-title = Ein paar Gesundheitsfragen
onboarding-history-intro = Manche Rückenschmerzen brauchen früher ärztliche Abklärung. Mit diesen Antworten kann Backstory Ihnen sagen, wann. Sie bleiben auf diesem Computer, und Sie können sie jederzeit im Profil ändern.
onboarding-age = Ihr Alter
onboarding-history-legend = Kreuzen Sie an, was auf Sie zutrifft
onboarding-episode-hint = Lassen Sie es leer, wenn Sie unsicher sind.
onboarding-conditions-intro = Nur Erkrankungen, die Ihnen eine Ärztin, ein Arzt oder Ihre Physiotherapie genannt hat. Backstory lässt damit Übungen und Stellungen weg, die dafür nicht empfohlen werden.
onboarding-conditions-legend = Erkrankungen, die bei Ihnen festgestellt wurden
onboarding-movement-title = Welche Bewegungen stören Ihren Rücken?
onboarding-movement-intro = Viele Menschen merken, dass Vorbeugen oder ein Hohlkreuz ihre Schmerzen verstärkt. Zu wissen, was davon, hilft Backstory, Übungen und Stellungen vorzuschlagen.
onboarding-movement-use-suggestion = Vorschlag übernehmen: { $profile }
onboarding-reminders-intro = Sanfte Anstöße, nur solange Backstory läuft (es kann minimiert oder im Infobereich bleiben). Sie können sie in den Einstellungen jederzeit ändern oder ausschalten.
onboarding-start-at-login = Backstory bei der Anmeldung im Infobereich ohne Fenster starten (damit Erinnerungen den ganzen Tag kommen)
onboarding-start-at-login-hint = Freiwillig; jederzeit in den Einstellungen änderbar.
onboarding-privacy-title = Ihre Daten bleiben hier
onboarding-privacy-intro = Ihr Tagebuch ist eine Datei auf diesem Computer. Nichts wird hochgeladen. Wenn andere Menschen diesen Computer nutzen, können Sie das Tagebuch zusätzlich mit einer Passphrase sperren (Verschlüsselung der gespeicherten Daten).
onboarding-privacy-optional = Die Verschlüsselung ist freiwillig. Wenn Sie die Passphrase vergessen, lässt sich das Tagebuch nicht mehr öffnen; bewahren Sie sie also sicher auf.
onboarding-privacy-later = Die Verschlüsselung ist freiwillig: Drücken Sie „Weiter“, um ohne sie fortzufahren. Sie können sie jederzeit in den Einstellungen unter „Datenschutz“ ein- oder ausschalten.
onboarding-done-title = Sie sind bereit
onboarding-done-intro = Drücken Sie N, um Schmerz einzutragen, und A für eine Aktivität. Alles, was Sie hier eingestellt haben, können Sie in den Einstellungen und im Profil ändern.
onboarding-finish = Mein Tagebuch beginnen
onboarding-save-failed = Dieser Schritt konnte nicht gespeichert werden: { $message }
