//! Ecosystem governance and the work plan (seed 001, catalogue §4): the entities of
//! [`crate::parts::Governance`] and the figures derived from them.
//!
//! A municipal ecosystem moves through four stages, is led by bodies (a steering committee,
//! a planning forum, working groups, a leading team, a measurement group) that meet, and
//! carries out a work plan: mission → goals → levers → action components. Everything here is
//! plain data and pure functions: budget totals, the seed's rules as warnings, the
//! infrastructure figures derived from the meetings (never typed), and timeline layouts.
//!
//! Ids of goals, levers, action components, bodies and meetings are stable: other modules
//! (indicators, issue 7) refer to them.

use std::collections::{HashMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::{keep_first, Checks, JsonPath, Lazy};
use crate::model::{Date, Id, Partner, Person, Plan, Sector, Task};
use crate::parts::{is_default, Checked, Entity, Governance};
use crate::text::{MAX_LONG, MAX_MEDIUM, MAX_SHORT};

/// The earliest and latest years of a schedule.
pub const MIN_YEAR: u16 = 1990;
pub const MAX_YEAR: u16 = 2100;
/// The largest budget of one action component, in whole currency units.
pub const MAX_BUDGET: u64 = 1_000_000_000_000;
/// The most lines in one list of a meeting (agenda items, initiatives…).
pub const MAX_LINES: usize = 200;

/// The work plan's heading record: where the ecosystem stands, its mission, vision and
/// overarching goal, and what the planning year achieved.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Charter {
    /// The stage the ecosystem is at, 1 to 4 (see [`STAGES`]); none when not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 4))]
    pub stage: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub mission: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub vision: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub overarching_goal: String,
    /// The planning year's achievements and products, for its summary.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub achievements: String,
    /// The first day of the planning year (its summary covers twelve months from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_start: Option<Date>,
}

/// The four stages of building a local ecosystem; their texts are the `ecosystem_stages`
/// instrument's stages, in the same order.
pub const STAGES: [&str; 4] = [
    "infrastructure",
    "mission_goals",
    "work_plan",
    "implementation",
];

impl Checked for Charter {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        if let Some(s) = self.stage {
            cx.number(s as f64, 1, 4, || format!("{path}.stage"));
        }
        cx.text(&mut self.mission, MAX_MEDIUM, false, || {
            format!("{path}.mission")
        });
        cx.text(&mut self.vision, MAX_MEDIUM, false, || {
            format!("{path}.vision")
        });
        cx.text(&mut self.overarching_goal, MAX_MEDIUM, false, || {
            format!("{path}.overarching_goal")
        });
        cx.text(&mut self.achievements, MAX_LONG, false, || {
            format!("{path}.achievements")
        });
        cx.date(&self.year_start, || format!("{path}.year_start"));
    }
}

/// A goal of the work plan, owned by a working group.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: Id,
    #[schemars(length(min = 1, max = 2000))]
    pub title: String,
    /// What is to be reached, as a number where possible ("the national average: 12 %").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub target: String,
    /// Where things stand today.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub baseline: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// The working group (a body) that owns the goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Id>,
}

/// A lever: a way of moving one goal forward.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lever {
    pub id: Id,
    /// The goal it serves.
    pub goal: Id,
    #[schemars(length(min = 1, max = 2000))]
    pub title: String,
}

/// An action component of a lever: a programme or an activity, run by an executing body and
/// paid for by a funder (both partners of the plan).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionComponent {
    pub id: Id,
    /// The lever it belongs to.
    pub lever: Id,
    #[schemars(length(min = 1, max = 2000))]
    pub title: String,
    /// A core programme: strategic, run and funded by strategic partners (2–3 per goal).
    #[serde(default, skip_serializing_if = "is_default")]
    pub core: bool,
    /// The executing body: a partner of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executor: Option<Id>,
    /// Who pays: a partner of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder: Option<Id>,
    /// In whole currency units.
    #[serde(default, skip_serializing_if = "is_default")]
    #[schemars(range(max = 1_000_000_000_000u64))]
    pub budget: u64,
    /// The first and last year it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_year: Option<u16>,
}

/// The kinds of body that lead an ecosystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    #[default]
    SteeringCommittee,
    PlanningForum,
    WorkingGroup,
    LeadingTeam,
    MeasurementGroup,
}

