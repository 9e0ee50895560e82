//! The partner landscape: warnings, the weekly grid, contact due dates, CSV and the map layout,
//! on small hand-made plans.

use std::rc::Rc;

use shutaf::command::{apply, Command, PartnerField, TaskField};
use shutaf::format;
use shutaf::landscape::*;
use shutaf::model::*;
use shutaf::parts::{Coll, Ent};

fn partner(id: &str, name: &str) -> Partner {
    Partner {
        id: Id::new(id),
        name: name.into(),
        added_value: format!("what {name} brings"),
        ..Default::default()
    }
}

fn area(id: &str, kind: AreaKind, owners: &[&str]) -> Area {
    Area {
        id: Id::new(id),
        name: format!("area {id}"),
        kind,
        owners: owners.iter().map(|o| Id::new(*o)).collect(),
    }
}

fn plan(partners: Vec<Partner>) -> Plan {
    let mut p = Plan::new(Id::new("p"), "Focus school", PlanKind::NetworkCluster);
    p.partners = partners;
    p
}

fn with_areas(mut p: Plan, areas: Vec<Area>) -> Plan {
    Rc::make_mut(&mut p.landscape).areas = areas;
    p
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn t(id: &str) -> String {
    format!("<{id}>")
}

#[test]
fn no_areas_at_all_is_one_warning_not_one_per_partner() {
    let p = plan(vec![partner("a", "A"), partner("b", "B")]);
    assert_eq!(warnings(&p), vec![Warning::NoAreas]);
    assert_eq!(warnings(&plan(vec![])), vec![]);
}

#[test]
fn area_rules_owner_missing_distinct_with_two_and_partner_without_area() {
    let p = with_areas(
        plan(vec![
            partner("a", "A"),
            partner("b", "B"),
            partner("c", "C"),
        ]),
        vec![
            area("x", AreaKind::Shared, &[]),
            area("y", AreaKind::Distinct, &["a", "b"]),
            area("z", AreaKind::Shared, &["a", "b"]),
            // A removed partner does not count as an owner.
            area("w", AreaKind::Distinct, &["gone"]),
        ],
    );
    assert_eq!(
        warnings(&p),
        vec![
            Warning::AreaNoOwner(Id::new("x")),
            Warning::DistinctManyOwners(Id::new("y"), 2),
            Warning::AreaNoOwner(Id::new("w")),
            Warning::NoArea(Id::new("c")),
        ]
    );
    // Giving the distinct area to one partner and an area to C clears those warnings.
    let p = with_areas(
        p.clone(),
        vec![
            area("x", AreaKind::Shared, &["c"]),
            area("y", AreaKind::Distinct, &["a"]),
        ],
    );
    assert_eq!(warnings(&p), vec![Warning::NoArea(Id::new("b"))]);
}

#[test]
fn partner_without_added_value_is_warned_even_with_spaces() {
    let mut b = partner("b", "B");
    b.added_value = "   ".into();
    let p = with_areas(
        plan(vec![partner("a", "A"), b]),
        vec![area("x", AreaKind::Shared, &["a", "b"])],
    );
    assert_eq!(warnings(&p), vec![Warning::NoAddedValue(Id::new("b"))]);
}

#[test]
fn overlapping_methods_and_focus_compare_case_and_spacing_insensitively() {
    let mut a = partner("a", "A");
    a.methods = vec!["Data  teams".into(), "Mentoring".into()];
    a.focus_topics = vec!["reading".into()];
    let mut b = partner("b", "B");
    b.methods = vec!["data teams".into()];
    b.focus_topics = vec!["Maths".into()];
    let mut c = partner("c", "C");
    c.methods = vec!["mentoring".into(), "DATA TEAMS".into()];
    c.focus_topics = vec!["maths".into(), "Reading ".into()];
    let p = with_areas(
        plan(vec![a, b, c]),
        vec![area("x", AreaKind::Shared, &["a", "b", "c"])],
    );
    let (i, j, k) = (Id::new("a"), Id::new("b"), Id::new("c"));
    assert_eq!(
        warnings(&p),
        vec![
            Warning::SameMethods(i.clone(), j.clone(), vec!["Data  teams".into()]),
            Warning::SameMethods(
                i.clone(),
                k.clone(),
                vec!["Data  teams".into(), "Mentoring".into()]
            ),
            Warning::SameMethods(j.clone(), k.clone(), vec!["data teams".into()]),
            Warning::SameFocus(i, k.clone(), vec!["reading".into()]),
            Warning::SameFocus(j, k, vec!["Maths".into()]),
        ]
    );
}

#[test]
fn weekly_grid_proposes_the_first_fullest_day_and_warns_when_days_never_meet() {
    use Weekday::*;
    let mut a = partner("a", "A");
    a.days = vec![Sun, Wed];
    let mut b = partner("b", "B");
    b.days = vec![Tue];
    let mut c = partner("c", "C");
    c.days = vec![Tue, Wed];
    let p = with_areas(
        plan(vec![a, b, c, partner("d", "D")]),
        vec![area("x", AreaKind::Shared, &["a", "b", "c", "d"])],
    );
    let g = presence(&p);
    assert_eq!(g.with_days, 3);
    assert_eq!(g.by_day[0], (Sun, vec![0]));
    assert_eq!(g.by_day[2], (Tue, vec![1, 2]));
    assert_eq!(g.by_day[3], (Wed, vec![0, 2]));
    assert_eq!(g.proposed, Some(Tue));
    assert_eq!(g.best(), 2);
    assert!(!g.all_meet());
    assert_eq!(warnings(&p), vec![Warning::NoCommonDay]);

    // A fixed meeting day answers the warning.
    let mut fixed = p.clone();
    Rc::make_mut(&mut fixed.landscape).joint.meeting_day = Some(Tue);
    assert_eq!(warnings(&fixed), vec![]);

    // When B also comes on Wednesday, everyone meets then.
    let mut p2 = p.clone();
    p2.partners[1].days = vec![Tue, Wed];
    let g = presence(&p2);
    assert_eq!(g.proposed, Some(Wed));
    assert!(g.all_meet());
    assert_eq!(warnings(&p2), vec![]);
    assert_eq!(presence(&plan(vec![])).proposed, None);
}

#[test]
fn school_support_asks_for_a_time_frame_for_updating_the_principal() {
    let mut p = with_areas(
        plan(vec![partner("a", "A"), partner("b", "B")]),
        vec![area("x", AreaKind::Shared, &["a", "b"])],
    );
    assert_eq!(warnings(&p), vec![]);
    p.kind = PlanKind::SchoolSupport;
    assert_eq!(warnings(&p), vec![Warning::NoPrincipalUpdate]);
    Rc::make_mut(&mut p.landscape).joint.principal_update = Some(Frequency::Monthly);
    assert_eq!(warnings(&p), vec![]);
}

#[test]
fn contacts_are_due_after_their_interval_and_never_made_is_due_now() {
    let c = |id: &str, f: Frequency, last: Option<&str>| Contact {
        id: Id::new(id),
        frequency: f,
        last: last.map(d),
        ..Default::default()
    };
    let today = d("2026-03-10");
    assert_eq!(
        due_in(&c("a", Frequency::Weekly, Some("2026-03-01")), &today),
        -2
    );
    assert_eq!(
        due_in(&c("a", Frequency::Monthly, Some("2026-02-08")), &today),
        0
    );
    assert_eq!(
        due_in(&c("a", Frequency::Quarterly, Some("2026-03-09")), &today),
        90
    );
    assert_eq!(due_in(&c("a", Frequency::Monthly, None), &today), 0);
    let mut p = plan(vec![]);
    Rc::make_mut(&mut p.landscape).contacts = vec![
        c("late", Frequency::Yearly, Some("2026-01-01")),
        c("never", Frequency::Weekly, None),
        c("overdue", Frequency::Fortnightly, Some("2026-02-01")),
    ];
    assert_eq!(
        contacts_by_due(&p, &today),
        vec![(2, -23), (1, 0), (0, 297)]
    );
}

#[test]
fn csv_quotes_guards_formulas_and_starts_with_a_bom() {
    let out = csv(&[
        vec!["plain".into(), "a,b".into(), "say \"hi\"".into()],
        vec![
            "=1+1".into(),
            "-cmd".into(),
            "@x".into(),
            "+y".into(),
            "two\nlines".into(),
        ],
        vec!["בית ספר".into(), "".into()],
    ]);
    assert_eq!(
        out,
        "\u{feff}plain,\"a,b\",\"say \"\"hi\"\"\"\r\n\
         \"'=1+1\",\"'-cmd\",\"'@x\",\"'+y\",\"two\nlines\"\r\n\
         בית ספר,\r\n"
    );
}

#[test]
fn partners_and_people_csv_hold_every_field_and_the_organisation() {
    let mut a = partner("a", "Gefen, school");
    a.days = vec![Weekday::Sun, Weekday::Tue];
    a.methods = vec!["data".into(), "mentoring".into()];
    a.funds_infrastructure = true;
    a.arrival = Some(d("2025-09-01"));
    let mut p = with_areas(plan(vec![a]), vec![area("x", AreaKind::Shared, &["a"])]);
    p.people = vec![Person {
        id: Id::new("h"),
        name: "Dalia".into(),
        role: "=instructor".into(),
        partner_id: Some(Id::new("a")),
        ..Default::default()
    }];
    let parts = partners_csv(&p, &t);
    let lines: Vec<&str> = parts.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("<partner-name>,<partner-origin>,"));
    assert_eq!(lines[0].split(',').count(), 18);
    assert_eq!(
        lines[1],
        "\"Gefen, school\",<origin-other>,<sector-public>,<relationship-operator>,,what Gefen, school brings,,,,data; mentoring,,<weekday-sun>; <weekday-tue>,2025-09-01,<land-yes>,<land-no>,,area x,"
            .replace("what Gefen, school brings", "\"what Gefen, school brings\"")
    );
    let people = people_csv(&p, &t);
    assert!(people.starts_with('\u{feff}'));
    assert!(people.contains("\r\nDalia,\"'=instructor\",\"Gefen, school\",,\r\n"));
}

