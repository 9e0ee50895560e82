//! The data model: a workspace of plans, each with its partners and people.
//!
//! Every struct refuses fields it does not know (`deny_unknown_fields`): import's fast path then
//! notices them, and its careful path reports them as warnings and leaves them out.
//!
//! Entities have stable ids and refer to each other by id. Ids are unique among their siblings:
//! plan ids across the workspace, partner and person ids within their plan. Later modules add
//! their collections to [`Plan`] as fields with `#[serde(default)]`, so older files stay valid.

use std::rc::Rc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A stable identifier: 1–64 characters of ASCII letters, digits, `-` and `_`.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Id(
    #[schemars(length(min = 1, max = 64), regex(pattern = r"^[A-Za-z0-9_-]+$"))] pub String,
);

impl Id {
    /// Builds an id from text the caller already knows to be valid (see [`Id::is_valid`]).
    pub fn new(s: impl Into<String>) -> Self {
        Id(s.into())
    }

    /// Whether the text is a well-formed id.
    pub fn is_valid(s: &str) -> bool {
        !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar date, `YYYY-MM-DD`, as typed in a date field.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Date(#[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))] pub String);

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists in that month.
    pub fn parse(s: &str) -> Option<Date> {
        Date::is_valid(s).then(|| Date(s.to_string()))
    }

    /// Whether `s` is a `YYYY-MM-DD` date whose day exists in its month (without making a
    /// [`Date`]: every date of every file opened is checked).
    pub fn is_valid(s: &str) -> bool {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return false;
        }
        let mut digits = [0u32; 8];
        for (k, &i) in [0, 1, 2, 3, 5, 6, 8, 9].iter().enumerate() {
            match b[i] {
                c @ b'0'..=b'9' => digits[k] = u32::from(c - b'0'),
                _ => return false,
            }
        }
        let [y0, y1, y2, y3, m0, m1, d0, d1] = digits;
        let (y, m, d) = (
            y0 * 1000 + y1 * 100 + y2 * 10 + y3,
            m0 * 10 + m1,
            d0 * 10 + d1,
        );
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        y != 0 && d != 0 && d <= days
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The kind of partnership a plan describes. The kind chooses which modules the plan shows
/// first; the data model is the same for every kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// Support bodies around a focus school (seed 000).
    #[default]
    SchoolSupport,
    /// A municipal education ecosystem (seed 001).
    MunicipalEcosystem,
    /// Schools working together (seed 002).
    SchoolPartnership,
    /// A network or cluster convened by a funder (seed 004).
    NetworkCluster,
    /// Peer coaching of educational leaders (seed 003).
    CoachingPartnership,
}

impl PlanKind {
    pub const ALL: [PlanKind; 5] = [
        PlanKind::SchoolSupport,
        PlanKind::MunicipalEcosystem,
        PlanKind::SchoolPartnership,
        PlanKind::NetworkCluster,
        PlanKind::CoachingPartnership,
    ];

    /// The stable name used in files and translation keys.
    pub fn key(self) -> &'static str {
        match self {
            PlanKind::SchoolSupport => "school_support",
            PlanKind::MunicipalEcosystem => "municipal_ecosystem",
            PlanKind::SchoolPartnership => "school_partnership",
            PlanKind::NetworkCluster => "network_cluster",
            PlanKind::CoachingPartnership => "coaching_partnership",
        }
    }

    pub fn from_key(key: &str) -> Option<PlanKind> {
        PlanKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The plan modules in the order this kind shows them. Later issues add modules here.
    pub fn modules(self) -> &'static [Module] {
        use Module::*;
        match self {
            PlanKind::SchoolSupport => &[
                Partners,
                Instruments,
                Tasks,
                People,
                Evaluation,
                Governance,
                Details,
            ],
            PlanKind::MunicipalEcosystem => &[
                Governance,
                Instruments,
                Partners,
                People,
                Tasks,
                Evaluation,
                Details,
            ],
            PlanKind::SchoolPartnership => &[
                Instruments,
                Partners,
                People,
                Tasks,
                Evaluation,
                Governance,
                Details,
            ],
            PlanKind::NetworkCluster => &[
                Evaluation,
                Instruments,
                People,
                Partners,
                Tasks,
                Governance,
                Details,
            ],
            PlanKind::CoachingPartnership => &[
                Coaching,
                Instruments,
                People,
                Tasks,
                Partners,
                Evaluation,
                Governance,
                Details,
            ],
        }
    }
}

/// A section of a plan's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Module {
    Details,
    Partners,
    People,
    Instruments,
    Tasks,
    /// Ecosystem governance and the work plan (a page of its own).
    Governance,