impl BodyKind {
    pub const ALL: [BodyKind; 5] = [
        BodyKind::SteeringCommittee,
        BodyKind::PlanningForum,
        BodyKind::WorkingGroup,
        BodyKind::LeadingTeam,
        BodyKind::MeasurementGroup,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BodyKind::SteeringCommittee => "steering_committee",
            BodyKind::PlanningForum => "planning_forum",
            BodyKind::WorkingGroup => "working_group",
            BodyKind::LeadingTeam => "leading_team",
            BodyKind::MeasurementGroup => "measurement_group",
        }
    }

    pub fn from_key(key: &str) -> Option<BodyKind> {
        BodyKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The channels through which working groups recruit members (seed 001).
pub const CHANNELS: [&str; 5] = [
    "publicise",
    "recommend",
    "chair_from_steering",
    "mapped_stakeholders",
    "existing_networks",
];

/// The four traits a working-group member should have (seed 001).
pub const TRAITS: [&str; 4] = ["experience", "influence", "commitment", "authority"];

/// A member of a body: a person of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub person: Id,
    #[serde(default, skip_serializing_if = "is_default")]
    pub chair: bool,
    /// Which of the four traits ([`TRAITS`]) the member has, in that order.
    #[serde(default, skip_serializing_if = "is_default")]
    pub traits: [bool; 4],
}

/// A body of the ecosystem and its members.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: Id,
    #[serde(default)]
    pub kind: BodyKind,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    /// A working group's focus for each of its first six months.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 6))]
    pub first_months: Vec<String>,
    /// The recruitment channels used ([`CHANNELS`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
}

/// One item of a meeting's agenda, and whether the meeting covered it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    #[schemars(length(max = 200))]
    pub text: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub covered: bool,
}

/// A meeting of a body. Its tasks are the plan's tasks whose origin is `meeting:<id>`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: Id,
    /// The body that met.
    pub body: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Its number in the body's series (1, 2, …); 0 when not numbered.
    #[serde(default, skip_serializing_if = "is_default")]
    pub number: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// What the meeting is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub goals: String,
    /// Agenda and goals were sent to the participants in advance.
    #[serde(default, skip_serializing_if = "is_default")]
    pub sent_in_advance: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub materials: String,
    /// People invited and people who came (people of the plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attended: Vec<Id>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub notes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub summary: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub decisions: String,
    /// Initiatives raised at the meeting, one each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<String>,
    /// Rounds of instruments filled about this meeting (the effective-meeting checklist, the
    /// partnership atmosphere).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Id>,
}

impl Meeting {
    /// The origin a task set at this meeting carries.
    pub fn task_origin(id: &Id) -> String {
        format!("meeting:{id}")
    }
}

/// The kinds of community engagement (seed 001: branding and marketing, events, meetings).
pub const ACTIVITY_KINDS: [&str; 4] = ["branding", "event", "meeting", "other"];

/// An activity that engages the community.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: Id,
    /// One of [`ACTIVITY_KINDS`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[schemars(length(min = 1, max = 200))]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who it reaches (parents, residents, clergy…).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub audience: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub notes: String,
}

fn years(cx: &mut Checks, y: Option<u16>, path: impl JsonPath) {
    if let Some(y) = y {
        cx.number(y as f64, MIN_YEAR as i64, MAX_YEAR as i64, path);
    }
}

fn lines(cx: &mut Checks, list: &mut Vec<String>, max: usize, path: impl JsonPath) {
    let mut path = Lazy::new(path);
    if list.len() > MAX_LINES {
        list.truncate(MAX_LINES);
        cx.push(
            path.get(),
            crate::format::ProblemKind::TextCut { max: MAX_LINES },
        );
    }
    for (i, s) in list.iter_mut().enumerate() {
        cx.text(s, max, true, || format!("{}[{i}]", path.get()));
    }
}

impl Checked for Goal {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.required(&mut self.title, MAX_MEDIUM, false, || {
            format!("{path}.title")
        });
        cx.text(&mut self.target, MAX_SHORT, true, || {
            format!("{path}.target")
        });
        cx.text(&mut self.baseline, MAX_SHORT, true, || {
            format!("{path}.baseline")
        });
        cx.date(&self.deadline, || format!("{path}.deadline"));
    }
}

impl Checked for Lever {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.required(&mut self.title, MAX_MEDIUM, false, || {
            format!("{path}.title")
        });
    }
}

impl Checked for ActionComponent {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.required(&mut self.title, MAX_MEDIUM, false, || {
            format!("{path}.title")
        });
        if self.budget > MAX_BUDGET {
            cx.push(
                format!("{path}.budget"),
                crate::format::ProblemKind::OutOfRange {
                    min: 0,
                    max: MAX_BUDGET as i64,
                },
            );
        }
        years(cx, self.from_year, || format!("{path}.from_year"));
        years(cx, self.to_year, || format!("{path}.to_year"));
        if let (Some(a), Some(b)) = (self.from_year, self.to_year) {
            if b < a {
                cx.push(
                    format!("{path}.to_year"),
                    crate::format::ProblemKind::OutOfRange {
                        min: a as i64,
                        max: MAX_YEAR as i64,
                    },
                );
            }
        }
    }
}