fn many(n: usize) -> Plan {
    let mut partners = Vec::new();
    for i in 0..n {
        let mut p = partner(
            &format!("p{i}"),
            &format!("Partner number {i} with a long name"),
        );
        p.sector = Sector::ALL[i * 7 % 3];
        p.relationship = Relationship::ALL[i * 5 % 5];
        partners.push(p);
    }
    let areas = (0..n / 2)
        .map(|k| {
            let o = [format!("p{k}"), format!("p{}", (k * 3 + 1) % n)];
            Area {
                id: Id::new(format!("a{k}")),
                name: format!("area {k}"),
                kind: AreaKind::Shared,
                owners: o.iter().map(|x| Id::new(x.clone())).collect(),
            }
        })
        .collect();
    with_areas(plan(partners), areas)
}

#[test]
fn map_layout_has_no_overlap_stays_inside_and_keeps_groups_contiguous() {
    for n in [1, 2, 5, 40, 150] {
        let p = many(n);
        let l = map_layout(&p);
        assert_eq!(l.nodes.len(), n);
        // Each partner once.
        let mut seen: Vec<usize> = l.nodes.iter().map(|x| x.partner).collect();
        seen.sort();
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
        for (i, a) in l.nodes.iter().enumerate() {
            // Inside the picture, with room for a full label.
            let reach = NODE_R + 5.0 + LABEL_CHARS as f64 * 6.5;
            assert!(
                a.x - reach >= 0.0 && a.x + reach <= l.width,
                "n={n} x={}",
                a.x
            );
            assert!(
                a.y - reach >= 0.0 && a.y + reach <= l.width,
                "n={n} y={}",
                a.y
            );
            for b in &l.nodes[i + 1..] {
                let dist = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                assert!(dist >= 2.0 * NODE_R + 6.0, "n={n} nodes too close: {dist}");
            }
        }
        // Groups are contiguous runs of the ring, ordered by sector then relationship, and every
        // member belongs to its group.
        let runs: Vec<usize> = l
            .nodes
            .windows(2)
            .filter(|w| w[0].group != w[1].group)
            .map(|w| w[1].group)
            .collect();
        assert_eq!(runs.len() + 1, l.groups.len().max(1).min(n.max(1)));
        for (k, g) in runs.iter().enumerate() {
            assert_eq!(*g, k + 1);
        }
        for node in &l.nodes {
            let (p, g) = (&p.partners[node.partner], &l.groups[node.group]);
            assert_eq!((p.sector, p.relationship), (g.sector, g.relationship));
        }
        let keys: Vec<(u8, u8)> = l
            .groups
            .iter()
            .map(|g| (g.sector as u8, g.relationship as u8))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(keys, sorted);
        assert_eq!(l.groups.iter().map(|g| g.count).sum::<usize>(), n);
        // Deterministic.
        assert_eq!(map_layout(&p), l);
    }
}

