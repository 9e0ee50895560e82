//! The Shutaf file format: what is exported, imported and kept in local storage.
//!
//! ```json
//! { "format": "shutaf", "format_version": 1, "content": "workspace", "plans": [ … ] }
//! ```
//!
//! `content` is `workspace` for a whole workspace and `plan` for a file holding one plan. Import
//! checks everything (syntax, types, required fields, unique ids, references, sizes) and reports
//! every problem with its JSON path; unknown fields are reported as warnings and left out.

use std::collections::HashSet;
use std::rc::Rc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{
    Answer, Date, Dismissal, Id, Partner, Person, Plan, Response, Round, Subject, Task, Workspace,
};
use crate::text::{self, MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};

/// The marker in every Shutaf file.
pub const FORMAT_MARKER: &str = "shutaf";
/// The format version this build writes. Files of older versions are migrated on import.
pub const FORMAT_VERSION: u32 = 1;
/// The largest file import accepts, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most plans a file may hold.
pub const MAX_PLANS: usize = 2_000;
/// The most partners, or people, a plan may hold.
pub const MAX_ENTITIES: usize = 20_000;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Content {
    /// A whole workspace.
    Workspace,
    /// One plan, to be added to a workspace.
    Plan,
}

/// A Shutaf file, as written. The JSON Schema in `schema/` is generated from this type.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "Shutaf file",
    description = "A workspace or a plan exported from Shutaf."
)]
pub struct FileDoc {
    /// Always "shutaf".
    #[schemars(extend("const" = "shutaf"))]
    pub format: String,
    /// The version of this format the file was written in.
    #[schemars(range(min = 1))]
    pub format_version: u32,
    pub content: Content,
    pub plans: Vec<Rc<Plan>>,
}

/// Writes a workspace as a file's text (pretty JSON, stable field order).
pub fn export_workspace(ws: &Workspace) -> String {
    write(Content::Workspace, ws.plans.clone())
}

/// Writes one plan as a file's text.
pub fn export_plan(plan: &Rc<Plan>) -> String {
    write(Content::Plan, vec![plan.clone()])
}

/// Writes a workspace compactly, for local storage.
pub fn to_storage(ws: &Workspace) -> String {
    to_storage_sized(ws, 0)
}

