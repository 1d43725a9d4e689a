//! Pairing: each journal's long-term identity (an age X25519 key to receive shares, an
//! Ed25519 key to sign them), the pairing code that carries the public halves and a display
//! name, the safety phrase both partners compare aloud, and key ids. No SQL here: the
//! identity lives in the journal's settings (so it is encrypted with the journal when
//! encryption is on) and pairings in `store/pairings.rs`. docs/export-format.md ("Signed
//! shares") describes every byte so another implementation can pair with Backstory.

use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use age::secrecy::ExposeSecret;
use bech32::{Bech32, Bech32m, Hrp};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::str::FromStr;
use ts_rs::TS;

/// Human-readable part of a pairing code (bech32m).
pub const CODE_HRP: &str = "bspair";
/// The pairing code's layout version (its first data byte).
pub const CODE_VERSION: u8 = 1;
/// The only key type Backstory writes and reads: age X25519 for encryption, Ed25519 for
/// signatures.
pub const KEY_TYPE: &str = "age-x25519+ed25519";
/// Longest display name a pairing code carries, in UTF-8 bytes.
pub const CODE_NAME_MAX_BYTES: usize = 40;
/// Setting that holds this journal's secret keys (see [`OwnIdentity`]).
pub const IDENTITY_KEY: &str = "pairing_identity";
/// Setting that lists the key ids this journal had before a re-key.
pub const PREVIOUS_KEY_IDS: &str = "pairing_previous_key_ids";

/// Someone's public keys: what a pairing code carries and a pairing stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKeys {
    /// X25519 public key (the age recipient's 32 bytes).
    pub x25519: [u8; 32],
    /// Ed25519 verifying key.
    pub ed25519: [u8; 32],
}

impl PublicKeys {
    /// The key id: the first 16 bytes of SHA-256("backstory-key-id-v1" ‖ x25519 ‖ ed25519),
    /// as 32 lowercase hex digits. Shares name their sender and recipient by it.
    pub fn key_id(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"backstory-key-id-v1");
        h.update(self.x25519);
        h.update(self.ed25519);
        hex(&h.finalize()[..16])
    }

    /// The age recipient string (`age1…`).
    pub fn age_recipient(&self) -> String {
        bech32::encode_lower::<Bech32>(Hrp::parse_unchecked("age"), &self.x25519)
            .expect("32 bytes always fit in a bech32 string")
    }

    pub fn age_recipient_key(&self) -> CoreResult<age::x25519::Recipient> {
        age::x25519::Recipient::from_str(&self.age_recipient())
            .map_err(|_| CoreError::Crypto(tr("error-stored-partner-key-malformed")))
    }

    pub fn verifying_key(&self) -> CoreResult<VerifyingKey> {
        VerifyingKey::from_bytes(&self.ed25519)
            .map_err(|_| CoreError::Crypto(tr("error-partner-signing-key-invalid")))
    }

    fn bytes(&self) -> [u8; 64] {
        let mut out = [0u8; 64];
        out[..32].copy_from_slice(&self.x25519);
        out[32..].copy_from_slice(&self.ed25519);
        out
    }
}

/// This journal's secret keys, as stored in its settings (JSON).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredIdentity {
    /// `AGE-SECRET-KEY-1…`
    age: String,
    /// Ed25519 secret key, 64 hex digits.
    ed25519: String,
}

/// This journal's long-term identity.
pub struct OwnIdentity {
    age: age::x25519::Identity,
    signing: SigningKey,
}

impl OwnIdentity {
    /// A new identity from the operating system's random source.
    pub fn generate() -> CoreResult<OwnIdentity> {
        let mut seed = [0u8; 32];
        getrandom::getrandom(&mut seed)
            .map_err(|_| CoreError::Crypto(tr("error-random-failed")))?;
        let signing = SigningKey::from_bytes(&seed);
        seed.fill(0);
        Ok(OwnIdentity {
            age: age::x25519::Identity::generate(),
            signing,
        })
    }

