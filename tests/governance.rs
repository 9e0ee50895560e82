//! Governance and the work plan: budget totals, the seed's rules as warnings, the
//! infrastructure figures derived from meetings, timelines, on small hand-made data with
//! hand-computed expected values.

use std::rc::Rc;

use shutaf::command::{apply, Command, CommandError};
use shutaf::format;
use shutaf::governance::*;
use shutaf::model::{Date, Id, Partner, Person, Plan, PlanKind, Sector, Task, Workspace};
use shutaf::parts::{Coll, Ent, Governance};

fn id(s: &str) -> Id {
    Id::new(s)
}

fn some(s: &str) -> Option<Id> {
    Some(id(s))
}

fn partner(i: &str, sector: Sector) -> Partner {
    Partner {
        id: id(i),
        name: i.into(),
        sector,
        ..Default::default()
    }
}

fn person(i: &str, partner: Option<&str>) -> Person {
    Person {
        id: id(i),
        name: format!("name of {i}"),
        partner_id: partner.map(id),
        ..Default::default()
    }
}

fn partners() -> Vec<Partner> {
    vec![
        partner("pub", Sector::Public),
        partner("biz", Sector::Business),
        partner("ngo", Sector::Third),
    ]
}

fn people() -> Vec<Person> {
    vec![
        person("a", Some("pub")),
        person("b", Some("biz")),
        person("c", Some("ngo")),
        person("d", None),
        person("e", Some("pub")),
        // A partner that is gone counts as none.
        person("f", Some("gone")),
    ]
}

#[allow(clippy::too_many_arguments)]
fn component(
    i: &str,
    lever: &str,
    core: bool,
    executor: Option<&str>,
    funder: Option<&str>,
    budget: u64,
    from: Option<u16>,
    to: Option<u16>,
) -> ActionComponent {
    ActionComponent {
        id: id(i),
        lever: id(lever),
        title: format!("component {i}"),
        core,
        executor: executor.map(id),
        funder: funder.map(id),
        budget,
        from_year: from,
        to_year: to,
    }
}

fn goal(i: &str) -> Goal {
    Goal {
        id: id(i),
        title: format!("goal {i}"),
        ..Default::default()
    }
}

fn lever(i: &str, g: &str) -> Lever {
    Lever {
        id: id(i),
        goal: id(g),
        title: format!("lever {i}"),
    }
}

fn member(p: &str, chair: bool) -> Member {
    Member {
        person: id(p),
        chair,
        traits: [true; 4],
    }
}

fn body(i: &str, kind: BodyKind, members: Vec<Member>) -> Body {
    Body {
        id: id(i),
        kind,
        name: format!("body {i}"),
        members,
        ..Default::default()
    }
}

fn filler(prefix: &str, n: usize) -> Vec<Member> {
    (1..=n)
        .map(|k| member(&format!("{prefix}{k}"), false))
        .collect()
}

fn work_plan() -> Governance {
    Governance {
        goals: vec![goal("g1"), goal("g2"), goal("g3")],
        levers: vec![lever("l1", "g1"), lever("l2", "g1"), lever("l3", "g2")],
        components: vec![
            component(
                "c1",
                "l1",
                true,
                Some("ngo"),
                Some("pub"),
                100,
                Some(2024),
                Some(2025),
            ),
            component(
                "c2",
                "l1",
                true,
                Some("pub"),
                Some("pub"),
                200,
                Some(2025),
                None,
            ),
            component("c3", "l2", false, None, Some("biz"), 50, None, Some(2026)),
            component("c4", "l3", true, Some("ngo"), None, 30, None, None),
            component("c5", "gone", false, Some("biz"), None, 7, None, None),
        ],
        ..Default::default()
    }
}

