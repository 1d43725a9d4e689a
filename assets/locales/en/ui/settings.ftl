# Settings: reminders, the desktop (tray, login, shortcut), the language, which activities
# ask for an outcome, privacy and encryption, the lock screen and the reminder on screen.

settings-intro = Everything you chose during setup, and a few more options.

## The language

settings-language-title = Language
settings-language-intro = The language of Backstory's window, menus and notifications. The window reloads to speak the new one.
settings-language-system = System default
settings-language-system-in-use = System default ({ $language })
settings-language-en = English
settings-language-de = Deutsch
settings-language-save = Use this language
settings-language-saved = Language saved; the window reloads.

## Reminders

settings-reminders-master = Reminders on
settings-reminders-master-hint = One switch for all of them.
settings-reminders-check-in-hint = Stress, sleep and stiffness, once a day.
settings-reminders-programme-hint = On the days you choose.
settings-reminders-morning-after = Ask "how is your back this morning?" after intimacy
settings-reminders-morning-after-hint = The morning after you log intimacy, unless you already said how your back was afterwards. The notification itself never mentions intimacy.
settings-reminders-weekly-check-hint = Three questions about the past week, on the day you choose; skipped if you answered them in the last 7 days.
settings-reminders-experiment-day-hint = Each day an experiment is running (not while it is paused): "Backstory: today's plan is ready". The notification never names the change.
settings-reminders-day = Day
settings-reminders-remind-me = Remind me
settings-reminders-use-quiet = Use quiet hours
settings-reminders-time = Time
settings-reminders-days = Days
settings-reminders-quiet = Quiet hours
settings-reminders-quiet-hint = No reminders in this window; a missed one waits until it ends, if still the same day.
settings-reminders-snooze = Snooze length (minutes)
settings-reminders-save = Save reminders
settings-reminders-saved = Reminders saved.
settings-reminders-next = Coming up
settings-reminders-nothing-next = No reminders coming up.
settings-reminders-next-item = { $kind }: { $when }
settings-reminders-test = Show a test reminder
settings-reminders-test-hint = Checks that your desktop shows Backstory notifications.
settings-reminders-while-running = Reminders come while Backstory is running: with the window open, minimised, or closed to the tray.
settings-reminders-toast-label = Reminder
settings-reminders-open = Open
settings-reminders-snooze-button = Snooze
settings-reminders-snoozed-until = Snoozed until { $time }.
settings-reminders-late = Missed earlier

## Which activities ask "how was your back afterwards?"

settings-outcomes-title = Ask “how was your back afterwards?” after
settings-outcomes-hint = Today asks once after each activity of these kinds; one tap answers (“no pain” counts too). Insights can only tell what helps from activities whose outcome is known.
settings-outcomes-saved = Saved.

## Profile, privacy, keeping, keyboard, display

settings-profile-title = Health history, conditions and movement
settings-profile-text = Your health history, known conditions, age band and movement profile are on the Profile screen.
settings-profile-open = Open Profile
settings-privacy-text = Your journal stays on this computer. Backstory makes no network connections and keeps nothing in the browser storage of its window. Its folder and files can be opened by your account only.
settings-kept-title = How long deleted things are kept
settings-kept-deleted = A deleted entry can be brought back for { $days ->
        [one] 1 day
       *[other] { $days } days
    }. After that it is erased for good the next time Backstory starts, and the space it took in the journal file is overwritten.
settings-kept-backups = Backstory keeps one backup a day for the last { $count ->
        [one] day
       *[other] { $count } days
    } it was used, in the backups folder beside your journal. A deleted entry is still in the backups made before you deleted it, until they rotate out (after { $count ->
        [one] 1 newer daily backup
       *[other] { $count } newer daily backups
    }).
settings-kept-other = Backups made before an upgrade or before a restore are kept until { $count ->
        [one] 1 newer daily backup exists
       *[other] { $count } newer daily backups exist
    }, then removed the same way.
