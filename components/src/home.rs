//! The workspace home: every plan, a way to start a new one, and search.

use std::rc::Rc;

use shutaf::command::Command;
use shutaf::model::{Plan, PlanKind};
use yew::prelude::*;

use crate::app::{AppCtx, Msg};
use crate::browser::{self, event_value};

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub plans: Vec<Rc<Plan>>,
}

#[component]
pub fn Home(props: &HomeProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let query = use_state(String::new);
    let t = |id: &str| ctx.t(id);
    let q = query.trim().to_lowercase();
    let shown: Vec<&Rc<Plan>> = props
        .plans
        .iter()
        .filter(|p| q.is_empty() || plan_matches(p, &q))
        .collect();
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    html! {
        <div class="home">
            <h1>{ t("home-title") }</h1>
            if props.plans.is_empty() {
                <section class="empty-state" aria-labelledby="empty-title">
                    <h2 id="empty-title">{ t("home-empty-title") }</h2>
                    <p>{ t("home-empty-body") }</p>
                    <button onclick={ctx.send.reform(|_| Msg::AskRestoreDemo)}>{ t("home-empty-demo") }</button>
                </section>
            } else {
                <p class="intro">{ t("home-intro") }</p>
                <div class="field search">
                    <label for="plan-search">{ t("search-plans") }</label>
                    <input id="plan-search" type="search" value={(*query).clone()} oninput={on_search} dir="auto" />
                </div>
                if shown.is_empty() {
                    <p role="status">{ ctx.tr.t_args("search-no-results", &[("query", query.as_str().into())]) }</p>
                }
                <ul class="plan-list">
                    { for shown.into_iter().map(|p| html! { <PlanCard key={p.id.0.clone()} plan={p.clone()} /> }) }
                </ul>
            }
            <CreatePlan />
        </div>
    }
}

/// Whether a plan, its partners, people or tasks mention the (lower-case) query.
fn plan_matches(p: &Plan, q: &str) -> bool {
    let has = |s: &str| s.to_lowercase().contains(q);
    has(&p.name)
        || has(&p.description)
        || p.partners
            .iter()
            .any(|x| has(&x.name) || has(&x.representative) || has(&x.added_value))
        || p.people.iter().any(|x| has(&x.name) || has(&x.role))
        || p.tasks.iter().any(|x| has(&x.title))
}

#[derive(Properties, PartialEq)]
struct PlanCardProps {
    plan: Rc<Plan>,
}

