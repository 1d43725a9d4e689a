//! Red-flag rules: for every rule a journal that triggers it and a near miss that must not
//! (one day short, one point under, one leg instead of two...), then the alert record:
//! acknowledgement, re-raising on new or worse evidence, edits re-evaluating, resolution
//! without loss, and docs/red-flags.md generated from the same data.

use crate::support::write_then_refresh;
use backstory_core::domain::*;
use backstory_core::i18n::Locale;
use backstory_core::rules::{self, AlertEventKind, Resolution, RuleId, Tier};
use backstory_core::Journal;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use rstest::rstest;
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 20, 12, 0, 0).unwrap()
}

fn ago(days: i64) -> DateTime<FixedOffset> {
    (now() - Duration::days(days)).fixed_offset()
}

fn draft(days_ago: i64, nrs: u8) -> PainDraft {
    PainDraft {
        at: ago(days_ago),
        nrs,
        regions: vec![Region::LowerBackCentre.into()],
        qualities: vec![],
        onset: None,
        interference_daily: None,
        interference_intimacy: None,
        leg: LegSymptoms::default(),
        emergency: EmergencySigns::default(),
        activity_id: None,
        notes: String::new(),
    }
}

/// Logs a pain entry `days_ago` days before now, shaped by `edit`.
fn pain(j: &mut Journal, days_ago: i64, nrs: u8, edit: impl FnOnce(&mut PainDraft)) -> Uuid {
    let mut d = draft(days_ago, nrs);
    edit(&mut d);
    j.entries().add_pain(d, now()).expect("valid pain entry").id
}

fn activity(j: &mut Journal, days_ago: i64, kind: ActivityKind) -> Uuid {
    let d = ActivityDraft {
        at: ago(days_ago) - Duration::hours(1),
        kind,
        duration_min: Some(20),
        intimacy: None,
        exercises: vec![],
        relief: None,
        routine_id: None,
        notes: String::new(),
    };
    j.entries()
        .add_activity(d, now())
        .expect("valid activity")
        .id
}

/// An activity of `kind` followed by pain linked to it, starting during the activity.
fn pain_with(
    j: &mut Journal,
    days_ago: i64,
    kind: ActivityKind,
    nrs: u8,
    onset: Onset,
    regions: Vec<Region>,
) -> Uuid {
    let a = activity(j, days_ago, kind);
    pain(j, days_ago, nrs, |d| {
        d.activity_id = Some(a);
        d.onset = Some(onset);
        d.regions = regions.into_iter().map(Into::into).collect();
    })
}

fn profile(j: &mut Journal, edit: impl FnOnce(&mut Profile)) {
    let mut p = j.settings().profile().unwrap();
    edit(&mut p);
    j.settings_mut().save_profile(p, now()).unwrap();
}

fn fires(j: &mut Journal, rule: RuleId) -> Option<rules::Finding> {
    j.alerts()
        .evaluate(now())
        .expect("evaluation runs")
        .into_iter()
        .find(|f| f.rule == rule)
}

fn date_ago(days: i64) -> NaiveDate {
    (now() - Duration::days(days)).date_naive()
}

fn days_of_pain(j: &mut Journal, days: &[(i64, u8)]) {
    for &(d, nrs) in days {
        pain(j, d, nrs, |_| {});
    }
}

