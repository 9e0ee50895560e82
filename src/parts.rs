//! The plan's modules beyond partners and people: each module keeps its data in a *part* of the
//! plan (`plan.coaching`, `plan.landscape`, `plan.governance`, `plan.evaluation`), made of lists
//! of entities with ids and of single records.
//!
//! One generic command, [`crate::command::Command::Put`], adds, replaces or removes one entity
//! (or replaces one single record); its inverse puts back what was there. Every entity type
//! implements [`Entity`] (and every single record [`Checked`]): the same `check` cleans texts and
//! finds errors both when the editor stores a value and when a file is imported, so what the
//! editor accepts always loads again.
//!
//! References from a part to partners, people or other entities may dangle after what they name
//! is removed: the interface shows them as removed, and import accepts them. Ids are unique
//! within their list.
//!
//! To add a list or a record to a part, add a line to the `parts!` invocation below.

use std::rc::Rc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::format::Checks;
use crate::model::{Id, Plan};

/// A value that can check and clean itself. `path` is its JSON path (`$.plans[0].coaching.sessions[3]`);
/// problems are pushed to `cx` with paths under it.
pub trait Checked {
    fn check(&mut self, plan: &Plan, path: &str, cx: &mut Checks);
}

/// An entity of a part's list: it has an id, unique in its list. Entity and record types are
/// `#[serde(deny_unknown_fields)]` like the rest of the model (a test checks each).
pub trait Entity: Checked {
    fn id(&self) -> &Id;
}

/// For `skip_serializing_if`: a value that is its type's default is not written.
pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

