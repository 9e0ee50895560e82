//! The aggregation of instrument answers (`shutaf::instrument::results`) and the conditions of
//! rules (`shutaf::instrument::rules`), on small examples computed by hand. The instruments are
//! built here, so the numbers do not move when the library changes; only the staged-model tests
//! use a library instrument ("milestones").

use serde_json::{json, Value};
use shutaf::instrument::results::{
    affirmed, checklist, classify, completion, disagreement, distribution, has_ratings, ideal_gaps,
    item_met, item_stats, round_responses, section_means, staged, warnings, IdealGap, ItemStats,
    SectionProgress,
};
use shutaf::instrument::rules::Cond;
use shutaf::instrument::{library, Instrument};
use shutaf::model::{Answer, Dismissal, Id, Plan, PlanKind, Response, Round, Subject};

// ---------------------------------------------------------------------------------------------
// Helpers: instruments as JSON (the library's own format), responses by hand

fn tr(s: &str) -> Value {
    json!({ "he": format!("א {s}"), "en": s, "ar": format!("ب {s}") })
}

fn item(id: &str, answer: Value) -> Value {
    json!({ "id": id, "text": tr(id), "answer": answer })
}

fn section(id: &str, items: Vec<Value>) -> Value {
    json!({ "id": id, "title": tr(id), "items": items })
}

fn agree() -> Value {
    json!({ "type": "agree" })
}

fn check() -> Value {
    json!({ "type": "check" })
}

fn yes_no() -> Value {
    json!({ "type": "yes_no" })
}

fn text() -> Value {
    json!({ "type": "text" })
}

/// A single choice whose options `o1`, `o2`, … point to the given levels.
fn single(levels: &[u8]) -> Value {
    let options: Vec<Value> = levels
        .iter()
        .enumerate()
        .map(|(i, l)| json!({ "id": format!("o{}", i + 1), "text": tr("o"), "level": l }))
        .collect();
    json!({ "type": "single", "options": options })
}

fn stages(n: usize) -> Value {
    (1..=n)
        .map(|i| json!({ "id": format!("l{i}"), "title": tr("l"), "description": tr("d") }))
        .collect()
}

/// An instrument from its id, shape and sections; `extra` adds or replaces top-level fields
/// (stages, rules, scale).
fn instrument(id: &str, shape: &str, sections: Vec<Value>, extra: Value) -> Instrument {
    let mut v = json!({
        "id": id,
        "source": "000",
        "shape": shape,
        "title": tr(id),
        "intro": tr(id),
        "source_note": tr(id),
        "sections": sections,
    });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    serde_json::from_value(v).unwrap_or_else(|e| panic!("test instrument {id}: {e}"))
}

fn response(answers: &[(&str, Answer)]) -> Response {
    Response {
        id: Id::new("x"),
        instrument: "test".into(),
        round: Id::new("r"),
        answers: answers
            .iter()
            .map(|(k, a)| (k.to_string(), a.clone()))
            .collect(),
        ..Default::default()
    }
}

fn refs(v: &[Response]) -> Vec<&Response> {
    v.iter().collect()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

fn milestones() -> Instrument {
    library()
        .into_iter()
        .find(|i| i.id == "milestones")
        .expect("milestones ships")
}

use Answer::{Agree, Check, Choice, Choices, DontKnow, Number, YesNo};

// ---------------------------------------------------------------------------------------------
// Ratings: item statistics, section means, disagreement

/// Section `s1`: q1, q2, q3 rated, n1 a number, t1 text. Section `s2`: q4, q5 rated. Section
/// `s3`: text only.
fn rated() -> Instrument {
    instrument(
        "rated",
        "self_assessment",
        vec![
            section(
                "s1",
                vec![
                    item("q1", agree()),
                    item("q2", agree()),
                    item("q3", agree()),
                    item("n1", json!({ "type": "number", "min": 0, "max": 100 })),
                    item("t1", text()),
                ],
            ),
            section("s2", vec![item("q4", agree()), item("q5", agree())]),
            section("s3", vec![item("t2", text())]),
        ],
        json!({ "shutaf_scale": true }),
    )
}

/// Four respondents.
fn rated_responses() -> Vec<Response> {
    vec![
        response(&[("q1", Agree(1)), ("q2", Agree(4)), ("n1", Number(10.0))]),
        response(&[("q1", Agree(3)), ("q2", Agree(4)), ("n1", Number(20.5))]),
        response(&[
            ("q1", Agree(5)),
            ("q2", DontKnow),
            ("t1", Answer::Text("x".into())),
        ]),
        response(&[("q1", DontKnow), ("q2", Agree(5)), ("q4", Agree(2))]),
    ]
}

fn stat<'a>(stats: &'a [ItemStats], item: &str) -> &'a ItemStats {
    stats.iter().find(|s| s.item == item).unwrap()
}