#[rstest]
// ---- emergency
#[case::saddle(RuleId::SaddleNumbness, true, |j: &mut Journal| { pain(j, 1, 4, |d| d.emergency.saddle_numbness = true); })]
#[case::saddle_15_days_ago(RuleId::SaddleNumbness, false, |j: &mut Journal| { pain(j, 15, 4, |d| d.emergency.saddle_numbness = true); })]
#[case::saddle_unticked(RuleId::SaddleNumbness, false, |j: &mut Journal| { pain(j, 1, 9, |_| {}); })]
#[case::bladder(RuleId::BladderBowelChange, true, |j: &mut Journal| { pain(j, 0, 3, |d| d.emergency.bladder_bowel_change = true); })]
#[case::bladder_15_days_ago(RuleId::BladderBowelChange, false, |j: &mut Journal| { pain(j, 15, 3, |d| d.emergency.bladder_bowel_change = true); })]
#[case::sexual(RuleId::SexualFunctionChange, true, |j: &mut Journal| { pain(j, 2, 5, |d| d.emergency.sexual_function_change = true); })]
#[case::sexual_unticked_after_intimacy(RuleId::SexualFunctionChange, false, |j: &mut Journal| { pain_with(j, 2, ActivityKind::Intimacy, 6, Onset::RightAfter, vec![Region::LowerBackCentre]); })]
#[case::both_legs_tingling(RuleId::BothLegs, true, |j: &mut Journal| { pain(j, 1, 5, |d| { d.leg.tingling = true; d.leg.side = Some(LegSide::BothLegs); }); })]
#[case::both_legs_pain_below_knees(RuleId::BothLegs, true, |j: &mut Journal| { pain(j, 1, 5, |d| d.regions = vec![Region::BelowKneeLeft.into(), Region::BelowKneeRight.into()]); })]
#[case::one_leg_only(RuleId::BothLegs, false, |j: &mut Journal| { pain(j, 1, 5, |d| { d.leg.tingling = true; d.leg.side = Some(LegSide::OneLeg); }); })]
#[case::both_thighs_only(RuleId::BothLegs, false, |j: &mut Journal| { pain(j, 1, 5, |d| d.regions = vec![Region::ThighLeft.into(), Region::ThighRight.into()]); })]
#[case::both_legs_urgent_question(RuleId::BothLegs, true, |j: &mut Journal| { pain(j, 1, 5, |d| d.emergency.both_legs = true); })]
#[case::both_thighs_shooting(RuleId::BothLegs, true, |j: &mut Journal| { pain(j, 1, 5, |d| { d.regions = vec![Region::ThighLeft.into(), Region::ThighRight.into()]; d.qualities = vec![PainQuality::Shooting]; }); })]
#[case::thigh_burning_and_other_calf(RuleId::BothLegs, true, |j: &mut Journal| { pain(j, 1, 5, |d| { d.regions = vec![Region::ThighLeft.into(), Region::BelowKneeRight.into()]; d.qualities = vec![PainQuality::Burning]; }); })]
#[case::both_thighs_electric_with_one_leg_tingling(RuleId::BothLegs, true, |j: &mut Journal| { pain(j, 1, 5, |d| { d.regions = vec![Region::ThighLeft.into(), Region::ThighRight.into()]; d.qualities = vec![PainQuality::Electric]; d.leg.tingling = true; d.leg.side = Some(LegSide::OneLeg); }); })]
#[case::spreading_left_then_right(RuleId::BothLegs, true, |j: &mut Journal| {
    pain(j, 8, 5, |d| d.regions = vec![Region::BelowKneeLeft.into()]);
    pain(j, 1, 5, |d| d.regions = vec![Region::BelowKneeRight.into()]);
})]
#[case::spreading_right_then_left_thigh_with_numbness(RuleId::BothLegs, true, |j: &mut Journal| {
    pain(j, 6, 4, |d| { d.regions = vec![Region::BelowKneeRight.into()]; d.leg.numbness = true; d.leg.side = Some(LegSide::OneLeg); });
    pain(j, 2, 4, |d| { d.regions = vec![Region::ThighLeft.into()]; d.leg.numbness = true; d.leg.side = Some(LegSide::OneLeg); });
})]
#[case::both_thighs_aching_with_one_leg_numbness(RuleId::BothLegs, false, |j: &mut Journal| { pain(j, 1, 5, |d| { d.regions = vec![Region::ThighLeft.into(), Region::ThighRight.into()]; d.qualities = vec![PainQuality::Aching]; d.leg.numbness = true; d.leg.side = Some(LegSide::OneLeg); }); })]
#[case::same_leg_twice(RuleId::BothLegs, false, |j: &mut Journal| {
    pain(j, 8, 5, |d| d.regions = vec![Region::BelowKneeLeft.into()]);
    pain(j, 1, 5, |d| d.regions = vec![Region::BelowKneeLeft.into(), Region::ThighLeft.into()]);
})]
#[case::other_leg_after_the_window(RuleId::BothLegs, false, |j: &mut Journal| {
    pain(j, 20, 5, |d| d.regions = vec![Region::BelowKneeLeft.into()]);
    pain(j, 1, 5, |d| d.regions = vec![Region::BelowKneeRight.into()]);
})]
#[case::one_thigh_aching_other_thigh_aching_later(RuleId::BothLegs, false, |j: &mut Journal| {
    pain(j, 8, 5, |d| d.regions = vec![Region::ThighLeft.into()]);
    pain(j, 1, 5, |d| d.regions = vec![Region::ThighRight.into()]);
})]
#[case::weakness_worsening(RuleId::LegWeaknessWorsening, true, |j: &mut Journal| { pain(j, 1, 5, |d| d.emergency.leg_weakness_worsening = true); })]
#[case::weakness_not_worsening(RuleId::LegWeaknessWorsening, false, |j: &mut Journal| { pain(j, 1, 5, |d| { d.leg.weakness = true; d.leg.side = Some(LegSide::OneLeg); }); })]
// ---- urgent
#[case::fever(RuleId::Fever, true, |j: &mut Journal| { pain(j, 3, 4, |d| d.emergency.fever = true); })]
#[case::fever_15_days_ago(RuleId::Fever, false, |j: &mut Journal| { pain(j, 15, 4, |d| d.emergency.fever = true); })]
#[case::immunosuppressed(RuleId::InfectionRisk, true, |j: &mut Journal| { profile(j, |p| p.history.immunosuppressed = HistoryAnswer::Ongoing); pain(j, 2, 2, |_| {}); })]
#[case::iv_drug_use(RuleId::InfectionRisk, true, |j: &mut Journal| { profile(j, |p| p.history.iv_drug_use = true); pain(j, 2, 2, |_| {}); })]
#[case::recent_infection(RuleId::InfectionRisk, true, |j: &mut Journal| { profile(j, |p| p.history.recent_infection = HistoryAnswer::On(date_ago(20))); pain(j, 2, 1, |_| {}); })]
#[case::infection_risk_pain_free(RuleId::InfectionRisk, false, |j: &mut Journal| { profile(j, |p| p.history.immunosuppressed = HistoryAnswer::Ongoing); pain(j, 2, 0, |_| {}); })]
#[case::infection_risk_pain_15_days_ago(RuleId::InfectionRisk, false, |j: &mut Journal| { profile(j, |p| p.history.immunosuppressed = HistoryAnswer::Ongoing); pain(j, 15, 6, |_| {}); })]
#[case::cancer(RuleId::CancerHistory, true, |j: &mut Journal| { profile(j, |p| p.history.cancer_history = true); pain(j, 5, 3, |_| {}); })]
#[case::cancer_no_history(RuleId::CancerHistory, false, |j: &mut Journal| { pain(j, 5, 9, |_| {}); })]
#[case::weight_loss(RuleId::WeightLoss, true, |j: &mut Journal| { profile(j, |p| p.history.unexplained_weight_loss = HistoryAnswer::Ongoing); pain(j, 1, 3, |_| {}); })]
#[case::weight_loss_pain_free(RuleId::WeightLoss, false, |j: &mut Journal| { profile(j, |p| p.history.unexplained_weight_loss = HistoryAnswer::Ongoing); pain(j, 1, 0, |_| {}); })]
#[case::trauma(RuleId::Trauma, true, |j: &mut Journal| { profile(j, |p| p.history.major_trauma = HistoryAnswer::On(date_ago(5))); pain(j, 1, 6, |_| {}); })]
#[case::trauma_with_steroids(RuleId::Trauma, true, |j: &mut Journal| { profile(j, |p| { p.history.minor_trauma = HistoryAnswer::On(date_ago(5)); p.history.long_term_steroids = HistoryAnswer::Ongoing; }); pain(j, 1, 2, |_| {}); })]
#[case::steroids_without_trauma(RuleId::Trauma, false, |j: &mut Journal| { profile(j, |p| { p.history.long_term_steroids = HistoryAnswer::Ongoing; p.conditions = vec![Condition::Osteoporosis]; }); pain(j, 1, 6, |_| {}); })]
#[case::infection_long_ago(RuleId::InfectionRisk, false, |j: &mut Journal| { profile(j, |p| p.history.recent_infection = HistoryAnswer::On(date_ago(85))); pain(j, 2, 5, |_| {}); })]
#[case::immunosuppression_ended_long_ago(RuleId::InfectionRisk, false, |j: &mut Journal| { profile(j, |p| p.history.immunosuppressed = HistoryAnswer::On(date_ago(120))); pain(j, 2, 5, |_| {}); })]
#[case::infection_answer_saved_before_dates(RuleId::InfectionRisk, true, |j: &mut Journal| { profile(j, |p| p.history.recent_infection = HistoryAnswer::YesDateUnknown); pain(j, 2, 5, |_| {}); })]
#[case::weight_loss_noticed_5_months_ago(RuleId::WeightLoss, true, |j: &mut Journal| { profile(j, |p| p.history.unexplained_weight_loss = HistoryAnswer::On(date_ago(150))); pain(j, 1, 3, |_| {}); })]
#[case::weight_loss_noticed_7_months_ago(RuleId::WeightLoss, false, |j: &mut Journal| { profile(j, |p| p.history.unexplained_weight_loss = HistoryAnswer::On(date_ago(200))); pain(j, 1, 3, |_| {}); })]
#[case::major_trauma_4_months_ago(RuleId::Trauma, false, |j: &mut Journal| { profile(j, |p| p.history.major_trauma = HistoryAnswer::On(date_ago(120))); pain(j, 1, 6, |_| {}); })]
#[case::minor_strain_at_35(RuleId::Trauma, false, |j: &mut Journal| { profile(j, |p| { p.age_band = Some(AgeBand::From35To49); p.history.minor_trauma = HistoryAnswer::On(date_ago(3)); }); pain(j, 1, 6, |_| {}); })]
#[case::minor_strain_over_50(RuleId::Trauma, true, |j: &mut Journal| { profile(j, |p| { p.age_band = Some(AgeBand::From50To64); p.history.minor_trauma = HistoryAnswer::On(date_ago(3)); }); pain(j, 1, 4, |_| {}); })]
#[case::minor_strain_with_osteoporosis(RuleId::Trauma, true, |j: &mut Journal| { profile(j, |p| { p.conditions = vec![Condition::Osteoporosis]; p.history.minor_trauma = HistoryAnswer::On(date_ago(3)); }); pain(j, 1, 4, |_| {}); })]
#[case::minor_strain_with_compression_fracture(RuleId::Trauma, true, |j: &mut Journal| { profile(j, |p| { p.conditions = vec![Condition::CompressionFracture]; p.history.minor_trauma = HistoryAnswer::On(date_ago(3)); }); pain(j, 1, 4, |_| {}); })]
#[case::minor_strain_steroids_stopped_years_ago(RuleId::Trauma, false, |j: &mut Journal| { profile(j, |p| { p.history.long_term_steroids = HistoryAnswer::On(date_ago(400)); p.history.minor_trauma = HistoryAnswer::On(date_ago(3)); }); pain(j, 1, 4, |_| {}); })]
#[case::pain_only_before_the_injury(RuleId::Trauma, false, |j: &mut Journal| { profile(j, |p| p.history.major_trauma = HistoryAnswer::On(date_ago(2))); pain(j, 5, 4, |_| {}); })]
#[case::night_pain(RuleId::NightPain, true, |j: &mut Journal| { pain(j, 1, 5, |d| d.emergency.night_pain = true); })]
#[case::logged_at_2am_without_the_question(RuleId::NightPain, false, |j: &mut Journal| { pain(j, 1, 7, |d| d.at -= Duration::hours(10)); })]
#[case::back_lump(RuleId::BackLump, true, |j: &mut Journal| { pain(j, 4, 2, |d| d.emergency.back_lump = true); })]
#[case::back_lump_15_days_ago(RuleId::BackLump, false, |j: &mut Journal| { pain(j, 15, 2, |d| d.emergency.back_lump = true); })]
// ---- see a doctor soon
#[case::severe_8(RuleId::SeverePain, true, |j: &mut Journal| { pain(j, 3, 8, |_| {}); })]
#[case::seven_is_not_severe(RuleId::SeverePain, false, |j: &mut Journal| { pain(j, 3, 7, |_| {}); })]
#[case::severe_15_days_ago(RuleId::SeverePain, false, |j: &mut Journal| { pain(j, 15, 10, |_| {}); })]
#[case::persisting_3_days_after_activity(RuleId::PersistingPain, true, |j: &mut Journal| {
    days_of_pain(j, &[(20, 0), (12, 1), (8, 0)]);
    pain_with(j, 4, ActivityKind::Intimacy, 4, Onset::HoursLater, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 4), (2, 3)]);
})]
#[case::pain_after_sex_4_3_2_with_nothing_logged_before(RuleId::PersistingPain, false, |j: &mut Journal| {
    pain_with(j, 4, ActivityKind::Intimacy, 4, Onset::HoursLater, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 3), (2, 2)]);
})]
#[case::pain_after_sex_4_3_2_is_improving(RuleId::PersistingPain, false, |j: &mut Journal| {
    days_of_pain(j, &[(20, 0), (12, 0), (8, 0)]);
    pain_with(j, 4, ActivityKind::Intimacy, 4, Onset::HoursLater, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 3), (2, 2)]);
})]
#[case::empty_week_before_is_not_pain_0(RuleId::PersistingPain, false, |j: &mut Journal| {
    days_of_pain(j, &[(26, 5), (24, 5), (22, 5)]);
    pain_with(j, 4, ActivityKind::Lifting, 6, Onset::During, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 6), (2, 6)]);
})]
#[case::new_pain_persisting_without_an_activity(RuleId::PersistingPain, true, |j: &mut Journal| {
    days_of_pain(j, &[(20, 1), (15, 1), (10, 1), (8, 0)]);
    days_of_pain(j, &[(3, 5), (2, 5), (1, 5)]);
})]
#[case::persisting_2_days_only(RuleId::PersistingPain, false, |j: &mut Journal| {
    pain_with(j, 4, ActivityKind::Intimacy, 4, Onset::HoursLater, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 3)]);
})]
#[case::persisting_with_a_gap(RuleId::PersistingPain, false, |j: &mut Journal| {
    pain_with(j, 5, ActivityKind::Lifting, 4, Onset::During, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(4, 3), (2, 3)]);
})]
#[case::persisting_not_after_an_activity(RuleId::PersistingPain, false, |j: &mut Journal| { days_of_pain(j, &[(4, 4), (3, 3), (2, 2)]); })]
#[case::persisting_pain_free_middle_day(RuleId::PersistingPain, false, |j: &mut Journal| {
    pain_with(j, 4, ActivityKind::Intimacy, 4, Onset::HoursLater, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 0), (2, 3)]);
})]
#[case::persisting_flare_over_a_usual_level(RuleId::PersistingPain, true, |j: &mut Journal| {
    days_of_pain(j, &[(10, 2), (9, 2), (8, 2), (7, 2), (6, 2)]);
    pain_with(j, 4, ActivityKind::Lifting, 5, Onset::During, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 4), (2, 4)]);
})]
#[case::persisting_steady_long_standing_pain(RuleId::PersistingPain, false, |j: &mut Journal| {
    days_of_pain(j, &[(10, 4), (9, 4), (8, 4), (7, 4), (6, 4), (5, 4)]);
    pain_with(j, 4, ActivityKind::Intimacy, 5, Onset::HoursLater, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 4), (2, 5)]);
})]
#[case::persisting_third_day_back_to_usual(RuleId::PersistingPain, false, |j: &mut Journal| {
    days_of_pain(j, &[(10, 2), (9, 2), (8, 2), (7, 2), (6, 2)]);
    pain_with(j, 4, ActivityKind::Lifting, 5, Onset::During, vec![Region::LowerBackCentre]);
    days_of_pain(j, &[(3, 4), (2, 2)]);
})]
#[case::not_improving(RuleId::NotImproving, true, |j: &mut Journal| { days_of_pain(j, &[(13, 5), (11, 5), (9, 5), (6, 5), (4, 4), (2, 5)]); })]
#[case::improved_by_2_points(RuleId::NotImproving, false, |j: &mut Journal| { days_of_pain(j, &[(13, 5), (11, 5), (9, 5), (6, 3), (4, 3), (2, 3)]); })]
#[case::improved_by_30_percent(RuleId::NotImproving, false, |j: &mut Journal| { days_of_pain(j, &[(13, 5), (11, 5), (9, 5), (6, 4), (4, 3), (2, 3)]); })]
#[case::improved_by_under_30_percent(RuleId::NotImproving, true, |j: &mut Journal| { days_of_pain(j, &[(13, 6), (11, 6), (9, 6), (6, 5), (4, 4), (2, 4)]); })]
#[case::not_improving_only_2_days_last_week(RuleId::NotImproving, false, |j: &mut Journal| { days_of_pain(j, &[(13, 5), (11, 5), (9, 5), (4, 5), (2, 5)]); })]
#[case::not_improving_but_mild(RuleId::NotImproving, false, |j: &mut Journal| { days_of_pain(j, &[(13, 2), (11, 3), (9, 2), (6, 2), (4, 3), (2, 2)]); })]
#[case::not_improving_long_standing_episode(RuleId::NotImproving, false, |j: &mut Journal| {
    profile(j, |p| p.history.episode_started = Some(NaiveDate::from_ymd_opt(2024, 6, 1).unwrap()));
    days_of_pain(j, &[(13, 5), (11, 5), (9, 5), (6, 5), (4, 4), (2, 5)]);
})]
#[case::not_improving_new_episode(RuleId::NotImproving, true, |j: &mut Journal| {
    profile(j, |p| p.history.episode_started = Some(NaiveDate::from_ymd_opt(2025, 2, 25).unwrap()));
    days_of_pain(j, &[(13, 5), (11, 5), (9, 5), (6, 5), (4, 4), (2, 5)]);
})]
#[case::one_leg_tingling(RuleId::OneLegSymptoms, true, |j: &mut Journal| { pain(j, 2, 4, |d| { d.leg.tingling = true; d.leg.side = Some(LegSide::OneLeg); }); })]
#[case::thigh_pain_without_symptoms(RuleId::OneLegSymptoms, false, |j: &mut Journal| { pain(j, 2, 4, |d| d.regions = vec![Region::ThighLeft.into()]); })]
#[case::condition_up_2_points(RuleId::ConditionWorsening, true, |j: &mut Journal| {
    profile(j, |p| p.conditions = vec![Condition::DiscHerniation]);
    days_of_pain(j, &[(20, 7), (15, 7), (10, 7), (3, 9), (1, 9)]);
})]
#[case::condition_up_30_percent(RuleId::ConditionWorsening, true, |j: &mut Journal| {
    profile(j, |p| p.conditions = vec![Condition::Stenosis]);
    days_of_pain(j, &[(20, 4), (15, 4), (10, 4), (3, 6), (1, 5)]);
})]
#[case::condition_up_1_5_points_from_7(RuleId::ConditionWorsening, false, |j: &mut Journal| {
    profile(j, |p| p.conditions = vec![Condition::DiscHerniation]);
    days_of_pain(j, &[(20, 7), (15, 7), (10, 7), (3, 9), (1, 8)]);
})]
#[case::condition_up_50_percent_but_half_a_point(RuleId::ConditionWorsening, false, |j: &mut Journal| {
    profile(j, |p| p.conditions = vec![Condition::Arthritis]);
    days_of_pain(j, &[(20, 1), (15, 1), (10, 1), (3, 2), (1, 1)]);
})]
#[case::rise_without_known_condition(RuleId::ConditionWorsening, true, |j: &mut Journal| { days_of_pain(j, &[(20, 3), (15, 3), (10, 3), (3, 7), (1, 7)]); })]
#[case::pain_doubles_over_a_month_no_condition(RuleId::ConditionWorsening, true, |j: &mut Journal| {
    days_of_pain(j, &[(27, 3), (24, 3), (21, 3), (18, 4), (15, 4), (12, 4), (9, 5), (6, 6), (4, 6), (2, 6), (1, 6)]);
})]
#[case::long_standing_episode_worsening(RuleId::ConditionWorsening, true, |j: &mut Journal| {
    profile(j, |p| p.history.episode_started = Some(NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()));
    days_of_pain(j, &[(25, 4), (20, 4), (15, 4), (10, 4), (3, 7), (1, 6)]);
})]
#[case::stable_chronic_pain_no_condition(RuleId::ConditionWorsening, false, |j: &mut Journal| {
    days_of_pain(j, &[(27, 6), (24, 6), (21, 5), (18, 6), (15, 6), (12, 6), (9, 6), (6, 6), (4, 7), (2, 6), (1, 6)]);
})]
#[case::empty_weeks_are_not_pain_0(RuleId::ConditionWorsening, false, |j: &mut Journal| {
    days_of_pain(j, &[(26, 5), (25, 5), (24, 5), (3, 5), (1, 6)]);
})]
#[case::condition_baseline_too_thin(RuleId::ConditionWorsening, false, |j: &mut Journal| {
    profile(j, |p| p.conditions = vec![Condition::Sciatica]);
    days_of_pain(j, &[(20, 3), (10, 3), (3, 7), (1, 7)]);
})]
#[case::interference_daily_7(RuleId::HighInterference, true, |j: &mut Journal| { pain(j, 2, 5, |d| d.interference_daily = Some(7)); })]
#[case::interference_intimacy_7(RuleId::HighInterference, true, |j: &mut Journal| { pain(j, 2, 5, |d| d.interference_intimacy = Some(7)); })]
#[case::interference_6(RuleId::HighInterference, false, |j: &mut Journal| { pain(j, 2, 5, |d| { d.interference_daily = Some(6); d.interference_intimacy = Some(6); }); })]
#[case::onset_over_50(RuleId::AgeAtOnset, true, |j: &mut Journal| {
    profile(j, |p| { p.age_band = Some(AgeBand::From50To64); p.history.episode_started = Some(NaiveDate::from_ymd_opt(2025, 2, 18).unwrap()); });
    pain(j, 1, 3, |_| {});
})]
#[case::onset_under_20(RuleId::AgeAtOnset, true, |j: &mut Journal| {
    profile(j, |p| { p.age_band = Some(AgeBand::Under20); p.history.episode_started = Some(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()); });
    pain(j, 1, 3, |_| {});
})]
#[case::onset_age_35_to_49(RuleId::AgeAtOnset, false, |j: &mut Journal| {
    profile(j, |p| { p.age_band = Some(AgeBand::From35To49); p.history.episode_started = Some(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()); });
    pain(j, 1, 3, |_| {});
})]
#[case::onset_85_days_ago_is_not_new(RuleId::AgeAtOnset, false, |j: &mut Journal| {
    profile(j, |p| { p.age_band = Some(AgeBand::From65); p.history.episode_started = Some(NaiveDate::from_ymd_opt(2024, 12, 25).unwrap()); });
    pain(j, 1, 3, |_| {});
})]
#[case::onset_84_days_ago_still_new(RuleId::AgeAtOnset, true, |j: &mut Journal| {
    profile(j, |p| { p.age_band = Some(AgeBand::From65); p.history.episode_started = Some(NaiveDate::from_ymd_opt(2024, 12, 26).unwrap()); });
    pain(j, 1, 3, |_| {});
})]
#[case::onset_date_unknown(RuleId::AgeAtOnset, false, |j: &mut Journal| {
    profile(j, |p| p.age_band = Some(AgeBand::From65));
    pain(j, 1, 3, |_| {});
})]
#[case::onset_over_50_no_date_after_a_pain_free_month(RuleId::AgeAtOnset, true, |j: &mut Journal| {
    profile(j, |p| p.age_band = Some(AgeBand::From50To64));
    activity(j, 70, ActivityKind::WalkingSport);
    activity(j, 45, ActivityKind::WalkingSport);
    activity(j, 20, ActivityKind::WalkingSport);
    days_of_pain(j, &[(6, 4), (3, 4), (1, 3)]);
})]
#[case::onset_over_50_first_entries_ever(RuleId::AgeAtOnset, false, |j: &mut Journal| {
    profile(j, |p| p.age_band = Some(AgeBand::From65));
    days_of_pain(j, &[(6, 4), (3, 4), (1, 3)]);
})]
#[case::onset_over_50_pain_free_stretch_too_short(RuleId::AgeAtOnset, false, |j: &mut Journal| {
    profile(j, |p| p.age_band = Some(AgeBand::From50To64));
    days_of_pain(j, &[(110, 3), (90, 3), (70, 3), (50, 3), (30, 3)]);
    activity(j, 20, ActivityKind::WalkingSport);
    days_of_pain(j, &[(6, 4), (1, 3)]);
})]
#[case::onset_under_20_no_date_but_pain_free_month_logged(RuleId::AgeAtOnset, true, |j: &mut Journal| {
    profile(j, |p| p.age_band = Some(AgeBand::Under20));
    days_of_pain(j, &[(100, 2), (25, 0), (15, 0)]);
    days_of_pain(j, &[(2, 5)]);
})]
// ---- self-care
#[case::below_knee_during_stretch(RuleId::PainBelowKneeWithMovement, true, |j: &mut Journal| { pain_with(j, 1, ActivityKind::Stretching, 4, Onset::During, vec![Region::BelowKneeLeft]); })]
#[case::below_knee_right_after_intimacy(RuleId::PainBelowKneeWithMovement, true, |j: &mut Journal| { pain_with(j, 1, ActivityKind::Intimacy, 4, Onset::RightAfter, vec![Region::BelowKneeRight]); })]
#[case::below_knee_hours_later(RuleId::PainBelowKneeWithMovement, false, |j: &mut Journal| { pain_with(j, 1, ActivityKind::Stretching, 4, Onset::HoursLater, vec![Region::BelowKneeLeft]); })]
#[case::thigh_during_stretch(RuleId::PainBelowKneeWithMovement, false, |j: &mut Journal| { pain_with(j, 1, ActivityKind::Stretching, 4, Onset::During, vec![Region::ThighLeft]); })]
#[case::below_knee_after_sitting(RuleId::PainBelowKneeWithMovement, false, |j: &mut Journal| { pain_with(j, 1, ActivityKind::Sitting, 4, Onset::During, vec![Region::BelowKneeLeft]); })]
#[case::exercise_8(RuleId::ExerciseSeverePain, true, |j: &mut Journal| { pain_with(j, 1, ActivityKind::CoreSession, 8, Onset::During, vec![Region::LowerBackCentre]); })]
#[case::exercise_7(RuleId::ExerciseSeverePain, false, |j: &mut Journal| { pain_with(j, 1, ActivityKind::CoreSession, 7, Onset::During, vec![Region::LowerBackCentre]); })]
#[case::severe_after_lifting_is_not_exercise(RuleId::ExerciseSeverePain, false, |j: &mut Journal| { pain_with(j, 1, ActivityKind::Lifting, 9, Onset::During, vec![Region::LowerBackCentre]); })]
fn each_rule_fires_on_its_sign_and_not_on_a_near_miss(
    #[case] rule: RuleId,
    #[case] expected: bool,
    #[case] setup: fn(&mut Journal),
) {
    let mut j = Journal::open_in_memory().unwrap();
    setup(&mut j);
    let finding = fires(&mut j, rule);
    assert_eq!(
        finding.is_some(),
        expected,
        "{rule:?} should {}fire; findings: {:?}",
        if expected { "" } else { "NOT " },
        j.alerts().evaluate(now()).unwrap()
    );
    if let Some(f) = finding {
        assert_eq!(f.tier, rule.rule().tier, "finding carries its rule's tier");
        assert!(
            !f.evidence.is_empty(),
            "{rule:?}: a finding names its evidence"
        );
        assert!(
            !f.detail.is_empty(),
            "{rule:?}: a finding says what was measured"
        );
        // Kept as messages, the detail is written in the language it is read in.
        let (en, de) = (f.detail.render(Locale::En), f.detail.render(Locale::De));
        assert!(
            !en.contains('[') && !de.contains('['),
            "{rule:?}: every message of the detail exists: {en} / {de}"
        );
        assert_ne!(en, de, "{rule:?}: the detail speaks German");
        let lower = de.to_lowercase();
        for english in [
            "logged",
            "most recently",
            "in the last",
            "your profile",
            "average",
            " days",
            " leg",
            "pain",
            " or ",
        ] {
            assert!(
                !lower.contains(english),
                "{rule:?}: English ({english:?}) in the German detail: {de}"
            );
        }
    }
}

