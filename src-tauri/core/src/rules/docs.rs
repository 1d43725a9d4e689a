//! docs/red-flags.md, rendered from the rule data so the document cannot drift from the
//! code (a test in tests/core/red_flags.rs fails when the committed file differs).

use super::{ReRaise, RuleText, Tier, RULES};
use crate::i18n::Locale;
use std::fmt::Write;

/// The whole of docs/red-flags.md.
pub fn render_markdown() -> String {
    let mut out = String::new();
    out.push_str("# Red-flag rules\n\n");
    out.push_str("<!-- Generated from src-tauri/core/src/rules/catalogue.rs by `UPDATE_DOCS=1 cargo test -p backstory-tests --test core red_flags_doc`. Do not edit by hand. -->\n\n");
    out.push_str(
        "Backstory checks the journal and profile for signs that mean *get care*, and says how soon. \
It never names a diagnosis and it is not a medical device: if you are worried, contact a \
health professional whatever the app shows.\n\n",
    );
    out.push_str("## How alerts behave\n\n");
    out.push_str("- The rules run after every change to the journal or profile and at start-up, over a bounded recent window (entries of the last 30 days, and one small record per logged day for the last 120 days).\n");
    out.push_str("- An alert keeps the entries it rests on (its evidence), when it was first and last raised, and when it was acknowledged.\n");
    out.push_str("- An **emergency** alert fills the whole window until it is acknowledged. Other tiers show as a banner and on the Alerts page.\n");
    out.push_str("- While any **urgent** or **emergency** alert is unresolved (acknowledged or not), the guide pauses: no \"for you today\" picks, no moving up a core level, no routines in the player; the reason is shown on each screen and by `backstory today --json`. An unresolved emergency also keeps a \"get help first\" notice on Positions and in the player (docs/guide-safety.md).\n");
    out.push_str("- Acknowledging keeps the alert on record. A rule that fires again on new or worse evidence raises it again:\n");
    let _ = writeln!(
        out,
        "  - *{}*: {}",
        reraise_label(ReRaise::OnEveryNewEntry),
        reraise_text(ReRaise::OnEveryNewEntry)
    );
    let _ = writeln!(
        out,
        "  - *{}*: {}",
        reraise_label(ReRaise::OnNewEpisodeOrWorse),
        reraise_text(ReRaise::OnNewEpisodeOrWorse)
    );
    out.push_str("- Alerts are never deleted. When a rule stops firing the alert is marked resolved. If an entry it rested on was edited or deleted, it no longer needs attention; if the journal simply moved on, an alert nobody acknowledged still asks to be seen.\n");
    out.push_str("- Pain scores are 0-10 (NRS). \"The change that matters\" is 2 points or 30% (Farrar 2001; Ostelo 2008). Days are the local calendar days the entries were logged in.\n\n");

    out.push_str(CHANGES);
    out.push_str("## Summary\n\n| Tier | Rule id | Sign | Threshold |\n|---|---|---|---|\n");
    for rule in RULES {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            tier_short(rule.tier),
            rule.id.as_str(),
            rule.text_in(Locale::En, RuleText::Title),
            rule.text_in(Locale::En, RuleText::Threshold)
                .replace('|', "\\|")
        );
    }
    out.push('\n');

    for tier in Tier::ALL {
        let _ = writeln!(out, "## {}\n", tier.label());
        let _ = writeln!(out, "{}\n", tier.action_in(crate::i18n::Locale::En));
        for rule in RULES.iter().filter(|r| r.tier == tier) {
            let text = rule.info_in(Locale::En);
            let _ = writeln!(out, "### {} (`{}`)\n", text.title, rule.id.as_str());
            let _ = writeln!(out, "- **What it means:** {}", text.meaning);
            let _ = writeln!(out, "- **What to do now:** {}", text.what_to_do);
            let _ = writeln!(out, "- **Threshold:** {}", text.threshold);
            let _ = writeln!(out, "- **Why this threshold:** {}", text.reason);
            let _ = writeln!(
                out,
                "- **Looks back:** {} days{}",
                rule.window_days,
                if rule.uses_profile {
                    "; also reads the profile"
                } else {
                    ""
                }
            );
            let _ = writeln!(out, "- **Raised again:** {}", reraise_label(rule.reraise));
            out.push_str("- **Sources:**\n");
            for source in rule.sources {
                let _ = writeln!(out, "  - {source}");
            }
            out.push('\n');
        }
    }
    out
}

