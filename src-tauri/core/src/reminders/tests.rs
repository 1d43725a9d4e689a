//! Scheduling tests: real IANA zones (chrono-tz) so DST gaps and overlaps are the real ones.

use super::*;
use crate::i18n::Locale;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use rstest::rstest;

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test timestamps are RFC 3339")
        .with_timezone(&Utc)
}

fn zone(name: &str) -> Tz {
    name.parse().expect("a known IANA zone")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("YYYY-MM-DD")
}

/// Settings with only the check-in on, at `time`, quiet hours off.
fn check_in_at(time: &str) -> ReminderSettings {
    let mut s = ReminderSettings {
        enabled: true,
        ..Default::default()
    };
    s.check_in.time = ClockTime::parse(time).unwrap();
    s.programme.on = false;
    s.morning_after.on = false;
    s.quiet_hours.on = false;
    s
}

/// Runs ticks at each instant in order, returning what fired at each (kind, tick index).
fn run(
    settings: &ReminderSettings,
    facts: &Facts,
    tz: &Tz,
    armed: DateTime<Utc>,
    ticks: &[DateTime<Utc>],
) -> (Vec<(usize, DueReminder)>, ReminderState) {
    let mut state = ReminderState {
        armed_at: Some(armed),
        ..Default::default()
    };
    let mut fired = Vec::new();
    for (i, now) in ticks.iter().enumerate() {
        let (due, next) = tick(settings, &state, facts, *now, tz);
        fired.extend(due.into_iter().map(|d| (i, d)));
        state = next;
    }
    (fired, state)
}

/// Ticks every `step` minutes from `from` to `to` inclusive, like the shell's ticker.
fn every(from: DateTime<Utc>, to: DateTime<Utc>, step: i64) -> Vec<DateTime<Utc>> {
    let mut out = Vec::new();
    let mut t = from;
    while t <= to {
        out.push(t);
        t += Duration::minutes(step);
    }
    out
}

#[rstest]
#[case::plain_winter("Europe/London", "2026-01-10", "20:00", "2026-01-10T20:00:00Z")]
#[case::plain_summer("Europe/London", "2026-07-10", "20:00", "2026-07-10T19:00:00Z")]
#[case::half_hour_zone("Asia/Kolkata", "2026-07-10", "20:00", "2026-07-10T14:30:00Z")]
#[case::london_gap("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30:00Z")]
#[case::new_york_gap("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00Z")]
#[case::lord_howe_half_hour_gap(
    "Australia/Lord_Howe",
    "2026-10-04",
    "02:15",
    "2026-10-03T15:45:00Z"
)]
#[case::london_overlap_first("Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z")]
#[case::new_york_overlap_first("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z")]
fn local_times_resolve_to_one_instant(
    #[case] tz: &str,
    #[case] day: &str,
    #[case] time: &str,
    #[case] expected: &str,
) {
    let at = resolve_local(&zone(tz), date(day), ClockTime::parse(time).unwrap().time());
    assert_eq!(
        at,
        utc(expected),
        "{time} on {day} in {tz} should be {expected}: gaps read with the pre-gap offset, overlaps take the first instance"
    );
}

#[rstest]
// Normal day: the 20:00 check-in fires once, on the first tick at or after 20:00.
#[case::normal_day("Europe/London", "20:00", "2026-01-10T18:00:00Z", "2026-01-10T23:59:00Z", &["2026-01-10T20:00:00Z"])]
// Spring forward: 01:30 does not exist; it fires once at 02:30 BST (01:30 UTC).
#[case::dst_gap("Europe/London", "01:30", "2026-03-28T23:00:00Z", "2026-03-29T05:00:00Z", &["2026-03-29T01:30:00Z"])]
// Fall back: 01:30 happens twice; it fires at the first only.
#[case::dst_overlap("Europe/London", "01:30", "2026-10-24T23:00:00Z", "2026-10-25T05:00:00Z", &["2026-10-25T00:30:00Z"])]
#[case::dst_overlap_new_york("America/New_York", "01:30", "2026-11-01T03:00:00Z", "2026-11-01T09:00:00Z", &["2026-11-01T05:30:00Z"])]
// A fortnight of ticks across the spring change: exactly one a day, 14 in all.
#[case::fortnight("Europe/London", "09:00", "2026-03-22T00:00:00Z", "2026-04-04T23:59:00Z", &[
    "2026-03-22T09:00:00Z", "2026-03-23T09:00:00Z", "2026-03-24T09:00:00Z", "2026-03-25T09:00:00Z",
    "2026-03-26T09:00:00Z", "2026-03-27T09:00:00Z", "2026-03-28T09:00:00Z", "2026-03-29T08:00:00Z",
    "2026-03-30T08:00:00Z", "2026-03-31T08:00:00Z", "2026-04-01T08:00:00Z", "2026-04-02T08:00:00Z",
    "2026-04-03T08:00:00Z", "2026-04-04T08:00:00Z"])]
