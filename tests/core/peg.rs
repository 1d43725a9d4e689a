//! The weekly PEG check through the journal: a check survives closing and reopening the
//! file with its three answers, its score and the week it covers; bad answers save nothing.

use backstory_core::domain::PegDraft;
use backstory_core::Journal;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};

fn taken(day: u32, hour: u32) -> DateTime<FixedOffset> {
    FixedOffset::west_opt(5 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 3, day, hour, 15, 0)
        .unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 31, 12, 0, 0).unwrap()
}

#[test]
fn a_check_round_trips_through_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let saved = {
        let mut j = Journal::open(&path).unwrap();
        let first = PegDraft {
            taken_at: taken(2, 20),
            pain: 7,
            enjoyment: 5,
            activity: 6,
        };
        // 22:15 in New York is the next day in UTC: the local day must stay the 9th.
        let second = PegDraft {
            taken_at: taken(9, 22),
            pain: 4,
            enjoyment: 3,
            activity: 3,
        };
        j.entries().add_peg(first, now()).unwrap();
        j.entries().add_peg(second, now()).unwrap()
    };
    let j = Journal::open(&path).unwrap();
    let checks = j.timeline().peg_checks(None, None).unwrap();
    assert_eq!(checks.len(), 2);
    assert_eq!(
        checks[1], saved,
        "answers, offset, score and week come back unchanged"
    );
    assert_eq!(checks[1].score, 3.3);
    assert_eq!(
        checks[1].covers_to,
        NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
    );
    assert_eq!(
        checks[1].covers_from,
        NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()
    );
    assert_eq!(checks[0].draft.pain, 7, "oldest first");
    let march_9 = NaiveDate::from_ymd_opt(2026, 3, 9);
    assert_eq!(
        j.timeline().peg_checks(march_9, march_9).unwrap(),
        vec![saved]
    );
}

#[test]
fn a_bad_check_saves_nothing() {
    let mut j = Journal::open_in_memory().unwrap();
    let err = j
        .entries()
        .add_peg(
            PegDraft {
                taken_at: taken(2, 20),
                pain: 12,
                enjoyment: 0,
                activity: 0,
            },
            now(),
        )
        .unwrap_err();
    assert!(err.to_string().contains("between 0 and 10"), "{err}");
    assert!(j.timeline().peg_checks(None, None).unwrap().is_empty());
}

#[test]
fn the_trend_keeps_missing_weeks_as_gaps() {
    let mut j = Journal::open_in_memory().unwrap();
    for day in [2, 16, 30] {
        let draft = PegDraft {
            taken_at: taken(day, 9),
            pain: 5,
            enjoyment: 5,
            activity: 5,
        };
        j.entries().add_peg(draft, now()).unwrap();
    }
    let today = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
    let overview = j.timeline().peg_overview(now(), today, 5).unwrap();
    let shape: Vec<Option<f32>> = overview
        .weeks
        .iter()
        .map(|w| w.check.as_ref().map(|c| c.score))
        .collect();
    assert_eq!(shape, [Some(5.0), None, Some(5.0), None, Some(5.0)]);
    assert!(!overview.due, "taken yesterday");
}

#[test]
fn the_demo_has_weekly_checks_with_two_missing_weeks_and_offers_the_next() {
    let offset = FixedOffset::east_opt(3600).unwrap();
    let mut j = Journal::open_in_memory().unwrap();
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).unwrap();
    let today = now().with_timezone(&offset).date_naive();
    let overview = j.timeline().peg_overview(now(), today, 12).unwrap();
    let gaps = overview.weeks.iter().filter(|w| w.check.is_none()).count();
    // The current week (last check 8 days ago) and the two skipped weeks are gaps.
    assert_eq!(gaps, 3, "{:?}", overview.weeks);
    assert!(overview.due, "the demo's last check is eight days old");
    let checks = j.timeline().peg_checks(None, None).unwrap();
    assert!(
        checks.len() >= 9,
        "about a dozen weekly checks: {}",
        checks.len()
    );
    assert!(
        checks.first().unwrap().score > checks.last().unwrap().score,
        "the demo's PEG eases as its pain does"
    );
}
