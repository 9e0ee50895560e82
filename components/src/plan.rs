//! A plan's page: its details, partners and people, in the order its kind puts first.

use std::rc::Rc;

use shutaf::command::{Command, PartnerField, PersonField, PlanField};
use shutaf::model::{
    Date, Id, Module, Origin, Partner, Person, Plan, PlanKind, Relationship, Sector,
};
use shutaf::text::{MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};
use yew::prelude::*;

use crate::app::{AppCtx, Msg};
use crate::browser;
use crate::widgets::{Field, Select};

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub plan: Rc<Plan>,
}

#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let heading = use_node_ref();
    {
        // Screen-reader and keyboard users land on the plan's heading when it opens.
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let plan = &props.plan;
    let t = |id: &str| ctx.t(id);
    let sections = plan.kind.modules().iter().map(|m| match m {
        Module::Details => html! { <Details key="details" plan={plan.clone()} /> },
        Module::Partners => html! { <Partners key="partners" plan={plan.clone()} /> },
        Module::People => html! { <People key="people" plan={plan.clone()} /> },
    });
    let nav = plan.kind.modules().iter().map(|m| {
        html! { <li><a href={format!("#section-{}", m.key())}>{ t(&format!("section-{}", m.key())) }</a></li> }
    });
    let id = plan.id.clone();
    html! {
        <article class="plan-page">
            <p><button class="linklike back" onclick={ctx.send.reform(|_| Msg::Open(None))}>{ "← " }{ t("plan-back") }</button></p>
            <h1 ref={heading} tabindex="-1"><bdi>{ plan.name.clone() }</bdi></h1>
            <p class="kind-badge">{ t(&format!("kind-{}", plan.kind.key())) }</p>
            <div class="plan-tools">
                <nav aria-label={t("section-details")} class="section-nav"><ul>{ for nav }</ul></nav>
                <button onclick={ctx.send.reform(move |_| Msg::ExportPlan(id.clone()))}>{ t("plan-export") }</button>
            </div>
            { for sections }
        </article>
    }
}

/// Options of a key enum, translated, for a [`Select`].
fn options<T: Copy>(
    ctx: &AppCtx,
    all: &[T],
    key: fn(T) -> &'static str,
    prefix: &str,
) -> Vec<(AttrValue, String)> {
    all.iter()
        .map(|v| {
            (
                AttrValue::from(key(*v)),
                ctx.t(&format!("{prefix}-{}", key(*v))),
            )
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    plan: Rc<Plan>,
}

#[component]
fn Details(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let set = |f: fn(String) -> Option<PlanField>| {
        let id = plan.id.clone();
        ctx.exec(move |v: String| {
            f(v).map(|field| Command::SetPlanField {
                plan_id: id.clone(),
                field,
            })
        })
    };
    let date =
        |d: &Option<Date>| AttrValue::from(d.as_ref().map(|d| d.0.clone()).unwrap_or_default());
    html! {
        <section id="section-details" class="plan-section" aria-labelledby="h-details">
            <h2 id="h-details">{ t("section-details") }</h2>
            <div class="grid">
                <Field id="plan-name" label={t("field-name")} value={plan.name.clone()} required=true
                    maxlength={MAX_NAME} onchange={set(|v| Some(PlanField::Name(v)))} />
                <Select id="plan-kind" label={t("field-kind")} value={plan.kind.key()}
                    options={PlanKind::ALL.iter().map(|k| (AttrValue::from(k.key()), t(&format!("kind-{}", k.key())))).collect::<Vec<_>>()}
                    onchange={set(|v| PlanKind::from_key(&v).map(PlanField::Kind))} />
                <Field id="plan-start" label={t("field-start-date")} input_type="date" value={date(&plan.start_date)}
                    onchange={set(|v| Some(PlanField::StartDate(Date::parse(&v))))} />
                <Field id="plan-end" label={t("field-end-date")} input_type="date" value={date(&plan.end_date)}
                    onchange={set(|v| Some(PlanField::EndDate(Date::parse(&v))))} />
            </div>
            <Field id="plan-description" label={t("field-description")} value={plan.description.clone()} multiline=true
                maxlength={MAX_LONG} onchange={set(|v| Some(PlanField::Description(v)))} />
        </section>
    }
}

/// The small form that adds an entity by its name.
#[derive(Properties, PartialEq)]
struct AddByNameProps {
    id: AttrValue,
    label: AttrValue,
    button: AttrValue,
    on_add: Callback<String>,
}

#[component]
fn AddByName(props: &AddByNameProps) -> Html {
    let name = use_state(String::new);
    let onsubmit = {
        let name = name.clone();
        let on_add = props.on_add.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !name.trim().is_empty() {
                on_add.emit((*name).clone());
                name.set(String::new());
            }
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            name.set(i.value());
        })
    };
    html! {
        <form class="add-form" {onsubmit}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} value={(*name).clone()} {oninput} required=true dir="auto"
                maxlength={MAX_NAME.to_string()} />
            <button type="submit" class="primary">{ props.button.clone() }</button>
        </form>
    }
}

