# Einstellungen: Erinnerungen, der Desktop (Infobereich, Anmeldung, Tastenkürzel), die Sprache,
# welche Aktivitäten nach dem Ergebnis fragen, Datenschutz und Verschlüsselung, der
# Sperrbildschirm und die Erinnerung im Fenster.

settings-intro = Alles, was Sie bei der Einrichtung gewählt haben, und ein paar weitere Optionen.

## Die Sprache

settings-language-title = Sprache
settings-language-intro = Die Sprache von Backstorys Fenster, Menüs und Benachrichtigungen. Das Fenster lädt neu, um die neue Sprache zu sprechen.
settings-language-system = Systemsprache
settings-language-system-in-use = Systemsprache ({ $language })
settings-language-en = English
settings-language-de = Deutsch
settings-language-save = Diese Sprache verwenden
settings-language-saved = Sprache gespeichert; das Fenster lädt neu.

## Erinnerungen

settings-reminders-master = Erinnerungen an
settings-reminders-master-hint = Ein Schalter für alle.
settings-reminders-check-in-hint = Stress, Schlaf und Steifigkeit, einmal am Tag.
settings-reminders-programme-hint = An den Tagen, die Sie wählen.
settings-reminders-morning-after = Nach Intimität fragen: „Wie geht es Ihrem Rücken heute Morgen?“
settings-reminders-morning-after-hint = Am Morgen, nachdem Sie Intimität eingetragen haben, außer Sie haben schon gesagt, wie es Ihrem Rücken danach ging. Die Benachrichtigung selbst erwähnt Intimität nie.
settings-reminders-weekly-check-hint = Drei Fragen zur vergangenen Woche, an dem Tag, den Sie wählen; entfällt, wenn Sie sie in den letzten 7 Tagen beantwortet haben.
settings-reminders-experiment-day-hint = An jedem Tag, an dem ein Experiment läuft (nicht während es pausiert): „Backstory: Der Plan für heute ist bereit“. Die Benachrichtigung nennt die Änderung nie.
settings-reminders-day = Tag
settings-reminders-remind-me = Erinnern
settings-reminders-use-quiet = Ruhezeiten verwenden
settings-reminders-time = Uhrzeit
settings-reminders-days = Tage
settings-reminders-quiet = Ruhezeiten
settings-reminders-quiet-hint = In diesem Zeitraum keine Erinnerungen; eine verpasste wartet bis zu seinem Ende, wenn es noch derselbe Tag ist.
settings-reminders-snooze = Dauer des Schlummerns (Minuten)
settings-reminders-save = Erinnerungen speichern
settings-reminders-saved = Erinnerungen gespeichert.
settings-reminders-next = Als Nächstes
settings-reminders-nothing-next = Keine Erinnerungen geplant.
settings-reminders-next-item = { $kind }: { $when }
settings-reminders-test = Test-Erinnerung zeigen
settings-reminders-test-hint = Prüft, ob Ihr Desktop Benachrichtigungen von Backstory anzeigt.
settings-reminders-while-running = Erinnerungen kommen, solange Backstory läuft: mit offenem, minimiertem oder in den Infobereich geschlossenem Fenster.
settings-reminders-toast-label = Erinnerung
settings-reminders-open = Öffnen
settings-reminders-snooze-button = Später erinnern
settings-reminders-snoozed-until = Erinnerung verschoben bis { $time }.
settings-reminders-late = Vorhin verpasst

## Welche Aktivitäten fragen „Wie ging es Ihrem Rücken danach?“

settings-outcomes-title = „Wie ging es Ihrem Rücken danach?“ fragen nach
settings-outcomes-hint = „Heute“ fragt einmal nach jeder Aktivität dieser Arten; ein Tippen genügt („keine Schmerzen“ zählt auch). Erkenntnisse können nur aus Aktivitäten mit bekanntem Ergebnis sagen, was hilft.
settings-outcomes-saved = Gespeichert.

## Profil, Datenschutz, Aufbewahrung, Tastatur, Darstellung

settings-profile-title = Vorgeschichte, Erkrankungen und Bewegung
settings-profile-text = Ihre Vorgeschichte, bekannte Erkrankungen, Altersgruppe und Ihr Bewegungsprofil finden Sie auf der Seite „Profil“.
settings-profile-open = Profil öffnen
settings-privacy-text = Ihr Tagebuch bleibt auf diesem Computer. Backstory baut keine Netzwerkverbindungen auf und speichert nichts im Browser-Speicher seines Fensters. Ordner und Dateien kann nur Ihr Benutzerkonto öffnen.
settings-kept-title = Wie lange Gelöschtes aufbewahrt wird
settings-kept-deleted = Ein gelöschter Eintrag kann { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    } lang wiederhergestellt werden. Danach wird er beim nächsten Start von Backstory endgültig gelöscht, und der Platz, den er in der Tagebuchdatei belegte, wird überschrieben.
settings-kept-backups = Backstory behält eine Sicherung pro Tag für { $count ->
        [one] den letzten Tag, an dem
       *[other] die letzten { $count } Tage, an denen
    } es benutzt wurde, im Ordner „backups“ neben Ihrem Tagebuch. Ein gelöschter Eintrag bleibt in den Sicherungen, die vor dem Löschen entstanden sind, bis diese ausgetauscht werden (nach { $count ->
        [one] 1 neueren täglichen Sicherung
       *[other] { $count } neueren täglichen Sicherungen
    }).
settings-kept-other = Sicherungen vor einem Update oder vor einer Wiederherstellung werden aufbewahrt, bis { $count ->
        [one] 1 neuere tägliche Sicherung existiert
       *[other] { $count } neuere tägliche Sicherungen existieren
    }, und dann ebenso entfernt.
