//! The partnership profile: size classes, the profile card's warnings on hand-made profiles,
//! the ideas that follow from chosen goals and motives, and the place on the continuum.

use std::collections::BTreeMap;

use shutaf::instrument::results::warnings;
use shutaf::instrument::{library, Horizon};
use shutaf::model::{Answer, Id, Plan, PlanKind, Response, Round};
use shutaf::profile::{ideas_of, profile, SizeClass, CONTINUUM, PROFILE};

fn plan_with(answers: Vec<(&str, Answer)>) -> Plan {
    let mut plan = Plan::new(
        Id::new("p"),
        "Shared education",
        PlanKind::SchoolPartnership,
    );
    plan.rounds.push(Round {
        id: Id::new("r1"),
        instrument: PROFILE.into(),
        name: "Profile".into(),
        date: None,
    });
    plan.responses.push(Response {
        id: Id::new("a"),
        instrument: PROFILE.into(),
        round: Id::new("r1"),
        answers: answers
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<BTreeMap<_, _>>(),
        ..Default::default()
    });
    plan
}

fn rules_firing(plan: &Plan) -> Vec<String> {
    let lib = library();
    let mut keys: Vec<String> = warnings(plan, &lib).into_iter().map(|w| w.key).collect();
    keys.sort();
    keys
}

fn yes(v: bool) -> Answer {
    Answer::YesNo(v)
}

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

/// The seed's Northern Ireland example: two schools of two communities, weekly joint classes.
fn northern_ireland() -> Vec<(&'static str, Answer)> {
    vec![
        ("school_count", Answer::Number(2.0)),
        ("coordination", choice("coordinator")),
        ("geography", choice("same_locality")),
        ("groups_in_tension", yes(true)),
        ("student_outcomes_goal", yes(true)),
        ("student_activity", yes(true)),
        (
            "goals",
            Answer::Choices(vec!["expand_opportunities".into()]),
        ),
        ("motives", Answer::Choices(vec!["policy".into()])),
    ]
}

#[test]
fn northern_ireland_warns_only_about_groups_in_tension() {
    let plan = plan_with(northern_ireland());
    assert_eq!(
        rules_firing(&plan),
        vec!["profile_card/groups_in_tension".to_string()]
    );
    let p = profile(&plan, &library())
        .map(|p| (p.size, p.continuum.is_none()))
        .unwrap();
    assert_eq!(p, (Some(SizeClass::Pair), true));
}

#[test]
fn every_profile_rule_fires_where_the_seed_says() {
    // Expanded without coordination: four schools or more, coordination informal or none.
    for (count, coordination, fires) in [
        (4.0, "none", true),
        (4.0, "informal", true),
        (4.0, "committee", false),
        (3.0, "none", false),
    ] {
        let plan = plan_with(vec![
            ("school_count", Answer::Number(count)),
            ("coordination", choice(coordination)),
        ]);
        assert_eq!(
            rules_firing(&plan).contains(&"profile_card/expanded_without_coordination".to_string()),
            fires,
            "{count} schools, coordination {coordination}"
        );
    }
    // Dozens of schools.
    for (count, fires) in [(23.0, false), (24.0, true), (60.0, true)] {
        let plan = plan_with(vec![
            ("school_count", Answer::Number(count)),
            ("coordination", choice("coordinator")),
        ]);
        assert_eq!(
            rules_firing(&plan).contains(&"profile_card/dozens_of_schools".to_string()),
            fires,
            "{count}"
        );
    }
    // Not local: plan long-term support.
    for (geo, fires) in [
        ("same_locality", false),
        ("national", true),
        ("international", true),
    ] {
        let plan = plan_with(vec![("geography", choice(geo))]);
        assert_eq!(
            rules_firing(&plan).contains(&"profile_card/non_local_needs_support".to_string()),
            fires,
            "{geo}"
        );
    }
    // Student outcomes as a goal without a student activity.
    for (goal, activity, fires) in [
        (true, false, true),
        (true, true, false),
        (false, false, false),
    ] {
        let plan = plan_with(vec![
            ("student_outcomes_goal", yes(goal)),
            ("student_activity", yes(activity)),
        ]);
        assert_eq!(
            rules_firing(&plan).contains(&"profile_card/no_student_component".to_string()),
            fires,
            "goal {goal}, activity {activity}"
        );
    }
}

