//! Sharing from the command line: `export`, `import`, `partners`, `partner-entries`,
//! `remove-partner`, `together`, `report`, `backup` and `restore`. Passphrases are read
//! from an environment variable or a file, never from the command line (where other users
//! of the machine could read them in the process list).

use crate::args::Args;
use crate::output::{print_json, CliError};
use backstory_core::domain::{parse_json, TimelineItem, TimelineQuery, TIMELINE_PAGE_MAX};
use backstory_core::exchange::report::ReportRequest;
use backstory_core::exchange::{
    crypto, read, DateRange, ExportKind, ExportRequest, Includes, TogetherQuery,
};
use backstory_core::store::backups::BACKUP_DIR;
use backstory_core::Journal;
use chrono::{Local, NaiveDate, Utc};
use serde_json::json;
use std::path::{Path, PathBuf};
use uuid::Uuid;

pub const USAGE: &str = "
sharing:
  export     --out FILE [--kind partner|backup] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
             [--include pain,activities,warning_signs,intimacy_details,notes,check_ins,alerts]
             [--passphrase-env VAR | --passphrase-file FILE] [--csv]
             partner shares are encrypted (passphrase required) and leave out warning
             signs and leg symptoms, notes, intimacy details and alerts unless --include
             names them; a backup is plain JSON for
             your own use unless a passphrase is given; --csv writes a spreadsheet-safe CSV
  import     --file FILE (--partner NAME | --backup) [--passphrase-env VAR | --passphrase-file FILE]
             a partner share goes into that partner's read-only journal; a backup merges
             into your own; a refused file changes nothing
  partners                                  imported partners and their entry counts
  partner-entries --partner ID [--from D] [--to D] [--limit N] [--offset N]
  remove-partner  --partner ID              removes the partner and all their entries
  together   --partner ID [--from D] [--to D] [--window MINUTES]
             intimacy you both logged, with both partners' pain before and after
  report     --out FILE.pdf [--from D] [--to D]   clinician PDF (default: the last 90 days)
  backup     [--out FILE] [--auto]          verified SQLite copy (default in DATA/backups);
             --auto makes today's rotating backup (keeps 7)
  restore    --file FILE                    checks the file, saves the current journal
             in DATA/backups, then restores
";

fn date(args: &Args, key: &str) -> Result<Option<NaiveDate>, CliError> {
    args.get(key)
        .map(|t| {
            NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map_err(|_| CliError::usage(format!("--{key} must be a date like 2026-11-27")))
        })
        .transpose()
}

fn required<'a>(args: &'a Args, key: &str) -> Result<&'a str, CliError> {
    args.get(key)
        .ok_or_else(|| CliError::usage(format!("--{key} is required")))
}

fn uuid_arg(args: &Args, key: &str) -> Result<Uuid, CliError> {
    Uuid::parse_str(required(args, key)?).map_err(|_| {
        CliError::usage(format!(
            "--{key} must be an id as shown by `backstory partners`"
        ))
    })
}

/// The passphrase from `--passphrase-env VAR` or `--passphrase-file FILE`, if given.
fn passphrase(args: &Args) -> Result<Option<String>, CliError> {
    if let Some(var) = args.get("passphrase-env") {
        let value = std::env::var(var)
            .map_err(|_| CliError::usage(format!("the environment variable {var} is not set")))?;
        return Ok(Some(value));
    }
    if let Some(file) = args.get("passphrase-file") {
        let text = std::fs::read_to_string(file).map_err(|e| {
            CliError::usage(format!(
                "the passphrase file could not be read ({})",
                e.kind()
            ))
        })?;
        return Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()));
    }
    Ok(None)
}

/// Writes through a temporary file, fsync and rename (see the core's `files` module).
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    Ok(backstory_core::exchange::files::write_atomically(
        path, bytes,
    )?)
}

fn includes(args: &Args, kind: ExportKind) -> Result<Option<Includes>, CliError> {
    let names = args.all("include");
    if names.is_empty() {
        return Ok(None);
    }
    let mut inc = Includes {
        pain: false,
        activities: false,
        warning_signs: false,
        intimacy_details: false,
        notes: false,
        check_ins: false,
        alerts: false,
    };
    for name in &names {
        match name.as_str() {
            "pain" => inc.pain = true,
            "activities" => inc.activities = true,
            "warning_signs" => inc.warning_signs = true,
            "intimacy_details" => inc.intimacy_details = true,
            "notes" => inc.notes = true,
            "check_ins" => inc.check_ins = true,
            "alerts" => inc.alerts = true,
            "all" => inc = Includes::everything(),
            "default" => inc = Includes::for_kind(kind),
            other => {
                return Err(CliError::usage(format!(
                    "--include: unknown part \"{other}\""
                )))
            }
        }
    }
    Ok(Some(inc))
}

