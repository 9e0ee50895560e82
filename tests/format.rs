//! The file format: export and import round trips, the corpus of bad files in
//! `tests/fixtures/bad/`, limits, translated problem messages, and a property test that no input
//! makes import panic.

mod common;
use common::Rng;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use serde_json::Value;
use shutaf::command::TaskField;
use shutaf::command::{apply, Command, Editor, PartnerField, PersonField, PlanField, MAX_TASK};
use shutaf::demo;
use shutaf::format::{
    self, export_plan, export_workspace, from_storage, import, into_workspace, to_storage, Content,
    Imported, Problem, ProblemKind, ValueType, FORMAT_VERSION, MAX_ENTITIES, MAX_FILE_BYTES,
    MAX_PLANS,
};
use shutaf::i18n::{Lang, Translator};
use shutaf::instrument::{answer_fits, library};
use shutaf::model::{
    Answer, Date, Id, Origin, Partner, Person, Plan, PlanKind, Relationship, Response, Round,
    Sector, Subject, Task, Workspace,
};
use shutaf::text::{is_bidi_control, MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};

// ---------------------------------------------------------------------------------------------
// Helpers

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

/// The name of a problem kind's variant, as written in the `.tsv` files.
fn kind_name(kind: &ProblemKind) -> String {
    let debug = format!("{kind:?}");
    debug
        .split([' ', '{', '('])
        .next()
        .unwrap_or_default()
        .to_string()
}

fn plans_of(ws: &Workspace) -> Vec<Plan> {
    ws.plans.iter().map(|p| (**p).clone()).collect()
}

fn import_ok(text: &str) -> Imported {
    match import(text) {
        Ok(i) => i,
        Err(problems) => panic!("import failed: {problems:#?}"),
    }
}

/// Checks every rule import promises about what it returns: clean text within its limits,
/// valid and unique ids, real dates in order, references that resolve.
fn assert_clean(plans: &[Plan]) {
    fn single(s: &str, max: usize, what: &str) {
        assert!(s.chars().count() <= max, "{what} longer than {max}: {s:?}");
        assert!(
            !s.chars().any(|c| is_bidi_control(c) || c.is_control()),
            "{what} not clean: {s:?}"
        );
        assert_eq!(s, s.trim(), "{what} not trimmed");
    }
    fn multi(s: &str, max: usize, what: &str) {
        assert!(s.chars().count() <= max, "{what} longer than {max}");
        assert!(
            !s.chars().any(|c| is_bidi_control(c) || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))),
            "{what} not clean: {s:?}"
        );
    }
    fn name(s: &str, what: &str) {
        single(s, MAX_NAME, what);
        assert!(!s.is_empty(), "{what} empty");
    }
    let mut plan_ids = HashSet::new();
    for plan in plans {
        assert!(Id::is_valid(plan.id.as_str()), "bad plan id {:?}", plan.id);
        assert!(plan_ids.insert(&plan.id), "duplicate plan id {:?}", plan.id);
        name(&plan.name, "plan name");
        multi(&plan.description, MAX_LONG, "description");
        for d in [&plan.start_date, &plan.end_date].into_iter().flatten() {
            assert!(Date::parse(d.as_str()).is_some(), "bad date {d:?}");
        }
        if let (Some(s), Some(e)) = (&plan.start_date, &plan.end_date) {
            assert!(s <= e, "dates out of order");
        }
        let mut ids = HashSet::new();
        for p in &plan.partners {
            assert!(
                Id::is_valid(p.id.as_str()) && ids.insert(&p.id),
                "partner id {:?}",
                p.id
            );
            name(&p.name, "partner name");
            single(&p.representative, MAX_SHORT, "representative");
            multi(&p.added_value, MAX_MEDIUM, "added value");
            multi(&p.notes, MAX_LONG, "partner notes");
        }
        let mut ids = HashSet::new();
        for p in &plan.people {
            assert!(
                Id::is_valid(p.id.as_str()) && ids.insert(&p.id),
                "person id {:?}",
                p.id
            );
            name(&p.name, "person name");
            single(&p.role, MAX_SHORT, "role");
            single(&p.contact, MAX_SHORT, "contact");
            multi(&p.notes, MAX_LONG, "person notes");
            if let Some(pid) = &p.partner_id {
                assert!(plan.partner(pid).is_some(), "dangling partner_id {pid:?}");
            }
        }
        let library = library();
        let mut ids = HashSet::new();
        for r in &plan.rounds {
            assert!(
                Id::is_valid(r.id.as_str()) && ids.insert(&r.id),
                "round id {:?}",
                r.id
            );
            name(&r.name, "round name");
            assert!(
                library.iter().any(|i| i.id == r.instrument),
                "unknown instrument {:?}",
                r.instrument
            );
            if let Some(d) = &r.date {
                assert!(Date::parse(d.as_str()).is_some(), "bad date {d:?}");
            }
        }
        let mut ids = HashSet::new();
        for r in &plan.responses {
            assert!(
                Id::is_valid(r.id.as_str()) && ids.insert(&r.id),
                "response id {:?}",
                r.id
            );
            single(&r.respondent, MAX_SHORT, "respondent");
            let round = plan.rounds.iter().find(|x| x.id == r.round);
            assert_eq!(
                round.map(|x| &x.instrument),
                Some(&r.instrument),
                "round of {:?}",
                r.id
            );
            match &r.subject {
                Subject::Plan => {}
                Subject::Partner(p) => assert!(plan.partner(p).is_some(), "subject {p:?}"),
                Subject::Person(p) => assert!(plan.person(p).is_some(), "subject {p:?}"),
            }
            let ins = library.iter().find(|i| i.id == r.instrument).unwrap();
            for (item, a) in &r.answers {
                let it = ins
                    .item(item)
                    .unwrap_or_else(|| panic!("unknown item {item:?}"));
                assert!(answer_fits(&it.answer, a), "{item}: {a:?} does not fit");
                match a {
                    Answer::Text(t) => multi(t, MAX_LONG, "text answer"),
                    Answer::Actions(list) => {
                        for x in list {
                            single(x, MAX_TASK, "action");
                        }
                    }
                    Answer::Date(d) => assert!(Date::parse(d.as_str()).is_some(), "bad date"),
                    _ => {}
                }
            }
        }
        let mut ids = HashSet::new();
        for t in &plan.tasks {
            assert!(
                Id::is_valid(t.id.as_str()) && ids.insert(&t.id),
                "task id {:?}",
                t.id
            );
            single(&t.title, MAX_TASK, "task title");
            assert!(!t.title.is_empty(), "task title empty");
            if let Some(o) = &t.owner {
                assert!(plan.person(o).is_some(), "dangling owner {o:?}");
            }
            if let Some(d) = &t.due {
                assert!(Date::parse(d.as_str()).is_some(), "bad date {d:?}");
            }
        }
        for d in &plan.dismissed {
            multi(&d.reason, MAX_MEDIUM, "dismissal reason");
        }
    }
}