macro_rules! parts {
    ($(
        $(#[$pm:meta])*
        $part:ident ($pfield:ident) {
            lists { $( $(#[$lm:meta])* $coll:ident : $ty:ty => $field:ident ),* $(,)? }
            singles { $( $(#[$sm:meta])* $scoll:ident : $sty:ty => $sfield:ident ),* $(,)? }
        }
    )*) => {
        $(
            $(#[$pm])*
            #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
            #[serde(deny_unknown_fields)]
            pub struct $part {
                $(
                    $(#[$lm])*
                    #[serde(default, skip_serializing_if = "Vec::is_empty")]
                    pub $field: Vec<$ty>,
                )*
                $(
                    $(#[$sm])*
                    #[serde(default, skip_serializing_if = "is_default")]
                    pub $sfield: $sty,
                )*
            }

            // Numbers in parts are checked to be finite, so equality is total.
            impl Eq for $part {}
        )*

        /// Which list or single record a [`crate::command::Command::Put`] changes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Coll {
            $( $($coll,)* $($scoll,)* )*
        }

        /// A value of any list or single record. (An indicator, with its measurements inline, is
        /// the largest: values are short-lived, so it is not boxed.)
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)] // one value at a time, moved into a command
        pub enum Ent {
            $( $($coll($ty),)* $($scoll($sty),)* )*
        }

        impl Ent {
            pub fn coll(&self) -> Coll {
                match self {
                    $( $(Ent::$coll(_) => Coll::$coll,)* $(Ent::$scoll(_) => Coll::$scoll,)* )*
                }
            }

            /// The entity's id; `None` for a single record.
            pub fn id(&self) -> Option<&Id> {
                match self {
                    $( $(Ent::$coll(e) => Some(Entity::id(e)),)* $(Ent::$scoll(_) => None,)* )*
                }
            }

            #[allow(unreachable_patterns, unused_mut, unused_variables)]
        pub(crate) fn check(&mut self, plan: &Plan, path: &str, cx: &mut Checks) {
                match self {
                    $( $(Ent::$coll(e) => e.check(plan, path, cx),)* $(Ent::$scoll(e) => e.check(plan, path, cx),)* )*
                }
            }
        }

        /// Puts `value` in place of the entity `id` of `coll` (adding it at `index`, or at the
        /// end, when there is none), or removes that entity when `value` is `None`. For a single
        /// record `id` is ignored and `None` resets it. Returns what was there and where.
        #[allow(unreachable_patterns, unused_mut, unused_variables)]
        pub(crate) fn put(
            plan: &mut Plan,
            coll: Coll,
            id: &Id,
            value: Option<Ent>,
            index: Option<usize>,
        ) -> Result<(Option<Ent>, Option<usize>), crate::command::CommandError> {
            match coll {
                $(
                    $(
                        Coll::$coll => {
                            let value = match value {
                                Some(Ent::$coll(v)) => Some(v),
                                None => None,
                                Some(_) => return Err(crate::command::CommandError::WrongKind),
                            };
                            let list = &mut Rc::make_mut(&mut plan.$pfield).$field;
                            let (old, at) = put_in(list, id, value, index)?;
                            Ok((old.map(Ent::$coll), at))
                        }
                    )*
                    $(
                        Coll::$scoll => {
                            let value = match value {
                                Some(Ent::$scoll(v)) => v,
                                None => <$sty>::default(),
                                Some(_) => return Err(crate::command::CommandError::WrongKind),
                            };
                            let slot = &mut Rc::make_mut(&mut plan.$pfield).$sfield;
                            Ok((Some(Ent::$scoll(std::mem::replace(slot, value))), None))
                        }
                    )*
                )*
            }
        }

        /// The entity and record types that accept fields they do not know: a test wants none.
        #[doc(hidden)]
        pub fn accepting_unknown_fields() -> Vec<&'static str> {
            let probe = r#"{"zz_unknown_field":1}"#;
            let refuses = |e: Option<serde_json::Error>| {
                e.is_some_and(|e| e.to_string().contains("unknown field"))
            };
            let mut found = Vec::new();
            $(
                if !refuses(serde_json::from_str::<$part>(probe).err()) {
                    found.push(stringify!($part));
                }
                $(
                    if !refuses(serde_json::from_str::<$ty>(probe).err()) {
                        found.push(stringify!($ty));
                    }
                )*
                $(
                    if !refuses(serde_json::from_str::<$sty>(probe).err()) {
                        found.push(stringify!($sty));
                    }
                )*
            )*
            found
        }

        /// Whether every list of the plan's parts is within [`crate::format::MAX_ENTITIES`].
        #[allow(unused_variables)]
        pub(crate) fn within_limits(plan: &Plan) -> bool {
            true $($( && plan.$pfield.$field.len() <= crate::format::MAX_ENTITIES )*)*
        }

        /// The names of the parts, as fields of a plan.
        pub const PART_NAMES: &[&str] = &[$(stringify!($pfield)),*];

        /// Reads the parts taken out of a plan's JSON object (see [`PART_NAMES`]) into the plan,
        /// reporting every bad entity at its path; the good ones are kept.
        #[allow(unreachable_patterns, unused_mut, unused_variables)]
        pub(crate) fn read(cx: &mut Checks, plan: &mut Plan, mut raw: serde_json::Map<String, Value>, path: &str) {
            $(
                if let Some(value) = raw.remove(stringify!($pfield)) {
                    let at = format!("{path}.{}", stringify!($pfield));
                    match value {
                        Value::Object(mut pobj) => {
                            $(
                                let $field: Vec<(usize, $ty)> =
                                    cx.list(pobj.remove(stringify!($field)), &format!("{at}.{}", stringify!($field)));
                            )*
                            if let Some(mut _part) = cx.typed::<$part>(&Value::Object(pobj), &at) {
                                $(
                                    let (indices, items): (Vec<usize>, Vec<$ty>) = $field.into_iter().unzip();
                                    _part.$field = items;
                                    cx.indices.insert(format!("{at}.{}", stringify!($field)), indices);
                                )*
                                plan.$pfield = Rc::new(_part);
                            }
                        }
                        Value::Null => {}
                        _ => cx.push(at, crate::format::ProblemKind::WrongType {
                            expected: crate::format::ValueType::Object,
                        }),
                    }
                }
            )*
        }

        /// Checks every entity and record of the plan's parts, and that ids are unique in each list.
        #[allow(unreachable_patterns, unused_mut, unused_variables)]
        pub(crate) fn check(plan: &mut Plan, path: &str, cx: &mut Checks) {
            $(
                {
                    let at = format!("{path}.{}", stringify!($pfield));
                    let mut rc = std::mem::take(&mut plan.$pfield);
                    let _part = Rc::make_mut(&mut rc);
                    $(
                        let lat = format!("{at}.{}", stringify!($field));
                        let indices = cx.indices.remove(&lat)
                            .unwrap_or_else(|| (0.._part.$field.len()).collect());
                        for (&i, e) in indices.iter().zip(_part.$field.iter_mut()) {
                            let eat = format!("{lat}[{i}]");
                            cx.id(e.id(), || format!("{eat}.id"));
                            e.check(plan, &eat, cx);
                        }
                        cx.unique(
                            indices.iter().copied().zip(_part.$field.iter().map(|e| e.id())),
                            |i| format!("{lat}[{i}].id"),
                        );
                    )*
                    $(
                        _part.$sfield.check(plan, &format!("{at}.{}", stringify!($sfield)), cx);
                    )*
                    plan.$pfield = rc;
                }
            )*
        }
    };
}

/// Puts one entity in a list: replaces, inserts or removes. Returns the old value and its index.
fn put_in<T: Entity + Clone>(
    list: &mut Vec<T>,
    id: &Id,
    value: Option<T>,
    index: Option<usize>,
) -> Result<(Option<T>, Option<usize>), crate::command::CommandError> {
    use crate::command::CommandError;
    if let Some(v) = &value {
        if v.id() != id {
            return Err(CommandError::WrongKind);
        }
    }
    let at = list.iter().position(|e| e.id() == id);
    match (at, value) {
        (Some(i), Some(v)) => Ok((Some(std::mem::replace(&mut list[i], v)), Some(i))),
        (Some(i), None) => Ok((Some(list.remove(i)), Some(i))),
        (None, Some(v)) => {
            if list.len() >= crate::format::MAX_ENTITIES {
                return Err(CommandError::TooMany);
            }
            let i = index.unwrap_or(list.len()).min(list.len());
            list.insert(i, v);
            Ok((None, Some(i)))
        }
        (None, None) => Err(CommandError::EntityNotFound(id.clone())),
    }
}

parts! {
    /// Peer coaching of educational leaders (issue 8).
    Coaching(coaching) {
        lists {
            /// The partnership's participants and their roles.
            CoachingParticipant: crate::coaching::Participant => participants,
            /// The year's sessions, planned ahead.
            CoachingPlanned: crate::coaching::Planned => calendar,
            /// Coaching sessions.
            CoachingSession: crate::coaching::Session => sessions,
            /// The coachees' goals and action plans.
            CoachingGoal: crate::coaching::Goal => goals,
        }
        singles {
            /// The stage and the initiation agreements.
            CoachingSettings: crate::coaching::Settings => settings,
        }
    }
    /// The partner landscape: responsibility areas, conflicts, contacts (issue 5).
    Landscape(landscape) {
        lists {
            /// Responsibility areas, shared or distinct, with their owners.
            Area: crate::landscape::Area => areas,
            /// The conflicts log.
            Conflict: crate::landscape::Conflict => conflicts,
            /// The partner network's contact plan.
            Contact: crate::landscape::Contact => contacts,
        }
        singles {
            /// The joint work plan's goal, meeting day and principal's updates.
            JointPlan: crate::landscape::JointPlan => joint,
        }
    }
    /// Ecosystem governance and the work plan (issue 6).
    Governance(governance) {
        lists {
            /// Goals of the work plan.
            Goal: crate::governance::Goal => goals,
            /// Levers, each under a goal.
            Lever: crate::governance::Lever => levers,
            /// Action components, each under a lever.
            ActionComponent: crate::governance::ActionComponent => components,
            /// Steering committee, planning forum, working groups, leading team, measurement group.
            Body: crate::governance::Body => bodies,
            /// Meetings of the bodies.
            Meeting: crate::governance::Meeting => meetings,
            /// Community engagement activities.
            Activity: crate::governance::Activity => activities,
        }
        singles {
            /// Stage, mission, vision, overarching goal, the planning year.
            Charter: crate::governance::Charter => charter,
        }
    }
    /// Measurement and evaluation (issue 7).
    Evaluation(evaluation) {
        lists {
            /// Indicators on the three axes, with their measurements.
            EvalIndicator: crate::evaluation::Indicator => indicators,
            /// The network's members.
            NetMember: crate::evaluation::Member => members,
            /// Tasks the network's members do together.
            JointTask: crate::evaluation::JointTask => joint_tasks,
            /// The interview guide.
            GuideQuestion: crate::evaluation::Question => questions,
            Interview: crate::evaluation::Interview => interviews,
            Finding: crate::evaluation::Finding => findings,
            Recommendation: crate::evaluation::Recommendation => recommendations,
        }
        singles {
            /// Impact circles, methods and the points for thought.
            EvalDesign: crate::evaluation::Design => design,
            /// The network's goal, objectives, contributions and convener.
            Network: crate::evaluation::Network => network,
        }
    }
}
