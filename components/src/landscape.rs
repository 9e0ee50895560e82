//! The partner landscape page: the registry, the map, responsibility areas, the weekly rhythm,
//! conflicts, the joint work plan and the contact plan. Every figure comes from
//! `shutaf::landscape`; this file only draws it and turns clicks into commands.

use std::rc::Rc;

use shutaf::command::{Command, TaskField};
use shutaf::landscape::{
    self as land, Area, AreaKind, Channel, Conflict, ConflictSource, ConflictStatus, Contact,
    Frequency, JointKind, JointPlan, Warning,
};
use shutaf::model::{Date, Id, Plan, Relationship, Sector, Task, Weekday};
use shutaf::parts::{Coll, Ent};
use yew::prelude::*;

use crate::app::{AppCtx, Msg, Sub};
use crate::browser;
use crate::plan::{options, use_choice_list, AddByName};
use crate::widgets::{Field, Select};

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub plan: Rc<Plan>,
}

type Choices = Rc<Vec<(AttrValue, String)>>;

/// A partner's name, or "removed" when the id no longer names one.
fn partner_name(ctx: &AppCtx, plan: &Plan, id: &Id) -> String {
    plan.partner(id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| ctx.t("land-removed"))
}

/// A callback that puts an edited copy of `value`; `f` applies the typed text (and may refuse).
fn putter<T: Clone + 'static>(
    ctx: &AppCtx,
    plan: &Id,
    value: &T,
    wrap: fn(T) -> Ent,
    f: fn(&mut T, String) -> bool,
) -> Callback<String> {
    let (plan, value) = (plan.clone(), value.clone());
    ctx.exec(move |v: String| {
        let mut x = value.clone();
        f(&mut x, v).then(|| Command::put(&plan, wrap(x)))
    })
}

fn opt_id(v: String) -> Option<Id> {
    (!v.is_empty() && Id::is_valid(&v)).then(|| Id::new(v))
}

/// Options of a key enum preceded by "none".
fn with_none<T: Copy>(
    ctx: &AppCtx,
    all: &[T],
    key: fn(T) -> &'static str,
    prefix: &str,
) -> Vec<(AttrValue, String)> {
    let mut v = vec![(AttrValue::from(""), ctx.t("land-none"))];
    v.extend(options(ctx, all, key, prefix));
    v
}

