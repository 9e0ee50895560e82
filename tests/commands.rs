//! Every command, its inverse, the undo history, errors, structural sharing and the cleaning of
//! typed text.

mod common;
use common::Rng;
use std::rc::Rc;

use shutaf::command::{
    apply, Command, CommandError, Editor, PartnerField, PersonField, PlanField, TaskField,
    HISTORY_LIMIT, MAX_TASK, REPLACED_LIMIT,
};
use shutaf::demo;
use shutaf::i18n::Lang;
use shutaf::instrument::library;
use shutaf::model::{
    Answer, Date, Dismissal, Id, Origin, Partner, Person, Plan, PlanKind, Relationship, Response,
    Round, Sector, Subject, Task, Weekday, Workspace,
};
use shutaf::text::{MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};

// ---------------------------------------------------------------------------------------------
// Helpers

fn id(s: &str) -> Id {
    Id::new(s)
}

fn date(s: &str) -> Option<Date> {
    Some(Date::parse(s).expect("valid test date"))
}

fn partner(pid: &str, name: &str) -> Partner {
    Partner {
        id: id(pid),
        name: name.into(),
        origin: Origin::Ngo,
        sector: Sector::Third,
        relationship: Relationship::Operator,
        representative: format!("rep of {name}"),
        added_value: format!("what {name} adds"),
        notes: format!("notes on {name}\nsecond line"),
        ..Default::default()
    }
}

fn person(qid: &str, name: &str, of: Option<&str>) -> Person {
    Person {
        id: id(qid),
        name: name.into(),
        role: "coordinator".into(),
        partner_id: of.map(id),
        contact: format!("{qid}@example.org"),
        notes: String::new(),
    }
}

/// Two plans: `a` with three partners and four people (two belong to `a-p2`), and `b`.
fn sample() -> Workspace {
    let a = Plan {
        id: id("a"),
        name: "Plan A".into(),
        kind: PlanKind::MunicipalEcosystem,
        start_date: date("2026-09-01"),
        end_date: date("2027-06-30"),
        description: "What A is for.".into(),
        partners: vec![
            partner("a-p1", "First"),
            partner("a-p2", "Second"),
            partner("a-p3", "Third"),
        ],
        people: vec![
            person("a-q1", "Dana", Some("a-p2")),
            person("a-q2", "Yossi", Some("a-p1")),
            person("a-q3", "Rana", Some("a-p2")),
            person("a-q4", "Omar", None),
        ],
        ..Default::default()
    };
    let b = Plan {
        id: id("b"),
        name: "Plan B".into(),
        kind: PlanKind::CoachingPartnership,
        partners: vec![partner("b-p1", "Only")],
        people: vec![person("b-q1", "Noa", Some("b-p1"))],
        ..Default::default()
    };
    Workspace {
        plans: vec![Rc::new(a), Rc::new(b)],
    }
}

/// The command that renames plan "a" of [`sample`] (the edit many tests here make).
fn rename_a(name: impl Into<String>) -> Command {
    Command::SetPlanField {
        plan_id: id("a"),
        field: PlanField::Name(name.into()),
    }
}

fn plan<'a>(ws: &'a Workspace, pid: &str) -> &'a Plan {
    ws.plan(&id(pid)).unwrap_or_else(|| panic!("no plan {pid}"))
}

/// Applies `cmd` to `ws` and checks the whole contract of a command: it changes the workspace as
/// `check` expects; its inverse restores exactly the previous workspace; the inverse of the
/// inverse gives the changed state again; the editor's undo and redo do the same. Returns the
/// changed workspace.
fn check_command(ws: &Workspace, cmd: Command, check: impl Fn(&Workspace)) -> Workspace {
    let before = ws.clone();
    let mut w = ws.clone();
    let inverse = apply(&mut w, cmd.clone()).unwrap_or_else(|e| panic!("{cmd:?} failed: {e:?}"));
    assert_ne!(w, before, "{cmd:?} changed nothing");
    check(&w);
    let after = w.clone();

    let redo = apply(&mut w, inverse).expect("the inverse applies");
    assert_eq!(
        w, before,
        "the inverse of {cmd:?} does not restore the workspace"
    );
    let undo_again = apply(&mut w, redo).expect("the inverse of the inverse applies");
    assert_eq!(w, after, "redoing {cmd:?} gives another state");
    apply(&mut w, undo_again).expect("undo again");
    assert_eq!(w, before);

    let mut ed = Editor::new(before.clone());
    let r0 = ed.revision();
    assert!(!ed.can_undo() && !ed.can_redo());
    ed.execute(cmd).unwrap();
    assert_eq!(ed.workspace(), &after);
    assert!(ed.can_undo() && !ed.can_redo());
    assert!(ed.undo());
    assert_eq!(ed.workspace(), &before);
    assert!(!ed.can_undo() && ed.can_redo());
    assert!(ed.redo());
    assert_eq!(ed.workspace(), &after);
    assert!(ed.undo());
    assert_eq!(ed.workspace(), &before);
    assert!(!ed.undo(), "nothing more to undo");
    assert_eq!(ed.workspace(), &before);
    assert_eq!(
        ed.revision(),
        r0 + 4,
        "execute, undo, redo, undo each count once"
    );
    after
}

/// Applies a command that must fail with `err`, and checks that nothing changed, in the
/// workspace or in the editor's history.
fn check_error(ws: &Workspace, cmd: Command, err: CommandError) {
    let before = ws.clone();
    let mut w = ws.clone();
    assert_eq!(apply(&mut w, cmd.clone()), Err(err.clone()), "{cmd:?}");
    assert_eq!(w, before, "a failed {cmd:?} changed the workspace");

    let mut ed = Editor::new(ws.clone());
    ed.execute(Command::SetPlanField {
        plan_id: ws.plans[0].id.clone(),
        field: PlanField::Name("Edited".into()),
    })
    .unwrap();
    let edited = ed.workspace().clone();
    assert!(ed.undo());
    let rev = ed.revision();
    assert_eq!(ed.execute(cmd.clone()), Err(err), "{cmd:?} in the editor");
    assert_eq!(ed.workspace(), &before);
    assert_eq!(ed.revision(), rev, "a failed command is not a revision");
    assert!(ed.can_redo(), "a failed command does not clear redo");
    assert!(ed.redo());
    assert_eq!(ed.workspace(), &edited);
}

// ---------------------------------------------------------------------------------------------
// Every command

#[test]
fn add_plan_at_end_and_at_index() {
    let ws = sample();
    let new = Rc::new(Plan::new(id("c"), "Plan C", PlanKind::NetworkCluster));
    check_command(
        &ws,
        Command::AddPlan {
            plan: new.clone(),
            index: None,
        },
        |w| {
            assert_eq!(w.plans.len(), 3);
            assert_eq!(*w.plans[2], *new);
        },
    );
    check_command(
        &ws,
        Command::AddPlan {
            plan: new.clone(),
            index: Some(0),
        },
        |w| {
            assert_eq!(w.plan_index(&id("c")), Some(0));
            assert_eq!(w.plan_index(&id("a")), Some(1));
        },
    );
    // An index past the end means the end.
    check_command(
        &ws,
        Command::AddPlan {
            plan: new,
            index: Some(99),
        },
        |w| {
            assert_eq!(w.plan_index(&id("c")), Some(2));
        },
    );
}

#[test]
fn remove_plan_and_its_undo_puts_it_back_in_place() {
    let ws = sample();
    check_command(&ws, Command::RemovePlan { plan_id: id("a") }, |w| {
        assert_eq!(w.plans.len(), 1);
        assert!(w.plan(&id("a")).is_none());
        assert_eq!(w.plans[0].id, id("b"));
    });
    // The plan comes back at its index, with all its content.
    let mut w = ws.clone();
    let inverse = apply(&mut w, Command::RemovePlan { plan_id: id("a") }).unwrap();
    assert!(
        matches!(&inverse, Command::AddPlan { index: Some(0), plan } if **plan == *ws.plans[0])
    );
}

#[test]
fn set_every_plan_field() {
    let ws = sample();
    let set = |f: PlanField| Command::SetPlanField {
        plan_id: id("a"),
        field: f,
    };
    check_command(&ws, set(PlanField::Name("Renamed".into())), |w| {
        assert_eq!(plan(w, "a").name, "Renamed")
    });
    check_command(&ws, set(PlanField::Kind(PlanKind::SchoolSupport)), |w| {
        assert_eq!(plan(w, "a").kind, PlanKind::SchoolSupport)
    });
    check_command(&ws, set(PlanField::StartDate(date("2026-01-01"))), |w| {
        assert_eq!(plan(w, "a").start_date, date("2026-01-01"))
    });
    check_command(&ws, set(PlanField::StartDate(None)), |w| {
        assert_eq!(plan(w, "a").start_date, None)
    });
    check_command(&ws, set(PlanField::EndDate(date("2030-12-31"))), |w| {
        assert_eq!(plan(w, "a").end_date, date("2030-12-31"))
    });
    check_command(&ws, set(PlanField::EndDate(None)), |w| {
        assert_eq!(plan(w, "a").end_date, None)
    });
    // The same day for start and end is in order.
    check_command(&ws, set(PlanField::EndDate(date("2026-09-01"))), |w| {
        assert_eq!(plan(w, "a").end_date, date("2026-09-01"))
    });
    check_command(&ws, set(PlanField::Description("New\ntext".into())), |w| {
        assert_eq!(plan(w, "a").description, "New\ntext")
    });
    // Other fields and plans are untouched.
    let w = check_command(
        &ws,
        set(PlanField::Kind(PlanKind::SchoolPartnership)),
        |_| {},
    );
    assert_eq!(plan(&w, "a").partners, ws.plans[0].partners);
    assert_eq!(w.plans[1], ws.plans[1]);
}

#[test]
fn duplicate_plan_copies_content_right_after_the_original() {
    let ws = sample();
    let cmd = Command::DuplicatePlan {
        plan_id: id("a"),
        new_id: id("a-copy"),
        name: "  Plan A (copy) ".into(),
    };
    let w = check_command(&ws, cmd, |w| {
        assert_eq!(w.plans.len(), 3);
        assert_eq!(
            w.plan_index(&id("a-copy")),
            Some(1),
            "right after the original"
        );
        assert_eq!(w.plans[2].id, id("b"));
    });
    let original = plan(&w, "a");
    let copy = plan(&w, "a-copy");
    assert_eq!(original, &*ws.plans[0], "the original is unchanged");
    assert_eq!(copy.name, "Plan A (copy)", "the name is cleaned");
    assert_eq!(copy.kind, original.kind);
    assert_eq!(copy.start_date, original.start_date);
    assert_eq!(copy.end_date, original.end_date);
    assert_eq!(copy.description, original.description);
    assert_eq!(copy.partners, original.partners);
    assert_eq!(copy.people, original.people);
    // The copy is independent: editing it leaves the original alone.
    let mut w = w;
    apply(
        &mut w,
        Command::RemovePartner {
            plan_id: id("a-copy"),
            partner_id: id("a-p1"),
        },
    )
    .unwrap();
    assert_eq!(plan(&w, "a"), &*ws.plans[0]);
    // Duplicating the last plan puts the copy at the end.
    check_command(
        &ws,
        Command::DuplicatePlan {
            plan_id: id("b"),
            new_id: id("b2"),
            name: "B2".into(),
        },
        |w| assert_eq!(w.plan_index(&id("b2")), Some(2)),
    );
}

#[test]
fn add_partner() {
    let ws = sample();
    let p = partner("a-p4", "Fourth");
    check_command(
        &ws,
        Command::AddPartner {
            plan_id: id("a"),
            partner: p.clone(),
            index: None,
        },
        |w| {
            assert_eq!(plan(w, "a").partners.len(), 4);
            assert_eq!(plan(w, "a").partners[3], p);
        },
    );
    check_command(
        &ws,
        Command::AddPartner {
            plan_id: id("a"),
            partner: p.clone(),
            index: Some(1),
        },
        |w| {
            assert_eq!(plan(w, "a").partners[1], p);
            assert_eq!(plan(w, "a").partners[2].id, id("a-p2"));
        },
    );
    // Partner ids are unique within a plan only.
    check_command(
        &ws,
        Command::AddPartner {
            plan_id: id("b"),
            partner: partner("a-p1", "Same id"),
            index: None,
        },
        |w| assert_eq!(plan(w, "b").partners.len(), 2),
    );
}