fn daily_reminder_fires_once_a_day(
    #[case] tz: &str,
    #[case] time: &str,
    #[case] from: &str,
    #[case] to: &str,
    #[case] expected: &[&str],
) {
    let tz = zone(tz);
    let ticks = every(utc(from), utc(to), 1);
    let (fired, _) = run(
        &check_in_at(time),
        &Facts::default(),
        &tz,
        utc(from),
        &ticks,
    );
    let at: Vec<DateTime<Utc>> = fired.iter().map(|(i, _)| ticks[*i]).collect();
    let expected: Vec<DateTime<Utc>> = expected.iter().map(|e| utc(e)).collect();
    assert_eq!(
        at, expected,
        "a {time} daily reminder should fire exactly at these ticks"
    );
    assert!(
        fired.iter().all(|(_, d)| !d.late),
        "on-time ticks are not catch-ups"
    );
}

#[rstest]
// Asleep 17:00 -> 19:00 over an 18:00 check-in: one catch-up at wake, marked late.
#[case::asleep_two_hours("2026-01-12T17:00:00Z", "2026-01-12T19:00:00Z", 1)]
// Asleep three days: only today's occurrence catches up, once (not three).
#[case::asleep_three_days("2026-01-09T17:00:00Z", "2026-01-12T19:00:00Z", 1)]
// Asleep a week and woke before today's time: nothing now (today's comes on time).
#[case::asleep_week_woke_early("2026-01-05T17:00:00Z", "2026-01-12T10:00:00Z", 0)]
// Woke the next morning: yesterday's missed reminder is stale and dropped.
#[case::woke_next_day("2026-01-11T17:00:00Z", "2026-01-12T08:00:00Z", 0)]
fn missed_while_asleep_gives_one_catch_up(
    #[case] slept: &str,
    #[case] woke: &str,
    #[case] expected: usize,
) {
    let tz = zone("Europe/London");
    // Ticks: the last one before sleep, then every 30 s for ten minutes after waking.
    let mut ticks = vec![utc(slept)];
    let mut t = utc(woke);
    for _ in 0..20 {
        ticks.push(t);
        t += Duration::seconds(30);
    }
    let (fired, _) = run(
        &check_in_at("18:00"),
        &Facts::default(),
        &tz,
        utc(slept) - Duration::days(1),
        &ticks,
    );
    assert_eq!(
        fired.len(),
        expected,
        "waking at {woke} after sleeping from {slept} should give {expected} reminder(s), not a burst"
    );
    if expected == 1 {
        assert!(
            fired[0].1.late,
            "a reminder shown after waking is a catch-up"
        );
        assert_eq!(
            fired[0].0, 1,
            "the catch-up comes on the first tick after waking"
        );
    }
}

#[test]
fn every_kind_at_most_once_after_a_long_sleep() {
    let tz = zone("Europe/London");
    let mut settings = check_in_at("18:00");
    settings.programme.on = true;
    settings.programme.days = vec![
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ];
    settings.programme.time = ClockTime::hm(12, 0);
    settings.morning_after.on = true;
    let facts = Facts {
        intimacy_at: vec![utc("2026-01-11T22:00:00Z")],
        ..Default::default()
    };
    let ticks = vec![
        utc("2026-01-05T07:00:00Z"),
        utc("2026-01-12T19:00:00Z"),
        utc("2026-01-12T19:00:30Z"),
    ];
    let (fired, _) = run(&settings, &facts, &tz, utc("2026-01-05T06:00:00Z"), &ticks);
    let kinds: Vec<ReminderKind> = fired.iter().map(|(_, d)| d.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ReminderKind::CheckIn,
            ReminderKind::Programme,
            ReminderKind::MorningAfter
        ],
        "after a week asleep each reminder catches up once, on the same tick"
    );
}