#[test]
fn size_classes_come_from_the_school_count() {
    for (count, class) in [
        (2.0, Some(SizeClass::Pair)),
        (3.0, Some(SizeClass::Small)),
        (12.0, Some(SizeClass::Expanded)),
        (30.0, Some(SizeClass::Dozens)),
    ] {
        let plan = plan_with(vec![("school_count", Answer::Number(count))]);
        assert_eq!(profile(&plan, &library()).unwrap().size, class, "{count}");
    }
    let plan = plan_with(vec![]);
    assert_eq!(profile(&plan, &library()).unwrap().size, None);
    assert!(profile(
        &Plan::new(Id::new("x"), "X", PlanKind::SchoolPartnership),
        &library()
    )
    .is_none());
}

#[test]
fn ideas_follow_the_chosen_goals_and_motives() {
    let lib = library();
    let card = lib.iter().find(|i| i.id == PROFILE).unwrap();
    let plan = plan_with(northern_ireland());
    let ideas = ideas_of(card, &plan.responses[0]);
    let goal_ideas: Vec<_> = ideas.iter().filter(|i| i.item == "goals").collect();
    let motive_ideas: Vec<_> = ideas.iter().filter(|i| i.item == "motives").collect();
    // Only the chosen options' ideas; goal ideas span the three horizons of the seed's table.
    assert!(goal_ideas
        .iter()
        .all(|i| i.option == "expand_opportunities"));
    for h in Horizon::ALL {
        assert!(
            goal_ideas.iter().any(|i| i.horizon == Some(h)),
            "no {h:?} idea"
        );
    }
    assert!(
        !motive_ideas.is_empty()
            && motive_ideas
                .iter()
                .all(|i| i.option == "policy" && i.horizon.is_none())
    );
    // Every idea of the card is short enough to be a task title, in every language.
    for item in card.items() {
        for o in item.answer.options() {
            for idea in &o.ideas {
                for text in [&idea.text.he, &idea.text.en, &idea.text.ar] {
                    assert!(text.chars().count() <= 200, "{}: {text}", o.id);
                }
            }
        }
    }
}

#[test]
fn the_profile_reads_the_latest_round_and_the_continuum() {
    let mut plan = plan_with(vec![("school_count", Answer::Number(2.0))]);
    plan.rounds.push(Round {
        id: Id::new("r2"),
        instrument: PROFILE.into(),
        name: "Later".into(),
        date: None,
    });
    plan.responses.push(Response {
        id: Id::new("b"),
        instrument: PROFILE.into(),
        round: Id::new("r2"),
        answers: [("school_count".to_string(), Answer::Number(5.0))].into(),
        ..Default::default()
    });
    let lib = library();
    let continuum = lib.iter().find(|i| i.id == CONTINUUM).unwrap();
    // Every question answered at level 4.
    let answers = continuum
        .items()
        .map(|q| {
            let best = q
                .answer
                .options()
                .iter()
                .filter(|o| o.level.unwrap_or(0) <= 4)
                .max_by_key(|o| o.level)
                .unwrap();
            (q.id.clone(), Answer::Choice(best.id.clone()))
        })
        .collect();
    plan.rounds.push(Round {
        id: Id::new("c1"),
        instrument: CONTINUUM.into(),
        name: "Continuum".into(),
        date: None,
    });
    plan.responses.push(Response {
        id: Id::new("c"),
        instrument: CONTINUUM.into(),
        round: Id::new("c1"),
        answers,
        ..Default::default()
    });
    let p = profile(&plan, &lib).unwrap();
    assert_eq!(p.round.id, Id::new("r2"));
    assert_eq!(p.size, Some(SizeClass::Expanded));
    assert_eq!(p.continuum.map(|(_, placement)| placement.level), Some(3));
}
