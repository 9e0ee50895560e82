//! Instruments are data: checklists, question sets, self-assessments, staged models and
//! classifiers from the seed documents, each described by a JSON file in `library/`, interpreted
//! by one form renderer (in the app), one response store ([`crate::model::Response`]) and one
//! aggregation ([`results`]). Adding an instrument means adding a data file and its tests.

mod compact;
pub mod results;
pub mod rules;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::PlanKind;

/// A text in every language of the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tr {
    pub he: String,
    pub en: String,
    pub ar: String,
}

impl Tr {
    /// The text in `lang`; while that language's texts are not loaded (the app fetches them),
    /// the text of another language that is.
    pub fn get(&self, lang: Lang) -> &str {
        let wanted = match lang {
            Lang::He => &self.he,
            Lang::En => &self.en,
            Lang::Ar => &self.ar,
        };
        if !wanted.is_empty() {
            return wanted;
        }
        [&self.he, &self.en, &self.ar]
            .into_iter()
            .find(|t| !t.is_empty())
            .map_or("", |t| t.as_str())
    }
}

/// The shape of an instrument: how it is filled and how its results are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// Items to tick: what is done and what remains.
    Checklist,
    /// Questions with free or structured answers, read side by side.
    Questionnaire,
    /// Rated items (1–5 agreement): means, spread and disagreement.
    SelfAssessment,
    /// Stages reached in order, each with its evidence: where it stands and what is next.
    StagedModel,
    /// A few questions whose answers place the subject on a ladder of levels.
    Classifier,
}

impl Shape {
    pub fn key(self) -> &'static str {
        match self {
            Shape::Checklist => "checklist",
            Shape::Questionnaire => "questionnaire",
            Shape::SelfAssessment => "self_assessment",
            Shape::StagedModel => "staged_model",
            Shape::Classifier => "classifier",
        }
    }
}

/// What an instrument is filled about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The plan as a whole.
    #[default]
    Plan,
    /// One partner of the plan.
    Partner,
    /// One person (an actor) of the plan.
    Person,
}

/// One option of a single- or multiple-choice item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: Tr,
    /// For classifiers and level items: the level (1-based) this option points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Ideas that follow from choosing this option (activities for a goal, ways to act on a
    /// motive); the user can turn each into a task.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ideas: Vec<Idea>,
}

/// When an idea pays off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    Short,
    Medium,
    Long,
}

impl Horizon {
    pub const ALL: [Horizon; 3] = [Horizon::Short, Horizon::Medium, Horizon::Long];

    pub fn key(self) -> &'static str {
        match self {
            Horizon::Short => "short",
            Horizon::Medium => "medium",
            Horizon::Long => "long",
        }
    }
}

/// An idea attached to an option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Horizon>,
    pub text: Tr,
}

/// The kind of answer an item takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerKind {
    /// A box to tick (done / not yet).
    Check,
    /// Yes or no.
    YesNo,
    /// Free text; `long` for several lines.
    Text {
        #[serde(default)]
        long: bool,
    },
    /// One option.
    Single { options: Vec<Choice> },
    /// Any number of options.
    Multi { options: Vec<Choice> },
    /// 1–5 agreement, or "don't know" (Shutaf's scale).
    Agree,
    /// A date.
    Date,
    /// A number, optionally bounded.
    Number {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
    },
    /// A list of actions, each of which can become a task.
    Actions {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<usize>,
    },
}

impl AnswerKind {
    pub fn key(&self) -> &'static str {
        match self {
            AnswerKind::Check => "check",
            AnswerKind::YesNo => "yes_no",
            AnswerKind::Text { .. } => "text",
            AnswerKind::Single { .. } => "single",
            AnswerKind::Multi { .. } => "multi",
            AnswerKind::Agree => "agree",
            AnswerKind::Date => "date",
            AnswerKind::Number { .. } => "number",
            AnswerKind::Actions { .. } => "actions",
        }
    }

    pub fn options(&self) -> &[Choice] {
        match self {
            AnswerKind::Single { options } | AnswerKind::Multi { options } => options,
            _ => &[],
        }
    }
}

/// Where an item's answer should be, for instruments that state an ideal (Circle of Influence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Ideal {
    /// The chosen option's level should be within `min..=max`.
    Range { min: u8, max: u8, text: Tr },
    /// The level should be within `tolerance` of another item's level.
    Near {
        item: String,
        tolerance: u8,
        text: Tr,
    },
}