#[rstest]
// Lunchtime quiet hours 12:00-14:00; asleep over the 11:30 reminder until 12:30: waits for 14:00.
#[case::deferred_to_quiet_end(
    "12:00",
    "14:00",
    "11:30",
    "2026-01-12T11:00:00Z",
    "2026-01-12T12:30:00Z",
    Some("2026-01-12T14:00:00Z")
)]
// Night quiet hours 22:00-07:30; a 21:00 reminder missed until 22:30 is dropped (the end is tomorrow).
#[case::dropped_overnight(
    "22:00",
    "07:30",
    "21:00",
    "2026-01-12T20:30:00Z",
    "2026-01-12T22:30:00Z",
    None
)]
fn quiet_hours_hold_reminders_back(
    #[case] start: &str,
    #[case] end: &str,
    #[case] time: &str,
    #[case] slept: &str,
    #[case] woke: &str,
    #[case] expected: Option<&str>,
) {
    let tz = zone("Europe/London");
    let mut settings = check_in_at(time);
    settings.quiet_hours = QuietHours {
        on: true,
        start: ClockTime::parse(start).unwrap(),
        end: ClockTime::parse(end).unwrap(),
    };
    let mut ticks = vec![utc(slept)];
    ticks.extend(every(utc(woke), utc(woke) + Duration::hours(12), 1));
    let (fired, _) = run(&settings, &Facts::default(), &tz, utc(slept), &ticks);
    let at: Vec<DateTime<Utc>> = fired.iter().map(|(i, _)| ticks[*i]).collect();
    let expected: Vec<DateTime<Utc>> = expected.iter().map(|e| utc(e)).collect();
    assert_eq!(
        at, expected,
        "quiet {start}-{end}: a missed {time} reminder should fire at {expected:?}"
    );
}

#[rstest]
#[case::inside_evening("22:00", "07:30", "23:15", true)]
#[case::inside_after_midnight("22:00", "07:30", "03:00", true)]
#[case::end_is_exclusive("22:00", "07:30", "07:30", false)]
#[case::start_is_inclusive("22:00", "07:30", "22:00", true)]
#[case::outside("22:00", "07:30", "12:00", false)]
#[case::daytime_window("12:00", "14:00", "13:00", true)]
#[case::daytime_outside("12:00", "14:00", "14:30", false)]
fn quiet_hours_contain(
    #[case] start: &str,
    #[case] end: &str,
    #[case] at: &str,
    #[case] expected: bool,
) {
    let q = QuietHours {
        on: true,
        start: ClockTime::parse(start).unwrap(),
        end: ClockTime::parse(end).unwrap(),
    };
    assert_eq!(
        q.contains(ClockTime::parse(at).unwrap().time()),
        expected,
        "{at} in quiet {start}-{end}?"
    );
}

#[test]
fn snooze_brings_it_back_once_after_the_snooze() {
    let tz = zone("Europe/London");
    let settings = check_in_at("20:00");
    let mut state = ReminderState {
        armed_at: Some(utc("2026-01-12T08:00:00Z")),
        ..Default::default()
    };
    let (due, next) = tick(
        &settings,
        &state,
        &Facts::default(),
        utc("2026-01-12T20:00:10Z"),
        &tz,
    );
    assert_eq!(due.len(), 1, "fires at 20:00");
    state = next;
    state
        .snoozed
        .insert(ReminderKind::CheckIn, utc("2026-01-12T20:15:10Z"));
    let mut fired = Vec::new();
    for now in every(utc("2026-01-12T20:01:00Z"), utc("2026-01-12T21:30:00Z"), 1) {
        let (due, next) = tick(&settings, &state, &Facts::default(), now, &tz);
        fired.extend(due.into_iter().map(|d| (now, d)));
        state = next;
    }
    assert_eq!(fired.len(), 1, "a snoozed reminder comes back exactly once");
    assert_eq!(
        fired[0].0,
        utc("2026-01-12T20:16:00Z"),
        "on the first tick after the snooze ends"
    );
    assert!(fired[0].1.snoozed, "and says it was snoozed");
    assert!(state.snoozed.is_empty(), "the snooze is cleared once shown");
}

#[test]
fn the_one_switch_turns_everything_off() {
    let tz = zone("Europe/London");
    let mut settings = check_in_at("20:00");
    settings.enabled = false;
    settings.morning_after.on = true;
    let facts = Facts {
        intimacy_at: vec![utc("2026-01-11T22:00:00Z")],
        ..Default::default()
    };
    let mut state = ReminderState::default();
    state
        .snoozed
        .insert(ReminderKind::CheckIn, utc("2026-01-12T10:00:00Z"));
    let ticks = every(utc("2026-01-12T00:00:00Z"), utc("2026-01-12T23:59:00Z"), 1);
    let mut fired = 0;
    for now in ticks {
        let (due, next) = tick(&settings, &state, &facts, now, &tz);
        fired += due.len();
        state = next;
    }
    assert_eq!(
        fired, 0,
        "with the one switch off no reminder fires, snoozed or not"
    );
    assert!(state.snoozed.is_empty(), "switching off drops snoozes");
}

