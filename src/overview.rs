//! A plan at a glance: where it stands on each staged model that applies to its kind, what needs
//! attention (open warnings, tasks due and overdue), what was filled in last, and the one next
//! step Shutaf suggests. Everything here is derived from the plan; nothing is stored.

use crate::instrument::results::{self, Warning};
use crate::instrument::{Instrument, Shape};
use crate::landscape::{self, Keyed};
use crate::model::{Date, Plan, Round, Task};

/// How many days ahead a task counts as "due soon".
pub const DUE_SOON_DAYS: i64 = 14;

/// Where the plan stands on one staged model or classifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing<'a> {
    pub instrument: &'a Instrument,
    /// The stage reached (staged model) or the level placed at (classifier), 0-based; `None`
    /// when it was filled in but no stage is reached yet.
    pub at: Option<usize>,
    /// Whether it was ever filled in for the plan.
    pub assessed: bool,
    /// The round the standing comes from.
    pub round: Option<&'a Round>,
}

/// What Shutaf suggests doing next, most pressing first.
#[derive(Debug, Clone, PartialEq)]
pub enum NextStep<'a> {
    /// An open warning: deal with it, or dismiss it with a reason.
    Warning(Warning<'a>),
    /// An open warning of the partner landscape, dealt with on the partners page.
    Landscape(landscape::Warning),
    /// A task whose due date has passed.
    OverdueTask(&'a Task),
    /// A staged model that applies to this kind of plan was never filled in.
    Assess(&'a Instrument),
    /// The next stage of a staged model (or level of a classifier), and what reaching it asks.
    NextStage {
        instrument: &'a Instrument,
        stage: usize,
    },
    /// Nothing stands out.
    Nothing,
}

/// The overview of one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview<'a> {
    pub standings: Vec<Standing<'a>>,
    /// Warnings not dismissed.
    pub warnings: Vec<Warning<'a>>,
    /// The partner landscape's warnings not dismissed, in their order.
    pub landscape: Vec<Keyed<'a>>,
    /// Warnings dismissed, of the instruments and of the landscape.
    pub dismissed: usize,
    /// Open tasks past their due date, earliest first.
    pub overdue: Vec<&'a Task>,
    /// Open tasks due today or within [`DUE_SOON_DAYS`], earliest first.
    pub due_soon: Vec<&'a Task>,
    /// The instruments filled in, latest round first (rounds without a date last).
    pub latest: Vec<(&'a Instrument, &'a Round)>,
}

impl<'a> Overview<'a> {
    /// The one step to suggest: an open warning first (the instruments', then the landscape's),
    /// then an overdue task, then a staged model never filled in, then the next stage of the
    /// first one that has one.
    pub fn next_step(&self) -> NextStep<'a> {
        if let Some(w) = self.warnings.first() {
            return NextStep::Warning(w.clone());
        }
        if let Some(w) = self.landscape.first() {
            return NextStep::Landscape(w.warning.clone());
        }
        if let Some(t) = self.overdue.first() {
            return NextStep::OverdueTask(t);
        }
        if let Some(s) = self.standings.iter().find(|s| !s.assessed) {
            return NextStep::Assess(s.instrument);
        }
        for s in &self.standings {
            let next = s.at.map_or(0, |i| i + 1);
            if next < s.instrument.stages.len() {
                return NextStep::NextStage {
                    instrument: s.instrument,
                    stage: next,
                };
            }
        }
        NextStep::Nothing
    }

    /// How many things need attention: open warnings (of the instruments and the landscape)
    /// and overdue tasks.
    pub fn attention(&self) -> usize {
        self.open_warnings() + self.overdue.len()
    }

    /// Open warnings, of the instruments and of the landscape.
    pub fn open_warnings(&self) -> usize {
        self.warnings.len() + self.landscape.len()
    }
}

/// Days since 0000-03-01 (a day count that orders and subtracts dates).
pub fn day_number(d: &Date) -> Option<i64> {
    let s = d.as_str();
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: i64 = s.get(5..7)?.parse().ok()?;
    let day: i64 = s.get(8..10)?.parse().ok()?;
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day)
}

/// The overview of `plan` on the day `today`.
pub fn overview<'a>(plan: &'a Plan, library: &'a [Instrument], today: &Date) -> Overview<'a> {
    let staged = library.iter().filter(|i| {
        matches!(i.shape, Shape::StagedModel | Shape::Classifier)
            && i.plan_kinds.contains(&plan.kind)
    });
    let standings = staged
        .map(|ins| {
            let round = results::latest_round(plan, &ins.id);
            let at = round.and_then(|r| {
                let now = results::round_responses(plan, &r.id);
                match ins.shape {
                    Shape::Classifier => results::classify(ins, &now).map(|p| p.level),
                    _ => results::staged(ins, &now).current,
                }
            });
            Standing {
                instrument: ins,
                at,
                assessed: round.is_some(),
                round,
            }
        })
        .collect();

    let all = results::warnings(plan, library);
    let land = landscape::keyed_warnings(plan);
    let dismissed = all.iter().filter(|w| w.dismissed.is_some()).count()
        + land.iter().filter(|w| w.dismissed.is_some()).count();
    let warnings = all.into_iter().filter(|w| w.dismissed.is_none()).collect();
    let landscape = land.into_iter().filter(|w| w.dismissed.is_none()).collect();

    let today_n = day_number(today).unwrap_or(0);
    let mut open: Vec<(&Task, i64)> = plan
        .tasks
        .iter()
        .filter(|t| !t.done)
        .filter_map(|t| Some((t, day_number(t.due.as_ref()?)?)))
        .collect();
    open.sort_by_key(|(_, d)| *d);
    let overdue = open
        .iter()
        .filter(|(_, d)| *d < today_n)
        .map(|(t, _)| *t)
        .collect();
    let due_soon = open
        .iter()
        .filter(|(_, d)| *d >= today_n && *d <= today_n + DUE_SOON_DAYS)
        .map(|(t, _)| *t)
        .collect();

    let mut latest: Vec<(&Instrument, &Round)> = Vec::new();
    for round in plan.rounds.iter().rev() {
        if latest.iter().any(|(i, _)| i.id == round.instrument)
            || !plan.responses.iter().any(|x| x.round == round.id)
        {
            continue;
        }
        if let Some(ins) = library.iter().find(|i| i.id == round.instrument) {
            latest.push((ins, round));
        }
    }
    // Latest date first; a round without a date keeps its place after the dated ones.
    latest.sort_by(|a, b| b.1.date.cmp(&a.1.date));

    Overview {
        standings,
        warnings,
        landscape,
        dismissed,
        overdue,
        due_soon,
        latest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_order_and_subtract() {
        let d = |s: &str| day_number(&Date::parse(s).unwrap()).unwrap();
        assert_eq!(d("2026-03-01") - d("2026-02-28"), 1);
        assert_eq!(d("2024-03-01") - d("2024-02-28"), 2); // leap year
        assert_eq!(d("2027-01-01") - d("2026-12-31"), 1);
        assert_eq!(d("2026-12-31") - d("2026-01-01"), 364);
    }
}
