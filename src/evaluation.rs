//! Measurement and evaluation (seeds 001, 002, 004; catalogue §5–6): the entities of
//! [`crate::parts::Evaluation`] and the figures derived from them — progress, roll-ups,
//! warnings, measurements read from CSV, automatic measurements from infrastructure figures, and
//! the prevalence of interview findings.
//!
//! Everything here is a pure function of the data, tested natively in `tests/evaluation.rs`.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::{keep_first, Checks, JsonPath};
use crate::model::{key_enum, Date, Id, Plan};
use crate::parts::{Checked, Entity};
use crate::text::{MAX_LONG, MAX_MEDIUM, MAX_SHORT};

/// Largest magnitude of a measured value, a baseline or a target.
pub const MAX_VALUE: i64 = 1_000_000_000_000;

key_enum! {
    /// The three measurement axes of seed 001.
    Axis {
        /// Planned versus actual, at three levels (action component → goal → mission).
        #[default]
        WorkPlan => "work_plan",
        /// How well the partnership's mechanisms work (meetings, working groups).
        Infrastructure => "infrastructure",
        /// A fixed set of indicators of the local situation, measured regularly.
        Mapping => "mapping",
    }
}

key_enum! {
    /// The level of a work-plan indicator.
    Level {
        #[default]
        ActionComponent => "action_component",
        Goal => "goal",
        Mission => "mission",
    }
}

key_enum! {
    /// Whether an indicator counts or describes.
    IndicatorKind {
        #[default]
        Quantitative => "quantitative",
        Qualitative => "qualitative",
    }
}

key_enum! {
    /// How accessible an indicator's data source is (seed 001 prefers accessible sources).
    Access {
        #[default]
        Available => "available",
        Obtainable => "obtainable",
        Hard => "hard",
    }
}

key_enum! {
    /// How often an indicator is measured.
    Frequency {
        Monthly => "monthly",
        Quarterly => "quarterly",
        HalfYearly => "half_yearly",
        Yearly => "yearly",
        #[default]
        Once => "once",
    }
}

impl Frequency {
    /// Days allowed between two measurements before one is overdue; `None` for a one-off.
    pub fn days(self) -> Option<i64> {
        match self {
            Frequency::Monthly => Some(31),
            Frequency::Quarterly => Some(92),
            Frequency::HalfYearly => Some(183),
            Frequency::Yearly => Some(366),
            Frequency::Once => None,
        }
    }
}

/// One measurement: date, value (none for a purely qualitative one) and a note. Written as a
/// three-element array (`["2026-03-01", 42, ""]`) so that long series stay small in files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement(
    pub Date,
    pub Option<f64>,
    #[schemars(length(max = 2000))] pub String,
);

impl Measurement {
    pub fn new(date: Date, value: Option<f64>, note: impl Into<String>) -> Self {
        Measurement(date, value, note.into())
    }
    pub fn date(&self) -> &Date {
        &self.0
    }
    pub fn value(&self) -> Option<f64> {
        self.1
    }
    pub fn note(&self) -> &str {
        &self.2
    }
}

/// An indicator: what is measured, how, by whom, from where to where.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default)]
    pub axis: Axis,
    /// The work-plan level (work-plan axis only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The goal or action component of the work plan it measures (an id in `plan.governance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_ref: Option<Id>,
    /// The goal or component as the user named it, shown while `target_ref` names nothing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub target_label: String,
    #[serde(default)]
    pub kind: IndicatorKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub unit: String,
    /// Where the data comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub source: String,
    #[serde(default)]
    pub access: Access,
    /// How the data is collected (questionnaire, records…).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub method: String,
    #[serde(default)]
    pub frequency: Frequency,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub collector: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub analyst: String,
    /// Cost and time of measuring.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub cost: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// The target in words ("40 teachers finish the course").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub target_text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// Who owns it (a working group, a person).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub owner: String,
    /// A derived infrastructure figure that measures it automatically (see [`BINDINGS`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 64))]
    pub binding: Option<String>,
    /// Measurements, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
}

/// The infrastructure figures an indicator can be bound to (derived from meeting records).
pub const BINDINGS: &[&str] = &[
    "attendance_rate",
    "attendance_consistency",
    "tasks_completed",
    "initiatives_raised",
    "topics_covered",
    "group_activity",
];

fn check_value(v: Option<f64>, path: impl JsonPath, cx: &mut Checks) {
    if let Some(v) = v {
        cx.number(v, -MAX_VALUE, MAX_VALUE, path);
    }
}

