//! Coaching partnerships: cadence rules, goal carry-over, the year view, search, the `.ics`
//! calendar and the export without coaching notes, on small hand-made plans.

use std::rc::Rc;

use shutaf::coaching::{self as co, Cadence, Filter, Found, Stage};
use shutaf::coaching::{Alternative, Goal, Planned, Progress, Session};
use shutaf::command::{apply, Command, CommandError};
use shutaf::format::{self, ProblemKind};
use shutaf::model::{Answer, Date, Id, Plan, PlanKind, Response, Round, Workspace};
use shutaf::parts::Ent;

fn d(s: &str) -> Date {
    Date::parse(s).expect("a test date")
}

fn id(s: &str) -> Id {
    Id::new(s)
}

fn planned(i: &str, date: &str) -> Planned {
    Planned {
        id: id(i),
        date: Some(d(date)),
        ..Default::default()
    }
}

fn session(i: &str, date: &str, minutes: u16) -> Session {
    Session {
        id: id(i),
        date: Some(d(date)),
        minutes,
        ..Default::default()
    }
}

fn goal(i: &str, title: &str) -> Goal {
    Goal {
        id: id(i),
        owner: Some(id("dana")),
        title: title.into(),
        ..Default::default()
    }
}

fn plan_with(f: impl FnOnce(&mut shutaf::parts::Coaching)) -> Plan {
    let mut p = Plan::new(id("p"), "Pair", PlanKind::CoachingPartnership);
    f(Rc::make_mut(&mut p.coaching));
    p
}

/// Calendar every five weeks from 1 September 2026, then a jump to January; sessions on 1 Sep
/// (3 h), 8 Oct (1 h, with observation, not on the calendar) and 10 Nov (2.5 h).
fn pair() -> Plan {
    plan_with(|c| {
        c.calendar = vec![
            planned("c1", "2026-09-01"),
            planned("c2", "2026-10-06"),
            planned("c3", "2026-11-10"),
            planned("c4", "2027-01-05"),
        ];
        let mut s2 = session("s2", "2026-10-08", 60);
        s2.observation = true;
        c.sessions = vec![
            session("s1", "2026-09-01", 180),
            s2,
            session("s3", "2026-11-10", 150),
        ];
    })
}

#[test]
fn day_numbers_and_civil_dates_are_inverse() {
    assert_eq!(co::day_number(&d("1970-01-01")), Some(0));
    // 56 years with 14 leap days, then 304 days to 1 November and 22 more.
    assert_eq!(co::day_number(&d("2026-11-23")), Some(20_780));
    assert_eq!(co::civil(20_780), (2026, 11, 23));
    let leap = co::day_number(&d("2024-02-29")).unwrap();
    assert_eq!(co::civil(leap), (2024, 2, 29));
    assert_eq!(co::civil(leap + 1), (2024, 3, 1));
    assert_eq!(co::parse_time("09:05"), Some(545));
    assert_eq!(co::parse_time("24:00"), None);
    assert_eq!(co::parse_time("9:05"), None);
}

#[test]
fn cadence_flags_gaps_short_sessions_early_observation_and_unplanned_sessions() {
    let p = pair();
    // Rhythm: 1 Sep, 6 Oct (35 days), 8 Oct, 10 Nov (33), 5 Jan (20 + 31 + 5 = 56 days).
    assert_eq!(
        co::cadence(&p),
        vec![
            Cadence::Gap {
                from: d("2026-11-10"),
                to: d("2027-01-05"),
                days: 56
            },
            Cadence::Short {
                session: id("s2"),
                minutes: 60
            },
            Cadence::EarlyObservation { session: id("s2") },
            Cadence::Unscheduled { session: id("s2") },
        ]
    );
    // Past initiation, observation is welcome.
    let mut later = p.clone();
    Rc::make_mut(&mut later.coaching).settings.stage = Stage::Implementation;
    assert!(!co::cadence(&later)
        .iter()
        .any(|w| matches!(w, Cadence::EarlyObservation { .. })));
}