/// Export → import gives the same plans, without warnings, and exporting again gives the same
/// bytes.
fn assert_round_trip(plans: &[Plan]) {
    let ws = into_workspace(plans.to_vec());
    let text = export_workspace(&ws);
    let again = import_ok(&text);
    assert!(
        again.warnings.is_empty(),
        "warnings on re-import: {:?}",
        again.warnings
    );
    assert_eq!(again.content, Content::Workspace);
    assert_eq!(again.plans, plans, "re-import differs");
    assert_eq!(
        export_workspace(&into_workspace(again.plans)),
        text,
        "re-export differs"
    );
}

/// The value at a path such as `$.plans[0].partners[1].name`; `None` when it does not exist.
fn at_path<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut rest = path.strip_prefix('$').expect("paths start with $");
    let mut v = root;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = v.get(&r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').expect("closing bracket");
            v = v.get(r[..end].parse::<usize>().expect("index"))?;
            rest = &r[end + 1..];
        } else {
            panic!("bad path {path}");
        }
    }
    Some(v)
}

/// A workspace with text that is hard to carry: both directions, emoji, quotes, markup, links
/// that must stay text, line breaks. Built through commands, as a user would type it.
fn unusual_workspace() -> Workspace {
    let mut ed = Editor::new(Workspace::default());
    let plan = Plan {
        id: Id::new("unusual"),
        name: "שותפות \"מיוחדת\" – شراكة 'خاصة' 🤝🏽".into(),
        kind: PlanKind::NetworkCluster,
        ..Default::default()
    };
    ed.execute(Command::AddPlan {
        plan: Rc::new(plan),
        index: None,
    })
    .unwrap();
    let pid = Id::new("unusual");
    let set = |f| Command::SetPlanField {
        plan_id: pid.clone(),
        field: f,
    };
    ed.execute(set(PlanField::StartDate(Date::parse("2024-02-29"))))
        .unwrap();
    ed.execute(set(PlanField::EndDate(Date::parse("2030-12-31"))))
        .unwrap();
    ed.execute(set(PlanField::Description(
        "<script>alert(\"x\")</script>\nשורה שנייה\r\nسطر ثالث\n\n\ttab, \\backslash\\, \u{0}nul removed, \u{200F}mark kept"
            .into(),
    )))
    .unwrap();
    let partner = Partner {
        id: Id::new("p-1"),
        name: "<img src=x onerror=alert(1)>".into(),
        origin: Origin::Ngo,
        sector: Sector::Third,
        relationship: Relationship::Funding,
        representative: "javascript:alert(1)".into(),
        added_value: "👩‍👩‍👧‍👦 family emoji, 🇮🇱 flag, e\u{301} combining".into(),
        notes: "line 1\nline 2\n\"quoted\" and 'single' and `back`\n</textarea><b>bold?</b>".into(),
        ..Default::default()
    };
    ed.execute(Command::AddPartner {
        plan_id: pid.clone(),
        partner,
        index: None,
    })
    .unwrap();
    let person = Person {
        id: Id::new("q_1"),
        name: "عبد الله בן-דוד".into(),
        role: "יו\"ר".into(),
        partner_id: Some(Id::new("p-1")),
        contact: "mailto:someone@example.org?subject=<hi>".into(),
        notes: "{\"json\": [1, 2]}\n${not a variable}\n{ $count }".into(),
    };
    ed.execute(Command::AddPerson {
        plan_id: pid.clone(),
        person,
        index: None,
    })
    .unwrap();
    ed.execute(Command::SetPersonField {
        plan_id: pid.clone(),
        person_id: Id::new("q_1"),
        field: PersonField::Notes("{\"json\": [1, 2]}\n${not a variable}\n{ $count }\n".into()),
    })
    .unwrap();
    ed.execute(Command::SetPartnerField {
        plan_id: pid,
        partner_id: Id::new("p-1"),
        field: PartnerField::Name("  <img src=x onerror=alert(1)>  ".into()),
    })
    .unwrap();
    let mut ws = ed.workspace().clone();
    // A second, nearly empty plan: defaults must survive too.
    apply(
        &mut ws,
        Command::AddPlan {
            plan: Rc::new(Plan::new(Id::new("empty"), "x", PlanKind::default())),
            index: None,
        },
    )
    .unwrap();
    ws
}

// ---------------------------------------------------------------------------------------------
// Round trips

#[test]
fn demo_round_trips_in_every_language() {
    for lang in Lang::ALL {
        let ws = demo::workspace(lang);
        let text = export_workspace(&ws);
        let imported = import_ok(&text);
        assert!(
            imported.warnings.is_empty(),
            "{lang:?}: {:?}",
            imported.warnings
        );
        assert_eq!(imported.content, Content::Workspace);
        assert_eq!(imported.plans, plans_of(&ws), "{lang:?}");
        assert_eq!(into_workspace(imported.plans), ws);
        assert_clean(&plans_of(&ws));
    }
}

#[test]
fn unusual_content_round_trips() {
    let ws = unusual_workspace();
    let plans = plans_of(&ws);
    // The commands kept what was typed, except what they must clean.
    let p = &plans[0];
    assert!(p
        .description
        .contains("<script>alert(\"x\")</script>\nשורה שנייה\r\n"));
    assert!(
        p.description.contains('\u{200F}'),
        "direction marks are kept"
    );
    assert!(!p.description.contains('\0'), "NUL is removed");
    assert_eq!(p.partners[0].name, "<img src=x onerror=alert(1)>");
    assert_eq!(p.partners[0].representative, "javascript:alert(1)");
    assert_eq!(
        p.people[0].notes,
        "{\"json\": [1, 2]}\n${not a variable}\n{ $count }\n"
    );

    let text = export_workspace(&ws);
    let imported = import_ok(&text);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(imported.plans, plans);
    assert_round_trip(&plans);
    // Markup is plain text inside a JSON string; the file is JSON, not HTML.
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["plans"][0]["partners"][0]["name"],
        "<img src=x onerror=alert(1)>"
    );
    assert_eq!(
        v["plans"][0]["partners"][0]["representative"],
        "javascript:alert(1)"
    );
}

