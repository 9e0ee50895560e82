//! The overview of a plan (`shutaf::overview`) on small plans built by hand: where it stands on
//! each staged model, which warnings are open, which tasks are overdue or due soon, what was
//! filled in last, and the one next step suggested. Instrument, item and rule ids are those of
//! the library files (`src/instrument/library/*.json`).

use std::collections::BTreeMap;

use shutaf::instrument::{library, AnswerKind, Instrument, Shape};
use shutaf::model::{Answer, Date, Dismissal, Id, Plan, PlanKind, Response, Round, Subject, Task};
use shutaf::overview::{overview, NextStep, Overview, DUE_SOON_DAYS};

// ---------------------------------------------------------------------------------------------
// Helpers

const MILESTONES: &str = "milestones";
const CONTINUUM: &str = "sharing_continuum";
const TEN: &str = "ten_principles";

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|| panic!("bad date {s}"))
}

fn plan(kind: PlanKind) -> Plan {
    Plan::new(Id::new("p"), "P", kind)
}

fn ins<'a>(lib: &'a [Instrument], id: &str) -> &'a Instrument {
    lib.iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no instrument {id}"))
}

fn round(id: &str, instrument: &str, when: Option<&str>) -> Round {
    Round {
        id: Id::new(id),
        instrument: instrument.to_string(),
        name: id.to_string(),
        date: when.map(date),
    }
}

/// A response about the plan that answers every check item of the instrument: ticked when
/// listed in `ticked`, left unticked otherwise.
fn checks(
    lib: &[Instrument],
    id: &str,
    instrument: &str,
    round: &str,
    ticked: &[&str],
) -> Response {
    let i = ins(lib, instrument);
    for t in ticked {
        assert!(i.item(t).is_some(), "{instrument} has no item {t}");
    }
    let answers: BTreeMap<String, Answer> = i
        .items()
        .filter(|it| it.answer == AnswerKind::Check)
        .map(|it| {
            (
                it.id.clone(),
                Answer::Check(ticked.contains(&it.id.as_str())),
            )
        })
        .collect();
    Response {
        id: Id::new(id),
        instrument: instrument.to_string(),
        round: Id::new(round),
        subject: Subject::Plan,
        respondent: "r".into(),
        answers,
    }
}

/// A response choosing options of single-choice items: `(item, option)`.
fn choices(id: &str, instrument: &str, round: &str, chosen: &[(&str, &str)]) -> Response {
    Response {
        id: Id::new(id),
        instrument: instrument.to_string(),
        round: Id::new(round),
        subject: Subject::Plan,
        respondent: "r".into(),
        answers: chosen
            .iter()
            .map(|(i, o)| (i.to_string(), Answer::Choice(o.to_string())))
            .collect(),
    }
}

fn task(id: &str, due: Option<&str>, done: bool) -> Task {
    Task {
        id: Id::new(id),
        title: format!("task {id}"),
        due: due.map(date),
        done,
        ..Default::default()
    }
}

fn ids<'a>(tasks: &[&'a Task]) -> Vec<&'a str> {
    tasks.iter().map(|t| t.id.as_str()).collect()
}

/// The staged models and classifiers suggested for a kind of plan, in library order.
fn expected_standings(lib: &[Instrument], kind: PlanKind) -> Vec<&str> {
    lib.iter()
        .filter(|i| matches!(i.shape, Shape::StagedModel | Shape::Classifier))
        .filter(|i| i.plan_kinds.contains(&kind))
        .map(|i| i.id.as_str())
        .collect()
}

fn standing_ids<'a>(ov: &Overview<'a>) -> Vec<&'a str> {
    ov.standings
        .iter()
        .map(|s| s.instrument.id.as_str())
        .collect()
}

fn standing<'o, 'a>(ov: &'o Overview<'a>, id: &str) -> &'o shutaf::overview::Standing<'a> {
    ov.standings
        .iter()
        .find(|s| s.instrument.id == id)
        .unwrap_or_else(|| panic!("no standing for {id}"))
}