#[test]
fn budget_totals_per_goal_lever_executor_and_funder() {
    let t = totals(&work_plan());
    assert_eq!(t.total, 387);
    let n = |v: &str| some(v);
    assert_eq!(
        t.per_goal,
        vec![(n("g1"), 350), (n("g2"), 30), (n("g3"), 0), (None, 7)]
    );
    assert_eq!(
        t.per_lever,
        vec![(n("l1"), 300), (n("l2"), 50), (n("l3"), 30), (None, 7)]
    );
    assert_eq!(
        t.per_executor,
        vec![(n("ngo"), 130), (n("pub"), 200), (None, 50), (n("biz"), 7)]
    );
    assert_eq!(
        t.per_funder,
        vec![(n("pub"), 300), (n("biz"), 50), (None, 37)]
    );
    assert_eq!(total_of(&t.per_goal, Some(&id("g1"))), 350);
    assert_eq!(total_of(&t.per_funder, Some(&id("ngo"))), 0);
    // A lever under a goal that is gone counts under its lever, and under no goal.
    let mut g = work_plan();
    g.goals.remove(1);
    let t = totals(&g);
    assert_eq!(total_of(&t.per_goal, None), 37);
    assert_eq!(total_of(&t.per_lever, Some(&id("l3"))), 30);
}

#[test]
fn totals_do_not_overflow() {
    let mut g = work_plan();
    g.components[0].budget = u64::MAX;
    assert_eq!(totals(&g).total, u64::MAX);
}

fn bodies() -> Vec<Body> {
    let mut wg1 = vec![member("a", true), member("c", true)];
    wg1.extend(filler("x", 8));
    let mut wg2 = vec![member("d", true)];
    wg2.extend(filler("y", 20));
    wg2[5].traits[2] = false; // y5 lacks commitment
    wg2[9].traits = [false; 4]; // y9 lacks all four
    vec![
        body(
            "sc",
            BodyKind::SteeringCommittee,
            vec![member("a", true), member("b", false)],
        ),
        body("wg1", BodyKind::WorkingGroup, wg1),
        body("wg2", BodyKind::WorkingGroup, wg2),
        body(
            "wg3",
            BodyKind::WorkingGroup,
            vec![member("e", true), member("a", true), member("b", true)],
        ),
        // A forum is held to none of the working groups' rules.
        body("forum", BodyKind::PlanningForum, filler("z", 2)),
    ]
}

#[test]
fn every_warning_rule() {
    let mut g = work_plan();
    g.bodies = bodies();
    let w = warnings(&g);
    assert_eq!(
        w,
        vec![
            Warning::NoExecutor {
                goal: id("g1"),
                count: 1
            },
            Warning::CorePrograms {
                goal: id("g2"),
                count: 1
            },
            Warning::CorePrograms {
                goal: id("g3"),
                count: 0
            },
            Warning::NoExecutor {
                goal: id("g3"),
                count: 0
            },
            Warning::GroupSize {
                body: id("wg2"),
                members: 21
            },
            Warning::Chairs {
                body: id("wg2"),
                chairs: 1
            },
            Warning::NoChairOnSteering { body: id("wg2") },
            Warning::MissingTraits {
                body: id("wg2"),
                people: vec![id("y5"), id("y9")]
            },
            Warning::GroupSize {
                body: id("wg3"),
                members: 3
            },
            Warning::Chairs {
                body: id("wg3"),
                chairs: 3
            },
        ]
    );
    // Four core programmes are too many; exactly 10 and 20 members are within the rule.
    let mut g = work_plan();
    g.components.push(component(
        "c6",
        "l2",
        true,
        Some("pub"),
        None,
        0,
        None,
        None,
    ));
    g.components.push(component(
        "c7",
        "l2",
        true,
        Some("pub"),
        None,
        0,
        None,
        None,
    ));
    g.components[2].executor = some("pub");
    let mut twenty = vec![member("a", true), member("b", true)];
    twenty.extend(filler("x", 18));
    g.bodies = vec![
        body("sc", BodyKind::SteeringCommittee, vec![member("b", false)]),
        body("wg", BodyKind::WorkingGroup, twenty),
    ];
    g.goals.truncate(1);
    assert_eq!(
        warnings(&g),
        vec![Warning::CorePrograms {
            goal: id("g1"),
            count: 4
        }]
    );
}