#[test]
fn a_detail_reads_in_german_with_german_dates_and_numbers() {
    let mut j = Journal::open_in_memory().unwrap();
    pain(&mut j, 2, 5, |d| d.emergency.saddle_numbness = true);
    let saddle = fires(&mut j, RuleId::SaddleNumbness).unwrap().detail;
    assert_eq!(
        saddle.render(Locale::De),
        "Taubheit oder Kribbeln im Reithosenbereich: eingetragen am 18. März 12:00."
    );
    assert_eq!(
        saddle.render(Locale::En),
        "Saddle-area numbness or tingling logged on 18 Mar 12:00."
    );
    // Two weeks at 3/10, then three days at 8/10: a rise of 5,0 points.
    let mut j = Journal::open_in_memory().unwrap();
    days_of_pain(
        &mut j,
        &[(20, 3), (18, 3), (16, 3), (12, 3), (3, 8), (2, 8), (1, 8)],
    );
    let worse = fires(&mut j, RuleId::ConditionWorsening).unwrap().detail;
    assert_eq!(
        worse.render(Locale::De),
        "Der Durchschnitt des stärksten Schmerzes je Tag ist von 3,0/10 (Tage 8 bis 28 davor) auf 8,0/10 (letzte 7 Tage) gestiegen, um 5,0 Punkte."
    );
    assert_eq!(
        worse.render(Locale::En),
        "Average of each day's worst pain rose from 3.0/10 (days 8 to 28 before) to 8.0/10 (last 7 days), a rise of 5.0 points."
    );
}

