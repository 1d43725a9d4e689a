# Backstory auf dem Desktop: das Menü im Infobereich.

tray-log-pain = Schmerz eintragen
tray-log-activity = Aktivität eintragen
tray-check-in = Heutiger Check-in
tray-open = Backstory öffnen
tray-pause-reminders = Erinnerungen pausieren
tray-quit = Beenden
