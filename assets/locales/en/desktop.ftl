# Backstory's life on the desktop: the tray (status area) menu.

tray-log-pain = Log pain
tray-log-activity = Log activity
tray-check-in = Today's check-in
tray-open = Open Backstory
tray-pause-reminders = Pause reminders
tray-quit = Quit

# The quick-log window's title.
desktop-quick-log-title = Log pain · Backstory
# Asked once, the first time the window is closed while a tray icon is there.
desktop-close-title = Close Backstory
desktop-close-question = Keep Backstory in the tray when you close this window? Reminders keep coming, and the tray icon's menu logs pain, opens the window or quits. You can change this in Settings.
desktop-close-keep = Keep in tray
desktop-close-quit = Quit
desktop-close-cancel = Cancel
# Errors on the Settings fields of the desktop choices; $reason is the system's own words.
desktop-shortcut-unreadable = Backstory cannot read that shortcut ({ $reason }).
desktop-shortcut-taken = That shortcut could not be taken; another program may use it ({ $reason }).
desktop-login-unchanged = The start-at-login entry could not be changed ({ $reason }).
