//! The red-flag rules themselves: wording, thresholds with their reasons, sources, and one
//! predicate each. Wording is Backstory's own; thresholds are the named constants below, so
//! the text and the code cannot drift apart unnoticed (tests check both ways).

use super::snapshot::*;
use super::*;
use crate::domain::{ActivityKind, AgeBand, LegSide, Onset, PainEntry, Region};
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

const SRC_BASS: &str = "British Association of Spine Surgeons (2018), standards of care for investigation and management of cauda equina syndrome, as quoted in NHS Cornwall adult low back pain referral guidelines";
const SRC_NHS_NORFOLK: &str = "NHS Norfolk and Waveney, \"Got back pain\" patient information";
const SRC_NHS_SHEFFIELD: &str = "NHS Sheffield, \"Aches and pains: back pain\" patient information";
const SRC_GCARE: &str =
    "Gloucestershire G-Care low back pain pathway (red-flag list derived from NICE CKS)";
const SRC_NICE: &str = "NICE guideline NG59, Low back pain and sciatica in over 16s, recommendation 1.1.1 (exclude cancer, infection, trauma and inflammatory disease)";
const SRC_SEED: &str = "Backstory seed article, \"When to See a Doctor\"";
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
        title: "Numbness or tingling in the saddle area",
        meaning: "Numbness or tingling around the genitals, buttocks, inner thighs or back passage, together with back pain, can mean the nerves at the bottom of the spine are being squeezed. That needs checking in hospital within hours, because treatment works best early.",
        what_to_do: "Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Tell them you have back pain with numbness in the saddle area. Do not wait to see whether it passes.",
        threshold: "Any pain entry in the last 14 days with \"numbness or tingling in the saddle area\" ticked.",
        reason: "One report is enough: guidance treats this sign as an emergency on its own, and waiting for it to repeat would lose hours that matter.",
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: saddle_numbness,
    },
    RedFlagRule {
        id: RuleId::BladderBowelChange,
        tier: Tier::Emergency,
        title: "A new change in bladder or bowel control",
        meaning: "New trouble starting to pass urine, a weak flow, not being able to empty the bladder, or losing control of the bladder or bowel, together with back pain, can mean the nerves at the bottom of the spine are being squeezed. That needs checking in hospital within hours.",
        what_to_do: "Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Tell them you have back pain with a new bladder or bowel change. Do not wait to see whether it passes.",
        threshold: "Any pain entry in the last 14 days with \"bladder or bowel change\" ticked.",
        reason: "One report is enough: guidance treats this sign as an emergency on its own, and waiting for it to repeat would lose hours that matter.",
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: bladder_bowel_change,
    },
    RedFlagRule {
        id: RuleId::SexualFunctionChange,
        tier: Tier::Emergency,
        title: "A new change in sexual sensation or function",
        meaning: "New loss of feeling in the genitals, feeling during sex that is different or missing, or new erection or ejaculation problems, together with back pain, can come from the same nerves that control the bladder and bowel. It is checked in hospital urgently for the same reason.",
        what_to_do: "Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. It can feel awkward to mention; staff hear it every day, and it is the detail that helps them most.",
        threshold: "Any pain entry in the last 14 days with \"new change in sexual sensation or function\" ticked.",
        reason: "One report is enough. People who log intimacy here are often the first to notice this change, so the app treats it with the same weight as the bladder and saddle signs, as the guidance does.",
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: sexual_function_change,
    },
    RedFlagRule {
        id: RuleId::BothLegs,
        tier: Tier::Emergency,
        title: "Symptoms in both legs",
        meaning: "Pain, numbness, tingling or weakness in both legs at once, or leg pain that has spread from one leg to both, can mean nerves on both sides are being pressed. That needs checking in hospital the same day.",
        what_to_do: "Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Tell them your symptoms are in both legs. Do not drive yourself.",
        threshold: "Any pain entry in the last 14 days with leg numbness, tingling or weakness marked \"both legs\", or with pain marked below the knee in both legs.",
        reason: "Both legs is where guidance draws the line between \"see a doctor\" (one leg) and \"emergency\". Pain below the knee is the usual reach of nerve (sciatic) pain, so pain there on both sides counts; aching in both thighs alone is common and does not trigger this.",
        sources: &[SRC_BASS, SRC_NHS_NORFOLK, SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: both_legs,
    },
    RedFlagRule {
        id: RuleId::LegWeaknessWorsening,
        tier: Tier::Emergency,
        title: "Leg weakness getting worse, foot drop or new trouble walking",
        meaning: "Weakness in a leg that is severe or getting worse quickly, a foot that drags or slaps when you walk, or new difficulty walking can mean a nerve is under serious pressure.",
        what_to_do: "Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Do not drive yourself.",
        threshold: "Any pain entry in the last 14 days with \"leg weakness getting worse, foot drop or new trouble walking\" ticked.",
        reason: "Guidance lists severe or progressing weakness as an emergency sign on its own. Whether weakness is getting worse is something only the person can judge, so the app asks directly rather than guessing from scores.",
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
        title: "Fever or chills with back pain",
        meaning: "A high temperature or shivering together with back pain can be a sign of an infection, which should be looked at promptly.",
        what_to_do: "Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK). If you feel very unwell or confused, call your emergency number.",
        threshold: "Any pain entry in the last 14 days with \"fever or chills\" ticked.",
        reason: "Fever with back pain is an infection warning sign in every list used here; one report is enough.",
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD, SRC_NICE],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: fever,
    },
    RedFlagRule {
        id: RuleId::InfectionRisk,
        tier: Tier::Urgent,
        title: "Back pain with a higher risk of infection",
        meaning: "A weakened immune system (from an illness or medicines), injecting drugs, or a recent infection makes an infection in the spine more likely, so back pain is worth a prompt check even without a fever.",
        what_to_do: "Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK), and mention the risk factor in your profile.",
        threshold: "Your profile says immunosuppression, injecting drug use or a recent infection, and pain of 1/10 or more was logged in the last 14 days.",
        reason: "These are the infection risk factors in the CKS-derived red-flag list. The risk factor, not the pain level, is what matters, so any logged pain counts.",
        sources: &[SRC_GCARE, SRC_NICE],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: infection_risk,
    },
    RedFlagRule {
        id: RuleId::CancerHistory,
        tier: Tier::Urgent,
        title: "Back pain with a history of cancer",
        meaning: "After cancer, back pain is checked promptly to make sure it is not linked to the cancer. Most of the time it turns out to be ordinary back pain, but it is worth being sure.",
        what_to_do: "Get medical advice today: ask your GP or your cancer team for an urgent appointment, or call a non-emergency medical helpline (111 in the UK).",
        threshold: "Your profile says you have had cancer, and pain of 1/10 or more was logged in the last 14 days.",
        reason: "A history of cancer is one of the strongest warning signs in back pain guidance. The history, not the pain level, is what matters, so any logged pain counts.",
        sources: &[SRC_GCARE, SRC_NICE, SRC_NHS_SHEFFIELD],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: cancer_history,
    },
    RedFlagRule {
        id: RuleId::WeightLoss,
        tier: Tier::Urgent,
        title: "Back pain with unexplained weight loss",
        meaning: "Losing weight without trying, together with back pain, is something doctors like to check promptly.",
        what_to_do: "Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK).",
        threshold: "Your profile says unexplained weight loss, and pain of 1/10 or more was logged in the last 14 days.",
        reason: "Unexplained weight loss is a warning sign in the CKS-derived list and the NHS patient guidance; with it, any logged pain counts.",
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: weight_loss,
    },
    RedFlagRule {
        id: RuleId::Trauma,
        tier: Tier::Urgent,
        title: "Back pain after a fall, accident or injury",
        meaning: "Pain after a significant fall, accident or blow, or after even a minor one if you have osteoporosis or take long-term steroids, can come from an injured bone and should be checked.",
        what_to_do: "Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK). After a serious accident, or if your legs feel numb or weak, call your emergency number.",
        threshold: "Your profile says recent trauma (a fall, accident or blow), and pain of 1/10 or more was logged in the last 14 days.",
        reason: "Guidance flags pain after significant trauma, and after minor trauma when bones may be fragile (osteoporosis, long-term steroids). The profile question covers both, so any logged pain afterwards counts.",
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD, SRC_NICE],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: trauma,
    },
    RedFlagRule {
        id: RuleId::NightPain,
        tier: Tier::Urgent,
        title: "Night pain that rest does not ease",
        meaning: "Back pain that is much worse at night, or does not ease with rest or a change of position, behaves differently from everyday back pain and is worth checking promptly.",
        what_to_do: "Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK).",
        threshold: "Any pain entry in the last 14 days with \"night pain that does not ease with rest or a change of position\" ticked.",
        reason: "Whether pain eases with rest cannot be read from the time of an entry (many people log at night simply because they are awake), so the app asks the question directly instead of guessing from entries made at night.",
        sources: &[SRC_GCARE, SRC_NHS_SHEFFIELD],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: night_pain,
    },
    RedFlagRule {
        id: RuleId::BackLump,
        tier: Tier::Urgent,
        title: "A lump, swelling or change in the shape of the back",
        meaning: "A new lump or swelling on the back, or a change in its shape, is something a doctor should see promptly.",
        what_to_do: "Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK).",
        threshold: "Any pain entry in the last 14 days with \"lump, swelling or change in the shape of the back\" ticked.",
        reason: "Listed as an urgent sign in the NHS patient guidance and the CKS-derived list; one report is enough.",
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
        title: "Severe pain",
        meaning: "Pain of 8 out of 10 or more is the level at which pain usually gets in the way of most things. A GP or physiotherapist can help with pain relief and a plan.",
        what_to_do: "Book an appointment with your GP or a physiotherapist in the next few days. If severe pain comes with numbness in the saddle area, a bladder or bowel change, or symptoms in both legs, call your emergency number instead.",
        threshold: "A pain entry of 8/10 or more in the last 14 days. Raised again when a higher score is logged.",
        reason: "In people with long-lasting musculoskeletal pain, 8 and above is the band where pain interferes most with daily life (Boonstra 2016). 7 still falls in their moderate band, which many people with chronic back pain live with every day, so it does not trigger this on its own.",
        sources: &[SRC_SEED, SRC_BOONSTRA],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: severe_pain,
    },
    RedFlagRule {
        id: RuleId::PersistingPain,
        tier: Tier::SeeDoctorSoon,
        title: "Pain lasting more than a few days after an activity",
        meaning: "Pain that started after something you did and has not settled after three days is worth a professional look, to check nothing more is going on and to get advice on recovering.",
        what_to_do: "Book an appointment with your GP or a physiotherapist in the next few days, and keep logging so you can show how the pain has gone.",
        threshold: "Pain on at least 3 consecutive days within the last 14, starting on a day whose pain is linked to an activity, each day's worst pain raised by the change that matters (2 points or 30%, at least 1 point) over the average of the 7 days before, or any pain if none was logged in that week.",
        reason: "The seed article says to see a doctor when pain lasts more than a few days; 3 days is the smallest number that is more than a couple. The link to an activity and the comparison with the week before separate a flare after something you did from a steady, long-standing level, which the not-improving and worsening rules look after instead.",
        sources: &[SRC_SEED, SRC_NHS_INFORM],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: persisting_pain,
    },
    RedFlagRule {
        id: RuleId::NotImproving,
        tier: Tier::SeeDoctorSoon,
        title: "Pain not improving after two weeks",
        meaning: "Most back pain eases within about two weeks. Yours has not improved by an amount that matters over the last two weeks, so a GP or physiotherapist may want to review what you are doing.",
        what_to_do: "Book an appointment with your GP or a physiotherapist in the next few days. Your Backstory report can show them the last weeks.",
        threshold: "Pain logged on at least 3 days in each of the last two weeks, the last week still averaging 3/10 or more (worst pain of each day), and less than 2 points and less than 30% lower than the week before. Not used when the profile says this episode started more than 12 weeks ago.",
        reason: "NHS inform says most back pain eases within about two weeks, and G-Care treats no improvement by about a month as a flag. Improvement is judged by the change that matters on the 0-10 scale, 2 points or 30% (Farrar 2001; Ostelo 2008). Three logged days a week keep one bad day from deciding; a week averaging under 3/10 is mild pain and does not trigger this. The two-week mark belongs to a new episode: long-standing pain (over 12 weeks) is followed by the known-condition rule instead, so it does not ask the same question every fortnight.",
        sources: &[SRC_NHS_INFORM, SRC_GCARE, SRC_FARRAR, SRC_OSTELO],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: not_improving,
    },
    RedFlagRule {
        id: RuleId::OneLegSymptoms,
        tier: Tier::SeeDoctorSoon,
        title: "Numbness, tingling or weakness in one leg",
        meaning: "Numbness, tingling or weakness in one leg can mean a nerve in the lower back is irritated. On its own it is not an emergency, but it should be checked.",
        what_to_do: "Book an appointment with your GP or a physiotherapist in the next few days. If it spreads to both legs, or weakness gets worse quickly, treat it as an emergency.",
        threshold: "A pain entry in the last 14 days with leg numbness, tingling or weakness in one leg. Raised again when a new kind of symptom (for example weakness) appears.",
        reason: "The seed article lists leg numbness, tingling or weakness as a reason to see a doctor, and guidance separates one leg (see a doctor) from both legs (emergency).",
        sources: &[SRC_SEED, SRC_BASS, SRC_NHS_NORFOLK],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: one_leg_symptoms,
    },
    RedFlagRule {
        id: RuleId::ConditionWorsening,
        tier: Tier::SeeDoctorSoon,
        title: "A known back condition getting worse",
        meaning: "Your pain has risen by an amount that matters compared with your own recent level. With a known back condition, that is a reason to have it reviewed.",
        what_to_do: "Book an appointment with your GP, physiotherapist or the team that looks after your condition in the next few days.",
        threshold: "Your profile lists a back condition, and the average of each day's worst pain over the last 7 days is at least 2 points, or at least 30% and at least 1 point, higher than over days 8 to 28 before. Needs 2 logged days in the last week and 3 before. Raised again when the rise grows by a whole point.",
        reason: "2 points or 30% is the smallest change in 0-10 pain that people with back pain rate as meaningful (Farrar 2001; Ostelo 2008). A rise under 1 point is smaller than one step of the scale, so 30% of a low level alone does not trigger this.",
        sources: &[SRC_SEED, SRC_FARRAR, SRC_OSTELO],
        window_days: BASELINE_FROM_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: condition_worsening,
    },
    RedFlagRule {
        id: RuleId::HighInterference,
        tier: Tier::SeeDoctorSoon,
        title: "Pain getting in the way of daily life or intimacy",
        meaning: "When pain stops you doing everyday things, or gets in the way of intimacy, a GP or physiotherapist can help with a plan, whatever the pain score.",
        what_to_do: "Book an appointment with your GP or a physiotherapist in the next few days. It is fine to say that pain is affecting your sex life; it is a recognised part of back pain care.",
        threshold: "A pain entry in the last 14 days rating interference with daily life or with intimacy at 7/10 or more. Raised again when a higher score is logged.",
        reason: "The seed article names pain that interferes with daily life or intimacy. 7 to 10 is the top band on 0-10 interference items such as the PEG's (Krebs 2009); the intimacy item is Backstory's own addition, rated the same way.",
        sources: &[SRC_SEED, SRC_KREBS],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: high_interference,
    },
    RedFlagRule {
        id: RuleId::AgeAtOnset,
        tier: Tier::SeeDoctorSoon,
        title: "New back pain starting before 20 or after 50",
        meaning: "Back pain that starts in the teenage years or after 50 is less often the everyday kind, so guidance suggests a prompt GP review.",
        what_to_do: "Book an appointment with your GP in the next few days and say when this back pain started.",
        threshold: "Your profile's age band is under 20, or 50 and over; the episode start date in your profile is within the last 12 weeks; and pain of 1/10 or more was logged in the last 14 days.",
        reason: "G-Care lists back pain starting under 20 or over 50 as a warning sign (some lists use 55; the app uses the more cautious 50). Back pain counts as new for 12 weeks, the usual line between acute or subacute and long-standing pain. Without an episode start date in the profile the rule cannot tell new pain from old and stays silent.",
        sources: &[SRC_GCARE],
        window_days: RECENT_DAYS,
        uses_profile: true,
        reraise: ReRaise::OnNewEpisodeOrWorse,
        check: age_at_onset,
    },
    // ---------------------------------------------------------------- self-care caution
    RedFlagRule {
        id: RuleId::PainBelowKneeWithMovement,
        tier: Tier::SelfCare,
        title: "Pain spreading below the knee during a movement",
        meaning: "Pain that travels below the knee during or right after a stretch, exercise or position suggests that the movement is irritating a nerve.",
        what_to_do: "Stop that stretch, exercise or position and leave it out for now; choose one that keeps any pain above the knee. If it keeps happening, or numbness or weakness follows, see a GP or physiotherapist.",
        threshold: "A pain entry in the last 14 days marked below the knee, starting during or right after a linked stretching, core or intimacy activity.",
        reason: "Stretching guidance asks people to stop when pain spreads below the knee: pain that reaches below the knee is typical of an irritated nerve rather than a tight muscle.",
        sources: &[SRC_NYU, SRC_EORTHOPOD],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: pain_below_knee_with_movement,
    },
    RedFlagRule {
        id: RuleId::ExerciseSeverePain,
        tier: Tier::SelfCare,
        title: "An exercise that caused severe pain",
        meaning: "Exercise should feel like effort, not severe pain. Pain of 8/10 or more during or right after an exercise means that exercise, or the way it is done, is not right for you yet.",
        what_to_do: "Stop that exercise and ask a physiotherapist to check it before trying again. Gentler options from the guide can be used meanwhile.",
        threshold: "A pain entry of 8/10 or more in the last 14 days, starting during or right after a linked stretching, core or walking/sport session.",
        reason: "NHS exercise guidance says to stop any exercise that causes severe pain and see a physiotherapist; 8/10 is the severe band (Boonstra 2016).",
        sources: &[SRC_NHS_EXERCISE, SRC_BOONSTRA],
        window_days: RECENT_DAYS,
        uses_profile: false,
        reraise: ReRaise::OnEveryNewEntry,
        check: exercise_severe_pain,
    },
];

