# Backstory's life on the desktop: the tray (status area) menu.

tray-log-pain = Log pain
tray-log-activity = Log activity
tray-check-in = Today's check-in
tray-open = Open Backstory
tray-pause-reminders = Pause reminders
tray-quit = Quit
