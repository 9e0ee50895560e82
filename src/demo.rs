//! The demo workspace a first-time user sees: five example plans, one per [`PlanKind`], each
//! drawn from one of the seed documents (see `shared/domain/CATALOGUE.md`).
//!
//! The demo is data: `src/demo/{he,en,ar}.json`, Shutaf files written in each language (minified
//! into the build by `build.rs`), read through the same import as any file, so the demo always
//! passes import's checks. The people
//! and organisations are fictitious, and e-mail addresses use the reserved `example.org` domain.
//! Ids are the same in every language, so the same demo always gets the same ids.
//!
//! [`PlanKind`]: crate::model::PlanKind

use crate::format;
use crate::i18n::Lang;
use crate::model::Workspace;

/// The demo workspace, in one language.
pub fn workspace(lang: Lang) -> Workspace {
    let text = match lang {
        Lang::He => include_str!(concat!(env!("OUT_DIR"), "/demo-he.json")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/demo-en.json")),
        Lang::Ar => include_str!(concat!(env!("OUT_DIR"), "/demo-ar.json")),
    };
    // A test checks every language's file imports cleanly; a broken one is a build mistake.
    let imported = format::import(text).expect("the demo files import");
    format::into_workspace(imported.plans)
}

#[cfg(test)]
mod tests {
    use crate::model::{Date, Id, Plan, PlanKind};
    use std::collections::HashSet;

    use super::*;

    fn is_hebrew(c: char) -> bool {
        ('\u{05D0}'..='\u{05EA}').contains(&c)
    }

    fn is_arabic(c: char) -> bool {
        ('\u{0620}'..='\u{064A}').contains(&c)
    }

    /// Every text of a plan, with a label for messages.
    fn texts(plan: &Plan) -> Vec<(String, &str)> {
        let mut out = vec![
            (format!("{}.name", plan.id), plan.name.as_str()),
            (
                format!("{}.description", plan.id),
                plan.description.as_str(),
            ),
        ];
        for p in &plan.partners {
            out.push((format!("{}.name", p.id), p.name.as_str()));
            out.push((
                format!("{}.representative", p.id),
                p.representative.as_str(),
            ));
            out.push((format!("{}.added_value", p.id), p.added_value.as_str()));
            out.push((format!("{}.notes", p.id), p.notes.as_str()));
        }
        for h in &plan.people {
            out.push((format!("{}.name", h.id), h.name.as_str()));
            out.push((format!("{}.role", h.id), h.role.as_str()));
            out.push((format!("{}.contact", h.id), h.contact.as_str()));
            out.push((format!("{}.notes", h.id), h.notes.as_str()));
        }
        out
    }

    #[test]
    fn five_plans_one_per_kind_in_order() {
        for lang in Lang::ALL {
            let ws = workspace(lang);
            let kinds: Vec<PlanKind> = ws.plans.iter().map(|p| p.kind).collect();
            assert_eq!(kinds, PlanKind::ALL.to_vec(), "{lang:?}");
        }
    }

    #[test]
    fn every_plan_is_filled_in() {
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                assert!(plan.partners.len() >= 3, "{lang:?} {}", plan.id);
                assert!(plan.people.len() >= 3, "{lang:?} {}", plan.id);
                assert!(!plan.name.trim().is_empty(), "{lang:?} {}", plan.id);
                assert!(!plan.description.trim().is_empty(), "{lang:?} {}", plan.id);
                for p in &plan.partners {
                    assert!(!p.name.trim().is_empty(), "{lang:?} {}", p.id);
                    assert!(!p.representative.trim().is_empty(), "{lang:?} {}", p.id);
                    assert!(!p.added_value.trim().is_empty(), "{lang:?} {}", p.id);
                }
                for h in &plan.people {
                    assert!(!h.name.trim().is_empty(), "{lang:?} {}", h.id);
                    assert!(!h.role.trim().is_empty(), "{lang:?} {}", h.id);
                }
            }
        }
    }

    #[test]
    fn ids_are_valid_and_unique_and_references_resolve() {
        for lang in Lang::ALL {
            let ws = workspace(lang);
            let mut plan_ids = HashSet::new();
            for plan in ws.plans.iter() {
                assert!(Id::is_valid(plan.id.as_str()), "{lang:?} {}", plan.id);
                assert!(
                    plan_ids.insert(plan.id.clone()),
                    "duplicate plan id {}",
                    plan.id
                );
                let mut partner_ids = HashSet::new();
                for p in &plan.partners {
                    assert!(Id::is_valid(p.id.as_str()), "{lang:?} {}", p.id);
                    assert!(
                        partner_ids.insert(p.id.clone()),
                        "duplicate partner id {}",
                        p.id
                    );
                }
                let mut person_ids = HashSet::new();
                for h in &plan.people {
                    assert!(Id::is_valid(h.id.as_str()), "{lang:?} {}", h.id);
                    assert!(
                        person_ids.insert(h.id.clone()),
                        "duplicate person id {}",
                        h.id
                    );
                    if let Some(pid) = &h.partner_id {
                        assert!(plan.partner(pid).is_some(), "{lang:?} {} -> {pid}", h.id);
                    }
                }
            }
        }
    }

    #[test]
    fn ids_are_the_same_in_every_language() {
        let ids = |lang| {
            workspace(lang)
                .plans
                .iter()
                .flat_map(|p| {
                    let mut v = vec![p.id.clone()];
                    v.extend(p.partners.iter().map(|x| x.id.clone()));
                    v.extend(p.people.iter().map(|x| x.id.clone()));
                    v
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Lang::He), ids(Lang::En));
        assert_eq!(ids(Lang::He), ids(Lang::Ar));
    }

    #[test]
    fn dates_are_real_and_in_order() {
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                let start = plan.start_date.as_ref().expect("start date");
                let end = plan.end_date.as_ref().expect("end date");
                assert!(Date::parse(start.as_str()).is_some(), "{}", plan.id);
                assert!(Date::parse(end.as_str()).is_some(), "{}", plan.id);
                assert!(start <= end, "{}", plan.id);
            }
        }
    }

    #[test]
    fn texts_fit_the_limits_and_have_no_bidi_controls() {
        use crate::text::{is_bidi_control, MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};
        let len = |s: &str| s.chars().count();
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                assert!(len(&plan.name) <= MAX_NAME);
                assert!(len(&plan.description) <= MAX_LONG);
                for p in &plan.partners {
                    assert!(len(&p.name) <= MAX_NAME, "{}", p.id);
                    assert!(len(&p.representative) <= MAX_SHORT, "{}", p.id);
                    assert!(len(&p.added_value) <= MAX_MEDIUM, "{}", p.id);
                    assert!(len(&p.notes) <= MAX_LONG, "{}", p.id);
                }
                for h in &plan.people {
                    assert!(len(&h.name) <= MAX_NAME, "{}", h.id);
                    assert!(len(&h.role) <= MAX_SHORT, "{}", h.id);
                    assert!(len(&h.contact) <= MAX_SHORT, "{}", h.id);
                    assert!(len(&h.notes) <= MAX_LONG, "{}", h.id);
                }
                for (label, text) in texts(plan) {
                    assert!(!text.chars().any(is_bidi_control), "{lang:?} {label}");
                    assert_eq!(text, text.trim(), "{lang:?} {label}: stray whitespace");
                }
            }
        }
    }

    #[test]
    fn texts_are_in_the_requested_language() {
        for lang in Lang::ALL {
            for plan in workspace(lang).plans.iter() {
                let mut names = vec![plan.name.as_str()];
                names.extend(plan.partners.iter().map(|p| p.name.as_str()));
                names.extend(plan.people.iter().map(|h| h.name.as_str()));
                for name in names {
                    match lang {
                        Lang::He => assert!(name.chars().any(is_hebrew), "not Hebrew: {name}"),
                        Lang::Ar => assert!(name.chars().any(is_arabic), "not Arabic: {name}"),
                        Lang::En => {}
                    }
                }
                for (label, text) in texts(plan) {
                    match lang {
                        Lang::He => assert!(!text.chars().any(is_arabic), "Arabic in He {label}"),
                        Lang::Ar => assert!(!text.chars().any(is_hebrew), "Hebrew in Ar {label}"),
                        Lang::En => assert!(
                            !text.chars().any(|c| is_hebrew(c) || is_arabic(c)),
                            "Hebrew or Arabic in En {label}"
                        ),
                    }
                }
                match lang {
                    Lang::He => assert!(plan.description.chars().any(is_hebrew), "{}", plan.id),
                    Lang::Ar => assert!(plan.description.chars().any(is_arabic), "{}", plan.id),
                    Lang::En => {}
                }
            }
        }
    }

    #[test]
    fn languages_differ() {
        let names = |lang| {
            workspace(lang)
                .plans
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_ne!(names(Lang::He), names(Lang::En));
        assert_ne!(names(Lang::He), names(Lang::Ar));
        assert_ne!(names(Lang::En), names(Lang::Ar));
    }

    #[test]
    fn round_trips_through_the_file_format_without_warnings() {
        for lang in Lang::ALL {
            let ws = workspace(lang);
            let text = crate::format::export_workspace(&ws);
            let imported = match crate::format::import(&text) {
                Ok(i) => i,
                Err(problems) => panic!("{lang:?}: import failed: {problems:?}"),
            };
            assert!(
                imported.warnings.is_empty(),
                "{lang:?}: {:?}",
                imported.warnings
            );
            let plans: Vec<Plan> = ws.plans.iter().map(|p| (**p).clone()).collect();
            assert_eq!(imported.plans, plans, "{lang:?}");
        }
    }
}