#[test]
fn switching_on_after_the_time_does_not_fire_today() {
    let tz = zone("Europe/London");
    let ticks = every(utc("2026-01-12T21:00:00Z"), utc("2026-01-12T23:00:00Z"), 1);
    let (fired, _) = run(
        &check_in_at("20:00"),
        &Facts::default(),
        &tz,
        utc("2026-01-12T21:00:00Z"),
        &ticks,
    );
    assert!(
        fired.is_empty(),
        "armed at 21:00, the 20:00 reminder waits for tomorrow"
    );
}

#[rstest]
#[case::check_in_done(ReminderKind::CheckIn, true)]
#[case::session_done(ReminderKind::Programme, true)]
#[case::nothing_done(ReminderKind::CheckIn, false)]
fn done_things_are_not_reminded(#[case] kind: ReminderKind, #[case] done: bool) {
    let tz = zone("Europe/London");
    let mut settings = check_in_at("20:00");
    settings.check_in.on = kind == ReminderKind::CheckIn;
    settings.programme.on = kind == ReminderKind::Programme;
    settings.programme.time = ClockTime::hm(20, 0);
    settings.programme.days = vec![Day::Mon];
    let mut facts = Facts::default();
    if done {
        facts.check_in_dates.insert(date("2026-01-12"));
        facts.session_dates.insert(date("2026-01-12"));
    }
    let ticks = every(utc("2026-01-12T19:00:00Z"), utc("2026-01-12T23:00:00Z"), 1);
    let (fired, state) = run(&settings, &facts, &tz, utc("2026-01-12T08:00:00Z"), &ticks);
    assert_eq!(
        fired.len(),
        usize::from(!done),
        "{kind:?} on Monday 2026-01-12, done={done}"
    );
    assert!(
        state.handled.contains_key(&kind),
        "either way today's {kind:?} is handled"
    );
}

#[rstest]
// Late evening: the next morning.
#[case::evening("2026-01-11T22:30:00Z", None, Some("2026-01-12T08:30:00Z"))]
// Just after midnight: that same morning (8 hours later).
#[case::after_midnight("2026-01-12T00:30:00Z", None, Some("2026-01-12T08:30:00Z"))]
// Early morning (less than 4 h before 08:30): the next day's morning.
#[case::early_morning("2026-01-12T07:00:00Z", None, None)]
// Pain already logged that morning: nothing to ask.
#[case::pain_already_logged("2026-01-11T22:30:00Z", Some("2026-01-12T07:10:00Z"), None)]
// Pain logged right after (same evening) does not answer "this morning".
#[case::pain_only_that_evening(
    "2026-01-11T22:30:00Z",
    Some("2026-01-11T23:00:00Z"),
    Some("2026-01-12T08:30:00Z")
)]
fn morning_after_intimacy(
    #[case] intimacy: &str,
    #[case] pain: Option<&str>,
    #[case] expected: Option<&str>,
) {
    let tz = zone("Europe/London");
    let mut settings = check_in_at("20:00");
    settings.check_in.on = false;
    settings.morning_after.on = true;
    let facts = Facts {
        intimacy_at: vec![utc(intimacy)],
        pain_at: pain.map(utc).into_iter().collect(),
        ..Default::default()
    };
    let ticks = every(utc("2026-01-11T20:00:00Z"), utc("2026-01-12T23:59:00Z"), 1);
    let (fired, _) = run(&settings, &facts, &tz, utc("2026-01-11T08:00:00Z"), &ticks);
    let at: Vec<DateTime<Utc>> = fired.iter().map(|(i, _)| ticks[*i]).collect();
    let expected: Vec<DateTime<Utc>> = expected.iter().map(|e| utc(e)).collect();
    assert_eq!(at, expected, "intimacy at {intimacy}, pain at {pain:?}");
    for (_, d) in &fired {
        assert_eq!(
            (d.screen.view.as_str(), d.screen.intent.as_deref()),
            ("today", None),
            "it opens Today, where the evening waits for its one-tap answer"
        );
        let text = format!("{} {}", d.title, d.body).to_lowercase();
        assert!(
            !text.contains("intimacy") && !text.contains("sex"),
            "notification text never mentions intimacy: {text}"
        );
    }
}

#[test]
fn morning_after_is_opt_in() {
    let defaults = ReminderSettings::default();
    assert!(!defaults.enabled, "reminders start switched off");
    assert!(
        !defaults.morning_after.on,
        "the morning-after reminder is opt-in"
    );
    assert!(
        defaults.clone().validate().is_ok(),
        "the defaults are valid"
    );
}

