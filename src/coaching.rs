//! Peer coaching of educational leaders (seed 003, catalogue §7): the entities of
//! [`crate::parts::Coaching`] and what is derived from them — cadence warnings, the goals a
//! session carries over from the one before, the year's rhythm, search, the `.ics` calendar and a
//! copy of the plan without the confidential coaching notes.
//!
//! Two or more leaders coach each other for about a year, through initiation, implementation and
//! institutionalisation. Sessions follow the GROW template of the instrument library
//! (`grow_session`): goal, reality, options (alternatives with pros and cons) and the way forward
//! (the first step "tomorrow morning", goals for the next session, the next date).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::{keep_first, Checks, JsonPath, Lazy, ProblemKind};
use crate::model::{key_enum, Date, Id, Plan};
use crate::parts::{is_default, Checked, Entity};
use crate::text::{MAX_LONG, MAX_MEDIUM, MAX_SHORT};

/// The longest gap between sessions the seed advises: six weeks, in days.
pub const MAX_GAP_DAYS: i64 = 42;
/// Sessions this long or shorter (in minutes) are flagged: two to three hours serve better.
pub const SHORT_MINUTES: u16 = 60;
/// The most tags an entity keeps.
pub const MAX_TAGS: usize = 20;
/// The instrument whose questions the session editor shows.
pub const GROW: &str = "grow_session";

key_enum! {
    /// What a participant does in the partnership.
    Role {
        /// Coaches and is coached, in turn (a peer pair).
        #[default]
        Both => "both",
        Coach => "coach",
        Coachee => "coachee",
    }
}

key_enum! {
    /// The partnership's stage (Fullan): initiation, implementation, institutionalisation.
    Stage {
        #[default]
        Initiation => "initiation",
        Implementation => "implementation",
        Institutionalisation => "institutionalisation",
    }
}

/// A participant of the partnership: one of the plan's people (the id is the person's).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The person's id in the plan.
    pub id: Id,
    #[serde(default)]
    pub role: Role,
}

impl Checked for Participant {
    fn check(&mut self, _plan: &Plan, _path: &str, _cx: &mut Checks) {}
}

impl Entity for Participant {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// The partnership's stage and the agreements made at initiation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub stage: Stage,
    /// When the agreements were made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Date>,
    /// Trust, mutual respect and confidentiality.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub trust: String,
    /// Regularity: how often and how long the partners meet.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub regularity: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub commitment: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub rigour: String,
    /// What is documented, and how.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub documentation: String,
}

impl Settings {
    /// The agreement texts with their keys, in the order the seed lists them.
    pub fn agreements(&self) -> [(&'static str, &String); 5] {
        [
            ("trust", &self.trust),
            ("regularity", &self.regularity),
            ("commitment", &self.commitment),
            ("rigour", &self.rigour),
            ("documentation", &self.documentation),
        ]
    }

    pub fn agreement_mut(&mut self, key: &str) -> Option<&mut String> {
        Some(match key {
            "trust" => &mut self.trust,
            "regularity" => &mut self.regularity,
            "commitment" => &mut self.commitment,
            "rigour" => &mut self.rigour,
            "documentation" => &mut self.documentation,
            _ => return None,
        })
    }
}

impl Checked for Settings {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.date(&self.agreed, || format!("{path}.agreed"));
        for key in [
            "trust",
            "regularity",
            "commitment",
            "rigour",
            "documentation",
        ] {
            if let Some(s) = self.agreement_mut(key) {
                cx.text(s, MAX_MEDIUM, false, || format!("{path}.{key}"));
            }
        }
    }
}

/// A session of the year's calendar, planned ahead.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Planned {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Start time, `HH:MM`; none for an all-day entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{2}:\d{2}$"))]
    pub time: Option<String>,
    /// Planned length in minutes; 0 when not set.
    #[serde(default, skip_serializing_if = "is_default")]
    #[schemars(range(max = 1440))]
    pub minutes: u16,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub place: String,
}

