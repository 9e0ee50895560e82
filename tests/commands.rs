//! Every command, its inverse, the undo history, errors, structural sharing and the cleaning of
//! typed text.

use std::rc::Rc;

use shutaf::command::{
    apply, Command, CommandError, Editor, PartnerField, PersonField, PlanField, HISTORY_LIMIT,
};
use shutaf::demo;
use shutaf::i18n::Lang;
use shutaf::model::{
    Date, Id, Origin, Partner, Person, Plan, PlanKind, Relationship, Sector, Workspace,
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
        ed.execute(Command::SetPlanField {
            plan_id: id("a"),
            field: PlanField::Name(format!("N{i}")),
        })
        .unwrap();
        states.push(ed.workspace().clone());
    }
    let mut undone = 0;
    while ed.undo() {
        undone += 1;
    }
    assert_eq!(undone, HISTORY_LIMIT);
    assert_eq!(ed.workspace(), &states[10]);
}

#[test]
fn a_new_edit_clears_redo() {
    let ws = sample();
    let mut ed = Editor::new(ws.clone());
    ed.execute(Command::RemovePlan { plan_id: id("b") })
        .unwrap();
    ed.execute(Command::SetPlanField {
        plan_id: id("a"),
        field: PlanField::Name("One".into()),
    })
    .unwrap();
    assert!(ed.undo());
    assert!(ed.undo());
    assert!(ed.can_redo());
    ed.execute(Command::SetPlanField {
        plan_id: id("a"),
        field: PlanField::Name("Two".into()),
    })
    .unwrap();
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
    ed.execute(Command::SetPlanField {
        plan_id: id("a"),
        field: PlanField::Name("In place".into()),
    })
    .unwrap();
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
    ed.execute(Command::SetPlanField {
        plan_id: id("a"),
        field: PlanField::Name("  \u{202E}x  ".into()),
    })
    .unwrap();
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
            Command::ReplaceWorkspace { .. } => "replace_workspace_and_its_undo",
            Command::Batch(_) => "batch_is_one_step",
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
            | PartnerField::Notes(_) => {}
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
    plan_field(&PlanField::Kind(PlanKind::default()));
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

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
    }

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
    match rng.below(14) {
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
        _ => Command::ReplaceWorkspace {
            workspace: if rng.below(2) == 0 {
                sample()
            } else {
                Workspace::default()
            },
        },
    }
}

#[test]
fn random_edits_always_save_and_load_unchanged() {
    use shutaf::format::{export_workspace, from_storage, import, to_storage};
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    let mut ed = Editor::new(sample());
    let mut applied = 0;
    for step in 0..3000 {
        match rng.below(10) {
            0 => {
                ed.undo();
            }
            1 => {
                ed.redo();
            }
            _ => {
                let cmd = random_command(&mut rng);
                let before = ed.workspace().clone();
                if ed.execute(cmd.clone()).is_ok() {
                    applied += 1;
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
    assert!(
        applied > 500,
        "only {applied} of the random commands applied"
    );
    // Undo all the way back still works after all that.
    while ed.undo() {}
    assert!(!ed.can_undo());
}
