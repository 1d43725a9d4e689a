//! The guide: catalogue validation, routine plans, the core programme's level rules, the
//! "for you today" picks, the positions questionnaire and logging guided sessions.

use crate::support::*;
use backstory_core::domain::*;
use backstory_core::guide::catalogue::{catalogue, hidden_movements, Dose, Movement, Sides};
use backstory_core::guide::illustrations::{illustration, ILLUSTRATIONS};
use backstory_core::guide::player::{expand, plan_routine, PlanFilter, SegmentKind, Side};
use backstory_core::guide::programme::{
    assess, is_worse, LevelMove, LevelState, PainPoint, ProgrammeAdvice, SessionPoint,
};
use backstory_core::guide::recommend::{hidden_text_in, recommend_in, Pick, PickKind, TodayInput};
use backstory_core::guide::session::{hurt_advice, HurtReport, SessionReport};
use backstory_core::guide::{guide_problems, is_known_position, positions_guide, suggest_profile};
use backstory_core::i18n::Locale;
use backstory_core::{CoreError, Journal};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use rstest::rstest;
use std::collections::BTreeMap;
use std::path::Path;
use uuid::Uuid;

// ---------------------------------------------------------------- catalogue

#[test]
fn the_bundled_catalogue_has_no_problems() {
    let problems = catalogue().problems(|id| illustration(id).is_some());
    assert!(
        problems.is_empty(),
        "expected a consistent catalogue, found: {problems:#?}"
    );
    let positions = guide_problems(catalogue());
    assert!(
        positions.is_empty(),
        "expected a consistent positions guide, found: {positions:#?}"
    );
}

#[test]
fn the_catalogue_has_enough_stretches_and_core_exercises() {
    use backstory_core::guide::catalogue::ExerciseKind;
    let cat = catalogue();
    let stretches = cat
        .exercises
        .iter()
        .filter(|e| e.kind == ExerciseKind::Stretch)
        .count();
    let core = cat
        .exercises
        .iter()
        .filter(|e| e.kind == ExerciseKind::Core)
        .count();
    assert!(
        stretches >= 12,
        "expected at least 12 stretches, found {stretches}"
    );
    assert!(
        core >= 10,
        "expected at least 10 core exercises, found {core}"
    );
}

#[test]
fn every_exercise_has_an_illustration_file_that_follows_the_theme() {
    let dir = Path::new(crate::support::ROOT).join("assets/illustrations");
    for e in &catalogue().exercises {
        let path = dir.join(format!("{}.svg", e.id));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("expected {} to exist", path.display()));
        assert_eq!(
            Some(text.as_str()),
            illustration(&e.id),
            "the bundled SVG for {} matches the file",
            e.id
        );
        assert!(
            text.contains("currentColor"),
            "{} should stroke with currentColor",
            e.id
        );
        assert!(
            !text.contains("<script") && !text.contains("href=\"http"),
            "{} must not script or link out",
            e.id
        );
        assert!(
            !text.contains("stroke=\"#") && !text.contains("fill=\"#"),
            "{} must not hard-code a colour",
            e.id
        );
    }
    assert_eq!(
        ILLUSTRATIONS.len(),
        catalogue().exercises.len(),
        "one illustration per exercise, no strays"
    );
}

#[test]
fn the_ids_the_demo_journal_uses_exist() {
    let cat = catalogue();
    for id in [
        "bird_dog",
        "side_plank_bent_knee",
        "mcgill_curl_up",
        "knee_to_chest",
        "hip_flexor_half_kneeling",
        "figure_four_piriformis",
    ] {
        assert!(
            cat.exercise(id).is_some(),
            "expected exercise {id} in the catalogue"
        );
    }
    assert!(
        cat.routine("before_intimacy").is_some(),
        "expected the before_intimacy routine"
    );
}

#[test]
fn shipped_position_ids_stay_known() {
    for id in [
        "all_fours_kneeling_behind",
        "all_fours_on_elbows",
        "on_top_straight_arms",
        "on_top_elbows",
        "on_back_pillow_lower_back",
        "on_back_knees_high",
        "spooning",
        "spooning_modified",
        "side_lying_face_to_face",
        "seated_supported",
        "other",
    ] {
        assert!(
            is_known_position(id),
            "position {id} was shipped and saved entries use it"
        );
    }
}

#[test]
fn the_morning_routine_has_no_forward_bending_for_anyone() {
    let plan = plan_routine(catalogue(), "morning_gentle", &PlanFilter::default())
        .expect("morning routine plans");
    for step in &plan.steps {
        let e = catalogue()
            .exercise(&step.exercise_id)
            .expect("known exercise");
        assert!(
            !e.loads.contains(&Movement::Flexion),
            "{} bends forward, which the morning routine must avoid (Snook 1998)",
            e.id
        );
    }
}

#[test]
fn the_warm_up_takes_about_five_minutes() {
    let plan = plan_routine(catalogue(), "before_intimacy", &PlanFilter::default())
        .expect("warm-up plans");
    assert!(
        (240..=420).contains(&plan.total_seconds),
        "expected 4-7 minutes, got {} s",
        plan.total_seconds
    );
}

/// Each case spoils a copy of the catalogue; the check must notice.
#[rstest]
#[case::unknown_source(|c: &mut backstory_core::guide::Catalogue| c.exercises[0].sources.push("nowhere".into()), "unknown source")]
#[case::no_source(|c: &mut backstory_core::guide::Catalogue| c.exercises[0].sources.clear(), "names no source")]
#[case::two_steps(|c: &mut backstory_core::guide::Catalogue| c.exercises[0].steps.truncate(2), "expected 3-5")]
#[case::six_steps(|c: &mut backstory_core::guide::Catalogue| c.exercises[0].steps = vec!["a".into(); 6], "expected 3-5")]
#[case::hold_too_long(|c: &mut backstory_core::guide::Catalogue| { c.exercises[0].dose.hold_s = Some(600); c.exercises[0].dose.tempo_s = None }, "hold_s 600")]
#[case::two_dose_kinds(|c: &mut backstory_core::guide::Catalogue| { c.exercises[0].dose.hold_s = Some(10); c.exercises[0].dose.tempo_s = Some(4) }, "exactly one")]
#[case::too_many_reps(|c: &mut backstory_core::guide::Catalogue| c.exercises[0].dose.reps = 50, "reps 50")]
#[case::routine_unknown_exercise(|c: &mut backstory_core::guide::Catalogue| c.routines[0].steps[0].exercise = "moonwalk".into(), "unknown exercise moonwalk")]
#[case::morning_with_flexion(|c: &mut backstory_core::guide::Catalogue| { let i = c.routines.iter().position(|r| r.id == "morning_gentle").unwrap(); c.routines[i].steps[0].exercise = "knee_to_chest".into() }, "which this routine avoids")]
#[case::duplicate_exercise(|c: &mut backstory_core::guide::Catalogue| { let e = c.exercises[0].clone(); c.exercises.push(e) }, "duplicate id")]
#[case::programme_unknown_routine(|c: &mut backstory_core::guide::Catalogue| c.programme.levels[2].routine = "none".into(), "unknown routine")]
fn the_catalogue_check_catches_mistakes(
    #[case] spoil: fn(&mut backstory_core::guide::Catalogue),
    #[case] expected: &str,
) {
    let mut cat = catalogue().clone();
    spoil(&mut cat);
    let problems = cat.problems(|id| illustration(id).is_some());
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "expected a problem containing {expected:?}, got {problems:#?}"
    );
}

#[test]
fn a_missing_illustration_is_caught() {
    let problems = catalogue().problems(|id| id != "bird_dog");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("bird_dog") && p.contains("illustration")),
        "expected bird_dog's missing illustration, got {problems:?}"
    );
}

// ---------------------------------------------------------------- player plans

fn dose(
    hold_s: Option<u16>,
    tempo_s: Option<u16>,
    reps: u16,
    sets: u16,
    sides: Sides,
    relax_s: u16,
    rest_s: u16,
) -> Dose {
    Dose {
        hold_s,
        tempo_s,
        minutes: None,
        reps,
        sets,
        sides,
        relax_s,
        rest_s,
    }
}