#[test]
fn a_time_zone_change_does_not_repeat_a_reminder_the_same_day() {
    let settings = check_in_at("20:00");
    let london = zone("Europe/London");
    let new_york = zone("America/New_York");
    let state = ReminderState {
        armed_at: Some(utc("2026-01-12T08:00:00Z")),
        ..Default::default()
    };
    let (due, state) = tick(
        &settings,
        &state,
        &Facts::default(),
        utc("2026-01-12T20:00:00Z"),
        &london,
    );
    assert_eq!(due.len(), 1, "fires at 20:00 in London");
    // Flew to New York the same day: 20:00 there is 01:00 UTC the next day, still 12 January locally.
    let (due, state) = tick(
        &settings,
        &state,
        &Facts::default(),
        utc("2026-01-13T01:00:30Z"),
        &new_york,
    );
    assert!(
        due.is_empty(),
        "not again on the same local date after changing zone"
    );
    let (due, _) = tick(
        &settings,
        &state,
        &Facts::default(),
        utc("2026-01-14T01:00:30Z"),
        &new_york,
    );
    assert_eq!(due.len(), 1, "and on time the next day in the new zone");
}

#[test]
fn a_clock_set_back_does_not_repeat_a_reminder() {
    let tz = zone("Europe/London");
    let settings = check_in_at("20:00");
    let state = ReminderState {
        armed_at: Some(utc("2026-01-10T08:00:00Z")),
        ..Default::default()
    };
    let (due, state) = tick(
        &settings,
        &state,
        &Facts::default(),
        utc("2026-01-12T20:00:00Z"),
        &tz,
    );
    assert_eq!(due.len(), 1, "fires on the 12th");
    for now in [
        "2026-01-12T20:30:00Z",
        "2026-01-11T20:30:00Z",
        "2026-01-12T20:45:00Z",
    ] {
        let (due, _) = tick(&settings, &state, &Facts::default(), utc(now), &tz);
        assert!(
            due.is_empty(),
            "clock moved to {now}: already handled, nothing repeats"
        );
    }
}

#[test]
fn programme_follows_the_chosen_days() {
    let tz = zone("Europe/London");
    let mut settings = check_in_at("20:00");
    settings.check_in.on = false;
    settings.programme = WeeklyReminder {
        on: true,
        days: vec![Day::Mon, Day::Thu],
        time: ClockTime::hm(18, 0),
    };
    // Monday 12 January to Sunday 18 January 2026.
    let ticks = every(utc("2026-01-12T00:00:00Z"), utc("2026-01-18T23:59:00Z"), 5);
    let (fired, _) = run(
        &settings,
        &Facts::default(),
        &tz,
        utc("2026-01-11T00:00:00Z"),
        &ticks,
    );
    let days: Vec<String> = fired
        .iter()
        .map(|(i, _)| ticks[*i].format("%a %H:%M").to_string())
        .collect();
    assert_eq!(
        days,
        vec!["Mon 18:00", "Thu 18:00"],
        "only on Monday and Thursday"
    );
    assert!(
        fired.iter().all(|(_, d)| d.screen.view == "guide"),
        "programme reminders open the guide"
    );
}

#[test]
fn next_reminders_list_the_coming_ones() {
    let tz = zone("Europe/London");
    let mut settings = check_in_at("20:00");
    settings.programme = WeeklyReminder {
        on: true,
        days: vec![Day::Wed],
        time: ClockTime::hm(18, 0),
    };
    // Tuesday 13 January 2026, 21:00: check-in tomorrow 20:00, programme Wednesday 18:00.
    let next = next_occurrences(
        &settings,
        &ReminderState::default(),
        &Facts::default(),
        utc("2026-01-13T21:00:00Z"),
        &tz,
    );
    assert_eq!(
        next,
        vec![
            NextReminder {
                kind: ReminderKind::Programme,
                at: utc("2026-01-14T18:00:00Z")
            },
            NextReminder {
                kind: ReminderKind::CheckIn,
                at: utc("2026-01-14T20:00:00Z")
            },
        ],
        "soonest first"
    );
}

#[rstest]
#[case::snooze_too_short(|s: &mut ReminderSettings| s.snooze_minutes = 1, "snooze_minutes")]
#[case::no_programme_days(|s: &mut ReminderSettings| s.programme.days.clear(), "programme.days")]
#[case::empty_quiet_hours(|s: &mut ReminderSettings| s.quiet_hours.end = s.quiet_hours.start, "quiet_hours")]
#[case::check_in_in_quiet_hours(|s: &mut ReminderSettings| s.check_in.time = ClockTime::hm(23, 0), "check_in.time")]
fn invalid_settings_are_refused(#[case] change: fn(&mut ReminderSettings), #[case] field: &str) {
    let mut s = ReminderSettings::default();
    change(&mut s);
    match s.validate() {
        Err(CoreError::Validation { field: f, .. }) => {
            assert_eq!(f, field, "the error names the field")
        }
        other => panic!("expected a validation error on {field}, got {other:?}"),
    }
}