/// [`to_storage`] into a buffer of `capacity` bytes to begin with: given about the size of the
/// last save, a large workspace is written in one allocation instead of a growing series (each
/// doubling copies the text, and the wasm heap keeps the high-water mark).
pub fn to_storage_sized(ws: &Workspace, capacity: usize) -> String {
    let doc = doc(Content::Workspace, ws.plans.clone());
    let mut buf = Vec::with_capacity(capacity);
    serde_json::to_writer(&mut buf, &doc).expect("the model always serialises");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

fn doc(content: Content, plans: Vec<Rc<Plan>>) -> FileDoc {
    FileDoc {
        format: FORMAT_MARKER.to_string(),
        format_version: FORMAT_VERSION,
        content,
        plans,
    }
}

fn write(content: Content, plans: Vec<Rc<Plan>>) -> String {
    let mut s = String::new();
    write_in_pieces(content, plans, usize::MAX, &mut |piece| s.push_str(piece));
    s
}

/// The text [`export_workspace`] writes, handed over in pieces of about `piece` bytes (each
/// ends where a line does), so a large file need not be held whole: the app passes the pieces
/// to the browser as they come, and the wasm heap never holds the pretty text.
pub fn export_workspace_in_pieces(ws: &Workspace, piece: usize, out: &mut dyn FnMut(&str)) {
    write_in_pieces(Content::Workspace, ws.plans.clone(), piece, out);
}

/// The text [`export_plan`] writes, in pieces (see [`export_workspace_in_pieces`]).
pub fn export_plan_in_pieces(plan: &Rc<Plan>, piece: usize, out: &mut dyn FnMut(&str)) {
    write_in_pieces(Content::Plan, vec![plan.clone()], piece, out);
}

fn write_in_pieces(
    content: Content,
    plans: Vec<Rc<Plan>>,
    piece: usize,
    out: &mut dyn FnMut(&str),
) {
    let compact = serde_json::to_string(&doc(content, plans)).expect("the model always serialises");
    indent_in_pieces(&compact, piece, out);
    out("\n");
}

/// The widest line an array of scalars is kept on, in characters (indentation and key
/// included, a trailing comma not).
pub const INLINE_WIDTH: usize = 100;

/// Indents compact JSON like `serde_json::to_string_pretty` (two spaces, `": "`, `[]` and `{}`
/// for empty ones), except that an array whose elements are all scalars stays on one line,
/// `[a, b, c]`, when that line is at most [`INLINE_WIDTH`] characters: a measurement
/// `["2025-01-01", 12.5, ""]` takes one line, not five. Files are written through this rather
/// than through a second, pretty serialiser of every type: that would double the serialisation
/// code the app ships. The output is the same JSON value as the input.
pub fn indent(compact: &str) -> String {
    let mut s = String::with_capacity(compact.len() + compact.len() / 2);
    indent_in_pieces(compact, usize::MAX, &mut |piece| s.push_str(piece));
    s
}

/// [`indent`], handing the text to `sink` in pieces: a piece is passed on at the first line
/// end after it reaches `piece` bytes, and the rest at the end.
pub fn indent_in_pieces(compact: &str, piece: usize, sink: &mut dyn FnMut(&str)) {
    let b = compact.as_bytes();
    let n = b.len();
    let mut out =
        String::with_capacity((compact.len() + compact.len() / 2).min(piece.saturating_add(4096)));
    let mut depth = 0usize;
    // Where the current line starts in `out`.
    let mut line_start = 0usize;
    let mut newline = |out: &mut String, line_start: &mut usize, depth: usize| {
        if out.len() >= piece {
            sink(out);
            out.clear();
        }
        out.push('\n');
        *line_start = out.len();
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut i = 0;
    while i < n {
        match b[i] {
            b'"' => {
                let e = string_end(b, i);
                out.push_str(&compact[i..e]);
                i = e;
            }
            c @ (b'{' | b'[') => {
                let close = if c == b'{' { b'}' } else { b']' };
                if b.get(i + 1) == Some(&close) {
                    out.push_str(&compact[i..i + 2]);
                    i += 2;
                    continue;
                }
                if c == b'[' {
                    let used = out[line_start..].chars().count();
                    if let Some(end) = scalar_array_end(b, i, INLINE_WIDTH.saturating_sub(used)) {
                        let mut j = i;
                        while j < end {
                            match b[j] {
                                b'"' => {
                                    let e = string_end(b, j);
                                    out.push_str(&compact[j..e]);
                                    j = e;
                                }
                                b',' => {
                                    out.push_str(", ");
                                    j += 1;
                                }
                                _ => {
                                    let s = j;
                                    while j < end && !matches!(b[j], b'"' | b',') {
                                        j += 1;
                                    }
                                    out.push_str(&compact[s..j]);
                                }
                            }
                        }
                        i = end;
                        continue;
                    }
                }
                out.push(c as char);
                depth += 1;
                newline(&mut out, &mut line_start, depth);
                i += 1;
            }
            c @ (b'}' | b']') => {
                depth = depth.saturating_sub(1);
                newline(&mut out, &mut line_start, depth);
                out.push(c as char);
                i += 1;
            }
            b',' => {
                out.push(',');
                newline(&mut out, &mut line_start, depth);
                i += 1;
            }
            b':' => {
                out.push_str(": ");
                i += 1;
            }
            _ => {
                // A number, true, false or null: ASCII up to the next structural byte.
                let s = i;
                while i < n && !matches!(b[i], b'"' | b'{' | b'[' | b'}' | b']' | b',' | b':') {
                    i += 1;
                }
                out.push_str(&compact[s..i]);
            }
        }
    }
    if !out.is_empty() {
        sink(&out);
    }
}

/// The index just after the string that starts (with its quote) at `start`.
fn string_end(b: &[u8], start: usize) -> usize {
    let mut j = start + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    b.len()
}

/// If the array opening at `start` holds only scalars and written as `[a, b]` takes at most
/// `room` characters, the index just after its `]`. Looks at most `room` characters ahead.
fn scalar_array_end(b: &[u8], start: usize, room: usize) -> Option<usize> {
    let mut width = 1;
    let mut j = start + 1;
    while j < b.len() && width <= room {
        match b[j] {
            b'[' | b'{' => return None,
            b']' => return (width < room).then_some(j + 1),
            b',' => {
                width += 2;
                j += 1;
            }
            b'"' => {
                // Count characters (not UTF-8 continuation bytes), giving up once too wide.
                width += 1;
                j += 1;
                while j < b.len() && width <= room {
                    match b[j] {
                        b'\\' => {
                            width += 2;
                            j += 2;
                        }
                        b'"' => {
                            width += 1;
                            j += 1;
                            break;
                        }
                        x => {
                            width += usize::from(x & 0xC0 != 0x80);
                            j += 1;
                        }
                    }
                }
            }
            _ => {
                width += 1;
                j += 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod indent_tests {
    use super::*;

    /// The text with every space and line break outside strings taken out.
    fn squeeze(s: &str) -> String {
        let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
        for c in s.chars() {
            if in_string {
                in_string = escaped || c != '"';
                escaped = !escaped && c == '\\';
            } else if c == '"' {
                in_string = true;
            } else if c == ' ' || c == '\n' {
                continue;
            }
            out.push(c);
        }
        out
    }

    fn check(value: &serde_json::Value) -> String {
        let compact = serde_json::to_string(value).unwrap();
        let text = indent(&compact);
        // Only whitespace is added, and the text is the same JSON.
        assert_eq!(squeeze(&text), compact);
        assert_eq!(
            &serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            value
        );
        // Where it differs from serde_json's pretty layout, only arrays of scalars were joined
        // onto one line, and those lines are at most INLINE_WIDTH characters.
        let pretty = serde_json::to_string_pretty(value).unwrap();
        let ours = text.lines();
        let mut theirs = pretty.lines();
        for line in ours {
            let t = theirs.next().unwrap();
            if line == t {
                continue;
            }
            let opened = t.trim_end().ends_with('[');
            assert!(opened, "{line:?} against {t:?}");
            assert!(line.chars().count() <= INLINE_WIDTH + 1, "{line:?}");
            // Skip serde's lines of that array, up to its closing bracket.
            for t in theirs.by_ref() {
                let t = t.trim_start();
                if t.starts_with(']') {
                    break;
                }
                assert!(!t.starts_with('[') && !t.starts_with('{') && !t.ends_with('['));
            }
        }
        assert!(theirs.next().is_none());
        text
    }

    #[test]
    fn the_demo_is_the_same_json_with_short_arrays_on_one_line() {
        for lang in crate::i18n::Lang::ALL {
            let ws = crate::demo::workspace(lang);
            let d = doc(Content::Workspace, ws.plans.clone());
            let value = serde_json::to_value(&d).unwrap();
            let text = check(&value);
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            assert!(
                text.lines().count() < pretty.lines().count(),
                "{lang:?}: the demo has short arrays"
            );
        }
    }

    #[test]
    fn tricky_strings_and_nesting() {
        let tricky = serde_json::json!({
            "a": "x: {y}, [z] \"q\" \\ ,",
            "empty": [], "obj": {}, "nested": [[], [1, {"b": null}], {"c": [true, false]}],
            "n": -1.5e-7, "u": "\u{202e} שלום , : ]", "esc": ["\\\"[,]", "\n\t\u{1}"],
            "wide": ["ש".repeat(80), "x".repeat(10)], "one": [7], "deep": [[[1, 2]]],
        });
        check(&tricky);
    }

    #[test]
    fn the_exact_layout_of_a_small_case() {
        let v = serde_json::json!({
            "measurements": [["2025-01-01", 12.5, ""], ["2025-02-01", null, "a note, with: [brackets]"]],
            "traits": [true, false, true, true],
            "empty": [],
            "nested": [{"k": [1]}, []],
            "long": ["ש".repeat(70), "y".repeat(20)],
        });
        let compact = serde_json::to_string(&v).unwrap();
        let expected = format!(
            r#"{{
  "empty": [],
  "long": [
    "{}",
    "{}"
  ],
  "measurements": [
    ["2025-01-01", 12.5, ""],
    ["2025-02-01", null, "a note, with: [brackets]"]
  ],
  "nested": [
    {{
      "k": [1]
    }},
    []
  ],
  "traits": [true, false, true, true]
}}"#,
            "ש".repeat(70),
            "y".repeat(20)
        );
        assert_eq!(indent(&compact), expected);
        // `  "long": ["` and 70 + 20 characters would be 108: too wide. The limit counts
        // characters, not bytes: 100 fits, 101 does not.
        for (n, one_line) in [(100, true), (101, false)] {
            // `["…"]` adds four characters to the string's n - 4.
            let v = serde_json::json!(["ש".repeat(n - 4)]);
            let text = indent(&serde_json::to_string(&v).unwrap());
            assert_eq!(!text.contains('\n'), one_line, "{n}");
        }
    }

    #[test]
    fn storage_text_is_the_same_whatever_buffer_it_starts_in() {
        let ws = crate::demo::workspace(crate::i18n::Lang::He);
        let text = serde_json::to_string(&doc(Content::Workspace, ws.plans.clone())).unwrap();
        for capacity in [0, 1, text.len() - 1, text.len(), text.len() * 2] {
            assert_eq!(to_storage_sized(&ws, capacity), text, "{capacity}");
        }
        assert_eq!(to_storage(&ws), text);
    }

    #[test]
    fn pieces_join_to_the_whole_text_and_end_where_lines_do() {
        for lang in crate::i18n::Lang::ALL {
            let ws = crate::demo::workspace(lang);
            let whole = export_workspace(&ws);
            for piece in [1, 64, 1000, 1 << 16, usize::MAX] {
                let mut pieces = Vec::new();
                export_workspace_in_pieces(&ws, piece, &mut |p| pieces.push(p.to_string()));
                assert_eq!(pieces.concat(), whole, "{lang:?} {piece}");
                let longest_line = whole.lines().map(str::len).max().unwrap();
                for (i, p) in pieces.iter().enumerate() {
                    // Every piece after the first starts a line; none grows past its size by
                    // more than a line (the last two are the text's end and its final newline).
                    assert!(i == 0 || p.starts_with('\n'), "{lang:?} {piece} #{i}");
                    assert!(
                        p.len() <= piece.saturating_add(longest_line + 1),
                        "{lang:?} {piece} #{i}"
                    );
                }
                // Held to its size, the text takes as many pieces as it must, and no more
                // than one a line; unbounded, it is one piece and the final newline.
                if piece == usize::MAX {
                    assert_eq!(pieces.len(), 2);
                } else {
                    let fewest = whole.len() / (piece + longest_line + 1);
                    let n = pieces.len();
                    assert!(
                        n >= fewest.max(1) && n <= whole.lines().count() + 1,
                        "{lang:?} {piece}: {n} pieces"
                    );
                }
            }
            let plan = &ws.plans[0];
            let mut joined = String::new();
            export_plan_in_pieces(plan, 100, &mut |p| joined.push_str(p));
            assert_eq!(joined, export_plan(plan));
        }
    }
}

/// What is wrong (or worth saying) about a file, at a JSON path such as `$.plans[0].name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// The kinds of problem import finds. Each has a translated message (see `i18n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Empty file.
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// Not JSON at all.
    NotJson { line: usize, column: usize },
    /// JSON that stops before its end.
    Truncated,
    /// Nested deeper than any Shutaf file is.
    TooDeep,
    /// JSON, but not a Shutaf file.
    NotShutaf,
    /// Written by a newer version of Shutaf.
    NewerVersion { found: u64, supported: u32 },
    /// `format_version` missing or not a positive whole number.
    BadVersion,
    /// A required field that is missing.
    MissingField { field: String },
    /// A value of the wrong type.
    WrongType { expected: ValueType },
    /// A value not among those allowed (`allowed` lists them).
    UnknownValue { value: String, allowed: String },
    /// Any other value that is not allowed there.
    Invalid { detail: String },
    /// A plan file that does not hold exactly one plan.
    PlanFileCount { count: usize },
    /// More items than a file may hold.
    TooMany { count: usize, max: usize },
    /// An id used twice among its siblings.
    DuplicateId { id: String },
    /// A reference to something that does not exist.
    DanglingReference { id: String },
    /// An id with characters or a length an id may not have.
    BadId,
    /// A required name that is empty.
    EmptyName,
    /// A date that is not a real `YYYY-MM-DD` date.
    BadDate { value: String },
    /// The start date is after the end date.
    DatesOutOfOrder,
    /// A text longer than allowed (it is cut). A warning.
    TextCut { max: usize },
    /// Invisible direction-control characters removed. A warning.
    BidiRemoved { count: usize },
    /// A field this version does not know (it is left out). A warning.
    UnknownField,
    /// A round or response of an instrument this version does not have.
    UnknownInstrument { id: String },
    /// An answer to an item the instrument does not have.
    UnknownItem { item: String },
    /// An answer that does not fit its item (wrong kind, unknown option, out of range).
    AnswerMismatch,
    /// A response whose instrument differs from its round's.
    RoundMismatch,
    /// A number outside the range allowed there (or not a finite number).
    OutOfRange { min: i64, max: i64 },
}

impl ProblemKind {
    /// Warnings do not stop an import; errors do.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            ProblemKind::TextCut { .. }
                | ProblemKind::BidiRemoved { .. }
                | ProblemKind::UnknownField
        )
    }
}

/// The JSON types a message can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Text,
    Number,
    Boolean,
    List,
    Object,
}