    /// The coaching partnership: sessions, goals, calendar (coaching plans only).
    Coaching,

    Evaluation,
}

impl Module {
    pub fn key(self) -> &'static str {
        match self {
            Module::Details => "details",
            Module::Partners => "partners",
            Module::People => "people",
            Module::Instruments => "instruments",
            Module::Tasks => "tasks",
            Module::Governance => "governance",

            Module::Coaching => "coaching",

            Module::Evaluation => "evaluation",
        }
    }
}

/// Declares an enum of stable keys (`ALL`, `key`, `from_key`), used in files and translation keys.
macro_rules! key_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vm])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable name used in files and translation keys.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

pub(crate) use key_enum;

key_enum! {
    /// A day of the week, as partners' instruction days (the Israeli school week starts on Sunday).
    Weekday {
        #[default]
        Sun => "sun",
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
    }
}

key_enum! {
    /// Where a partner comes from (catalogue §1).
    Origin {
        LocalAuthority => "local_authority",
        Ministry => "ministry",
        SchoolNetwork => "school_network",
        Ngo => "ngo",
        Foundation => "foundation",
        Academia => "academia",
        Business => "business",
        School => "school",
        #[default]
        Other => "other",
    }
}

key_enum! {
    /// The sector a partner belongs to.
    Sector {
        #[default]
        Public => "public",
        Business => "business",
        Third => "third",
    }
}

key_enum! {
    /// How a partner relates to the plan.
    Relationship {
        Strategic => "strategic",
        Funding => "funding",
        #[default]
        Operator => "operator",
        Network => "network",
        School => "school",
    }
}

/// A body that takes part in the partnership: a support body, a funder, a school, an NGO…
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default)]
    pub origin: Origin,
    #[serde(default)]
    pub sector: Sector,
    #[serde(default)]
    pub relationship: Relationship,
    /// Who represents the partner in the plan, and in what role.
    #[serde(default)]
    #[schemars(length(max = 200))]
    pub representative: String,
    /// What this partner brings that others do not.
    #[serde(default)]
    #[schemars(length(max = 2000))]
    pub added_value: String,
    #[serde(default)]
    #[schemars(length(max = 10000))]
    pub notes: String,
    /// What the partner knows how to do.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub expertise: String,
    /// What the partner cannot do, or only within limits.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub limitations: String,
    /// Needs and topics the partner works on (short phrases).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 30))]
    pub focus_topics: Vec<String>,
    /// Methods and tools the partner uses (short phrases).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 30))]
    pub methods: Vec<String>,
    /// Other bodies the partner works with (short names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 30))]
    pub works_with: Vec<String>,
    /// The days of the week the partner is at the school.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Weekday>,
    /// When the partner started working with the school.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival: Option<Date>,
    /// Whether the partner funds infrastructure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub funds_infrastructure: bool,
    /// Whether the partner measures and evaluates its own work.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own_measurement: bool,
    /// How the partner is reached (office, phone, e-mail).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 200))]
    pub contact: String,
}

/// A person taking part in the plan, possibly on behalf of one of its partners.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    /// Role in the partnership: principal, instructor, consultant, chair…
    #[serde(default)]
    #[schemars(length(max = 200))]
    pub role: String,
    /// The partner this person belongs to, if any; must name a partner of the same plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<Id>,
    /// E-mail, phone, or however this person is best reached.
    #[serde(default)]
    #[schemars(length(max = 200))]
    pub contact: String,
    #[serde(default)]
    #[schemars(length(max = 10000))]
    pub notes: String,
}

/// One partnership plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default)]
    pub kind: PlanKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// What the partnership is for, in a few sentences.
    #[serde(default)]
    #[schemars(length(max = 10000))]
    pub description: String,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub people: Vec<Person>,
    /// Rounds of instruments: each time an instrument is filled (by one or many respondents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
    /// Answers to instruments, each belonging to a round.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Response>,
    /// Tasks: actions with an owner and a due date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Warnings the user dismissed, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<Dismissal>,
    /// Peer coaching (see [`crate::parts`]).
    #[serde(default, skip_serializing_if = "is_empty_part")]
    pub coaching: Rc<crate::parts::Coaching>,
    /// Responsibility areas, conflicts and contacts among partners.
    #[serde(default, skip_serializing_if = "is_empty_part")]
    pub landscape: Rc<crate::parts::Landscape>,
    /// Governance bodies, meetings and the work plan.
    #[serde(default, skip_serializing_if = "is_empty_part")]
    pub governance: Rc<crate::parts::Governance>,
    /// Indicators, measurements, interviews and findings.
    #[serde(default, skip_serializing_if = "is_empty_part")]
    pub evaluation: Rc<crate::parts::Evaluation>,
}

