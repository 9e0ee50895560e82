//! Every change to a workspace is a [`Command`]. Applying a command returns its inverse, which is
//! what the undo history keeps: an edit never copies the workspace, and at most copies the one
//! plan it touches when the user interface still holds that plan.

use crate::instrument::{answer_fits, Instrument};
use crate::model::{
    Answer, Date, Dismissal, Id, Origin, Partner, Person, Plan, PlanKind, Relationship, Response,
    Round, Sector, Subject, Task, Weekday, Workspace,
};
use crate::parts::{Coll, Ent};
use crate::text::{self, MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};
use std::rc::Rc;

/// One field of a plan, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanField {
    Name(String),
    Kind(PlanKind),
    StartDate(Option<Date>),
    EndDate(Option<Date>),
    Description(String),
}

/// One field of a partner, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum PartnerField {
    Name(String),
    Origin(Origin),
    Sector(Sector),
    Relationship(Relationship),
    Representative(String),
    AddedValue(String),
    Notes(String),
    Expertise(String),
    Limitations(String),
    /// A short list (cleaned by [`text::clean_list`]).
    FocusTopics(Vec<String>),
    Methods(Vec<String>),
    WorksWith(Vec<String>),
    /// Instruction days (kept in week order, each once).
    Days(Vec<Weekday>),
    Arrival(Option<Date>),
    FundsInfrastructure(bool),
    OwnMeasurement(bool),
    Contact(String),
}

/// One field of a person, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum PersonField {
    Name(String),
    Role(String),
    PartnerId(Option<Id>),
    Contact(String),
    Notes(String),
}

/// One field of a task, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskField {
    Title(String),
    Owner(Option<Id>),
    Due(Option<Date>),
    Done(bool),
    /// The partner whose action this is (may name a removed partner; see [`Task::partner_id`]).
    Partner(Option<Id>),
}

/// A change to the workspace.
// `Put` carries a whole entity (a meeting is a few hundred bytes); at most 200 commands are
// kept for undo, so boxing it would save little.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // a coaching session is the largest; commands are few at a time
pub enum Command {
    /// Adds a plan at `index` (the end when `None`).
    AddPlan {
        plan: Rc<Plan>,
        index: Option<usize>,
    },
    RemovePlan {
        plan_id: Id,
    },
    SetPlanField {
        plan_id: Id,
        field: PlanField,
    },
    /// Copies a plan under a new id and name, right after the original.
    DuplicatePlan {
        plan_id: Id,
        new_id: Id,
        name: String,
    },
    AddPartner {
        plan_id: Id,
        partner: Partner,
        index: Option<usize>,
    },
    /// Removes a partner; people who belonged to it stay, without a partner.
    RemovePartner {
        plan_id: Id,
        partner_id: Id,
    },
    SetPartnerField {
        plan_id: Id,
        partner_id: Id,
        field: PartnerField,
    },
    AddPerson {
        plan_id: Id,
        person: Person,
        index: Option<usize>,
    },
    RemovePerson {
        plan_id: Id,
        person_id: Id,
    },
    SetPersonField {
        plan_id: Id,
        person_id: Id,
        field: PersonField,
    },
    /// Adds a round of an instrument.
    AddRound {
        plan_id: Id,
        round: Round,
        index: Option<usize>,
    },
    /// Removes a round with all its responses.
    RemoveRound {
        plan_id: Id,
        round_id: Id,
    },
    SetRoundName {
        plan_id: Id,
        round_id: Id,
        name: String,
    },
    SetRoundDate {
        plan_id: Id,
        round_id: Id,
        date: Option<Date>,
    },
    /// Adds a response; its round must exist and be of the same instrument.
    AddResponse {
        plan_id: Id,
        response: Response,
        index: Option<usize>,
    },
    RemoveResponse {
        plan_id: Id,
        response_id: Id,
    },
    /// Sets (or, with `None`, clears) the answer to one item.
    SetAnswer {
        plan_id: Id,
        response_id: Id,
        item: String,
        answer: Option<Answer>,
    },
    SetRespondent {
        plan_id: Id,
        response_id: Id,
        respondent: String,
    },
    AddTask {
        plan_id: Id,
        task: Task,
        index: Option<usize>,
    },
    RemoveTask {
        plan_id: Id,
        task_id: Id,
    },
    SetTaskField {
        plan_id: Id,
        task_id: Id,
        field: TaskField,
    },
    /// Sets a warning aside, with the reason.
    Dismiss {
        plan_id: Id,
        warning: String,
        reason: String,
        index: Option<usize>,
    },
    /// Brings a dismissed warning back.
    Undismiss {
        plan_id: Id,
        warning: String,
    },
    /// Adds, replaces or removes one entity of a plan's part, or replaces one single record (see
    /// [`crate::parts`]). `value` is checked and cleaned as import checks it.
    Put {
        plan_id: Id,
        coll: Coll,
        /// The entity's id (ignored for a single record).
        id: Id,
        /// The new value; `None` removes the entity (or resets the record).
        value: Option<Ent>,
        /// Where a new entity goes (the end when `None`).
        index: Option<usize>,
    },
    /// Puts a whole workspace in place of the current one (an import or restoring the demo).
    ReplaceWorkspace {
        workspace: Workspace,
    },
    /// Several commands as one step; undone as one step.
    Batch(Vec<Command>),
}