#[test]
fn every_rule_has_a_scenario_here() {
    // Keeps this file honest when a rule is added: each rule needs a case that fires and a
    // near miss that does not in the table above.
    let source = include_str!("red_flags.rs");
    for rule in rules::RULES {
        for expected in [true, false] {
            let case = format!("(RuleId::{:?}, {expected},", rule.id);
            assert!(
                source.contains(&case),
                "{:?} needs a case with expected = {expected} in red_flags.rs",
                rule.id
            );
        }
    }
}

#[test]
fn evidence_points_at_the_entries_that_triggered() {
    let mut j = Journal::open_in_memory().unwrap();
    let quiet = pain(&mut j, 2, 3, |_| {});
    let loud = pain(&mut j, 1, 3, |d| d.emergency.saddle_numbness = true);
    let f = fires(&mut j, RuleId::SaddleNumbness).expect("saddle numbness fires");
    let ids: Vec<Uuid> = f.evidence.iter().map(|e| e.id).collect();
    assert_eq!(
        ids,
        vec![loud],
        "only the entry with the sign is evidence, not {quiet}"
    );
}

fn alert_state(j: &mut Journal, rule: RuleId) -> rules::Alert {
    j.alerts().get(rule).expect("alert on record")
}

#[test]
fn acknowledged_alert_stays_on_record_and_is_raised_again_by_a_new_entry() {
    let mut j = Journal::open_in_memory().unwrap();
    let first = pain(&mut j, 1, 4, |d| d.emergency.saddle_numbness = true);
    let out = j.alerts().refresh(now()).unwrap();
    assert_eq!(out.raised, vec![RuleId::SaddleNumbness]);
    let a = alert_state(&mut j, RuleId::SaddleNumbness);
    assert!(a.needs_attention && a.raise_count == 1);
    assert_eq!(a.evidence_ids(), vec![first]);

    let later = now() + Duration::minutes(5);
    j.alerts()
        .acknowledge(RuleId::SaddleNumbness, 1, later)
        .unwrap();
    let out = j.alerts().refresh(later).unwrap();
    assert!(
        out.is_empty(),
        "nothing new: acknowledging must stick ({out:?})"
    );
    let a = alert_state(&mut j, RuleId::SaddleNumbness);
    assert!(
        !a.needs_attention,
        "acknowledged alert no longer needs attention"
    );
    assert!(
        a.acknowledged_at.is_some(),
        "acknowledged alert stays on record"
    );

    // The same sign logged again is new evidence.
    let d = PainDraft {
        emergency: EmergencySigns {
            saddle_numbness: true,
            ..Default::default()
        },
        ..draft(0, 5)
    };
    let again = now() + Duration::minutes(10);
    let second = write_then_refresh(&mut j, again, |j| j.entries().add_pain(d, again))
        .unwrap()
        .id;
    let a = alert_state(&mut j, RuleId::SaddleNumbness);
    assert!(
        a.needs_attention,
        "a new entry with the sign raises the alert again"
    );
    assert_eq!(a.raise_count, 2);
    assert_eq!(
        a.acknowledged_at, None,
        "re-raising clears the acknowledgement"
    );
    assert_eq!(a.first_raised_at, now(), "first raised time is kept");
    assert_eq!(a.last_raised_at, again);
    assert_eq!(
        a.evidence_ids(),
        vec![second, first],
        "evidence newest first"
    );

    let kinds: Vec<AlertEventKind> = j
        .alerts()
        .history(Some(RuleId::SaddleNumbness))
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![
            AlertEventKind::Raised,
            AlertEventKind::Acknowledged,
            AlertEventKind::ReRaised
        ],
        "history keeps every step"
    );
}