fn is_empty_part<T: Default + PartialEq>(part: &Rc<T>) -> bool {
    **part == T::default()
}

/// One answer to one item of an instrument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A checklist row: ticked or not.
    Check(bool),
    YesNo(bool),
    Text(#[schemars(length(max = 10000))] String),
    /// The id of the chosen option.
    Choice(String),
    /// The ids of the chosen options.
    Choices(Vec<String>),
    /// Agreement from 1 (not at all) to 5 (fully).
    Agree(#[schemars(range(min = 1, max = 5))] u8),
    /// "Don't know", on an agreement item.
    DontKnow,
    Date(Date),
    Number(f64),
    /// A list of actions (each can become a task).
    Actions(Vec<String>),
}

// Numbers come from JSON or from a number field: never NaN, so equality is total.
impl Eq for Answer {}

impl Answer {
    /// The answer as a number, where it is one (numbers and agreement).
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Answer::Number(n) => Some(*n),
            Answer::Agree(n) => Some(*n as f64),
            _ => None,
        }
    }

    /// Whether the answer says nothing (empty text, no choice, no action).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Choices(c) => c.is_empty(),
            Answer::Actions(a) => a.iter().all(|x| x.trim().is_empty()),
            _ => false,
        }
    }
}

/// What a response is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// The plan as a whole.
    #[default]
    Plan,
    /// One partner of the plan.
    Partner(Id),
    /// One person of the plan.
    Person(Id),
}

/// One occasion on which an instrument is filled (a workshop, a yearly review).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub id: Id,
    /// The id of the instrument in Shutaf's library.
    pub instrument: String,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// One respondent's answers to an instrument, in one round, about one subject.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub id: Id,
    pub instrument: String,
    /// The round this response belongs to; must name a round of the same plan and instrument.
    pub round: Id,
    #[serde(default)]
    pub subject: Subject,
    /// Who answered: a name or a role; empty when anonymous.
    #[serde(default)]
    #[schemars(length(max = 200))]
    pub respondent: String,
    /// Answers by item id.
    #[serde(default)]
    pub answers: std::collections::BTreeMap<String, Answer>,
}

/// Something to do, with an owner and a due date.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: Id,
    #[schemars(length(min = 1, max = 500))]
    pub title: String,
    /// The person who owns it; must name a person of the same plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub done: bool,
    /// Where it came from (for example "instrument:strategic_planning", or "joint:document"
    /// for an item of the joint work plan); empty when typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub origin: String,
    /// The partner whose action this is, in the joint work plan; may name a removed partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<Id>,
}

/// A warning the user chose to set aside, and why.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dismissal {
    /// Which warning: `instrument_id/rule_id`, and `/subject` for a partner or person.
    pub warning: String,
    #[schemars(length(max = 2000))]
    pub reason: String,
}

impl Plan {
    pub fn new(id: Id, name: impl Into<String>, kind: PlanKind) -> Self {
        Plan {
            id,
            name: name.into(),
            kind,
            ..Default::default()
        }
    }

    pub fn partner(&self, id: &Id) -> Option<&Partner> {
        self.partners.iter().find(|p| &p.id == id)
    }

    pub fn person(&self, id: &Id) -> Option<&Person> {
        self.people.iter().find(|p| &p.id == id)
    }
}

/// Everything the user keeps: many plans. Plans are shared (`Rc`) so that an edit copies at
/// most the one plan it touches, never the workspace.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workspace {
    pub plans: Vec<Rc<Plan>>,
}

impl Workspace {
    pub fn plan(&self, id: &Id) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id).map(|p| &**p)
    }

    pub fn plan_index(&self, id: &Id) -> Option<usize> {
        self.plans.iter().position(|p| &p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn a_date_is_valid_only_when_its_day_exists() {
        for ok in [
            "2024-02-29",
            "2000-02-29",
            "2026-12-31",
            "0001-01-01",
            "9999-11-30",
        ] {
            assert!(Date::is_valid(ok), "{ok}");
            assert_eq!(Date::parse(ok).map(|d| d.0), Some(ok.to_string()));
        }
        for bad in [
            "2023-02-29", // not a leap year
            "1900-02-29", // a century, not a leap year
            "2026-02-30",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "0000-01-01",
            "2026-1-01",
            "2026/01/01",
            "2026-01-1a",
            "+202-01-01",
            "2026-01-01 ",
            "",
            "٢٠٢٦-٠١-٠١", // other digits
        ] {
            assert!(!Date::is_valid(bad), "{bad}");
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