const TRUST: [&str; 2] = ["trust_condition", "trust_practice"];
const COMMUNICATION: [&str; 2] = ["communication_condition", "communication_practice"];
const ALL_MILESTONES: [&str; 8] = [
    "trust_condition",
    "trust_practice",
    "communication_condition",
    "communication_practice",
    "value_condition",
    "value_practice",
    "cooperation_condition",
    "cooperation_practice",
];

/// Every ten_principles item except `fixed_meeting_slot`: only `no_fixed_meeting_slot` fires.
fn ten_without_fixed_slot(lib: &[Instrument]) -> Vec<&str> {
    ins(lib, TEN)
        .items()
        .map(|i| i.id.as_str())
        .filter(|i| *i != "fixed_meeting_slot")
        .collect()
}

fn today() -> Date {
    date("2026-11-23")
}

// ---------------------------------------------------------------------------------------------
// The library facts these tests rely on

#[test]
fn the_library_has_what_these_tests_use() {
    let lib = library();
    let m = ins(&lib, MILESTONES);
    assert_eq!(m.shape, Shape::StagedModel);
    let stages: Vec<&str> = m.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        stages,
        [
            "respect_trust",
            "communication",
            "value_of_expertise",
            "cooperation"
        ]
    );
    for (item, stage) in ALL_MILESTONES.iter().zip([0, 0, 1, 1, 2, 2, 3, 3]) {
        assert_eq!(
            m.item(item).and_then(|i| i.stage.as_deref()),
            Some(stages[stage]),
            "{item}"
        );
    }
    assert!(m.plan_kinds.contains(&PlanKind::SchoolSupport));
    assert!(m.plan_kinds.contains(&PlanKind::SchoolPartnership));

    let c = ins(&lib, CONTINUUM);
    assert_eq!(c.shape, Shape::Classifier);
    assert_eq!(c.stages.len(), 6);
    assert!(!c.plan_kinds.contains(&PlanKind::SchoolSupport));
    assert!(c.plan_kinds.contains(&PlanKind::SchoolPartnership));

    let t = ins(&lib, TEN);
    assert!(t.rules.iter().any(|r| r.id == "no_fixed_meeting_slot"));
    assert!(t.item("fixed_meeting_slot").is_some());
    assert_eq!(DUE_SOON_DAYS, 14);
}

// ---------------------------------------------------------------------------------------------
// 1. Standings

#[test]
fn standings_list_the_staged_models_of_the_kind_in_library_order() {
    let lib = library();
    for kind in PlanKind::ALL {
        let p = plan(kind);
        let ov = overview(&p, &lib, &today());
        assert_eq!(
            standing_ids(&ov),
            expected_standings(&lib, kind),
            "{}",
            kind.key()
        );
        for s in &ov.standings {
            assert!(!s.assessed, "{}", s.instrument.id);
            assert_eq!(s.at, None, "{}", s.instrument.id);
            assert_eq!(s.round, None, "{}", s.instrument.id);
        }
    }
    // School support: milestones, and not the continuum (school partnership and networks).
    let p = plan(PlanKind::SchoolSupport);
    let ov = overview(&p, &lib, &today());
    assert!(standing_ids(&ov).contains(&MILESTONES));
    assert!(!standing_ids(&ov).contains(&CONTINUUM));
    let p = plan(PlanKind::SchoolPartnership);
    let ov = overview(&p, &lib, &today());
    assert!(standing_ids(&ov).contains(&MILESTONES));
    assert!(standing_ids(&ov).contains(&CONTINUUM));
}