#[test]
fn remove_partner_unlinks_its_people_and_undo_restores_both() {
    let ws = sample();
    let cmd = Command::RemovePartner {
        plan_id: id("a"),
        partner_id: id("a-p2"),
    };
    let w = check_command(&ws, cmd.clone(), |w| {
        let a = plan(w, "a");
        let ids: Vec<&str> = a.partners.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["a-p1", "a-p3"]);
        assert_eq!(a.people.len(), 4, "people stay");
        assert_eq!(a.people[0].partner_id, None);
        assert_eq!(
            a.people[1].partner_id,
            Some(id("a-p1")),
            "others keep their partner"
        );
        assert_eq!(a.people[2].partner_id, None);
        assert_eq!(a.people[3].partner_id, None);
    });
    assert_eq!(w.plans[1], ws.plans[1]);

    // Undo puts the partner back at its index, and the links back.
    let mut ed = Editor::new(ws.clone());
    ed.execute(cmd).unwrap();
    ed.undo();
    let a = plan(ed.workspace(), "a");
    assert_eq!(a.partners[1], ws.plans[0].partners[1]);
    assert_eq!(a.people[0].partner_id, Some(id("a-p2")));
    assert_eq!(a.people[2].partner_id, Some(id("a-p2")));
    assert_eq!(ed.workspace(), &ws);

    // A partner nobody belongs to.
    check_command(
        &ws,
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("a-p3"),
        },
        |w| {
            assert_eq!(plan(w, "a").partners.len(), 2);
            assert_eq!(plan(w, "a").people, ws.plans[0].people);
        },
    );
    // The first and the last partner.
    check_command(
        &ws,
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("a-p1"),
        },
        |_| {},
    );
    check_command(
        &ws,
        Command::RemovePartner {
            plan_id: id("b"),
            partner_id: id("b-p1"),
        },
        |w| {
            assert!(plan(w, "b").partners.is_empty());
            assert_eq!(plan(w, "b").people[0].partner_id, None);
        },
    );
}

#[test]
fn set_every_partner_field() {
    let ws = sample();
    let set = |f: PartnerField| Command::SetPartnerField {
        plan_id: id("a"),
        partner_id: id("a-p2"),
        field: f,
    };
    let get = |w: &Workspace| plan(w, "a").partners[1].clone();
    check_command(&ws, set(PartnerField::Name("New name".into())), |w| {
        assert_eq!(get(w).name, "New name")
    });
    check_command(&ws, set(PartnerField::Origin(Origin::Academia)), |w| {
        assert_eq!(get(w).origin, Origin::Academia)
    });
    check_command(&ws, set(PartnerField::Sector(Sector::Business)), |w| {
        assert_eq!(get(w).sector, Sector::Business)
    });
    check_command(
        &ws,
        set(PartnerField::Relationship(Relationship::Funding)),
        |w| assert_eq!(get(w).relationship, Relationship::Funding),
    );
    check_command(
        &ws,
        set(PartnerField::Representative("Ruth, chair".into())),
        |w| assert_eq!(get(w).representative, "Ruth, chair"),
    );
    check_command(
        &ws,
        set(PartnerField::AddedValue("Data\nand tools".into())),
        |w| assert_eq!(get(w).added_value, "Data\nand tools"),
    );
    check_command(&ws, set(PartnerField::Notes("".into())), |w| {
        assert_eq!(get(w).notes, "")
    });
    check_command(&ws, set(PartnerField::Expertise("Reading".into())), |w| {
        assert_eq!(get(w).expertise, "Reading")
    });
    check_command(
        &ws,
        set(PartnerField::Limitations("Two days".into())),
        |w| assert_eq!(get(w).limitations, "Two days"),
    );
    check_command(
        &ws,
        set(PartnerField::FocusTopics(vec![
            " maths ".into(),
            "Maths".into(),
        ])),
        |w| assert_eq!(get(w).focus_topics, ["maths"]),
    );
    check_command(&ws, set(PartnerField::Methods(vec!["data".into()])), |w| {
        assert_eq!(get(w).methods, ["data"])
    });
    check_command(
        &ws,
        set(PartnerField::WorksWith(vec!["".into(), "Welfare".into()])),
        |w| assert_eq!(get(w).works_with, ["Welfare"]),
    );
    check_command(
        &ws,
        set(PartnerField::Days(vec![Weekday::Thu, Weekday::Mon])),
        |w| assert_eq!(get(w).days, [Weekday::Mon, Weekday::Thu]),
    );
    check_command(&ws, set(PartnerField::Arrival(date("2025-09-01"))), |w| {
        assert_eq!(get(w).arrival, date("2025-09-01"))
    });
    check_command(&ws, set(PartnerField::FundsInfrastructure(true)), |w| {
        assert!(get(w).funds_infrastructure)
    });
    check_command(&ws, set(PartnerField::OwnMeasurement(true)), |w| {
        assert!(get(w).own_measurement)
    });
    check_command(&ws, set(PartnerField::Contact(" office ".into())), |w| {
        assert_eq!(get(w).contact, "office")
    });
    // The other partners are untouched.
    let w = check_command(&ws, set(PartnerField::Sector(Sector::Public)), |_| {});
    assert_eq!(plan(&w, "a").partners[0], ws.plans[0].partners[0]);
    assert_eq!(plan(&w, "a").partners[2], ws.plans[0].partners[2]);
}

#[test]
fn add_person() {
    let ws = sample();
    let q = person("a-q5", "Lea", Some("a-p3"));
    check_command(
        &ws,
        Command::AddPerson {
            plan_id: id("a"),
            person: q.clone(),
            index: None,
        },
        |w| {
            assert_eq!(plan(w, "a").people[4], q);
        },
    );
    let q = person("a-q5", "Lea", None);
    check_command(
        &ws,
        Command::AddPerson {
            plan_id: id("a"),
            person: q.clone(),
            index: Some(0),
        },
        |w| {
            assert_eq!(plan(w, "a").people[0], q);
            assert_eq!(plan(w, "a").people.len(), 5);
        },
    );
}

#[test]
fn remove_person() {
    let ws = sample();
    check_command(
        &ws,
        Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("a-q2"),
        },
        |w| {
            let ids: Vec<&str> = plan(w, "a").people.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, ["a-q1", "a-q3", "a-q4"]);
            assert_eq!(plan(w, "a").partners.len(), 3, "partners stay");
        },
    );
}

#[test]
fn set_every_person_field() {
    let ws = sample();
    let set = |f: PersonField| Command::SetPersonField {
        plan_id: id("a"),
        person_id: id("a-q3"),
        field: f,
    };
    let get = |w: &Workspace| plan(w, "a").people[2].clone();
    check_command(&ws, set(PersonField::Name("Rana K.".into())), |w| {
        assert_eq!(get(w).name, "Rana K.")
    });
    check_command(&ws, set(PersonField::Role("Chair".into())), |w| {
        assert_eq!(get(w).role, "Chair")
    });
    check_command(&ws, set(PersonField::PartnerId(Some(id("a-p1")))), |w| {
        assert_eq!(get(w).partner_id, Some(id("a-p1")))
    });
    check_command(&ws, set(PersonField::PartnerId(None)), |w| {
        assert_eq!(get(w).partner_id, None)
    });
    check_command(
        &ws,
        set(PersonField::Contact("+972-50-0000000".into())),
        |w| assert_eq!(get(w).contact, "+972-50-0000000"),
    );
    check_command(&ws, set(PersonField::Notes("Notes\nhere".into())), |w| {
        assert_eq!(get(w).notes, "Notes\nhere")
    });
}

// ---------------------------------------------------------------------------------------------
// Instrument data: rounds, responses, answers, tasks and dismissed warnings

/// The instrument the command tests use: it ships in the library, and all its items are checks.
const MS: &str = "milestones";

fn round(rid: &str, name: &str, instrument: &str, on: Option<&str>) -> Round {
    Round {
        id: id(rid),
        instrument: instrument.into(),
        name: name.into(),
        date: on.and_then(date),
    }
}

fn response(sid: &str, rid: &str, subject: Subject, answers: &[(&str, Answer)]) -> Response {
    Response {
        id: id(sid),
        instrument: MS.into(),
        round: id(rid),
        subject,
        respondent: format!("respondent of {sid}"),
        answers: answers
            .iter()
            .map(|(k, a)| (k.to_string(), a.clone()))
            .collect(),
    }
}

fn task(tid: &str, title: &str, owner: Option<&str>) -> Task {
    Task {
        id: id(tid),
        title: title.into(),
        owner: owner.map(id),
        due: date("2027-01-15"),
        done: false,
        origin: String::new(),
        partner_id: None,
    }
}

/// `sample()` with instrument data in plan `a`: three rounds of milestones; seven responses about
/// the plan, partners and people, their rounds interleaved; four tasks, two of them owned by
/// `a-q1`; one dismissed warning.
fn with_rounds() -> Workspace {
    use Answer::Check;
    let mut ws = sample();
    let a = Rc::make_mut(&mut ws.plans[0]);
    a.rounds = vec![
        round("r1", "Kickoff", MS, Some("2026-10-01")),
        round("r2", "Mid-year", MS, Some("2027-02-01")),
        round("r3", "Close", MS, None),
    ];
    a.responses = vec![
        response(
            "s1",
            "r1",
            Subject::Plan,
            &[("trust_condition", Check(true))],
        ),
        response(
            "s2",
            "r2",
            Subject::Partner(id("a-p2")),
            &[("trust_condition", Check(false))],
        ),
        response(
            "s3",
            "r1",
            Subject::Person(id("a-q1")),
            &[("communication_condition", Check(true))],
        ),
        response("s4", "r2", Subject::Plan, &[]),
        response(
            "s5",
            "r1",
            Subject::Partner(id("a-p1")),
            &[
                ("trust_practice", Check(true)),
                ("value_condition", Check(false)),
            ],
        ),
        response("s6", "r3", Subject::Person(id("a-q4")), &[]),
        response(
            "s7",
            "r2",
            Subject::Partner(id("a-p2")),
            &[("cooperation_practice", Check(true))],
        ),
    ];
    a.tasks = vec![
        task("t1", "Book the hall", Some("a-q1")),
        task("t2", "Send the minutes", None),
        task("t3", "Call the funder", Some("a-q1")),
        task("t4", "Plan the visit", Some("a-q2")),
    ];
    a.dismissed = vec![Dismissal {
        warning: "milestones/some_rule".into(),
        reason: "Not for us".into(),
    }];
    ws
}

fn ids<T>(items: &[T], f: impl Fn(&T) -> &Id) -> Vec<&str> {
    items.iter().map(|x| f(x).as_str()).collect()
}

fn response_ids(w: &Workspace) -> Vec<&str> {
    ids(&plan(w, "a").responses, |r| &r.id)
}

fn answers_of<'a>(w: &'a Workspace, sid: &str) -> &'a std::collections::BTreeMap<String, Answer> {
    &plan(w, "a")
        .responses
        .iter()
        .find(|r| r.id == id(sid))
        .unwrap_or_else(|| panic!("no response {sid}"))
        .answers
}

/// An instrument of the library with an item that takes `kind` (the library grows; any will do).
fn library_item(kind: &str) -> (String, String) {
    library()
        .iter()
        .find_map(|ins| {
            ins.items()
                .find(|it| it.answer.key() == kind)
                .map(|it| (ins.id.clone(), it.id.clone()))
        })
        .unwrap_or_else(|| panic!("the library has no {kind} item"))
}

#[test]
fn the_instrument_sample_saves_and_loads() {
    use shutaf::format::{from_storage, to_storage};
    let ws = with_rounds();
    assert_eq!(from_storage(&to_storage(&ws)).unwrap(), ws);
}

#[test]
fn add_round() {
    let ws = with_rounds();
    let r4 = round("r4", "  Second \u{202E}review\n ", MS, Some("2027-06-01"));
    check_command(
        &ws,
        Command::AddRound {
            plan_id: id("a"),
            round: r4.clone(),
            index: None,
        },
        |w| {
            let a = plan(w, "a");
            assert_eq!(ids(&a.rounds, |r| &r.id), ["r1", "r2", "r3", "r4"]);
            assert_eq!(
                a.rounds[3],
                Round {
                    name: "Second review".into(),
                    ..r4.clone()
                },
                "the name is cleaned"
            );
            assert_eq!(a.responses, ws.plans[0].responses, "responses untouched");
        },
    );
    check_command(
        &ws,
        Command::AddRound {
            plan_id: id("a"),
            round: r4.clone(),
            index: Some(0),
        },
        |w| {
            assert_eq!(
                ids(&plan(w, "a").rounds, |r| &r.id),
                ["r4", "r1", "r2", "r3"]
            )
        },
    );
    // Into a plan without rounds; the same id in another plan is fine.
    let w = check_command(
        &ws,
        Command::AddRound {
            plan_id: id("b"),
            round: round("r1", "First", MS, None),
            index: Some(7),
        },
        |w| assert_eq!(plan(w, "b").rounds.len(), 1),
    );
    assert!(Rc::ptr_eq(&w.plans[0], &ws.plans[0]), "plan a is shared");

    let add = |r: Round| Command::AddRound {
        plan_id: id("a"),
        round: r,
        index: None,
    };
    check_error(
        &ws,
        add(round("r2", "Again", MS, None)),
        CommandError::DuplicateId(id("r2")),
    );
    check_error(
        &ws,
        add(round("r4", " \u{202E}\n ", MS, None)),
        CommandError::EmptyName,
    );
    check_error(
        &ws,
        add(round("r 4", "x", MS, None)),
        CommandError::InvalidId("r 4".into()),
    );
    check_error(
        &ws,
        add(round("r4", "x", "no_such_instrument", None)),
        CommandError::UnknownInstrument("no_such_instrument".into()),
    );
    check_error(
        &ws,
        Command::AddRound {
            plan_id: id("zz"),
            round: r4,
            index: None,
        },
        CommandError::PlanNotFound(id("zz")),
    );
}