impl Checked for Indicator {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.name, || format!("{path}.name"));
        for (f, s) in [
            ("target_label", &mut self.target_label),
            ("unit", &mut self.unit),
            ("source", &mut self.source),
            ("method", &mut self.method),
            ("collector", &mut self.collector),
            ("analyst", &mut self.analyst),
            ("cost", &mut self.cost),
            ("owner", &mut self.owner),
        ] {
            cx.text(s, MAX_SHORT, true, || format!("{path}.{f}"));
        }
        cx.text(&mut self.target_text, MAX_MEDIUM, false, || {
            format!("{path}.target_text")
        });
        if let Some(r) = &self.target_ref {
            cx.id(r, || format!("{path}.target_ref"));
        }
        if self.axis != Axis::WorkPlan {
            self.level = None;
        }
        check_value(self.baseline, || format!("{path}.baseline"), cx);
        check_value(self.target, || format!("{path}.target"), cx);
        cx.date(&self.deadline, || format!("{path}.deadline"));
        if let Some(b) = &mut self.binding {
            cx.text(b, 64, true, || format!("{path}.binding"));
        }
        if self.binding.as_deref() == Some("") {
            self.binding = None;
        }
        for (i, m) in self.measurements.iter_mut().enumerate() {
            let at = |k: u8| format!("{path}.measurements[{i}][{k}]");
            cx.day(&m.0, || at(0));
            check_value(m.1, || at(1), cx);
            cx.text(&mut m.2, MAX_MEDIUM, false, || at(2));
        }
        // Oldest first, whatever order they were typed or imported in (stable for equal dates).
        if !self.measurements.is_sorted_by(|a, b| a.0 <= b.0) {
            self.measurements.sort_by(|a, b| a.0.cmp(&b.0));
        }
    }
}

impl Entity for Indicator {
    fn id(&self) -> &Id {
        &self.id
    }
}

impl Indicator {
    /// The latest measurement with a value.
    pub fn latest_value(&self) -> Option<(&Date, f64)> {
        self.measurements
            .iter()
            .rev()
            .find_map(|m| m.1.map(|v| (&m.0, v)))
    }

    /// Progress from baseline to target of the latest value, from 0 (at or behind the baseline)
    /// to 1 (target reached or passed); works for targets below the baseline (a decrease). `None`
    /// without a baseline, a target different from it, or a measured value.
    pub fn progress(&self) -> Option<f64> {
        let (b, t) = (self.baseline?, self.target?);
        let (_, v) = self.latest_value()?;
        if t == b {
            return None;
        }
        Some(((v - b) / (t - b)).clamp(0.0, 1.0))
    }

    /// The work-plan goal or component it rolls up into: its `target_ref`, or else the label.
    pub fn group_key(&self) -> Option<String> {
        match &self.target_ref {
            Some(r) => Some(r.0.clone()),
            None if !self.target_label.trim().is_empty() => Some(self.target_label.trim().into()),
            None => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

/// Days since 1970-01-01 of a valid date (the civil-from-days algorithm, proleptic Gregorian).
pub fn day_number(d: &Date) -> i64 {
    let s = d.as_str();
    let n = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok()).unwrap_or(1);
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day number (inverse of [`day_number`]).
pub fn from_day_number(z: i64) -> Date {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    Date(format!("{y:04}-{m:02}-{d:02}"))
}

/// Reads a date as people type it: `2026-03-01`, or day first as in Israel — `1/3/2026`,
/// `1.3.2026`, `01-03-2026` (a two-digit year is 20yy).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse(s) {
        return Some(d);
    }
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        p.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| p.parse().ok())?
    };
    let (d, m, mut y) = (num(parts[0])?, num(parts[1])?, num(parts[2])?);
    if parts[2].len() == 2 {
        y += 2000;
    } else if parts[2].len() != 4 {
        return None;
    }
    Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
}

/// Reads a number as people type it: `12`, `-3.5`, `3,5` (decimal comma), `1,234.5`, `40%`.
pub fn parse_number(s: &str) -> Option<f64> {
    let mut t: String = s
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if t.contains(',') {
        if t.contains('.') || t.matches(',').count() > 1 {
            t = t.replace(',', "");
        } else {
            t = t.replace(',', ".");
        }
    }
    if t.is_empty()
        || t.chars()
            .any(|c| !(c.is_ascii_digit() || "+-.eE".contains(c)))
    {
        return None;
    }
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= MAX_VALUE as f64)
}

// ---------------------------------------------------------------------------------------------
// Warnings

/// A warning about an indicator (or a work-plan item without one).
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// A quantitative indicator whose target has no number.
    TargetWithoutNumber(Id),
    /// A target without a baseline to measure change from.
    TargetWithoutBaseline(Id),
    /// A target worded vaguely ("significant increase") and with no number in it.
    VagueTarget(Id),
    /// A goal or action component of the work plan that no indicator measures.
    Unmeasured { target: Id, label: String },
    /// The next measurement was due on `due`.
    Overdue { indicator: Id, due: Date },
    /// The indicator names a goal or component (`target_ref`) the work plan does not have:
    /// removed since, or from a file.
    NotInWorkPlan(Id),
}

impl Warning {
    pub fn key(&self) -> &'static str {
        match self {
            Warning::TargetWithoutNumber(_) => "target-without-number",
            Warning::TargetWithoutBaseline(_) => "target-without-baseline",
            Warning::VagueTarget(_) => "vague-target",
            Warning::Unmeasured { .. } => "unmeasured",
            Warning::Overdue { .. } => "overdue",
            Warning::NotInWorkPlan(_) => "not-in-work-plan",
        }
    }

    /// The indicator it is about, if any.
    pub fn indicator(&self) -> Option<&Id> {
        match self {
            Warning::TargetWithoutNumber(i)
            | Warning::TargetWithoutBaseline(i)
            | Warning::VagueTarget(i)
            | Warning::NotInWorkPlan(i) => Some(i),
            Warning::Overdue { indicator, .. } => Some(indicator),
            Warning::Unmeasured { .. } => None,
        }
    }
}