#[test]
fn six_weeks_exactly_is_no_gap_and_one_day_more_is() {
    let p = plan_with(|c| {
        c.calendar = vec![planned("a", "2026-09-01"), planned("b", "2026-10-13")];
    });
    assert_eq!(co::cadence(&p), vec![], "1 Sep to 13 Oct is 42 days");
    let p = plan_with(|c| {
        c.calendar = vec![planned("a", "2026-09-01"), planned("b", "2026-10-14")];
    });
    assert_eq!(
        co::cadence(&p),
        vec![Cadence::Gap {
            from: d("2026-09-01"),
            to: d("2026-10-14"),
            days: 43
        }]
    );
}

#[test]
fn sessions_without_a_calendar_get_one_warning_and_lengths_over_an_hour_pass() {
    let p = plan_with(|c| {
        c.sessions = vec![
            session("a", "2026-09-01", 61),
            session("b", "2026-09-29", 0),
        ];
    });
    assert_eq!(co::cadence(&p), vec![Cadence::NoCalendar]);
    assert_eq!(co::cadence(&plan_with(|_| {})), vec![]);
}

fn goals_plan() -> Plan {
    plan_with(|c| {
        c.goals = vec![
            goal("g1", "Weekly team meeting"),
            goal("g2", "Observe a lesson"),
        ];
        let mut s1 = session("s1", "2026-09-01", 120);
        s1.next_goals = vec![id("g1"), id("g2")];
        let mut s2 = session("s2", "2026-10-06", 120);
        s2.progress = vec![Progress {
            goal: id("g1"),
            note: "Half of the teams meet".into(),
        }];
        s2.next_goals = vec![id("g2"), id("gone")];
        let s3 = session("s3", "2026-11-10", 120);
        // List order differs from date order on purpose.
        c.sessions = vec![s3, s1, s2];
    })
}

#[test]
fn a_session_carries_the_previous_sessions_goals_with_their_progress() {
    let p = goals_plan();
    assert_eq!(
        co::previous(&p, &id("s2")).map(|s| s.id.as_str()),
        Some("s1")
    );
    assert_eq!(co::previous(&p, &id("s1")), None);
    assert!(
        co::carried(&p, &id("s1")).is_empty(),
        "the first session carries nothing"
    );
    let c = co::carried(&p, &id("s2"));
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].goal, &id("g1"));
    assert_eq!(
        c[0].found.map(|g| g.title.as_str()),
        Some("Weekly team meeting")
    );
    assert_eq!(c[0].progress, "Half of the teams meet");
    assert_eq!(c[1].goal, &id("g2"));
    assert_eq!(c[1].progress, "");
    let c = co::carried(&p, &id("s3"));
    assert_eq!(
        c.iter()
            .map(|x| (x.goal.as_str(), x.found.is_some()))
            .collect::<Vec<_>>(),
        [("g2", true), ("gone", false)],
        "a removed goal is still carried, shown as removed"
    );
}

#[test]
fn the_year_view_places_held_and_planned_sessions_in_twelve_months() {
    let p = pair();
    let y = co::year_view(&p, 2026, 9);
    assert_eq!(y.len(), 12);
    assert_eq!((y[0].year, y[0].month), (2026, 9));
    assert_eq!((y[4].year, y[4].month), (2027, 1));
    assert_eq!((y[11].year, y[11].month), (2027, 8));
    assert_eq!(y[0].held, vec![(1, false)]);
    assert_eq!(y[0].planned, Vec::<u32>::new(), "planned 1 Sep was held");
    assert_eq!(y[1].held, vec![(8, true)]);
    assert_eq!(y[1].planned, vec![6]);
    assert_eq!(y[2].held, vec![(10, false)]);
    assert_eq!(y[4].planned, vec![5]);
    assert!(y[3].held.is_empty() && y[3].planned.is_empty());
    let from_dec = co::year_view(&p, 2026, 12);
    assert_eq!((from_dec[1].year, from_dec[1].month), (2027, 1));
    assert_eq!(from_dec[1].planned, vec![5]);
}