#[test]
fn remove_round_removes_only_its_responses_and_undo_puts_them_back_in_place() {
    let ws = with_rounds();
    let a0 = ws.plans[0].clone();
    let remove = |rid: &str| Command::RemoveRound {
        plan_id: id("a"),
        round_id: id(rid),
    };
    check_command(&ws, remove("r1"), |w| {
        let a = plan(w, "a");
        assert_eq!(ids(&a.rounds, |r| &r.id), ["r2", "r3"]);
        assert_eq!(response_ids(w), ["s2", "s4", "s6", "s7"]);
        assert_eq!(a.tasks, a0.tasks);
        assert_eq!(a.dismissed, a0.dismissed);
        assert_eq!((&a.partners, &a.people), (&a0.partners, &a0.people));
    });
    check_command(&ws, remove("r2"), |w| {
        assert_eq!(ids(&plan(w, "a").rounds, |r| &r.id), ["r1", "r3"]);
        assert_eq!(response_ids(w), ["s1", "s3", "s5", "s6"]);
    });
    check_command(&ws, remove("r3"), |w| {
        assert_eq!(ids(&plan(w, "a").rounds, |r| &r.id), ["r1", "r2"]);
        assert_eq!(response_ids(w), ["s1", "s2", "s3", "s4", "s5", "s7"]);
    });

    // The inverse: the round at its index first, then each response at its own index.
    let mut w = ws.clone();
    let inverse = apply(&mut w, remove("r1")).unwrap();
    let Command::Batch(steps) = &inverse else {
        panic!("{inverse:?}")
    };
    assert!(
        matches!(&steps[0], Command::AddRound { index: Some(0), round, .. } if *round == a0.rounds[0]),
        "{steps:?}"
    );
    let put_back: Vec<(&str, Option<usize>)> = steps[1..]
        .iter()
        .map(|c| match c {
            Command::AddResponse {
                response, index, ..
            } => (response.id.as_str(), *index),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        put_back,
        [("s1", Some(0)), ("s3", Some(2)), ("s5", Some(4))]
    );

    // A round without responses.
    let mut ws2 = ws.clone();
    apply(
        &mut ws2,
        Command::AddRound {
            plan_id: id("a"),
            round: round("r4", "Empty", MS, None),
            index: Some(1),
        },
    )
    .unwrap();
    check_command(&ws2, remove("r4"), |w| assert_eq!(w, &ws));

    check_error(&ws, remove("zz"), CommandError::RoundNotFound(id("zz")));
    check_error(
        &ws,
        Command::RemoveRound {
            plan_id: id("b"),
            round_id: id("r1"),
        },
        CommandError::RoundNotFound(id("r1")),
    );
    check_error(
        &ws,
        Command::RemoveRound {
            plan_id: id("zz"),
            round_id: id("r1"),
        },
        CommandError::PlanNotFound(id("zz")),
    );
}

#[test]
fn set_round_name() {
    let ws = with_rounds();
    let set = |rid: &str, n: &str| Command::SetRoundName {
        plan_id: id("a"),
        round_id: id(rid),
        name: n.into(),
    };
    check_command(&ws, set("r2", "  Mid-year \u{2066}review\u{2069}\n"), |w| {
        let a = plan(w, "a");
        assert_eq!(a.rounds[1].name, "Mid-year review");
        assert_eq!(a.rounds[1].date, ws.plans[0].rounds[1].date);
        assert_eq!(a.rounds[0], ws.plans[0].rounds[0]);
    });
    check_command(&ws, set("r3", &"c".repeat(MAX_NAME + 5)), |w| {
        assert_eq!(plan(w, "a").rounds[2].name, "c".repeat(MAX_NAME))
    });
    check_error(&ws, set("r2", " \u{202E} "), CommandError::EmptyName);
    check_error(&ws, set("zz", "x"), CommandError::RoundNotFound(id("zz")));
}

#[test]
fn set_round_date() {
    let ws = with_rounds();
    let set = |rid: &str, d: Option<Date>| Command::SetRoundDate {
        plan_id: id("a"),
        round_id: id(rid),
        date: d,
    };
    check_command(&ws, set("r1", date("2026-11-15")), |w| {
        assert_eq!(plan(w, "a").rounds[0].date, date("2026-11-15"));
        assert_eq!(plan(w, "a").rounds[0].name, "Kickoff");
    });
    check_command(&ws, set("r2", None), |w| {
        assert_eq!(plan(w, "a").rounds[1].date, None)
    });
    check_command(&ws, set("r3", date("2028-02-29")), |w| {
        assert_eq!(plan(w, "a").rounds[2].date, date("2028-02-29"))
    });
    check_error(&ws, set("zz", None), CommandError::RoundNotFound(id("zz")));
}

#[test]
fn add_response() {
    let ws = with_rounds();
    let mut s8 = response(
        "s8",
        "r3",
        Subject::Partner(id("a-p3")),
        &[
            ("trust_condition", Answer::Check(true)),
            ("cooperation_practice", Answer::Check(false)),
        ],
    );
    s8.respondent = "  Rana\u{202E}\n(chair) ".into();
    let add = |r: Response, index| Command::AddResponse {
        plan_id: id("a"),
        response: r,
        index,
    };
    check_command(&ws, add(s8.clone(), None), |w| {
        let a = plan(w, "a");
        assert_eq!(
            response_ids(w),
            ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]
        );
        assert_eq!(
            a.responses[7],
            Response {
                respondent: "Rana (chair)".into(),
                ..s8.clone()
            }
        );
        assert_eq!(a.rounds, ws.plans[0].rounds);
    });
    check_command(&ws, add(s8.clone(), Some(1)), |w| {
        assert_eq!(
            response_ids(w),
            ["s1", "s8", "s2", "s3", "s4", "s5", "s6", "s7"]
        )
    });
    // About the plan, about a person, and with no answers yet.
    for subject in [Subject::Plan, Subject::Person(id("a-q3"))] {
        let r = Response {
            subject: subject.clone(),
            answers: Default::default(),
            ..s8.clone()
        };
        check_command(&ws, add(r, None), |w| {
            assert_eq!(plan(w, "a").responses[7].subject, subject)
        });
    }

    // Errors: the workspace stays as it was.
    let with = |f: &dyn Fn(&mut Response)| {
        let mut r = s8.clone();
        f(&mut r);
        add(r, None)
    };
    check_error(
        &ws,
        with(&|r| r.round = id("zz")),
        CommandError::RoundNotFound(id("zz")),
    );
    check_error(
        &ws,
        with(&|r| r.instrument = "another_instrument".into()),
        CommandError::WrongRound,
    );
    check_error(
        &ws,
        with(&|r| r.subject = Subject::Partner(id("zz"))),
        CommandError::PartnerNotFound(id("zz")),
    );
    check_error(
        &ws,
        with(&|r| r.subject = Subject::Partner(id("b-p1"))),
        CommandError::PartnerNotFound(id("b-p1")),
    );
    check_error(
        &ws,
        with(&|r| r.subject = Subject::Person(id("zz"))),
        CommandError::PersonNotFound(id("zz")),
    );
    check_error(
        &ws,
        with(&|r| r.id = id("s3")),
        CommandError::DuplicateId(id("s3")),
    );
    check_error(
        &ws,
        with(&|r| r.id = id("")),
        CommandError::InvalidId(String::new()),
    );
    check_error(
        &ws,
        with(&|r| {
            r.answers.insert("no_such_item".into(), Answer::Check(true));
        }),
        CommandError::UnknownItem("no_such_item".into()),
    );
    check_error(
        &ws,
        with(&|r| {
            r.answers.insert("trust_practice".into(), Answer::Agree(4));
        }),
        CommandError::AnswerMismatch("trust_practice".into()),
    );
    check_error(
        &ws,
        Command::AddResponse {
            plan_id: id("b"),
            response: s8.clone(),
            index: None,
        },
        CommandError::RoundNotFound(id("r3")),
    );
    check_error(
        &ws,
        Command::AddResponse {
            plan_id: id("zz"),
            response: s8,
            index: None,
        },
        CommandError::PlanNotFound(id("zz")),
    );
}

#[test]
fn remove_response() {
    let ws = with_rounds();
    let remove = |sid: &str| Command::RemoveResponse {
        plan_id: id("a"),
        response_id: id(sid),
    };
    check_command(&ws, remove("s3"), |w| {
        assert_eq!(response_ids(w), ["s1", "s2", "s4", "s5", "s6", "s7"]);
        assert_eq!(plan(w, "a").rounds, ws.plans[0].rounds, "its round stays");
    });
    check_command(&ws, remove("s1"), |w| assert_eq!(response_ids(w)[0], "s2"));
    check_command(&ws, remove("s7"), |w| assert_eq!(response_ids(w).len(), 6));
    let mut w = ws.clone();
    let inverse = apply(&mut w, remove("s3")).unwrap();
    assert!(
        matches!(&inverse, Command::AddResponse { index: Some(2), response, .. } if *response == ws.plans[0].responses[2]),
        "{inverse:?}"
    );
    check_error(&ws, remove("zz"), CommandError::ResponseNotFound(id("zz")));
}

#[test]
fn set_answer_sets_replaces_and_clears() {
    let ws = with_rounds();
    let set = |sid: &str, item: &str, a: Option<Answer>| Command::SetAnswer {
        plan_id: id("a"),
        response_id: id(sid),
        item: item.into(),
        answer: a,
    };
    // A new answer.
    check_command(
        &ws,
        set("s1", "trust_practice", Some(Answer::Check(true))),
        |w| {
            let a = answers_of(w, "s1");
            assert_eq!(a.len(), 2);
            assert_eq!(a["trust_practice"], Answer::Check(true));
            assert_eq!(a["trust_condition"], Answer::Check(true));
            // Only that response changed.
            for (x, y) in plan(w, "a")
                .responses
                .iter()
                .zip(&ws.plans[0].responses)
                .skip(1)
            {
                assert_eq!(x, y);
            }
        },
    );
    // A changed answer: undo gives the old one back.
    check_command(
        &ws,
        set("s1", "trust_condition", Some(Answer::Check(false))),
        |w| assert_eq!(answers_of(w, "s1")["trust_condition"], Answer::Check(false)),
    );
    let mut w = ws.clone();
    let inverse = apply(
        &mut w,
        set("s1", "trust_condition", Some(Answer::Check(false))),
    )
    .unwrap();
    assert_eq!(
        inverse,
        set("s1", "trust_condition", Some(Answer::Check(true)))
    );
    // None clears; undo restores the old answer.
    let w = check_command(&ws, set("s5", "value_condition", None), |w| {
        let a = answers_of(w, "s5");
        assert_eq!(a.len(), 1);
        assert!(!a.contains_key("value_condition"));
    });
    let mut w2 = w.clone();
    let inverse = apply(&mut w2, set("s5", "value_condition", None)).unwrap();
    assert_eq!(
        inverse,
        set("s5", "value_condition", None),
        "nothing to restore"
    );
    assert_eq!(w2, w, "clearing an unanswered item changes nothing");
    let mut ed = Editor::new(ws.clone());
    ed.execute(set("s5", "value_condition", None)).unwrap();
    ed.undo();
    assert_eq!(
        answers_of(ed.workspace(), "s5")["value_condition"],
        Answer::Check(false)
    );

    check_error(
        &ws,
        set("zz", "trust_condition", Some(Answer::Check(true))),
        CommandError::ResponseNotFound(id("zz")),
    );
    check_error(
        &ws,
        set("s1", "no_such_item", Some(Answer::Check(true))),
        CommandError::UnknownItem("no_such_item".into()),
    );
    for wrong in [
        Answer::Agree(4),
        Answer::YesNo(true),
        Answer::Text("done".into()),
        Answer::Choice("yes".into()),
        Answer::Number(1.0),
        Answer::DontKnow,
    ] {
        check_error(
            &ws,
            set("s1", "trust_condition", Some(wrong)),
            CommandError::AnswerMismatch("trust_condition".into()),
        );
    }
}

