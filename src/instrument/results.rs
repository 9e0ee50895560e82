//! The one aggregation of instrument answers: the same functions serve one respondent or many,
//! one round or a comparison of rounds. Nothing here is stored; every figure is derived.

use super::{AnswerKind, Ideal, Instrument, Shape};
use crate::model::{Answer, Id, Plan, Response, Round, Subject};

/// Figures of one rated or numeric item over many responses.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub item: String,
    /// Responses with a value (not "don't know").
    pub n: usize,
    pub mean: Option<f64>,
    /// Population standard deviation of the values (0 for a single value).
    pub sd: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub dont_know: usize,
    /// For agreement items: how many answered 1, 2, 3, 4, 5.
    pub counts: [usize; 5],
}

/// Mean, spread and distribution of every agreement or number item.
pub fn item_stats(ins: &Instrument, responses: &[&Response]) -> Vec<ItemStats> {
    ins.items()
        .filter(|i| matches!(i.answer, AnswerKind::Agree | AnswerKind::Number { .. }))
        .map(|item| {
            let mut values = Vec::new();
            let mut dont_know = 0;
            let mut counts = [0; 5];
            for r in responses {
                match r.answers.get(&item.id) {
                    Some(Answer::DontKnow) => dont_know += 1,
                    Some(Answer::Agree(v)) if (1..=5).contains(v) => {
                        counts[*v as usize - 1] += 1;
                        values.push(*v as f64);
                    }
                    Some(Answer::Number(v)) => values.push(*v),
                    _ => {}
                }
            }
            let n = values.len();
            let mean = (n > 0).then(|| values.iter().sum::<f64>() / n as f64);
            let sd = mean
                .map(|m| (values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / n as f64).sqrt());
            let min = values.iter().copied().reduce(f64::min);
            let max = values.iter().copied().reduce(f64::max);
            ItemStats {
                item: item.id.clone(),
                n,
                mean,
                sd,
                min,
                max,
                dont_know,
                counts,
            }
        })
        .collect()
}

/// The mean of the item means of each section that has rated items: `(section id, mean, items)`.
pub fn section_means(ins: &Instrument, stats: &[ItemStats]) -> Vec<(String, Option<f64>, usize)> {
    ins.sections
        .iter()
        .filter_map(|s| {
            let means: Vec<f64> = s
                .items
                .iter()
                .filter(|i| i.answer == AnswerKind::Agree)
                .filter_map(|i| {
                    stats
                        .iter()
                        .find(|st| st.item == i.id)
                        .and_then(|st| st.mean)
                })
                .collect();
            let rated = s
                .items
                .iter()
                .filter(|i| i.answer == AnswerKind::Agree)
                .count();
            (rated > 0).then(|| {
                let mean =
                    (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64);
                (s.id.clone(), mean, rated)
            })
        })
        .collect()
}

/// The items on which respondents disagree most: at least two values and a spread, largest
/// spread first (ties: lower mean first, then item order), at most `top`.
pub fn disagreement(stats: &[ItemStats], top: usize) -> Vec<&ItemStats> {
    let mut v: Vec<&ItemStats> = stats
        .iter()
        .filter(|s| s.n >= 2 && s.sd.unwrap_or(0.0) > 0.0)
        .collect();
    v.sort_by(|a, b| {
        b.sd.partial_cmp(&a.sd)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(
                a.mean
                    .partial_cmp(&b.mean)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
    });
    v.truncate(top);
    v
}

/// Whether an answer counts as "yes": a ticked box, a yes, or agreement of 4 or 5.
fn affirms(a: Option<&Answer>) -> Option<bool> {
    match a? {
        Answer::Check(b) | Answer::YesNo(b) => Some(*b),
        Answer::Agree(v) => Some(*v >= 4),
        _ => None,
    }
}

/// How many responses affirm an item, out of those that answered it. A check box left empty
/// counts as "not yet".
pub fn affirmed(ins: &Instrument, item: &str, responses: &[&Response]) -> (usize, usize) {
    let is_check = ins
        .item(item)
        .is_some_and(|i| i.answer == AnswerKind::Check);
    let mut yes = 0;
    let mut answered = 0;
    for r in responses {
        match affirms(r.answers.get(item)) {
            Some(b) => {
                answered += 1;
                yes += b as usize;
            }
            None if is_check => answered += 1,
            None => {}
        }
    }
    (yes, answered)
}

/// Met when more than half of those who answered affirm it.
pub fn item_met(ins: &Instrument, item: &str, responses: &[&Response]) -> bool {
    let (yes, answered) = affirmed(ins, item, responses);
    answered > 0 && yes * 2 > answered
}

/// A checklist section's progress.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionProgress {
    pub section: String,
    pub done: usize,
    pub total: usize,
    /// Items not yet done, in order.
    pub remaining: Vec<String>,
}