fn meeting(i: &str, b: &str, date: Option<&str>, invited: &[&str], attended: &[&str]) -> Meeting {
    Meeting {
        id: id(i),
        body: id(b),
        date: date.and_then(Date::parse),
        invited: invited.iter().map(|s| id(s)).collect(),
        attended: attended.iter().map(|s| id(s)).collect(),
        ..Default::default()
    }
}

fn agenda(items: &[(&str, bool)]) -> Vec<AgendaItem> {
    items
        .iter()
        .map(|(t, c)| AgendaItem {
            text: t.to_string(),
            covered: *c,
        })
        .collect()
}

fn meetings() -> Vec<Meeting> {
    let mut m1 = meeting(
        "m1",
        "sc",
        Some("2026-01-10"),
        &["a", "b", "c", "d"],
        &["a", "b", "c"],
    );
    m1.agenda = agenda(&[("kick-off", true), ("mapping", true), ("budget", false)]);
    m1.initiatives = vec!["science week".into(), "".into(), "  ".into()];
    m1.sent_in_advance = true;
    let mut m2 = meeting(
        "m2",
        "sc",
        Some("2026-02-10"),
        &["a", "b", "c", "d"],
        &["a", "b", "d", "e"],
    );
    m2.agenda = agenda(&[("goals", true), ("levers", true)]);
    m2.initiatives = vec!["parents evening".into(), "mentors".into()];
    let mut m3 = meeting("m3", "sc", Some("2026-03-10"), &["a", "b"], &[]);
    m3.agenda = agenda(&[("launch", false)]);
    let m0 = meeting("m0", "sc", None, &[], &["a"]);
    let mw = meeting("mw", "wg1", Some("2026-02-20"), &["a", "c"], &["c"]);
    // Listed out of order: figures follow the dates.
    vec![m3, m1, m2, m0, mw]
}

fn task(i: &str, origin: &str, done: bool) -> Task {
    Task {
        id: id(i),
        title: format!("task {i}"),
        origin: origin.into(),
        done,
        ..Default::default()
    }
}

fn tasks() -> Vec<Task> {
    vec![
        task("t1", "meeting:m1", true),
        task("t2", "meeting:m1", false),
        task("t3", "meeting:m2", true),
        task("t4", "", true),
        task("t5", "meeting:zz", true),
        task("t6", "meeting:mw", false),
    ]
}

fn governance() -> Governance {
    let mut g = work_plan();
    g.bodies = bodies();
    g.meetings = meetings();
    g
}