/// One question, statement or checklist row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub text: Tr,
    /// A hint shown under the item (a probe, an example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Tr>,
    pub answer: AnswerKind,
    /// In a staged model: the stage this item is evidence for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ideal: Option<Ideal>,
}

/// A group of items under a heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Tr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Tr>,
    pub items: Vec<Item>,
}

/// A stage of a staged model, or a level of a classifier, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    pub title: Tr,
    /// What this stage is, or the features of this level.
    pub description: Tr,
    /// What reaching it asks (shown as the next step while it is not reached).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_step: Option<Tr>,
}

/// An instrument: data that the one renderer shows and the one aggregation reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Stable, `snake_case`; responses refer to it.
    pub id: String,
    /// The seed it comes from: "000" … "004".
    pub source: String,
    pub shape: Shape,
    pub title: Tr,
    /// What it is for and how to fill it, in a sentence or two.
    pub intro: Tr,
    /// One sentence: where in the seed it comes from.
    pub source_note: Tr,
    /// What it can be filled about; the first is the default.
    #[serde(default = "default_scope")]
    pub scope: Vec<Scope>,
    /// The plan kinds that show it first; empty: suggested for none in particular.
    #[serde(default)]
    pub plan_kinds: Vec<PlanKind>,
    /// The scale is Shutaf's choice, not the seed's: the interface says so.
    #[serde(default)]
    pub shutaf_scale: bool,
    /// A note shown with results (for example, that development is not always linear).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results_note: Option<Tr>,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub rules: Vec<rules::Rule>,
}

fn default_scope() -> Vec<Scope> {
    vec![Scope::Plan]
}

impl Instrument {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| i.id == id)
    }

    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }
}

/// Whether an answer fits an item's kind: the right variant, known options, values in range.
pub fn answer_fits(kind: &AnswerKind, a: &crate::model::Answer) -> bool {
    use crate::model::Answer as A;
    let known = |id: &String| kind.options().iter().any(|o| &o.id == id);
    match (kind, a) {
        (AnswerKind::Check, A::Check(_)) | (AnswerKind::YesNo, A::YesNo(_)) => true,
        (AnswerKind::Text { .. }, A::Text(_)) | (AnswerKind::Date, A::Date(_)) => true,
        (AnswerKind::Single { .. }, A::Choice(c)) => known(c),
        (AnswerKind::Multi { .. }, A::Choices(cs)) => {
            cs.iter().all(known) && cs.iter().collect::<HashSet<_>>().len() == cs.len()
        }
        (AnswerKind::Agree, A::Agree(v)) => (1..=5).contains(v),
        (AnswerKind::Agree, A::DontKnow) => true,
        (AnswerKind::Number { min, max }, A::Number(n)) => {
            n.is_finite() && min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m)
        }
        (AnswerKind::Actions { max }, A::Actions(list)) => {
            max.is_none_or(|m| list.len() <= m) && list.len() <= 100
        }
        _ => false,
    }
}

/// The instrument files as JSON, for the tests that check them (the app does not ship them).
const LIBRARY: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/library.rs"));

/// The library's structure in the compact form `build.rs` writes (see `compact.rs`).
const LIBRARY_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/library.bin"));

/// Every instrument Shutaf ships, with the texts of every language. Natively the texts are
/// embedded; the app ships without them (see [`library_in`]), so there its texts are empty.
pub fn library() -> Vec<Instrument> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let tables = Lang::ALL.map(|l| {
            serde_json::from_str::<Vec<String>>(texts_json(l)).expect("text tables parse")
        });
        compact::decode(LIBRARY_BIN, [&tables[0], &tables[1], &tables[2]])
    }
    #[cfg(target_arch = "wasm32")]
    {
        compact::decode(LIBRARY_BIN, [&[], &[], &[]])
    }
}

/// The library's structure, decoded once for the life of the program: import and the editor
/// check answers against it. (In the app its texts are empty; the interface keeps its own copy
/// with the texts of the language in use, see [`library_in`].)
pub fn shared() -> &'static [Instrument] {
    static LIBRARY: std::sync::OnceLock<Vec<Instrument>> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(library)
}

/// The library with one language's texts: `texts` is that language's table, as in
/// `public/texts/instruments-<lang>.json` (which the app fetches for the language in use).
pub fn library_in(lang: Lang, texts: &[String]) -> Vec<Instrument> {
    let mut tables: [&[String]; 3] = [&[], &[], &[]];
    tables[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)] = texts;
    compact::decode(LIBRARY_BIN, tables)
}