#[test]
fn map_links_count_shared_areas_and_shared_bodies() {
    let mut a = partner("a", "A");
    a.works_with = vec!["Welfare".into()];
    let mut b = partner("b", "B");
    b.works_with = vec!["welfare".into()];
    let p = with_areas(
        plan(vec![a, b, partner("c", "C")]),
        vec![
            area("x", AreaKind::Shared, &["a", "c", "gone"]),
            area("y", AreaKind::Shared, &["c", "a"]),
        ],
    );
    assert_eq!(
        map_links(&p),
        vec![
            MapLink {
                a: 0,
                b: 1,
                areas: 0,
                bodies: 1
            },
            MapLink {
                a: 0,
                b: 2,
                areas: 2,
                bodies: 0
            },
        ]
    );
}

#[test]
fn map_svg_is_escaped_xml_with_every_name_and_a_legend_on_the_reading_side() {
    let mut p = many(5);
    p.partners[0].name = "Tom & <Jerry> \"Ltd\"".into();
    let l = map_layout(&p);
    let svg = map_svg(&p, &l, &t, true);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains("<title>Tom &amp; &lt;Jerry&gt; &quot;Ltd&quot;</title>"));
    assert!(!svg.contains("<Jerry>"));
    for partner in &p.partners[1..] {
        assert!(svg.contains(&format!("<title>{}</title>", partner.name)));
    }
    assert_eq!(svg.matches("<circle").count(), 5 + 3);
    assert!(svg.contains("&lt;land-legend-areas&gt;"));
    // The legend's anchor follows the direction.
    let rtl_anchor = svg.matches("text-anchor=\"end\"").count();
    let ltr = map_svg(&p, &l, &t, false);
    assert!(ltr.matches("text-anchor=\"end\"").count() < rtl_anchor);
}