/// Words that make a target vague when no number says how much (he, en, ar; compared in
/// lower case, as prefixes of words so that inflections match).
const VAGUE: &[&str] = &[
    "משמעות",
    "ניכר",
    "גדול",
    "שיפור",
    "הגדל",
    "העלא",
    "הרחב",
    "חיזוק",
    "significant",
    "substantial",
    "considerabl",
    "notabl",
    "marked",
    "meaningful",
    "improv",
    "increas",
    "more",
    "better",
    "enhanc",
    "ملحوظ",
    "كبير",
    "ملموس",
    "كبيرة",
    "تحسين",
    "زيادة",
    "رفع",
    "تعزيز",
    "أفضل",
    "ملحوظة",
];

/// Whether a target's wording is vague: it has words of change or size but no number.
pub fn is_vague(text: &str) -> bool {
    if text.chars().any(|c| c.is_numeric()) {
        return false;
    }
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.trim_start_matches(['ו', 'ה', 'ב', 'ל', 'ש']))
        .any(|w| !w.is_empty() && VAGUE.iter().any(|v| w.starts_with(v)))
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| VAGUE.iter().any(|v| w.starts_with(v)))
}

/// Every warning of the evaluation. `known` lists the work plan's goals and components (id and
/// name, see [`work_plan_items`]; empty when the plan has no work plan): each one no indicator
/// measures is warned about, and so is an indicator whose `target_ref` is not among them.
/// `today` dates the overdue check.
pub fn warnings(
    ev: &crate::parts::Evaluation,
    known: &[(Id, String)],
    today: &Date,
) -> Vec<Warning> {
    let mut out = vec![];
    let now = day_number(today);
    let ids: std::collections::HashSet<&Id> = known.iter().map(|(id, _)| id).collect();
    for i in &ev.indicators {
        if i.axis == Axis::WorkPlan && i.target_ref.as_ref().is_some_and(|r| !ids.contains(r)) {
            out.push(Warning::NotInWorkPlan(i.id.clone()));
        }
        if i.kind == IndicatorKind::Quantitative && i.target.is_none() {
            out.push(Warning::TargetWithoutNumber(i.id.clone()));
        }
        if (i.target.is_some() || !i.target_text.trim().is_empty()) && i.baseline.is_none() {
            out.push(Warning::TargetWithoutBaseline(i.id.clone()));
        }
        if is_vague(&i.target_text) {
            out.push(Warning::VagueTarget(i.id.clone()));
        }
        if let (Some(days), Some(last)) = (i.frequency.days(), i.measurements.last()) {
            let due = day_number(&last.0) + days;
            if now > due {
                out.push(Warning::Overdue {
                    indicator: i.id.clone(),
                    due: from_day_number(due),
                });
            }
        }
    }
    let measured: std::collections::HashSet<&Id> = ev
        .indicators
        .iter()
        .filter_map(|i| i.target_ref.as_ref())
        .collect();
    for (id, label) in known {
        if !measured.contains(id) {
            out.push(Warning::Unmeasured {
                target: id.clone(),
                label: label.clone(),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Roll-ups

/// The progress of a group of work-plan indicators.
#[derive(Debug, Clone, PartialEq)]
pub struct Rollup {
    /// The group's key: the goal's or component's id (or the label typed for it).
    pub key: String,
    pub level: Level,
    /// Mean progress of the indicators (and, for a goal, of its components) that have one.
    pub progress: Option<f64>,
    /// Indicators in the group, and how many of them have a progress.
    pub indicators: usize,
    pub measured: usize,
    /// The key is an id on the work plan (an indicator's `target_ref`, or the goal a component
    /// belongs to), not a typed label: resolve it with [`WorkPlanNames::of_key`].
    pub by_ref: bool,
}

/// Progress of the work plan: per action component, per goal, and for the mission.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rollups {
    pub components: Vec<Rollup>,
    pub goals: Vec<Rollup>,
    /// The mean of the goals' progress and of the mission-level indicators' progress.
    pub mission: Option<f64>,
}

/// The mean of some values; `None` for none.
pub(crate) fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0usize);
    for v in values {
        sum += v;
        n += 1;
    }
    (n > 0).then(|| sum / n as f64)
}

/// Rolls the work-plan axis up. Indicators are grouped by their level and [`Indicator::group_key`];
/// a component's group also counts toward the goal `parent_of` names for it (the work plan knows
/// it: pass `|_| None` without one). A goal's progress is the mean over its own indicators'
/// progress and its components' progress; the mission's is the mean over the goals' progress
/// and the mission-level indicators'.
pub fn rollups(
    ev: &crate::parts::Evaluation,
    parent_of: &dyn Fn(&str) -> Option<String>,
) -> Rollups {
    let mut groups: BTreeMap<(u8, String), (usize, Vec<f64>, bool)> = BTreeMap::new();
    let mut mission = vec![];
    for i in ev.indicators.iter().filter(|i| i.axis == Axis::WorkPlan) {
        let level = i.level.unwrap_or_default();
        let p = i.progress();
        if level == Level::Mission {
            mission.extend(p);
            continue;
        }
        let Some(key) = i.group_key() else { continue };
        let g = groups.entry((level as u8, key)).or_default();
        g.0 += 1;
        g.1.extend(p);
        g.2 |= i.target_ref.is_some();
    }
    let make = |level: Level, key: &str, (n, ps, by_ref): &(usize, Vec<f64>, bool)| Rollup {
        key: key.to_string(),
        level,
        progress: mean(ps.iter().copied()),
        indicators: *n,
        measured: ps.len(),
        by_ref: *by_ref,
    };
    let components: Vec<Rollup> = groups
        .iter()
        .filter(|((l, _), _)| *l == Level::ActionComponent as u8)
        .map(|((_, k), g)| make(Level::ActionComponent, k, g))
        .collect();
    let mut goal_groups: BTreeMap<String, (usize, Vec<f64>, bool)> = groups
        .iter()
        .filter(|((l, _), _)| *l == Level::Goal as u8)
        .map(|((_, k), g)| (k.clone(), g.clone()))
        .collect();
    for c in &components {
        if let Some(goal) = parent_of(&c.key) {
            let g = goal_groups.entry(goal).or_default();
            g.0 += c.indicators;
            g.1.extend(c.progress);
            g.2 = true;
        }
    }
    let goals: Vec<Rollup> = goal_groups
        .iter()
        .map(|(k, g)| make(Level::Goal, k, g))
        .collect();
    let mission = mean(
        goals
            .iter()
            .filter_map(|g| g.progress)
            .chain(mission.iter().copied()),
    );
    Rollups {
        components,
        goals,
        mission,
    }
}

// ---------------------------------------------------------------------------------------------
// Infrastructure figures

/// Automatic measurements from the current infrastructure figures (`key → value`, see
/// [`BINDINGS`]): one for each infrastructure indicator bound to a figure present in `figures`,
/// dated `today`, unless its latest measurement already has that value. Returns each with the
/// indicator it belongs to.
pub fn auto_measurements(
    ev: &crate::parts::Evaluation,
    figures: &HashMap<String, f64>,
    today: &Date,
) -> Vec<(Id, Measurement)> {
    ev.indicators
        .iter()
        .filter(|i| i.axis == Axis::Infrastructure)
        .filter_map(|i| {
            let v = *figures.get(i.binding.as_deref()?)?;
            if !v.is_finite() || i.latest_value().map(|(_, last)| last) == Some(v) {
                return None;
            }
            Some((i.id.clone(), Measurement::new(today.clone(), Some(v), "")))
        })
        .collect()
}

/// Adds measurements to their indicators, replacing one of the same date; returns the changed
/// indicators (each once, in the evaluation's order), ready to be put.
pub fn with_measurements(
    ev: &crate::parts::Evaluation,
    add: &[(Id, Measurement)],
) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = vec![];
    for i in &ev.indicators {
        let mine: Vec<&Measurement> = add
            .iter()
            .filter(|(id, _)| id == &i.id)
            .map(|(_, m)| m)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let mut i = i.clone();
        for m in mine {
            match i.measurements.iter_mut().find(|x| x.0 == m.0) {
                Some(x) => *x = m.clone(),
                None => i.measurements.push(m.clone()),
            }
        }
        i.measurements.sort_by(|a, b| a.0.cmp(&b.0));
        out.push(i);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// CSV import of measurements

/// What is wrong with one CSV row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowProblem {
    /// Fewer than the three columns indicator, date, value.
    Columns(usize),
    /// No indicator with this id or name.
    UnknownIndicator(String),
    BadDate(String),
    BadValue(String),
    /// Neither a value nor a note.
    Empty,
    /// The same indicator and date twice in the file.
    Repeated,
}

impl RowProblem {
    pub fn key(&self) -> &'static str {
        match self {
            RowProblem::Columns(_) => "columns",
            RowProblem::UnknownIndicator(_) => "unknown-indicator",
            RowProblem::BadDate(_) => "bad-date",
            RowProblem::BadValue(_) => "bad-value",
            RowProblem::Empty => "empty",
            RowProblem::Repeated => "repeated",
        }
    }

    /// The value to show with the message.
    pub fn detail(&self) -> String {
        match self {
            RowProblem::Columns(n) => n.to_string(),
            RowProblem::UnknownIndicator(s) | RowProblem::BadDate(s) | RowProblem::BadValue(s) => {
                crate::text::truncate_chars(s, 60)
            }
            RowProblem::Empty | RowProblem::Repeated => String::new(),
        }
    }
}

/// One data row of a CSV file, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The line it starts on, counted from 1 (as a spreadsheet shows it).
    pub line: usize,
    pub result: Result<(Id, Measurement), RowProblem>,
    /// Whether it replaces a measurement of that date already stored.
    pub replaces: bool,
}

