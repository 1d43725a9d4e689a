//! Sharing from the command line: `export`, `import`, `partners`, `partner-entries`,
//! `remove-partner`, `together`, `report`, `backup` and `restore`. Passphrases are read
//! from an environment variable or a file, never from the command line (where other users
//! of the machine could read them in the process list).

use crate::cli::{ExportArgs, PageArgs, PassphraseArgs, ReportArgs};
use crate::journal_cmds::describe;
use crate::output::{number, print_json, CliError};
use crate::Ctx;
use backstory_application::{self as app, Now};
use backstory_core::domain::TIMELINE_PAGE_MAX;
use backstory_core::exchange::fhir::FhirRequest;
use backstory_core::exchange::pdf::ReportFonts;
use backstory_core::exchange::report::ReportRequest;
use backstory_core::exchange::{DateRange, ExportKind, ExportRequest, Includes};
use backstory_core::i18n::{self, tr, tr_with};
use chrono::{NaiveDate, Utc};
use serde_json::json;
use std::path::{Path, PathBuf};
use uuid::Uuid;

fn date(value: Option<String>, key: &str) -> Result<Option<NaiveDate>, CliError> {
    value
        .map(|t| {
            NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| {
                CliError::usage(tr_with(
                    "cli-tools-date",
                    &i18n::args([("flag", format!("--{key}").into())]),
                ))
            })
        })
        .transpose()
}

fn uuid_arg(text: &str, key: &str) -> Result<Uuid, CliError> {
    Uuid::parse_str(text).map_err(|_| {
        CliError::usage(tr_with(
            "cli-tools-partner-id",
            &i18n::args([
                ("flag", format!("--{key}").into()),
                ("command", "backstory partners".into()),
            ]),
        ))
    })
}

/// The passphrase from `--passphrase-env VAR` or `--passphrase-file FILE`, if given.
fn passphrase(args: &PassphraseArgs) -> Result<Option<String>, CliError> {
    if let Some(var) = &args.passphrase_env {
        let value = std::env::var(var).map_err(|_| {
            CliError::usage(tr_with(
                "cli-tools-env-unset",
                &i18n::args([("var", var.as_str().into())]),
            ))
        })?;
        return Ok(Some(value));
    }
    if let Some(file) = &args.passphrase_file {
        let text = std::fs::read_to_string(file).map_err(|e| {
            CliError::usage(tr_with(
                "cli-tools-passphrase-file",
                &i18n::args([("reason", e.kind().to_string().into())]),
            ))
        })?;
        return Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()));
    }
    Ok(None)
}

fn includes(names: &[String], kind: ExportKind) -> Result<Option<Includes>, CliError> {
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
        region_details: false,
        experiments: false,
    };
    for name in names {
        match name.as_str() {
            "pain" => inc.pain = true,
            "activities" => inc.activities = true,
            "warning_signs" => inc.warning_signs = true,
            "intimacy_details" => inc.intimacy_details = true,
            "notes" => inc.notes = true,
            "check_ins" => inc.check_ins = true,
            "alerts" => inc.alerts = true,
            "region_details" => inc.region_details = true,
            "experiments" => inc.experiments = true,
            "all" => inc = Includes::everything(),
            "default" => inc = Includes::for_kind(kind),
            other => {
                return Err(CliError::usage(tr_with(
                    "cli-tools-unknown",
                    &i18n::args([("flag", "--include".into()), ("value", other.into())]),
                )))
            }
        }
    }
    Ok(Some(inc))
}

/// A yes/no choice for a message's selector.
fn yes_no(yes: bool) -> &'static str {
    if yes {
        "yes"
    } else {
        "no"
    }
}