#[test]
fn partner_fields_are_cleaned_and_undo_restores_them() {
    let mut ws = Workspace {
        plans: vec![Rc::new(plan(vec![partner("a", "A")]))],
    };
    let before = ws.clone();
    let set = |field| Command::SetPartnerField {
        plan_id: Id::new("p"),
        partner_id: Id::new("a"),
        field,
    };
    let undo1 = apply(
        &mut ws,
        set(PartnerField::Methods(shutaf::text::split_list(
            "data teams, Data Teams; mentoring،  \n , coaching",
        ))),
    )
    .unwrap();
    let undo2 = apply(
        &mut ws,
        set(PartnerField::Days(vec![
            Weekday::Wed,
            Weekday::Sun,
            Weekday::Wed,
        ])),
    )
    .unwrap();
    let p = &ws.plans[0].partners[0];
    assert_eq!(p.methods, ["data teams", "mentoring", "coaching"]);
    assert_eq!(p.days, [Weekday::Sun, Weekday::Wed]);
    apply(&mut ws, undo2).unwrap();
    apply(&mut ws, undo1).unwrap();
    assert_eq!(ws, before);
}

#[test]
fn landscape_round_trips_through_the_file_and_bad_values_are_reported() {
    let mut p = many(3);
    p.partners[0].methods = vec!["a".into()];
    p.partners[0].days = vec![Weekday::Thu];
    p.partners[0].arrival = Some(d("2025-09-01"));
    p.tasks.push(Task {
        id: Id::new("t1"),
        title: "Obtain the school's data".into(),
        origin: JointKind::Document.origin(),
        partner_id: Some(Id::new("p1")),
        due: Some(d("2026-01-01")),
        ..Default::default()
    });
    let land = Rc::make_mut(&mut p.landscape);
    land.conflicts.push(Conflict {
        id: Id::new("c1"),
        source: ConflictSource::SimilarFields,
        status: ConflictStatus::Handling,
        partners: vec![Id::new("p0"), Id::new("p1")],
        description: "Both run reading groups".into(),
        handling: "Split by grade".into(),
        ..Default::default()
    });
    land.contacts.push(Contact {
        id: Id::new("n1"),
        partner_id: Some(Id::new("p2")),
        goal: "Invite to the working group".into(),
        channel: Channel::Email,
        frequency: Frequency::Quarterly,
        last: Some(d("2026-01-15")),
    });
    land.joint = JointPlan {
        goal: "Reading in grades 3-4".into(),
        meeting_day: Some(Weekday::Tue),
        principal_update: Some(Frequency::Monthly),
    };
    let rc = Rc::new(p);
    let text = format::export_plan(&rc);
    let back = format::import(&text).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    assert_eq!(back.plans[0], *rc);
    assert_eq!(
        JointKind::of(&back.plans[0].tasks[0]),
        Some(JointKind::Document)
    );

    let bad = text
        .replace("\"2026-01-15\"", "\"2026-02-30\"")
        .replace("\"similar_fields\"", "\"rivalry\"");
    let problems = format::import(&bad).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(
        paths.contains(&"$.plans[0].landscape.contacts[0].last"),
        "{paths:?}"
    );
    assert!(
        paths
            .iter()
            .any(|p| p.starts_with("$.plans[0].landscape.conflicts[0]")),
        "{paths:?}"
    );
}

