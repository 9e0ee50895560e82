//! The translations: the same messages, attributes and variables in every language; every key the
//! interface asks for exists; every message formats.
//!
//! `ar.ftl` may still hold English text while it is being translated: nothing here requires a
//! particular script, only the same keys and variables.

use shutaf::instrument::Shape;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use shutaf::format::ValueType;
use shutaf::i18n::{message_ids, Arg, Lang, Translator};
use shutaf::model::{Module, Origin, PlanKind, Relationship, Sector};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn ids(lang: Lang) -> BTreeSet<String> {
    let ids = message_ids(lang.source()).unwrap_or_else(|e| panic!("{}.ftl: {e}", lang.code()));
    let set: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(
        set.len(),
        ids.len(),
        "{}.ftl defines a message twice",
        lang.code()
    );
    set
}

// ---------------------------------------------------------------------------------------------
// Parsing

#[test]
fn every_ftl_file_parses_without_errors() {
    for lang in Lang::ALL {
        let path = root().join(format!("locales/{}.ftl", lang.code()));
        let on_disk = std::fs::read_to_string(&path).unwrap();
        // The app ships the file without its comment and blank lines, and nothing else changed.
        let stripped: Vec<&str> = on_disk
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert_eq!(
            stripped.join("\n") + "\n",
            lang.source(),
            "{}: the bundled source is the file without comments",
            lang.code()
        );
        let resource = match fluent_syntax::parser::parse(lang.source()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}.ftl: {} errors: {errors:#?}", lang.code(), errors.len()),
        };
        for entry in &resource.body {
            assert!(
                !matches!(entry, ast::Entry::Junk { .. }),
                "{}.ftl: junk {entry:?}",
                lang.code()
            );
        }
        assert!(message_ids(lang.source()).is_ok());
        assert!(
            ids(lang).len() > 100,
            "{}.ftl has only {} messages",
            lang.code(),
            ids(lang).len()
        );
    }
    // The check itself can fail.
    assert!(message_ids("broken = { $").is_err());
}

#[test]
fn every_language_has_the_same_messages_and_attributes() {
    let en = ids(Lang::En);
    for lang in [Lang::He, Lang::Ar] {
        let other = ids(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}.ftl has messages English lacks: {extra:?}",
            lang.code()
        );
    }
    // Attributes are listed as `id.attribute`.
    assert!(en.contains("action-undo.title"));
    assert!(en.contains("kind-school_support.desc"));
}

// ---------------------------------------------------------------------------------------------
// Variables

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_in_inline(i, out),
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for a in &arguments.named {
                vars_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for a in &arguments.named {
                vars_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        _ => {}
    }
}

/// The variables each message (and each `message.attribute`) uses.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(r, _)| r);
    let mut map = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                let mut vars = BTreeSet::new();
                vars_in_pattern(value, &mut vars);
                map.insert(m.id.name.to_string(), vars);
            }
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                vars_in_pattern(&a.value, &mut vars);
                map.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    map
}

