//! Pairing and signed shares (issue 16): two journals pair with each other's codes, see
//! the same safety phrase, and exchange signed shares both ways; every hostile share is
//! refused with its own message and the receiving journal unchanged (byte-for-byte, every
//! table); expired data is removed; a re-keyed journal's partners must pair again.

use crate::exchange::fingerprint;
use crate::support::*;
use backstory_core::domain::*;
use backstory_core::exchange::pairing::{OwnIdentity, PairingCode};
use backstory_core::exchange::signed::{self, Seal, SharedNote};
use backstory_core::exchange::*;
use backstory_core::{CoreError, Journal};
use chrono::Duration;
use ed25519_dalek::Signer;
use uuid::Uuid;

struct Couple {
    alex: Journal,
    sam: Journal,
    /// Sam as paired in Alex's journal, and Alex as paired in Sam's.
    sam_in_alex: Pairing,
    alex_in_sam: Pairing,
    /// Sam's shared evening.
    sam_evening: Uuid,
}

fn named(name: &str) -> Journal {
    let mut j = Journal::open_in_memory().unwrap();
    let profile = Profile {
        display_name: name.into(),
        ..Profile::default()
    };
    j.settings_mut().save_profile(profile, now()).unwrap();
    j
}

fn evening(j: &mut Journal, h: u32, before: u8, after: u8) -> Uuid {
    let mut act = activity_at(local(2026, 11, 20, h, 0), ActivityKind::Intimacy);
    act.intimacy = Some(IntimacyDetails {
        pain_before: Some(before),
        warm_up: true,
        ..Default::default()
    });
    let a = j.entries().add_activity(act, now()).unwrap();
    let mut p = pain_at(local(2026, 11, 21, 8, 0), after);
    p.activity_id = Some(a.id);
    j.entries().add_pain(p, now()).unwrap();
    a.id
}

fn couple() -> Couple {
    let mut alex = named("Alex");
    let mut sam = named("Sam");
    let alex_code = alex.partners().pairings().own().unwrap().code;
    let sam_code = sam.partners().pairings().own().unwrap().code;
    let sam_in_alex = alex
        .partners()
        .pairings()
        .add(&sam_code, None, now())
        .unwrap();
    let alex_in_sam = sam
        .partners()
        .pairings()
        .add(&alex_code, None, now())
        .unwrap();
    evening(&mut alex, 21, 2, 3);
    let sam_evening = evening(&mut sam, 21, 4, 6);
    sam.partners()
        .pairings()
        .set_evening_note(
            &EveningNote {
                activity_id: sam_evening,
                text: "The cushion helped.".into(),
                shared: true,
            },
            now(),
        )
        .unwrap();
    Couple {
        alex,
        sam,
        sam_in_alex,
        alex_in_sam,
        sam_evening,
    }
}

/// A pairing value for building requests (only its id is read).
fn pairing_stub() -> Pairing {
    Pairing {
        id: Uuid::nil(),
        name: String::new(),
        key_id: String::new(),
        safety_phrase: String::new(),
        paired_at: now(),
        partner_id: None,
        last_sequence: None,
        last_received_at: None,
        expires_at: None,
        expired_at: None,
        needs_pairing_again: false,
    }
}

fn request(to: &Pairing, expires_in_days: Option<u32>) -> SignedShareRequest {
    SignedShareRequest {
        pairing_id: to.id,
        export: ExportRequest {
            kind: ExportKind::Partner,
            range: DateRange::default(),
            includes: Some(Includes {
                intimacy_details: true,
                ..Includes::partner_default()
            }),
        },
        expires_in_days,
        evening_notes: true,
    }
}

fn share(from: &mut Journal, to: &Pairing, expires_in_days: Option<u32>) -> Vec<u8> {
    from.partners()
        .pairings()
        .export(&request(to, expires_in_days), now())
        .unwrap()
        .0
}