#[test]
fn infrastructure_figures_of_each_body() {
    let f = figures(&governance(), &people(), &partners(), &tasks());
    assert_eq!(f.bodies.len(), 5);
    let sc = f.body(&id("sc")).unwrap();
    assert_eq!(sc.meetings, 4);
    assert_eq!(sc.invited, 10);
    // m1: a, b, c of 4 invited; m2: a, b, d (e came uninvited); m3: nobody; m0: none invited.
    assert_eq!(sc.attended_invited, 6);
    assert_eq!(sc.attended, 8);
    assert_eq!(sc.attendance_rate(), Some(0.6));
    // In date order m1, m2, m3, then undated m0:
    // J(m1, m2) = |{a,b}| / |{a,b,c,d,e}| = 0.4; J(m2, m3) = 0 / 4 = 0; J(m3, m0) = 0 / 1 = 0.
    assert_eq!(sc.pairs, 3);
    assert!((sc.consistency.unwrap() - 0.4 / 3.0).abs() < 1e-12);
    // a came three times, b twice; c, d, e once.
    assert_eq!((sc.people, sc.returning), (5, 2));
    // t1 and t2 were set at m1, t3 at m2; t5 names no meeting of this body.
    assert_eq!((sc.tasks, sc.tasks_done), (3, 2));
    assert_eq!(sc.tasks_rate(), Some(2.0 / 3.0));
    assert_eq!(sc.initiatives, 3, "blank initiatives are not counted");
    assert_eq!((sc.topics, sc.topics_covered), (6, 4));
    assert_eq!(sc.topics_rate(), Some(4.0 / 6.0));
    assert_eq!(sc.sent_in_advance, 1);
    assert_eq!(sc.sectors, [1, 1, 0, 0]);
    assert_eq!((sc.partners, sc.sector_count()), (2, 2));

    let wg1 = f.body(&id("wg1")).unwrap();
    assert_eq!(wg1.meetings, 1);
    assert_eq!(wg1.attendance_rate(), Some(0.5));
    assert_eq!(wg1.consistency, None, "one meeting has no consecutive pair");
    assert_eq!((wg1.tasks, wg1.tasks_done), (1, 0));
    assert_eq!(wg1.sectors, [1, 0, 1, 8]);
    assert_eq!((wg1.partners, wg1.sector_count()), (2, 2));

    let wg2 = f.body(&id("wg2")).unwrap();
    assert_eq!(wg2.meetings, 0);
    assert_eq!(wg2.attendance_rate(), None);
    assert_eq!(wg2.tasks_rate(), None);
    assert_eq!(wg2.topics_rate(), None);
    assert_eq!(wg2.sectors, [0, 0, 0, 21]);
    assert_eq!(wg2.sector_count(), 0);

    let wg3 = f.body(&id("wg3")).unwrap();
    assert_eq!(wg3.sectors, [2, 1, 0, 0]);
    assert_eq!(wg3.partners, 2);

    let all = &f.all;
    assert_eq!(all.body, None);
    assert_eq!(all.meetings, 5);
    assert_eq!(
        (all.invited, all.attended_invited, all.attended),
        (12, 7, 9)
    );
    assert_eq!(all.pairs, 3);
    assert!((all.consistency.unwrap() - 0.4 / 3.0).abs() < 1e-12);
    // a: m1, m2, m0; b: m1, m2; c: m1, mw.
    assert_eq!((all.people, all.returning), (5, 3));
    assert_eq!((all.tasks, all.tasks_done), (4, 2));
    assert_eq!(all.initiatives, 3);
    assert_eq!(all.sectors, [4, 2, 1, 31]);
    assert_eq!(all.partners, 3, "distinct partners across bodies");
}

#[test]
fn consistency_is_one_for_the_same_people_and_zero_for_different_people() {
    let mut g = Governance {
        bodies: vec![body("sc", BodyKind::SteeringCommittee, vec![])],
        ..Default::default()
    };
    for (k, d) in ["2026-01-01", "2026-02-01", "2026-03-01"]
        .iter()
        .enumerate()
    {
        g.meetings.push(meeting(
            &format!("s{k}"),
            "sc",
            Some(d),
            &["a", "b"],
            &["a", "b"],
        ));
    }
    let f = figures(&g, &[], &[], &[]);
    assert_eq!(f.bodies[0].consistency, Some(1.0));
    assert_eq!(f.bodies[0].attendance_rate(), Some(1.0));
    for (k, m) in g.meetings.iter_mut().enumerate() {
        m.attended = vec![id(&format!("p{k}"))];
    }
    let f = figures(&g, &[], &[], &[]);
    assert_eq!(f.bodies[0].consistency, Some(0.0));
    assert_eq!(f.bodies[0].attendance_rate(), Some(0.0));
    assert_eq!(f.bodies[0].returning, 0);
    // Meetings of a body that is gone count nowhere.
    g.bodies.clear();
    let f = figures(&g, &[], &[], &[]);
    assert_eq!(f.all.meetings, 0);
}