#[test]
fn every_language_uses_the_same_variables() {
    let en = variables(Lang::En);
    assert_eq!(en.keys().cloned().collect::<BTreeSet<_>>(), ids(Lang::En));
    // The scan finds variables, also inside selectors and variants.
    assert_eq!(
        en["plan-partner-count"],
        BTreeSet::from(["count".to_string()])
    );
    assert_eq!(
        en["problem-newer-version"],
        BTreeSet::from(["found".to_string(), "supported".to_string()])
    );
    for lang in [Lang::He, Lang::Ar] {
        let other = variables(lang);
        for (id, vars) in &en {
            let Some(theirs) = other.get(id) else {
                continue;
            };
            let missing: Vec<_> = vars.difference(theirs).collect();
            let unknown: Vec<_> = theirs.difference(vars).collect();
            assert!(
                missing.is_empty(),
                "{}.ftl {id}: does not use {missing:?}",
                lang.code()
            );
            assert!(
                unknown.is_empty(),
                "{}.ftl {id}: uses {unknown:?}, which the code never passes",
                lang.code()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let vars = variables(Lang::En);
    for lang in Lang::ALL {
        let resource = FluentResource::try_new(lang.source().to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle
            .add_resource(resource)
            .expect("no message defined twice");
        let tr = Translator::new(lang);
        assert_eq!(tr.lang(), lang);
        for id in ids(lang) {
            let (msg_id, attr) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id.as_str(), None),
            };
            let msg = bundle.get_message(msg_id).unwrap();
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).unwrap().value(),
                None => msg.value().unwrap(),
            };
            // Numbers for every variable: plural selectors get a real number.
            let mut args = FluentArgs::new();
            let mut targs: Vec<(&str, Arg)> = Vec::new();
            for v in &vars[&id] {
                args.set(v.as_str(), FluentValue::from(3));
                targs.push((v.as_str(), Arg::Num(3.0)));
            }
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.code());
            assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.code());

            let via = tr.t_args(&id, &targs);
            assert_eq!(
                via,
                text,
                "{}: {id}: the app's formatter and Fluent differ",
                lang.code()
            );
            // Every plural category and exact-number variant, and text arguments: the app's
            // formatter says exactly what Fluent says.
            // (Up to 100: from there Fluent's Arabic rules forget CLDR's "n % 100"; see
            // `arabic_plurals_follow_cldr_beyond_a_hundred`.)
            for n in [
                0.0, 1.0, 2.0, 3.0, 5.0, 10.0, 11.0, 14.0, 20.0, 99.0, 100.0, 0.5, 2.5,
            ] {
                let mut args = FluentArgs::new();
                let mut targs: Vec<(&str, Arg)> = Vec::new();
                for v in &vars[&id] {
                    args.set(v.as_str(), FluentValue::from(n));
                    targs.push((v.as_str(), Arg::Num(n)));
                }
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert_eq!(
                    tr.t_args(&id, &targs),
                    text,
                    "{}: {id} with {n}",
                    lang.code()
                );
            }
            let mut args = FluentArgs::new();
            let mut targs: Vec<(&str, Arg)> = Vec::new();
            for v in &vars[&id] {
                args.set(v.as_str(), FluentValue::from("שותף \"א\" {x}"));
                targs.push((v.as_str(), Arg::Str("שותף \"א\" {x}")));
            }
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert_eq!(
                tr.t_args(&id, &targs),
                text,
                "{}: {id} with text",
                lang.code()
            );
            assert_ne!(via, id, "{}: {id} formats as its id", lang.code());
            assert!(!via.trim().is_empty(), "{}: {id}", lang.code());
            if targs.is_empty() {
                assert_eq!(tr.t(&id), via);
            }
            assert!(tr.has(msg_id));
        }
        // The check itself can fail: an unknown id comes back as itself.
        assert_eq!(tr.t("no-such-message"), "no-such-message");
        assert_eq!(
            tr.t("app-title.no-such-attribute"),
            "app-title.no-such-attribute"
        );
    }
}

#[test]
fn arabic_plurals_follow_cldr_beyond_a_hundred() {
    // CLDR: few is n % 100 = 3..10, many is n % 100 = 11..99 (103 books: few; 111 books: many).
    let tr = Translator::new(Lang::Ar);
    let say = |n: usize| tr.t_args("actions-to-tasks", &[("count", n.into())]);
    assert!(say(103).contains("إجراءات"), "{}", say(103));
    assert!(say(111).contains("إجراءً"), "{}", say(111));
    assert!(say(1011).contains("إجراءً"), "{}", say(1011));
    assert_eq!(
        say(100),
        say(7).replace('7', "100").replace("إجراءات", "إجراء")
    );
    assert!(!say(102).contains("إجراءً") && !say(102).contains("إجراءات"));
}

#[test]
fn plural_messages_choose_a_variant_by_count() {
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let one = tr.t_args("plan-partner-count", &[("count", 1usize.into())]);
        let many = tr.t_args("plan-partner-count", &[("count", 7usize.into())]);
        assert!(many.contains('7'), "{}: {many}", lang.code());
        assert_ne!(one, many);
    }
}

// ---------------------------------------------------------------------------------------------
// Keys the interface uses

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A string literal starting at `s` (which begins with `"`), without its quotes; escapes are
/// kept as written (message ids have none).
fn literal(s: &str) -> Option<&str> {
    let body = s.strip_prefix('"')?;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(&body[..i]),
            _ => escaped = false,
        }
    }
    None
}