fn refused(j: &mut Journal, bytes: &[u8], at: chrono::DateTime<chrono::Utc>) -> String {
    let before = fingerprint(j);
    let err = j
        .partners()
        .pairings()
        .import(bytes, at)
        .expect_err("the share must be refused");
    assert_eq!(
        fingerprint(j),
        before,
        "a refused share changed the journal"
    );
    assert!(
        matches!(err, CoreError::Import { .. } | CoreError::Crypto(_)),
        "{err:?}"
    );
    err.to_string()
}

/// Splits a share into (header line, payload) to build altered copies.
fn parts(bytes: &[u8]) -> (String, Vec<u8>) {
    let e = signed::split(bytes).unwrap();
    (
        String::from_utf8(e.header_line.to_vec()).unwrap(),
        e.payload.to_vec(),
    )
}

/// A share file from parts, signed by `signer`.
fn assemble(header: &str, payload: &[u8], signer: &OwnIdentity) -> Vec<u8> {
    let sig = signer
        .signing_key()
        .sign(&signed::signed_message(header.as_bytes()));
    let mut out = signed::SHARE_MAGIC.to_vec();
    out.extend_from_slice(header.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(pairing::hex(&sig.to_bytes()).as_bytes());
    out.push(b'\n');
    out.extend_from_slice(payload);
    out
}

#[test]
fn both_see_the_same_safety_phrase_and_the_code_carries_the_name() {
    let c = couple();
    assert_eq!(c.sam_in_alex.safety_phrase, c.alex_in_sam.safety_phrase);
    assert_eq!(
        c.sam_in_alex.name, "Sam",
        "the label defaults to the name in the code"
    );
    assert_eq!(c.alex_in_sam.name, "Alex");
    assert!(!c.sam_in_alex.needs_pairing_again);
    let digits: String = c.sam_in_alex.safety_phrase.replace(' ', "");
    assert_eq!(digits.len(), 20);
    assert!(digits.chars().all(|d| d.is_ascii_digit()));
}

#[test]
fn shares_go_both_ways_with_notes_and_each_side_keeps_the_other_read_only() {
    let mut c = couple();
    let to_alex = share(&mut c.sam, &c.alex_in_sam, None);
    let got = c
        .alex
        .partners()
        .pairings()
        .import(&to_alex, now())
        .unwrap();
    assert_eq!(got.pairing_name, "Sam");
    assert_eq!((got.sequence, got.evening_notes), (1, 1));
    assert_eq!(got.import.added, 2, "Sam's evening and the morning after");

    let to_sam = share(&mut c.alex, &c.sam_in_alex, None);
    let back = c.sam.partners().pairings().import(&to_sam, now()).unwrap();
    assert_eq!(back.pairing_name, "Alex");

    // Alex sees the evening in Together with Sam's pain and Sam's note.
    let sam_partner = got.import.partner_id.unwrap();
    let view = c
        .alex
        .partners()
        .together(
            &TogetherQuery {
                partner_id: sam_partner,
                from: None,
                to: None,
                window_minutes: None,
            },
            now().date_naive(),
        )
        .unwrap();
    assert_eq!(view.events.len(), 1);
    let e = &view.events[0];
    assert_eq!(
        (e.partner.pain_before, e.partner.pain_after),
        (Some(4), Some(6))
    );
    assert_eq!((e.mine.pain_before, e.mine.pain_after), (Some(2), Some(3)));
    assert_eq!(e.partner.note.as_deref(), Some("The cushion helped."));
    assert_eq!(e.partner.activity_id, c.sam_evening);
    assert!(!view.prompts.is_empty());

    // A note Alex keeps private stays home.
    let mine = e.mine.activity_id;
    c.alex
        .partners()
        .pairings()
        .set_evening_note(
            &EveningNote {
                activity_id: mine,
                text: "Only for me".into(),
                shared: false,
            },
            now(),
        )
        .unwrap();
    let again = share(&mut c.alex, &c.sam_in_alex, None);
    let r = c.sam.partners().pairings().import(&again, now()).unwrap();
    assert_eq!(r.evening_notes, 0, "an unshared note does not travel");

    let list = c.alex.partners().pairings().list().unwrap();
    assert_eq!(list[0].last_sequence, Some(1));
    assert_eq!(list[0].partner_id, Some(sam_partner));
}

#[test]
fn a_share_signed_by_someone_else_is_refused() {
    let mut c = couple();
    let genuine = share(&mut c.sam, &c.alex_in_sam, None);
    let (header, payload) = parts(&genuine);
    // Mallory, with Sam's key id in the header but her own signing key.
    let mallory = OwnIdentity::generate().unwrap();
    let forged = assemble(&header, &payload, &mallory);
    let msg = refused(&mut c.alex, &forged, now());
    assert!(msg.contains("signature does not match Sam's key"), "{msg}");
}

#[test]
fn a_share_from_an_unpaired_sender_is_refused() {
    let mut c = couple();
    // Mallory writes a real share to Alex's published code, under her own key.
    let mut mallory = named("Mallory");
    let alex_code = c.alex.partners().pairings().own().unwrap().code;
    let to = mallory
        .partners()
        .pairings()
        .add(&alex_code, None, now())
        .unwrap();
    evening(&mut mallory, 22, 1, 1);
    let bytes = share(&mut mallory, &to, None);
    let msg = refused(&mut c.alex, &bytes, now());
    assert!(msg.contains("not paired with"), "{msg}");
}

#[test]
fn a_tampered_body_or_header_is_refused() {
    let mut c = couple();
    let genuine = share(&mut c.sam, &c.alex_in_sam, None);
    let mut body = genuine.clone();
    let last = body.len() - 20;
    body[last] ^= 0x01;
    let msg = refused(&mut c.alex, &body, now());
    assert!(msg.contains("encrypted part does not match"), "{msg}");

    let (header, payload) = parts(&genuine);
    let bumped = header.replace("\"sequence\":1", "\"sequence\":99");
    assert_ne!(bumped, header);
    let mut file = signed::SHARE_MAGIC.to_vec();
    file.extend_from_slice(bumped.as_bytes());
    let sig_start = signed::SHARE_MAGIC.len() + header.len() + 1;
    file.extend_from_slice(&genuine[sig_start - 1..sig_start + 129]);
    file.extend_from_slice(&payload);
    let msg = refused(&mut c.alex, &file, now());
    assert!(msg.contains("signature does not match"), "{msg}");
}

#[test]
fn a_replayed_or_older_share_is_refused() {
    let mut c = couple();
    let first = share(&mut c.sam, &c.alex_in_sam, None);
    let second = share(&mut c.sam, &c.alex_in_sam, None);
    c.alex.partners().pairings().import(&second, now()).unwrap();
    let msg = refused(&mut c.alex, &second, now());
    assert!(
        msg.contains("not newer than the last one accepted from Sam"),
        "{msg}"
    );
    let msg = refused(&mut c.alex, &first, now());
    assert!(
        msg.contains("share number 1, already accepted up to 2"),
        "{msg}"
    );
}

#[test]
fn a_share_numbered_out_of_range_is_refused_even_as_the_first() {
    // Signed by the real sender (a hand-built share), so only the number is wrong.
    let mut alex = named("Alex");
    let sender = OwnIdentity::generate().unwrap();
    alex.partners()
        .pairings()
        .add(&PairingCode::encode(&sender.public(), "Robin"), None, now())
        .unwrap();
    let alex_keys = PairingCode::decode(&alex.partners().pairings().own().unwrap().code)
        .unwrap()
        .keys;
    let mut robin = named("Robin");
    evening(&mut robin, 21, 1, 2);
    let doc = robin
        .exchange()
        .export_document(&request(&pairing_stub(), None).export, now())
        .unwrap();
    for sequence in [0, u64::MAX] {
        let bytes = signed::seal(&Seal {
            export: &doc,
            notes: &[],
            sender: &sender,
            recipient: &alex_keys,
            sequence,
            created_at: now(),
            expires_at: None,
        })
        .unwrap();
        let msg = refused(&mut alex, &bytes, now());
        assert!(msg.contains("number is out of range"), "{sequence}: {msg}");
    }
}

#[test]
fn a_share_addressed_to_someone_else_is_refused() {
    let mut c = couple();
    let mut casey = named("Casey");
    let casey_code = casey.partners().pairings().own().unwrap().code;
    let sam_code = c.sam.partners().pairings().own().unwrap().code;
    casey
        .partners()
        .pairings()
        .add(&sam_code, None, now())
        .unwrap();
    let to_casey = c
        .sam
        .partners()
        .pairings()
        .add(&casey_code, None, now())
        .unwrap();
    let bytes = share(&mut c.sam, &to_casey, None);
    let msg = refused(&mut c.alex, &bytes, now());
    assert!(msg.contains("addressed to someone else"), "{msg}");
    // Casey, its real recipient, takes it.
    casey.partners().pairings().import(&bytes, now()).unwrap();
}

#[test]
fn an_expired_share_is_refused_and_expired_data_is_removed() {
    let mut c = couple();
    let bytes = share(&mut c.sam, &c.alex_in_sam, Some(1));
    let later = now() + Duration::days(2);
    let msg = refused(&mut c.alex, &bytes, later);
    assert!(msg.contains("expired on 2026-11-28"), "{msg}");

    // Accepted in time, then removed once its expiry passes.
    c.alex.partners().pairings().import(&bytes, now()).unwrap();
    assert_eq!(c.alex.partners().list().unwrap().len(), 1);
    let none = c.alex.partners().pairings().remove_expired(now()).unwrap();
    assert!(none.is_empty(), "nothing has expired yet");
    let gone = c.alex.partners().pairings().remove_expired(later).unwrap();
    assert_eq!(gone, vec!["Sam".to_string()]);
    assert!(c.alex.partners().list().unwrap().is_empty());
    let conn = backstory_core::store::inspect::connection(&c.alex);
    let left: i64 = conn
        .query_row("SELECT COUNT(*) FROM partner_entry", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0, "every entry of the expired share is gone");
    let p = &c.alex.partners().pairings().list().unwrap()[0];
    assert_eq!(p.expired_at, Some(later));
    assert_eq!(p.partner_id, None);
}

#[test]
fn an_unknown_key_type_or_newer_version_is_refused() {
    let mut c = couple();
    let genuine = share(&mut c.sam, &c.alex_in_sam, None);
    let (header, payload) = parts(&genuine);
    let sam_identity_signs = |h: &str| {
        // The right signer does not make an unknown kind of file acceptable: re-signing
        // is impossible without Sam's key, so these are signed by someone else, and are
        // refused for their kind before any signature is looked at.
        assemble(h, &payload, &OwnIdentity::generate().unwrap())
    };
    let other_type = header.replace("age-x25519+ed25519", "age-mlkem+ed448");
    let msg = refused(&mut c.alex, &sam_identity_signs(&other_type), now());
    assert!(msg.contains("kind of key this app does not know"), "{msg}");
    let newer = header.replace("\"version\":1", "\"version\":2");
    let msg = refused(&mut c.alex, &sam_identity_signs(&newer), now());
    assert!(msg.contains("newer Backstory (share version 2"), "{msg}");
}

#[test]
fn a_truncated_share_is_refused_wherever_it_is_cut() {
    let mut c = couple();
    let genuine = share(&mut c.sam, &c.alex_in_sam, None);
    let header_end = signed::SHARE_MAGIC.len() + parts(&genuine).0.len();
    for cut in [
        0,
        5,
        signed::SHARE_MAGIC.len() + 10,
        header_end + 1,
        header_end + 60,
        header_end + 130,
        genuine.len() - 1,
    ] {
        let msg = refused(&mut c.alex, &genuine[..cut], now());
        assert!(
            msg.contains("cut short")
                || msg.contains("not a signed Backstory share")
                || msg.contains("does not match its signed header"),
            "cut at {cut}: {msg}"
        );
    }
}

#[test]
fn a_passphrase_share_cannot_overwrite_a_paired_partner() {
    let mut c = couple();
    let signed_share = share(&mut c.sam, &c.alex_in_sam, None);
    c.alex
        .partners()
        .pairings()
        .import(&signed_share, now())
        .unwrap();
    // Someone who learnt an old passphrase forges a "newer" share of Sam's journal.
    let doc = c
        .sam
        .exchange()
        .export_bytes(
            &ExportRequest {
                kind: ExportKind::Partner,
                range: DateRange::default(),
                includes: None,
            },
            Some("an old shared passphrase"),
            10,
            now() + Duration::days(1),
        )
        .unwrap()
        .0;
    let before = fingerprint(&c.alex);
    let err = c
        .alex
        .partners()
        .import(
            &doc,
            "Sam",
            Some("an old shared passphrase"),
            now() + Duration::days(2),
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("only shares signed by Sam's key"), "{err}");
    assert_eq!(fingerprint(&c.alex), before);
}

#[test]
fn after_a_rekey_partners_must_pair_again() {
    let mut c = couple();
    let old_code = c.alex.partners().pairings().own().unwrap().code;
    let new = c.alex.partners().pairings().rekey().unwrap();
    assert_ne!(new.code, old_code);
    assert!(c.alex.partners().pairings().list().unwrap()[0].needs_pairing_again);
    // Sam still has the old code: the share is for the earlier keys.
    let bytes = share(&mut c.sam, &c.alex_in_sam, None);
    let msg = refused(&mut c.alex, &bytes, now());
    assert!(msg.contains("earlier keys"), "{msg}");
    // Alex cannot send until paired again.
    let err = c
        .alex
        .partners()
        .pairings()
        .export(&request(&c.sam_in_alex, None), now())
        .unwrap_err()
        .to_string();
    assert!(err.contains("pair again"), "{err}");
    // Pairing again both ways repairs it; the phrase changes with the new keys.
    let sam_code = c.sam.partners().pairings().own().unwrap().code;
    let again = c
        .alex
        .partners()
        .pairings()
        .add(&sam_code, None, now())
        .unwrap();
    assert!(!again.needs_pairing_again);
    let renewed = c
        .sam
        .partners()
        .pairings()
        .add(&new.code, None, now())
        .unwrap();
    assert_ne!(
        renewed.id, c.alex_in_sam.id,
        "new keys are a new pairing on the other side (nothing proves it is the same person)"
    );
    c.sam
        .partners()
        .pairings()
        .remove(c.alex_in_sam.id)
        .unwrap();
    assert_eq!(renewed.safety_phrase, again.safety_phrase);
    assert_ne!(renewed.safety_phrase, c.alex_in_sam.safety_phrase);
    let bytes = share(&mut c.sam, &renewed, None);
    c.alex.partners().pairings().import(&bytes, now()).unwrap();
}

#[test]
fn a_pairing_can_be_renamed_and_removed_with_its_data() {
    let mut c = couple();
    let bytes = share(&mut c.sam, &c.alex_in_sam, None);
    c.alex.partners().pairings().import(&bytes, now()).unwrap();
    let renamed = c
        .alex
        .partners()
        .pairings()
        .rename(c.sam_in_alex.id, "Samira")
        .unwrap();
    assert_eq!(renamed.name, "Samira");
    assert_eq!(c.alex.partners().list().unwrap()[0].name, "Samira");
    let removed = c
        .alex
        .partners()
        .pairings()
        .remove(c.sam_in_alex.id)
        .unwrap();
    assert_eq!(removed, 2);
    assert!(c.alex.partners().pairings().list().unwrap().is_empty());
    assert!(c.alex.partners().list().unwrap().is_empty());
    // Without the pairing, Sam's next share is from someone unknown.
    let next = share(&mut c.sam, &c.alex_in_sam, None);
    let msg = refused(&mut c.alex, &next, now());
    assert!(msg.contains("not paired with"), "{msg}");
}

#[test]
fn own_code_and_bad_codes_are_refused_when_pairing() {
    let mut j = named("Alex");
    let own = j.partners().pairings().own().unwrap();
    let err = j
        .partners()
        .pairings()
        .add(&own.code, None, now())
        .unwrap_err();
    assert!(err.to_string().contains("own code"), "{err}");
    for bad in ["", "hello", "bspair1qqqq", &own.code[..own.code.len() - 3]] {
        assert!(
            j.partners().pairings().add(bad, None, now()).is_err(),
            "{bad}"
        );
    }
    assert!(j.partners().pairings().list().unwrap().is_empty());
    // A code read with spaces, dashes and capitals is the same code.
    let other = OwnIdentity::generate().unwrap();
    let code = PairingCode::encode(&other.public(), "Río");
    let spaced: String = code
        .to_uppercase()
        .chars()
        .collect::<Vec<_>>()
        .chunks(6)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-");
    let p = j.partners().pairings().add(&spaced, None, now()).unwrap();
    assert_eq!(p.name, "Río");
    assert!(own.qr_svg.starts_with("<?xml") || own.qr_svg.starts_with("<svg"));
}

#[test]
fn a_note_about_an_evening_the_share_does_not_hold_is_refused() {
    let mut c = couple();
    let sender = OwnIdentity::generate().unwrap();
    // A hand-built share from a paired sender whose note points elsewhere.
    let code = PairingCode::encode(&sender.public(), "Robin");
    let robin = c
        .alex
        .partners()
        .pairings()
        .add(&code, None, now())
        .unwrap();
    let alex_keys = PairingCode::decode(&c.alex.partners().pairings().own().unwrap().code)
        .unwrap()
        .keys;
    let export = c
        .sam
        .exchange()
        .export_bytes(
            &ExportRequest {
                kind: ExportKind::Backup,
                range: DateRange::default(),
                includes: None,
            },
            None,
            10,
            now(),
        )
        .unwrap()
        .0;
    let mut doc: ExportFile = serde_json::from_slice(&export).unwrap();
    doc.kind = ExportKind::Partner;
    doc.profile = None;
    doc.includes = Includes::partner_default();
    let bytes = signed::seal(&Seal {
        export: &doc,
        notes: &[SharedNote {
            activity_id: Uuid::new_v4(),
            text: "hello".into(),
        }],
        sender: &sender,
        recipient: &alex_keys,
        sequence: 1,
        created_at: now(),
        expires_at: None,
    })
    .unwrap();
    let msg = refused(&mut c.alex, &bytes, now());
    assert!(msg.contains("evening the share does not hold"), "{msg}");
    assert_eq!(robin.name, "Robin");
}

// ---------------------------------------------------------------- golden share and schema

const GOLDEN: &str = "tests/data/share";

fn golden_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(ROOT).join(GOLDEN).join(name)
}