#[test]
fn timeline_of_action_components_by_year() {
    let t = timeline(&work_plan());
    assert_eq!((t.first, t.years, t.unscheduled), (2024, 3, 2));
    let bars: Vec<(&str, usize, usize, Option<&str>)> = t
        .bars
        .iter()
        .map(|b| {
            (
                b.component.as_str(),
                b.from,
                b.to,
                b.goal.as_ref().map(|g| g.as_str()),
            )
        })
        .collect();
    assert_eq!(
        bars,
        vec![
            ("c1", 0, 1, Some("g1")),
            ("c2", 1, 1, Some("g1")),
            ("c3", 2, 2, Some("g1"))
        ]
    );
    assert_eq!(timeline(&Governance::default()), Timeline::default());
}

#[test]
fn meetings_across_the_planning_year() {
    let months = year_months(&Date::parse("2025-11-30").unwrap());
    assert_eq!(months.len(), 12);
    assert_eq!(months[0], (2025, 11));
    assert_eq!(months[2], (2026, 1));
    assert_eq!(months[11], (2026, 10));
    let g = governance();
    // gov.meetings is [m3, m1, m2, m0, mw].
    let grid = year_grid(&g, &Date::parse("2026-01-05").unwrap());
    assert_eq!(grid.len(), 2, "only bodies that met");
    assert_eq!(grid[0].0, id("sc"));
    assert_eq!(grid[0].1[0], vec![1]);
    assert_eq!(grid[0].1[1], vec![2]);
    assert_eq!(grid[0].1[2], vec![0]);
    assert!(grid[0].1[3..].iter().all(|c| c.is_empty()));
    assert_eq!(grid[1].0, id("wg1"));
    assert_eq!(grid[1].1[1], vec![4]);
    // A year that starts after March leaves them all out.
    assert!(year_grid(&g, &Date::parse("2026-04-01").unwrap()).is_empty());
}

fn plan_with(g: Governance) -> Plan {
    let mut p = Plan::new(id("p"), "Ecosystem", PlanKind::MunicipalEcosystem);
    p.partners = partners();
    p.people = people();
    p.tasks = tasks();
    p.governance = Rc::new(g);
    p
}

#[test]
fn partners_engaged_by_sector_and_the_year_start() {
    let mut g = governance();
    g.bodies.clear();
    let plan = plan_with(g.clone());
    // February 2026 on: m2 (a, b, d, e) and mw (c); m1 in January is out.
    let e = engaged_by_sector(&plan, &Date::parse("2026-02-01").unwrap());
    assert_eq!(e, [vec![id("pub")], vec![id("biz")], vec![id("ngo")]]);
    let e = engaged_by_sector(&plan, &Date::parse("2026-03-01").unwrap());
    assert_eq!(e, [vec![], vec![], vec![]]);
    // Members of bodies count whatever the date.
    g.bodies = vec![body(
        "sc",
        BodyKind::SteeringCommittee,
        vec![member("b", false)],
    )];
    let plan = plan_with(g);
    let e = engaged_by_sector(&plan, &Date::parse("2026-03-01").unwrap());
    assert_eq!(e, [vec![], vec![id("biz")], vec![]]);
    // The year starts at the charter's start, else the plan's, else the first meeting.
    assert_eq!(year_start(&plan), Date::parse("2026-01-10"));
    let mut plan = plan;
    plan.start_date = Date::parse("2025-09-01");
    assert_eq!(year_start(&plan), Date::parse("2025-09-01"));
    Rc::make_mut(&mut plan.governance).charter.year_start = Date::parse("2025-10-01");
    assert_eq!(year_start(&plan), Date::parse("2025-10-01"));
}