impl ValueType {
    pub fn key(self) -> &'static str {
        match self {
            ValueType::Text => "text",
            ValueType::Number => "number",
            ValueType::Boolean => "boolean",
            ValueType::List => "list",
            ValueType::Object => "object",
        }
    }
}

/// Turns serde's English error text into a problem the interface can translate.
fn classify(msg: &str) -> ProblemKind {
    let between = |s: &str, open: &str| -> Option<String> {
        let start = s.find(open)? + open.len();
        let end = s[start..].find('`')? + start;
        Some(s[start..end].to_string())
    };
    if let Some(field) = msg
        .strip_prefix("missing field ")
        .and_then(|r| between(r, "`"))
    {
        return ProblemKind::MissingField { field };
    }
    if msg.starts_with("unknown variant") {
        let value = between(msg, "`").unwrap_or_default();
        let allowed = msg
            .split_once("expected ")
            .map(|(_, r)| r.trim_start_matches("one of ").replace('`', ""))
            .unwrap_or_default();
        return ProblemKind::UnknownValue {
            value: text::truncate_chars(&value, 40),
            allowed,
        };
    }
    if msg.starts_with("invalid type") {
        let expected = msg.rsplit_once("expected ").map(|(_, r)| r).unwrap_or("");
        let expected = if expected.contains("string") {
            Some(ValueType::Text)
        } else if expected.contains("integer")
            || expected.contains("number")
            || expected.contains("u32")
        {
            Some(ValueType::Number)
        } else if expected.contains("bool") {
            Some(ValueType::Boolean)
        } else if expected.contains("sequence") {
            Some(ValueType::List)
        } else if expected.contains("struct") || expected.contains("map") {
            Some(ValueType::Object)
        } else {
            None
        };
        if let Some(expected) = expected {
            return ProblemKind::WrongType { expected };
        }
    }
    ProblemKind::Invalid {
        detail: text::truncate_chars(msg, 200),
    }
}