#[test]
fn export_is_deterministic_and_well_formed() {
    for lang in Lang::ALL {
        let ws = demo::workspace(lang);
        let a = export_workspace(&ws);
        let b = export_workspace(&demo::workspace(lang));
        assert_eq!(a, b, "{lang:?}: two exports differ");
        assert!(a.ends_with("}\n"));
        let v: Value = serde_json::from_str(&a).unwrap();
        assert_eq!(v["format"], "shutaf");
        assert_eq!(v["format_version"], FORMAT_VERSION);
        assert_eq!(v["content"], "workspace");
        assert_eq!(v["plans"].as_array().unwrap().len(), ws.plans.len());
        // Field order is stable: the marker comes first.
        assert!(a
            .trim_start()
            .starts_with("{\n  \"format\": \"shutaf\",\n  \"format_version\": "));
    }
    let ws = unusual_workspace();
    assert_eq!(export_workspace(&ws), export_workspace(&ws.clone()));
}

#[test]
fn plan_file_imports_as_one_plan() {
    for lang in Lang::ALL {
        let ws = demo::workspace(lang);
        for plan in &ws.plans {
            let text = export_plan(plan);
            let v: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(v["content"], "plan");
            let imported = import_ok(&text);
            assert_eq!(imported.content, Content::Plan);
            assert_eq!(imported.plans.len(), 1);
            assert_eq!(&imported.plans[0], &**plan);
            assert!(imported.warnings.is_empty());
        }
    }
}

#[test]
fn storage_form_round_trips() {
    for ws in [
        demo::workspace(Lang::He),
        demo::workspace(Lang::Ar),
        unusual_workspace(),
        Workspace::default(),
    ] {
        let stored = to_storage(&ws);
        assert!(!stored.contains('\n'), "the storage form is compact");
        assert!(stored.len() < export_workspace(&ws).len() || ws.plans.is_empty());
        assert_eq!(from_storage(&stored).unwrap(), ws);
        assert_eq!(to_storage(&from_storage(&stored).unwrap()), stored);
        // Storage and files are the same format.
        assert_eq!(from_storage(&export_workspace(&ws)).unwrap(), ws);
    }
    let err = from_storage("{\"format\":\"shutaf\",\"format_version\":2}").unwrap_err();
    assert!(matches!(
        err[0].kind,
        ProblemKind::NewerVersion { found: 2, .. }
    ));
}

/// A workspace with instrument data, built through commands as a user would: two rounds of
/// milestones (one undated), responses about the plan and about a partner with every answer
/// milestones takes (a ticked and an unticked box) and none at all, tasks with and without owner,
/// due date and origin, and two dismissed warnings. A second plan has none of it.
fn instrument_workspace() -> Workspace {
    let mut ed = Editor::new(unusual_workspace());
    let pid = Id::new("unusual");
    let mut run = |c: Command| ed.execute(c).unwrap_or_else(|e| panic!("{e:?}"));
    for (rid, name, date) in [
        ("r-1", "Kickoff \u{202E}workshop", Date::parse("2026-10-01")),
        ("r_2", "סבב שני – الجولة الثانية", None),
    ] {
        run(Command::AddRound {
            plan_id: pid.clone(),
            round: Round {
                id: Id::new(rid),
                instrument: "milestones".into(),
                name: name.into(),
                date,
            },
            index: None,
        });
    }
    let response = |sid: &str, rid: &str, subject: Subject, answers: &[(&str, bool)]| Response {
        id: Id::new(sid),
        instrument: "milestones".into(),
        round: Id::new(rid),
        subject,
        respondent: format!("  {sid} \"quoted\" ש"),
        answers: answers
            .iter()
            .map(|(k, b)| (k.to_string(), Answer::Check(*b)))
            .collect(),
    };
    run(Command::AddResponse {
        plan_id: pid.clone(),
        response: response(
            "s-1",
            "r-1",
            Subject::Plan,
            &[
                ("trust_condition", true),
                ("trust_practice", false),
                ("communication_condition", true),
                ("cooperation_practice", false),
            ],
        ),
        index: None,
    });
    run(Command::AddResponse {
        plan_id: pid.clone(),
        response: response(
            "s-2",
            "r-1",
            Subject::Partner(Id::new("p-1")),
            &[("value_condition", true)],
        ),
        index: None,
    });
    run(Command::AddResponse {
        plan_id: pid.clone(),
        response: response("s-3", "r_2", Subject::Plan, &[]),
        index: Some(0),
    });
    run(Command::SetAnswer {
        plan_id: pid.clone(),
        response_id: Id::new("s-3"),
        item: "value_practice".into(),
        answer: Some(Answer::Check(true)),
    });
    run(Command::SetRespondent {
        plan_id: pid.clone(),
        response_id: Id::new("s-3"),
        respondent: String::new(),
    });
    run(Command::AddTask {
        plan_id: pid.clone(),
        task: Task {
            id: Id::new("t-1"),
            title: "Book the hall\nfor <b>Tuesday</b>".into(),
            owner: Some(Id::new("q_1")),
            due: Date::parse("2026-11-01"),
            done: false,
            origin: "instrument:milestones".into(),
            partner_id: None,
        },
        index: None,
    });
    run(Command::AddTask {
        plan_id: pid.clone(),
        task: Task {
            id: Id::new("t-2"),
            title: "לשלוח סיכום – إرسال الملخص".into(),
            ..Default::default()
        },
        index: None,
    });
    run(Command::SetTaskField {
        plan_id: pid.clone(),
        task_id: Id::new("t-2"),
        field: TaskField::Done(true),
    });
    for (w, reason) in [
        ("milestones/some_rule", "Not for us:\n\"we meet weekly\""),
        ("milestones/other_rule/partner:p-1", ""),
    ] {
        run(Command::Dismiss {
            plan_id: pid.clone(),
            warning: w.into(),
            reason: reason.into(),
            index: None,
        });
    }
    ed.workspace().clone()
}

