# The quick-log window (tray menu "Log pain", the quick-log shortcut). The score, region and
# warning-sign words are shared with the pain form (shared.ftl).

quicklog-region = Where does it hurt most?
quicklog-region-none = Not sure / skip
quicklog-after-none = No activity logged in the 48 hours before now.
quicklog-save = Save and close
quicklog-close = Close
quicklog-keys = Keys: 0-9 or the arrow keys choose the score, Enter saves, Esc closes.
quicklog-urgent-saved = Saved. You ticked a warning sign: the main window opens with what to do.