#[rstest]
// hold 20 s twice on each side: 2 steps; first has ready + hold + relax + hold.
#[case::holds_each_side(dose(Some(20), None, 2, 1, Sides::Each, 5, 0), 2, vec![SegmentKind::Ready, SegmentKind::Hold, SegmentKind::Relax, SegmentKind::Hold], 2 * 45 + 8 + 5)]
// 4 reps alternating: 1 step of ready + 4 moves.
#[case::alternating_reps(dose(None, Some(5), 4, 1, Sides::Alternating, 0, 0), 1, vec![SegmentKind::Ready, SegmentKind::Move, SegmentKind::Move, SegmentKind::Move, SegmentKind::Move], 8 + 20)]
// 2 sets of 3 reps with 30 s rest: 2 steps, the first ends with the rest.
#[case::sets_with_rest(dose(None, Some(4), 3, 2, Sides::None, 0, 30), 2, vec![SegmentKind::Ready, SegmentKind::Move, SegmentKind::Move, SegmentKind::Move, SegmentKind::Rest], 8 + 12 + 30 + 12)]
// one hold, no relax after the last hold.
#[case::single_hold(dose(Some(60), None, 1, 1, Sides::None, 10, 0), 1, vec![SegmentKind::Ready, SegmentKind::Hold], 68)]
fn exercises_expand_into_timed_steps(
    #[case] d: Dose,
    #[case] steps: usize,
    #[case] first_kinds: Vec<SegmentKind>,
    #[case] total: u32,
) {
    let e = catalogue()
        .exercise("knee_to_chest")
        .expect("exercise")
        .clone();
    let out = expand(&e, &d);
    assert_eq!(out.len(), steps, "expected {steps} player steps");
    let kinds: Vec<SegmentKind> = out[0].segments.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, first_kinds, "segments of the first step");
    let sum: u32 = out.iter().map(|s| s.seconds).sum();
    assert_eq!(sum, total, "total seconds");
    for s in &out {
        assert_eq!(
            s.seconds,
            s.segments.iter().map(|g| u32::from(g.seconds)).sum::<u32>(),
            "a step's seconds are the sum of its segments"
        );
    }
}

#[test]
fn alternating_reps_say_which_side() {
    let e = catalogue().exercise("dead_bug").expect("dead bug").clone();
    let out = expand(&e, &e.dose);
    let sides: Vec<Option<Side>> = out[0]
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Move)
        .map(|s| s.side)
        .take(3)
        .collect();
    assert_eq!(
        sides,
        vec![Some(Side::Left), Some(Side::Right), Some(Side::Left)],
        "reps alternate sides starting left"
    );
}

fn profile(movement: MovementProfile, conditions: Vec<Condition>) -> Profile {
    Profile {
        movement_profile: movement,
        conditions,
        ..Profile::default()
    }
}

#[rstest]
#[case::unknown(profile(MovementProfile::Unknown, vec![]), vec![], vec![])]
#[case::flexion(profile(MovementProfile::Flexion, vec![]), vec![Movement::Flexion], vec![])]
#[case::disc(profile(MovementProfile::Unknown, vec![Condition::DiscHerniation]), vec![Movement::Flexion], vec![])]
// Osteoporosis also avoids twisting (Too Fit To Fracture): before issue 12 it hid only flexion.
#[case::osteoporosis(profile(MovementProfile::Extension, vec![Condition::Osteoporosis]), vec![Movement::Flexion, Movement::Extension, Movement::Rotation], vec![])]
#[case::compression_fracture(profile(MovementProfile::Unknown, vec![Condition::CompressionFracture]), vec![Movement::Flexion, Movement::Rotation], vec![Movement::Extension])]
#[case::spondylolisthesis(profile(MovementProfile::Unknown, vec![Condition::Spondylolisthesis]), vec![Movement::Extension], vec![Movement::Flexion])]
#[case::extension(profile(MovementProfile::Extension, vec![]), vec![Movement::Extension], vec![])]
#[case::stenosis(profile(MovementProfile::Unknown, vec![Condition::Stenosis]), vec![Movement::Extension], vec![])]
#[case::mixed(profile(MovementProfile::Mixed, vec![]), vec![Movement::Flexion, Movement::Extension], vec![])]
#[case::sciatica_alone(profile(MovementProfile::Unknown, vec![Condition::Sciatica]), vec![], vec![Movement::Flexion])]
fn profiles_hide_the_right_movements(
    #[case] p: Profile,
    #[case] hidden: Vec<Movement>,
    #[case] not_hidden: Vec<Movement>,
) {
    let got = hidden_movements(&p);
    assert_eq!(got, hidden, "hidden movements for {p:?}");
    for m in not_hidden {
        assert!(!got.contains(&m), "{m:?} should stay available");
    }
}

#[rstest]
#[case::flexion_warm_up(
    MovementProfile::Flexion,
    false,
    "before_intimacy",
    "knee_to_chest",
    Some("bird_dog_arm_or_leg")
)]
#[case::flexion_warm_up_cat(
    MovementProfile::Flexion,
    false,
    "before_intimacy",
    "cat_camel",
    Some("abdominal_bracing")
)]
#[case::extension_morning(
    MovementProfile::Extension,
    false,
    "morning_gentle",
    "standing_back_bend",
    Some("sit_tall")
)]
#[case::mixed_cool_down_drops_knee_to_chest(
    MovementProfile::Mixed,
    false,
    "after_intimacy",
    "knee_to_chest",
    None
)]
#[case::leg_pain_drops_hamstring(
    MovementProfile::Unknown,
    true,
    "after_intimacy",
    "hamstring_strap",
    None
)]
fn plans_adapt_to_the_profile(
    #[case] movement: MovementProfile,
    #[case] leg: bool,
    #[case] routine: &str,
    #[case] replaced: &str,
    #[case] by: Option<&str>,
) {
    let filter = PlanFilter::for_profile(&profile(movement, vec![]), leg);
    let plan = plan_routine(catalogue(), routine, &filter).expect("plan");
    let ids: Vec<&str> = plan.steps.iter().map(|s| s.exercise_id.as_str()).collect();
    assert!(
        !ids.contains(&replaced),
        "{replaced} should be left out of {routine} for {movement:?}, got {ids:?}"
    );
    let change = plan
        .changes
        .iter()
        .find(|c| c.exercise_id == replaced)
        .expect("the change is reported");
    assert_eq!(
        change.replaced_by.as_deref(),
        by,
        "replacement for {replaced}"
    );
    assert!(!change.reason.is_empty(), "a change says why");
    for id in ids {
        assert!(
            filter.allows(catalogue().exercise(id).expect("known")),
            "{id} in the plan must suit the filter"
        );
    }
}

#[test]
fn an_alternative_already_in_the_routine_is_not_repeated() {
    let mut cat = catalogue().clone();
    let routine = cat
        .routines
        .iter_mut()
        .find(|r| r.id == "before_intimacy")
        .expect("warm-up");
    routine.steps[1].alternatives = vec!["glute_bridge".into(), "bird_dog_arm_or_leg".into()];
    let filter = PlanFilter::for_profile(&profile(MovementProfile::Flexion, vec![]), false);
    let plan = plan_routine(&cat, "before_intimacy", &filter).expect("plan");
    let change = plan
        .changes
        .iter()
        .find(|c| c.exercise_id == "knee_to_chest")
        .expect("knee to chest is replaced");
    assert_eq!(
        change.replaced_by.as_deref(),
        Some("bird_dog_arm_or_leg"),
        "glute bridge is already a step of the warm-up, so the next alternative is used"
    );
}

#[test]
fn an_unknown_routine_is_a_validation_error() {
    let err = plan_routine(catalogue(), "nope", &PlanFilter::default())
        .expect_err("unknown routine refused");
    assert!(
        matches!(err, CoreError::Validation { ref field, .. } if field == "routine_id"),
        "got {err:?}"
    );
}

// ---------------------------------------------------------------- programme

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid day")
}

fn sessions(level: u8, days: &[u32], hurt: &[u32]) -> Vec<SessionPoint> {
    days.iter()
        .map(|d| SessionPoint {
            date: day(*d),
            routine_id: Some(format!("core_level_{level}")),
            worst_linked_pain: hurt.contains(d).then_some(6),
        })
        .collect()
}

fn pain_days(before: u8, recent: u8) -> Vec<PainPoint> {
    // Days 14-20 are "before" and 21-27 "recent" when today is the 27th.
    (14..=20)
        .map(|d| PainPoint {
            date: day(d),
            nrs: before,
        })
        .chain((21..=27).map(|d| PainPoint {
            date: day(d),
            nrs: recent,
        }))
        .collect()
}

