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
            fill_governance(&mut plan, &mut rng, &id);
            fill_evaluation(&mut plan, kind, &mut rng, &|s, i| id(s, i));
            fill_landscape(&mut plan, copy, &mut rng);
            plans.push(Rc::new(plan));
        }
        fill_coaching(&mut plans, copy, &mut rng);
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
    workshop_codes(&out, &lib);
    if std::env::args().any(|a| a == "--write-only") {
        return;
    }
    println!("Core, natively (release build), on a generated large workspace:");
    println!(
        "  {:>5} {:>10} {:>12} {:>12} {:>12} {:>14}",
        "scale", "stored MB", "open ms", "derive ms", "export ms", "open ms / MB"
    );
    for scale in [1, 2, 4, 8] {
        let ws = workspace(scale, &lib);
        // Opened as local storage holds it (compact JSON): the pretty file of the 8× workspace
        // passes import's 20 MB limit for files.
        let text = format::to_storage(&ws);
        let mb = text.len() as f64 / 1_048_576.0;
        let mut opened = None;
        let open =
            ms(|| opened = Some(format::import(&text).expect("the generated workspace imports")));
        let opened = format::into_workspace(opened.unwrap().plans);
        let mut derived = 0;
        let derive_ms = ms(|| derived = derive(&opened, &lib));
        let mut out = String::new();
        let export = ms(|| out = format::export_workspace(&opened));
        assert_eq!(
            out,
            format::export_workspace(&ws),
            "import → export is the identity"
        );
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
    bench_governance(&workspace(1, &lib));
    bench_evaluation(&workspace(1, &lib));
    bench_landscape(&lib);
}