#[test]
fn instrument_data_round_trips() {
    let ws = instrument_workspace();
    let plans = plans_of(&ws);
    let p = &plans[0];
    assert_eq!(
        (
            p.rounds.len(),
            p.responses.len(),
            p.tasks.len(),
            p.dismissed.len()
        ),
        (2, 3, 2, 2)
    );
    assert_eq!(p.rounds[0].name, "Kickoff workshop");
    assert_eq!(p.responses[0].id, Id::new("s-3"));
    assert_clean(&plans);
    assert_round_trip(&plans);

    let text = export_workspace(&ws);
    let imported = import_ok(&text);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(into_workspace(imported.plans), ws);
    assert_eq!(from_storage(&to_storage(&ws)).unwrap(), ws);
    let plan_file = export_plan(&ws.plans[0]);
    assert_eq!(&import_ok(&plan_file).plans[0], &*ws.plans[0]);

    // How the file writes it.
    let v: Value = serde_json::from_str(&text).unwrap();
    let a = &v["plans"][0];
    assert_eq!(a["rounds"][0]["instrument"], "milestones");
    assert_eq!(a["rounds"][0]["date"], "2026-10-01");
    assert!(a["rounds"][1].get("date").is_none(), "no date: left out");
    assert_eq!(a["responses"][1]["subject"], "plan");
    assert_eq!(
        a["responses"][2]["subject"],
        serde_json::json!({ "partner": "p-1" })
    );
    assert_eq!(
        a["responses"][1]["answers"]["trust_condition"],
        serde_json::json!({ "check": true })
    );
    assert_eq!(
        a["responses"][1]["answers"]["trust_practice"],
        serde_json::json!({ "check": false })
    );
    assert_eq!(a["responses"][0]["answers"].as_object().unwrap().len(), 1);
    assert_eq!(a["tasks"][0]["owner"], "q_1");
    assert_eq!(a["tasks"][0]["title"], "Book the hall for <b>Tuesday</b>");
    assert!(a["tasks"][1].get("owner").is_none() && a["tasks"][1].get("due").is_none());
    assert!(a["tasks"][1].get("origin").is_none(), "no origin: left out");
    assert_eq!(a["tasks"][1]["done"], true);
    assert_eq!(
        a["dismissed"][1]["warning"],
        "milestones/other_rule/partner:p-1"
    );
    // A plan without instrument data writes none of it: files stay as before.
    for key in ["rounds", "responses", "tasks", "dismissed"] {
        assert!(v["plans"][1].get(key).is_none(), "{key} written when empty");
    }
}

#[test]
fn a_file_with_every_instrument_problem_reports_them_all() {
    let mut v: Value = serde_json::from_str(&export_workspace(&instrument_workspace())).unwrap();
    let a = &mut v["plans"][0];
    a["rounds"][1]["instrument"] = "gone".into();
    a["responses"][0]["round"] = "r-9".into();
    a["responses"][1]["answers"]["no_such_item"] = serde_json::json!({ "check": true });
    a["responses"][1]["answers"]["trust_condition"] = serde_json::json!({ "agree": 4 });
    a["responses"][2]["subject"] = serde_json::json!({ "person": "q-9" });
    a["tasks"][0]["owner"] = "p-1".into();
    let problems = import(&v.to_string()).unwrap_err();
    let found: BTreeSet<(String, String)> = problems
        .iter()
        .map(|p| (p.path.clone(), kind_name(&p.kind)))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("$.plans[0].rounds[1].instrument", "UnknownInstrument"),
        ("$.plans[0].responses[0].round", "DanglingReference"),
        (
            "$.plans[0].responses[1].answers.no_such_item",
            "UnknownItem",
        ),
        (
            "$.plans[0].responses[1].answers.trust_condition",
            "AnswerMismatch",
        ),
        ("$.plans[0].responses[2].subject", "DanglingReference"),
        ("$.plans[0].tasks[0].owner", "DanglingReference"),
    ]
    .into_iter()
    .map(|(p, k)| (p.to_string(), k.to_string()))
    .collect();
    assert_eq!(found, expected, "{problems:?}");
    assert!(matches!(
        &problems.iter().find(|p| p.path.ends_with(".round")).unwrap().kind,
        ProblemKind::DanglingReference { id } if id == "r-9"
    ));
    assert!(problems
        .iter()
        .any(|p| p.kind == ProblemKind::UnknownInstrument { id: "gone".into() }));
    assert!(problems.iter().any(|p| p.kind
        == ProblemKind::UnknownItem {
            item: "no_such_item".into()
        }));
}

// ---------------------------------------------------------------------------------------------
// The corpus of bad files

struct Row {
    file: String,
    path: String,
    kind: String,
    check: String,
}

fn read_tsv(name: &str) -> Vec<Row> {
    let text = std::fs::read_to_string(fixtures().join(name)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 3, "{name}: bad line {l:?}");
            Row {
                file: cols[0].into(),
                path: cols[1].into(),
                kind: cols[2].into(),
                check: cols.get(3).copied().unwrap_or("-").into(),
            }
        })
        .collect()
}

fn read_fixture(file: &str) -> String {
    let bytes = std::fs::read(fixtures().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    String::from_utf8(bytes).unwrap_or_else(|_| panic!("{file}: fixtures are UTF-8"))
}

fn group(rows: &[Row]) -> Vec<(String, Vec<&Row>)> {
    let mut files: Vec<String> = rows.iter().map(|r| r.file.clone()).collect();
    files.dedup();
    files
        .into_iter()
        .map(|f| (f.clone(), rows.iter().filter(|r| r.file == f).collect()))
        .collect()
}

#[test]
fn every_fixture_is_listed_once() {
    let expected: BTreeSet<String> = read_tsv("expected.tsv")
        .into_iter()
        .map(|r| r.file)
        .collect();
    let safe: BTreeSet<String> = read_tsv("safe.tsv").into_iter().map(|r| r.file).collect();
    assert!(
        expected.is_disjoint(&safe),
        "listed as bad and safe: {:?}",
        expected.intersection(&safe)
    );
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| !f.ends_with(".tsv"))
        .collect();
    let listed: BTreeSet<String> = expected.union(&safe).cloned().collect();
    assert_eq!(on_disk, listed, "files on disk and files listed differ");
    assert!(expected.len() >= 40, "only {} bad fixtures", expected.len());
    let mut numbers = HashSet::new();
    for f in &on_disk {
        let digits = f.bytes().take_while(u8::is_ascii_digit).count();
        let (num, rest) = f.split_at(digits);
        assert!(
            (2..=3).contains(&digits) && rest.starts_with('-'),
            "{f}: name NN-description (or NNN- from 100 on)"
        );
        assert!(
            numbers.insert(num.parse::<u32>().unwrap()),
            "{f}: number used twice"
        );
        assert!(f.ends_with(".json") || f.ends_with(".txt"), "{f}");
    }
}