/// Splits CSV text into records of fields: a byte-order mark is skipped; the separator is `;`,
/// tab or `,`, whichever the first line has most of outside quotes; fields may be quoted, with
/// `""` for a quote; line ends are `\n` or `\r\n`. Returns each record with its first line.
pub fn split_csv(text: &str) -> Vec<(usize, Vec<String>)> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| {
        let mut quoted = false;
        first
            .chars()
            .filter(|&x| {
                if x == '"' {
                    quoted = !quoted;
                }
                !quoted && x == c
            })
            .count()
    };
    let sep = [';', '\t', ',']
        .into_iter()
        .max_by_key(|&c| (count(c), c == ','))
        .unwrap_or(',');
    let mut out = vec![];
    let (mut rec, mut field) = (vec![], String::new());
    let (mut line, mut start, mut quoted) = (1, 1, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true
            }
            '\n' if quoted => {
                line += 1;
                field.push('\n');
            }
            '\r' if !quoted => {}
            '\n' => {
                rec.push(std::mem::take(&mut field));
                if rec.iter().any(|f| !f.trim().is_empty()) {
                    out.push((start, std::mem::take(&mut rec)));
                }
                rec.clear();
                line += 1;
                start = line;
            }
            c if c == sep && !quoted => rec.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    rec.push(field);
    if rec.iter().any(|f| !f.trim().is_empty()) {
        out.push((start, rec));
    }
    out
}