#[test]
fn matrix_toggle_and_put_undo() {
    let mut ws = Workspace {
        plans: vec![Rc::new(with_areas(
            plan(vec![partner("a", "A"), partner("b", "B")]),
            vec![area("x", AreaKind::Distinct, &["a"])],
        ))],
    };
    let a = ws.plans[0].landscape.areas[0].clone();
    let on = a.with_owner(&Id::new("b"), true);
    assert_eq!(on.owners, [Id::new("a"), Id::new("b")]);
    assert_eq!(on.with_owner(&Id::new("a"), false).owners, [Id::new("b")]);
    let undo = apply(&mut ws, Command::put(&Id::new("p"), Ent::Area(on))).unwrap();
    assert_eq!(
        warnings(&ws.plans[0]),
        vec![Warning::DistinctManyOwners(Id::new("x"), 2)]
    );
    apply(&mut ws, undo).unwrap();
    assert_eq!(warnings(&ws.plans[0]), vec![Warning::NoArea(Id::new("b"))]);
    let gone = apply(
        &mut ws,
        Command::remove(&Id::new("p"), Coll::Area, &Id::new("x")),
    )
    .unwrap();
    assert_eq!(warnings(&ws.plans[0]), vec![Warning::NoAreas]);
    apply(&mut ws, gone).unwrap();
    // A joint task's partner can be set and undone.
    let mut w2 = ws.clone();
    apply(
        &mut w2,
        Command::AddTask {
            plan_id: Id::new("p"),
            task: Task {
                id: Id::new("t"),
                title: "Meet the counsellor".into(),
                origin: JointKind::Meeting.origin(),
                ..Default::default()
            },
            index: None,
        },
    )
    .unwrap();
    let undo = apply(
        &mut w2,
        Command::SetTaskField {
            plan_id: Id::new("p"),
            task_id: Id::new("t"),
            field: TaskField::Partner(Some(Id::new("a"))),
        },
    )
    .unwrap();
    assert_eq!(w2.plans[0].tasks[0].partner_id, Some(Id::new("a")));
    apply(&mut w2, undo).unwrap();
    assert_eq!(w2.plans[0].tasks[0].partner_id, None);
}

// ---------------------------------------------------------------------------------------------
// Warnings' keys (the plan overview dismisses them)

#[test]
fn warnings_have_stable_keys_without_their_figures_and_a_section_to_fix_them() {
    let a = Id::new("a");
    let b = Id::new("b");
    let cases = [
        (Warning::NoAreas, "landscape/no-areas", "land-areas"),
        (
            Warning::AreaNoOwner(Id::new("x")),
            "landscape/area-no-owner/area:x",
            "land-areas",
        ),
        (
            Warning::DistinctManyOwners(Id::new("x"), 3),
            "landscape/distinct-owners/area:x",
            "land-areas",
        ),
        (
            Warning::NoAddedValue(a.clone()),
            "landscape/no-added-value/partner:a",
            "land-registry",
        ),
        (
            Warning::NoArea(a.clone()),
            "landscape/no-area/partner:a",
            "land-areas",
        ),
        (
            Warning::SameMethods(a.clone(), b.clone(), vec!["x".into()]),
            "landscape/same-methods/partner:a/partner:b",
            "land-registry",
        ),
        (
            Warning::SameFocus(a.clone(), b.clone(), vec!["y".into(), "z".into()]),
            "landscape/same-focus/partner:a/partner:b",
            "land-registry",
        ),
        (
            Warning::NoCommonDay,
            "landscape/no-common-day",
            "land-rhythm",
        ),
        (
            Warning::NoPrincipalUpdate,
            "landscape/no-principal-update",
            "land-rhythm",
        ),
    ];
    for (w, key, section) in cases {
        assert_eq!(w.dismiss_key(), key);
        assert_eq!(w.section(), section);
    }
    // The count of owners is not part of the key: dismissing "two owners" also covers three.
    assert_eq!(
        Warning::DistinctManyOwners(Id::new("x"), 2).dismiss_key(),
        Warning::DistinctManyOwners(Id::new("x"), 5).dismiss_key()
    );
}

