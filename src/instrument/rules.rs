//! Rule-based warnings from the seeds, as data: a condition on an instrument's answers, a
//! message, and one sentence on where the rule comes from. A warning can be dismissed with a
//! reason ([`crate::model::Dismissal`]).

use serde::{Deserialize, Serialize};

use super::{AnswerKind, Instrument, Tr};
use crate::model::{Answer, Response};

/// A warning that applies when its condition holds on the latest response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub when: Cond,
    pub message: Tr,
    /// Where the rule comes from, in one sentence.
    pub source: Tr,
}

/// A condition on the answers of one response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Cond {
    /// A check item is not ticked (or not answered).
    Unchecked {
        item: String,
    },
    /// A check item is ticked.
    Checked {
        item: String,
    },
    /// A yes/no item is answered with `value`.
    YesNo {
        item: String,
        value: bool,
    },
    /// A single-choice item is answered with `option`.
    Is {
        item: String,
        option: String,
    },
    /// A multiple-choice item includes `option`.
    Includes {
        item: String,
        option: String,
    },
    /// A multiple-choice item does not include `option` (an unanswered item counts as not).
    Excludes {
        item: String,
        option: String,
    },
    /// A number (or agreement) is at least `value`.
    AtLeast {
        item: String,
        value: f64,
    },
    /// A number (or agreement) is at most `value`.
    AtMost {
        item: String,
        value: f64,
    },
    /// The item has an answer.
    Answered {
        item: String,
    },
    All {
        of: Vec<Cond>,
    },
    Any {
        of: Vec<Cond>,
    },
    Not {
        cond: Box<Cond>,
    },
}

impl Cond {
    /// Whether the condition holds on these answers.
    pub fn holds(&self, r: &Response) -> bool {
        let a = |item: &str| r.answers.get(item);
        match self {
            Cond::Unchecked { item } => !matches!(a(item), Some(Answer::Check(true))),
            Cond::Checked { item } => matches!(a(item), Some(Answer::Check(true))),
            Cond::YesNo { item, value } => matches!(a(item), Some(Answer::YesNo(v)) if v == value),
            Cond::Is { item, option } => matches!(a(item), Some(Answer::Choice(c)) if c == option),
            Cond::Includes { item, option } => {
                matches!(a(item), Some(Answer::Choices(c)) if c.contains(option))
            }
            Cond::Excludes { item, option } => {
                !matches!(a(item), Some(Answer::Choices(c)) if c.contains(option))
            }
            Cond::AtLeast { item, value } => a(item)
                .and_then(Answer::as_number)
                .is_some_and(|n| n >= *value),
            Cond::AtMost { item, value } => a(item)
                .and_then(Answer::as_number)
                .is_some_and(|n| n <= *value),
            Cond::Answered { item } => a(item).is_some_and(|x| !x.is_empty()),
            Cond::All { of } => of.iter().all(|c| c.holds(r)),
            Cond::Any { of } => of.iter().any(|c| c.holds(r)),
            Cond::Not { cond } => !cond.holds(r),
        }
    }

    /// Checks that the condition names items and options of the instrument, of the right kind.
    pub(crate) fn check(&self, ins: &Instrument, at: &str, e: &mut Vec<String>) {
        let item = |id: &str, e: &mut Vec<String>| {
            let found = ins.item(id);
            if found.is_none() {
                e.push(format!("{at}: condition names missing item {id}"));
            }
            found
        };
        match self {
            Cond::Unchecked { item: i } | Cond::Checked { item: i } => {
                if let Some(it) = item(i, e) {
                    if it.answer != AnswerKind::Check {
                        e.push(format!("{at}: {i} is not a check item"));
                    }
                }
            }
            Cond::YesNo { item: i, .. } => {
                if let Some(it) = item(i, e) {
                    if it.answer != AnswerKind::YesNo {
                        e.push(format!("{at}: {i} is not a yes/no item"));
                    }
                }
            }
            Cond::Is { item: i, option }
            | Cond::Includes { item: i, option }
            | Cond::Excludes { item: i, option } => {
                if let Some(it) = item(i, e) {
                    let ok_kind = match self {
                        Cond::Is { .. } => matches!(it.answer, AnswerKind::Single { .. }),
                        _ => matches!(it.answer, AnswerKind::Multi { .. }),
                    };
                    if !ok_kind {
                        e.push(format!("{at}: {i} has the wrong kind for this condition"));
                    }
                    if !it.answer.options().iter().any(|o| &o.id == option) {
                        e.push(format!("{at}: {i} has no option {option}"));
                    }
                }
            }
            Cond::AtLeast { item: i, .. } | Cond::AtMost { item: i, .. } => {
                if let Some(it) = item(i, e) {
                    if !matches!(it.answer, AnswerKind::Number { .. } | AnswerKind::Agree) {
                        e.push(format!("{at}: {i} is not a number or agreement item"));
                    }
                }
            }
            Cond::Answered { item: i } => {
                item(i, e);
            }
            Cond::All { of } | Cond::Any { of } => {
                if of.is_empty() {
                    e.push(format!("{at}: an empty all/any"));
                }
                for c in of {
                    c.check(ins, at, e);
                }
            }
            Cond::Not { cond } => cond.check(ins, at, e),
        }
    }
}