#[test]
fn minutes_as_text() {
    let g = governance();
    let mut m = g.meetings[1].clone();
    m.number = 1;
    m.topic = "Kick-off".into();
    m.decisions = "Set up two working groups".into();
    let mut ts = tasks();
    ts[0].owner = some("a");
    ts[0].due = Date::parse("2026-02-01");
    let person = |i: &Id| format!("<{i}>");
    let labels = Labels {
        body: "Body",
        date: "Date",
        topic: "Topic",
        goals: "Goals",
        agenda: "Agenda",
        materials: "Materials",
        invited: "Invited",
        attended: "Attended",
        summary: "Summary",
        decisions: "Decisions",
        tasks: "Tasks",
        initiatives: "Initiatives",
        notes: "Notes",
        person: &person,
    };
    let text = minutes_text(&m, "Steering", &ts, &labels);
    assert_eq!(
        text,
        "Body: Steering #1\nDate: 2026-01-10\nTopic: Kick-off\n\
         Invited: <a>, <b>, <c>, <d>\nAttended: <a>, <b>, <c>\n\
         \nAgenda\n- ☑ kick-off\n- ☑ mapping\n- ☐ budget\n\
         \nTasks\n- ☑ task t1 — <a> (2026-02-01)\n- ☐ task t2\n\
         \nInitiatives\n- science week\n- \n-   \n\
         \nDecisions\nSet up two working groups\n"
    );
}

fn ws() -> Workspace {
    Workspace {
        plans: vec![Rc::new(plan_with(Governance::default()))],
    }
}

#[test]
fn put_checks_governance_entities_and_undoes() {
    let mut w = ws();
    let start = w.clone();
    let pid = id("p");
    let undo = apply(&mut w, Command::put(&pid, Ent::Goal(goal("g1")))).unwrap();
    assert_eq!(w.plans[0].governance.goals.len(), 1);
    apply(&mut w, undo).unwrap();
    assert_eq!(w, start);

    let mut bad = component("c", "l", false, None, None, 1, Some(2027), Some(2025));
    assert!(matches!(
        apply(&mut w, Command::put(&pid, Ent::ActionComponent(bad.clone()))),
        Err(CommandError::Invalid(p)) if p.path == "$.to_year"
    ));
    bad.to_year = Some(2028);
    bad.budget = MAX_BUDGET + 1;
    assert!(matches!(
        apply(&mut w, Command::put(&pid, Ent::ActionComponent(bad.clone()))),
        Err(CommandError::Invalid(p)) if p.path == "$.budget"
    ));
    let mut empty = goal("g2");
    empty.title = "  ".into();
    assert!(matches!(
        apply(&mut w, Command::put(&pid, Ent::Goal(empty))),
        Err(CommandError::Invalid(_))
    ));
    let charter = Charter {
        stage: Some(5),
        ..Default::default()
    };
    assert!(matches!(
        apply(&mut w, Command::put(&pid, Ent::Charter(charter))),
        Err(CommandError::Invalid(p)) if p.path == "$.stage"
    ));
    assert_eq!(w, start, "refused edits change nothing");

    // Repeated people and unknown channels are cleaned, not refused.
    let mut b = body("sc", BodyKind::SteeringCommittee, vec![member("a", true)]);
    b.members.push(member("a", false));
    b.channels = vec!["publicise".into(), "carrier_pigeon".into()];
    apply(&mut w, Command::put(&pid, Ent::Body(b))).unwrap();
    let stored = &w.plans[0].governance.bodies[0];
    assert_eq!(stored.members, vec![member("a", true)]);
    assert_eq!(stored.channels, vec!["publicise".to_string()]);
    let u = apply(&mut w, Command::remove(&pid, Coll::Body, &id("sc"))).unwrap();
    assert!(w.plans[0].governance.bodies.is_empty());
    apply(&mut w, u).unwrap();
    assert_eq!(w.plans[0].governance.bodies.len(), 1);
}