#[rstest]
#[case::hh_mm("\"07:05\"", Some("07:05"))]
#[case::with_seconds("\"07:05:59\"", Some("07:05"))]
#[case::bad_hour("\"25:00\"", None)]
#[case::not_a_time("\"soon\"", None)]
fn clock_time_reads_hh_mm(#[case] json: &str, #[case] expected: Option<&str>) {
    let parsed: Result<ClockTime, _> = serde_json::from_str(json);
    assert_eq!(
        parsed.ok().map(|t| t.to_string()),
        expected.map(String::from),
        "{json}"
    );
}

#[test]
fn settings_refuse_unknown_fields() {
    let json = r#"{"enabled": true, "surprise": 1}"#;
    assert!(
        serde_json::from_str::<ReminderSettings>(json).is_err(),
        "an unknown settings field is an error, not silently dropped"
    );
}

#[test]
fn journal_round_trip_and_take_due_once() {
    let mut journal = crate::Journal::open_in_memory().unwrap();
    let tz = zone("Europe/London");
    assert_eq!(
        journal.reminder_settings().unwrap(),
        ReminderSettings::default(),
        "defaults when never saved"
    );
    let saved = journal
        .save_reminder_settings(check_in_at("20:00"), utc("2026-01-12T08:00:00Z"))
        .unwrap();
    assert_eq!(
        journal.reminder_settings().unwrap(),
        saved,
        "what was saved reads back"
    );
    assert!(
        journal
            .take_due_reminders(utc("2026-01-12T19:59:00Z"), &tz)
            .unwrap()
            .is_empty(),
        "not before 20:00"
    );
    let due = journal
        .take_due_reminders(utc("2026-01-12T20:00:30Z"), &tz)
        .unwrap();
    assert_eq!(due.len(), 1, "due at 20:00");
    assert!(
        journal
            .take_due_reminders(utc("2026-01-12T20:01:00Z"), &tz)
            .unwrap()
            .is_empty(),
        "and only once"
    );
    let until = journal
        .snooze_reminder(ReminderKind::CheckIn, utc("2026-01-12T20:02:00Z"))
        .unwrap();
    assert_eq!(
        until,
        utc("2026-01-12T20:17:00Z"),
        "snoozed for the default 15 minutes"
    );
    assert_eq!(
        journal
            .take_due_reminders(utc("2026-01-12T20:17:00Z"), &tz)
            .unwrap()
            .len(),
        1,
        "back after the snooze"
    );
    assert!(
        journal
            .snooze_reminder(ReminderKind::MorningAfter, utc("2026-01-12T20:20:00Z"))
            .is_err(),
        "a reminder that is off cannot be snoozed"
    );
}

#[test]
fn journal_facts_skip_a_saved_check_in() {
    let mut journal = crate::Journal::open_in_memory().unwrap();
    let tz = Utc;
    journal
        .save_reminder_settings(check_in_at("20:00"), utc("2026-01-12T08:00:00Z"))
        .unwrap();
    let draft: crate::domain::CheckInDraft = serde_json::from_value(serde_json::json!({
        "date": "2026-01-12", "stress": 3
    }))
    .unwrap();
    journal
        .save_check_in(draft, utc("2026-01-12T12:00:00Z"), date("2026-01-12"))
        .unwrap();
    assert!(
        journal
            .take_due_reminders(utc("2026-01-12T20:00:30Z"), &tz)
            .unwrap()
            .is_empty(),
        "today's check-in is saved, so no check-in reminder"
    );
    let _ = Utc.timestamp_opt(0, 0);
}

/// Settings with only the weekly check on, Sundays at 19:00, quiet hours off.
fn weekly_check_only() -> ReminderSettings {
    let mut s = check_in_at("20:00");
    s.check_in.on = false;
    s.weekly_check.on = true;
    s
}

#[test]
fn the_weekly_check_comes_on_its_day_only() {
    let tz = zone("Europe/London");
    // 2026-01-11 and 2026-01-18 are Sundays.
    let ticks = every(utc("2026-01-10T18:00:00Z"), utc("2026-01-18T20:00:00Z"), 30);
    let (fired, _) = run(
        &weekly_check_only(),
        &Facts::default(),
        &tz,
        utc("2026-01-10T00:00:00Z"),
        &ticks,
    );
    let at: Vec<DateTime<Utc>> = fired.iter().map(|(_, d)| d.occurrence).collect();
    assert_eq!(
        at,
        [utc("2026-01-11T19:00:00Z"), utc("2026-01-18T19:00:00Z")]
    );
    let text = &fired[0].1;
    assert_eq!(text.kind, ReminderKind::WeeklyCheck);
    assert_eq!(text.title, "Your weekly check");
    assert_eq!(text.screen.view, "today");
}

