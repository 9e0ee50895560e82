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
    fn truncates_by_characters_not_bytes() {
        assert_eq!(truncate_chars("אבגדה", 3), "אבג");
        assert_eq!(truncate_chars("ab", 3), "ab");
    }
}
