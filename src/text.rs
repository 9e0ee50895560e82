//! Rules for the text users type or import: length limits and invisible characters.

/// Longest name of a plan, partner or person, in characters.
pub const MAX_NAME: usize = 200;
/// Longest short field (representative, role, contact), in characters.
pub const MAX_SHORT: usize = 200;
/// Longest added-value text, in characters.
pub const MAX_MEDIUM: usize = 2000;
/// Longest free text (notes, description), in characters.
pub const MAX_LONG: usize = 10000;

/// Most items in a short list (focus topics, methods, bodies worked with).
pub const MAX_LIST: usize = 30;

/// Splits typed text into the items of a short list: by commas (Latin and Arabic), semicolons
/// and line breaks; each item cleaned as a short field, empty and repeated items left out.
pub fn split_list(s: &str) -> Vec<String> {
    clean_list(s.split([',', '،', ';', '\n']).map(str::to_string).collect())
}

/// Cleans the items of a short list: each as a short single-line text, without empty items or
/// items repeated (compared by [`term`]), at most [`MAX_LIST`] of them.
pub fn clean_list(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = user_text(&item, MAX_SHORT, true);
        if !item.is_empty() && !out.iter().any(|o| term(o) == term(&item)) && out.len() < MAX_LIST {
            out.push(item);
        }
    }
    out
}

/// A phrase as it is compared with another: lower case, spaces folded.
pub fn term(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Characters that can reorder how text is displayed (bidi embeddings, overrides and isolates:
/// the "Trojan Source" characters). Plain direction marks (U+200E, U+200F, U+061C) are kept:
/// Hebrew and Arabic writers use them legitimately.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Control characters other than tab and line breaks.
fn is_unwanted_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t' | '\r')
}

/// What [`clean`] removed from a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cleaned {
    pub bidi_removed: usize,
    pub controls_removed: usize,
}

/// Removes bidi controls and unwanted control characters; single-line fields also fold line
/// breaks into spaces. Returns the text and what was removed.
pub fn clean(s: &str, single_line: bool) -> (String, Cleaned) {
    let mut report = Cleaned::default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_bidi_control(c) {
            report.bidi_removed += 1;
        } else if single_line && matches!(c, '\n' | '\r' | '\t') {
            out.push(' ');
        } else if is_unwanted_control(c) {
            report.controls_removed += 1;
        } else {
            out.push(c);
        }
    }
    (out, report)
}

/// Cleans text typed by the user and cuts it to `max` characters.
pub fn user_text(s: &str, max: usize, single_line: bool) -> String {
    fit(s, max, single_line).0
}

/// Cleans a text (see [`clean`]), trims a single-line one, and cuts it to `max` characters.
/// Returns the text, what was removed, and whether it had to be cut. The result is stable:
/// fitting it again changes nothing (a single-line text is trimmed again after the cut, so a
/// cut never leaves a trailing space).
pub fn fit(s: &str, max: usize, single_line: bool) -> (String, Cleaned, bool) {
    let (cleaned, report) = clean(s, single_line);
    let cleaned = if single_line {
        cleaned.trim()
    } else {
        cleaned.as_str()
    };
    let cut = cleaned.chars().nth(max).is_some();
    let mut out = truncate_chars(cleaned, max);
    if cut && single_line {
        out.truncate(out.trim_end().len());
    }
    (out, report, cut)
}

/// Whether [`fit`] would leave `s` as it is: nothing to remove, nothing to trim, not too long.
/// Checking costs no allocation, so importing a large clean file copies none of its texts.
///
/// It reads bytes, not characters (it runs on every text of every file opened): the characters
/// [`fit`] removes are all recognised by their UTF-8 bytes, and a character is a byte that does
/// not continue another.
pub fn fits(s: &str, max: usize, single_line: bool) -> bool {
    if single_line && s.trim().len() != s.len() {
        return false;
    }
    let b = s.as_bytes();
    // Eight bytes at a time: a word with none of the bytes looked at more closely is passed
    // with a few arithmetic steps; a word with one is looked at byte by byte.
    let mut i = 0;
    while i + 8 <= b.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i..i + 8]);
        if any_special(u64::from_le_bytes(word)) && !(i..i + 8).all(|k| plain_at(b, k, single_line))
        {
            return false;
        }
        i += 8;
    }
    if !(i..b.len()).all(|k| plain_at(b, k, single_line)) {
        return false;
    }
    // No more characters than bytes: only a long text needs counting.
    b.len() <= max || s.chars().count() <= max
}