#[test]
fn answers_that_import_would_refuse_are_refused() {
    // Whatever the editor accepts must load again; import checks each answer against its item.
    let (ins, item) = library_item("agree");
    let mut ws = with_rounds();
    apply(
        &mut ws,
        Command::AddRound {
            plan_id: id("a"),
            round: round("ra", "Ratings", &ins, None),
            index: None,
        },
    )
    .unwrap();
    let r = Response {
        instrument: ins.clone(),
        ..response("sa", "ra", Subject::Plan, &[])
    };
    apply(
        &mut ws,
        Command::AddResponse {
            plan_id: id("a"),
            response: r,
            index: None,
        },
    )
    .unwrap();
    let set = |a| Command::SetAnswer {
        plan_id: id("a"),
        response_id: id("sa"),
        item: item.clone(),
        answer: Some(a),
    };
    for ok in [Answer::Agree(1), Answer::Agree(5), Answer::DontKnow] {
        check_command(&ws, set(ok.clone()), |w| {
            assert_eq!(answers_of(w, "sa")[&item], ok)
        });
    }
    for bad in [Answer::Agree(0), Answer::Agree(6), Answer::Check(true)] {
        check_error(&ws, set(bad), CommandError::AnswerMismatch(item.clone()));
    }
    let (ins, item) = library_item("number");
    let mut w = ws.clone();
    apply(
        &mut w,
        Command::AddRound {
            plan_id: id("a"),
            round: round("rn", "Numbers", &ins, None),
            index: None,
        },
    )
    .unwrap();
    for n in [f64::NAN, f64::INFINITY] {
        let r = Response {
            instrument: ins.clone(),
            ..response(
                "sn",
                "rn",
                Subject::Plan,
                &[(item.as_str(), Answer::Number(n))],
            )
        };
        check_error(
            &w,
            Command::AddResponse {
                plan_id: id("a"),
                response: r,
                index: None,
            },
            CommandError::AnswerMismatch(item.clone()),
        );
    }
}

#[test]
fn text_answers_are_cleaned() {
    let (ins, item) = library_item("text");
    let mut ws = with_rounds();
    apply(
        &mut ws,
        Command::AddRound {
            plan_id: id("a"),
            round: round("rt", "Texts", &ins, None),
            index: None,
        },
    )
    .unwrap();
    // Added with a response: cleaned too.
    let r = Response {
        instrument: ins.clone(),
        ..response(
            "st",
            "rt",
            Subject::Plan,
            &[(
                item.as_str(),
                Answer::Text("a\u{202E}b\u{2066}c\u{2069}".into()),
            )],
        )
    };
    let w = check_command(
        &ws,
        Command::AddResponse {
            plan_id: id("a"),
            response: r,
            index: None,
        },
        |w| assert_eq!(answers_of(w, "st")[&item], Answer::Text("abc".into())),
    );
    let set = |t: String| Command::SetAnswer {
        plan_id: id("a"),
        response_id: id("st"),
        item: item.clone(),
        answer: Some(Answer::Text(t)),
    };
    // Bidi controls removed; line breaks, direction marks and leading spaces kept.
    check_command(
        &w,
        set("  first\u{202D}\nsecond \u{200F}mark\u{0}\n".into()),
        |w| {
            assert_eq!(
                answers_of(w, "st")[&item],
                Answer::Text("  first\nsecond \u{200F}mark\n".into())
            )
        },
    );
    // Cut to MAX_LONG characters.
    check_command(
        &w,
        set(format!("{}\u{202E}tail", "ש".repeat(MAX_LONG - 2))),
        |w| {
            let Answer::Text(t) = &answers_of(w, "st")[&item] else {
                panic!()
            };
            assert_eq!(t.chars().count(), MAX_LONG);
            assert!(t.ends_with("שta"), "cut after the bidi control is removed");
        },
    );
    // Undo gives back the text exactly as it was before.
    let mut ed = Editor::new(w.clone());
    ed.execute(set("x".repeat(MAX_LONG * 2))).unwrap();
    ed.undo();
    assert_eq!(ed.workspace(), &w);

    // Actions: each one a single line, cut to a task title's length.
    let (ins, item) = library_item("actions");
    let mut w = ws.clone();
    apply(
        &mut w,
        Command::AddRound {
            plan_id: id("a"),
            round: round("rx", "Actions", &ins, None),
            index: None,
        },
    )
    .unwrap();
    let r = Response {
        instrument: ins.clone(),
        ..response(
            "sx",
            "rx",
            Subject::Plan,
            &[(
                item.as_str(),
                Answer::Actions(vec![
                    "  call\u{202E}\nthe funder ".into(),
                    "y".repeat(MAX_TASK + 3),
                ]),
            )],
        )
    };
    check_command(
        &w,
        Command::AddResponse {
            plan_id: id("a"),
            response: r,
            index: None,
        },
        |w| {
            assert_eq!(
                answers_of(w, "sx")[&item],
                Answer::Actions(vec!["call the funder".into(), "y".repeat(MAX_TASK)])
            )
        },
    );
}

#[test]
fn set_respondent() {
    let ws = with_rounds();
    let set = |sid: &str, s: String| Command::SetRespondent {
        plan_id: id("a"),
        response_id: id(sid),
        respondent: s,
    };
    check_command(&ws, set("s2", "  Yossi\u{202E}\n(NGO) ".into()), |w| {
        let r = &plan(w, "a").responses[1];
        assert_eq!(r.respondent, "Yossi (NGO)");
        assert_eq!(r.answers, ws.plans[0].responses[1].answers);
    });
    check_command(&ws, set("s2", String::new()), |w| {
        assert_eq!(plan(w, "a").responses[1].respondent, "", "anonymous")
    });
    check_command(&ws, set("s4", "r".repeat(MAX_SHORT + 1)), |w| {
        assert_eq!(plan(w, "a").responses[3].respondent, "r".repeat(MAX_SHORT))
    });
    check_error(
        &ws,
        set("zz", "x".into()),
        CommandError::ResponseNotFound(id("zz")),
    );
}

#[test]
fn add_task() {
    let ws = with_rounds();
    let t5 = Task {
        done: true,
        origin: "instrument:milestones".into(),
        ..task("t5", "  Print \u{202E}the\nforms ", Some("a-q3"))
    };
    let add = |t: Task, index| Command::AddTask {
        plan_id: id("a"),
        task: t,
        index,
    };
    check_command(&ws, add(t5.clone(), None), |w| {
        let a = plan(w, "a");
        assert_eq!(ids(&a.tasks, |t| &t.id), ["t1", "t2", "t3", "t4", "t5"]);
        assert_eq!(
            a.tasks[4],
            Task {
                title: "Print the forms".into(),
                ..t5.clone()
            }
        );
    });
    check_command(&ws, add(task("t5", "x", None), Some(0)), |w| {
        assert_eq!(
            ids(&plan(w, "a").tasks, |t| &t.id),
            ["t5", "t1", "t2", "t3", "t4"]
        )
    });
    check_command(
        &ws,
        add(task("t5", &"x".repeat(MAX_TASK + 1), None), None),
        |w| assert_eq!(plan(w, "a").tasks[4].title, "x".repeat(MAX_TASK)),
    );
    check_command(
        &ws,
        Command::AddTask {
            plan_id: id("b"),
            task: task("t1", "Same id, other plan", Some("b-q1")),
            index: None,
        },
        |w| assert_eq!(plan(w, "b").tasks.len(), 1),
    );
    check_error(
        &ws,
        add(task("t5", "x", Some("zz")), None),
        CommandError::PersonNotFound(id("zz")),
    );
    check_error(
        &ws,
        add(task("t5", "x", Some("b-q1")), None),
        CommandError::PersonNotFound(id("b-q1")),
    );
    check_error(
        &ws,
        add(task("t2", "x", None), None),
        CommandError::DuplicateId(id("t2")),
    );
    check_error(
        &ws,
        add(task("t5", " \n\u{202E} ", None), None),
        CommandError::EmptyName,
    );
    check_error(
        &ws,
        add(task("t/5", "x", None), None),
        CommandError::InvalidId("t/5".into()),
    );
}

#[test]
fn remove_task() {
    let ws = with_rounds();
    let remove = |tid: &str| Command::RemoveTask {
        plan_id: id("a"),
        task_id: id(tid),
    };
    check_command(&ws, remove("t2"), |w| {
        assert_eq!(ids(&plan(w, "a").tasks, |t| &t.id), ["t1", "t3", "t4"]);
        assert_eq!(plan(w, "a").people, ws.plans[0].people);
    });
    let mut w = ws.clone();
    let inverse = apply(&mut w, remove("t2")).unwrap();
    assert!(
        matches!(&inverse, Command::AddTask { index: Some(1), task, .. } if *task == ws.plans[0].tasks[1]),
        "{inverse:?}"
    );
    check_error(&ws, remove("zz"), CommandError::TaskNotFound(id("zz")));
}

#[test]
fn set_every_task_field() {
    let ws = with_rounds();
    let set = |f: TaskField| Command::SetTaskField {
        plan_id: id("a"),
        task_id: id("t3"),
        field: f,
    };
    let get = |w: &Workspace| plan(w, "a").tasks[2].clone();
    check_command(&ws, set(TaskField::Done(true)), |w| {
        assert!(get(w).done);
        assert_eq!(get(w).title, "Call the funder");
    });
    check_command(&ws, set(TaskField::Due(date("2027-03-31"))), |w| {
        assert_eq!(get(w).due, date("2027-03-31"))
    });
    check_command(&ws, set(TaskField::Due(None)), |w| {
        assert_eq!(get(w).due, None)
    });
    check_command(&ws, set(TaskField::Owner(Some(id("a-q3")))), |w| {
        assert_eq!(get(w).owner, Some(id("a-q3")))
    });
    check_command(&ws, set(TaskField::Owner(None)), |w| {
        assert_eq!(get(w).owner, None)
    });
    check_command(&ws, set(TaskField::Partner(Some(id("a-p1")))), |w| {
        assert_eq!(get(w).partner_id, Some(id("a-p1")))
    });
    check_command(
        &ws,
        set(TaskField::Title("  New \u{202E}title\n".into())),
        |w| assert_eq!(get(w).title, "New title"),
    );
    // The other tasks are untouched.
    let w = check_command(&ws, set(TaskField::Done(true)), |_| {});
    for i in [0, 1, 3] {
        assert_eq!(plan(&w, "a").tasks[i], ws.plans[0].tasks[i]);
    }
    check_error(
        &ws,
        set(TaskField::Owner(Some(id("zz")))),
        CommandError::PersonNotFound(id("zz")),
    );
    check_error(
        &ws,
        set(TaskField::Title(" ".into())),
        CommandError::EmptyName,
    );
    check_error(
        &ws,
        Command::SetTaskField {
            plan_id: id("a"),
            task_id: id("zz"),
            field: TaskField::Done(true),
        },
        CommandError::TaskNotFound(id("zz")),
    );
}

#[test]
fn dismiss_and_dismiss_again() {
    let ws = with_rounds();
    let dismiss = |w: &str, reason: &str, index| Command::Dismiss {
        plan_id: id("a"),
        warning: w.into(),
        reason: reason.into(),
        index,
    };
    let key = "milestones/other_rule/partner:a-p1";
    check_command(
        &ws,
        dismiss(key, " Covered \u{202E}elsewhere\n", None),
        |w| {
            let d = &plan(w, "a").dismissed;
            assert_eq!(d.len(), 2);
            assert_eq!(
                d[1],
                Dismissal {
                    warning: key.into(),
                    reason: " Covered elsewhere\n".into(),
                },
                "bidi removed; a reason is free text"
            );
        },
    );
    check_command(&ws, dismiss(key, "", Some(0)), |w| {
        assert_eq!(plan(w, "a").dismissed[0].warning, key)
    });
    check_command(&ws, dismiss(key, &"r".repeat(MAX_MEDIUM + 1), None), |w| {
        assert_eq!(plan(w, "a").dismissed[1].reason, "r".repeat(MAX_MEDIUM))
    });
    // Dismissing again updates the reason; undo restores the first reason.
    check_command(
        &ws,
        dismiss("milestones/some_rule", "Done another way", None),
        |w| {
            assert_eq!(
                plan(w, "a").dismissed,
                [Dismissal {
                    warning: "milestones/some_rule".into(),
                    reason: "Done another way".into(),
                }]
            )
        },
    );
    let mut w = ws.clone();
    let inverse = apply(
        &mut w,
        dismiss("milestones/some_rule", "Done another way", Some(5)),
    )
    .unwrap();
    assert_eq!(inverse, dismiss("milestones/some_rule", "Not for us", None));
    apply(&mut w, inverse).unwrap();
    assert_eq!(w, ws);
    check_error(
        &ws,
        Command::Dismiss {
            plan_id: id("zz"),
            warning: key.into(),
            reason: "x".into(),
            index: None,
        },
        CommandError::PlanNotFound(id("zz")),
    );
}

