//! The sharing continuum (seed 002, Figure 1, after Duffy & Gallagher 2017) places the cases the
//! seed describes at the level the seed's own description of each level gives them. Each case
//! answers only what the seed says about it; the classifier takes the median of the answers.

use std::collections::BTreeMap;

use shutaf::instrument::results::classify;
use shutaf::instrument::{library, Instrument};
use shutaf::model::{Answer, Id, Response};

fn continuum() -> Instrument {
    library()
        .into_iter()
        .find(|i| i.id == "sharing_continuum")
        .expect("sharing_continuum ships")
}

fn response(answers: &[(&str, &str)]) -> Response {
    let mut r = Response {
        id: Id::new("r"),
        instrument: "sharing_continuum".into(),
        round: Id::new("round"),
        ..Default::default()
    };
    r.answers = answers
        .iter()
        .map(|(item, option)| (item.to_string(), Answer::Choice(option.to_string())))
        .collect::<BTreeMap<_, _>>();
    r
}

/// The level index (0-based) the classifier gives these answers; every answer must name an
/// existing item and option, so that a renamed option cannot silently drop a vote.
fn level(ins: &Instrument, answers: &[(&str, &str)]) -> usize {
    for (item, option) in answers {
        let it = ins.item(item).unwrap_or_else(|| panic!("no item {item}"));
        assert!(
            it.answer.options().iter().any(|o| o.id == *option),
            "{item} has no option {option}"
        );
    }
    let r = response(answers);
    let placement = classify(ins, &[&r]).expect("answered questions place the partnership");
    assert_eq!(placement.votes.len(), answers.len(), "every answer votes");
    placement.level
}

fn stage_id(ins: &Instrument, index: usize) -> &str {
    &ins.stages[index].id
}

#[test]
fn the_continuum_has_six_levels_in_order() {
    let ins = continuum();
    let ids: Vec<&str> = ins.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "isolated",
            "limited",
            "low_frequency",
            "ongoing_regular",
            "collegiality",
            "symbiotic"
        ]
    );
}

#[test]
fn isolated_schools_level_1() {
    // Figure 1, first arrangement: "isolated schools, with no or few collaborations with other
    // schools" (the seed's own description of the level, used as the case).
    let ins = continuum();
    let answers = [
        ("origin", "none"),
        ("staff_work", "never"),
        ("participants", "no_one"),
        ("student_learning", "not_at_all"),
        ("forums", "no_forum"),
        ("resources", "none"),
        ("management", "separate"),
    ];
    let l = level(&ins, &answers);
    assert_eq!(l, 0);
    assert_eq!(stage_id(&ins, l), "isolated");
}

#[test]
fn limited_partnership_imposed_from_outside_level_2() {
    // Figure 1, second arrangement: "limited partnership, in which the contact between the
    // schools is limited and usually imposed by an outside body" (the level's description, used
    // as the case). Students are not part of it; the little contact there is comes from outside.
    let ins = continuum();
    let answers = [
        ("origin", "imposed"),
        ("staff_work", "when_required"),
        ("participants", "few_representatives"),
        ("student_learning", "not_at_all"),
        ("forums", "outside_meetings"),
        ("resources", "none"),
        ("management", "formal_ties"),
    ];
    let l = level(&ins, &answers);
    assert_eq!(l, 1);
    assert_eq!(stage_id(&ins, l), "limited");
}

#[test]
fn twin_schools_england_ghana_level_3() {
    // Chapter B 4.6: "twin" schools in England and Ghana ran a joint project growing fruit and
    // vegetables in school gardens; teachers held preparatory meetings and mutual visits to plan
    // it, and students communicated online, led by the teachers. Contact mainly between teachers,
    // around one bounded project: the low-frequency partnership of Figure 1.
    let ins = continuum();
    let answers = [
        ("origin", "for_project"),
        ("staff_work", "bounded_period"),
        ("participants", "teachers_mainly"),
        ("student_learning", "around_events"),
        ("forums", "project_meetings"),
    ];
    let l = level(&ins, &answers);
    assert_eq!(l, 2);
    assert_eq!(stage_id(&ins, l), "low_frequency");
}

#[test]
fn northern_ireland_earlier_one_off_encounters_level_3() {
    // Chapter B 1.3: before the Shared Education Programme, Northern Ireland tried "one-off
    // meetings between groups", which succeeded less. Students meeting around single events is
    // the low-frequency partnership of Figure 1.
    let ins = continuum();
    let answers = [
        ("origin", "for_project"),
        ("student_learning", "around_events"),
        ("participants", "teachers_mainly"),
    ];
    assert_eq!(level(&ins, &answers), 2);
}