// ---------------------------------------------------------------- predicates

fn saddle_numbness(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, "Saddle-area numbness or tingling", |e| {
        e.draft.emergency.saddle_numbness
    })
}

fn bladder_bowel_change(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, "A bladder or bowel change", |e| {
        e.draft.emergency.bladder_bowel_change
    })
}

fn sexual_function_change(ctx: &Context) -> Option<Hit> {
    entries_with_sign(
        ctx,
        RECENT_DAYS,
        "A change in sexual sensation or function",
        |e| e.draft.emergency.sexual_function_change,
    )
}

fn both_legs(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, "Symptoms in both legs", |e| {
        let symptoms = e.draft.leg.any() && e.draft.leg.side == Some(LegSide::BothLegs);
        let pain = e.draft.regions.contains(&Region::BelowKneeLeft)
            && e.draft.regions.contains(&Region::BelowKneeRight);
        symptoms || pain
    })
}

fn leg_weakness_worsening(ctx: &Context) -> Option<Hit> {
    entries_with_sign(
        ctx,
        RECENT_DAYS,
        "Worsening leg weakness or trouble walking",
        |e| e.draft.emergency.leg_weakness_worsening,
    )
}

fn fever(ctx: &Context) -> Option<Hit> {
    entries_with_sign(ctx, RECENT_DAYS, "Fever or chills", |e| {
        e.draft.emergency.fever
    })
}