/// A file that passed every check.
#[derive(Debug, Clone)]
pub struct Imported {
    pub content: Content,
    pub plans: Vec<Plan>,
    /// Things that were fixed or left out on the way; worth showing the user.
    pub warnings: Vec<Problem>,
}

/// Reads a file's text. Either every check passes, or the problems are listed and nothing is
/// returned. Never panics, whatever the input.
pub fn import(text: &str) -> Result<Imported, Vec<Problem>> {
    let root = |kind| {
        vec![Problem {
            path: "$".into(),
            kind,
        }]
    };
    if text.len() > MAX_FILE_BYTES {
        return Err(root(ProblemKind::TooLarge {
            bytes: text.len(),
            max: MAX_FILE_BYTES,
        }));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(root(ProblemKind::Empty));
    }
    if let Some(done) = fast(text) {
        return done;
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let kind = if e.classify() == serde_json::error::Category::Eof {
                ProblemKind::Truncated
            } else if e.to_string().contains("recursion limit") {
                ProblemKind::TooDeep
            } else {
                ProblemKind::NotJson {
                    line: e.line(),
                    column: e.column(),
                }
            };
            return Err(root(kind));
        }
    };
    import_value(value)
}

/// A file as the fast path reads it: straight into the model, refusing anything unknown.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Incoming {
    format: String,
    format_version: u64,
    content: Content,
    plans: Vec<Plan>,
}

/// The fast path of [`import`]: a file of this version that reads straight into the model (no
/// unknown field, no wrong type, within the limits) and passes every check is done without a
/// JSON tree in between, which would cost several times the file's size in memory and most of
/// the time. `None` means: take the careful path, which finds and reports every problem.
fn fast(text: &str) -> Option<Result<Imported, Vec<Problem>>> {
    let doc: Incoming = serde_json::from_str(text).ok()?;
    let within = |plan: &Plan| {
        [
            plan.partners.len(),
            plan.people.len(),
            plan.rounds.len(),
            plan.responses.len(),
            plan.tasks.len(),
            plan.dismissed.len(),
        ]
        .iter()
        .all(|&n| n <= MAX_ENTITIES)
            && crate::parts::within_limits(plan)
    };
    if doc.format != FORMAT_MARKER
        || doc.format_version != FORMAT_VERSION as u64
        || doc.plans.len() > MAX_PLANS
        || (doc.content == Content::Plan && doc.plans.len() != 1)
        || !doc.plans.iter().all(within)
    {
        return None;
    }
    let mut cx = Checks::default();
    let mut plans = doc.plans;
    for (i, plan) in plans.iter_mut().enumerate() {
        let at = At::whole(plan);
        cx.check_plan(plan, &format!("$.plans[{i}]"), &at);
    }
    cx.unique(plans.iter().map(|p| &p.id).enumerate(), |i| {
        format!("$.plans[{i}].id")
    });
    if cx.has_errors() {
        return None;
    }
    Some(Ok(Imported {
        content: doc.content,
        plans,
        warnings: cx.problems,
    }))
}

/// Like [`import`], for JSON already parsed.
pub fn import_value(value: Value) -> Result<Imported, Vec<Problem>> {
    let mut cx = Checks::default();
    let Value::Object(mut obj) = value else {
        return Err(vec![Problem {
            path: "$".into(),
            kind: ProblemKind::NotShutaf,
        }]);
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT_MARKER) {
        return Err(vec![Problem {
            path: "$.format".into(),
            kind: ProblemKind::NotShutaf,
        }]);
    }
    let version = match obj.get("format_version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 => v,
            _ => return Err(vec![cx.at("$.format_version", ProblemKind::BadVersion)]),
        },
        _ => return Err(vec![cx.at("$.format_version", ProblemKind::BadVersion)]),
    };
    if version > FORMAT_VERSION as u64 {
        return Err(vec![cx.at(
            "$.format_version",
            ProblemKind::NewerVersion {
                found: version,
                supported: FORMAT_VERSION,
            },
        )]);
    }
    migrate(&mut obj, version as u32);

    let content = match obj.get("content").map(de::<Content>) {
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            cx.push("$.content", classify(&e));
            Content::Workspace
        }
        None => {
            cx.push(
                "$",
                ProblemKind::MissingField {
                    field: "content".into(),
                },
            );
            Content::Workspace
        }
    };
    for key in obj.keys() {
        if !matches!(
            key.as_str(),
            "format" | "format_version" | "content" | "plans"
        ) {
            cx.push(format!("$.{key}"), ProblemKind::UnknownField);
        }
    }
    let plans: Vec<(usize, Plan)> = match obj.remove("plans") {
        Some(Value::Array(items)) => {
            if items.len() > MAX_PLANS {
                cx.push(
                    "$.plans",
                    ProblemKind::TooMany {
                        count: items.len(),
                        max: MAX_PLANS,
                    },
                );
                Vec::new()
            } else {
                items
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, v)| cx.plan(v, &format!("$.plans[{i}]")).map(|p| (i, p)))
                    .collect()
            }
        }
        Some(_) => {
            cx.push(
                "$.plans",
                ProblemKind::WrongType {
                    expected: ValueType::List,
                },
            );
            Vec::new()
        }
        None => {
            cx.push(
                "$",
                ProblemKind::MissingField {
                    field: "plans".into(),
                },
            );
            Vec::new()
        }
    };
    if content == Content::Plan && plans.len() != 1 && !cx.has_errors() {
        cx.push("$.plans", ProblemKind::PlanFileCount { count: plans.len() });
    }
    cx.unique(plans.iter().map(|(i, p)| (*i, &p.id)), |i| {
        format!("$.plans[{i}].id")
    });
    let plans: Vec<Plan> = plans.into_iter().map(|(_, p)| p).collect();

    if cx.has_errors() {
        let mut problems = cx.problems;
        // Errors first; warnings after them still help the user fix the file.
        problems.sort_by_key(|p| p.kind.is_warning());
        Err(problems)
    } else {
        Ok(Imported {
            content,
            plans,
            warnings: cx.problems,
        })
    }
}

