//! A deterministic journal generator for benchmarks: the same spec always writes the same
//! rows (ids included), so figures from different runs and machines compare like for like.
//!
//! [`BenchSpec::ten_years`] is the reference load of docs/performance.md: 3,652 days ending
//! 2026-01-01 with about 100,000 entries (one check-in a day, ~13 activities, ~6.5 pain
//! entries linked to an activity and ~7 more on their own). Offsets vary the way a real
//! user's do: +01:00 in winter, +02:00 in summer, and a week at -05:00 every 100 days, so
//! local days and UTC days disagree near midnight. Activities carry the same kinds of
//! effects as the demo journal (a warm-up, props and some positions lower the pain after).
//!
//! Sized loads for the speed and footprint benchmarks (issue 8): [`BenchSpec::entries`]
//! spreads about N entries (50k, 200k, 1M) over the same 10 years, and a share of them
//! carries a note in several scripts (accents, CJK, right-to-left Arabic and Hebrew, emoji
//! with joiners, combining marks, line breaks). Notes come from a second random stream, so
//! turning them on never changes which entries are generated. Ten years from 2016-01-02
//! include three leap days (2016, 2020 and 2024-02-29).
//!
//! Rows are written directly in one transaction (bypassing per-entry validation, which the
//! drafts here satisfy by construction), at bulk-insert speed.
//!
//! Write one to a file: `cargo run -p backstory-core --release --example bench_data -- /tmp/bench.db`
//! (options: `--days N`, `--activities N`, `--extra-pain N`, `--seed N`, `--entries N`,
//! `--notes PERCENT`, `--end YYYY-MM-DD`), or into an app data folder with the CLI:
//! `cargo run --release -p backstory-cli -- --data-dir DIR generate --entries 200000`.

use crate::demo::DemoRng;
use crate::domain::*;
use crate::error::CoreResult;
use crate::store::Journal;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchSpec {
    pub seed: u64,
    /// Number of days, ending the day before `end`.
    pub days: u32,
    /// Mean activities per day (each day has between 0 and twice this many).
    pub activities_per_day: u32,
    /// Mean pain entries per day that are not linked to an activity.
    pub extra_pain_per_day: u32,
    /// The day after the last generated day (the benchmark's "today").
    pub end: NaiveDate,
    /// Share of entries (0-100) that carry a note; notes use their own random stream.
    pub notes_percent: u8,
}

/// Seeds the notes' random stream (xored with the spec's seed).
const NOTES_SALT: u64 = 0x0A7E_5EED_0A7E_5EED;

impl BenchSpec {
    /// The reference load: 10 years, ~100k entries.
    pub fn ten_years() -> BenchSpec {
        BenchSpec {
            seed: 0x5EED_BAC5_2026,
            days: 3652,
            activities_per_day: 13,
            extra_pain_per_day: 7,
            end: NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date"),
            notes_percent: 0,
        }
    }

    /// About `total` entries over the same 10 years, keeping the reference load's mix
    /// (13 activities to 7 unlinked pain entries, one check-in a day), with notes on 30 %
    /// of them. 50k, 200k and 1M come out within 2.5 % of the figure asked for.
    pub fn entries(total: u64) -> BenchSpec {
        let base = BenchSpec::ten_years();
        let days = f64::from(base.days);
        // Per day: 1 check-in + A activities + A/2 linked pain + E unlinked pain.
        let per_day = (total as f64 / days - 1.0).max(0.0);
        let activities = (per_day / (1.5 + 7.0 / 13.0)).round();
        let extra = (per_day - 1.5 * activities).round().max(0.0);
        BenchSpec {
            activities_per_day: activities as u32,
            extra_pain_per_day: extra as u32,
            notes_percent: 30,
            ..base
        }
    }

    /// The same spec ending on another day (e.g. today, so the app shows recent entries).
    pub fn with_end(self, end: NaiveDate) -> BenchSpec {
        BenchSpec { end, ..self }
    }

    /// About how many entries this spec writes.
    pub fn expected_entries(&self) -> u64 {
        let per_day =
            1.0 + f64::from(self.activities_per_day) * 1.5 + f64::from(self.extra_pain_per_day);
        (per_day * f64::from(self.days)) as u64
    }

    /// The same journal density over fewer days (for quick tests).
    pub fn days(days: u32) -> BenchSpec {
        BenchSpec {
            days,
            ..BenchSpec::ten_years()
        }
    }
}