pub fn export(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let out = PathBuf::from(required(args, "out")?);
    let kind = match args.get("kind").unwrap_or("backup") {
        "partner" => ExportKind::Partner,
        "backup" => ExportKind::Backup,
        _ => return Err(CliError::usage("--kind must be partner or backup")),
    };
    let request = ExportRequest {
        kind,
        range: DateRange {
            from: date(args, "from")?,
            to: date(args, "to")?,
        },
        includes: includes(args, kind)?,
    };
    let now = Utc::now();
    if args.flag("csv") {
        let csv = journal.exchange().export_csv(&request, now)?;
        write_atomically(&out, csv.as_bytes())?;
        if args.json {
            print_json(&json!({ "file": out, "format": "csv", "bytes": csv.len() }));
        } else {
            println!("Wrote CSV to {}", out.display());
        }
        return Ok(());
    }
    let pass = passphrase(args)?;
    let (bytes, summary) =
        journal
            .exchange()
            .export_bytes(&request, pass.as_deref(), crypto::WORK_FACTOR, now)?;
    write_atomically(&out, &bytes)?;
    if args.json {
        print_json(&json!({ "file": out, "summary": summary }));
    } else {
        let what = if summary.encrypted {
            "encrypted"
        } else {
            "PLAIN, UNENCRYPTED JSON for your own use"
        };
        println!(
            "Wrote {} ({what}) to {}: {} pain, {} activities, {} check-ins, {} alerts",
            kind.label(),
            out.display(),
            summary.pain,
            summary.activities,
            summary.check_ins,
            summary.alerts
        );
    }
    Ok(())
}

pub fn import(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let file = PathBuf::from(required(args, "file")?);
    let bytes = read::read_capped(&file)?;
    let pass = passphrase(args)?;
    let now = Utc::now();
    let summary = match (args.get("partner"), args.flag("backup")) {
        (Some(name), false) => journal.partners().import(&bytes, name, pass.as_deref(), now)?,
        (None, true) => journal.alerts().write_and_refresh(now, |j| j.exchange().import_backup(&bytes, pass.as_deref(), now))?,
        _ => return Err(CliError::usage("say what the file is: --partner NAME (a partner's share) or --backup (your own backup)")),
    };
    if args.json {
        print_json(&summary);
    } else {
        let whose = summary
            .partner_name
            .as_deref()
            .map(|n| format!(" into {n}'s journal"))
            .unwrap_or_default();
        println!(
            "Imported{whose}: {} new, {} updated, {} unchanged, {} removed",
            summary.added, summary.updated, summary.unchanged, summary.removed
        );
    }
    Ok(())
}

pub fn partners(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let list = journal.partners().list()?;
    if args.json {
        print_json(&list);
    } else if list.is_empty() {
        println!("No partner shares imported.");
    } else {
        for p in &list {
            println!(
                "{}  {}  exported {}  {} pain, {} activities, {} check-ins",
                p.id,
                p.name,
                p.exported_at.format("%Y-%m-%d"),
                p.pain,
                p.activities,
                p.check_ins
            );
        }
    }
    Ok(())
}

pub fn partner_entries(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let id = uuid_arg(args, "partner")?;
    let query: TimelineQuery = parse_json(json!({
        "from": args.get("from"),
        "to": args.get("to"),
        "limit": args.get("limit").map(str::parse::<u32>).transpose().map_err(|_| CliError::usage("--limit must be a whole number"))?.unwrap_or(TIMELINE_PAGE_MAX),
        "offset": args.get("offset").map(str::parse::<u32>).transpose().map_err(|_| CliError::usage("--offset must be a whole number"))?.unwrap_or(0),
    }))?;
    journal.partners().get(id)?;
    let page = journal.partners().timeline(id, &query)?;
    if args.json {
        print_json(&page);
    } else {
        for item in &page.items {
            match item {
                TimelineItem::Pain(p) => {
                    println!("{}  pain {}/10  {}", p.draft.at, p.draft.nrs, p.id)
                }
                TimelineItem::Activity(a) => {
                    println!("{}  {}  {}", a.draft.at, a.draft.kind.label(), a.id)
                }
                TimelineItem::CheckIn(c) => println!(
                    "{}  check-in stress {}/10  {}",
                    c.draft.date, c.draft.stress, c.id
                ),
            }
        }
    }
    Ok(())
}

