//! Arabic joining for the report, without a shaping engine: each letter becomes its
//! isolated, final, initial or medial presentation form (Unicode's Arabic Presentation
//! Forms-A and -B, which Noto Sans Arabic has), and lam followed by alef becomes the lam-alef
//! ligature. A full shaper (rustybuzz) would add about 0.6 MB to the app binary, over its
//! size goal; this covers the Arabic, Persian and Urdu letters people write notes with.
//! Not covered: mark positioning beyond the font's defaults, and letters outside the table
//! (shown in their isolated form).

/// A letter's presentation forms: the first (isolated) form and how many follow it in the
/// order isolated, final, initial, medial. Two forms: the letter joins only to the letter
/// before it (alef, dal, reh, waw...); four: it joins on both sides.
const FORMS: &[(char, u32, u8)] = &[
    ('\u{0621}', 0xFE80, 1),
    ('\u{0622}', 0xFE81, 2),
    ('\u{0623}', 0xFE83, 2),
    ('\u{0624}', 0xFE85, 2),
    ('\u{0625}', 0xFE87, 2),
    ('\u{0626}', 0xFE89, 4),
    ('\u{0627}', 0xFE8D, 2),
    ('\u{0628}', 0xFE8F, 4),
    ('\u{0629}', 0xFE93, 2),
    ('\u{062A}', 0xFE95, 4),
    ('\u{062B}', 0xFE99, 4),
    ('\u{062C}', 0xFE9D, 4),
    ('\u{062D}', 0xFEA1, 4),
    ('\u{062E}', 0xFEA5, 4),
    ('\u{062F}', 0xFEA9, 2),
    ('\u{0630}', 0xFEAB, 2),
    ('\u{0631}', 0xFEAD, 2),
    ('\u{0632}', 0xFEAF, 2),
    ('\u{0633}', 0xFEB1, 4),
    ('\u{0634}', 0xFEB5, 4),
    ('\u{0635}', 0xFEB9, 4),
    ('\u{0636}', 0xFEBD, 4),
    ('\u{0637}', 0xFEC1, 4),
    ('\u{0638}', 0xFEC5, 4),
    ('\u{0639}', 0xFEC9, 4),
    ('\u{063A}', 0xFECD, 4),
    ('\u{0641}', 0xFED1, 4),
    ('\u{0642}', 0xFED5, 4),
    ('\u{0643}', 0xFED9, 4),
    ('\u{0644}', 0xFEDD, 4),
    ('\u{0645}', 0xFEE1, 4),
    ('\u{0646}', 0xFEE5, 4),
    ('\u{0647}', 0xFEE9, 4),
    ('\u{0648}', 0xFEED, 2),
    ('\u{0649}', 0xFEEF, 2),
    ('\u{064A}', 0xFEF1, 4),
    // Persian and Urdu letters (Presentation Forms-A).
    ('\u{067E}', 0xFB56, 4),
    ('\u{0686}', 0xFB7A, 4),
    ('\u{0698}', 0xFB8A, 2),
    ('\u{06A9}', 0xFB8E, 4),
    ('\u{06AF}', 0xFB92, 4),
    ('\u{06CC}', 0xFBFC, 4),
];

/// Lam-alef ligatures by the alef that follows lam: isolated form (the final form is next).
const LAM_ALEF: &[(char, u32)] = &[
    ('\u{0622}', 0xFEF5),
    ('\u{0623}', 0xFEF7),
    ('\u{0625}', 0xFEF9),
    ('\u{0627}', 0xFEFB),
];

const LAM: char = '\u{0644}';
/// Tatweel: a joining stroke that joins on both sides.
const TATWEEL: char = '\u{0640}';

fn forms(c: char) -> Option<(u32, u8)> {
    FORMS
        .iter()
        .find(|(letter, _, _)| *letter == c)
        .map(|(_, first, n)| (*first, *n))
}