#[test]
fn governance_survives_export_and_import() {
    let mut g = governance();
    g.charter = Charter {
        stage: Some(4),
        mission: "Every child meets science".into(),
        year_start: Date::parse("2025-09-01"),
        ..Default::default()
    };
    g.activities = vec![Activity {
        id: id("act"),
        kind: "event".into(),
        title: "Science week".into(),
        ..Default::default()
    }];
    g.meetings[1].initiatives.truncate(1); // blank ones are dropped on import
    let mut plan = plan_with(g);
    plan.people.pop(); // the person whose partner is gone would not import
    let plan = Rc::new(plan);
    let text = format::export_plan(&plan);
    let imported = format::import(&text).expect("imports");
    assert!(imported.plans[0] == *plan, "the plan comes back as it was");
    // A bad meeting is reported at its path; the good ones load.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["plans"][0]["governance"]["meetings"][1]["date"] = "2026-13-01".into();
    let problems = match format::import(&v.to_string()) {
        Ok(i) => i.warnings,
        Err(p) => p,
    };
    assert!(
        problems
            .iter()
            .any(|p| p.path == "$.plans[0].governance.meetings[1].date"),
        "{problems:?}"
    );
}

fn activity(i: &str, date: Option<&str>) -> Activity {
    Activity {
        id: id(i),
        kind: "event".into(),
        title: format!("activity {i}"),
        date: date.and_then(Date::parse),
        ..Default::default()
    }
}

/// A plan whose meetings are [m3 (2026-03-10), m1 (2026-01-10), m2 (2026-02-10), m0 (undated),
/// mw (2026-02-20)] and whose activities fall in December 2025, June 2026, January 2030, and
/// none.
fn plan_of_years() -> Plan {
    let mut g = governance();
    g.activities = vec![
        activity("jun", Some("2026-06-01")),
        activity("dec", Some("2025-12-01")),
        activity("undated", None),
        activity("far", Some("2030-01-15")),
    ];
    plan_with(g)
}

#[test]
fn the_years_of_the_record_from_the_planning_year() {
    let plan = plan_of_years();
    let years = planning_years(&plan.governance, &Date::parse("2025-03-20").unwrap());
    // From March 2025: m1, m2, mw and December are in the planning year (offset 0); m3 and
    // June 2026 in the next (1); January 2030 is 58 months on, in year 4. Years 2 and 3 hold
    // nothing and are left out.
    let got: Vec<(i32, &str, Month, Month)> = years
        .iter()
        .map(|y| (y.offset, y.start.as_str(), y.first, y.last))
        .collect();
    assert_eq!(
        got,
        vec![
            (0, "2025-03-20", (2025, 3), (2026, 2)),
            (1, "2026-03-01", (2026, 3), (2027, 2)),
            (4, "2029-03-01", (2029, 3), (2030, 2)),
        ]
    );
    // A year start after the first meetings: January 2026 is the year before (−1); a year
    // starting in January ends in December.
    let years = planning_years(&plan.governance, &Date::parse("2026-02-15").unwrap());
    let got: Vec<(i32, Month, Month)> = years.iter().map(|y| (y.offset, y.first, y.last)).collect();
    assert_eq!(
        got,
        vec![
            (-1, (2025, 2), (2026, 1)),
            (0, (2026, 2), (2027, 1)),
            (3, (2029, 2), (2030, 1)),
        ]
    );
    let years = planning_years(&plan.governance, &Date::parse("2026-01-01").unwrap());
    assert_eq!(years[0].offset, -1);
    assert_eq!((years[1].first, years[1].last), ((2026, 1), (2026, 12)));
    // Nothing dated: the planning year alone.
    let years = planning_years(&Governance::default(), &Date::parse("2025-09-01").unwrap());
    assert_eq!(years.len(), 1);
    assert_eq!(years[0].offset, 0);
}

