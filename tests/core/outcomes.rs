//! "How was your back afterwards?" through the real store, and what it changes in "what
//! helps": a journal built from a known generator (a warm-up that lowers the chance of pain
//! after intimacy is planted) gives the right answer once evenings that went well are
//! answered, while today's rule (only activities followed by a logged pain entry are cases)
//! sees no benefit at all.

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::insights::*;
use backstory_core::Journal;
use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};

fn journal() -> Journal {
    Journal::open_in_memory().expect("in-memory journal opens")
}

/// A small seeded generator (SplitMix64), so the planted journal is the same on every run.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }
    /// A whole number in lo..=hi.
    fn between(&mut self, lo: u8, hi: u8) -> u8 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u8
    }
}

/// The planted truth: a warm-up only lowers the chance that the back hurts afterwards
/// (15 % against 70 %); when it does hurt, it hurts the same (3-7 either way).
const PAIN_CHANCE_WITH_WARM_UP: f64 = 0.15;
const PAIN_CHANCE_WITHOUT: f64 = 0.70;
const EVENINGS: u32 = 240;
/// In the answered journal, this share of evenings is left unanswered, at random.
const LEFT_UNANSWERED: f64 = 0.08;

/// One generated evening: whether there was a warm-up and how the back really was.
struct Evening {
    at: DateTime<FixedOffset>,
    warm_up: bool,
    truth: u8,
    answered: bool,
}

fn evenings(seed: u64) -> Vec<Evening> {
    let mut rng = Seeded(seed);
    let start = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2025, 1, 1, 22, 0, 0)
        .unwrap();
    (0..EVENINGS)
        .map(|i| {
            let warm_up = rng.chance(0.5);
            let chance = if warm_up {
                PAIN_CHANCE_WITH_WARM_UP
            } else {
                PAIN_CHANCE_WITHOUT
            };
            let truth = if rng.chance(chance) {
                rng.between(3, 7)
            } else {
                0
            };
            Evening {
                at: start + Duration::days(i64::from(i)),
                warm_up,
                truth,
                answered: !rng.chance(LEFT_UNANSWERED),
            }
        })
        .collect()
}

/// How the user records: today, pain only when it hurts; with the question, an answer for
/// every evening they respond to ("no pain" included).
#[derive(Clone, Copy, PartialEq)]
enum Habit {
    LogsPainOnlyWhenItHurts,
    AnswersTheQuestion,
}

fn build(evenings: &[Evening], habit: Habit) -> Journal {
    let mut j = journal();
    for e in evenings {
        let mut draft = activity_at(e.at, ActivityKind::Intimacy);
        draft.intimacy = Some(IntimacyDetails {
            positions: vec!["spooning".into()],
            role: None,
            props: vec![],
            warm_up: e.warm_up,
            pain_before: None,
        });
        let activity = j.entries().add_activity(draft, now()).expect("saves");
        let record = match habit {
            Habit::LogsPainOnlyWhenItHurts => e.truth > 0,
            Habit::AnswersTheQuestion => e.answered,
        };
        if record {
            j.entries()
                .answer_outcome(
                    &OutcomeAnswer {
                        activity_id: activity.id,
                        nrs: e.truth,
                        moment: Some(OutcomeMoment::NextMorning),
                    },
                    now(),
                )
                .expect("answer saves");
        }
    }
    j
}

/// TODAY'S RULE, copied as the baseline: "Activities without a linked pain entry are not
/// cases" — the mean of the linked pain over the activities that have some, with and
/// without a warm-up, judged by the n >= 3 and change-that-matters rules.
fn todays_rule_warm_up_verdict(evenings: &[Evening], habit: Habit) -> (Verdict, f64) {
    let mean_of = |warm_up: bool| -> Stat {
        let logged: Vec<u8> = evenings
            .iter()
            .filter(|e| e.warm_up == warm_up)
            .filter(|e| match habit {
                Habit::LogsPainOnlyWhenItHurts => e.truth > 0,
                Habit::AnswersTheQuestion => e.answered,
            })
            .map(|e| e.truth)
            .collect();
        let n = logged.len() as u32;
        Stat {
            n,
            mean: (n > 0).then(|| logged.iter().map(|v| f64::from(*v)).sum::<f64>() / f64::from(n)),
            distribution: vec![],
            unknown: 0,
        }
    };
    let (with, without) = (mean_of(true), mean_of(false));
    let difference = with.mean.unwrap() - without.mean.unwrap();
    (Verdict::judge(&with, &without), difference)
}

fn warm_up(j: &Journal) -> Comparison {
    pain_after(j, &AfterQuery::default())
        .expect("report")
        .comparisons
        .into_iter()
        .find(|c| c.id == "warm_up")
        .expect("a warm-up comparison")
}

