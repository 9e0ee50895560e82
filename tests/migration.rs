//! Files written by older versions of the format keep importing. `tests/fixtures/vN-workspace.json`
//! is a hand-written file of format version N with every field filled; each new version of the
//! format adds its migration step in `format::migrate` and keeps these files importing.

use std::path::PathBuf;
use std::rc::Rc;

use serde_json::Value;
use shutaf::demo;
use shutaf::format::{
    export_workspace, import, into_workspace, Content, ProblemKind, FORMAT_VERSION,
};
use shutaf::i18n::Lang;
use shutaf::model::{
    Date, Id, Origin, Partner, Person, Plan, PlanKind, Relationship, Sector, Workspace,
};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn id(s: &str) -> Id {
    Id::new(s)
}

fn date(s: &str) -> Option<Date> {
    Some(Date::parse(s).unwrap())
}

/// What `v1-workspace.json` holds, written out in Rust.
fn v1_expected() -> Workspace {
    let school = Plan {
        id: id("v1-school"),
        name: "Reading together at Hagefen".into(),
        kind: PlanKind::SchoolSupport,
        start_date: date("2026-09-01"),
        end_date: date("2028-06-30"),
        description: "Coordinating the support bodies around a focus school.\nTwo years, one shared calendar.".into(),
        partners: vec![
            Partner {
                id: id("v1-school-p1"),
                name: "Hagefen Elementary School".into(),
                origin: Origin::School,
                sector: Sector::Public,
                relationship: Relationship::School,
                representative: "Nurit Alon, principal".into(),
                added_value: "Knows the staff, the pupils and the community.".into(),
                notes: "Meets the coordinators every second Tuesday.".into(),
                ..Default::default()
            },
            Partner {
                id: id("v1-school-p2"),
                name: "עמותת \"קוראים\"".into(),
                origin: Origin::Ngo,
                sector: Sector::Third,
                relationship: Relationship::Operator,
                representative: "דנה כהן, רכזת".into(),
                added_value: "מדריכות קריאה מיומנות וחומרי למידה.".into(),
                notes: "שורה ראשונה\nשורה שנייה".into(),
                ..Default::default()
            },
        ],
        people: vec![
            Person {
                id: id("v1-school-q1"),
                name: "Nurit Alon".into(),
                role: "Principal".into(),
                partner_id: Some(id("v1-school-p1")),
                contact: "nurit@example.org".into(),
                notes: "Prefers e-mail.".into(),
            },
            Person {
                id: id("v1-school-q2"),
                name: "דנה כהן".into(),
                role: "רכזת".into(),
                partner_id: Some(id("v1-school-p2")),
                contact: "+972-50-000-0000".into(),
                notes: "זמינה בבקרים.".into(),
            },
        ],
        ..Default::default()
    };
    let network = Plan {
        id: id("v1_network"),
        name: "شبكة المدارس الشمالية".into(),
        kind: PlanKind::NetworkCluster,
        start_date: date("2025-01-15"),
        end_date: date("2025-12-31"),
        description: "شبكة من المدارس حول هدف مشترك.".into(),
        partners: vec![Partner {
            id: id("fund"),
            name: "صندوق التعليم".into(),
            origin: Origin::Foundation,
            sector: Sector::Business,
            relationship: Relationship::Funding,
            representative: "سناء خطيب".into(),
            added_value: "تمويل لثلاث سنوات.".into(),
            notes: "تقرير سنوي في كانون الأول.".into(),
            ..Default::default()
        }],
        people: vec![Person {
            id: id("q"),
            name: "سناء خطيب".into(),
            role: "مديرة البرنامج".into(),
            partner_id: Some(id("fund")),
            contact: "sanaa@example.org".into(),
            notes: "—".into(),
        }],
        ..Default::default()
    };
    Workspace {
        plans: vec![Rc::new(school), Rc::new(network)],
    }
}

#[test]
fn a_version_1_file_imports_with_every_field() {
    let text = fixture("v1-workspace.json");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format_version"], 1, "the fixture is of version 1");
    let imported = import(&text).expect("a version 1 file imports");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(imported.content, Content::Workspace);
    assert_eq!(into_workspace(imported.plans), v1_expected());
}

#[test]
fn a_version_1_file_fills_every_field_of_version_1() {
    // Every field the model writes for these plans is in the fixture, and no other.
    let file: Value = serde_json::from_str(&fixture("v1-workspace.json")).unwrap();
    let written: Value = serde_json::from_str(&export_workspace(&v1_expected())).unwrap();
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&file), keys(&written));
    for (f, w) in file["plans"]
        .as_array()
        .unwrap()
        .iter()
        .zip(written["plans"].as_array().unwrap())
    {
        assert_eq!(keys(f), keys(w), "plan fields");
        for list in ["partners", "people"] {
            for (f, w) in f[list]
                .as_array()
                .unwrap()
                .iter()
                .zip(w[list].as_array().unwrap())
            {
                assert_eq!(keys(f), keys(w), "{list} fields");
            }
        }
    }
}

#[test]
fn a_version_1_file_exports_in_the_current_version_and_imports_the_same() {
    let first = import(&fixture("v1-workspace.json")).unwrap();
    let exported = export_workspace(&into_workspace(first.plans.clone()));
    let v: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(v["format_version"], FORMAT_VERSION);
    let again = import(&exported).expect("the export imports");
    assert!(again.warnings.is_empty());
    assert_eq!(again.plans, first.plans);
}

#[test]
fn every_older_version_has_a_fixture() {
    for version in 1..=FORMAT_VERSION {
        let text = fixture(&format!("v{version}-workspace.json"));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format_version"], version);
        let imported = import(&text).unwrap_or_else(|p| panic!("version {version}: {p:?}"));
        assert!(!imported.plans.is_empty());
    }
}

#[test]
fn the_next_version_is_refused_as_newer() {
    let next = u64::from(FORMAT_VERSION) + 1;
    for text in [
        fixture("v1-workspace.json"),
        export_workspace(&demo::workspace(Lang::He)),
    ] {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        v["format_version"] = Value::from(next);
        let problems = import(&serde_json::to_string(&v).unwrap()).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "$.format_version");
        assert_eq!(
            problems[0].kind,
            ProblemKind::NewerVersion {
                found: next,
                supported: FORMAT_VERSION
            }
        );
    }
}
