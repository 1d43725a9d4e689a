//! The red-flag rules themselves: tiers, thresholds, sources, and one predicate each. Their
//! wording (Backstory's own) is in `assets/locales/<lang>/red-flags.ftl`, one message per
//! rule and part; thresholds are the named constants below, so the text and the code cannot
//! drift apart unnoticed (tests check both ways).

use super::snapshot::*;
use super::*;
use crate::domain::{ActivityKind, AgeBand, HistoryAnswer, LegSide, Onset, PainEntry};
use chrono::Duration;

/// How far back sign-based and level-based rules look.
pub const RECENT_DAYS: i64 = 14;
/// Severe pain on the 0-10 scale.
pub const SEVERE_NRS: u8 = 8;
/// Interference (daily life or intimacy) that counts as high.
pub const HIGH_INTERFERENCE: u8 = 7;
/// Consecutive days of pain after an activity that count as "more than a few days".
pub const PERSIST_DAYS: usize = 3;
/// Logged days needed in each week before the two-week comparison is trusted.
pub const DAYS_PER_WEEK_NEEDED: usize = 3;
/// A last week averaging below this is mild pain, not "pain that is not improving".
pub const NOT_IMPROVING_MIN_MEAN: f64 = 3.0;
/// The change that matters: 2 points or 30 % (Farrar 2001, Ostelo 2008).
pub const CHANGE_POINTS: f64 = 2.0;
pub const CHANGE_FRACTION: f64 = 0.30;
/// A rise smaller than one step of the 0-10 scale never counts, whatever the percentage.
pub const CHANGE_MIN_POINTS: f64 = 1.0;
/// Baseline for "worsening": days 8-28 before now; recent: the last 7 days.
pub const BASELINE_FROM_DAYS: i64 = 28;
pub const RECENT_WEEK_DAYS: i64 = 7;
pub const BASELINE_DAYS_NEEDED: usize = 3;
pub const RECENT_DAYS_NEEDED: usize = 2;
/// Back pain counts as "new" for this long after the episode started (acute + subacute).
pub const NEW_EPISODE_DAYS: i64 = 84;
/// A month with the journal in use and no pain logged ends an episode: the next pain entry
/// starts a new one (de Vet 2002: an episode is preceded by at least a month without pain).
pub const PAIN_FREE_DAYS: i64 = 30;
/// A run of persisting pain is compared with the logged days of the 28 days before it.
pub const RUN_BASELINE_DAYS: i64 = 28;
/// History answers count as recent for this long after their date. Backstory's own choices:
/// the guidance names these risk factors but gives no time limit.
pub const TRAUMA_RECENT_DAYS: i64 = 84;
pub const INFECTION_RECENT_DAYS: i64 = 84;
pub const IMMUNOSUPPRESSION_RECENT_DAYS: i64 = 84;
pub const WEIGHT_LOSS_RECENT_DAYS: i64 = 182;
pub const STEROIDS_RECENT_DAYS: i64 = 365;

const SRC_BASS: &str = "British Association of Spine Surgeons (2018), standards of care for investigation and management of cauda equina syndrome, as quoted in NHS Cornwall adult low back pain referral guidelines";
const SRC_NHS_NORFOLK: &str = "NHS Norfolk and Waveney, \"Got back pain\" patient information";
const SRC_NHS_SHEFFIELD: &str = "NHS Sheffield, \"Aches and pains: back pain\" patient information";
const SRC_GCARE: &str =
    "Gloucestershire G-Care low back pain pathway (red-flag list derived from NICE CKS)";
const SRC_NICE: &str = "NICE guideline NG59, Low back pain and sciatica in over 16s, recommendation 1.1.1 (exclude cancer, infection, trauma and inflammatory disease)";
const SRC_NHS_BACK: &str = "NHS (nhs.uk), back pain: get help if the pain does not start to improve within a few weeks, stops you doing day-to-day activities, or is very severe or getting worse over time";
const SRC_DE_VET: &str = "de Vet HCW et al. (2002), episodes of low back pain: a proposal for uniform definitions to be used in research, Spine 27(21):2409-2416 (an episode is preceded and followed by at least one month without low back pain)";
const SRC_NHS_INFORM: &str = "NHS inform, back pain (most back pain eases within about two weeks)";
const SRC_BOONSTRA: &str = "Boonstra AM et al. (2016), cut-off points for mild, moderate and severe pain on the numeric rating scale in chronic musculoskeletal pain, Frontiers in Psychology 7:1466";
const SRC_FARRAR: &str = "Farrar JT et al. (2001), clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale, Pain 94:149-158";
const SRC_OSTELO: &str = "Ostelo RW et al. (2008), interpreting change scores for pain and functional status in low back pain, Spine 33:90-94";
const SRC_KREBS: &str = "Krebs EE et al. (2009), development and initial validation of the PEG, a three-item scale assessing pain intensity and interference, Journal of General Internal Medicine 24:733-738";
const SRC_NYU: &str =
    "NYU Langone Health, hamstring stretch guidance (stop if pain spreads below the knee)";