#[test]
fn a_milestones_round_places_the_plan_at_the_last_stage_reached() {
    let lib = library();
    let ticked: Vec<&str> = TRUST.iter().chain(COMMUNICATION.iter()).copied().collect();
    let p = Plan {
        rounds: vec![round("r1", MILESTONES, Some("2026-03-01"))],
        responses: vec![checks(&lib, "x1", MILESTONES, "r1", &ticked)],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(
        standing_ids(&ov),
        expected_standings(&lib, PlanKind::SchoolSupport)
    );
    let s = standing(&ov, MILESTONES);
    assert_eq!(s.at, Some(1));
    assert!(s.assessed);
    assert_eq!(s.round, Some(&p.rounds[0]));
    assert!(std::ptr::eq(s.instrument, ins(&lib, MILESTONES)));
}

#[test]
fn the_latest_round_wins_and_rounds_without_responses_are_ignored() {
    let lib = library();
    let ticked: Vec<&str> = TRUST.iter().chain(COMMUNICATION.iter()).copied().collect();
    let p = Plan {
        rounds: vec![
            round("r1", MILESTONES, Some("2026-03-01")),
            round("r2", MILESTONES, Some("2026-06-01")),
            // Opened but nobody answered yet.
            round("r3", MILESTONES, Some("2026-09-01")),
        ],
        responses: vec![
            checks(&lib, "x1", MILESTONES, "r1", &ticked),
            checks(&lib, "x2", MILESTONES, "r2", &TRUST),
        ],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    let s = standing(&ov, MILESTONES);
    assert_eq!(s.at, Some(0));
    assert!(s.assessed);
    assert_eq!(s.round.map(|r| r.id.as_str()), Some("r2"));
    assert_eq!(s.round, Some(&p.rounds[1]));

    // The latest is the one added last, whatever the order of the responses.
    let mut q = p.clone();
    q.responses.reverse();
    let ov = overview(&q, &lib, &today());
    assert_eq!(standing(&ov, MILESTONES).at, Some(0));
    assert_eq!(
        standing(&ov, MILESTONES).round.map(|r| r.id.as_str()),
        Some("r2")
    );
}

#[test]
fn only_empty_rounds_leave_the_model_unassessed() {
    let lib = library();
    let p = Plan {
        rounds: vec![round("r1", MILESTONES, Some("2026-03-01"))],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    let s = standing(&ov, MILESTONES);
    assert!(!s.assessed);
    assert_eq!(s.at, None);
    assert_eq!(s.round, None);
    assert!(ov.latest.is_empty());
}

#[test]
fn a_round_with_no_stage_reached_is_assessed_at_none() {
    let lib = library();
    // Nothing ticked; and communication without respect and trust is no stage in order.
    for ticked in [&[][..], &COMMUNICATION[..]] {
        let p = Plan {
            rounds: vec![round("r1", MILESTONES, None)],
            responses: vec![checks(&lib, "x1", MILESTONES, "r1", ticked)],
            ..plan(PlanKind::SchoolSupport)
        };
        let ov = overview(&p, &lib, &today());
        let s = standing(&ov, MILESTONES);
        assert!(s.assessed, "{ticked:?}");
        assert_eq!(s.at, None, "{ticked:?}");
        assert_eq!(s.round, Some(&p.rounds[0]));
    }
}

#[test]
fn a_classifier_stands_at_the_level_placed() {
    let lib = library();
    let p = Plan {
        rounds: vec![round("c1", CONTINUUM, Some("2026-05-01"))],
        responses: vec![choices(
            "y1",
            CONTINUUM,
            "c1",
            // Levels 3, 4 and 5 (1-based): the median is 4, index 3.
            &[
                ("origin", "for_project"),
                ("staff_work", "regular"),
                ("participants", "students_teachers_managements"),
            ],
        )],
        ..plan(PlanKind::SchoolPartnership)
    };
    let ov = overview(&p, &lib, &today());
    let s = standing(&ov, CONTINUUM);
    assert!(s.assessed);
    assert_eq!(s.at, Some(3));
    assert_eq!(s.round, Some(&p.rounds[0]));
    let m = standing(&ov, MILESTONES);
    assert!(!m.assessed);
    assert_eq!(m.at, None);
}

// ---------------------------------------------------------------------------------------------
// 2. Warnings

fn ten_plan(lib: &[Instrument]) -> Plan {
    let ticked = ten_without_fixed_slot(lib);
    Plan {
        rounds: vec![round("t1", TEN, Some("2026-10-01"))],
        responses: vec![checks(lib, "z1", TEN, "t1", &ticked)],
        ..plan(PlanKind::SchoolSupport)
    }
}

#[test]
fn an_unticked_fixed_meeting_slot_opens_a_warning() {
    let lib = library();
    let p = ten_plan(&lib);
    let ov = overview(&p, &lib, &today());
    let keys: Vec<&str> = ov.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["ten_principles/no_fixed_meeting_slot"]);
    let w = &ov.warnings[0];
    assert_eq!(w.instrument.id, TEN);
    assert_eq!(w.rule.id, "no_fixed_meeting_slot");
    assert_eq!(w.subject, Subject::Plan);
    assert_eq!((w.holds_in, w.responses), (1, 1));
    assert_eq!(w.dismissed, None);
    assert_eq!(ov.dismissed, 0);
    assert_eq!(ov.attention(), 1);
}

#[test]
fn a_dismissed_warning_leaves_the_open_ones_and_is_counted() {
    let lib = library();
    let mut p = ten_plan(&lib);
    // A dismissal of a warning that does not fire counts for nothing.
    p.dismissed = vec![Dismissal {
        warning: "ten_principles/no_principal_updates".into(),
        reason: "n/a".into(),
    }];
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.warnings.len(), 1);
    assert_eq!(ov.dismissed, 0);

    p.dismissed.push(Dismissal {
        warning: "ten_principles/no_fixed_meeting_slot".into(),
        reason: "we meet whenever needed".into(),
    });
    let ov = overview(&p, &lib, &today());
    assert!(
        ov.warnings.is_empty(),
        "{:?}",
        ov.warnings.iter().map(|w| &w.key).collect::<Vec<_>>()
    );
    assert_eq!(ov.dismissed, 1);
    assert_eq!(ov.attention(), 0);
    assert_eq!(ov.next_step(), NextStep::Assess(ins(&lib, MILESTONES)));
}

#[test]
fn a_warning_about_a_partner_has_its_own_key() {
    let lib = library();
    let mut p = ten_plan(&lib);
    let mut r = checks(&lib, "z2", TEN, "t1", &ten_without_fixed_slot(&lib));
    r.subject = Subject::Partner(Id::new("city"));
    p.responses.push(r);
    p.dismissed = vec![Dismissal {
        warning: "ten_principles/no_fixed_meeting_slot".into(),
        reason: "plan-wide only".into(),
    }];
    let ov = overview(&p, &lib, &today());
    let keys: Vec<&str> = ov.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["ten_principles/no_fixed_meeting_slot/partner:city"]);
    assert_eq!(ov.dismissed, 1);
}

