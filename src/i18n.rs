//! Translations, in Project Fluent's syntax. Every user-visible string of Shutaf is a message in
//! `locales/{he,en,ar}.ftl`; a test fails when a message is missing in any language.
//!
//! The app formats messages with the small formatter below rather than the `fluent-bundle` crate:
//! it reads the part of Fluent the files use (messages, attributes, `{ $variables }`, and
//! selections on plural categories, exact numbers or strings, with bidi isolation as Fluent does)
//! and weighs a fraction of the crate in the wasm. The tests format every message of every
//! language with both and require the same text.

use crate::format::{Problem, ProblemKind};

/// The languages Shutaf speaks. Hebrew is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    He,
    En,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::He, Lang::En, Lang::Ar];

    /// The BCP 47 code, as in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::He => "he",
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Writing direction, as in `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::He | Lang::Ar => "rtl",
            Lang::En => "ltr",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::He => "עברית",
            Lang::En => "English",
            Lang::Ar => "العربية",
        }
    }

    /// The Fluent source of this language, `locales/<code>.ftl` without its comment lines
    /// (`build.rs` strips them). Native builds only: the app fetches the one language in use
    /// (`locales/<code>.ftl` beside it) instead of carrying all three in its wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn source(self) -> &'static str {
        match self {
            Lang::He => include_str!(concat!(env!("OUT_DIR"), "/he.ftl")),
            Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
            Lang::Ar => include_str!(concat!(env!("OUT_DIR"), "/ar.ftl")),
        }
    }
}

/// A value for a message argument.
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n as f64)
    }
}

/// One piece of a message's pattern.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Var(String),
    /// `{ $var -> [key] pattern … *[key] pattern }`; `default` is the starred variant.
    Select {
        var: String,
        variants: Vec<(String, Vec<Piece>)>,
        default: usize,
    },
}

type Pattern = Vec<Piece>;

/// A message: its value and its attributes (`.title`, `.desc`).
#[derive(Debug, Clone, Default)]
struct Message {
    value: Option<Pattern>,
    attrs: Vec<(String, Pattern)>,
}

/// Formats messages in one language.
pub struct Translator {
    lang: Lang,
    messages: std::collections::HashMap<String, Message>,
}

/// Parses a Fluent source into messages. Comments and blank lines are skipped; a message runs
/// from its `id =` line over the indented lines under it. Returns the messages in file order;
/// a line that is neither is reported as an error.
fn parse(source: &str) -> (Vec<(String, Message)>, Vec<String>) {
    let mut out: Vec<(String, Message)> = Vec::new();
    let mut errors = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((id, first)) = line.split_once('=') else {
            errors.push(line.to_string());
            continue;
        };
        let id = id.trim();
        if id.is_empty()
            || line.starts_with(' ')
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            errors.push(line.to_string());
            continue;
        }
        // The block: indented lines (and blank lines followed by indented ones).
        let mut block: Vec<&str> = vec![first];
        while i < lines.len() {
            let l = lines[i];
            if l.starts_with(' ')
                || (l.trim().is_empty()
                    && lines[i..]
                        .iter()
                        .find(|x| !x.trim().is_empty())
                        .is_some_and(|x| x.starts_with(' ')))
            {
                block.push(l);
                i += 1;
            } else if l.starts_with('}') {
                // The closing brace of a selection may stand at the line's start.
                block.push(l);
                i += 1;
            } else {
                break;
            }
        }
        // Split the block into the value and the attributes (`.name = …` lines).
        let mut message = Message::default();
        let mut current: (Option<String>, Vec<&str>) = (None, Vec::new());
        let mut depth = 0i32;
        let mut chunks: Vec<(Option<String>, Vec<&str>)> = Vec::new();
        for (k, l) in block.iter().enumerate() {
            let t = l.trim_start();
            if k > 0 && depth == 0 && t.starts_with('.') {
                if let Some((name, rest)) = t[1..].split_once('=') {
                    chunks.push(std::mem::replace(
                        &mut current,
                        (Some(name.trim().to_string()), vec![rest]),
                    ));
                    depth += brace_depth(rest);
                    continue;
                }
            }
            depth += brace_depth(l);
            current.1.push(l);
        }
        chunks.push(current);
        let mut ok = depth == 0;
        for (name, text) in chunks {
            let Some(pattern) = pattern(&dedent(&text)) else {
                ok = false;
                continue;
            };
            match name {
                None => message.value = (!pattern.is_empty()).then_some(pattern),
                Some(n) => message.attrs.push((n, pattern)),
            }
        }
        if ok {
            out.push((id.to_string(), message));
        } else {
            errors.push(line.to_string());
        }
    }
    (out, errors)
}

fn brace_depth(s: &str) -> i32 {
    s.chars().fold(0, |d, c| match c {
        '{' => d + 1,
        '}' => d - 1,
        _ => d,
    })
}

/// Joins a value's lines as Fluent does: the first line's text, then the continuation lines
/// without their common indentation, with line breaks; blank lines at the end dropped.
fn dedent(lines: &[&str]) -> String {
    let first = lines[0].trim_start();
    let rest = &lines[1..];
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut parts: Vec<String> = Vec::new();
    if !first.trim().is_empty() {
        parts.push(first.to_string());
    }
    for l in rest {
        parts.push(l.get(indent..).unwrap_or("").to_string());
    }
    while parts.last().is_some_and(|p| p.trim().is_empty()) {
        parts.pop();
    }
    let mut s = parts.join("\n");
    s.truncate(s.trim_end().len());
    s
}

/// Parses a pattern's text: plain text, `{ $var }` and `{ $var -> … }`. `None` for anything
/// else (an unclosed brace, a placeable that is not a variable).
fn pattern(src: &str) -> Option<Pattern> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = src;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = matching(after)?;
        let inner = &after[..close];
        rest = after.get(close + 1..).unwrap_or("");
        if !text.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut text)));
        }
        let (var, body) = match inner.split_once("->") {
            None => (inner, None),
            Some((var, body)) => (var, Some(body)),
        };
        let var = var.trim().strip_prefix('$')?;
        if var.is_empty()
            || !var
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        out.push(match body {
            None => Piece::Var(var.to_string()),
            Some(body) => select(var, body)?,
        });
    }
    if rest.contains('}') {
        return None;
    }
    text.push_str(rest);
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Some(out)
}

/// The index of the `}` that closes the placeable `s` starts inside.
fn matching(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Parses the variants of a selection: lines `[key] pattern` and `*[key] pattern`.
fn select(var: &str, body: &str) -> Option<Piece> {
    let mut variants = Vec::new();
    let mut default = 0;
    let mut rest = body;
    loop {
        let t = rest.trim_start();
        let star = t.starts_with('*');
        let t = t.trim_start_matches('*');
        let Some(t) = t.strip_prefix('[') else { break };
        let Some((key, after)) = t.split_once(']') else {
            break;
        };
        // The variant's pattern runs to the next line that starts a variant.
        let mut end = after.len();
        let mut depth = 0;
        for (i, c) in after.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '\n' if depth == 0 => {
                    let next = after[i + 1..].trim_start();
                    if next.starts_with('[') || next.starts_with("*[") {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        if star {
            default = variants.len();
        }
        variants.push((key.trim().to_string(), pattern(after[..end].trim())?));
        rest = &after[end..];
    }
    if variants.is_empty() || !rest.trim().is_empty() {
        return None;
    }
    Some(Piece::Select {
        var: var.to_string(),
        variants,
        default,
    })
}

/// The CLDR plural category of a number (cardinal), as Fluent selects on it.
fn plural(lang: Lang, n: f64) -> &'static str {
    let int = n.fract() == 0.0;
    let i = n.abs().trunc();
    match lang {
        Lang::En => {
            if int && i == 1.0 {
                "one"
            } else {
                "other"
            }
        }
        Lang::He => {
            // CLDR as Fluent's plural rules have it (no "many": Shutaf's files have none).
            if int && i == 1.0 {
                "one"
            } else if int && i == 2.0 {
                "two"
            } else {
                "other"
            }
        }
        Lang::Ar => {
            let m = n.abs() % 100.0;
            if n == 0.0 {
                "zero"
            } else if n.abs() == 1.0 {
                "one"
            } else if n.abs() == 2.0 {
                "two"
            } else if int && (3.0..=10.0).contains(&m) {
                "few"
            } else if int && (11.0..=99.0).contains(&m) {
                "many"
            } else {
                "other"
            }
        }
    }
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Translator({})", self.lang.code())
    }
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Translator {
    /// The bundled translations of `lang` (native builds: tests and tools).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(lang: Lang) -> Translator {
        Translator::from_source(lang, lang.source())
    }

    /// Translations from a Fluent source (the app's fetched `locales/<code>.ftl`).
    /// A syntax error in a shipped file is caught by the tests; what parsed is kept.
    pub fn from_source(lang: Lang, source: &str) -> Translator {
        Translator {
            lang,
            messages: parse(source).0.into_iter().collect(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message exists.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The message `id` (or `id.attribute`), without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, args)
    }

    fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(msg) = self.messages.get(msg_id) else {
            return id.to_string();
        };
        let pattern = match attr {
            Some(a) => msg.attrs.iter().find(|(n, _)| n == a).map(|(_, p)| p),
            None => msg.value.as_ref(),
        };
        let Some(pattern) = pattern else {
            return id.to_string();
        };
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        out
    }

    /// Writes a pattern; placeables are wrapped in bidi isolates (U+2068 … U+2069) when the
    /// pattern has more than one piece, as Fluent does.
    fn write(&self, pattern: &Pattern, args: &[(&str, Arg<'_>)], out: &mut String) {
        let isolate = pattern.len() > 1;
        let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| v);
        for piece in pattern {
            if let Piece::Text(t) = piece {
                out.push_str(t);
                continue;
            }
            if isolate {
                out.push('\u{2068}');
            }
            match piece {
                Piece::Var(name) => match arg(name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = match arg(var) {
                        Some(Arg::Num(n)) => variants
                            .iter()
                            .position(|(k, _)| k.parse::<f64>().is_ok_and(|k| k == *n))
                            .or_else(|| {
                                let cat = plural(self.lang, *n);
                                variants.iter().position(|(k, _)| k == cat)
                            }),
                        Some(Arg::Str(s)) => variants.iter().position(|(k, _)| k == s),
                        None => None,
                    };
                    if let Some((_, p)) = variants.get(chosen.unwrap_or(*default)) {
                        self.write(p, args, out);
                    }
                }
                Piece::Text(_) => {}
            }
            if isolate {
                out.push('\u{2069}');
            }
        }
    }

    /// One import problem as a sentence, in this language.
    pub fn problem(&self, p: &Problem) -> String {
        use ProblemKind as K;
        match &p.kind {
            K::Empty => self.t("problem-empty"),
            K::TooLarge { bytes, max } => self.t_args(
                "problem-too-large",
                &[
                    ("size", mb(*bytes).as_str().into()),
                    ("max", mb(*max).as_str().into()),
                ],
            ),
            K::NotJson { line, column } => self.t_args(
                "problem-not-json",
                &[("line", (*line).into()), ("column", (*column).into())],
            ),
            K::Truncated => self.t("problem-truncated"),
            K::TooDeep => self.t("problem-too-deep"),
            K::NotShutaf => self.t("problem-not-shutaf"),
            K::NewerVersion { found, supported } => self.t_args(
                "problem-newer-version",
                &[
                    ("found", (*found).into()),
                    ("supported", (*supported).into()),
                ],
            ),
            K::BadVersion => self.t("problem-bad-version"),
            K::MissingField { field } => {
                self.t_args("problem-missing-field", &[("field", field.into())])
            }
            K::WrongType { expected } => {
                let expected = self.t(&format!("value-type-{}", expected.key()));
                self.t_args(
                    "problem-wrong-type",
                    &[("expected", expected.as_str().into())],
                )
            }
            K::UnknownValue { value, allowed } => self.t_args(
                "problem-unknown-value",
                &[("value", value.into()), ("allowed", allowed.into())],
            ),
            K::Invalid { detail } => self.t_args("problem-invalid", &[("detail", detail.into())]),
            K::PlanFileCount { count } => {
                self.t_args("problem-plan-file-count", &[("count", (*count).into())])
            }
            K::TooMany { count, max } => self.t_args(
                "problem-too-many",
                &[("count", (*count).into()), ("max", (*max).into())],
            ),
            K::DuplicateId { id } => self.t_args("problem-duplicate-id", &[("id", id.into())]),
            K::DanglingReference { id } => {
                self.t_args("problem-dangling-reference", &[("id", id.into())])
            }
            K::BadId => self.t("problem-bad-id"),
            K::EmptyName => self.t("problem-empty-name"),
            K::BadDate { value } => self.t_args("problem-bad-date", &[("value", value.into())]),
            K::DatesOutOfOrder => self.t("problem-dates-out-of-order"),
            K::TextCut { max } => self.t_args("problem-text-cut", &[("max", (*max).into())]),
            K::BidiRemoved { count } => {
                self.t_args("problem-bidi-removed", &[("count", (*count).into())])
            }
            K::UnknownField => self.t("problem-unknown-field"),
            K::UnknownInstrument { id } => {
                self.t_args("problem-unknown-instrument", &[("id", id.into())])
            }
            K::UnknownItem { item } => {
                self.t_args("problem-unknown-item", &[("item", item.into())])
            }
            K::AnswerMismatch => self.t("problem-answer-mismatch"),
            K::RoundMismatch => self.t("problem-round-mismatch"),
            K::OutOfRange { min, max } => self.t_args(
                "problem-out-of-range",
                &[("min", (*min).into()), ("max", (*max).into())],
            ),
        }
    }
}

fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// The message ids a Fluent source defines, with the attributes of each (`id.attr`), in file
/// order; an error names the first line that is not Fluent this formatter reads.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    let (messages, errors) = parse(source);
    if let Some(e) = errors.first() {
        return Err(format!(
            "{} lines not understood, first: {e:?}",
            errors.len()
        ));
    }
    let mut ids = Vec::new();
    for (id, m) in messages {
        if m.value.is_some() {
            ids.push(id.clone());
        }
        for (a, _) in &m.attrs {
            ids.push(format!("{id}.{a}"));
        }
    }
    Ok(ids)
}