const SRC_EORTHOPOD: &str = "eOrthopod, low back pain exercise guidance";
const SRC_NHS_EXERCISE: &str = "NHS, exercises for back pain (stop any exercise that causes severe pain and see a physiotherapist)";

/// Every rule, most urgent tier first.
pub static RULES: &[RedFlagRule] = &[
    // ---------------------------------------------------------------- emergency
    RedFlagRule {
        id: RuleId::SaddleNumbness,
        tier: Tier::Emergency,
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: saddle_numbness,
    },
    RedFlagRule {
        id: RuleId::BladderBowelChange,
        tier: Tier::Emergency,
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: bladder_bowel_change,
    },
    RedFlagRule {
        id: RuleId::SexualFunctionChange,
        tier: Tier::Emergency,
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: sexual_function_change,
    },
    RedFlagRule {
        id: RuleId::BothLegs,
        tier: Tier::Emergency,
        sources: &[SRC_BASS, SRC_NHS_SHEFFIELD, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: both_legs,
    },
    RedFlagRule {
        id: RuleId::LegWeaknessWorsening,
        tier: Tier::Emergency,
        sources: &[SRC_BASS, SRC_NHS_SHEFFIELD, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: leg_weakness_worsening,
    },
    // ---------------------------------------------------------------- urgent
    RedFlagRule {
        id: RuleId::Fever,
        tier: Tier::Urgent,
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD, SRC_NICE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: fever,
    },
    RedFlagRule {
        id: RuleId::InfectionRisk,
        tier: Tier::Urgent,
        sources: &[SRC_GCARE, SRC_NICE],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: infection_risk,
    },
    RedFlagRule {
        id: RuleId::CancerHistory,
        tier: Tier::Urgent,
        sources: &[SRC_GCARE, SRC_NICE, SRC_NHS_SHEFFIELD],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: cancer_history,
    },
    RedFlagRule {
        id: RuleId::WeightLoss,
        tier: Tier::Urgent,
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: weight_loss,
    },
    RedFlagRule {
        id: RuleId::Trauma,
        tier: Tier::Urgent,
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD, SRC_NICE],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: trauma,
    },
    RedFlagRule {
        id: RuleId::NightPain,
        tier: Tier::Urgent,
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: night_pain,
    },
    RedFlagRule {
        id: RuleId::BackLump,
        tier: Tier::Urgent,
        sources: &[SRC_NHS_SHEFFIELD, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: back_lump,
    },
    // ---------------------------------------------------------------- see a doctor soon
    RedFlagRule {
        id: RuleId::SeverePain,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_NHS_BACK, SRC_BOONSTRA],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: severe_pain,
    },
    RedFlagRule {
        id: RuleId::PersistingPain,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_NHS_BACK, SRC_NHS_INFORM, SRC_FARRAR, SRC_OSTELO],
        window_days: RECENT_DAYS + RUN_BASELINE_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: persisting_pain,
    },
    RedFlagRule {
        id: RuleId::NotImproving,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_NHS_INFORM, SRC_GCARE, SRC_FARRAR, SRC_OSTELO],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: not_improving,
    },
    RedFlagRule {
        id: RuleId::OneLegSymptoms,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_NHS_BACK, SRC_BASS, SRC_NHS_NORFOLK],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: one_leg_symptoms,
    },
    RedFlagRule {
        id: RuleId::ConditionWorsening,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_NHS_BACK, SRC_FARRAR, SRC_OSTELO],
        window_days: BASELINE_FROM_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: condition_worsening,
    },
    RedFlagRule {
        id: RuleId::HighInterference,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_NHS_BACK, SRC_KREBS],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: high_interference,
    },
    RedFlagRule {
        id: RuleId::AgeAtOnset,
        tier: Tier::SeeDoctorSoon,
        sources: &[SRC_GCARE, SRC_DE_VET],
        window_days: NEW_EPISODE_DAYS + PAIN_FREE_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: age_at_onset,
    },
    // ---------------------------------------------------------------- self-care caution
    RedFlagRule {
        id: RuleId::PainBelowKneeWithMovement,
        tier: Tier::SelfCare,
        sources: &[SRC_NYU, SRC_EORTHOPOD],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: pain_below_knee_with_movement,
    },
    RedFlagRule {
        id: RuleId::ExerciseSeverePain,
        tier: Tier::SelfCare,
        sources: &[SRC_NHS_EXERCISE, SRC_BOONSTRA],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: exercise_severe_pain,
    },
];