#[component]
fn PlanCard(props: &PlanCardProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let renaming = use_state(|| false);
    let tr = &ctx.tr;
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let id = plan.id.clone();
    let dates = match (&plan.start_date, &plan.end_date) {
        (None, None) => t("plan-no-dates"),
        (s, e) => tr.t_args(
            "plan-dates",
            &[
                (
                    "start",
                    s.as_ref().map(|d| d.as_str()).unwrap_or("…").into(),
                ),
                ("end", e.as_ref().map(|d| d.as_str()).unwrap_or("…").into()),
            ],
        ),
    };
    // Where it stands on the first staged model that was filled in, and what needs attention.
    let today = browser::today_date();
    let ov = shutaf::overview::overview(plan, &ctx.library, &today);
    let attention = ov.attention();
    let stage = ov.standings.iter().find(|s| s.at.is_some()).map(|s| {
        let i = s.at.unwrap_or_default();
        tr.t_args(
            "home-stage",
            &[
                ("instrument", ctx.tx(&s.instrument.title).into()),
                ("stage", ctx.tx(&s.instrument.stages[i].title).into()),
            ],
        )
    });
    let counts = format!(
        "{} · {}",
        tr.t_args(
            "plan-partner-count",
            &[("count", plan.partners.len().into())]
        ),
        tr.t_args("plan-people-count", &[("count", plan.people.len().into())])
    );
    let open = {
        let id = id.clone();
        ctx.send.reform(move |_| Msg::Open(Some(id.clone())))
    };
    let duplicate = {
        let id = id.clone();
        let name = tr.t_args("plan-copy-name", &[("name", plan.name.as_str().into())]);
        ctx.exec(move |_: MouseEvent| {
            Some(Command::DuplicatePlan {
                plan_id: id.clone(),
                new_id: browser::new_id("plan"),
                name: name.clone(),
            })
        })
    };
    let delete = {
        let id = id.clone();
        ctx.exec(move |_: MouseEvent| {
            Some(Command::RemovePlan {
                plan_id: id.clone(),
            })
        })
    };
    let export = {
        let id = id.clone();
        ctx.send.reform(move |_| Msg::ExportPlan(id.clone()))
    };
    let heading_id = format!("plan-title-{}", plan.id);
    let rename_form = if *renaming {
        let input_id = format!("rename-{}", plan.id);
        let onsubmit = {
            let id = id.clone();
            let renaming = renaming.clone();
            let send = ctx.send.clone();
            let input_id = input_id.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let value = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&input_id))
                    .and_then(|el| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok()
                    })
                    .map(|i| i.value())
                    .unwrap_or_default();
                if !value.trim().is_empty() {
                    send.emit(Msg::Exec(Command::SetPlanField {
                        plan_id: id.clone(),
                        field: shutaf::command::PlanField::Name(value),
                    }));
                }
                renaming.set(false);
            })
        };
        let cancel = {
            let renaming = renaming.clone();
            Callback::from(move |_| renaming.set(false))
        };
        html! {
            <form class="rename" {onsubmit}>
                <label for={input_id.clone()}>{ t("plan-name-label") }</label>
                <input id={input_id} value={plan.name.clone()} required=true dir="auto" autofocus=true
                    maxlength={shutaf::text::MAX_NAME.to_string()} />
                <button type="submit" class="primary">{ t("plan-rename-save") }</button>
                <button type="button" class="quiet" onclick={cancel}>{ t("cancel") }</button>
            </form>
        }
    } else {
        html! {}
    };
    let start_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(true))
    };
    html! {
        <li class={classes!("plan-card", format!("kind-{}", plan.kind.key()))} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>
                <button class="linklike plan-open" onclick={open.clone()} dir="auto">{ plan.name.clone() }</button>
            </h2>
            <p class="kind-badge">{ t(&format!("kind-{}", plan.kind.key())) }</p>
            <p class="meta">{ dates }</p>
            <p class="meta">{ counts }</p>
            if let Some(stage) = stage { <p class="meta stage">{ stage }</p> }
            if attention > 0 {
                <p class="badge warn attention">{ tr.t_args("home-attention", &[("count", attention.into())]) }</p>
            }
            { rename_form }
            <div class="card-actions" role="group" aria-label={tr.t_args("plan-actions", &[("name", plan.name.as_str().into())])}>
                <button class="primary" onclick={open}>{ t("plan-open") }</button>
                <button onclick={start_rename}>{ t("plan-rename") }</button>
                <button onclick={duplicate}>{ t("plan-duplicate") }</button>
                <button onclick={export}>{ t("plan-export") }</button>
                <button class="danger" onclick={delete}>{ t("plan-delete") }</button>
            </div>
        </li>
    }
}

/// The form that starts a new plan.
#[component]
fn CreatePlan() -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let name = use_state(String::new);
    let kind = use_state(PlanKind::default);
    let t = |id: &str| ctx.t(id);
    let onsubmit = {
        let name = name.clone();
        let kind = kind.clone();
        let send = ctx.send.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                return;
            }
            let id = browser::new_id("plan");
            let plan = Plan::new(id.clone(), name.as_str(), *kind);
            send.emit(Msg::Exec(Command::AddPlan {
                plan: Rc::new(plan),
                index: None,
            }));
            send.emit(Msg::Open(Some(id)));
            name.set(String::new());
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            name.set(i.value());
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(k) = PlanKind::from_key(&event_value(&e)) {
                kind.set(k)
            }
        })
    };
    html! {
        <section class="create-plan" aria-labelledby="create-title">
            <h2 id="create-title">{ t("plan-create-title") }</h2>
            <form {onsubmit}>
                <div class="field">
                    <label for="new-plan-name">{ t("plan-name-label") }</label>
                    <input id="new-plan-name" value={(*name).clone()} oninput={on_name} required=true dir="auto"
                        maxlength={shutaf::text::MAX_NAME.to_string()} />
                </div>
                <div class="field">
                    <label for="new-plan-kind">{ t("plan-kind-label") }</label>
                    <select id="new-plan-kind" onchange={on_kind} aria-describedby="new-plan-kind-desc">
                        { for PlanKind::ALL.iter().map(|k| html! {
                            <option value={k.key()} selected={*k == *kind}>{ t(&format!("kind-{}", k.key())) }</option>
                        }) }
                    </select>
                    <p class="hint" id="new-plan-kind-desc">{ t(&format!("kind-{}.desc", kind.key())) }</p>
                </div>
                <button type="submit" class="primary">{ t("plan-create-button") }</button>
            </form>
        </section>
    }
}
