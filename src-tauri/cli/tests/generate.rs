//! `backstory generate`: the benchmark journal lands in the data folder, opens like any
//! journal (the app skips its welcome screen), is the same on every run, and is never
//! mixed into a journal that already holds entries.

use serde_json::Value;

mod support;
use support::{backstory, TempDir};

#[test]
fn generates_a_sized_deterministic_journal_once() {
    let args = [
        "--json",
        "generate",
        "--entries",
        "20000",
        "--end",
        "2026-11-28",
    ];
    let (a, b) = (TempDir::new("generate"), TempDir::new("generate"));
    let (code, out, err) = backstory(&a, &args);
    assert_eq!(code, 0, "generate succeeds, stderr: {err}");
    let report: Value = serde_json::from_str(&out).expect("JSON report");
    let entries = report["entries"].as_u64().expect("entry count");
    assert!(
        (17_000..23_000).contains(&entries),
        "about 20000 entries asked, got {entries}"
    );
    assert_eq!(
        report["last_day"], "2026-11-27",
        "ends the day before --end"
    );
    assert_eq!(report["first_day"], "2016-11-28", "spans 3652 days");

    let (_, out_b, _) = backstory(&b, &args);
    let report_b: Value = serde_json::from_str(&out_b).expect("JSON report");
    assert_eq!(
        report["entries"], report_b["entries"],
        "the same options write the same journal"
    );

    let (code, out, _) = backstory(
        &a,
        &[
            "--json",
            "list",
            "--from",
            "2026-11-27",
            "--to",
            "2026-11-27",
        ],
    );
    assert_eq!(code, 0, "the generated journal lists like any other");
    assert!(
        out.contains("check_in"),
        "the last day has its check-in, got: {out}"
    );

    let (code, _, err) = backstory(&a, &["generate", "--entries", "100"]);
    assert_eq!(code, 2, "a journal with entries is refused");
    assert!(err.contains("already has entries"), "says why, got: {err}");
}