#[test]
fn search_finds_by_date_goal_tag_and_text() {
    let mut p = goals_plan();
    {
        let c = Rc::make_mut(&mut p.coaching);
        // List order: s3, s1, s2.
        c.sessions[1].tags = vec!["Meetings".into()];
        c.sessions[2].reality = "The staff room is noisy".into();
        c.sessions[2].observation_notes = "Teacher asked open questions".into();
        c.sessions[0].reflection = "I listened more".into();
        c.sessions[0].tags = vec!["listening".into()];
        c.goals[1].due = Some(d("2026-10-20"));
    }
    let ids = |f: Filter| -> Vec<String> {
        co::search(&p, &f)
            .iter()
            .map(|x| x.id().0.clone())
            .collect()
    };
    assert_eq!(ids(Filter::default()), ["s1", "s2", "s3", "g1", "g2"]);
    let october = Filter {
        from: Some(d("2026-10-01")),
        to: Some(d("2026-10-31")),
        ..Default::default()
    };
    assert_eq!(
        ids(october),
        ["s2", "g2"],
        "an undated goal is left out of a date range"
    );
    // g1: set at s1, progress noted at s2.
    let g1 = Filter {
        goal: Some(id("g1")),
        ..Default::default()
    };
    assert_eq!(ids(g1), ["s1", "s2", "g1"]);
    let tag = Filter {
        tag: "meetings".into(),
        ..Default::default()
    };
    assert_eq!(ids(tag), ["s1"]);
    let words = |w: &str| Filter {
        text: w.into(),
        ..Default::default()
    };
    assert_eq!(ids(words("NOISY")), ["s2"]);
    assert_eq!(
        ids(words("open questions")),
        ["s2"],
        "observation notes are searched"
    );
    let both = Filter {
        text: "listened".into(),
        tag: "listening".into(),
        ..Default::default()
    };
    assert_eq!(ids(both), ["s3"]);
    assert!(matches!(
        co::search(&p, &words("weekly"))[0],
        Found::Goal(_)
    ));
}

fn with_notes() -> Plan {
    let mut p = goals_plan();
    {
        let c = Rc::make_mut(&mut p.coaching);
        let s = &mut c.sessions[1];
        s.goal = "SECRET-goal".into();
        s.reality = "SECRET-reality".into();
        s.alternatives = vec![Alternative {
            text: "SECRET-alt".into(),
            pros: "SECRET-pro".into(),
            cons: "SECRET-con".into(),
        }];
        s.first_step = "SECRET-step".into();
        s.notes = "SECRET-notes".into();
        s.tags = vec!["SECRET-tag".into()];
        s.observation = true;
        s.time = Some("16:00".into());
        s.next_date = Some(d("2026-10-06"));
        c.goals[0].action_plan = "SECRET-plan".into();
        c.sessions[1].observation_notes = "SECRET-seen".into();
        c.sessions[1].feedback = "SECRET-feedback".into();
        c.sessions[1].reflection = "SECRET-reflection".into();
        c.sessions[1].observer = Some(id("omer"));
        c.calendar = vec![planned("c1", "2026-09-01")];
        c.settings.trust = "What is said here stays here".into();
    }
    p.rounds = vec![
        Round {
            id: id("rg"),
            instrument: co::GROW.into(),
            name: "Sessions".into(),
            date: None,
        },
        Round {
            id: id("rs"),
            instrument: "coaching_stages".into(),
            name: "Stage".into(),
            date: None,
        },
    ];
    p.responses = vec![
        Response {
            id: id("x1"),
            instrument: co::GROW.into(),
            round: id("rg"),
            answers: [("goal_focus".to_string(), Answer::Text("SECRET-grow".into()))].into(),
            ..Default::default()
        },
        Response {
            id: id("x2"),
            instrument: "coaching_stages".into(),
            round: id("rs"),
            ..Default::default()
        },
    ];
    p
}