/// Whether the byte at `k` starts nothing [`fit`] would remove.
#[inline]
fn plain_at(b: &[u8], k: usize, single_line: bool) -> bool {
    let x = b[k];
    // Most bytes are none of those below: one table look-up each.
    if !SPECIAL[x as usize] {
        return true;
    }
    match x {
        b'\n' | b'\r' | b'\t' => !single_line,
        // C0 controls and DEL.
        0..=0x1F | 0x7F => false,
        // C1 controls, U+0080..U+009F.
        0xC2 => !matches!(b.get(k + 1), Some(0x80..=0x9F)),
        // Bidi controls, U+202A..U+202E and U+2066..U+2069.
        0xE2 => !matches!(
            (b.get(k + 1), b.get(k + 2)),
            (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        _ => true,
    }
}

/// Whether any byte of the word is one of [`SPECIAL`]: below 0x20, or 0x7F, 0xC2 or 0xE2
/// (the usual tests for a zero byte and for a byte below a bound, on all eight at once).
#[inline]
fn any_special(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_0x20 = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    (below_0x20 | zero(w ^ (ONES * 0x7F)) | zero(w ^ (ONES * 0xC2)) | zero(w ^ (ONES * 0xE2))) != 0
}

/// The bytes [`fits`] looks at more closely: controls, DEL, and the lead bytes of C1 controls
/// (0xC2) and bidi controls (0xE2).
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[0x7F] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// The text of a file's bytes, as a browser reads a text file: UTF-8 (a byte order mark
/// dropped, a malformed sequence shown as U+FFFD), or UTF-16 when the file starts with its
/// byte order mark. Reading bytes and decoding here is several times faster in the app than
/// having the browser decode a large file and copy it over as text.
pub fn decode_text(bytes: Vec<u8>) -> String {
    let utf16 = |b: &[u8], unit: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = b
            .chunks(2)
            // A lone last byte is no code unit: the browser shows U+FFFD for it.
            .map(|c| c.get(1).map_or(0xFFFD, |&b| unit([c[0], b])))
            .collect();
        String::from_utf16_lossy(&units)
    };
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

/// The first `max` characters of `s`.
pub fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_special_exactly_when_one_of_its_bytes_is() {
        let check = |w: u64| {
            let bytes = w.to_le_bytes();
            assert_eq!(
                any_special(w),
                bytes.iter().any(|&x| SPECIAL[x as usize]),
                "{bytes:02x?}"
            );
        };
        // Every byte value in every position, among plain bytes and beside every other value.
        for pos in 0..8 {
            for x in 0..=255u8 {
                for fill in [b'a', 0xD7, 0x20, 0x80, 0xFF, 0x00, 0x21, 0xC3, 0xE1] {
                    let mut bytes = [fill; 8];
                    bytes[pos] = x;
                    check(u64::from_le_bytes(bytes));
                }
            }
        }
        // And many random words.
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            check(seed);
        }
    }

    #[test]
    fn removes_bidi_overrides_but_keeps_marks() {
        let (s, r) = clean("a\u{202E}b\u{2066}c\u{200F}d", true);
        assert_eq!(s, "abc\u{200F}d");
        assert_eq!(r.bidi_removed, 2);
    }

    #[test]
    fn single_line_folds_breaks() {
        assert_eq!(user_text("  שלום\nעולם \u{0007}", 50, true), "שלום עולם");
        assert_eq!(user_text("a\nb", 50, false), "a\nb");
    }

    #[test]
    fn fitting_is_stable() {
        let long = format!("{} b", "a".repeat(MAX_NAME - 1));
        let once = user_text(&long, MAX_NAME, true);
        assert_eq!(once, "a".repeat(MAX_NAME - 1));
        assert_eq!(user_text(&once, MAX_NAME, true), once);
        // Trailing spaces that trimming removes are not a cut.
        let (s, _, cut) = fit(&format!("{}   ", "a".repeat(MAX_NAME)), MAX_NAME, true);
        assert!(!cut);
        assert_eq!(s.chars().count(), MAX_NAME);
    }

    #[test]
    fn fits_exactly_when_fitting_changes_nothing() {
        // Every string of up to four characters from a set that exercises each rule, as a
        // single-line and as a multi-line text, with limits around its length.
        let parts = [
            "a", "א", " ", "\n", "\r", "\t", "\u{202E}", "\u{200F}", "\u{0007}", "ب",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let more: Vec<String> = texts
                .iter()
                .flat_map(|t| parts.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(more);
            texts.dedup();
        }
        let mut both = [0, 0];
        for t in &texts {
            for single in [true, false] {
                for max in [0, 2, 3, 10] {
                    let (out, report, cut) = fit(t, max, single);
                    let same = out == *t && report == Cleaned::default() && !cut;
                    assert_eq!(
                        fits(t, max, single),
                        same,
                        "{t:?} max {max} single {single}"
                    );
                    both[same as usize] += 1;
                }
            }
        }
        assert!(both[0] > 1000 && both[1] > 1000, "{both:?}");
    }

    #[test]
    fn decodes_files_as_a_browser_reads_text() {
        let he = "שותף, شريك";
        assert_eq!(decode_text(he.as_bytes().to_vec()), he);
        assert_eq!(decode_text([b"\xEF\xBB\xBF", he.as_bytes()].concat()), he);
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(he.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(he.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode_text(le), he);
        assert_eq!(decode_text(be), he);
        // Malformed UTF-8 is kept readable, never refused or dropped.
        assert_eq!(decode_text(b"{\"a\xFF\"}".to_vec()), "{\"a\u{FFFD}\"}");
        assert_eq!(decode_text(vec![0xFF, 0xFE, 0x41]), "\u{FFFD}");
        assert_eq!(decode_text(vec![0xFE, 0xFF, 0, 0x41, 0x42]), "A\u{FFFD}");
        assert_eq!(decode_text(Vec::new()), "");
    }

    #[test]
    fn truncates_by_characters_not_bytes() {
        assert_eq!(truncate_chars("אבגדה", 3), "אבג");
        assert_eq!(truncate_chars("ab", 3), "ab");
    }
}
