//! Every instrument of the library is well formed: it parses, its ids are unique, every text
//! exists in Hebrew, English and Arabic, and its scoring fits its shape.

use std::collections::HashSet;

use shutaf::instrument::{self, library, library_files, validate};

#[test]
fn every_library_file_parses_and_validates() {
    let mut problems = Vec::new();
    for (name, text) in library_files() {
        match serde_json::from_str::<instrument::Instrument>(text) {
            Ok(ins) => {
                if format!("{}.json", ins.id) != *name {
                    problems.push(format!(
                        "{name}: the file name must be the id ({}.json)",
                        ins.id
                    ));
                }
                problems.extend(validate(&ins));
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn instrument_ids_are_unique() {
    let lib = library();
    let ids: HashSet<&str> = lib.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), lib.len());
}

#[test]
fn validation_catches_broken_definitions() {
    let mut ins = library()
        .into_iter()
        .find(|i| i.id == "milestones")
        .expect("milestones ships");
    assert!(validate(&ins).is_empty());
    ins.sections[0].items[0].text.ar.clear();
    ins.sections[1].items[0].id = ins.sections[0].items[0].id.clone();
    ins.sections[2].items[0].stage = Some("no_such_stage".into());
    let problems = validate(&ins);
    assert!(
        problems.iter().any(|p| p.contains("empty ar text")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("not unique")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("stage no_such_stage does not exist")),
        "{problems:?}"
    );
}

/// The library the instruments issue asks for, by seed: a missing file fails here.
#[test]
fn the_library_has_every_instrument_of_the_seeds() {
    let lib = library();
    let expected = [
        ("000", "ten_principles"),
        ("000", "milestones"),
        ("000", "strategic_planning"),
        ("000", "reality_test"),
        ("000", "support_process_planning"),
        ("000", "circle_of_influence"),
        ("001", "effective_meeting"),
        ("001", "partnership_atmosphere"),
        ("001", "working_group_member"),
        ("001", "chair_support"),
        ("001", "measurement_points"),
        ("001", "ecosystem_stages"),
        ("002", "sharing_continuum"),
        ("002", "profile_card"),
        ("002", "success_factors"),
        ("002", "barriers_scan"),
        ("003", "grow_session"),
        ("003", "coaching_success_components"),
        ("003", "coaching_skills"),
        ("003", "coaching_stages"),
        ("004", "monitoring_axes"),
        ("004", "composition_check"),
        ("004", "convener_roles"),
        ("004", "feedback_interview"),
        ("004", "network_contribution"),
    ];
    for (source, id) in expected {
        let ins = lib
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("{id} is missing"));
        assert_eq!(ins.source, source, "{id}");
    }
    // The shapes the seeds call for.
    let shape = |id: &str| lib.iter().find(|i| i.id == id).unwrap().shape;
    use shutaf::instrument::Shape::*;
    assert_eq!(shape("sharing_continuum"), Classifier);
    assert_eq!(shape("milestones"), StagedModel);
    assert_eq!(shape("ecosystem_stages"), StagedModel);
    assert_eq!(shape("coaching_stages"), StagedModel);
    assert_eq!(shape("success_factors"), SelfAssessment);
    assert_eq!(shape("ten_principles"), Checklist);
    // The seed's fifteen items, twenty-one interview questions and sixteen GROW questions.
    let items = |id: &str| lib.iter().find(|i| i.id == id).unwrap().items().count();
    assert!(items("support_process_planning") >= 15);
    assert!(items("feedback_interview") >= 21);
    assert!(items("grow_session") >= 16);
    // Every instrument is suggested for at least one kind of plan.
    for ins in &lib {
        assert!(
            !ins.plan_kinds.is_empty(),
            "{} is suggested for no kind of plan",
            ins.id
        );
    }
}

/// The app decodes a compact form of the library that `build.rs` writes: it must give exactly
/// what serde gives from the JSON files, field by field and in the same order.
#[test]
fn the_compact_library_equals_the_json_files() {
    let decoded = library();
    let parsed: Vec<instrument::Instrument> = library_files()
        .iter()
        .map(|(name, text)| serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect();
    assert_eq!(decoded.len(), parsed.len());
    for (d, p) in decoded.iter().zip(&parsed) {
        assert_eq!(
            d, p,
            "{} differs between the compact form and the JSON file",
            p.id
        );
    }
}

/// The app fetches `public/texts/instruments-<lang>.json`: each must be exactly the table the
/// build made from the library. `UPDATE_ASSETS=1 cargo test --test instruments` rewrites them.
#[test]
fn the_shipped_text_files_are_current() {
    use shutaf::i18n::Lang;
    for lang in Lang::ALL {
        let path = format!(
            "{}/public/texts/instruments-{}.json",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        let expected = instrument::texts_json(lang);
        if std::env::var("UPDATE_ASSETS").is_ok() {
            std::fs::create_dir_all(format!("{}/public/texts", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
            std::fs::write(&path, expected).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == expected,
            "{path} is stale: run UPDATE_ASSETS=1 cargo test --test instruments"
        );
    }
}

/// Loaded in one language, every text is that language's; the others fall back to it.
#[test]
fn the_library_in_one_language_has_that_languages_texts() {
    use shutaf::i18n::Lang;
    let full = library();
    for lang in Lang::ALL {
        let table: Vec<String> = serde_json::from_str(instrument::texts_json(lang)).unwrap();
        let one = instrument::library_in(lang, &table);
        assert_eq!(one.len(), full.len());
        for (a, b) in one.iter().zip(&full) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.title.get(lang), b.title.get(lang));
            for other in Lang::ALL {
                // Every language shows the loaded texts until its own arrive.
                assert_eq!(a.title.get(other), b.title.get(lang));
            }
            let texts = |i: &instrument::Instrument| -> Vec<String> {
                i.items().map(|x| x.text.get(lang).to_string()).collect()
            };
            assert_eq!(texts(a), texts(b));
        }
    }
    // Without texts, the structure is all there.
    let bare = instrument::library_in(Lang::He, &[]);
    assert_eq!(
        bare.iter().map(|i| i.items().count()).sum::<usize>(),
        full.iter().map(|i| i.items().count()).sum::<usize>()
    );
    assert!(bare.iter().all(|i| i.title.get(Lang::He).is_empty()));
}
