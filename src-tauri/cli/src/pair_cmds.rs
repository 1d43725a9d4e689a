//! Pairing from the command line: `pair show|add|list|rename|remove|rekey|note`, and the
//! signed halves of `export --for PARTNER` and `import` (a signed share is recognised by
//! its first line). docs/security.md says what pairing protects against.

use crate::cli::PairAction;
use crate::output::{print_json, CliError};
use crate::{now_from, Ctx};
use backstory_application::{self as app, Now};
use backstory_core::exchange::{ExportRequest, Pairing, SignedShareRequest};
use serde_json::json;
use std::path::Path;

/// A pairing named by its id or (case-insensitively) by its name.
pub fn find_pairing(ctx: &Ctx, which: &str) -> Result<Pairing, CliError> {
    let list = app::pairing_list(&mut ctx.session()?, Now::local())?;
    let mut found: Vec<Pairing> = list
        .into_iter()
        .filter(|p| p.id.to_string() == which || p.name.eq_ignore_ascii_case(which.trim()))
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(CliError::usage(format!(
            "no pairing is called \"{which}\": see `backstory pair list`"
        ))),
        _ => Err(CliError::usage(format!(
            "more than one pairing is called \"{which}\": give its id (see `backstory pair list`)"
        ))),
    }
}

fn describe(p: &Pairing) -> String {
    let mut line = format!("{}  {}  safety phrase: {}", p.id, p.name, p.safety_phrase);
    if let Some(seq) = p.last_sequence {
        line.push_str(&format!("  last share: no. {seq}"));
    }
    if let Some(at) = p.expires_at.filter(|_| p.partner_id.is_some()) {
        line.push_str(&format!("  their data expires {}", at.format("%Y-%m-%d")));
    }
    if let Some(at) = p.expired_at {
        line.push_str(&format!(
            "  (their share expired; its data was removed on {})",
            at.format("%Y-%m-%d")
        ));
    }
    if p.needs_pairing_again {
        line.push_str("  NEEDS PAIRING AGAIN (your keys changed)");
    }
    line
}

pub fn run(ctx: &Ctx, action: PairAction) -> Result<(), CliError> {
    match action {
        PairAction::Show { qr } => {
            let own = app::pairing_own(&mut ctx.session()?)?;
            if let Some(path) = qr {
                backstory_core::exchange::files::write_atomically(&path, own.qr_svg.as_bytes())?;
            }
            if ctx.json {
                print_json(&json!({ "code": own.code, "key_id": own.key_id, "name": own.name }));
            } else {
                println!("Your pairing code (give it to your partner; it holds no secret):");
                println!("{}", own.code);
                println!("key id {}", own.key_id);
            }
        }
        PairAction::Add { code, name, now } => {
            let now = now_from(now.as_deref())?;
            let p = app::pairing_add(
                &mut ctx.session()?,
                json!(code),
                json!(name.unwrap_or_default()),
                now,
            )?
            .value;
            if ctx.json {
                print_json(&p);
            } else {
                println!("Paired with {}.", p.name);
                println!(
                    "Safety phrase: {}  (compare it with the one on {}'s screen; if it differs, remove this pairing)",
                    p.safety_phrase, p.name
                );
            }
        }
        PairAction::List { now } => {
            let now = now_from(now.as_deref())?;
            let list = app::pairing_list(&mut ctx.session()?, now)?;
            if ctx.json {
                print_json(&list);
            } else if list.is_empty() {
                println!("Not paired with anyone.");
            } else {
                for p in &list {
                    println!("{}", describe(p));
                }
            }
        }
        PairAction::Rename { partner, name } => {
            let id = find_pairing(ctx, &partner)?.id;
            let p = app::pairing_rename(&mut ctx.session()?, json!(id), json!(name))?.value;
            if ctx.json {
                print_json(&p);
            } else {
                println!("Renamed to {}.", p.name);
            }
        }
        PairAction::Remove { partner } => {
            let id = find_pairing(ctx, &partner)?.id;
            let removed = app::pairing_remove(&mut ctx.session()?, json!(id))?.value;
            if ctx.json {
                print_json(&json!({ "removed_entries": removed }));
            } else {
                println!("Removed the pairing and {removed} of their entries.");
            }
        }
        PairAction::Rekey => {
            let own = app::pairing_rekey(&mut ctx.session()?)?.value;
            if ctx.json {
                print_json(&json!({ "code": own.code, "key_id": own.key_id }));
            } else {
                println!("New keys. Every partner must pair again with this code:");
                println!("{}", own.code);
            }
        }
        PairAction::Note {
            activity,
            text,
            shared,
            now,
        } => {
            let now = now_from(now.as_deref())?;
            let note = json!({ "activity_id": activity, "text": text, "shared": shared });
            app::set_evening_note(&mut ctx.session()?, note, now)?;
            if ctx.json {
                print_json(&json!({ "saved": true }));
            } else if shared {
                println!("Saved; it goes to your partner with your next share (with --notes).");
            } else {
                println!("Saved; it stays in your journal.");
            }
        }
    }
    Ok(())
}

/// `export --for PARTNER`: a signed share for a paired partner.
pub fn export_to(
    ctx: &Ctx,
    partner: &str,
    request: ExportRequest,
    expires_in_days: Option<u32>,
    notes: bool,
    out: &Path,
) -> Result<(), CliError> {
    let pairing = find_pairing(ctx, partner)?;
    let request = SignedShareRequest {
        pairing_id: pairing.id,
        export: request,
        expires_in_days,
        evening_notes: notes,
    };
    let request = serde_json::to_value(&request).expect("a share request serialises");
    let summary = app::sharing_export_to(request, Now::local())?
        .run(&mut ctx.session()?, out)?
        .result;
    if ctx.json {
        print_json(&json!({ "file": out, "to": pairing.name, "summary": summary }));
    } else {
        println!(
            "Wrote a signed share for {} to {}: {} pain, {} activities, {} check-ins. Once given, a file cannot be taken back.",
            pairing.name,
            out.display(),
            summary.pain,
            summary.activities,
            summary.check_ins
        );
    }
    Ok(())
}

/// `import` of a signed share from a paired partner.
pub fn import_signed(ctx: &Ctx, file: &Path, now: Now) -> Result<(), CliError> {
    let summary = app::import_signed_share(now)
        .run(&mut ctx.session()?, file)?
        .value;
    if ctx.json {
        print_json(&summary);
    } else {
        let s = &summary.import;
        println!(
            "Imported share no. {} from {} (signature checked): {} new, {} updated, {} unchanged, {} removed, {} evening notes{}",
            summary.sequence,
            summary.pairing_name,
            s.added,
            s.updated,
            s.unchanged,
            s.removed,
            summary.evening_notes,
            summary
                .expires_at
                .map(|t| format!("; removed on {} as {} chose", t.format("%Y-%m-%d"), summary.pairing_name))
                .unwrap_or_default()
        );
    }
    Ok(())
}

/// Whether the file starts like a signed share.
pub fn is_signed_share(file: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(file)
        .and_then(|mut f| f.read_exact(&mut head))
        .map(|_| backstory_core::exchange::signed::is_signed_share(&head))
        .unwrap_or(false)
}
