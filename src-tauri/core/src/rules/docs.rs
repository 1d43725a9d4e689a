//! docs/red-flags.md, rendered from the rule data so the document cannot drift from the
//! code (a test in tests/core/red_flags.rs fails when the committed file differs).

use super::{ReRaise, Tier, RULES};
use std::fmt::Write;

/// The whole of docs/red-flags.md.
pub fn render_markdown() -> String {
    let mut out = String::new();
    out.push_str("# Red-flag rules\n\n");
    out.push_str("<!-- Generated from src-tauri/core/src/rules/catalogue.rs by `UPDATE_DOCS=1 cargo test --test core red_flags_doc`. Do not edit by hand. -->\n\n");
    out.push_str(
        "Backstory checks the journal and profile for signs that mean *get care*, and says how soon. \
It never names a diagnosis and it is not a medical device: if you are worried, contact a \
health professional whatever the app shows.\n\n",
    );
    out.push_str("## How alerts behave\n\n");
    out.push_str("- The rules run after every change to the journal or profile and at start-up, over a bounded recent window (at most 30 days).\n");
    out.push_str("- An alert keeps the entries it rests on (its evidence), when it was first and last raised, and when it was acknowledged.\n");
    out.push_str("- An **emergency** alert fills the whole window until it is acknowledged; while it is open the app suggests no exercise or position. Other tiers show as a banner and on the Alerts page.\n");
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

    out.push_str("## Summary\n\n| Tier | Rule id | Sign | Threshold |\n|---|---|---|---|\n");
    for rule in RULES {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            tier_short(rule.tier),
            rule.id.as_str(),
            rule.title,
            rule.threshold.replace('|', "\\|")
        );
    }
    out.push('\n');

    for tier in Tier::ALL {
        let _ = writeln!(out, "## {}\n", tier.label());
        let _ = writeln!(out, "{}\n", tier.action());
        for rule in RULES.iter().filter(|r| r.tier == tier) {
            let _ = writeln!(out, "### {} (`{}`)\n", rule.title, rule.id.as_str());
            let _ = writeln!(out, "- **What it means:** {}", rule.meaning);
            let _ = writeln!(out, "- **What to do now:** {}", rule.what_to_do);
            let _ = writeln!(out, "- **Threshold:** {}", rule.threshold);
            let _ = writeln!(out, "- **Why this threshold:** {}", rule.reason);
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
