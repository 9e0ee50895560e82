//! Ecosystem governance and the work plan: the governance page (stage, work plan, timeline,
//! bodies, meetings, figures, community), a meeting's editor with its printable minutes, and
//! the printable planning-year summary. Every figure and rule comes from `shutaf::governance`.

use std::collections::HashMap;
use std::rc::Rc;

use shutaf::command::Command;
use shutaf::governance::{self as gov, ActionComponent, Activity, AgendaItem, Body, BodyKind};
use shutaf::governance::{Charter, Goal, Lever, Meeting, Member, Warning};
use shutaf::instrument::results as res;
use shutaf::model::{Date, Id, Plan, Round, Task};
use shutaf::parts::{Coll, Ent};
use shutaf::text::{MAX_LONG, MAX_MEDIUM, MAX_SHORT};
use yew::prelude::*;

use crate::app::{AppCtx, Msg, Sub};
use crate::browser;
use crate::plan::AddByName;
use crate::widgets::{Field, Select};

/// The instruments a meeting can be assessed with.
const MEETING_INSTRUMENTS: [&str; 2] = ["effective_meeting", "partnership_atmosphere"];

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub plan: Rc<Plan>,
}

#[derive(Properties, PartialEq)]
pub struct MeetingProps {
    pub plan: Rc<Plan>,
    pub meeting: Id,
}

/// A callback that puts a changed copy of `v`; `f` changes it from the event's value and says
/// whether anything is to be stored.
fn edit<T: Clone + 'static, A: 'static>(
    ctx: &AppCtx,
    plan: &Id,
    v: &T,
    wrap: fn(T) -> Ent,
    f: impl Fn(&mut T, A) -> bool + 'static,
) -> Callback<A> {
    edit_dyn(ctx, plan, v, wrap, Rc::new(f))
}

/// The one body of [`edit`] per entity type and event (the closures stay small).
#[inline(never)]
#[allow(clippy::type_complexity)]
fn edit_dyn<T: Clone + 'static, A: 'static>(
    ctx: &AppCtx,
    plan: &Id,
    v: &T,
    wrap: fn(T) -> Ent,
    f: Rc<dyn Fn(&mut T, A) -> bool>,
) -> Callback<A> {
    let (plan, v, send) = (plan.clone(), v.clone(), ctx.send.clone());
    Callback::from(move |a: A| {
        let mut n = v.clone();
        if f(&mut n, a) {
            send.emit(Msg::Exec(Command::put(&plan, wrap(n))));
        }
    })
}

fn remove(ctx: &AppCtx, plan: &Id, coll: Coll, id: &Id) -> Callback<MouseEvent> {
    let (plan, id) = (plan.clone(), id.clone());
    ctx.exec(move |_| Some(Command::remove(&plan, coll, &id)))
}

fn set<T: PartialEq>(slot: &mut T, v: T) -> bool {
    let changed = *slot != v;
    *slot = v;
    changed
}

fn opt_id(v: String) -> Option<Id> {
    (!v.is_empty()).then(|| Id::new(v))
}

fn year(v: &str) -> Option<Option<u16>> {
    let v = v.trim();
    if v.is_empty() {
        return Some(None);
    }
    v.parse().ok().map(Some)
}