/// Reads measurements from CSV: columns indicator (id or name), date, value, note (optional).
/// A first row whose date column is not a date is a header and is skipped. Every row is kept,
/// with its measurement or its problem, for the preview; only good rows are imported.
pub fn read_csv(ev: &crate::parts::Evaluation, text: &str) -> Vec<Row> {
    let by_id: HashMap<&str, &Indicator> =
        ev.indicators.iter().map(|i| (i.id.as_str(), i)).collect();
    let by_name: HashMap<String, &Indicator> = ev
        .indicators
        .iter()
        .map(|i| (i.name.trim().to_lowercase(), i))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut rows = vec![];
    for (n, (line, rec)) in split_csv(text).into_iter().enumerate() {
        let cell = |i: usize| rec.get(i).map(|s| s.trim()).unwrap_or("");
        if n == 0 && rec.len() >= 2 && parse_date(cell(1)).is_none() {
            continue;
        }
        let result = (|| {
            if rec.len() < 3 {
                return Err(RowProblem::Columns(rec.len()));
            }
            let ind = by_id
                .get(cell(0))
                .or_else(|| by_name.get(&cell(0).to_lowercase()))
                .ok_or_else(|| RowProblem::UnknownIndicator(cell(0).into()))?;
            let date = parse_date(cell(1)).ok_or_else(|| RowProblem::BadDate(cell(1).into()))?;
            let value = match cell(2) {
                "" => None,
                v => Some(parse_number(v).ok_or_else(|| RowProblem::BadValue(v.into()))?),
            };
            let note = crate::text::user_text(cell(3), MAX_MEDIUM, false);
            if value.is_none() && note.trim().is_empty() {
                return Err(RowProblem::Empty);
            }
            if !seen.insert((ind.id.clone(), date.clone())) {
                return Err(RowProblem::Repeated);
            }
            Ok((ind.id.clone(), Measurement::new(date, value, note)))
        })();
        let replaces = match &result {
            Ok((id, m)) => by_id
                .get(id.as_str())
                .is_some_and(|i| i.measurements.iter().any(|x| x.0 == m.0)),
            Err(_) => false,
        };
        rows.push(Row {
            line,
            result,
            replaces,
        });
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// The evaluation plan (seed 001's points for thought, seed 002's impact circles and methods)

key_enum! {
    /// Circles where a partnership's effects are looked for (seed 002).
    Circle {
        #[default]
        System => "system",
        School => "school",
        Staff => "staff",
        Students => "students",
    }
}

key_enum! {
    /// Ways to evaluate effects (seed 002).
    Method {
        #[default]
        ComparisonGroup => "comparison_group",
        OverTime => "over_time",
        Mapping => "mapping",
        SelfReport => "self_report",
        Accompanying => "accompanying",
        TeacherFeedback => "teacher_feedback",
    }
}

key_enum! {
    /// Points to think through when designing measurement (seed 001).
    Point {
        #[default]
        Partnership => "partnership",
        Transparency => "transparency",
        AccessibleData => "accessible_data",
        ConvenientCollection => "convenient_collection",
        Analysis => "analysis",
        Staffing => "staffing",
        Budget => "budget",
        Time => "time",
    }
}

/// The evaluation plan: circles, methods, the points thought through, and notes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Design {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circles: Vec<Circle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<Method>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Point>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub notes: String,
}

/// Keeps the first of each repeated choice. `seen` holds only distinct values, at most the
/// enum's few variants, so a hostile list of a million choices is read in linear time.
fn dedup<T: PartialEq + Copy>(v: &mut Vec<T>) {
    let mut seen = vec![];
    v.retain(|x| {
        let fresh = !seen.contains(x);
        if fresh {
            seen.push(*x);
        }
        fresh
    });
}

impl Checked for Design {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        dedup(&mut self.circles);
        dedup(&mut self.methods);
        dedup(&mut self.points);
        cx.text(&mut self.notes, MAX_LONG, false, || format!("{path}.notes"));
    }
}