#[test]
fn keyed_warnings_carry_the_dismissal_reason() {
    let mut p = plan(vec![partner("a", "A"), partner("b", "B")]);
    p.partners[1].added_value = String::new();
    p.dismissed = vec![
        Dismissal {
            warning: "landscape/no-added-value/partner:b".into(),
            reason: "B is new".into(),
        },
        // A dismissal of another partner's warning dismisses nothing here.
        Dismissal {
            warning: "landscape/no-added-value/partner:a".into(),
            reason: "x".into(),
        },
    ];
    let k = keyed_warnings(&p);
    let got: Vec<(&str, Option<&str>)> = k.iter().map(|w| (w.key.as_str(), w.dismissed)).collect();
    assert_eq!(
        got,
        [
            ("landscape/no-areas", None),
            ("landscape/no-added-value/partner:b", Some("B is new")),
        ]
    );
    assert_eq!(k[1].warning, Warning::NoAddedValue(Id::new("b")));
}

// ---------------------------------------------------------------------------------------------
// Circle of Influence per actor

fn circle_round(id: &str) -> Round {
    Round {
        id: Id::new(id),
        instrument: CIRCLE.into(),
        name: id.into(),
        date: None,
    }
}

fn circle_response(id: &str, round: &str, subject: Subject, chosen: &[(&str, &str)]) -> Response {
    Response {
        id: Id::new(id),
        instrument: CIRCLE.into(),
        round: Id::new(round),
        subject,
        respondent: String::new(),
        answers: chosen
            .iter()
            .map(|(i, o)| (i.to_string(), Answer::Choice(o.to_string())))
            .collect(),
    }
}

/// Partner A answered once in round c1; person P twice in round c2 (and differently in the
/// older round c0, which the latest round replaces); partner B never.
fn circle_plan() -> Plan {
    let mut p = plan(vec![partner("a", "A"), partner("b", "B")]);
    p.people = vec![Person {
        id: Id::new("p"),
        name: "P".into(),
        ..Default::default()
    }];
    let me = || Subject::Person(Id::new("p"));
    p.rounds = vec![circle_round("c0"), circle_round("c1"), circle_round("c2")];
    p.responses = vec![
        circle_response(
            "old",
            "c0",
            me(),
            &[
                ("authority_level", "none"),
                ("responsibility_level", "none"),
            ],
        ),
        circle_response(
            "ra",
            "c1",
            Subject::Partner(Id::new("a")),
            &[
                ("authority_level", "little"),
                ("responsibility_level", "broad"),
                ("control_level", "partial"),
                ("influence_level", "partial"),
            ],
        ),
        // About the plan, and about a partner no longer in it: no picture.
        circle_response("rp", "c2", Subject::Plan, &[("authority_level", "full")]),
        circle_response(
            "rg",
            "c2",
            Subject::Partner(Id::new("gone")),
            &[("authority_level", "full")],
        ),
        circle_response(
            "r1",
            "c2",
            me(),
            &[
                ("authority_level", "adapted"),
                ("responsibility_level", "partial"),
                ("control_level", "full"),
                ("influence_level", "full"),
            ],
        ),
        circle_response(
            "r2",
            "c2",
            me(),
            &[
                ("authority_level", "full"),
                ("responsibility_level", "none"),
            ],
        ),
    ];
    p
}

fn dim(c: &Circle, section: &str) -> CircleDim {
    c.dims
        .iter()
        .find(|d| d.section == section)
        .cloned()
        .unwrap_or_else(|| panic!("no dimension {section}"))
}