impl Command {
    /// Adds or replaces an entity of a part (or replaces a single record).
    pub fn put(plan_id: &Id, value: Ent) -> Command {
        Command::Put {
            plan_id: plan_id.clone(),
            coll: value.coll(),
            id: value.id().cloned().unwrap_or_default(),
            value: Some(value),
            index: None,
        }
    }

    /// Removes an entity of a part.
    pub fn remove(plan_id: &Id, coll: Coll, id: &Id) -> Command {
        Command::Put {
            plan_id: plan_id.clone(),
            coll,
            id: id.clone(),
            value: None,
            index: None,
        }
    }
}

/// Why a command could not be applied. The workspace is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    PlanNotFound(Id),
    PartnerNotFound(Id),
    PersonNotFound(Id),
    RoundNotFound(Id),
    ResponseNotFound(Id),
    TaskNotFound(Id),
    /// A response whose instrument differs from its round's.
    WrongRound,
    /// No such warning is dismissed.
    NotDismissed,
    /// A round of an instrument that is not in the library.
    UnknownInstrument(String),
    /// An answer to an item the instrument does not have.
    UnknownItem(String),
    /// An answer that does not fit its item (wrong kind, unknown option, out of range).
    AnswerMismatch(String),
    DuplicateId(Id),
    InvalidId(String),
    /// No entity with this id in the list a `Put` names.
    EntityNotFound(Id),
    /// A `Put` whose value is not of the list it names, or whose id differs from the value's.
    WrongKind,
    /// A list that is full.
    TooMany,
    /// A value that fails its checks: the first problem found, at a path inside the value
    /// (`$` is the value itself).
    Invalid(crate::format::Problem),
    EmptyName,
    DatesOutOfOrder,
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

fn plan_mut<'a>(ws: &'a mut Workspace, id: &Id) -> Result<&'a mut Plan, CommandError> {
    let plan = ws
        .plans
        .iter_mut()
        .find(|p| &p.id == id)
        .ok_or_else(|| CommandError::PlanNotFound(id.clone()))?;
    Ok(Rc::make_mut(plan))
}

fn check_id(id: &Id) -> Result<(), CommandError> {
    if Id::is_valid(id.as_str()) {
        Ok(())
    } else {
        Err(CommandError::InvalidId(id.0.clone()))
    }
}

fn name(s: &str) -> Result<String, CommandError> {
    let n = text::user_text(s, MAX_NAME, true);
    if n.is_empty() {
        Err(CommandError::EmptyName)
    } else {
        Ok(n)
    }
}

fn short(s: &str) -> String {
    text::user_text(s, MAX_SHORT, true)
}

fn long(s: &str, max: usize) -> String {
    text::user_text(s, max, false)
}

fn insert_at<T>(v: &mut Vec<T>, index: Option<usize>, item: T) {
    let i = index.unwrap_or(v.len()).min(v.len());
    v.insert(i, item);
}