#[test]
fn undismiss() {
    let ws = with_rounds();
    let undismiss = |w: &str| Command::Undismiss {
        plan_id: id("a"),
        warning: w.into(),
    };
    check_command(&ws, undismiss("milestones/some_rule"), |w| {
        assert!(plan(w, "a").dismissed.is_empty())
    });
    // Undo puts it back at its index, with its reason.
    let mut w = ws.clone();
    for (k, r) in [("x/a", "first"), ("x/b", "second")] {
        apply(
            &mut w,
            Command::Dismiss {
                plan_id: id("a"),
                warning: k.into(),
                reason: r.into(),
                index: None,
            },
        )
        .unwrap();
    }
    check_command(&w, undismiss("x/a"), |w2| {
        let keys: Vec<&str> = plan(w2, "a")
            .dismissed
            .iter()
            .map(|d| d.warning.as_str())
            .collect();
        assert_eq!(keys, ["milestones/some_rule", "x/b"]);
    });
    let mut w2 = w.clone();
    let inverse = apply(&mut w2, undismiss("x/a")).unwrap();
    assert_eq!(
        inverse,
        Command::Dismiss {
            plan_id: id("a"),
            warning: "x/a".into(),
            reason: "first".into(),
            index: Some(1),
        }
    );
    check_error(
        &ws,
        undismiss("milestones/never"),
        CommandError::NotDismissed,
    );
    check_error(
        &ws,
        Command::Undismiss {
            plan_id: id("b"),
            warning: "milestones/some_rule".into(),
        },
        CommandError::NotDismissed,
    );
}

#[test]
fn remove_partner_removes_responses_about_it_and_undo_restores_them() {
    let ws = with_rounds();
    let cmd = Command::RemovePartner {
        plan_id: id("a"),
        partner_id: id("a-p2"),
    };
    check_command(&ws, cmd.clone(), |w| {
        let a = plan(w, "a");
        assert_eq!(ids(&a.partners, |p| &p.id), ["a-p1", "a-p3"]);
        assert_eq!(response_ids(w), ["s1", "s3", "s4", "s5", "s6"]);
        assert_eq!(a.people[0].partner_id, None);
        assert_eq!(a.rounds, ws.plans[0].rounds, "rounds stay");
        assert_eq!(a.tasks, ws.plans[0].tasks);
    });
    let mut w = ws.clone();
    let Command::Batch(steps) = apply(&mut w, cmd).unwrap() else {
        panic!()
    };
    let put_back: Vec<(&str, Option<usize>)> = steps
        .iter()
        .filter_map(|c| match c {
            Command::AddResponse {
                response, index, ..
            } => Some((response.id.as_str(), *index)),
            _ => None,
        })
        .collect();
    assert_eq!(put_back, [("s2", Some(1)), ("s7", Some(6))]);
    // A partner with responses but no people.
    check_command(
        &ws,
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("a-p1"),
        },
        |w| {
            assert_eq!(response_ids(w), ["s1", "s2", "s3", "s4", "s6", "s7"]);
            assert_eq!(plan(w, "a").people[1].partner_id, None);
        },
    );
}

#[test]
fn remove_person_clears_task_owners_and_removes_responses_about_them() {
    let ws = with_rounds();
    let cmd = Command::RemovePerson {
        plan_id: id("a"),
        person_id: id("a-q1"),
    };
    check_command(&ws, cmd.clone(), |w| {
        let a = plan(w, "a");
        assert_eq!(ids(&a.people, |p| &p.id), ["a-q2", "a-q3", "a-q4"]);
        let owners: Vec<Option<&str>> = a
            .tasks
            .iter()
            .map(|t| t.owner.as_ref().map(Id::as_str))
            .collect();
        assert_eq!(owners, [None, None, None, Some("a-q2")]);
        for (t, t0) in a.tasks.iter().zip(&ws.plans[0].tasks) {
            assert_eq!((&t.title, &t.due, t.done), (&t0.title, &t0.due, t0.done));
        }
        assert_eq!(response_ids(w), ["s1", "s2", "s4", "s5", "s6", "s7"]);
    });
    // Undo in the editor: the person, the owners and the response all come back.
    let mut ed = Editor::new(ws.clone());
    ed.execute(cmd).unwrap();
    assert!(ed.undo());
    let a = plan(ed.workspace(), "a");
    assert_eq!(a.tasks[0].owner, Some(id("a-q1")));
    assert_eq!(a.tasks[2].owner, Some(id("a-q1")));
    assert_eq!(a.responses[2].subject, Subject::Person(id("a-q1")));
    assert_eq!(ed.workspace(), &ws);
    // A person who owns a task but is the subject of nothing, and one who is only a subject.
    check_command(
        &ws,
        Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("a-q2"),
        },
        |w| {
            assert_eq!(plan(w, "a").tasks[3].owner, None);
            assert_eq!(plan(w, "a").responses, ws.plans[0].responses);
        },
    );
    check_command(
        &ws,
        Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("a-q4"),
        },
        |w| {
            assert_eq!(response_ids(w), ["s1", "s2", "s3", "s4", "s5", "s7"]);
            assert_eq!(plan(w, "a").tasks, ws.plans[0].tasks);
        },
    );
}

#[test]
fn a_failing_batch_of_instrument_commands_leaves_everything_unchanged() {
    let ws = with_rounds();
    let mut w = ws.clone();
    let batch = Command::Batch(vec![
        Command::AddRound {
            plan_id: id("a"),
            round: round("r9", "Nine", MS, None),
            index: None,
        },
        Command::AddResponse {
            plan_id: id("a"),
            response: response(
                "s9",
                "r9",
                Subject::Plan,
                &[("trust_condition", Answer::Check(true))],
            ),
            index: None,
        },
        Command::RemoveRound {
            plan_id: id("a"),
            round_id: id("r1"),
        },
        Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("a-q1"),
        },
        Command::SetAnswer {
            plan_id: id("a"),
            response_id: id("s9"),
            item: "trust_condition".into(),
            answer: Some(Answer::Agree(9)),
        },
    ]);
    assert_eq!(
        apply(&mut w, batch),
        Err(CommandError::AnswerMismatch("trust_condition".into()))
    );
    assert_eq!(w, ws);
}

#[test]
fn replace_workspace_and_its_undo() {
    let ws = sample();
    let demo = demo::workspace(Lang::He);
    check_command(
        &ws,
        Command::ReplaceWorkspace {
            workspace: demo.clone(),
        },
        |w| assert_eq!(w, &demo),
    );
    check_command(
        &ws,
        Command::ReplaceWorkspace {
            workspace: Workspace::default(),
        },
        |w| assert!(w.plans.is_empty()),
    );
    check_command(
        &Workspace::default(),
        Command::ReplaceWorkspace {
            workspace: ws.clone(),
        },
        |w| assert_eq!(w, &ws),
    );
}

#[test]
fn batch_is_one_step() {
    let ws = sample();
    let batch = Command::Batch(vec![
        Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::Name("Batch".into()),
        },
        Command::AddPartner {
            plan_id: id("a"),
            partner: partner("a-p9", "Ninth"),
            index: None,
        },
        // Depends on the partner added just before.
        Command::AddPerson {
            plan_id: id("a"),
            person: person("a-q9", "Nine", Some("a-p9")),
            index: None,
        },
        Command::RemovePlan { plan_id: id("b") },
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("a-p2"),
        },
    ]);
    check_command(&ws, batch.clone(), |w| {
        assert_eq!(w.plans.len(), 1);
        let a = plan(w, "a");
        assert_eq!(a.name, "Batch");
        assert_eq!(a.people[4].partner_id, Some(id("a-p9")));
        assert!(a.partner(&id("a-p2")).is_none());
    });
    let mut ed = Editor::new(ws.clone());
    ed.execute(batch).unwrap();
    assert!(ed.undo());
    assert_eq!(ed.workspace(), &ws);
    assert!(!ed.can_undo(), "the batch was one step");
    // An empty batch is fine and changes nothing.
    let mut w = ws.clone();
    let inv = apply(&mut w, Command::Batch(vec![])).unwrap();
    assert_eq!(w, ws);
    apply(&mut w, inv).unwrap();
    assert_eq!(w, ws);
}

#[test]
fn a_failing_batch_leaves_the_workspace_unchanged() {
    let ws = sample();
    let good = vec![
        Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::Name("Batch".into()),
        },
        Command::AddPartner {
            plan_id: id("a"),
            partner: partner("a-p9", "Ninth"),
            index: Some(0),
        },
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("a-p2"),
        },
        Command::RemovePlan { plan_id: id("b") },
        Command::DuplicatePlan {
            plan_id: id("a"),
            new_id: id("a2"),
            name: "A2".into(),
        },
        Command::Batch(vec![Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("a-q1"),
        }]),
    ];
    for fail_at in 0..=good.len() {
        let mut cmds = good.clone();
        cmds.insert(
            fail_at,
            Command::SetPlanField {
                plan_id: id("a"),
                field: PlanField::Name("  ".into()),
            },
        );
        check_error(&ws, Command::Batch(cmds), CommandError::EmptyName);
    }
    // A failure inside a nested batch.
    let nested = Command::Batch(vec![
        good[1].clone(),
        Command::Batch(vec![
            good[2].clone(),
            Command::RemovePlan { plan_id: id("zz") },
        ]),
    ]);
    check_error(&ws, nested, CommandError::PlanNotFound(id("zz")));
}

// ---------------------------------------------------------------------------------------------
// Errors leave everything unchanged

#[test]
fn errors_leave_the_workspace_unchanged() {
    let ws = sample();
    let e = CommandError::PlanNotFound(id("zz"));
    check_error(&ws, Command::RemovePlan { plan_id: id("zz") }, e.clone());
    check_error(
        &ws,
        Command::SetPlanField {
            plan_id: id("zz"),
            field: PlanField::Name("x".into()),
        },
        e.clone(),
    );
    check_error(
        &ws,
        Command::DuplicatePlan {
            plan_id: id("zz"),
            new_id: id("n"),
            name: "n".into(),
        },
        e.clone(),
    );
    check_error(
        &ws,
        Command::AddPartner {
            plan_id: id("zz"),
            partner: partner("x", "x"),
            index: None,
        },
        e.clone(),
    );
    check_error(
        &ws,
        Command::RemovePartner {
            plan_id: id("zz"),
            partner_id: id("a-p1"),
        },
        e.clone(),
    );
    check_error(
        &ws,
        Command::AddPerson {
            plan_id: id("zz"),
            person: person("x", "x", None),
            index: None,
        },
        e.clone(),
    );
    check_error(
        &ws,
        Command::RemovePerson {
            plan_id: id("zz"),
            person_id: id("a-q1"),
        },
        e.clone(),
    );
    check_error(
        &ws,
        Command::SetPersonField {
            plan_id: id("zz"),
            person_id: id("a-q1"),
            field: PersonField::Role("r".into()),
        },
        e,
    );

    // Duplicate ids.
    let dup = |s: &str| CommandError::DuplicateId(id(s));
    let b = Rc::new(Plan::new(id("b"), "Another B", PlanKind::default()));
    check_error(
        &ws,
        Command::AddPlan {
            plan: b,
            index: None,
        },
        dup("b"),
    );
    check_error(
        &ws,
        Command::DuplicatePlan {
            plan_id: id("a"),
            new_id: id("b"),
            name: "x".into(),
        },
        dup("b"),
    );
    check_error(
        &ws,
        Command::DuplicatePlan {
            plan_id: id("a"),
            new_id: id("a"),
            name: "x".into(),
        },
        dup("a"),
    );
    check_error(
        &ws,
        Command::AddPartner {
            plan_id: id("a"),
            partner: partner("a-p3", "x"),
            index: None,
        },
        dup("a-p3"),
    );
    check_error(
        &ws,
        Command::AddPerson {
            plan_id: id("a"),
            person: person("a-q4", "x", None),
            index: None,
        },
        dup("a-q4"),
    );

    // Empty names, also after cleaning.
    for empty in ["", "   ", "\t\n", "\u{202E}", " \u{2066}\u{2069} ", "\u{7}"] {
        let n = || empty.to_string();
        check_error(
            &ws,
            Command::SetPlanField {
                plan_id: id("a"),
                field: PlanField::Name(n()),
            },
            CommandError::EmptyName,
        );
        let p = Rc::new(Plan::new(id("c"), n(), PlanKind::default()));
        check_error(
            &ws,
            Command::AddPlan {
                plan: p,
                index: None,
            },
            CommandError::EmptyName,
        );
        check_error(
            &ws,
            Command::DuplicatePlan {
                plan_id: id("a"),
                new_id: id("c"),
                name: n(),
            },
            CommandError::EmptyName,
        );
        check_error(
            &ws,
            Command::AddPartner {
                plan_id: id("a"),
                partner: partner("c", &n()),
                index: None,
            },
            CommandError::EmptyName,
        );
        check_error(
            &ws,
            Command::SetPartnerField {
                plan_id: id("a"),
                partner_id: id("a-p1"),
                field: PartnerField::Name(n()),
            },
            CommandError::EmptyName,
        );
        check_error(
            &ws,
            Command::AddPerson {
                plan_id: id("a"),
                person: person("c", &n(), None),
                index: None,
            },
            CommandError::EmptyName,
        );
        check_error(
            &ws,
            Command::SetPersonField {
                plan_id: id("a"),
                person_id: id("a-q1"),
                field: PersonField::Name(n()),
            },
            CommandError::EmptyName,
        );
    }

    // Invalid ids.
    let too_long = "x".repeat(65);
    for bad in ["", "has space", "עברית", "a/b", "a.b", too_long.as_str()] {
        let inv = CommandError::InvalidId(bad.to_string());
        let p = Rc::new(Plan::new(id(bad), "Name", PlanKind::default()));
        check_error(
            &ws,
            Command::AddPlan {
                plan: p,
                index: None,
            },
            inv.clone(),
        );
        check_error(
            &ws,
            Command::DuplicatePlan {
                plan_id: id("a"),
                new_id: id(bad),
                name: "x".into(),
            },
            inv.clone(),
        );
        check_error(
            &ws,
            Command::AddPartner {
                plan_id: id("a"),
                partner: partner(bad, "x"),
                index: None,
            },
            inv.clone(),
        );
        check_error(
            &ws,
            Command::AddPerson {
                plan_id: id("a"),
                person: person(bad, "x", None),
                index: None,
            },
            inv,
        );
    }
    // 64 characters is still a valid id.
    check_command(
        &ws,
        Command::AddPartner {
            plan_id: id("a"),
            partner: partner(&"x".repeat(64), "x"),
            index: None,
        },
        |_| {},
    );

    // Dates out of order: plan a runs 2026-09-01 to 2027-06-30.
    let set = |f: PlanField| Command::SetPlanField {
        plan_id: id("a"),
        field: f,
    };
    check_error(
        &ws,
        set(PlanField::StartDate(date("2027-07-01"))),
        CommandError::DatesOutOfOrder,
    );
    check_error(
        &ws,
        set(PlanField::EndDate(date("2026-08-31"))),
        CommandError::DatesOutOfOrder,
    );

    // Partners and people that do not exist.
    let pnf = |s: &str| CommandError::PartnerNotFound(id(s));
    check_error(
        &ws,
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("zz"),
        },
        pnf("zz"),
    );
    check_error(
        &ws,
        Command::SetPartnerField {
            plan_id: id("a"),
            partner_id: id("zz"),
            field: PartnerField::Notes("n".into()),
        },
        pnf("zz"),
    );
    // A person's partner must exist in the same plan.
    check_error(
        &ws,
        Command::AddPerson {
            plan_id: id("a"),
            person: person("c", "x", Some("zz")),
            index: None,
        },
        pnf("zz"),
    );
    check_error(
        &ws,
        Command::AddPerson {
            plan_id: id("a"),
            person: person("c", "x", Some("b-p1")),
            index: None,
        },
        pnf("b-p1"),
    );
    check_error(
        &ws,
        Command::SetPersonField {
            plan_id: id("a"),
            person_id: id("a-q1"),
            field: PersonField::PartnerId(Some(id("b-p1"))),
        },
        pnf("b-p1"),
    );
    let qnf = CommandError::PersonNotFound(id("zz"));
    check_error(
        &ws,
        Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("zz"),
        },
        qnf.clone(),
    );
    check_error(
        &ws,
        Command::SetPersonField {
            plan_id: id("a"),
            person_id: id("zz"),
            field: PersonField::Role("r".into()),
        },
        qnf,
    );
}