impl Checked for Planned {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.date(&self.date, || format!("{path}.date"));
        check_time(&self.time, || format!("{path}.time"), cx);
        cx.number(self.minutes as f64, 0, 1440, || format!("{path}.minutes"));
        cx.text(&mut self.place, MAX_SHORT, true, || format!("{path}.place"));
    }
}

impl Entity for Planned {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// An alternative weighed in the Options stage.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    #[serde(default)]
    #[schemars(length(max = 2000))]
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub pros: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub cons: String,
}

/// Progress on a goal carried from the previous session, noted at this one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub goal: Id,
    #[serde(default)]
    #[schemars(length(max = 2000))]
    pub note: String,
}

/// A participant's question brought to a group session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Id>,
    #[serde(default)]
    #[schemars(length(max = 2000))]
    pub text: String,
}

/// One coaching session, on the GROW template.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Start time, `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{2}:\d{2}$"))]
    pub time: Option<String>,
    /// Length in minutes; 0 when not recorded.
    #[serde(default, skip_serializing_if = "is_default")]
    #[schemars(range(max = 1440))]
    pub minutes: u16,
    /// Whether the session included observation in the field.
    #[serde(default, skip_serializing_if = "is_default")]
    pub observation: bool,
    /// A group session, with several participants and their questions.
    #[serde(default, skip_serializing_if = "is_default")]
    pub group: bool,
    /// The person coached in this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coachee: Option<Id>,
    /// Who took part (people of the plan); empty means the partnership's participants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Id>,
    /// Progress on the goals set at the previous session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress: Vec<Progress>,
    /// G: the goals in focus in this session.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub goal: String,
    /// R: the reality — past actions, difficulties, resources, concerns.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub reality: String,
    /// O: the alternatives, each with its pros and cons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    /// W: the first step, tomorrow morning.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub first_step: String,
    /// Goals (of [`Goal`]s) set for the next session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_goals: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_date: Option<Date>,
    /// The participants' questions, in a group session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    /// Who observed, when the session includes field observation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observer: Option<Id>,
    /// What the observer saw, described without judgement.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub observation_notes: String,
    /// The feedback given after the observation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub feedback: String,
    /// Reflective writing, during or right after the session.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub reflection: String,
    /// Anything else noted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Session {
    /// The session's free texts, by key: the GROW stages', the observation's, the reflection.
    pub const TEXTS: [&'static str; 7] = [
        "goal",
        "reality",
        "first_step",
        "observation_notes",
        "feedback",
        "reflection",
        "notes",
    ];

    pub fn text_mut(&mut self, key: &str) -> Option<&mut String> {
        Some(match key {
            "goal" => &mut self.goal,
            "reality" => &mut self.reality,
            "first_step" => &mut self.first_step,
            "observation_notes" => &mut self.observation_notes,
            "feedback" => &mut self.feedback,
            "reflection" => &mut self.reflection,
            "notes" => &mut self.notes,
            _ => return None,
        })
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        Some(match key {
            "goal" => &self.goal,
            "reality" => &self.reality,
            "first_step" => &self.first_step,
            "observation_notes" => &self.observation_notes,
            "feedback" => &self.feedback,
            "reflection" => &self.reflection,
            "notes" => &self.notes,
            _ => return None,
        })
    }
}

impl Checked for Session {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.date(&self.date, || format!("{path}.date"));
        check_time(&self.time, || format!("{path}.time"), cx);
        cx.number(self.minutes as f64, 0, 1440, || format!("{path}.minutes"));
        for (i, p) in self.progress.iter_mut().enumerate() {
            cx.id(&p.goal, || format!("{path}.progress[{i}].goal"));
            cx.text(&mut p.note, MAX_MEDIUM, false, || {
                format!("{path}.progress[{i}].note")
            });
        }
        for key in Session::TEXTS {
            if let Some(s) = self.text_mut(key) {
                cx.text(s, MAX_LONG, false, || format!("{path}.{key}"));
            }
        }
        for (i, a) in self.alternatives.iter_mut().enumerate() {
            for (key, s) in [
                ("text", &mut a.text),
                ("pros", &mut a.pros),
                ("cons", &mut a.cons),
            ] {
                cx.text(s, MAX_MEDIUM, false, || {
                    format!("{path}.alternatives[{i}].{key}")
                });
            }
        }
        for (i, g) in self.next_goals.iter().enumerate() {
            cx.id(g, || format!("{path}.next_goals[{i}]"));
        }
        cx.date(&self.next_date, || format!("{path}.next_date"));
        for (i, q) in self.questions.iter_mut().enumerate() {
            cx.text(&mut q.text, MAX_MEDIUM, false, || {
                format!("{path}.questions[{i}].text")
            });
        }
        check_tags(&mut self.tags, || format!("{path}.tags"), cx);
    }
}