pub fn export(ctx: &Ctx, args: ExportArgs) -> Result<(), CliError> {
    let kind = match args.kind.as_str() {
        "partner" => ExportKind::Partner,
        "backup" => ExportKind::Backup,
        _ => {
            return Err(CliError::usage(tr_with(
                "cli-tools-either",
                &i18n::args([
                    ("flag", "--kind".into()),
                    ("a", "partner".into()),
                    ("b", "backup".into()),
                ]),
            )))
        }
    };
    let request = ExportRequest {
        kind,
        range: DateRange {
            from: date(args.from, "from")?,
            to: date(args.to, "to")?,
        },
        includes: includes(&args.include, kind)?,
    };
    let now = Now::local();
    let out = args.out;
    if let Some(partner) = &args.for_partner {
        let request = ExportRequest {
            kind: ExportKind::Partner,
            includes: includes(&args.include, ExportKind::Partner)?,
            ..request
        };
        return crate::pair_cmds::export_to(
            ctx,
            partner,
            request,
            args.expires_in_days,
            args.notes,
            &out,
        );
    }
    if args.fhir {
        let request = FhirRequest {
            range: request.range,
            includes: includes(&args.include, ExportKind::Partner)?,
            patient_name: args.patient_name.unwrap_or_default(),
        };
        let request = serde_json::to_value(&request).expect("a FHIR request serialises");
        let saved = app::sharing_export_fhir(request, now)?.run(&mut ctx.session()?, &out)?;
        let s = saved.result;
        if ctx.json {
            print_json(&json!({ "file": out, "format": "fhir-r4", "summary": s }));
        } else {
            let words = i18n::args([
                ("file", out.display().to_string().into()),
                ("pain", s.pain.into()),
                ("peg", s.peg.into()),
                ("activities", s.activities.into()),
                ("checkIns", s.check_ins.into()),
                ("flags", s.flags.into()),
                ("patient", yes_no(s.patient).into()),
            ]);
            println!("{}", tr_with("cli-tools-fhir-written", &words));
        }
        return Ok(());
    }
    let request = serde_json::to_value(&request).expect("an export request serialises");
    if args.csv {
        let plan = app::sharing_export_csv(request, now)?;
        plan.run(&mut ctx.session()?, &out)?;
        if ctx.json {
            let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
            print_json(&json!({ "file": out, "format": "csv", "bytes": bytes }));
        } else {
            println!(
                "{}",
                tr_with(
                    "cli-wrote-csv",
                    &i18n::args([("file", out.display().to_string().into())])
                )
            );
        }
        return Ok(());
    }
    let pass = passphrase(&args.passphrase)?.unwrap_or_default();
    let plan = app::sharing_export(request, json!(pass), now)?;
    let summary = plan.run(&mut ctx.session()?, &out)?.result;
    if ctx.json {
        print_json(&json!({ "file": out, "summary": summary }));
    } else {
        let kind = match kind {
            ExportKind::Partner => "partner",
            ExportKind::Backup => "backup",
        };
        let words = i18n::args([
            ("kind", kind.into()),
            ("encrypted", yes_no(summary.encrypted).into()),
            ("file", out.display().to_string().into()),
            ("pain", summary.pain.into()),
            ("activities", summary.activities.into()),
            ("checkIns", summary.check_ins.into()),
            ("alerts", summary.alerts.into()),
        ]);
        println!("{}", tr_with("cli-tools-export-written", &words));
    }
    Ok(())
}

pub fn import(
    ctx: &Ctx,
    file: &Path,
    partner: Option<String>,
    backup: bool,
    pass: &PassphraseArgs,
) -> Result<(), CliError> {
    let pass = json!(passphrase(pass)?.unwrap_or_default());
    let now = Now::local();
    let plan = match (partner, backup) {
        (Some(name), false) => app::import_partner_share(json!(name), pass, now)?,
        (None, true) => app::import_own_export(pass, now)?,
        _ => {
            return Err(CliError::usage(tr_with(
                "cli-tools-import-what",
                &i18n::args([
                    ("partner", "--partner".into()),
                    ("backup", "--backup".into()),
                ]),
            )))
        }
    };
    let summary = plan.run(&mut ctx.session()?, file)?.value;
    if ctx.json {
        print_json(&summary);
    } else {
        let counts = [
            ("added", summary.added.into()),
            ("updated", summary.updated.into()),
            ("unchanged", summary.unchanged.into()),
            ("removed", summary.removed.into()),
        ];
        let text = match summary.partner_name.as_deref() {
            Some(name) => {
                let mut with_name = i18n::args(counts);
                with_name.set("name", name.to_string());
                tr_with("cli-imported-partner", &with_name)
            }
            None => tr_with("cli-imported", &i18n::args(counts)),
        };
        println!("{text}");
    }
    Ok(())
}

