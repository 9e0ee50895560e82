//! A plan's page: its details, partners and people, in the order its kind puts first.

use std::rc::Rc;

use shutaf::command::{Command, PartnerField, PersonField, PlanField};
use shutaf::model::{
    Date, Id, Module, Origin, Partner, Person, Plan, PlanKind, Relationship, Sector, Weekday,
};
use shutaf::text::split_list;
use shutaf::text::{MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};
use yew::prelude::*;

use crate::app::{AppCtx, Msg, Sub};
use crate::browser;
use crate::instrument::shape_badge;
use crate::widgets::{Field, Select};
use shutaf::command::TaskField;
use shutaf::instrument::results as res;
use shutaf::model::{Subject, Task};

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub plan: Rc<Plan>,
}

#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let heading = use_node_ref();
    crate::widgets::use_focus_on_mount(&heading);
    let plan = &props.plan;
    let t = |id: &str| ctx.t(id);
    let sections = plan.kind.modules().iter().map(|m| match m {
        Module::Details => html! { <Details key="details" plan={plan.clone()} /> },
        Module::Partners => html! { <Partners key="partners" plan={plan.clone()} /> },
        Module::People => html! { <People key="people" plan={plan.clone()} /> },
        Module::Instruments => html! { <Instruments key="instruments" plan={plan.clone()} /> },
        Module::Tasks => html! { <Tasks key="tasks" plan={plan.clone()} /> },
        Module::Governance => crate::governance::governance_section(&ctx, plan),

        Module::Coaching => crate::coaching::summary(&ctx, plan),

        Module::Evaluation => {
            html! { <crate::evaluation::EvaluationSection key="evaluation" plan={plan.clone()} /> }
        }
    });
    let nav = plan.kind.modules().iter().map(|m| {
        html! { <li><a href={format!("#section-{}", m.key())}>{ t(&format!("section-{}", m.key())) }</a></li> }
    });
    let id = plan.id.clone();
    html! {
        <article class="plan-page">
            <p><button class="linklike back" onclick={ctx.send.reform(|_| Msg::Open(None))}>{ t("plan-back") }</button></p>
            <h1 ref={heading} tabindex="-1"><bdi>{ plan.name.clone() }</bdi></h1>
            <p class="kind-badge">{ t(&format!("kind-{}", plan.kind.key())) }</p>
            <div class="plan-tools">
                <nav aria-label={t("section-details")} class="section-nav"><ul>{ for nav }</ul></nav>
                                <div class="card-actions">
                    <button onclick={ctx.send.reform(|_| Msg::Show(Sub::Passport))}>{ t("passport-open") }</button>
                    <button onclick={ctx.send.reform(|_| Msg::Show(Sub::Landscape))}>{ t("land-open") }</button>
                    <button onclick={ctx.send.reform(move |_| Msg::ExportPlan(id.clone()))}>{ t("plan-export") }</button>
                </div>
            </div>
            <crate::workshop::MakeLink of={crate::workshop::LinkOf::Plan(plan.clone())} />
                                    <Overview plan={plan.clone()} />
            <Warnings plan={plan.clone()} />
            { for sections }
        </article>
    }
}

/// Options of a key enum, translated, for a [`Select`].
pub(crate) fn options<T: Copy>(
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
    html! {
        <section id="section-details" class="plan-section" aria-labelledby="h-details">
            <h2 id="h-details">{ t("section-details") }</h2>
            <div class="grid">
                <Field id="plan-name" label={t("field-name")} value={plan.name.clone()} required=true
                    maxlength={MAX_NAME} onchange={set(|v| Some(PlanField::Name(v)))} />
                <Select id="plan-kind" label={t("field-kind")} value={plan.kind.key()}
                    options={PlanKind::ALL.iter().map(|k| (AttrValue::from(k.key()), t(&format!("kind-{}", k.key())))).collect::<Vec<_>>()}
                    onchange={set(|v| PlanKind::from_key(&v).map(PlanField::Kind))} />
                <Field id="plan-start" label={t("field-start-date")} input_type="date" value={crate::widgets::date_value(&plan.start_date)}
                    onchange={set(|v| Some(PlanField::StartDate(Date::parse(&v))))} />
                <Field id="plan-end" label={t("field-end-date")} input_type="date" value={crate::widgets::date_value(&plan.end_date)}
                    onchange={set(|v| Some(PlanField::EndDate(Date::parse(&v))))} />
            </div>
            <Field id="plan-description" label={t("field-description")} value={plan.description.clone()} multiline=true
                maxlength={MAX_LONG} onchange={set(|v| Some(PlanField::Description(v)))} />
        </section>
    }
}