/// One language's text table, as `build.rs` made it: what `public/texts/instruments-<lang>.json`
/// must hold (a test checks it).
#[cfg(not(target_arch = "wasm32"))]
pub fn texts_json(lang: Lang) -> &'static str {
    match lang {
        Lang::He => include_str!(concat!(env!("OUT_DIR"), "/texts-he.json")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/texts-en.json")),
        Lang::Ar => include_str!(concat!(env!("OUT_DIR"), "/texts-ar.json")),
    }
}

/// The names and texts of the library files, for tests that check them.
pub fn library_files() -> &'static [(&'static str, &'static str)] {
    LIBRARY
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && s.as_bytes()[0].is_ascii_lowercase()
}

fn check_tr(tr: &Tr, at: &str, errors: &mut Vec<String>) {
    for (lang, text) in [("he", &tr.he), ("en", &tr.en), ("ar", &tr.ar)] {
        if text.trim().is_empty() {
            errors.push(format!("{at}: empty {lang} text"));
        }
        if text.chars().any(crate::text::is_bidi_control) {
            errors.push(format!("{at}: bidi control character in {lang} text"));
        }
    }
    if !tr
        .he
        .chars()
        .any(|c| ('\u{05D0}'..='\u{05EA}').contains(&c))
    {
        errors.push(format!("{at}: the he text has no Hebrew letter"));
    }
    if !tr
        .ar
        .chars()
        .any(|c| ('\u{0620}'..='\u{064A}').contains(&c))
    {
        errors.push(format!("{at}: the ar text has no Arabic letter"));
    }
}