    pub(crate) fn to_setting(&self) -> String {
        let stored = StoredIdentity {
            age: self.age.to_string().expose_secret().to_string(),
            ed25519: hex(self.signing.as_bytes()),
        };
        serde_json::to_string(&stored).expect("plain strings serialise")
    }

    /// Reads the identity as stored in the journal's settings.
    pub fn from_setting(text: &str) -> CoreResult<OwnIdentity> {
        let bad = || CoreError::Storage(tr("error-own-pairing-keys-malformed"));
        let stored: StoredIdentity = serde_json::from_str(text).map_err(|_| bad())?;
        let age = age::x25519::Identity::from_str(&stored.age).map_err(|_| bad())?;
        let seed: [u8; 32] = unhex(&stored.ed25519)
            .and_then(|v| v.try_into().ok())
            .ok_or_else(bad)?;
        Ok(OwnIdentity {
            age,
            signing: SigningKey::from_bytes(&seed),
        })
    }

    pub fn public(&self) -> PublicKeys {
        let recipient = self.age.to_public().to_string();
        let (_, x) = bech32::decode(&recipient).expect("age writes valid recipients");
        PublicKeys {
            x25519: x.try_into().expect("an X25519 key is 32 bytes"),
            ed25519: self.signing.verifying_key().to_bytes(),
        }
    }

    pub fn age_identity(&self) -> &age::x25519::Identity {
        &self.age
    }

    pub fn signing_key(&self) -> &SigningKey {
        &self.signing
    }
}

/// A pairing code read back: someone's public keys and the name they offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairingCode {
    pub keys: PublicKeys,
    pub name: String,
}