// ---------------------------------------------------------------- predicates

/// The sign a rule looks for, as its detail names it (`alerts-detail-sign-<rule id>`).
fn sign(rule: RuleId) -> Message {
    Message::new(&format!("sign-{}", rule.as_str()))
}

/// Pain, as a detail names it.
fn pain_word() -> Message {
    Message::new("sign-pain")
}

fn saddle_numbness(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::SaddleNumbness), |e| {
        e.draft.emergency.saddle_numbness
    })
}

fn bladder_bowel_change(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::BladderBowelChange), |e| {
        e.draft.emergency.bladder_bowel_change
    })
}

fn sexual_function_change(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::SexualFunctionChange), |e| {
        e.draft.emergency.sexual_function_change
    })
}

fn both_legs(ctx: &Context) -> Option<Hit> {
    let entries: Vec<&PainEntry> = ctx.pain_within(RECENT_DAYS).collect();
    let at_once: Vec<&PainEntry> = entries
        .iter()
        .copied()
        .filter(|e| e.draft.both_legs())
        .collect();
    // Spreading: an entry with symptoms in one leg only, then a later one in the other leg.
    let one_side = |left: bool| {
        entries.iter().copied().filter(move |e| {
            let (l, r) = e.draft.nerve_legs();
            if left {
                l && !r
            } else {
                r && !l
            }
        })
    };
    let spread = [true, false].into_iter().find_map(|first_left| {
        let first = one_side(first_left).next()?;
        let later = one_side(!first_left).next_back()?;
        (later.draft.at > first.draft.at).then_some((first, later, first_left))
    });
    if at_once.is_empty() && spread.is_none() {
        return None;
    }
    let mut evidence_entries: Vec<&PainEntry> = at_once.clone();
    let mut detail = Detail::default();
    if let Some(latest) = at_once.last() {
        detail = detail.then(logged(
            sign(RuleId::BothLegs),
            at_once.len(),
            RECENT_DAYS,
            when(latest),
        ));
    }
    if let Some((first, later, first_left)) = spread {
        let from = if first_left { "left" } else { "right" };
        detail = detail.then(
            Message::new("spread")
                .arg("from", Arg::Key(from.into()))
                .arg("first", when(first))
                .arg("later", when(later)),
        );
        for e in [first, later] {
            if !evidence_entries.iter().any(|x| x.id == e.id) {
                evidence_entries.push(e);
            }
        }
    }
    evidence_entries.sort_by_key(|e| (e.draft.at, e.id));
    Some(Hit {
        evidence: pain_evidence(evidence_entries.into_iter()),
        severity: 0,
        detail,
    })
}

fn leg_weakness_worsening(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::LegWeaknessWorsening), |e| {
        e.draft.emergency.leg_weakness_worsening
    })
}

fn fever(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::Fever), |e| {
        e.draft.emergency.fever
    })
}

fn night_pain(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::NightPain), |e| {
        e.draft.emergency.night_pain
    })
}

fn back_lump(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, sign(RuleId::BackLump), |e| {
        e.draft.emergency.back_lump
    })
}

/// Profile-based urgent rules: the history item plus any pain logged recently (on or after
/// `since`, when the item has a date the pain must follow).
fn history_with_pain(
    ctx: &Context,
    present: bool,
    since: Option<chrono::NaiveDate>,
    what: Arg,
) -> Option<Hit> {
    if !present {
        return None;
    }
    let mut hit = entries_with_sign(ctx, RECENT_DAYS, pain_word(), |e| {
        e.draft.nrs >= 1 && since.is_none_or(|d| e.draft.at.date_naive() >= d)
    })?;
    hit.detail = hit
        .detail
        .after(Message::new("profile-records").arg("what", what));
    Some(hit)
}