/// docs/signed-share.schema.json compiled by a real validator (draft 2020-12).
fn header_schema() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(std::path::Path::new(ROOT).join("docs/signed-share.schema.json"))
            .unwrap(),
    )
    .unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is a valid 2020-12 schema")
}

fn header_errors(bytes: &[u8]) -> Vec<String> {
    // Split by hand: the app's reader refuses some of these headers before any schema.
    let line = bytes.split(|&b| b == b'\n').nth(1).unwrap();
    let value: serde_json::Value = serde_json::from_slice(line).unwrap();
    header_schema()
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
#[ignore = "writes tests/data/share; run by hand after a format change"]
fn write_golden_signed_share() {
    let mut c = couple();
    let bytes = share(&mut c.sam, &c.alex_in_sam, Some(3650));
    std::fs::create_dir_all(golden_path("")).unwrap();
    std::fs::write(golden_path("v1-share.bsshare"), &bytes).unwrap();
    let identity = c
        .alex
        .settings()
        .get(pairing::IDENTITY_KEY)
        .unwrap()
        .unwrap();
    std::fs::write(golden_path("v1-recipient-identity.json"), identity).unwrap();
    let code = c.sam.partners().pairings().own().unwrap().code;
    std::fs::write(golden_path("v1-sender-code.txt"), code).unwrap();
}

#[test]
fn the_golden_v1_share_imports_and_headers_conform_to_the_schema() {
    let mut j = Journal::open_in_memory().unwrap();
    let identity = std::fs::read_to_string(golden_path("v1-recipient-identity.json")).unwrap();
    j.settings_mut()
        .set(pairing::IDENTITY_KEY, &identity)
        .unwrap();
    let code = std::fs::read_to_string(golden_path("v1-sender-code.txt")).unwrap();
    let sam = j.partners().pairings().add(&code, None, now()).unwrap();
    assert_eq!(sam.name, "Sam");
    let golden = std::fs::read(golden_path("v1-share.bsshare")).unwrap();
    assert_eq!(header_errors(&golden), Vec::<String>::new());
    let got = j.partners().pairings().import(&golden, now()).unwrap();
    assert_eq!(
        (got.import.added, got.evening_notes, got.sequence),
        (2, 1, 1)
    );
    assert!(got.expires_at.is_some());

    // A share written today conforms too, and the schema catches a spoiled header.
    let mut c = couple();
    let fresh = share(&mut c.sam, &c.alex_in_sam, None);
    assert_eq!(header_errors(&fresh), Vec::<String>::new());
    let (header, payload) = parts(&fresh);
    for (from, to) in [
        ("\"sequence\":1", "\"sequence\":0"),
        ("\"version\":1", "\"version\":2"),
        ("\"expires_at\":null", "\"expires_at\":\"soon\""),
        ("\"format\":\"backstory-share\"", "\"format\":\"other\""),
    ] {
        let spoiled = assemble(
            &header.replace(from, to),
            &payload,
            &OwnIdentity::generate().unwrap(),
        );
        assert!(
            !header_errors(&spoiled).is_empty(),
            "the schema refuses {to}"
        );
    }
}

#[test]
fn a_journal_is_not_taken_over_under_new_keys_while_its_old_pairing_stands() {
    let mut c = couple();
    let first = share(&mut c.sam, &c.alex_in_sam, None);
    c.alex.partners().pairings().import(&first, now()).unwrap();
    // Sam (or someone holding Sam's journal id) comes back under new keys.
    let new_code = c.sam.partners().pairings().rekey().unwrap().code;
    let again = c
        .alex
        .partners()
        .pairings()
        .add(&new_code, Some("Sam (new keys)"), now())
        .unwrap();
    assert_ne!(again.id, c.sam_in_alex.id);
    let alex_code = c.alex.partners().pairings().own().unwrap().code;
    c.sam
        .partners()
        .pairings()
        .add(&alex_code, None, now())
        .unwrap();
    let next = share(&mut c.sam, &c.alex_in_sam, None);
    let msg = refused(&mut c.alex, &next, now());
    assert!(msg.contains("already paired under other keys"), "{msg}");
    // Alex decides: the old pairing goes (with the data it brought), the new one works.
    c.alex
        .partners()
        .pairings()
        .remove(c.sam_in_alex.id)
        .unwrap();
    let got = c.alex.partners().pairings().import(&next, now()).unwrap();
    assert_eq!(got.pairing_name, "Sam (new keys)");
}