/// The name cut to what a code carries, on a character boundary.
fn code_name(name: &str) -> &str {
    let name = name.trim();
    let mut end = name.len().min(CODE_NAME_MAX_BYTES);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

impl PairingCode {
    /// `bspair1…` (bech32m, lowercase): version byte, X25519 key, Ed25519 key, name length
    /// byte, name (UTF-8, at most 40 bytes).
    pub fn encode(keys: &PublicKeys, name: &str) -> String {
        let name = code_name(name);
        let mut data = Vec::with_capacity(66 + name.len());
        data.push(CODE_VERSION);
        data.extend_from_slice(&keys.bytes());
        data.push(name.len() as u8);
        data.extend_from_slice(name.as_bytes());
        bech32::encode_lower::<Bech32m>(Hrp::parse_unchecked(CODE_HRP), &data)
            .expect("a pairing code is far below bech32's length limit")
    }

    /// Reads a code as typed or pasted: case, spaces, dashes and line breaks are ignored.
    pub fn decode(text: &str) -> CoreResult<PairingCode> {
        let bad = |m: &str| CoreError::validation("code", m);
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_lowercase();
        if compact.is_empty() {
            return Err(bad(&tr("error-pairing-code-paste")));
        }
        if compact.len() > 200 {
            return Err(bad(&tr("error-pairing-code-too-long")));
        }
        if !compact.starts_with(&format!("{CODE_HRP}1")) {
            return Err(bad(&tr("error-pairing-code-not-ours")));
        }
        let checked = bech32::primitives::decode::CheckedHrpstring::new::<Bech32m>(&compact)
            .map_err(|_| bad(&tr("error-pairing-code-typo")))?;
        let data: Vec<u8> = checked.byte_iter().collect();
        match data.first() {
            Some(&CODE_VERSION) => {}
            Some(v) => {
                return Err(bad(&tr_with(
                    "error-pairing-code-too-new",
                    &args([("version", (*v).into()), ("known", CODE_VERSION.into())]),
                )))
            }
            None => return Err(bad(&tr("error-pairing-code-empty"))),
        }
        if data.len() < 66 {
            return Err(bad(&tr("error-pairing-code-cut-short")));
        }
        let name_len = data[65] as usize;
        if data.len() != 66 + name_len || name_len > CODE_NAME_MAX_BYTES {
            return Err(bad(&tr("error-pairing-code-name-length")));
        }
        let name = std::str::from_utf8(&data[66..])
            .map_err(|_| bad(&tr("error-pairing-code-name-not-text")))?;
        if name.chars().any(|c| c.is_control()) {
            return Err(bad(&tr("error-pairing-code-name-control")));
        }
        let keys = PublicKeys {
            x25519: data[1..33].try_into().expect("checked length"),
            ed25519: data[33..65].try_into().expect("checked length"),
        };
        keys.verifying_key()
            .map_err(|_| bad(&tr("error-pairing-code-bad-key")))?;
        Ok(PairingCode {
            keys,
            name: name.to_string(),
        })
    }
}

/// The safety phrase of two identities: the same on both sides whatever the order.
/// SHA-256("backstory-safety-v1" ‖ the two 64-byte key blocks, smaller first); its first
/// 20 bytes as four groups of five bytes, each read big-endian modulo 100,000 and written
/// as five digits: "12345 67890 13579 24680".
pub fn safety_phrase(a: &PublicKeys, b: &PublicKeys) -> String {
    let (x, y) = (a.bytes(), b.bytes());
    let (first, second) = if x <= y { (x, y) } else { (y, x) };
    let mut h = Sha256::new();
    h.update(b"backstory-safety-v1");
    h.update(first);
    h.update(second);
    let digest = h.finalize();
    digest[..20]
        .chunks(5)
        .map(|c| {
            let n = c.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            format!("{:05}", n % 100_000)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The QR code of a pairing code as a standalone SVG document (black on white).
pub fn qr_svg(code: &str) -> CoreResult<String> {
    use qrcode::render::svg;
    let qr = qrcode::QrCode::with_error_correction_level(code.to_uppercase(), qrcode::EcLevel::M)
        .map_err(|_| CoreError::validation("code", tr("error-pairing-code-no-qr")))?;
    Ok(qr
        .render::<svg::Color>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

/// What the window and the CLI show of this journal's identity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OwnPairing {
    /// The code to give a partner (`bspair1…`).
    pub code: String,
    /// The same code as an SVG QR code.
    pub qr_svg: String,
    pub key_id: String,
    pub name: String,
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_round_trips_and_the_phrase_is_the_same_both_ways() {
        let a = OwnIdentity::generate().unwrap();
        let b = OwnIdentity::generate().unwrap();
        let code = PairingCode::encode(&a.public(), "Sam");
        assert!(code.starts_with("bspair1"));
        let read = PairingCode::decode(&code.to_uppercase()).unwrap();
        assert_eq!(read.keys, a.public());
        assert_eq!(read.name, "Sam");
        let p1 = safety_phrase(&a.public(), &b.public());
        assert_eq!(p1, safety_phrase(&b.public(), &a.public()));
        assert_eq!(p1.len(), 23);
        assert_ne!(p1, safety_phrase(&a.public(), &a.public()));
        let again = OwnIdentity::from_setting(&a.to_setting()).unwrap();
        assert_eq!(again.public(), a.public());
    }

    #[test]
    fn a_mistyped_code_is_refused_by_its_checksum() {
        let a = OwnIdentity::generate().unwrap();
        let code = PairingCode::encode(&a.public(), "Sam");
        let mut chars: Vec<char> = code.chars().collect();
        let i = 20;
        chars[i] = if chars[i] == 'q' { 'p' } else { 'q' };
        let typo: String = chars.into_iter().collect();
        let err = PairingCode::decode(&typo).unwrap_err().to_string();
        assert!(err.contains("checksum"), "{err}");
        assert!(PairingCode::decode("age1abc").is_err());
        assert!(PairingCode::decode(&code[..code.len() - 10]).is_err());
    }

    #[test]
    fn a_long_name_is_cut_on_a_character_boundary() {
        let a = OwnIdentity::generate().unwrap();
        let name = "é".repeat(30);
        let read = PairingCode::decode(&PairingCode::encode(&a.public(), &name)).unwrap();
        assert_eq!(read.name, "é".repeat(20));
    }
}
