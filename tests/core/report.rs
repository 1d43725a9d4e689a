//! The clinician report as a clinician gets it: a demo journal's PDF read back with
//! poppler's pdftotext (what page 1 says), pdffonts (the fonts are embedded subsets) and
//! pdftoppm (page images, kept in target/report-pages for a person to look at).

use crate::support::{local, now, pain_at, report_fonts, ROOT};
use backstory_core::domain::{Region, RegionPain};
use backstory_core::exchange::report::ReportRequest;
use backstory_core::exchange::Includes;
use backstory_core::i18n::Locale;
use backstory_core::Journal;
use chrono::{Duration, FixedOffset, NaiveDate};
use std::path::{Path, PathBuf};
use std::process::Command;

const GREEK: &str = "Ιβουπροφαίνη 400 mg βοήθησε λίγο";
const CYRILLIC: &str = "Ибупрофен помог немного";
const ARABIC: &str = "ألم أسفل الظهر لا يزال";
const CJK: &str = "腰痛が少し楽";

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils, installed by scripts/deps.sh): {e}"));
    assert!(out.status.success(), "{tool} reads the PDF: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Page `page`'s text (1-based), in reading order (no -layout: a wrapped line joins up).
fn page_text(pdf: &Path, page: u32) -> String {
    let p = page.to_string();
    poppler(
        "pdftotext",
        &["-f", &p, "-l", &p, pdf.to_str().unwrap(), "-"],
    )
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A demo journal (90 days, with its weekly PEG checks), one entry with warning signs that
/// raise red-flag alerts, and notes in four scripts.
fn demo_journal() -> Journal {
    let mut j = Journal::open_in_memory().expect("journal");
    let offset = FixedOffset::east_opt(3600).expect("offset");
    backstory_core::demo::fill_demo(&mut j, now(), offset, 90).expect("demo fills");
    let mut flagged = pain_at(local(2026, 11, 20, 9, 0), 8);
    flagged.emergency.saddle_numbness = true;
    flagged.emergency.fever = true;
    flagged.notes = format!("{GREEK}. {CYRILLIC}.");
    j.entries().add_pain(flagged, now()).expect("entry");
    let mut other = pain_at(local(2026, 11, 21, 9, 0), 5);
    other.notes = format!("{ARABIC} {CJK}");
    j.entries().add_pain(other, now()).expect("entry");
    // Marked on the body map: a buttock and the back of the thigh, each with its score.
    let mut mapped = pain_at(local(2026, 11, 22, 9, 0), 6);
    mapped.regions = vec![
        RegionPain::scored(Region::ButtockLeft, 6),
        RegionPain::scored(Region::ThighBackLeft, 3),
    ];
    j.entries().add_pain(mapped, now()).expect("entry");
    j.alerts().refresh(now()).expect("rules run");
    j
}

#[test]
fn the_report_draws_the_composite_body_map_with_its_legend() {
    let mut j = demo_journal();
    let (from, to) = range();
    let pdf = write_report(&mut j, &ReportRequest::new(from, to), "body-map");
    let all = squash(&poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    assert!(all.contains("Where it hurt: body map"), "{all}");
    assert!(
        all.contains("Body map legend: the share of the period's"),
        "pdftotext finds the legend:\n{all}"
    );
    assert!(
        all.contains("Left buttock:"),
        "the regions in words:\n{all}"
    );
    assert!(all.contains("Left thigh, back: 1 of"), "{all}");
    assert!(
        all.contains("Where it hurt after each activity") && all.contains("After intimacy ("),
        "the maps after each activity, in words:\n{all}"
    );
    assert!(
        !all.contains("After intimacy: "),
        "positions are intimacy details, left out by default:\n{all}"
    );
    // A page image to look at (target/report-pages/body-map-1.png).
    let png = out_dir().join("body-map");
    poppler(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "110",
            "-f",
            "1",
            "-l",
            "2",
            pdf.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
}

fn fonts_have_cjk() -> bool {
    report_fonts().fallbacks.len() > 1
}

fn out_dir() -> PathBuf {
    let dir = Path::new(ROOT).join("target/report-pages");
    std::fs::create_dir_all(&dir).expect("output folder");
    dir
}

fn write_report(j: &mut Journal, request: &ReportRequest, name: &str) -> PathBuf {
    let pdf = j
        .exchange()
        .clinician_report(request, &report_fonts(), now(), now().date_naive())
        .expect("report");
    let path = out_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("written");
    path
}

fn range() -> (NaiveDate, NaiveDate) {
    let to = now().date_naive();
    (to - Duration::days(89), to)
}

#[test]
fn page_one_of_the_demo_report_is_the_one_minute_summary() {
    let mut j = demo_journal();
    let (from, to) = range();
    let request = ReportRequest {
        questions: Some("Is the numbness in the saddle area urgent?".into()),
        ..ReportRequest::new(from, to)
    };
    let data = j
        .exchange()
        .report_data(&request, now(), to)
        .expect("report data");
    let pdf = write_report(&mut j, &request, "demo");
    let page1 = squash(&page_text(&pdf, 1));

    assert!(
        page1.contains("Period: 30 Aug 2026 \u{2013} 27 Nov 2026 (90 days)"),
        "the period:\n{page1}"
    );
    // The key figures are tiles: a row of labels over a row of values.
    let layout = poppler(
        "pdftotext",
        &["-layout", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
    );
    let mut lines = layout.lines();
    let labels = lines
        .find(|l| l.contains("Mean pain"))
        .expect("a row of key figures");
    assert!(
        squash(labels).starts_with("Mean pain Worst pain Days logged PEG, latest (0-10)"),
        "{labels}"
    );
    let values: Vec<&str> = lines
        .find(|l| !l.trim().is_empty())
        .expect("their values")
        .split_whitespace()
        .collect();
    let mean = format!("{:.1}", data.mean_pain.expect("the demo has pain entries"));
    assert_eq!(values[0], mean, "the mean pain:\n{layout}");
    let peg = data.peg.as_ref().expect("pain is in, so the PEG is");
    let latest = peg.latest.as_ref().expect("the demo has PEG checks");
    assert_eq!(
        values[3],
        format!("{:.1}", latest.score),
        "the latest PEG score:\n{layout}"
    );
    assert!(page1.contains("weekly PEG score"), "the PEG trend's legend");
    assert!(
        peg.weeks.iter().any(|w| w.score.is_none()),
        "the demo's missing PEG weeks stay gaps"
    );
    assert!(
        !data.red_flags.is_empty(),
        "the warning signs raised alerts"
    );
    for flag in &data.red_flags {
        assert!(
            page1.contains(&squash(&flag.title)) || data.red_flags.len() > 3,
            "page 1 names the red flag {:?}:\n{page1}",
            flag.title
        );
        assert!(
            page1.contains(&squash(&flag.told)),
            "and what the user was told:\n{page1}"
        );
    }
    assert!(page1.contains("Questions I want to ask Is the numbness in the saddle area urgent?"));
    assert!(page1.contains("What was tried"), "{page1}");
    assert!(
        !page1.contains("Pain after intimacy"),
        "intimacy stays out unless the user includes it:\n{page1}"
    );
    assert!(
        !page1.contains("Demo"),
        "no name unless the user gives one:\n{page1}"
    );
    for hidden in [GREEK, CYRILLIC] {
        assert!(
            !squash(&poppler("pdftotext", &[pdf.to_str().unwrap(), "-"])).contains(hidden),
            "notes stay out by default"
        );
    }

    let later = squash(&poppler(
        "pdftotext",
        &["-f", "2", pdf.to_str().unwrap(), "-"],
    ));
    for section in ["Details by month", "Exercise adherence", "Full alert list"] {
        assert!(
            later.contains(section),
            "the following pages hold {section}"
        );
    }

    // Page 1 as an image, for a person to look at (docs/screenshots/report-page1.png).
    let png = out_dir().join("demo-page");
    poppler(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            pdf.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
}

#[test]
fn a_german_report_has_german_headings_dates_and_numbers() {
    let mut j = demo_journal();
    let (from, to) = range();
    let request = ReportRequest {
        locale: Some(Locale::De),
        includes: Some(Includes {
            intimacy_details: true,
            ..ReportRequest::default_includes()
        }),
        ..ReportRequest::new(from, to)
    };
    let data = j
        .exchange()
        .report_data(&request, now(), to)
        .expect("report data");
    let pdf = write_report(&mut j, &request, "demo-de");
    let page1 = squash(&page_text(&pdf, 1));
    for words in [
        "Rückenschmerz-Übersicht für die Ärztin oder den Arzt",
        "Zeitraum: 30. Aug. 2026 \u{2013} 27. Nov. 2026 (90 Tage)",
        "Mittlerer Schmerz",
        "Schmerzverlauf, Wochenmittel (0–10)",
        "Verlauf der Warnzeichen",
        "Fragen, die ich stellen möchte",
        "Seite 1 von",
    ] {
        assert!(page1.contains(words), "page 1 says {words:?}:\n{page1}");
    }
    let mean = data.mean_pain.expect("the demo has pain entries");
    let german_mean = format!("{mean:.1}").replace('.', ",");
    assert!(
        page1.contains(&german_mean),
        "the mean pain with a decimal comma ({german_mean}):\n{page1}"
    );
    let all = squash(&poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    for words in [
        "Einzelheiten nach Monat",
        "Übungstreue",
        "Vollständige Liste der Warnzeichen-Hinweise",
        "Wo es wehtat: Körperkarte",
        "Linkes Gesäß",
        "Alle Zahlen",
    ] {
        assert!(all.contains(words), "the report says {words:?}:\n{all}");
    }
    for english in [
        "Back pain summary",
        "Details by month",
        "Mean pain",
        "Left buttock",
        " of 90 days",
        "page 1 of",
    ] {
        assert!(
            !all.contains(english),
            "no English {english:?} left:\n{all}"
        );
    }
    assert!(!all.contains("[report-"), "every message exists:\n{all}");
}

#[test]
fn a_name_notes_in_any_script_and_intimacy_go_in_only_when_chosen() {
    let mut j = demo_journal();
    let (from, to) = range();
    let request = ReportRequest {
        name: Some("Ελένη Παπαδοπούλου".into()),
        includes: Some(Includes {
            notes: true,
            intimacy_details: true,
            ..ReportRequest::default_includes()
        }),
        ..ReportRequest::new(from, to)
    };
    let pdf = write_report(&mut j, &request, "notes");
    let all = squash(&poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    assert!(
        squash(&page_text(&pdf, 1))
            .starts_with("Back pain summary for a clinician Ελένη Παπαδοπούλου"),
        "the name the user typed, in Greek:\n{all}"
    );
    for note in [GREEK, CYRILLIC] {
        assert!(all.contains(note), "the note {note:?} reads back:\n{all}");
    }
    // Arabic is drawn in visual order; what poppler reads back is checked word by word. The
    // lam-alef ligature ("لا") maps back to both letters in logical order, which poppler
    // reverses inside a right-to-left run, so that word is left out of the check.
    for word in ARABIC.split(' ').filter(|w| *w != "لا") {
        assert!(
            all.contains(word),
            "the Arabic word {word:?} reads back:\n{all}"
        );
    }
    // CJK comes from a system font (the .deb recommends fonts-noto-cjk; scripts/deps.sh
    // installs it for the tests); without one it is drawn as missing-glyph boxes.
    if fonts_have_cjk() {
        assert!(all.contains(CJK), "the CJK note reads back:\n{all}");
    }
    assert!(all.contains("Pain after intimacy"), "{all}");

    let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()]);
    for face in [
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic-Regular",
    ] {
        let row = fonts
            .lines()
            .find(|l| l.contains(&format!("+{face}")))
            .unwrap_or_else(|| panic!("{face} is in the PDF:\n{fonts}"));
        assert!(
            row.contains("CID TrueType") && row.contains("yes yes yes"),
            "{face} is an embedded subset with a ToUnicode map:\n{fonts}"
        );
    }
    assert!(
        !fonts.contains("Helvetica"),
        "no standard-14 font:\n{fonts}"
    );

    // The page with the notes, as an image (checked by looking at it).
    let pages = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(pages.contains("Pages:"), "{pages}");
    let png = out_dir().join("notes-page");
    poppler(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "80",
            pdf.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
}

#[test]
fn the_longest_questions_are_printed_whole_on_page_one() {
    let mut j = demo_journal();
    let (from, to) = range();
    let question = "Could the numbness be from sitting so long at work, and what should I do?";
    let questions = std::iter::repeat_n(question, 8)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(questions.chars().count() <= 600);
    let request = ReportRequest {
        questions: Some(questions.clone()),
        ..ReportRequest::new(from, to)
    };
    let pdf = write_report(&mut j, &request, "questions");
    let page1 = squash(&page_text(&pdf, 1));
    assert!(
        page1.contains(&format!("Questions I want to ask {questions}")),
        "every word of the questions is in the box:\n{page1}"
    );
}

#[test]
fn a_report_request_is_checked_before_anything_is_drawn() {
    let mut j = Journal::open_in_memory().expect("journal");
    let (from, to) = range();
    let long_name = ReportRequest {
        name: Some("x".repeat(81)),
        ..ReportRequest::new(from, to)
    };
    let err = j.exchange().report_data(&long_name, now(), to).unwrap_err();
    assert_eq!(err.field(), Some("name"));
    let long_questions = ReportRequest {
        questions: Some("?".repeat(601)),
        ..ReportRequest::new(from, to)
    };
    let err = j
        .exchange()
        .report_data(&long_questions, now(), to)
        .unwrap_err();
    assert_eq!(err.field(), Some("questions"));
    let blank = ReportRequest {
        name: Some("   ".into()),
        ..ReportRequest::new(from, to)
    };
    assert_eq!(
        j.exchange().report_data(&blank, now(), to).unwrap().name,
        None,
        "a blank name prints no name"
    );
}

#[test]
fn an_empty_journal_gets_a_report_of_unknowns_and_an_empty_questions_box() {
    let mut j = Journal::open_in_memory().expect("journal");
    let (from, to) = range();
    let request = ReportRequest::new(from, to);
    let data = j.exchange().report_data(&request, now(), to).unwrap();
    assert_eq!(data.mean_pain, None, "no entries: unknown, not zero");
    assert!(data.trend.iter().all(|w| w.mean.is_none()));
    let pdf = write_report(&mut j, &request, "empty");
    let page1 = squash(&page_text(&pdf, 1));
    assert!(page1.contains("Mean pain Worst pain"), "{page1}");
    assert!(
        page1.contains("No red-flag alert was raised in this period."),
        "{page1}"
    );
    assert!(
        page1.contains("Questions I want to ask"),
        "the box is there, with lines to write on:\n{page1}"
    );
    assert!(!page1.contains(" 0.0 "), "no made-up zero mean:\n{page1}");
}

#[test]
fn what_was_tried_for_the_pain_is_a_table_with_medicines_named_only_with_notes() {
    use backstory_core::domain::{ActivityKind, ReliefDetails, ReliefKind};
    let mut j = Journal::open_in_memory().expect("journal");
    for (day, what, helped) in [
        (18, ReliefKind::Heat, Some(6)),
        (19, ReliefKind::Heat, Some(8)),
        (20, ReliefKind::Heat, None),
        (21, ReliefKind::Medicine, None),
    ] {
        let mut draft =
            crate::support::activity_at(local(2026, 11, day, 9, 0), ActivityKind::PainRelief);
        draft.relief = Some(ReliefDetails {
            what,
            medicine: if what == ReliefKind::Medicine {
                "Naproxen".into()
            } else {
                String::new()
            },
            dose: if what == ReliefKind::Medicine {
                "250 mg".into()
            } else {
                String::new()
            },
            relief: helped,
            for_pain_id: None,
        });
        j.entries()
            .add_activity(draft, now())
            .expect("relief saved");
    }
    let (from, to) = range();
    let plain = write_report(&mut j, &ReportRequest::new(from, to), "relief");
    // -layout keeps a table row on one line.
    let text = squash(&poppler(
        "pdftotext",
        &["-layout", plain.to_str().unwrap(), "-"],
    ));
    assert!(text.contains("What was tried for the pain"), "{text}");
    assert!(
        text.contains("Heat 3 2 7.0"),
        "3 times, 2 answered, mean of 6 and 8:\n{text}"
    );
    assert!(
        !text.contains("Naproxen"),
        "a medicine's name is private by default:\n{text}"
    );
    let with_notes = ReportRequest {
        includes: Some(Includes {
            notes: true,
            ..ReportRequest::default_includes()
        }),
        ..ReportRequest::new(from, to)
    };
    let named = write_report(&mut j, &with_notes, "relief-notes");
    let text = squash(&poppler(
        "pdftotext",
        &["-layout", named.to_str().unwrap(), "-"],
    ));
    assert!(
        text.contains("Medicine: Naproxen 250 mg 1 0"),
        "named with notes, unanswered:\n{text}"
    );
}

/// The demo's finished experiment (the hip-hinge cue) is a short results section: what was
/// compared, the schedule and status, the arms, the difference with its interval and p, and
/// the verdict; with pain left out, or a range that misses it, there is none.
#[test]
fn the_report_has_a_results_section_for_the_experiment() {
    let mut j = demo_journal();
    let (from, to) = range();
    let pdf = write_report(&mut j, &ReportRequest::new(from, to), "experiment");
    let text = squash(&poppler(
        "pdftotext",
        &["-layout", pdf.to_str().unwrap(), "-"],
    ));
    for expected in [
        "An experiment the patient ran",
        "The hip-hinge cue",
        "Compared: worst pain the next morning (before noon).",
        "6 blocks of two 5-day periods, one with the change and one without, in a random order (6 complete). Status: Finished.",
        "Arm Mean pain Days rated Not rated Followed",
        "With the change ",
        "95 % interval over blocks",
        "randomisation test p = 0.031",
        "Verdict: Less pain with the change, by a difference that matters (2 points, or 30 %); its 95 % interval is below zero and p <= 0.05.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    let data = j
        .exchange()
        .report_data(&ReportRequest::new(from, to), now(), now().date_naive())
        .expect("data");
    let e = data.experiment.expect("the experiment is in the report");
    assert_eq!(e.arms.len(), 2);
    assert!(e.arms.iter().all(|a| a.rated >= 3), "{e:?}");

    let no_pain = ReportRequest {
        includes: Some(Includes {
            pain: false,
            ..ReportRequest::default_includes()
        }),
        ..ReportRequest::new(from, to)
    };
    let data = j
        .exchange()
        .report_data(&no_pain, now(), now().date_naive())
        .expect("data");
    assert!(
        data.experiment.is_none(),
        "its outcome is pain: out with pain"
    );
    let later = ReportRequest::new(to - Duration::days(14), to);
    let data = j
        .exchange()
        .report_data(&later, now(), now().date_naive())
        .expect("data");
    assert!(data.experiment.is_none(), "it ended before this range");
}

/// An experiment about intimacy is named only when intimacy details are included (else a
/// neutral stand-in), and an abandoned one says so.
#[test]
fn an_intimacy_experiment_is_named_only_with_intimacy_details_and_says_it_was_abandoned() {
    use backstory_core::experiments::{ExperimentChange, ExperimentOutcome, Plan};
    let mut j = Journal::open_in_memory().expect("journal");
    let today = now().date_naive();
    let plan = Plan::new(today - Duration::days(10), 7, 2, 7).expect("plan");
    j.guide()
        .experiments()
        .start(
            ExperimentChange::WarmUp,
            ExperimentOutcome::NextMorning,
            plan,
            now(),
        )
        .expect("starts");
    j.guide().experiments().abandon(today).expect("abandoned");
    let (from, to) = range();
    let plain = write_report(&mut j, &ReportRequest::new(from, to), "experiment-private");
    let text = squash(&poppler(
        "pdftotext",
        &["-layout", plain.to_str().unwrap(), "-"],
    ));
    assert!(
        text.contains("A change about intimacy (the details are left out"),
        "{text}"
    );
    assert!(!text.to_lowercase().contains("warm-up"), "{text}");
    assert!(text.contains("Status: Abandoned after 10 days."), "{text}");
    assert!(text.contains("Verdict: No verdict yet"), "{text}");
    let with_intimacy = ReportRequest {
        includes: Some(Includes {
            intimacy_details: true,
            ..ReportRequest::default_includes()
        }),
        ..ReportRequest::new(from, to)
    };
    let named = write_report(&mut j, &with_intimacy, "experiment-intimacy");
    let text = squash(&poppler(
        "pdftotext",
        &["-layout", named.to_str().unwrap(), "-"],
    ));
    assert!(text.contains("A warm-up before intimacy"), "{text}");
}
