# Backstory auf dem Desktop: das Menü im Infobereich.

tray-log-pain = Schmerz eintragen
tray-log-activity = Aktivität eintragen
tray-check-in = Heutiger Check-in
tray-open = Backstory öffnen
tray-pause-reminders = Erinnerungen pausieren
tray-quit = Beenden

# Der Titel des Fensters für den schnellen Eintrag.
desktop-quick-log-title = Schmerz eintragen · Backstory
# Wird einmal gefragt, wenn das Fenster zum ersten Mal geschlossen wird, während ein Symbol im Infobereich ist.
desktop-close-title = Backstory schließen
desktop-close-question = Soll Backstory im Infobereich bleiben, wenn Sie dieses Fenster schließen? Erinnerungen kommen weiterhin, und über das Menü des Symbols können Sie Schmerz eintragen, das Fenster öffnen oder Backstory beenden. Sie können das in den Einstellungen ändern.
desktop-close-keep = Im Infobereich behalten
desktop-close-quit = Beenden
desktop-close-cancel = Abbrechen
# Fehler an den Feldern der Desktop-Einstellungen; $reason ist die Meldung des Systems.
desktop-shortcut-unreadable = Backstory kann dieses Tastenkürzel nicht lesen ({ $reason }).
desktop-shortcut-taken = Dieses Tastenkürzel ist nicht verfügbar; vielleicht verwendet es ein anderes Programm ({ $reason }).
desktop-login-unchanged = Der Autostart-Eintrag konnte nicht geändert werden ({ $reason }).
