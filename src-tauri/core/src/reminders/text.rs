//! The words of the native notifications. They are shown outside the app (maybe on a lock
//! screen), so they never contain journal content and never mention intimacy. Every string
//! the notifications use is here, in one place for translation.

use super::ReminderKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationText {
    pub title: String,
    pub body: String,
}

/// Title and body for a reminder; `late` when it is a catch-up, `snoozed` when it returns
/// after a snooze.
pub fn notification_text(kind: ReminderKind, late: bool, snoozed: bool) -> NotificationText {
    let (title, body) = match kind {
        ReminderKind::CheckIn => (
            "Time for your check-in",
            "Stress, sleep and morning stiffness: a few seconds in Backstory.",
        ),
        ReminderKind::Programme => (
            "Your back programme",
            "A few minutes of stretches and core work. Open Backstory to start a guided routine.",
        ),
        ReminderKind::MorningAfter => (
            "How is your back this morning?",
            "One tap in Backstory: no pain, or a score. A good morning counts as much as a bad one.",
        ),
        ReminderKind::WeeklyCheck => (
            "Your weekly check",
            "Three quick questions about the past week, in Backstory.",
        ),
        // Never the change or its arm: either could be intimate, and this shows on a lock screen.
        ReminderKind::ExperimentDay => ("Backstory", "Today's plan is ready."),
    };
    let prefix = if snoozed {
        "Snoozed reminder. "
    } else if late {
        "Earlier reminder you missed. "
    } else {
        ""
    };
    NotificationText {
        title: title.into(),
        body: format!("{prefix}{body}"),
    }
}