#[test]
fn bad_fixtures_are_refused_with_the_right_problem() {
    let rows = read_tsv("expected.tsv");
    for (file, rows) in group(&rows) {
        let text = read_fixture(&file);
        let result = std::panic::catch_unwind(|| import(&text));
        let Ok(result) = result else {
            panic!("{file}: import panicked")
        };
        if rows.iter().any(|r| r.kind == "any") {
            // Either refused, or imported as clean as any other file.
            if let Ok(imported) = result {
                assert_clean(&imported.plans);
                assert_round_trip(&imported.plans);
            }
            continue;
        }
        let problems = match result {
            Ok(imported) => panic!(
                "{file}: imported, but should fail; warnings {:?}",
                imported.warnings
            ),
            Err(p) => p,
        };
        assert!(!problems.is_empty(), "{file}: no problem reported");
        let found: BTreeSet<(String, String)> = problems
            .iter()
            .map(|p| (p.path.clone(), kind_name(&p.kind)))
            .collect();
        for r in &rows {
            assert!(
                found.contains(&(r.path.clone(), r.kind.clone())),
                "{file}: expected {} at {}, got {problems:?}",
                r.kind,
                r.path
            );
        }
        // Every error the file gets is one the corpus expects: no stray errors, no wrong paths.
        let listed: BTreeSet<(String, String)> = rows
            .iter()
            .map(|r| (r.path.clone(), r.kind.clone()))
            .collect();
        for p in problems.iter().filter(|p| !p.kind.is_warning()) {
            assert!(
                listed.contains(&(p.path.clone(), kind_name(&p.kind))),
                "{file}: unexpected error {p:?} (all: {problems:?})"
            );
        }
        // Errors come before warnings.
        let first_warning = problems
            .iter()
            .position(|p| p.kind.is_warning())
            .unwrap_or(problems.len());
        assert!(
            problems[first_warning..]
                .iter()
                .all(|p| p.kind.is_warning()),
            "{file}: order"
        );
    }
}

#[test]
fn safe_fixtures_import_cleaned_with_their_warnings() {
    let rows = read_tsv("safe.tsv");
    assert!(rows.iter().any(|r| r.kind == "BidiRemoved"));
    assert!(rows.iter().any(|r| r.kind == "TextCut"));
    assert!(rows.iter().any(|r| r.kind == "UnknownField"));
    for (file, rows) in group(&rows) {
        let text = read_fixture(&file);
        let imported = match std::panic::catch_unwind(|| import(&text)) {
            Ok(Ok(i)) => i,
            Ok(Err(p)) => panic!("{file}: should import, got {p:?}"),
            Err(_) => panic!("{file}: import panicked"),
        };
        let expected: BTreeSet<(String, String)> = rows
            .iter()
            .filter(|r| r.kind != "none")
            .map(|r| (r.path.clone(), r.kind.clone()))
            .collect();
        let got: BTreeSet<(String, String)> = imported
            .warnings
            .iter()
            .map(|p| (p.path.clone(), kind_name(&p.kind)))
            .collect();
        assert_eq!(got, expected, "{file}: warnings");
        assert!(imported.warnings.iter().all(|w| w.kind.is_warning()));
        assert_clean(&imported.plans);

        // The value as Shutaf keeps it, read back through an export.
        let exported = if imported.content == Content::Plan {
            export_plan(&Rc::new(imported.plans[0].clone()))
        } else {
            export_workspace(&into_workspace(imported.plans.clone()))
        };
        let v: Value = serde_json::from_str(&exported).unwrap();
        for r in &rows {
            let value = at_path(&v, &r.path);
            let check = r.check.as_str();
            if check == "-" {
            } else if check == "absent" {
                assert!(
                    value.is_none(),
                    "{file}: {} should be left out, is {value:?}",
                    r.path
                );
            } else if let Some(n) = check.strip_prefix("chars=") {
                let s = value
                    .and_then(Value::as_str)
                    .unwrap_or_else(|| panic!("{file}: no text at {}", r.path));
                assert_eq!(
                    s.chars().count(),
                    n.parse::<usize>().unwrap(),
                    "{file}: {}",
                    r.path
                );
            } else if let Some(json) = check.strip_prefix("text=") {
                let want: String = serde_json::from_str(json)
                    .unwrap_or_else(|e| panic!("{file}: check {json}: {e}"));
                assert_eq!(
                    value.and_then(Value::as_str),
                    Some(want.as_str()),
                    "{file}: {}",
                    r.path
                );
            } else {
                panic!("{file}: unknown check {check:?}");
            }
        }
        assert_round_trip(&imported.plans);
    }
}

#[test]
fn a_bom_is_ignored_but_only_once() {
    let text = export_workspace(&demo::workspace(Lang::En));
    let with_bom = format!("\u{FEFF}{text}");
    assert_eq!(import_ok(&with_bom).plans, import_ok(&text).plans);
    assert!(import(&format!("\u{FEFF}{with_bom}")).is_err());
    assert_eq!(import("\u{FEFF}").unwrap_err()[0].kind, ProblemKind::Empty);
}

// ---------------------------------------------------------------------------------------------
// Limits

fn only(problems: &[Problem]) -> (&str, &ProblemKind) {
    assert_eq!(problems.len(), 1, "{problems:?}");
    (problems[0].path.as_str(), &problems[0].kind)
}

#[test]
fn very_deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = "[".repeat(100_000);
    let r = std::panic::catch_unwind(|| import(&deep));
    let problems = r.expect("no panic").unwrap_err();
    assert_eq!(only(&problems), ("$", &ProblemKind::TooDeep));
    let deep = format!("{}{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    assert_eq!(
        only(&import(&deep).unwrap_err()),
        ("$", &ProblemKind::TooDeep)
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let mut text = export_workspace(&demo::workspace(Lang::En));
    let pad = 21 * 1024 * 1024 - text.len();
    text.insert_str(text.len() - 2, &" ".repeat(pad));
    assert!(text.len() > MAX_FILE_BYTES);
    let problems = import(&text).unwrap_err();
    let (path, kind) = only(&problems);
    assert_eq!(path, "$");
    assert_eq!(
        kind,
        &ProblemKind::TooLarge {
            bytes: text.len(),
            max: MAX_FILE_BYTES
        }
    );
}

fn many_plans(n: usize) -> String {
    let plans: Vec<String> = (0..n)
        .map(|i| format!("{{\"id\":\"p{i}\",\"name\":\"Plan {i}\"}}"))
        .collect();
    format!(
        "{{\"format\":\"shutaf\",\"format_version\":1,\"content\":\"workspace\",\"plans\":[{}]}}",
        plans.join(",")
    )
}