settings-kept-exports = Files you save yourself (shares, exports, reports, CSV, full backups) are yours: Backstory never deletes them.
settings-keyboard-title = Keyboard
settings-keyboard-intro = Everything works with the keyboard: Tab and Shift+Tab move, Enter and Space press. Single-key shortcuts work when no text field has focus.
settings-shortcut-activity = Log an activity
settings-shortcut-filter = Filter the timeline
settings-shortcut-close = Close a form or dialog
settings-display-title = Display
settings-display-text = Backstory follows your system: light or dark theme, reduced motion, and text size (change the default font size of your desktop and the app scales with it).

## Tray, start at login, the quick-log shortcut

settings-desktop-title = Tray and start at login
settings-desktop-intro = Backstory can stay in the tray (the status area) with its window closed, so reminders keep coming and the tray menu logs pain in seconds.
settings-desktop-no-tray = This desktop shows no tray icon for Backstory (on Linux it needs the AppIndicator library, package libayatana-appindicator3-1), so closing the window quits Backstory.
settings-desktop-close-legend = When I close the window
settings-desktop-close-keep = Keep Backstory in the tray (reminders keep coming)
settings-desktop-close-quit = Quit Backstory
settings-desktop-close-ask = Ask me the next time
settings-desktop-login = Start Backstory at login, in the tray, with no window
settings-desktop-login-hint = Reminders then come all day without opening anything. Off by default.
settings-desktop-shortcut = Shortcut that opens quick log from anywhere
settings-desktop-shortcut-hint = Off when empty. Click the field and press the keys (at least one of Ctrl, Alt, Shift or Super, then a key), or type them, e.g. Ctrl+Alt+L. Backspace clears it.
settings-desktop-save = Save these settings
settings-desktop-saved = Tray and login settings saved.

## Encryption at rest

settings-encryption-title = Encryption at rest
settings-encryption-idle-never = Never
settings-encryption-idle-after = After { $minutes ->
        [60] 1 hour
       *[other] { $minutes } minutes
    }
settings-encryption-done-on = Your journal is encrypted.
settings-encryption-done-off = Encryption is off.
settings-encryption-backups-converted = { $count ->
        [one] 1 backup was converted too.
       *[other] { $count } backups were converted too.
    }
settings-encryption-backups-skipped = { $count ->
        [one] 1 backup file could not be read and was left as it was.
       *[other] { $count } backup files could not be read and were left as they were.
    }
settings-encryption-idle-set = The journal will lock after { $minutes } minutes without use.
settings-encryption-idle-off = The journal will not lock by itself.
settings-encryption-off-intro = Lock the journal with a passphrase: the file and its backups are then unreadable without it, for example if this computer is lost or shared.
settings-encryption-off-notice = Choose a passphrase you will remember. If it is lost, nobody can open the journal, not even Backstory.
settings-encryption-turn-on = Turn encryption on
settings-encryption-new = New passphrase (at least 8 characters)
settings-encryption-again = Type it again
settings-encryption-on-intro = Your journal and its backups are encrypted with your passphrase.
settings-encryption-lock-now = Lock now
settings-encryption-lock-idle = Lock by itself
settings-encryption-change = Change the passphrase
settings-encryption-turn-off = Turn encryption off
settings-encryption-current = Current passphrase
settings-encryption-off-warning = The journal and its backups will be stored as plain files again, readable by anyone who can open them.
settings-encryption-changing = Changing…
settings-encryption-change-button = Change passphrase
settings-encryption-decrypting = Decrypting…

## The lock screen

settings-lock-title = Your journal is locked
settings-lock-intro = It is encrypted on this computer. Enter your passphrase to open it.
settings-lock-opening = Opening…
settings-lock-unlock = Unlock
settings-lock-hint = Opening takes about half a second on purpose: it makes guessing passphrases slow. If the passphrase is lost, the journal cannot be opened by anyone, including Backstory.