#[test]
fn export_without_notes_keeps_the_rhythm_and_leaves_every_note_out() {
    let p = with_notes();
    assert!(co::has_notes(&p));
    let bare = co::without_notes(&p);
    assert!(!co::has_notes(&bare));
    let text = format::export_plan(&Rc::new(bare.clone()));
    assert!(!text.contains("SECRET"), "{text}");
    assert!(!text.contains("Half of the teams"));
    // What stays: dates, times, lengths, marks, the calendar, the agreements, other instruments.
    let s = bare
        .coaching
        .sessions
        .iter()
        .find(|s| s.id == id("s1"))
        .unwrap();
    assert_eq!(s.date, Some(d("2026-09-01")));
    assert_eq!((s.minutes, s.observation), (120, true));
    assert_eq!(s.time.as_deref(), Some("16:00"));
    assert!(s.next_goals.is_empty() && s.tags.is_empty());
    assert_eq!(bare.coaching.sessions.len(), 3);
    assert!(bare.coaching.goals.is_empty());
    assert_eq!(bare.coaching.calendar, p.coaching.calendar);
    assert_eq!(bare.coaching.settings, p.coaching.settings);
    assert_eq!(
        bare.responses
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["x2"]
    );
    assert_eq!(
        bare.rounds
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["rs"]
    );
    assert_eq!(
        co::cadence(&bare),
        co::cadence(&p),
        "the rhythm's warnings are the same"
    );
    // The original is untouched, and the stripped copy is still a valid file.
    assert!(format::export_plan(&Rc::new(p)).contains("SECRET-grow"));
    format::import(&text).expect("the stripped plan imports");
}

