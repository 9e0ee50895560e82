//! Measurement and evaluation: progress, roll-ups, warnings, CSV import, prevalence, charts —
//! on small hand-made data with hand-computed expected values.

mod common;
use common::Rng;
use std::collections::HashMap;
use std::rc::Rc;

use shutaf::chart::{self, Frame, Series};
use shutaf::command::{apply, Command};
use shutaf::evaluation::*;
use shutaf::format;
use shutaf::model::{Date, Id, Plan, PlanKind, Workspace};
use shutaf::parts::{Coll, Ent, Evaluation};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn ind(id: &str, level: Option<Level>, group: &str, b: Option<f64>, t: Option<f64>) -> Indicator {
    Indicator {
        id: Id::new(id),
        name: format!("Indicator {id}"),
        axis: Axis::WorkPlan,
        level,
        target_ref: (!group.is_empty()).then(|| Id::new(group)),
        baseline: b,
        target: t,
        ..Default::default()
    }
}

fn with(mut i: Indicator, ms: &[(&str, f64)]) -> Indicator {
    i.measurements = ms
        .iter()
        .map(|(date, v)| Measurement::new(d(date), Some(*v), ""))
        .collect();
    i
}

#[test]
fn progress_runs_from_baseline_to_target_both_ways() {
    // 20 → 60, latest 40: half way.
    let up = with(
        ind("a", None, "", Some(20.0), Some(60.0)),
        &[("2026-01-01", 30.0), ("2026-02-01", 40.0)],
    );
    assert_eq!(up.progress(), Some(0.5));
    // A decrease: 50 → 10, latest 40: (40-50)/(10-50) = 0.25.
    let down = with(
        ind("b", None, "", Some(50.0), Some(10.0)),
        &[("2026-01-01", 40.0)],
    );
    assert_eq!(down.progress(), Some(0.25));
    // Past the target counts as reached; behind the baseline as nothing.
    let over = with(
        ind("c", None, "", Some(0.0), Some(10.0)),
        &[("2026-01-01", 15.0)],
    );
    assert_eq!(over.progress(), Some(1.0));
    let behind = with(
        ind("c", None, "", Some(5.0), Some(10.0)),
        &[("2026-01-01", 1.0)],
    );
    assert_eq!(behind.progress(), Some(0.0));
    // No baseline, or no measurement: no progress.
    assert_eq!(
        with(ind("e", None, "", None, Some(10.0)), &[("2026-01-01", 5.0)]).progress(),
        None
    );
    assert_eq!(ind("f", None, "", Some(0.0), Some(10.0)).progress(), None);
}

#[test]
fn rollups_group_by_target_and_average_up_to_the_mission() {
    let ev = Evaluation {
        indicators: vec![
            // Component c1: 0.5 and 1.0 → 0.75.
            with(
                ind(
                    "i1",
                    Some(Level::ActionComponent),
                    "c1",
                    Some(0.0),
                    Some(10.0),
                ),
                &[("2026-01-01", 5.0)],
            ),
            with(
                ind(
                    "i2",
                    Some(Level::ActionComponent),
                    "c1",
                    Some(0.0),
                    Some(4.0),
                ),
                &[("2026-01-01", 4.0)],
            ),
            // Component c2: unmeasured.
            ind(
                "i3",
                Some(Level::ActionComponent),
                "c2",
                Some(0.0),
                Some(4.0),
            ),
            // Goal g1: 0.25.
            with(
                ind("i4", Some(Level::Goal), "g1", Some(0.0), Some(100.0)),
                &[("2026-01-01", 25.0)],
            ),
            // Goal g2: 0.5.
            with(
                ind("i5", Some(Level::Goal), "g2", Some(10.0), Some(20.0)),
                &[("2026-01-01", 15.0)],
            ),
            // A mission indicator: 0.9.
            with(
                ind("i6", Some(Level::Mission), "", Some(0.0), Some(10.0)),
                &[("2026-01-01", 9.0)],
            ),
            // Another axis does not count.
            Indicator {
                axis: Axis::Mapping,
                ..with(
                    ind("i7", Some(Level::Goal), "g1", Some(0.0), Some(1.0)),
                    &[("2026-01-01", 1.0)],
                )
            },
        ],
        ..Default::default()
    };
    let r = rollups(&ev, &|_| None);
    assert_eq!(r.components.len(), 2);
    assert_eq!(r.components[0].key, "c1");
    assert_eq!(r.components[0].progress, Some(0.75));
    assert_eq!(
        (r.components[0].indicators, r.components[0].measured),
        (2, 2)
    );
    assert_eq!(r.components[1].progress, None);
    assert_eq!(
        (r.components[1].indicators, r.components[1].measured),
        (1, 0)
    );
    assert_eq!(r.goals.len(), 2);
    assert_eq!(r.goals[0].progress, Some(0.25));
    assert_eq!(r.goals[1].progress, Some(0.5));
    // Mission: mean of 0.25, 0.5 and 0.9 = 0.55.
    assert!((r.mission.unwrap() - 0.55).abs() < 1e-12);

    // With the work plan's structure, c1 belongs to g1: g1 = mean(0.25, 0.75) = 0.5.
    let r = rollups(&ev, &|c| (c == "c1" || c == "c2").then(|| "g1".to_string()));
    assert_eq!(r.goals[0].key, "g1");
    assert_eq!(r.goals[0].progress, Some(0.5));
    assert_eq!(r.goals[0].indicators, 1 + 2 + 1);
    // Mission: mean(0.5, 0.5, 0.9) = 0.6333…
    assert!((r.mission.unwrap() - 1.9 / 3.0).abs() < 1e-12);
}

