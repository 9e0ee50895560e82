//! Native timings of the core on a generated large workspace, at 1×, 2×, 4× and 8× its size:
//! opening (parse and validate), deriving every figure (plan overviews, warnings, the results
//! of every instrument filled in), and exporting. Run by `scripts/bench`; prints, never asserts.
//!
//! The workspace follows issue 9's large workspace as far as the model goes today: 300
//! partners, 800 people, 500 questionnaire responses with every item answered, and 1,000 tasks,
//! spread over five plans, one of each kind.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Instant;

use shutaf::format;
use shutaf::instrument::{library, results, AnswerKind, Instrument};
use shutaf::model::{
    Answer, Date, Id, Partner, Person, Plan, PlanKind, Response, Round, Subject, Task, Workspace,
};

/// A deterministic generator, so every run measures the same workspace.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "שותפות",
    "בית ספר",
    "partnership",
    "school",
    "شراكة",
    "مدرسة",
    "ליווי",
    "support",
    "مرافقة",
    "צוות",
];

fn text(rng: &mut Rng, words: usize) -> String {
    (0..words)
        .map(|_| WORDS[rng.below(WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

fn answer(rng: &mut Rng, kind: &AnswerKind) -> Answer {
    match kind {
        AnswerKind::Check => Answer::Check(rng.below(2) == 0),
        AnswerKind::YesNo => Answer::YesNo(rng.below(2) == 0),
        AnswerKind::Text { .. } => Answer::Text(text(rng, 12)),
        AnswerKind::Single { options } => {
            Answer::Choice(options[rng.below(options.len())].id.clone())
        }
        AnswerKind::Multi { options } => {
            Answer::Choices(vec![options[rng.below(options.len())].id.clone()])
        }
        AnswerKind::Agree => Answer::Agree(1 + rng.below(5) as u8),
        AnswerKind::Date => Answer::Date(Date(format!(
            "2027-0{}-1{}",
            1 + rng.below(9),
            rng.below(10)
        ))),
        AnswerKind::Number { min, .. } => Answer::Number(min.unwrap_or(0.0) + rng.below(20) as f64),
        AnswerKind::Actions { .. } => Answer::Actions(vec![text(rng, 6), text(rng, 5)]),
    }
}

fn workspace(scale: usize, lib: &[Instrument]) -> Workspace {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut plans = Vec::new();
    for copy in 0..scale {
        for (k, kind) in PlanKind::ALL.into_iter().enumerate() {
            let id = |s: &str, i: usize| Id::new(format!("{s}-{copy}-{k}-{i}"));
            let mut plan = Plan::new(id("plan", 0), text(&mut rng, 4), kind);
            plan.description = text(&mut rng, 40);
            plan.partners = (0..60)
                .map(|i| Partner {
                    id: id("pa", i),
                    name: text(&mut rng, 3),
                    representative: text(&mut rng, 3),
                    added_value: text(&mut rng, 25),
                    notes: text(&mut rng, 30),
                    ..Default::default()
                })
                .collect();
            plan.people = (0..160)
                .map(|i| Person {
                    id: id("pe", i),
                    name: text(&mut rng, 2),
                    role: text(&mut rng, 2),
                    partner_id: Some(id("pa", i % 60)),
                    ..Default::default()
                })
                .collect();
            plan.tasks = (0..200)
                .map(|i| Task {
                    id: id("ta", i),
                    title: text(&mut rng, 6),
                    owner: Some(id("pe", i % 160)),
                    due: Some(Date(format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28))),
                    done: i % 3 == 0,
                    ..Default::default()
                })
                .collect();
            // 100 responses a plan, over the instruments suggested for its kind, in two rounds each.
            let suggested: Vec<&Instrument> = lib
                .iter()
                .filter(|i| i.plan_kinds.contains(&kind))
                .collect();
            for (n, ins) in suggested.iter().enumerate() {
                for r in 0..2 {
                    plan.rounds.push(Round {
                        id: id("ro", n * 2 + r),
                        instrument: ins.id.clone(),
                        name: format!("Round {r}"),
                        date: None,
                    });
                }
            }
            for i in 0..100 {
                let ins = suggested[i % suggested.len()];
                let round = id("ro", (i % suggested.len()) * 2 + (i / suggested.len()) % 2);
                let answers: BTreeMap<String, Answer> = ins
                    .items()
                    .map(|it| (it.id.clone(), answer(&mut rng, &it.answer)))
                    .collect();
                plan.responses.push(Response {
                    id: id("re", i),
                    instrument: ins.id.clone(),
                    round,
                    subject: Subject::Plan,
                    respondent: text(&mut rng, 2),
                    answers,
                });
            }
            fill_landscape(&mut plan, copy, &mut rng);
            plans.push(Rc::new(plan));
        }
    }
    Workspace { plans }
}

/// Every figure the interface derives: overviews, warnings, and each round's results.
fn derive(ws: &Workspace, lib: &[Instrument]) -> usize {
    let today = Date::parse("2026-11-23").unwrap();
    let mut n = 0;
    for plan in &ws.plans {
        let ov = shutaf::overview::overview(plan, lib, &today);
        n += ov.warnings.len() + ov.overdue.len() + ov.standings.len();
        for round in &plan.rounds {
            let Some(ins) = lib.iter().find(|i| i.id == round.instrument) else {
                continue;
            };
            let rs = results::round_responses(plan, &round.id);
            n += results::item_stats(ins, &rs).len() + results::checklist(ins, &rs).len();
            n += results::staged(ins, &rs).reached.len()
                + results::classify(ins, &rs).map_or(0, |p| p.votes.len());
        }
    }
    n
}

fn ms(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let lib = library();
    // The 1× workspace as a file, for the in-browser measurements of scripts/bench.mjs.
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench can be made");
    std::fs::write(
        out.join("large.json"),
        format::export_workspace(&workspace(1, &lib)),
    )
    .expect("written");
    if std::env::args().any(|a| a == "--write-only") {
        return;
    }
    println!("Core, natively (release build), on a generated large workspace:");
    println!(
        "  {:>5} {:>10} {:>12} {:>12} {:>12} {:>14}",
        "scale", "JSON MB", "open ms", "derive ms", "export ms", "open ms / MB"
    );
    for scale in [1, 2, 4, 8] {
        let ws = workspace(scale, &lib);
        let text = format::export_workspace(&ws);
        let mb = text.len() as f64 / 1_048_576.0;
        let mut opened = None;
        let open =
            ms(|| opened = Some(format::import(&text).expect("the generated workspace imports")));
        let opened = format::into_workspace(opened.unwrap().plans);
        let mut derived = 0;
        let derive_ms = ms(|| derived = derive(&opened, &lib));
        let mut out = String::new();
        let export = ms(|| out = format::export_workspace(&opened));
        assert_eq!(out, text, "export → import → export is the identity");
        println!(
            "  {:>4}× {:>10.2} {:>12.1} {:>12.1} {:>12.1} {:>14.1}   ({derived} figures)",
            scale,
            mb,
            open,
            derive_ms,
            export,
            open / mb
        );
    }
    println!("  Linear growth shows as a steady 'open ms / MB' and doubling times.");
    bench_landscape(&lib);
}

/// Issue 5's landscape plan: the school support plan of each copy gets 150 partners (methods,
/// focus topics, instruction days), 400 people, 60 responsibility areas, 1,000 tasks (a quarter
/// of them items of the joint work plan), 20 conflicts and 60 contact lines.
fn fill_landscape(plan: &mut Plan, copy: usize, rng: &mut Rng) {
    use shutaf::landscape::{Area, AreaKind, Conflict, Contact, JointKind};
    use shutaf::model::{Relationship, Sector, Weekday};
    if plan.kind != PlanKind::SchoolSupport {
        return;
    }
    let id = |s: &str, i: usize| Id::new(format!("l{s}-{copy}-{i}"));
    let words = [
        "reading",
        "maths",
        "data",
        "mentoring",
        "wellbeing",
        "science",
        "parents",
    ];
    plan.partners = (0..150)
        .map(|i| Partner {
            id: id("pa", i),
            name: text(rng, 3),
            sector: Sector::ALL[i % 3],
            relationship: Relationship::ALL[i % 5],
            added_value: if i % 10 == 0 {
                String::new()
            } else {
                text(rng, 20)
            },
            methods: vec![words[i % 7].into(), text(rng, 2)],
            focus_topics: vec![words[(i * 3) % 7].into()],
            days: vec![Weekday::ALL[i % 3], Weekday::ALL[i % 3 + 2]],
            ..Default::default()
        })
        .collect();
    plan.people = (0..400)
        .map(|i| Person {
            id: id("pe", i),
            name: text(rng, 2),
            role: text(rng, 2),
            partner_id: Some(id("pa", i % 150)),
            ..Default::default()
        })
        .collect();
    plan.tasks = (0..1000)
        .map(|i| Task {
            id: id("ta", i),
            title: text(rng, 6),
            owner: Some(id("pe", i % 400)),
            due: Some(Date(format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28))),
            done: i % 3 == 0,
            origin: if i % 4 == 0 {
                JointKind::ALL[i % 4].origin()
            } else {
                String::new()
            },
            partner_id: (i % 4 == 0).then(|| id("pa", i % 150)),
        })
        .collect();
    let land = Rc::make_mut(&mut plan.landscape);
    land.areas = (0..60)
        .map(|i| Area {
            id: id("ar", i),
            name: text(rng, 3),
            kind: if i % 2 == 0 {
                AreaKind::Shared
            } else {
                AreaKind::Distinct
            },
            owners: (0..i % 4)
                .map(|k| id("pa", (i * 7 + k * 31) % 150))
                .collect(),
        })
        .collect();
    land.conflicts = (0..20)
        .map(|i| Conflict {
            id: id("co", i),
            partners: vec![id("pa", i), id("pa", i + 1)],
            description: text(rng, 12),
            ..Default::default()
        })
        .collect();
    land.contacts = (0..60)
        .map(|i| Contact {
            id: id("ct", i),
            partner_id: Some(id("pa", i)),
            goal: text(rng, 8),
            last: Some(Date(format!("2026-{:02}-10", 1 + i % 11))),
            ..Default::default()
        })
        .collect();
}

/// Issue 5: what the partners page derives on opening (warnings, the weekly grid, the map's
/// layout and SVG, the contact order) and an edit there (ticking an owner in the matrix, then
/// deriving again), on the 1× workspace's landscape plan.
fn bench_landscape(lib: &[Instrument]) {
    use shutaf::command::{Command, Editor};
    use shutaf::landscape as land;
    use shutaf::parts::Ent;
    let ws = workspace(1, lib);
    let plan = ws
        .plans
        .iter()
        .find(|p| p.kind == PlanKind::SchoolSupport)
        .unwrap()
        .clone();
    let today = Date::parse("2026-11-23").unwrap();
    let t = |id: &str| id.to_string();
    let page = |plan: &Plan| {
        let l = land::map_layout(plan);
        land::warnings(plan).len()
            + land::presence(plan).by_day.len()
            + land::map_svg(plan, &l, &t, true).len()
            + land::contacts_by_due(plan, &today).len()
    };
    let runs = 20;
    let mut n = 0;
    let open = ms(|| (0..runs).for_each(|_| n += page(&plan))) / runs as f64;
    let mut ed = Editor::new(ws.clone());
    let area = plan.landscape.areas[0].clone();
    let edit = ms(|| {
        for k in 0..runs {
            let a = area.with_owner(&plan.partners[k].id, true);
            ed.execute(Command::put(&plan.id, Ent::Area(a))).unwrap();
            n += page(ed.workspace().plan(&plan.id).unwrap());
        }
    }) / runs as f64;
    println!(
        "Partners page (issue 5), one plan of {} partners, {} people, {} areas, {} tasks: \
         derive on opening {open:.1} ms; an edit in the matrix with the page derived again {edit:.1} ms ({n})",
        plan.partners.len(),
        plan.people.len(),
        plan.landscape.areas.len(),
        plan.tasks.len()
    );
}