/// Brings an older file up to [`FORMAT_VERSION`]. Each future version adds one step here, with a
/// fixture file of the older version in `tests/fixtures/`.
fn migrate(obj: &mut serde_json::Map<String, Value>, from: u32) {
    let mut v = from;
    while v < FORMAT_VERSION {
        // No older versions exist yet: version 1 is the first published format.
        v += 1;
    }
    obj.insert("format_version".into(), Value::from(FORMAT_VERSION));
}

/// Where a plan's entities were in the file (items left out for a problem shift later ones),
/// and every partner id the file named.
#[derive(Default)]
struct At {
    partners: Vec<usize>,
    people: Vec<usize>,
    rounds: Vec<usize>,
    responses: Vec<usize>,
    tasks: Vec<usize>,
    dismissed: Vec<usize>,
    partner_ids: HashSet<String>,
}

impl At {
    /// Every entity at its own index: a plan read whole, with nothing left out.
    fn whole(plan: &Plan) -> At {
        let n = |len: usize| (0..len).collect();
        At {
            partners: n(plan.partners.len()),
            people: n(plan.people.len()),
            rounds: n(plan.rounds.len()),
            responses: n(plan.responses.len()),
            tasks: n(plan.tasks.len()),
            dismissed: n(plan.dismissed.len()),
            partner_ids: plan.partners.iter().map(|p| p.id.0.clone()).collect(),
        }
    }
}

/// Checks a file's values and collects the problems found, each at its JSON path. Modules use it
/// (through [`crate::parts::Checked`]) to check their own entities as import and the editor do.
#[derive(Default)]
pub struct Checks {
    pub problems: Vec<Problem>,
    /// Where each read list's items were in the file, by the list's path (items left out for a
    /// problem shift the later ones).
    pub(crate) indices: std::collections::HashMap<String, Vec<usize>>,
}