/// What is done and what remains, per section (check and yes/no items).
pub fn checklist(ins: &Instrument, responses: &[&Response]) -> Vec<SectionProgress> {
    ins.sections
        .iter()
        .filter_map(|s| {
            let items: Vec<_> = s
                .items
                .iter()
                .filter(|i| matches!(i.answer, AnswerKind::Check | AnswerKind::YesNo))
                .collect();
            if items.is_empty() {
                return None;
            }
            let remaining: Vec<String> = items
                .iter()
                .filter(|i| !item_met(ins, &i.id, responses))
                .map(|i| i.id.clone())
                .collect();
            Some(SectionProgress {
                section: s.id.clone(),
                done: items.len() - remaining.len(),
                total: items.len(),
                remaining,
            })
        })
        .collect()
}

/// Where a staged model stands.
#[derive(Debug, Clone, PartialEq)]
pub struct StageResult {
    /// For each stage in order: whether all its evidence is met.
    pub reached: Vec<bool>,
    /// The last stage reached with every stage before it reached too (index), if any.
    pub current: Option<usize>,
    /// The first stage not reached, if any.
    pub next: Option<usize>,
    /// A later stage is reached while an earlier one is not.
    pub out_of_order: bool,
    /// For each stage: its evidence items and whether each is met.
    pub evidence: Vec<Vec<(String, bool)>>,
}

pub fn staged(ins: &Instrument, responses: &[&Response]) -> StageResult {
    let evidence: Vec<Vec<(String, bool)>> = ins
        .stages
        .iter()
        .map(|st| {
            ins.items()
                .filter(|i| i.stage.as_deref() == Some(&st.id))
                .map(|i| (i.id.clone(), item_met(ins, &i.id, responses)))
                .collect()
        })
        .collect();
    let reached: Vec<bool> = evidence
        .iter()
        .map(|ev| !ev.is_empty() && ev.iter().all(|(_, m)| *m))
        .collect();
    let in_order = reached.iter().take_while(|r| **r).count();
    StageResult {
        current: in_order.checked_sub(1),
        next: (in_order < reached.len()).then_some(in_order),
        out_of_order: reached.iter().skip(in_order).any(|r| *r),
        reached,
        evidence,
    }
}

/// Where a classifier places the subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// The level (index into the stages, 0-based).
    pub level: usize,
    /// Each answered question and the level (0-based) its answer points to, in order.
    pub votes: Vec<(String, usize)>,
    /// The lowest and highest level the answers point to.
    pub lowest: usize,
    pub highest: usize,
}

/// Places the subject at the median of the levels its answers point to (the lower median when
/// there is an even number), so that a single answer cannot pull it far. `None` until at least
/// one question is answered.
pub fn classify(ins: &Instrument, responses: &[&Response]) -> Option<Placement> {
    let mut votes = Vec::new();
    for item in ins.items() {
        let AnswerKind::Single { options } = &item.answer else {
            continue;
        };
        for r in responses {
            if let Some(Answer::Choice(c)) = r.answers.get(&item.id) {
                if let Some(level) = options.iter().find(|o| &o.id == c).and_then(|o| o.level) {
                    votes.push((item.id.clone(), level as usize - 1));
                }
            }
        }
    }
    if votes.is_empty() {
        return None;
    }
    let mut levels: Vec<usize> = votes.iter().map(|(_, l)| *l).collect();
    levels.sort_unstable();
    let level = levels[(levels.len() - 1) / 2];
    Some(Placement {
        level,
        lowest: levels[0],
        highest: *levels.last().unwrap(),
        votes,
    })
}

/// How far an item's answer is from the stated ideal.
#[derive(Debug, Clone, PartialEq)]
pub struct IdealGap {
    pub item: String,
    /// The level answered.
    pub level: u8,
    /// The acceptable range of levels.
    pub ideal_min: u8,
    pub ideal_max: u8,
    /// Levels below (negative) or above (positive) the ideal range; 0 when within it.
    pub gap: i32,
}

/// The level of the option a response chose for a single-choice item, when its options have
/// levels.
pub fn chosen_level(ins: &Instrument, item: &str, r: &Response) -> Option<u8> {
    let Some(Answer::Choice(c)) = r.answers.get(item) else {
        return None;
    };
    ins.item(item)?
        .answer
        .options()
        .iter()
        .find(|o| &o.id == c)?
        .level
}

/// The gap from the ideal of every answered item that states one.
pub fn ideal_gaps(ins: &Instrument, r: &Response) -> Vec<IdealGap> {
    ins.items()
        .filter_map(|item| {
            let ideal = item.ideal.as_ref()?;
            let level = chosen_level(ins, &item.id, r)?;
            let (lo, hi) = match ideal {
                Ideal::Range { min, max, .. } => (*min, *max),
                Ideal::Near {
                    item: other,
                    tolerance,
                    ..
                } => {
                    let o = chosen_level(ins, other, r)?;
                    (
                        o.saturating_sub(*tolerance).max(1),
                        o.saturating_add(*tolerance),
                    )
                }
            };
            let gap = if level < lo {
                level as i32 - lo as i32
            } else if level > hi {
                level as i32 - hi as i32
            } else {
                0
            };
            Some(IdealGap {
                item: item.id.clone(),
                level,
                ideal_min: lo,
                ideal_max: hi,
                gap,
            })
        })
        .collect()
}

