//! Backstory's words in each language. Every sentence a person reads from the Rust side
//! (labels of journal values, the catalogue, red-flag texts, notifications, the clinician
//! report, the command line's messages) is a message in a Fluent file under
//! `assets/locales/<lang>/`; the window reads its own files from `assets/locales/<lang>/ui/`
//! with the same format (docs/i18n.md). English is the reference: a message missing in
//! another language falls back to English, and `tests::every_language_has_the_same_messages`
//! fails the build's tests before that can ship.
//!
//! The language in use is process-wide ([`current`]): the shell sets it at start from the
//! user's choice or the operating system ([`Locale::resolve`]) and again when Settings
//! changes it; the command line sets it once. Code that must not depend on it (tests, a
//! report for a chosen language) passes a [`Locale`] to [`tr_in`].

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

pub use fluent_bundle::{FluentArgs, FluentValue};

mod format;
mod pseudo;
pub use format::{format_date, format_decimal, month_name};

/// A file's name and its place (start, end) in a joined text.
type Place = (&'static str, usize, usize);
/// Files joined into one Brotli-compressed text (build.rs), and each one's place in it.
type Joined = (&'static [u8], &'static [Place]);

include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// A language Backstory speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    De,
    /// English made strange (accented letters, about 30% longer), for tests that look for
    /// words not taken from the Fluent files and for text that gets clipped. Never offered
    /// in Settings; chosen with `BACKSTORY_LOCALE=en-XA`.
    Pseudo,
}

impl Locale {
    /// The languages a person can choose, in the order Settings lists them.
    pub const CHOOSABLE: [Locale; 2] = [Locale::En, Locale::De];

    /// The BCP 47 tag: "en", "de", "en-XA".
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Pseudo => "en-XA",
        }
    }

    /// Reads a tag or a POSIX locale name ("de", "de-AT", "de_DE.UTF-8", "en-XA"); any other
    /// language is `None`.
    pub fn parse(text: &str) -> Option<Locale> {
        let text = text.trim();
        let base = text.split(['.', '@']).next().unwrap_or("");
        let mut parts = base.split(['-', '_']);
        let lang = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.next().unwrap_or("").to_ascii_uppercase();
        match (lang.as_str(), region.as_str()) {
            ("en", "XA") => Some(Locale::Pseudo),
            ("en", _) => Some(Locale::En),
            ("de", _) => Some(Locale::De),
            _ => None,
        }
    }

    /// The language the operating system asks for: `BACKSTORY_LOCALE` (tests), then the
    /// POSIX variables in their order of precedence (`LANGUAGE`'s first entry, `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`). A language Backstory does not speak, or none, is English.
    pub fn from_system() -> Locale {
        Self::from_variables(|name| std::env::var(name).ok())
    }

    fn from_variables(var: impl Fn(&str) -> Option<String>) -> Locale {
        for name in [
            "BACKSTORY_LOCALE",
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
        ] {
            let Some(value) = var(name) else { continue };
            let first = value.split(':').next().unwrap_or("").trim().to_string();
            if first.is_empty() || first == "C" || first.starts_with("C.") || first == "POSIX" {
                continue;
            }
            // The first variable that names a language decides, even one we do not speak:
            // a French desktop gets English, not a German LANG behind it.
            return Locale::parse(&first).unwrap_or(Locale::En);
        }
        Locale::En
    }

    /// The person's choice when there is one, else the operating system's language. The
    /// test override `BACKSTORY_LOCALE` wins over a saved choice.
    pub fn resolve(choice: Option<Locale>) -> Locale {
        match std::env::var("BACKSTORY_LOCALE")
            .ok()
            .and_then(|t| Locale::parse(&t))
        {
            Some(forced) => forced,
            None => choice.unwrap_or_else(Locale::from_system),
        }
    }

    fn index(self) -> u8 {
        match self {
            Locale::En => 0,
            Locale::De => 1,
            Locale::Pseudo => 2,
        }
    }

    fn from_index(i: u8) -> Locale {
        match i {
            1 => Locale::De,
            2 => Locale::Pseudo,
            _ => Locale::En,
        }
    }

    /// The folder under `assets/locales` whose files this locale reads.
    fn folder(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En | Locale::Pseudo => "en",
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static ON_THIS_THREAD: std::cell::Cell<Option<Locale>> = const { std::cell::Cell::new(None) };
}

/// The language in use in this process (English until [`set_current`]), or the one
/// [`with_locale`] chose for this thread.
pub fn current() -> Locale {
    ON_THIS_THREAD
        .with(|l| l.get())
        .unwrap_or_else(|| Locale::from_index(CURRENT.load(Ordering::Relaxed)))
}

/// Runs `f` with [`current`] answering `locale` on this thread only: a test of German
/// messages built deep inside an operation, without changing the language of the tests
/// running beside it.
pub fn with_locale<T>(locale: Locale, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Locale>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ON_THIS_THREAD.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(ON_THIS_THREAD.with(|l| l.replace(Some(locale))));
    f()
}

