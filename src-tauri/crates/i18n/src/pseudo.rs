//! The pseudo-locale (en-XA): every letter of the English text swapped for an accented
//! one and every vowel doubled, which makes a sentence about a third longer. Text that
//! shows up plain in the window or a report was not taken from the Fluent files; text that
//! gets cut off has no room for a longer language.

use std::borrow::Cow;

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ø',
        'U' => 'Ü',
        'Y' => 'Ý',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        'Z' => 'Ž',
        other => other,
    }
}

/// The pseudo-locale form of a piece of English text (Fluent calls it for each text
/// element, never for an argument's value).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let a = accented(c);
        out.push(a);
        if "aeiouAEIOU".contains(c) {
            out.push(a);
        }
    }
    Cow::Owned(out)
}