fn clean_partner(mut p: Partner) -> Result<Partner, CommandError> {
    check_id(&p.id)?;
    p.name = name(&p.name)?;
    p.representative = short(&p.representative);
    p.added_value = long(&p.added_value, MAX_MEDIUM);
    p.notes = long(&p.notes, MAX_LONG);
    p.expertise = long(&p.expertise, MAX_MEDIUM);
    p.limitations = long(&p.limitations, MAX_MEDIUM);
    p.contact = short(&p.contact);
    p.focus_topics = text::clean_list(p.focus_topics);
    p.methods = text::clean_list(p.methods);
    p.works_with = text::clean_list(p.works_with);
    p.days = days(p.days);
    Ok(p)
}

/// Days in week order, each once.
fn days(mut d: Vec<Weekday>) -> Vec<Weekday> {
    d.sort_by_key(|d| *d as u8);
    d.dedup();
    d
}

fn clean_person(mut p: Person) -> Result<Person, CommandError> {
    check_id(&p.id)?;
    p.name = name(&p.name)?;
    p.role = short(&p.role);
    p.contact = short(&p.contact);
    p.notes = long(&p.notes, MAX_LONG);
    Ok(p)
}

/// Longest task title, in characters.
pub const MAX_TASK: usize = 500;

fn task_title(s: &str) -> Result<String, CommandError> {
    let t = text::user_text(s, MAX_TASK, true);
    if t.is_empty() {
        Err(CommandError::EmptyName)
    } else {
        Ok(t)
    }
}

fn round_mut<'a>(plan: &'a mut Plan, id: &Id) -> Result<&'a mut Round, CommandError> {
    plan.rounds
        .iter_mut()
        .find(|r| &r.id == id)
        .ok_or_else(|| CommandError::RoundNotFound(id.clone()))
}

fn response_mut<'a>(plan: &'a mut Plan, id: &Id) -> Result<&'a mut Response, CommandError> {
    plan.responses
        .iter_mut()
        .find(|r| &r.id == id)
        .ok_or_else(|| CommandError::ResponseNotFound(id.clone()))
}

/// An instrument of the library.
fn instrument(id: &str) -> Result<&'static Instrument, CommandError> {
    crate::instrument::shared()
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| CommandError::UnknownInstrument(id.to_string()))
}

/// Whether an answer may be stored: its item exists and it fits the item. Import refuses
/// anything else, so what the editor accepts always loads again.
fn check_answer(ins: &Instrument, item: &str, a: &Answer) -> Result<(), CommandError> {
    let it = ins
        .item(item)
        .ok_or_else(|| CommandError::UnknownItem(item.to_string()))?;
    if answer_fits(&it.answer, a) {
        Ok(())
    } else {
        Err(CommandError::AnswerMismatch(item.to_string()))
    }
}

/// Cleans the text inside an answer as typed text is cleaned.
fn clean_answer(a: Answer) -> Answer {
    match a {
        Answer::Text(t) => Answer::Text(long(&t, MAX_LONG)),
        Answer::Actions(list) => Answer::Actions(
            list.iter()
                .map(|x| text::user_text(x, MAX_TASK, true))
                .collect(),
        ),
        other => other,
    }
}

/// Removes the responses `gone` picks (those of a round, or about a partner or person being
/// removed); returns the commands that put them back, each at its place, to run after what
/// they belong to is back.
fn take_responses(plan: &mut Plan, plan_id: &Id, gone: impl Fn(&Response) -> bool) -> Vec<Command> {
    let mut restore = Vec::new();
    let mut k = 0;
    plan.responses.retain(|r| {
        let keep = !gone(r);
        if !keep {
            restore.push(Command::AddResponse {
                plan_id: plan_id.clone(),
                response: r.clone(),
                index: Some(k),
            });
        }
        k += 1;
        keep
    });
    restore
}