impl Checks {
    pub fn at(&self, path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    pub fn push(&mut self, path: impl JsonPath, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.path(),
            kind,
        });
    }

    // The checks below take `impl JsonPath`, so each call site has its own copy: each copy only
    // tests and, on a problem, writes the path and calls the one shared function that reports.

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| !p.kind.is_warning())
    }

    /// Deserialises one value, reporting the path of a type error and of every unknown field.
    pub fn typed<T: for<'de> Deserialize<'de>>(&mut self, value: &Value, path: &str) -> Option<T> {
        let mut stripped = None;
        if let Value::Object(obj) = value {
            let known = field_names::<T>();
            let unknown: Vec<&String> = obj
                .keys()
                .filter(|k| !known.contains(&k.as_str()))
                .collect();
            for key in &unknown {
                self.push(format!("{path}.{key}"), ProblemKind::UnknownField);
            }
            // The model refuses unknown fields (so the fast path of `import` notices them);
            // here they are reported as warnings and left out.
            if !unknown.is_empty() {
                let mut obj = obj.clone();
                obj.retain(|k, _| known.contains(&k.as_str()));
                stripped = Some(Value::Object(obj));
            }
        }
        let value = stripped.as_ref().unwrap_or(value);
        match de::<T>(value) {
            Ok(t) => Some(t),
            Err(message) => {
                let inner = if message.starts_with("missing field") {
                    String::new()
                } else {
                    culprit::<T>(value)
                };
                self.push(join(path, &inner), classify(&message));
                None
            }
        }
    }

    /// Checks a list of entities one by one, so that every bad entity is reported. Returns the
    /// good ones with their index in the file, so later problems name the right item.
    pub fn list<T: for<'de> Deserialize<'de>>(
        &mut self,
        value: Option<Value>,
        path: &str,
    ) -> Vec<(usize, T)> {
        match value {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => {
                if items.len() > MAX_ENTITIES {
                    self.push(
                        path,
                        ProblemKind::TooMany {
                            count: items.len(),
                            max: MAX_ENTITIES,
                        },
                    );
                    return Vec::new();
                }
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| self.typed(v, &format!("{path}[{i}]")).map(|t| (i, t)))
                    .collect()
            }
            Some(_) => {
                self.push(
                    path,
                    ProblemKind::WrongType {
                        expected: ValueType::List,
                    },
                );
                Vec::new()
            }
        }
    }

    /// Reads one plan of a file, entity by entity, so every bad entity is reported at its path.
    fn plan(&mut self, value: Value, path: &str) -> Option<Plan> {
        let Value::Object(mut obj) = value else {
            self.push(
                path,
                ProblemKind::WrongType {
                    expected: ValueType::Object,
                },
            );
            return None;
        };
        let partners = obj.remove("partners");
        // Every partner id in the file, including partners left out for another problem: a person
        // who refers to one of those does not have a problem of its own.
        let partner_ids: HashSet<String> = match &partners {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|p| p.get("id").and_then(Value::as_str).map(str::to_string))
                .collect(),
            _ => HashSet::new(),
        };
        let partners: Vec<(usize, Partner)> = self.list(partners, &format!("{path}.partners"));
        let people: Vec<(usize, Person)> =
            self.list(obj.remove("people"), &format!("{path}.people"));
        let rounds: Vec<(usize, Round)> =
            self.list(obj.remove("rounds"), &format!("{path}.rounds"));
        let responses: Vec<(usize, Response)> =
            self.list(obj.remove("responses"), &format!("{path}.responses"));
        let tasks: Vec<(usize, Task)> = self.list(obj.remove("tasks"), &format!("{path}.tasks"));
        let dismissed: Vec<(usize, Dismissal)> =
            self.list(obj.remove("dismissed"), &format!("{path}.dismissed"));
        let mut raw_parts = serde_json::Map::new();
        for name in crate::parts::PART_NAMES {
            if let Some(v) = obj.remove(*name) {
                raw_parts.insert(name.to_string(), v);
            }
        }
        let mut plan: Plan = self.typed(&Value::Object(obj), path)?;
        // Indices in the file: they differ from those in the plan when an item was left out.
        let mut at = At {
            partner_ids,
            ..At::default()
        };
        (at.partners, plan.partners) = partners.into_iter().unzip();
        (at.people, plan.people) = people.into_iter().unzip();
        (at.rounds, plan.rounds) = rounds.into_iter().unzip();
        (at.responses, plan.responses) = responses.into_iter().unzip();
        (at.tasks, plan.tasks) = tasks.into_iter().unzip();
        (at.dismissed, plan.dismissed) = dismissed.into_iter().unzip();
        crate::parts::read(self, &mut plan, raw_parts, path);
        self.check_plan(&mut plan, path, &at);
        Some(plan)
    }

    /// Checks a plan read from a file: ids, names, texts, dates, references and the modules'
    /// parts. `at` gives each entity's index in the file.
    fn check_plan(&mut self, plan: &mut Plan, path: &str, at: &At) {
        let (partner_at, person_at) = (&at.partners, &at.people);
        let partner_ids = &at.partner_ids;
        self.id(&plan.id, || format!("{path}.id"));
        self.name(&mut plan.name, || format!("{path}.name"));
        self.date(&plan.start_date, || format!("{path}.start_date"));
        self.date(&plan.end_date, || format!("{path}.end_date"));
        if let (Some(s), Some(e)) = (&plan.start_date, &plan.end_date) {
            if s > e {
                self.push(format!("{path}.end_date"), ProblemKind::DatesOutOfOrder);
            }
        }
        self.text(&mut plan.description, MAX_LONG, false, || {
            format!("{path}.description")
        });

        for (&i, p) in partner_at.iter().zip(plan.partners.iter_mut()) {
            let at = || format!("{path}.partners[{i}]");
            self.id(&p.id, || format!("{}.id", at()));
            self.name(&mut p.name, || format!("{}.name", at()));
            self.text(&mut p.representative, MAX_SHORT, true, || {
                format!("{}.representative", at())
            });
            self.text(&mut p.added_value, MAX_MEDIUM, false, || {
                format!("{}.added_value", at())
            });
            self.text(&mut p.notes, MAX_LONG, false, || format!("{}.notes", at()));
            self.text(&mut p.expertise, MAX_MEDIUM, false, || {
                format!("{}.expertise", at())
            });
            self.text(&mut p.limitations, MAX_MEDIUM, false, || {
                format!("{}.limitations", at())
            });
            self.text(&mut p.contact, MAX_SHORT, true, || {
                format!("{}.contact", at())
            });
            self.date(&p.arrival, || format!("{}.arrival", at()));
            self.short_list(&mut p.focus_topics, || format!("{}.focus_topics", at()));
            self.short_list(&mut p.methods, || format!("{}.methods", at()));
            self.short_list(&mut p.works_with, || format!("{}.works_with", at()));
            p.days.sort_by_key(|d| *d as u8);
            p.days.dedup();
        }
        let mut dangling = Vec::new();
        for (&i, p) in person_at.iter().zip(plan.people.iter_mut()) {
            let at = || format!("{path}.people[{i}]");
            self.id(&p.id, || format!("{}.id", at()));
            self.name(&mut p.name, || format!("{}.name", at()));
            self.text(&mut p.role, MAX_SHORT, true, || format!("{}.role", at()));
            self.text(&mut p.contact, MAX_SHORT, true, || {
                format!("{}.contact", at())
            });
            self.text(&mut p.notes, MAX_LONG, false, || format!("{}.notes", at()));
            if let Some(pid) = &p.partner_id {
                if !partner_ids.contains(pid.as_str()) {
                    dangling.push((format!("{}.partner_id", at()), pid.0.clone()));
                }
            }
        }
        for (at, id) in dangling {
            self.push(at, ProblemKind::DanglingReference { id });
        }
        self.unique(
            partner_at
                .iter()
                .copied()
                .zip(plan.partners.iter().map(|p| &p.id)),
            |i| format!("{path}.partners[{i}].id"),
        );
        self.unique(
            person_at
                .iter()
                .copied()
                .zip(plan.people.iter().map(|p| &p.id)),
            |i| format!("{path}.people[{i}].id"),
        );
        self.instrument_data(plan, path, at);
        crate::parts::check(plan, path, self);
    }

    /// Checks rounds, responses, tasks and dismissed warnings.
    fn instrument_data(&mut self, plan: &mut Plan, path: &str, at: &At) {
        let mut rounds = std::mem::take(&mut plan.rounds);
        let mut responses = std::mem::take(&mut plan.responses);
        let mut tasks = std::mem::take(&mut plan.tasks);
        let mut dismissed = std::mem::take(&mut plan.dismissed);
        let library = crate::instrument::shared();
        let find = |id: &str| library.iter().find(|i| i.id == id);
        for (i, r) in at.rounds.iter().zip(rounds.iter()) {
            let at = || format!("{path}.rounds[{i}]");
            self.id(&r.id, || format!("{}.id", at()));
            self.date(&r.date, || format!("{}.date", at()));
            if find(&r.instrument).is_none() {
                self.push(
                    format!("{}.instrument", at()),
                    ProblemKind::UnknownInstrument {
                        id: crate::text::truncate_chars(&r.instrument, 64),
                    },
                );
            }
        }
        let round_at = &at.rounds;
        for (&i, r) in round_at.iter().zip(rounds.iter_mut()) {
            self.name(&mut r.name, || format!("{path}.rounds[{i}].name"));
        }
        self.unique(
            round_at.iter().copied().zip(rounds.iter().map(|r| &r.id)),
            |i| format!("{path}.rounds[{i}].id"),
        );

        let response_at = &at.responses;
        for (&i, r) in response_at.iter().zip(responses.iter_mut()) {
            let at = || format!("{path}.responses[{i}]");
            self.id(&r.id, || format!("{}.id", at()));
            self.text(&mut r.respondent, MAX_SHORT, true, || {
                format!("{}.respondent", at())
            });
            match rounds.iter().find(|x| x.id == r.round) {
                None => self.push(
                    format!("{}.round", at()),
                    ProblemKind::DanglingReference {
                        id: r.round.0.clone(),
                    },
                ),
                Some(round) if round.instrument != r.instrument => {
                    self.push(format!("{}.instrument", at()), ProblemKind::RoundMismatch)
                }
                _ => {}
            }
            let dangling = match &r.subject {
                Subject::Partner(id) if plan.partner(id).is_none() => Some(id),
                Subject::Person(id) if plan.person(id).is_none() => Some(id),
                _ => None,
            };
            if let Some(id) = dangling {
                self.push(
                    format!("{}.subject", at()),
                    ProblemKind::DanglingReference { id: id.0.clone() },
                );
            }
            let Some(ins) = find(&r.instrument) else {
                self.push(
                    format!("{}.instrument", at()),
                    ProblemKind::UnknownInstrument {
                        id: crate::text::truncate_chars(&r.instrument, 64),
                    },
                );
                continue;
            };
            for (item, answer) in r.answers.iter_mut() {
                let aat = || format!("{}.answers.{item}", at());
                match ins.item(item) {
                    None => self.push(
                        aat,
                        ProblemKind::UnknownItem {
                            item: crate::text::truncate_chars(item, 64),
                        },
                    ),
                    Some(it) if !crate::instrument::answer_fits(&it.answer, answer) => {
                        self.push(aat, ProblemKind::AnswerMismatch)
                    }
                    Some(_) => match answer {
                        Answer::Text(t) => self.text(t, MAX_LONG, false, aat),
                        Answer::Actions(list) => {
                            for (k, a) in list.iter_mut().enumerate() {
                                self.text(a, crate::command::MAX_TASK, true, || {
                                    format!("{}[{k}]", aat())
                                });
                            }
                        }
                        Answer::Date(d) => self.day(d, aat),
                        _ => {}
                    },
                }
            }
        }
        self.unique(
            response_at
                .iter()
                .copied()
                .zip(responses.iter().map(|r| &r.id)),
            |i| format!("{path}.responses[{i}].id"),
        );

        let task_at = &at.tasks;
        // Owners are looked up in the people sorted once (1,000 tasks among 800 people).
        let mut people: Vec<&Id> = plan.people.iter().map(|p| &p.id).collect();
        people.sort_unstable();
        for (&i, t) in task_at.iter().zip(tasks.iter_mut()) {
            let at = || format!("{path}.tasks[{i}]");
            self.id(&t.id, || format!("{}.id", at()));
            self.required(&mut t.title, crate::command::MAX_TASK, true, || {
                format!("{}.title", at())
            });
            self.date(&t.due, || format!("{}.due", at()));
            if let Some(o) = &t.owner {
                if people.binary_search(&o).is_err() {
                    self.push(
                        format!("{}.owner", at()),
                        ProblemKind::DanglingReference { id: o.0.clone() },
                    );
                }
            }
        }
        self.unique(
            task_at.iter().copied().zip(tasks.iter().map(|t| &t.id)),
            |i| format!("{path}.tasks[{i}].id"),
        );

        let dismissed_at = &at.dismissed;
        for (&i, d) in dismissed_at.iter().zip(dismissed.iter_mut()) {
            self.text(&mut d.reason, MAX_MEDIUM, false, || {
                format!("{path}.dismissed[{i}].reason")
            });
        }
        plan.rounds = rounds;
        plan.responses = responses;
        plan.tasks = tasks;
        plan.dismissed = dismissed;
    }

    /// Reports every id seen before; `ids` gives each id with its index in the file.
    pub fn unique<'a>(
        &mut self,
        ids: impl Iterator<Item = (usize, &'a Id)>,
        at: impl Fn(usize) -> String,
    ) {
        let ids: Vec<(usize, &Id)> = ids.collect();
        for k in repeated(&ids, |(_, id)| *id) {
            let (i, id) = ids[k];
            self.push(at(i), ProblemKind::DuplicateId { id: id.0.clone() });
        }
    }

    pub fn id(&mut self, id: &Id, path: impl JsonPath) {
        if !Id::is_valid(id.as_str()) {
            self.push(path, ProblemKind::BadId);
        }
    }

    pub fn date(&mut self, d: &Option<Date>, path: impl JsonPath) {
        if let Some(d) = d {
            self.day(d, path);
        }
    }

    /// Like [`Checks::date`], for a date that is always there.
    pub fn day(&mut self, d: &Date, path: impl JsonPath) {
        if !Date::is_valid(d.as_str()) {
            self.bad_date(d, path.path());
        }
    }

    #[inline(never)]
    fn bad_date(&mut self, d: &Date, path: String) {
        self.push(
            path,
            ProblemKind::BadDate {
                value: text::truncate_chars(d.as_str(), 40),
            },
        );
    }

    pub fn name(&mut self, s: &mut String, path: impl JsonPath) {
        self.required(s, MAX_NAME, true, path);
    }

    /// Like [`Checks::text`], for a text that must not be empty (a name, a title).
    pub fn required(&mut self, s: &mut String, max: usize, single_line: bool, path: impl JsonPath) {
        if !text::fits(s, max, single_line) || s.trim().is_empty() {
            self.bad_required(s, max, single_line, path.path());
        }
    }

    #[inline(never)]
    fn bad_required(&mut self, s: &mut String, max: usize, single_line: bool, path: String) {
        self.text(s, max, single_line, path.as_str());
        if s.trim().is_empty() {
            self.push(path, ProblemKind::EmptyName);
        }
    }

    /// Reports a number that is not finite or lies outside `min..=max`.
    pub fn number(&mut self, n: f64, min: i64, max: i64, path: impl JsonPath) {
        if !n.is_finite() || n < min as f64 || n > max as f64 {
            self.push(path, ProblemKind::OutOfRange { min, max });
        }
    }

    /// Cleans a short list in place (see [`text::clean_list`]), reporting texts cut or cleaned
    /// and items beyond [`text::MAX_LIST`].
    pub fn short_list(&mut self, items: &mut Vec<String>, path: impl JsonPath) {
        let mut base = Lazy::new(path);
        for (i, item) in items.iter_mut().enumerate() {
            self.text(item, MAX_SHORT, true, || format!("{}[{i}]", base.get()));
        }
        let n = items.iter().filter(|i| !i.is_empty()).count();
        *items = text::clean_list(std::mem::take(items));
        if n > text::MAX_LIST && items.len() == text::MAX_LIST {
            self.push(
                base.get(),
                ProblemKind::TextCut {
                    max: text::MAX_LIST,
                },
            );
        }
    }

    /// Cleans a text in place, reporting what was removed or cut. The same rules as text typed
    /// in the interface ([`text::fit`]), so a file's text is stored exactly as typed text is.
    pub fn text(&mut self, s: &mut String, max: usize, single_line: bool, path: impl JsonPath) {
        if !text::fits(s, max, single_line) {
            self.bad_text(s, max, single_line, path.path());
        }
    }

    #[inline(never)]
    fn bad_text(&mut self, s: &mut String, max: usize, single_line: bool, path: String) {
        let (cleaned, report, cut) = text::fit(s, max, single_line);
        if report.bidi_removed > 0 {
            self.push(
                path.as_str(),
                ProblemKind::BidiRemoved {
                    count: report.bidi_removed,
                },
            );
        }
        if cut {
            self.push(path, ProblemKind::TextCut { max });
        }
        *s = cleaned;
    }
}

