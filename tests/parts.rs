//! The generic part mechanism: one `Put` command for every module's entities, checked the same
//! way by the editor and by import.

use std::rc::Rc;

use shutaf::coaching::Session;
use shutaf::command::{apply, Command, CommandError};
use shutaf::format::{self, ProblemKind};
use shutaf::model::{Date, Id, Plan, PlanKind, Workspace};
use shutaf::parts::{Coll, Ent};

fn ws() -> Workspace {
    Workspace {
        plans: vec![Rc::new(Plan::new(
            Id::new("p"),
            "Coaching pair",
            PlanKind::CoachingPartnership,
        ))],
    }
}

fn session(id: &str, date: &str) -> Session {
    Session {
        id: Id::new(id),
        date: Date::parse(date),
        notes: format!("notes of {id}"),
        ..Default::default()
    }
}

fn put(id: &str, value: Option<Session>, index: Option<usize>) -> Command {
    Command::Put {
        plan_id: Id::new("p"),
        coll: Coll::CoachingSession,
        id: Id::new(id),
        value: value.map(Ent::CoachingSession),
        index,
    }
}

fn ids(ws: &Workspace) -> Vec<String> {
    ws.plans[0]
        .coaching
        .sessions
        .iter()
        .map(|s| s.id.0.clone())
        .collect()
}

#[test]
fn put_adds_replaces_removes_and_every_inverse_restores() {
    let mut w = ws();
    let start = w.clone();
    let u1 = apply(&mut w, put("s1", Some(session("s1", "2026-10-01")), None)).unwrap();
    let after1 = w.clone();
    let u2 = apply(
        &mut w,
        put("s0", Some(session("s0", "2026-09-01")), Some(0)),
    )
    .unwrap();
    assert_eq!(ids(&w), ["s0", "s1"]);
    let mut edited = session("s1", "2026-10-02");
    edited.notes = "changed".into();
    let u3 = apply(&mut w, put("s1", Some(edited.clone()), None)).unwrap();
    assert_eq!(w.plans[0].coaching.sessions[1], edited);
    let before_remove = w.clone();
    let u4 = apply(&mut w, put("s0", None, None)).unwrap();
    assert_eq!(ids(&w), ["s1"]);
    apply(&mut w, u4).unwrap();
    assert_eq!(
        w, before_remove,
        "removal undone puts the entity back at its place"
    );
    apply(&mut w, u3).unwrap();
    assert_eq!(w.plans[0].coaching.sessions[1].notes, "notes of s1");
    apply(&mut w, u2).unwrap();
    assert_eq!(w, after1);
    apply(&mut w, u1).unwrap();
    assert_eq!(w, start);
}

#[test]
fn put_refuses_bad_values_and_leaves_the_workspace_unchanged() {
    let mut w = ws();
    apply(&mut w, put("s1", Some(session("s1", "2026-10-01")), None)).unwrap();
    let before = w.clone();
    let mut bad = session("s2", "2026-10-01");
    bad.date = Some(Date("2026-02-30".into()));
    match apply(&mut w, put("s2", Some(bad), None)) {
        Err(CommandError::Invalid(p)) => {
            assert_eq!(p.path, "$.date");
            assert!(matches!(p.kind, ProblemKind::BadDate { .. }));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(
        apply(&mut w, put("s9", Some(session("s1", "2026-10-01")), None)),
        Err(CommandError::WrongKind),
        "the id named must be the value's"
    );
    assert_eq!(
        apply(
            &mut w,
            put("bad id!", Some(session("bad id!", "2026-10-01")), None)
        ),
        Err(CommandError::InvalidId("bad id!".into()))
    );
    assert_eq!(
        apply(&mut w, put("nobody", None, None)),
        Err(CommandError::EntityNotFound(Id::new("nobody")))
    );
    assert_eq!(w, before);
}

#[test]
fn put_cleans_text_as_import_does() {
    let mut w = ws();
    let mut s = session("s1", "2026-10-01");
    s.notes = "a\u{202E}b".into();
    apply(&mut w, put("s1", Some(s), None)).unwrap();
    assert_eq!(w.plans[0].coaching.sessions[0].notes, "ab");
}

#[test]
fn parts_round_trip_through_a_file_and_empty_parts_are_not_written() {
    let mut w = ws();
    let empty = format::export_workspace(&w);
    assert!(!empty.contains("\"coaching\":"), "{empty}");
    apply(&mut w, put("s1", Some(session("s1", "2026-10-01")), None)).unwrap();
    let text = format::export_workspace(&w);
    let back = format::import(&text).expect("imports");
    assert_eq!(format::into_workspace(back.plans), w);
}

#[test]
fn import_reports_bad_entities_of_a_part_at_their_paths() {
    let text = r#"{"format":"shutaf","format_version":1,"content":"workspace","plans":[
        {"id":"p","name":"P","coaching":{"sessions":[
            {"id":"s1","date":"2026-10-01"},
            {"id":"s2","date":7},
            {"id":"s1","date":"2026-13-01"},
            {"id":"s3","mood":"fine"}
        ],"extra":1}}]}"#;
    let problems = format::import(text).unwrap_err();
    let at = |path: &str| {
        problems
            .iter()
            .find(|p| p.path == path)
            .map(|p| p.kind.clone())
            .unwrap_or_else(|| panic!("no problem at {path}: {problems:?}"))
    };
    assert!(matches!(
        at("$.plans[0].coaching.sessions[1].date"),
        ProblemKind::WrongType { .. }
    ));
    assert!(matches!(
        at("$.plans[0].coaching.sessions[2].date"),
        ProblemKind::BadDate { .. }
    ));
    assert!(matches!(
        at("$.plans[0].coaching.sessions[2].id"),
        ProblemKind::DuplicateId { .. }
    ));
    assert_eq!(
        at("$.plans[0].coaching.sessions[3].mood"),
        ProblemKind::UnknownField
    );
    assert_eq!(at("$.plans[0].coaching.extra"), ProblemKind::UnknownField);
}

#[test]
fn a_part_that_is_not_an_object_is_reported() {
    let text = r#"{"format":"shutaf","format_version":1,"content":"workspace","plans":[
        {"id":"p","name":"P","coaching":[1,2]}]}"#;
    let problems = format::import(text).unwrap_err();
    assert!(problems.iter().any(
        |p| p.path == "$.plans[0].coaching" && matches!(p.kind, ProblemKind::WrongType { .. })
    ));
}

#[test]
fn every_part_type_refuses_unknown_fields() {
    // Import's fast path relies on it to notice fields this version does not know.
    assert_eq!(
        shutaf::parts::accepting_unknown_fields(),
        Vec::<&str>::new()
    );
}