/// The small form that adds an entity by its name.
#[derive(Properties, PartialEq)]
pub(crate) struct AddByNameProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub button: AttrValue,
    pub on_add: Callback<String>,
}

#[component]
pub(crate) fn AddByName(props: &AddByNameProps) -> Html {
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
    let paged = crate::widgets::use_paged();
    let on_add = {
        let (id, paged) = (plan.id.clone(), paged.clone());
        ctx.exec(move |name: String| {
            let new = browser::new_id("partner");
            paged.add(new.clone());
            Some(Command::AddPartner {
                plan_id: id.clone(),
                partner: Partner {
                    id: new,
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
            <p><button class="linklike" onclick={ctx.send.reform(|_| Msg::Show(Sub::Landscape))}>{ t("land-open-long") }</button></p>
            if plan.partners.is_empty() {
                <p class="empty">{ t("partners-empty") }</p>
            }
            <ul class="entity-list">
                { for paged.page(&plan.partners, |p| &p.id).map(|p| html! {
                    <PartnerCard key={p.id.0.clone()} plan_id={plan.id.clone()} partner={p.clone()} />
                }) }
            </ul>
            { paged.more(&ctx, plan.partners.iter().map(|p| p.id.clone())) }
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
    let set_bool = |f: Box<dyn Fn(bool) -> PartnerField>| {
        let (plan_id, partner_id) = (props.plan_id.clone(), p.id.clone());
        ctx.exec(move |e: Event| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            Some(Command::SetPartnerField {
                plan_id: plan_id.clone(),
                partner_id: partner_id.clone(),
                field: f(i.checked()),
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
    let (open, ontoggle) = crate::widgets::use_open(p.added_value.is_empty());
    html! {
        <li class="entity">
            <details {open} {ontoggle}>
                <summary>
                    <span class="entity-name" dir="auto">{ p.name.clone() }</span>
                    <span class="entity-meta">{ summary }</span>
                    if p.added_value.trim().is_empty() {
                        <span class="badge warn">{ t("partner-missing-added-value") }</span>
                    }
                </summary>
                if open {
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
                <div class="grid">
                    <Field id={fid("expertise")} label={t("partner-expertise")} value={p.expertise.clone()} multiline=true
                        maxlength={MAX_MEDIUM} onchange={set(|v| Some(PartnerField::Expertise(v)))} />
                    <Field id={fid("limitations")} label={t("partner-limitations")} value={p.limitations.clone()} multiline=true
                        maxlength={MAX_MEDIUM} onchange={set(|v| Some(PartnerField::Limitations(v)))} />
                    <Field id={fid("focus")} label={t("partner-focus-list")} value={p.focus_topics.join(", ")}
                        onchange={set(|v| Some(PartnerField::FocusTopics(split_list(&v))))} />
                    <Field id={fid("methods")} label={t("partner-methods-list")} value={p.methods.join(", ")}
                        onchange={set(|v| Some(PartnerField::Methods(split_list(&v))))} />
                    <Field id={fid("works-with")} label={t("partner-works-with-list")} value={p.works_with.join(", ")}
                        onchange={set(|v| Some(PartnerField::WorksWith(split_list(&v))))} />
                    <Field id={fid("arrival")} label={t("partner-arrival")} input_type="date"
                        value={crate::widgets::date_value(&p.arrival)}
                        onchange={set(|v| Some(PartnerField::Arrival(Date::parse(&v))))} />
                    <Field id={fid("contact")} label={t("partner-contact")} value={p.contact.clone()}
                        maxlength={MAX_SHORT} onchange={set(|v| Some(PartnerField::Contact(v)))} />
                </div>
                <fieldset class="days">
                    <legend>{ t("partner-days") }</legend>
                    { for Weekday::ALL.iter().map(|&d| {
                        let days = p.days.clone();
                        let on = set_bool(Box::new(move |c| {
                            let mut v = days.clone();
                            v.retain(|x| *x != d);
                            if c { v.push(d) }
                            PartnerField::Days(v)
                        }));
                        html! { <label class="check"><input type="checkbox" checked={p.days.contains(&d)} onchange={on} />{ t(&format!("weekday-{}", d.key())) }</label> }
                    }) }
                </fieldset>
                <div class="checks">
                    <label class="check"><input type="checkbox" checked={p.funds_infrastructure}
                        onchange={set_bool(Box::new(PartnerField::FundsInfrastructure))} />{ t("partner-funds") }</label>
                    <label class="check"><input type="checkbox" checked={p.own_measurement}
                        onchange={set_bool(Box::new(PartnerField::OwnMeasurement))} />{ t("partner-measures") }</label>
                </div>
                <Field id={fid("notes")} label={t("partner-notes")} value={p.notes.clone()} multiline=true
                    maxlength={MAX_LONG} onchange={set(|v| Some(PartnerField::Notes(v)))} />
                <button class="danger" onclick={remove}>{ ctx.tr.t_args("partner-remove-named", &[("name", p.name.as_str().into())]) }</button>
                }
            </details>
        </li>
    }
}

#[component]
fn People(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let paged = crate::widgets::use_paged();
    let on_add = {
        let (id, paged) = (plan.id.clone(), paged.clone());
        ctx.exec(move |name: String| {
            let new = browser::new_id("person");
            paged.add(new.clone());
            Some(Command::AddPerson {
                plan_id: id.clone(),
                person: Person {
                    id: new,
                    name,
                    ..Default::default()
                },
                index: None,
            })
        })
    };
    // The same list (the same Rc) while the names do not change, so person cards that did not
    // change are not drawn again after every edit of the plan.
    let partners: Rc<Vec<(AttrValue, String)>> = use_choice_list(
        t("person-partner-none"),
        plan.partners.iter().map(|p| (&p.id, &p.name)),
    );
    html! {
        <section id="section-people" class="plan-section" aria-labelledby="h-people">
            <h2 id="h-people">{ t("section-people") }</h2>
            <p class="intro">{ t("people-intro") }</p>
            if plan.people.is_empty() {
                <p class="empty">{ t("people-empty") }</p>
            }
            <ul class="entity-list">
                { for paged.page(&plan.people, |p| &p.id).map(|p| html! {
                    <PersonCard key={p.id.0.clone()} plan_id={plan.id.clone()} person={p.clone()} partners={partners.clone()} />
                }) }
            </ul>
            { paged.more(&ctx, plan.people.iter().map(|p| p.id.clone())) }
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
    let (open, ontoggle) = crate::widgets::use_open(false);
    html! {
        <li class="entity">
            <details {open} {ontoggle}>
                <summary>
                    <span class="entity-name" dir="auto">{ p.name.clone() }</span>
                    <span class="entity-meta" dir="auto">{ [Some(p.role.clone()).filter(|r| !r.is_empty()), org].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</span>
                </summary>
                if open {
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
                }
            </details>
        </li>
    }
}

#[component]
fn Instruments(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let (suggested, more): (Vec<_>, Vec<_>) = ctx
        .library
        .iter()
        .partition(|i| i.plan_kinds.contains(&plan.kind));
    let card = |ins: &shutaf::instrument::Instrument| {
        let rounds = plan
            .rounds
            .iter()
            .filter(|r| r.instrument == ins.id)
            .count();
        let answered = plan
            .responses
            .iter()
            .filter(|r| r.instrument == ins.id)
            .count();
        let open = {
            let id = ins.id.clone();
            ctx.send
                .reform(move |_| Msg::Show(Sub::Instrument(id.clone())))
        };
        let summary = summary(&ctx, plan, ins);
        html! {
            <li class="instrument-card" key={ins.id.clone()}>
                <h3><button class="linklike" onclick={open.clone()}>{ ctx.tx(&ins.title) }</button></h3>
                <p>{ shape_badge(&ctx, ins) }
                    <span class="meta">{ " " }{ if rounds == 0 { t("instrument-unused") } else { ctx.tr.t_args("instrument-rounds", &[("count", rounds.into()), ("responses", answered.into())]) } }</span></p>
                if let Some(s) = summary { <p class="summary">{ s }</p> }
            </li>
        }
    };
    html! {
        <section id="section-instruments" class="plan-section" aria-labelledby="h-instruments">
            <h2 id="h-instruments">{ t("section-instruments") }</h2>
            <p class="intro">{ t("instruments-intro") }</p>
            if !suggested.is_empty() {
                <h3 class="sub">{ t("instruments-suggested") }</h3>
                <ul class="instrument-list">{ for suggested.iter().map(|i| card(i)) }</ul>
            }
            <details class="more-instruments" open={suggested.is_empty()}>
                <summary>{ ctx.tr.t_args("instruments-more", &[("count", more.len().into())]) }</summary>
                <ul class="instrument-list">{ for more.iter().map(|i| card(i)) }</ul>
            </details>
        </section>
    }
}

/// One line on where an instrument's latest round stands, if it has answers.
fn summary(ctx: &AppCtx, plan: &Plan, ins: &shutaf::instrument::Instrument) -> Option<String> {
    use shutaf::instrument::Shape;
    let round = res::latest_round(plan, &ins.id)?;
    let now = res::round_responses(plan, &round.id);
    Some(match ins.shape {
        Shape::StagedModel => {
            let s = res::staged(ins, &now);
            match s.current {
                Some(i) => format!(
                    "{}: {}",
                    ctx.t("results-current-stage"),
                    ctx.tx(&ins.stages[i].title)
                ),
                None => ctx.t("results-no-stage"),
            }
        }
        Shape::Classifier => {
            let p = res::classify(ins, &now)?;
            ctx.tr.t_args(
                "results-level",
                &[
                    ("level", (p.level + 1).into()),
                    ("title", ctx.tx(&ins.stages[p.level].title).into()),
                ],
            )
        }
        Shape::SelfAssessment => {
            let stats = res::item_stats(ins, &now);
            let means: Vec<f64> = stats.iter().filter_map(|s| s.mean).collect();
            if means.is_empty() {
                return None;
            }
            format!(
                "{}: {:.1}",
                ctx.t("results-mean"),
                means.iter().sum::<f64>() / means.len() as f64
            )
        }
        _ => {
            let p = res::checklist(ins, &now);
            if p.is_empty() {
                ctx.tr
                    .t_args("results-respondents", &[("count", now.len().into())])
            } else {
                let (done, total) = p.iter().fold((0, 0), |(d, t), s| (d + s.done, t + s.total));
                ctx.tr.t_args(
                    "results-done",
                    &[("done", done.into()), ("total", total.into())],
                )
            }
        }
    })
}

/// The warnings that apply to the plan: from the seeds' rules of the instruments, each with its
/// source, and from the partner landscape; dismissable with a reason, and brought back.
#[component]
fn Warnings(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let warnings = res::warnings(plan, &ctx.library);
    let land = shutaf::landscape::keyed_warnings(plan);
    let paged = crate::widgets::use_paged();
    if warnings.is_empty() && land.is_empty() {
        return html! {};
    }
    let (dismissed, open): (Vec<_>, Vec<_>) = warnings.iter().partition(|w| w.dismissed.is_some());
    let (land_dismissed, land_open): (Vec<_>, Vec<_>) =
        land.iter().partition(|w| w.dismissed.is_some());
    let subject = |s: &Subject| match s {
        Subject::Plan => None,
        Subject::Partner(id) => plan.partner(id).map(|p| p.name.clone()),
        Subject::Person(id) => plan.person(id).map(|p| p.name.clone()),
    };
    // Dismissed warnings: the message, the reason and a way back.
    let dismissed_row = |key: &str, message: String, reason: &str| {
        let undismiss = {
            let (plan_id, warning) = (plan.id.clone(), key.to_string());
            ctx.exec(move |_: MouseEvent| {
                Some(Command::Undismiss {
                    plan_id: plan_id.clone(),
                    warning: warning.clone(),
                })
            })
        };
        html! {
            <li key={key.to_string()} data-warning={key.to_string()}>
                <span>{ message }</span>
                <span class="meta">{ " — " }{ t("warning-reason") }{ ": " }<bdi>{ reason.to_string() }</bdi></span>
                { " " }<button class="quiet" onclick={undismiss}>{ t("warning-restore") }</button>
            </li>
        }
    };
    let n_dismissed = dismissed.len() + land_dismissed.len();
    // A large plan can hold thousands (every pair of partners with a shared method): drawn a
    // page at a time, instruments' first.
    let keys: Vec<Id> = (open.iter().map(|w| &w.key))
        .chain(land_open.iter().map(|w| &w.key))
        .map(|k| Id::new(k.as_str()))
        .collect();
    html! {
        <section id="section-warnings" class="plan-section warnings" aria-labelledby="h-warnings">
            <h2 id="h-warnings">{ ctx.tr.t_args("warnings-title", &[("count", (open.len() + land_open.len()).into())]) }</h2>
            <ul class="warning-list">
                { for open.iter().enumerate().filter(|(i, _)| paged.shows(*i, &keys[*i])).map(|(_, w)| html! {
                    <WarningRow key={w.key.clone()} plan_id={plan.id.clone()} key_={w.key.clone()}
                        message={ctx.tx(&w.rule.message).to_string()} source={ctx.tx(&w.rule.source).to_string()}
                        fix={Fix::Instrument(w.instrument.id.clone())}
                        fix_label={ctx.tr.t_args("warning-open", &[("instrument", ctx.tx(&w.instrument.title).into())])}
                        subject={subject(&w.subject)} holds={(w.holds_in, w.responses)} />
                }) }
                { for land_open.iter().enumerate().map(|(i, w)| (i + open.len(), w)).filter(|(i, _)| paged.shows(*i, &keys[*i])).map(|(_, w)| html! {
                    <WarningRow key={w.key.clone()} plan_id={plan.id.clone()} key_={w.key.clone()}
                        message={crate::landscape::warning_message(&ctx, plan, &w.warning)} source={t("land-warn-source")}
                        fix={Fix::Landscape(w.warning.section())} fix_label={t("land-warn-fix")}
                        subject={None::<String>} holds={(1, 1)} />
                }) }
            </ul>
            { paged.more(&ctx, keys.iter().cloned()) }
            if n_dismissed > 0 {
                <details class="dismissed">
                    <summary>{ ctx.tr.t_args("warning-dismissed-title", &[("count", n_dismissed.into())]) }</summary>
                    <ul>
                        { for dismissed.iter().map(|w| dismissed_row(&w.key, ctx.tx(&w.rule.message).to_string(), w.dismissed.unwrap_or_default())) }
                        { for land_dismissed.iter().map(|w| dismissed_row(&w.key, crate::landscape::warning_message(&ctx, plan, &w.warning), w.dismissed.unwrap_or_default())) }
                    </ul>
                </details>
            }
        </section>
    }
}

/// Where a warning is dealt with.
#[derive(Clone, PartialEq)]
enum Fix {
    /// The instrument whose rule it comes from.
    Instrument(String),
    /// A section of the partners page.
    Landscape(&'static str),
}

#[derive(Properties, PartialEq)]
struct WarningRowProps {
    plan_id: Id,
    key_: String,
    message: String,
    source: String,
    fix: Fix,
    fix_label: String,
    subject: Option<String>,
    holds: (usize, usize),
}

#[component]
fn WarningRow(props: &WarningRowProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let dismissing = use_state(|| false);
    let open = {
        let (fix, send) = (props.fix.clone(), ctx.send.clone());
        Callback::from(move |_: MouseEvent| match &fix {
            Fix::Instrument(id) => send.emit(Msg::Show(Sub::Instrument(id.clone()))),
            Fix::Landscape(section) => crate::landscape::show_at(&send, section),
        })
    };
    let form_id = format!("dismiss-{}", props.key_.replace(['/', ':'], "-"));
    let onsubmit = {
        let (plan_id, warning, send, dismissing, form_id) = (
            props.plan_id.clone(),
            props.key_.clone(),
            ctx.send.clone(),
            dismissing.clone(),
            form_id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let reason = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&form_id))
                .and_then(|el| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(el).ok()
                })
                .map(|i| i.value())
                .unwrap_or_default();
            if reason.trim().is_empty() {
                return;
            }
            dismissing.set(false);
            send.emit(Msg::Exec(Command::Dismiss {
                plan_id: plan_id.clone(),
                warning: warning.clone(),
                reason,
                index: None,
            }));
        })
    };
    let toggle = {
        let d = dismissing.clone();
        Callback::from(move |_| d.set(!*d))
    };
    html! {
        <li class="warning" data-warning={props.key_.clone()}>
            <p class="warning-message"><strong>{ props.message.clone() }</strong>
                if let Some(s) = &props.subject { <span class="meta">{ " · " }<bdi>{ s.clone() }</bdi></span> }
            </p>
            <p class="meta">{ t("warning-source") }{ " " }{ props.source.clone() }</p>
            if props.holds.1 > 1 {
                <p class="meta">{ ctx.tr.t_args("warning-holds", &[("n", props.holds.0.into()), ("total", props.holds.1.into())]) }</p>
            }
            <div class="notice-actions">
                <button onclick={open}>{ props.fix_label.clone() }</button>
                <button class="quiet" onclick={toggle} aria-expanded={(*dismissing).to_string()}>{ t("warning-dismiss") }</button>
            </div>
            if *dismissing {
                <form class="dismiss-form" {onsubmit}>
                    <label for={form_id.clone()}>{ t("warning-dismiss-reason") }</label>
                    <textarea id={form_id} rows="2" required=true dir="auto" />
                    <button type="submit" class="primary">{ t("warning-dismiss-save") }</button>
                </form>
            }
        </li>
    }
}

#[component]
fn Tasks(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let today = browser::today();
    let paged = crate::widgets::use_paged();
    let on_add = {
        let (id, paged) = (plan.id.clone(), paged.clone());
        ctx.exec(move |title: String| {
            let new = browser::new_id("task");
            paged.add(new.clone());
            Some(Command::AddTask {
                plan_id: id.clone(),
                task: Task {
                    id: new,
                    title,
                    ..Default::default()
                },
                index: None,
            })
        })
    };
    let people: Rc<Vec<(AttrValue, String)>> = use_choice_list(
        t("task-owner-none"),
        plan.people.iter().map(|p| (&p.id, &p.name)),
    );
    let open = plan.tasks.iter().filter(|t| !t.done).count();
    let overdue = plan
        .tasks
        .iter()
        .filter(|t| !t.done && t.due.as_ref().is_some_and(|d| d.as_str() < today.as_str()))
        .count();
    html! {
        <section id="section-tasks" class="plan-section" aria-labelledby="h-tasks">
            <h2 id="h-tasks">{ t("section-tasks") }</h2>
            <p class="meta">{ ctx.tr.t_args("tasks-summary", &[("open", open.into()), ("overdue", overdue.into())]) }</p>
            if plan.tasks.is_empty() {
                <p class="empty">{ t("tasks-empty") }</p>
            }
            <ul class="entity-list tasks">
                { for paged.page(&plan.tasks, |t| &t.id).map(|task| html! {
                    <TaskRow key={task.id.0.clone()} plan_id={plan.id.clone()} task={task.clone()} people={people.clone()}
                        overdue={!task.done && task.due.as_ref().is_some_and(|d| d.as_str() < today.as_str())} />
                }) }
            </ul>
            { paged.more(&ctx, plan.tasks.iter().map(|t| t.id.clone())) }
            <AddByName id="new-task" label={t("task-new")} button={t("task-add")} {on_add} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TaskRowProps {
    plan_id: Id,
    task: Task,
    people: Rc<Vec<(AttrValue, String)>>,
    overdue: bool,
}

#[component]
fn TaskRow(props: &TaskRowProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let task = &props.task;
    let set = |f: fn(String) -> Option<TaskField>| {
        let (plan_id, task_id) = (props.plan_id.clone(), task.id.clone());
        ctx.exec(move |v: String| {
            f(v).map(|field| Command::SetTaskField {
                plan_id: plan_id.clone(),
                task_id: task_id.clone(),
                field,
            })
        })
    };
    let on_done = {
        let (plan_id, task_id) = (props.plan_id.clone(), task.id.clone());
        ctx.exec(move |e: Event| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            Some(Command::SetTaskField {
                plan_id: plan_id.clone(),
                task_id: task_id.clone(),
                field: TaskField::Done(i.checked()),
            })
        })
    };
    let remove = {
        let (plan_id, task_id) = (props.plan_id.clone(), task.id.clone());
        ctx.exec(move |_: MouseEvent| {
            Some(Command::RemoveTask {
                plan_id: plan_id.clone(),
                task_id: task_id.clone(),
            })
        })
    };
    let fid = |f: &str| AttrValue::from(format!("task-{}-{f}", task.id));
    html! {
        <li class={classes!("task", task.done.then_some("done"), props.overdue.then_some("overdue"))}>
            <div class="task-head">
                <input type="checkbox" id={fid("done")} checked={task.done} onchange={on_done} />
                <label for={fid("done")} dir="auto" class="entity-name">{ task.title.clone() }</label>
                if props.overdue { <span class="badge warn">{ t("task-overdue") }</span> }
            </div>
            <div class="grid">
                <Field id={fid("title")} label={t("task-title")} value={task.title.clone()} required=true
                    maxlength={shutaf::command::MAX_TASK} onchange={set(|v| Some(TaskField::Title(v)))} />
                <Select id={fid("owner")} label={t("task-owner")} lazy=true
                    value={task.owner.as_ref().map(|i| i.0.clone()).unwrap_or_default()}
                    options={(*props.people).clone()}
                    onchange={set(|v| Some(TaskField::Owner((!v.is_empty()).then(|| Id::new(v)))))} />
                <Field id={fid("due")} label={t("task-due")} input_type="date"
                    value={crate::widgets::date_value(&task.due)}
                    onchange={set(|v| Some(TaskField::Due(Date::parse(&v))))} />
            </div>
            <button class="danger small" onclick={remove}>{ ctx.tr.t_args("task-remove", &[("title", task.title.as_str().into())]) }</button>
        </li>
    }
}

/// The plan at a glance: where it stands on each staged model, what needs attention, the latest
/// results and one suggested next step.
#[component]
fn Overview(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let today = browser::today_date();
    let ov = shutaf::overview::overview(plan, &ctx.library, &today);
    let open_instrument = |id: &str| {
        let id = id.to_string();
        ctx.send
            .reform(move |_| Msg::Show(Sub::Instrument(id.clone())))
    };
    let go_to = |anchor: &'static str| {
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(anchor))
            {
                el.scroll_into_view();
                if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = h.focus();
                }
            }
        })
    };
    use shutaf::overview::NextStep;
    let (next_text, next_action) = match ov.next_step() {
        NextStep::Warning(w) => (
            ctx.tr.t_args(
                "overview-next-warning",
                &[("message", ctx.tx(&w.rule.message).into())],
            ),
            Some((t("overview-go"), go_to("section-warnings"))),
        ),
        NextStep::Landscape(w) => (
            ctx.tr.t_args(
                "overview-next-warning",
                &[(
                    "message",
                    crate::landscape::warning_message(&ctx, plan, &w)
                        .as_str()
                        .into(),
                )],
            ),
            Some((t("overview-go"), go_to("section-warnings"))),
        ),
        NextStep::OverdueTask(task) => (
            ctx.tr.t_args(
                "overview-next-overdue",
                &[("title", task.title.as_str().into())],
            ),
            Some((t("overview-go"), go_to("section-tasks"))),
        ),
        NextStep::Assess(ins) => (
            ctx.tr.t_args(
                "overview-next-assess",
                &[("instrument", ctx.tx(&ins.title).into())],
            ),
            Some((t("overview-assess"), open_instrument(&ins.id))),
        ),
        NextStep::NextStage { instrument, stage } => {
            let st = &instrument.stages[stage];
            let what = st
                .next_step
                .as_ref()
                .map(|n| ctx.tx(n))
                .unwrap_or_else(|| ctx.tx(&st.description));
            (
                ctx.tr.t_args(
                    "overview-next-stage",
                    &[
                        ("instrument", ctx.tx(&instrument.title).into()),
                        ("stage", ctx.tx(&st.title).into()),
                        ("what", what.into()),
                    ],
                ),
                Some((t("overview-go"), open_instrument(&instrument.id))),
            )
        }
        NextStep::Nothing => (t("overview-next-nothing"), None),
    };
    html! {
        <section id="section-overview" class="plan-section overview" aria-labelledby="h-overview">
            <h2 id="h-overview">{ t("overview-title") }</h2>
            <div class="next-step">
                <p><strong>{ t("overview-next") }{ ": " }</strong>{ next_text }</p>
                if let Some((label, action)) = next_action {
                    <button class="primary" onclick={action}>{ label }</button>
                }
            </div>
            <p class="attention">{ ctx.tr.t_args("overview-attention", &[
                ("warnings", ov.open_warnings().into()),
                ("overdue", ov.overdue.len().into()),
                ("soon", ov.due_soon.len().into()),
            ]) }</p>
            if !ov.standings.is_empty() {
                <ul class="standings">
                    { for ov.standings.iter().map(|s| {
                        let stage = match (s.assessed, s.at) {
                            (false, _) => t("overview-not-assessed"),
                            (true, None) => t("results-no-stage"),
                            (true, Some(i)) => format!("{} / {} · {}", i + 1, s.instrument.stages.len(), ctx.tx(&s.instrument.stages[i].title)),
                        };
                        html! {
                            <li key={s.instrument.id.clone()}>
                                <button class="linklike" onclick={open_instrument(&s.instrument.id)}>{ ctx.tx(&s.instrument.title) }</button>
                                { ": " }<strong>{ stage }</strong>
                            </li>
                        }
                    }) }
                </ul>
            }
            if !ov.latest.is_empty() {
                <h3>{ t("overview-latest") }</h3>
                <ul class="latest">
                    { for ov.latest.iter().take(5).map(|(ins, round)| html! {
                        <li key={ins.id.clone()}>
                            <button class="linklike" onclick={open_instrument(&ins.id)}>{ ctx.tx(&ins.title) }</button>
                            <span class="meta">{ " · " }<bdi>{ round.name.clone() }</bdi>
                                if let Some(d) = &round.date { { " · " }{ d.as_str() } }
                            </span>
                            if let Some(s) = summary(&ctx, plan, ins) { { " — " }<span>{ s }</span> }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// `(value, text)` options for a list that starts with "none", memoised on its contents: the
/// same `Rc` while nothing in it changes, so the rows that take it skip their redraw.
#[hook]
pub(crate) fn use_choice_list<'a>(
    none: String,
    items: impl Iterator<Item = (&'a Id, &'a String)>,
) -> Rc<Vec<(AttrValue, String)>> {
    let list: Vec<(AttrValue, String)> = std::iter::once((AttrValue::from(""), none))
        .chain(items.map(|(id, name)| (AttrValue::from(id.0.clone()), name.clone())))
        .collect();
    use_memo(list, |list| list.clone())
}