fn today(ctx: &Context) -> chrono::NaiveDate {
    ctx.now.date_naive()
}

/// A history item of the profile, as a detail names it (`alerts-detail-history-<item>`).
fn history(item: &str) -> Message {
    Message::new(&format!("history-{item}"))
}

/// "a recent infection (on 3 Mar 2025)".
fn dated(item: &str, answer: HistoryAnswer) -> Message {
    let answer = match answer {
        HistoryAnswer::On(date) => Message::new("answer-on").arg("date", Arg::Date(date)),
        HistoryAnswer::Ongoing => Message::new("answer-ongoing"),
        HistoryAnswer::YesDateUnknown => Message::new("answer-unknown-date"),
        HistoryAnswer::No => Message::new("answer-no"),
    };
    Message::new("dated")
        .arg("what", Arg::Text(history(item)))
        .arg("answer", Arg::Text(answer))
}

fn infection_risk(ctx: &Context) -> Option<Hit> {
    let h = &ctx.profile.history;
    let day = today(ctx);
    let mut factors = Vec::new();
    if h.immunosuppressed
        .recent(day, IMMUNOSUPPRESSION_RECENT_DAYS)
    {
        factors.push(dated("immunosuppressed", h.immunosuppressed));
    }
    if h.iv_drug_use {
        factors.push(history("iv_drug_use"));
    }
    if h.recent_infection.recent(day, INFECTION_RECENT_DAYS) {
        factors.push(dated("recent_infection", h.recent_infection));
    }
    history_with_pain(ctx, !factors.is_empty(), None, Arg::And(factors))
}

fn cancer_history(ctx: &Context) -> Option<Hit> {
    history_with_pain(
        ctx,
        ctx.profile.history.cancer_history,
        None,
        Arg::Text(history("cancer")),
    )
}

fn weight_loss(ctx: &Context) -> Option<Hit> {
    let answer = ctx.profile.history.unexplained_weight_loss;
    history_with_pain(
        ctx,
        answer.recent(today(ctx), WEIGHT_LOSS_RECENT_DAYS),
        None,
        Arg::Text(dated("weight_loss", answer)),
    )
}

fn trauma(ctx: &Context) -> Option<Hit> {
    let h = &ctx.profile.history;
    let day = today(ctx);
    let over_50 = matches!(
        ctx.profile.age_band,
        Some(AgeBand::From50To64 | AgeBand::From65)
    );
    // A compression fracture is itself a sign of fragile bone, so it counts like osteoporosis.
    let osteoporosis = ctx.profile.has(crate::domain::Condition::Osteoporosis)
        || ctx
            .profile
            .has(crate::domain::Condition::CompressionFracture);
    let steroids = h.long_term_steroids.recent(day, STEROIDS_RECENT_DAYS);
    let fragile = over_50 || osteoporosis || steroids;
    let (answer, what) = if h.major_trauma.recent(day, TRAUMA_RECENT_DAYS) {
        (h.major_trauma, dated("major_trauma", h.major_trauma))
    } else if fragile && h.minor_trauma.recent(day, TRAUMA_RECENT_DAYS) {
        let why = [
            (over_50, "over_50"),
            (osteoporosis, "osteoporosis"),
            (steroids, "steroids"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, reason)| Message::new(&format!("reason-{reason}")))
        .collect();
        (
            h.minor_trauma,
            Message::new("with-reasons")
                .arg("what", Arg::Text(dated("minor_trauma", h.minor_trauma)))
                .arg("reasons", Arg::And(why)),
        )
    } else {
        return None;
    };
    let since = match answer {
        HistoryAnswer::On(date) => Some(date),
        _ => None,
    };
    history_with_pain(ctx, true, since, Arg::Text(what))
}

