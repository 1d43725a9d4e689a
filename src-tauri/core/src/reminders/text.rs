//! The words of the native notifications, from `assets/locales/<lang>/notifications.ftl`.
//! They are shown outside the app (maybe on a lock screen), so in every language they never
//! contain journal content and never mention intimacy (`tests.rs` checks each language).

use super::ReminderKind;
use crate::i18n::{self, args, Locale};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationText {
    pub title: String,
    pub body: String,
}

/// Title and body for a reminder in the language in use; `late` when it is a catch-up,
/// `snoozed` when it returns after a snooze.
pub fn notification_text(kind: ReminderKind, late: bool, snoozed: bool) -> NotificationText {
    notification_text_in(i18n::current(), kind, late, snoozed)
}

/// [`notification_text`] in a given language.
pub fn notification_text_in(
    locale: Locale,
    kind: ReminderKind,
    late: bool,
    snoozed: bool,
) -> NotificationText {
    let (title, body) = match kind {
        ReminderKind::CheckIn => ("notification-check-in-title", "notification-check-in-body"),
        ReminderKind::Programme => (
            "notification-programme-title",
            "notification-programme-body",
        ),
        ReminderKind::MorningAfter => (
            "notification-morning-after-title",
            "notification-morning-after-body",
        ),
        ReminderKind::WeeklyCheck => (
            "notification-weekly-check-title",
            "notification-weekly-check-body",
        ),
        // Never the change or its arm: either could be intimate, and this shows on a lock screen.
        ReminderKind::ExperimentDay => (
            "notification-experiment-day-title",
            "notification-experiment-day-body",
        ),
    };
    let body = i18n::tr_in(locale, body, None);
    let body = if snoozed {
        i18n::tr_in(
            locale,
            "notification-snoozed",
            Some(&args([("body", body.into())])),
        )
    } else if late {
        i18n::tr_in(
            locale,
            "notification-late",
            Some(&args([("body", body.into())])),
        )
    } else {
        body
    };
    NotificationText {
        title: i18n::tr_in(locale, title, None),
        body,
    }
}