#[test]
fn a_weekly_check_taken_in_the_past_seven_days_skips_the_reminder() {
    let tz = zone("Europe/London");
    let ticks = every(utc("2026-01-11T18:00:00Z"), utc("2026-01-18T20:00:00Z"), 30);
    // Taken on Wednesday the 14th: the 11th still reminds, the 18th (4 days later) does not.
    let facts = Facts {
        peg_at: vec![utc("2026-01-14T09:00:00Z")],
        ..Default::default()
    };
    let (fired, _) = run(
        &weekly_check_only(),
        &facts,
        &tz,
        utc("2026-01-11T00:00:00Z"),
        &ticks,
    );
    let at: Vec<DateTime<Utc>> = fired.iter().map(|(_, d)| d.occurrence).collect();
    assert_eq!(at, [utc("2026-01-11T19:00:00Z")]);
    // Taken eight days before the Sunday: due again.
    let facts = Facts {
        peg_at: vec![utc("2026-01-10T09:00:00Z")],
        ..Default::default()
    };
    let ticks = every(utc("2026-01-18T18:00:00Z"), utc("2026-01-18T20:00:00Z"), 30);
    let (fired, _) = run(
        &weekly_check_only(),
        &facts,
        &tz,
        utc("2026-01-18T00:00:00Z"),
        &ticks,
    );
    assert_eq!(fired.len(), 1);
}

#[test]
fn settings_saved_before_the_weekly_check_read_with_it_off() {
    let mut old = serde_json::to_value(ReminderSettings::default()).unwrap();
    old.as_object_mut().unwrap().remove("weekly_check");
    let read: ReminderSettings = serde_json::from_value(old).unwrap();
    assert!(!read.weekly_check.on);
    assert_eq!(read.weekly_check.day, Day::Sun);
}

/// The morning-after reminder is the outcome question: it asks about an evening whose
/// outcome is unknown, and stays silent once "how was your back afterwards?" is answered.
#[rstest]
#[case::unanswered(false, 1)]
#[case::answered_no_pain(true, 0)]
fn morning_after_asks_only_about_unanswered_evenings(
    #[case] answered: bool,
    #[case] expected: usize,
) {
    let mut journal = crate::Journal::open_in_memory().unwrap();
    let tz = Utc;
    let mut settings = ReminderSettings {
        enabled: true,
        ..ReminderSettings::default()
    };
    settings.check_in.on = false;
    settings.programme.on = false;
    settings.morning_after.on = true;
    journal
        .save_reminder_settings(settings, utc("2026-01-11T08:00:00Z"))
        .unwrap();
    let activity: crate::domain::ActivityDraft = serde_json::from_value(serde_json::json!({
        "at": "2026-01-11T22:00:00Z", "kind": "intimacy"
    }))
    .unwrap();
    let evening = journal
        .add_activity(activity, utc("2026-01-11T22:30:00Z"))
        .unwrap();
    if answered {
        crate::outcomes::answer(
            &mut journal,
            &crate::domain::OutcomeAnswer {
                activity_id: evening.id,
                nrs: 0,
                moment: None,
            },
            utc("2026-01-11T23:00:00Z"),
        )
        .unwrap();
    }
    let due = journal
        .take_due_reminders(utc("2026-01-12T08:30:30Z"), &tz)
        .unwrap();
    assert_eq!(
        due.iter()
            .filter(|d| d.kind == ReminderKind::MorningAfter)
            .count(),
        expected,
        "answered: {answered}"
    );
}

/// Settings with only "today's plan is ready" on, at 09:00, quiet hours off.
fn experiment_day_only() -> ReminderSettings {
    let mut s = check_in_at("20:00");
    s.check_in.on = false;
    s.experiment_day.on = true;
    s
}