#[test]
fn episode_rules_re_raise_only_when_worse() {
    let mut j = Journal::open_in_memory().unwrap();
    pain(&mut j, 3, 8, |_| {});
    j.alerts().refresh(now()).unwrap();
    j.alerts()
        .acknowledge(RuleId::SeverePain, 1, now())
        .unwrap();

    pain(&mut j, 2, 8, |_| {});
    let out = j.alerts().refresh(now() + Duration::seconds(1)).unwrap();
    assert!(
        !out.re_raised.contains(&RuleId::SeverePain),
        "another 8 in the same episode does not nag"
    );
    assert!(!alert_state(&mut j, RuleId::SeverePain).needs_attention);

    pain(&mut j, 1, 9, |_| {});
    let out = j.alerts().refresh(now() + Duration::seconds(2)).unwrap();
    assert_eq!(
        out.re_raised,
        vec![RuleId::SeverePain],
        "a 9 is worse evidence"
    );
    let a = alert_state(&mut j, RuleId::SeverePain);
    assert!(a.needs_attention && a.raise_count == 2);
}

#[test]
fn one_leg_alert_is_raised_again_when_weakness_appears() {
    let mut j = Journal::open_in_memory().unwrap();
    pain(&mut j, 2, 4, |d| {
        d.leg.tingling = true;
        d.leg.side = Some(LegSide::OneLeg);
    });
    j.alerts().refresh(now()).unwrap();
    j.alerts()
        .acknowledge(RuleId::OneLegSymptoms, 1, now())
        .unwrap();
    pain(&mut j, 1, 4, |d| {
        d.leg.tingling = true;
        d.leg.side = Some(LegSide::OneLeg);
    });
    j.alerts().refresh(now() + Duration::seconds(1)).unwrap();
    assert!(
        !alert_state(&mut j, RuleId::OneLegSymptoms).needs_attention,
        "same symptom again is not worse"
    );
    pain(&mut j, 0, 4, |d| {
        d.leg.weakness = true;
        d.leg.side = Some(LegSide::OneLeg);
    });
    j.alerts().refresh(now() + Duration::seconds(2)).unwrap();
    assert!(
        alert_state(&mut j, RuleId::OneLegSymptoms).needs_attention,
        "new weakness is worse evidence"
    );
}