#[test]
fn circle_of_influence_per_actor_by_hand() {
    let lib = shutaf::instrument::library();
    let p = circle_plan();
    let cs = circles(&p, &lib);
    let who: Vec<&Subject> = cs.iter().map(|c| &c.subject).collect();
    assert_eq!(
        who,
        [
            &Subject::Partner(Id::new("a")),
            &Subject::Person(Id::new("p"))
        ]
    );

    // A, one response in c1: authority 2, responsibility 4, control 3, influence 3.
    let a = &cs[0];
    assert_eq!((a.round.id.as_str(), a.responses), ("c1", 1));
    let sections: Vec<&str> = a.dims.iter().map(|d| d.section.as_str()).collect();
    assert_eq!(
        sections,
        ["authority", "responsibility", "control", "influence"]
    );
    // Responsibility: ideal partial (3), answered 4 → one above.
    assert_eq!(
        dim(a, "responsibility"),
        CircleDim {
            section: "responsibility".into(),
            item: "responsibility_level".into(),
            answered: 1,
            level: Some(4.0),
            unanimous: true,
            ideal: Some((3.0, 3.0)),
            gap: Some(1.0),
        }
    );
    // Authority: ideal within 1 of responsibility (4) → 3–5; answered 2 → one below.
    let au = dim(a, "authority");
    assert_eq!(
        (au.level, au.ideal, au.gap),
        (Some(2.0), Some((3.0, 5.0)), Some(-1.0))
    );
    // Control states no ideal.
    let co = dim(a, "control");
    assert_eq!((co.level, co.ideal, co.gap), (Some(3.0), None, None));
    // Influence: ideal full (5); answered 3 → two below.
    let inf = dim(a, "influence");
    assert_eq!(
        (inf.level, inf.ideal, inf.gap),
        (Some(3.0), Some((5.0, 5.0)), Some(-2.0))
    );
    // Distance: 1 + 1 + 2.
    assert_eq!(a.distance, Some(4.0));

    // P, two responses in c2 (c0 is older and left out).
    // r1: authority 3, responsibility 3, control 5, influence 5 → every gap 0, distance 0.
    // r2: authority 5, responsibility 1 → responsibility −2; authority within 1 of 1 → 1–2,
    //     so +3; distance 5.
    let pc = &cs[1];
    assert_eq!((pc.round.id.as_str(), pc.responses), ("c2", 2));
    let au = dim(pc, "authority");
    assert_eq!(
        (au.answered, au.level, au.ideal, au.gap),
        (2, Some(4.0), Some((1.5, 3.0)), Some(1.5))
    );
    // A mean of 4 from 3 and 5 is no one's answer: the table must not name option 4.
    assert!(!au.unanimous);
    assert!(
        dim(pc, "control").unanimous,
        "one answer agrees with itself"
    );
    let re = dim(pc, "responsibility");
    assert_eq!(
        (re.level, re.ideal, re.gap),
        (Some(2.0), Some((3.0, 3.0)), Some(-1.0))
    );
    let co = dim(pc, "control");
    assert_eq!((co.answered, co.level, co.gap), (1, Some(5.0), None));
    let inf = dim(pc, "influence");
    assert_eq!(
        (inf.answered, inf.level, inf.gap),
        (1, Some(5.0), Some(0.0))
    );
    assert_eq!(pc.distance, Some(2.5));
}

#[test]
fn circle_without_an_answer_with_an_ideal_has_no_distance_and_no_library_no_circles() {
    let mut p = plan(vec![partner("a", "A")]);
    p.rounds = vec![circle_round("c1")];
    p.responses = vec![circle_response(
        "r",
        "c1",
        Subject::Partner(Id::new("a")),
        &[
            ("control_level", "broad"),
            ("authority_level", "no-such-option"),
        ],
    )];
    let lib = shutaf::instrument::library();
    let cs = circles(&p, &lib);
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].distance, None);
    assert_eq!(dim(&cs[0], "control").level, Some(4.0));
    assert_eq!(dim(&cs[0], "authority").level, None);
    assert!(circles(&p, &[]).is_empty());
}

#[test]
fn circle_figures_show_whole_numbers_bare_and_others_to_one_decimal() {
    assert_eq!(figure(4.0), "4");
    assert_eq!(figure(2.5), "2.5");
    assert_eq!(figure(1.0 / 3.0), "0.3");
    assert_eq!(figure(2.96), "3");
}