/// Sets the language in use in this process.
pub fn set_current(locale: Locale) {
    CURRENT.store(locale.index(), Ordering::Relaxed);
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(locale: Locale) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[locale.index() as usize].get_or_init(|| build_bundle(locale))
}

fn build_bundle(locale: Locale) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = locale.tag().parse().expect("our tags parse");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around arguments: PDF text and notifications would show
    // them as boxes, and every argument here is a number, a date or a name in one script.
    bundle.set_use_isolating(false);
    if locale == Locale::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    let lang = locale.folder();
    for (name, text) in language_files(lang) {
        let resource = FluentResource::try_new(text).unwrap_or_else(|(_, errors)| {
            panic!("assets/locales/{lang}/{name}.ftl does not parse: {errors:?}")
        });
        bundle.add_resource(resource).unwrap_or_else(|errors| {
            panic!("assets/locales/{lang}/{name}.ftl repeats a message: {errors:?}")
        });
    }
    bundle
}

/// The Rust side's files the window reads too: the names of journal values, the catalogue,
/// positions, red flags and the insight, experiment and guide words. The others (errors,
/// the CLI, the report, the tray, file dialogs, alert details) never reach the page: errors
/// arrive in the window already in words. The window gets these from [`window_messages`]
/// rather than a second copy in its bundle (issue 18: the binary's size).
pub const WINDOW_FILES: &[&str] = &[
    "catalogue",
    "experiments",
    "guide",
    "insights",
    "labels",
    "positions",
    "red-flags",
];

/// The window's share of `locale`'s files ([`WINDOW_FILES`]) as one Fluent text, sent to
/// each page once before it shows anything (the shell's `ui_locale`).
pub fn window_messages(locale: Locale) -> String {
    language_files(locale.folder())
        .into_iter()
        .filter(|(name, _)| WINDOW_FILES.contains(name))
        .map(|(_, text)| text)
        .collect()
}

/// A bundled content file's text, by its path under assets/ ("positions.json",
/// "catalogue/exercises.json"): the structure whose words are in the Fluent files, embedded
/// compressed beside them. Panics on a name build.rs does not embed (a programming error).
pub fn bundled_content(name: &str) -> String {
    let (compressed, places) = CONTENT;
    let (_, start, end) = places
        .iter()
        .find(|(n, _, _)| *n == name)
        .unwrap_or_else(|| panic!("assets/{name} is not bundled (crates/i18n/build.rs)"));
    let text = decompress(compressed, "the bundled content");
    text[*start..*end].to_string()
}

fn decompress(compressed: &[u8], what: &str) -> String {
    let mut text = Vec::new();
    brotli_decompressor::BrotliDecompress(&mut &compressed[..], &mut text)
        .unwrap_or_else(|e| panic!("{what} is not readable: {e}"));
    String::from_utf8(text).unwrap_or_else(|_| panic!("{what} is not UTF-8"))
}

/// Each embedded file of a language, by name, with its text (build.rs joined and
/// compressed them).
fn language_files(lang: &str) -> Vec<(&'static str, String)> {
    let Some((_, (compressed, places))) = LANGUAGES.iter().find(|(l, _)| *l == lang) else {
        return Vec::new();
    };
    let text = decompress(compressed, &format!("the embedded {lang} Fluent files"));
    places
        .iter()
        .map(|(name, start, end)| (*name, text[*start..*end].to_string()))
        .collect()
}

fn format(bundle: &'static Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(match text {
        Cow::Borrowed(s) => s.to_string(),
        Cow::Owned(s) => s,
    })
}

/// The message `id` in `locale`, with its arguments. A message missing there falls back
/// to English; missing in English too, it is the id in brackets (and the source scan test
/// fails on it).
pub fn tr_in(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    format(bundle(locale), id, args)
        .or_else(|| format(bundle(Locale::En), id, args))
        .unwrap_or_else(|| format!("[{id}]"))
}

/// The message `id` in the language in use.
pub fn tr(id: &str) -> String {
    tr_in(current(), id, None)
}

/// The message `id` in the language in use, with named arguments:
/// `tr_with(id, &args([("count", 3.into())]))`.
pub fn tr_with(id: &str, args: &FluentArgs) -> String {
    tr_in(current(), id, Some(args))
}

/// Named arguments for [`tr_with`] and [`tr_in`].
pub fn args<'a, const N: usize>(pairs: [(&'a str, FluentValue<'a>); N]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in pairs {
        out.set(name, value);
    }
    out
}

/// Whether `locale`'s own files (not the English fallback) have the message `id`.
pub fn has(locale: Locale, id: &str) -> bool {
    bundle(locale).has_message(id)
}

/// Every message id in a language's embedded files, sorted (for the tests that compare
/// languages and scan the sources).
pub fn message_ids(locale: Locale) -> Vec<String> {
    let lang = locale.folder();
    let mut ids: Vec<String> = language_files(lang)
        .into_iter()
        .flat_map(|(name, text)| {
            let resource = FluentResource::try_new(text)
                .unwrap_or_else(|_| panic!("assets/locales/{lang}/{name}.ftl does not parse"));
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests;