/// Checks an instrument definition: ids well formed and unique, every text in three languages,
/// options and stages consistent with the shape. Returns every problem found.
pub fn validate(ins: &Instrument) -> Vec<String> {
    let mut e = Vec::new();
    let id = &ins.id;
    if !is_key(id) {
        e.push(format!("{id}: the id is not snake_case"));
    }
    if !matches!(ins.source.as_str(), "000" | "001" | "002" | "003" | "004") {
        e.push(format!("{id}: unknown source {}", ins.source));
    }
    check_tr(&ins.title, &format!("{id}.title"), &mut e);
    check_tr(&ins.intro, &format!("{id}.intro"), &mut e);
    check_tr(&ins.source_note, &format!("{id}.source_note"), &mut e);
    if let Some(n) = &ins.results_note {
        check_tr(n, &format!("{id}.results_note"), &mut e);
    }
    if ins.scope.is_empty() {
        e.push(format!("{id}: no scope"));
    }
    if ins.sections.is_empty() {
        e.push(format!("{id}: no sections"));
    }
    let mut ids = HashSet::new();
    for s in &ins.sections {
        if !is_key(&s.id) || !ids.insert(s.id.clone()) {
            e.push(format!(
                "{id}.{}: section id not snake_case or not unique",
                s.id
            ));
        }
        check_tr(&s.title, &format!("{id}.{}.title", s.id), &mut e);
        if let Some(intro) = &s.intro {
            check_tr(intro, &format!("{id}.{}.intro", s.id), &mut e);
        }
        if s.items.is_empty() {
            e.push(format!("{id}.{}: a section without items", s.id));
        }
        for item in &s.items {
            let at = format!("{id}.{}", item.id);
            if !is_key(&item.id) || !ids.insert(item.id.clone()) {
                e.push(format!("{at}: item id not snake_case or not unique"));
            }
            check_tr(&item.text, &format!("{at}.text"), &mut e);
            if let Some(h) = &item.help {
                check_tr(h, &format!("{at}.help"), &mut e);
            }
            let mut opt_ids = HashSet::new();
            for o in item.answer.options() {
                if !is_key(&o.id) || !opt_ids.insert(o.id.clone()) {
                    e.push(format!(
                        "{at}.{}: option id not snake_case or not unique",
                        o.id
                    ));
                }
                check_tr(&o.text, &format!("{at}.{}.text", o.id), &mut e);
                for (k, idea) in o.ideas.iter().enumerate() {
                    check_tr(&idea.text, &format!("{at}.{}.ideas[{k}]", o.id), &mut e);
                }
                if let Some(l) = o.level {
                    if l == 0 || (ins.shape == Shape::Classifier && l as usize > ins.stages.len()) {
                        e.push(format!("{at}.{}: level {l} out of range", o.id));
                    }
                }
            }
            if matches!(
                item.answer,
                AnswerKind::Single { .. } | AnswerKind::Multi { .. }
            ) && item.answer.options().len() < 2
            {
                e.push(format!("{at}: a choice needs at least two options"));
            }
            if let AnswerKind::Number {
                min: Some(a),
                max: Some(b),
            } = item.answer
            {
                if a > b {
                    e.push(format!("{at}: min above max"));
                }
            }
            match (&item.stage, ins.shape) {
                (Some(st), Shape::StagedModel) => {
                    if ins.stage_index(st).is_none() {
                        e.push(format!("{at}: stage {st} does not exist"));
                    }
                    if !matches!(
                        item.answer,
                        AnswerKind::Check | AnswerKind::YesNo | AnswerKind::Agree
                    ) {
                        e.push(format!(
                            "{at}: stage evidence must be check, yes_no or agree"
                        ));
                    }
                }
                (Some(_), _) => e.push(format!("{at}: only staged models link items to stages")),
                _ => {}
            }
            if ins.shape == Shape::Classifier {
                if let AnswerKind::Single { options } = &item.answer {
                    if options.iter().any(|o| o.level.is_none()) {
                        e.push(format!(
                            "{at}: every option of a classifier question needs a level"
                        ));
                    }
                }
            }
            if let Some(ideal) = &item.ideal {
                let levels: Vec<u8> = item
                    .answer
                    .options()
                    .iter()
                    .filter_map(|o| o.level)
                    .collect();
                if levels.is_empty() {
                    e.push(format!("{at}: an ideal needs options with levels"));
                }
                match ideal {
                    Ideal::Range { min, max, text } => {
                        if min > max {
                            e.push(format!("{at}: ideal min above max"));
                        }
                        check_tr(text, &format!("{at}.ideal"), &mut e);
                    }
                    Ideal::Near {
                        item: other, text, ..
                    } => {
                        if ins.item(other).is_none() {
                            e.push(format!("{at}: ideal refers to missing item {other}"));
                        }
                        check_tr(text, &format!("{at}.ideal"), &mut e);
                    }
                }
            }
        }
    }
    let mut stage_ids = HashSet::new();
    for st in &ins.stages {
        if !is_key(&st.id) || !stage_ids.insert(st.id.clone()) {
            e.push(format!(
                "{id}.{}: stage id not snake_case or not unique",
                st.id
            ));
        }
        check_tr(&st.title, &format!("{id}.{}.title", st.id), &mut e);
        check_tr(
            &st.description,
            &format!("{id}.{}.description", st.id),
            &mut e,
        );
        if let Some(n) = &st.next_step {
            check_tr(n, &format!("{id}.{}.next_step", st.id), &mut e);
        }
    }
    match ins.shape {
        Shape::StagedModel => {
            if ins.stages.len() < 2 {
                e.push(format!("{id}: a staged model needs stages"));
            }
            for st in &ins.stages {
                if !ins.items().any(|i| i.stage.as_deref() == Some(&st.id)) {
                    e.push(format!("{id}.{}: a stage without evidence items", st.id));
                }
            }
        }
        Shape::Classifier => {
            if ins.stages.len() < 2 {
                e.push(format!("{id}: a classifier needs levels (stages)"));
            }
            if !ins
                .items()
                .any(|i| matches!(i.answer, AnswerKind::Single { .. }))
            {
                e.push(format!("{id}: a classifier needs single-choice questions"));
            }
        }
        Shape::SelfAssessment => {
            if !ins.items().any(|i| i.answer == AnswerKind::Agree) {
                e.push(format!("{id}: a self-assessment needs rated (agree) items"));
            }
            if !ins.shutaf_scale {
                e.push(format!("{id}: the seeds give no scale: set shutaf_scale"));
            }
        }
        Shape::Checklist => {
            if !ins.items().any(|i| i.answer == AnswerKind::Check) {
                e.push(format!("{id}: a checklist needs check items"));
            }
        }
        Shape::Questionnaire => {}
    }
    let mut rule_ids = HashSet::new();
    for r in &ins.rules {
        if !is_key(&r.id) || !rule_ids.insert(r.id.clone()) {
            e.push(format!(
                "{id}.{}: rule id not snake_case or not unique",
                r.id
            ));
        }
        check_tr(&r.message, &format!("{id}.{}.message", r.id), &mut e);
        check_tr(&r.source, &format!("{id}.{}.source", r.id), &mut e);
        r.when.check(ins, &format!("{id}.{}", r.id), &mut e);
    }
    e
}