#[component]
fn Partners(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let on_add = {
        let id = plan.id.clone();
        ctx.exec(move |name: String| {
            Some(Command::AddPartner {
                plan_id: id.clone(),
                partner: Partner {
                    id: browser::new_id("partner"),
                    name,
                    ..Default::default()
                },
                index: None,
            })
        })
    };
    html! {
        <section id="section-partners" class="plan-section" aria-labelledby="h-partners">
            <h2 id="h-partners">{ t("section-partners") }</h2>
            <p class="intro">{ t("partners-intro") }</p>
            if plan.partners.is_empty() {
                <p class="empty">{ t("partners-empty") }</p>
            }
            <ul class="entity-list">
                { for plan.partners.iter().map(|p| html! {
                    <PartnerCard key={p.id.0.clone()} plan_id={plan.id.clone()} partner={p.clone()} />
                }) }
            </ul>
            <AddByName id="new-partner" label={t("partner-new-name")} button={t("partner-add")} {on_add} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PartnerCardProps {
    plan_id: Id,
    partner: Partner,
}

#[component]
fn PartnerCard(props: &PartnerCardProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let p = &props.partner;
    let set = |f: fn(String) -> Option<PartnerField>| {
        let (plan_id, partner_id) = (props.plan_id.clone(), p.id.clone());
        ctx.exec(move |v: String| {
            f(v).map(|field| Command::SetPartnerField {
                plan_id: plan_id.clone(),
                partner_id: partner_id.clone(),
                field,
            })
        })
    };
    let remove = {
        let (plan_id, partner_id) = (props.plan_id.clone(), p.id.clone());
        ctx.exec(move |_: MouseEvent| {
            Some(Command::RemovePartner {
                plan_id: plan_id.clone(),
                partner_id: partner_id.clone(),
            })
        })
    };
    let fid = |f: &str| AttrValue::from(format!("partner-{}-{f}", p.id));
    let summary = format!(
        "{} · {}",
        t(&format!("sector-{}", p.sector.key())),
        t(&format!("relationship-{}", p.relationship.key()))
    );
    html! {
        <li class="entity">
            <details open={p.added_value.is_empty()}>
                <summary>
                    <span class="entity-name" dir="auto">{ p.name.clone() }</span>
                    <span class="entity-meta">{ summary }</span>
                    if p.added_value.trim().is_empty() {
                        <span class="badge warn">{ t("partner-missing-added-value") }</span>
                    }
                </summary>
                <div class="grid">
                    <Field id={fid("name")} label={t("partner-name")} value={p.name.clone()} required=true
                        maxlength={MAX_NAME} onchange={set(|v| Some(PartnerField::Name(v)))} />
                    <Select id={fid("origin")} label={t("partner-origin")} value={p.origin.key()}
                        options={options(&ctx, Origin::ALL, Origin::key, "origin")}
                        onchange={set(|v| Origin::from_key(&v).map(PartnerField::Origin))} />
                    <Select id={fid("sector")} label={t("partner-sector")} value={p.sector.key()}
                        options={options(&ctx, Sector::ALL, Sector::key, "sector")}
                        onchange={set(|v| Sector::from_key(&v).map(PartnerField::Sector))} />
                    <Select id={fid("relationship")} label={t("partner-relationship")} value={p.relationship.key()}
                        options={options(&ctx, Relationship::ALL, Relationship::key, "relationship")}
                        onchange={set(|v| Relationship::from_key(&v).map(PartnerField::Relationship))} />
                    <Field id={fid("representative")} label={t("partner-representative")} value={p.representative.clone()}
                        maxlength={MAX_SHORT} onchange={set(|v| Some(PartnerField::Representative(v)))} />
                </div>
                <Field id={fid("added-value")} label={t("partner-added-value")} value={p.added_value.clone()} multiline=true
                    maxlength={MAX_MEDIUM} onchange={set(|v| Some(PartnerField::AddedValue(v)))} />
                <Field id={fid("notes")} label={t("partner-notes")} value={p.notes.clone()} multiline=true
                    maxlength={MAX_LONG} onchange={set(|v| Some(PartnerField::Notes(v)))} />
                <button class="danger" onclick={remove}>{ ctx.tr.t_args("partner-remove-named", &[("name", p.name.as_str().into())]) }</button>
            </details>
        </li>
    }
}

#[component]
fn People(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let on_add = {
        let id = plan.id.clone();
        ctx.exec(move |name: String| {
            Some(Command::AddPerson {
                plan_id: id.clone(),
                person: Person {
                    id: browser::new_id("person"),
                    name,
                    ..Default::default()
                },
                index: None,
            })
        })
    };
    let partners: Rc<Vec<(AttrValue, String)>> = Rc::new(
        std::iter::once((AttrValue::from(""), t("person-partner-none")))
            .chain(
                plan.partners
                    .iter()
                    .map(|p| (AttrValue::from(p.id.0.clone()), p.name.clone())),
            )
            .collect(),
    );
    html! {
        <section id="section-people" class="plan-section" aria-labelledby="h-people">
            <h2 id="h-people">{ t("section-people") }</h2>
            <p class="intro">{ t("people-intro") }</p>
            if plan.people.is_empty() {
                <p class="empty">{ t("people-empty") }</p>
            }
            <ul class="entity-list">
                { for plan.people.iter().map(|p| html! {
                    <PersonCard key={p.id.0.clone()} plan_id={plan.id.clone()} person={p.clone()} partners={partners.clone()} />
                }) }
            </ul>
            <AddByName id="new-person" label={t("person-new-name")} button={t("person-add")} {on_add} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PersonCardProps {
    plan_id: Id,
    person: Person,
    partners: Rc<Vec<(AttrValue, String)>>,
}

#[component]
fn PersonCard(props: &PersonCardProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let p = &props.person;
    let set = |f: fn(String) -> Option<PersonField>| {
        let (plan_id, person_id) = (props.plan_id.clone(), p.id.clone());
        ctx.exec(move |v: String| {
            f(v).map(|field| Command::SetPersonField {
                plan_id: plan_id.clone(),
                person_id: person_id.clone(),
                field,
            })
        })
    };
    let remove = {
        let (plan_id, person_id) = (props.plan_id.clone(), p.id.clone());
        ctx.exec(move |_: MouseEvent| {
            Some(Command::RemovePerson {
                plan_id: plan_id.clone(),
                person_id: person_id.clone(),
            })
        })
    };
    let fid = |f: &str| AttrValue::from(format!("person-{}-{f}", p.id));
    let org = p
        .partner_id
        .as_ref()
        .and_then(|id| {
            props
                .partners
                .iter()
                .find(|(v, _)| v.as_str() == id.as_str())
        })
        .map(|(_, name)| name.clone());
    html! {
        <li class="entity">
            <details>
                <summary>
                    <span class="entity-name" dir="auto">{ p.name.clone() }</span>
                    <span class="entity-meta" dir="auto">{ [Some(p.role.clone()).filter(|r| !r.is_empty()), org].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</span>
                </summary>
                <div class="grid">
                    <Field id={fid("name")} label={t("person-name")} value={p.name.clone()} required=true
                        maxlength={MAX_NAME} onchange={set(|v| Some(PersonField::Name(v)))} />
                    <Field id={fid("role")} label={t("person-role")} value={p.role.clone()}
                        maxlength={MAX_SHORT} onchange={set(|v| Some(PersonField::Role(v)))} />
                    <Select id={fid("partner")} label={t("person-partner")}
                        value={p.partner_id.as_ref().map(|i| i.0.clone()).unwrap_or_default()}
                        options={(*props.partners).clone()}
                        onchange={set(|v| Some(PersonField::PartnerId((!v.is_empty()).then(|| Id::new(v)))))} />
                    <Field id={fid("contact")} label={t("person-contact")} value={p.contact.clone()}
                        maxlength={MAX_SHORT} onchange={set(|v| Some(PersonField::Contact(v)))} />
                </div>
                <Field id={fid("notes")} label={t("person-notes")} value={p.notes.clone()} multiline=true
                    maxlength={MAX_LONG} onchange={set(|v| Some(PersonField::Notes(v)))} />
                <button class="danger" onclick={remove}>{ ctx.tr.t_args("person-remove-named", &[("name", p.name.as_str().into())]) }</button>
            </details>
        </li>
    }
}