fn night_pain(ctx: &Context) -> Option<Hit> {
    entries_with_sign(
        ctx,
        RECENT_DAYS,
        "Night pain that rest does not ease",
        |e| e.draft.emergency.night_pain,
    )
}

fn back_lump(ctx: &Context) -> Option<Hit> {
    entries_with_sign(
        ctx,
        RECENT_DAYS,
        "A lump, swelling or change in shape",
        |e| e.draft.emergency.back_lump,
    )
}

/// Profile-based urgent rules: the history item plus any pain logged recently.
fn history_with_pain(ctx: &Context, present: bool, what: &str) -> Option<Hit> {
    if !present {
        return None;
    }
    let mut hit = entries_with_sign(ctx, RECENT_DAYS, "Pain", |e| e.draft.nrs >= 1)?;
    hit.detail = format!("Your profile records {what}. {}", hit.detail);
    Some(hit)
}

fn infection_risk(ctx: &Context) -> Option<Hit> {
    let h = &ctx.profile.history;
    let mut factors = Vec::new();
    if h.immunosuppressed {
        factors.push("a weakened immune system");
    }
    if h.iv_drug_use {
        factors.push("injecting drug use");
    }
    if h.recent_infection {
        factors.push("a recent infection");
    }
    history_with_pain(ctx, !factors.is_empty(), &factors.join(" and "))
}

