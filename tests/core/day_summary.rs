//! The day summary (migration 0005) always equals the per-day aggregates computed from the
//! entries themselves: after adds, edits that move an entry to another day or change its
//! score or kind, soft deletes, restores, purges, check-ins replaced, and after upgrading an
//! old journal (the migration's backfill).

use crate::support::{activity_at, local, now, pain_at};
use backstory_core::demo::DemoRng;
use backstory_core::domain::*;
use backstory_core::insights::{DayTable, DAY_FACTS_FROM_ENTRIES_SQL, DAY_SUMMARY_SQL};
use backstory_core::store::JOURNAL_FILE;
use backstory_core::Journal;
use chrono::{Duration, NaiveDate};
use rstest::rstest;
use uuid::Uuid;

fn first() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 20).unwrap()
}

fn assert_summary_matches(j: &Journal, what: &str) {
    let (from, to) = (first() - Duration::days(400), first() + Duration::days(400));
    let summary = DayTable::load_with(j, DAY_SUMMARY_SQL, from, to).unwrap();
    let entries = DayTable::load_with(j, DAY_FACTS_FROM_ENTRIES_SQL, from, to).unwrap();
    for ((day, kept), (_, truth)) in summary.iter().zip(entries.iter()) {
        assert_eq!(
            kept, truth,
            "{what}: the day summary of {day} must equal the aggregates of its entries"
        );
    }
}

const KINDS: [ActivityKind; 4] = [
    ActivityKind::Intimacy,
    ActivityKind::Stretching,
    ActivityKind::CoreSession,
    ActivityKind::Sitting,
];

/// Random writes over 12 days around a leap day; the summary is checked after each.
#[rstest]
#[case::seed_1(1)]
#[case::seed_2(2)]
#[case::seed_3(3)]
fn stays_exact_through_random_writes(#[case] seed: u64) {
    let mut j = Journal::open_in_memory().unwrap();
    let mut rng = DemoRng::new(seed);
    let mut pain: Vec<Uuid> = Vec::new();
    let mut activities: Vec<Uuid> = Vec::new();
    let mut deleted: Vec<(EntryKind, Uuid)> = Vec::new();
    let when = |rng: &mut DemoRng| {
        let day = first() + Duration::days(rng.below(12) as i64);
        local(2026, 1, 1, 0, 0).with_day_of(day, rng.below(24) as u32)
    };
    for step in 0..250 {
        let action = rng.below(9);
        let what = format!("seed {seed}, step {step}, action {action}");
        match action {
            0 | 1 => {
                let at = when(&mut rng);
                let e = j
                    .entries()
                    .add_pain(pain_at(at, rng.below(11) as u8), now())
                    .unwrap();
                pain.push(e.id);
            }
            2 => {
                let at = when(&mut rng);
                let kind = *rng.pick(&KINDS);
                let mut draft = activity_at(at, kind);
                if kind == ActivityKind::Intimacy {
                    draft.intimacy = Some(IntimacyDetails::default());
                }
                activities.push(j.entries().add_activity(draft, now()).unwrap().id);
            }
            3 if !pain.is_empty() => {
                // Edit: maybe another day, another score.
                let id = *rng.pick(&pain);
                let at = when(&mut rng);
                let _ = j
                    .entries()
                    .update_pain(id, pain_at(at, rng.below(11) as u8), now());
            }
            4 if !activities.is_empty() => {
                let id = *rng.pick(&activities);
                let at = when(&mut rng);
                let kind = *rng.pick(&KINDS);
                let mut draft = activity_at(at, kind);
                if kind == ActivityKind::Intimacy {
                    draft.intimacy = Some(IntimacyDetails::default());
                }
                let _ = j.entries().update_activity(id, draft, now());
            }
            5 => {
                let day = first() + Duration::days(rng.below(12) as i64);
                let draft = CheckInDraft {
                    date: day,
                    stress: rng.below(11) as u8,
                    sleep_hours: None,
                    sleep_quality: None,
                    stiffness: None,
                    notes: String::new(),
                };
                j.entries()
                    .save_check_in(draft, now(), day + Duration::days(1))
                    .unwrap();
            }
            6 => {
                // Soft delete something (a check-in of some day, or an entry).
                let target = match rng.below(3) {
                    0 if !pain.is_empty() => Some((EntryKind::Pain, *rng.pick(&pain))),
                    1 if !activities.is_empty() => {
                        Some((EntryKind::Activity, *rng.pick(&activities)))
                    }
                    _ => {
                        let day = first() + Duration::days(rng.below(12) as i64);
                        j.timeline()
                            .check_in_on(day)
                            .unwrap()
                            .map(|c| (EntryKind::CheckIn, c.id))
                    }
                };
                if let Some((kind, id)) = target {
                    if j.entries().delete_entry(kind, id, now()).is_ok() {
                        deleted.push((kind, id));
                    }
                }
            }
            7 if !deleted.is_empty() => {
                let (kind, id) = deleted.remove(rng.below(deleted.len() as u64) as usize);
                let _ = j.entries().restore_entry(kind, id);
            }
            8 => {
                j.entries()
                    .purge_deleted(now() + Duration::days(1))
                    .unwrap();
                deleted.clear();
            }
            _ => {}
        }
        assert_summary_matches(&j, &what);
    }
}

/// Small helper: the same local time of day on another date.
trait OnDay {
    fn with_day_of(self, day: NaiveDate, hour: u32) -> chrono::DateTime<chrono::FixedOffset>;
}

impl OnDay for chrono::DateTime<chrono::FixedOffset> {
    fn with_day_of(self, day: NaiveDate, hour: u32) -> chrono::DateTime<chrono::FixedOffset> {
        use chrono::TimeZone;
        self.offset()
            .from_local_datetime(&day.and_hms_opt(hour, 30, 0).unwrap())
            .unwrap()
    }
}

#[test]
fn an_upgraded_journal_gets_its_summary_backfilled() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE);
    let fixture = std::path::Path::new(crate::support::ROOT).join("tests/data/schema/v1.db");
    std::fs::copy(fixture, &path).expect("the v1 fixture exists");
    let j = Journal::open(&path).expect("upgrades");
    let days: i64 = backstory_core::store::inspect::connection(&j)
        .query_row("SELECT count(*) FROM day_summary", [], |r| r.get(0))
        .unwrap();
    assert!(days > 0, "the backfill wrote the old entries' days");
    let (from, to) = (
        NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2100, 1, 1).unwrap(),
    );
    let summary = DayTable::load_with(&j, DAY_SUMMARY_SQL, from, to).unwrap();
    let entries = DayTable::load_with(&j, DAY_FACTS_FROM_ENTRIES_SQL, from, to).unwrap();
    assert!(
        summary == entries,
        "the backfilled summary equals the aggregates of the upgraded journal's entries"
    );
}