/// Vowel signs and other marks: they sit on a letter and do not break its joining.
fn is_transparent(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn joins_forward(c: char) -> bool {
    c == TATWEEL || forms(c).is_some_and(|(_, n)| n == 4)
}

fn joins_backward(c: char) -> bool {
    c == TATWEEL || forms(c).is_some_and(|(_, n)| n >= 2)
}

fn form(first: u32, offset: u32) -> char {
    char::from_u32(first + offset).expect("presentation forms are valid characters")
}

/// The text's characters in their joined forms, in logical order, each with the source
/// text it stands for (two letters for a lam-alef ligature). Characters that are not
/// Arabic letters pass through unchanged.
pub fn join(text: &str) -> Vec<(char, String)> {
    let chars: Vec<char> = text.chars().collect();
    // The nearest letter before / after `i`, skipping marks.
    let before = |i: usize| {
        chars[..i]
            .iter()
            .rev()
            .find(|c| !is_transparent(**c))
            .copied()
    };
    let after = |i: usize| {
        chars[i + 1..]
            .iter()
            .find(|c| !is_transparent(**c))
            .copied()
    };
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let joined_before = before(i).is_some_and(joins_forward);
        if c == LAM {
            let next = chars.get(i + 1).copied();
            if let Some((alef, ligature)) = LAM_ALEF.iter().find(|(a, _)| Some(*a) == next) {
                let glyph = form(*ligature, u32::from(joined_before));
                out.push((glyph, format!("{c}{alef}")));
                i += 2;
                continue;
            }
        }
        let shaped = match forms(c) {
            Some((first, n)) => {
                let joined_after = n == 4 && after(i).is_some_and(joins_backward);
                let offset = match (joined_before && n >= 2, joined_after) {
                    (false, false) => 0,
                    (true, false) => 1,
                    (false, true) => 2,
                    (true, true) => 3,
                };
                form(first, offset)
            }
            None => c,
        };
        out.push((shaped, c.to_string()));
        i += 1;
    }
    out
}

/// Whether `text` has a character this module joins.
pub fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| forms(c).is_some() || c == TATWEEL)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(text: &str) -> String {
        join(text).into_iter().map(|(c, _)| c).collect()
    }

    #[test]
    fn letters_take_their_initial_medial_final_and_isolated_forms() {
        // beh-beh-beh: initial, medial, final.
        assert_eq!(
            shaped("\u{0628}\u{0628}\u{0628}"),
            "\u{FE91}\u{FE92}\u{FE90}"
        );
        // A lone beh is isolated; alef after beh is final, and the beh initial.
        assert_eq!(shaped("\u{0628}"), "\u{FE8F}");
        assert_eq!(shaped("\u{0628}\u{0627}"), "\u{FE91}\u{FE8E}");
        // Alef does not join forward: the dal after it is isolated.
        assert_eq!(shaped("\u{0627}\u{062F}"), "\u{FE8D}\u{FEA9}");
        // A space breaks joining; Latin passes through.
        assert_eq!(shaped("\u{0628} a"), "\u{FE8F} a");
    }

    #[test]
    fn lam_alef_is_one_ligature_standing_for_both_letters() {
        let joined = join("\u{0644}\u{0627}");
        assert_eq!(joined, vec![('\u{FEFB}', "\u{0644}\u{0627}".to_string())]);
        // After a letter that joins forward, the final form of the ligature.
        assert_eq!(shaped("\u{0628}\u{0644}\u{0627}"), "\u{FE91}\u{FEFC}");
    }

    #[test]
    fn marks_do_not_break_joining() {
        // beh + fatha + beh: the marked beh still joins the next one.
        assert_eq!(
            shaped("\u{0628}\u{064E}\u{0628}"),
            "\u{FE91}\u{064E}\u{FE90}"
        );
    }

    #[test]
    fn the_table_follows_unicode_s_layout() {
        // Each letter's forms run on without gaps from the previous letter's.
        for pair in FORMS[..36].windows(2) {
            let (_, first, n) = pair[0];
            assert_eq!(first + u32::from(n), pair[1].1, "after {:?}", pair[0].0);
        }
        assert_eq!(
            FORMS[35].1 + 4,
            0xFEF5,
            "yeh's forms end where lam-alef starts"
        );
    }
}