/// How many rows of each kind were written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BenchCounts {
    pub pain: u32,
    pub linked_pain: u32,
    pub activities: u32,
    pub intimacy: u32,
    pub check_ins: u32,
}

impl BenchCounts {
    pub fn total(&self) -> u32 {
        self.pain + self.activities + self.check_ins
    }
}

/// The user's UTC offset on a day: +01:00 in winter, +02:00 from April to October, and
/// -05:00 for a week every 100 days (travel).
pub fn offset_on(day_index: u32, date: NaiveDate) -> FixedOffset {
    let hours = if day_index % 100 < 7 {
        -5
    } else if (4..=10).contains(&date.month()) {
        2
    } else {
        1
    };
    FixedOffset::east_opt(hours * 3600).expect("offset in range")
}

const KINDS: &[(ActivityKind, u64)] = &[
    (ActivityKind::Intimacy, 5),
    (ActivityKind::Stretching, 10),
    (ActivityKind::CoreSession, 10),
    (ActivityKind::WalkingSport, 20),
    (ActivityKind::Sitting, 35),
    (ActivityKind::Lifting, 10),
    (ActivityKind::StressRelief, 5),
    (ActivityKind::Other, 5),
];

const PROPS: &[Prop] = &[
    Prop::PillowUnderLowerBack,
    Prop::PillowUnderHips,
    Prop::PillowBetweenKnees,
    Prop::Wedge,
];

fn pick_kind(rng: &mut DemoRng) -> ActivityKind {
    let total: u64 = KINDS.iter().map(|(_, w)| w).sum();
    let mut roll = rng.below(total);
    for (kind, weight) in KINDS {
        if roll < *weight {
            return *kind;
        }
        roll -= weight;
    }
    ActivityKind::Other
}

/// Pieces of notes as people write them, in several languages and scripts.
const NOTE_PARTS: &[&str] = &[
    "Long day at the desk, stiff by the evening.",
    "Felt better after a walk by the river.",
    "Slept badly, woke up sore on the left side.",
    "Pillow under the hips helped a lot tonight.",
    "Took it slow, warm-up first — no twinge after.",
    "Rücken steif nach dem Sitzen im Zug; Übungen gemacht.",
    "Douleur légère après le déménagement, ça va mieux.",
    "Dolor leve al levantarme, mejoró con estiramientos.",
    "腰が少し痛い。ストレッチをした。",
    "久坐之后腰部酸痛",
    "ألم خفيف في أسفل الظهر بعد الجلوس",
    "כאב קל בגב התחתון",
    "Боль в пояснице после поездки.",
    "😣 then 🙂 after stretching 🧘\u{200d}♀\u{fe0f}",
    "👩\u{200d}❤\u{fe0f}\u{200d}👨 careful, slow, good.",
    "Cafe\u{301} visit, sat too long — bad chair.",
    "Gardening: 2 h on my knees.\nBack tight next morning.",
    "NRS went 3 → 5 → 2 over the day.",
];