settings-kept-exports = Dateien, die Sie selbst speichern (Freigaben, Exporte, Berichte, CSV, vollständige Sicherungen), gehören Ihnen: Backstory löscht sie nie.
settings-keyboard-title = Tastatur
settings-keyboard-intro = Alles funktioniert mit der Tastatur: Tab und Umschalt+Tab wechseln das Feld, Eingabe und Leertaste drücken. Kürzel mit einer Taste funktionieren, wenn kein Textfeld den Fokus hat.
settings-shortcut-activity = Aktivität eintragen
settings-shortcut-filter = Verlauf filtern
settings-shortcut-close = Formular oder Dialog schließen
settings-display-title = Darstellung
settings-display-text = Backstory folgt Ihrem System: helles oder dunkles Design, reduzierte Bewegung und Textgröße (ändern Sie die Standardschriftgröße Ihres Desktops, und die App passt sich an).

## Infobereich, Start bei der Anmeldung, Tastenkürzel für den Schnelleintrag

settings-desktop-title = Infobereich und Start bei der Anmeldung
settings-desktop-intro = Backstory kann mit geschlossenem Fenster im Infobereich (der Statusleiste) bleiben, damit Erinnerungen weiter kommen und Sie über das Menü dort in Sekunden Schmerz eintragen können.
settings-desktop-no-tray = Dieser Desktop zeigt kein Symbol von Backstory im Infobereich (unter Linux braucht es die AppIndicator-Bibliothek, Paket libayatana-appindicator3-1); das Schließen des Fensters beendet Backstory daher.
settings-desktop-close-legend = Wenn ich das Fenster schließe
settings-desktop-close-keep = Backstory im Infobereich behalten (Erinnerungen kommen weiter)
settings-desktop-close-quit = Backstory beenden
settings-desktop-close-ask = Beim nächsten Mal fragen
settings-desktop-login = Backstory bei der Anmeldung starten, im Infobereich, ohne Fenster
settings-desktop-login-hint = Erinnerungen kommen dann den ganzen Tag, ohne dass Sie etwas öffnen. Standardmäßig aus.
settings-desktop-shortcut = Tastenkürzel, das den Schnelleintrag von überall öffnet
settings-desktop-shortcut-hint = Aus, wenn leer. Klicken Sie in das Feld und drücken Sie die Tasten (mindestens eine von Ctrl, Alt, Shift oder Super, dann eine Taste), oder tippen Sie sie, z. B. Ctrl+Alt+L. Rücktaste leert das Feld.
settings-desktop-save = Diese Einstellungen speichern
settings-desktop-saved = Einstellungen für Infobereich und Anmeldung gespeichert.

## Verschlüsselung der gespeicherten Daten

settings-encryption-title = Verschlüsselung der gespeicherten Daten
settings-encryption-idle-never = Nie
settings-encryption-idle-after = Nach { $minutes ->
        [60] 1 Stunde
       *[other] { $minutes } Minuten
    }
settings-encryption-done-on = Ihr Tagebuch ist verschlüsselt.
settings-encryption-done-off = Die Verschlüsselung ist aus.
settings-encryption-backups-converted = { $count ->
        [one] 1 Sicherung wurde ebenfalls umgewandelt.
       *[other] { $count } Sicherungen wurden ebenfalls umgewandelt.
    }
settings-encryption-backups-skipped = { $count ->
        [one] 1 Sicherungsdatei konnte nicht gelesen werden und blieb, wie sie war.
       *[other] { $count } Sicherungsdateien konnten nicht gelesen werden und blieben, wie sie waren.
    }
settings-encryption-idle-set = Das Tagebuch sperrt sich nach { $minutes } Minuten ohne Benutzung.
settings-encryption-idle-off = Das Tagebuch sperrt sich nicht von selbst.
settings-encryption-off-intro = Sperren Sie das Tagebuch mit einer Passphrase: Die Datei und ihre Sicherungen sind dann ohne sie unlesbar, etwa wenn dieser Computer verloren geht oder von anderen benutzt wird.
settings-encryption-off-notice = Wählen Sie eine Passphrase, die Sie sich merken können. Geht sie verloren, kann niemand das Tagebuch öffnen, auch Backstory nicht.
settings-encryption-turn-on = Verschlüsselung einschalten
settings-encryption-new = Neue Passphrase (mindestens 8 Zeichen)
settings-encryption-again = Noch einmal eingeben
settings-encryption-on-intro = Ihr Tagebuch und seine Sicherungen sind mit Ihrer Passphrase verschlüsselt.
settings-encryption-lock-now = Jetzt sperren
settings-encryption-lock-idle = Von selbst sperren
settings-encryption-change = Passphrase ändern
settings-encryption-turn-off = Verschlüsselung ausschalten
settings-encryption-current = Aktuelle Passphrase
settings-encryption-off-warning = Das Tagebuch und seine Sicherungen werden wieder als normale Dateien gespeichert, lesbar für alle, die sie öffnen können.
settings-encryption-changing = Wird geändert …
settings-encryption-change-button = Passphrase ändern
settings-encryption-decrypting = Wird entschlüsselt …

## Der Sperrbildschirm

settings-lock-title = Ihr Tagebuch ist gesperrt
settings-lock-intro = Es ist auf diesem Computer verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen.
settings-lock-opening = Wird geöffnet …
settings-lock-unlock = Entsperren
settings-lock-hint = Das Öffnen dauert absichtlich etwa eine halbe Sekunde: Das macht das Erraten von Passphrasen langsam. Geht die Passphrase verloren, kann niemand das Tagebuch öffnen, auch Backstory nicht.
