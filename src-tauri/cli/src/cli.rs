// The command line's shape, with clap's derive. Only clap here: build.rs includes this
// file to write the shell completions and the man page.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// What every exit code means, shown in `--help` and the README.
pub const EXIT_CODES: &str = "Exit codes:
  0  done
  1  failed (the journal could not be read or written, a file could not be written,
     a wrong passphrase...); nothing was half done
  2  usage: an unknown command or option, or a missing or malformed value
  3  refused: the input was checked and is not valid (the error names the field);
     nothing was changed

Commands whose help says \"as JSON\" (alert-history, guide, insights, profile show,
reminders) print JSON always; the others print text, or JSON with --json.
With --json, results are JSON on stdout and an error is one line of JSON on stderr:
  {\"error\": {\"kind\": \"validation\", \"message\": \"...\", \"field\": \"nrs\"}}
An encrypted journal is opened with the passphrase in BACKSTORY_PASSPHRASE.";

#[derive(Debug, Parser)]
#[command(
    name = "backstory",
    version,
    about = "Backstory from the command line: the same journal, rules and exchange as the app",
    after_help = EXIT_CODES,
    propagate_version = true
)]
pub struct Cli {
    /// The data folder (default: the app's own folder for this user).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print results as JSON (and errors as one JSON line on stderr).
    #[arg(long, global = true)]
    pub json: bool,
    /// Use the demo journal (kept apart in DIR/demo; filled on first use by the app).
    #[arg(long, global = true)]
    pub demo: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Which journal is in use and whether it opens.
    Status,
    /// Entries, newest first.
    #[command(visible_alias = "timeline")]
    List(ListArgs),
    /// Log a pain entry.
    AddPain(PainArgs),
    /// Replace a pain entry with the given fields.
    EditPain {
        #[arg(long)]
        id: String,
        #[command(flatten)]
        pain: PainArgs,
    },
    /// Log an activity (intimacy, stretching, core session, walking...).
    AddActivity(ActivityArgs),
    /// Replace an activity with the given fields.
    EditActivity {
        #[arg(long)]
        id: String,
        #[command(flatten)]
        activity: ActivityArgs,
    },
    /// Log what was done for the pain (heat, cold, rest, massage, bath, medicine, TENS,
    /// physio, other) and, if known yet, how much it helped.
    LogRelief(ReliefArgs),
    /// Answer "how much did it help?" for a logged relief: --relief 0-10, or --unknown.
    RateRelief {
        /// The relief entry's id.
        #[arg(long)]
        id: String,
        #[arg(long, value_name = "0-10", required_unless_present = "unknown")]
        relief: Option<String>,
        /// Take the answer back: not known.
        #[arg(long, conflicts_with = "relief")]
        unknown: bool,
    },
    /// Save the daily check-in (replaces that day's).
    CheckIn(CheckInArgs),
    /// The check-in of one day.
    ShowCheckIn {
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
    },
    /// Save the weekly PEG check: three 0-10 answers about the past week.
    AddPeg(PegArgs),
    /// The weekly PEG: whether a check is due, the latest, and the weeks (gaps shown).
    Peg {
        /// How many weeks of trend (default 12, at most 104).
        #[arg(long, value_name = "N")]
        weeks: Option<String>,
        /// Put the Today card away for seven days instead ("not this week").
        #[arg(long)]
        dismiss: bool,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// An n-of-1 experiment: try one change in randomised weeks with and without it.
    Experiment {
        #[command(subcommand)]
        action: ExperimentAction,
    },
    /// Delete an entry (restorable for a while with `undelete`).
    Delete(EntryRef),
    /// Bring back a deleted entry.
    Undelete(EntryRef),
    /// The activity a pain entry at this time would be linked to, and recent ones.
    SuggestLink {
        #[arg(long, value_name = "RFC3339")]
        at: String,
    },
    /// Answer "how was your back afterwards?" for an activity: --none (no pain) or --nrs N.
    /// Saved as a pain entry linked to the activity, dated at the moment it describes.
    LogOutcome(OutcomeArgs),
    /// Activities from the last days still waiting for "how was your back afterwards?".
    PendingOutcomes {
        /// The time to count from (default: now).
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Each activity's outcome: the highest linked rating (0 = no pain), or unknown.
    Outcomes {
        /// An activity id (repeat or separate with commas).
        #[arg(long, value_delimiter = ',', required = true)]
        activity: Vec<String>,
    },
    /// Which kinds of activity "how was your back afterwards?" is asked about.
    OutcomeKinds {
        /// Replace the list, e.g. intimacy,lifting (repeat or separate with commas).
        #[arg(long, value_delimiter = ',')]
        set: Option<Vec<String>>,
    },
    /// The profile the rules and the guide use.
    Profile {
        #[command(subcommand)]
        action: ProfileAction,
    },
    /// The intimacy positions catalogue.
    Positions,
    /// Re-evaluates the red-flag rules, then lists every alert on record.
    Alerts {
        /// Only alerts that need attention.
        #[arg(long)]
        needs_attention: bool,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Marks the raise you read as seen.
    AcknowledgeAlert {
        #[arg(long, value_name = "RULE")]
        rule: String,
        #[arg(long, value_name = "N")]
        raise_count: String,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// What happened to one rule's alert (or all alerts), as JSON.
    AlertHistory {
        #[arg(long, value_name = "RULE")]
        rule: Option<String>,
    },
    /// Every rule: tier, threshold, reason, sources.
    RedFlagRules,
    /// Today's picks from the guide (paused while an urgent alert is open).
    Today {
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// The guide as JSON: catalogue, positions advice, routines, programme, stress tools.
    Guide {
        #[command(subcommand)]
        action: GuideAction,
    },
    /// Insights as JSON: pain trend, pain after activities, programme adherence, the week.
    Insights {
        #[command(subcommand)]
        action: InsightsAction,
    },
    /// What was different before your flares: plain sentences (with --json, the figures).
    Flares,
    /// Reminder settings and what comes next as JSON; snooze.
    Reminders {
        #[command(subcommand)]
        action: RemindersAction,
    },
    /// Writes the deterministic benchmark journal into an empty data folder.
    Generate {
        #[arg(long)]
        entries: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        end: Option<String>,
        #[arg(long)]
        seed: Option<String>,
    },
    /// Export for a partner (encrypted) or for yourself (JSON, CSV with --csv, FHIR with --fhir).
    Export(ExportArgs),
    /// Import a partner's share (--partner NAME), your own export (--backup), or a signed
    /// share from a paired partner (recognised by itself).
    Import {
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
        #[arg(long, value_name = "NAME", conflicts_with = "backup")]
        partner: Option<String>,
        #[arg(long)]
        backup: bool,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
    /// Pairing with a partner: your code, their code, the safety phrase, renaming,
    /// removing, new keys, notes on shared evenings.
    Pair {
        #[command(subcommand)]
        action: PairAction,
    },
    /// Imported partners and their entry counts.
    Partners,
    /// One page of a partner's entries.
    PartnerEntries {
        #[arg(long, value_name = "ID")]
        partner: String,
        #[command(flatten)]
        page: PageArgs,
    },
    /// Removes the partner and all their entries.
    RemovePartner {
        #[arg(long, value_name = "ID")]
        partner: String,
    },
    /// Intimacy you both logged, with both partners' pain before and after.
    Together {
        #[arg(long, value_name = "ID")]
        partner: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        #[arg(long, value_name = "MINUTES")]
        window: Option<String>,
    },
    /// The clinician PDF (default: the last 90 days).
    Report(ReportArgs),
    /// A verified SQLite copy (default in DATA/backups); --auto: today's rotating backup.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long)]
        auto: bool,
    },
    /// The backups kept in the data folder, newest first.
    Backups,
    /// Checks a backup, saves the current journal in DATA/backups, then restores.
    Restore {
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
    /// Replaces a journal that cannot be opened with one of its backups (by name).
    Recover {
        #[arg(long, value_name = "NAME")]
        backup: String,
    },
    /// Encryption, lock time, the data-folder warning.
    SecurityStatus,
    /// Whether the journal is encrypted.
    EncryptionStatus,
    /// Encrypts the journal and its backups with BACKSTORY_NEW_PASSPHRASE.
    Encrypt,
    /// Turns encryption off (needs BACKSTORY_PASSPHRASE).
    Decrypt,
    /// From BACKSTORY_PASSPHRASE to BACKSTORY_NEW_PASSPHRASE.
    ChangePassphrase,
    /// Lock the window's journal after MINUTES idle ("off": never).
    IdleLock {
        #[arg(value_name = "MINUTES|off")]
        minutes: String,
    },
    /// Warns when the data folder is on a network drive or in a cloud sync folder.
    StorageCheck,
    /// Shell completions on stdout.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// For the crash tests: one kind of work in a loop, a line after each commit.
    #[command(hide = true)]
    CrashWriter {
        #[arg(long, default_value = "save")]
        mode: String,
        #[arg(long)]
        file: Option<PathBuf>,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        count: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// pain, activity or check_in (repeat or separate with commas).
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct PageArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    #[arg(long, value_name = "N")]
    pub limit: Option<String>,
    #[arg(long, value_name = "N")]
    pub offset: Option<String>,
}

#[derive(Debug, Args)]
pub struct PainArgs {
    /// Pain 0-10 (default: the worst region's score, when a --region has one).
    #[arg(long)]
    pub nrs: Option<String>,
    /// When it was (default: now), e.g. 2026-12-06T21:30:00+01:00.
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    /// Where it hurts: REGION[=SCORE[:QUALITY,...]], e.g. buttock_left=6:aching,burning
    /// or lower_back_centre (repeatable or comma-separated; an unknown region or quality
    /// is refused with the list of allowed ones).
    #[arg(long, value_name = "REGION[=SCORE[:QUALITY,...]]")]
    pub region: Vec<String>,
    /// What it feels like, e.g. aching, sharp, burning (repeatable or comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub quality: Vec<String>,
    /// When it started relative to the activity before it, e.g. during, hours_later.
    #[arg(long)]
    pub onset: Option<String>,
    #[arg(long, value_name = "0-10")]
    pub interference_daily: Option<String>,
    #[arg(long, value_name = "0-10")]
    pub interference_intimacy: Option<String>,
    /// numbness, tingling, weakness
    #[arg(long, value_delimiter = ',')]
    pub leg: Vec<String>,
    /// one_leg or both_legs
    #[arg(long)]
    pub leg_side: Option<String>,
    /// saddle_numbness, bladder_bowel_change, sexual_function_change, fever,
    /// leg_weakness_worsening, night_pain, back_lump, both_legs
    #[arg(long, value_delimiter = ',')]
    pub sign: Vec<String>,
    /// The activity this pain follows.
    #[arg(long, value_name = "ID")]
    pub activity: Option<String>,
    /// Free text, private unless a share includes notes.
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct ActivityArgs {
    /// intimacy, stretching, core_session, walking_sport, sitting, lifting, stress_relief, other
    #[arg(long)]
    pub kind: String,
    /// When it was (default: now).
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    #[arg(long, value_name = "MINUTES")]
    pub duration: Option<String>,
    /// Intimacy: a position id from `backstory positions` (repeatable).
    #[arg(long, value_delimiter = ',')]
    pub position: Vec<String>,
    /// Intimacy: moving or resting.
    #[arg(long)]
    pub role: Option<String>,
    /// Intimacy: pillow_under_lower_back, wedge, ... (repeatable).
    #[arg(long, value_delimiter = ',')]
    pub prop: Vec<String>,
    /// Intimacy: a warm-up was done.
    #[arg(long)]
    pub warm_up: bool,
    /// Intimacy: pain before, 0-10.
    #[arg(long, value_name = "0-10")]
    pub pain_before: Option<String>,
    /// Stretching or core session: exercise ids from `backstory guide` (repeatable).
    #[arg(long, value_delimiter = ',')]
    pub exercise: Vec<String>,
    /// Stretching or core session: the routine id it followed.
    #[arg(long)]
    pub routine: Option<String>,
    /// Free text, private unless a share includes notes.
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReliefArgs {
    /// heat, cold, rest, massage, bath, medicine, tens, physio, other
    #[arg(long)]
    pub what: String,
    /// Medicine only: its name (free text, private unless a share includes notes).
    #[arg(long)]
    pub medicine: Option<String>,
    /// Medicine only: the dose, e.g. "400 mg" (free text).
    #[arg(long)]
    pub dose: Option<String>,
    /// How much it helped, 0 (not at all) to 10 (completely). Leave out if not known yet.
    #[arg(long, value_name = "0-10")]
    pub relief: Option<String>,
    /// The pain entry it was done for.
    #[arg(long, value_name = "PAIN_ID")]
    pub for_pain: Option<String>,
    /// When it was done (default: now).
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    #[arg(long, value_name = "MINUTES")]
    pub duration: Option<String>,
    /// Free text, private unless a share includes notes.
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckInArgs {
    /// The day (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Stress today, 0-10.
    #[arg(long, value_name = "0-10")]
    pub stress: String,
    /// Hours slept last night.
    #[arg(long, value_name = "HOURS")]
    pub sleep_hours: Option<String>,
    /// How well you slept, 0-10.
    #[arg(long, value_name = "0-10")]
    pub sleep_quality: Option<String>,
    /// Morning stiffness, 0-10.
    #[arg(long, value_name = "0-10")]
    pub stiffness: Option<String>,
    /// Free text, private unless a share includes notes.
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct PegArgs {
    /// Average pain in the past week, 0 (no pain) to 10 (as bad as you can imagine).
    #[arg(long, value_name = "0-10")]
    pub pain: String,
    /// How much pain got in the way of enjoying life this week, 0 (not at all) to 10 (completely).
    #[arg(long, value_name = "0-10")]
    pub enjoyment: String,
    /// How much pain got in the way of general activity this week, 0-10.
    #[arg(long, value_name = "0-10")]
    pub activity: String,
    /// When it was answered (default: now); the week covered ends here.
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
}

#[derive(Debug, Args)]
pub struct OutcomeArgs {
    /// The activity's id.
    #[arg(long)]
    pub activity: String,
    /// No pain afterwards (a rating of 0).
    #[arg(long, conflicts_with = "nrs", required_unless_present = "nrs")]
    pub none: bool,
    /// The pain afterwards, 0-10.
    #[arg(long, value_name = "0-10")]
    pub nrs: Option<String>,
    /// Which moment the answer describes: right_after, evening or next_morning (default:
    /// from how long after the activity it is given).
    #[arg(long, value_name = "MOMENT")]
    pub when: Option<String>,
    /// The time of answering (default: now).
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
}

#[derive(Debug, Args)]
pub struct EntryRef {
    #[arg(long, value_enum)]
    pub kind: EntryKindArg,
    #[arg(long)]
    pub id: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum EntryKindArg {
    Pain,
    Activity,
    CheckIn,
}

#[derive(Debug, Subcommand)]
pub enum ProfileAction {
    /// Prints the profile as JSON.
    Show,
    /// Saves the profile from a JSON file (the shape `profile show` prints; "-": stdin).
    Set {
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum GuideAction {
    /// The whole catalogue (exercises, routines, stress tools) as JSON.
    Catalogue,
    /// The positions advice that fits this journal's profile.
    Positions,
    /// Suggests a movement profile from answers (question id=yes|no, repeatable).
    MovementProfile {
        #[arg(long, value_name = "ID=yes|no")]
        answer: Vec<String>,
    },
    /// The timed plan for a routine or an exercise.
    Plan {
        #[arg(long)]
        id: String,
    },
    /// What to do when an exercise hurts (a hurt report as JSON).
    HurtAdvice {
        #[arg(long, value_name = "JSON")]
        report: String,
    },
    /// Records a guided session (a session report as JSON).
    RecordSession {
        #[arg(long, value_name = "JSON")]
        report: String,
    },
    /// Sets the core programme level.
    CoreLevel {
        #[arg(long)]
        level: String,
    },
    /// Logs a stress-relief tool used from STARTED to ENDED.
    StressRelief {
        #[arg(long, value_name = "ID")]
        tool: String,
        #[arg(long, value_name = "RFC3339")]
        started: String,
        #[arg(long, value_name = "RFC3339")]
        ended: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum InsightsAction {
    /// Pain over time (query as JSON, e.g. '{"range":"month"}').
    PainTrend {
        #[arg(long, value_name = "JSON", default_value = "{}")]
        query: String,
    },
    /// Where it hurt over a period: each region's share of pain entries and its mean and
    /// worst score, overall and after each activity (query as JSON: '{"from":"2026-11-01"}').
    BodyMap {
        #[arg(long, value_name = "JSON", default_value = "{}")]
        query: String,
    },
    /// Pain after activities (query as JSON).
    PainAfter {
        #[arg(long, value_name = "JSON", default_value = "{}")]
        query: String,
    },
    /// The core programme's adherence (query as JSON).
    Adherence {
        #[arg(long, value_name = "JSON", default_value = "{}")]
        query: String,
    },
    /// This week against the last.
    Weekly,
}

#[derive(Debug, Subcommand)]
pub enum RemindersAction {
    /// The reminder settings as JSON.
    Show,
    /// Saves the settings from a JSON file (the shape `reminders show` prints; "-": stdin).
    Set {
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
    /// The next reminders, in local time.
    Next,
    /// Snoozes one kind of reminder.
    Snooze {
        #[arg(long)]
        kind: String,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// partner or backup.
    #[arg(long, default_value = "backup")]
    pub kind: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// pain, activities, warning_signs, intimacy_details, notes, check_ins, alerts,
    /// region_details (each body-map region's own score and feel), experiments (partner
    /// shares: each n-of-1 experiment's plan, outcomes per arm and verdict), all, default
    #[arg(long, value_delimiter = ',')]
    pub include: Vec<String>,
    #[command(flatten)]
    pub passphrase: PassphraseArgs,
    /// A spreadsheet-safe CSV instead.
    #[arg(long)]
    pub csv: bool,
    /// A FHIR R4 Bundle (JSON) for a clinician's system instead; --include as for a partner
    /// share (default: nothing private). See docs/fhir.md.
    #[arg(long, conflicts_with = "csv")]
    pub fhir: bool,
    /// With --fhir: the name or pseudonym for a Patient resource (default: no Patient).
    #[arg(long, value_name = "NAME", requires = "fhir")]
    pub patient_name: Option<String>,
    /// A signed share for a paired partner (name or id from `pair list`): encrypted to
    /// their key, no passphrase. (`--for`, as `--to` is the end of the date range.)
    #[arg(long = "for", value_name = "PARTNER", conflicts_with_all = ["csv", "fhir"])]
    pub for_partner: Option<String>,
    /// With --for: the partner's app removes the data after this many days.
    #[arg(long, value_name = "DAYS", requires = "for_partner")]
    pub expires_in_days: Option<u32>,
    /// With --for: your shared notes on evenings travel with it.
    #[arg(long, requires = "for_partner")]
    pub notes: bool,
}

#[derive(Debug, Subcommand)]
pub enum PairAction {
    /// Your pairing code (and, with --qr FILE, its QR code as SVG).
    Show {
        #[arg(long, value_name = "FILE")]
        qr: Option<PathBuf>,
    },
    /// Pair with your partner's code; prints the safety phrase to compare.
    Add {
        #[arg(long)]
        code: String,
        /// Your label for them (default: the name in their code).
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Your pairings, with their safety phrases (expired shares are removed first).
    List {
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    Rename {
        /// Name or id.
        #[arg(long)]
        partner: String,
        #[arg(long)]
        name: String,
    },
    /// Removes the pairing and the data imported from that partner.
    Remove {
        #[arg(long)]
        partner: String,
    },
    /// New keys for your journal; every partner must pair again.
    Rekey,
    /// Your note on one of your intimacy evenings (--shared: it goes with your next share).
    Note {
        #[arg(long, value_name = "ID")]
        activity: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        shared: bool,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
}

/// Passphrases come from an environment variable or a file, never from the command line
/// (other users of the machine can read the process list).
#[derive(Debug, Args)]
pub struct PassphraseArgs {
    #[arg(long, value_name = "VAR", conflicts_with = "passphrase_file")]
    pub passphrase_env: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// The clinician report's options.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// A name to print on the report (none by default).
    #[arg(long)]
    pub name: Option<String>,
    /// The "questions I want to ask" printed in the box on page 1.
    #[arg(long)]
    pub questions: Option<String>,
    /// Include pain after intimacy (positions, warm-up, props); off by default.
    #[arg(long)]
    pub intimacy: bool,
    /// Include the notes of entries; off by default.
    #[arg(long)]
    pub notes: bool,
    /// Leave the red-flag alerts and warning signs out.
    #[arg(long)]
    pub no_warning_signs: bool,
    /// The folder with the report's fonts (default: the installed app's, else the source
    /// tree's assets/fonts).
    #[arg(long, value_name = "DIR")]
    pub fonts: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ExperimentAction {
    /// Start one today: warm_up, hip_pillow, hip_hinge, morning_stretch, core_days,
    /// position (with --text NAME) or custom (with --text WORDS).
    Start {
        #[arg(long)]
        change: String,
        #[arg(long)]
        text: Option<String>,
        /// next_morning (default) or pain_after.
        #[arg(long, default_value = "next_morning")]
        outcome: String,
        /// Days per period (default 7).
        #[arg(long, value_name = "N")]
        period_days: Option<String>,
        /// AB/BA blocks (default 6: the fewest with which the randomisation test can reach p <= 0.05).
        #[arg(long, value_name = "N")]
        blocks: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Today's arm and where the experiment stands.
    Status {
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// The result: difference between arms, interval, randomisation p-value, verdict.
    Result {
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Say whether you followed a day's arm (default: today).
    Mark {
        /// yes or no.
        #[arg(long)]
        followed: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
    /// Give up the running experiment (its result says so).
    Abandon {
        #[arg(long, value_name = "RFC3339")]
        now: Option<String>,
    },
}