#[rstest]
#[case::new_user(LevelState::default(), vec![], vec![], LevelMove::Stay, 1)]
#[case::enough_sessions_pain_same(LevelState { level: 2, since: Some(day(10)) }, sessions(2, &[11, 13, 15, 17, 19, 21], &[]), pain_days(3, 3), LevelMove::Up, 3)]
#[case::enough_sessions_pain_better(LevelState { level: 2, since: Some(day(10)) }, sessions(2, &[11, 13, 15, 17, 19, 21], &[]), pain_days(5, 2), LevelMove::Up, 3)]
#[case::too_few_sessions(LevelState { level: 2, since: Some(day(10)) }, sessions(2, &[11, 13, 15, 17, 19], &[]), pain_days(3, 3), LevelMove::Stay, 2)]
#[case::too_soon(LevelState { level: 2, since: Some(day(22)) }, sessions(2, &[22, 23, 24, 25, 26, 27], &[]), pain_days(3, 3), LevelMove::Stay, 2)]
#[case::sessions_at_other_level_dont_count(LevelState { level: 2, since: Some(day(10)) }, sessions(1, &[11, 13, 15, 17, 19, 21], &[]), pain_days(3, 3), LevelMove::Stay, 2)]
#[case::pain_up_two_points(LevelState { level: 3, since: Some(day(1)) }, sessions(3, &[11, 13, 15, 17, 19, 21, 23, 25], &[]), pain_days(3, 5), LevelMove::Down, 2)]
#[case::pain_up_thirty_percent(LevelState { level: 3, since: Some(day(1)) }, sessions(3, &[11, 13], &[]), pain_days(4, 5) /* +1 point is 25 %: not worse */, LevelMove::Stay, 3)]
#[case::pain_up_thirty_percent_real(LevelState { level: 3, since: Some(day(1)) }, sessions(3, &[11, 13], &[]), pain_days(3, 4) /* +1 point is 33 % */, LevelMove::Down, 2)]
#[case::two_of_three_sessions_hurt(LevelState { level: 4, since: Some(day(1)) }, sessions(4, &[20, 23, 25, 27], &[25, 27]), pain_days(3, 3), LevelMove::Down, 3)]
#[case::one_hurt_blocks_moving_up_only_if_two(LevelState { level: 1, since: Some(day(1)) }, sessions(1, &[11, 13, 15, 17, 19, 27], &[27]), pain_days(3, 3), LevelMove::Up, 2)]
#[case::level_one_never_goes_lower(LevelState { level: 1, since: Some(day(1)) }, sessions(1, &[11], &[]), pain_days(2, 6), LevelMove::Stay, 1)]
#[case::top_level_stays(LevelState { level: 6, since: Some(day(1)) }, sessions(6, &[11, 13, 15, 17, 19, 21, 23, 25, 26, 27], &[]), pain_days(3, 3), LevelMove::Stay, 6)]
#[case::old_sessions_outside_window(LevelState { level: 2, since: None }, sessions(2, &[1, 2, 3, 4, 5, 6], &[]).into_iter().map(|mut s| { s.date -= Duration::days(40); s }).collect(), vec![], LevelMove::Stay, 2)]
fn the_programme_moves_up_and_down_by_its_rules(
    #[case] state: LevelState,
    #[case] done: Vec<SessionPoint>,
    #[case] pain: Vec<PainPoint>,
    #[case] expected: LevelMove,
    #[case] suggested: u8,
) {
    let advice = assess(catalogue(), &state, &done, &pain, day(27));
    assert_eq!(
        advice.advice, expected,
        "advice for {state:?}: {}",
        advice.reason
    );
    assert_eq!(
        advice.suggested_level, suggested,
        "suggested level: {}",
        advice.reason
    );
    assert!(!advice.reason.is_empty(), "advice always says why");
}

#[test]
fn sessions_past_the_levels_need_read_as_all_done() {
    // 8 sessions in 8 days at level 2: more than the 6 needed, too soon to move up.
    let state = LevelState {
        level: 2,
        since: Some(day(20)),
    };
    let done = sessions(2, &[20, 21, 22, 23, 24, 25, 26, 27], &[]);
    let advice = assess(catalogue(), &state, &done, &pain_days(3, 3), day(27));
    assert_eq!(advice.sessions_done, 8);
    assert_eq!(
        advice.reason,
        "All 6 sessions done (8 in the last 28 days); give it 2 more days at level 2 before moving up."
    );
}

#[rstest]
#[case(3.0, 5.0, true)]
#[case(3.0, 4.9, true)] // +1.9 points and 63 %
#[case(5.0, 6.0, false)] // +1 point, 20 %
#[case(3.0, 3.9, false)] // under one point
#[case(0.0, 1.5, false)]
#[case(0.0, 2.0, true)]
#[case(6.0, 4.0, false)]
fn worse_means_two_points_or_thirty_percent(
    #[case] before: f32,
    #[case] recent: f32,
    #[case] worse: bool,
) {
    assert_eq!(
        is_worse(before, recent, &catalogue().programme.rules),
        worse,
        "{before} -> {recent}"
    );
}

#[test]
fn the_level_is_saved_and_a_bad_level_refused() {
    let mut j = Journal::open_in_memory().expect("journal");
    assert_eq!(
        j.guide().core_level().expect("level").level,
        1,
        "everyone starts at level 1"
    );
    let state = j
        .guide()
        .set_core_level(catalogue(), 3, day(20))
        .expect("level 3 is valid");
    assert_eq!(
        j.guide().core_level().expect("level"),
        state,
        "the level reads back"
    );
    for bad in [0, 7] {
        let err = j
            .guide()
            .set_core_level(catalogue(), bad, day(20))
            .expect_err("out of range");
        assert!(
            matches!(err, CoreError::Validation { ref field, .. } if field == "level"),
            "level {bad}: {err:?}"
        );
    }
}

// ---------------------------------------------------------------- for you today

struct Day {
    now: DateTime<FixedOffset>,
    profile: Profile,
    pain: Vec<PainEntry>,
    activities: Vec<Activity>,
    check_in: Option<CheckIn>,
    programme: ProgrammeAdvice,
    emergency: bool,
}

fn stay_advice(level: u8) -> ProgrammeAdvice {
    ProgrammeAdvice {
        level,
        since: None,
        routine_id: format!("core_level_{level}"),
        advice: LevelMove::Stay,
        suggested_level: level,
        sessions_done: 0,
        sessions_needed: Some(6),
        pain_recent: None,
        pain_before: None,
        reason: "0 of 6 sessions done.".into(),
    }
}

impl Day {
    /// Friday 27 November 2026, 13:00 local time, nothing logged.
    fn new() -> Day {
        Day {
            now: local(2026, 11, 27, 13, 0),
            profile: Profile::default(),
            pain: vec![],
            activities: vec![],
            check_in: None,
            programme: stay_advice(2),
            emergency: false,
        }
    }
    fn at_hour(mut self, h: u32) -> Day {
        self.now = local(2026, 11, 27, h, 0);
        self
    }
    fn profile(mut self, m: MovementProfile, c: Vec<Condition>) -> Day {
        self.profile = profile(m, c);
        self
    }
    fn activity(
        mut self,
        days_ago: i64,
        hour: u32,
        kind: ActivityKind,
        f: impl FnOnce(&mut ActivityDraft),
    ) -> Day {
        let mut draft = activity_at(
            local(2026, 11, 27, hour, 0) - Duration::days(days_ago),
            kind,
        );
        f(&mut draft);
        self.activities.push(Activity {
            id: Uuid::new_v4(),
            draft,
            created_at: now(),
            updated_at: now(),
        });
        self
    }
    fn intimacy(self, days_ago: i64, warm_up: bool, pain_after: u8) -> Day {
        let mut day = self.activity(days_ago, 21, ActivityKind::Intimacy, |d| {
            d.intimacy = Some(IntimacyDetails {
                warm_up,
                ..Default::default()
            });
        });
        let id = day.activities.last().expect("just added").id;
        day = day.pain(days_ago, 22, pain_after, vec![Region::LowerBackCentre]);
        day.pain.last_mut().expect("just added").draft.activity_id = Some(id);
        day
    }
    fn pain(mut self, days_ago: i64, hour: u32, nrs: u8, regions: Vec<Region>) -> Day {
        let mut draft = pain_at(local(2026, 11, 27, hour, 0) - Duration::days(days_ago), nrs);
        draft.regions = regions.into_iter().map(Into::into).collect();
        self.pain.push(PainEntry {
            id: Uuid::new_v4(),
            draft,
            created_at: now(),
            updated_at: now(),
        });
        self
    }
    fn check_in(mut self, stress: u8, stiffness: u8) -> Day {
        let draft = CheckInDraft {
            date: day(27),
            stress,
            sleep_hours: None,
            sleep_quality: None,
            stiffness: Some(stiffness),
            notes: String::new(),
        };
        self.check_in = Some(CheckIn {
            id: Uuid::new_v4(),
            draft,
            created_at: now(),
            updated_at: now(),
        });
        self
    }
    fn core_sessions(mut self, n: i64) -> Day {
        for i in 0..n {
            self = self.activity(i + 1, 8, ActivityKind::CoreSession, |d| {
                d.routine_id = Some("core_level_2".into())
            });
        }
        self
    }
    fn emergency(mut self) -> Day {
        self.emergency = true;
        self
    }
    fn advice(mut self, advice: LevelMove) -> Day {
        self.programme.advice = advice;
        self.programme.suggested_level = if advice == LevelMove::Up { 3 } else { 1 };
        self.programme.reason = "programme says move".into();
        self
    }
    fn picks(&self) -> Vec<Pick> {
        self.picks_in(Locale::En)
    }
    fn picks_in(&self, locale: Locale) -> Vec<Pick> {
        let input = TodayInput {
            now: self.now,
            profile: &self.profile,
            pain: &self.pain,
            activities: &self.activities,
            check_in: self.check_in.as_ref(),
            programme: &self.programme,
            paused: self.emergency,
        };
        recommend_in(locale, catalogue(), &input)
    }
}