/// What changed in issue 12 ("Safe and private by default") and why; kept in the generated
/// document so the next person reads the lesson beside the rules.
const CHANGES: &str = "## Missing data, history dates and where each threshold comes from

- **Missing is unknown, never 0.** A day with nothing logged has no value: it is never read as pain 0/10. Baselines and weekly averages use only the days you logged (a logged 0/10 counts as a pain-free day). A run of persisting pain needs an entry on each day; without 3 logged days in the 4 weeks before a run, the rule cannot tell new pain from your usual level and stays silent rather than guess.
- **History answers carry a date.** Injuries, a recent infection, unexplained weight loss, a weakened immune system and long-term steroids are answered with a date or \"ongoing\". A dated answer raises alerts only while it is recent (12 weeks for injuries, infections and the end of immune-suppressing treatment, 26 weeks for weight loss, a year after stopping steroids: Backstory's own choices, because the guidance names these risk factors without a time limit). A major injury (fall from a height, road accident, heavy blow) counts for everyone; a minor fall or strain counts for people 50 or over, with osteoporosis or on long-term steroids.
- **Profiles saved before dates were asked** keep every alert: an old \"yes\" reads as \"yes, date not given\", which the rules treat as ongoing until you give a date on the Profile screen, and the old single \"fall, accident or blow\" answer reads as a major injury.
- **Worsening and persisting pain apply to everyone.** `condition_worsening` (the id keeps its old name) used to need a known back condition; now anyone whose recent week is worse than the weeks before by the change that matters (2 points or 30%, Farrar 2001; Ostelo 2008) is told to see a doctor soon, in new or long-standing pain. `persisting_pain` no longer needs a linked activity: new pain that stays above your own baseline for 3 days and is not easing. Both are *see a doctor soon*. Stable chronic pain never rises by the change that matters over its own baseline, and an acknowledged alert returns only on a new episode or a larger rise, so people whose pain is steady are not nagged.
- **New pain without an episode date.** The first pain entry after 30 days of keeping the journal with no pain logged starts a new episode for the age rule (de Vet 2002 defines an episode as preceded by a month without pain).
- **Both legs, however recorded.** The pain form asks \"pain, numbness, tingling or weakness in both legs\" among the urgent questions (not behind More details); pain in both thighs counts when it is shooting, burning or electric; symptoms that move from one leg to the other within 14 days count as spreading.
- **The body map asks where you look (issue 15).** The map never ticks an answer; the box it opens under the map is the same answer as the one among the urgent questions. Numb or pins and needles marked in the saddle area or the genitals opens the saddle-numbness question (British Association of Spine Surgeons 2018; NHS Norfolk and Waveney). A leg region (thigh, knee, shin, calf, foot) marked on both sides opens the both-legs question (British Association of Spine Surgeons 2018; NHS Sheffield). The shin, calf or foot (below the knee) opens the leg numbness, tingling and weakness questions (NICE NG59). Which region asks what is data in assets/body-map.json.
- **Bladder and bowel in plain words.** The question and the rule name not being able to pass urine or not feeling the need to, leaking urine, and new constipation or loss of bowel control.
- **Sources.** Every rule cites clinical or NHS sources; the product brief (the seed article) is no longer cited as one. A threshold no source states says it is Backstory's own choice. \"Severe\" means 8/10 or more everywhere (`SEVERE_NRS`): the guided player stops a routine at 7/10 and calls it high, not severe.

";

fn tier_short(tier: Tier) -> &'static str {
    match tier {
        Tier::Emergency => "Emergency",
        Tier::Urgent => "Urgent",
        Tier::SeeDoctorSoon => "See a doctor soon",
        Tier::SelfCare => "Self-care",
    }
}

fn reraise_label(r: ReRaise) -> &'static str {
    match r {
        ReRaise::OnEveryNewEntry => "on every new entry with the sign",
        ReRaise::OnNewEpisodeOrWorse => "on a new episode or worse evidence",
    }
}

fn reraise_text(r: ReRaise) -> &'static str {
    match r {
        ReRaise::OnEveryNewEntry => "a sign logged again is news, even after the first report was acknowledged.",
        ReRaise::OnNewEpisodeOrWorse => "a new episode (none of the same entries) or a worse measure (a higher score, a larger rise, a new kind of leg symptom) raises it again; more entries of the same episode do not, so an acknowledged alert does not nag every day.",
    }
}