#[test]
fn item_stats_by_hand() {
    let ins = rated();
    let rs = rated_responses();
    let stats = item_stats(&ins, &refs(&rs));
    // Rated and number items only, in the instrument's order; text items have no statistics.
    let order: Vec<&str> = stats.iter().map(|s| s.item.as_str()).collect();
    assert_eq!(order, ["q1", "q2", "q3", "n1", "q4", "q5"]);

    // q1: 1, 3, 5 and a "don't know". n = 3, mean = 9 / 3 = 3,
    // population sd = sqrt(((1-3)² + (3-3)² + (5-3)²) / 3) = sqrt(8/3) ≈ 1.633.
    let q1 = stat(&stats, "q1");
    assert_eq!((q1.n, q1.dont_know, q1.counts), (3, 1, [1, 0, 1, 0, 1]));
    assert!(close(q1.mean, 3.0), "{q1:?}");
    assert!(close(q1.sd, (8.0f64 / 3.0).sqrt()), "{q1:?}");
    assert!((q1.sd.unwrap() - 1.633).abs() < 0.001);
    assert_eq!((q1.min, q1.max), (Some(1.0), Some(5.0)));

    // q2: 4, 4, 5 and a "don't know". mean = 13/3 ≈ 4.333; deviations -1/3, -1/3, 2/3;
    // squares 1/9 + 1/9 + 4/9 = 6/9; / 3 = 2/9; sd = sqrt(2)/3 ≈ 0.471.
    let q2 = stat(&stats, "q2");
    assert_eq!((q2.n, q2.dont_know, q2.counts), (3, 1, [0, 0, 0, 2, 1]));
    assert!(close(q2.mean, 13.0 / 3.0));
    assert!(close(q2.sd, 2f64.sqrt() / 3.0));

    // q3: nobody answered.
    let q3 = stat(&stats, "q3");
    assert_eq!(
        q3,
        &ItemStats {
            item: "q3".into(),
            n: 0,
            mean: None,
            sd: None,
            min: None,
            max: None,
            dont_know: 0,
            counts: [0; 5],
        }
    );

    // n1, a number: 10 and 20.5. mean = 30.5 / 2 = 15.25; deviations ±5.25, so sd = 5.25.
    // Numbers are not counted on the 1–5 scale.
    let n1 = stat(&stats, "n1");
    assert_eq!((n1.n, n1.dont_know, n1.counts), (2, 0, [0; 5]));
    assert!(close(n1.mean, 15.25) && close(n1.sd, 5.25), "{n1:?}");
    assert_eq!((n1.min, n1.max), (Some(10.0), Some(20.5)));

    // q4: a single 2. sd of one value is 0.
    let q4 = stat(&stats, "q4");
    assert_eq!((q4.n, q4.counts), (1, [0, 1, 0, 0, 0]));
    assert!(close(q4.mean, 2.0) && close(q4.sd, 0.0));

    // No responses: every item has n = 0.
    assert!(item_stats(&ins, &[])
        .iter()
        .all(|s| s.n == 0 && s.mean.is_none()));
}

#[test]
fn numbers_alone() {
    let ins = rated();
    // -2, 0, 2.5, 100: sum 100.5, mean 25.125.
    // deviations -27.125, -25.125, -22.625, 74.875; squares 735.765625 + 631.265625 +
    // 511.890625 + 5606.265625 = 7485.1875; / 4 = 1871.296875; sd ≈ 43.2585.
    let rs: Vec<Response> = [-2.0, 0.0, 2.5, 100.0]
        .into_iter()
        .map(|n| response(&[("n1", Number(n))]))
        .collect();
    let stats = item_stats(&ins, &refs(&rs));
    let n1 = stat(&stats, "n1");
    assert_eq!(n1.n, 4);
    assert!(close(n1.mean, 25.125));
    assert!(close(n1.sd, 1871.296875f64.sqrt()));
    assert!((n1.sd.unwrap() - 43.2585).abs() < 1e-4);
    assert_eq!((n1.min, n1.max), (Some(-2.0), Some(100.0)));
}

#[test]
fn section_means_average_the_answered_item_means() {
    let ins = rated();
    let rs = rated_responses();
    let stats = item_stats(&ins, &refs(&rs));
    let means = section_means(&ins, &stats);
    // s1: the rated items are q1 (mean 3), q2 (13/3) and q3 (unanswered, left out); the number
    // and the text do not count. (3 + 13/3) / 2 = 11/3 ≈ 3.667, over 3 rated items.
    // s2: q4 (2) and q5 (unanswered): 2, over 2 rated items. s3 has no rated item: no entry.
    assert_eq!(means.len(), 2, "{means:?}");
    assert_eq!((means[0].0.as_str(), means[0].2), ("s1", 3));
    assert!(close(means[0].1, 11.0 / 3.0), "{means:?}");
    assert_eq!((means[1].0.as_str(), means[1].2), ("s2", 2));
    assert!(close(means[1].1, 2.0));

    // Only the first respondent: s1 = (1 + 4) / 2 = 2.5; nothing rated in s2 yet.
    let stats = item_stats(&ins, &[&rs[0]]);
    let means = section_means(&ins, &stats);
    assert!(close(means[0].1, 2.5));
    assert_eq!(means[1], ("s2".to_string(), None, 2));
}