/// A school support plan with two partners, one without a stated added value, and no area.
fn crowded_plan() -> Plan {
    let partner = |id: &str, value: &str| shutaf::model::Partner {
        id: Id::new(id),
        name: id.to_uppercase(),
        added_value: value.into(),
        ..Default::default()
    };
    Plan {
        partners: vec![partner("district", "policy"), partner("ngo", "")],
        ..plan(PlanKind::SchoolSupport)
    }
}

#[test]
fn the_landscape_warnings_join_the_overview_after_the_instruments() {
    use shutaf::landscape::Warning as Land;
    let lib = library();
    let p = crowded_plan();
    let ov = overview(&p, &lib, &today());
    let keys: Vec<&str> = ov.landscape.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "landscape/no-areas",
            "landscape/no-added-value/partner:ngo",
            "landscape/no-principal-update",
        ]
    );
    assert!(ov.warnings.is_empty());
    assert_eq!(ov.open_warnings(), 3);
    assert_eq!(ov.attention(), 3);
    assert_eq!(ov.next_step(), NextStep::Landscape(Land::NoAreas));

    // An instrument's warning comes first.
    let ten = ten_plan(&lib);
    let both = Plan {
        rounds: ten.rounds,
        responses: ten.responses,
        ..crowded_plan()
    };
    let ov = overview(&both, &lib, &today());
    assert_eq!(ov.open_warnings(), 4);
    assert!(
        matches!(ov.next_step(), NextStep::Warning(w) if w.key == "ten_principles/no_fixed_meeting_slot")
    );
}