thread_local! {
    /// The section the page opens at, set by [`show_at`] and read once when the page mounts.
    static GO_TO: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// Opens the partners page at one of its sections (its element id), with the focus on the
/// section's heading: where a warning of the plan overview is dealt with.
pub(crate) fn show_at(send: &Callback<Msg>, section: &'static str) {
    GO_TO.with(|g| g.set(Some(section)));
    send.emit(Msg::Show(Sub::Landscape));
}

#[component]
pub fn LandscapePage(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let heading = use_node_ref();
    {
        // The page's heading on arrival, or the heading of the section asked for.
        let heading = heading.clone();
        use_effect_with((), move |_| {
            let section = GO_TO.with(|g| g.take()).and_then(|id| {
                web_sys::window()?
                    .document()?
                    .get_element_by_id(&format!("h-{id}"))
            });
            if let Some(h) = section {
                let _ = h.set_attribute("tabindex", "-1");
                h.scroll_into_view();
                if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h) {
                    let _ = h.focus();
                }
            } else if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let partners: Choices = use_choice_list(
        t("land-none"),
        plan.partners.iter().map(|p| (&p.id, &p.name)),
    );
    let people: Choices = use_choice_list(
        t("task-owner-none"),
        plan.people.iter().map(|p| (&p.id, &p.name)),
    );
    let back = ctx.send.reform(|_| Msg::Show(Sub::Overview));
    let circle = ctx
        .send
        .reform(|_| Msg::Show(Sub::Instrument("circle_of_influence".into())));
    let nav = [
        "registry",
        "map",
        "circles",
        "areas",
        "rhythm",
        "conflicts",
        "joint",
        "contacts",
    ]
    .map(|s| html! { <li><a href={format!("#land-{s}")}>{ t(&format!("land-{s}")) }</a></li> });
    html! {
        <article class="plan-page landscape">
            <p><button class="linklike back" onclick={back}>{ t("land-back") }</button></p>
            <h1 ref={heading} tabindex="-1">{ t("land-title") }{ " · " }<bdi>{ plan.name.clone() }</bdi></h1>
            <p class="intro">{ t("land-intro") }</p>
            <div class="plan-tools">
                <nav aria-label={t("land-title")} class="section-nav"><ul>{ for nav }</ul></nav>
                <div class="card-actions">
                    <button onclick={circle}>{ t("land-circle") }</button>
                </div>
            </div>
            <Warnings plan={plan.clone()} />
            <Registry plan={plan.clone()} />
            <MapSection plan={plan.clone()} />
            <Circles plan={plan.clone()} />
            <Areas plan={plan.clone()} />
            <Rhythm plan={plan.clone()} />
            <Conflicts plan={plan.clone()} partners={partners.clone()} />
            <Joint plan={plan.clone()} partners={partners.clone()} people={people} />
            <Contacts plan={plan.clone()} {partners} />
        </article>
    }
}

/// The message of a landscape warning, with the names it is about.
pub(crate) fn warning_message(ctx: &AppCtx, plan: &Plan, w: &Warning) -> String {
    let name = |id: &Id| partner_name(ctx, plan, id);
    let area = |id: &Id| {
        (plan.landscape.areas.iter())
            .find(|a| &a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let day = |d: Option<Weekday>| {
        d.map(|d| ctx.t(&format!("weekday-{}", d.key())))
            .unwrap_or_default()
    };
    let args: Vec<(&str, String)> = match w {
        Warning::AreaNoOwner(a) => vec![("area", area(a))],
        Warning::DistinctManyOwners(a, n) => vec![("area", area(a)), ("n", n.to_string())],
        Warning::NoAddedValue(p) | Warning::NoArea(p) => vec![("partner", name(p))],
        Warning::SameMethods(a, b, what) | Warning::SameFocus(a, b, what) => {
            vec![("a", name(a)), ("b", name(b)), ("what", what.join(", "))]
        }
        Warning::NoCommonDay => vec![("day", day(land::presence(plan).proposed))],
        Warning::NoAreas | Warning::NoPrincipalUpdate => vec![],
    };
    let args: Vec<(&str, shutaf::i18n::Arg)> = args.iter().map(|(k, v)| (*k, v.into())).collect();
    ctx.tr.t_args(w.key(), &args)
}

#[component]
fn Warnings(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let plan = &props.plan;
    let warnings = land::keyed_warnings(plan);
    let open = warnings.iter().filter(|w| w.dismissed.is_none()).count();
    // Thousands on a large plan (every pair of partners with a shared method): a page at a time.
    let paged = crate::widgets::use_paged();
    let keys = || warnings.iter().map(|w| Id::new(w.key.as_str()));
    html! {
        <section id="land-warnings" class="plan-section warnings" aria-labelledby="h-land-warnings">
            <h2 id="h-land-warnings">{ ctx.tr.t_args("land-warnings", &[("count", open.into())]) }</h2>
            if warnings.is_empty() {
                <p class="empty">{ ctx.t("land-warnings-none") }</p>
            } else {
                <ul class="warning-list">
                    { for warnings.iter().zip(keys()).enumerate().filter(|(i, (_, k))| paged.shows(*i, k)).map(|(_, (w, _))| html! {
                        <li class={classes!("warning", w.dismissed.is_some().then_some("dismissed"))} data-warning={w.warning.key()} data-key={w.key.clone()}>
                            <p class="warning-message">{ warning_message(&ctx, plan, &w.warning) }</p>
                            if let Some(reason) = w.dismissed {
                                <p class="meta">{ ctx.t("land-warn-dismissed") }{ " — " }{ ctx.t("warning-reason") }{ ": " }<bdi>{ reason.to_string() }</bdi></p>
                            }
                        </li>
                    }) }
                </ul>
                { paged.more(&ctx, keys()) }
            }
        </section>
    }
}

#[component]
fn Registry(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let query = use_state(String::new);
    let sector = use_state(String::new);
    let rel = use_state(String::new);
    let set = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |v: String| s.set(v))
    };
    let oninput = {
        let q = query.clone();
        Callback::from(move |e: InputEvent| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            q.set(i.value());
        })
    };
    let q = shutaf::text::term(&query);
    let shown: Vec<_> = plan
        .partners
        .iter()
        .filter(|p| sector.is_empty() || p.sector.key() == sector.as_str())
        .filter(|p| rel.is_empty() || p.relationship.key() == rel.as_str())
        .filter(|p| {
            q.is_empty()
                || [&p.name, &p.added_value, &p.expertise, &p.representative]
                    .iter()
                    .any(|s| shutaf::text::term(s).contains(&q))
                || (p.focus_topics.iter().chain(&p.methods))
                    .any(|s| shutaf::text::term(s).contains(&q))
        })
        .collect();
    let export = |people: bool| {
        let plan = plan.clone();
        let tr = ctx.tr.clone();
        Callback::from(move |_: MouseEvent| {
            let t = |id: &str| tr.t(id);
            let (text, what) = if people {
                (land::people_csv(&plan, &t), "people")
            } else {
                (land::partners_csv(&plan, &t), "partners")
            };
            let name = format!("{}-{what}.csv", browser::file_slug(&plan.name));
            let _ = browser::download(&name, &text, "text/csv;charset=utf-8");
        })
    };
    let list = |v: &[String]| v.join(", ");
    html! {
        <section id="land-registry" class="plan-section" aria-labelledby="h-land-registry">
            <h2 id="h-land-registry">{ t("land-registry") }</h2>
            <p class="intro">{ t("land-registry-intro") }</p>
            <div class="filters grid">
                <div class="field">
                    <label for="land-search">{ t("land-search") }</label>
                    <input id="land-search" type="search" value={(*query).clone()} {oninput} dir="auto" />
                </div>
                <Select id="land-filter-sector" label={t("partner-sector")} value={(*sector).clone()}
                    options={{ let mut v = vec![(AttrValue::from(""), t("land-all"))]; v.extend(options(&ctx, Sector::ALL, Sector::key, "sector")); v }}
                    onchange={set(&sector)} />
                <Select id="land-filter-rel" label={t("partner-relationship")} value={(*rel).clone()}
                    options={{ let mut v = vec![(AttrValue::from(""), t("land-all"))]; v.extend(options(&ctx, Relationship::ALL, Relationship::key, "relationship")); v }}
                    onchange={set(&rel)} />
            </div>
            <div class="card-actions">
                <button onclick={export(false)}>{ t("land-csv-partners") }</button>
                <button onclick={export(true)}>{ t("land-csv-people") }</button>
            </div>
            <p class="meta" role="status">{ ctx.tr.t_args("land-shown", &[("n", shown.len().into()), ("total", plan.partners.len().into())]) }</p>
            <div class="table-wrap">
                <table class="registry">
                    <thead><tr>
                        <th scope="col">{ t("partner-name") }</th>
                        <th scope="col">{ t("partner-sector") }</th>
                        <th scope="col">{ t("partner-relationship") }</th>
                        <th scope="col">{ t("partner-added-value") }</th>
                        <th scope="col">{ t("partner-focus") }</th>
                        <th scope="col">{ t("partner-methods") }</th>
                        <th scope="col">{ t("partner-days") }</th>
                        <th scope="col">{ t("land-people") }</th>
                    </tr></thead>
                    <tbody>
                        { for shown.iter().map(|p| {
                            let people: Vec<String> = plan.people.iter()
                                .filter(|h| h.partner_id.as_ref() == Some(&p.id))
                                .map(|h| if h.role.is_empty() { h.name.clone() } else { format!("{} ({})", h.name, h.role) })
                                .collect();
                            let days: Vec<String> = p.days.iter().map(|d| t(&format!("weekday-{}", d.key()))).collect();
                            html! {
                                <tr key={p.id.0.clone()}>
                                    <th scope="row" dir="auto">{ p.name.clone() }</th>
                                    <td>{ t(&format!("sector-{}", p.sector.key())) }</td>
                                    <td>{ t(&format!("relationship-{}", p.relationship.key())) }</td>
                                    <td dir="auto">if p.added_value.trim().is_empty() { <span class="badge warn">{ t("partner-missing-added-value") }</span> } else { { p.added_value.clone() } }</td>
                                    <td dir="auto">{ list(&p.focus_topics) }</td>
                                    <td dir="auto">{ list(&p.methods) }</td>
                                    <td>{ days.join(", ") }</td>
                                    <td dir="auto">{ people.join(", ") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn MapSection(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let layout = land::map_layout(plan);
    let rtl = ctx.lang().dir() == "rtl";
    let svg = land::map_svg(plan, &layout, &t, rtl);
    let file = browser::file_slug(&plan.name);
    let (w, h) = (layout.width.round() as u32, layout.height.round() as u32);
    let save_svg = {
        let (svg, file) = (svg.clone(), file.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download(&format!("{file}-map.svg"), &svg, "image/svg+xml");
        })
    };
    let save_png = {
        let svg = svg.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download_svg_as_png(&svg, w, h, &format!("{file}-map.png"));
        })
    };
    let mut linked: Vec<Vec<String>> = vec![Vec::new(); plan.partners.len()];
    for l in &layout.links {
        let what = |other: usize| {
            let mut s = plan.partners[other].name.clone();
            if l.areas > 0 {
                s.push_str(&format!(
                    " ({})",
                    ctx.tr.t_args("land-map-areas", &[("n", l.areas.into())])
                ));
            }
            if l.bodies > 0 {
                s.push_str(&format!(
                    " ({})",
                    ctx.tr.t_args("land-map-bodies", &[("n", l.bodies.into())])
                ));
            }
            s
        };
        linked[l.a].push(what(l.b));
        linked[l.b].push(what(l.a));
    }
    html! {
        <section id="land-map" class="plan-section" aria-labelledby="h-land-map">
            <h2 id="h-land-map">{ t("land-map") }</h2>
            <p class="intro">{ t("land-map-intro") }</p>
            <div class="card-actions">
                <button onclick={save_svg}>{ t("land-map-svg") }</button>
                <button onclick={save_png}>{ t("land-map-png") }</button>
            </div>
            if plan.partners.is_empty() {
                <p class="empty">{ t("partners-empty") }</p>
            } else {
                <div class="map-wrap" tabindex="0" role="region" aria-label={t("land-map")}>{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
                <details class="map-table">
                    <summary>{ t("land-map-table") }</summary>
                    <div class="table-wrap">
                        <table>
                            <thead><tr>
                                <th scope="col">{ t("partner-name") }</th>
                                <th scope="col">{ t("land-map-group") }</th>
                                <th scope="col">{ t("land-map-linked") }</th>
                            </tr></thead>
                            <tbody>
                                { for layout.nodes.iter().map(|n| {
                                    let p = &plan.partners[n.partner];
                                    html! {
                                        <tr key={p.id.0.clone()}>
                                            <th scope="row" dir="auto">{ p.name.clone() }</th>
                                            <td>{ format!("{} · {}", t(&format!("sector-{}", p.sector.key())), t(&format!("relationship-{}", p.relationship.key()))) }</td>
                                            <td dir="auto">{ linked[n.partner].join("; ") }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                </details>
            }
        </section>
    }
}

/// Each actor's Circle of Influence: the picture of the four dimensions against the ideal, the
/// distance from it, and the same figures as a table; printable on their own.
#[component]
fn Circles(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let Some(ins) = ctx.instrument(land::CIRCLE) else {
        return html! {};
    };
    let circles = land::circles(plan, &ctx.library);
    let rtl = ctx.lang().dir() == "rtl";
    let fill = ctx
        .send
        .reform(|_| Msg::Show(Sub::Instrument(land::CIRCLE.into())));
    let print = Callback::from(|_: MouseEvent| {
        // Only this section is printed: the page's other sections hide while it prints.
        let Some(w) = web_sys::window() else { return };
        if let Some(root) = w.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-print", "circles");
            // Browsers whose print() returns before printing say when it is done.
            gloo::events::EventListener::once(&w, "afterprint", move |_| {
                let _ = root.remove_attribute("data-print");
            })
            .forget();
        }
        let _ = w.print();
    });
    // The dimension names and the rated items, in the instrument's order.
    let section_title = |id: &str| {
        (ins.sections.iter())
            .find(|s| s.id == id)
            .map(|s| ctx.tx(&s.title).to_string())
            .unwrap_or_default()
    };
    let range = |lo: f64, hi: f64| {
        if (lo - hi).abs() < 1e-9 {
            land::figure(lo)
        } else {
            format!("{}–{}", land::figure(lo), land::figure(hi))
        }
    };
    let card = |n: usize, c: &land::Circle| {
        use shutaf::model::Subject;
        let (name, kind) = match &c.subject {
            Subject::Partner(id) => (partner_name(&ctx, plan, id), t("land-circle-partner")),
            Subject::Person(id) => (
                plan.person(id).map(|p| p.name.clone()).unwrap_or_default(),
                t("land-circle-person"),
            ),
            Subject::Plan => (String::new(), String::new()),
        };
        let labels: Vec<String> = c.dims.iter().map(|d| section_title(&d.section)).collect();
        let level_text = |d: &land::CircleDim| match d.level {
            None => t("land-circle-unanswered"),
            Some(l) => {
                // The option's words when every response chose the same level.
                let option = d
                    .unanimous
                    .then(|| ins.item(&d.item))
                    .flatten()
                    .and_then(|i| i.answer.options().iter().find(|o| o.level == Some(l as u8)))
                    .map(|o| format!(" · {}", ctx.tx(&o.text)))
                    .unwrap_or_default();
                format!("{}{option}", land::figure(l))
            }
        };
        let ideal_text = |d: &land::CircleDim| {
            let words = ins
                .item(&d.item)
                .and_then(|i| i.ideal.as_ref())
                .map(|i| match i {
                    shutaf::instrument::Ideal::Range { text, .. }
                    | shutaf::instrument::Ideal::Near { text, .. } => ctx.tx(text).to_string(),
                });
            match (words, d.ideal) {
                (Some(w), Some((lo, hi))) => format!("{w} ({})", range(lo, hi)),
                (Some(w), None) => w,
                (None, _) => t("land-circle-no-ideal"),
            }
        };
        let gap_text = |d: &land::CircleDim| match d.gap {
            None => "—".to_string(),
            Some(g) if g.abs() < 1e-9 => t("land-circle-gap-ok"),
            Some(g) => ctx.tr.t_args(
                if g < 0.0 {
                    "land-circle-gap-below"
                } else {
                    "land-circle-gap-above"
                },
                &[("n", land::figure(g.abs()).as_str().into())],
            ),
        };
        let distance = match c.distance {
            Some(d) => ctx.tr.t_args(
                "land-circle-distance",
                &[("distance", land::figure(d).as_str().into())],
            ),
            None => t("land-circle-distance-none"),
        };
        let desc: Vec<String> = (c.dims.iter().zip(&labels))
            .map(|(d, l)| match d.ideal {
                Some((lo, hi)) => ctx.tr.t_args(
                    "land-circle-desc-dim",
                    &[
                        ("dim", l.as_str().into()),
                        (
                            "level",
                            d.level
                                .map(land::figure)
                                .unwrap_or_else(|| "—".into())
                                .as_str()
                                .into(),
                        ),
                        ("ideal", range(lo, hi).as_str().into()),
                    ],
                ),
                None => format!(
                    "{l}: {}",
                    d.level.map(land::figure).unwrap_or_else(|| "—".into())
                ),
            })
            .collect();
        let desc = format!("{}. {distance}", desc.join("; "));
        let title = ctx
            .tr
            .t_args("land-circle-title", &[("name", name.as_str().into())]);
        let id = format!("circle-{n}");
        let svg = land::circle_svg(c, &labels, &id, &title, &desc, &t, rtl);
        let responses = ctx.tr.t_args(
            "land-circle-responses",
            &[
                ("n", c.responses.into()),
                ("round", c.round.name.as_str().into()),
            ],
        );
        html! {
            <li class="circle-card" key={id.clone()} data-actor={name.clone()}>
                <h3><bdi>{ name.clone() }</bdi><span class="meta">{ " · " }{ kind }</span></h3>
                <p class="meta">{ responses }</p>
                <p class="distance"><strong>{ distance }</strong></p>
                <div class="circle-wrap">{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
                <div class="table-wrap">
                    <table class="circle-table">
                        <caption>{ ctx.tr.t_args("land-circle-table", &[("name", name.as_str().into())]) }</caption>
                        <thead><tr>
                            <th scope="col">{ t("land-circle-dim") }</th>
                            <th scope="col">{ t("land-circle-level") }</th>
                            <th scope="col">{ t("land-circle-ideal") }</th>
                            <th scope="col">{ t("land-circle-gap") }</th>
                        </tr></thead>
                        <tbody>
                            { for c.dims.iter().zip(&labels).map(|(d, l)| html! {
                                <tr key={d.section.clone()} data-dim={d.section.clone()}>
                                    <th scope="row">{ l.clone() }</th>
                                    <td>{ level_text(d) }</td>
                                    <td>{ ideal_text(d) }</td>
                                    <td>{ gap_text(d) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </li>
        }
    };
    html! {
        <section id="land-circles" class="plan-section circles" aria-labelledby="h-land-circles">
            <h2 id="h-land-circles">{ t("land-circles") }</h2>
            <p class="intro">{ t("land-circles-intro") }</p>
            <div class="card-actions">
                <button onclick={fill}>{ t("land-circle-fill") }</button>
                if !circles.is_empty() { <button onclick={print}>{ t("land-circle-print") }</button> }
            </div>
            if circles.is_empty() {
                <p class="empty">{ t("land-circles-empty") }</p>
            } else {
                <ul class="circle-list">{ for circles.iter().enumerate().map(|(n, c)| card(n, c)) }</ul>
            }
        </section>
    }
}

#[component]
fn Areas(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let areas = &plan.landscape.areas;
    let on_add = ctx.adder(&plan.id, "area", |id, name| {
        Ent::Area(Area {
            id,
            name,
            ..Default::default()
        })
    });
    let kinds = options(&ctx, AreaKind::ALL, AreaKind::key, "land-kind");
    // The matrix of a large plan (150 partners × 60 areas) has thousands of boxes: its rows are
    // drawn a page at a time.
    let rows = crate::widgets::use_paged();
    html! {
        <section id="land-areas" class="plan-section" aria-labelledby="h-land-areas">
            <h2 id="h-land-areas">{ t("land-areas") }</h2>
            <p class="intro">{ t("land-areas-intro") }</p>
            <ul class="entity-list areas">
                { for areas.iter().map(|a| {
                    let remove = {
                        let (pid, id) = (plan.id.clone(), a.id.clone());
                        ctx.exec(move |_: MouseEvent| Some(Command::remove(&pid, Coll::Area, &id)))
                    };
                    let n = a.owner_count(plan);
                    html! {
                        <li key={a.id.0.clone()} class="entity area-row">
                            <Field id={format!("area-{}-name", a.id)} label={t("land-area-name")} value={a.name.clone()} required=true
                                maxlength={shutaf::text::MAX_NAME}
                                onchange={putter(&ctx, &plan.id, a, Ent::Area, |a, v| { a.name = v; true })} />
                            <Select id={format!("area-{}-kind", a.id)} label={t("land-area-kind")} value={a.kind.key()} options={kinds.clone()}
                                onchange={putter(&ctx, &plan.id, a, Ent::Area, |a, v| AreaKind::from_key(&v).map(|k| a.kind = k).is_some())} />
                            <span class="meta">{ ctx.tr.t_args("land-owners", &[("n", n.into())]) }</span>
                            <button class="danger small" onclick={remove}>{ ctx.tr.t_args("land-area-remove", &[("name", a.name.as_str().into())]) }</button>
                        </li>
                    }
                }) }
            </ul>
            <AddByName id="new-area" label={t("land-area-new")} button={t("land-area-add")} {on_add} />
            if !areas.is_empty() && !plan.partners.is_empty() {
                <div class="table-wrap">
                    <table class="matrix">
                        <caption>{ t("land-matrix") }</caption>
                        <thead><tr>
                            <th scope="col">{ t("partner-name") }</th>
                            { for areas.iter().map(|a| html! {
                                <th scope="col" key={a.id.0.clone()}><span dir="auto">{ a.name.clone() }</span><br />
                                    <span class="meta">{ t(&format!("land-kind-{}", a.kind.key())) }</span></th>
                            }) }
                        </tr></thead>
                        <tbody>
                            { for rows.page(&plan.partners, |p| &p.id).map(|p| html! {
                                <tr key={p.id.0.clone()}>
                                    <th scope="row" dir="auto">{ p.name.clone() }</th>
                                    { for areas.iter().map(|a| {
                                        let on = a.owners.contains(&p.id);
                                        let onchange = {
                                            let (pid, a, who) = (plan.id.clone(), a.clone(), p.id.clone());
                                            ctx.exec(move |e: Event| {
                                                let i: web_sys::HtmlInputElement = e.target_unchecked_into();
                                                Some(Command::put(&pid, Ent::Area(a.with_owner(&who, i.checked()))))
                                            })
                                        };
                                        html! {
                                            <td key={a.id.0.clone()}><input type="checkbox" checked={on} {onchange}
                                                aria-label={format!("{} — {}", p.name, a.name)} /></td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                { rows.more(&ctx, plan.partners.iter().map(|p| p.id.clone())) }
            }
        </section>
    }
}

#[component]
fn Rhythm(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let grid = land::presence(plan);
    let joint = &plan.landscape.joint;
    let day = |d: Weekday| t(&format!("weekday-{}", d.key()));
    let proposal = match grid.proposed {
        None => t("land-rhythm-no-days"),
        Some(d) => ctx.tr.t_args(
            if grid.all_meet() {
                "land-rhythm-all"
            } else {
                "land-rhythm-most"
            },
            &[
                ("day", day(d).as_str().into()),
                ("n", grid.best().into()),
                ("total", grid.with_days.into()),
            ],
        ),
    };
    html! {
        <section id="land-rhythm" class="plan-section" aria-labelledby="h-land-rhythm">
            <h2 id="h-land-rhythm">{ t("land-rhythm") }</h2>
            <p class="intro">{ t("land-rhythm-intro") }</p>
            <div class="table-wrap">
                <table class="week">
                    <thead><tr>
                        <th scope="col">{ t("land-day") }</th>
                        <th scope="col">{ t("land-present") }</th>
                        <th scope="col">{ t("land-people") }</th>
                    </tr></thead>
                    <tbody>
                        { for grid.by_day.iter().map(|(d, who)| {
                            let best = Some(*d) == grid.proposed;
                            let full = grid.with_days > 0 && who.len() == grid.with_days;
                            let names: Vec<&str> = who.iter().map(|&i| plan.partners[i].name.as_str()).collect();
                            html! {
                                <tr key={d.key()} class={classes!(best.then_some("proposed"), full.then_some("full"))}>
                                    <th scope="row">{ day(*d) }</th>
                                    <td>{ format!("{} / {}", who.len(), grid.with_days) }
                                        if best { { " " }<span class="badge">{ t("land-proposed") }</span> }</td>
                                    <td dir="auto">{ names.join(", ") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p><strong>{ proposal }</strong></p>
            <div class="grid">
                <Select id="land-meeting-day" label={t("land-meeting-day")}
                    value={joint.meeting_day.map(|d| d.key()).unwrap_or("")}
                    options={with_none(&ctx, Weekday::ALL, Weekday::key, "weekday")}
                    onchange={putter(&ctx, &plan.id, joint, Ent::JointPlan, |j, v| { j.meeting_day = Weekday::from_key(&v); true })} />
                <Select id="land-principal-update" label={t("land-principal-update")}
                    value={joint.principal_update.map(|d| d.key()).unwrap_or("")}
                    options={with_none(&ctx, Frequency::ALL, Frequency::key, "land-freq")}
                    onchange={putter(&ctx, &plan.id, joint, Ent::JointPlan, |j, v| { j.principal_update = Frequency::from_key(&v); true })} />
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ListProps {
    plan: Rc<Plan>,
    partners: Choices,
    #[prop_or_default]
    people: Option<Choices>,
}

#[component]
fn Conflicts(props: &ListProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let add = {
        let id = plan.id.clone();
        ctx.exec(move |_: MouseEvent| {
            Some(Command::put(
                &id,
                Ent::Conflict(Conflict {
                    id: browser::new_id("conflict"),
                    ..Default::default()
                }),
            ))
        })
    };
    let sources = options(
        &ctx,
        ConflictSource::ALL,
        ConflictSource::key,
        "land-source",
    );
    let statuses = options(
        &ctx,
        ConflictStatus::ALL,
        ConflictStatus::key,
        "land-status",
    );
    html! {
        <section id="land-conflicts" class="plan-section" aria-labelledby="h-land-conflicts">
            <h2 id="h-land-conflicts">{ t("land-conflicts") }</h2>
            <p class="intro">{ t("land-conflicts-intro") }</p>
            if plan.landscape.conflicts.is_empty() { <p class="empty">{ t("land-conflicts-empty") }</p> }
            <ul class="entity-list">
                { for plan.landscape.conflicts.iter().enumerate().map(|(n, c)| {
                    let f = |s: &str| AttrValue::from(format!("conflict-{}-{s}", c.id));
                    let who = |k: usize| c.partners.get(k).map(|i| i.0.clone()).unwrap_or_default();
                    let remove = {
                        let (pid, id) = (plan.id.clone(), c.id.clone());
                        ctx.exec(move |_: MouseEvent| Some(Command::remove(&pid, Coll::Conflict, &id)))
                    };
                    html! {
                        <li key={c.id.0.clone()} class="entity">
                            <h3 class="entity-name">{ ctx.tr.t_args("land-conflict-n", &[("n", (n + 1).into())]) }
                                { " · " }{ t(&format!("land-status-{}", c.status.key())) }</h3>
                            <div class="grid">
                                <Select id={f("source")} label={t("land-source")} value={c.source.key()} options={sources.clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| ConflictSource::from_key(&v).map(|s| c.source = s).is_some())} />
                                <Select id={f("status")} label={t("land-status")} value={c.status.key()} options={statuses.clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| ConflictStatus::from_key(&v).map(|s| c.status = s).is_some())} />
                                <Field id={f("date")} label={t("land-date")} input_type="date" value={crate::widgets::date_value(&c.date)}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| { c.date = Date::parse(&v); true })} />
                                <Select id={f("a")} label={t("land-conflict-a")} lazy=true value={who(0)} options={(*props.partners).clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| { set_at(&mut c.partners, 0, opt_id(v)); true })} />
                                <Select id={f("b")} label={t("land-conflict-b")} lazy=true value={who(1)} options={(*props.partners).clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| { set_at(&mut c.partners, 1, opt_id(v)); true })} />
                            </div>
                            <Field id={f("description")} label={t("land-description")} value={c.description.clone()} multiline=true
                                maxlength={shutaf::text::MAX_MEDIUM}
                                onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| { c.description = v; true })} />
                            <Field id={f("handling")} label={t("land-handling")} value={c.handling.clone()} multiline=true
                                maxlength={shutaf::text::MAX_MEDIUM}
                                onchange={putter(&ctx, &plan.id, c, Ent::Conflict, |c, v| { c.handling = v; true })} />
                            <button class="danger small" onclick={remove}>{ ctx.tr.t_args("land-conflict-remove", &[("n", (n + 1).into())]) }</button>
                        </li>
                    }
                }) }
            </ul>
            <button class="primary" onclick={add}>{ t("land-conflict-add") }</button>
        </section>
    }
}

/// Sets the `k`-th id of a short list (two partners of a conflict), keeping the others.
fn set_at(list: &mut Vec<Id>, k: usize, v: Option<Id>) {
    let mut slots: Vec<Option<Id>> = (0..2.max(list.len()))
        .map(|i| list.get(i).cloned())
        .collect();
    slots[k] = v;
    *list = slots.into_iter().flatten().collect();
}

/// The value of a form control by its id.
fn control_value(id: &str) -> String {
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return String::new();
    };
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

#[component]
fn Joint(props: &ListProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let people = props.people.clone().unwrap_or_default();
    let today = browser::today_date();
    let joint = &plan.landscape.joint;
    let onsubmit = {
        let (pid, send) = (plan.id.clone(), ctx.send.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let title = control_value("joint-new-title");
            if title.trim().is_empty() {
                return;
            }
            let kind = JointKind::from_key(&control_value("joint-new-kind")).unwrap_or_default();
            send.emit(Msg::Exec(Command::AddTask {
                plan_id: pid.clone(),
                task: Task {
                    id: browser::new_id("task"),
                    title,
                    owner: opt_id(control_value("joint-new-owner")),
                    due: Date::parse(&control_value("joint-new-due")),
                    origin: kind.origin(),
                    partner_id: opt_id(control_value("joint-new-partner")),
                    ..Default::default()
                },
                index: None,
            }));
            if let Some(i) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("joint-new-title"))
            {
                use wasm_bindgen::JsCast;
                if let Some(i) = i.dyn_ref::<web_sys::HtmlInputElement>() {
                    i.set_value("");
                }
            }
        })
    };
    let mut items: Vec<&Task> = plan
        .tasks
        .iter()
        .filter(|t| JointKind::of(t).is_some())
        .collect();
    items.sort_by(|a, b| {
        (a.partner_id.is_none(), &a.partner_id, &a.due).cmp(&(
            b.partner_id.is_none(),
            &b.partner_id,
            &b.due,
        ))
    });
    let overdue = |task: &Task| !task.done && task.due.as_ref().is_some_and(|d| d < &today);
    let n_overdue = items.iter().filter(|t| overdue(t)).count();
    let kinds = options(&ctx, JointKind::ALL, JointKind::key, "land-joint-kind");
    html! {
        <section id="land-joint" class="plan-section" aria-labelledby="h-land-joint">
            <h2 id="h-land-joint">{ t("land-joint") }</h2>
            <p class="intro">{ t("land-joint-intro") }</p>
            <Field id="joint-goal" label={t("land-joint-goal")} value={joint.goal.clone()} multiline=true
                maxlength={shutaf::text::MAX_LONG}
                onchange={putter(&ctx, &plan.id, joint, Ent::JointPlan, |j: &mut JointPlan, v| { j.goal = v; true })} />
            <p class="meta">{ t("land-joint-edit") }{ " " }{ ctx.tr.t_args("tasks-summary", &[("open", items.iter().filter(|t| !t.done).count().into()), ("overdue", n_overdue.into())]) }</p>
            if !items.is_empty() {
                <div class="table-wrap">
                    <table class="joint">
                        <thead><tr>
                            <th scope="col">{ t("land-joint-item") }</th>
                            <th scope="col">{ t("land-joint-kind") }</th>
                            <th scope="col">{ t("land-partner") }</th>
                            <th scope="col">{ t("land-joint-owner") }</th>
                            <th scope="col">{ t("task-due") }</th>
                            <th scope="col">{ t("land-done") }</th>
                        </tr></thead>
                        <tbody>
                            { for items.iter().map(|task| {
                                let kind = JointKind::of(task).unwrap_or_default();
                                let on_done = {
                                    let (pid, tid) = (plan.id.clone(), task.id.clone());
                                    ctx.exec(move |e: Event| {
                                        let i: web_sys::HtmlInputElement = e.target_unchecked_into();
                                        Some(Command::SetTaskField { plan_id: pid.clone(), task_id: tid.clone(), field: TaskField::Done(i.checked()) })
                                    })
                                };
                                let owner = task.owner.as_ref().and_then(|i| plan.person(i)).map(|p| p.name.clone()).unwrap_or_default();
                                let partner = task.partner_id.as_ref().map(|i| partner_name(&ctx, plan, i)).unwrap_or_default();
                                html! {
                                    <tr key={task.id.0.clone()} class={classes!(overdue(task).then_some("overdue"), task.done.then_some("done"))}>
                                        <th scope="row" dir="auto">{ task.title.clone() }
                                            if overdue(task) { { " " }<span class="badge warn">{ t("task-overdue") }</span> }</th>
                                        <td>{ t(&format!("land-joint-kind-{}", kind.key())) }</td>
                                        <td dir="auto">{ partner }</td>
                                        <td dir="auto">{ owner }</td>
                                        <td>{ task.due.as_ref().map(|d| d.0.clone()).unwrap_or_default() }</td>
                                        <td><input type="checkbox" checked={task.done} onchange={on_done}
                                            aria-label={format!("{} — {}", t("land-done"), task.title)} /></td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <form class="add-form joint-add grid" {onsubmit}>
                <Select id="joint-new-kind" label={t("land-joint-kind")} value="action" options={kinds} onchange={Callback::noop()} />
                <div class="field">
                    <label for="joint-new-title">{ t("land-joint-item") }</label>
                    <input id="joint-new-title" required=true dir="auto" maxlength={shutaf::command::MAX_TASK.to_string()} />
                </div>
                <Select id="joint-new-partner" label={t("land-partner")} value="" options={(*props.partners).clone()} onchange={Callback::noop()} />
                <Select id="joint-new-owner" label={t("land-joint-owner")} value="" options={(*people).clone()} onchange={Callback::noop()} />
                <div class="field">
                    <label for="joint-new-due">{ t("task-due") }</label>
                    <input id="joint-new-due" type="date" />
                </div>
                <button type="submit" class="primary">{ t("land-joint-add") }</button>
            </form>
        </section>
    }
}

#[component]
fn Contacts(props: &ListProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let today = browser::today_date();
    let order = land::contacts_by_due(plan, &today);
    let due = order.iter().filter(|(_, d)| *d <= 0).count();
    let add = {
        let id = plan.id.clone();
        ctx.exec(move |_: MouseEvent| {
            Some(Command::put(
                &id,
                Ent::Contact(Contact {
                    id: browser::new_id("contact"),
                    ..Default::default()
                }),
            ))
        })
    };
    let channels = options(&ctx, Channel::ALL, Channel::key, "land-channel");
    let freqs = options(&ctx, Frequency::ALL, Frequency::key, "land-freq");
    html! {
        <section id="land-contacts" class="plan-section" aria-labelledby="h-land-contacts">
            <h2 id="h-land-contacts">{ t("land-contacts") }</h2>
            <p class="intro">{ t("land-contacts-intro") }</p>
            <p class="meta" role="status">{ ctx.tr.t_args("land-contacts-due", &[("n", due.into())]) }</p>
            <ul class="entity-list">
                { for order.iter().map(|&(i, d)| {
                    let c = &plan.landscape.contacts[i];
                    let f = |s: &str| AttrValue::from(format!("contact-{}-{s}", c.id));
                    let status = if c.last.is_none() { t("land-contact-never") }
                        else if d < 0 { ctx.tr.t_args("land-contact-late", &[("n", (-d).into())]) }
                        else if d == 0 { t("land-contact-today") }
                        else { ctx.tr.t_args("land-contact-in", &[("n", d.into())]) };
                    let who = c.partner_id.as_ref().map(|p| partner_name(&ctx, plan, p)).unwrap_or_else(|| t("land-none"));
                    let contacted = {
                        let (pid, mut c) = (plan.id.clone(), c.clone());
                        c.last = Some(today.clone());
                        ctx.exec(move |_: MouseEvent| Some(Command::put(&pid, Ent::Contact(c.clone()))))
                    };
                    let remove = {
                        let (pid, id) = (plan.id.clone(), c.id.clone());
                        ctx.exec(move |_: MouseEvent| Some(Command::remove(&pid, Coll::Contact, &id)))
                    };
                    html! {
                        <li key={c.id.0.clone()} class={classes!("entity", (d <= 0).then_some("due"))}>
                            <h3 class="entity-name"><bdi>{ who.clone() }</bdi>{ " · " }
                                <span class={classes!("badge", (d <= 0).then_some("warn"))}>{ status }</span></h3>
                            <div class="grid">
                                <Select id={f("partner")} label={t("land-partner")} lazy=true value={c.partner_id.as_ref().map(|i| i.0.clone()).unwrap_or_default()}
                                    options={(*props.partners).clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Contact, |c, v| { c.partner_id = opt_id(v); true })} />
                                <Select id={f("channel")} label={t("land-channel")} value={c.channel.key()} options={channels.clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Contact, |c, v| Channel::from_key(&v).map(|x| c.channel = x).is_some())} />
                                <Select id={f("frequency")} label={t("land-frequency")} value={c.frequency.key()} options={freqs.clone()}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Contact, |c, v| Frequency::from_key(&v).map(|x| c.frequency = x).is_some())} />
                                <Field id={f("last")} label={t("land-last")} input_type="date" value={crate::widgets::date_value(&c.last)}
                                    onchange={putter(&ctx, &plan.id, c, Ent::Contact, |c, v| { c.last = Date::parse(&v); true })} />
                            </div>
                            <Field id={f("goal")} label={t("land-goal")} value={c.goal.clone()} multiline=true maxlength={shutaf::text::MAX_MEDIUM}
                                onchange={putter(&ctx, &plan.id, c, Ent::Contact, |c, v| { c.goal = v; true })} />
                            <div class="card-actions">
                                <button onclick={contacted}>{ ctx.tr.t_args("land-contacted", &[("name", who.as_str().into())]) }</button>
                                <button class="danger small" onclick={remove}>{ ctx.tr.t_args("land-contact-remove", &[("name", who.as_str().into())]) }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            <button class="primary" onclick={add}>{ t("land-contact-add") }</button>
        </section>
    }
}