#[test]
fn an_unresolved_reference_groups_by_the_label_typed() {
    let mut a = ind("a", Some(Level::Goal), "", Some(0.0), Some(2.0));
    a.target_label = " Girls in science ".into();
    let mut b = a.clone();
    b.id = Id::new("b");
    let ev = Evaluation {
        indicators: vec![
            with(a, &[("2026-01-01", 1.0)]),
            with(b, &[("2026-01-01", 2.0)]),
        ],
        ..Default::default()
    };
    let r = rollups(&ev, &|_| None);
    assert_eq!(r.goals.len(), 1);
    assert_eq!(r.goals[0].key, "Girls in science");
    assert_eq!(r.goals[0].progress, Some(0.75));
}

#[test]
fn vague_targets_are_found_in_three_languages() {
    for vague in [
        "הגדלה משמעותית של מספר הבנות במגמות המדעיות",
        "שיפור ניכר בתחושת המסוגלות",
        "A significant increase in girls taking science",
        "Improve teachers' confidence",
        "زيادة ملحوظة في عدد الطالبات",
        "تحسين كبير",
    ] {
        assert!(is_vague(vague), "{vague}");
    }
    for precise in [
        "הגדלה של 20% במספר הבנות",
        "40 מורים מסיימים את ההכשרה",
        "A 15 point increase over the baseline",
        "زيادة بنسبة 10٪",
        "",
        "מורים מסיימים את ההכשרה",
    ] {
        assert!(!is_vague(precise), "{precise}");
    }
}

#[test]
fn warnings_name_missing_numbers_baselines_vague_words_unmeasured_items_and_overdue_ones() {
    let mut no_target = ind("q", None, "", Some(3.0), None);
    no_target.target_text = "הגדלה משמעותית".into();
    let no_base = ind("b", None, "g1", None, Some(10.0));
    let mut qual = ind("ql", None, "", None, None);
    qual.kind = IndicatorKind::Qualitative;
    let mut monthly = with(
        ind("m", None, "", Some(0.0), Some(1.0)),
        &[("2026-01-01", 0.5)],
    );
    monthly.frequency = Frequency::Monthly;
    let mut yearly = monthly.clone();
    yearly.id = Id::new("y");
    yearly.frequency = Frequency::Yearly;
    let ev = Evaluation {
        indicators: vec![no_target, no_base, qual, monthly, yearly],
        ..Default::default()
    };
    let known = [
        (Id::new("g1"), "Goal one".to_string()),
        (Id::new("g2"), "Goal two".to_string()),
    ];
    let w = warnings(&ev, &known, &d("2026-02-02"));
    assert_eq!(
        w,
        vec![
            Warning::TargetWithoutNumber(Id::new("q")),
            Warning::VagueTarget(Id::new("q")),
            Warning::TargetWithoutBaseline(Id::new("b")),
            // 2026-01-01 + 31 days = 2026-02-01, before 2026-02-02.
            Warning::Overdue {
                indicator: Id::new("m"),
                due: d("2026-02-01"),
            },
            Warning::Unmeasured {
                target: Id::new("g2"),
                label: "Goal two".into(),
            },
        ]
    );
    // On the day it is due, it is not yet overdue.
    assert!(!warnings(&ev, &[], &d("2026-02-01"))
        .iter()
        .any(|w| w.key() == "overdue"));
}

#[test]
fn day_numbers_round_trip() {
    assert_eq!(day_number(&d("1970-01-01")), 0);
    assert_eq!(day_number(&d("2000-03-01")), 11017);
    assert_eq!(
        day_number(&d("2024-03-01")) - day_number(&d("2024-02-28")),
        2
    );
    for n in [-1000, 0, 11016, 20000, 20513] {
        assert_eq!(day_number(&from_day_number(n)), n);
    }
}