#[test]
fn editing_an_entry_re_evaluates_both_ways() {
    let mut j = Journal::open_in_memory().unwrap();
    let id = pain(&mut j, 1, 4, |_| {});
    j.alerts().refresh(now()).unwrap();
    assert!(j.alerts().list().unwrap().is_empty(), "no sign, no alert");

    let t1 = now() + Duration::minutes(1);
    let mut d = j.timeline().pain(id).unwrap().draft;
    d.emergency.saddle_numbness = true;
    write_then_refresh(&mut j, t1, |j| j.entries().update_pain(id, d.clone(), t1)).unwrap();
    let a = alert_state(&mut j, RuleId::SaddleNumbness);
    assert!(a.needs_attention, "editing the sign in raises the alert");

    let t2 = now() + Duration::minutes(2);
    d.emergency.saddle_numbness = false;
    write_then_refresh(&mut j, t2, |j| j.entries().update_pain(id, d, t2)).unwrap();
    let a = alert_state(&mut j, RuleId::SaddleNumbness);
    assert_eq!(
        a.resolution,
        Some(Resolution::EvidenceChanged),
        "editing the sign out resolves it"
    );
    assert!(
        !a.needs_attention,
        "an alert resolved by an edit no longer takes over"
    );
    assert_eq!(a.raise_count, 1, "kept on record, not deleted");
}