#[test]
fn a_failed_edit_keeps_other_plans_shared() {
    let ws = sample();
    let mut w = ws.clone();
    let err = apply(
        &mut w,
        Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::Name(" ".into()),
        },
    );
    assert_eq!(err, Err(CommandError::EmptyName));
    assert!(Rc::ptr_eq(&w.plans[1], &ws.plans[1]));
    assert_eq!(w, ws);
}

// ---------------------------------------------------------------------------------------------
// The history

#[test]
fn history_keeps_at_least_100_steps() {
    const {
        assert!(
            HISTORY_LIMIT >= 100,
            "the history keeps fewer than 100 steps"
        )
    };
    let steps = HISTORY_LIMIT.min(150);
    let initial = sample();
    let mut ed = Editor::new(initial.clone());
    let mut states = vec![initial.clone()];
    for i in 0..steps {
        let cmd = match i % 3 {
            0 => Command::SetPlanField {
                plan_id: id("a"),
                field: PlanField::Name(format!("Name {i}")),
            },
            1 => Command::AddPartner {
                plan_id: id("b"),
                partner: partner(&format!("n{i}"), "New"),
                index: Some(0),
            },
            _ => Command::SetPersonField {
                plan_id: id("a"),
                person_id: id("a-q4"),
                field: PersonField::Notes(format!("note {i}")),
            },
        };
        ed.execute(cmd).unwrap();
        states.push(ed.workspace().clone());
    }
    for i in (0..steps).rev() {
        assert!(ed.undo(), "undo {} of {steps}", steps - i);
        assert_eq!(ed.workspace(), &states[i], "after undoing to step {i}");
    }
    assert_eq!(ed.workspace(), &initial);
    assert!(!ed.undo());
    for (i, state) in states.iter().enumerate().skip(1) {
        assert!(ed.redo(), "redo {i}");
        assert_eq!(ed.workspace(), state);
    }
    assert!(!ed.redo());
}

#[test]
fn history_drops_the_oldest_steps_beyond_its_limit() {
    let mut ed = Editor::new(sample());
    let mut states = vec![ed.workspace().clone()];
    for i in 0..HISTORY_LIMIT + 10 {
        ed.execute(rename_a(format!("N{i}"))).unwrap();
        states.push(ed.workspace().clone());
    }
    let mut undone = 0;
    while ed.undo() {
        undone += 1;
    }
    assert_eq!(undone, HISTORY_LIMIT);
    assert_eq!(ed.workspace(), &states[10]);
}

/// Replacing the workspace keeps the old one in the history to undo to, but only the last
/// REPLACED_LIMIT of them: replacing one more drops the history up to the oldest, so replacing a
/// large workspace again and again cannot fill the memory.
#[test]
fn history_keeps_only_the_last_replaced_workspaces() {
    const { assert!(REPLACED_LIMIT >= 1) };
    let mut ed = Editor::new(sample());
    // Before each replace, an edit; `states[k]` is the workspace after the k-th step.
    let mut states = vec![ed.workspace().clone()];
    for i in 0..REPLACED_LIMIT + 2 {
        ed.execute(rename_a(format!("Before replace {i}"))).unwrap();
        states.push(ed.workspace().clone());
        let mut next = sample();
        Rc::make_mut(&mut next.plans[0]).name = format!("Replaced {i}");
        ed.execute(Command::ReplaceWorkspace { workspace: next })
            .unwrap();
        states.push(ed.workspace().clone());
    }
    let mut undone = 0;
    while ed.undo() {
        undone += 1;
        assert_eq!(
            ed.workspace(),
            &states[states.len() - 1 - undone],
            "undo {undone}"
        );
    }
    // Back through the last REPLACED_LIMIT replaces and the edit before each, not further: the
    // older replaces, and every step before them, are gone.
    assert_eq!(undone, 2 * REPLACED_LIMIT);
    // And forward again, to the end.
    for state in &states[states.len() - undone..] {
        assert!(ed.redo());
        assert_eq!(ed.workspace(), state);
    }
    assert!(!ed.redo());
    // Edits alone are not limited by it.
    for i in 0..REPLACED_LIMIT + 5 {
        ed.execute(rename_a(format!("Edit {i}"))).unwrap();
    }
    let mut more = 0;
    while ed.undo() {
        more += 1;
    }
    assert_eq!(more, REPLACED_LIMIT + 5 + undone);
}

#[test]
fn a_new_edit_clears_redo() {
    let ws = sample();
    let mut ed = Editor::new(ws.clone());
    ed.execute(Command::RemovePlan { plan_id: id("b") })
        .unwrap();
    ed.execute(rename_a("One")).unwrap();
    assert!(ed.undo());
    assert!(ed.undo());
    assert!(ed.can_redo());
    ed.execute(rename_a("Two")).unwrap();
    assert!(!ed.can_redo());
    assert!(!ed.redo());
    assert_eq!(plan(ed.workspace(), "a").name, "Two");
    assert_eq!(ed.workspace().plans.len(), 2);
    assert!(ed.undo());
    assert_eq!(ed.workspace(), &ws);
    assert!(!ed.can_undo());
}

#[test]
fn reset_replaces_without_history() {
    let mut ed = Editor::new(sample());
    ed.execute(Command::RemovePlan { plan_id: id("b") })
        .unwrap();
    ed.undo();
    let rev = ed.revision();
    let demo = demo::workspace(Lang::En);
    ed.reset(demo.clone());
    assert_eq!(ed.workspace(), &demo);
    assert!(!ed.can_undo() && !ed.can_redo());
    assert!(ed.revision() > rev);
}

// ---------------------------------------------------------------------------------------------
// Structural sharing

/// One command of every kind that touches plan `a` only (of the sample workspace).
fn edits_of_plan_a() -> Vec<Command> {
    vec![
        Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::Name("x".into()),
        },
        Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::EndDate(None),
        },
        Command::AddPartner {
            plan_id: id("a"),
            partner: partner("new", "New"),
            index: None,
        },
        Command::RemovePartner {
            plan_id: id("a"),
            partner_id: id("a-p2"),
        },
        Command::SetPartnerField {
            plan_id: id("a"),
            partner_id: id("a-p1"),
            field: PartnerField::Notes("n".into()),
        },
        Command::AddPerson {
            plan_id: id("a"),
            person: person("new", "New", None),
            index: None,
        },
        Command::RemovePerson {
            plan_id: id("a"),
            person_id: id("a-q1"),
        },
        Command::SetPersonField {
            plan_id: id("a"),
            person_id: id("a-q1"),
            field: PersonField::Role("r".into()),
        },
        Command::DuplicatePlan {
            plan_id: id("a"),
            new_id: id("a2"),
            name: "A2".into(),
        },
        Command::RemovePlan { plan_id: id("a") },
        Command::AddPlan {
            plan: Rc::new(Plan::new(id("c"), "C", PlanKind::default())),
            index: Some(0),
        },
    ]
}

#[test]
fn an_edit_does_not_copy_untouched_plans() {
    for cmd in edits_of_plan_a() {
        let ws = sample();
        let b_before = ws.plans[1].clone();
        let a_before = ws.plans[0].clone();
        let mut w = ws.clone();
        let inverse = apply(&mut w, cmd.clone()).unwrap();
        let b_after = w.plan_index(&id("b")).map(|i| w.plans[i].clone()).unwrap();
        assert!(Rc::ptr_eq(&b_before, &b_after), "{cmd:?} copied plan b");
        // The plan the interface still holds is not changed behind its back.
        assert_eq!(
            *a_before,
            *sample().plans[0],
            "{cmd:?} changed a shared plan in place"
        );
        // Undo does not copy plan b either.
        apply(&mut w, inverse).unwrap();
        assert!(
            Rc::ptr_eq(&w.plans[1], &b_before),
            "undoing {cmd:?} copied plan b"
        );
        assert_eq!(w, ws);
    }
}

#[test]
fn an_edit_of_a_plan_nobody_else_holds_happens_in_place() {
    let mut ed = Editor::new(sample());
    let before = Rc::as_ptr(&ed.workspace().plans[0]);
    ed.execute(rename_a("In place")).unwrap();
    assert_eq!(
        Rc::as_ptr(&ed.workspace().plans[0]),
        before,
        "the history does not hold the plan"
    );
    assert_eq!(ed.workspace().plans[0].name, "In place");
}

#[test]
fn an_edit_in_a_workspace_of_2000_plans_shares_the_other_1999() {
    let plans: Vec<Rc<Plan>> = (0..2000)
        .map(|i| {
            let mut p = Plan::new(
                id(&format!("plan-{i}")),
                format!("Plan {i}"),
                PlanKind::default(),
            );
            p.partners.push(partner("p", "Partner"));
            p.people.push(person("q", "Person", Some("p")));
            Rc::new(p)
        })
        .collect();
    let ws = Workspace { plans };
    let mut ed = Editor::new(ws.clone());
    let edits = [
        Command::SetPlanField {
            plan_id: id("plan-1234"),
            field: PlanField::Description("Edited".into()),
        },
        Command::RemovePartner {
            plan_id: id("plan-1234"),
            partner_id: id("p"),
        },
    ];
    for cmd in edits {
        ed.execute(cmd).unwrap();
        let shared = ws
            .plans
            .iter()
            .zip(&ed.workspace().plans)
            .filter(|(a, b)| Rc::ptr_eq(a, b))
            .count();
        assert_eq!(shared, 1999);
        assert!(!Rc::ptr_eq(&ws.plans[1234], &ed.workspace().plans[1234]));
        assert_eq!(
            ws.plans[1234].description, "",
            "the old plan is not changed"
        );
    }
    assert_eq!(ed.workspace().plans[1234].description, "Edited");
    assert!(ed.workspace().plans[1234].partners.is_empty());
    ed.undo();
    ed.undo();
    assert_eq!(ed.workspace(), &ws);
    let shared = ws
        .plans
        .iter()
        .zip(&ed.workspace().plans)
        .filter(|(a, b)| Rc::ptr_eq(a, b))
        .count();
    assert_eq!(shared, 1999, "undo does not copy the others either");
}