#[test]
fn dates_and_numbers_are_read_as_people_type_them() {
    assert_eq!(parse_date("2026-03-01"), Some(d("2026-03-01")));
    assert_eq!(parse_date("1/3/2026"), Some(d("2026-03-01")));
    assert_eq!(parse_date("15.10.2025"), Some(d("2025-10-15")));
    assert_eq!(parse_date("01-03-26"), Some(d("2026-03-01")));
    assert_eq!(parse_date("31/2/2026"), None);
    assert_eq!(parse_date("3/2026"), None);
    assert_eq!(parse_number("12"), Some(12.0));
    assert_eq!(parse_number("3,5"), Some(3.5));
    assert_eq!(parse_number("1,234.5"), Some(1234.5));
    assert_eq!(parse_number(" 40% "), Some(40.0));
    assert_eq!(parse_number("-2"), Some(-2.0));
    assert_eq!(parse_number("abc"), None);
    assert_eq!(parse_number("NaN"), None);
    assert_eq!(parse_number("inf"), None);
}

fn csv_ev() -> Evaluation {
    let mut a = ind("teachers", None, "", Some(0.0), Some(40.0));
    a.name = "מורים שסיימו".into();
    a.measurements = vec![Measurement::new(d("2026-01-10"), Some(5.0), "")];
    Evaluation {
        indicators: vec![a, ind("scores", None, "", Some(60.0), Some(80.0))],
        ..Default::default()
    }
}

#[test]
fn csv_reads_bom_semicolons_quotes_and_hebrew_dates_and_reports_each_bad_row() {
    let text = "\u{FEFF}מדד;תאריך;ערך;הערה\r\n\
        מורים שסיימו;10/1/2026;12;\"מחזור א; כולל \"\"ותיקים\"\"\"\r\n\
        scores;2026-02-01;71,5;\r\n\
        nobody;2026-02-01;3;\r\n\
        scores;31/2/2026;3;\r\n\
        scores;2026-03-01;many;\r\n\
        scores;2026-04-01;;\r\n\
        scores;2026-02-01;72;\r\n\
        scores;2026-05-01\r\n";
    let rows = read_csv(&csv_ev(), text);
    let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4, 5, 6, 7, 8, 9]);
    assert_eq!(
        rows[0].result,
        Ok((
            Id::new("teachers"),
            Measurement::new(d("2026-01-10"), Some(12.0), "מחזור א; כולל \"ותיקים\"")
        ))
    );
    assert!(rows[0].replaces, "a measurement of that date exists");
    assert_eq!(
        rows[1].result,
        Ok((
            Id::new("scores"),
            Measurement::new(d("2026-02-01"), Some(71.5), "")
        ))
    );
    assert!(!rows[1].replaces);
    assert_eq!(
        rows[2].result,
        Err(RowProblem::UnknownIndicator("nobody".into()))
    );
    assert_eq!(rows[3].result, Err(RowProblem::BadDate("31/2/2026".into())));
    assert_eq!(rows[4].result, Err(RowProblem::BadValue("many".into())));
    assert_eq!(rows[5].result, Err(RowProblem::Empty));
    assert_eq!(rows[6].result, Err(RowProblem::Repeated));
    assert_eq!(rows[7].result, Err(RowProblem::Columns(2)));
    for r in &rows[2..] {
        assert!(!r.result.as_ref().err().unwrap().key().is_empty());
    }
}

#[test]
fn csv_with_commas_and_no_header_and_a_quoted_line_break() {
    let text = "scores,2026-02-01,70,\"two\nlines\"\nscores,2026-03-01,75,\n";
    let rows = read_csv(&csv_ev(), text);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].line, 1);
    assert_eq!(rows[1].line, 3, "the second record starts on line 3");
    assert_eq!(
        rows[0].result.as_ref().unwrap().1,
        Measurement::new(d("2026-02-01"), Some(70.0), "two\nlines")
    );
    // Importing the good rows replaces same-date measurements and keeps the order.
    let good: Vec<(Id, Measurement)> = read_csv(
        &csv_ev(),
        "teachers;10/1/2026;12\nteachers;1/1/2026;2\nscores;1/1/2026;65",
    )
    .into_iter()
    .filter_map(|r| r.result.ok())
    .collect();
    let changed = with_measurements(&csv_ev(), &good);
    assert_eq!(changed.len(), 2);
    assert_eq!(
        changed[0]
            .measurements
            .iter()
            .map(|m| (m.date().as_str(), m.value()))
            .collect::<Vec<_>>(),
        [("2026-01-01", Some(2.0)), ("2026-01-10", Some(12.0))]
    );
}