#[test]
fn a_dismissed_landscape_warning_leaves_the_overview_and_is_counted() {
    use shutaf::landscape::Warning as Land;
    let lib = library();
    let mut p = crowded_plan();
    p.dismissed = vec![Dismissal {
        warning: "landscape/no-areas".into(),
        reason: "areas come next term".into(),
    }];
    let ov = overview(&p, &lib, &today());
    let keys: Vec<&str> = ov.landscape.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "landscape/no-added-value/partner:ngo",
            "landscape/no-principal-update"
        ]
    );
    assert_eq!(ov.dismissed, 1);
    assert_eq!(ov.attention(), 2);
    assert_eq!(
        ov.next_step(),
        NextStep::Landscape(Land::NoAddedValue(Id::new("ngo")))
    );
    // Fixing the cause (stating the added value) removes the warning itself.
    p.partners[1].added_value = "mentoring".into();
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.landscape.len(), 1);
    assert_eq!(ov.landscape[0].warning, Land::NoPrincipalUpdate);
}

// ---------------------------------------------------------------------------------------------
// 3. Tasks

#[test]
fn tasks_overdue_and_due_soon_earliest_first() {
    let lib = library();
    let p = Plan {
        tasks: vec![
            task("soon_last", Some("2026-12-07"), false), // exactly 14 days ahead: due soon
            task("late_second", Some("2026-11-22"), false), // yesterday: overdue
            task("later", Some("2026-12-08"), false),     // 15 days ahead: neither
            task("undated", None, false),                 // neither
            task("soon_today", Some("2026-11-23"), false), // today counts as due soon
            task("done", Some("2026-10-01"), true),       // overdue but done: neither
            task("late_first", Some("2026-11-01"), false), // overdue
        ],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(ids(&ov.overdue), ["late_first", "late_second"]);
    assert_eq!(ids(&ov.due_soon), ["soon_today", "soon_last"]);
    assert!(std::ptr::eq(ov.overdue[0], &p.tasks[6]));
    assert_eq!(ov.attention(), 2);
    assert_eq!(ov.next_step(), NextStep::OverdueTask(&p.tasks[6]));
}

#[test]
fn due_soon_counts_days_across_months_years_and_leap_days() {
    let lib = library();
    // (today, tasks (id, due), overdue, due soon)
    type Case<'a> = (
        &'a str,
        &'a [(&'a str, &'a str)],
        &'a [&'a str],
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        // 2028 is a leap year: 02-28 → 02-29 → 03-01 … 03-13 is 14 days.
        (
            "2028-02-28",
            &[
                ("a", "2028-02-27"),
                ("b", "2028-02-29"),
                ("c", "2028-03-13"),
                ("d", "2028-03-14"),
            ],
            &["a"],
            &["b", "c"],
        ),
        // 2027 is not: 02-28 → 03-01 is one day, 03-14 is 14 days.
        (
            "2027-02-28",
            &[
                ("a", "2027-03-14"),
                ("b", "2027-03-15"),
                ("c", "2027-02-27"),
            ],
            &["c"],
            &["a"],
        ),
        // Across the new year: 12-25 → 01-08 is 14 days.
        (
            "2026-12-25",
            &[
                ("a", "2027-01-09"),
                ("b", "2027-01-08"),
                ("c", "2026-12-31"),
                ("d", "2026-12-24"),
            ],
            &["d"],
            &["c", "b"],
        ),
        // From the leap day itself: 02-29 → 03-14 is 14 days; a year back is overdue.
        (
            "2028-02-29",
            &[
                ("a", "2028-03-15"),
                ("b", "2028-03-14"),
                ("c", "2027-02-28"),
                ("d", "2028-02-28"),
            ],
            &["c", "d"],
            &["b"],
        ),
    ];
    for (today, tasks, overdue, soon) in cases {
        let p = Plan {
            tasks: tasks
                .iter()
                .map(|(id, due)| task(id, Some(due), false))
                .collect(),
            ..plan(PlanKind::SchoolSupport)
        };
        let ov = overview(&p, &lib, &date(today));
        assert_eq!(ids(&ov.overdue), *overdue, "overdue on {today}");
        assert_eq!(ids(&ov.due_soon), *soon, "due soon on {today}");
    }
}

