# The desktop's notifications. They can show on a lock screen: never journal content, never
# a word about intimacy (src-tauri/core/src/reminders/tests.rs checks every language).

notification-check-in-title = Time for your check-in
notification-check-in-body = Stress, sleep and morning stiffness: a few seconds in Backstory.
notification-programme-title = Your back programme
notification-programme-body = A few minutes of stretches and core work. Open Backstory to start a guided routine.
notification-morning-after-title = How is your back this morning?
notification-morning-after-body = One tap in Backstory: no pain, or a score. A good morning counts as much as a bad one.
notification-weekly-check-title = Your weekly check
notification-weekly-check-body = Three quick questions about the past week, in Backstory.
# The experiment's reminder names neither the experiment nor the change being tried.
notification-experiment-day-title = Backstory
notification-experiment-day-body = Today's plan is ready.
# A reminder that comes back after the person snoozed it; $body is one of the bodies above.
notification-snoozed = Snoozed reminder. { $body }
# A reminder shown late (the computer was off or asleep at its time).
notification-late = Earlier reminder you missed. { $body }
# The notification's buttons.
notification-action-open = Open
notification-action-snooze = Snooze