#[test]
fn a_planted_warm_up_effect_is_found_only_when_good_evenings_count() {
    let evenings = evenings(14);
    let truth = |warm_up: bool| {
        let group: Vec<&Evening> = evenings.iter().filter(|e| e.warm_up == warm_up).collect();
        group.iter().map(|e| f64::from(e.truth)).sum::<f64>() / group.len() as f64
    };
    let true_difference = truth(true) - truth(false);
    assert!(
        true_difference < -2.0,
        "the planted warm-up lowers pain after by more than 2 points on average: {true_difference}"
    );

    // Today: pain is logged only when it hurts, and today's rule drops the good evenings.
    let (old_verdict, old_difference) =
        todays_rule_warm_up_verdict(&evenings, Habit::LogsPainOnlyWhenItHurts);
    assert!(
        !matches!(old_verdict, Verdict::LowerWith),
        "today's rule cannot see the warm-up help (it compares bad evenings only): {old_verdict:?}, {old_difference}"
    );
    assert!(
        old_difference.abs() < 1.0,
        "it sees almost no difference: {old_difference}"
    );

    // The same habit read by the new rule: the good evenings are unknown, and it says so
    // instead of pretending.
    let today = build(&evenings, Habit::LogsPainOnlyWhenItHurts);
    let c = warm_up(&today);
    let fine_evenings = |w: bool| {
        evenings
            .iter()
            .filter(|e| e.warm_up == w && e.truth == 0)
            .count() as u32
    };
    assert_eq!(
        (c.with.unknown, c.without.unknown),
        (fine_evenings(true), fine_evenings(false)),
        "every evening without a logged pain entry is an unknown outcome"
    );
    assert_eq!(
        c.verdict,
        Verdict::TooManyUnknown,
        "no finding while the unknowns could reverse it: {}",
        c.sentence
    );

    // With the question answered (8 % left unanswered at random): the warm-up helps, with
    // the right sign and about the planted size, and the counts are said.
    let answered = build(&evenings, Habit::AnswersTheQuestion);
    let c = warm_up(&answered);
    assert_eq!(c.verdict, Verdict::LowerWith, "{}", c.sentence);
    let difference = c.difference.expect("both sides have outcomes");
    assert!(
        (difference - true_difference).abs() < 1.0,
        "measured {difference} near the planted {true_difference}"
    );
    let count = |w: bool, answered: bool| {
        evenings
            .iter()
            .filter(|e| e.warm_up == w && e.answered == answered)
            .count() as u32
    };
    assert_eq!(
        (c.with.n, c.with.unknown, c.without.n, c.without.unknown),
        (
            count(true, true),
            count(true, false),
            count(false, true),
            count(false, false)
        ),
        "known and unknown counts on both sides"
    );
    assert!(
        c.sentence.contains(&format!(
            "{} vs {} times known, {} vs {} unknown",
            c.with.n, c.without.n, c.with.unknown, c.without.unknown
        )),
        "the sentence states them: {}",
        c.sentence
    );
}

fn one_intimacy(j: &mut Journal, at: DateTime<FixedOffset>) -> Activity {
    j.entries()
        .add_activity(activity_at(at, ActivityKind::Intimacy), now())
        .expect("saves")
}

#[test]
fn an_answer_is_a_linked_rating_and_clears_the_wait() {
    let mut j = journal();
    // now() is 2026-11-27 12:00 UTC; two evenings this week, one a fortnight ago, one walk.
    let tuesday = one_intimacy(&mut j, local(2026, 11, 24, 22, 0));
    let thursday = one_intimacy(&mut j, local(2026, 11, 26, 22, 0));
    one_intimacy(&mut j, local(2026, 11, 10, 22, 0));
    j.entries()
        .add_activity(
            activity_at(local(2026, 11, 26, 9, 0), ActivityKind::WalkingSport),
            now(),
        )
        .expect("saves");
    let today = now().date_naive();
    let pending = j.timeline().pending_outcomes(today).expect("pending");
    let ids: Vec<_> = pending.activities.iter().map(|a| a.id).collect();
    assert_eq!(
        ids,
        vec![thursday.id, tuesday.id],
        "this week's intimacy only, newest first (older ones stay unknown, not nagged)"
    );

    let entry = j
        .entries()
        .answer_outcome(
            &OutcomeAnswer {
                activity_id: thursday.id,
                nrs: 0,
                moment: None,
            },
            now(),
        )
        .expect("a 0 answer saves");
    assert_eq!(entry.draft.nrs, 0, "no pain is a rating of 0");
    assert_eq!(entry.draft.activity_id, Some(thursday.id), "linked");
    assert_eq!(
        entry.draft.onset,
        Some(Onset::NextMorning),
        "14 h later is the next morning"
    );
    assert_eq!(
        entry.draft.at,
        local(2026, 11, 27, 8, 0),
        "dated at the morning it describes"
    );
    assert!(
        entry.draft.regions.is_empty(),
        "no region needed for no pain"
    );

    let pending = j.timeline().pending_outcomes(today).expect("pending");
    assert_eq!(pending.activities.len(), 1, "one evening still waiting");
    let outcomes = j
        .timeline()
        .outcomes(&[thursday.id, tuesday.id])
        .expect("outcomes");
    assert_eq!(
        outcomes.iter().map(|o| o.nrs).collect::<Vec<_>>(),
        vec![Some(0), None],
        "known 0, and unknown (never 0)"
    );

    // A 0 answer is a real rating: no red-flag rule reads it as pain.
    let refreshed = j.alerts().refresh(now()).expect("refresh");
    assert!(
        refreshed.raised.is_empty(),
        "a 'no pain' answer raises nothing"
    );
}