#[test]
fn picks_speak_german_in_german_word_order_with_a_decimal_comma() {
    let sitting = Day::new()
        .core_sessions(3)
        .activity(1, 9, ActivityKind::Sitting, |d| d.duration_min = Some(180));
    let picks = sitting.picks_in(Locale::De);
    let pick = picks
        .iter()
        .find(|p| p.id == "sitting_break")
        .expect("sitting break");
    assert_eq!(
        pick.reason,
        "Sie haben gestern 3,0 Stunden Sitzen eingetragen: Eine 2-minütige Pause etwa jede halbe Stunde hilft."
    );
    let picks = Day::new().intimacy(4, false, 3).picks_in(Locale::De);
    let pick = picks
        .iter()
        .find(|p| p.id == "before_intimacy")
        .expect("warm-up");
    assert_eq!(
        pick.reason,
        "Auf Intimität ohne Aufwärmen folgten am Montag Schmerzen: Probieren Sie nächstes Mal zuerst das 5-Minuten-Aufwärmen."
    );
    assert_eq!(
        hidden_text_in(Locale::De, &[Movement::Flexion, Movement::Rotation]).as_deref(),
        Some("Übungen, die den Rücken nach vorn beugen oder verdrehen, sind für Ihr Profil ausgeblendet.")
    );
    assert_eq!(
        hidden_text_in(Locale::En, &[Movement::Flexion, Movement::Extension, Movement::Rotation]).as_deref(),
        Some("Exercises that bend the back forward, arch the back or twist the back are hidden for your profile.")
    );
}

#[rstest]
#[case::pain_after_intimacy_yesterday(Day::new().intimacy(1, true, 6), "after_intimacy", &["6/10", "yesterday", "cool-down"])]
#[case::pain_after_intimacy_suggests_talking(Day::new().intimacy(1, true, 6), "conversation", &["before / after"])]
#[case::pain_after_intimacy_suggests_positions(Day::new().profile(MovementProfile::Flexion, vec![]).intimacy(1, true, 5), "positions", &["bending forward"])]
#[case::no_warm_up_then_pain(Day::new().intimacy(4, false, 3), "before_intimacy", &["without a warm-up", "5-minute"])]
#[case::stress(Day::new().check_in(7, 1), "breathing_4_6", &["7/10", "check-in"])]
#[case::very_high_stress(Day::new().check_in(9, 1).core_sessions(3), "body_scan", &["body scan"])]
#[case::stiff_morning(Day::new().at_hour(8).check_in(2, 6), "morning_gentle", &["6/10", "forward bending"])]
#[case::no_core_this_week(Day::new(), "core_level_2", &["0 core sessions", "level 2"])]
#[case::programme_change(Day::new().core_sessions(3).advice(LevelMove::Up), "core_level_2", &["programme says move"])]
#[case::long_sitting(Day::new().core_sessions(3).activity(1, 9, ActivityKind::Sitting, |d| d.duration_min = Some(180)), "sitting_break", &["3.0 hours", "yesterday"])]
#[case::hip_pain(Day::new().core_sessions(3).pain(2, 18, 4, vec![Region::ButtockLeft]), "figure_four_piriformis", &["left buttock"])]
#[case::bad_day(Day::new().pain(0, 9, 8, vec![Region::LowerBackCentre]), "crook_lying_breathing", &["8/10 today"])]
fn picks_follow_the_journal(
    #[case] d: Day,
    #[case] expected_id: &str,
    #[case] reason_has: &[&str],
) {
    let picks = d.picks();
    assert!(
        (2..=4).contains(&picks.len()),
        "expected 2-4 picks, got {picks:#?}"
    );
    let pick = picks
        .iter()
        .find(|p| p.id == expected_id)
        .unwrap_or_else(|| panic!("expected {expected_id} among {picks:#?}"));
    for words in reason_has {
        assert!(
            pick.reason.contains(words),
            "reason {:?} should mention {words:?}",
            pick.reason
        );
    }
}

#[rstest]
#[case::after_intimacy_comes_first(Day::new().intimacy(1, true, 6).check_in(7, 2), "after_intimacy")]
#[case::stress_before_core(Day::new().check_in(8, 1), "breathing_4_6")]
fn the_most_pressing_pick_comes_first(#[case] d: Day, #[case] first: &str) {
    let picks = d.picks();
    assert_eq!(
        picks.first().map(|p| p.id.as_str()),
        Some(first),
        "first pick of {picks:#?}"
    );
}

#[rstest]
#[case::emergency_silences_everything(Day::new().intimacy(1, true, 7).check_in(9, 8).emergency(), &[], true)]
#[case::bad_day_no_core(Day::new().pain(0, 9, 8, vec![]), &["core_level_2"], false)]
#[case::leg_pain_no_hip_stretch(Day::new().core_sessions(3).pain(2, 18, 4, vec![Region::ButtockLeft, Region::BelowKneeLeft]), &["figure_four_piriformis"], false)]
#[case::no_morning_routine_in_afternoon(Day::new().check_in(2, 7), &["morning_gentle"], false)]
#[case::done_today_not_repeated(Day::new().intimacy(1, true, 6).activity(0, 12, ActivityKind::Stretching, |d| d.routine_id = Some("after_intimacy".into())), &["after_intimacy"], false)]
#[case::low_pain_no_cool_down(Day::new().intimacy(1, true, 2), &["after_intimacy"], false)]
#[case::old_pain_no_cool_down(Day::new().intimacy(3, true, 7), &["after_intimacy"], false)]
fn picks_leave_out(#[case] d: Day, #[case] absent: &[&str], #[case] empty: bool) {
    let picks = d.picks();
    if empty {
        assert!(
            picks.is_empty(),
            "nothing is suggested while an emergency alert is open, got {picks:#?}"
        );
        return;
    }
    assert!(picks.len() >= 2, "still 2-4 picks, got {picks:#?}");
    for id in absent {
        assert!(
            !picks.iter().any(|p| p.id == *id),
            "{id} should not be picked: {picks:#?}"
        );
    }
}

#[rstest]
#[case::flexion(MovementProfile::Flexion, vec![])]
#[case::disc(MovementProfile::Unknown, vec![Condition::DiscHerniation])]
#[case::extension(MovementProfile::Extension, vec![])]
#[case::stenosis(MovementProfile::Unknown, vec![Condition::Stenosis])]
#[case::mixed(MovementProfile::Mixed, vec![])]
fn picks_never_offer_a_hidden_movement(#[case] m: MovementProfile, #[case] c: Vec<Condition>) {
    // A day that triggers as many rules as possible.
    let d = Day::new()
        .at_hour(8)
        .profile(m, c)
        .intimacy(1, false, 6)
        .check_in(7, 6)
        .pain(2, 18, 4, vec![Region::HipRight])
        .activity(1, 9, ActivityKind::Sitting, |a| a.duration_min = Some(200));
    let hidden = hidden_movements(&d.profile);
    let filter = PlanFilter::for_profile(&d.profile, false);
    for pick in d.picks() {
        let exercises: Vec<String> = match pick.kind {
            PickKind::Exercise => vec![pick.id.clone()],
            PickKind::Routine => plan_routine(catalogue(), &pick.id, &filter)
                .expect("plan")
                .steps
                .into_iter()
                .map(|s| s.exercise_id)
                .collect(),
            _ => vec![],
        };
        for id in exercises {
            let e = catalogue().exercise(&id).expect("known");
            assert!(
                !e.loads.iter().any(|l| hidden.contains(l)),
                "{} loads {:?}, hidden for {m:?}",
                e.id,
                e.loads
            );
        }
    }
}

#[test]
fn every_pick_has_a_one_line_reason() {
    let d = Day::new().at_hour(9).intimacy(1, false, 6).check_in(9, 6);
    for p in d.picks() {
        assert!(
            !p.reason.is_empty() && !p.reason.contains('\n'),
            "one-line reason expected for {p:?}"
        );
        assert!(!p.title.is_empty(), "a title for {p:?}");
    }
}

#[test]
fn the_demo_journal_gets_a_panel_without_forward_bending() {
    let mut j = Journal::open_in_memory().expect("journal");
    let offset = FixedOffset::east_opt(3600).expect("offset");
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).expect("demo fills");
    let panel = j
        .guide()
        .today_panel(catalogue(), now().with_timezone(&offset))
        .expect("panel");
    assert!(
        (2..=4).contains(&panel.picks.len()),
        "2-4 picks for the demo journal, got {:#?}",
        panel.picks
    );
    assert!(
        panel.hidden_note.is_some(),
        "the demo profile (flexion, disc) hides forward bending"
    );
}