#[test]
fn northern_ireland_shared_education_weekly_classes_level_4() {
    // Chapter B 2.2: the Shared Education Programme in Northern Ireland holds joint learning of
    // students "in a stable and regular way (once a week for three years), within the formal
    // curriculum", on five socio-educational topics. Regular joint learning built into the
    // curriculum over time: ongoing and regular collaboration.
    let ins = continuum();
    let answers = [
        ("origin", "long_term_programme"),
        ("staff_work", "regular"),
        ("participants", "staff_and_students"),
        ("student_learning", "in_curriculum"),
    ];
    let l = level(&ins, &answers);
    assert_eq!(l, 3);
    assert_eq!(stage_id(&ins, l), "ongoing_regular");
}

#[test]
fn northern_ireland_shared_education_embedded_level_5() {
    // Chapter B 4.5: in the Shared Education Partnership "a leadership leading the partnership
    // was formed and lead teachers were appointed", there were "regular activities of joint
    // learning for students", teachers learned and taught together and "developed new learning
    // materials and pedagogical resources", and the joint work of the teaching staffs "became a
    // routine and was embedded in the schools": students learn together, staffs work together,
    // resources created are shared - a culture of collegiality.
    let ins = continuum();
    let answers = [
        ("staff_work", "routine"),
        ("participants", "students_teachers_managements"),
        ("student_learning", "in_curriculum"),
        ("forums", "joint_teams"),
        ("resources", "co_created"),
        ("management", "continuous_work"),
    ];
    let l = level(&ins, &answers);
    assert_eq!(l, 4);
    assert_eq!(stage_id(&ins, l), "collegiality");
}

#[test]
fn flemish_umbrella_organisation_level_6() {
    // Chapter B 3.4: in Belgium, schools with a shared agenda and interests join voluntarily in an
    // umbrella organisation with joint management; it gives every school administrative support,
    // strategic direction and professional support, purchases jointly, runs professional
    // development jointly, appoints role holders serving all schools, and is committed to the
    // survival of each school. Organisation-level joint work with a shared resource pool, each
    // school remaining itself: a symbiotic partnership.
    let ins = continuum();
    let answers = [
        ("origin", "shared_needs"),
        ("staff_work", "organisation_model"),
        ("resources", "shared_pool"),
        ("management", "joint_management"),
    ];
    let l = level(&ins, &answers);
    assert_eq!(l, 5);
    assert_eq!(stage_id(&ins, l), "symbiotic");
}

#[test]
fn northern_ireland_shared_campuses_level_6() {
    // Chapter B 1.3: shared campuses in partner schools - a media and arts campus in one school,
    // a science and technology campus in the other - "serving all the students", built with
    // separate spaces for each school and a shared space. Shared provision and facilities while
    // each school keeps its identity: a symbiotic partnership.
    let ins = continuum();
    let answers = [
        ("student_learning", "shared_provision"),
        ("resources", "shared_pool"),
        ("participants", "whole_organisations"),
    ];
    assert_eq!(level(&ins, &answers), 5);
}

#[test]
fn no_answers_give_no_level() {
    let ins = continuum();
    let r = response(&[]);
    assert_eq!(classify(&ins, &[&r]), None);
}

#[test]
fn every_answer_at_level_6_gives_the_last_level() {
    let ins = continuum();
    let mut answers: Vec<(String, String)> = Vec::new();
    for item in ins.items() {
        let options = item.answer.options();
        let top = options
            .iter()
            .filter_map(|o| o.level)
            .max()
            .expect("classifier options have levels");
        if top == 6 {
            let o = options.iter().find(|o| o.level == Some(6)).unwrap();
            answers.push((item.id.clone(), o.id.clone()));
        }
    }
    assert!(answers.len() >= 5, "most questions offer level 6");
    let pairs: Vec<(&str, &str)> = answers
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(level(&ins, &pairs), 5);
}

#[test]
fn every_question_is_a_single_choice_with_levels_from_1() {
    // Each question offers the isolated answer (level 1) and levels in increasing order, so that
    // the options read as the continuum itself.
    let ins = continuum();
    let questions: Vec<_> = ins.items().collect();
    assert!(
        (5..=7).contains(&questions.len()),
        "a short questionnaire: {}",
        questions.len()
    );
    for item in questions {
        let levels: Vec<u8> = item
            .answer
            .options()
            .iter()
            .map(|o| o.level.expect("level"))
            .collect();
        assert_eq!(item.answer.key(), "single", "{}", item.id);
        assert_eq!(levels.first(), Some(&1), "{}", item.id);
        assert!(
            levels.windows(2).all(|w| w[0] < w[1]),
            "{}: levels in order",
            item.id
        );
    }
}