impl Checked for Body {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.name, || format!("{path}.name"));
        if self.first_months.len() > 6 {
            self.first_months.truncate(6);
            cx.push(
                format!("{path}.first_months"),
                crate::format::ProblemKind::TextCut { max: 6 },
            );
        }
        lines(cx, &mut self.first_months, MAX_SHORT, || {
            format!("{path}.first_months")
        });
        self.channels.retain(|c| CHANNELS.contains(&c.as_str()));
        keep_first(&mut self.members, |m| &m.person);
        for (i, m) in self.members.iter().enumerate() {
            cx.id(&m.person, || format!("{path}.members[{i}].person"));
        }
    }
}

impl Checked for Meeting {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.date(&self.date, || format!("{path}.date"));
        cx.text(&mut self.topic, MAX_SHORT, true, || format!("{path}.topic"));
        if self.agenda.len() > MAX_LINES {
            self.agenda.truncate(MAX_LINES);
        }
        for (i, a) in self.agenda.iter_mut().enumerate() {
            cx.text(&mut a.text, MAX_SHORT, true, || {
                format!("{path}.agenda[{i}].text")
            });
        }
        for (s, f) in [
            (&mut self.goals, "goals"),
            (&mut self.materials, "materials"),
        ] {
            cx.text(s, MAX_MEDIUM, false, || format!("{path}.{f}"));
        }
        for (s, f) in [
            (&mut self.notes, "notes"),
            (&mut self.summary, "summary"),
            (&mut self.decisions, "decisions"),
        ] {
            cx.text(s, MAX_LONG, false, || format!("{path}.{f}"));
        }
        lines(cx, &mut self.initiatives, MAX_MEDIUM, || {
            format!("{path}.initiatives")
        });
        self.initiatives.retain(|s| !s.is_empty());
        for list in [&mut self.invited, &mut self.attended, &mut self.rounds] {
            keep_first(list, |id| id);
        }
    }
}

impl Checked for Activity {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.title, || format!("{path}.title"));
        if !self.kind.is_empty() && !ACTIVITY_KINDS.contains(&self.kind.as_str()) {
            self.kind = "other".into();
        }
        cx.date(&self.date, || format!("{path}.date"));
        cx.text(&mut self.audience, MAX_SHORT, true, || {
            format!("{path}.audience")
        });
        cx.text(&mut self.notes, MAX_MEDIUM, false, || {
            format!("{path}.notes")
        });
    }
}

macro_rules! entity {
    ($($t:ty),*) => {$(
        impl Entity for $t {
            fn id(&self) -> &Id {
                &self.id
            }
        }
    )*};
}
entity!(Goal, Lever, ActionComponent, Body, Meeting, Activity);

// ---------------------------------------------------------------------------------------------
// Budget totals

/// Budget totals of the work plan. Each list keeps the order in which its keys first appear
/// among the action components (goals and levers in the work plan's order); `None` gathers what
/// has no lever, goal, executing body or funder (or names one that is gone).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    pub total: u64,
    pub per_goal: Vec<(Option<Id>, u64)>,
    pub per_lever: Vec<(Option<Id>, u64)>,
    pub per_executor: Vec<(Option<Id>, u64)>,
    pub per_funder: Vec<(Option<Id>, u64)>,
}

fn add(list: &mut Vec<(Option<Id>, u64)>, key: Option<&Id>, n: u64) {
    match list.iter_mut().find(|(k, _)| k.as_ref() == key) {
        Some((_, v)) => *v = v.saturating_add(n),
        None => list.push((key.cloned(), n)),
    }
}

/// The work plan's budget totals per goal, lever, executing body and funder.
pub fn totals(gov: &Governance) -> Totals {
    let mut t = Totals::default();
    // Goals and levers first in the work plan's order, so the table's order holds.
    for g in &gov.goals {
        t.per_goal.push((Some(g.id.clone()), 0));
    }
    for l in &gov.levers {
        t.per_lever.push((Some(l.id.clone()), 0));
    }
    let lever_goal: HashMap<&Id, &Id> = gov.levers.iter().map(|l| (&l.id, &l.goal)).collect();
    let goals: HashSet<&Id> = gov.goals.iter().map(|g| &g.id).collect();
    for c in &gov.components {
        let lever = lever_goal.get(&c.lever).map(|_| &c.lever);
        let goal = lever_goal
            .get(&c.lever)
            .copied()
            .filter(|g| goals.contains(g));
        t.total = t.total.saturating_add(c.budget);
        add(&mut t.per_lever, lever, c.budget);
        add(&mut t.per_goal, goal, c.budget);
        add(&mut t.per_executor, c.executor.as_ref(), c.budget);
        add(&mut t.per_funder, c.funder.as_ref(), c.budget);
    }
    t
}