/// How many responses chose each option of a choice item, in the options' order.
pub fn distribution(ins: &Instrument, item: &str, responses: &[&Response]) -> Vec<(String, usize)> {
    let Some(it) = ins.item(item) else {
        return Vec::new();
    };
    it.answer
        .options()
        .iter()
        .map(|o| {
            let count = responses
                .iter()
                .filter(|r| match r.answers.get(item) {
                    Some(Answer::Choice(c)) => c == &o.id,
                    Some(Answer::Choices(cs)) => cs.contains(&o.id),
                    _ => false,
                })
                .count();
            (o.id.clone(), count)
        })
        .collect()
}

/// The responses of one round, in the order they were added.
pub fn round_responses<'a>(plan: &'a Plan, round: &Id) -> Vec<&'a Response> {
    plan.responses
        .iter()
        .filter(|r| &r.round == round)
        .collect()
}

/// The latest round of an instrument in the plan that has responses (the last added, as rounds
/// are kept in the order they were started).
pub fn latest_round<'a>(plan: &'a Plan, instrument: &str) -> Option<&'a Round> {
    plan.rounds
        .iter()
        .rev()
        .filter(|r| r.instrument == instrument)
        .find(|r| plan.responses.iter().any(|x| x.round == r.id))
}

/// How complete a response is: answered items out of all items.
pub fn completion(ins: &Instrument, r: &Response) -> (usize, usize) {
    let total = ins.items().count();
    let answered = ins
        .items()
        .filter(|i| r.answers.get(&i.id).is_some_and(|a| !a.is_empty()))
        .count();
    (answered, total)
}

/// A warning that applies to a plan, from one rule of one instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning<'a> {
    /// Stable key: `instrument/rule`, plus `/partner:ID` or `/person:ID` for a subject.
    pub key: String,
    pub instrument: &'a Instrument,
    pub rule: &'a super::rules::Rule,
    pub subject: Subject,
    /// Responses of the latest round on which the rule holds, out of all of them.
    pub holds_in: usize,
    pub responses: usize,
    /// The reason, when the user dismissed it.
    pub dismissed: Option<&'a str>,
}

fn subject_key(s: &Subject) -> String {
    match s {
        Subject::Plan => String::new(),
        Subject::Partner(id) => format!("/partner:{id}"),
        Subject::Person(id) => format!("/person:{id}"),
    }
}

/// Every rule that holds on the latest round of each instrument and subject of the plan: for
/// each subject, the latest round with responses about it (a new round that so far has
/// responses about one partner does not hide what the previous round says about the others).
pub fn warnings<'a>(plan: &'a Plan, library: &'a [Instrument]) -> Vec<Warning<'a>> {
    let mut out = Vec::new();
    for ins in library.iter().filter(|i| !i.rules.is_empty()) {
        let mut subjects: Vec<&Subject> = Vec::new();
        for r in plan.responses.iter().filter(|r| r.instrument == ins.id) {
            if !subjects.contains(&&r.subject) {
                subjects.push(&r.subject);
            }
        }
        for subject in subjects {
            // The latest round of this instrument that has responses about this subject.
            let Some(round) = plan
                .rounds
                .iter()
                .rev()
                .filter(|r| r.instrument == ins.id)
                .find(|r| {
                    plan.responses
                        .iter()
                        .any(|x| x.round == r.id && &x.subject == subject)
                })
            else {
                continue;
            };
            let of_subject: Vec<&Response> = round_responses(plan, &round.id)
                .into_iter()
                .filter(|r| &r.subject == subject)
                .collect();
            for rule in &ins.rules {
                let holds_in = of_subject.iter().filter(|r| rule.when.holds(r)).count();
                if holds_in == 0 {
                    continue;
                }
                let key = format!("{}/{}{}", ins.id, rule.id, subject_key(subject));
                let dismissed = plan
                    .dismissed
                    .iter()
                    .find(|d| d.warning == key)
                    .map(|d| d.reason.as_str());
                out.push(Warning {
                    key,
                    instrument: ins,
                    rule,
                    subject: subject.clone(),
                    holds_in,
                    responses: of_subject.len(),
                    dismissed,
                });
            }
        }
    }
    out
}

/// Whether the shape reads ratings.
pub fn has_ratings(ins: &Instrument) -> bool {
    ins.shape == Shape::SelfAssessment || ins.items().any(|i| i.answer == AnswerKind::Agree)
}