struct UiKeys {
    /// Literal keys: `t("…")`, `.t("…")`, `t_args("…"`, `tr.t("…")`, with where they are.
    keys: Vec<(String, String)>,
    /// Keys built with `format!`: the text of the format string, e.g. `kind-{}.desc`.
    built: Vec<(String, String)>,
    /// Keys chosen in a match arm (`=> "error-…"`, `=> { "error-…" }`, `=> ("save-status-…", …)`).
    chosen: Vec<(String, String)>,
}

fn ui_keys() -> UiKeys {
    let mut files = Vec::new();
    rust_files(&root().join("components/src"), &mut files);
    files.sort();
    let mut found = UiKeys {
        keys: vec![],
        built: vec![],
        chosen: vec![],
    };
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        let line_of = |at: usize| text[..at].matches('\n').count() + 1;
        for (at, _) in text
            .match_indices("t(")
            .chain(text.match_indices("t_args("))
        {
            // `t` must be a whole name: `t(`, `.t(`, `tr.t(`, `ctx.t(`, `t_args(`; not `set(`.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let open = at + text[at..].find('(').unwrap() + 1;
            let rest = text[open..].trim_start();
            let place = format!("{name}:{}", line_of(at));
            if let Some(key) = literal(rest) {
                found.keys.push((key.to_string(), place));
            } else if let Some(f) = rest
                .strip_prefix("&format!(")
                .map(str::trim_start)
                .and_then(literal)
            {
                found.built.push((f.to_string(), place));
            }
        }
        for (at, _) in text.match_indices("=>") {
            let rest = text[at + 2..].trim_start();
            let rest = rest
                .strip_prefix(['(', '{'])
                .map(str::trim_start)
                .unwrap_or(rest);
            if let Some(key) = literal(rest) {
                if key.starts_with("error-") || key.starts_with("save-status-") {
                    found
                        .chosen
                        .push((key.to_string(), format!("{name}:{}", line_of(at))));
                }
            }
        }
    }
    found
}

#[test]
fn every_key_the_interface_uses_exists() {
    let en = ids(Lang::En);
    let ui = ui_keys();
    // The scan works: the interface has many keys.
    assert!(
        ui.keys.len() >= 50,
        "only {} keys found; is the scan broken?",
        ui.keys.len()
    );
    assert!(ui.keys.iter().any(|(k, _)| k == "action-undo.title"));
    let mut missing = Vec::new();
    for (key, place) in ui.keys.iter().chain(&ui.chosen) {
        if !en.contains(key) {
            missing.push(format!("{key} ({place})"));
        }
    }
    assert!(
        missing.is_empty(),
        "keys used by the interface but missing from en.ftl:\n{}",
        missing.join("\n")
    );
}

