//! Reminder settings and scheduler state (JSON values the store keeps in its `setting`
//! table), the journal facts the scheduler reads, and the one call the shell's ticker makes.

use super::schedule::{next_occurrences, tick, Facts, NextReminder};
use super::{DueReminder, ReminderKind, ReminderSettings, ReminderState};
use crate::error::{CoreError, CoreResult};
use crate::i18n::tr;
use crate::store::RecentEntries;
use crate::Journal;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use std::collections::BTreeSet;

pub const SETTINGS_KEY: &str = "reminders.settings";
pub const STATE_KEY: &str = "reminders.state";

/// How far back the scheduler looks at the journal (the morning-after reminder needs the
/// last intimacy; the others only today).
const FACTS_DAYS: i64 = 3;

/// The scheduler's facts from what the store read and the experiment's days.
fn facts(recent: RecentEntries, experiment: ExperimentDays) -> Facts {
    Facts {
        check_in_dates: recent.check_in_dates.into_iter().collect(),
        session_dates: recent.session_dates.into_iter().collect(),
        pain_at: recent.pain_at,
        intimacy_at: recent.intimacy_at,
        peg_at: recent.peg_at,
        experiment_days: experiment.0,
        experiment_marked: experiment.1,
    }
}

/// Days of a running experiment, and those already marked (experiment_reminder_days).
type ExperimentDays = (BTreeSet<NaiveDate>, BTreeSet<NaiveDate>);

/// How far ahead the experiment's days are read: `next_reminders` looks a week ahead.
const EXPERIMENT_DAYS_AHEAD: i64 = 8;

/// The window the facts cover ending at `now`: (first local date, first instant).
fn window(now: DateTime<Utc>) -> (NaiveDate, DateTime<Utc>) {
    let since = now - Duration::days(FACTS_DAYS);
    (since.date_naive() - Duration::days(1), since)
}

impl Journal {
    /// The experiment's days around the local date of `now`, for the scheduler.
    fn experiment_days<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> CoreResult<ExperimentDays> {
        let today = now.with_timezone(tz).date_naive();
        self.experiment_reminder_days(
            today - Duration::days(1),
            today + Duration::days(EXPERIMENT_DAYS_AHEAD),
        )
    }
}

impl Journal {
    pub(crate) fn reminder_settings(&self) -> CoreResult<ReminderSettings> {
        Ok(self.scheduler_value(SETTINGS_KEY))
    }

    /// Validates and saves the settings. Saving arms the scheduler at `now`: nothing scheduled
    /// before this moment fires, so switching reminders on never brings a burst of old ones.
    pub(crate) fn save_reminder_settings(
        &mut self,
        settings: ReminderSettings,
        now: DateTime<Utc>,
    ) -> CoreResult<ReminderSettings> {
        let settings = settings.validate()?;
        let tx = self.scheduler_tx()?;
        let mut state: ReminderState = tx.read(STATE_KEY);
        state.armed_at = Some(now);
        state.snoozed.retain(|kind, _| settings.is_on(*kind));
        tx.write(SETTINGS_KEY, &settings)?;
        tx.write(STATE_KEY, &state)?;
        tx.commit()?;
        Ok(settings)
    }

    /// Brings a reminder back after the snooze length chosen in the settings; returns when.
    pub(crate) fn snooze_reminder(
        &mut self,
        kind: ReminderKind,
        now: DateTime<Utc>,
    ) -> CoreResult<DateTime<Utc>> {
        let tx = self.scheduler_tx()?;
        let settings: ReminderSettings = tx.read(SETTINGS_KEY);
        if !settings.is_on(kind) {
            return Err(CoreError::validation(
                "kind",
                tr("error-reminder-off-no-snooze"),
            ));
        }
        let until = now + Duration::minutes(i64::from(settings.snooze_minutes));
        let mut state: ReminderState = tx.read(STATE_KEY);
        state.snoozed.insert(kind, until);
        tx.write(STATE_KEY, &state)?;
        tx.commit()?;
        Ok(until)
    }

    /// The reminders due now, each returned once: the state is saved in the same transaction.
    pub(crate) fn take_due_reminders<Tz: TimeZone>(
        &mut self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> CoreResult<Vec<DueReminder>> {
        // The experiment's days are read before the transaction (they are a read of their
        // own) and only when its reminder is on.
        let experiment = if self.reminder_settings()?.is_on(ReminderKind::ExperimentDay) {
            self.experiment_days(now, tz)?
        } else {
            ExperimentDays::default()
        };
        let tx = self.scheduler_tx()?;
        let settings: ReminderSettings = tx.read(SETTINGS_KEY);
        if !settings.enabled {
            return Ok(Vec::new());
        }
        let state: ReminderState = tx.read(STATE_KEY);
        let (since_date, since) = window(now);
        let facts = facts(tx.recent_entries(since_date, since)?, experiment);
        let (due, next_state) = tick(&settings, &state, &facts, now, tz);
        if next_state != state {
            tx.write(STATE_KEY, &next_state)?;
            tx.commit()?;
        }
        Ok(due)
    }

    /// When each enabled reminder comes next, soonest first.
    pub(crate) fn next_reminders<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> CoreResult<Vec<NextReminder>> {
        let settings: ReminderSettings = self.scheduler_value(SETTINGS_KEY);
        let state: ReminderState = self.scheduler_value(STATE_KEY);
        let (since_date, since) = window(now);
        let facts = facts(
            self.recent_entries(since_date, since)?,
            self.experiment_days(now, tz)?,
        );
        Ok(next_occurrences(&settings, &state, &facts, now, tz))
    }
}