/// A minimal iCalendar reader for the tests: checks the physical lines, unfolds them, checks
/// BEGIN/END nesting and returns the components as (name, properties) with unescaped values.
fn parse_ics(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let body = &text[..text.len() - 2];
    let mut lines: Vec<String> = Vec::new();
    for raw in body.split("\r\n") {
        assert!(
            !raw.contains('\n') && !raw.contains('\r'),
            "bare line break in {raw:?}"
        );
        assert!(raw.len() <= 75, "line of {} octets: {raw:?}", raw.len());
        if let Some(rest) = raw.strip_prefix(' ') {
            lines
                .last_mut()
                .expect("a continuation follows a line")
                .push_str(rest);
        } else {
            lines.push(raw.to_string());
        }
    }
    let mut stack: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for l in lines {
        let (name, value) = l.split_once(':').expect("name:value");
        if name == "BEGIN" {
            stack.push(value.to_string());
            out.push((value.to_string(), Vec::new()));
        } else if name == "END" {
            assert_eq!(stack.pop().as_deref(), Some(value), "END matches BEGIN");
        } else {
            let mut v = String::new();
            let mut it = value.chars();
            while let Some(c) = it.next() {
                if c == '\\' {
                    match it.next() {
                        Some('n') | Some('N') => v.push('\n'),
                        Some(c @ ('\\' | ';' | ',')) => v.push(c),
                        other => panic!("bad escape {other:?}"),
                    }
                } else {
                    assert!(c != ';' && c != ',', "unescaped {c} in {value}");
                    v.push(c);
                }
            }
            let comp = out
                .iter_mut()
                .rev()
                .find(|(n, _)| Some(n) == stack.last())
                .unwrap();
            comp.1.push((name.to_string(), v));
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    out
}

fn prop<'a>(c: &'a (String, Vec<(String, String)>), name: &str) -> Option<&'a str> {
    c.1.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[test]
fn ics_writes_a_small_calendar_exactly() {
    let mut p = plan_with(|c| {
        c.calendar = vec![
            Planned {
                id: id("c1"),
                date: Some(d("2026-09-01")),
                time: Some("16:00".into()),
                minutes: 150,
                place: "Room 3, floor 2".into(),
            },
            planned("c2", "2026-12-31"),
            Planned {
                id: id("nodate"),
                ..Default::default()
            },
        ];
    });
    p.name = "Pair".into();
    let text = co::ics(&p, "Coaching session", "20261123T093000Z");
    assert_eq!(
        text,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Shutaf//Coaching calendar//EN\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Pair\r\n\
         BEGIN:VEVENT\r\nUID:p-c1@shutaf.invalid\r\nDTSTAMP:20261123T093000Z\r\n\
         DTSTART:20260901T160000\r\nDTEND:20260901T183000\r\nSUMMARY:Coaching session\r\n\
         LOCATION:Room 3\\, floor 2\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:p-c2@shutaf.invalid\r\nDTSTAMP:20261123T093000Z\r\n\
         DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\nSUMMARY:Coaching session\r\n\
         END:VEVENT\r\nEND:VCALENDAR\r\n"
    );
}

#[test]
fn ics_escapes_folds_long_hebrew_lines_and_parses_back() {
    let long = "מפגש אימון עמיתים של מנהלות בית הספר, שלב הייזום; עם צפייה בשדה \\ סיכום\nושלב הבא";
    let p = {
        let mut p = plan_with(|c| {
            c.calendar = vec![Planned {
                id: id("late"),
                date: Some(d("2026-02-28")),
                time: Some("23:30".into()),
                minutes: 90,
                place: long.into(),
            }];
        });
        p.name = "שותפות, אימון; \\ זוג".into();
        p
    };
    let text = co::ics(&p, long, "20261123T093000Z");
    assert!(text.lines().count() > 10, "long lines were folded");
    let comps = parse_ics(&text);
    assert_eq!(comps.len(), 2);
    let cal = &comps[0];
    assert_eq!(cal.0, "VCALENDAR");
    assert_eq!(prop(cal, "VERSION"), Some("2.0"));
    assert!(prop(cal, "PRODID").is_some());
    assert_eq!(prop(cal, "X-WR-CALNAME"), Some("שותפות, אימון; \\ זוג"));
    let ev = &comps[1];
    assert_eq!(ev.0, "VEVENT");
    assert_eq!(prop(ev, "UID"), Some("p-late@shutaf.invalid"));
    assert_eq!(prop(ev, "DTSTAMP"), Some("20261123T093000Z"));
    assert_eq!(prop(ev, "DTSTART"), Some("20260228T233000"));
    // 23:30 + 90 minutes crosses midnight into 1 March (2026 is not a leap year).
    assert_eq!(prop(ev, "DTEND"), Some("20260301T010000"));
    assert_eq!(prop(ev, "SUMMARY"), Some(long));
    assert_eq!(prop(ev, "LOCATION"), Some(long));
    assert!(co::ics_escape("a\r\nb").eq("a\\nb"));
}

#[test]
fn series_spaces_a_years_calendar_evenly() {
    assert_eq!(
        co::series(&d("2026-09-01"), 5, 3),
        vec![d("2026-09-01"), d("2026-10-06"), d("2026-11-10")]
    );
    assert_eq!(co::series(&d("2026-12-22"), 2, 2)[1], d("2027-01-05"));
}

fn put(value: Ent) -> Command {
    Command::Put {
        plan_id: id("p"),
        coll: value.coll(),
        id: value.id().cloned().unwrap_or_else(|| id("-")),
        value: Some(value),
        index: None,
    }
}

#[test]
fn every_coaching_entity_goes_through_the_editor_and_a_file_alike() {
    let mut w = Workspace {
        plans: vec![Rc::new(plan_with(|_| {}))],
    };
    let full = with_notes();
    let c = &full.coaching;
    for s in &c.sessions {
        apply(&mut w, put(Ent::CoachingSession(s.clone()))).unwrap();
    }
    for g in &c.goals {
        apply(&mut w, put(Ent::CoachingGoal(g.clone()))).unwrap();
    }
    apply(&mut w, put(Ent::CoachingPlanned(c.calendar[0].clone()))).unwrap();
    apply(
        &mut w,
        put(Ent::CoachingParticipant(co::Participant {
            id: id("dana"),
            role: co::Role::Coachee,
        })),
    )
    .unwrap();
    let undo = apply(&mut w, put(Ent::CoachingSettings(c.settings.clone()))).unwrap();
    assert_eq!(
        w.plans[0].coaching.settings.trust,
        "What is said here stays here"
    );
    let text = format::export_workspace(&w);
    let back = format::into_workspace(format::import(&text).expect("imports").plans);
    assert_eq!(back, w);
    apply(&mut w, undo).unwrap();
    assert_eq!(w.plans[0].coaching.settings, co::Settings::default());

    // A bad time is refused by the editor and reported by import at its path.
    let mut bad = session("s9", "2026-09-01", 120);
    bad.time = Some("25:00".into());
    match apply(&mut w, put(Ent::CoachingSession(bad))) {
        Err(CommandError::Invalid(p)) => {
            assert_eq!(p.path, "$.time");
            assert!(matches!(p.kind, ProblemKind::Invalid { .. }));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let file = r#"{"format":"shutaf","format_version":1,"content":"workspace","plans":[
        {"id":"p","name":"P","coaching":{"calendar":[{"id":"c1","time":"7pm"},{"id":"c2","minutes":5000}]}}]}"#;
    let problems = format::import(file).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.path == "$.plans[0].coaching.calendar[0].time"));
    assert!(problems
        .iter()
        .any(|p| p.path == "$.plans[0].coaching.calendar[1].minutes"
            && matches!(p.kind, ProblemKind::OutOfRange { .. })));
}