/// Toggles `v` in a list of choices.
pub fn toggle<T: PartialEq + Copy>(list: &[T], v: T) -> Vec<T> {
    if list.contains(&v) {
        list.iter().copied().filter(|x| *x != v).collect()
    } else {
        list.iter().copied().chain([v]).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Network evaluation (seed 004)

key_enum! {
    /// When a member joined the network.
    Joined {
        #[default]
        Founding => "founding",
        Later => "later",
    }
}

key_enum! {
    /// What the network is for (seed 004).
    Objective {
        #[default]
        Learning => "learning",
        Pooling => "pooling",
        Collaboration => "collaboration",
        Standards => "standards",
    }
}

key_enum! {
    /// How far a contribution has come: not yet, expected (potential), or happened (actual).
    Reach {
        #[default]
        NotYet => "not_yet",
        Potential => "potential",
        Actual => "actual",
    }
}

key_enum! {
    /// The convener's roles (seed 004, figure 4).
    Role {
        #[default]
        Catalyst => "catalyst",
        ThinkingPartner => "thinking_partner",
        InfluenceHub => "influence_hub",
        Mediator => "mediator",
    }
}

key_enum! {
    /// The convener's supporting traits (seed 004, figure 4).
    Trait {
        #[default]
        Funding => "funding",
        Dialogue => "dialogue",
        Prestige => "prestige",
        Knowledge => "knowledge",
    }
}

key_enum! {
    /// Who steers a joint task: the members together, or one owner.
    Steering {
        #[default]
        Shared => "shared",
        Single => "single",
    }
}

/// The three contribution areas, each in three stages (seed 004, figure 2): translation keys.
pub const AREAS: [&str; 3] = ["learning", "collaboration", "pooling"];

/// The network as a whole: shared goal, objectives, contributions, the convener.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Network {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub goal: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    /// Per area of [`AREAS`], per stage: how far it has come.
    #[serde(default)]
    pub contribution: [[Reach; 3]; 3],
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub traits: Vec<Trait>,
    /// Composition: seniority mix, similarity and diversity, stability, size.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub composition: String,
}

impl Checked for Network {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.text(&mut self.goal, MAX_MEDIUM, false, || format!("{path}.goal"));
        cx.text(&mut self.composition, MAX_LONG, false, || {
            format!("{path}.composition")
        });
        dedup(&mut self.objectives);
        dedup(&mut self.roles);
        dedup(&mut self.traits);
    }
}

/// A member of the network.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default)]
    pub joined: Joined,
    /// Years of experience running its own programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority: Option<u32>,
}

impl Checked for Member {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.name, || format!("{path}.name"));
        if let Some(s) = self.seniority {
            cx.number(s as f64, 0, 100, || format!("{path}.seniority"));
        }
    }
}

impl Entity for Member {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// A task the members do together.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointTask {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub title: String,
    #[serde(default)]
    pub steering: Steering,
    #[serde(default)]
    pub done: bool,
}

impl Checked for JointTask {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.title, || format!("{path}.title"));
    }
}

impl Entity for JointTask {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// The network's composition in figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Composition {
    pub size: usize,
    pub founding: usize,
    pub later: usize,
    /// Mean and range of the members' seniority, over those who gave it.
    pub seniority_mean: Option<f64>,
    pub seniority_range: Option<(u32, u32)>,
    /// Joint tasks with shared steering, and all joint tasks.
    pub shared_tasks: usize,
    pub tasks: usize,
}

pub fn composition(ev: &crate::parts::Evaluation) -> Composition {
    let sen: Vec<u32> = ev.members.iter().filter_map(|m| m.seniority).collect();
    Composition {
        size: ev.members.len(),
        founding: ev
            .members
            .iter()
            .filter(|m| m.joined == Joined::Founding)
            .count(),
        later: ev
            .members
            .iter()
            .filter(|m| m.joined == Joined::Later)
            .count(),
        seniority_mean: mean(sen.iter().map(|&s| s as f64)),
        seniority_range: sen
            .iter()
            .min()
            .zip(sen.iter().max())
            .map(|(a, b)| (*a, *b)),
        shared_tasks: ev
            .joint_tasks
            .iter()
            .filter(|t| t.steering == Steering::Shared)
            .count(),
        tasks: ev.joint_tasks.len(),
    }
}

// ---------------------------------------------------------------------------------------------
// Interviews, findings, recommendations (seed 004)

/// The interview protocol of seed 004 (appendix 1): 21 questions, the first 12 about the
/// network's development, the last 9 about the convener. Their texts are translation keys
/// `eval-q-1` … `eval-q-21`.
pub const PROTOCOL: usize = 21;
/// Questions of the protocol's first part.
pub const PROTOCOL_PART_ONE: usize = 12;

/// A question of the interview guide.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Id,
    #[schemars(length(min = 1, max = 2000))]
    pub text: String,
    /// The protocol question it was made from (1–21), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<u8>,
}

impl Checked for Question {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.required(&mut self.text, MAX_MEDIUM, false, || format!("{path}.text"));
        if let Some(p) = self.protocol {
            cx.number(p as f64, 1, PROTOCOL as i64, || format!("{path}.protocol"));
        }
    }
}

impl Entity for Question {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// A quote from an interview, tagged with themes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    #[schemars(length(max = 2000))]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
}

/// A recorded interview.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub id: Id,
    /// Who was interviewed (a name or a role).
    #[schemars(length(min = 1, max = 200))]
    pub who: String,
    /// The cluster or group the interviewee belongs to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub cluster: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Answers by question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
}

/// Cleans a theme tag: one line, trimmed, at most 100 characters.
pub fn clean_theme(s: &str) -> String {
    crate::text::user_text(s, 100, true)
}