/// The keys the interface builds with `format!`, from the enums they are built from.
fn built_keys() -> BTreeMap<&'static str, Vec<String>> {
    let mut m = BTreeMap::new();
    m.insert(
        "kind-",
        PlanKind::ALL
            .iter()
            .map(|k| format!("kind-{}", k.key()))
            .collect(),
    );
    m.insert(
        "kind-.desc",
        PlanKind::ALL
            .iter()
            .map(|k| format!("kind-{}.desc", k.key()))
            .collect(),
    );
    m.insert(
        "origin-",
        Origin::ALL
            .iter()
            .map(|k| format!("origin-{}", k.key()))
            .collect(),
    );
    m.insert(
        "sector-",
        Sector::ALL
            .iter()
            .map(|k| format!("sector-{}", k.key()))
            .collect(),
    );
    m.insert(
        "relationship-",
        Relationship::ALL
            .iter()
            .map(|k| format!("relationship-{}", k.key()))
            .collect(),
    );
    let modules = [
        Module::Details,
        Module::Partners,
        Module::People,
        Module::Instruments,
        Module::Tasks,
        Module::Governance,
        Module::Evaluation,
    ];
    // Every kind shows every module.
    for kind in PlanKind::ALL {
        for module in modules {
            assert!(
                kind.modules().contains(&module),
                "{kind:?} lacks {module:?}"
            );
        }
    }
    m.insert(
        "section-",
        modules
            .iter()
            .chain([&Module::Coaching])
            .map(|k| format!("section-{}", k.key()))
            .collect(),
    );
    let types = [
        ValueType::Text,
        ValueType::Number,
        ValueType::Boolean,
        ValueType::List,
        ValueType::Object,
    ];
    m.insert("agree-", (1..=5).map(|v| format!("agree-{v}")).collect());
    // Coaching (issue 8).
    {
        use shutaf::coaching::{Role, Stage};
        let keyed = |prefix: &str, keys: Vec<String>| -> Vec<String> {
            keys.iter().map(|k| format!("{prefix}{k}")).collect()
        };
        m.insert(
            "coaching-stage-",
            keyed(
                "coaching-stage-",
                Stage::ALL.iter().map(|s| s.key().into()).collect(),
            ),
        );
        m.insert(
            "coaching-role-",
            keyed(
                "coaching-role-",
                Role::ALL.iter().map(|s| s.key().into()).collect(),
            ),
        );
        m.insert(
            "coaching-agree-",
            keyed(
                "coaching-agree-",
                shutaf::coaching::Settings::default()
                    .agreements()
                    .iter()
                    .map(|(k, _)| k.to_string())
                    .collect(),
            ),
        );
        m.insert(
            "coaching-found-",
            keyed(
                "coaching-found-",
                ["session", "goal", "observation", "reflection"]
                    .map(String::from)
                    .to_vec(),
            ),
        );
        m.insert(
            "coaching-grow-",
            keyed(
                "coaching-grow-",
                ["goal", "reality", "options", "wrap_up"]
                    .map(String::from)
                    .to_vec(),
            ),
        );
        m.insert(
            "coaching-month-",
            keyed(
                "coaching-month-",
                (1..=12).map(|n: u32| n.to_string()).collect(),
            ),
        );
    }
    m.insert(
        "size-",
        ["pair", "small", "expanded", "dozens"]
            .iter()
            .map(|k| format!("size-{k}"))
            .collect(),
    );
    m.insert(
        "horizon-",
        shutaf::instrument::Horizon::ALL
            .iter()
            .map(|h| format!("horizon-{}", h.key()))
            .collect(),
    );
    m.insert(
        "shape-",
        [
            Shape::Checklist,
            Shape::Questionnaire,
            Shape::SelfAssessment,
            Shape::StagedModel,
            Shape::Classifier,
        ]
        .iter()
        .map(|s| format!("shape-{}", s.key()))
        .collect(),
    );
    // The partner landscape (issue 5).
    fn keys<T: Copy>(prefix: &str, all: &[T], key: fn(T) -> &'static str) -> Vec<String> {
        all.iter().map(|v| format!("{prefix}{}", key(*v))).collect()
    }
    {
        use shutaf::landscape::*;
        use shutaf::model::Weekday;
        m.insert("weekday-", keys("weekday-", Weekday::ALL, Weekday::key));
        m.insert(
            "land-kind-",
            keys("land-kind-", AreaKind::ALL, AreaKind::key),
        );
        m.insert(
            "land-source-",
            keys("land-source-", ConflictSource::ALL, ConflictSource::key),
        );
        m.insert(
            "land-status-",
            keys("land-status-", ConflictStatus::ALL, ConflictStatus::key),
        );
        m.insert(
            "land-freq-",
            keys("land-freq-", Frequency::ALL, Frequency::key),
        );
        m.insert(
            "land-channel-",
            keys("land-channel-", Channel::ALL, Channel::key),
        );
        m.insert(
            "land-joint-kind-",
            keys("land-joint-kind-", JointKind::ALL, JointKind::key),
        );
        m.insert(
            "land-",
            [
                "registry",
                "map",
                "areas",
                "rhythm",
                "conflicts",
                "joint",
                "contacts",
            ]
            .iter()
            .map(|s| format!("land-{s}"))
            .collect(),
        );
    }
    m.insert(
        "value-type-",
        types
            .iter()
            .map(|k| format!("value-type-{}", k.key()))
            .collect(),
    );
    // Governance (issue 6).
    {
        use shutaf::governance as g;
        let mut put = |prefix: &'static str, keys: &[&str]| {
            m.insert(
                prefix,
                keys.iter().map(|k| format!("{prefix}{k}")).collect(),
            );
        };
        put(
            "gov-h-",
            &[
                "stage",
                "charter",
                "workplan",
                "timeline",
                "bodies",
                "meetings",
                "figures",
                "community",
            ],
        );
        put(
            "gov-warn-",
            &[
                "core-programs",
                "no-executor",
                "group-size",
                "chairs",
                "no-chair-on-steering",
                "missing-traits",
            ],
        );
        let kinds: Vec<&str> = g::BodyKind::ALL.iter().map(|k| k.key()).collect();
        put("gov-kind-", &kinds);
        put("gov-trait-", &g::TRAITS);
        put("gov-channel-", &g::CHANNELS);
        put("gov-activity-", &g::ACTIVITY_KINDS);
        put(
            "gov-fig-",
            &[
                "meetings",
                "attendance",
                "consistency",
                "returning",
                "tasks",
                "initiatives",
                "topics",
                "sectors",
            ],
        );
    }
    // Measurement and evaluation (issue 7).
    {
        use shutaf::evaluation as ev;
        let keys = |prefix: &str, ks: Vec<&str>| -> Vec<String> {
            ks.iter().map(|k| format!("{prefix}{k}")).collect()
        };
        m.insert(
            "eval-axis-",
            keys(
                "eval-axis-",
                ev::Axis::ALL.iter().map(|v| v.key()).collect(),
            ),
        );
        m.insert(
            "eval-level-",
            keys(
                "eval-level-",
                ev::Level::ALL.iter().map(|v| v.key()).collect(),
            ),
        );
        m.insert(
            "eval-reach-",
            keys(
                "eval-reach-",
                ev::Reach::ALL.iter().map(|v| v.key()).collect(),
            ),
        );
        m.insert(
            "eval-binding-",
            keys("eval-binding-", ev::BINDINGS.to_vec()),
        );
        m.insert("eval-area-", keys("eval-area-", ev::AREAS.to_vec()));
        m.insert(
            "eval-stage--",
            ev::AREAS
                .iter()
                .flat_map(|a| (1..=3).map(move |s| format!("eval-stage-{a}-{s}")))
                .collect(),
        );
        m.insert(
            "eval-warn-",
            keys(
                "eval-warn-",
                vec![
                    "target-without-number",
                    "target-without-baseline",
                    "vague-target",
                    "unmeasured",
                    "overdue",
                ],
            ),
        );
        m.insert(
            "eval-csv-",
            keys(
                "eval-csv-",
                vec![
                    "columns",
                    "unknown-indicator",
                    "bad-date",
                    "bad-value",
                    "empty",
                    "repeated",
                ],
            ),
        );
        m.insert(
            "eval-prev-",
            keys(
                "eval-prev-",
                vec![
                    "none",
                    "only-one",
                    "one-of-three",
                    "two",
                    "some",
                    "most",
                    "all",
                ],
            ),
        );
        m.insert(
            "eval-h-",
            keys(
                "eval-h-",
                vec!["indicators", "design", "network", "interviews", "findings"],
            ),
        );
        m.insert("eval-part-", keys("eval-part-", vec!["1", "2"]));
        m.insert(
            "eval-q-",
            (1..=ev::PROTOCOL).map(|n| format!("eval-q-{n}")).collect(),
        );
        for (prefix, ks) in [
            (
                "eval-kind-",
                ev::IndicatorKind::ALL
                    .iter()
                    .map(|v| v.key())
                    .collect::<Vec<_>>(),
            ),
            (
                "eval-access-",
                ev::Access::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-frequency-",
                ev::Frequency::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-circle-",
                ev::Circle::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-method-",
                ev::Method::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-point-",
                ev::Point::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-objective-",
                ev::Objective::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-joined-",
                ev::Joined::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-role-",
                ev::Role::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-trait-",
                ev::Trait::ALL.iter().map(|v| v.key()).collect(),
            ),
            (
                "eval-steering-",
                ev::Steering::ALL.iter().map(|v| v.key()).collect(),
            ),
        ] {
            m.insert(prefix, keys(prefix, ks));
        }
    }
    m
}