// ---------------------------------------------------------------------------------------------
// Text typed through commands is cleaned

fn name_after(
    cmd_for: impl Fn(String) -> Command,
    get: impl Fn(&Workspace) -> String,
    input: &str,
) -> String {
    let mut w = sample();
    apply(&mut w, cmd_for(input.to_string())).unwrap();
    get(&w)
}

#[test]
fn names_are_trimmed_cleaned_and_cut_through_every_command() {
    type Case = (
        Box<dyn Fn(String) -> Command>,
        Box<dyn Fn(&Workspace) -> String>,
    );
    let cases: Vec<Case> = vec![
        (
            Box::new(|n| Command::SetPlanField {
                plan_id: id("a"),
                field: PlanField::Name(n),
            }),
            Box::new(|w| plan(w, "a").name.clone()),
        ),
        (
            Box::new(|n| Command::AddPlan {
                plan: Rc::new(Plan::new(id("c"), n, PlanKind::default())),
                index: None,
            }),
            Box::new(|w| plan(w, "c").name.clone()),
        ),
        (
            Box::new(|n| Command::DuplicatePlan {
                plan_id: id("a"),
                new_id: id("c"),
                name: n,
            }),
            Box::new(|w| plan(w, "c").name.clone()),
        ),
        (
            Box::new(|n| Command::AddPartner {
                plan_id: id("a"),
                partner: partner("c", &n),
                index: None,
            }),
            Box::new(|w| plan(w, "a").partner(&id("c")).unwrap().name.clone()),
        ),
        (
            Box::new(|n| Command::SetPartnerField {
                plan_id: id("a"),
                partner_id: id("a-p1"),
                field: PartnerField::Name(n),
            }),
            Box::new(|w| plan(w, "a").partners[0].name.clone()),
        ),
        (
            Box::new(|n| Command::AddPerson {
                plan_id: id("a"),
                person: person("c", &n, None),
                index: None,
            }),
            Box::new(|w| plan(w, "a").person(&id("c")).unwrap().name.clone()),
        ),
        (
            Box::new(|n| Command::SetPersonField {
                plan_id: id("a"),
                person_id: id("a-q1"),
                field: PersonField::Name(n),
            }),
            Box::new(|w| plan(w, "a").people[0].name.clone()),
        ),
    ];
    for (i, (cmd, get)) in cases.iter().enumerate() {
        let n = |s: &str| name_after(cmd, get, s);
        assert_eq!(n("  Trimmed\t "), "Trimmed", "case {i}");
        assert_eq!(n("a\u{202E}b\u{202A}c\u{202B}d\u{202C}e\u{202D}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j"), "abcdefghij");
        assert_eq!(n("\u{202E}evil.exe"), "evil.exe", "case {i}");
        assert_eq!(
            n("שלום\u{200F}"),
            "שלום\u{200F}",
            "case {i}: direction marks are kept"
        );
        assert_eq!(
            n("line\nbreak"),
            "line break",
            "case {i}: names are one line"
        );
        assert_eq!(n("bell\u{7}"), "bell", "case {i}");
        assert_eq!(
            n("<b>markup</b> & \"quotes\""),
            "<b>markup</b> & \"quotes\"",
            "case {i}: kept as text"
        );
        // Cut by characters, not bytes.
        let long = "ש".repeat(MAX_NAME + 50);
        assert_eq!(n(&long), "ש".repeat(MAX_NAME), "case {i}");
        let emoji = "👩‍🏫".repeat(MAX_NAME);
        assert_eq!(n(&emoji).chars().count(), MAX_NAME, "case {i}");
        // A cut that ends on a space leaves no trailing space, and cleaning again changes nothing.
        let at_space = format!("{} tail", "a".repeat(MAX_NAME - 1));
        let cut = n(&at_space);
        assert_eq!(cut, "a".repeat(MAX_NAME - 1), "case {i}");
        assert_eq!(n(&cut), cut, "case {i}: cleaning is stable");
        // Spaces around a name that fits do not count towards its length.
        let padded = format!("   {}   ", "b".repeat(MAX_NAME));
        assert_eq!(n(&padded), "b".repeat(MAX_NAME), "case {i}");
    }
}

#[test]
fn other_texts_are_cleaned_and_cut_to_their_limits() {
    let ws = sample();
    let mut w = ws.clone();
    let p = Partner {
        id: id("c"),
        name: "n".into(),
        representative: format!("  {}\n", "r".repeat(MAX_SHORT + 1)),
        added_value: format!("{}\u{202E}", "v".repeat(MAX_MEDIUM + 1)),
        notes: format!("first\nsecond\u{2066}\n{}", "x".repeat(MAX_LONG)),
        ..Default::default()
    };
    apply(
        &mut w,
        Command::AddPartner {
            plan_id: id("a"),
            partner: p,
            index: None,
        },
    )
    .unwrap();
    let p = plan(&w, "a").partner(&id("c")).unwrap();
    assert_eq!(p.representative, "r".repeat(MAX_SHORT));
    assert_eq!(p.added_value, "v".repeat(MAX_MEDIUM));
    assert_eq!(p.notes.chars().count(), MAX_LONG);
    assert!(
        p.notes.starts_with("first\nsecond\n"),
        "notes keep line breaks, lose bidi controls"
    );

    let q = Person {
        id: id("c"),
        name: "n".into(),
        role: " chair\u{202E} ".into(),
        contact: "a@example.org\n".into(),
        notes: "  keeps leading spaces\n".into(),
        ..Default::default()
    };
    apply(
        &mut w,
        Command::AddPerson {
            plan_id: id("a"),
            person: q,
            index: None,
        },
    )
    .unwrap();
    let q = plan(&w, "a").person(&id("c")).unwrap();
    assert_eq!(q.role, "chair");
    assert_eq!(q.contact, "a@example.org");
    assert_eq!(q.notes, "  keeps leading spaces\n");

    let set = |f| Command::SetPartnerField {
        plan_id: id("a"),
        partner_id: id("a-p1"),
        field: f,
    };
    apply(
        &mut w,
        set(PartnerField::Representative(" x\u{2067} ".into())),
    )
    .unwrap();
    apply(
        &mut w,
        set(PartnerField::AddedValue("y".repeat(MAX_MEDIUM * 2))),
    )
    .unwrap();
    apply(&mut w, set(PartnerField::Notes("\u{202D}z".into()))).unwrap();
    let p = &plan(&w, "a").partners[0];
    assert_eq!(
        (
            p.representative.as_str(),
            p.added_value.chars().count(),
            p.notes.as_str()
        ),
        ("x", MAX_MEDIUM, "z")
    );

    let setq = |f| Command::SetPersonField {
        plan_id: id("a"),
        person_id: id("a-q1"),
        field: f,
    };
    apply(&mut w, setq(PersonField::Role("r".repeat(MAX_SHORT + 9)))).unwrap();
    apply(&mut w, setq(PersonField::Contact("\u{2069}tel".into()))).unwrap();
    apply(&mut w, setq(PersonField::Notes("n".repeat(MAX_LONG + 9)))).unwrap();
    let q = &plan(&w, "a").people[0];
    assert_eq!(
        (
            q.role.chars().count(),
            q.contact.as_str(),
            q.notes.chars().count()
        ),
        (MAX_SHORT, "tel", MAX_LONG)
    );

    apply(
        &mut w,
        Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::Description("d\u{202E}".repeat(MAX_LONG)),
        },
    )
    .unwrap();
    assert_eq!(plan(&w, "a").description, "d".repeat(MAX_LONG));
}

#[test]
fn undo_restores_text_exactly_even_after_cleaning() {
    let ws = sample();
    let mut ed = Editor::new(ws.clone());
    ed.execute(rename_a("  \u{202E}x  ")).unwrap();
    assert_eq!(plan(ed.workspace(), "a").name, "x");
    ed.undo();
    assert_eq!(ed.workspace(), &ws);
    ed.redo();
    assert_eq!(plan(ed.workspace(), "a").name, "x");
}

/// Fails to compile when a command or a field is added without a test above: add the test, then
/// the variant here.
#[test]
fn every_command_variant_has_a_test_above() {
    fn tested(c: &Command) -> &'static str {
        match c {
            Command::AddPlan { .. } => "add_plan_at_end_and_at_index",
            Command::RemovePlan { .. } => "remove_plan_and_its_undo_puts_it_back_in_place",
            Command::SetPlanField { .. } => "set_every_plan_field",
            Command::DuplicatePlan { .. } => {
                "duplicate_plan_copies_content_right_after_the_original"
            }
            Command::AddPartner { .. } => "add_partner",
            Command::RemovePartner { .. } => {
                "remove_partner_unlinks_its_people_and_undo_restores_both"
            }
            Command::SetPartnerField { .. } => "set_every_partner_field",
            Command::AddPerson { .. } => "add_person",
            Command::RemovePerson { .. } => "remove_person",
            Command::SetPersonField { .. } => "set_every_person_field",
            Command::AddRound { .. } => "add_round",
            Command::RemoveRound { .. } => {
                "remove_round_removes_only_its_responses_and_undo_puts_them_back_in_place"
            }
            Command::SetRoundName { .. } => "set_round_name",
            Command::SetRoundDate { .. } => "set_round_date",
            Command::AddResponse { .. } => "add_response",
            Command::RemoveResponse { .. } => "remove_response",
            Command::SetAnswer { .. } => "set_answer_sets_replaces_and_clears",
            Command::SetRespondent { .. } => "set_respondent",
            Command::AddTask { .. } => "add_task",
            Command::RemoveTask { .. } => "remove_task",
            Command::SetTaskField { .. } => "set_every_task_field",
            Command::Dismiss { .. } => "dismiss_and_dismiss_again",
            Command::Undismiss { .. } => "undismiss",
            Command::ReplaceWorkspace { .. } => "replace_workspace_and_its_undo",
            Command::Batch(_) => "batch_is_one_step",
            // tests/parts.rs
            Command::Put { .. } => "put_adds_replaces_removes_and_every_inverse_restores",
        }
    }
    fn plan_field(f: &PlanField) {
        match f {
            PlanField::Name(_)
            | PlanField::Kind(_)
            | PlanField::StartDate(_)
            | PlanField::EndDate(_)
            | PlanField::Description(_) => {}
        }
    }
    fn partner_field(f: &PartnerField) {
        match f {
            PartnerField::Name(_)
            | PartnerField::Origin(_)
            | PartnerField::Sector(_)
            | PartnerField::Relationship(_)
            | PartnerField::Representative(_)
            | PartnerField::AddedValue(_)
            | PartnerField::Notes(_)
            | PartnerField::Expertise(_)
            | PartnerField::Limitations(_)
            | PartnerField::FocusTopics(_)
            | PartnerField::Methods(_)
            | PartnerField::WorksWith(_)
            | PartnerField::Days(_)
            | PartnerField::Arrival(_)
            | PartnerField::FundsInfrastructure(_)
            | PartnerField::OwnMeasurement(_)
            | PartnerField::Contact(_) => {}
        }
    }
    fn person_field(f: &PersonField) {
        match f {
            PersonField::Name(_)
            | PersonField::Role(_)
            | PersonField::PartnerId(_)
            | PersonField::Contact(_)
            | PersonField::Notes(_) => {}
        }
    }
    fn task_field(f: &TaskField) {
        match f {
            TaskField::Title(_)
            | TaskField::Owner(_)
            | TaskField::Due(_)
            | TaskField::Done(_)
            | TaskField::Partner(_) => {}
        }
    }
    plan_field(&PlanField::Kind(PlanKind::default()));
    task_field(&TaskField::Done(false));
    partner_field(&PartnerField::Sector(Sector::default()));
    person_field(&PersonField::PartnerId(None));
    assert!(!tested(&Command::Batch(vec![])).is_empty());
}

#[test]
fn undoing_a_removal_or_a_replacement_gives_back_the_same_plans() {
    let ws = sample();
    let mut ed = Editor::new(ws.clone());
    ed.execute(Command::RemovePlan { plan_id: id("a") })
        .unwrap();
    ed.undo();
    assert!(
        Rc::ptr_eq(&ed.workspace().plans[0], &ws.plans[0]),
        "undo put back a copy"
    );
    ed.redo();
    ed.undo();
    assert!(
        Rc::ptr_eq(&ed.workspace().plans[0], &ws.plans[0]),
        "redo and undo put back a copy"
    );

    let demo = demo::workspace(Lang::Ar);
    ed.execute(Command::ReplaceWorkspace {
        workspace: demo.clone(),
    })
    .unwrap();
    assert!(ed
        .workspace()
        .plans
        .iter()
        .zip(&demo.plans)
        .all(|(a, b)| Rc::ptr_eq(a, b)));
    ed.undo();
    assert_eq!(ed.workspace(), &ws);
    assert!(
        ed.workspace()
            .plans
            .iter()
            .zip(&ws.plans)
            .all(|(a, b)| Rc::ptr_eq(a, b)),
        "undo copied plans"
    );
    ed.redo();
    assert!(
        ed.workspace()
            .plans
            .iter()
            .zip(&demo.plans)
            .all(|(a, b)| Rc::ptr_eq(a, b)),
        "redo copied plans"
    );
}