#[test]
fn the_experiment_reminder_comes_only_on_running_days_and_is_opt_in() {
    assert!(
        !ReminderSettings::default().experiment_day.on,
        "the experiment reminder is opt-in"
    );
    let tz = zone("Europe/London");
    // Running on the 12th and 14th; the 13th is not a running day (paused, say).
    let facts = Facts {
        experiment_days: [date("2026-01-12"), date("2026-01-14")].into(),
        ..Default::default()
    };
    let ticks = every(utc("2026-01-11T08:00:00Z"), utc("2026-01-15T12:00:00Z"), 30);
    let (fired, _) = run(
        &experiment_day_only(),
        &facts,
        &tz,
        utc("2026-01-11T00:00:00Z"),
        &ticks,
    );
    let at: Vec<DateTime<Utc>> = fired.iter().map(|(_, d)| d.occurrence).collect();
    assert_eq!(
        at,
        [utc("2026-01-12T09:00:00Z"), utc("2026-01-14T09:00:00Z")]
    );
    assert!(fired
        .iter()
        .all(|(_, d)| d.kind == ReminderKind::ExperimentDay && d.screen.view == "experiments"));
    // A day already marked followed (or not) is not reminded.
    let marked = Facts {
        experiment_marked: [date("2026-01-12")].into(),
        ..facts.clone()
    };
    let (fired, _) = run(
        &experiment_day_only(),
        &marked,
        &tz,
        utc("2026-01-11T00:00:00Z"),
        &ticks,
    );
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0].1.occurrence, utc("2026-01-14T09:00:00Z"));
    // Switched off, nothing comes on a running day.
    let mut off = experiment_day_only();
    off.experiment_day.on = false;
    off.check_in.on = true;
    off.check_in.time = ClockTime::hm(23, 59);
    let ticks = every(utc("2026-01-12T08:00:00Z"), utc("2026-01-12T12:00:00Z"), 30);
    let (fired, _) = run(&off, &facts, &tz, utc("2026-01-11T00:00:00Z"), &ticks);
    assert!(fired.is_empty());
}

#[test]
fn settings_saved_before_the_experiment_reminder_read_with_it_off() {
    let mut old = serde_json::to_value(ReminderSettings::default()).unwrap();
    old.as_object_mut().unwrap().remove("experiment_day");
    let read: ReminderSettings = serde_json::from_value(old).unwrap();
    assert!(!read.experiment_day.on);
    assert_eq!(read.experiment_day.time, ClockTime::hm(9, 0));
}

/// Words that must never reach a lock screen, in each language (any case, as parts of
/// words too).
const INTIMATE_WORDS: [(Locale, &[&str]); 2] = [
    (
        Locale::En,
        &[
            "intima", "intimacy", "sex", "partner", "position", "pillow", "hips", "warm", "arousal",
        ],
    ),
    (
        Locale::De,
        &[
            "intim",
            "sex",
            "partner",
            "stellung",
            "position",
            "kissen",
            "hüfte",
            "warm",
            "wärme",
            "erreg",
            "lust",
            "zärtlich",
        ],
    ),
];

#[test]
fn no_notification_text_has_intimate_words_or_names_a_change() {
    for (locale, intimate) in INTIMATE_WORDS {
        for kind in ReminderKind::ALL {
            for (late, snoozed) in [(false, false), (true, false), (false, true)] {
                let text = notification_text_in(locale, kind, late, snoozed);
                let words = format!("{} {}", text.title, text.body).to_lowercase();
                assert!(
                    !words.contains('['),
                    "{locale:?} {kind:?}: a message is missing: {words}"
                );
                for word in intimate {
                    assert!(!words.contains(word), "{locale:?} {kind:?}: {words}");
                }
            }
        }
    }
    let plan = notification_text_in(Locale::En, ReminderKind::ExperimentDay, false, false);
    assert_eq!(
        (plan.title.as_str(), plan.body.as_str()),
        ("Backstory", "Today's plan is ready."),
        "the experiment reminder says only that today's plan is ready"
    );
    let plan_de = notification_text_in(Locale::De, ReminderKind::ExperimentDay, false, false);
    assert_eq!(
        (plan_de.title.as_str(), plan_de.body.as_str()),
        ("Backstory", "Der Plan für heute ist bereit.")
    );
    for (plan, words) in [
        (&plan, ["experiment", "with", "without", "change", "arm"]),
        (&plan_de, ["experiment", "mit", "ohne", "änderung", "arm"]),
    ] {
        for word in words {
            assert!(
                !plan
                    .body
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == word),
                "names neither the experiment nor the arm: {}",
                plan.body
            );
        }
    }
}

#[test]
fn a_late_or_snoozed_reminder_says_so_in_each_language() {
    let late = notification_text_in(Locale::De, ReminderKind::CheckIn, true, false);
    assert_eq!(
        late.body,
        "Verpasste Erinnerung von vorhin. Stress, Schlaf und Morgensteifigkeit: ein paar Sekunden in Backstory."
    );
    let snoozed = notification_text_in(Locale::En, ReminderKind::WeeklyCheck, false, true);
    assert_eq!(
        snoozed.body,
        "Snoozed reminder. Three quick questions about the past week, in Backstory."
    );
    assert_eq!(
        notification_text_in(Locale::De, ReminderKind::MorningAfter, false, false).title,
        "Wie geht es Ihrem Rücken heute Morgen?"
    );
}