impl Entity for Session {
    fn id(&self) -> &Id {
        &self.id
    }
}

/// A goal of the coachee, with its action plan in the field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: Id,
    /// The coachee who owns the goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default)]
    #[schemars(length(max = 200))]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub action_plan: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Checked for Goal {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.text(&mut self.title, MAX_SHORT, true, || format!("{path}.title"));
        cx.text(&mut self.action_plan, MAX_LONG, false, || {
            format!("{path}.action_plan")
        });
        cx.date(&self.due, || format!("{path}.due"));
        check_tags(&mut self.tags, || format!("{path}.tags"), cx);
    }
}

impl Entity for Goal {
    fn id(&self) -> &Id {
        &self.id
    }
}

fn check_time(t: &Option<String>, path: impl JsonPath, cx: &mut Checks) {
    if let Some(t) = t {
        if parse_time(t).is_none() {
            cx.push(
                path,
                ProblemKind::Invalid {
                    detail: crate::text::truncate_chars(t, 20),
                },
            );
        }
    }
}

/// Cleans tags: single-line, trimmed, no empty or repeated ones, at most [`MAX_TAGS`].
fn check_tags(tags: &mut Vec<String>, path: impl JsonPath, cx: &mut Checks) {
    let mut path = Lazy::new(path);
    for (i, t) in tags.iter_mut().enumerate() {
        cx.text(t, 60, true, || format!("{}[{i}]", path.get()));
    }
    // Repeats are found by sorting (a hostile file of a million tags stays fast).
    let mut keyed: Vec<(String, String)> = std::mem::take(tags)
        .into_iter()
        .filter(|t| !t.is_empty())
        .map(|t| (t.to_lowercase(), t))
        .collect();
    keep_first(&mut keyed, |(k, _)| k.as_str());
    *tags = keyed.into_iter().map(|(_, t)| t).collect();
    if tags.len() > MAX_TAGS {
        cx.push(
            path.get(),
            ProblemKind::TooMany {
                count: tags.len(),
                max: MAX_TAGS,
            },
        );
        tags.truncate(MAX_TAGS);
    }
}