// ---------------------------------------------------------------------------------------------
// Whatever the editor accepts can be saved and loaded again

impl Rng {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn text(&mut self) -> String {
        let long = "אב ".repeat(90);
        let pieces = [
            "",
            " ",
            "a",
            "שלום",
            "سلام",
            "\u{202E}",
            "\u{2066}",
            "\u{200F}",
            "\n",
            "\r\n",
            "\t",
            "\u{7}",
            "\u{0}",
            "👩‍🏫",
            "<b>x</b>",
            "javascript:alert(1)",
            "\"",
            "\\",
            long.as_str(),
        ];
        (0..self.below(5)).map(|_| self.pick(&pieces)).collect()
    }

    fn date(&mut self) -> Option<Date> {
        Date::parse(self.pick(&[
            "2025-12-31",
            "2026-01-01",
            "2026-09-01",
            "2027-06-30",
            "2028-02-29",
            "none",
        ]))
    }
}

fn random_command(rng: &mut Rng) -> Command {
    let plans = ["a", "b", "c", "d"];
    let ids = ["p1", "p2", "p3", "q1", "q2", "bad id", ""];
    let plan_id = id(rng.pick(&plans));
    let other = id(rng.pick(&ids));
    let text = rng.text();
    match rng.below(26) {
        0 => Command::AddPlan {
            plan: Rc::new(Plan::new(
                id(rng.pick(&plans)),
                text,
                PlanKind::ALL[rng.below(5)],
            )),
            index: Some(rng.below(5)),
        },
        1 => Command::RemovePlan { plan_id },
        2 => Command::DuplicatePlan {
            plan_id,
            new_id: id(rng.pick(&plans)),
            name: text,
        },
        3 => Command::SetPlanField {
            plan_id,
            field: match rng.below(5) {
                0 => PlanField::Name(text),
                1 => PlanField::Kind(PlanKind::ALL[rng.below(5)]),
                2 => PlanField::StartDate(rng.date()),
                3 => PlanField::EndDate(rng.date()),
                _ => PlanField::Description(text),
            },
        },
        4 | 5 => Command::AddPartner {
            plan_id,
            partner: Partner {
                id: other,
                name: text,
                origin: Origin::ALL[rng.below(Origin::ALL.len())],
                sector: Sector::ALL[rng.below(Sector::ALL.len())],
                relationship: Relationship::ALL[rng.below(Relationship::ALL.len())],
                representative: rng.text(),
                added_value: rng.text(),
                notes: rng.text(),
                methods: vec![rng.text()],
                ..Default::default()
            },
            index: Some(rng.below(4)),
        },
        6 => Command::RemovePartner {
            plan_id,
            partner_id: other,
        },
        7 => Command::SetPartnerField {
            plan_id,
            partner_id: other,
            field: match rng.below(7) {
                0 => PartnerField::Name(text),
                1 => PartnerField::Origin(Origin::ALL[rng.below(Origin::ALL.len())]),
                2 => PartnerField::Sector(Sector::ALL[rng.below(Sector::ALL.len())]),
                3 => PartnerField::Relationship(
                    Relationship::ALL[rng.below(Relationship::ALL.len())],
                ),
                4 => PartnerField::Representative(text),
                5 => PartnerField::AddedValue(text),
                _ => PartnerField::Notes(text),
            },
        },
        8 | 9 => Command::AddPerson {
            plan_id,
            person: Person {
                id: other,
                name: text,
                role: rng.text(),
                partner_id: [None, Some(id(rng.pick(&ids)))][rng.below(2)].clone(),
                contact: rng.text(),
                notes: rng.text(),
            },
            index: None,
        },
        10 => Command::RemovePerson {
            plan_id,
            person_id: other,
        },
        11 => Command::SetPersonField {
            plan_id,
            person_id: other,
            field: match rng.below(5) {
                0 => PersonField::Name(text),
                1 => PersonField::Role(text),
                2 => PersonField::PartnerId([None, Some(id(rng.pick(&ids)))][rng.below(2)].clone()),
                3 => PersonField::Contact(text),
                _ => PersonField::Notes(text),
            },
        },
        12 => Command::Batch((0..rng.below(4)).map(|_| random_command(rng)).collect()),
        // Mostly in plan `a`, the one with rounds.
        13..=24 => {
            let plan_id = id(rng.pick(&["a", "a", "a", "b"]));
            random_instrument_command(rng, plan_id)
        }
        _ => Command::ReplaceWorkspace {
            workspace: match rng.below(4) {
                0 => sample(),
                1 | 2 => with_rounds(),
                _ => Workspace::default(),
            },
        },
    }
}

/// A text item of the library, looked up once.
fn text_item() -> &'static (String, String) {
    static ITEM: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    ITEM.get_or_init(|| library_item("text"))
}

fn random_answer(rng: &mut Rng) -> Answer {
    match rng.below(8) {
        0 | 1 => Answer::Check(rng.below(2) == 0),
        2 => Answer::Agree(rng.below(8) as u8),
        3 => Answer::DontKnow,
        4 | 5 => Answer::Text(rng.text()),
        6 => Answer::Choice(rng.pick(&["yes", "x"]).into()),
        _ => Answer::Number([1.5, f64::NAN, -0.0][rng.below(3)]),
    }
}

/// An item and an answer: mostly one that fits (a check for milestones, a text for the text
/// instrument), sometimes anything.
fn random_item_answer(rng: &mut Rng) -> (String, Answer) {
    let (_, titem) = text_item();
    match rng.below(6) {
        0 | 1 => (
            rng.pick(&["trust_condition", "cooperation_practice"])
                .into(),
            Answer::Check(rng.below(2) == 0),
        ),
        2 | 3 => (titem.clone(), Answer::Text(rng.text())),
        4 => (
            rng.pick(&["trust_condition", titem.as_str()]).into(),
            random_answer(rng),
        ),
        _ => ("nope".into(), Answer::Check(true)),
    }
}

fn random_instrument_command(rng: &mut Rng, plan_id: Id) -> Command {
    let (tins, _) = text_item();
    // Rounds `r*` are of milestones, `rt` of an instrument with a text item.
    let rounds = ["r1", "r2", "r3", "r9", "rt", "rt", "bad id"];
    let instrument_of = |rng: &mut Rng, round: &str| -> String {
        if rng.below(8) == 0 {
            rng.pick(&["nope", MS, tins.as_str()]).into()
        } else if round == "rt" {
            tins.clone()
        } else {
            MS.into()
        }
    };
    let responses = ["s1", "s2", "s3", "s5", "s9", "st"];
    let tasks = ["t1", "t2", "t9"];
    let people = ["a-q1", "a-q2", "q1", "zz"];
    let partners = ["a-p1", "a-p2", "p1", "zz"];
    let text = rng.text();
    match rng.below(20) {
        0 | 1 => {
            let rid = rng.pick(&rounds);
            Command::AddRound {
                plan_id,
                round: Round {
                    id: id(rid),
                    instrument: instrument_of(rng, rid),
                    name: if rng.below(3) == 0 {
                        text
                    } else {
                        format!("Round {text}")
                    },
                    date: rng.date(),
                },
                index: Some(rng.below(4)),
            }
        }
        2 => Command::RemoveRound {
            plan_id,
            round_id: id(rng.pick(&rounds)),
        },
        3 => Command::SetRoundName {
            plan_id,
            round_id: id(rng.pick(&rounds)),
            name: text,
        },
        4 => Command::SetRoundDate {
            plan_id,
            round_id: id(rng.pick(&rounds)),
            date: rng.date(),
        },
        5..=8 => {
            let rid = rng.pick(&rounds);
            Command::AddResponse {
                plan_id,
                response: Response {
                    id: id(rng.pick(&responses)),
                    instrument: instrument_of(rng, rid),
                    round: id(rid),
                    subject: match rng.below(4) {
                        0 | 1 => Subject::Plan,
                        2 => Subject::Partner(id(rng.pick(&partners))),
                        _ => Subject::Person(id(rng.pick(&people))),
                    },
                    respondent: text,
                    answers: (0..rng.below(3)).map(|_| random_item_answer(rng)).collect(),
                },
                index: Some(rng.below(8)),
            }
        }
        9 => Command::RemoveResponse {
            plan_id,
            response_id: id(rng.pick(&responses)),
        },
        10..=13 => {
            let (item, answer) = random_item_answer(rng);
            Command::SetAnswer {
                plan_id,
                response_id: id(rng.pick(&responses)),
                item,
                answer: (rng.below(4) > 0).then_some(answer),
            }
        }
        14 => Command::SetRespondent {
            plan_id,
            response_id: id(rng.pick(&responses)),
            respondent: text,
        },
        15 => Command::AddTask {
            plan_id,
            task: Task {
                id: id(rng.pick(&tasks)),
                title: text,
                owner: [None, Some(id(rng.pick(&people)))][rng.below(2)].clone(),
                due: rng.date(),
                done: rng.below(2) == 0,
                origin: rng
                    .pick(&["", "instrument:milestones", "joint:action"])
                    .into(),
                partner_id: None,
            },
            index: Some(rng.below(5)),
        },
        16 => Command::RemoveTask {
            plan_id,
            task_id: id(rng.pick(&tasks)),
        },
        17 => Command::SetTaskField {
            plan_id,
            task_id: id(rng.pick(&tasks)),
            field: match rng.below(4) {
                0 => TaskField::Title(text),
                1 => TaskField::Owner([None, Some(id(rng.pick(&people)))][rng.below(2)].clone()),
                2 => TaskField::Due(rng.date()),
                _ => TaskField::Done(rng.below(2) == 0),
            },
        },
        18 => Command::Dismiss {
            plan_id,
            warning: rng.pick(&["milestones/a", "x/y/partner:a-p1"]).into(),
            reason: text,
            index: Some(rng.below(3)),
        },
        _ => Command::Undismiss {
            plan_id,
            warning: rng
                .pick(&["milestones/a", "x/y/partner:a-p1", "milestones/some_rule"])
                .into(),
        },
    }
}

/// Runs `steps` random edits, undos and redos, and checks after each that the workspace saves
/// and loads unchanged, and that a failed command changed nothing. Returns how many commands
/// applied, and how many of those added a response or set an answer.
fn run_random_edits(
    ed: &mut Editor,
    rng: &mut Rng,
    steps: usize,
    command: impl Fn(&mut Rng) -> Command,
) -> (usize, usize) {
    use shutaf::format::{export_workspace, from_storage, import, to_storage};
    let mut applied = 0;
    let mut answered = 0;
    for step in 0..steps {
        match rng.below(10) {
            0 => {
                ed.undo();
            }
            1 => {
                ed.redo();
            }
            _ => {
                let cmd = command(rng);
                let before = ed.workspace().clone();
                if ed.execute(cmd.clone()).is_ok() {
                    applied += 1;
                    if matches!(cmd, Command::AddResponse { .. } | Command::SetAnswer { .. }) {
                        answered += 1;
                    }
                } else {
                    assert_eq!(
                        ed.workspace(),
                        &before,
                        "step {step}: a failed {cmd:?} changed the workspace"
                    );
                }
            }
        }
        let ws = ed.workspace();
        let loaded =
            from_storage(&to_storage(ws)).unwrap_or_else(|p| panic!("step {step}: {p:?}\n{ws:#?}"));
        assert_eq!(
            &loaded, ws,
            "step {step}: saving and loading changed the workspace"
        );
        if step % 50 == 0 {
            let imported = import(&export_workspace(ws)).unwrap();
            assert!(
                imported.warnings.is_empty(),
                "step {step}: {:?}",
                imported.warnings
            );
        }
    }
    // Undo all the way back still works after all that.
    while ed.undo() {}
    assert!(!ed.can_undo());
    (applied, answered)
}

#[test]
fn random_edits_always_save_and_load_unchanged() {
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    let mut ed = Editor::new(with_rounds());
    let (applied, _) = run_random_edits(&mut ed, &mut rng, 4000, random_command);
    assert!(
        applied > 500,
        "only {applied} of the random commands applied"
    );
}

#[test]
fn random_edits_of_instrument_data_always_save_and_load_unchanged() {
    // Mostly rounds, responses, answers, tasks and dismissals in plan `a`; sometimes anything
    // else (removing the partner or person a response is about, replacing the workspace).
    let mut rng = Rng(0x1D57_0000_0000_0042);
    let mut ed = Editor::new(with_rounds());
    let (applied, answered) = run_random_edits(&mut ed, &mut rng, 3000, |rng| {
        if rng.below(5) == 0 {
            random_command(rng)
        } else {
            random_instrument_command(rng, id("a"))
        }
    });
    assert!(
        applied > 500,
        "only {applied} of the random commands applied"
    );
    assert!(
        answered > 60,
        "only {answered} responses added or answers set (of {applied})"
    );
}