fn cancer_history(ctx: &Context) -> Option<Hit> {
    history_with_pain(
        ctx,
        ctx.profile.history.cancer_history,
        "a history of cancer",
    )
}

fn weight_loss(ctx: &Context) -> Option<Hit> {
    history_with_pain(
        ctx,
        ctx.profile.history.unexplained_weight_loss,
        "unexplained weight loss",
    )
}

fn trauma(ctx: &Context) -> Option<Hit> {
    let fragile = ctx.profile.has(crate::domain::Condition::Osteoporosis)
        || ctx.profile.history.long_term_steroids;
    let what = if fragile {
        "a recent fall, accident or injury, with osteoporosis or long-term steroids"
    } else {
        "a recent fall, accident or injury"
    };
    history_with_pain(ctx, ctx.profile.history.recent_trauma, what)
}

/// Level rules: fires when the highest value in the window reaches the threshold; the
/// highest value is the severity, so a higher one raises the alert again.
fn level_at_least(
    ctx: &Context,
    threshold: u8,
    label: &str,
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
        detail: format!(
            "{label} of {threshold}/10 or more logged {} time{} in the last {RECENT_DAYS} days (highest {highest}/10, latest {}).",
            matching.len(),
            if matching.len() == 1 { "" } else { "s" },
            when(latest)
        ),
    })
}