/// A note for one entry: empty for most, otherwise one to four parts.
fn note(rng: &mut DemoRng, percent: u8) -> String {
    if !rng.chance(u64::from(percent)) {
        return String::new();
    }
    let parts = 1 + rng.below(4);
    (0..parts)
        .map(|_| *rng.pick(NOTE_PARTS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn next_id(rng: &mut DemoRng) -> Uuid {
    let hi = rng.next_u64().to_be_bytes();
    let lo = rng.next_u64().to_be_bytes();
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&hi);
    bytes[8..].copy_from_slice(&lo);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// Writes the spec's journal into `journal` in one transaction.
pub fn generate(journal: &mut Journal, spec: &BenchSpec) -> CoreResult<BenchCounts> {
    let mut rng = DemoRng::new(spec.seed);
    let mut notes = DemoRng::new(spec.seed ^ NOTES_SALT);
    let mut counts = BenchCounts::default();
    let positions: Vec<String> = crate::guide::positions()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let tx = journal.bulk_write()?;
    for index in 0..spec.days {
        let date = spec.end - Duration::days(i64::from(spec.days - index));
        let offset = offset_on(index, date);
        let at = |minute_of_day: i64| -> DateTime<FixedOffset> {
            let midnight = offset
                .from_local_datetime(&date.and_hms_opt(0, 0, 0).expect("midnight"))
                .single()
                .expect("fixed offsets have no gaps");
            midnight + Duration::minutes(minute_of_day)
        };
        // A slow wave over the years plus day-to-day noise: base pain 1-5.
        let season = ((f64::from(index) / 365.0 * std::f64::consts::TAU).sin() + 1.0) * 1.5;
        let base = (1.0 + season + rng.below(3) as f64) as u8;
        let stress = rng.below(11) as u8;
        let check_in = CheckIn {
            id: next_id(&mut rng),
            draft: CheckInDraft {
                date,
                stress,
                sleep_hours: Some(4.5 + rng.below(9) as f32 * 0.5),
                sleep_quality: Some(rng.below(11) as u8),
                stiffness: Some(base.min(10)),
                notes: note(&mut notes, spec.notes_percent),
            },
            created_at: at(8 * 60).with_timezone(&Utc),
            updated_at: at(8 * 60).with_timezone(&Utc),
        };
        tx.check_in(&check_in)?;
        counts.check_ins += 1;

        let n = rng.below(u64::from(spec.activities_per_day) * 2 + 1);
        for _ in 0..n {
            let kind = pick_kind(&mut rng);
            let minute = 6 * 60 + rng.below(16 * 60) as i64;
            let when = at(minute);
            let mut pain_after = i16::from(base) + i16::from(stress > 6);
            let intimacy = (kind == ActivityKind::Intimacy).then(|| {
                let warm_up = rng.chance(55);
                let props: Vec<Prop> = if rng.chance(45) {
                    vec![*rng.pick(PROPS)]
                } else {
                    vec![]
                };
                let position = rng.pick(&positions).clone();
                pain_after += if warm_up { 0 } else { 2 };
                pain_after -= i16::from(!props.is_empty());
                if position == "spooning" || position == "on_back_knees_high" {
                    pain_after += 2;
                }
                IntimacyDetails {
                    positions: vec![position],
                    role: Some(*rng.pick(&[
                        PartnerRole::Moving,
                        PartnerRole::Resting,
                        PartnerRole::Both,
                    ])),
                    props,
                    warm_up,
                    pain_before: Some(base.min(10)),
                }
            });
            if kind == ActivityKind::Sitting || kind == ActivityKind::Lifting {
                pain_after += 1;
            }
            let duration = match kind {
                ActivityKind::Sitting => 60 + rng.below(240),
                ActivityKind::Intimacy => 10 + rng.below(50),
                _ => 5 + rng.below(60),
            } as u16;
            let activity = Activity {
                id: next_id(&mut rng),
                draft: ActivityDraft {
                    at: when,
                    kind,
                    duration_min: Some(duration),
                    intimacy,
                    exercises: Vec::new(),
                    relief: None,
                    routine_id: None,
                    notes: note(&mut notes, spec.notes_percent),
                },
                created_at: when.with_timezone(&Utc),
                updated_at: when.with_timezone(&Utc),
            };
            tx.activity(&activity)?;
            counts.activities += 1;
            counts.intimacy += u32::from(kind == ActivityKind::Intimacy);
            if rng.chance(50) {
                let later = when + Duration::minutes(30 + rng.below(600) as i64);
                let nrs = (pain_after + rng.below(3) as i16 - 1).clamp(0, 10) as u8;
                let text = note(&mut notes, spec.notes_percent);
                tx.pain(&pain_entry(&mut rng, later, nrs, Some(activity.id), text))?;
                counts.pain += 1;
                counts.linked_pain += 1;
            }
        }
        for _ in 0..rng.below(u64::from(spec.extra_pain_per_day) * 2 + 1) {
            let when = at(6 * 60 + rng.below(17 * 60) as i64);
            let nrs = (i16::from(base) + rng.below(5) as i16 - 2).clamp(0, 10) as u8;
            let text = note(&mut notes, spec.notes_percent);
            tx.pain(&pain_entry(&mut rng, when, nrs, None, text))?;
            counts.pain += 1;
        }
    }
    tx.commit()?;
    Ok(counts)
}

fn pain_entry(
    rng: &mut DemoRng,
    at: DateTime<FixedOffset>,
    nrs: u8,
    activity_id: Option<Uuid>,
    notes: String,
) -> PainEntry {
    PainEntry {
        id: next_id(rng),
        draft: PainDraft {
            at,
            nrs,
            regions: vec![Region::LowerBackCentre.into()],
            qualities: vec![PainQuality::Aching],
            onset: Some(if activity_id.is_some() {
                Onset::HoursLater
            } else {
                Onset::NotLinked
            }),
            interference_daily: Some(nrs / 2),
            interference_intimacy: None,
            leg: LegSymptoms::default(),
            emergency: EmergencySigns::default(),
            activity_id,
            notes,
        },
        created_at: at.with_timezone(&Utc),
        updated_at: at.with_timezone(&Utc),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_spec_same_journal() {
        let spec = BenchSpec::days(30);
        let mut a = Journal::open_in_memory().unwrap();
        let mut b = Journal::open_in_memory().unwrap();
        let ca = generate(&mut a, &spec).unwrap();
        let cb = generate(&mut b, &spec).unwrap();
        assert_eq!(ca, cb, "the same spec must write the same counts");
        let ids = |j: &Journal| -> Vec<String> {
            let mut stmt = j
                .conn()
                .prepare("SELECT id || body FROM pain_entry ORDER BY id")
                .unwrap();
            stmt.query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        assert_eq!(
            ids(&a),
            ids(&b),
            "the same spec must write the same rows, ids included"
        );
        assert_eq!(ca.check_ins, 30, "one check-in a day");
        let per_day = f64::from(ca.total()) / 30.0;
        assert!(
            (15.0..40.0).contains(&per_day),
            "about 27 entries a day, got {per_day}"
        );
    }

    fn texts(j: &Journal, sql: &str) -> Vec<String> {
        let mut stmt = j.conn().prepare(sql).unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn sized_loads_hit_their_size() {
        for total in [50_000u64, 200_000, 1_000_000] {
            let spec = BenchSpec::entries(total);
            let expected = spec.expected_entries() as f64;
            let off = (expected - total as f64).abs() / total as f64;
            assert!(
                off < 0.025,
                "{total} entries asked, the spec gives about {expected}"
            );
            assert_eq!(spec.days, 3652, "sized loads span 10 years");
        }
        // And the generator writes about what the spec says (checked on 60 days).
        let spec = BenchSpec {
            days: 60,
            ..BenchSpec::entries(200_000)
        };
        let mut j = Journal::open_in_memory().unwrap();
        let counts = generate(&mut j, &spec).unwrap();
        let ratio = f64::from(counts.total()) / spec.expected_entries() as f64;
        assert!(
            (0.85..1.15).contains(&ratio),
            "60 days of the 200k load should hold about {} entries, got {}",
            spec.expected_entries(),
            counts.total()
        );
    }

    #[test]
    fn notes_never_change_which_rows_are_written() {
        let plain = BenchSpec::days(20);
        let noted = BenchSpec {
            notes_percent: 30,
            ..plain.clone()
        };
        let mut a = Journal::open_in_memory().unwrap();
        let mut b = Journal::open_in_memory().unwrap();
        assert_eq!(
            generate(&mut a, &plain).unwrap(),
            generate(&mut b, &noted).unwrap(),
            "notes come from their own random stream"
        );
        let sql = "SELECT id || at_utc || nrs FROM pain_entry ORDER BY id";
        assert_eq!(texts(&a, sql), texts(&b, sql), "same ids, times and scores");
        let noted_rows = texts(
            &b,
            "SELECT json_extract(body, '$.notes') FROM activity WHERE json_extract(body, '$.notes') <> ''",
        );
        assert!(
            !noted_rows.is_empty(),
            "with notes_percent 30 some activities carry a note"
        );
        assert!(
            noted_rows.iter().any(|n| !n.is_ascii()),
            "notes include non-ASCII text"
        );
    }

    #[test]
    fn covers_leap_days_offset_changes_and_unicode() {
        // 120 days around 2024-02-29, ending in the summer-time months.
        let spec = BenchSpec {
            days: 120,
            ..BenchSpec::entries(50_000).with_end(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap())
        };
        let mut j = Journal::open_in_memory().unwrap();
        generate(&mut j, &spec).unwrap();
        let leap = texts(
            &j,
            "SELECT id FROM pain_entry WHERE local_date = '2024-02-29'
             UNION ALL SELECT id FROM check_in WHERE local_date = '2024-02-29'",
        );
        assert!(!leap.is_empty(), "entries are logged on the leap day");
        let offsets = texts(
            &j,
            "SELECT DISTINCT CAST(tz_offset_min AS TEXT) FROM pain_entry ORDER BY 1",
        );
        assert!(
            offsets.len() >= 2,
            "the UTC offset changes between entries, got {offsets:?}"
        );
        let scripts = texts(&j, "SELECT body FROM pain_entry").concat();
        for (what, sample) in [
            ("Arabic", "ألم"),
            ("Japanese", "腰"),
            ("emoji joiner", "\u{200d}"),
        ] {
            assert!(scripts.contains(sample), "some notes contain {what}");
        }
    }
}