/// Applies `cmd` to `ws` and returns the command that undoes it.
pub fn apply(ws: &mut Workspace, cmd: Command) -> Result<Command, CommandError> {
    match cmd {
        Command::AddPlan { plan, index } => {
            check_id(&plan.id)?;
            if ws.plan(&plan.id).is_some() {
                return Err(CommandError::DuplicateId(plan.id.clone()));
            }
            let mut plan = plan;
            let clean = name(&plan.name)?;
            if clean != plan.name {
                Rc::make_mut(&mut plan).name = clean;
            }
            let id = plan.id.clone();
            insert_at(&mut ws.plans, index, plan);
            Ok(Command::RemovePlan { plan_id: id })
        }
        Command::RemovePlan { plan_id } => {
            let i = ws
                .plan_index(&plan_id)
                .ok_or(CommandError::PlanNotFound(plan_id))?;
            let plan = ws.plans.remove(i);
            Ok(Command::AddPlan {
                plan,
                index: Some(i),
            })
        }
        Command::DuplicatePlan {
            plan_id,
            new_id,
            name: new_name,
        } => {
            check_id(&new_id)?;
            if ws.plan(&new_id).is_some() {
                return Err(CommandError::DuplicateId(new_id));
            }
            let i = ws
                .plan_index(&plan_id)
                .ok_or(CommandError::PlanNotFound(plan_id))?;
            let mut copy = (*ws.plans[i]).clone();
            copy.id = new_id.clone();
            copy.name = name(&new_name)?;
            ws.plans.insert(i + 1, Rc::new(copy));
            Ok(Command::RemovePlan { plan_id: new_id })
        }
        Command::SetPlanField { plan_id, field } => {
            let plan = plan_mut(ws, &plan_id)?;
            let old = match field {
                PlanField::Name(v) => PlanField::Name(std::mem::replace(&mut plan.name, name(&v)?)),
                PlanField::Kind(v) => PlanField::Kind(std::mem::replace(&mut plan.kind, v)),
                PlanField::StartDate(v) => {
                    if let (Some(s), Some(e)) = (&v, &plan.end_date) {
                        if s > e {
                            return Err(CommandError::DatesOutOfOrder);
                        }
                    }
                    PlanField::StartDate(std::mem::replace(&mut plan.start_date, v))
                }
                PlanField::EndDate(v) => {
                    if let (Some(s), Some(e)) = (&plan.start_date, &v) {
                        if s > e {
                            return Err(CommandError::DatesOutOfOrder);
                        }
                    }
                    PlanField::EndDate(std::mem::replace(&mut plan.end_date, v))
                }
                PlanField::Description(v) => PlanField::Description(std::mem::replace(
                    &mut plan.description,
                    long(&v, MAX_LONG),
                )),
            };
            Ok(Command::SetPlanField {
                plan_id,
                field: old,
            })
        }
        Command::AddPartner {
            plan_id,
            partner,
            index,
        } => {
            let partner = clean_partner(partner)?;
            let plan = plan_mut(ws, &plan_id)?;
            if plan.partner(&partner.id).is_some() {
                return Err(CommandError::DuplicateId(partner.id));
            }
            let partner_id = partner.id.clone();
            insert_at(&mut plan.partners, index, partner);
            Ok(Command::RemovePartner {
                plan_id,
                partner_id,
            })
        }
        Command::RemovePartner {
            plan_id,
            partner_id,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let i = plan
                .partners
                .iter()
                .position(|p| p.id == partner_id)
                .ok_or_else(|| CommandError::PartnerNotFound(partner_id.clone()))?;
            let partner = plan.partners.remove(i);
            // The inverse first puts the partner back, then gives its people their partner again.
            let mut undo = vec![Command::AddPartner {
                plan_id: plan_id.clone(),
                partner,
                index: Some(i),
            }];
            for person in plan.people.iter_mut() {
                if person.partner_id.as_ref() == Some(&partner_id) {
                    person.partner_id = None;
                    undo.push(Command::SetPersonField {
                        plan_id: plan_id.clone(),
                        person_id: person.id.clone(),
                        field: PersonField::PartnerId(Some(partner_id.clone())),
                    });
                }
            }
            let subject = Subject::Partner(partner_id.clone());
            undo.extend(take_responses(plan, &plan_id, |r| r.subject == subject));
            Ok(if undo.len() == 1 {
                undo.pop().unwrap()
            } else {
                Command::Batch(undo)
            })
        }
        Command::SetPartnerField {
            plan_id,
            partner_id,
            field,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let p = plan
                .partners
                .iter_mut()
                .find(|p| p.id == partner_id)
                .ok_or_else(|| CommandError::PartnerNotFound(partner_id.clone()))?;
            use std::mem::replace;
            let old = match field {
                PartnerField::Name(v) => PartnerField::Name(replace(&mut p.name, name(&v)?)),
                PartnerField::Origin(v) => PartnerField::Origin(replace(&mut p.origin, v)),
                PartnerField::Sector(v) => PartnerField::Sector(replace(&mut p.sector, v)),
                PartnerField::Relationship(v) => {
                    PartnerField::Relationship(replace(&mut p.relationship, v))
                }
                PartnerField::Representative(v) => {
                    PartnerField::Representative(replace(&mut p.representative, short(&v)))
                }
                PartnerField::AddedValue(v) => {
                    PartnerField::AddedValue(replace(&mut p.added_value, long(&v, MAX_MEDIUM)))
                }
                PartnerField::Notes(v) => {
                    PartnerField::Notes(replace(&mut p.notes, long(&v, MAX_LONG)))
                }
                PartnerField::Expertise(v) => {
                    PartnerField::Expertise(replace(&mut p.expertise, long(&v, MAX_MEDIUM)))
                }
                PartnerField::Limitations(v) => {
                    PartnerField::Limitations(replace(&mut p.limitations, long(&v, MAX_MEDIUM)))
                }
                PartnerField::FocusTopics(v) => {
                    PartnerField::FocusTopics(replace(&mut p.focus_topics, text::clean_list(v)))
                }
                PartnerField::Methods(v) => {
                    PartnerField::Methods(replace(&mut p.methods, text::clean_list(v)))
                }
                PartnerField::WorksWith(v) => {
                    PartnerField::WorksWith(replace(&mut p.works_with, text::clean_list(v)))
                }
                PartnerField::Days(v) => PartnerField::Days(replace(&mut p.days, days(v))),
                PartnerField::Arrival(v) => PartnerField::Arrival(replace(&mut p.arrival, v)),
                PartnerField::FundsInfrastructure(v) => {
                    PartnerField::FundsInfrastructure(replace(&mut p.funds_infrastructure, v))
                }
                PartnerField::OwnMeasurement(v) => {
                    PartnerField::OwnMeasurement(replace(&mut p.own_measurement, v))
                }
                PartnerField::Contact(v) => {
                    PartnerField::Contact(replace(&mut p.contact, short(&v)))
                }
            };
            Ok(Command::SetPartnerField {
                plan_id,
                partner_id,
                field: old,
            })
        }
        Command::AddPerson {
            plan_id,
            person,
            index,
        } => {
            let person = clean_person(person)?;
            let plan = plan_mut(ws, &plan_id)?;
            if plan.person(&person.id).is_some() {
                return Err(CommandError::DuplicateId(person.id));
            }
            if let Some(pid) = &person.partner_id {
                if plan.partner(pid).is_none() {
                    return Err(CommandError::PartnerNotFound(pid.clone()));
                }
            }
            let person_id = person.id.clone();
            insert_at(&mut plan.people, index, person);
            Ok(Command::RemovePerson { plan_id, person_id })
        }
        Command::RemovePerson { plan_id, person_id } => {
            let plan = plan_mut(ws, &plan_id)?;
            let i = plan
                .people
                .iter()
                .position(|p| p.id == person_id)
                .ok_or_else(|| CommandError::PersonNotFound(person_id.clone()))?;
            let person = plan.people.remove(i);
            let mut undo = vec![Command::AddPerson {
                plan_id: plan_id.clone(),
                person,
                index: Some(i),
            }];
            for task in plan.tasks.iter_mut() {
                if task.owner.as_ref() == Some(&person_id) {
                    task.owner = None;
                    undo.push(Command::SetTaskField {
                        plan_id: plan_id.clone(),
                        task_id: task.id.clone(),
                        field: TaskField::Owner(Some(person_id.clone())),
                    });
                }
            }
            let subject = Subject::Person(person_id.clone());
            undo.extend(take_responses(plan, &plan_id, |r| r.subject == subject));
            Ok(if undo.len() == 1 {
                undo.pop().unwrap()
            } else {
                Command::Batch(undo)
            })
        }
        Command::SetPersonField {
            plan_id,
            person_id,
            field,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            if let PersonField::PartnerId(Some(pid)) = &field {
                if plan.partner(pid).is_none() {
                    return Err(CommandError::PartnerNotFound(pid.clone()));
                }
            }
            let p = plan
                .people
                .iter_mut()
                .find(|p| p.id == person_id)
                .ok_or_else(|| CommandError::PersonNotFound(person_id.clone()))?;
            use std::mem::replace;
            let old = match field {
                PersonField::Name(v) => PersonField::Name(replace(&mut p.name, name(&v)?)),
                PersonField::Role(v) => PersonField::Role(replace(&mut p.role, short(&v))),
                PersonField::PartnerId(v) => PersonField::PartnerId(replace(&mut p.partner_id, v)),
                PersonField::Contact(v) => PersonField::Contact(replace(&mut p.contact, short(&v))),
                PersonField::Notes(v) => {
                    PersonField::Notes(replace(&mut p.notes, long(&v, MAX_LONG)))
                }
            };
            Ok(Command::SetPersonField {
                plan_id,
                person_id,
                field: old,
            })
        }
        Command::AddRound {
            plan_id,
            mut round,
            index,
        } => {
            check_id(&round.id)?;
            round.name = name(&round.name)?;
            instrument(&round.instrument)?;
            let plan = plan_mut(ws, &plan_id)?;
            if plan.rounds.iter().any(|r| r.id == round.id) {
                return Err(CommandError::DuplicateId(round.id));
            }
            let round_id = round.id.clone();
            insert_at(&mut plan.rounds, index, round);
            Ok(Command::RemoveRound { plan_id, round_id })
        }
        Command::RemoveRound { plan_id, round_id } => {
            let plan = plan_mut(ws, &plan_id)?;
            let i = plan
                .rounds
                .iter()
                .position(|r| r.id == round_id)
                .ok_or_else(|| CommandError::RoundNotFound(round_id.clone()))?;
            let round = plan.rounds.remove(i);
            // Put the round back first, then its responses at their places.
            let mut undo = vec![Command::AddRound {
                plan_id: plan_id.clone(),
                round,
                index: Some(i),
            }];
            undo.extend(take_responses(plan, &plan_id, |r| r.round == round_id));
            Ok(Command::Batch(undo))
        }
        Command::SetRoundName {
            plan_id,
            round_id,
            name: new_name,
        } => {
            let new_name = name(&new_name)?;
            let plan = plan_mut(ws, &plan_id)?;
            let r = round_mut(plan, &round_id)?;
            let old = std::mem::replace(&mut r.name, new_name);
            Ok(Command::SetRoundName {
                plan_id,
                round_id,
                name: old,
            })
        }
        Command::SetRoundDate {
            plan_id,
            round_id,
            date,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let r = round_mut(plan, &round_id)?;
            let old = std::mem::replace(&mut r.date, date);
            Ok(Command::SetRoundDate {
                plan_id,
                round_id,
                date: old,
            })
        }
        Command::AddResponse {
            plan_id,
            mut response,
            index,
        } => {
            check_id(&response.id)?;
            response.respondent = short(&response.respondent);
            let answers = std::mem::take(&mut response.answers);
            response.answers = answers
                .into_iter()
                .map(|(k, a)| (k, clean_answer(a)))
                .collect();
            let plan = plan_mut(ws, &plan_id)?;
            if plan.responses.iter().any(|r| r.id == response.id) {
                return Err(CommandError::DuplicateId(response.id));
            }
            let round = plan
                .rounds
                .iter()
                .find(|r| r.id == response.round)
                .ok_or_else(|| CommandError::RoundNotFound(response.round.clone()))?;
            if round.instrument != response.instrument {
                return Err(CommandError::WrongRound);
            }
            match &response.subject {
                Subject::Partner(id) if plan.partner(id).is_none() => {
                    return Err(CommandError::PartnerNotFound(id.clone()))
                }
                Subject::Person(id) if plan.person(id).is_none() => {
                    return Err(CommandError::PersonNotFound(id.clone()))
                }
                _ => {}
            }
            let ins = instrument(&response.instrument)?;
            for (item, a) in &response.answers {
                check_answer(ins, item, a)?;
            }
            let response_id = response.id.clone();
            insert_at(&mut plan.responses, index, response);
            Ok(Command::RemoveResponse {
                plan_id,
                response_id,
            })
        }
        Command::RemoveResponse {
            plan_id,
            response_id,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let i = plan
                .responses
                .iter()
                .position(|r| r.id == response_id)
                .ok_or_else(|| CommandError::ResponseNotFound(response_id.clone()))?;
            let response = plan.responses.remove(i);
            Ok(Command::AddResponse {
                plan_id,
                response,
                index: Some(i),
            })
        }
        Command::SetAnswer {
            plan_id,
            response_id,
            item,
            answer,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let r = response_mut(plan, &response_id)?;
            let old = match answer {
                Some(a) => {
                    let a = clean_answer(a);
                    check_answer(instrument(&r.instrument)?, &item, &a)?;
                    r.answers.insert(item.clone(), a)
                }
                None => r.answers.remove(&item),
            };
            Ok(Command::SetAnswer {
                plan_id,
                response_id,
                item,
                answer: old,
            })
        }
        Command::SetRespondent {
            plan_id,
            response_id,
            respondent,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let r = response_mut(plan, &response_id)?;
            let old = std::mem::replace(&mut r.respondent, short(&respondent));
            Ok(Command::SetRespondent {
                plan_id,
                response_id,
                respondent: old,
            })
        }
        Command::AddTask {
            plan_id,
            mut task,
            index,
        } => {
            check_id(&task.id)?;
            task.title = task_title(&task.title)?;
            let plan = plan_mut(ws, &plan_id)?;
            if plan.tasks.iter().any(|t| t.id == task.id) {
                return Err(CommandError::DuplicateId(task.id));
            }
            if let Some(o) = &task.owner {
                if plan.person(o).is_none() {
                    return Err(CommandError::PersonNotFound(o.clone()));
                }
            }
            let task_id = task.id.clone();
            insert_at(&mut plan.tasks, index, task);
            Ok(Command::RemoveTask { plan_id, task_id })
        }
        Command::RemoveTask { plan_id, task_id } => {
            let plan = plan_mut(ws, &plan_id)?;
            let i = plan
                .tasks
                .iter()
                .position(|t| t.id == task_id)
                .ok_or_else(|| CommandError::TaskNotFound(task_id.clone()))?;
            let task = plan.tasks.remove(i);
            Ok(Command::AddTask {
                plan_id,
                task,
                index: Some(i),
            })
        }
        Command::SetTaskField {
            plan_id,
            task_id,
            field,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            if let TaskField::Owner(Some(o)) = &field {
                if plan.person(o).is_none() {
                    return Err(CommandError::PersonNotFound(o.clone()));
                }
            }
            let t = plan
                .tasks
                .iter_mut()
                .find(|t| t.id == task_id)
                .ok_or_else(|| CommandError::TaskNotFound(task_id.clone()))?;
            use std::mem::replace;
            let old = match field {
                TaskField::Title(v) => TaskField::Title(replace(&mut t.title, task_title(&v)?)),
                TaskField::Owner(v) => TaskField::Owner(replace(&mut t.owner, v)),
                TaskField::Due(v) => TaskField::Due(replace(&mut t.due, v)),
                TaskField::Done(v) => TaskField::Done(replace(&mut t.done, v)),
                TaskField::Partner(v) => TaskField::Partner(replace(&mut t.partner_id, v)),
            };
            Ok(Command::SetTaskField {
                plan_id,
                task_id,
                field: old,
            })
        }
        Command::Dismiss {
            plan_id,
            warning,
            reason,
            index,
        } => {
            let plan = plan_mut(ws, &plan_id)?;
            let reason = long(&reason, MAX_MEDIUM);
            if let Some(d) = plan.dismissed.iter_mut().find(|d| d.warning == warning) {
                let old = std::mem::replace(&mut d.reason, reason);
                return Ok(Command::Dismiss {
                    plan_id,
                    warning,
                    reason: old,
                    index: None,
                });
            }
            insert_at(
                &mut plan.dismissed,
                index,
                Dismissal {
                    warning: warning.clone(),
                    reason,
                },
            );
            Ok(Command::Undismiss { plan_id, warning })
        }
        Command::Undismiss { plan_id, warning } => {
            let plan = plan_mut(ws, &plan_id)?;
            let i = plan
                .dismissed
                .iter()
                .position(|d| d.warning == warning)
                .ok_or(CommandError::NotDismissed)?;
            let d = plan.dismissed.remove(i);
            Ok(Command::Dismiss {
                plan_id,
                warning: d.warning,
                reason: d.reason,
                index: Some(i),
            })
        }
        Command::Put {
            plan_id,
            coll,
            id,
            value,
            index,
        } => {
            let value = match value {
                Some(mut v) => {
                    let plan = ws
                        .plan(&plan_id)
                        .ok_or_else(|| CommandError::PlanNotFound(plan_id.clone()))?;
                    if v.coll() != coll {
                        return Err(CommandError::WrongKind);
                    }
                    if let Some(vid) = v.id() {
                        check_id(vid)?;
                    }
                    let mut cx = crate::format::Checks::default();
                    v.check(plan, "$", &mut cx);
                    if let Some(p) = cx.problems.into_iter().find(|p| !p.kind.is_warning()) {
                        return Err(CommandError::Invalid(p));
                    }
                    Some(v)
                }
                None => None,
            };
            let plan = plan_mut(ws, &plan_id)?;
            let (old, at) = crate::parts::put(plan, coll, &id, value, index)?;
            Ok(Command::Put {
                plan_id,
                coll,
                id,
                value: old,
                index: at,
            })
        }
        Command::ReplaceWorkspace { workspace } => {
            let old = std::mem::replace(ws, workspace);
            Ok(Command::ReplaceWorkspace { workspace: old })
        }
        Command::Batch(cmds) => {
            let mut undo = Vec::with_capacity(cmds.len());
            for cmd in cmds {
                match apply(ws, cmd) {
                    Ok(inv) => undo.push(inv),
                    Err(e) => {
                        // Leave the workspace as it was: undo what this batch already did.
                        for inv in undo.into_iter().rev() {
                            let _ = apply(ws, inv);
                        }
                        return Err(e);
                    }
                }
            }
            undo.reverse();
            Ok(Command::Batch(undo))
        }
    }
}