#[test]
fn bound_infrastructure_indicators_measure_themselves() {
    let mut att = ind("att", None, "", Some(0.5), Some(0.8));
    att.axis = Axis::Infrastructure;
    att.binding = Some("attendance_rate".into());
    let mut tasks = att.clone();
    tasks.id = Id::new("tasks");
    tasks.binding = Some("tasks_completed".into());
    tasks.measurements = vec![Measurement::new(d("2026-01-01"), Some(7.0), "")];
    let mut unbound = att.clone();
    unbound.id = Id::new("unbound");
    unbound.binding = None;
    let mut wrong_axis = att.clone();
    wrong_axis.id = Id::new("w");
    wrong_axis.axis = Axis::WorkPlan;
    let ev = Evaluation {
        indicators: vec![att, tasks, unbound, wrong_axis],
        ..Default::default()
    };
    let figures: HashMap<String, f64> = [
        ("attendance_rate".to_string(), 0.75),
        ("tasks_completed".to_string(), 7.0),
        ("topics_covered".to_string(), 3.0),
    ]
    .into();
    let auto = auto_measurements(&ev, &figures, &d("2026-03-01"));
    // The tasks figure has not changed since its last measurement: nothing new for it.
    assert_eq!(
        auto,
        vec![(
            Id::new("att"),
            Measurement::new(d("2026-03-01"), Some(0.75), "")
        )]
    );
    let changed = with_measurements(&ev, &auto);
    assert!((changed[0].progress().unwrap() - (0.25 / 0.3)).abs() < 1e-12);
}

#[test]
fn prevalence_labels_follow_the_rules_exactly() {
    use Prevalence as P;
    let cases = [
        (0, 10, P::None),
        (10, 10, P::All),
        (2, 2, P::All),
        (3, 3, P::All),
        (1, 1, P::OnlyOne),
        (1, 3, P::OneOfThree),
        (1, 4, P::OnlyOne),
        (1, 10, P::OnlyOne),
        (2, 3, P::Two),
        (2, 10, P::Two),
        (3, 4, P::Most),
        (6, 10, P::Most),
        (9, 10, P::Most),
        (5, 10, P::Some),
        (3, 10, P::Some),
        (3, 6, P::Some),
    ];
    for (k, n, want) in cases {
        assert_eq!(P::of(k, n), want, "{k} of {n}");
    }
    let keys: Vec<&str> = [
        P::None,
        P::OnlyOne,
        P::OneOfThree,
        P::Two,
        P::Some,
        P::Most,
        P::All,
    ]
    .iter()
    .map(|p| p.key())
    .collect();
    assert_eq!(
        keys,
        [
            "none",
            "only-one",
            "one-of-three",
            "two",
            "some",
            "most",
            "all"
        ]
    );
}

fn interview(id: &str, cluster: &str, themes: &[&[&str]]) -> Interview {
    Interview {
        id: Id::new(id),
        who: id.into(),
        cluster: cluster.into(),
        quotes: themes
            .iter()
            .map(|t| Quote {
                text: "…".into(),
                themes: t.iter().map(|s| s.to_string()).collect(),
            })
            .collect(),
        ..Default::default()
    }
}

#[test]
fn a_findings_prevalence_counts_tagged_interviews_in_its_cluster() {
    let ev = Evaluation {
        interviews: vec![
            interview("a", "Residency", &[&["Learning", "Ties"], &["learning "]]),
            interview("b", "Residency", &[&["ties"]]),
            interview("c", "Residency", &[&[]]),
            interview("d", "Diagnostics", &[&["Learning"]]),
        ],
        ..Default::default()
    };
    let f = |theme: &str, cluster: &str| Finding {
        id: Id::new("f"),
        text: "x".into(),
        theme: theme.into(),
        cluster: cluster.into(),
    };
    // "learning" in a (twice, counted once) and d: two of four.
    assert_eq!(prevalence(&ev, &f("LEARNING", "")), (2, 4, Prevalence::Two));
    // Within Residency: one of three.
    assert_eq!(
        prevalence(&ev, &f("learning", "residency")),
        (1, 3, Prevalence::OneOfThree)
    );
    assert_eq!(
        prevalence(&ev, &f("ties", "Residency")),
        (2, 3, Prevalence::Two)
    );
    assert_eq!(
        prevalence(&ev, &f("learning", "Diagnostics")),
        (1, 1, Prevalence::OnlyOne)
    );
    assert_eq!(prevalence(&ev, &f("", "")), (0, 4, Prevalence::None));
    assert_eq!(
        themes(&ev),
        vec![("Learning".to_string(), 2), ("Ties".to_string(), 2)]
    );
}