/// The total of one key in a list of [`Totals`].
pub fn total_of(list: &[(Option<Id>, u64)], key: Option<&Id>) -> u64 {
    list.iter()
        .find(|(k, _)| k.as_ref() == key)
        .map(|(_, v)| *v)
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// Warnings

/// A rule of the seed that the governance data breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A goal with fewer than two or more than three core programmes.
    CorePrograms { goal: Id, count: usize },
    /// A goal with action components that have no executing body (or no component at all).
    NoExecutor { goal: Id, count: usize },
    /// A working group with fewer than 10 or more than 20 members.
    GroupSize { body: Id, members: usize },
    /// A working group that does not have exactly two chairs.
    Chairs { body: Id, chairs: usize },
    /// A working group none of whose chairs sits on a steering committee.
    NoChairOnSteering { body: Id },
    /// Working-group members who lack one of the four traits.
    MissingTraits { body: Id, people: Vec<Id> },
}

impl Warning {
    /// The stable name used in translation keys.
    pub fn key(&self) -> &'static str {
        match self {
            Warning::CorePrograms { .. } => "core-programs",
            Warning::NoExecutor { .. } => "no-executor",
            Warning::GroupSize { .. } => "group-size",
            Warning::Chairs { .. } => "chairs",
            Warning::NoChairOnSteering { .. } => "no-chair-on-steering",
            Warning::MissingTraits { .. } => "missing-traits",
        }
    }
}

/// Working groups' size according to the seed.
pub const GROUP_MIN: usize = 10;
pub const GROUP_MAX: usize = 20;

