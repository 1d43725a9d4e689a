# Start-up: the screen of a journal that cannot be opened, its restore offer, and the
# banners about the data folder. The reasons themselves come from the Rust side.

startup-error-title = Your journal could not be opened
startup-error-unknown = An unknown problem stopped Backstory from opening your journal.
startup-journal-file = Journal file
startup-untouched = Backstory has not changed, overwritten or deleted this file.
startup-what-you-can-do = What you can do:
startup-advice-too_new = Install the newest version of Backstory, then open it again.
startup-advice-corrupt = Copy the file somewhere safe before trying anything else. You can restore a backup from the backups folder beside it.
startup-advice-locked = Close other Backstory windows or programs using the journal, then start Backstory again.
startup-advice-not_a_database = The file is not a Backstory journal, or it is encrypted. Move it aside to start a new journal.
startup-advice-read_only = Check that you have permission to write to the data folder.
startup-restore-title = Restore a backup
startup-restore-none = No backups were found in the backups folder beside the journal.
startup-restore-intro = Backstory keeps a backup of each day. Choose one to put in place of the damaged file; the damaged file is kept beside it under a new name, in case something can still be rescued from it.
startup-restore-list = Backups, newest first
startup-restoring = Restoring…
startup-restore = Restore this backup
startup-folder-unsafe = Your journal's folder may not be safe.
startup-folder-hide = Hide until next start
startup-folder-private = Your journal's folder is private again.
startup-ok = OK