#[test]
fn composition_counts_members_seniority_and_shared_steering() {
    let m = |id: &str, joined: Joined, s: Option<u32>| Member {
        id: Id::new(id),
        name: id.into(),
        joined,
        seniority: s,
    };
    let ev = Evaluation {
        members: vec![
            m("a", Joined::Founding, Some(10)),
            m("b", Joined::Founding, Some(2)),
            m("c", Joined::Later, None),
            m("d", Joined::Later, Some(3)),
        ],
        joint_tasks: vec![
            JointTask {
                id: Id::new("t1"),
                title: "Standards".into(),
                steering: Steering::Shared,
                done: false,
            },
            JointTask {
                id: Id::new("t2"),
                title: "Study".into(),
                steering: Steering::Single,
                done: true,
            },
        ],
        ..Default::default()
    };
    let c = composition(&ev);
    assert_eq!((c.size, c.founding, c.later), (4, 2, 2));
    assert_eq!(c.seniority_mean, Some(5.0));
    assert_eq!(c.seniority_range, Some((2, 10)));
    assert_eq!((c.shared_tasks, c.tasks), (1, 2));
}

fn ws() -> Workspace {
    Workspace {
        plans: vec![Rc::new(Plan::new(
            Id::new("p"),
            "Network",
            PlanKind::NetworkCluster,
        ))],
    }
}

