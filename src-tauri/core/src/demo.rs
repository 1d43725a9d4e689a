//! A demo journal: about 90 days of plausible entries, generated from a fixed seed so the
//! same day always gives the same journal. It is written to a separate demo data folder,
//! never into the user's own journal.

use crate::domain::*;
use crate::error::CoreResult;
use crate::store::Journal;
use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use uuid::Uuid;

/// Small deterministic generator (xorshift64*); good enough for demo data, no crate needed.
pub struct DemoRng(u64);

impl DemoRng {
    pub fn new(seed: u64) -> Self {
        DemoRng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// How long ago the demo user reached level 2 of the core programme.
const DEMO_LEVEL_2_DAYS: i64 = 21;

const NOTES: &[&str] = &[
    "",
    "",
    "",
    "Long day at the desk.",
    "Felt better after a walk.",
    "Stiff getting out of the car.",
    "Slept badly, woke up sore.",
    "Much easier today.",
    "Tight on the left side.",
];

/// Fills `journal` with `days` days of demo entries ending at `now`, in time zone `offset`,
/// and a finished experiment over them. Returns how many entries were written.
pub fn fill_demo(
    journal: &mut Journal,
    now: DateTime<Utc>,
    offset: FixedOffset,
    days: i64,
) -> CoreResult<usize> {
    let entries = fill_demo_entries(journal, now, offset, days)?;
    Ok(entries + fill_demo_experiment(journal, now, offset, days)?)
}

/// Everything but the experiment.
fn fill_demo_entries(
    journal: &mut Journal,
    now: DateTime<Utc>,
    offset: FixedOffset,
    days: i64,
) -> CoreResult<usize> {
    let mut rng = DemoRng::new(0xBAC5_7012);
    // How each evening went and whether it was answered draws from its own stream, so the
    // rest of the demo stays as it was.
    let mut outcome_rng = DemoRng::new(0x000C_03E5);
    let mut written = 0;
    let today = now.with_timezone(&offset).date_naive();
    journal.save_profile(
        Profile {
            conditions: vec![Condition::DiscHerniation],
            movement_profile: MovementProfile::Flexion,
            age_band: Some(AgeBand::From35To49),
            // A long-standing episode, as most demo users would have: the "not improving
            // after two weeks" rule is about new episodes.
            history: MedicalHistory {
                episode_started: Some(today - Duration::days(days + 120)),
                ..MedicalHistory::default()
            },
            ..Profile::default()
        },
        now,
    )?;
    for back in (1..=days).rev() {
        let day = today - Duration::days(back);
        let at = |hour: u32, minute: u32| -> DateTime<FixedOffset> {
            offset
                .from_local_datetime(&day.and_hms_opt(hour, minute, 0).expect("valid time"))
                .single()
                .expect("fixed offsets have no gaps")
        };
        // Slow improvement across the period, as a core programme takes hold.
        let trend = (back as f64 / days as f64 * 2.0).round() as u8;
        let stress = (2 + rng.below(6)) as u8;
        journal.save_check_in(
            CheckInDraft {
                date: day,
                stress,
                sleep_hours: Some(5.5 + rng.below(6) as f32 * 0.5),
                sleep_quality: Some((4 + rng.below(6)) as u8),
                stiffness: Some((1 + trend + rng.below(4) as u8).min(10)),
                notes: String::new(),
            },
            now,
            today,
        )?;
        written += 1;
        if rng.chance(55) {
            let mut core = day_activity(
                &mut rng,
                ActivityKind::CoreSession,
                at(7, 30),
                15,
                &["bird_dog", "side_plank_bent_knee", "mcgill_curl_up"],
            );
            // The demo user moved up to level 2 of the core programme three weeks ago.
            let level = if back <= DEMO_LEVEL_2_DAYS { 2 } else { 1 };
            core.routine_id = Some(format!("core_level_{level}"));
            journal.add_activity(core, now)?;
            written += 1;
        }
        if rng.chance(30) {
            let sit = ActivityDraft {
                at: at(10, 0),
                kind: ActivityKind::Sitting,
                duration_min: Some(180 + rng.below(120) as u16),
                intimacy: None,
                exercises: vec![],
                relief: None,
                routine_id: None,
                notes: String::new(),
            };
            let sitting = journal.add_activity(sit, now)?;
            let nrs = (3 + trend + rng.below(3) as u8).min(10);
            let pain = PainDraft {
                at: at(15, 30),
                nrs,
                regions: vec![RegionPain::scored(Region::LowerBackCentre, nrs)],
                qualities: vec![PainQuality::Aching, PainQuality::Stiff],
                onset: Some(Onset::HoursLater),
                interference_daily: Some((2 + rng.below(4)) as u8),
                interference_intimacy: None,
                leg: LegSymptoms::default(),
                emergency: EmergencySigns::default(),
                activity_id: Some(sitting.id),
                notes: rng.pick(NOTES).to_string(),
            };
            journal.add_pain(pain, now)?;
            written += 2;
        }
        if rng.chance(25) {
            let warm_up = rng.chance(60);
            if warm_up {
                let stretch = day_activity(
                    &mut rng,
                    ActivityKind::Stretching,
                    at(21, 0),
                    5,
                    &[
                        "knee_to_chest",
                        "hip_flexor_half_kneeling",
                        "figure_four_piriformis",
                    ],
                );
                let mut stretch = stretch;
                stretch.routine_id = Some("before_intimacy".into());
                journal.add_activity(stretch, now)?;
                written += 1;
            }
            let position = rng
                .pick(&[
                    "all_fours_kneeling_behind",
                    "on_top_straight_arms",
                    "side_lying_face_to_face",
                    "spooning",
                    "on_back_knees_high",
                ])
                .to_string();
            let worse_position = position == "spooning" || position == "on_back_knees_high";
            let props = if rng.chance(50) {
                vec![Prop::PillowUnderLowerBack]
            } else {
                vec![]
            };
            let pain_before = (1 + trend / 2 + rng.below(2) as u8).min(10);
            let intimacy = journal.add_activity(
                ActivityDraft {
                    at: at(21, 30),
                    kind: ActivityKind::Intimacy,
                    duration_min: Some(20 + rng.below(30) as u16),
                    intimacy: Some(IntimacyDetails {
                        positions: vec![position],
                        role: Some(*rng.pick(&[PartnerRole::Moving, PartnerRole::Resting])),
                        props: props.clone(),
                        warm_up,
                        pain_before: Some(pain_before),
                    }),
                    exercises: vec![],
                    relief: None,
                    routine_id: None,
                    notes: String::new(),
                },
                now,
            )?;
            written += 1;
            let mut nrs = pain_before + 1 + rng.below(2) as u8;
            if !warm_up {
                nrs += 3;
            }
            if worse_position {
                nrs += 2;
            }
            if !props.is_empty() {
                nrs = nrs.saturating_sub(1);
            }
            // How the back was afterwards (the planted pattern): a warm-up makes pain much
            // less likely, the two harder positions more likely, a pillow a little less.
            let mut hurt_chance: u64 = if warm_up { 35 } else { 95 };
            if worse_position {
                hurt_chance += 15;
            }
            if !props.is_empty() {
                hurt_chance -= 10;
            }
            let hurt = outcome_rng.chance(hurt_chance);
            let next_morning = day.succ_opt().unwrap_or(day);
            let morning_passed = next_morning < today
                || (next_morning == today
                    && now.with_timezone(&offset).time()
                        > chrono::NaiveTime::from_hms_opt(8, 0, 0).expect("valid"));
            // Most evenings are answered; this week's are often still waiting (Today asks),
            // and a few older ones were never answered: unknown, shown as such in Insights.
            let unanswered_percent = if back <= i64::from(crate::outcomes::PENDING_DAYS) {
                60
            } else {
                12
            };
            let answered = morning_passed && !outcome_rng.chance(unanswered_percent);
            if answered && hurt {
                let morning = offset
                    .from_local_datetime(&next_morning.and_hms_opt(7, 45, 0).expect("valid"))
                    .single()
                    .expect("fixed offset");
                journal.add_pain(
                    PainDraft {
                        at: morning,
                        nrs: nrs.min(7),
                        // The body map's story: after intimacy it is the left buttock.
                        regions: vec![
                            RegionPain::scored(
                                Region::LowerBackCentre,
                                nrs.min(7).saturating_sub(1),
                            ),
                            RegionPain::scored(Region::ButtockLeft, nrs.min(7)),
                        ],
                        qualities: vec![PainQuality::Aching],
                        onset: Some(Onset::NextMorning),
                        interference_daily: Some((nrs / 2).min(6)),
                        interference_intimacy: Some(nrs.min(6)),
                        leg: LegSymptoms::default(),
                        emergency: EmergencySigns::default(),
                        activity_id: Some(intimacy.id),
                        notes: String::new(),
                    },
                    now,
                )?;
                written += 1;
            } else if answered {
                // "No pain" the next morning: one tap, a linked rating of 0.
                let answer = OutcomeAnswer {
                    activity_id: intimacy.id,
                    nrs: 0,
                    moment: Some(OutcomeMoment::NextMorning),
                };
                journal.add_pain(crate::outcomes::answer_draft(&intimacy, &answer, now), now)?;
                written += 1;
            }
        }
        if rng.chance(40) {
            let walk = ActivityDraft {
                at: at(18, 0),
                kind: ActivityKind::WalkingSport,
                duration_min: Some(20 + rng.below(40) as u16),
                intimacy: None,
                exercises: vec![],
                relief: None,
                routine_id: None,
                notes: "Walk".into(),
            };
            journal.add_activity(walk, now)?;
            written += 1;
        }
    }
    journal.set_core_level(
        crate::guide::catalogue(),
        2,
        today - Duration::days(DEMO_LEVEL_2_DAYS),
    )?;
    written += fill_demo_peg(journal, now, offset, days)?;
    written += fill_demo_evenings(journal, now, offset, days)?;
    written += fill_demo_today(journal, now, offset, &mut rng)?;
    Ok(written)
}

/// Weeks of the demo without a PEG check (counted back from the latest), so Insights shows
/// what a missing week looks like.
const DEMO_PEG_SKIPPED_WEEKS: [i64; 2] = [3, 7];

/// A weekly PEG check every seventh evening, the last one eight days ago (so Today offers
/// the next), easing as the demo's pain eases, with two weeks skipped.
fn fill_demo_peg(
    journal: &mut Journal,
    now: DateTime<Utc>,
    offset: FixedOffset,
    days: i64,
) -> CoreResult<usize> {
    // Its own sequence: the other demo entries stay as they were before PEG existed.
    let mut rng = DemoRng::new(0x0050_4547);
    let today = now.with_timezone(&offset).date_naive();
    let mut written = 0;
    for week in (0..(days - 8) / 7).rev() {
        let back = 8 + week * 7;
        if DEMO_PEG_SKIPPED_WEEKS.contains(&week) {
            continue;
        }
        let day = today - Duration::days(back);
        let taken_at = offset
            .from_local_datetime(&day.and_hms_opt(20, 15, 0).expect("valid time"))
            .single()
            .expect("fixed offsets have no gaps");
        let ease = (back as f64 / days as f64 * 3.0).round() as u8;
        let draft = PegDraft {
            taken_at,
            pain: (3 + ease + rng.below(2) as u8).min(10),
            enjoyment: (2 + ease + rng.below(3) as u8).min(10),
            activity: (2 + ease + rng.below(2) as u8).min(10),
        };
        journal.save_peg(Uuid::new_v4(), draft, now)?;
        written += 1;
    }
    Ok(written)
}

/// An evening pain rating on most days, low and steady (2-3), so the ordinary days are
/// logged too: "what was different before a flare" compares a flare with ordinary days,
/// and a day with nothing logged is unknown, not ordinary.
fn fill_demo_evenings(
    journal: &mut Journal,
    now: DateTime<Utc>,
    offset: FixedOffset,
    days: i64,
) -> CoreResult<usize> {
    // Its own sequence: the other demo entries stay as they were before.
    let mut rng = DemoRng::new(0x0045_5645);
    let today = now.with_timezone(&offset).date_naive();
    let mut written = 0;
    for back in (1..=days).rev() {
        if !rng.chance(85) {
            continue;
        }
        let day = today - Duration::days(back);
        let at = offset
            .from_local_datetime(&day.and_hms_opt(19, 45, 0).expect("valid time"))
            .single()
            .expect("fixed offsets have no gaps");
        journal.add_pain(
            PainDraft {
                at,
                nrs: 2 + rng.below(2) as u8,
                regions: vec![Region::LowerBackCentre.into()],
                qualities: vec![PainQuality::Aching],
                onset: Some(Onset::NotLinked),
                interference_daily: Some(1 + rng.below(2) as u8),
                interference_intimacy: None,
                leg: LegSymptoms::default(),
                emergency: EmergencySigns::default(),
                activity_id: None,
                notes: String::new(),
            },
            now,
        )?;
        written += 1;
    }
    Ok(written)
}

/// How many days ago the demo's finished experiment started: its 60 days end four weeks
/// before today, so this month's summaries and the PEG weeks read as they did before it.
const DEMO_EXPERIMENT_START_DAYS: i64 = 88;

/// A finished experiment with a verdict: "the hip-hinge cue", 6 blocks of 5-day periods
/// (the fewest blocks with which the randomisation test can reach p <= 0.05), judged on
/// next-morning pain, with each day marked followed (mostly) and a morning rating on most
/// days — lower on the days with the cue.
///
/// The rest of the demo must read as before (the flare analysis above all, which a shifted
/// baseline changes): a morning rating is added only to a day that already has pain
/// logged, and never above that day's worst rating, so every day's worst pain and the set
/// of days with pain are unchanged. A day with no pain logged gives no morning rating: it
/// stays unknown in the experiment, as it would for a real user.
fn fill_demo_experiment(
    journal: &mut Journal,
    now: DateTime<Utc>,
    offset: FixedOffset,
    days: i64,
) -> CoreResult<usize> {
    use crate::experiments::{ExperimentChange, ExperimentOutcome, Plan};
    if days < DEMO_EXPERIMENT_START_DAYS {
        return Ok(0);
    }
    // Its own sequence: the other demo entries stay as they were before.
    let mut rng = DemoRng::new(0x0048_494E);
    let today = now.with_timezone(&offset).date_naive();
    let start = today - Duration::days(DEMO_EXPERIMENT_START_DAYS);
    let plan = Plan::new(start, 5, 6, 0x0048_494E_4745).expect("a valid demo plan");
    journal.start_experiment(
        ExperimentChange::HipHinge,
        ExperimentOutcome::NextMorning,
        plan,
        now,
    )?;
    let worst: std::collections::HashMap<_, _> = journal
        .day_rows(
            crate::store::DAY_SUMMARY_SQL,
            start,
            plan.last_day() + Duration::days(1),
        )?
        .into_iter()
        .filter(|row| row.pain_entries > 0)
        .map(|row| (row.date, row.pain_max))
        .collect();
    let mut written = 0;
    let mut day = start;
    while day <= plan.last_day() {
        let (_, arm) = plan.slot_on(day).expect("a day of the plan");
        journal.mark_experiment_day(day, rng.chance(90), day)?;
        let next = day + Duration::days(1);
        if let Some(&worst) = worst.get(&next) {
            let nrs = match arm {
                crate::experiments::Arm::With => worst.saturating_sub(2 + rng.below(2) as u8),
                crate::experiments::Arm::Without => worst.saturating_sub(rng.below(2) as u8),
            };
            let at = offset
                .from_local_datetime(&next.and_hms_opt(7, 30, 0).expect("valid time"))
                .single()
                .expect("fixed offsets have no gaps");
            journal.add_pain(
                PainDraft {
                    at,
                    nrs,
                    regions: vec![Region::LowerBackCentre.into()],
                    qualities: vec![PainQuality::Stiff],
                    onset: Some(Onset::NotLinked),
                    interference_daily: None,
                    interference_intimacy: None,
                    leg: LegSymptoms::default(),
                    emergency: EmergencySigns::default(),
                    activity_id: None,
                    notes: String::new(),
                },
                now,
            )?;
            written += 1;
        }
        day = next;
    }
    Ok(written)
}

/// Today's morning check-in, pain score and the heat used for it (not rated yet), once the
/// morning has passed, so the Today screen of the demo is not empty.
fn fill_demo_today(
    journal: &mut Journal,
    now: DateTime<Utc>,
    offset: FixedOffset,
    rng: &mut DemoRng,
) -> CoreResult<usize> {
    let local_now = now.with_timezone(&offset);
    let today = local_now.date_naive();
    let morning = offset
        .from_local_datetime(&today.and_hms_opt(7, 40, 0).expect("valid time"))
        .single()
        .expect("fixed offsets have no gaps");
    if local_now < morning {
        return Ok(0);
    }
    journal.save_check_in(
        CheckInDraft {
            date: today,
            stress: 3,
            sleep_hours: Some(7.0),
            sleep_quality: Some(7),
            stiffness: Some(2),
            notes: String::new(),
        },
        now,
        today,
    )?;
    let activity_id = journal.suggest_link(morning)?.map(|a| a.id);
    let pain = journal.add_pain(
        PainDraft {
            at: morning,
            nrs: 2 + rng.below(2) as u8,
            regions: vec![Region::LowerBackCentre.into()],
            qualities: vec![PainQuality::Stiff],
            onset: Some(if activity_id.is_some() {
                Onset::NextMorning
            } else {
                Onset::NotLinked
            }),
            interference_daily: Some(1),
            interference_intimacy: None,
            leg: LegSymptoms::default(),
            emergency: EmergencySigns::default(),
            activity_id,
            notes: "A little stiff on waking, eased after the shower.".into(),
        },
        now,
    )?;
    // Heat for that stiffness, "how much did it help?" not answered yet: Today asks it.
    journal.add_activity(
        ActivityDraft {
            at: morning + Duration::minutes(10),
            kind: ActivityKind::PainRelief,
            duration_min: Some(15),
            intimacy: None,
            exercises: Vec::new(),
            relief: Some(ReliefDetails {
                what: ReliefKind::Heat,
                medicine: String::new(),
                dose: String::new(),
                relief: None,
                for_pain_id: Some(pain.id),
            }),
            routine_id: None,
            notes: String::new(),
        },
        now,
    )?;
    Ok(3)
}

fn day_activity(
    rng: &mut DemoRng,
    kind: ActivityKind,
    at: DateTime<FixedOffset>,
    minutes: u16,
    exercises: &[&str],
) -> ActivityDraft {
    ActivityDraft {
        at,
        kind,
        duration_min: Some(minutes + rng.below(10) as u16),
        intimacy: None,
        exercises: exercises.iter().map(|s| s.to_string()).collect(),
        relief: None,
        routine_id: None,
        notes: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::flares::flares;
    use crate::store::DAY_SUMMARY_SQL;
    use chrono::NaiveDate;

    /// The experiment's morning ratings change no day's worst pain and no day's "pain
    /// logged", so the flare analysis (its flare days, baselines, exposures) reads exactly
    /// as in the demo without the experiment.
    #[test]
    fn the_demo_experiment_leaves_every_flare_as_it_was() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 20, 0, 0).unwrap();
        let offset = FixedOffset::east_opt(3600).unwrap();
        let mut plain = Journal::open_in_memory().unwrap();
        fill_demo_entries(&mut plain, now, offset, 90).unwrap();
        let mut with_experiment = Journal::open_in_memory().unwrap();
        let written = fill_demo(&mut with_experiment, now, offset, 90).unwrap();
        let today = now.with_timezone(&offset).date_naive();
        let worst = |j: &Journal| -> Vec<(NaiveDate, Option<u8>)> {
            j.day_rows(DAY_SUMMARY_SQL, today - Duration::days(120), today)
                .unwrap()
                .into_iter()
                .map(|d| (d.date, (d.pain_entries > 0).then_some(d.pain_max)))
                .collect()
        };
        assert!(
            written
                > fill_demo_entries(&mut Journal::open_in_memory().unwrap(), now, offset, 90)
                    .unwrap(),
            "the experiment added morning ratings"
        );
        assert_eq!(worst(&plain), worst(&with_experiment));
        let (a, b) = (flares(&plain).unwrap(), flares(&with_experiment).unwrap());
        assert!(!a.flare_days.is_empty());
        assert_eq!(a, b);
    }
}
