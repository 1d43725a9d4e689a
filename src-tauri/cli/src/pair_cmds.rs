//! Pairing from the command line: `pair show|add|list|rename|remove|rekey|note`, and the
//! signed halves of `export --for PARTNER` and `import` (a signed share is recognised by
//! its first line). docs/security.md says what pairing protects against.

use crate::cli::PairAction;
use crate::output::{print_json, CliError};
use crate::{now_from, Ctx};
use backstory_application::{self as app, Now};
use backstory_core::exchange::{ExportRequest, Pairing, SignedShareRequest};
use backstory_core::i18n::{args, tr, tr_with};
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
        0 => Err(CliError::usage(tr_with(
            "cli-tools-no-pairing",
            &args([
                ("name", which.into()),
                ("command", "backstory pair list".into()),
            ]),
        ))),
        _ => Err(CliError::usage(tr_with(
            "cli-tools-pairing-ambiguous",
            &args([
                ("name", which.into()),
                ("command", "backstory pair list".into()),
            ]),
        ))),
    }
}

fn describe(p: &Pairing) -> String {
    let day = |at: chrono::DateTime<chrono::Utc>| at.format("%Y-%m-%d").to_string();
    // Columns two spaces apart, each a phrase of its own.
    let mut columns = vec![tr_with(
        "cli-tools-pairing-line",
        &args([
            ("id", p.id.to_string().into()),
            ("name", p.name.as_str().into()),
            ("phrase", p.safety_phrase.as_str().into()),
        ]),
    )];
    if let Some(seq) = p.last_sequence {
        let seq = args([("sequence", seq.into())]);
        columns.push(tr_with("cli-tools-pairing-last-share", &seq));
    }
    if let Some(at) = p.expires_at.filter(|_| p.partner_id.is_some()) {
        let date = args([("date", day(at).into())]);
        columns.push(tr_with("cli-tools-pairing-expires", &date));
    }
    if let Some(at) = p.expired_at {
        let date = args([("date", day(at).into())]);
        columns.push(tr_with("cli-tools-pairing-expired", &date));
    }
    if p.needs_pairing_again {
        columns.push(tr("cli-tools-pairing-again"));
    }
    columns.join("  ")
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
                println!("{}", tr("cli-tools-pair-code"));
                println!("{}", own.code);
                let key = args([("id", own.key_id.to_string().into())]);
                println!("{}", tr_with("cli-tools-pair-key-id", &key));
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
                let words = args([
                    ("name", p.name.as_str().into()),
                    ("phrase", p.safety_phrase.as_str().into()),
                ]);
                println!("{}", tr_with("cli-tools-paired", &words));
                println!("{}", tr_with("cli-tools-safety-phrase", &words));
            }
        }
        PairAction::List { now } => {
            let now = now_from(now.as_deref())?;
            let list = app::pairing_list(&mut ctx.session()?, now)?;
            if ctx.json {
                print_json(&list);
            } else if list.is_empty() {
                println!("{}", tr("cli-tools-not-paired"));
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
                let name = args([("name", p.name.as_str().into())]);
                println!("{}", tr_with("cli-tools-renamed", &name));
            }
        }
        PairAction::Remove { partner } => {
            let id = find_pairing(ctx, &partner)?.id;
            let removed = app::pairing_remove(&mut ctx.session()?, json!(id))?.value;
            if ctx.json {
                print_json(&json!({ "removed_entries": removed }));
            } else {
                let count = args([("count", removed.into())]);
                println!("{}", tr_with("cli-tools-pairing-removed", &count));
            }
        }
        PairAction::Rekey => {
            let own = app::pairing_rekey(&mut ctx.session()?)?.value;
            if ctx.json {
                print_json(&json!({ "code": own.code, "key_id": own.key_id }));
            } else {
                println!("{}", tr("cli-tools-rekeyed"));
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
                let flag = args([("flag", "--notes".into())]);
                println!("{}", tr_with("cli-tools-note-shared", &flag));
            } else {
                println!("{}", tr("cli-tools-note-private"));
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
        let words = args([
            ("name", pairing.name.as_str().into()),
            ("file", out.display().to_string().into()),
            ("pain", summary.pain.into()),
            ("activities", summary.activities.into()),
            ("checkIns", summary.check_ins.into()),
        ]);
        println!("{}", tr_with("cli-tools-signed-share-written", &words));
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
        let mut words = args([
            ("sequence", summary.sequence.into()),
            ("name", summary.pairing_name.as_str().into()),
            ("added", s.added.into()),
            ("updated", s.updated.into()),
            ("unchanged", s.unchanged.into()),
            ("removed", s.removed.into()),
            ("notes", summary.evening_notes.into()),
        ]);
        let text = match summary.expires_at {
            Some(t) => {
                words.set("expires", t.format("%Y-%m-%d").to_string());
                tr_with("cli-tools-signed-share-imported-expires", &words)
            }
            None => tr_with("cli-tools-signed-share-imported", &words),
        };
        println!("{text}");
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