#[test]
fn an_open_emergency_alert_pauses_the_picks() {
    let mut j = Journal::open_in_memory().expect("journal");
    let offset = FixedOffset::east_opt(3600).expect("offset");
    let local_now = now().with_timezone(&offset);
    assert!(
        !j.guide().emergency_alert_open().expect("alerts read"),
        "no alert in an empty journal"
    );
    let mut draft = pain_at(local(2026, 11, 27, 9, 0), 6);
    draft.emergency.saddle_numbness = true;
    write_then_refresh(&mut j, now(), |j| j.entries().add_pain(draft, now())).expect("pain saves");
    let open = j.guide().emergency_alert_open().expect("alerts read");
    assert!(open, "saddle numbness raises an emergency alert");
    let panel = j
        .guide()
        .today_panel(catalogue(), local_now)
        .expect("panel");
    assert!(
        panel.picks.is_empty() && panel.paused_for_emergency,
        "no picks while it is open: {:?}",
        panel.picks
    );
}

// ---------------------------------------------------------------- questionnaire

#[rstest]
#[case::nothing(&[], MovementProfile::Unknown)]
#[case::all_no(&[("sitting", false), ("arching", false)], MovementProfile::Unknown)]
#[case::sitting(&[("sitting", true)], MovementProfile::Flexion)]
#[case::sitting_bending(&[("sitting", true), ("bending", true), ("standing", false)], MovementProfile::Flexion)]
#[case::arching(&[("arching", true)], MovementProfile::Extension)]
#[case::standing_lying(&[("standing", true), ("lying_front", true)], MovementProfile::Extension)]
#[case::one_each(&[("sitting", true), ("standing", true)], MovementProfile::Mixed)]
#[case::two_one(&[("sitting", true), ("bending", true), ("standing", true)], MovementProfile::Mixed)]
#[case::three_one(&[("arching", true), ("standing", true), ("lying_front", true), ("sitting", true)], MovementProfile::Extension)]
fn the_questionnaire_suggests_a_profile(
    #[case] answers: &[(&str, bool)],
    #[case] expected: MovementProfile,
) {
    let map: BTreeMap<String, bool> = answers.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    assert_eq!(
        suggest_profile(positions_guide(), &map).expect("known questions"),
        expected,
        "answers {answers:?}"
    );
}

#[test]
fn the_questionnaire_refuses_unknown_questions() {
    let map = BTreeMap::from([("jumping".to_string(), true)]);
    assert!(
        suggest_profile(positions_guide(), &map).is_err(),
        "an unknown question id is refused"
    );
}

// ---------------------------------------------------------------- logging sessions

fn report(completed: bool, hurts: Vec<HurtReport>) -> SessionReport {
    SessionReport {
        routine_id: "before_intimacy".into(),
        exercises_done: vec!["knee_rolls".into(), "knee_to_chest".into()],
        started_at: local(2026, 11, 27, 10, 0),
        ended_at: local(2026, 11, 27, 10, 4) + Duration::seconds(10),
        completed,
        hurts,
    }
}

#[test]
fn a_finished_routine_is_logged_as_one_activity() {
    let mut j = Journal::open_in_memory().expect("journal");
    let record = j
        .guide()
        .record_session(catalogue(), &report(true, vec![]), now())
        .expect("session saves");
    let a = j
        .timeline()
        .activity(record.activity.id)
        .expect("activity is stored");
    assert_eq!(
        a.draft.kind,
        ActivityKind::Stretching,
        "a stretching routine logs stretching"
    );
    assert_eq!(a.draft.routine_id.as_deref(), Some("before_intimacy"));
    assert_eq!(
        a.draft.exercises,
        vec!["knee_rolls".to_string(), "knee_to_chest".to_string()]
    );
    assert_eq!(
        a.draft.duration_min,
        Some(5),
        "4 min 10 s rounds up to 5 minutes"
    );
    assert!(
        a.draft.notes.contains("Completed"),
        "notes say it was completed: {}",
        a.draft.notes
    );
}

#[test]
fn a_stopped_routine_with_pain_logs_linked_pain() {
    let mut j = Journal::open_in_memory().expect("journal");
    let hurt = HurtReport {
        at: local(2026, 11, 27, 10, 3),
        exercise_id: "knee_to_chest".into(),
        nrs: 5,
        regions: vec![Region::BelowKneeLeft],
    };
    let record = j
        .guide()
        .record_session(catalogue(), &report(false, vec![hurt]), now())
        .expect("session saves");
    assert_eq!(record.pain.len(), 1, "one pain entry for one report");
    let p = j
        .timeline()
        .pain(record.pain[0].id)
        .expect("pain is stored");
    assert_eq!(
        p.draft.activity_id,
        Some(record.activity.id),
        "pain is linked to the session"
    );
    assert_eq!(p.draft.onset, Some(Onset::During));
    assert!(
        p.draft.notes.contains("Knee to chest"),
        "notes name the exercise: {}",
        p.draft.notes
    );
    assert!(
        record.activity.draft.notes.contains("Stopped early"),
        "notes say it stopped early"
    );
}

#[rstest]
#[case::unknown_routine(|r: &mut SessionReport| r.routine_id = "nope".into(), "routine_id")]
#[case::unknown_exercise(|r: &mut SessionReport| r.exercises_done.push("<script>".into()), "exercises_done")]
#[case::ends_before_start(|r: &mut SessionReport| r.ended_at = r.started_at - Duration::minutes(1), "ended_at")]
#[case::future(|r: &mut SessionReport| { r.started_at = local(2027, 1, 1, 9, 0); r.ended_at = local(2027, 1, 1, 9, 5) }, "at")]
#[case::pain_over_ten(|r: &mut SessionReport| r.hurts.push(HurtReport { at: local(2026, 11, 27, 10, 1), exercise_id: "knee_rolls".into(), nrs: 11, regions: vec![] }), "nrs")]
fn a_bad_session_report_is_refused_and_nothing_written(
    #[case] spoil: fn(&mut SessionReport),
    #[case] field: &str,
) {
    let mut j = Journal::open_in_memory().expect("journal");
    let mut r = report(true, vec![]);
    spoil(&mut r);
    let err = j
        .guide()
        .record_session(catalogue(), &r, now())
        .expect_err("refused");
    assert!(
        matches!(err, CoreError::Validation { field: ref f, .. } if f == field),
        "expected a validation error on {field}, got {err:?}"
    );
    let count = j
        .timeline()
        .page(&TimelineQuery::default())
        .expect("timeline")
        .items
        .len();
    assert_eq!(count, 0, "nothing is written when the report is refused");
}

#[rstest]
#[case::below_knee(5, vec![Region::BelowKneeRight], true, "below the knee")]
#[case::severe(7, vec![Region::LowerBackCentre], true, "severe")]
#[case::moderate(4, vec![Region::LowerBackCentre], false, "Skip this exercise")]
fn this_hurt_says_when_to_stop(
    #[case] nrs: u8,
    #[case] regions: Vec<Region>,
    #[case] stop: bool,
    #[case] says: &str,
) {
    let advice = hurt_advice(&HurtReport {
        at: local(2026, 11, 27, 10, 0),
        exercise_id: "knee_rolls".into(),
        nrs,
        regions,
    });
    assert_eq!(advice.stop, stop, "stop for nrs {nrs}");
    assert!(
        advice.message.contains(says),
        "message {:?} should contain {says:?}",
        advice.message
    );
    assert!(!advice.sources.is_empty(), "advice names its source");
}

#[test]
fn a_finished_breathing_tool_logs_stress_relief() {
    let mut j = Journal::open_in_memory().expect("journal");
    let tool = catalogue()
        .stress_tool("box_breathing")
        .expect("box breathing");
    let a = j
        .guide()
        .record_stress_relief(
            tool,
            local(2026, 11, 27, 10, 0),
            local(2026, 11, 27, 10, 3),
            now(),
        )
        .expect("saves");
    assert_eq!(a.draft.kind, ActivityKind::StressRelief);
    assert_eq!(a.draft.routine_id.as_deref(), Some("box_breathing"));
    assert_eq!(a.draft.duration_min, Some(3));
}

// ---------------------------------------------------------------- safety (issue 12)
//
// The spec below is written out here, independently of catalogue.rs, so a wrong tag in
// assets/catalogue or a wrong rule in the code both fail a test. docs/guide-safety.md says
// the same in words.

use backstory_core::guide::catalogue::Exercise;
use backstory_core::guide::player::plan_exercise;
use backstory_core::guide::today::{guide_pause, today_panel, GuideData};
use backstory_core::guide::{positions_for, positions_view};
use backstory_core::rules::{rule_infos, Alert, Tier};

const F: Movement = Movement::Flexion;
const E: Movement = Movement::Extension;
const R: Movement = Movement::Rotation;
const N: Movement = Movement::Neutral;