/// Where a checked value is in the file, as [`Checks`] takes it: a path already written (`&str`,
/// `String`), or a closure that writes it. Checks call the closure only when they find a
/// problem, so a large file without problems is checked without formatting a path per field.
pub trait JsonPath {
    fn path(self) -> String;
}

impl JsonPath for &str {
    fn path(self) -> String {
        self.to_string()
    }
}

impl JsonPath for &String {
    fn path(self) -> String {
        self.clone()
    }
}

impl JsonPath for String {
    fn path(self) -> String {
        self
    }
}

impl<F: FnOnce() -> String> JsonPath for F {
    fn path(self) -> String {
        self()
    }
}

/// A path written the first time it is needed, for checks that may report several problems
/// under one base path (a list's items).
pub struct Lazy<P: JsonPath> {
    path: Option<P>,
    written: String,
}

impl<P: JsonPath> Lazy<P> {
    pub fn new(path: P) -> Self {
        Lazy {
            path: Some(path),
            written: String::new(),
        }
    }

    pub fn get(&mut self) -> &str {
        if let Some(p) = self.path.take() {
            self.written = p.path();
        }
        &self.written
    }
}

/// The positions of the items whose key an earlier item already has, in order. Sorting, not
/// hashing, so a hostile file cannot make it slow: O(n log n) whatever the keys.
pub fn repeated<T, K: Ord + ?Sized>(items: &[T], key: impl Fn(&T) -> &K) -> Vec<usize> {
    // A short list (a meeting's attendees) is compared pair by pair, without allocating.
    if items.len() <= 16 {
        return (1..items.len())
            .filter(|&i| items[..i].iter().any(|x| key(x) == key(&items[i])))
            .collect();
    }
    let mut order: Vec<(&K, usize)> = items.iter().map(&key).zip(0..).collect();
    order.sort_unstable();
    let mut out: Vec<usize> = order
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[1].1)
        .collect();
    out.sort_unstable();
    out
}