impl Checked for Interview {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.who, || format!("{path}.who"));
        cx.text(&mut self.cluster, MAX_SHORT, true, || {
            format!("{path}.cluster")
        });
        cx.date(&self.date, || format!("{path}.date"));
        for (k, a) in self.answers.iter_mut() {
            cx.text(a, MAX_LONG, false, || format!("{path}.answers.{k}"));
        }
        self.answers.retain(|_, a| !a.trim().is_empty());
        for (i, q) in self.quotes.iter_mut().enumerate() {
            cx.text(&mut q.text, MAX_MEDIUM, false, || {
                format!("{path}.quotes[{i}].text")
            });
            let mut themes: Vec<String> = vec![];
            for t in q.themes.iter().map(|t| clean_theme(t)) {
                if !t.is_empty() && !themes.iter().any(|x| same_theme(x, &t)) {
                    themes.push(t);
                }
            }
            q.themes = themes;
        }
    }
}

impl Entity for Interview {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// Whether two theme tags are the same (case and surrounding spaces aside).
pub fn same_theme(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Interview {
    pub fn has_theme(&self, theme: &str) -> bool {
        self.quotes
            .iter()
            .any(|q| q.themes.iter().any(|t| same_theme(t, theme)))
    }
}

/// A finding, about one theme, optionally within one cluster.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: Id,
    #[schemars(length(min = 1, max = 2000))]
    pub text: String,
    /// The theme whose tagged quotes support it.
    #[schemars(length(max = 100))]
    #[serde(default)]
    pub theme: String,
    /// Only this cluster's interviews count; all interviews when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub cluster: String,
}

impl Checked for Finding {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.text, || format!("{path}.text"));
        self.theme = clean_theme(&self.theme);
        cx.text(&mut self.cluster, MAX_SHORT, true, || {
            format!("{path}.cluster")
        });
    }
}

impl Entity for Finding {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// A recommendation, linked to the findings it follows from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: Id,
    #[schemars(length(min = 1, max = 2000))]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Id>,
}

impl Checked for Recommendation {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.text, || format!("{path}.text"));
        for (i, f) in self.findings.iter().enumerate() {
            cx.id(f, || format!("{path}.findings[{i}]"));
        }
        keep_first(&mut self.findings, |f| f);
    }
}

impl Entity for Recommendation {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// How widespread a finding is among the interviews, in the words seed 004 uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prevalence {
    /// No interview supports it.
    None,
    /// Exactly one of the interviews, when there are not exactly three.
    OnlyOne,
    /// One of exactly three interviews (a cluster of three interviewees).
    OneOfThree,
    /// Exactly two, when there are more than two.
    Two,
    /// Three or more, but not more than half.
    Some,
    /// More than half, but not all.
    Most,
    /// Every interview (and there are at least two).
    All,
}

impl Prevalence {
    /// The label for `k` supporting interviews out of `n`. Rules, applied in this order:
    /// `k = 0` → none; `k = n ≥ 2` → all; `k = 1` → one of three when `n = 3`, otherwise only
    /// one; `k = 2` → two; `k > n / 2` → most; otherwise → some.
    pub fn of(k: usize, n: usize) -> Prevalence {
        let k = k.min(n);
        match k {
            0 => Prevalence::None,
            _ if k == n && n >= 2 => Prevalence::All,
            1 if n == 3 => Prevalence::OneOfThree,
            1 => Prevalence::OnlyOne,
            2 => Prevalence::Two,
            _ if 2 * k > n => Prevalence::Most,
            _ => Prevalence::Some,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Prevalence::None => "none",
            Prevalence::OnlyOne => "only-one",
            Prevalence::OneOfThree => "one-of-three",
            Prevalence::Two => "two",
            Prevalence::Some => "some",
            Prevalence::Most => "most",
            Prevalence::All => "all",
        }
    }
}

/// A finding's support: interviews with a quote tagged with its theme, out of the interviews
/// it ranges over (its cluster's, or all), and the label.
pub fn prevalence(ev: &crate::parts::Evaluation, f: &Finding) -> (usize, usize, Prevalence) {
    let pool = ev
        .interviews
        .iter()
        .filter(|i| f.cluster.trim().is_empty() || same_theme(&i.cluster, &f.cluster));
    let (mut k, mut n) = (0, 0);
    for i in pool {
        n += 1;
        if !f.theme.is_empty() && i.has_theme(&f.theme) {
            k += 1;
        }
    }
    (k, n, Prevalence::of(k, n))
}