/// Every rule of the seed the data breaks, goals first (in their order), then bodies.
pub fn warnings(gov: &Governance) -> Vec<Warning> {
    let mut out = Vec::new();
    let lever_goal: HashMap<&Id, &Id> = gov.levers.iter().map(|l| (&l.id, &l.goal)).collect();
    let mut core: HashMap<&Id, usize> = HashMap::new();
    let mut components: HashMap<&Id, usize> = HashMap::new();
    let mut missing: HashMap<&Id, usize> = HashMap::new();
    for c in &gov.components {
        let Some(goal) = lever_goal.get(&c.lever) else {
            continue;
        };
        *components.entry(goal).or_default() += 1;
        if c.core {
            *core.entry(goal).or_default() += 1;
        }
        if c.executor.is_none() {
            *missing.entry(goal).or_default() += 1;
        }
    }
    for g in &gov.goals {
        let n = core.get(&g.id).copied().unwrap_or(0);
        if !(2..=3).contains(&n) {
            out.push(Warning::CorePrograms {
                goal: g.id.clone(),
                count: n,
            });
        }
        let lacking = missing.get(&g.id).copied().unwrap_or(0);
        if lacking > 0 || !components.contains_key(&g.id) {
            out.push(Warning::NoExecutor {
                goal: g.id.clone(),
                count: lacking,
            });
        }
    }
    let steering: HashSet<&Id> = gov
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::SteeringCommittee)
        .flat_map(|b| b.members.iter().map(|m| &m.person))
        .collect();
    for b in gov
        .bodies
        .iter()
        .filter(|b| b.kind == BodyKind::WorkingGroup)
    {
        let n = b.members.len();
        if !(GROUP_MIN..=GROUP_MAX).contains(&n) {
            out.push(Warning::GroupSize {
                body: b.id.clone(),
                members: n,
            });
        }
        let chairs: Vec<&Member> = b.members.iter().filter(|m| m.chair).collect();
        if chairs.len() != 2 {
            out.push(Warning::Chairs {
                body: b.id.clone(),
                chairs: chairs.len(),
            });
        }
        if !chairs.iter().any(|m| steering.contains(&m.person)) {
            out.push(Warning::NoChairOnSteering { body: b.id.clone() });
        }
        let lacking: Vec<Id> = b
            .members
            .iter()
            .filter(|m| m.traits.iter().any(|t| !t))
            .map(|m| m.person.clone())
            .collect();
        if !lacking.is_empty() {
            out.push(Warning::MissingTraits {
                body: b.id.clone(),
                people: lacking,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Infrastructure figures

/// The infrastructure figures of one body (or, in [`Figures::all`], of every body together),
/// derived from its meetings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BodyFigures {
    /// The body; `None` for the whole ecosystem.
    pub body: Option<Id>,
    pub meetings: usize,
    /// Invitations, summed over the meetings.
    pub invited: usize,
    /// Invitations taken up: people who came and had been invited.
    pub attended_invited: usize,
    /// Attendances, summed over the meetings (guests who were not invited included).
    pub attended: usize,
    /// Consistency of attendance: the mean, over consecutive meetings of a body (by date, then
    /// number, then order), of the Jaccard similarity of their attendee sets |A∩B| / |A∪B|
    /// (1: the same people every time; 0: different people each time). Pairs where nobody came
    /// to either meeting are left out. `None` with no such pair.
    pub consistency: Option<f64>,
    /// Consecutive pairs counted in `consistency`, and the sum of their similarities.
    pub pairs: usize,
    pub similarity_sum: f64,
    /// Distinct people who came to at least one meeting, and of those who came more than once.
    pub people: usize,
    pub returning: usize,
    /// Tasks set at the meetings (plan tasks whose origin is the meeting) and those done.
    pub tasks: usize,
    pub tasks_done: usize,
    pub initiatives: usize,
    /// Agenda items planned, and covered.
    pub topics: usize,
    pub topics_covered: usize,
    /// Meetings whose agenda and goals were sent in advance.
    pub sent_in_advance: usize,
    /// Members of the body by their partner's sector: public, business, third, none.
    pub sectors: [usize; 4],
    /// Distinct partners the members represent.
    pub partners: usize,
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

impl BodyFigures {
    /// Share of invitations taken up, 0–1; `None` when nobody was invited.
    pub fn attendance_rate(&self) -> Option<f64> {
        ratio(self.attended_invited, self.invited)
    }
    pub fn tasks_rate(&self) -> Option<f64> {
        ratio(self.tasks_done, self.tasks)
    }
    pub fn topics_rate(&self) -> Option<f64> {
        ratio(self.topics_covered, self.topics)
    }
    /// How many sectors the members come from (0–3).
    pub fn sector_count(&self) -> usize {
        self.sectors[..3].iter().filter(|n| **n > 0).count()
    }
}

/// The infrastructure figures: one per body, in the bodies' order, and the whole ecosystem's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures {
    pub bodies: Vec<BodyFigures>,
    pub all: BodyFigures,
}

impl Figures {
    pub fn body(&self, id: &Id) -> Option<&BodyFigures> {
        self.bodies.iter().find(|b| b.body.as_ref() == Some(id))
    }
}

fn jaccard(a: &HashSet<&Id>, b: &HashSet<&Id>) -> Option<f64> {
    let union = a.union(b).count();
    (union > 0).then(|| a.intersection(b).count() as f64 / union as f64)
}

/// Orders meetings by date (undated last), then number, then their order in the list.
pub fn chronological<'a>(meetings: impl Iterator<Item = &'a Meeting>) -> Vec<&'a Meeting> {
    let mut v: Vec<(usize, &Meeting)> = meetings.enumerate().collect();
    v.sort_by(|(i, a), (j, b)| {
        (a.date.is_none(), &a.date, a.number, i).cmp(&(b.date.is_none(), &b.date, b.number, j))
    });
    v.into_iter().map(|(_, m)| m).collect()
}

/// The infrastructure figures derived from the meetings, the plan's tasks (those set at a
/// meeting carry its [`Meeting::task_origin`]) and the members' partners. Never typed by hand.
pub fn figures(
    gov: &Governance,
    people: &[Person],
    partners: &[Partner],
    tasks: &[Task],
) -> Figures {
    figures_of(gov, people, partners, tasks, &|_| true)
}

/// The infrastructure figures of the meetings `keep` accepts (one year's, say): attendance,
/// consistency, tasks set at those meetings, initiatives and topics count only them; members
/// and their sectors are the bodies' as they stand.
pub fn figures_of(
    gov: &Governance,
    people: &[Person],
    partners: &[Partner],
    tasks: &[Task],
    keep: &dyn Fn(&Meeting) -> bool,
) -> Figures {
    let mut by_body: HashMap<&Id, Vec<&Meeting>> = HashMap::new();
    for m in gov.meetings.iter().filter(|m| keep(m)) {
        by_body.entry(&m.body).or_default().push(m);
    }
    let mut task_count: HashMap<&str, (usize, usize)> = HashMap::new();
    for t in tasks {
        if let Some(id) = t.origin.strip_prefix("meeting:") {
            let e = task_count.entry(id).or_default();
            e.0 += 1;
            e.1 += t.done as usize;
        }
    }
    let sector: HashMap<&Id, Sector> = partners.iter().map(|p| (&p.id, p.sector)).collect();
    let person_partner: HashMap<&Id, Option<&Id>> = people
        .iter()
        .map(|p| {
            (
                &p.id,
                p.partner_id.as_ref().filter(|id| sector.contains_key(id)),
            )
        })
        .collect();
    let mut all = BodyFigures::default();
    let mut all_people: HashMap<&Id, usize> = HashMap::new();
    let mut all_partners: HashSet<&Id> = HashSet::new();
    let mut bodies = Vec::with_capacity(gov.bodies.len());
    for b in &gov.bodies {
        let mut f = BodyFigures {
            body: Some(b.id.clone()),
            ..Default::default()
        };
        let meetings = by_body
            .remove(&b.id)
            .map(|v| chronological(v.into_iter()))
            .unwrap_or_default();
        let mut seen: HashMap<&Id, usize> = HashMap::new();
        let mut previous: Option<HashSet<&Id>> = None;
        for m in &meetings {
            f.meetings += 1;
            let invited: HashSet<&Id> = m.invited.iter().collect();
            let came: HashSet<&Id> = m.attended.iter().collect();
            f.invited += invited.len();
            f.attended += came.len();
            f.attended_invited += came.intersection(&invited).count();
            for p in &came {
                *seen.entry(p).or_default() += 1;
                *all_people.entry(p).or_default() += 1;
            }
            if let Some(prev) = &previous {
                if let Some(s) = jaccard(prev, &came) {
                    f.pairs += 1;
                    f.similarity_sum += s;
                }
            }
            previous = Some(came);
            let (t, d) = task_count.get(m.id.as_str()).copied().unwrap_or_default();
            f.tasks += t;
            f.tasks_done += d;
            f.initiatives += m
                .initiatives
                .iter()
                .filter(|s| !s.trim().is_empty())
                .count();
            f.topics += m.agenda.len();
            f.topics_covered += m.agenda.iter().filter(|a| a.covered).count();
            f.sent_in_advance += m.sent_in_advance as usize;
        }
        f.consistency = (f.pairs > 0).then(|| f.similarity_sum / f.pairs as f64);
        f.people = seen.len();
        f.returning = seen.values().filter(|n| **n > 1).count();
        let mut partner_set = HashSet::new();
        for m in &b.members {
            let partner = person_partner.get(&m.person).copied().flatten();
            let i = match partner.and_then(|p| sector.get(p)) {
                Some(Sector::Public) => 0,
                Some(Sector::Business) => 1,
                Some(Sector::Third) => 2,
                None => 3,
            };
            f.sectors[i] += 1;
            if let Some(p) = partner {
                partner_set.insert(p);
            }
        }
        f.partners = partner_set.len();
        all.meetings += f.meetings;
        all.invited += f.invited;
        all.attended += f.attended;
        all.attended_invited += f.attended_invited;
        all.pairs += f.pairs;
        all.similarity_sum += f.similarity_sum;
        all.tasks += f.tasks;
        all.tasks_done += f.tasks_done;
        all.initiatives += f.initiatives;
        all.topics += f.topics;
        all.topics_covered += f.topics_covered;
        all.sent_in_advance += f.sent_in_advance;
        for i in 0..4 {
            all.sectors[i] += f.sectors[i];
        }
        all_partners.extend(partner_set);
        bodies.push(f);
    }
    all.consistency = (all.pairs > 0).then(|| all.similarity_sum / all.pairs as f64);
    all.people = all_people.len();
    all.returning = all_people.values().filter(|n| **n > 1).count();
    all.partners = all_partners.len();
    Figures { bodies, all }
}

// ---------------------------------------------------------------------------------------------
// Timelines

/// One bar of the work plan's timeline: an action component and the years it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub component: Id,
    pub goal: Option<Id>,
    /// Offsets from [`Timeline::first`], inclusive.
    pub from: usize,
    pub to: usize,
}