fn severe_pain(ctx: &Context) -> Option<Hit> {
    level_at_least(ctx, SEVERE_NRS, "Pain", |e| Some(e.draft.nrs))
}

fn high_interference(ctx: &Context) -> Option<Hit> {
    level_at_least(ctx, HIGH_INTERFERENCE, "Interference", |e| {
        match (e.draft.interference_daily, e.draft.interference_intimacy) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0).max(b.unwrap_or(0))),
        }
    })
}

/// True when `after` is above `before` by the change that matters: 2 points or 30 %, and
/// never less than one step of the scale. A tiny tolerance keeps 2.0 computed as 1.9999999.
fn rise_matters(before: f64, after: f64) -> bool {
    let rise = after - before + 1e-9;
    (rise >= CHANGE_POINTS || rise >= CHANGE_FRACTION * before) && rise >= CHANGE_MIN_POINTS
}

fn persisting_pain(ctx: &Context) -> Option<Hit> {
    // Daily worst pain, reaching a week further back for each candidate's usual level.
    let days = daily_worst(ctx.pain_within(RECENT_DAYS + RECENT_WEEK_DAYS));
    let recent: Vec<&PainEntry> = ctx.pain_within(RECENT_DAYS).collect();
    let starts: std::collections::BTreeSet<chrono::NaiveDate> = recent
        .iter()
        .filter(|e| e.draft.nrs >= 1 && e.draft.activity_id.is_some())
        .map(|e| e.draft.at.date_naive())
        .collect();
    // The latest start that began a run of raised days wins.
    for &start in starts.iter().rev() {
        let week_before: std::collections::BTreeMap<_, u8> = days
            .range(start - Duration::days(RECENT_WEEK_DAYS)..start)
            .map(|(d, w)| (*d, *w))
            .collect();
        let usual = mean_of_days(&week_before).unwrap_or(0.0);
        let raised = |day: chrono::NaiveDate| {
            days.get(&day)
                .is_some_and(|&w| w >= 1 && rise_matters(usual, f64::from(w)))
        };
        let mut len = 0;
        while raised(start + Duration::days(len)) {
            len += 1;
        }
        if (len as usize) < PERSIST_DAYS {
            continue;
        }
        let end = start + Duration::days(len - 1);
        let in_run = recent.iter().copied().filter(|e| {
            let d = e.draft.at.date_naive();
            e.draft.nrs >= 1 && d >= start && d <= end
        });
        let usual_text = if week_before.is_empty() {
            "with no pain logged in the week before".to_string()
        } else {
            format!("above your usual level ({usual:.1}/10 in the week before)")
        };
        return Some(Hit {
            evidence: pain_evidence(in_run.collect::<Vec<_>>().into_iter()),
            severity: 0,
            detail: format!(
                "Pain on {len} days in a row, from {} to {}, starting after a logged activity, {usual_text}.",
                start.format("%-d %b"),
                end.format("%-d %b")
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
        detail: format!(
            "Average of each day's worst pain: {before:.1}/10 in the week before, {now:.1}/10 in the last 7 days."
        ),
    })
}

fn one_leg_symptoms(ctx: &Context) -> Option<Hit> {
    let matching: Vec<&PainEntry> = ctx
        .pain_within(RECENT_DAYS)
        .filter(|e| e.draft.leg.any() && e.draft.leg.side == Some(LegSide::OneLeg))
        .collect();
    let latest = matching.last()?;
    let mut kinds = Vec::new();
    if matching.iter().any(|e| e.draft.leg.numbness) {
        kinds.push("numbness");
    }
    if matching.iter().any(|e| e.draft.leg.tingling) {
        kinds.push("tingling");
    }
    if matching.iter().any(|e| e.draft.leg.weakness) {
        kinds.push("weakness");
    }
    Some(Hit {
        evidence: pain_evidence(matching.iter().copied()),
        severity: kinds.len() as i64,
        detail: format!(
            "Leg {} in one leg logged {} time{} in the last {RECENT_DAYS} days, most recently {}.",
            kinds.join(", "),
            matching.len(),
            if matching.len() == 1 { "" } else { "s" },
            when(latest)
        ),
    })
}

fn condition_worsening(ctx: &Context) -> Option<Hit> {
    if ctx.profile.conditions.is_empty() {
        return None;
    }
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
        detail: format!(
            "Average of each day's worst pain rose from {before:.1}/10 (days 8 to 28 before) to {now:.1}/10 (last 7 days), a rise of {rise:.1} points."
        ),
    })
}

fn age_at_onset(ctx: &Context) -> Option<Hit> {
    let band = ctx.profile.age_band?;
    if !matches!(
        band,
        AgeBand::Under20 | AgeBand::From50To64 | AgeBand::From65
    ) {
        return None;
    }
    let started = ctx.profile.history.episode_started?;
    let today = ctx.now.date_naive();
    let age_days = (today - started).num_days();
    if !(0..=NEW_EPISODE_DAYS).contains(&age_days) {
        return None;
    }
    let mut hit = entries_with_sign(ctx, RECENT_DAYS, "Pain", |e| e.draft.nrs >= 1)?;
    let band_text = if band == AgeBand::Under20 {
        "under 20"
    } else {
        "50 or over"
    };
    hit.detail = format!(
        "Your profile gives an age of {band_text} and says this episode started on {} ({} weeks ago). {}",
        started.format("%-d %b %Y"),
        age_days / 7,
        hit.detail
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
        detail: format!(
            "Logged {count} time{} in the last {RECENT_DAYS} days, most recently during or right after {} on {}.",
            if count == 1 { "" } else { "s" },
            kind.label().to_lowercase(),
            when(entry)
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
        |e| e.draft.regions.iter().any(|r| r.is_below_knee()),
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