/// Splits comma-separated tags as typed.
pub fn parse_tags(s: &str) -> Vec<String> {
    s.split([',', '،'])
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// `HH:MM` as minutes after midnight.
pub fn parse_time(t: &str) -> Option<u32> {
    let b = t.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !t[..2]
            .bytes()
            .chain(t[3..].bytes())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (h, m): (u32, u32) = (t[..2].parse().ok()?, t[3..].parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Days since 1970-01-01 of a checked date (H. Hinnant's algorithm).
pub fn day_number(d: &Date) -> Option<i64> {
    let s = d.as_str();
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: i64 = s.get(5..7)?.parse().ok()?;
    let day: i64 = s.get(8..10)?.parse().ok()?;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The civil date `(year, month, day)` of a day number (the inverse of [`day_number`]).
pub fn civil(n: i64) -> (i64, u32, u32) {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The plan's sessions in date order (undated ones last, in list order).
pub fn sessions(plan: &Plan) -> Vec<&Session> {
    let mut v: Vec<&Session> = plan.coaching.sessions.iter().collect();
    v.sort_by(|a, b| match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    v
}

/// A cadence warning (seed 003).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cadence {
    /// More than six weeks between two consecutive sessions, held or planned.
    Gap { from: Date, to: Date, days: i64 },
    /// A session of an hour or less.
    Short { session: Id, minutes: u16 },
    /// Peer observation while the partnership is still in its initiation stage.
    EarlyObservation { session: Id },
    /// A session on a date the calendar did not plan.
    Unscheduled { session: Id },
    /// Sessions are held but no calendar was planned ahead.
    NoCalendar,
}

impl Cadence {
    /// The translation key of the warning.
    pub fn key(&self) -> &'static str {
        match self {
            Cadence::Gap { .. } => "coaching-warn-gap",
            Cadence::Short { .. } => "coaching-warn-short",
            Cadence::EarlyObservation { .. } => "coaching-warn-early-observation",
            Cadence::Unscheduled { .. } => "coaching-warn-unscheduled",
            Cadence::NoCalendar => "coaching-warn-no-calendar",
        }
    }
}

/// The dates of the partnership's rhythm: every held session's and every planned one's, sorted,
/// each once.
pub fn rhythm(plan: &Plan) -> Vec<Date> {
    let c = &plan.coaching;
    let mut dates: Vec<Date> = c
        .sessions
        .iter()
        .filter_map(|s| s.date.clone())
        .chain(c.calendar.iter().filter_map(|p| p.date.clone()))
        .filter(|d| day_number(d).is_some())
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

/// Every cadence warning of the plan, in this order: gaps, then per session (in date order)
/// short, early observation and unscheduled, then a missing calendar.
pub fn cadence(plan: &Plan) -> Vec<Cadence> {
    let c = &plan.coaching;
    let mut out = Vec::new();
    let dates = rhythm(plan);
    for w in dates.windows(2) {
        if let (Some(a), Some(b)) = (day_number(&w[0]), day_number(&w[1])) {
            if b - a > MAX_GAP_DAYS {
                out.push(Cadence::Gap {
                    from: w[0].clone(),
                    to: w[1].clone(),
                    days: b - a,
                });
            }
        }
    }
    let initiation = c.settings.stage == Stage::Initiation;
    let planned: Vec<&Date> = c.calendar.iter().filter_map(|p| p.date.as_ref()).collect();
    for s in sessions(plan) {
        if s.minutes > 0 && s.minutes <= SHORT_MINUTES {
            out.push(Cadence::Short {
                session: s.id.clone(),
                minutes: s.minutes,
            });
        }
        if initiation && s.observation {
            out.push(Cadence::EarlyObservation {
                session: s.id.clone(),
            });
        }
        if let Some(d) = &s.date {
            if !planned.is_empty() && !planned.contains(&d) {
                out.push(Cadence::Unscheduled {
                    session: s.id.clone(),
                });
            }
        }
    }
    if planned.is_empty() && !c.sessions.is_empty() {
        out.push(Cadence::NoCalendar);
    }
    out
}

/// A goal carried from the previous session, with the progress noted on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried<'a> {
    pub goal: &'a Id,
    /// `None` when the goal was removed since.
    pub found: Option<&'a Goal>,
    /// The progress noted at this session; empty when none yet.
    pub progress: &'a str,
}

/// The session held before `session` (by date; sessions on the same day or undated, by their
/// place in the list).
pub fn previous<'a>(plan: &'a Plan, session: &Id) -> Option<&'a Session> {
    let list = sessions(plan);
    let at = list.iter().position(|s| &s.id == session)?;
    at.checked_sub(1).map(|i| list[i])
}

/// The goals the previous session set for `session`, each with the progress noted at `session`.
pub fn carried<'a>(plan: &'a Plan, session: &Id) -> Vec<Carried<'a>> {
    let Some(prev) = previous(plan, session) else {
        return Vec::new();
    };
    let this = plan.coaching.sessions.iter().find(|s| &s.id == session);
    prev.next_goals
        .iter()
        .map(|g| Carried {
            goal: g,
            found: plan.coaching.goals.iter().find(|x| &x.id == g),
            progress: this
                .and_then(|s| s.progress.iter().find(|p| &p.goal == g))
                .map_or("", |p| p.note.as_str()),
        })
        .collect()
}

/// One month of the year view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub year: i64,
    pub month: u32,
    /// Days of the month with a held session, and whether it included observation.
    pub held: Vec<(u32, bool)>,
    /// Days with a planned session not (yet) held on that day.
    pub planned: Vec<u32>,
}