/// Every item, reviewed against its sources in issue 12: the spine movements it loads,
/// whether it pulls on the sciatic nerve, and conditions that leave it out beyond that.
#[rstest]
#[case("knee_to_chest", &[F], false, &[])]
#[case("bottom_to_heels", &[F], false, &[])]
#[case("knee_rolls", &[R], false, &[])]
// A posterior pelvic tilt is a small lumbar forward bend; letting go returns to neutral.
#[case("pelvic_tilt", &[F], false, &[])]
#[case("cat_camel", &[F, E], false, &[])]
#[case("sphinx", &[E], false, &[])]
#[case("kneeling_rock", &[F, E], false, &[])]
#[case("standing_back_bend", &[E], false, &[])]
// The straight-leg raise is the clinical test of sciatic nerve tension.
#[case("hamstring_strap", &[N], true, &[])]
#[case("hip_flexor_half_kneeling", &[N], false, &[])]
// Drawing the supporting thigh in rounds the lower back: flexion, not neutral.
#[case("figure_four_piriformis", &[F], false, &[])]
#[case("butterfly", &[F], false, &[])]
#[case("sit_tall", &[N], false, &[])]
#[case("crook_lying_breathing", &[N], false, &[])]
#[case("abdominal_bracing", &[N], false, &[])]
// The lumbar spine stays still, but the upper back bends a little under load.
#[case("mcgill_curl_up", &[N], false, &[Condition::Osteoporosis, Condition::CompressionFracture])]
#[case("side_plank_bent_knee", &[N], false, &[])]
#[case("side_plank_full", &[N], false, &[])]
#[case("bird_dog", &[N], false, &[])]
#[case("bird_dog_arm_or_leg", &[N], false, &[])]
#[case("glute_bridge", &[N], false, &[])]
#[case("single_leg_bridge", &[N], false, &[])]
#[case("dead_bug", &[N], false, &[])]
#[case("forearm_plank_knees", &[N], false, &[])]
#[case("forearm_plank_toes", &[N], false, &[])]
#[case("clamshell", &[N], false, &[])]
#[case("walking", &[N], false, &[])]
fn every_item_states_the_movement_it_loads(
    #[case] id: &str,
    #[case] loads: &[Movement],
    #[case] neural_tension: bool,
    #[case] avoid_with: &[Condition],
) {
    let e = catalogue()
        .exercise(id)
        .unwrap_or_else(|| panic!("{id} is in the catalogue"));
    assert_eq!(e.loads, loads, "{id} loads");
    assert_eq!(e.neural_tension, neural_tension, "{id} neural tension");
    assert_eq!(
        e.avoid_with, avoid_with,
        "{id} conditions that leave it out"
    );
    assert!(
        !e.safety.trim().is_empty(),
        "{id} says why it carries its tags"
    );
}

#[test]
fn the_item_table_covers_the_whole_catalogue() {
    // Keep in step with every_item_states_the_movement_it_loads: a new item needs a row.
    assert_eq!(
        catalogue().exercises.len(),
        27,
        "a new catalogue item needs a reviewed row in every_item_states_the_movement_it_loads"
    );
}

const ALL_CONDITIONS: [Condition; 8] = [
    Condition::DiscHerniation,
    Condition::Sciatica,
    Condition::Arthritis,
    Condition::Stenosis,
    Condition::Osteoporosis,
    Condition::PelvicAlignment,
    Condition::Spondylolisthesis,
    Condition::CompressionFracture,
];

/// Every movement profile x (no condition, each condition, the combinations that matter).
fn every_profile() -> Vec<Profile> {
    let mut sets: Vec<Vec<Condition>> = vec![vec![]];
    sets.extend(ALL_CONDITIONS.iter().map(|c| vec![*c]));
    sets.extend([
        vec![Condition::Osteoporosis, Condition::Stenosis],
        vec![Condition::CompressionFracture, Condition::Spondylolisthesis],
        vec![Condition::DiscHerniation, Condition::Sciatica],
        vec![Condition::Osteoporosis, Condition::DiscHerniation],
        vec![Condition::Stenosis, Condition::Sciatica],
        ALL_CONDITIONS.to_vec(),
    ]);
    let mut out = Vec::new();
    for m in [
        MovementProfile::Flexion,
        MovementProfile::Extension,
        MovementProfile::Mixed,
        MovementProfile::Unknown,
    ] {
        for c in &sets {
            out.push(profile(m, c.clone()));
        }
    }
    out
}

/// Why `e` must never reach this profile, or None when it may: the rules of
/// docs/guide-safety.md, written out independently of the code under test.
fn must_avoid(p: &Profile, leg_pain: bool, e: &Exercise) -> Option<String> {
    let mut moves = Vec::new();
    match p.movement_profile {
        MovementProfile::Flexion => moves.push(F),
        MovementProfile::Extension => moves.push(E),
        MovementProfile::Mixed => moves.extend([F, E]),
        MovementProfile::Unknown => {}
    }
    for c in &p.conditions {
        match c {
            Condition::DiscHerniation => moves.push(F),
            Condition::Osteoporosis | Condition::CompressionFracture => moves.extend([F, R]),
            Condition::Stenosis | Condition::Spondylolisthesis => moves.push(E),
            _ => {}
        }
    }
    if let Some(m) = e.loads.iter().find(|m| moves.contains(m)) {
        return Some(format!("loads {m:?}"));
    }
    let nerve = p.has(Condition::Sciatica) || p.has(Condition::DiscHerniation);
    if nerve && e.neural_tension {
        return Some("pulls on the sciatic nerve".into());
    }
    if leg_pain && e.leg_caution {
        return Some("leg caution after pain below the knee".into());
    }
    if let Some(c) = e.avoid_with.iter().find(|c| p.has(**c)) {
        return Some(format!("left out with {c:?}"));
    }
    None
}

fn exercise(id: &str) -> &'static Exercise {
    catalogue()
        .exercise(id)
        .unwrap_or_else(|| panic!("{id} is in the catalogue"))
}

/// A day that fires as many pick rules as possible, at `hour`, with or without pain below
/// the knee this week.
fn busy_day(p: &Profile, hour: u32, leg_pain: bool) -> Day {
    let mut d = Day::new()
        .at_hour(hour)
        .profile(p.movement_profile, p.conditions.clone())
        .intimacy(1, false, 6)
        .check_in(7, 6)
        .pain(2, 18, 4, vec![Region::HipRight, Region::ButtockLeft])
        .activity(1, 9, ActivityKind::Sitting, |a| a.duration_min = Some(200));
    if leg_pain {
        d = d.pain(3, 18, 3, vec![Region::BelowKneeLeft]);
    }
    d
}

