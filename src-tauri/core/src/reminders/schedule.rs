//! The pure scheduler: which reminders are due at `now` in time zone `tz`. No clock, no I/O.

use super::{
    notification_text, DueReminder, Handled, ReminderKind, ReminderSettings, ReminderState,
};
use crate::reminders::Day;
use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Utc,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;

/// The morning-after reminder comes at its time of day, at least this long after the intimacy
/// was logged as happening (so 23:30 -> next morning, 00:30 -> the same morning).
pub const MORNING_AFTER_MIN_GAP_HOURS: i64 = 4;

/// A reminder shown more than this after its time is marked as a catch-up.
pub const LATE_AFTER_MINUTES: i64 = 5;

/// What the journal says about the last few days, so reminders for done things are skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Local dates with a saved check-in.
    pub check_in_dates: BTreeSet<NaiveDate>,
    /// Local dates with a stretching or core session logged.
    pub session_dates: BTreeSet<NaiveDate>,
    /// When pain entries were logged as happening.
    pub pain_at: Vec<DateTime<Utc>>,
    /// When intimacy was logged as happening.
    pub intimacy_at: Vec<DateTime<Utc>>,
    /// When weekly PEG checks were taken.
    pub peg_at: Vec<DateTime<Utc>>,
    /// Local dates on which an experiment runs with an arm for the day (not paused,
    /// finished or abandoned).
    pub experiment_days: BTreeSet<NaiveDate>,
    /// Local dates of the experiment whose "did you follow today's plan?" is answered.
    pub experiment_marked: BTreeSet<NaiveDate>,
}

/// The next time each enabled reminder will come (for Settings). The morning-after one is
/// listed only when a logged intimacy has scheduled it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextReminder {
    pub kind: ReminderKind,
    pub at: DateTime<Utc>,
}

/// The instant of a local wall-clock time on a date. An ambiguous time (clocks go back) is
/// its first instance; a time that does not exist (clocks go forward) is read with the offset
/// in force before the gap, which lands as far after the gap as it was into it (02:30 in a
/// 02:00 -> 03:00 jump becomes 03:30), as RFC 5545 does for calendar events.
pub fn resolve_local<Tz: TimeZone>(tz: &Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = date.and_time(time);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // No gap is longer than a day; a day earlier the offset is the pre-gap one.
            let before = tz
                .offset_from_local_datetime(&(naive - Duration::days(1)))
                .earliest()
                .map(|o| o.fix().local_minus_utc())
                .unwrap_or(0);
            Utc.from_utc_datetime(&(naive - Duration::seconds(i64::from(before))))
        }
    }
}

fn local_date<Tz: TimeZone>(tz: &Tz, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(tz).date_naive()
}

/// The occurrence of `kind` on local date `date`, if it has one that day. For the
/// morning-after reminder, also the intimacy it follows.
fn occurrence_on<Tz: TimeZone>(
    kind: ReminderKind,
    settings: &ReminderSettings,
    facts: &Facts,
    tz: &Tz,
    date: NaiveDate,
) -> Option<(DateTime<Utc>, Option<DateTime<Utc>>)> {
    let time = settings.time_of(kind).time();
    match kind {
        ReminderKind::CheckIn => Some((resolve_local(tz, date, time), None)),
        ReminderKind::Programme => settings
            .programme
            .days
            .contains(&Day::of(date.weekday()))
            .then(|| (resolve_local(tz, date, time), None)),
        ReminderKind::WeeklyCheck => (Day::of(date.weekday()) == settings.weekly_check.day)
            .then(|| (resolve_local(tz, date, time), None)),
        ReminderKind::ExperimentDay => facts
            .experiment_days
            .contains(&date)
            .then(|| (resolve_local(tz, date, time), None)),
        ReminderKind::MorningAfter => {
            let at = resolve_local(tz, date, time);
            facts
                .intimacy_at
                .iter()
                .copied()
                .filter(|i| morning_after_date(tz, *i, time) == date)
                .max()
                .map(|i| (at, Some(i)))
        }
    }
}

/// The local date whose reminder time is the first at least the minimum gap after `intimacy`.
fn morning_after_date<Tz: TimeZone>(
    tz: &Tz,
    intimacy: DateTime<Utc>,
    time: NaiveTime,
) -> NaiveDate {
    let earliest = intimacy + Duration::hours(MORNING_AFTER_MIN_GAP_HOURS);
    let mut date = local_date(tz, intimacy);
    while resolve_local(tz, date, time) < earliest {
        date = date.succ_opt().unwrap_or(date);
        if date == NaiveDate::MAX {
            break;
        }
    }
    date
}