/// Twelve months from `year`-`month`, with their sessions: the year's rhythm at a glance.
pub fn year_view(plan: &Plan, year: i64, month: u32) -> Vec<Month> {
    let c = &plan.coaching;
    let month = month.clamp(1, 12);
    let mut out: Vec<Month> = (0..12)
        .map(|i| {
            let k = (month - 1 + i) as i64;
            Month {
                year: year + k / 12,
                month: (k % 12) as u32 + 1,
                held: Vec::new(),
                planned: Vec::new(),
            }
        })
        .collect();
    let ymd = |d: &Date| day_number(d).map(civil);
    for s in &c.sessions {
        if let Some((y, m, d)) = s.date.as_ref().and_then(ymd) {
            if let Some(mo) = out.iter_mut().find(|x| x.year == y && x.month == m) {
                mo.held.push((d, s.observation));
            }
        }
    }
    for p in &c.calendar {
        if let Some((y, m, d)) = p.date.as_ref().and_then(ymd) {
            if let Some(mo) = out.iter_mut().find(|x| x.year == y && x.month == m) {
                if !mo.held.iter().any(|h| h.0 == d) && !mo.planned.contains(&d) {
                    mo.planned.push(d);
                }
            }
        }
    }
    for m in &mut out {
        m.held.sort();
        m.held.dedup();
        m.planned.sort();
    }
    out
}

/// What a search looks for; every condition given must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Sessions that set this goal or noted progress on it, and the goal itself.
    pub goal: Option<Id>,
    /// A tag, compared without case.
    pub tag: String,
    /// Words in any text (GROW, observation, feedback, reflection), compared without case.
    pub text: String,
}

/// What a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found<'a> {
    Session(&'a Session),
    Goal(&'a Goal),
}

impl Found<'_> {
    /// A session's date, a goal's target date.
    pub fn date(&self) -> Option<&Date> {
        match self {
            Found::Session(s) => s.date.as_ref(),
            Found::Goal(g) => g.due.as_ref(),
        }
    }

    pub fn id(&self) -> &Id {
        match self {
            Found::Session(s) => &s.id,
            Found::Goal(g) => &g.id,
        }
    }
}

/// Sessions (in date order), then goals (in list order), matching `f`. Entries with no date
/// match only when no date bound is given.
pub fn search<'a>(plan: &'a Plan, f: &Filter) -> Vec<Found<'a>> {
    let tag = f.tag.trim().to_lowercase();
    let text = f.text.trim().to_lowercase();
    let has = |t: &str| t.to_lowercase().contains(&text);
    let all = sessions(plan)
        .into_iter()
        .map(Found::Session)
        .chain(plan.coaching.goals.iter().map(Found::Goal));
    all.filter(|x| {
        let in_range = match (x.date(), &f.from, &f.to) {
            (_, None, None) => true,
            (None, _, _) => false,
            (Some(d), from, to) => {
                from.as_ref().is_none_or(|a| d >= a) && to.as_ref().is_none_or(|b| d <= b)
            }
        };
        let (goal_ok, tags, text_ok) = match x {
            Found::Session(s) => (
                f.goal.as_ref().is_none_or(|g| {
                    s.next_goals.contains(g) || s.progress.iter().any(|p| &p.goal == g)
                }),
                &s.tags,
                Session::TEXTS.iter().any(|k| has(s.text(k).unwrap_or("")))
                    || s.alternatives
                        .iter()
                        .any(|a| has(&a.text) || has(&a.pros) || has(&a.cons))
                    || s.progress.iter().any(|p| has(&p.note))
                    || s.questions.iter().any(|q| has(&q.text)),
            ),
            Found::Goal(g) => (
                f.goal.as_ref().is_none_or(|id| &g.id == id),
                &g.tags,
                has(&g.title) || has(&g.action_plan),
            ),
        };
        let tag_ok = tag.is_empty() || tags.iter().any(|t| t.to_lowercase() == tag);
        in_range && goal_ok && tag_ok && (text.is_empty() || text_ok)
    })
    .collect()
}