#[test]
fn every_built_key_exists_in_every_language() {
    let built = built_keys();
    for lang in Lang::ALL {
        let ids = ids(lang);
        for keys in built.values() {
            for key in keys {
                assert!(ids.contains(key), "{}.ftl lacks {key}", lang.code());
            }
        }
    }
    // Every key pattern the interface builds is one of those enumerated here.
    let ui = ui_keys();
    assert!(
        !ui.built.is_empty(),
        "no built keys found; is the scan broken?"
    );
    for (f, place) in &ui.built {
        // `kind-{}.desc` → `kind-.desc`; `{prefix}-{}` (a helper taking the prefix) → `-`.
        let mut pattern = String::new();
        let mut depth = 0;
        for c in f.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                c if depth == 0 => pattern.push(c),
                _ => {}
            }
        }
        if pattern == "-" && f.starts_with("{prefix}") {
            continue; // `options(…, "origin")` and the like: the prefixes are enumerated above.
        }
        assert!(
            built.contains_key(pattern.as_str()),
            "{place}: the key `{f}` is built from an enum this test does not know"
        );
    }
    // The values of each enum read differently from one another.
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for keys in built.values() {
            let texts: BTreeSet<String> = keys.iter().map(|k| tr.t(k)).collect();
            assert_eq!(
                texts.len(),
                keys.len(),
                "{}: two of {keys:?} read the same",
                lang.code()
            );
        }
    }
}