/// Every theme tagged in the interviews, each once (first spelling), with how many interviews
/// have it; most frequent first, then alphabetically.
pub fn themes(ev: &crate::parts::Evaluation) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = vec![];
    for i in &ev.interviews {
        let mut mine: Vec<&str> = vec![];
        for t in i.quotes.iter().flat_map(|q| q.themes.iter()) {
            if !mine.iter().any(|m| same_theme(m, t)) {
                mine.push(t);
            }
        }
        for t in mine {
            match out.iter_mut().find(|(x, _)| same_theme(x, t)) {
                Some(e) => e.1 += 1,
                None => out.push((t.to_string(), 1)),
            }
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The four monitoring axes over time: for each round of the `monitoring_axes` instrument, by
/// date, its date and every section's mean (see [`crate::instrument::results::section_means`]).
pub fn axes_over_time(
    plan: &Plan,
    ins: &crate::instrument::Instrument,
) -> Vec<(Option<Date>, String, Vec<Option<f64>>)> {
    use crate::instrument::results as res;
    let mut rounds: Vec<&crate::model::Round> = plan
        .rounds
        .iter()
        .filter(|r| r.instrument == ins.id)
        .collect();
    rounds.sort_by(|a, b| a.date.cmp(&b.date));
    rounds
        .into_iter()
        .map(|r| {
            let responses = res::round_responses(plan, &r.id);
            let stats = res::item_stats(ins, &responses);
            let means = res::section_means(ins, &stats)
                .into_iter()
                .map(|(_, m, _)| m)
                .collect();
            (r.date.clone(), r.name.clone(), means)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Links to the work plan and the meetings (issue 6)

/// The work plan's goals and action components, as `known` for [`warnings`]: id and title.
pub fn work_plan_items(gov: &crate::parts::Governance) -> Vec<(Id, String)> {
    gov.goals
        .iter()
        .map(|g| (g.id.clone(), g.title.clone()))
        .chain(
            gov.components
                .iter()
                .map(|c| (c.id.clone(), c.title.clone())),
        )
        .collect()
}

/// What an indicator (or a roll-up group) names on the work plan, resolved against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A goal or action component of the work plan: its title.
    Item(String),
    /// A name typed for a goal or component the work plan does not have (yet).
    Label(String),
    /// An id the work plan does not have (the goal or component was removed, or the indicator
    /// came from a file): show "(not in the work plan)", never the id alone.
    Missing(Id),
    /// Nothing named.
    Nothing,
}

/// The titles of the work plan's goals and components by id, to resolve many indicators
/// without searching the work plan for each.
#[derive(Debug, Clone, Default)]
pub struct WorkPlanNames {
    titles: HashMap<Id, String>,
}

impl WorkPlanNames {
    pub fn new(gov: &crate::parts::Governance) -> Self {
        let mut titles = HashMap::with_capacity(gov.goals.len() + gov.components.len());
        for (id, title) in work_plan_items(gov) {
            titles.entry(id).or_insert(title);
        }
        WorkPlanNames { titles }
    }

    /// What the indicator names: its `target_ref` (found or not), else its label.
    pub fn of(&self, i: &Indicator) -> Link {
        match &i.target_ref {
            Some(r) => match self.titles.get(r) {
                Some(t) => Link::Item(t.clone()),
                None => Link::Missing(r.clone()),
            },
            None if !i.target_label.trim().is_empty() => Link::Label(i.target_label.trim().into()),
            None => Link::Nothing,
        }
    }

    /// What a roll-up group names.
    pub fn of_key(&self, r: &Rollup) -> Link {
        if !r.by_ref {
            return Link::Label(r.key.clone());
        }
        let id = Id::new(r.key.clone());
        match self.titles.get(&id) {
            Some(t) => Link::Item(t.clone()),
            None => Link::Missing(id),
        }
    }

    /// What to store for a link the user typed: the id of the goal or component whose id or
    /// title it is (titles compared trimmed and without regard to case), else the text as a
    /// label. Returns `(target_ref, target_label)`.
    pub fn typed(&self, text: &str) -> (Option<Id>, String) {
        let text = text.trim();
        if text.is_empty() {
            return (None, String::new());
        }
        let as_id = Id::new(text);
        if self.titles.contains_key(&as_id) {
            return (Some(as_id), String::new());
        }
        let lower = text.to_lowercase();
        let mut found: Vec<&Id> = self
            .titles
            .iter()
            .filter(|(_, t)| t.trim().to_lowercase() == lower)
            .map(|(id, _)| id)
            .collect();
        found.sort();
        match found.first() {
            Some(id) => (Some((*id).clone()), String::new()),
            None => (None, text.to_string()),
        }
    }
}

/// The goal an action component serves (through its lever), as `parent_of` for [`rollups`].
pub fn goal_of(gov: &crate::parts::Governance, component: &str) -> Option<String> {
    let c = gov.components.iter().find(|c| c.id.as_str() == component)?;
    let lever = gov.levers.iter().find(|l| l.id == c.lever)?;
    Some(lever.goal.0.clone())
}

/// The current infrastructure figures of a plan by [`BINDINGS`] key, derived from its meetings:
/// attendance and its consistency and the agenda topics covered in percent, tasks set at
/// meetings and done, initiatives raised, and meetings of working groups. A figure that cannot be
/// computed yet (no meeting, nobody invited) is left out.
pub fn figure_values(plan: &crate::model::Plan) -> HashMap<String, f64> {
    use crate::governance::{figures, BodyKind};
    let gov = &plan.governance;
    let f = figures(gov, &plan.people, &plan.partners, &plan.tasks);
    let all = &f.all;
    let percent = |r: Option<f64>| r.map(|r| (r * 1000.0).round() / 10.0);
    let groups = gov
        .meetings
        .iter()
        .filter(|m| {
            gov.bodies
                .iter()
                .any(|b| b.id == m.body && b.kind == BodyKind::WorkingGroup)
        })
        .count();
    let mut out = HashMap::new();
    let mut put = |k: &str, v: Option<f64>| {
        if let Some(v) = v {
            out.insert(k.to_string(), v);
        }
    };
    put("attendance_rate", percent(all.attendance_rate()));
    put("attendance_consistency", percent(all.consistency));
    put(
        "tasks_completed",
        (all.meetings > 0).then_some(all.tasks_done as f64),
    );
    put(
        "initiatives_raised",
        (all.meetings > 0).then_some(all.initiatives as f64),
    );
    put("topics_covered", percent(all.topics_rate()));
    put(
        "group_activity",
        (all.meetings > 0).then_some(groups as f64),
    );
    out
}