/// Level rules: fires when the highest value in the window reaches the threshold; the
/// highest value is the severity, so a higher one raises the alert again.
fn level_at_least(
    ctx: &Context,
    threshold: u8,
    what: Message,
    value: impl Fn(&PainEntry) -> Option<u8>,
) -> Option<Hit> {
    let matching: Vec<&PainEntry> = ctx
        .pain_within(RECENT_DAYS)
        .filter(|e| value(e).is_some_and(|v| v >= threshold))
        .collect();
    let highest = matching.iter().filter_map(|e| value(e)).max()?;
    let latest = matching.last()?;
    Some(Hit {
        evidence: pain_evidence(matching.iter().copied()),
        severity: i64::from(highest),
        detail: Detail::of(
            Message::new("level")
                .arg("what", Arg::Text(what))
                .int("threshold", threshold)
                .int("count", matching.len() as i64)
                .int("days", RECENT_DAYS)
                .int("highest", highest)
                .arg("when", when(latest)),
        ),
    })
}

fn severe_pain(ctx: &Context) -> Option<Hit> {
    level_at_least(ctx, SEVERE_NRS, pain_word(), |e| Some(e.draft.nrs))
}

fn high_interference(ctx: &Context) -> Option<Hit> {
    level_at_least(
        ctx,
        HIGH_INTERFERENCE,
        Message::new("interference"),
        |e| match (e.draft.interference_daily, e.draft.interference_intimacy) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0).max(b.unwrap_or(0))),
        },
    )
}

/// True when `after` is above `before` by the change that matters: 2 points or 30 %, and
/// never less than one step of the scale. A tiny tolerance keeps 2.0 computed as 1.9999999.
fn rise_matters(before: f64, after: f64) -> bool {
    let rise = after - before + 1e-9;
    (rise >= CHANGE_POINTS || rise >= CHANGE_FRACTION * before) && rise >= CHANGE_MIN_POINTS
}