#[test]
fn deleting_evidence_resolves_and_restoring_reopens_without_losing_the_acknowledgement() {
    let mut j = Journal::open_in_memory().unwrap();
    let id = pain(&mut j, 1, 4, |d| d.emergency.fever = true);
    j.alerts().refresh(now()).unwrap();
    j.alerts().acknowledge(RuleId::Fever, 1, now()).unwrap();

    let t1 = now() + Duration::minutes(1);
    write_then_refresh(&mut j, t1, |j| {
        j.entries().delete_entry(EntryKind::Pain, id, t1)
    })
    .unwrap();
    let a = alert_state(&mut j, RuleId::Fever);
    assert_eq!(a.resolution, Some(Resolution::EvidenceChanged));
    assert_eq!(
        a.evidence[0].at, None,
        "the deleted entry is shown as deleted"
    );

    let t2 = now() + Duration::minutes(2);
    let out = write_then_refresh(&mut j, t2, |j| {
        j.entries().restore_entry(EntryKind::Pain, id)
    })
    .map(|_| ());
    out.unwrap();
    let a = alert_state(&mut j, RuleId::Fever);
    assert_eq!(a.resolved_at, None, "restoring the entry reopens the alert");
    assert!(
        a.acknowledged_at.is_some(),
        "the same evidence was already acknowledged"
    );
    assert_eq!(a.raise_count, 1);
    let kinds: Vec<AlertEventKind> = j
        .alerts()
        .history(Some(RuleId::Fever))
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![
            AlertEventKind::Raised,
            AlertEventKind::Acknowledged,
            AlertEventKind::Resolved,
            AlertEventKind::Reopened
        ]
    );
}

#[test]
fn an_unacknowledged_alert_that_ages_out_still_needs_attention() {
    let mut j = Journal::open_in_memory().unwrap();
    pain(&mut j, 13, 4, |d| d.emergency.bladder_bowel_change = true);
    j.alerts().refresh(now()).unwrap();
    let later = now() + Duration::days(2);
    let out = j.alerts().refresh(later).unwrap();
    assert_eq!(
        out.resolved,
        vec![RuleId::BladderBowelChange],
        "outside the window the rule stops firing"
    );
    let a = alert_state(&mut j, RuleId::BladderBowelChange);
    assert_eq!(a.resolution, Some(Resolution::NoLongerMet));
    assert!(
        a.needs_attention,
        "never acknowledged: it must not vanish unseen"
    );
    j.alerts()
        .acknowledge(RuleId::BladderBowelChange, 1, later)
        .unwrap();
    assert!(!alert_state(&mut j, RuleId::BladderBowelChange).needs_attention);
}

#[test]
fn acknowledging_a_raise_you_have_not_seen_is_refused() {
    let mut j = Journal::open_in_memory().unwrap();
    pain(&mut j, 2, 4, |d| d.emergency.sexual_function_change = true);
    j.alerts().refresh(now()).unwrap();
    pain(&mut j, 1, 4, |d| d.emergency.sexual_function_change = true);
    j.alerts().refresh(now() + Duration::seconds(1)).unwrap();
    let err = j
        .alerts()
        .acknowledge(RuleId::SexualFunctionChange, 1, now())
        .expect_err("raise 1 was seen, raise 2 was not");
    assert_eq!(err.kind(), "validation");
    assert!(alert_state(&mut j, RuleId::SexualFunctionChange).needs_attention);
    j.alerts()
        .acknowledge(RuleId::SexualFunctionChange, 2, now())
        .unwrap();
    assert!(!alert_state(&mut j, RuleId::SexualFunctionChange).needs_attention);
    let missing = j
        .alerts()
        .acknowledge(RuleId::BackLump, 1, now())
        .expect_err("no such alert");
    assert_eq!(missing.kind(), "not_found");
}

#[test]
fn changing_the_profile_resolves_a_profile_rule_as_an_edit() {
    let mut j = Journal::open_in_memory().unwrap();
    profile(&mut j, |p| p.history.cancer_history = true);
    pain(&mut j, 1, 3, |_| {});
    j.alerts().refresh(now()).unwrap();
    assert!(alert_state(&mut j, RuleId::CancerHistory).needs_attention);
    let t1 = now() + Duration::minutes(1);
    let mut p = j.settings().profile().unwrap();
    p.history.cancer_history = false;
    write_then_refresh(&mut j, t1, |j| j.settings_mut().save_profile(p, t1)).unwrap();
    let a = alert_state(&mut j, RuleId::CancerHistory);
    assert_eq!(a.resolution, Some(Resolution::EvidenceChanged));
    assert!(!a.needs_attention);
}

#[test]
fn alerts_list_emergencies_needing_attention_first() {
    let mut j = Journal::open_in_memory().unwrap();
    pain(&mut j, 2, 9, |d| d.interference_daily = Some(9));
    pain(&mut j, 1, 4, |d| d.emergency.saddle_numbness = true);
    j.alerts().refresh(now()).unwrap();
    let alerts = j.alerts().list().unwrap();
    assert_eq!(
        alerts[0].rule.id,
        RuleId::SaddleNumbness,
        "emergency first: {alerts:?}"
    );
    assert_eq!(alerts[0].rule.tier, Tier::Emergency);
    assert!(alerts.iter().any(|a| a.rule.id == RuleId::SeverePain));
    assert!(alerts.iter().any(|a| a.rule.id == RuleId::HighInterference));
    let summary = &alerts[0].evidence[0].summary;
    assert!(
        summary.contains("saddle"),
        "evidence summary names the sign: {summary}"
    );
}

#[test]
fn entries_saved_before_the_new_sign_questions_still_load() {
    // A pain body written before leg_weakness_worsening / night_pain / back_lump existed.
    let old = serde_json::json!({
        "at": "2025-03-19T08:00:00+01:00", "nrs": 4,
        "emergency": {"saddle_numbness": false, "bladder_bowel_change": false, "sexual_function_change": false, "fever": true}
    });
    let d: PainDraft = serde_json::from_value(old).expect("old entries load");
    assert!(
        d.emergency.fever
            && !d.emergency.night_pain
            && !d.emergency.back_lump
            && !d.emergency.leg_weakness_worsening
    );
}