/// Keeps the first of the items that share a key, in their order.
pub fn keep_first<T, K: Ord + ?Sized>(items: &mut Vec<T>, key: impl Fn(&T) -> &K) {
    let drop = repeated(items, key);
    if drop.is_empty() {
        return;
    }
    let mut next = drop.iter().peekable();
    let mut i = 0;
    items.retain(|_| {
        let keep = next.peek() != Some(&&i);
        if !keep {
            next.next();
        }
        i += 1;
        keep
    });
}

/// The field names a struct type reads, asked of its derived `Deserialize` (which names them
/// when it asks for a struct) without parsing anything. Empty for a type that is not a struct.
fn field_names<T: for<'de> Deserialize<'de>>() -> &'static [&'static str] {
    use serde::de::{Error, Visitor};
    use std::cell::Cell;

    struct Probe<'a>(&'a Cell<&'static [&'static str]>);

    impl<'de> serde::Deserializer<'de> for Probe<'_> {
        type Error = serde::de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(Self::Error::custom("probe"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.set(fields);
            Err(Self::Error::custom("probe"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }

    let found = Cell::new(&[][..]);
    let _ = T::deserialize(Probe(&found));
    found.get()
}

/// Which field of an object makes it fail to deserialise, as a path relative to the object
/// (`sector`, or `answers.trust_practice` one level down): the first key whose removal makes the
/// error go away, or turns it into that key being missing. Empty when no single key is to blame.
/// Only called on errors, so its cost is of no concern; it reuses the one deserialiser the
/// import needs anyway.
fn culprit<T: for<'de> Deserialize<'de>>(value: &Value) -> String {
    let Value::Object(obj) = value else {
        return String::new();
    };
    let blamed = |candidate: serde_json::Map<String, Value>, key: &str| match de::<T>(
        &Value::Object(candidate),
    ) {
        Ok(_) => true,
        Err(e) => e == format!("missing field `{key}`"),
    };
    for (key, inner) in obj {
        let mut without = obj.clone();
        without.remove(key);
        if !blamed(without, key) {
            continue;
        }
        // One level down, for maps such as a response's answers.
        if let Value::Object(map) = inner {
            for sub in map.keys() {
                let mut smaller = map.clone();
                smaller.remove(sub);
                let mut candidate = obj.clone();
                candidate.insert(key.clone(), Value::Object(smaller));
                if blamed(candidate, key) {
                    return format!("{key}.{sub}");
                }
            }
        }
        return key.clone();
    }
    String::new()
}

/// Deserialises a value through its text, with the same deserialiser the fast path of [`import`]
/// uses: the app then carries one deserialiser per type, not two. Errors come without the
/// " at line … column …" that text positions add (they mean nothing in a re-written value).
fn de<T: for<'de> Deserialize<'de>>(value: &Value) -> Result<T, String> {
    serde_json::from_str::<T>(&value.to_string()).map_err(|e| {
        let mut m = e.to_string();
        if let Some(i) = m.rfind(" at line ") {
            m.truncate(i);
        }
        m
    })
}

/// Joins a base path and a path inside it (`name`, `answers.item`); empty means the base itself.
fn join(base: &str, inner: &str) -> String {
    if inner.is_empty() {
        base.to_string()
    } else if inner.starts_with('[') {
        format!("{base}{inner}")
    } else {
        format!("{base}.{inner}")
    }
}

/// Builds a workspace from imported plans.
pub fn into_workspace(plans: Vec<Plan>) -> Workspace {
    Workspace {
        plans: plans.into_iter().map(Rc::new).collect(),
    }
}

/// Loads what local storage holds. The same checks as a file import.
pub fn from_storage(text: &str) -> Result<Workspace, Vec<Problem>> {
    let imported = import(text)?;
    Ok(into_workspace(imported.plans))
}