/// The logged days (worst pain) in `[from, to)`; days with nothing logged are absent.
fn logged_days(
    ctx: &Context,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> std::collections::BTreeMap<chrono::NaiveDate, u8> {
    if from >= to {
        return Default::default();
    }
    ctx.journal
        .days
        .range(from..to)
        .filter_map(|(d, log)| log.pain_worst.map(|w| (*d, w)))
        .collect()
}

/// True when `after` is below `before` by the change that matters (2 points or 30 % of
/// `before`, and at least one step of the scale).
fn fall_matters(before: f64, after: f64) -> bool {
    let fall = before - after + 1e-9;
    (fall >= CHANGE_POINTS || fall >= CHANGE_FRACTION * before) && fall >= CHANGE_MIN_POINTS
}

fn persisting_pain(ctx: &Context) -> Option<Hit> {
    let today = today(ctx);
    let since = today - Duration::days(RECENT_DAYS);
    let recent = logged_days(ctx, since, today + Duration::days(2));
    // The latest run of raised days wins; each candidate start is a logged day with pain.
    for (&start, _) in recent.iter().rev() {
        let baseline = logged_days(ctx, start - Duration::days(RUN_BASELINE_DAYS), start);
        if baseline.len() < BASELINE_DAYS_NEEDED {
            // Unknown baseline: nothing says this pain is new or above the usual level.
            continue;
        }
        let usual = mean_of_days(&baseline)?;
        let raised = |day: chrono::NaiveDate| {
            recent
                .get(&day)
                .copied()
                .filter(|&w| w >= 1 && rise_matters(usual, f64::from(w)))
        };
        if raised(start).is_none() || raised(start - Duration::days(1)).is_some() {
            continue; // not the first raised day of a run
        }
        let mut run = Vec::new();
        let mut day = start;
        while let Some(worst) = raised(day) {
            run.push(worst);
            day += Duration::days(1);
        }
        if run.len() < PERSIST_DAYS {
            continue;
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        if fall_matters(f64::from(first), f64::from(last)) {
            continue; // falling by the change that matters: improving
        }
        let end = start + Duration::days(run.len() as i64 - 1);
        let in_run = ctx.pain_within(RECENT_DAYS + 1).filter(|e| {
            let d = e.draft.at.date_naive();
            e.draft.nrs >= 1 && d >= start && d <= end
        });
        return Some(Hit {
            evidence: pain_evidence(in_run.collect::<Vec<_>>().into_iter()),
            severity: 0,
            detail: Detail::of(
                Message::new("persisting")
                    .int("days", run.len() as i64)
                    .arg("start", Arg::DayMonth(start))
                    .arg("end", Arg::DayMonth(end))
                    .int("first", first)
                    .int("last", last)
                    .arg("usual", Arg::Decimal(usual))
                    .int("logged", baseline.len() as i64),
            ),
        });
    }
    None
}

fn not_improving(ctx: &Context) -> Option<Hit> {
    if let Some(started) = ctx.profile.history.episode_started {
        if (ctx.now.date_naive() - started).num_days() > NEW_EPISODE_DAYS {
            return None;
        }
    }
    let earlier = daily_worst(ctx.pain_between(RECENT_DAYS, RECENT_WEEK_DAYS));
    let recent_entries: Vec<&PainEntry> = ctx.pain_within(RECENT_WEEK_DAYS).collect();
    let recent = daily_worst(recent_entries.iter().copied());
    let pain_days = |d: &std::collections::BTreeMap<_, u8>| d.values().filter(|&&v| v >= 1).count();
    if pain_days(&earlier) < DAYS_PER_WEEK_NEEDED || pain_days(&recent) < DAYS_PER_WEEK_NEEDED {
        return None;
    }
    let before = mean_of_days(&earlier)?;
    let now = mean_of_days(&recent)?;
    let drop = before - now;
    let improved = drop >= CHANGE_POINTS || drop >= CHANGE_FRACTION * before;
    if improved || now < NOT_IMPROVING_MIN_MEAN {
        return None;
    }
    Some(Hit {
        evidence: pain_evidence(recent_entries.into_iter().filter(|e| e.draft.nrs >= 1)),
        severity: 0,
        detail: Detail::of(
            Message::new("not-improving")
                .arg("before", Arg::Decimal(before))
                .arg("now", Arg::Decimal(now)),
        ),
    })
}

fn one_leg_symptoms(ctx: &Context) -> Option<Hit> {
    let matching: Vec<&PainEntry> = ctx
        .pain_within(RECENT_DAYS)
        .filter(|e| e.draft.leg.any() && e.draft.leg.side == Some(LegSide::OneLeg))
        .collect();
    let latest = matching.last()?;
    let kinds: Vec<Message> = [
        (matching.iter().any(|e| e.draft.leg.numbness), "numbness"),
        (matching.iter().any(|e| e.draft.leg.tingling), "tingling"),
        (matching.iter().any(|e| e.draft.leg.weakness), "weakness"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, kind)| Message::new(&format!("leg-{kind}")))
    .collect();
    Some(Hit {
        evidence: pain_evidence(matching.iter().copied()),
        severity: kinds.len() as i64,
        detail: Detail::of(
            Message::new("one-leg")
                .arg("kinds", Arg::List(kinds))
                .int("count", matching.len() as i64)
                .int("days", RECENT_DAYS)
                .arg("when", when(latest)),
        ),
    })
}

/// Pain getting worse over the weeks, for everyone (the id keeps its old name).
fn condition_worsening(ctx: &Context) -> Option<Hit> {
    let baseline = daily_worst(ctx.pain_between(BASELINE_FROM_DAYS, RECENT_WEEK_DAYS));
    let recent_entries: Vec<&PainEntry> = ctx.pain_within(RECENT_WEEK_DAYS).collect();
    let recent = daily_worst(recent_entries.iter().copied());
    if baseline.len() < BASELINE_DAYS_NEEDED || recent.len() < RECENT_DAYS_NEEDED {
        return None;
    }
    let before = mean_of_days(&baseline)?;
    let now = mean_of_days(&recent)?;
    let rise = now - before;
    if !rise_matters(before, now) {
        return None;
    }
    Some(Hit {
        evidence: pain_evidence(recent_entries.into_iter()),
        severity: (rise + 1e-9).floor() as i64,
        detail: Detail::of(
            Message::new("worsening")
                .arg("before", Arg::Decimal(before))
                .arg("now", Arg::Decimal(now))
                .arg("rise", Arg::Decimal(rise)),
        ),
    })
}

/// The start of the current episode as the journal shows it: the latest pain day in the
/// last `NEW_EPISODE_DAYS` days that follows `PAIN_FREE_DAYS` days with something logged and
/// no pain logged, in a journal kept since before that stretch. None when unknown.
pub fn inferred_episode_start(ctx: &Context) -> Option<chrono::NaiveDate> {
    let today = today(ctx);
    let first_logged = ctx.journal.first_logged?;
    let days = &ctx.journal.days;
    for (&day, log) in days
        .range(today - Duration::days(NEW_EPISODE_DAYS)..=today + Duration::days(1))
        .rev()
    {
        if log.pain_worst.is_none_or(|w| w == 0) {
            continue;
        }
        let stretch_start = day - Duration::days(PAIN_FREE_DAYS);
        if first_logged > stretch_start {
            continue; // the journal was not kept through the whole stretch: unknown
        }
        let mut kept = false;
        let mut pain = false;
        for (_, l) in days.range(stretch_start..day) {
            kept |= l.any_record;
            pain |= l.pain_worst.is_some_and(|w| w >= 1);
        }
        if kept && !pain {
            return Some(day);
        }
    }
    None
}

fn age_at_onset(ctx: &Context) -> Option<Hit> {
    let band = ctx.profile.age_band?;
    if !matches!(
        band,
        AgeBand::Under20 | AgeBand::From50To64 | AgeBand::From65
    ) {
        return None;
    }
    let today = today(ctx);
    let is_new = |d: &chrono::NaiveDate| (0..=NEW_EPISODE_DAYS).contains(&(today - *d).num_days());
    let from_profile = ctx.profile.history.episode_started.filter(is_new);
    let inferred = inferred_episode_start(ctx).filter(is_new);
    let (started, source) = match (from_profile, inferred) {
        (Some(p), Some(i)) if i > p => (i, "journal"),
        (Some(p), _) => (p, "profile"),
        (None, Some(i)) => (i, "journal"),
        (None, None) => return None,
    };
    let age_days = (today - started).num_days();
    let mut hit = entries_with_sign(ctx, RECENT_DAYS, pain_word(), |e| e.draft.nrs >= 1)?;
    let band_key = if band == AgeBand::Under20 {
        "under_20"
    } else {
        "over_50"
    };
    let onset = if source == "profile" {
        Message::new("age-onset-profile")
    } else {
        Message::new("age-onset-journal").int("free", PAIN_FREE_DAYS)
    };
    hit.detail = hit.detail.after(
        onset
            .arg("band", Arg::Key(band_key.into()))
            .arg("date", Arg::Date(started))
            .int("weeks", age_days / 7),
    );
    Some(hit)
}

/// Pain entries linked to an activity of one of `kinds`, starting during or right after it.
fn with_movement<'a>(
    ctx: &'a Context,
    kinds: &'a [ActivityKind],
    sign: impl Fn(&PainEntry) -> bool + 'a,
) -> Option<Hit> {
    let mut evidence = Vec::new();
    let mut count = 0;
    let mut latest: Option<(&PainEntry, ActivityKind)> = None;
    for e in ctx.pain_within(RECENT_DAYS).rev() {
        if !matches!(e.draft.onset, Some(Onset::During | Onset::RightAfter)) || !sign(e) {
            continue;
        }
        let Some(activity) = ctx.linked_activity(e) else {
            continue;
        };
        if !kinds.contains(&activity.draft.kind) {
            continue;
        }
        count += 1;
        latest.get_or_insert((e, activity.draft.kind));
        if evidence.len() + 2 <= EVIDENCE_MAX {
            evidence.push(EvidenceRef::pain(e.id));
            let linked = EvidenceRef::activity(activity.id);
            if !evidence.contains(&linked) {
                evidence.push(linked);
            }
        }
    }
    let (entry, kind) = latest?;
    Some(Hit {
        evidence,
        severity: 0,
        detail: Detail::of(
            Message::new("with-movement")
                .int("count", count)
                .int("days", RECENT_DAYS)
                .arg("activity", Arg::Activity(kind))
                .arg("when", when(entry)),
        ),
    })
}

fn pain_below_knee_with_movement(ctx: &Context) -> Option<Hit> {
    with_movement(
        ctx,
        &[
            ActivityKind::Stretching,
            ActivityKind::CoreSession,
            ActivityKind::Intimacy,
        ],
        |e| e.draft.regions.iter().any(|r| r.region.is_below_knee()),
    )
}

fn exercise_severe_pain(ctx: &Context) -> Option<Hit> {
    with_movement(
        ctx,
        &[
            ActivityKind::Stretching,
            ActivityKind::CoreSession,
            ActivityKind::WalkingSport,
        ],
        |e| e.draft.nrs >= SEVERE_NRS,
    )
}