#[test]
fn indicators_are_put_checked_sorted_and_saved_compactly() {
    let mut w = ws();
    let mut i = ind("i1", Some(Level::Goal), "g1", Some(1.0), Some(2.0));
    i.name = " Teachers\u{202E} ".into();
    i.measurements = vec![
        Measurement::new(d("2026-03-01"), Some(2.0), "b"),
        Measurement::new(d("2026-01-01"), None, "qualitative note"),
    ];
    let undo = apply(&mut w, Command::put(&Id::new("p"), Ent::EvalIndicator(i))).unwrap();
    let stored = &w.plans[0].evaluation.indicators[0];
    assert_eq!(stored.name, "Teachers");
    assert_eq!(stored.measurements[0].date().as_str(), "2026-01-01");
    let json = format::export_workspace(&w);
    // A measurement takes one line of the file.
    assert!(
        json.contains(r#"["2026-01-01", null, "qualitative note"],"#),
        "{json}"
    );
    assert!(json.contains(r#"["2026-03-01", 2.0, "b"]"#), "{json}");
    // What was saved loads back equal.
    let back = format::into_workspace(format::import(&json).unwrap().plans);
    assert_eq!(back, w);
    // A value out of range is refused.
    let mut bad = ind("i2", None, "", Some(f64::INFINITY), None);
    bad.name = "x".into();
    assert!(apply(&mut w, Command::put(&Id::new("p"), Ent::EvalIndicator(bad))).is_err());
    apply(&mut w, undo).unwrap();
    assert!(w.plans[0].evaluation.indicators.is_empty());
    // Removal by the generic command.
    let _ = Coll::EvalIndicator;
}

#[test]
fn ticks_are_round_and_cover_the_data() {
    assert_eq!(chart::ticks(0.0, 10.0, 5), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    assert_eq!(
        chart::ticks(3.0, 47.0, 5),
        [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]
    );
    assert_eq!(chart::ticks(0.0, 1.0, 5), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    assert_eq!(chart::ticks(-3.0, 3.0, 3), [-4.0, -2.0, 0.0, 2.0, 4.0]);
    assert_eq!(chart::ticks(5.0, 5.0, 5), [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
    assert_eq!(chart::ticks(0.0, 0.0, 5), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
}

#[test]
fn a_line_chart_maps_time_and_values_and_runs_right_to_left_in_rtl() {
    let frame = Frame {
        width: 200.0,
        height: 120.0,
        axis: 40.0,
        end: 10.0,
        top: 10.0,
        bottom: 10.0,
    };
    let s = Series {
        points: vec![(0.0, 0.0), (10.0, 5.0), (20.0, 10.0)],
    };
    let c = chart::line_chart(std::slice::from_ref(&s), &[Some(2.0), None], frame, false);
    // x: 0..20 → 40..190; y: ticks 0..10 → 110..10.
    assert_eq!(c.paths[0], "M40 110 L115 60 L190 10");
    assert_eq!(c.y_ticks.first(), Some(&(110.0, 0.0)));
    assert_eq!(c.y_ticks.last(), Some(&(10.0, 10.0)));
    assert_eq!(c.guides, [Some(90.0), None]);
    let r = chart::line_chart(&[s], &[], frame, true);
    // RTL: x: 0..20 → 160..10.
    assert_eq!(r.paths[0], "M160 110 L85 60 L10 10");
    assert_eq!(frame.axis_x(true), 160.0);
    // A target above the data stretches the axis.
    let t = chart::line_chart(
        &[Series {
            points: vec![(0.0, 1.0)],
        }],
        &[Some(40.0)],
        frame,
        false,
    );
    assert_eq!(t.y_ticks.last().unwrap().1, 40.0);
    // A single point sits in the middle.
    assert_eq!(t.dots[0][0].0, 115.0);
}

#[test]
fn a_bar_chart_places_bars_in_reading_order() {
    let frame = Frame {
        width: 140.0,
        height: 110.0,
        axis: 20.0,
        end: 20.0,
        top: 10.0,
        bottom: 0.0,
    };
    // Plot width 100, two slots of 50, bars 30 wide; y: 0..1 → 110..10.
    let c = chart::bar_chart(&[0.5, 1.0], Some(1.0), frame, false);
    assert_eq!(
        c.bars[0],
        chart::Bar {
            x: 30.0,
            y: 60.0,
            width: 30.0,
            height: 50.0,
            center: 45.0
        }
    );
    assert_eq!(c.bars[1].center, 95.0);
    assert_eq!(c.bars[1].height, 100.0);
    let r = chart::bar_chart(&[0.5, 1.0], Some(1.0), frame, true);
    assert_eq!(r.bars[0].center, 95.0);
    assert_eq!(r.bars[1].center, 45.0);
    assert_eq!(chart::label(0.5), "0.5");
    assert_eq!(chart::label(12.0), "12");
    assert_eq!(chart::label(1.0 / 3.0), "0.33");
}

#[test]
fn the_work_plan_and_the_meetings_feed_the_evaluation() {
    use shutaf::evaluation as ev;
    use shutaf::governance::{ActionComponent, AgendaItem, Body, BodyKind, Goal, Lever, Meeting};
    use shutaf::model::{Date, Id, Plan, PlanKind};
    let id = |s: &str| Id::new(s);
    let mut plan = Plan::new(id("p"), "Ecosystem", PlanKind::MunicipalEcosystem);
    let g = std::rc::Rc::make_mut(&mut plan.governance);
    g.goals = vec![Goal {
        id: id("math"),
        title: "Mathematics".into(),
        ..Default::default()
    }];
    g.levers = vec![Lever {
        id: id("lv"),
        goal: id("math"),
        title: "Teachers".into(),
    }];
    g.components = vec![ActionComponent {
        id: id("c1"),
        lever: id("lv"),
        title: "Training".into(),
        ..Default::default()
    }];
    g.bodies = vec![Body {
        id: id("wg"),
        kind: BodyKind::WorkingGroup,
        name: "WG".into(),
        ..Default::default()
    }];
    let who = |v: &[&str]| v.iter().map(|s| Id::new(*s)).collect::<Vec<_>>();
    g.meetings = vec![
        Meeting {
            id: id("m1"),
            body: id("wg"),
            date: Date::parse("2026-09-01"),
            number: 1,
            invited: who(&["a", "b", "c", "d"]),
            attended: who(&["a", "b", "c"]),
            agenda: vec![
                AgendaItem {
                    text: "x".into(),
                    covered: true,
                },
                AgendaItem {
                    text: "y".into(),
                    covered: false,
                },
            ],
            initiatives: vec!["i1".into()],
            ..Default::default()
        },
        Meeting {
            id: id("m2"),
            body: id("wg"),
            date: Date::parse("2026-10-01"),
            number: 2,
            invited: who(&["a", "b", "c", "d"]),
            attended: who(&["a", "b"]),
            ..Default::default()
        },
    ];
    // Goals and components by title; a component rolls up to its lever's goal.
    let items = ev::work_plan_items(&plan.governance);
    assert_eq!(
        items,
        vec![
            (id("math"), "Mathematics".into()),
            (id("c1"), "Training".into())
        ]
    );
    assert_eq!(ev::goal_of(&plan.governance, "c1"), Some("math".into()));
    assert_eq!(ev::goal_of(&plan.governance, "nope"), None);
    // 5 of 8 invitations taken up; consistency |{a,b}| / |{a,b,c}| = 2/3; 1 of 2 topics.
    let f = ev::figure_values(&plan);
    assert_eq!(f["attendance_rate"], 62.5);
    assert_eq!(f["attendance_consistency"], 66.7);
    assert_eq!(f["topics_covered"], 50.0);
    assert_eq!(f["initiatives_raised"], 1.0);
    assert_eq!(f["group_activity"], 2.0);
    assert_eq!(f["tasks_completed"], 0.0);
    // An empty plan has no figures yet.
    assert!(ev::figure_values(&Plan::new(id("q"), "Q", PlanKind::SchoolSupport)).is_empty());
}

/// A work plan with goal g1 ("Mathematics") and, through lever l1, component c1 ("Teacher
/// community").
fn small_work_plan() -> shutaf::parts::Governance {
    use shutaf::governance::{ActionComponent, Goal, Lever};
    shutaf::parts::Governance {
        goals: vec![Goal {
            id: Id::new("g1"),
            title: "Mathematics".into(),
            ..Default::default()
        }],
        levers: vec![Lever {
            id: Id::new("l1"),
            goal: Id::new("g1"),
            title: "Teachers".into(),
        }],
        components: vec![ActionComponent {
            id: Id::new("c1"),
            lever: Id::new("l1"),
            title: "Teacher community".into(),
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[test]
fn a_target_the_work_plan_does_not_have_is_named_as_such_and_warned_about() {
    let gov = small_work_plan();
    let names = WorkPlanNames::new(&gov);
    let on_goal = ind("a", Some(Level::Goal), "g1", Some(0.0), Some(10.0));
    let gone = ind(
        "b",
        Some(Level::ActionComponent),
        "gone",
        Some(0.0),
        Some(10.0),
    );
    let mut labelled = ind("c", Some(Level::Goal), "", Some(0.0), Some(10.0));
    labelled.target_label = " Girls in science ".into();
    let nothing = ind("d", Some(Level::Goal), "", Some(0.0), Some(10.0));
    // A leftover reference on another axis is not the work plan's business.
    let mut other_axis = ind("e", None, "zz", Some(0.0), Some(10.0));
    other_axis.axis = Axis::Infrastructure;
    assert_eq!(names.of(&on_goal), Link::Item("Mathematics".into()));
    assert_eq!(names.of(&gone), Link::Missing(Id::new("gone")));
    assert_eq!(names.of(&labelled), Link::Label("Girls in science".into()));
    assert_eq!(names.of(&nothing), Link::Nothing);
    let ev = Evaluation {
        indicators: vec![
            with(on_goal, &[("2026-01-01", 5.0)]),
            with(gone, &[("2026-01-01", 2.0)]),
            with(labelled, &[("2026-01-01", 1.0)]),
            nothing,
            other_axis,
        ],
        ..Default::default()
    };
    let w = warnings(&ev, &work_plan_items(&gov), &d("2026-01-02"));
    let about: Vec<(&str, Option<&str>)> = w
        .iter()
        .map(|w| (w.key(), w.indicator().map(|i| i.as_str())))
        .collect();
    assert_eq!(
        about,
        vec![
            ("not-in-work-plan", Some("b")),
            // c1 has no indicator: "gone" does not count for it.
            ("unmeasured", None),
        ]
    );
    // Without a work plan, every reference names nothing in it.
    let w = warnings(&ev, &[], &d("2026-01-02"));
    let missing: Vec<&str> = w
        .iter()
        .filter(|w| w.key() == "not-in-work-plan")
        .map(|w| w.indicator().unwrap().as_str())
        .collect();
    assert_eq!(missing, vec!["a", "b"]);

    // Roll-up groups know whether their key is an id: "gone" is a component the work plan does
    // not have; g1 is found; the label stays a label.
    let r = rollups(&ev, &|c| goal_of(&gov, c));
    let comps: Vec<Link> = r.components.iter().map(|g| names.of_key(g)).collect();
    assert_eq!(comps, vec![Link::Missing(Id::new("gone"))]);
    let goals: Vec<(Link, Option<f64>)> = r
        .goals
        .iter()
        .map(|g| (names.of_key(g), g.progress))
        .collect();
    assert_eq!(
        goals,
        vec![
            (Link::Label("Girls in science".into()), Some(0.1)),
            (Link::Item("Mathematics".into()), Some(0.5)),
        ]
    );
}

#[test]
fn a_typed_link_becomes_a_reference_only_to_what_the_work_plan_has() {
    let names = WorkPlanNames::new(&small_work_plan());
    assert_eq!(names.typed("g1"), (Some(Id::new("g1")), String::new()));
    assert_eq!(
        names.typed(" mathematics "),
        (Some(Id::new("g1")), String::new())
    );
    assert_eq!(
        names.typed("TEACHER COMMUNITY"),
        (Some(Id::new("c1")), String::new())
    );
    // A word that looks like an id but names nothing is kept as a label, not a dangling id.
    assert_eq!(names.typed(" training "), (None, "training".to_string()));
    assert_eq!(
        names.typed("תכנית הכשרה"),
        (None, "תכנית הכשרה".to_string())
    );
    assert_eq!(names.typed("  "), (None, String::new()));
}

/// The CSV importer on many generated and mutated files: it never panics, rows come in line
/// order within the file, a good row names a known indicator, a real date, a finite value within
/// the limits and a clean note, and no two good rows share an indicator and a date. Files the
/// app's own CSV writer makes from generated measurements read back exactly.
#[test]
fn csv_import_holds_its_rules_on_many_generated_and_mutated_files() {
    use shutaf::landscape::csv;
    use shutaf::text::fits;
    let ev = csv_ev();
    let ids: Vec<&str> = ev.indicators.iter().map(|i| i.id.as_str()).collect();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut next = |n: usize| rng.below(n);
    let tokens = [
        "scores",
        "teachers",
        "מורים שסיימו",
        "SCORES ",
        "nobody",
        ";",
        ",",
        "\t",
        "\"",
        "\"\"",
        "\n",
        "\r\n",
        "\r",
        "2026-02-01",
        "1/3/2026",
        "31/2/2026",
        "1.3.26",
        "12",
        "-3,5",
        "1,234.5",
        "40%",
        "1e308",
        "NaN",
        "inf",
        "=1+1",
        " ",
        "הערה",
        "ملاحظة",
        "\u{202e}",
        "\u{0}",
        "\u{feff}",
        "😀",
    ];
    let (mut files, mut good_rows, mut bad_rows) = (0, 0, 0);
    for round in 0..4_000 {
        let text: String = if round % 2 == 0 {
            (0..next(60)).map(|_| tokens[next(tokens.len())]).collect()
        } else {
            // A good file, then a few bytes changed, taken out or doubled (kept valid UTF-8).
            let mut b = "\u{feff}מדד;תאריך;ערך;הערה\r\nscores;2026-02-01;71,5;\"a; \"\"b\"\"\"\r\nteachers;10/1/2026;12;\r\n"
                .as_bytes()
                .to_vec();
            for _ in 0..1 + next(6) {
                let i = next(b.len());
                match next(3) {
                    0 => {
                        let pick = b";,\"\n\r 0a";
                        b[i] = pick[next(pick.len())];
                    }
                    1 => {
                        b.remove(i);
                    }
                    _ => b.insert(i, b[i]),
                }
            }
            String::from_utf8_lossy(&b).into_owned()
        };
        let lines = text.matches('\n').count() + 1;
        let rows = read_csv(&ev, &text);
        let mut last = 0;
        let mut good = std::collections::HashSet::new();
        for r in &rows {
            assert!(
                r.line > last && r.line <= lines,
                "line {} in {text:?}",
                r.line
            );
            last = r.line;
            if let Ok((id, m)) = &r.result {
                assert!(ids.contains(&id.as_str()), "{id:?} in {text:?}");
                assert!(Date::parse(m.0.as_str()).is_some(), "{:?}", m.0);
                if let Some(v) = m.1 {
                    assert!(v.is_finite() && v.abs() <= MAX_VALUE as f64, "{v}");
                }
                assert!(fits(&m.2, shutaf::text::MAX_MEDIUM, false), "{:?}", m.2);
                assert!(
                    good.insert((id.clone(), m.0.clone())),
                    "repeated in {text:?}"
                );
                good_rows += 1;
            } else {
                bad_rows += 1;
            }
        }
        files += 1;
    }
    assert_eq!(files, 4_000);
    // The files exercise both sides of the rules.
    assert!(
        good_rows > 1_000 && bad_rows > 1_000,
        "{good_rows} good, {bad_rows} bad"
    );

    // Written by the app's CSV writer, read back exactly: notes with separators, quotes, line
    // breaks, Hebrew and Arabic; values with decimals; day-first and ISO dates.
    let notes = [
        "",
        "a, b",
        "say \"yes\"",
        "two\nlines",
        "מחזור א; כולל",
        "ملاحظة",
        "x",
    ];
    for _ in 0..300 {
        let mut expected = vec![];
        let mut cells = vec![vec![
            "indicator".to_string(),
            "date".into(),
            "value".into(),
            "note".into(),
        ]];
        for k in 0..1 + next(8) {
            let id = ids[next(ids.len())];
            let date = d(&format!("2027-{:02}-{:02}", 1 + k, 1 + next(28)));
            let value = (next(3) > 0).then(|| next(100_000) as f64 / 8.0);
            let note = notes[next(notes.len())].to_string();
            if value.is_none() && note.is_empty() {
                continue;
            }
            cells.push(vec![
                id.to_string(),
                date.as_str().to_string(),
                value.map(|v| v.to_string()).unwrap_or_default(),
                note.clone(),
            ]);
            expected.push((Id::new(id), Measurement::new(date, value, note)));
        }
        let rows = read_csv(&ev, &csv(&cells));
        let read: Vec<(Id, Measurement)> = rows.into_iter().map(|r| r.result.unwrap()).collect();
        assert_eq!(read, expected);
    }
}