/// Issue 6's five-year ecosystem plan, on the municipal-ecosystem plan: 12 goals, 40 levers,
/// 300 action components, 20 bodies (a steering committee, a forum, 12 working groups of 15,
/// …) and 1,500 meetings (in the first copy of the workspace only) with attendance, agenda and initiatives; a third of the plan's tasks
/// are set at meetings.
fn fill_governance(plan: &mut Plan, rng: &mut Rng, id: &dyn Fn(&str, usize) -> Id) {
    use shutaf::governance::*;
    // Once, in the first copy: the file stays within import's limit at 8×.
    if plan.kind != PlanKind::MunicipalEcosystem || !plan.id.0.starts_with("plan-0-") {
        return;
    }
    let g = Rc::make_mut(&mut plan.governance);
    g.charter.mission = text(rng, 20);
    g.goals = (0..12)
        .map(|i| Goal {
            id: id("go", i),
            title: text(rng, 12),
            target: text(rng, 3),
            group: Some(id("bo", 2 + i)),
            ..Default::default()
        })
        .collect();
    g.levers = (0..40)
        .map(|i| Lever {
            id: id("le", i),
            goal: id("go", i % 12),
            title: text(rng, 6),
        })
        .collect();
    g.components = (0..300)
        .map(|i| ActionComponent {
            id: id("co", i),
            lever: id("le", i % 40),
            title: text(rng, 8),
            core: i % 7 == 0,
            executor: Some(id("pa", i % 60)),
            funder: Some(id("pa", (i * 7) % 60)),
            budget: 10_000 * (1 + rng.below(100) as u64),
            from_year: Some(2026 + (i % 3) as u16),
            to_year: Some(2028 + (i % 3) as u16),
        })
        .collect();
    let kinds = [BodyKind::SteeringCommittee, BodyKind::PlanningForum];
    g.bodies = (0..20)
        .map(|b| Body {
            id: id("bo", b),
            kind: match b {
                0 | 1 => kinds[b],
                2..=13 => BodyKind::WorkingGroup,
                14..=16 => BodyKind::LeadingTeam,
                _ => BodyKind::MeasurementGroup,
            },
            name: text(rng, 3),
            members: (0..15)
                .map(|m| Member {
                    person: id("pe", (b * 8 + m) % 160),
                    chair: m < 2,
                    traits: [true, m % 4 != 3, true, true],
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    g.meetings = (0..1500)
        .map(|i| {
            let b = i % 20;
            let members: Vec<Id> = g.bodies[b]
                .members
                .iter()
                .map(|m| m.person.clone())
                .collect();
            let attended = members
                .iter()
                .filter(|_| rng.below(4) != 0)
                .cloned()
                .collect();
            Meeting {
                id: id("me", i),
                body: id("bo", b),
                date: Some(Date(format!(
                    "{}-{:02}-{:02}",
                    2026 + i / 300,
                    1 + (i / 25) % 12,
                    1 + i % 28
                ))),
                number: (i / 20 + 1) as u32,
                topic: text(rng, 4),
                agenda: (0..3)
                    .map(|k| AgendaItem {
                        text: text(rng, 2),
                        covered: k < 2,
                    })
                    .collect(),
                invited: members,
                attended,
                initiatives: vec![text(rng, 4)],
                ..Default::default()
            }
        })
        .collect();
    for (i, t) in plan
        .tasks
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 3 == 0)
    {
        t.origin = Meeting::task_origin(&id("me", (i * 7) % 1500));
    }
}

/// Times every infrastructure figure, the warnings, the budget totals and the timeline of the
/// ecosystem plan (median of 21 runs).
fn bench_governance(ws: &Workspace) {
    use shutaf::governance as gov;
    let Some(plan) = ws
        .plans
        .iter()
        .find(|p| p.kind == PlanKind::MunicipalEcosystem)
    else {
        return;
    };
    let g = &plan.governance;
    let mut times: Vec<[f64; 2]> = (0..21)
        .map(|_| {
            let mut n = 0;
            let figures = ms(|| {
                let f = gov::figures(g, &plan.people, &plan.partners, &plan.tasks);
                n += f.bodies.len();
            });
            let rest = ms(|| {
                n += gov::warnings(g).len() + gov::totals(g).per_goal.len();
                n += gov::timeline(g).bars.len();
                if let Some(start) = gov::year_start(plan) {
                    n += gov::year_grid(g, &start).len();
                }
            });
            std::hint::black_box(n);
            [figures, rest]
        })
        .collect();
    let median = |k: usize, t: &mut Vec<[f64; 2]>| {
        t.sort_by(|a, b| a[k].total_cmp(&b[k]));
        t[t.len() / 2][k]
    };
    println!(
        "Governance ({} goals, {} levers, {} action components, {} bodies, {} meetings):",
        g.goals.len(),
        g.levers.len(),
        g.components.len(),
        g.bodies.len(),
        g.meetings.len()
    );
    println!(
        "  every infrastructure figure: {:.2} ms; warnings, totals, timelines: {:.2} ms (medians of 21)",
        median(0, &mut times),
        median(1, &mut times)
    );
}

/// The sealed (uncompressed) workshop payloads of the demo questionnaires, for scripts/bench.mjs
/// to measure their links compressed as the browser does (raw DEFLATE, node's zlib): every
/// invitation, every instrument's response with every item answered (texts of 12 words), the
/// demo's own responses, and each demo plan shared as a link. Written to target/bench/codes.json.
fn workshop_codes(out: &std::path::Path, lib: &[Instrument]) {
    use shutaf::workshop::{b64_encode, seal, Invitation, Payload};
    let mut rng = Rng(7);
    let mut codes = Vec::new();
    let mut push = |what: String, p: &Payload| {
        codes.push(serde_json::json!({ "what": what, "sealed": b64_encode(&seal(p)) }));
    };
    for ins in lib {
        let inv = Invitation {
            instrument: ins.id.clone(),
            round: Id::new("round-mh3k2x9q1a7b"),
            round_name: "סדנת שותפים, סבב ראשון".into(),
            plan_name: "שותפות בית הספר והמתנ״ס".into(),
            lang: "he".into(),
            ..Default::default()
        };
        push(format!("invitation {}", ins.id), &Payload::Invitation(inv));
        let answers = ins
            .items()
            .map(|i| (i.id.clone(), answer(&mut rng, &i.answer)))
            .collect();
        let r = Response {
            id: Id::new("w-r-mh3k2x9q1a7b4c"),
            instrument: ins.id.clone(),
            round: Id::new("round-mh3k2x9q1a7b"),
            respondent: "דנה, רכזת".into(),
            answers,
            ..Default::default()
        };
        push(
            format!("response {} (all answered)", ins.id),
            &Payload::Response(r),
        );
    }
    let demo = shutaf::demo::workspace(shutaf::i18n::Lang::He);
    for plan in &demo.plans {
        for r in &plan.responses {
            let mut r = r.clone();
            r.id = Id::new(format!("w-{}", r.id));
            push(
                format!("demo response {}", r.instrument),
                &Payload::Response(r),
            );
        }
        push(
            format!("demo plan {}", plan.kind.key()),
            &Payload::Plan(format::export_plan(plan)),
        );
    }
    std::fs::write(
        out.join("codes.json"),
        serde_json::Value::Array(codes).to_string(),
    )
    .expect("written");
}

/// Five coaching partnerships of three leaders, each with a year's calendar and 100 GROW
/// sessions (goals carried from one to the next, every tenth with an observation).
fn fill_coaching(plans: &mut Vec<Rc<Plan>>, copy: usize, rng: &mut Rng) {
    use shutaf::coaching::{Alternative, Goal, Planned, Progress, Session};
    for k in 0..5 {
        let id = |s: &str, i: usize| Id::new(format!("co{s}-{copy}-{k}-{i}"));
        let mut plan = Plan::new(id("plan", 0), text(rng, 4), PlanKind::CoachingPartnership);
        plan.people = (0..3)
            .map(|i| Person {
                id: id("pe", i),
                name: text(rng, 2),
                ..Default::default()
            })
            .collect();
        let day = |i: usize| {
            let (y, m, d) = shutaf::coaching::civil(20_600 + 7 * i as i64);
            Date(format!("{y:04}-{m:02}-{d:02}"))
        };
        let c = Rc::make_mut(&mut plan.coaching);
        c.calendar = (0..100)
            .map(|i| Planned {
                id: id("ca", i),
                date: Some(day(i)),
                time: Some("16:00".into()),
                minutes: 150,
                place: text(rng, 2),
            })
            .collect();
        c.goals = (0..100)
            .map(|i| Goal {
                id: id("go", i),
                owner: Some(id("pe", i % 3)),
                title: text(rng, 4),
                action_plan: text(rng, 6),
                ..Default::default()
            })
            .collect();
        c.sessions = (0..100)
            .map(|i| Session {
                id: id("se", i),
                date: Some(day(i + i % 2)),
                minutes: if i % 7 == 0 { 60 } else { 150 },
                observation: i % 10 == 0,
                coachee: Some(id("pe", i % 3)),
                progress: (i > 0)
                    .then(|| Progress {
                        goal: id("go", i - 1),
                        note: text(rng, 4),
                    })
                    .into_iter()
                    .collect(),
                goal: text(rng, 5),
                reality: text(rng, 8),
                alternatives: (0..1)
                    .map(|_| Alternative {
                        text: text(rng, 4),
                        pros: text(rng, 3),
                        cons: text(rng, 3),
                    })
                    .collect(),
                first_step: text(rng, 5),
                next_goals: vec![id("go", i)],
                reflection: text(rng, 8),
                tags: vec![format!("tag{}", i % 5)],
                ..Default::default()
            })
            .collect();
        plans.push(Rc::new(plan));
    }
}

/// Measurement and evaluation at the issue's size, in the first network-cluster plan: 400 indicators
/// (over 3 axes and 3 levels, 40 goals and 80 components) × 36 monthly measurements, and 60
/// interviews with 4 tagged quotes each, 20 findings.
fn fill_evaluation(plan: &mut Plan, kind: PlanKind, rng: &mut Rng, id: &dyn Fn(&str, usize) -> Id) {
    use shutaf::evaluation::*;
    // Once, in the first copy's network plan: the issue's size, not multiplied by the scale.
    if kind != PlanKind::NetworkCluster || !id("x", 0).as_str().starts_with("x-0-") {
        return;
    }
    let e = Rc::make_mut(&mut plan.evaluation);
    e.indicators = (0..400)
        .map(|i| Indicator {
            id: id("ind", i),
            name: text(rng, 4),
            axis: Axis::ALL[i % 3],
            level: (i % 3 == 0).then_some(Level::ALL[i % 9 / 3]),
            target_ref: Some(id(if i % 2 == 0 { "goal" } else { "comp" }, i % 120)),
            baseline: Some(10.0),
            target: Some(50.0 + (i % 7) as f64),
            target_text: text(rng, 5),
            frequency: Frequency::Monthly,
            measurements: (0..36)
                .map(|m| {
                    Measurement::new(
                        Date(format!("{}-{:02}-15", 2023 + m / 12, 1 + m % 12)),
                        Some(10.0 + (rng.next() % 45) as f64),
                        String::new(),
                    )
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    let themes = [
        "learning",
        "ties",
        "joint task",
        "convener",
        "continuity",
        "policy",
    ];
    e.interviews = (0..60)
        .map(|i| Interview {
            id: id("iv", i),
            who: text(rng, 2),
            cluster: format!("cluster {}", i % 3),
            date: Some(Date("2026-01-10".into())),
            quotes: (0..4)
                .map(|q| Quote {
                    text: text(rng, 20),
                    themes: vec![themes[(i + q) % 6].to_string()],
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    e.findings = (0..20)
        .map(|f| Finding {
            id: id("fnd", f),
            text: text(rng, 12),
            theme: themes[f % 6].to_string(),
            cluster: if f % 2 == 0 {
                String::new()
            } else {
                format!("cluster {}", f % 3)
            },
        })
        .collect();
}

/// Prints the time to derive every evaluation figure of the generated workspace: progress and
/// roll-ups, warnings, and every finding's prevalence.
fn bench_evaluation(ws: &Workspace) {
    use shutaf::evaluation::*;
    let today = Date::parse("2026-11-23").unwrap();
    let plan = ws
        .plans
        .iter()
        .find(|p| p.evaluation.indicators.len() == 400)
        .expect("the network plan has the evaluation");
    let e = &plan.evaluation;
    let mut figures = 0;
    let t = ms(|| {
        let r = rollups(e, &|_| None);
        figures += r.goals.len() + r.components.len() + usize::from(r.mission.is_some());
        figures += e.indicators.iter().filter_map(|i| i.progress()).count();
        figures += warnings(e, &[], &today).len();
        figures += e.findings.iter().map(|f| prevalence(e, f).0).sum::<usize>();
        figures += themes(e).len();
    });
    println!(
        "Evaluation: 400 indicators × 36 measurements, 60 interviews: every roll-up, progress, \
         warning and prevalence in {t:.2} ms ({figures} figures)."
    );
}

/// Issue 5's landscape plan: the school support plan of each copy gets 150 partners (methods,
/// focus topics, instruction days), 400 people, 60 responsibility areas, 1,000 tasks (a quarter
/// of them items of the joint work plan), 20 conflicts and 60 contact lines, and a round of the
/// Circle of Influence answered about 30 partners and 30 people.
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
    plan.rounds.push(Round {
        id: id("cr", 0),
        instrument: shutaf::landscape::CIRCLE.into(),
        name: "Circle of Influence".into(),
        date: None,
    });
    let levels = ["none", "little", "partial", "broad", "full"];
    for i in 0..60 {
        let subject = if i < 30 {
            Subject::Partner(id("pa", i * 5))
        } else {
            Subject::Person(id("pe", i * 13 % 400))
        };
        let answers: BTreeMap<String, Answer> = [
            (
                "authority_level",
                ["none", "little", "adapted", "broad", "full"][rng.below(5)],
            ),
            ("responsibility_level", levels[rng.below(5)]),
            ("control_level", levels[rng.below(5)]),
            ("influence_level", levels[rng.below(5)]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), Answer::Choice(v.to_string())))
        .collect();
        plan.responses.push(Response {
            id: id("ci", i),
            instrument: shutaf::landscape::CIRCLE.into(),
            round: id("cr", 0),
            subject,
            respondent: text(rng, 2),
            answers,
        });
    }
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
/// layout and SVG, the contact order, each actor's Circle of Influence) and an edit there (ticking an owner in the matrix, then
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
            + land::circles(plan, lib).len()
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