#[test]
fn more_than_max_plans_is_refused_and_max_plans_is_fine() {
    let problems = import(&many_plans(MAX_PLANS + 1)).unwrap_err();
    assert_eq!(
        only(&problems),
        (
            "$.plans",
            &ProblemKind::TooMany {
                count: MAX_PLANS + 1,
                max: MAX_PLANS
            }
        )
    );
    assert_eq!(import_ok(&many_plans(MAX_PLANS)).plans.len(), MAX_PLANS);
}

#[test]
fn more_than_max_entities_is_refused() {
    let partners: Vec<String> = (0..=MAX_ENTITIES)
        .map(|i| format!("{{\"id\":\"x{i}\",\"name\":\"n\"}}"))
        .collect();
    let text = format!(
        "{{\"format\":\"shutaf\",\"format_version\":1,\"content\":\"workspace\",\"plans\":[{{\"id\":\"a\",\"name\":\"a\",\"partners\":[{}]}}]}}",
        partners.join(",")
    );
    let problems = import(&text).unwrap_err();
    assert_eq!(
        only(&problems),
        (
            "$.plans[0].partners",
            &ProblemKind::TooMany {
                count: MAX_ENTITIES + 1,
                max: MAX_ENTITIES
            }
        )
    );
}

#[test]
fn every_error_in_a_file_is_reported_not_just_the_first() {
    let text = r#"{"format":"shutaf","format_version":1,"content":"workspace","plans":[
        {"id":"a b","name":" ","start_date":"2026-02-30","partners":[{"id":"p","name":"x","sector":"none"}]},
        {"id":"ok","name":"fine","people":[{"id":"q","name":"y","partner_id":"nobody"}]}
    ]}"#;
    let problems = import(text).unwrap_err();
    let found: BTreeSet<(String, String)> = problems
        .iter()
        .map(|p| (p.path.clone(), kind_name(&p.kind)))
        .collect();
    for (path, kind) in [
        ("$.plans[0].id", "BadId"),
        ("$.plans[0].name", "EmptyName"),
        ("$.plans[0].start_date", "BadDate"),
        ("$.plans[0].partners[0].sector", "UnknownValue"),
        ("$.plans[1].people[0].partner_id", "DanglingReference"),
    ] {
        assert!(
            found.contains(&(path.into(), kind.into())),
            "missing {kind} at {path}: {problems:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Messages

/// One problem of every kind, with the message id it must be shown with. The match has no
/// wildcard: a new kind does not compile until it is added here.
fn every_problem() -> Vec<(ProblemKind, &'static str, Vec<&'static str>)> {
    use ProblemKind as K;
    let kinds = vec![
        K::Empty,
        K::TooLarge {
            bytes: 22 * 1024 * 1024,
            max: MAX_FILE_BYTES,
        },
        K::NotJson {
            line: 7,
            column: 12,
        },
        K::Truncated,
        K::TooDeep,
        K::NotShutaf,
        K::NewerVersion {
            found: 999_999_999_999,
            supported: FORMAT_VERSION,
        },
        K::BadVersion,
        K::MissingField {
            field: "zz_field".into(),
        },
        K::WrongType {
            expected: ValueType::Text,
        },
        K::WrongType {
            expected: ValueType::Number,
        },
        K::WrongType {
            expected: ValueType::Boolean,
        },
        K::WrongType {
            expected: ValueType::List,
        },
        K::WrongType {
            expected: ValueType::Object,
        },
        K::UnknownValue {
            value: "zz_value".into(),
            allowed: "zz_allowed".into(),
        },
        K::Invalid {
            detail: "zz_detail".into(),
        },
        K::PlanFileCount { count: 0 },
        K::PlanFileCount { count: 2 },
        K::TooMany {
            count: 2_001,
            max: MAX_PLANS,
        },
        K::DuplicateId { id: "zz-id".into() },
        K::DanglingReference {
            id: "zz-ref".into(),
        },
        K::BadId,
        K::EmptyName,
        K::BadDate {
            value: "zz-date".into(),
        },
        K::DatesOutOfOrder,
        K::TextCut { max: MAX_NAME },
        K::BidiRemoved { count: 1 },
        K::BidiRemoved { count: 3 },
        K::UnknownField,
        K::UnknownInstrument {
            id: "zz_instrument".into(),
        },
        K::UnknownItem {
            item: "zz_item".into(),
        },
        K::AnswerMismatch,
        K::RoundMismatch,
        K::OutOfRange { min: 0, max: 100 },
    ];
    kinds
        .into_iter()
        .map(|k| {
            let (id, args): (&str, Vec<&str>) = match &k {
                K::Empty => ("problem-empty", vec![]),
                K::TooLarge { .. } => ("problem-too-large", vec!["22.0", "20.0"]),
                K::NotJson { .. } => ("problem-not-json", vec!["7", "12"]),
                K::Truncated => ("problem-truncated", vec![]),
                K::TooDeep => ("problem-too-deep", vec![]),
                K::NotShutaf => ("problem-not-shutaf", vec![]),
                K::NewerVersion { .. } => ("problem-newer-version", vec![]),
                K::BadVersion => ("problem-bad-version", vec![]),
                K::MissingField { .. } => ("problem-missing-field", vec!["zz_field"]),
                K::WrongType { .. } => ("problem-wrong-type", vec![]),
                K::UnknownValue { .. } => ("problem-unknown-value", vec!["zz_value", "zz_allowed"]),
                K::Invalid { .. } => ("problem-invalid", vec!["zz_detail"]),
                K::PlanFileCount { .. } => ("problem-plan-file-count", vec![]),
                K::TooMany { .. } => ("problem-too-many", vec![]),
                K::DuplicateId { .. } => ("problem-duplicate-id", vec!["zz-id"]),
                K::DanglingReference { .. } => ("problem-dangling-reference", vec!["zz-ref"]),
                K::BadId => ("problem-bad-id", vec![]),
                K::EmptyName => ("problem-empty-name", vec![]),
                K::BadDate { .. } => ("problem-bad-date", vec!["zz-date"]),
                K::DatesOutOfOrder => ("problem-dates-out-of-order", vec![]),
                K::TextCut { .. } => ("problem-text-cut", vec![]),
                K::BidiRemoved { .. } => ("problem-bidi-removed", vec![]),
                K::UnknownField => ("problem-unknown-field", vec![]),
                K::UnknownInstrument { .. } => {
                    ("problem-unknown-instrument", vec!["zz_instrument"])
                }
                K::UnknownItem { .. } => ("problem-unknown-item", vec!["zz_item"]),
                K::AnswerMismatch => ("problem-answer-mismatch", vec![]),
                K::RoundMismatch => ("problem-round-mismatch", vec![]),
                K::OutOfRange { .. } => ("problem-out-of-range", vec![]),
            };
            (k, id, args)
        })
        .collect()
}

#[test]
fn every_problem_has_a_message_in_every_language() {
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let mut wrong_types = HashSet::new();
        for (kind, id, args) in every_problem() {
            assert!(tr.has(id), "{lang:?}: no message {id}");
            let p = Problem {
                path: "$.plans[0]".into(),
                kind: kind.clone(),
            };
            let msg = tr.problem(&p);
            assert!(!msg.trim().is_empty(), "{lang:?} {kind:?}: empty message");
            assert_ne!(msg, id, "{lang:?} {kind:?}: the message id itself");
            assert!(
                !msg.contains("{$") && !msg.contains("{ $"),
                "{lang:?} {kind:?}: unresolved variable: {msg}"
            );
            for a in args {
                assert!(
                    msg.contains(a),
                    "{lang:?} {kind:?}: {a:?} not shown in {msg:?}"
                );
            }
            if let ProblemKind::WrongType { expected } = kind {
                let name = tr.t(&format!("value-type-{}", expected.key()));
                assert!(
                    msg.contains(&name),
                    "{lang:?}: {msg:?} does not name {name:?}"
                );
                assert!(
                    wrong_types.insert(name),
                    "{lang:?}: two value types with the same name"
                );
            }
        }
    }
}

#[test]
fn real_problems_have_messages_too() {
    // Every problem the corpus produces, in every language.
    let rows = read_tsv("expected.tsv");
    let translators: Vec<Translator> = Lang::ALL.into_iter().map(Translator::new).collect();
    for (file, _) in group(&rows) {
        if let Err(problems) = import(&read_fixture(&file)) {
            for p in &problems {
                for tr in &translators {
                    let msg = tr.problem(p);
                    assert!(
                        !msg.trim().is_empty() && !msg.starts_with("problem-"),
                        "{file}: {p:?}: {msg:?}"
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// No input makes import panic

const REPLACEMENTS: &[u8] = b"{}[]\",:0123456789abcdefghijklmnopqrstuvwxyz\\";

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    match rng.below(6) {
        0 => {
            let r = rng.range(len, 64);
            bytes.drain(r);
        }
        1 => {
            let r = rng.range(len, 64);
            let copy = bytes[r.clone()].to_vec();
            let at = rng.below(len + 1);
            bytes.splice(at..at, copy);
        }
        2 | 3 => {
            if len > 0 {
                let i = rng.below(len);
                bytes[i] = REPLACEMENTS[rng.below(REPLACEMENTS.len())];
            }
        }
        4 => {
            let at = rng.below(len + 1);
            let s: &[u8] = if rng.below(2) == 0 {
                "\u{202E}".as_bytes()
            } else {
                b"\\u202e"
            };
            bytes.splice(at..at, s.iter().copied());
        }
        _ => {
            // Swap two ranges that do not overlap.
            let a = rng.range(len, 32);
            let b = rng.range(len, 32);
            let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
            if first.end <= second.start {
                let mut out = bytes[..first.start].to_vec();
                out.extend_from_slice(&bytes[second.clone()]);
                out.extend_from_slice(&bytes[first.end..second.start]);
                out.extend_from_slice(&bytes[first.clone()]);
                out.extend_from_slice(&bytes[second.end..]);
                *bytes = out;
            }
        }
    }
}

/// Mutates exported files `rounds` times and imports each; returns how many imported.
fn fuzz(seed: u64, rounds: usize) -> usize {
    let mut bases = Vec::new();
    for lang in Lang::ALL {
        let ws = demo::workspace(lang);
        for plan in &ws.plans {
            bases.push(export_plan(plan));
        }
        bases.push(to_storage(&ws));
    }
    bases.push(export_workspace(&demo::workspace(Lang::He)));
    bases.push(export_workspace(&instrument_workspace()));
    bases.push(to_storage(&instrument_workspace()));
    let mut rng = Rng(seed);
    let mut imported = 0;
    for round in 0..rounds {
        let base = &bases[rng.below(bases.len())];
        let mut bytes = base.as_bytes().to_vec();
        for _ in 0..1 + rng.below(3) {
            mutate(&mut rng, &mut bytes);
        }
        // A browser reads a file's bytes as UTF-8, replacing what is not.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let result = std::panic::catch_unwind(|| import(&text));
        let Ok(result) = result else {
            panic!("seed {seed} round {round}: import panicked on {text:?}");
        };
        if let Ok(ok) = result {
            imported += 1;
            assert_clean(&ok.plans);
            assert_round_trip(&ok.plans);
        }
    }
    imported
}

#[test]
fn random_mutations_never_panic_a() {
    let n = fuzz(0x5EED_0001, 500);
    // Some mutations (inside a text, a bidi character) still import: both paths are exercised.
    assert!(n > 10, "only {n} mutated files imported");
}

#[test]
fn random_mutations_never_panic_b() {
    fuzz(0x5EED_0002, 500);
}

#[test]
fn random_mutations_never_panic_c() {
    fuzz(0x5EED_0003, 500);
}

#[test]
fn random_mutations_never_panic_d() {
    fuzz(0x5EED_0004, 500);
}

#[test]
fn the_format_module_constants_are_sane() {
    assert_eq!(format::FORMAT_MARKER, "shutaf");
    const { assert!(FORMAT_VERSION >= 1) };
    const { assert!(MAX_PLANS >= 1000 && MAX_ENTITIES >= 1000) };
    assert_eq!(MAX_FILE_BYTES, 20 * 1024 * 1024);
}

/// The outcome of an import, comparable: plans and warnings, or the problems.
fn outcome(r: Result<format::Imported, Vec<format::Problem>>) -> String {
    match r {
        Ok(i) => format!("ok {:?} {:?} {:?}", i.content, i.plans, i.warnings),
        Err(p) => format!("err {p:?}"),
    }
}

#[test]
fn the_fast_path_and_the_careful_path_agree_on_every_fixture_and_demo() {
    // `import` reads a clean file straight into the model; `import_value` always goes through a
    // JSON tree and checks entity by entity. Whatever the input, both must say the same.
    let mut texts: Vec<(String, String)> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned(),
            )
        })
        .collect();
    texts.push((
        "v1-workspace.json".into(),
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1-workspace.json"),
        )
        .unwrap(),
    ));
    for lang in ["he", "en", "ar"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/demo/{lang}.json"));
        texts.push((
            format!("demo {lang}"),
            std::fs::read_to_string(path).unwrap(),
        ));
    }
    let mut fast_ok = 0;
    for (name, text) in &texts {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
            continue;
        };
        let fast = outcome(format::import(text));
        let careful = outcome(format::import_value(value));
        assert_eq!(fast, careful, "{name}");
        fast_ok += usize::from(fast.starts_with("ok"));
    }
    assert!(fast_ok >= 4, "the demos and the v1 workspace import");
}

/// Every file that imports (the demos, the v1 workspace and the fixtures import accepts, cleaned
/// or not): exported again, with short arrays on one line, it is the same JSON as serde_json's
/// pretty layout of the same document, it imports to the same plans without a warning, and
/// exporting that gives the same text.
#[test]
fn every_importable_file_exports_to_one_line_arrays_and_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.push(root.join("tests/fixtures/v1-workspace.json"));
    for lang in ["he", "en", "ar"] {
        paths.push(root.join(format!("src/demo/{lang}.json")));
    }
    paths.sort();
    let mut checked = 0;
    let mut measurements = 0;
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let Ok(first) = import(&text) else { continue };
        for content in [Content::Workspace, Content::Plan] {
            let written: Vec<String> = match content {
                Content::Workspace => vec![export_workspace(&into_workspace(first.plans.clone()))],
                Content::Plan => first
                    .plans
                    .iter()
                    .map(|p| export_plan(&Rc::new(p.clone())))
                    .collect(),
            };
            for (k, out) in written.iter().enumerate() {
                let value: Value =
                    serde_json::from_str(out).unwrap_or_else(|e| panic!("{name}: not JSON ({e})"));
                let pretty = serde_json::to_string_pretty(&value).unwrap();
                assert!(out.lines().count() <= pretty.lines().count(), "{name}");
                // serde_json's value sorts keys, so a line may lose or gain its comma.
                let theirs: HashSet<&str> =
                    pretty.lines().map(|l| l.trim_end_matches(',')).collect();
                for l in out.lines() {
                    assert!(
                        l.chars().count() <= format::INLINE_WIDTH + 1
                            || theirs.contains(l.trim_end_matches(',')),
                        "{name}: a joined line is too wide: {l}"
                    );
                }
                measurements += out.matches("\"measurements\": [").count();
                let again = import_ok(out);
                assert!(again.warnings.is_empty(), "{name}: {:?}", again.warnings);
                assert_eq!(again.content, content, "{name}");
                let expected = match content {
                    Content::Workspace => first.plans.clone(),
                    Content::Plan => vec![first.plans[k].clone()],
                };
                assert_eq!(again.plans, expected, "{name}: re-import differs");
                let rewritten = match content {
                    Content::Workspace => export_workspace(&into_workspace(again.plans)),
                    Content::Plan => export_plan(&Rc::new(again.plans[0].clone())),
                };
                assert_eq!(&rewritten, out, "{name}: re-export differs");
            }
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} files import");
    assert!(measurements > 0, "the demos have measurements");
}

