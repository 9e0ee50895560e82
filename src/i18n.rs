//! Translations, with Project Fluent. Every user-visible string of Shutaf is a message in
//! `locales/{he,en,ar}.ftl`; a test fails when a message is missing in any language.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

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

/// Formats messages in one language.
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
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
    pub fn from_source(lang: Lang, source: &str) -> Translator {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            // A syntax error in a bundled file is caught by the tests; keep what parsed.
            Err((r, _)) => r,
        };
        let langid = lang.code().parse().expect("valid language code");
        let mut bundle = FluentBundle::new(vec![langid]);
        let _ = bundle.add_resource(resource);
        Translator { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` (or `id.attribute`), without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fargs))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(msg) = self.bundle.get_message(msg_id) else {
            return id.to_string();
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_string();
        };
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
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

/// The message ids a Fluent source defines, with the attributes of each (`id.attr`).
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    let resource = FluentResource::try_new(source.to_string())
        .map_err(|(_, errs)| format!("{} syntax errors, first: {:?}", errs.len(), errs.first()))?;
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if m.value.is_some() {
                ids.push(m.id.name.to_string());
            }
            for a in &m.attributes {
                ids.push(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    Ok(ids)
}