/// A whole number with thousands separators.
pub fn money(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn percent(r: Option<f64>) -> String {
    r.map(|r| format!("{:.0}%", r * 100.0))
        .unwrap_or_else(|| "—".into())
}

/// A checkbox with its label.
fn check(id: AttrValue, label: String, checked: bool, onchange: Callback<bool>) -> Html {
    let onchange = onchange.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    html! {
        <label class="check" for={id.clone()}>
            <input type="checkbox" {id} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// A one-field form that adds something by its title.
fn add_form(
    id: impl Into<AttrValue>,
    label: String,
    button: String,
    on_add: Callback<String>,
) -> Html {
    html! { <AddByName id={id.into()} {label} {button} {on_add} /> }
}

/// Names of the plan's people and partners, and `(value, text)` choices of each.
struct Names<'a> {
    people: HashMap<&'a Id, &'a str>,
    partners: HashMap<&'a Id, &'a str>,
    bodies: HashMap<&'a Id, &'a str>,
    removed: String,
}

impl<'a> Names<'a> {
    fn new(plan: &'a Plan, removed: String) -> Self {
        Names {
            people: plan
                .people
                .iter()
                .map(|p| (&p.id, p.name.as_str()))
                .collect(),
            partners: plan
                .partners
                .iter()
                .map(|p| (&p.id, p.name.as_str()))
                .collect(),
            bodies: plan
                .governance
                .bodies
                .iter()
                .map(|b| (&b.id, b.name.as_str()))
                .collect(),
            removed,
        }
    }
    fn get(&self, map: &HashMap<&'a Id, &'a str>, id: Option<&Id>) -> String {
        match id {
            None => String::new(),
            Some(id) => map
                .get(id)
                .map(|s| s.to_string())
                .unwrap_or_else(|| self.removed.clone()),
        }
    }
    fn person(&self, id: &Id) -> String {
        self.get(&self.people, Some(id))
    }
    fn partner(&self, id: Option<&Id>) -> String {
        self.get(&self.partners, id)
    }
    fn body(&self, id: &Id) -> String {
        self.get(&self.bodies, Some(id))
    }
}

fn choices<'a>(
    none: String,
    items: impl Iterator<Item = (&'a Id, &'a str)>,
) -> Rc<Vec<(AttrValue, String)>> {
    Rc::new(
        std::iter::once((AttrValue::from(""), none))
            .chain(items.map(|(id, n)| (AttrValue::from(id.0.clone()), n.to_string())))
            .collect(),
    )
}

/// The section of the plan page that leads to the governance page.
pub fn governance_section(ctx: &AppCtx, plan: &Plan) -> Html {
    let g = &plan.governance;
    let tr = &ctx.tr;
    let warnings = gov::warnings(g).len();
    html! {
        <section id="section-governance" class="plan-section" aria-labelledby="h-governance">
            <h2 id="h-governance">{ ctx.t("section-governance") }</h2>
            <p class="intro">{ ctx.t("gov-intro") }</p>
            <p class="meta">{ tr.t_args("gov-summary", &[
                ("goals", g.goals.len().into()),
                ("components", g.components.len().into()),
                ("bodies", g.bodies.len().into()),
                ("meetings", g.meetings.len().into()),
                ("warnings", warnings.into()),
            ]) }</p>
            <button class="primary" onclick={ctx.send.reform(|_| Msg::Show(Sub::Governance))}>{ ctx.t("gov-open") }</button>
        </section>
    }
}

#[component]
pub fn GovernancePage(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let heading = use_node_ref();
    crate::widgets::use_focus_on_mount(&heading);
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let sections = [
        "stage",
        "charter",
        "workplan",
        "timeline",
        "bodies",
        "meetings",
        "figures",
        "community",
    ];
    html! {
        <article class="gov-page">
            <p><button class="linklike back" onclick={ctx.send.reform(|_| Msg::Show(Sub::Overview))}>{ t("gov-back") }</button></p>
            <h1 ref={heading} tabindex="-1">{ t("gov-title") }{ " · " }<bdi>{ plan.name.clone() }</bdi></h1>
            <div class="plan-tools">
                <nav aria-label={t("gov-title")} class="section-nav"><ul>
                    { for sections.iter().map(|s| html! {
                        <li><a href={format!("#gov-{s}")}>{ t(&format!("gov-h-{s}")) }</a></li>
                    }) }
                </ul></nav>
                <div class="card-actions">
                    <button onclick={ctx.send.reform(|_| Msg::Show(Sub::YearSummary))}>{ t("gov-year-open") }</button>
                </div>
            </div>
            { stage_section(&ctx, plan) }
            { charter_section(&ctx, plan) }
            { work_plan(&ctx, plan) }
            { timeline_section(&ctx, plan) }
            { bodies_section(&ctx, plan) }
            <MeetingsSection plan={plan.clone()} />
            { figures_section(&ctx, plan) }
            { community_section(&ctx, plan) }
        </article>
    }
}

fn section(id: &str, ctx: &AppCtx, body: Html) -> Html {
    html! {
        <section id={format!("gov-{id}")} class="plan-section" aria-labelledby={format!("h-gov-{id}")}>
            <h2 id={format!("h-gov-{id}")}>{ ctx.t(&format!("gov-h-{id}")) }</h2>
            { body }
        </section>
    }
}

fn stage_section(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let charter = &plan.governance.charter;
    let Some(ins) = ctx.instrument("ecosystem_stages") else {
        return html! {};
    };
    let on_stage = edit(ctx, &plan.id, charter, Ent::Charter, |c, v: String| {
        set(&mut c.stage, v.parse().ok().filter(|s| (1..=4).contains(s)))
    });
    let responses = res::latest_round(plan, &ins.id)
        .map(|r| res::round_responses(plan, &r.id))
        .unwrap_or_default();
    let assessed = (!responses.is_empty()).then(|| res::staged(ins, &responses).current);
    let checklist = ins.sections.last();
    let stage_options: Vec<(AttrValue, String)> =
        std::iter::once(("".into(), ctx.t("gov-stage-none")))
            .chain(ins.stages.iter().enumerate().map(|(i, s)| {
                (
                    AttrValue::from((i + 1).to_string()),
                    format!("{}. {}", i + 1, ctx.tx(&s.title)),
                )
            }))
            .collect();
    let id = ins.id.clone();
    let body = html! { <>
        <ol class="stages">
            { for ins.stages.iter().enumerate().map(|(i, s)| {
                let here = charter.stage == Some(i as u8 + 1);
                html! {
                    <li class={classes!("stage", here.then_some("current"))} aria-current={here.then_some("step")}>
                        <strong>{ ctx.tx(&s.title) }</strong>
                        if here { <span class="badge">{ ctx.t("gov-stage-here") }</span> }
                        <p>{ ctx.tx(&s.description) }</p>
                    </li>
                }
            }) }
        </ol>
        <div class="grid">
            <Select id="gov-stage-select" label={ctx.t("gov-stage-label")}
                value={charter.stage.map(|s| s.to_string()).unwrap_or_default()}
                options={stage_options} onchange={on_stage} />
        </div>
        <p class="meta">{ match assessed {
            None => ctx.t("gov-stage-not-assessed"),
            Some(None) => ctx.t("results-no-stage"),
            Some(Some(i)) => ctx.tr.t_args("gov-stage-assessed", &[("stage", ctx.tx(&ins.stages[i].title).into())]),
        } }</p>
        if let Some(sec) = checklist {
            <h3>{ ctx.tx(&sec.title) }</h3>
            <ul class="checklist">
                { for sec.items.iter().map(|item| {
                    let met = res::item_met(ins, &item.id, &responses);
                    html! {
                        <li class={classes!(met.then_some("met"))}>
                            <span aria-hidden="true">{ if met { "✓ " } else { "○ " } }</span>
                            { ctx.tx(&item.text) }
                            <span class="visually-hidden">{ " — " }{ ctx.t(if met { "gov-done" } else { "gov-not-done" }) }</span>
                        </li>
                    }
                }) }
            </ul>
        }
        <button onclick={ctx.send.reform(move |_| Msg::Show(Sub::Instrument(id.clone())))}>{ ctx.t("gov-stage-fill") }</button>
    </> };
    section("stage", ctx, body)
}

fn charter_section(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let c = &plan.governance.charter;
    let field = |id: &'static str,
                 label: String,
                 value: &str,
                 f: fn(&mut Charter) -> &mut String| {
        let onchange = edit(ctx, &plan.id, c, Ent::Charter, move |c, v: String| {
            set(f(c), v)
        });
        html! {
            <Field {id} {label} value={value.to_string()} multiline=true maxlength={MAX_MEDIUM} {onchange} />
        }
    };
    let body = html! { <>
        { field("gov-mission", ctx.t("gov-mission"), &c.mission, |c| &mut c.mission) }
        { field("gov-vision", ctx.t("gov-vision"), &c.vision, |c| &mut c.vision) }
        { field("gov-overarching-goal", ctx.t("gov-overarching-goal"), &c.overarching_goal, |c| &mut c.overarching_goal) }
    </> };
    section("charter", ctx, body)
}

fn work_plan(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let t = |id: &str| ctx.t(id);
    let g = &plan.governance;
    let names = Names::new(plan, t("gov-removed"));
    let totals = gov::totals(g);
    let partners = choices(
        t("gov-none"),
        plan.partners.iter().map(|p| (&p.id, p.name.as_str())),
    );
    let groups = choices(
        t("gov-none"),
        g.bodies
            .iter()
            .filter(|b| b.kind == BodyKind::WorkingGroup)
            .map(|b| (&b.id, b.name.as_str())),
    );
    let pid = plan.id.clone();
    let add_goal = ctx.adder(&pid, "goal", |id, title| {
        Ent::Goal(Goal {
            id,
            title,
            ..Default::default()
        })
    });
    // Rows: each goal, its levers, their components (a goal or lever with none still shows).
    let mut rows = Vec::new();
    for goal in &g.goals {
        let levers: Vec<&Lever> = g.levers.iter().filter(|l| l.goal == goal.id).collect();
        let comps: Vec<Vec<&ActionComponent>> = levers
            .iter()
            .map(|l| g.components.iter().filter(|c| c.lever == l.id).collect())
            .collect();
        let goal_span: usize = comps.iter().map(|c| c.len().max(1)).sum::<usize>().max(1);
        let goal_cell = html! {
            <th scope="rowgroup" rowspan={goal_span.to_string()} class="goal-cell">
                { goal_cell(ctx, &plan.id, goal, gov::total_of(&totals.per_goal, Some(&goal.id)), &groups) }
            </th>
        };
        if levers.is_empty() {
            rows.push(html! { <tr key={goal.id.0.clone()}>{ goal_cell }<td colspan="4" class="empty">{ t("gov-no-levers") }</td></tr> });
            continue;
        }
        let mut goal_cell = Some(goal_cell);
        for (lever, comps) in levers.iter().zip(comps) {
            let lever_cell = html! {
                <th scope="rowgroup" rowspan={comps.len().max(1).to_string()} class="lever-cell">
                    { lever_cell(ctx, &plan.id, lever, gov::total_of(&totals.per_lever, Some(&lever.id))) }
                </th>
            };
            if comps.is_empty() {
                rows.push(html! { <tr key={lever.id.0.clone()}>{ goal_cell.take().unwrap_or_default() }{ lever_cell }<td colspan="3" class="empty">{ t("gov-no-components") }</td></tr> });
                continue;
            }
            let mut lever_cell = Some(lever_cell);
            for c in comps {
                rows.push(html! {
                    <tr key={c.id.0.clone()}>
                        { goal_cell.take().unwrap_or_default() }
                        { lever_cell.take().unwrap_or_default() }
                        <ComponentCells pid={plan.id.clone()} component={(*c).clone()} partners={partners.clone()} />
                    </tr>
                });
            }
        }
    }
    let lever_ids: std::collections::HashSet<&Id> = g.levers.iter().map(|l| &l.id).collect();
    let goal_ids: std::collections::HashSet<&Id> = g.goals.iter().map(|l| &l.id).collect();
    let loose = g
        .components
        .iter()
        .filter(|c| !lever_ids.contains(&c.lever))
        .count()
        + g.levers
            .iter()
            .filter(|l| !goal_ids.contains(&l.goal))
            .count();
    let total_list = |title: &str,
                      list: &[(Option<Id>, u64)],
                      name: &dyn Fn(Option<&Id>) -> String| {
        html! {
            <table class="totals">
                <caption>{ title.to_string() }</caption>
                <thead><tr><th scope="col">{ t("gov-col-name") }</th><th scope="col">{ t("gov-col-budget") }</th></tr></thead>
                <tbody>
                    { for list.iter().filter(|(_, v)| *v > 0).map(|(k, v)| html! {
                        <tr><th scope="row"><bdi>{ match k { Some(_) => name(k.as_ref()), None => t("gov-unassigned") } }</bdi></th><td class="num">{ money(*v) }</td></tr>
                    }) }
                </tbody>
            </table>
        }
    };
    let goal_name = |id: Option<&Id>| {
        id.and_then(|id| g.goals.iter().find(|x| &x.id == id))
            .map(|x| x.title.clone())
            .unwrap_or_default()
    };
    let partner_name = |id: Option<&Id>| names.partner(id);
    let body = html! { <>
        <p class="intro">{ t("gov-workplan-intro") }</p>
        <div class="table-wrap">
        <table class="workplan" id="workplan-table">
            <caption class="visually-hidden">{ t("gov-h-workplan") }</caption>
            <thead><tr>
                <th scope="col">{ t("gov-col-goal") }</th>
                <th scope="col">{ t("gov-col-lever") }</th>
                <th scope="col">{ t("gov-col-components") }</th>
                <th scope="col">{ t("gov-col-executor") }</th>
                <th scope="col">{ t("gov-col-budget") }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
            <tfoot><tr>
                <th scope="row" colspan="4">{ t("gov-total") }</th>
                <td class="num" id="workplan-total">{ money(totals.total) }</td>
            </tr></tfoot>
        </table>
        </div>
        if g.goals.is_empty() { <p class="empty">{ t("gov-no-goals") }</p> }
        if loose > 0 { <p class="meta">{ ctx.tr.t_args("gov-loose", &[("count", loose.into())]) }</p> }
        { add_form("new-goal", t("gov-goal-new"), t("gov-goal-add"), add_goal) }
        <div class="totals-grid">
            { total_list(&t("gov-per-goal"), &totals.per_goal, &goal_name) }
            { total_list(&t("gov-per-executor"), &totals.per_executor, &partner_name) }
            { total_list(&t("gov-per-funder"), &totals.per_funder, &partner_name) }
        </div>
        { warning_list(ctx, plan, true) }
    </> };
    section("workplan", ctx, body)
}

fn goal_cell(
    ctx: &AppCtx,
    pid: &Id,
    goal: &Goal,
    total: u64,
    groups: &Rc<Vec<(AttrValue, String)>>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let fid = |f: &str| AttrValue::from(format!("goal-{}-{f}", goal.id));
    let e = |f: fn(&mut Goal, String) -> bool| edit(ctx, pid, goal, Ent::Goal, f);
    let add_lever = {
        let gid = goal.id.clone();
        ctx.adder(pid, "lever", move |id, title| {
            Ent::Lever(Lever {
                id,
                goal: gid.clone(),
                title,
            })
        })
    };
    html! {
        <div class="cell-editor">
            <Field id={fid("title")} label={t("gov-goal")} value={goal.title.clone()} required=true multiline=true
                maxlength={MAX_MEDIUM} onchange={e(|g, v| set(&mut g.title, v))} />
            <p class="subtotal">{ t("gov-subtotal") }{ ": " }<span class="num">{ money(total) }</span></p>
            <details>
                <summary>{ t("gov-goal-details") }</summary>
                <Field id={fid("target")} label={t("gov-target")} value={goal.target.clone()}
                    maxlength={MAX_SHORT} onchange={e(|g, v| set(&mut g.target, v))} />
                <Field id={fid("baseline")} label={t("gov-baseline")} value={goal.baseline.clone()}
                    maxlength={MAX_SHORT} onchange={e(|g, v| set(&mut g.baseline, v))} />
                <Field id={fid("deadline")} label={t("gov-deadline")} input_type="date" value={crate::widgets::date_value(&goal.deadline)}
                    onchange={e(|g, v| set(&mut g.deadline, Date::parse(&v)))} />
                <Select id={fid("group")} label={t("gov-owning-group")}
                    value={goal.group.as_ref().map(|i| i.0.clone()).unwrap_or_default()}
                    options={(**groups).clone()} onchange={e(|g, v| set(&mut g.group, opt_id(v)))} />
                <button class="danger small" onclick={remove(ctx, pid, Coll::Goal, &goal.id)}>{ t("gov-goal-remove") }</button>
            </details>
            { add_form(fid("new-lever"), t("gov-lever-new"), t("gov-lever-add"), add_lever) }
        </div>
    }
}

fn lever_cell(ctx: &AppCtx, pid: &Id, lever: &Lever, total: u64) -> Html {
    let t = |id: &str| ctx.t(id);
    let fid = |f: &str| AttrValue::from(format!("lever-{}-{f}", lever.id));
    let add = {
        let lid = lever.id.clone();
        ctx.adder(pid, "component", move |id, title| {
            Ent::ActionComponent(ActionComponent {
                id,
                lever: lid.clone(),
                title,
                ..Default::default()
            })
        })
    };
    html! {
        <div class="cell-editor">
            <Field id={fid("title")} label={t("gov-lever")} value={lever.title.clone()} required=true multiline=true
                maxlength={MAX_MEDIUM} onchange={edit(ctx, pid, lever, Ent::Lever, |l, v: String| set(&mut l.title, v))} />
            <p class="subtotal">{ t("gov-subtotal") }{ ": " }<span class="num">{ money(total) }</span></p>
            { add_form(fid("new-component"), t("gov-component-new"), t("gov-component-add"), add) }
            <button class="danger small" onclick={remove(ctx, pid, Coll::Lever, &lever.id)}>{ t("gov-lever-remove") }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ComponentCellsProps {
    pid: Id,
    component: ActionComponent,
    partners: Rc<Vec<(AttrValue, String)>>,
}

/// A component's row of the work-plan table, as a component of its own: an edit redraws only
/// the row whose component changed, not the 300 rows of a large plan.
#[component]
fn ComponentCells(props: &ComponentCellsProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    component_cells(&ctx, &props.pid, &props.component, &props.partners)
}

/// The component's three cells of the work-plan table.
fn component_cells(
    ctx: &AppCtx,
    pid: &Id,
    c: &ActionComponent,
    partners: &Rc<Vec<(AttrValue, String)>>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let fid = |f: &str| AttrValue::from(format!("component-{}-{f}", c.id));
    let e =
        |f: fn(&mut ActionComponent, String) -> bool| edit(ctx, pid, c, Ent::ActionComponent, f);
    let id_of = |v: &Option<Id>| v.as_ref().map(|i| i.0.clone()).unwrap_or_default();
    let yr = |v: Option<u16>| v.map(|y| y.to_string()).unwrap_or_default();
    html! { <>
        <td class="component-cell">
            <Field id={fid("title")} label={t("gov-component")} value={c.title.clone()} required=true multiline=true
                maxlength={MAX_MEDIUM} onchange={e(|c, v| set(&mut c.title, v))} />
            { check(AttrValue::from(fid("core")), t("gov-core"), c.core, edit(ctx, pid, c, Ent::ActionComponent, |c, v: bool| set(&mut c.core, v))) }
            <div class="years">
                <Field id={fid("from")} label={t("gov-from-year")} input_type="number" value={yr(c.from_year)}
                    onchange={e(|c, v| year(&v).is_some_and(|y| set(&mut c.from_year, y)))} />
                <Field id={fid("to")} label={t("gov-to-year")} input_type="number" value={yr(c.to_year)}
                    onchange={e(|c, v| year(&v).is_some_and(|y| set(&mut c.to_year, y)))} />
            </div>
            <button class="danger small" onclick={remove(ctx, pid, Coll::ActionComponent, &c.id)}>{ t("gov-component-remove") }</button>
        </td>
        <td>
            <Select id={fid("executor")} label={t("gov-executor")} lazy=true value={id_of(&c.executor)}
                options={partners.to_vec()} onchange={e(|c, v| set(&mut c.executor, opt_id(v)))} />
            <Select id={fid("funder")} label={t("gov-funder")} lazy=true value={id_of(&c.funder)}
                options={partners.to_vec()} onchange={e(|c, v| set(&mut c.funder, opt_id(v)))} />
        </td>
        <td class="num">
            <Field id={fid("budget")} label={t("gov-budget")} input_type="number" value={c.budget.to_string()}
                onchange={e(|c, v| v.trim().parse().ok().is_some_and(|b| set(&mut c.budget, b)))} />
        </td>
    </> }
}

fn warning_list(ctx: &AppCtx, plan: &Plan, goals: bool) -> Html {
    let g = &plan.governance;
    let names = Names::new(plan, ctx.t("gov-removed"));
    let list: Vec<Warning> = gov::warnings(g)
        .into_iter()
        .filter(|w| matches!(w, Warning::CorePrograms { .. } | Warning::NoExecutor { .. }) == goals)
        .collect();
    if list.is_empty() {
        return html! { <p class="ok-note">{ ctx.t(if goals { "gov-goals-ok" } else { "gov-bodies-ok" }) }</p> };
    }
    let goal = |id: &Id| {
        g.goals
            .iter()
            .find(|x| &x.id == id)
            .map(|x| x.title.clone())
            .unwrap_or_default()
    };
    html! {
        <ul class="warnings gov-warnings">
            { for list.iter().map(|w| {
                let (name, count, people) = match w {
                    Warning::CorePrograms { goal: id, count } | Warning::NoExecutor { goal: id, count } => (goal(id), *count, String::new()),
                    Warning::GroupSize { body, members: count } | Warning::Chairs { body, chairs: count } => (names.body(body), *count, String::new()),
                    Warning::NoChairOnSteering { body } => (names.body(body), 0, String::new()),
                    Warning::MissingTraits { body, people } => (
                        names.body(body),
                        people.len(),
                        people.iter().map(|p| names.person(p)).collect::<Vec<_>>().join(", "),
                    ),
                };
                let args = [("name", name.as_str().into()), ("count", count.into()), ("people", people.as_str().into())];
                html! { <li class="warning" data-warning={w.key()}>{ ctx.tr.t_args(&format!("gov-warn-{}", w.key()), &args) }</li> }
            }) }
        </ul>
    }
}

fn timeline_section(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let t = |id: &str| ctx.t(id);
    let g = &plan.governance;
    let tl = gov::timeline(g);
    let title: HashMap<&Id, &str> = g
        .components
        .iter()
        .map(|c| (&c.id, c.title.as_str()))
        .collect();
    let body = if tl.bars.is_empty() {
        html! { <p class="empty">{ t("gov-timeline-empty") }</p> }
    } else {
        html! { <>
            <div class="table-wrap">
            <table class="gantt">
                <caption class="visually-hidden">{ t("gov-h-timeline") }</caption>
                <thead><tr>
                    <th scope="col">{ t("gov-col-components") }</th>
                    { for (0..tl.years).map(|y| html! { <th scope="col">{ tl.first as usize + y }</th> }) }
                </tr></thead>
                <tbody>
                    { for tl.bars.iter().map(|b| html! {
                        <tr key={b.component.0.clone()}>
                            <th scope="row"><bdi>{ title.get(&b.component).copied().unwrap_or_default() }</bdi></th>
                            { for (0..tl.years).map(|y| {
                                let on = (b.from..=b.to).contains(&y);
                                html! { <td class={classes!(on.then_some("bar"))}>
                                    if on { <span class="visually-hidden">{ t("gov-runs") }</span> }
                                </td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            if tl.unscheduled > 0 { <p class="meta">{ ctx.tr.t_args("gov-unscheduled", &[("count", tl.unscheduled.into())]) }</p> }
        </> }
    };
    section("timeline", ctx, body)
}

fn bodies_section(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let t = |id: &str| ctx.t(id);
    let pid = plan.id.clone();
    let add = ctx.adder(&pid, "body", |id, name| {
        Ent::Body(Body {
            id,
            name,
            ..Default::default()
        })
    });
    let body = html! { <>
        <p class="intro">{ t("gov-bodies-intro") }</p>
        { warning_list(ctx, plan, false) }
        <ul class="entity-list">
            { for plan.governance.bodies.iter().map(|b| html! {
                <BodyCard key={b.id.0.clone()} plan={plan.clone()} id={b.id.clone()} />
            }) }
        </ul>
        { add_form("new-body", t("gov-body-new"), t("gov-body-add"), add) }
    </> };
    section("bodies", ctx, body)
}

#[derive(Properties, PartialEq)]
struct BodyCardProps {
    plan: Rc<Plan>,
    id: Id,
}

/// A body's card: closed, only its summary is drawn (20 bodies of a dozen members each drew
/// 12,000 elements).
#[component]
fn BodyCard(props: &BodyCardProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let (open, ontoggle) = crate::widgets::use_open(false);
    let Some(b) = props
        .plan
        .governance
        .bodies
        .iter()
        .find(|b| b.id == props.id)
    else {
        return html! {};
    };
    body_card(&ctx, &props.plan, b, open, ontoggle)
}

fn body_card(ctx: &AppCtx, plan: &Plan, b: &Body, open: bool, ontoggle: Callback<Event>) -> Html {
    let t = |id: &str| ctx.t(id);
    let working = b.kind == BodyKind::WorkingGroup;
    let chairs = b.members.iter().filter(|m| m.chair).count();
    let summary = html! {
        <summary>
            <span class="entity-name" dir="auto">{ b.name.clone() }</span>
            <span class="entity-meta">{ t(&format!("gov-kind-{}", b.kind.key())) }{ " · " }
                { ctx.tr.t_args("gov-members-count", &[("count", b.members.len().into()), ("chairs", chairs.into())]) }</span>
        </summary>
    };
    if !open {
        return html! {
            <li class="entity body-card">
                <details {open} {ontoggle}>{ summary }</details>
            </li>
        };
    }
    let pid = &plan.id;
    let names = Names::new(plan, t("gov-removed"));
    let fid = |f: &str| format!("body-{}-{f}", b.id);
    let kinds: Vec<(AttrValue, String)> = BodyKind::ALL
        .iter()
        .map(|k| {
            (
                AttrValue::from(k.key()),
                t(&format!("gov-kind-{}", k.key())),
            )
        })
        .collect();
    let candidates = choices(
        t("gov-member-choose"),
        plan.people
            .iter()
            .filter(|p| !b.members.iter().any(|m| m.person == p.id))
            .map(|p| (&p.id, p.name.as_str())),
    );
    let add_member = edit(ctx, pid, b, Ent::Body, |b, v: String| {
        let Some(id) = opt_id(v) else { return false };
        b.members.push(Member {
            person: id,
            ..Default::default()
        });
        true
    });
    html! {
        <li class="entity body-card">
            <details {open} {ontoggle}>
                { summary }
                <div class="grid">
                    <Field id={fid("name")} label={t("gov-body-name")} value={b.name.clone()} required=true
                        maxlength={shutaf::text::MAX_NAME} onchange={edit(ctx, pid, b, Ent::Body, |b, v: String| set(&mut b.name, v))} />
                    <Select id={fid("kind")} label={t("gov-body-kind")} value={b.kind.key()} options={kinds}
                        onchange={edit(ctx, pid, b, Ent::Body, |b, v: String| BodyKind::from_key(&v).is_some_and(|k| set(&mut b.kind, k)))} />
                </div>
                <div class="table-wrap">
                <table class="members">
                    <caption>{ t("gov-members") }</caption>
                    <thead><tr>
                        <th scope="col">{ t("gov-member") }</th>
                        <th scope="col">{ t("gov-partner") }</th>
                        <th scope="col">{ t("gov-chair") }</th>
                        { for gov::TRAITS.iter().map(|k| html! { <th scope="col">{ t(&format!("gov-trait-{k}")) }</th> }) }
                        <th scope="col"><span class="visually-hidden">{ t("gov-actions") }</span></th>
                    </tr></thead>
                    <tbody>
                        { for b.members.iter().enumerate().map(|(i, m)| {
                            let person = plan.person(&m.person);
                            let name = names.person(&m.person);
                            let flag = |f: usize, on: bool, label: String| {
                                let cb = edit(ctx, pid, b, Ent::Body, move |b, v: bool| match b.members.get_mut(i) {
                                    Some(m) if f == 4 => set(&mut m.chair, v),
                                    Some(m) => set(&mut m.traits[f], v),
                                    None => false,
                                });
                                html! { <td>{ check(AttrValue::from(format!("{}-{i}-{f}", fid("m"))), label, on, cb) }</td> }
                            };
                            html! {
                                <tr key={m.person.0.clone()}>
                                    <th scope="row"><bdi>{ name.clone() }</bdi></th>
                                    <td><bdi>{ names.partner(person.and_then(|p| p.partner_id.as_ref())) }</bdi></td>
                                    { flag(4, m.chair, format!("{} — {}", t("gov-chair"), name)) }
                                    { for (0..4).map(|k| flag(k, m.traits[k], format!("{} — {}", t(&format!("gov-trait-{}", gov::TRAITS[k])), name))) }
                                    <td><button class="quiet small" onclick={edit(ctx, pid, b, Ent::Body, move |b, _: MouseEvent| { b.members.remove(i); true })}>
                                        { ctx.tr.t_args("gov-member-remove", &[("name", name.as_str().into())]) }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                </div>
                if candidates.len() > 1 {
                    <Select id={fid("add-member")} label={t("gov-member-add")} value="" options={(*candidates).clone()} onchange={add_member} />
                }
                if working {
                    <fieldset class="first-months">
                        <legend>{ t("gov-first-months") }</legend>
                        { for (0..6).map(|k| html! {
                            <Field id={fid(&format!("month-{k}"))} label={ctx.tr.t_args("gov-month-n", &[("n", (k + 1).into())])}
                                value={b.first_months.get(k).cloned().unwrap_or_default()} maxlength={MAX_SHORT}
                                onchange={edit(ctx, pid, b, Ent::Body, move |b, v: String| {
                                    if b.first_months.len() <= k { b.first_months.resize(k + 1, String::new()); }
                                    let changed = set(&mut b.first_months[k], v);
                                    while b.first_months.last().is_some_and(|s| s.trim().is_empty()) { b.first_months.pop(); }
                                    changed
                                })} />
                        }) }
                    </fieldset>
                    <fieldset class="channels">
                        <legend>{ t("gov-channels") }</legend>
                        { for gov::CHANNELS.iter().map(|c| html! {
                            { check(AttrValue::from(fid(&format!("channel-{c}"))), t(&format!("gov-channel-{c}")), b.channels.iter().any(|x| x == c), edit(ctx, pid, b, Ent::Body, move |b, v: bool| {
                                    b.channels.retain(|x| x != c);
                                    if v { b.channels.push(c.to_string()); }
                                    true
                                })) }
                        }) }
                    </fieldset>
                }
                <button class="danger small" onclick={remove(ctx, pid, Coll::Body, &b.id)}>{ ctx.tr.t_args("gov-body-remove", &[("name", b.name.as_str().into())]) }</button>
            </details>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    plan: Rc<Plan>,
}

/// The meetings in date order, drawn a page at a time (a plan may hold 1,500).
#[component]
fn MeetingsSection(props: &SectionProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let paged = crate::widgets::use_paged();
    meetings_section(&ctx, &props.plan, &paged)
}

fn meetings_section(ctx: &AppCtx, plan: &Rc<Plan>, paged: &crate::widgets::Paged) -> Html {
    let t = |id: &str| ctx.t(id);
    let g = &plan.governance;
    let names = Names::new(plan, t("gov-removed"));
    let bodies: Vec<(AttrValue, String)> = g
        .bodies
        .iter()
        .map(|b| (AttrValue::from(b.id.0.clone()), b.name.clone()))
        .collect();
    let add = {
        let (pid, plan) = (plan.id.clone(), plan.clone());
        let send = ctx.send.clone();
        Callback::from(move |_: MouseEvent| {
            let g = &plan.governance;
            let chosen = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("new-meeting-body"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(e).ok())
                .map(|s| s.value())
                .unwrap_or_default();
            let Some(body) = g.bodies.iter().find(|b| b.id.0 == chosen) else {
                return;
            };
            let next = g
                .meetings
                .iter()
                .filter(|m| m.body == body.id)
                .map(|m| m.number)
                .max()
                .unwrap_or(0)
                + 1;
            let members: Vec<Id> = body.members.iter().map(|m| m.person.clone()).collect();
            let id = browser::new_id("meeting");
            let m = Meeting {
                id: id.clone(),
                body: body.id.clone(),
                number: next,
                date: Some(browser::today_date()),
                invited: members,
                ..Default::default()
            };
            send.emit(Msg::ExecThen(
                Command::put(&pid, Ent::Meeting(m)),
                Sub::Meeting(id),
            ));
        })
    };
    let list = gov::chronological(g.meetings.iter());
    let body = html! { <>
        if list.is_empty() { <p class="empty">{ t("gov-meetings-empty") }</p> } else {
            <div class="table-wrap">
            <table class="meetings" id="meetings-table">
                <caption class="visually-hidden">{ t("gov-h-meetings") }</caption>
                <thead><tr>
                    <th scope="col">{ t("gov-date") }</th>
                    <th scope="col">{ t("gov-body") }</th>
                    <th scope="col">{ t("gov-number") }</th>
                    <th scope="col">{ t("gov-topic") }</th>
                    <th scope="col">{ t("gov-attendance") }</th>
                </tr></thead>
                <tbody>
                    { for paged.page(&list, |m| &m.id).map(|m| {
                        let id = m.id.clone();
                        html! {
                            <tr key={m.id.0.clone()}>
                                <td>{ m.date.as_ref().map(|d| d.0.clone()).unwrap_or_default() }</td>
                                <td><bdi>{ names.body(&m.body) }</bdi></td>
                                <td class="num">{ if m.number > 0 { m.number.to_string() } else { String::new() } }</td>
                                <td><button class="linklike" onclick={ctx.send.reform(move |_| Msg::Show(Sub::Meeting(id.clone())))}>
                                    { if m.topic.is_empty() { t("gov-meeting-untitled") } else { m.topic.clone() } }</button></td>
                                <td class="num">{ format!("{} / {}", m.attended.len(), m.invited.len()) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            { paged.more(ctx, list.iter().map(|m| m.id.clone())) }
        }
        if bodies.is_empty() { <p class="meta">{ t("gov-meeting-needs-body") }</p> } else {
            <div class="add-form">
                <div class="field">
                    <label for="new-meeting-body">{ t("gov-body") }</label>
                    <select id="new-meeting-body">
                        { for bodies.into_iter().map(|(v, n)| html! { <option value={v}>{ n }</option> }) }
                    </select>
                </div>
                <button class="primary" onclick={add}>{ t("gov-meeting-add") }</button>
            </div>
        }
    </> };
    section("meetings", ctx, body)
}

/// The infrastructure figures as a table: one row per body and one for the whole ecosystem.
fn figures_table(ctx: &AppCtx, plan: &Plan, f: &gov::Figures) -> Html {
    let t = |id: &str| ctx.t(id);
    let names = Names::new(plan, t("gov-removed"));
    let cols = [
        "meetings",
        "attendance",
        "consistency",
        "returning",
        "tasks",
        "initiatives",
        "topics",
        "sectors",
    ];
    let row = |name: String, b: &gov::BodyFigures| {
        let cells = [
            b.meetings.to_string(),
            format!(
                "{} ({}/{})",
                percent(b.attendance_rate()),
                b.attended_invited,
                b.invited
            ),
            percent(b.consistency),
            format!("{} / {}", b.returning, b.people),
            format!("{} / {}", b.tasks_done, b.tasks),
            b.initiatives.to_string(),
            format!("{} / {}", b.topics_covered, b.topics),
            format!(
                "{} · {} · {} ({})",
                b.sectors[0],
                b.sectors[1],
                b.sectors[2],
                b.sector_count()
            ),
        ];
        html! {
            <tr>
                <th scope="row"><bdi>{ name }</bdi></th>
                { for cells.into_iter().map(|c| html! { <td class="num">{ c }</td> }) }
            </tr>
        }
    };
    html! {
        <div class="table-wrap">
        <table class="figures" id="figures-table">
            <caption class="visually-hidden">{ t("gov-h-figures") }</caption>
            <thead><tr>
                <th scope="col">{ t("gov-body") }</th>
                { for cols.iter().map(|c| html! { <th scope="col">{ t(&format!("gov-fig-{c}")) }</th> }) }
            </tr></thead>
            <tbody>
                { for f.bodies.iter().map(|b| row(names.body(b.body.as_ref().unwrap_or(&Id::default())), b)) }
            </tbody>
            <tfoot>{ row(t("gov-all-bodies"), &f.all) }</tfoot>
        </table>
        </div>
    }
}

fn figures_section(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let f = gov::figures(&plan.governance, &plan.people, &plan.partners, &plan.tasks);
    let body = html! { <>
        <p class="intro">{ ctx.t("gov-figures-intro") }</p>
        { figures_table(ctx, plan, &f) }
        <p class="meta">{ ctx.t("gov-figures-note") }</p>
    </> };
    section("figures", ctx, body)
}

fn community_section(ctx: &AppCtx, plan: &Rc<Plan>) -> Html {
    let t = |id: &str| ctx.t(id);
    let pid = plan.id.clone();
    let add = ctx.adder(&pid, "activity", |id, title| {
        Ent::Activity(Activity {
            id,
            kind: "event".into(),
            title,
            ..Default::default()
        })
    });
    let kinds: Vec<(AttrValue, String)> = gov::ACTIVITY_KINDS
        .iter()
        .map(|k| (AttrValue::from(*k), t(&format!("gov-activity-{k}"))))
        .collect();
    let body = html! { <>
        <p class="intro">{ t("gov-community-intro") }</p>
        <ul class="entity-list">
            { for plan.governance.activities.iter().map(|a| {
                let pid = &plan.id;
                let fid = |f: &str| format!("activity-{}-{f}", a.id);
                let e = |f: fn(&mut Activity, String) -> bool| edit(ctx, pid, a, Ent::Activity, f);
                html! {
                    <li key={a.id.0.clone()} class="entity">
                        <div class="grid">
                            <Field id={fid("title")} label={t("gov-activity-title")} value={a.title.clone()} required=true
                                maxlength={shutaf::text::MAX_NAME} onchange={e(|a, v| set(&mut a.title, v))} />
                            <Select id={fid("kind")} label={t("gov-activity-kind")} value={a.kind.clone()} options={kinds.clone()}
                                onchange={e(|a, v| set(&mut a.kind, v))} />
                            <Field id={fid("date")} label={t("gov-date")} input_type="date" value={crate::widgets::date_value(&a.date)}
                                onchange={e(|a, v| set(&mut a.date, Date::parse(&v)))} />
                            <Field id={fid("audience")} label={t("gov-activity-audience")} value={a.audience.clone()}
                                maxlength={MAX_SHORT} onchange={e(|a, v| set(&mut a.audience, v))} />
                        </div>
                        <button class="danger small" onclick={remove(ctx, pid, Coll::Activity, &a.id)}>{ ctx.tr.t_args("gov-activity-remove", &[("name", a.title.as_str().into())]) }</button>
                    </li>
                }
            }) }
        </ul>
        { add_form("new-activity", t("gov-activity-new"), t("gov-activity-add"), add) }
    </> };
    section("community", ctx, body)
}

/// Copies text to the clipboard (without a web-sys feature: through the navigator object).
fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    let Some(clip) = get(&w.into(), "navigator").and_then(|n| get(&n, "clipboard")) else {
        return false;
    };
    let Some(f) = get(&clip, "writeText")
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
    else {
        return false;
    };
    f.call1(&clip, &text.into()).is_ok()
}

#[component]
pub fn MeetingPage(props: &MeetingProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let heading = use_node_ref();
    crate::widgets::use_focus_on_mount(&heading);
    let copied = use_state(|| false);
    let task_refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let g = &plan.governance;
    let Some(m) = g.meetings.iter().find(|m| m.id == props.meeting) else {
        return html! {};
    };
    let pid = &plan.id;
    let names = Names::new(plan, t("gov-removed"));
    let body = g.bodies.iter().find(|b| b.id == m.body);
    let body_name = names.body(&m.body);
    let e = |f: fn(&mut Meeting, String) -> bool| edit(&ctx, pid, m, Ent::Meeting, f);
    let origin = Meeting::task_origin(&m.id);
    let tasks: Vec<&Task> = plan.tasks.iter().filter(|x| x.origin == origin).collect();
    let bodies: Vec<(AttrValue, String)> = g
        .bodies
        .iter()
        .map(|b| (AttrValue::from(b.id.0.clone()), b.name.clone()))
        .collect();
    let people_choices = choices(
        t("task-owner-none"),
        plan.people.iter().map(|p| (&p.id, p.name.as_str())),
    );
    // Members of the body first, then everyone else of the plan.
    let mut people: Vec<(&Id, String)> = body
        .map(|b| {
            b.members
                .iter()
                .map(|x| (&x.person, names.person(&x.person)))
                .collect()
        })
        .unwrap_or_default();
    for p in &plan.people {
        if !people.iter().any(|(id, _)| *id == &p.id) {
            people.push((&p.id, p.name.clone()));
        }
    }
    for id in m.invited.iter().chain(&m.attended) {
        if !people.iter().any(|(x, _)| *x == id) {
            people.push((id, names.person(id)));
        }
    }
    let toggle = |attended: bool, person: &Id| {
        let person = person.clone();
        edit(&ctx, pid, m, Ent::Meeting, move |m, on: bool| {
            let list = if attended {
                &mut m.attended
            } else {
                &mut m.invited
            };
            list.retain(|x| x != &person);
            if on {
                list.push(person.clone());
            }
            true
        })
    };
    let add_item = edit(&ctx, pid, m, Ent::Meeting, |m, v: String| {
        m.agenda.push(AgendaItem {
            text: v,
            covered: false,
        });
        true
    });
    let task_form = {
        let (pid, origin, send) = (pid.clone(), origin.clone(), ctx.send.clone());
        let refs = task_refs.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .or_else(|| r.cast::<web_sys::HtmlSelectElement>().map(|s| s.value()))
                    .unwrap_or_default()
            };
            let title = value(&refs[0]);
            if title.trim().is_empty() {
                return;
            }
            send.emit(Msg::Exec(Command::AddTask {
                plan_id: pid.clone(),
                task: Task {
                    id: browser::new_id("task"),
                    title,
                    owner: opt_id(value(&refs[1])),
                    due: Date::parse(&value(&refs[2])),
                    done: false,
                    origin: origin.clone(),
                    partner_id: None,
                },
                index: None,
            }));
            if let Some(i) = refs[0].cast::<web_sys::HtmlInputElement>() {
                i.set_value("");
            }
        })
    };
    let minutes = gov::minutes_text(
        m,
        &body_name,
        &plan.tasks,
        &gov::Labels {
            body: &t("gov-body"),
            date: &t("gov-date"),
            topic: &t("gov-topic"),
            goals: &t("gov-goals"),
            agenda: &t("gov-agenda"),
            materials: &t("gov-materials"),
            invited: &t("gov-invited"),
            attended: &t("gov-attended"),
            summary: &t("gov-summary-field"),
            decisions: &t("gov-decisions"),
            tasks: &t("gov-tasks"),
            initiatives: &t("gov-initiatives"),
            notes: &t("gov-notes"),
            person: &|id: &Id| names.person(id),
        },
    );
    let on_copy = {
        let (text, copied) = (minutes.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(copy_text(&text)))
    };
    let rounds: Vec<&Round> = plan
        .rounds
        .iter()
        .filter(|r| MEETING_INSTRUMENTS.contains(&r.instrument.as_str()))
        .collect();
    let new_round = |ins: &'static str| {
        let (pid, m, send) = (pid.clone(), m.clone(), ctx.send.clone());
        let name = format!(
            "{body_name} · {}",
            if m.topic.is_empty() {
                m.date.as_ref().map(|d| d.0.clone()).unwrap_or_default()
            } else {
                m.topic.clone()
            }
        );
        Callback::from(move |_: MouseEvent| {
            let id = browser::new_id("round");
            let mut linked = m.clone();
            linked.rounds.push(id.clone());
            let round = Round {
                id,
                instrument: ins.into(),
                name: shutaf::text::truncate_chars(&name, 200),
                date: m.date.clone(),
            };
            send.emit(Msg::ExecThen(
                Command::Batch(vec![
                    Command::AddRound {
                        plan_id: pid.clone(),
                        round,
                        index: None,
                    },
                    Command::put(&pid, Ent::Meeting(linked)),
                ]),
                Sub::Instrument(ins.into()),
            ));
        })
    };
    let title = format!(
        "{body_name}{}{}",
        if m.number > 0 {
            format!(" · #{}", m.number)
        } else {
            String::new()
        },
        m.date
            .as_ref()
            .map(|d| format!(" · {}", d.0))
            .unwrap_or_default()
    );
    let multiline = |id: &'static str,
                     label: String,
                     value: &str,
                     f: fn(&mut Meeting, String) -> bool| {
        html! {
            <Field {id} {label} value={value.to_string()} multiline=true maxlength={MAX_LONG} onchange={e(f)} />
        }
    };
    html! {
        <article class="meeting-page">
            <div class="no-print">
            <p><button class="linklike back" onclick={ctx.send.reform(|_| Msg::Show(Sub::Governance))}>{ t("gov-back-to-governance") }</button></p>
            <h1 ref={heading} tabindex="-1"><bdi>{ title }</bdi></h1>
            <section class="plan-section" aria-labelledby="h-meeting-details">
                <h2 id="h-meeting-details">{ t("gov-meeting-details") }</h2>
                <div class="grid">
                    <Select id="meeting-body" label={t("gov-body")} value={m.body.0.clone()} options={bodies}
                        onchange={e(|m, v| opt_id(v).is_some_and(|b| set(&mut m.body, b)))} />
                    <Field id="meeting-date" label={t("gov-date")} input_type="date" value={crate::widgets::date_value(&m.date)}
                        onchange={e(|m, v| set(&mut m.date, Date::parse(&v)))} />
                    <Field id="meeting-number" label={t("gov-number")} input_type="number" value={m.number.to_string()}
                        onchange={e(|m, v| v.trim().parse().ok().is_some_and(|n| set(&mut m.number, n)))} />
                    <Field id="meeting-topic" label={t("gov-topic")} value={m.topic.clone()} maxlength={MAX_SHORT}
                        onchange={e(|m, v| set(&mut m.topic, v))} />
                </div>
                <Field id="meeting-goals" label={t("gov-goals")} value={m.goals.clone()} multiline=true maxlength={MAX_MEDIUM}
                    onchange={e(|m, v| set(&mut m.goals, v))} />
                { check(AttrValue::from("meeting-sent"), t("gov-sent-in-advance"), m.sent_in_advance, edit(&ctx, pid, m, Ent::Meeting, |m, v: bool| set(&mut m.sent_in_advance, v))) }
                <Field id="meeting-materials" label={t("gov-materials")} value={m.materials.clone()} multiline=true maxlength={MAX_MEDIUM}
                    onchange={e(|m, v| set(&mut m.materials, v))} />
            </section>
            <section class="plan-section" aria-labelledby="h-meeting-agenda">
                <h2 id="h-meeting-agenda">{ t("gov-agenda") }</h2>
                <ol class="agenda">
                    { for m.agenda.iter().enumerate().map(|(i, a)| html! {
                        <li key={i}>
                            <Field id={format!("agenda-{i}")} label={ctx.tr.t_args("gov-agenda-item", &[("n", (i + 1).into())])}
                                value={a.text.clone()} maxlength={MAX_SHORT}
                                onchange={edit(&ctx, pid, m, Ent::Meeting, move |m, v: String| m.agenda.get_mut(i).is_some_and(|a| set(&mut a.text, v)))} />
                            { check(AttrValue::from(format!("agenda-{i}-covered")), t("gov-covered"), a.covered, edit(&ctx, pid, m, Ent::Meeting, move |m, v: bool| m.agenda.get_mut(i).is_some_and(|a| set(&mut a.covered, v)))) }
                            <button class="quiet small" onclick={edit(&ctx, pid, m, Ent::Meeting, move |m, _: MouseEvent| { m.agenda.remove(i); true })}>
                                { ctx.tr.t_args("gov-agenda-remove", &[("n", (i + 1).into())]) }</button>
                        </li>
                    }) }
                </ol>
                { add_form("new-agenda-item", t("gov-agenda-new"), t("gov-agenda-add"), add_item) }
            </section>
            <section class="plan-section" aria-labelledby="h-meeting-attendance">
                <h2 id="h-meeting-attendance">{ t("gov-attendance") }</h2>
                <p class="meta">{ ctx.tr.t_args("gov-attendance-count", &[("attended", m.attended.len().into()), ("invited", m.invited.len().into())]) }</p>
                <div class="table-wrap">
                <table class="attendance" id="attendance-table">
                    <caption class="visually-hidden">{ t("gov-attendance") }</caption>
                    <thead><tr><th scope="col">{ t("gov-member") }</th><th scope="col">{ t("gov-invited") }</th><th scope="col">{ t("gov-attended") }</th></tr></thead>
                    <tbody>
                        { for people.iter().enumerate().map(|(i, (id, name))| html! {
                            <tr key={id.0.clone()}>
                                <th scope="row"><bdi>{ name.clone() }</bdi></th>
                                <td>{ check(AttrValue::from(format!("invited-{i}")), format!("{} — {}", t("gov-invited"), name), m.invited.contains(id), toggle(false, id)) }</td>
                                <td>{ check(AttrValue::from(format!("attended-{i}")), format!("{} — {}", t("gov-attended"), name), m.attended.contains(id), toggle(true, id)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            </section>
            <section class="plan-section" aria-labelledby="h-meeting-record">
                <h2 id="h-meeting-record">{ t("gov-meeting-record") }</h2>
                { multiline("meeting-notes", t("gov-notes"), &m.notes, |m, v| set(&mut m.notes, v)) }
                { multiline("meeting-summary", t("gov-summary-field"), &m.summary, |m, v| set(&mut m.summary, v)) }
                { multiline("meeting-decisions", t("gov-decisions"), &m.decisions, |m, v| set(&mut m.decisions, v)) }
                <Field id="meeting-initiatives" label={t("gov-initiatives-lines")} value={m.initiatives.join("\n")} multiline=true
                    maxlength={MAX_LONG} onchange={e(|m, v| set(&mut m.initiatives, v.lines().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()))} />
            </section>
            <section class="plan-section" aria-labelledby="h-meeting-tasks">
                <h2 id="h-meeting-tasks">{ t("gov-tasks") }</h2>
                <ul class="entity-list tasks">
                    { for tasks.iter().map(|task| {
                        let (plan_id, task_id) = (pid.clone(), task.id.clone());
                        let done = ctx.exec(move |v: bool| Some(Command::SetTaskField {
                            plan_id: plan_id.clone(), task_id: task_id.clone(), field: shutaf::command::TaskField::Done(v),
                        }));
                        let meta: Vec<String> = [task.owner.as_ref().map(|o| names.person(o)), task.due.as_ref().map(|d| d.0.clone())].into_iter().flatten().collect();
                        html! {
                            <li key={task.id.0.clone()} class="task">
                                { check(AttrValue::from(format!("task-{}-done", task.id)), task.title.clone(), task.done, done) }
                                <span class="meta">{ meta.join(" · ") }</span>
                            </li>
                        }
                    }) }
                </ul>
                <form class="add-form task-form" onsubmit={task_form}>
                    <div class="field"><label for="meeting-task-title">{ t("task-new") }</label>
                        <input id="meeting-task-title" ref={task_refs[0].clone()} required=true dir="auto" maxlength={shutaf::command::MAX_TASK.to_string()} /></div>
                    <div class="field"><label for="meeting-task-owner">{ t("task-owner") }</label>
                        <select id="meeting-task-owner" ref={task_refs[1].clone()}>
                            { for people_choices.iter().map(|(v, n)| html! { <option value={v.clone()}>{ n.clone() }</option> }) }
                        </select></div>
                    <div class="field"><label for="meeting-task-due">{ t("task-due") }</label>
                        <input id="meeting-task-due" ref={task_refs[2].clone()} type="date" /></div>
                    <button type="submit">{ t("task-add") }</button>
                </form>
            </section>
            <section class="plan-section" aria-labelledby="h-meeting-instruments">
                <h2 id="h-meeting-instruments">{ t("gov-meeting-instruments") }</h2>
                { for rounds.iter().map(|r| {
                    let rid = r.id.clone();
                    let ins_title = ctx.instrument(&r.instrument).map(|i| ctx.tx(&i.title).to_string()).unwrap_or_default();
                    html! {
                        { check(AttrValue::from(format!("round-{}", r.id)), format!("{ins_title} · {}", r.name), m.rounds.contains(&r.id), edit(&ctx, pid, m, Ent::Meeting, move |m, on: bool| {
                                m.rounds.retain(|x| x != &rid);
                                if on { m.rounds.push(rid.clone()); }
                                true
                            })) }
                    }
                }) }
                <div class="card-actions">
                    { for MEETING_INSTRUMENTS.iter().filter_map(|i| ctx.instrument(i).map(|ins| html! {
                        <button onclick={new_round(i)}>{ ctx.tr.t_args("gov-assess-with", &[("instrument", ctx.tx(&ins.title).into())]) }</button>
                    })) }
                </div>
            </section>
            </div>
            <section class="plan-section minutes" aria-labelledby="h-minutes">
                <div class="section-head">
                    <h2 id="h-minutes">{ t("gov-minutes") }</h2>
                    <div class="card-actions">
                        <button onclick={ctx.send.reform(|_| Msg::Print)}>{ t("print") }</button>
                        <button onclick={on_copy}>{ t("gov-copy") }</button>
                    </div>
                </div>
                if *copied { <p role="status" class="meta no-print">{ t("gov-copied") }</p> }
                <pre class="minutes-text" dir="auto" id="minutes-text">{ minutes }</pre>
            </section>
            <p class="no-print"><button class="danger" onclick={
                let (pid, id) = (pid.clone(), m.id.clone());
                let send = ctx.send.clone();
                Callback::from(move |_: MouseEvent| send.emit(Msg::ExecThen(Command::remove(&pid, Coll::Meeting, &id), Sub::Governance)))
            }>{ t("gov-meeting-remove") }</button></p>
        </article>
    }
}

/// The planning year on one printable page: timeline of meetings, achievements, partners by
/// sector, and the infrastructure figures.
#[component]
pub fn YearSummaryPage(props: &PageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let heading = use_node_ref();
    crate::widgets::use_focus_on_mount(&heading);
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let g = &plan.governance;
    let c = &g.charter;
    let names = Names::new(plan, t("gov-removed"));
    // Which year is shown: an offset from the planning year (0), kept while the page is open.
    let offset = use_state(|| 0i32);
    let start = gov::year_start(plan).unwrap_or_else(browser::today_date);
    let years = gov::planning_years(g, &start);
    let year = years
        .iter()
        .find(|y| y.offset == *offset)
        .or_else(|| years.iter().find(|y| y.offset == 0))
        .cloned();
    let year_first = year
        .as_ref()
        .map(|y| y.start.clone())
        .unwrap_or(start.clone());
    let summary = gov::year_summary(plan, &year_first);
    let (months, grid, engaged, f) = (
        &summary.months,
        &summary.grid,
        &summary.engaged,
        &summary.figures,
    );
    let planning = year.as_ref().is_none_or(|y| y.offset == 0);
    let month_names: Vec<String> = t("gov-months")
        .split(',')
        .map(|s| s.trim().to_string())
        .collect();
    let month_label = |(y, m): (i32, u32)| {
        format!(
            "{} {y}",
            month_names
                .get(m as usize - 1)
                .cloned()
                .unwrap_or_else(|| m.to_string())
        )
    };
    let year_label = |y: &gov::PlanningYear| {
        let (from, to) = (month_label(y.first), month_label(y.last));
        let args = [
            ("n", y.offset.unsigned_abs().into()),
            ("from", from.as_str().into()),
            ("to", to.as_str().into()),
        ];
        let key = match y.offset {
            0 => "gov-year-planning",
            o if o > 0 => "gov-year-after",
            _ => "gov-year-before",
        };
        ctx.tr.t_args(key, &args)
    };
    let year_options: Vec<(AttrValue, String)> = years
        .iter()
        .map(|y| (AttrValue::from(y.offset.to_string()), year_label(y)))
        .collect();
    let pick = {
        let offset = offset.clone();
        Callback::from(move |v: String| offset.set(v.parse().unwrap_or(0)))
    };
    let sectors = ["public", "business", "third"];
    html! {
        <article class="year-page">
            <p class="no-print"><button class="linklike back" onclick={ctx.send.reform(|_| Msg::Show(Sub::Governance))}>{ t("gov-back-to-governance") }</button></p>
            <div class="section-head">
                <h1 ref={heading} tabindex="-1">{ t("gov-year-title") }{ " · " }<bdi>{ plan.name.clone() }</bdi></h1>
                <button onclick={ctx.send.reform(|_| Msg::Print)}>{ t("print") }</button>
            </div>
            <div class="grid year-tools no-print">
                <Field id="year-start" label={t("gov-year-start")} input_type="date" value={crate::widgets::date_value(&Some(start.clone()))}
                    onchange={edit(&ctx, &plan.id, c, Ent::Charter, |c, v: String| set(&mut c.year_start, Date::parse(&v)))} />
                <Select id="year-pick" label={t("gov-year-pick")} options={year_options}
                    value={AttrValue::from(year.as_ref().map(|y| y.offset).unwrap_or(0).to_string())} onchange={pick} />
            </div>
            if let Some(y) = &year { <p class="headline" id="year-shown">{ year_label(y) }</p> }
            if !c.mission.is_empty() { <p><strong>{ t("gov-mission") }{ ": " }</strong><span dir="auto">{ c.mission.clone() }</span></p> }
            if !c.vision.is_empty() { <p><strong>{ t("gov-vision") }{ ": " }</strong><span dir="auto">{ c.vision.clone() }</span></p> }
            if !c.overarching_goal.is_empty() { <p><strong>{ t("gov-overarching-goal") }{ ": " }</strong><span dir="auto">{ c.overarching_goal.clone() }</span></p> }
            <section class="plan-section" aria-labelledby="h-year-timeline">
                <h2 id="h-year-timeline">{ t("gov-year-timeline") }</h2>
                if grid.is_empty() { <p class="empty">{ t("gov-year-no-meetings") }</p> } else {
                    <div class="table-wrap">
                    <table class="year-grid">
                        <caption class="visually-hidden">{ t("gov-year-timeline") }</caption>
                        <thead><tr>
                            <th scope="col">{ t("gov-body") }</th>
                            { for months.iter().map(|m| html! { <th scope="col">{ month_label(*m) }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for grid.iter().map(|(body, cells)| html! {
                                <tr>
                                    <th scope="row"><bdi>{ names.body(body) }</bdi></th>
                                    { for cells.iter().map(|cell| html! {
                                        <td class={classes!((!cell.is_empty()).then_some("has"))}>
                                            { for cell.iter().map(|i| {
                                                let m = &g.meetings[*i];
                                                let label = match (m.number, m.topic.is_empty()) {
                                                    (0, _) => m.topic.clone(),
                                                    (n, true) => format!("#{n}"),
                                                    (n, false) => format!("#{n}: {}", m.topic),
                                                };
                                                html! { <div class="cell-meeting" dir="auto">{ label }</div> }
                                            }) }
                                        </td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    </div>
                }
            </section>
            if planning {
                <section class="plan-section" aria-labelledby="h-year-achievements">
                    <h2 id="h-year-achievements">{ t("gov-achievements") }</h2>
                    <div class="no-print">
                        <Field id="year-achievements" label={t("gov-achievements")} value={c.achievements.clone()} multiline=true
                            maxlength={MAX_LONG} onchange={edit(&ctx, &plan.id, c, Ent::Charter, |c, v: String| set(&mut c.achievements, v))} />
                    </div>
                    <p class="print-only pre" dir="auto">{ c.achievements.clone() }</p>
                </section>
            }
            <section class="plan-section" aria-labelledby="h-year-activities">
                <h2 id="h-year-activities">{ t("gov-year-activities") }</h2>
                if summary.activities.is_empty() { <p class="empty">{ t("gov-year-no-activities") }</p> } else {
                    <ul id="year-activities">{ for summary.activities.iter().map(|i| {
                        let a = &g.activities[*i];
                        html! { <li><span class="meta">{ a.date.as_ref().map(|d| d.as_str().to_string()).unwrap_or_default() }</span>{ " · " }
                            <span dir="auto">{ a.title.clone() }</span>{ " · " }{ t(&format!("gov-activity-{}", if a.kind.is_empty() { "other" } else { a.kind.as_str() })) }</li> }
                    }) }</ul>
                }
            </section>
            <section class="plan-section" aria-labelledby="h-year-partners">
                <h2 id="h-year-partners">{ t("gov-year-partners") }</h2>
                <div class="totals-grid">
                    { for sectors.iter().zip(engaged.iter()).map(|(s, list)| html! {
                        <div>
                            <h3>{ t(&format!("sector-{s}")) }{ format!(" ({})", list.len()) }</h3>
                            <ul>{ for list.iter().map(|p| html! { <li><bdi>{ names.partner(Some(p)) }</bdi></li> }) }</ul>
                        </div>
                    }) }
                </div>
            </section>
            <section class="plan-section" aria-labelledby="h-year-figures">
                <h2 id="h-year-figures">{ t("gov-h-figures") }</h2>
                <p class="meta">{ ctx.tr.t_args("gov-year-figures-note", &[("count", summary.meetings.len().into())]) }</p>
                { figures_table(&ctx, plan, f) }
            </section>
        </article>
    }
}