#[test]
fn red_flags_doc_matches_the_rules() {
    let path = std::path::Path::new(crate::support::ROOT).join("docs/red-flags.md");
    let rendered = rules::render_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &rendered).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == rendered,
        "docs/red-flags.md is out of date: run `UPDATE_DOCS=1 cargo test -p backstory-tests --test core red_flags_doc` and commit it"
    );
    for rule in rules::RULES {
        assert!(
            committed.contains(rule.id.as_str()),
            "{:?} is documented",
            rule.id
        );
        for source in rule.sources {
            assert!(
                committed.contains(source),
                "{:?} cites its sources",
                rule.id
            );
        }
    }
}

// ---------------------------------------------------------------- issue 12

#[test]
fn a_profile_saved_before_dates_keeps_its_alerts() {
    // A "yes" saved as `true` before dates were asked reads as "yes, date not given", which
    // the rules treat as ongoing; the old single trauma answer reads as a major injury.
    let mut j = Journal::open_in_memory().unwrap();
    let old_body = r#"{"conditions":[],"movement_profile":"unknown","age_band":"from35_to49","display_name":"","history":{"cancer_history":false,"immunosuppressed":false,"iv_drug_use":false,"long_term_steroids":true,"recent_infection":true,"unexplained_weight_loss":true,"recent_trauma":true,"episode_started":null}}"#;
    backstory_core::store::inspect::connection(&j)
        .execute(
            "INSERT INTO profile (id, body, updated_at) VALUES (1, ?1, ?2)",
            [old_body, "2025-01-01T00:00:00.000000Z"],
        )
        .unwrap();
    let p = j.settings().profile().expect("an old profile still loads");
    assert_eq!(p.history.major_trauma, HistoryAnswer::YesDateUnknown);
    assert_eq!(p.history.minor_trauma, HistoryAnswer::No);
    assert_eq!(p.history.recent_infection, HistoryAnswer::YesDateUnknown);
    assert_eq!(p.history.long_term_steroids, HistoryAnswer::YesDateUnknown);
    assert_eq!(p.history.immunosuppressed, HistoryAnswer::No);
    pain(&mut j, 1, 3, |_| {});
    for rule in [RuleId::Trauma, RuleId::InfectionRisk, RuleId::WeightLoss] {
        assert!(
            fires(&mut j, rule).is_some(),
            "{rule:?}: an undated old yes must still raise its alert"
        );
    }
    // Saving it again writes the new shape, which loads back the same.
    let saved = j.settings_mut().save_profile(p.clone(), now()).unwrap();
    assert_eq!(j.settings().profile().unwrap(), saved);
    let json = serde_json::to_value(&saved.history).unwrap();
    assert_eq!(json["major_trauma"], "yes_date_unknown");
    assert!(json.get("recent_trauma").is_none());
}

#[test]
fn a_dated_history_answer_stops_raising_once_no_longer_recent() {
    let mut j = Journal::open_in_memory().unwrap();
    profile(&mut j, |p| {
        p.history.recent_infection = HistoryAnswer::On(date_ago(80));
    });
    pain(&mut j, 1, 3, |_| {});
    j.alerts().refresh(now()).unwrap();
    assert!(alert_state(&mut j, RuleId::InfectionRisk)
        .resolved_at
        .is_none());
    // Five days later the infection is 85 days old: past the 84-day window.
    let later = now() + Duration::days(5);
    let out = j.alerts().refresh(later).unwrap();
    assert!(
        out.resolved.contains(&RuleId::InfectionRisk),
        "an infection {} days old no longer raises the alert: {out:?}",
        rules::INFECTION_RECENT_DAYS + 1
    );
}

#[test]
fn bladder_and_bowel_wording_names_every_form_the_sources_list() {
    let rule = RuleId::BladderBowelChange
        .rule()
        .info_in(backstory_core::i18n::Locale::En);
    let text = format!("{} {} {}", rule.title, rule.meaning, rule.threshold).to_lowercase();
    for words in [
        "can't pass urine",
        "need to go",
        "leaking urine",
        "new constipation",
        "loss of bowel control",
    ] {
        assert!(
            text.contains(words),
            "the bladder/bowel rule must say \"{words}\" in plain words: {text}"
        );
    }
}

#[test]
fn every_source_is_a_clinical_source_not_the_product_brief() {
    for rule in rules::RULES {
        for source in rule.sources {
            let lower = source.to_lowercase();
            assert!(
                !lower.contains("seed") && !lower.contains("backstory"),
                "{:?} cites {source}: the seed article is the product's brief, not a clinical source",
                rule.id
            );
        }
        // A threshold that no listed source states must say it is Backstory's own choice.
        let reason = rule
            .text_in(backstory_core::i18n::Locale::En, rules::RuleText::Reason)
            .to_lowercase();
        if reason.contains("own choice") || reason.contains("backstory's own") {
            continue;
        }
        assert!(
            !rule.sources.is_empty(),
            "{:?}: a threshold needs a source or the words \"Backstory's own choice\"",
            rule.id
        );
    }
}

#[test]
fn the_player_calls_pain_severe_only_from_the_rules_threshold() {
    use backstory_core::guide::session::{hurt_advice, HurtReport, STOP_NRS};
    let report = |nrs: u8| HurtReport {
        at: ago(0),
        exercise_id: "bird_dog".into(),
        nrs,
        regions: vec![],
    };
    // The player stops before pain is severe.
    const _: () = assert!(STOP_NRS < rules::SEVERE_NRS);
    let below = hurt_advice(&report(rules::SEVERE_NRS - 1));
    assert!(below.stop, "the player still stops at {STOP_NRS}/10");
    assert!(
        !below.message.contains("is severe"),
        "{}/10 is below the rules' severe line: {}",
        rules::SEVERE_NRS - 1,
        below.message
    );
    let at = hurt_advice(&report(rules::SEVERE_NRS));
    assert!(at.message.contains("is severe"), "{}", at.message);
}

#[test]
fn a_first_pain_after_a_pain_free_month_starts_an_episode() {
    let mut j = Journal::open_in_memory().unwrap();
    activity(&mut j, 70, ActivityKind::WalkingSport);
    activity(&mut j, 20, ActivityKind::WalkingSport);
    pain(&mut j, 100, 4, |_| {});
    pain(&mut j, 5, 4, |_| {});
    pain(&mut j, 2, 4, |_| {});
    let (snapshot, profile) = j.alerts().snapshot(now()).unwrap();
    let ctx = rules::Context {
        journal: &snapshot,
        profile: &profile,
        now: now(),
    };
    assert_eq!(
        rules::inferred_episode_start(&ctx),
        Some(date_ago(5)),
        "pain 5 days ago follows {} days with entries and no pain",
        rules::PAIN_FREE_DAYS
    );
}