pub fn partners(ctx: &Ctx) -> Result<(), CliError> {
    let list = app::sharing_partners(&mut ctx.session()?)?;
    if ctx.json {
        print_json(&list);
    } else if list.is_empty() {
        println!("{}", tr("cli-no-partners"));
    } else {
        for p in &list {
            let words = i18n::args([
                ("id", p.id.to_string().into()),
                ("name", p.name.as_str().into()),
                ("date", p.exported_at.format("%Y-%m-%d").to_string().into()),
                ("pain", p.pain.into()),
                ("activities", p.activities.into()),
                ("checkIns", p.check_ins.into()),
            ]);
            println!("{}", tr_with("cli-tools-partner-line", &words));
        }
    }
    Ok(())
}

pub fn partner_entries(ctx: &Ctx, partner: &str, page: PageArgs) -> Result<(), CliError> {
    let id = uuid_arg(partner, "partner")?;
    let query = json!({
        "from": page.from,
        "to": page.to,
        "limit": number::<u32>(page.limit.as_deref(), "--limit")?.unwrap_or(TIMELINE_PAGE_MAX),
        "offset": number::<u32>(page.offset.as_deref(), "--offset")?.unwrap_or(0),
    });
    let page = app::sharing_partner_timeline(&mut ctx.session()?, json!(id), query)?;
    if ctx.json {
        print_json(&page);
    } else {
        for item in &page.items {
            println!("{}", describe(item));
        }
    }
    Ok(())
}

pub fn remove_partner(ctx: &Ctx, partner: &str) -> Result<(), CliError> {
    let id = uuid_arg(partner, "partner")?;
    let removed = app::remove_partner(&mut ctx.session()?, json!(id))?.value;
    if ctx.json {
        print_json(&json!({ "removed_entries": removed }));
    } else {
        let count = i18n::args([("count", removed.into())]);
        println!("{}", tr_with("cli-tools-partner-removed", &count));
    }
    Ok(())
}

pub fn together(
    ctx: &Ctx,
    partner: &str,
    from: Option<String>,
    to: Option<String>,
    window: Option<String>,
) -> Result<(), CliError> {
    let window = window.map(|w| w.parse::<u32>()).transpose().map_err(|_| {
        CliError::usage(tr_with(
            "cli-tools-minutes",
            &i18n::args([("flag", "--window".into())]),
        ))
    })?;
    let query = json!({
        "partner_id": uuid_arg(partner, "partner")?,
        "from": date(from, "from")?,
        "to": date(to, "to")?,
        "window_minutes": window,
    });
    let view = app::sharing_together(&mut ctx.session()?, query, Now::local())?;
    if ctx.json {
        print_json(&view);
    } else {
        let n = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_else(|| "-".into());
        let name = view.partner_name.as_str();
        let head = i18n::args([
            ("name", name.into()),
            ("minutes", view.window_minutes.into()),
        ]);
        println!("{}", tr_with("cli-tools-together", &head));
        for e in &view.events {
            let line = i18n::args([
                ("at", e.mine.at.format("%Y-%m-%d %H:%M").to_string().into()),
                ("before", n(e.mine.pain_before).into()),
                ("after", n(e.mine.pain_after).into()),
                ("name", name.into()),
                ("theirBefore", n(e.partner.pain_before).into()),
                ("theirAfter", n(e.partner.pain_after).into()),
            ]);
            println!("{}", tr_with("cli-tools-together-line", &line));
        }
        let unmatched = i18n::args([
            ("mine", view.mine_unmatched.into()),
            ("theirs", view.partner_unmatched.into()),
            ("name", name.into()),
        ]);
        println!("{}", tr_with("cli-tools-together-unmatched", &unmatched));
    }
    Ok(())
}