/// Action components by year: the years from the first to the last scheduled, and one bar per
/// scheduled component in the work plan's order (a component with one year set runs that
/// year only).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    pub first: u16,
    pub years: usize,
    pub bars: Vec<Bar>,
    /// Components with no year set.
    pub unscheduled: usize,
}

pub fn timeline(gov: &Governance) -> Timeline {
    let lever_goal: HashMap<&Id, &Id> = gov.levers.iter().map(|l| (&l.id, &l.goal)).collect();
    let spans: Vec<(&ActionComponent, u16, u16)> = gov
        .components
        .iter()
        .filter_map(|c| {
            let a = c.from_year.or(c.to_year)?;
            let b = c.to_year.or(c.from_year)?;
            Some((c, a.min(b), a.max(b)))
        })
        .collect();
    let Some(first) = spans.iter().map(|s| s.1).min() else {
        return Timeline {
            unscheduled: gov.components.len(),
            ..Default::default()
        };
    };
    let last = spans.iter().map(|s| s.2).max().unwrap_or(first);
    Timeline {
        first,
        years: (last - first) as usize + 1,
        unscheduled: gov.components.len() - spans.len(),
        bars: spans
            .into_iter()
            .map(|(c, a, b)| Bar {
                component: c.id.clone(),
                goal: lever_goal.get(&c.lever).map(|g| (*g).clone()),
                from: (a - first) as usize,
                to: (b - first) as usize,
            })
            .collect(),
    }
}

/// A month as `(year, month)`, month 1–12.
pub type Month = (i32, u32);

fn month_of(d: &Date) -> Option<Month> {
    let s = d.as_str();
    Some((s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?))
}

/// The twelve months from the one `start` falls in.
pub fn year_months(start: &Date) -> Vec<Month> {
    let (mut y, mut m) = month_of(start).unwrap_or((2000, 1));
    (0..12)
        .map(|_| {
            let out = (y, m);
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
            out
        })
        .collect()
}