/// A copy of the plan without its confidential coaching notes: sessions keep their date, time,
/// length, observation and group marks and who took part, and lose every text (GROW,
/// observation, feedback, reflection), goal link and tag; goals are left out, and so are the responses (and rounds)
/// of the GROW session form. The partnership's participants, stage, agreements and calendar stay.
pub fn without_notes(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    let c = std::rc::Rc::make_mut(&mut p.coaching);
    for s in &mut c.sessions {
        *s = session_without_notes(s);
    }
    c.goals.clear();
    p.responses.retain(|r| r.instrument != GROW);
    p.rounds.retain(|r| r.instrument != GROW);
    p
}

/// A session with only what is not confidential: when, how long, who, and the next date.
fn session_without_notes(s: &Session) -> Session {
    Session {
        id: s.id.clone(),
        date: s.date.clone(),
        time: s.time.clone(),
        minutes: s.minutes,
        observation: s.observation,
        group: s.group,
        coachee: s.coachee.clone(),
        participants: s.participants.clone(),
        observer: s.observer.clone(),
        next_date: s.next_date.clone(),
        ..Session::default()
    }
}

/// Whether the plan holds confidential coaching notes that [`without_notes`] would leave out.
/// Asked at every render of a plan page, so it looks without copying the plan.
pub fn has_notes(plan: &Plan) -> bool {
    let c = &plan.coaching;
    !c.goals.is_empty()
        || plan.responses.iter().any(|r| r.instrument == GROW)
        || plan.rounds.iter().any(|r| r.instrument == GROW)
        || c.sessions.iter().any(|s| session_without_notes(s) != *s)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (never inside a character), ended by CRLF.
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn ics_date(n: i64) -> String {
    let (y, m, d) = civil(n);
    format!("{y:04}{m:02}{d:02}")
}

/// The calendar as an iCalendar file (RFC 5545): one event per planned session with a valid
/// date — timed (floating local time) when it has a start time, all-day otherwise. `title` is
/// every event's summary; `stamp` is the DTSTAMP, `YYYYMMDDTHHMMSSZ` in UTC. No coaching notes
/// go into the file.
pub fn ics(plan: &Plan, title: &str, stamp: &str) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Shutaf//Coaching calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        ics_line(&mut out, l);
    }
    ics_line(
        &mut out,
        &format!("X-WR-CALNAME:{}", ics_escape(&plan.name)),
    );
    for p in &plan.coaching.calendar {
        let Some(day) = p.date.as_ref().and_then(day_number) else {
            continue;
        };
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(
            &mut out,
            &format!("UID:{}-{}@shutaf.invalid", plan.id, p.id),
        );
        ics_line(&mut out, &format!("DTSTAMP:{stamp}"));
        match p.time.as_deref().and_then(parse_time) {
            Some(start) => {
                let at = |mins: i64| {
                    let d = day + mins.div_euclid(1440);
                    let m = mins.rem_euclid(1440);
                    format!("{}T{:02}{:02}00", ics_date(d), m / 60, m % 60)
                };
                ics_line(&mut out, &format!("DTSTART:{}", at(start as i64)));
                if p.minutes > 0 {
                    ics_line(
                        &mut out,
                        &format!("DTEND:{}", at(start as i64 + p.minutes as i64)),
                    );
                }
            }
            None => {
                ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(day)));
                ics_line(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_date(day + 1)));
            }
        }
        ics_line(&mut out, &format!("SUMMARY:{}", ics_escape(title)));
        if !p.place.is_empty() {
            ics_line(&mut out, &format!("LOCATION:{}", ics_escape(&p.place)));
        }
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

/// Dates every `weeks` weeks from `first`, `count` of them: a year's calendar in one step.
pub fn series(first: &Date, weeks: u32, count: usize) -> Vec<Date> {
    let Some(start) = day_number(first) else {
        return Vec::new();
    };
    (0..count.min(60))
        .map(|i| {
            let (y, m, d) = civil(start + i as i64 * 7 * weeks.max(1) as i64);
            Date(format!("{y:04}-{m:02}-{d:02}"))
        })
        .collect()
}