/// A measurement takes one line of the file.
#[test]
fn a_measurement_is_written_on_one_line() {
    let ws = demo::workspace(Lang::He);
    let text = export_workspace(&ws);
    let plan = ws
        .plans
        .iter()
        .find(|p| {
            p.evaluation
                .indicators
                .iter()
                .any(|i| !i.measurements.is_empty())
        })
        .expect("a demo plan with measurements");
    let i = plan
        .evaluation
        .indicators
        .iter()
        .find(|i| !i.measurements.is_empty())
        .unwrap();
    let m = &i.measurements[0];
    let line = format!(
        "[{}, {}, {}]",
        serde_json::to_string(m.date()).unwrap(),
        serde_json::to_string(&m.value()).unwrap(),
        serde_json::to_string(m.note()).unwrap()
    );
    assert!(
        text.lines()
            .any(|l| l.trim_start().trim_end_matches(',') == line),
        "{line} is not a line of the file"
    );
}

/// `text::fits` reads bytes for speed; it must say exactly what the character rules say: true
/// when `fit` leaves the text as it is. Checked on many texts made of the characters at the edges
/// of every rule (controls, bidi controls and their neighbours, line breaks, spaces, Hebrew,
/// Arabic, emoji), at limits around their length.
#[test]
fn fits_agrees_with_fit_on_many_texts() {
    use shutaf::text::{fit, fits};
    let alphabet = [
        "a", " ", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}",
        "\u{2029}", "\u{202a}", "\u{202e}", "\u{202f}", "\u{2065}", "\u{2066}", "\u{2069}",
        "\u{206a}", "\u{200f}", "ש", "ع", "😀", "é", "plain", "שלום",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut next = |n: usize| rng.below(n);
    let mut checked = 0;
    for _ in 0..20_000 {
        // Up to 23 characters: texts of several eight-byte words (fits reads a word at a time)
        // with the character it looks for at any place, across a word's end too.
        let len = next(24);
        let s: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
        let chars = s.chars().count();
        for max in [chars.saturating_sub(1), chars, chars + 1] {
            for single in [false, true] {
                let unchanged = fit(&s, max, single).0 == s;
                assert_eq!(
                    fits(&s, max, single),
                    unchanged,
                    "{s:?} max {max} single {single}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 120_000);
}

/// Repeats are found by sorting, and reported as the hashing version did: every item whose key
/// an earlier item has, in file order; `keep_first` keeps the first of each, in order.
#[test]
fn repeated_and_keep_first_keep_the_first_of_each_key_in_order() {
    use shutaf::format::{keep_first, repeated};
    let items = ["b", "a", "b", "c", "a", "b", "d"];
    assert_eq!(repeated(&items, |s| *s), vec![2, 4, 5]);
    let mut list = items.to_vec();
    keep_first(&mut list, |s| *s);
    assert_eq!(list, ["b", "a", "c", "d"]);
    assert!(repeated(&["x"], |s: &&str| *s).is_empty());
    assert!(repeated::<&str, str>(&[], |s| *s).is_empty());
    // Against the obvious quadratic rule, on generated lists.
    let mut seed = 7u64;
    for _ in 0..500 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = (seed >> 59) as usize;
        let list: Vec<u8> = (0..n).map(|k| ((seed >> (k % 50)) % 5) as u8).collect();
        let expected: Vec<usize> = (0..n).filter(|&i| list[..i].contains(&list[i])).collect();
        assert_eq!(repeated(&list, |x| x), expected, "{list:?}");
    }
}