pub fn remove_partner(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let id = uuid_arg(args, "partner")?;
    let removed = journal.partners().remove(id)?;
    if args.json {
        print_json(&json!({ "removed_entries": removed }));
    } else {
        println!("Removed the partner and {removed} entries.");
    }
    Ok(())
}

pub fn together(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let window = args
        .get("window")
        .map(str::parse::<u32>)
        .transpose()
        .map_err(|_| CliError::usage("--window must be a number of minutes"))?;
    let view = journal.partners().together(&TogetherQuery {
        partner_id: uuid_arg(args, "partner")?,
        from: date(args, "from")?,
        to: date(args, "to")?,
        window_minutes: window,
    })?;
    if args.json {
        print_json(&view);
    } else {
        let n = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_else(|| "-".into());
        println!(
            "Together with {} (within {} minutes):",
            view.partner_name, view.window_minutes
        );
        for e in &view.events {
            println!(
                "{}  you: pain {} -> {}   {}: pain {} -> {}",
                e.mine.at.format("%Y-%m-%d %H:%M"),
                n(e.mine.pain_before),
                n(e.mine.pain_after),
                view.partner_name,
                n(e.partner.pain_before),
                n(e.partner.pain_after)
            );
        }
        println!(
            "Logged by only one of you: {} (you), {} ({})",
            view.mine_unmatched, view.partner_unmatched, view.partner_name
        );
    }
    Ok(())
}

pub fn report(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let out = PathBuf::from(required(args, "out")?);
    let today = Local::now().date_naive();
    let to = date(args, "to")?.unwrap_or(today);
    let from = date(args, "from")?.unwrap_or(to - chrono::Duration::days(89));
    let request = ReportRequest { from, to };
    let now = Utc::now();
    let pdf = journal.exchange().clinician_report(&request, now, today)?;
    write_atomically(&out, &pdf)?;
    if args.json {
        let data = journal.exchange().report_data(&request, now, today)?;
        print_json(
            &json!({ "file": out, "bytes": pdf.len(), "summary": data.summary, "flags": data.flags, "alerts": data.alerts }),
        );
    } else {
        println!(
            "Wrote the clinician report ({from} to {to}) to {}",
            out.display()
        );
    }
    Ok(())
}

pub fn backup(journal: &Journal, args: &Args) -> Result<(), CliError> {
    let data_dir = &args.data_dir().map_err(CliError::usage)?;
    if args.flag("auto") {
        let written = journal
            .file()
            .auto_backup(data_dir, Local::now().date_naive())?;
        if args.json {
            print_json(&json!({ "written": written }));
        } else {
            match written {
                Some(p) => println!("Wrote today's backup to {}", p.display()),
                None => println!("Today's backup already exists."),
            }
        }
        return Ok(());
    }
    let out = match args.get("out") {
        Some(p) => PathBuf::from(p),
        None => data_dir.join(BACKUP_DIR).join(format!(
            "manual-{}.db",
            Utc::now().format("%Y-%m-%dT%H-%M-%SZ")
        )),
    };
    let info = journal.file().backup_to(&out)?;
    if args.json {
        print_json(&info);
    } else {
        println!(
            "Backed up to {} ({} pain, {} activities, {} check-ins; verified)",
            info.path, info.pain, info.activities, info.check_ins
        );
    }
    Ok(())
}

pub fn restore(journal: &mut Journal, args: &Args) -> Result<(), CliError> {
    let data_dir = &args.data_dir().map_err(CliError::usage)?;
    let file = PathBuf::from(required(args, "file")?);
    let now = Utc::now();
    let summary = journal.alerts().write_and_refresh(now, |j| {
        j.file_mut()
            .restore_from(&file, &data_dir.join(BACKUP_DIR), now)
    })?;
    if args.json {
        print_json(&summary);
    } else {
        println!(
            "Restored ({} pain, {} activities, {} check-ins). The journal as it was is saved at {}",
            summary.pain, summary.activities, summary.check_ins, summary.safety_backup
        );
    }
    Ok(())
}