#[test]
fn tasks_due_the_same_day_keep_their_order() {
    let lib = library();
    let p = Plan {
        tasks: vec![
            task("b", Some("2026-11-10"), false),
            task("a", Some("2026-11-10"), false),
            task("c", Some("2026-11-24"), false),
            task("d", Some("2026-11-24"), false),
        ],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(ids(&ov.overdue), ["b", "a"]);
    assert_eq!(ids(&ov.due_soon), ["c", "d"]);
}

// ---------------------------------------------------------------------------------------------
// 4. Latest

#[test]
fn latest_lists_each_instrument_once_latest_date_first_undated_last() {
    let lib = library();
    let p = Plan {
        rounds: vec![
            round("rt", "reality_test", None),
            round("m1", MILESTONES, Some("2026-01-10")),
            round("t1", TEN, Some("2026-03-01")),
            round("m2", MILESTONES, Some("2026-05-01")),
            // No responses: not filled in.
            round("s0", "strategic_planning", Some("2026-12-01")),
            round("m3", MILESTONES, Some("2026-11-01")),
        ],
        responses: vec![
            checks(&lib, "a", "reality_test", "rt", &[]),
            checks(&lib, "b", MILESTONES, "m1", &TRUST),
            checks(&lib, "c", TEN, "t1", &[]),
            checks(&lib, "d", MILESTONES, "m2", &TRUST),
        ],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    let latest: Vec<(&str, &str)> = ov
        .latest
        .iter()
        .map(|(i, r)| (i.id.as_str(), r.id.as_str()))
        .collect();
    assert_eq!(
        latest,
        [(MILESTONES, "m2"), (TEN, "t1"), ("reality_test", "rt")]
    );
    for (i, r) in &ov.latest {
        assert_eq!(i.id, r.instrument);
        assert!(std::ptr::eq(*i, ins(&lib, &i.id)));
    }
}

#[test]
fn latest_orders_by_date_not_by_when_the_round_was_added() {
    let lib = library();
    let p = Plan {
        rounds: vec![
            round("t1", TEN, Some("2026-09-01")),
            round("u1", "reality_test", None),
            round("m1", MILESTONES, Some("2026-02-01")),
            round("s1", "strategic_planning", Some("2026-10-15")),
        ],
        responses: vec![
            checks(&lib, "a", TEN, "t1", &[]),
            checks(&lib, "b", "reality_test", "u1", &[]),
            checks(&lib, "c", MILESTONES, "m1", &[]),
            Response {
                id: Id::new("d"),
                instrument: "strategic_planning".into(),
                round: Id::new("s1"),
                ..Default::default()
            },
        ],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    let latest: Vec<&str> = ov.latest.iter().map(|(_, r)| r.id.as_str()).collect();
    assert_eq!(latest, ["s1", "t1", "m1", "u1"]);
}

// ---------------------------------------------------------------------------------------------
// 5. The next step

#[test]
fn next_step_a_warning_comes_first() {
    let lib = library();
    let mut p = ten_plan(&lib);
    p.tasks = vec![task("late", Some("2026-11-01"), false)];
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.attention(), 2);
    let step = ov.next_step();
    assert_eq!(step, NextStep::Warning(ov.warnings[0].clone()));
    let NextStep::Warning(w) = step else {
        unreachable!()
    };
    assert_eq!(w.key, "ten_principles/no_fixed_meeting_slot");
}

#[test]
fn next_step_then_an_overdue_task() {
    let lib = library();
    let p = Plan {
        tasks: vec![
            task("old_done", Some("2026-01-01"), true),
            task("late", Some("2026-11-20"), false),
            task("later", Some("2026-11-02"), false),
            task("soon", Some("2026-11-25"), false),
        ],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert!(ov.warnings.is_empty());
    assert_eq!(ov.attention(), 2);
    assert_eq!(ov.next_step(), NextStep::OverdueTask(&p.tasks[2]));

    // A done task, however late, is not suggested.
    let p = Plan {
        tasks: vec![task("old_done", Some("2026-01-01"), true)],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.attention(), 0);
    assert_eq!(ov.next_step(), NextStep::Assess(ins(&lib, MILESTONES)));
}

#[test]
fn next_step_then_the_first_staged_model_never_filled_in() {
    let lib = library();
    // School support: milestones is the one staged model.
    let p = Plan {
        tasks: vec![task("soon", Some("2026-11-30"), false)],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.attention(), 0);
    assert_eq!(ov.next_step(), NextStep::Assess(ins(&lib, MILESTONES)));

    // School partnership: the first in library order, then the other once the first is done.
    let kinds = expected_standings(&lib, PlanKind::SchoolPartnership);
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    let p = plan(PlanKind::SchoolPartnership);
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.next_step(), NextStep::Assess(ins(&lib, kinds[0])));

    let p = Plan {
        rounds: vec![round("m1", MILESTONES, None)],
        responses: vec![checks(&lib, "a", MILESTONES, "m1", &ALL_MILESTONES)],
        ..plan(PlanKind::SchoolPartnership)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.next_step(), NextStep::Assess(ins(&lib, CONTINUUM)));
    let p = Plan {
        rounds: vec![round("c1", CONTINUUM, None)],
        responses: vec![choices("a", CONTINUUM, "c1", &[("origin", "none")])],
        ..plan(PlanKind::SchoolPartnership)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.next_step(), NextStep::Assess(ins(&lib, MILESTONES)));
}

#[test]
fn next_step_then_the_next_stage() {
    let lib = library();
    let milestones = ins(&lib, MILESTONES);
    let ticked: Vec<&str> = TRUST.iter().chain(COMMUNICATION.iter()).copied().collect();
    let p = Plan {
        rounds: vec![round("m1", MILESTONES, Some("2026-04-01"))],
        responses: vec![checks(&lib, "a", MILESTONES, "m1", &ticked)],
        tasks: vec![task("soon", Some("2026-11-30"), false)],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(
        ov.next_step(),
        NextStep::NextStage {
            instrument: milestones,
            stage: 2
        }
    );

    // Filled in with no stage reached: the first stage is next.
    let p = Plan {
        rounds: vec![round("m1", MILESTONES, None)],
        responses: vec![checks(&lib, "a", MILESTONES, "m1", &[])],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(
        ov.next_step(),
        NextStep::NextStage {
            instrument: milestones,
            stage: 0
        }
    );
}

/// A school partnership with milestones answered with `ticked` and the continuum answered with
/// `origin` (its level 1..=6 is the option's position).
fn partnership(lib: &[Instrument], ticked: &[&str], origin: &str) -> Plan {
    Plan {
        rounds: vec![
            round("m1", MILESTONES, Some("2026-04-01")),
            round("c1", CONTINUUM, Some("2026-04-02")),
        ],
        responses: vec![
            checks(lib, "a", MILESTONES, "m1", ticked),
            choices("b", CONTINUUM, "c1", &[("origin", origin)]),
        ],
        ..plan(PlanKind::SchoolPartnership)
    }
}

#[test]
fn next_step_the_next_stage_of_the_first_standing_that_has_one() {
    let lib = library();
    let order = expected_standings(&lib, PlanKind::SchoolPartnership);
    let first = order[0];
    assert!(order.contains(&MILESTONES) && order.contains(&CONTINUUM));

    // Both with a next stage: the first in library order.
    let p = partnership(&lib, &TRUST, "for_project"); // milestones at 0, continuum at 2
    let ov = overview(&p, &lib, &today());
    assert_eq!(standing(&ov, MILESTONES).at, Some(0));
    assert_eq!(standing(&ov, CONTINUUM).at, Some(2));
    let expected_stage = if first == MILESTONES { 1 } else { 3 };
    assert_eq!(
        ov.next_step(),
        NextStep::NextStage {
            instrument: ins(&lib, first),
            stage: expected_stage
        }
    );

    // Milestones at its last stage: the continuum's next level.
    let p = partnership(&lib, &ALL_MILESTONES, "for_project");
    let ov = overview(&p, &lib, &today());
    assert_eq!(standing(&ov, MILESTONES).at, Some(3));
    assert_eq!(
        ov.next_step(),
        NextStep::NextStage {
            instrument: ins(&lib, CONTINUUM),
            stage: 3
        }
    );

    // The continuum at its top level: milestones' next stage.
    let p = partnership(&lib, &TRUST, "shared_needs");
    let ov = overview(&p, &lib, &today());
    assert_eq!(standing(&ov, CONTINUUM).at, Some(5));
    assert_eq!(
        ov.next_step(),
        NextStep::NextStage {
            instrument: ins(&lib, MILESTONES),
            stage: 1
        }
    );
}

#[test]
fn next_step_nothing_when_every_model_is_at_its_last_stage() {
    let lib = library();
    let p = Plan {
        rounds: vec![round("m1", MILESTONES, None)],
        responses: vec![checks(&lib, "a", MILESTONES, "m1", &ALL_MILESTONES)],
        // Due soon, not overdue: nothing to flag.
        tasks: vec![task("soon", Some("2026-11-23"), false)],
        ..plan(PlanKind::SchoolSupport)
    };
    let ov = overview(&p, &lib, &today());
    assert_eq!(standing(&ov, MILESTONES).at, Some(3));
    assert_eq!(ids(&ov.due_soon), ["soon"]);
    assert_eq!(ov.attention(), 0);
    assert_eq!(ov.next_step(), NextStep::Nothing);

    let p = partnership(&lib, &ALL_MILESTONES, "shared_needs");
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.next_step(), NextStep::Nothing);

    // A dismissed warning does not stand in the way.
    let mut p = p;
    p.rounds.push(round("t1", TEN, None));
    p.responses
        .push(checks(&lib, "z", TEN, "t1", &ten_without_fixed_slot(&lib)));
    p.dismissed.push(Dismissal {
        warning: "ten_principles/no_fixed_meeting_slot".into(),
        reason: "r".into(),
    });
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.dismissed, 1);
    assert_eq!(ov.next_step(), NextStep::Nothing);
}

#[test]
fn attention_counts_open_warnings_and_overdue_tasks() {
    let lib = library();
    let mut p = ten_plan(&lib);
    // Leave principal_update_slot unticked too: a second warning.
    let r = &mut p.responses[0];
    r.answers
        .insert("principal_update_slot".into(), Answer::Check(false));
    p.tasks = vec![
        task("a", Some("2026-11-01"), false),
        task("b", Some("2026-11-02"), false),
        task("c", Some("2026-11-03"), true),
        task("d", Some("2026-11-24"), false),
    ];
    let ov = overview(&p, &lib, &today());
    let mut keys: Vec<&str> = ov.warnings.iter().map(|w| w.key.as_str()).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "ten_principles/no_fixed_meeting_slot",
            "ten_principles/no_principal_updates"
        ]
    );
    assert_eq!(ov.attention(), 4);
    p.dismissed.push(Dismissal {
        warning: "ten_principles/no_principal_updates".into(),
        reason: "r".into(),
    });
    let ov = overview(&p, &lib, &today());
    assert_eq!(ov.attention(), 3);
    assert_eq!(ov.dismissed, 1);
}