/// The workspace with its undo and redo history.
#[derive(Debug, Default)]
pub struct Editor {
    workspace: Workspace,
    undo: Vec<Command>,
    redo: Vec<Command>,
    /// Grows by one on every change (do, undo, redo); the interface uses it to know what to save.
    revision: u64,
}

/// How many steps the history keeps.
pub const HISTORY_LIMIT: usize = 200;

/// How many replaced workspaces the history keeps. Each is a whole workspace held in memory (a
/// large one, several MB), so replacing one more drops the history up to the oldest of them.
pub const REPLACED_LIMIT: usize = 3;

impl Editor {
    pub fn new(workspace: Workspace) -> Self {
        Editor {
            workspace,
            ..Default::default()
        }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies a command and records its inverse; clears what could be redone.
    pub fn execute(&mut self, cmd: Command) -> Result<(), CommandError> {
        let inverse = apply(&mut self.workspace, cmd)?;
        self.undo.push(inverse);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        let replaced = |c: &Command| matches!(c, Command::ReplaceWorkspace { .. });
        if self.undo.iter().filter(|c| replaced(c)).count() > REPLACED_LIMIT {
            if let Some(oldest) = self.undo.iter().position(replaced) {
                self.undo.drain(..=oldest);
            }
        }
        self.redo.clear();
        self.revision += 1;
        Ok(())
    }

    /// Undoes the last change. Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    /// Redoes the last undone change. Returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    fn step(&mut self, undo: bool) -> bool {
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(cmd) = from.pop() else { return false };
        match apply(&mut self.workspace, cmd) {
            Ok(inverse) => {
                to.push(inverse);
                self.revision += 1;
                true
            }
            // An inverse always applies to the state it was made from; if it does not, the
            // history is out of step with the workspace and is dropped rather than trusted.
            Err(_) => {
                self.undo.clear();
                self.redo.clear();
                false
            }
        }
    }

    /// Replaces the workspace without recording history (loading from storage, another tab).
    pub fn reset(&mut self, workspace: Workspace) {
        self.workspace = workspace;
        self.undo.clear();
        self.redo.clear();
        self.revision += 1;
    }
}