#[test]
fn nothing_avoided_is_ever_suggested_scheduled_or_offered_in_the_player() {
    let cat = catalogue();
    let mut failures = Vec::new();
    let mut checked = 0usize;
    for p in every_profile() {
        for leg_pain in [false, true] {
            let who = format!(
                "{:?} {:?} leg pain {leg_pain}",
                p.movement_profile, p.conditions
            );
            let filter = PlanFilter::for_profile(&p, leg_pain);
            // The filter agrees with the spec on every item.
            for e in &cat.exercises {
                checked += 1;
                let avoid = must_avoid(&p, leg_pain, e);
                if filter.allows(e) == avoid.is_some() {
                    failures.push(format!(
                        "{who}: filter says {} for {} ({avoid:?})",
                        filter.allows(e),
                        e.id
                    ));
                }
                // The player, asked for the item on its own, never plays an avoided one.
                let plan = plan_exercise(cat, &e.id, &filter).expect("plan");
                if avoid.is_some() && (!plan.steps.is_empty() || plan.unsuitable.is_none()) {
                    failures.push(format!("{who}: the player offers {} ({avoid:?})", e.id));
                }
            }
            // Every routine: warm-up, cool-down, morning, sitting break, every programme level.
            for r in &cat.routines {
                let plan = plan_routine(cat, &r.id, &filter).expect("plan");
                for s in &plan.steps {
                    if let Some(why) = must_avoid(&p, leg_pain, exercise(&s.exercise_id)) {
                        failures.push(format!(
                            "{who}: {} schedules {} ({why})",
                            r.id, s.exercise_id
                        ));
                    }
                }
                for step in &r.steps {
                    if must_avoid(&p, leg_pain, exercise(&step.exercise)).is_some()
                        && !plan
                            .changes
                            .iter()
                            .any(|c| c.exercise_id == step.exercise && !c.reason.is_empty())
                    {
                        failures.push(format!(
                            "{who}: {} leaves out {} without saying why",
                            r.id, step.exercise
                        ));
                    }
                }
                let distinct: std::collections::HashSet<&str> =
                    plan.steps.iter().map(|s| s.exercise_id.as_str()).collect();
                if distinct.len() < 2 && plan.unsuitable.is_none() {
                    failures.push(format!(
                        "{who}: {} is down to {} exercises and does not say so",
                        r.id,
                        distinct.len()
                    ));
                }
                if r.id.starts_with("core_level_") && plan.unsuitable.is_some() {
                    failures.push(format!(
                        "{who}: programme {} has nothing suitable left",
                        r.id
                    ));
                }
            }
            // "For you today" at several times of day.
            for hour in [8, 13, 21] {
                let d = busy_day(&p, hour, leg_pain);
                for pick in d.picks() {
                    let ids: Vec<String> = match pick.kind {
                        PickKind::Exercise => vec![pick.id.clone()],
                        PickKind::Routine => plan_routine(cat, &pick.id, &filter)
                            .expect("plan")
                            .steps
                            .into_iter()
                            .map(|s| s.exercise_id)
                            .collect(),
                        _ => vec![],
                    };
                    for id in ids {
                        if let Some(why) = must_avoid(&p, leg_pain, exercise(&id)) {
                            failures.push(format!(
                                "{who} at {hour}:00: pick {} offers {id} ({why})",
                                pick.id
                            ));
                        }
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(checked > 2000, "walked {checked} profile x item pairs");
    assert!(
        failures.is_empty(),
        "{} problems, e.g. {:#?}",
        failures.len(),
        failures.iter().take(25).collect::<Vec<_>>()
    );
}

#[rstest]
#[case::osteoporosis_warm_up(vec![Condition::Osteoporosis], "before_intimacy", "knee_rolls", Some("crook_lying_breathing"), "osteoporosis")]
#[case::fracture_level_2(vec![Condition::CompressionFracture], "core_level_2", "mcgill_curl_up", Some("dead_bug"), "compression fracture")]
#[case::sciatica_cool_down(vec![Condition::Sciatica], "after_intimacy", "hamstring_strap", None, "sciatica")]
#[case::stenosis_morning(vec![Condition::Stenosis], "morning_gentle", "standing_back_bend", Some("sit_tall"), "stenosis")]
#[case::spondylolisthesis_sitting(vec![Condition::Spondylolisthesis], "sitting_break", "standing_back_bend", None, "spondylolisthesis")]
#[case::disc_figure_four(vec![Condition::DiscHerniation], "before_intimacy", "figure_four_piriformis", Some("clamshell"), "disc herniation")]
fn conditions_change_routines_and_say_why(
    #[case] conditions: Vec<Condition>,
    #[case] routine: &str,
    #[case] replaced: &str,
    #[case] by: Option<&str>,
    #[case] reason_names: &str,
) {
    let filter = PlanFilter::for_profile(&profile(MovementProfile::Unknown, conditions), false);
    let plan = plan_routine(catalogue(), routine, &filter).expect("plan");
    let change = plan
        .changes
        .iter()
        .find(|c| c.exercise_id == replaced)
        .unwrap_or_else(|| panic!("{replaced} is changed in {routine}: {:#?}", plan.changes));
    assert_eq!(
        change.replaced_by.as_deref(),
        by,
        "replacement for {replaced}"
    );
    assert!(
        change.reason.contains(reason_names),
        "the reason {:?} names {reason_names}",
        change.reason
    );
}

#[test]
fn a_routine_with_too_little_left_is_not_suggested_and_says_why() {
    // A two-step sitting break without alternatives: arching is avoided with both
    // directions hurting, so only the sit-tall reset is left, and one exercise is no routine.
    let p = profile(
        MovementProfile::Mixed,
        vec![Condition::Osteoporosis, Condition::Sciatica],
    );
    let mut cat = catalogue().clone();
    let r = cat
        .routines
        .iter_mut()
        .find(|r| r.id == "sitting_break")
        .expect("sitting break");
    r.steps.retain(|s| s.exercise != "hip_flexor_half_kneeling");
    r.steps[1].alternatives.clear();
    let plan =
        plan_routine(&cat, "sitting_break", &PlanFilter::for_profile(&p, false)).expect("plan");
    let why = plan.unsuitable.expect("one exercise left is not a routine");
    assert!(
        why.contains("1 of this routine's 2"),
        "says how much is left: {why}"
    );
}

// ------------------------------------------------ positions follow conditions and studies

#[rstest]
#[case::stenosis(MovementProfile::Unknown, vec![Condition::Stenosis], MovementProfile::Extension, "spinal stenosis")]
#[case::spondylolisthesis(MovementProfile::Unknown, vec![Condition::Spondylolisthesis], MovementProfile::Extension, "spondylolisthesis")]
#[case::osteoporosis(MovementProfile::Unknown, vec![Condition::Osteoporosis], MovementProfile::Flexion, "osteoporosis")]
#[case::fracture_and_extension(MovementProfile::Extension, vec![Condition::CompressionFracture], MovementProfile::Mixed, "compression fracture")]
#[case::flexion_with_stenosis(MovementProfile::Flexion, vec![Condition::Stenosis], MovementProfile::Mixed, "stenosis")]
#[case::disc(MovementProfile::Unknown, vec![Condition::DiscHerniation], MovementProfile::Flexion, "disc herniation")]
fn positions_follow_conditions_as_well_as_the_movement_profile(
    #[case] movement: MovementProfile,
    #[case] conditions: Vec<Condition>,
    #[case] shown: MovementProfile,
    #[case] because: &str,
) {
    let p = profile(movement, conditions.clone());
    let mine = positions_for(positions_guide(), &p);
    assert_eq!(
        mine.profile, shown,
        "advice shown for {movement:?} with {conditions:?}"
    );
    assert!(
        mine.because.iter().any(|b| b.contains(because)),
        "says why ({because}): {:?}",
        mine.because
    );
    assert!(
        !mine.notes.is_empty()
            && mine
                .notes
                .iter()
                .all(|n| n.conditions.iter().any(|c| conditions.contains(c))),
        "the notes for these conditions are shown: {:?}",
        mine.notes.iter().map(|n| &n.title).collect::<Vec<_>>()
    );
    let view = positions_view(&p, None);
    assert_eq!(view.for_you, mine, "the page carries the same advice");
}

/// The reasons for avoiding a movement are whole sentences in the language in use; German
/// puts what follows "bei" in the dative ("bei einem Bandscheibenvorfall", "bei Ihrem
/// Bewegungsprofil"), never an English label glued in.
#[test]
fn the_reasons_for_avoiding_a_movement_read_as_german() {
    use backstory_core::guide::{catalogue_in, positions_for_in, positions_guide_in};
    use backstory_core::i18n::Locale::{De, En};
    let p = profile(MovementProfile::Flexion, vec![Condition::DiscHerniation]);
    let extension = profile(MovementProfile::Unknown, vec![Condition::Stenosis]);
    let because =
        |locale, p: &Profile| positions_for_in(locale, positions_guide_in(locale), p).because;
    assert_eq!(
        because(En, &extension),
        ["arching is avoided with spinal stenosis"]
    );
    assert_eq!(
        because(De, &extension),
        ["Ein Hohlkreuz wird bei einer Spinalkanalstenose vermieden"]
    );
    let mixed = profile(MovementProfile::Unknown, vec![Condition::Osteoporosis]);
    assert_eq!(
        because(De, &mixed),
        [
            "Vorbeugen wird bei Osteoporose vermieden",
            "Verdrehen wird bei Osteoporose vermieden"
        ]
    );

    let filter = PlanFilter::for_profile(&p, false);
    let reason = |locale| {
        let knee = catalogue_in(locale)
            .exercise("knee_to_chest")
            .expect("knee to chest");
        filter.reason_in(locale, knee)
    };
    assert!(
        reason(En).ends_with(
            "which is avoided with your movement profile (bending forward hurts) and a disc herniation"
        ),
        "{}",
        reason(En)
    );
    let german = reason(De);
    assert!(
        german.ends_with(
            "das wird vermieden bei Ihrem Bewegungsprofil (Vorbeugen verstärkt die Schmerzen) und einem Bandscheibenvorfall"
        ),
        "{german}"
    );
}

#[test]
fn without_conditions_the_movement_profile_decides() {
    for m in [
        MovementProfile::Flexion,
        MovementProfile::Extension,
        MovementProfile::Mixed,
        MovementProfile::Unknown,
    ] {
        let mine = positions_for(positions_guide(), &profile(m, vec![Condition::Arthritis]));
        assert_eq!(mine.profile, m);
        assert!(
            mine.because.is_empty() && mine.notes.is_empty(),
            "{m:?}: {mine:?}"
        );
    }
}

/// The studies' rankings (abstracts of Sidorkewicz & McGill 2014 and 2015): checked in
/// issue 12, so a later edit cannot quietly undo them.
#[test]
fn positions_advice_matches_the_studies_rankings() {
    let g = positions_guide();
    let flexion = g
        .for_profile(MovementProfile::Flexion)
        .expect("flexion advice");
    let first = &flexion.moving.to_try[0];
    assert_eq!(
        (first.position.as_str(), first.rank),
        ("all_fours_on_elbows", Some(1)),
        "2014: all fours with the resting partner on the elbows (mQUAD1) ranked best for a flexion-intolerant moving partner"
    );
    let hands = flexion
        .moving
        .to_try
        .iter()
        .find(|a| a.position == "all_fours_kneeling_behind")
        .expect("hands variant listed");
    assert_eq!(
        hands.rank,
        Some(3),
        "2014: the hands variant (mQUAD2) ranked third"
    );
    let spooning = flexion
        .moving
        .avoid
        .iter()
        .find(|a| a.position == "spooning")
        .expect("spooning avoided");
    assert_eq!(
        spooning.rank,
        Some(5),
        "2014: side-lying ranked last for the moving partner"
    );
    assert!(
        !flexion
            .resting
            .avoid
            .iter()
            .any(|a| a.position == "all_fours_on_elbows"),
        "2015: on the elbows ranked 3rd of 5 for a flexion-intolerant resting partner: a second choice, not one to avoid"
    );
    let elbows = flexion
        .resting
        .to_try
        .iter()
        .find(|a| a.position == "all_fours_on_elbows")
        .expect("elbows listed as a second choice");
    assert_eq!(elbows.rank, Some(3));
    assert_eq!(
        flexion.resting.to_try[0].position, "all_fours_kneeling_behind",
        "2015: on the hands (fQUAD2) ranked best for the resting partner"
    );
    for p in &g.profiles {
        for a in [&p.moving, &p.resting]
            .into_iter()
            .flat_map(|r| r.to_try.iter().chain(r.avoid.iter()))
        {
            assert!(
                a.evidence.contains("abstract")
                    || a.evidence.contains("interview")
                    || a.evidence.contains("Backstory's own"),
                "{:?} {}: evidence says where the claim comes from: {}",
                p.profile,
                a.position,
                a.evidence
            );
            if a.evidence.contains("abstract") {
                assert!(
                    a.evidence.contains("not confirmed"),
                    "{:?} {}: says plainly that the table number is not confirmed",
                    p.profile,
                    a.position
                );
            }
        }
    }
}

// ------------------------------------------------ what an open alert pauses

fn alert(tier: Tier, acknowledged: bool, resolved: bool) -> Alert {
    let info = rule_infos()
        .into_iter()
        .find(|r| r.tier == tier)
        .expect("a rule of every tier");
    Alert {
        rule: info,
        detail: String::new(),
        evidence: vec![],
        first_raised_at: now(),
        last_raised_at: now(),
        raise_count: 1,
        acknowledged_at: acknowledged.then(now),
        resolved_at: resolved.then(now),
        resolution: None,
        needs_attention: !acknowledged && !resolved,
    }
}

#[rstest]
#[case::emergency(Tier::Emergency, false, false, true, true)]
#[case::emergency_acknowledged(Tier::Emergency, true, false, true, true)]
#[case::emergency_resolved(Tier::Emergency, true, true, false, false)]
#[case::urgent(Tier::Urgent, false, false, true, false)]
#[case::urgent_acknowledged(Tier::Urgent, true, false, true, false)]
#[case::urgent_resolved(Tier::Urgent, false, true, false, false)]
#[case::see_doctor_soon(Tier::SeeDoctorSoon, false, false, false, false)]
#[case::self_care(Tier::SelfCare, false, false, false, false)]
fn which_open_alerts_pause_the_guide(
    #[case] tier: Tier,
    #[case] acknowledged: bool,
    #[case] resolved: bool,
    #[case] paused: bool,
    #[case] get_help_first: bool,
) {
    let a = alert(tier, acknowledged, resolved);
    let pause = guide_pause(std::slice::from_ref(&a));
    assert_eq!(
        pause.is_some(),
        paused,
        "{tier:?} ack {acknowledged} resolved {resolved}"
    );
    if let Some(p) = pause {
        assert_eq!(
            p.get_help_first, get_help_first,
            "get help first for {tier:?}"
        );
        assert!(
            p.reason.contains(&a.rule.title) && p.reason.contains(&tier.action()),
            "the reason names the alert and what to do: {}",
            p.reason
        );
    }
}

/// A journal slice whose programme advice is "move up" (6 sessions at level 2 over 18 days).
fn ready_to_move_up() -> GuideData {
    let mut activities = Vec::new();
    for d in [11, 13, 15, 17, 19, 21] {
        let mut draft = activity_at(local(2026, 11, d, 8, 0), ActivityKind::CoreSession);
        draft.routine_id = Some("core_level_2".into());
        activities.push(Activity {
            id: Uuid::new_v4(),
            draft,
            created_at: now(),
            updated_at: now(),
        });
    }
    GuideData {
        activities,
        level: LevelState {
            level: 2,
            since: Some(day(10)),
        },
        ..GuideData::default()
    }
}

#[test]
fn an_open_urgent_alert_pauses_picks_and_level_ups_with_the_reason() {
    let data = ready_to_move_up();
    let at = local(2026, 11, 27, 13, 0);
    let free = today_panel(catalogue(), &data, at, None);
    assert_eq!(
        free.programme.advice,
        LevelMove::Up,
        "{}",
        free.programme.reason
    );
    assert!(!free.picks.is_empty() && free.pause.is_none());

    let pause = guide_pause(&[alert(Tier::Urgent, true, false)]).expect("urgent pauses");
    let paused = today_panel(catalogue(), &data, at, Some(&pause));
    assert!(paused.picks.is_empty(), "no picks: {:#?}", paused.picks);
    assert_eq!(
        paused.programme.advice,
        LevelMove::Stay,
        "no level-up while paused"
    );
    assert_eq!(paused.programme.suggested_level, 2);
    assert!(
        paused
            .programme
            .reason
            .contains("waits until the urgent alert is resolved"),
        "the programme says why: {}",
        paused.programme.reason
    );
    assert_eq!(
        paused.pause.as_ref(),
        Some(&pause),
        "the window gets the reason"
    );
    assert!(!paused.paused_for_emergency, "urgent is not an emergency");
}

#[test]
fn a_journal_with_an_urgent_sign_pauses_the_guide_and_the_player() {
    let mut j = Journal::open_in_memory().expect("journal");
    let offset = FixedOffset::east_opt(3600).expect("offset");
    let local_now = now().with_timezone(&offset);
    let mut draft = pain_at(local(2026, 11, 27, 9, 0), 5);
    draft.emergency.fever = true;
    write_then_refresh(&mut j, now(), |j| j.entries().add_pain(draft, now())).expect("pain saves");
    assert!(
        !j.guide().emergency_alert_open().expect("alerts"),
        "fever is urgent, not an emergency"
    );
    let panel = j
        .guide()
        .today_panel(catalogue(), local_now)
        .expect("panel");
    assert!(
        panel.picks.is_empty(),
        "fever pauses the picks: {:#?}",
        panel.picks
    );
    let pause = panel.pause.expect("paused");
    assert_eq!(pause.tier, Tier::Urgent);
    assert!(pause.reason.contains("Fever"), "{}", pause.reason);
    let plan = j
        .guide()
        .plan_for(catalogue(), "before_intimacy", local_now)
        .expect("plan");
    assert_eq!(
        plan.pause.map(|p| p.tier),
        Some(Tier::Urgent),
        "the player shows the pause above the routine"
    );
}

#[test]
fn an_acknowledged_emergency_keeps_get_help_first_on_positions_and_the_player() {
    let mut j = Journal::open_in_memory().expect("journal");
    let offset = FixedOffset::east_opt(3600).expect("offset");
    let local_now = now().with_timezone(&offset);
    let mut draft = pain_at(local(2026, 11, 27, 9, 0), 6);
    draft.emergency.saddle_numbness = true;
    write_then_refresh(&mut j, now(), |j| j.entries().add_pain(draft, now())).expect("pain saves");
    let a = j
        .alerts()
        .list()
        .expect("alerts")
        .into_iter()
        .find(|a| a.rule.tier == Tier::Emergency)
        .expect("emergency raised");
    j.alerts()
        .acknowledge(a.rule.id, a.raise_count, now())
        .expect("acknowledged");
    let view = j.guide().positions_view().expect("positions");
    assert!(
        view.pause.as_ref().is_some_and(|p| p.get_help_first),
        "positions keep 'get help first' after acknowledging: {:?}",
        view.pause
    );
    let plan = j
        .guide()
        .plan_for(catalogue(), "bird_dog", local_now)
        .expect("plan");
    assert!(
        plan.pause.as_ref().is_some_and(|p| p.get_help_first),
        "the player keeps it too"
    );
    let panel = j
        .guide()
        .today_panel(catalogue(), local_now)
        .expect("panel");
    assert!(panel.picks.is_empty() && panel.paused_for_emergency);
}