#[test]
fn a_year_summary_counts_only_that_years_meetings_activities_and_tasks() {
    let plan = plan_of_years();
    // The whole record, for comparison: four meetings of the steering committee.
    let whole = figures(&plan.governance, &plan.people, &plan.partners, &plan.tasks);
    assert_eq!(whole.body(&id("sc")).unwrap().meetings, 4);
    assert_eq!((whole.all.tasks, whole.all.tasks_done), (4, 2));

    let y = year_summary(&plan, &Date::parse("2025-03-20").unwrap());
    assert_eq!(y.months.first(), Some(&(2025, 3)));
    assert_eq!(y.months.last(), Some(&(2026, 2)));
    // gov.meetings is [m3, m1, m2, m0, mw]: m1, m2 and mw in date order; m3 (March 2026) and
    // the undated m0 are not in it.
    assert_eq!(y.meetings, vec![1, 2, 4]);
    // Activities: December 2025 only (index 1).
    assert_eq!(y.activities, vec![1]);
    let sc = y.figures.body(&id("sc")).unwrap();
    assert_eq!(sc.meetings, 2);
    // m1: a, b, c of a, b, c, d; m2: a, b, d of the same four, and e uninvited.
    assert_eq!((sc.invited, sc.attended_invited, sc.attended), (8, 6, 7));
    assert_eq!(sc.attendance_rate(), Some(0.75));
    // One pair, J(m1, m2) = 2 / 5.
    assert_eq!(sc.pairs, 1);
    assert!((sc.consistency.unwrap() - 0.4).abs() < 1e-12);
    // t1 (done) and t2 at m1, t3 (done) at m2.
    assert_eq!((sc.tasks, sc.tasks_done), (3, 2));
    assert_eq!(sc.initiatives, 3);
    assert_eq!((sc.topics, sc.topics_covered), (5, 4));
    assert_eq!(sc.sent_in_advance, 1);
    // Members are the bodies' as they stand, whatever the year.
    assert_eq!(sc.sectors, whole.body(&id("sc")).unwrap().sectors);
    let wg1 = y.figures.body(&id("wg1")).unwrap();
    assert_eq!((wg1.meetings, wg1.tasks, wg1.tasks_done), (1, 1, 0));
    assert_eq!(y.figures.all.meetings, 3);
    assert_eq!((y.figures.all.tasks, y.figures.all.tasks_done), (4, 2));
    assert_eq!(y.grid.len(), 2);

    // The next year: m3 alone, where nobody came; its agenda item was not covered.
    let y = year_summary(&plan, &Date::parse("2026-03-01").unwrap());
    assert_eq!(y.meetings, vec![0]);
    assert_eq!(y.activities, vec![0]);
    let sc = y.figures.body(&id("sc")).unwrap();
    assert_eq!((sc.meetings, sc.invited, sc.attended), (1, 2, 0));
    assert_eq!(sc.attendance_rate(), Some(0.0));
    assert_eq!((sc.tasks, sc.topics, sc.topics_covered), (0, 1, 0));
    assert_eq!(sc.consistency, None);
    assert_eq!(y.figures.all.meetings, 1);

    // Year 4: an activity and no meeting.
    let y = year_summary(&plan, &Date::parse("2029-03-01").unwrap());
    assert!(y.meetings.is_empty() && y.grid.is_empty());
    assert_eq!(y.activities, vec![3]);
    assert_eq!(y.figures.all.meetings, 0);
    assert_eq!(y.figures.all.attendance_rate(), None);
}

#[test]
fn partners_engaged_in_one_year_only() {
    let mut g = plan_of_years().governance.as_ref().clone();
    g.bodies.clear();
    let plan = plan_with(g);
    // Planning year from March 2025: m1 (a, b, c), m2 (a, b, d, e), mw (c).
    let y = year_summary(&plan, &Date::parse("2025-03-20").unwrap());
    assert_eq!(
        y.engaged,
        [vec![id("pub")], vec![id("biz")], vec![id("ngo")]]
    );
    // The next year: only m3, which nobody attended.
    let y = year_summary(&plan, &Date::parse("2026-03-01").unwrap());
    assert_eq!(y.engaged, [vec![], vec![], vec![]]);
}