/// Where the CLI finds the report's fonts: `--fonts`, else next to the installed app
/// (the .deb puts its resources in /usr/lib/Backstory), else the source tree.
fn fonts_dir(given: Option<PathBuf>) -> PathBuf {
    if let Some(dir) = given {
        return dir;
    }
    let installed = [
        std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|d| d.join("fonts"))),
        Some(PathBuf::from("/usr/lib/Backstory/fonts")),
    ];
    installed
        .into_iter()
        .flatten()
        .find(|d| d.join(ReportFonts::REGULAR).is_file())
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts"))
}

pub fn report(ctx: &Ctx, args: ReportArgs) -> Result<(), CliError> {
    let now = Now::local();
    let today = now.today();
    let to = date(args.to, "to")?.unwrap_or(today);
    let from = date(args.from, "from")?.unwrap_or(to - chrono::Duration::days(89));
    let mut includes = ReportRequest::default_includes();
    includes.intimacy_details = args.intimacy;
    includes.notes = args.notes;
    if args.no_warning_signs {
        includes.warning_signs = false;
        includes.alerts = false;
    }
    let request = json!({
        "from": from,
        "to": to,
        "name": args.name,
        "questions": args.questions,
        "includes": includes,
    });
    let plan = app::sharing_report(request.clone(), &fonts_dir(args.fonts), now)?;
    let mut session = ctx.session()?;
    let bytes = plan.run(&mut session, &args.out)?.result;
    if ctx.json {
        let data = app::sharing_report_preview(&mut session, request, now)?;
        print_json(&json!({ "file": args.out, "bytes": bytes, "report": data }));
    } else {
        println!(
            "{}",
            tr_with(
                "cli-wrote-report",
                &i18n::args([
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                    ("file", args.out.display().to_string().into()),
                ]),
            )
        );
    }
    Ok(())
}

pub fn backup(ctx: &Ctx, out: Option<PathBuf>, auto: bool) -> Result<(), CliError> {
    let data_dir = ctx.data_dir()?;
    let now = Now::local();
    let session = ctx.session()?;
    if auto {
        let written = session
            .journal()?
            .file()
            .auto_backup(&data_dir.journal_dir(ctx.demo), now.today())?;
        if ctx.json {
            print_json(&json!({ "written": written }));
        } else {
            match written {
                Some(p) => {
                    let file = i18n::args([("file", p.display().to_string().into())]);
                    println!("{}", tr_with("cli-tools-auto-backup-written", &file));
                }
                None => println!("{}", tr("cli-tools-auto-backup-exists")),
            }
        }
        return Ok(());
    }
    let out = match out {
        Some(p) => p,
        None => data_dir.backups(ctx.demo).join(format!(
            "manual-{}.db",
            Utc::now().format("%Y-%m-%dT%H-%M-%SZ")
        )),
    };
    let mut info = app::sharing_backup(now).run(&mut { session }, &out)?.result;
    // The window shows the file's name; a script gets the whole path it asked for.
    info.path = out.display().to_string();
    if ctx.json {
        print_json(&info);
    } else {
        let words = i18n::args([
            ("file", info.path.as_str().into()),
            ("pain", info.pain.into()),
            ("activities", info.activities.into()),
            ("checkIns", info.check_ins.into()),
        ]);
        println!("{}", tr_with("cli-tools-backed-up", &words));
    }
    Ok(())
}

pub fn backups(ctx: &Ctx) -> Result<(), CliError> {
    let names = app::sharing_backups(&ctx.session()?);
    if ctx.json {
        print_json(&names);
    } else {
        for name in &names {
            println!("{name}");
        }
    }
    Ok(())
}

pub fn restore(ctx: &Ctx, file: &Path) -> Result<(), CliError> {
    let mut summary = app::restore_backup(Now::local())
        .run(&mut ctx.session()?, file)?
        .value;
    // The safety copy's whole path, for a script that wants to keep it.
    summary.safety_backup = ctx
        .data_dir()?
        .backups(ctx.demo)
        .join(&summary.safety_backup)
        .display()
        .to_string();
    if ctx.json {
        print_json(&summary);
    } else {
        let words = i18n::args([
            ("pain", summary.pain.into()),
            ("activities", summary.activities.into()),
            ("checkIns", summary.check_ins.into()),
            ("file", summary.safety_backup.as_str().into()),
        ]);
        println!("{}", tr_with("cli-tools-restored", &words));
    }
    Ok(())
}