#[test]
fn disagreement_largest_spread_first_then_lower_mean() {
    let items = ["a", "b", "c", "e", "h", "g", "d", "i"];
    let ins = instrument(
        "spread",
        "self_assessment",
        vec![section(
            "all",
            items.iter().map(|i| item(i, agree())).collect(),
        )],
        json!({ "shutaf_scale": true }),
    );
    // Two respondents:
    //   a: 1, 5   mean 3, sd 2
    //   b: 2, 2   sd 0: no disagreement
    //   c: 4, –   n = 1: left out
    //   e: 3, 5   mean 4, sd 1
    //   h: 1, 3   mean 2, sd 1
    //   g: 2, 4   mean 3, sd 1
    //   d: 1, 3   mean 2, sd 1 (same as h: item order decides)
    //   i: 1, ?   "don't know" is no value: n = 1, left out
    // Order: a (sd 2); then sd 1 by lower mean: h, d (2), g (3), e (4).
    let rs = vec![
        response(&[
            ("a", Agree(1)),
            ("b", Agree(2)),
            ("c", Agree(4)),
            ("e", Agree(3)),
            ("h", Agree(1)),
            ("g", Agree(2)),
            ("d", Agree(1)),
            ("i", Agree(1)),
        ]),
        response(&[
            ("a", Agree(5)),
            ("b", Agree(2)),
            ("e", Agree(5)),
            ("h", Agree(3)),
            ("g", Agree(4)),
            ("d", Agree(3)),
            ("i", DontKnow),
        ]),
    ];
    let stats = item_stats(&ins, &refs(&rs));
    let ids = |v: Vec<&ItemStats>| -> Vec<String> { v.iter().map(|s| s.item.clone()).collect() };
    assert_eq!(ids(disagreement(&stats, 10)), ["a", "h", "d", "g", "e"]);
    assert_eq!(ids(disagreement(&stats, 2)), ["a", "h"]);
    assert!(disagreement(&stats, 0).is_empty());
    assert!(close(disagreement(&stats, 1)[0].sd, 2.0));
    // One respondent: nobody can disagree.
    assert!(disagreement(&item_stats(&ins, &[&rs[0]]), 10).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Checklists and staged models

/// `prep`: p1, p2, p3, p5 checks and p4 yes/no; `run`: u1, u2 checks and a text; `notes`: text.
fn list() -> Instrument {
    instrument(
        "list",
        "checklist",
        vec![
            section(
                "prep",
                vec![
                    item("p1", check()),
                    item("p2", check()),
                    item("p3", check()),
                    item("p4", yes_no()),
                    item("p5", check()),
                ],
            ),
            section(
                "run",
                vec![item("u1", check()), item("u2", check()), item("u3", text())],
            ),
            section("notes", vec![item("n", text())]),
        ],
        json!({}),
    )
}

#[test]
fn checklist_by_majority_of_three() {
    let ins = list();
    // Three respondents (✓ ticked, ✗ unticked, – not answered):
    //        p1  p2  p3  p4   p5  u1  u2
    //   R1   ✓   ✓   ✗   yes  ✓   ✓   –
    //   R2   ✓   ✗   –   no   –   ✓   ✓
    //   R3   ✗   –   –   –    –   –   ✓
    // A check left empty counts as answered "not yet"; a yes/no left empty is not answered.
    //   p1: 2 of 3 → done      p2: 1 of 3 → not    p3: 0 of 3 → not
    //   p4: 1 of 2 → not (half is no majority)      p5: 1 of 3 → not (1 of 1 if blanks
    //   did not count)          u1: 2 of 3 → done   u2: 2 of 3 → done
    let rs = vec![
        response(&[
            ("p1", Check(true)),
            ("p2", Check(true)),
            ("p3", Check(false)),
            ("p4", YesNo(true)),
            ("p5", Check(true)),
            ("u1", Check(true)),
        ]),
        response(&[
            ("p1", Check(true)),
            ("p2", Check(false)),
            ("p4", YesNo(false)),
            ("u1", Check(true)),
            ("u2", Check(true)),
        ]),
        response(&[("p1", Check(false)), ("u2", Check(true))]),
    ];
    let r = refs(&rs);
    assert_eq!(affirmed(&ins, "p1", &r), (2, 3));
    assert_eq!(affirmed(&ins, "p2", &r), (1, 3));
    assert_eq!(affirmed(&ins, "p3", &r), (0, 3));
    assert_eq!(affirmed(&ins, "p4", &r), (1, 2));
    assert_eq!(affirmed(&ins, "p5", &r), (1, 3));
    assert_eq!(affirmed(&ins, "u2", &r), (2, 3));
    assert!(item_met(&ins, "p1", &r) && !item_met(&ins, "p4", &r) && !item_met(&ins, "p5", &r));
    assert_eq!(
        checklist(&ins, &r),
        [
            SectionProgress {
                section: "prep".into(),
                done: 1,
                total: 5,
                remaining: vec!["p2".into(), "p3".into(), "p4".into(), "p5".into()],
            },
            SectionProgress {
                section: "run".into(),
                done: 2,
                total: 2,
                remaining: vec![],
            },
        ]
    );
    // One respondent decides alone.
    // R1 alone: p1, p2, p4 (yes) and p5 done, p3 not; u1 done, u2 left blank.
    let one = checklist(&ins, &[&rs[0]]);
    assert_eq!((one[0].done, one[1].done), (4, 1));
    assert_eq!(one[0].remaining, ["p3"]);
    // Nobody yet: nothing done.
    let none = checklist(&ins, &[]);
    assert_eq!((none[0].done, none[0].total, none[1].done), (0, 5, 0));
}

#[test]
fn agreement_of_4_or_5_affirms() {
    let ins = rated();
    let rs = rated_responses();
    let r = refs(&rs);
    // q2: 4, 4, 5 and a "don't know" (not an answer here): 3 of 3.
    assert_eq!(affirmed(&ins, "q2", &r), (3, 3));
    assert!(item_met(&ins, "q2", &r));
    // q1: 1, 3, 5: only the 5 affirms: 1 of 3.
    assert_eq!(affirmed(&ins, "q1", &r), (1, 3));
    assert!(!item_met(&ins, "q1", &r));
    // Nobody answered q3: not met.
    assert_eq!(affirmed(&ins, "q3", &r), (0, 0));
    assert!(!item_met(&ins, "q3", &r));
}

fn ticked(items: &[&str]) -> Response {
    let answers: Vec<(&str, Answer)> = items.iter().map(|i| (*i, Check(true))).collect();
    response(&answers)
}

#[test]
fn staged_model_with_milestones() {
    let ins = milestones();
    // Stages in order: respect_trust (trust_*), communication (communication_*),
    // value_of_expertise (value_*), cooperation (cooperation_*); two evidence items each.
    let stage_ids: Vec<&str> = ins.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        stage_ids,
        [
            "respect_trust",
            "communication",
            "value_of_expertise",
            "cooperation"
        ]
    );

    // Nothing ticked: no stage reached; the next is the first.
    for rs in [vec![], vec![response(&[])]] {
        let s = staged(&ins, &refs(&rs));
        assert_eq!(s.reached, [false; 4]);
        assert_eq!((s.current, s.next, s.out_of_order), (None, Some(0), false));
        assert_eq!(
            s.evidence[0],
            [
                ("trust_condition".to_string(), false),
                ("trust_practice".to_string(), false)
            ]
        );
    }

    // Stages 1 and 2 fully ticked: stands at stage 2 (index 1), next is stage 3 (index 2).
    let r = ticked(&[
        "trust_condition",
        "trust_practice",
        "communication_condition",
        "communication_practice",
        "value_condition", // half of stage 3 is not stage 3
    ]);
    let s = staged(&ins, &[&r]);
    assert_eq!(s.reached, [true, true, false, false]);
    assert_eq!(
        (s.current, s.next, s.out_of_order),
        (Some(1), Some(2), false)
    );
    assert_eq!(
        s.evidence[2],
        [
            ("value_condition".to_string(), true),
            ("value_practice".to_string(), false)
        ]
    );

    // Stage 3 ticked but not stage 2: out of order; it stands at stage 1 (index 0).
    let r = ticked(&[
        "trust_condition",
        "trust_practice",
        "value_condition",
        "value_practice",
    ]);
    let s = staged(&ins, &[&r]);
    assert_eq!(s.reached, [true, false, true, false]);
    assert_eq!(
        (s.current, s.next, s.out_of_order),
        (Some(0), Some(1), true)
    );

    // Only a later stage: out of order, no current stage.
    let s = staged(
        &ins,
        &[&ticked(&["cooperation_condition", "cooperation_practice"])],
    );
    assert_eq!((s.current, s.next, s.out_of_order), (None, Some(0), true));

    // Everything: the last stage, nothing next.
    let all: Vec<&str> = ins.items().map(|i| i.id.as_str()).collect();
    let s = staged(&ins, &[&ticked(&all)]);
    assert_eq!((s.current, s.next, s.out_of_order), (Some(3), None, false));

    // Three respondents: two tick everything, one nothing (blank boxes count as "not yet"):
    // 2 of 3 for every item, so every stage is reached. With one ticking everything, 1 of 3:
    // none.
    let rs = vec![ticked(&all), ticked(&all), response(&[])];
    assert_eq!(staged(&ins, &refs(&rs)).current, Some(3));
    let rs = vec![ticked(&all), response(&[]), response(&[])];
    assert_eq!(staged(&ins, &refs(&rs)).current, None);
}

// ---------------------------------------------------------------------------------------------
// Classifiers, ideals, distributions, completion

/// Six levels; c1 options point to levels 1, 2, 6; c2 to 2, 3; c3 to 1…6; a text.
fn ladder() -> Instrument {
    instrument(
        "ladder",
        "classifier",
        vec![section(
            "q",
            vec![
                item("c1", single(&[1, 2, 6])),
                item("c2", single(&[2, 3])),
                item("c3", single(&[1, 2, 3, 4, 5, 6])),
                item("t", text()),
            ],
        )],
        json!({ "stages": stages(6) }),
    )
}

#[test]
fn classify_at_the_lower_median() {
    let ins = ladder();
    // Levels 1, 2, 6 → 0-based 0, 1, 5; the median of three is the middle one: index 1.
    let r = response(&[
        ("c1", Choice("o1".into())),
        ("c2", Choice("o1".into())),
        ("c3", Choice("o6".into())),
        ("t", Answer::Text("level 6!".into())),
    ]);
    let p = classify(&ins, &[&r]).unwrap();
    assert_eq!(p.level, 1);
    assert_eq!((p.lowest, p.highest), (0, 5));
    assert_eq!(
        p.votes,
        [
            ("c1".to_string(), 0),
            ("c2".to_string(), 1),
            ("c3".to_string(), 5)
        ]
    );

    // Levels 2, 3 → 0-based [1, 2]; an even count takes the lower median: index 1.
    let r = response(&[("c2", Choice("o1".into()))]);
    let r2 = response(&[("c2", Choice("o2".into()))]);
    let p = classify(&ins, &[&r, &r2]).unwrap();
    assert_eq!((p.level, p.lowest, p.highest), (1, 1, 2));

    // Levels 1 and 6 from two respondents: [0, 5] → 0.
    let a = response(&[("c1", Choice("o1".into()))]);
    let b = response(&[("c1", Choice("o3".into()))]);
    assert_eq!(classify(&ins, &[&a, &b]).unwrap().level, 0);

    // Nothing answered, or only unknown options and other items: no placement.
    assert_eq!(classify(&ins, &[]), None);
    let r = response(&[("c1", Choice("o9".into())), ("t", Answer::Text("x".into()))]);
    assert_eq!(classify(&ins, &[&r]), None);
}

/// i1: levels 1–5, ideal 4–5. i2: levels 1–5, ideal within 1 of i1. i3: no ideal. i4: ideal
/// 1–2. i5: ideal within 2 of i4.
fn circle() -> Instrument {
    let range =
        |min: u8, max: u8| json!({ "type": "range", "min": min, "max": max, "text": tr("i") });
    let near = |other: &str, t: u8| json!({ "type": "near", "item": other, "tolerance": t, "text": tr("n") });
    let mut items = vec![
        item("i1", single(&[1, 2, 3, 4, 5])),
        item("i2", single(&[1, 2, 3, 4, 5])),
        item("i3", single(&[1, 2, 3, 4, 5])),
        item("i4", single(&[1, 2, 3, 4, 5])),
        item("i5", single(&[1, 2, 3, 4, 5])),
        item(
            "m",
            json!({ "type": "multi", "options": [
                { "id": "x", "text": tr("x") },
                { "id": "y", "text": tr("y") },
                { "id": "z", "text": tr("z") },
            ] }),
        ),
    ];
    items[0]["ideal"] = range(4, 5);
    items[1]["ideal"] = near("i1", 1);
    items[3]["ideal"] = range(1, 2);
    items[4]["ideal"] = near("i4", 2);
    instrument(
        "circle",
        "questionnaire",
        vec![section("s", items)],
        json!({}),
    )
}

#[test]
fn ideal_gaps_by_hand() {
    let ins = circle();
    let gap = |item: &str, level: u8, lo: u8, hi: u8, gap: i32| IdealGap {
        item: item.into(),
        level,
        ideal_min: lo,
        ideal_max: hi,
        gap,
    };
    // i1 at level 2, ideal 4–5: 2 below → -2.
    // i2 at level 5, ideal within 1 of i1 (2): 1–3 → 2 above → +2.
    // i3 has no ideal. i4 at level 4, ideal 1–2: +2.
    // i5 at level 1, within 2 of i4 (4): 2–6 → -1.
    let r = response(&[
        ("i1", Choice("o2".into())),
        ("i2", Choice("o5".into())),
        ("i3", Choice("o1".into())),
        ("i4", Choice("o4".into())),
        ("i5", Choice("o1".into())),
    ]);
    assert_eq!(
        ideal_gaps(&ins, &r),
        [
            gap("i1", 2, 4, 5, -2),
            gap("i2", 5, 1, 3, 2),
            gap("i4", 4, 1, 2, 2),
            gap("i5", 1, 2, 6, -1),
        ]
    );
    // Within the ideal: gap 0. i2 within 1 of i1 (5): 4–6. i5 within 2 of i4 (1): the lower
    // end stops at level 1: 1–3.
    let r = response(&[
        ("i1", Choice("o5".into())),
        ("i2", Choice("o4".into())),
        ("i4", Choice("o1".into())),
        ("i5", Choice("o3".into())),
    ]);
    assert_eq!(
        ideal_gaps(&ins, &r),
        [
            gap("i1", 5, 4, 5, 0),
            gap("i2", 4, 4, 6, 0),
            gap("i4", 1, 1, 2, 0),
            gap("i5", 3, 1, 3, 0),
        ]
    );
    // Unanswered items have no gap; a "near" ideal needs the other item answered.
    let r = response(&[("i2", Choice("o3".into()))]);
    assert!(ideal_gaps(&ins, &r).is_empty());
}

#[test]
fn distribution_counts_each_option() {
    let ins = circle();
    let rs = vec![
        response(&[
            ("i1", Choice("o2".into())),
            ("m", Choices(vec!["x".into(), "z".into()])),
        ]),
        response(&[
            ("i1", Choice("o2".into())),
            ("m", Choices(vec!["z".into()])),
        ]),
        response(&[("i1", Choice("o5".into()))]),
    ];
    let count = |v: Vec<(String, usize)>| -> Vec<usize> { v.into_iter().map(|(_, n)| n).collect() };
    assert_eq!(count(distribution(&ins, "i1", &refs(&rs))), [0, 2, 0, 0, 1]);
    assert_eq!(
        distribution(&ins, "m", &refs(&rs)),
        [
            ("x".to_string(), 1),
            ("y".to_string(), 0),
            ("z".to_string(), 2)
        ]
    );
    assert!(distribution(&ins, "no_such_item", &refs(&rs)).is_empty());
}

#[test]
fn completion_counts_non_empty_answers() {
    let ins = list(); // 9 items
    let r = response(&[
        ("p1", Check(false)),                    // an answer, even unticked
        ("p4", YesNo(false)),                    // an answer
        ("u3", Answer::Text("  \n ".into())),    // blank: not an answer
        ("n", Answer::Text("notes".into())),     // an answer
        ("elsewhere", Answer::Text("x".into())), // not an item: not counted
    ]);
    assert_eq!(completion(&ins, &r), (3, 9));
    assert_eq!(completion(&ins, &response(&[])), (0, 9));
    assert!(has_ratings(&rated()) && !has_ratings(&ins));
}

#[test]
fn round_responses_keep_their_order() {
    let mut plan = Plan::new(Id::new("p"), "P", PlanKind::default());
    for (sid, rid) in [("a", "r1"), ("b", "r2"), ("c", "r1"), ("d", "r1")] {
        plan.responses.push(Response {
            id: Id::new(sid),
            round: Id::new(rid),
            ..Default::default()
        });
    }
    let ids = |v: Vec<&Response>| -> Vec<String> { v.iter().map(|r| r.id.0.clone()).collect() };
    assert_eq!(ids(round_responses(&plan, &Id::new("r1"))), ["a", "c", "d"]);
    assert_eq!(ids(round_responses(&plan, &Id::new("r2"))), ["b"]);
    assert!(round_responses(&plan, &Id::new("r3")).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Warnings and conditions

/// A checklist with two rules: `w1_missing` (w1 unticked) and `said_no` (y1 answered no).
fn ruled(id: &str) -> Instrument {
    instrument(
        id,
        "checklist",
        vec![section(
            "s",
            vec![
                item("w1", check()),
                item("w2", check()),
                item("y1", yes_no()),
            ],
        )],
        json!({ "rules": [
            { "id": "w1_missing", "when": { "op": "unchecked", "item": "w1" },
              "message": tr("m"), "source": tr("s") },
            { "id": "said_no", "when": { "op": "yes_no", "item": "y1", "value": false },
              "message": tr("m"), "source": tr("s") },
        ] }),
    )
}

/// A response as `(id, instrument, round, subject, answers)`.
type ResponseSpec<'a> = (&'a str, &'a str, &'a str, Subject, Vec<(&'a str, Answer)>);

fn plan_with(rounds: &[(&str, &str)], responses: Vec<ResponseSpec<'_>>) -> Plan {
    let mut plan = Plan::new(Id::new("p"), "P", PlanKind::default());
    plan.rounds = rounds
        .iter()
        .map(|(rid, ins)| Round {
            id: Id::new(*rid),
            instrument: ins.to_string(),
            name: rid.to_string(),
            date: None,
        })
        .collect();
    plan.responses = responses
        .into_iter()
        .map(|(sid, ins, rid, subject, answers)| Response {
            id: Id::new(sid),
            instrument: ins.into(),
            round: Id::new(rid),
            subject,
            respondent: String::new(),
            answers: answers
                .into_iter()
                .map(|(k, a)| (k.to_string(), a))
                .collect(),
        })
        .collect();
    plan
}

#[test]
fn warnings_come_from_the_latest_round_only() {
    let lib = vec![ruled("ruled"), rated()];
    let p1 = || Subject::Partner(Id::new("p1"));
    let q1 = || Subject::Person(Id::new("q1"));
    let mut plan = plan_with(
        &[("ra", "ruled"), ("rb", "ruled"), ("rc", "ruled")],
        vec![
            // Round ra: both rules hold about the plan; later rounds answer them.
            (
                "s1",
                "ruled",
                "ra",
                Subject::Plan,
                vec![("y1", YesNo(false))],
            ),
            // Round rb, the latest with responses (rc has none).
            (
                "s2",
                "ruled",
                "rb",
                Subject::Plan,
                vec![("w1", Check(true)), ("y1", YesNo(true))],
            ),
            ("s3", "ruled", "rb", p1(), vec![("w1", Check(true))]),
            (
                "s4",
                "ruled",
                "rb",
                p1(),
                vec![("w1", Check(false)), ("w2", Check(true))],
            ),
            (
                "s5",
                "ruled",
                "rb",
                q1(),
                vec![("w1", Check(true)), ("y1", YesNo(false))],
            ),
        ],
    );
    plan.dismissed = vec![Dismissal {
        warning: "ruled/w1_missing/partner:p1".into(),
        reason: "Known; on the agenda".into(),
    }];
    let ws = warnings(&plan, &lib);
    let summary: Vec<(&str, &str, usize, usize, Option<&str>)> = ws
        .iter()
        .map(|w| {
            (
                w.key.as_str(),
                w.rule.id.as_str(),
                w.holds_in,
                w.responses,
                w.dismissed,
            )
        })
        .collect();
    // The plan: nothing (round ra no longer counts). Partner p1: w1 unticked in 1 of its 2
    // responses, dismissed with a reason. Person q1: said no, in 1 of 1.
    assert_eq!(
        summary,
        [
            (
                "ruled/w1_missing/partner:p1",
                "w1_missing",
                1,
                2,
                Some("Known; on the agenda")
            ),
            ("ruled/said_no/person:q1", "said_no", 1, 1, None),
        ]
    );
    assert_eq!(ws[0].subject, p1());
    assert_eq!(ws[1].subject, q1());
    assert!(ws.iter().all(|w| w.instrument.id == "ruled"));

    // Without rb, round ra is the latest: both rules hold about the plan (w1 not answered counts
    // as unticked). Keys about the plan have no subject part.
    let ra_only = plan_with(
        &[("ra", "ruled"), ("rb", "ruled")],
        vec![(
            "s1",
            "ruled",
            "ra",
            Subject::Plan,
            vec![("y1", YesNo(false))],
        )],
    );
    let keys: Vec<String> = warnings(&ra_only, &lib)
        .into_iter()
        .map(|w| w.key)
        .collect();
    assert_eq!(keys, ["ruled/w1_missing", "ruled/said_no"]);

    // An instrument without rules, or no responses, gives no warnings.
    assert!(warnings(&plan, &[rated()]).is_empty());
    assert!(warnings(&plan_with(&[("ra", "ruled")], vec![]), &lib).is_empty());
}

#[test]
fn each_subject_is_read_in_its_own_latest_round() {
    // Round rb so far has responses about partner p1 only: what round ra says about p2 and about
    // the plan still stands; for p1 only rb counts.
    let lib = vec![ruled("ruled"), ruled("other")];
    let plan = plan_with(
        &[("ra", "ruled"), ("rx", "other"), ("rb", "ruled")],
        vec![
            ("s1", "ruled", "ra", Subject::Plan, vec![]),
            ("s2", "ruled", "ra", Subject::Partner(Id::new("p1")), vec![]),
            (
                "s3",
                "ruled",
                "ra",
                Subject::Partner(Id::new("p2")),
                vec![("y1", YesNo(false))],
            ),
            (
                "s4",
                "ruled",
                "rb",
                Subject::Partner(Id::new("p1")),
                vec![("w1", Check(true))],
            ),
            // Another instrument's round is read on its own.
            (
                "s5",
                "other",
                "rx",
                Subject::Plan,
                vec![("w1", Check(true))],
            ),
        ],
    );
    let keys: Vec<String> = warnings(&plan, &lib).into_iter().map(|w| w.key).collect();
    assert_eq!(
        keys,
        [
            "ruled/w1_missing",
            "ruled/w1_missing/partner:p2",
            "ruled/said_no/partner:p2",
        ]
    );
}

#[test]
fn every_condition_holds_where_it_should() {
    let c = |json: Value| -> Cond { serde_json::from_value(json).unwrap() };
    let r = |answers: &[(&str, Answer)]| response(answers);
    let none = r(&[]);

    // unchecked: not ticked, or not answered.
    let cond = c(json!({ "op": "unchecked", "item": "w" }));
    assert!(cond.holds(&none));
    assert!(cond.holds(&r(&[("w", Check(false))])));
    assert!(!cond.holds(&r(&[("w", Check(true))])));
    // checked: ticked only.
    let cond = Cond::Checked { item: "w".into() };
    assert!(cond.holds(&r(&[("w", Check(true))])));
    assert!(!cond.holds(&r(&[("w", Check(false))])));
    assert!(!cond.holds(&none));
    // yes_no: the given answer only.
    let cond = Cond::YesNo {
        item: "y".into(),
        value: false,
    };
    assert!(cond.holds(&r(&[("y", YesNo(false))])));
    assert!(!cond.holds(&r(&[("y", YesNo(true))])));
    assert!(!cond.holds(&none), "not answered is not \"no\"");
    assert!(Cond::YesNo {
        item: "y".into(),
        value: true
    }
    .holds(&r(&[("y", YesNo(true))])));
    // is: that option.
    let cond = c(json!({ "op": "is", "item": "s", "option": "a" }));
    assert!(cond.holds(&r(&[("s", Choice("a".into()))])));
    assert!(!cond.holds(&r(&[("s", Choice("b".into()))])));
    assert!(!cond.holds(&none));
    // includes / excludes.
    let ab = r(&[("m", Choices(vec!["a".into(), "b".into()]))]);
    let b = r(&[("m", Choices(vec!["b".into()]))]);
    let includes = Cond::Includes {
        item: "m".into(),
        option: "a".into(),
    };
    let excludes = Cond::Excludes {
        item: "m".into(),
        option: "a".into(),
    };
    assert!(includes.holds(&ab) && !includes.holds(&b) && !includes.holds(&none));
    assert!(!excludes.holds(&ab) && excludes.holds(&b));
    assert!(
        excludes.holds(&none),
        "an unanswered item excludes every option"
    );
    // at_least / at_most: numbers and agreement; "don't know" is no value.
    let at_least = c(json!({ "op": "at_least", "item": "n", "value": 4 }));
    assert!(at_least.holds(&r(&[("n", Agree(4))])));
    assert!(at_least.holds(&r(&[("n", Agree(5))])));
    assert!(!at_least.holds(&r(&[("n", Agree(3))])));
    assert!(at_least.holds(&r(&[("n", Number(4.5))])));
    assert!(
        !at_least.holds(&r(&[("n", DontKnow)])),
        "don't know is not at least 4"
    );
    assert!(!at_least.holds(&none));
    let at_most = Cond::AtMost {
        item: "n".into(),
        value: 2.0,
    };
    assert!(at_most.holds(&r(&[("n", Agree(2))])));
    assert!(!at_most.holds(&r(&[("n", Agree(3))])));
    assert!(at_most.holds(&r(&[("n", Number(-1.0))])));
    assert!(
        !at_most.holds(&r(&[("n", DontKnow)])),
        "don't know is not at most 2"
    );
    assert!(!at_most.holds(&none));
    // answered: anything not empty.
    let answered = Cond::Answered { item: "t".into() };
    assert!(answered.holds(&r(&[("t", Answer::Text("x".into()))])));
    assert!(answered.holds(&r(&[("t", Check(false))])));
    assert!(answered.holds(&r(&[("t", DontKnow)])));
    assert!(!answered.holds(&r(&[("t", Answer::Text(" \n ".into()))])));
    assert!(!answered.holds(&r(&[("t", Choices(vec![]))])));
    assert!(!answered.holds(&r(&[("t", Answer::Actions(vec!["".into(), " ".into()]))])));
    assert!(!answered.holds(&none));
    // all / any / not.
    let yes = || Cond::Unchecked { item: "w".into() };
    let no = || Cond::Checked { item: "w".into() };
    assert!(Cond::All {
        of: vec![yes(), yes()]
    }
    .holds(&none));
    assert!(!Cond::All {
        of: vec![yes(), no()]
    }
    .holds(&none));
    assert!(Cond::All { of: vec![] }.holds(&none));
    assert!(Cond::Any {
        of: vec![no(), yes()]
    }
    .holds(&none));
    assert!(!Cond::Any {
        of: vec![no(), no()]
    }
    .holds(&none));
    assert!(!Cond::Any { of: vec![] }.holds(&none));
    assert!(Cond::Not {
        cond: Box::new(no())
    }
    .holds(&none));
    assert!(!Cond::Not {
        cond: Box::new(yes())
    }
    .holds(&none));
    let nested = c(json!({ "op": "all", "of": [
        { "op": "not", "cond": { "op": "answered", "item": "t" } },
        { "op": "any", "of": [
            { "op": "at_least", "item": "n", "value": 5 },
            { "op": "excludes", "item": "m", "option": "a" },
        ] },
    ] }));
    assert!(nested.holds(&b));
    assert!(!nested.holds(&ab));
    assert!(nested.holds(&r(&[("n", Agree(5)), ("m", Choices(vec!["a".into()]))])));
}

/// Fails to compile when a condition is added without a case above.
#[test]
fn every_condition_variant_is_tested_above() {
    fn tested(c: &Cond) {
        match c {
            Cond::Unchecked { .. }
            | Cond::Checked { .. }
            | Cond::YesNo { .. }
            | Cond::Is { .. }
            | Cond::Includes { .. }
            | Cond::Excludes { .. }
            | Cond::AtLeast { .. }
            | Cond::AtMost { .. }
            | Cond::Answered { .. }
            | Cond::All { .. }
            | Cond::Any { .. }
            | Cond::Not { .. } => {}
        }
    }
    tested(&Cond::All { of: vec![] });
}

#[test]
fn the_test_instruments_are_valid() {
    // The examples above obey the same rules as the library.
    for ins in [rated(), list(), ladder(), circle(), ruled("ruled")] {
        let problems = shutaf::instrument::validate(&ins);
        assert!(problems.is_empty(), "{}: {problems:?}", ins.id);
    }
}