#[test]
fn tags_are_trimmed_deduplicated_and_typed_with_commas() {
    assert_eq!(co::parse_tags(" a, b ,,A،ג "), ["a", "b", "A", "ג"]);
    let mut w = Workspace {
        plans: vec![Rc::new(plan_with(|_| {}))],
    };
    let mut s = session("s1", "2026-09-01", 120);
    s.tags = co::parse_tags(" a, b ,,A");
    apply(&mut w, put(Ent::CoachingSession(s))).unwrap();
    assert_eq!(w.plans[0].coaching.sessions[0].tags, ["a", "b"]);
}

/// `has_notes` looks without copying the plan; it must agree with what `without_notes` leaves
/// out, for each kind of note on its own.
#[test]
fn has_notes_is_true_exactly_when_without_notes_changes_the_plan() {
    let full = with_notes();
    let bare = co::without_notes(&full);
    let mut cases: Vec<(&str, Plan)> = vec![("full", full.clone()), ("bare", bare.clone())];
    let mut one = |what: &'static str, f: &dyn Fn(&mut Plan)| {
        let mut p = bare.clone();
        f(&mut p);
        cases.push((what, p));
    };
    one("a goal", &|p| {
        Rc::make_mut(&mut p.coaching).goals = full.coaching.goals.clone()
    });
    one("a GROW response", &|p| {
        p.responses.push(full.responses[0].clone())
    });
    one("a GROW round", &|p| p.rounds.push(full.rounds[0].clone()));
    one("a session's feedback", &|p| {
        Rc::make_mut(&mut p.coaching).sessions[1].feedback = "x".into()
    });
    one("a session's tags", &|p| {
        Rc::make_mut(&mut p.coaching).sessions[0].tags = vec!["x".into()]
    });
    one("the rhythm only", &|p| {
        let c = Rc::make_mut(&mut p.coaching);
        c.sessions[0].minutes = 45;
        c.sessions[0].participants = vec![id("omer")];
    });
    for (what, p) in &cases {
        assert_eq!(co::has_notes(p), co::without_notes(p) != *p, "{what}");
    }
    assert!(
        !co::has_notes(&cases.last().unwrap().1),
        "the rhythm is not a note"
    );
    assert_eq!(cases.iter().filter(|(_, p)| co::has_notes(p)).count(), 6);
}