/// Whether what the reminder asks for was already done that day.
fn already_done<Tz: TimeZone>(
    kind: ReminderKind,
    facts: &Facts,
    tz: &Tz,
    date: NaiveDate,
    intimacy: Option<DateTime<Utc>>,
) -> bool {
    match kind {
        ReminderKind::CheckIn => facts.check_in_dates.contains(&date),
        ReminderKind::Programme => facts.session_dates.contains(&date),
        ReminderKind::ExperimentDay => facts.experiment_marked.contains(&date),
        // A check taken in the seven days up to the end of that day covers this week.
        ReminderKind::WeeklyCheck => facts.peg_at.iter().any(|p| {
            let day = local_date(tz, *p);
            day <= date && date - day < Duration::days(crate::domain::PEG_WEEK_DAYS)
        }),
        ReminderKind::MorningAfter => {
            let after = intimacy.unwrap_or(DateTime::<Utc>::MIN_UTC)
                + Duration::hours(MORNING_AFTER_MIN_GAP_HOURS);
            facts
                .pain_at
                .iter()
                .any(|p| *p >= after && local_date(tz, *p) == date)
        }
    }
}

fn due(
    kind: ReminderKind,
    occurrence: DateTime<Utc>,
    now: DateTime<Utc>,
    snoozed: bool,
) -> DueReminder {
    let late = now - occurrence > Duration::minutes(LATE_AFTER_MINUTES);
    let text = notification_text(kind, late, snoozed);
    DueReminder {
        kind,
        occurrence,
        late,
        snoozed,
        title: text.title,
        body: text.body,
        screen: kind.screen(),
    }
}

/// One tick: the reminders to show now, and the state to keep. Call it as often as you like;
/// a reminder is returned once.
pub fn tick<Tz: TimeZone>(
    settings: &ReminderSettings,
    state: &ReminderState,
    facts: &Facts,
    now: DateTime<Utc>,
    tz: &Tz,
) -> (Vec<DueReminder>, ReminderState) {
    let mut state = state.clone();
    let mut out = Vec::new();
    if !settings.enabled {
        state.snoozed.clear();
        return (out, state);
    }
    let local_now: NaiveDateTime = now.with_timezone(tz).naive_local();
    let today = local_now.date();
    let quiet = settings.quiet_hours.contains(local_now.time());

    for kind in ReminderKind::ALL {
        if !settings.is_on(kind) {
            state.snoozed.remove(&kind);
            continue;
        }
        if let Some(until) = state.snoozed.get(&kind).copied() {
            // While snoozed, the reminder comes back at the end of the snooze, and only then.
            if until <= now {
                if local_date(tz, until) != today {
                    state.snoozed.remove(&kind);
                } else if !quiet {
                    out.push(due(kind, until, now, true));
                    state.snoozed.remove(&kind);
                }
            }
            continue;
        }
        // Only today's occurrence can fire: earlier days missed (asleep, closed) are dropped,
        // so a long gap gives at most one catch-up per reminder, never a burst.
        let Some((occurrence, intimacy)) = occurrence_on(kind, settings, facts, tz, today) else {
            continue;
        };
        if occurrence > now {
            continue;
        }
        if state.armed_at.is_some_and(|armed| occurrence < armed) {
            continue;
        }
        if state.handled.get(&kind).is_some_and(|h| h.date >= today) {
            continue;
        }
        let handled = Handled {
            date: today,
            at: occurrence,
        };
        if already_done(kind, facts, tz, today, intimacy) {
            state.handled.insert(kind, handled);
            continue;
        }
        if quiet {
            // Waits for the end of quiet hours (if that is still today).
            continue;
        }
        out.push(due(kind, occurrence, now, false));
        state.handled.insert(kind, handled);
    }
    (out, state)
}

/// When each enabled reminder comes next (within the coming week), soonest first.
pub fn next_occurrences<Tz: TimeZone>(
    settings: &ReminderSettings,
    state: &ReminderState,
    facts: &Facts,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Vec<NextReminder> {
    let mut out = Vec::new();
    if !settings.enabled {
        return out;
    }
    let today = local_date(tz, now);
    for kind in ReminderKind::ALL {
        if !settings.is_on(kind) {
            continue;
        }
        if let Some(until) = state.snoozed.get(&kind) {
            out.push(NextReminder { kind, at: *until });
            continue;
        }
        let handled_today = state.handled.get(&kind).is_some_and(|h| h.date >= today);
        let next = (0..=7)
            .filter_map(|d| today.checked_add_signed(Duration::days(d)))
            .filter(|date| !(handled_today && *date == today))
            .filter_map(|date| occurrence_on(kind, settings, facts, tz, date))
            .map(|(at, _)| at)
            .find(|at| *at > now);
        if let Some(at) = next {
            out.push(NextReminder { kind, at });
        }
    }
    out.sort_by_key(|n| n.at);
    out
}