#[test]
fn the_language_list_is_consistent() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert!(!lang.native_name().is_empty());
        assert!(matches!(lang.dir(), "rtl" | "ltr"));
    }
    assert_eq!(Lang::default(), Lang::He);
    assert_eq!(Lang::He.dir(), "rtl");
    assert_eq!(Lang::Ar.dir(), "rtl");
    assert_eq!(Lang::En.dir(), "ltr");
    assert_eq!(Lang::from_code("fr"), None);
}

/// The app ships the `.ftl` files without comments and blank lines (`build.rs`): every message
/// must format exactly as it does from the file as written.
#[test]
fn the_shipped_translations_say_what_the_files_say() {
    use fluent_bundle::{FluentBundle, FluentResource};
    for lang in Lang::ALL {
        let path = format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
        let original = std::fs::read_to_string(&path).unwrap();
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle
            .add_resource(FluentResource::try_new(original.clone()).expect("parses"))
            .unwrap();
        let shipped = Translator::new(lang);
        let ids = message_ids(&original).unwrap();
        assert_eq!(ids, message_ids(lang.source()).unwrap(), "{path}");
        for id in ids {
            let (msg, attr) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id.as_str(), None),
            };
            let message = bundle.get_message(msg).unwrap();
            let pattern = match attr {
                Some(a) => message.get_attribute(a).unwrap().value(),
                None => message.value().unwrap(),
            };
            let mut errors = vec![];
            let expected = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                assert_eq!(shipped.t(&id), expected, "{path}: {id}");
            }
        }
    }
}

#[test]
fn the_formatter_reads_multiline_values_attributes_and_selections_as_fluent_does() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    let src = "# comment\n\
        plain = Just text\n\
        multi =\n    First line\n      indented more\n    last line\n\
        after = Text { $name } and { $n ->\n        [0] none\n        [one] one item\n       *[other] { $n } items\n    } end.\n\
        only = { $name }\n\
        with-attrs = Value\n    .title = The title { $name }\n    .desc = Described\n\
        attrs-only =\n    .label = Label\n";
    let tr = Translator::from_source(Lang::En, src);
    let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
    bundle
        .add_resource(FluentResource::try_new(src.to_string()).unwrap())
        .unwrap();
    let ids = message_ids(src).unwrap();
    assert_eq!(
        ids,
        [
            "plain",
            "multi",
            "after",
            "only",
            "with-attrs",
            "with-attrs.title",
            "with-attrs.desc",
            "attrs-only.label"
        ]
    );
    for n in [0.0, 1.0, 4.0] {
        for id in &ids {
            let (m, a) = id
                .split_once('.')
                .map_or((id.as_str(), None), |(m, a)| (m, Some(a)));
            let msg = bundle.get_message(m).unwrap();
            let pattern = a.map_or_else(
                || msg.value().unwrap(),
                |a| msg.get_attribute(a).unwrap().value(),
            );
            let mut args = FluentArgs::new();
            args.set("name", FluentValue::from("Dana"));
            args.set("n", FluentValue::from(n));
            let expected = bundle.format_pattern(pattern, Some(&args), &mut vec![]);
            let got = tr.t_args(id, &[("name", Arg::Str("Dana")), ("n", Arg::Num(n))]);
            assert_eq!(got, expected, "{id} with {n}");
        }
    }
    // What it does not read is refused, not misread.
    assert!(
        message_ids("a = { b }").is_err(),
        "message references are not supported"
    );
    assert!(message_ids("a = x }").is_err());
    assert!(message_ids("a = { $n ->\n  [one] x\n}").is_ok());
    assert!(message_ids("a = { $n -> }").is_err());
}