#[test]
fn bad_answers_change_nothing() {
    let mut j = journal();
    let done = one_intimacy(&mut j, local(2026, 11, 26, 22, 0));
    let before = j.timeline().outcomes(&[done.id]).expect("outcomes");
    let answer = |activity_id, nrs| OutcomeAnswer {
        activity_id,
        nrs,
        moment: Some(OutcomeMoment::Evening),
    };
    let err = j
        .entries()
        .answer_outcome(&answer(done.id, 11), now())
        .expect_err("11 is off the scale");
    assert!(err.to_string().contains("between 0 and 10"), "{err}");
    let err = j
        .entries()
        .answer_outcome(&answer(uuid::Uuid::new_v4(), 2), now())
        .expect_err("no such activity");
    assert!(err.to_string().contains("does not exist"), "{err}");
    j.entries()
        .delete_entry(EntryKind::Activity, done.id, now())
        .expect("deletes");
    j.entries()
        .answer_outcome(&answer(done.id, 2), now())
        .expect_err("a deleted activity cannot be answered");
    j.entries()
        .restore_entry(EntryKind::Activity, done.id)
        .expect("restores");
    assert_eq!(
        j.timeline().outcomes(&[done.id]).expect("outcomes"),
        before,
        "still unknown"
    );
}

#[test]
fn the_asked_kinds_are_the_users_choice() {
    let mut j = journal();
    assert_eq!(
        j.settings().asked_kinds().expect("kinds"),
        vec![ActivityKind::Intimacy],
        "intimacy by default"
    );
    j.entries()
        .add_activity(
            activity_at(local(2026, 11, 26, 9, 0), ActivityKind::Lifting),
            now(),
        )
        .expect("saves");
    let today: chrono::NaiveDate = Utc.from_utc_datetime(&now().naive_utc()).date_naive();
    assert!(
        j.timeline()
            .pending_outcomes(today)
            .expect("pending")
            .activities
            .is_empty(),
        "lifting is not asked about by default"
    );
    j.settings_mut()
        .set_asked_kinds(&[
            ActivityKind::Lifting,
            ActivityKind::Intimacy,
            ActivityKind::Lifting,
        ])
        .expect("saves");
    assert_eq!(
        j.settings().asked_kinds().expect("kinds"),
        vec![ActivityKind::Lifting, ActivityKind::Intimacy],
        "kept once each"
    );
    assert_eq!(
        j.timeline()
            .pending_outcomes(today)
            .expect("pending")
            .activities
            .len(),
        1,
        "now the lifting waits for an answer"
    );
}

#[test]
fn the_demo_journal_shows_known_and_unknown_outcomes() {
    let mut j = journal();
    let offset = FixedOffset::east_opt(3600).unwrap();
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).expect("demo fills");
    let report = pain_after(&j, &AfterQuery::default()).expect("report");
    let no_pain = report.overall.distribution[0];
    assert!(
        no_pain >= 5,
        "evenings that went well are answered 'no pain': {:?}",
        report.overall
    );
    assert!(
        report.overall.unknown >= 2,
        "some evenings are unknown: {:?}",
        report.overall
    );
    let c = warm_up(&j);
    assert_eq!(
        c.verdict,
        Verdict::LowerWith,
        "the demo's warm-up helps: {}",
        c.sentence
    );
    assert!(c.sentence.contains("unknown"), "{}", c.sentence);
    let today = now().with_timezone(&offset).date_naive();
    let pending = j.timeline().pending_outcomes(today).expect("pending");
    assert!(
        !pending.activities.is_empty(),
        "Today has evenings waiting for an answer"
    );
    println!(
        "demo: {} | pending {}",
        c.sentence,
        pending.activities.len()
    );
    for c in &report.comparisons {
        println!("  {:?} {}", c.verdict, c.sentence);
    }
}