/// The meetings of a planning year as a grid: one lane per body that met in it (bodies'
/// order), twelve month cells each holding the indices (in `gov.meetings`) of its meetings
/// in date order.
pub fn year_grid(gov: &Governance, start: &Date) -> Vec<(Id, Vec<Vec<usize>>)> {
    let months = year_months(start);
    let mut lanes: HashMap<&Id, Vec<Vec<usize>>> = HashMap::new();
    let mut order: Vec<(usize, &Meeting)> = gov.meetings.iter().enumerate().collect();
    order.sort_by(|a, b| a.1.date.cmp(&b.1.date).then(a.1.number.cmp(&b.1.number)));
    for (i, m) in order {
        let Some(month) = m.date.as_ref().and_then(month_of) else {
            continue;
        };
        if let Some(col) = months.iter().position(|x| *x == month) {
            lanes.entry(&m.body).or_insert_with(|| vec![Vec::new(); 12])[col].push(i);
        }
    }
    gov.bodies
        .iter()
        .filter_map(|b| lanes.remove(&b.id).map(|l| (b.id.clone(), l)))
        .collect()
}

/// A month's number counted from year 0 (`year * 12 + month - 1`), for comparing months.
fn month_index(d: &Date) -> Option<i64> {
    let (y, m) = month_of(d)?;
    Some(y as i64 * 12 + m as i64 - 1)
}

/// One twelve-month year of the plan's record, counted from the planning year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanningYear {
    /// 0 for the planning year, 1, 2… for the years of implementation after it, −1, −2… for
    /// years before it.
    pub offset: i32,
    /// Its first day: the year start itself for the planning year, else the first of the
    /// month twelve months on (or back).
    pub start: Date,
    /// Its first and last months.
    pub first: Month,
    pub last: Month,
}

fn planning_year(start: &Date, offset: i32) -> Option<PlanningYear> {
    let (y, m) = month_of(start)?;
    let y = y + offset;
    if !(1..=9998).contains(&y) {
        return None;
    }
    let start = if offset == 0 {
        start.clone()
    } else {
        Date::parse(&format!("{y:04}-{m:02}-01"))?
    };
    let last = if m == 1 { (y, 12) } else { (y + 1, m - 1) };
    Some(PlanningYear {
        offset,
        start,
        first: (y, m),
        last,
    })
}

/// The years of a plan's record, oldest first: the planning year from `start` (see
/// [`year_start`]) and every other twelve-month year, before or after it, in which a meeting
/// or a community activity is dated. Years with nothing in them are left out (a stray date
/// centuries away adds one year, not hundreds).
pub fn planning_years(gov: &Governance, start: &Date) -> Vec<PlanningYear> {
    let Some(s) = month_index(start) else {
        return vec![];
    };
    let mut offsets: Vec<i64> = gov
        .meetings
        .iter()
        .filter_map(|m| m.date.as_ref())
        .chain(gov.activities.iter().filter_map(|a| a.date.as_ref()))
        .filter_map(month_index)
        .map(|k| (k - s).div_euclid(12))
        .chain([0])
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    offsets
        .into_iter()
        .filter_map(|o| planning_year(start, i32::try_from(o).ok()?))
        .collect()
}

/// What one year of the plan's record holds, for its printable summary.
#[derive(Debug, Clone, PartialEq)]
pub struct YearSummary {
    pub months: Vec<Month>,
    /// The year's meetings by body and month (see [`year_grid`]).
    pub grid: Vec<(Id, Vec<Vec<usize>>)>,
    /// The year's meetings, indices in `gov.meetings`, in date order.
    pub meetings: Vec<usize>,
    /// The year's community activities, indices in `gov.activities`, in date order.
    pub activities: Vec<usize>,
    /// The infrastructure figures of the year's meetings only (tasks: those set at them).
    pub figures: Figures,
    /// Partners engaged in the year, by sector (see [`engaged_by_sector`]).
    pub engaged: [Vec<Id>; 3],
}

/// The summary of the twelve months from `start`'s month: meetings, activities, figures and
/// partners of that year alone. Undated meetings and activities belong to no year.
pub fn year_summary(plan: &Plan, start: &Date) -> YearSummary {
    let gov = &plan.governance;
    let s = month_index(start).unwrap_or(0);
    let within = |d: &Option<Date>| {
        d.as_ref()
            .and_then(month_index)
            .is_some_and(|k| (s..s + 12).contains(&k))
    };
    let dated = |mut v: Vec<(usize, &Option<Date>)>| {
        v.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
        v.into_iter().map(|(i, _)| i).collect::<Vec<usize>>()
    };
    let mut meetings: Vec<(usize, &Meeting)> = gov
        .meetings
        .iter()
        .enumerate()
        .filter(|(_, m)| within(&m.date))
        .collect();
    meetings.sort_by(|a, b| (&a.1.date, a.1.number, a.0).cmp(&(&b.1.date, b.1.number, b.0)));
    YearSummary {
        months: year_months(start),
        grid: year_grid(gov, start),
        meetings: meetings.into_iter().map(|(i, _)| i).collect(),
        activities: dated(
            gov.activities
                .iter()
                .enumerate()
                .filter(|(_, a)| within(&a.date))
                .map(|(i, a)| (i, &a.date))
                .collect(),
        ),
        figures: figures_of(gov, &plan.people, &plan.partners, &plan.tasks, &|m| {
            within(&m.date)
        }),
        engaged: engaged_by_sector(plan, start),
    }
}