#[test]
fn circle_svg_names_itself_draws_levels_and_ideals_and_mirrors_in_rtl() {
    let lib = shutaf::instrument::library();
    let p = circle_plan();
    let cs = circles(&p, &lib);
    let labels: Vec<String> = ["Authority", "Responsibility", "Control", "Influence"]
        .map(String::from)
        .to_vec();
    let ltr = circle_svg(&cs[0], &labels, "c-a", "Circle <A> & co", "desc", &t, false);
    let rtl = circle_svg(&cs[0], &labels, "c-a", "Circle <A> & co", "desc", &t, true);
    for s in [&ltr, &rtl] {
        assert!(s.starts_with("<svg ") && s.ends_with("</svg>"));
        assert!(s.contains(r#"role="img" aria-labelledby="c-a-t c-a-d""#));
        assert!(s.contains(r#"<title id="c-a-t">Circle &lt;A&gt; &amp; co</title>"#));
        assert!(s.contains(r#"<desc id="c-a-d">desc</desc>"#));
        // Three dimensions state an ideal; all four levels are answered.
        assert_eq!(s.matches(r#"class="ideal""#).count(), 3);
        assert_eq!(s.matches("<polygon").count(), 1);
        for l in [
            "Authority (2)",
            "Responsibility (4)",
            "Control (3)",
            "Influence (3)",
        ] {
            assert!(s.contains(l), "{l}");
        }
        assert!(s.contains("&lt;land-circle-legend-ideal&gt;"));
        // The legend marks the ideal with the ideal's band, on a row of its own.
        let legend: Vec<&str> = s
            .split("<text")
            .filter(|x| x.contains("land-circle-legend"))
            .collect();
        assert_eq!(legend.len(), 2);
        assert!(s.contains(r#"stroke-width="10" stroke-linecap="round""#));
    }
    // Right to left, each label is held between right-to-left marks, so its number and
    // brackets stay beside it as Hebrew reads; left to right there are none.
    assert!(rtl.contains(">\u{200F}Authority (2)\u{200F}</text>"));
    assert_eq!(rtl.matches('\u{200F}').count(), 8);
    assert!(!ltr.contains('\u{200F}'));
    // The second dimension lies on the right in LTR and on the left in RTL, the first on top.
    let (cx, _) = circle_point(0, 4, 0.0, false);
    assert!(circle_point(1, 4, 4.0, false).0 > cx + 100.0);
    assert!(circle_point(1, 4, 4.0, true).0 < cx - 100.0);
    let (x0, y0) = circle_point(0, 4, 5.0, true);
    let (_, yc) = circle_point(0, 4, 0.0, true);
    assert!((x0 - cx).abs() < 1e-9 && y0 < yc);
    // The legend is on the reading side.
    assert!(ltr.contains(r##"text-anchor="start" fill="#1a202c">&lt;land-circle-legend"##));
    assert!(rtl.contains(r##"text-anchor="end" fill="#1a202c">&lt;land-circle-legend"##));
    // Every point stays inside the picture.
    for k in 0..4 {
        for rtl in [false, true] {
            let (x, y) = circle_point(k, 4, 5.0, rtl);
            assert!(x > 0.0 && x < CIRCLE_W && y > 0.0 && y < CIRCLE_H);
        }
    }
}

/// A file whose lists repeat one value a hundred thousand times (an area's owners) is read with
/// the repeats dropped and the first of each kept in order. Repeats are found by sorting: the
/// earlier check compared each owner with every one before it, which a file like this made take
/// minutes.
#[test]
fn a_list_repeated_a_hundred_thousand_times_is_read_with_its_repeats_dropped() {
    let owners: Vec<String> = (0..100_000)
        .map(|i| ["b", "a", "b", "c"][i % 4].to_string())
        .collect();
    let owners: Vec<&str> = owners.iter().map(String::as_str).collect();
    let p = with_areas(
        plan(vec![
            partner("a", "A"),
            partner("b", "B"),
            partner("c", "C"),
        ]),
        vec![area("x", AreaKind::Shared, &owners)],
    );
    let text = format::export_plan(&Rc::new(p));
    let back = format::import(&text).unwrap();
    let ids: Vec<&str> = back.plans[0].landscape.areas[0]
        .owners
        .iter()
        .map(|o| o.as_str())
        .collect();
    assert_eq!(ids, ["b", "a", "c"]);
}
