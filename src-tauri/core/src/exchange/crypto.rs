//! Passphrase encryption of partner files in the age format (one scrypt recipient).
//! Decryption caps the scrypt work factor: the cost is written in the file's header, and a
//! hostile header could otherwise demand gigabytes of memory and many seconds of CPU.
//! The plaintext read back is capped too, so a small file cannot inflate without bound.

use crate::error::{CoreError, CoreResult};
use crate::i18n::{args, tr, tr_with};
use age::secrecy::SecretString;
use std::io::{Read, Write};

/// The first bytes of every binary age file.
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// scrypt work factor (log2 N) used for new partner files: 2^17 takes 128 MiB and about
/// 0.5 s on this project's 2-core reference machine (0.7-1.5 s while it is busy), inside
/// the 0.5-2 s passphrase-KDF budget and leaving room for the 2 s export target.
pub const WORK_FACTOR: u8 = 17;
/// Largest work factor a file may ask for on decrypt (2^18: 256 MiB, about 1 s). Anything
/// above is refused before any scrypt work is done: the cost is in the file's header, and a
/// hostile header could otherwise demand gigabytes and many seconds.
pub const MAX_WORK_FACTOR: u8 = 18;
/// Shortest passphrase accepted for a new partner file.
pub const PASSPHRASE_MIN_CHARS: usize = 8;
/// Longest passphrase accepted (bounds the work before scrypt).
pub const PASSPHRASE_MAX_CHARS: usize = 1024;

pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

pub fn check_new_passphrase(passphrase: &str) -> CoreResult<()> {
    let count = passphrase.chars().count();
    if count < PASSPHRASE_MIN_CHARS {
        return Err(CoreError::validation(
            "passphrase",
            tr_with(
                "error-passphrase-too-short",
                &args([("min", PASSPHRASE_MIN_CHARS.into())]),
            ),
        ));
    }
    if count > PASSPHRASE_MAX_CHARS {
        return Err(CoreError::validation(
            "passphrase",
            tr_with(
                "error-passphrase-too-long",
                &args([("max", PASSPHRASE_MAX_CHARS.into())]),
            ),
        ));
    }
    Ok(())
}

/// Encrypts `plaintext` to the passphrase with scrypt work factor `log_n`.
pub fn encrypt(plaintext: &[u8], passphrase: &str, log_n: u8) -> CoreResult<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(log_n.clamp(1, MAX_WORK_FACTOR));
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| CoreError::Crypto(tr("error-file-not-encrypted")))?;
    let mut out = Vec::with_capacity(plaintext.len() + 1024);
    let crypt_err = |_| CoreError::Crypto(tr("error-file-not-encrypted"));
    let mut writer = encryptor.wrap_output(&mut out).map_err(crypt_err)?;
    writer.write_all(plaintext).map_err(crypt_err)?;
    writer.finish().map_err(crypt_err)?;
    Ok(out)
}

/// Decrypts an age file with the passphrase, refusing work factors above `max_log_n` and
/// plaintexts longer than `max_plain` bytes.
pub fn decrypt(
    ciphertext: &[u8],
    passphrase: &str,
    max_log_n: u8,
    max_plain: u64,
) -> CoreResult<Vec<u8>> {
    if passphrase.is_empty() {
        return Err(CoreError::validation(
            "passphrase",
            tr("error-file-needs-passphrase"),
        ));
    }
    if passphrase.chars().count() > PASSPHRASE_MAX_CHARS {
        return Err(CoreError::Crypto(tr("error-file-wrong-passphrase")));
    }
    let decryptor = age::Decryptor::new_buffered(ciphertext).map_err(map_decrypt_error)?;
    if !decryptor.is_scrypt() {
        return Err(CoreError::Crypto(tr("error-file-other-recipients")));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(max_log_n);
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(map_decrypt_error)?;
    let mut plain = Vec::new();
    reader
        .take(max_plain + 1)
        .read_to_end(&mut plain)
        .map_err(|_| CoreError::Crypto(tr("error-file-contents-bad")))?;
    if plain.len() as u64 > max_plain {
        return Err(CoreError::Import {
            location: None,
            message: tr_with(
                "error-decrypted-too-large",
                &args([("max", (max_plain / 1_000_000).into())]),
            ),
        });
    }
    Ok(plain)
}

fn map_decrypt_error(err: age::DecryptError) -> CoreError {
    use age::DecryptError as E;
    let message = match err {
        E::ExcessiveWork { required, .. } => tr_with(
            "error-decryption-too-much-work",
            &args([
                ("required", required.into()),
                ("max", MAX_WORK_FACTOR.into()),
            ]),
        ),
        E::DecryptionFailed | E::KeyDecryptionFailed | E::NoMatchingKeys => {
            tr("error-file-wrong-passphrase")
        }
        E::InvalidMac => tr("error-file-header-mac"),
        E::InvalidHeader | E::UnknownFormat => tr("error-file-header-unknown"),
        E::Io(_) => tr("error-file-cut-short"),
        _ => tr("error-file-not-opened"),
    };
    CoreError::Crypto(message)
}