/// The start of the planning year: the charter's, else the plan's start, else the earliest
/// dated meeting.
pub fn year_start(plan: &Plan) -> Option<Date> {
    let gov = &plan.governance;
    gov.charter
        .year_start
        .clone()
        .or_else(|| plan.start_date.clone())
        .or_else(|| gov.meetings.iter().filter_map(|m| m.date.clone()).min())
}

/// The partners engaged in the planning year from `start` (twelve months), by sector: the
/// partners of people who came to a meeting in that year or are members of a body. Each list
/// is in the partner registry's order.
pub fn engaged_by_sector(plan: &Plan, start: &Date) -> [Vec<Id>; 3] {
    let gov = &plan.governance;
    let months = year_months(start);
    let mut people: HashSet<&Id> = gov
        .bodies
        .iter()
        .flat_map(|b| b.members.iter().map(|m| &m.person))
        .collect();
    for m in &gov.meetings {
        if m.date
            .as_ref()
            .and_then(month_of)
            .is_some_and(|x| months.contains(&x))
        {
            people.extend(m.attended.iter());
        }
    }
    let partners: HashSet<&Id> = plan
        .people
        .iter()
        .filter(|p| people.contains(&p.id))
        .filter_map(|p| p.partner_id.as_ref())
        .collect();
    let mut out: [Vec<Id>; 3] = Default::default();
    for p in plan.partners.iter().filter(|p| partners.contains(&p.id)) {
        let i = match p.sector {
            Sector::Public => 0,
            Sector::Business => 1,
            Sector::Third => 2,
        };
        out[i].push(p.id.clone());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The agenda and minutes as text

/// Names for the minutes' headings and people, given by the interface in its language.
pub struct Labels<'a> {
    pub body: &'a str,
    pub date: &'a str,
    pub topic: &'a str,
    pub goals: &'a str,
    pub agenda: &'a str,
    pub materials: &'a str,
    pub invited: &'a str,
    pub attended: &'a str,
    pub summary: &'a str,
    pub decisions: &'a str,
    pub tasks: &'a str,
    pub initiatives: &'a str,
    pub notes: &'a str,
    /// A person's name by id (or a word saying the person was removed).
    pub person: &'a dyn Fn(&Id) -> String,
}

/// The meeting's agenda and minutes as plain text, ready to paste into an e-mail.
pub fn minutes_text(m: &Meeting, body_name: &str, tasks: &[Task], l: &Labels) -> String {
    let mut s = String::new();
    let mut line = |k: &str, v: &str| {
        if !v.trim().is_empty() {
            s.push_str(k);
            s.push_str(": ");
            s.push_str(v.trim());
            s.push('\n');
        }
    };
    let number = if m.number > 0 {
        format!(" #{}", m.number)
    } else {
        String::new()
    };
    line(l.body, &format!("{body_name}{number}"));
    line(l.date, m.date.as_ref().map(|d| d.as_str()).unwrap_or(""));
    line(l.topic, &m.topic);
    line(l.goals, &m.goals);
    line(l.materials, &m.materials);
    let names = |ids: &[Id]| {
        ids.iter()
            .map(|i| (l.person)(i))
            .collect::<Vec<_>>()
            .join(", ")
    };
    line(l.invited, &names(&m.invited));
    line(l.attended, &names(&m.attended));
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            s.push('\n');
            s.push_str(title);
            s.push('\n');
            for i in items {
                s.push_str("- ");
                s.push_str(&i);
                s.push('\n');
            }
        }
    };
    list(
        l.agenda,
        m.agenda
            .iter()
            .map(|a| format!("{} {}", if a.covered { "☑" } else { "☐" }, a.text))
            .collect(),
    );
    let origin = Meeting::task_origin(&m.id);
    list(
        l.tasks,
        tasks
            .iter()
            .filter(|t| t.origin == origin)
            .map(|t| {
                let mut x = format!("{} {}", if t.done { "☑" } else { "☐" }, t.title);
                if let Some(o) = &t.owner {
                    x.push_str(&format!(" — {}", (l.person)(o)));
                }
                if let Some(d) = &t.due {
                    x.push_str(&format!(" ({})", d.as_str()));
                }
                x
            })
            .collect(),
    );
    list(l.initiatives, m.initiatives.clone());
    for (k, v) in [
        (l.summary, &m.summary),
        (l.decisions, &m.decisions),
        (l.notes, &m.notes),
    ] {
        if !v.trim().is_empty() {
            s.push('\n');
            s.push_str(k);
            s.push('\n');
            s.push_str(v.trim());
            s.push('\n');
        }
    }
    s
}
