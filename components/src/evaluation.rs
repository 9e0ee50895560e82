//! Measurement and evaluation: the summary on the plan page, the evaluation page (indicators,
//! evaluation plan, network, interviews, findings), one indicator, one interview, the CSV import
//! dialog and the printable report. Figures come from `shutaf::evaluation`; chart geometry from
//! `shutaf::chart` — this file only draws.

use std::rc::Rc;

use shutaf::chart::{self, Frame, Series};
use shutaf::command::Command;
use shutaf::evaluation::{self as ev, Indicator, Measurement};
use shutaf::instrument::results as res;
use shutaf::model::{Date, Id, Plan, PlanKind};
use shutaf::parts::{Coll, Ent};
use shutaf::text::{MAX_LONG, MAX_MEDIUM, MAX_NAME, MAX_SHORT};
use yew::prelude::*;

use crate::app::{AppCtx, Msg, Sub};
use crate::browser::{self, event_value};
use crate::widgets::{Field, Modal, Select};

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub plan: Rc<Plan>,
}

#[derive(Properties, PartialEq)]
pub struct EntityProps {
    pub plan: Rc<Plan>,
    pub id: Id,
}

const AXES_INSTRUMENT: &str = "monitoring_axes";

fn rtl(ctx: &AppCtx) -> bool {
    ctx.lang().dir() == "rtl"
}

fn pct(p: Option<f64>) -> String {
    p.map(|p| format!("{}%", (p * 100.0).round()))
        .unwrap_or_else(|| "—".into())
}

fn num(v: Option<f64>) -> String {
    v.map(chart::label).unwrap_or_default()
}

/// A callback that puts `value` changed by `f` from the field's text.
fn edit<T: Clone + 'static>(
    ctx: &AppCtx,
    plan: &Id,
    value: &T,
    wrap: fn(T) -> Ent,
    f: fn(&mut T, String),
) -> Callback<String> {
    let (plan, value) = (plan.clone(), value.clone());
    ctx.exec(move |s: String| {
        let mut v = value.clone();
        f(&mut v, s);
        Some(Command::put(&plan, wrap(v)))
    })
}

fn show(ctx: &AppCtx, sub: Sub) -> Callback<MouseEvent> {
    ctx.send.reform(move |_| Msg::Show(sub.clone()))
}

fn remove_button(ctx: &AppCtx, plan: &Id, coll: Coll, id: &Id, name: &str) -> Html {
    let (p, i) = (plan.clone(), id.clone());
    let onclick = ctx.exec(move |_: MouseEvent| Some(Command::remove(&p, coll, &i)));
    html! {
        <button class="danger small" {onclick}>{ ctx.tr.t_args("eval-remove", &[("name", name.into())]) }</button>
    }
}

/// A group of checkboxes over keys; `on` gets the key and whether it is now ticked.
fn checks(
    ctx: &AppCtx,
    id: &str,
    legend: &str,
    prefix: &str,
    keys: &[&'static str],
    ticked: &[&'static str],
    on: Callback<(&'static str, bool)>,
) -> Html {
    html! {
        <fieldset class="checks">
            <legend>{ ctx.t(legend) }</legend>
            { for keys.iter().map(|&k| {
                let on = on.clone();
                let fid = format!("{id}-{k}");
                let onchange = Callback::from(move |e: Event| {
                    let i: web_sys::HtmlInputElement = e.target_unchecked_into();
                    on.emit((k, i.checked()))
                });
                html! {
                    <label class="check" for={fid.clone()}>
                        <input type="checkbox" id={fid} checked={ticked.contains(&k)} {onchange} />
                        { ctx.t(&format!("{prefix}-{k}")) }
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// Options of a key enum for a [`Select`].
fn opts(ctx: &AppCtx, keys: &[&'static str], prefix: &str) -> Vec<(AttrValue, String)> {
    keys.iter()
        .map(|k| (AttrValue::from(*k), ctx.t(&format!("{prefix}-{k}"))))
        .collect()
}

macro_rules! keys {
    ($t:ty) => {
        <$t>::ALL.iter().map(|v| v.key()).collect::<Vec<_>>()
    };
}

/// What an indicator or a roll-up group names on the work plan, as shown: the goal's or
/// component's title, the label typed, or "(not in the work plan)" for an id the work plan
/// does not have (never the bare id).
fn link_text(ctx: &AppCtx, l: &ev::Link) -> String {
    match l {
        ev::Link::Item(t) | ev::Link::Label(t) => t.clone(),
        ev::Link::Missing(_) => ctx.t("eval-not-in-work-plan"),
        ev::Link::Nothing => String::new(),
    }
}

/// A table cell with what an indicator names; marked when the work plan does not have it.
fn linked_cell(ctx: &AppCtx, l: &ev::Link) -> Html {
    let missing = matches!(l, ev::Link::Missing(_));
    html! { <td class={classes!(missing.then_some("missing-link"))}><bdi>{ link_text(ctx, l) }</bdi></td> }
}

/// The roll-up chart's rows: goals, then components, then the mission, each by its name.
fn rollup_rows(ctx: &AppCtx, plan: &Plan, names: &ev::WorkPlanNames) -> Vec<(String, f64)> {
    let r = ev::rollups(&plan.evaluation, &|c| ev::goal_of(&plan.governance, c));
    let mut rows: Vec<(String, f64)> = r
        .goals
        .iter()
        .chain(r.components.iter())
        .filter_map(|g| Some((link_text(ctx, &names.of_key(g)), g.progress?)))
        .collect();
    if let Some(m) = r.mission {
        rows.push((ctx.t("eval-level-mission"), m));
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// Charts

/// A series' name and its dated values.
pub type NamedSeries = (String, Vec<(Date, f64)>);

#[derive(Properties, PartialEq)]
pub struct TimeChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    /// Named series of dated values.
    pub series: Rc<Vec<NamedSeries>>,
    /// Horizontal guides: name and value (baseline, target).
    #[prop_or_default]
    pub guides: Vec<(String, f64)>,
}

/// A line chart over time, with its data as a table for screen readers and print.
#[component]
pub fn TimeChart(props: &TimeChartProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let rtl = rtl(&ctx);
    let frame = Frame::default();
    let series: Vec<Series> = props
        .series
        .iter()
        .map(|(_, pts)| Series {
            points: pts
                .iter()
                .map(|(d, v)| (ev::day_number(d) as f64, *v))
                .collect(),
        })
        .collect();
    let guides: Vec<Option<f64>> = props.guides.iter().map(|g| Some(g.1)).collect();
    let c = chart::line_chart(&series, &guides, frame, rtl);
    let dates: Vec<&Date> = {
        let mut d: Vec<&Date> = props
            .series
            .iter()
            .flat_map(|(_, p)| p.iter().map(|x| &x.0))
            .collect();
        d.sort();
        d.dedup();
        d
    };
    let (first, last) = (dates.first(), dates.last());
    let desc = ctx.tr.t_args(
        "chart-desc",
        &[
            ("points", dates.len().into()),
            ("from", first.map(|d| d.as_str()).unwrap_or("").into()),
            ("to", last.map(|d| d.as_str()).unwrap_or("").into()),
        ],
    );
    let ax = frame.axis_x(rtl);
    let anchor_end = if rtl { "start" } else { "end" };
    let label_x = if rtl { ax + 6.0 } else { ax - 6.0 };
    let (x0, x1) = frame.x_range(rtl);
    let tid = format!("{}-t", props.id);
    let did = format!("{}-d", props.id);
    let x_labels: Vec<&Date> = match (first, last) {
        (Some(a), Some(b)) if a != b => vec![*a, *b],
        (Some(a), _) => vec![*a],
        _ => vec![],
    };
    if dates.is_empty() {
        return html! { <p class="empty">{ ctx.t("chart-empty") }</p> };
    }
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", frame.width, frame.height)} role="img"
                aria-labelledby={format!("{tid} {did}")} class="chart-svg" direction="ltr">
                <title id={tid.clone()}>{ props.title.clone() }</title>
                <desc id={did.clone()}>{ desc }</desc>
                { for c.y_ticks.iter().map(|(y, v)| html! {
                    <g class="tick">
                        <line x1={x0.to_string()} x2={x1.to_string()} y1={y.to_string()} y2={y.to_string()} />
                        <text x={label_x.to_string()} y={(y + 4.0).to_string()} text-anchor={anchor_end}>{ chart::label(*v) }</text>
                    </g>
                }) }
                { for c.guides.iter().zip(props.guides.iter()).enumerate().filter_map(|(i, (y, g))| y.map(|y| html! {
                    <g class={format!("guide g{i}")}>
                        <line x1={x0.to_string()} x2={x1.to_string()} y1={y.to_string()} y2={y.to_string()} />
                        <text x={x1.to_string()} y={(y - 4.0).to_string()} text-anchor={if rtl { "start" } else { "end" }}>{ g.0.clone() }</text>
                    </g>
                })) }
                { for c.paths.iter().enumerate().map(|(i, d)| html! {
                    <path class={format!("line s{i}")} d={d.clone()} />
                }) }
                { for c.dots.iter().enumerate().flat_map(|(i, ds)| ds.iter().map(move |(x, y)| html! {
                    <circle class={format!("dot s{i}")} cx={x.to_string()} cy={y.to_string()} r="3.5" />
                })) }
                { for x_labels.iter().map(|d| {
                    let x = c.x.at(ev::day_number(d) as f64);
                    // The SVG is laid out left to right (`direction="ltr"`): a label near an edge grows inward.
                    let anchor = if x < frame.width / 2.0 { "start" } else { "end" };
                    html! { <text class="x-label" x={x.to_string()} y={(frame.height - 8.0).to_string()} text-anchor={anchor}>{ d.as_str() }</text> }
                }) }
            </svg>
            if props.series.len() > 1 {
                <ul class="legend">{ for props.series.iter().enumerate().map(|(i, (name, _))| html! {
                    <li><span class={format!("swatch s{i}")} aria-hidden="true"></span>{ name.clone() }</li>
                }) }</ul>
            }
            <details class="chart-data">
                <summary>{ ctx.t("chart-table") }</summary>
                <table>
                    <caption class="visually-hidden">{ props.title.clone() }</caption>
                    <thead><tr><th scope="col">{ ctx.t("eval-date") }</th>
                        { for props.series.iter().map(|(n, _)| html! { <th scope="col">{ n.clone() }</th> }) }</tr></thead>
                    <tbody>{ for dates.iter().map(|d| html! {
                        <tr><th scope="row">{ d.as_str() }</th>
                            { for props.series.iter().map(|(_, pts)| html! {
                                <td>{ pts.iter().find(|p| &p.0 == *d).map(|p| chart::label(p.1)).unwrap_or_default() }</td>
                            }) }</tr>
                    }) }</tbody>
                </table>
            </details>
        </figure>
    }
}

/// A bar chart of progress (0–100 %) per named group, with its table.
fn progress_bars(ctx: &AppCtx, id: &str, title: &str, rows: &[(String, f64)]) -> Html {
    if rows.is_empty() {
        return html! {};
    }
    let rtl = rtl(ctx);
    let frame = Frame {
        height: 200.0,
        ..Frame::default()
    };
    let values: Vec<f64> = rows.iter().map(|r| r.1 * 100.0).collect();
    let c = chart::bar_chart(&values, Some(100.0), frame, rtl);
    let ax = frame.axis_x(rtl);
    let (x0, x1) = frame.x_range(rtl);
    let tid = format!("{id}-t");
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", frame.width, frame.height)} role="img" aria-labelledby={tid.clone()} class="chart-svg" direction="ltr">
                <title id={tid}>{ title }</title>
                { for c.y_ticks.iter().map(|(y, v)| html! {
                    <g class="tick">
                        <line x1={x0.to_string()} x2={x1.to_string()} y1={y.to_string()} y2={y.to_string()} />
                        <text x={(if rtl { ax + 6.0 } else { ax - 6.0 }).to_string()} y={(y + 4.0).to_string()}
                            text-anchor={if rtl { "start" } else { "end" }}>{ format!("{}%", chart::label(*v)) }</text>
                    </g>
                }) }
                { for c.bars.iter().zip(rows).map(|(b, (name, p))| html! {
                    <g class="bar">
                        <rect x={b.x.to_string()} y={b.y.to_string()} width={b.width.to_string()} height={b.height.to_string()}>
                            <title>{ format!("{name}: {}", pct(Some(*p))) }</title>
                        </rect>
                        <text x={b.center.to_string()} y={(frame.height - 8.0).to_string()} text-anchor="middle">{ browser_short(name) }</text>
                    </g>
                }) }
            </svg>
            <table class="chart-data-table">
                <thead><tr><th scope="col">{ ctx.t("eval-group") }</th><th scope="col">{ ctx.t("eval-progress") }</th></tr></thead>
                <tbody>{ for rows.iter().map(|(n, p)| html! { <tr><th scope="row"><bdi>{ n.clone() }</bdi></th><td>{ pct(Some(*p)) }</td></tr> }) }</tbody>
            </table>
        </figure>
    }
}

fn browser_short(s: &str) -> String {
    shutaf::text::truncate_chars(s, 14)
}

fn indicator_series(ctx: &AppCtx, i: &Indicator) -> Rc<Vec<NamedSeries>> {
    let pts: Vec<(Date, f64)> = i
        .measurements
        .iter()
        .filter_map(|m| m.value().map(|v| (m.date().clone(), v)))
        .collect();
    let _ = ctx;
    Rc::new(vec![(i.name.clone(), pts)])
}

fn indicator_guides(ctx: &AppCtx, i: &Indicator) -> Vec<(String, f64)> {
    let mut g = vec![];
    if let Some(b) = i.baseline {
        g.push((ctx.t("eval-baseline"), b));
    }
    if let Some(t) = i.target {
        g.push((ctx.t("eval-target"), t));
    }
    g
}

/// The four monitoring axes over the rounds of their instrument, as one chart.
fn axes_chart(ctx: &AppCtx, plan: &Plan) -> Html {
    let Some(ins) = ctx.instrument(AXES_INSTRUMENT) else {
        return html! {};
    };
    let rounds = ev::axes_over_time(plan, ins);
    let series: Vec<NamedSeries> = ins
        .sections
        .iter()
        .enumerate()
        .map(|(s, sec)| {
            let pts = rounds
                .iter()
                .filter_map(|(d, _, means)| Some((d.clone()?, (*means.get(s)?)?)))
                .collect();
            (ctx.tx(&sec.title).to_string(), pts)
        })
        .collect();
    html! {
        <>
            <h3 class="sub">{ ctx.tx(&ins.title) }</h3>
            <p class="meta">{ ctx.tr.t_args("eval-axes-rounds", &[("count", rounds.len().into())]) }{ " " }
                <button class="linklike" onclick={show(ctx, Sub::Instrument(AXES_INSTRUMENT.into()))}>{ ctx.t("eval-axes-open") }</button></p>
            <TimeChart id="axes-chart" title={ctx.tx(&ins.title).to_string()} series={Rc::new(series)} />
        </>
    }
}

// ---------------------------------------------------------------------------------------------
// The plan page's section

#[component]
pub fn EvaluationSection(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let e = &props.plan.evaluation;
    let gov = &props.plan.governance;
    let r = ev::rollups(e, &|c| ev::goal_of(gov, c));
    let warnings = ev::warnings(e, &ev::work_plan_items(gov), &browser::today_date()).len();
    html! {
        <section id="section-evaluation" class="plan-section" aria-labelledby="h-evaluation">
            <h2 id="h-evaluation">{ t("section-evaluation") }</h2>
            <p class="intro">{ t("eval-intro") }</p>
            <p class="meta">{ ctx.tr.t_args("eval-summary", &[
                ("indicators", e.indicators.len().into()),
                ("interviews", e.interviews.len().into()),
                ("findings", e.findings.len().into()),
                ("warnings", warnings.into()),
                ("mission", pct(r.mission).as_str().into()),
            ]) }</p>
            <div class="card-actions">
                <button class="primary" onclick={show(&ctx, Sub::Evaluation)}>{ t("eval-open") }</button>
                <button onclick={show(&ctx, Sub::EvaluationReport)}>{ t("eval-report-open") }</button>
            </div>
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// The evaluation page

#[component]
pub fn EvaluationPage(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let network_first = plan.kind == PlanKind::NetworkCluster;
    let parts = [
        ("indicators", html! { <Indicators plan={plan.clone()} /> }),
        ("design", html! { <DesignSection plan={plan.clone()} /> }),
        ("network", html! { <NetworkSection plan={plan.clone()} /> }),
        ("interviews", html! { <Interviews plan={plan.clone()} /> }),
        ("findings", html! { <Findings plan={plan.clone()} /> }),
    ];
    let order: [usize; 5] = if network_first {
        [2, 0, 3, 4, 1]
    } else {
        [0, 1, 3, 4, 2]
    };
    html! {
        <article class="evaluation-page">
            <p><button class="linklike back" onclick={show(&ctx, Sub::Overview)}>{ t("instrument-back") }</button></p>
            <h1 tabindex="-1">{ t("eval-title") }</h1>
            <p class="passport-name"><bdi>{ plan.name.clone() }</bdi></p>
            <div class="plan-tools">
                <nav aria-label={t("eval-title")} class="section-nav"><ul>
                    { for order.iter().map(|&i| html! { <li><a href={format!("#eval-{}", parts[i].0)}>{ t(&format!("eval-h-{}", parts[i].0)) }</a></li> }) }
                </ul></nav>
                <div class="card-actions">
                    <button onclick={show(&ctx, Sub::EvaluationReport)}>{ t("eval-report-open") }</button>
                </div>
            </div>
            { for order.iter().map(|&i| parts[i].1.clone()) }
        </article>
    }
}

#[component]
fn Indicators(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let e = &plan.evaluation;
    let importing = use_state(|| false);
    let today = browser::today_date();
    let warnings = ev::warnings(e, &ev::work_plan_items(&plan.governance), &today);
    let names = ev::WorkPlanNames::new(&plan.governance);
    let mut warn_count: std::collections::HashMap<&Id, usize> = std::collections::HashMap::new();
    for i in warnings.iter().filter_map(|w| w.indicator()) {
        *warn_count.entry(i).or_default() += 1;
    }
    let add = {
        let (pid, send) = (plan.id.clone(), ctx.send.clone());
        Callback::from(move |name: String| {
            let id = browser::new_id("ind");
            let i = Indicator {
                id: id.clone(),
                name,
                level: Some(ev::Level::ActionComponent),
                ..Default::default()
            };
            send.emit(Msg::ExecThen(
                Command::put(&pid, Ent::EvalIndicator(i)),
                Sub::Indicator(id),
            ))
        })
    };
    let name_of = |id: &Id| {
        e.indicators
            .iter()
            .find(|i| &i.id == id)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    };
    let warning_text = |w: &ev::Warning| match w {
        ev::Warning::Unmeasured { label, .. } => ctx
            .tr
            .t_args("eval-warn-unmeasured", &[("name", label.as_str().into())]),
        ev::Warning::Overdue { indicator, due } => ctx.tr.t_args(
            "eval-warn-overdue",
            &[
                ("name", name_of(indicator).as_str().into()),
                ("due", due.as_str().into()),
            ],
        ),
        w => ctx.tr.t_args(
            &format!("eval-warn-{}", w.key()),
            &[(
                "name",
                name_of(w.indicator().expect("about an indicator"))
                    .as_str()
                    .into(),
            )],
        ),
    };
    let groups = rollup_rows(&ctx, plan, &names);
    html! {
        <section id="eval-indicators" class="plan-section" aria-labelledby="h-eval-indicators">
            <h2 id="h-eval-indicators">{ t("eval-h-indicators") }</h2>
            <p class="intro">{ t("eval-indicators-intro") }</p>
            if !warnings.is_empty() {
                <div class="warnings eval-warnings" role="region" aria-label={t("eval-warnings")}>
                    <h3 class="sub">{ t("eval-warnings") }</h3>
                    <ul>{ for warnings.iter().map(|w| html! { <li>{ warning_text(w) }</li> }) }</ul>
                </div>
            }
            if e.indicators.is_empty() {
                <p class="empty">{ t("eval-indicators-empty") }</p>
            } else {
                <div class="table-wrap">
                <table class="eval-table">
                    <thead><tr>
                        <th scope="col">{ t("eval-name") }</th>
                        <th scope="col">{ t("eval-axis") }</th>
                        <th scope="col">{ t("eval-linked") }</th>
                        <th scope="col">{ t("eval-baseline") }</th>
                        <th scope="col">{ t("eval-target") }</th>
                        <th scope="col">{ t("eval-latest") }</th>
                        <th scope="col">{ t("eval-progress") }</th>
                    </tr></thead>
                    <tbody>{ for e.indicators.iter().map(|i| {
                        let warn = warn_count.get(&i.id).copied().unwrap_or(0);
                        let p = i.progress();
                        html! {
                            <tr key={i.id.0.clone()}>
                                <th scope="row">
                                    <button class="linklike" onclick={show(&ctx, Sub::Indicator(i.id.clone()))}><bdi>{ i.name.clone() }</bdi></button>
                                    if warn > 0 { { " " }<span class="badge warn">{ ctx.tr.t_args("eval-warn-count", &[("count", warn.into())]) }</span> }
                                </th>
                                <td>{ t(&format!("eval-axis-{}", i.axis.key())) }
                                    if let Some(l) = i.level { <br /><span class="meta">{ t(&format!("eval-level-{}", l.key())) }</span> }</td>
                                { linked_cell(&ctx, &names.of(i)) }
                                <td>{ num(i.baseline) }</td>
                                <td>{ num(i.target) }</td>
                                <td>{ i.latest_value().map(|(_, v)| chart::label(v)).unwrap_or_default() }</td>
                                <td>
                                    if let Some(p) = p {
                                        <svg class="progress" viewBox="0 0 100 8" aria-hidden="true"><rect width="100" height="8" class="track" /><rect width={((p * 100.0).round() as i64).to_string()} height="8" class="done" /></svg>
                                    }
                                    { pct(p) }
                                </td>
                            </tr>
                        }
                    }) }</tbody>
                </table>
                </div>
            }
            { progress_bars(&ctx, "rollup-chart", &t("eval-rollups"), &groups) }
            <div class="card-actions">
                <button onclick={{ let s = importing.clone(); Callback::from(move |_| s.set(true)) }}>{ t("eval-csv-open") }</button>
                { record_figures(&ctx, plan, &today) }
            </div>
            <crate::plan::AddByName id="new-indicator" label={t("eval-new-indicator")} button={t("eval-add")} on_add={add} />
            if *importing {
                <CsvDialog plan={plan.clone()} on_close={{ let s = importing.clone(); Callback::from(move |_| s.set(false)) }} />
            }
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// CSV import

#[derive(Properties, PartialEq)]
struct CsvProps {
    plan: Rc<Plan>,
    on_close: Callback<()>,
}

#[component]
fn CsvDialog(props: &CsvProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let text = use_state(String::new);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let e = &props.plan.evaluation;
    let rows = ev::read_csv(e, &text);
    let good: Vec<(Id, Measurement)> = rows.iter().filter_map(|r| r.result.clone().ok()).collect();
    let on_file = {
        let (text, reader) = (text.clone(), reader.clone());
        Callback::from(move |ev: Event| {
            let i: web_sys::HtmlInputElement = ev.target_unchecked_into();
            if let Some(f) = i.files().and_then(|l| l.get(0)) {
                let text = text.clone();
                let r =
                    gloo::file::callbacks::read_as_text(&gloo::file::File::from(f), move |res| {
                        text.set(res.unwrap_or_default())
                    });
                *reader.borrow_mut() = Some(r);
            }
        })
    };
    let on_paste = {
        let text = text.clone();
        Callback::from(move |e: Event| text.set(event_value(&e)))
    };
    let import = {
        let (pid, send, close) = (
            props.plan.id.clone(),
            ctx.send.clone(),
            props.on_close.clone(),
        );
        let changed = ev::with_measurements(e, &good);
        Callback::from(move |_: MouseEvent| {
            let cmds: Vec<Command> = changed
                .iter()
                .map(|i| Command::put(&pid, Ent::EvalIndicator(i.clone())))
                .collect();
            send.emit(Msg::Exec(Command::Batch(cmds)));
            close.emit(());
        })
    };
    let name_of = |id: &Id| {
        e.indicators
            .iter()
            .find(|i| &i.id == id)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    };
    let bad = rows.len() - good.len();
    html! {
        <Modal title={t("eval-csv-title")} on_close={Some(props.on_close.clone())}>
            <p>{ t("eval-csv-help") }</p>
            <div class="field">
                <label for="csv-file">{ t("eval-csv-file") }</label>
                <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onchange={on_file} />
            </div>
            <div class="field">
                <label for="csv-text">{ t("eval-csv-paste") }</label>
                <textarea id="csv-text" rows="4" dir="auto" value={(*text).clone()} onchange={on_paste} />
            </div>
            if !rows.is_empty() {
                <p role="status">{ ctx.tr.t_args("eval-csv-counts", &[("good", good.len().into()), ("bad", bad.into())]) }</p>
                <div class="table-wrap csv-preview">
                <table>
                    <caption class="visually-hidden">{ t("eval-csv-preview") }</caption>
                    <thead><tr><th scope="col">{ t("eval-csv-line") }</th><th scope="col">{ t("eval-name") }</th>
                        <th scope="col">{ t("eval-date") }</th><th scope="col">{ t("eval-value") }</th><th scope="col">{ t("eval-csv-status") }</th></tr></thead>
                    <tbody>{ for rows.iter().map(|r| match &r.result {
                        Ok((id, m)) => html! {
                            <tr><th scope="row">{ r.line }</th><td><bdi>{ name_of(id) }</bdi></td><td>{ m.date().as_str() }</td>
                                <td>{ num(m.value()) }</td>
                                <td>{ if r.replaces { t("eval-csv-replaces") } else { t("eval-csv-ok") } }</td></tr>
                        },
                        Err(p) => html! {
                            <tr class="bad"><th scope="row">{ r.line }</th>
                                <td colspan="4" class="error-text">{ ctx.tr.t_args(&format!("eval-csv-{}", p.key()), &[("value", p.detail().as_str().into())]) }</td></tr>
                        },
                    }) }</tbody>
                </table>
                </div>
            }
            <div class="dialog-actions">
                <button class="primary" disabled={good.is_empty()} onclick={import}>{ ctx.tr.t_args("eval-csv-import", &[("count", good.len().into())]) }</button>
                <button onclick={props.on_close.reform(|_| ())}>{ t("cancel") }</button>
            </div>
        </Modal>
    }
}

// ---------------------------------------------------------------------------------------------
// One indicator

#[component]
pub fn IndicatorPage(props: &EntityProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let Some(i) = plan.evaluation.indicators.iter().find(|i| i.id == props.id) else {
        return html! {};
    };
    let pid = &plan.id;
    let w = Ent::EvalIndicator;
    let ed = |f: fn(&mut Indicator, String)| edit(&ctx, pid, i, w, f);
    let s = |v: &str| AttrValue::from(v.to_string());
    let fid = |f: &str| AttrValue::from(format!("ind-{f}"));
    // This indicator's own warnings (the work plan's unmeasured items are the list page's).
    let warnings: Vec<ev::Warning> = ev::warnings(
        &shutaf::parts::Evaluation {
            indicators: vec![i.clone()],
            ..Default::default()
        },
        &ev::work_plan_items(&plan.governance),
        &browser::today_date(),
    )
    .into_iter()
    .filter(|w| w.indicator().is_some())
    .collect();
    let names = ev::WorkPlanNames::new(&plan.governance);
    let link = names.of(i);
    let linked_value = match &link {
        ev::Link::Item(t) | ev::Link::Label(t) => t.clone(),
        ev::Link::Missing(id) => id.to_string(),
        ev::Link::Nothing => String::new(),
    };
    let on_linked = {
        let (names, pid, i) = (names.clone(), pid.clone(), i.clone());
        ctx.exec(move |v: String| {
            let mut i = i.clone();
            (i.target_ref, i.target_label) = names.typed(&v);
            Some(Command::put(&pid, Ent::EvalIndicator(i)))
        })
    };
    let add_m = {
        let (pid, i) = (pid.clone(), i.clone());
        ctx.exec(move |e: SubmitEvent| {
            e.prevent_default();
            let input = |n: &str| {
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(n))
                    .and_then(|x| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(x).ok()
                    })
            };
            let get = |n: &str| input(n).map(|x| x.value()).unwrap_or_default();
            let date = ev::parse_date(&get("m-date"))?;
            let value = ev::parse_number(&get("m-value"));
            let note = get("m-note");
            if value.is_none() && note.trim().is_empty() {
                return None;
            }
            for n in ["m-value", "m-note"] {
                if let Some(i) = input(n) {
                    i.set_value("");
                }
            }
            Some(Command::put(
                &pid,
                Ent::EvalIndicator(
                    ev::with_measurements(
                        &shutaf::parts::Evaluation {
                            indicators: vec![i.clone()],
                            ..Default::default()
                        },
                        &[(i.id.clone(), Measurement::new(date, value, note))],
                    )
                    .remove(0),
                ),
            ))
        })
    };
    let remove_m = |k: usize| {
        let (pid, i) = (pid.clone(), i.clone());
        ctx.exec(move |_: MouseEvent| {
            let mut i = i.clone();
            i.measurements.remove(k);
            Some(Command::put(&pid, Ent::EvalIndicator(i)))
        })
    };
    let binding_opts: Vec<(AttrValue, String)> =
        std::iter::once((AttrValue::from(""), t("eval-binding-none")))
            .chain(
                ev::BINDINGS
                    .iter()
                    .map(|b| (AttrValue::from(*b), t(&format!("eval-binding-{b}")))),
            )
            .collect();
    html! {
        <article class="indicator-page">
            <p><button class="linklike back" onclick={show(&ctx, Sub::Evaluation)}>{ t("eval-back") }</button></p>
            <h1 tabindex="-1"><bdi>{ i.name.clone() }</bdi></h1>
            if !warnings.is_empty() {
                <ul class="warnings eval-warnings">{ for warnings.iter().map(|w| html! {
                    <li>{ ctx.tr.t_args(&format!("eval-warn-{}", w.key()), &[("name", i.name.as_str().into()),
                        ("due", match w { ev::Warning::Overdue { due, .. } => due.as_str(), _ => "" }.into())]) }</li>
                }) }</ul>
            }
            <p class="headline">{ ctx.tr.t_args("eval-progress-of", &[("progress", pct(i.progress()).as_str().into())]) }</p>
            <TimeChart id="ind-chart" title={i.name.clone()} series={indicator_series(&ctx, i)} guides={indicator_guides(&ctx, i)} />
            <section class="plan-section" aria-labelledby="h-measurements">
                <h2 id="h-measurements">{ t("eval-measurements") }</h2>
                if i.measurements.is_empty() { <p class="empty">{ t("eval-measurements-empty") }</p> } else {
                    <div class="table-wrap">
                    <table class="eval-table">
                        <thead><tr><th scope="col">{ t("eval-date") }</th><th scope="col">{ t("eval-value") }</th>
                            <th scope="col">{ t("eval-note") }</th><th scope="col"><span class="visually-hidden">{ t("eval-actions") }</span></th></tr></thead>
                        <tbody>{ for i.measurements.iter().enumerate().map(|(k, m)| html! {
                            <tr><th scope="row">{ m.date().as_str() }</th><td>{ num(m.value()) }</td><td dir="auto">{ m.note().to_string() }</td>
                                <td><button class="danger small" onclick={remove_m(k)}>{ ctx.tr.t_args("eval-remove", &[("name", m.date().as_str().into())]) }</button></td></tr>
                        }) }</tbody>
                    </table>
                    </div>
                }
                <form class="add-form measurement-form" onsubmit={add_m}>
                    <div class="field"><label for="m-date">{ t("eval-date") }</label>
                        <input id="m-date" name="m-date" type="date" required=true value={browser::today()} /></div>
                    <div class="field"><label for="m-value">{ t("eval-value") }</label>
                        <input id="m-value" name="m-value" inputmode="decimal" /></div>
                    <div class="field"><label for="m-note">{ t("eval-note") }</label>
                        <input id="m-note" name="m-note" dir="auto" maxlength={MAX_MEDIUM.to_string()} /></div>
                    <button type="submit" class="primary">{ t("eval-add-measurement") }</button>
                </form>
            </section>
            <section class="plan-section" aria-labelledby="h-ind-fields">
                <h2 id="h-ind-fields">{ t("eval-definition") }</h2>
                <div class="grid">
                    <Field id={fid("name")} label={t("eval-name")} value={i.name.clone()} required=true maxlength={MAX_NAME}
                        onchange={ed(|i, v| i.name = v)} />
                    <Select id={fid("axis")} label={t("eval-axis")} value={s(i.axis.key())} options={opts(&ctx, &keys!(ev::Axis), "eval-axis")}
                        onchange={ed(|i, v| { i.axis = ev::Axis::from_key(&v).unwrap_or_default(); if i.axis == ev::Axis::WorkPlan && i.level.is_none() { i.level = Some(ev::Level::ActionComponent) } })} />
                    if i.axis == ev::Axis::WorkPlan {
                        <Select id={fid("level")} label={t("eval-level")} value={s(i.level.unwrap_or_default().key())} options={opts(&ctx, &keys!(ev::Level), "eval-level")}
                            onchange={ed(|i, v| i.level = ev::Level::from_key(&v))} />
                        <Field id={fid("linked")} label={t("eval-linked")} value={linked_value} maxlength={MAX_SHORT}
                            list="work-plan-items" onchange={on_linked}
                            describedby={matches!(link, ev::Link::Missing(_)).then_some(AttrValue::from("ind-linked-missing"))} />
                        if matches!(link, ev::Link::Missing(_)) { <p class="meta missing-link" id="ind-linked-missing">{ t("eval-not-in-work-plan") }</p> }
                        <datalist id="work-plan-items">{ for ev::work_plan_items(&plan.governance).into_iter().map(|(_, title)| html! { <option value={title} /> }) }</datalist>
                    }
                    if i.axis == ev::Axis::Infrastructure {
                        <Select id={fid("binding")} label={t("eval-binding")} value={s(i.binding.as_deref().unwrap_or(""))} options={binding_opts}
                            onchange={ed(|i, v| i.binding = (!v.is_empty()).then_some(v))} />
                    }
                    <Select id={fid("kind")} label={t("eval-kind")} value={s(i.kind.key())} options={opts(&ctx, &keys!(ev::IndicatorKind), "eval-kind")}
                        onchange={ed(|i, v| i.kind = ev::IndicatorKind::from_key(&v).unwrap_or_default())} />
                    <Field id={fid("unit")} label={t("eval-unit")} value={i.unit.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.unit = v)} />
                    <Field id={fid("baseline")} label={t("eval-baseline")} value={num(i.baseline)} onchange={ed(|i, v| i.baseline = ev::parse_number(&v))} />
                    <Field id={fid("target")} label={t("eval-target")} value={num(i.target)} onchange={ed(|i, v| i.target = ev::parse_number(&v))} />
                    <Field id={fid("deadline")} label={t("eval-deadline")} input_type="date" value={crate::widgets::date_value(&i.deadline)}
                        onchange={ed(|i, v| i.deadline = Date::parse(&v))} />
                    <Select id={fid("frequency")} label={t("eval-frequency")} value={s(i.frequency.key())} options={opts(&ctx, &keys!(ev::Frequency), "eval-frequency")}
                        onchange={ed(|i, v| i.frequency = ev::Frequency::from_key(&v).unwrap_or_default())} />
                    <Field id={fid("source")} label={t("eval-source")} value={i.source.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.source = v)} />
                    <Select id={fid("access")} label={t("eval-access")} value={s(i.access.key())} options={opts(&ctx, &keys!(ev::Access), "eval-access")}
                        onchange={ed(|i, v| i.access = ev::Access::from_key(&v).unwrap_or_default())} />
                    <Field id={fid("method")} label={t("eval-method")} value={i.method.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.method = v)} />
                    <Field id={fid("collector")} label={t("eval-collector")} value={i.collector.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.collector = v)} />
                    <Field id={fid("analyst")} label={t("eval-analyst")} value={i.analyst.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.analyst = v)} />
                    <Field id={fid("cost")} label={t("eval-cost")} value={i.cost.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.cost = v)} />
                    <Field id={fid("owner")} label={t("eval-owner")} value={i.owner.clone()} maxlength={MAX_SHORT} onchange={ed(|i, v| i.owner = v)} />
                </div>
                <Field id={fid("target-text")} label={t("eval-target-text")} value={i.target_text.clone()} multiline=true maxlength={MAX_MEDIUM}
                    onchange={ed(|i, v| i.target_text = v)} />
            </section>
            { remove_button(&ctx, pid, Coll::EvalIndicator, &i.id, &i.name) }
        </article>
    }
}

// ---------------------------------------------------------------------------------------------
// The evaluation plan

#[component]
fn DesignSection(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let pid = props.plan.id.clone();
    let d = props.plan.evaluation.design.clone();
    let on = |which: u8| {
        let (pid, d) = (pid.clone(), d.clone());
        ctx.exec(move |(k, _on): (&'static str, bool)| {
            let mut d = d.clone();
            match which {
                0 => d.circles = ev::toggle(&d.circles, ev::Circle::from_key(k)?),
                1 => d.methods = ev::toggle(&d.methods, ev::Method::from_key(k)?),
                _ => d.points = ev::toggle(&d.points, ev::Point::from_key(k)?),
            }
            Some(Command::put(&pid, Ent::EvalDesign(d)))
        })
    };
    let ticked = |v: Vec<&'static str>| v;
    let done = d.points.len();
    html! {
        <section id="eval-design" class="plan-section" aria-labelledby="h-eval-design">
            <h2 id="h-eval-design">{ t("eval-h-design") }</h2>
            <p class="intro">{ t("eval-design-intro") }</p>
            <div class="checks-row">
                { checks(&ctx, "circle", "eval-circles", "eval-circle", &keys!(ev::Circle), &ticked(d.circles.iter().map(|c| c.key()).collect()), on(0)) }
                { checks(&ctx, "method", "eval-methods", "eval-method", &keys!(ev::Method), &ticked(d.methods.iter().map(|c| c.key()).collect()), on(1)) }
            </div>
            { checks(&ctx, "point", "eval-points", "eval-point", &keys!(ev::Point), &ticked(d.points.iter().map(|c| c.key()).collect()), on(2)) }
            <p class="meta">{ ctx.tr.t_args("eval-points-done", &[("done", done.into()), ("total", ev::Point::ALL.len().into())]) }</p>
            <Field id="design-notes" label={t("eval-notes")} value={d.notes.clone()} multiline=true maxlength={MAX_LONG}
                onchange={edit(&ctx, &pid, &d, Ent::EvalDesign, |d, v| d.notes = v)} />
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// Network evaluation

#[component]
fn NetworkSection(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let pid = plan.id.clone();
    let e = &plan.evaluation;
    let n = e.network.clone();
    let c = ev::composition(e);
    let on = |which: u8| {
        let (pid, n) = (pid.clone(), n.clone());
        ctx.exec(move |(k, _): (&'static str, bool)| {
            let mut n = n.clone();
            match which {
                0 => n.objectives = ev::toggle(&n.objectives, ev::Objective::from_key(k)?),
                1 => n.roles = ev::toggle(&n.roles, ev::Role::from_key(k)?),
                _ => n.traits = ev::toggle(&n.traits, ev::Trait::from_key(k)?),
            }
            Some(Command::put(&pid, Ent::Network(n)))
        })
    };
    let cell = |a: usize, s: usize| {
        let (pid, n) = (pid.clone(), n.clone());
        ctx.exec(move |v: String| {
            let mut n = n.clone();
            n.contribution[a][s] = ev::Reach::from_key(&v)?;
            Some(Command::put(&pid, Ent::Network(n)))
        })
    };
    let add_member = ctx.adder(&pid, "mem", |id, name| {
        Ent::NetMember(ev::Member {
            id,
            name,
            ..Default::default()
        })
    });
    let add_task = ctx.adder(&pid, "jt", |id, title| {
        Ent::JointTask(ev::JointTask {
            id,
            title,
            ..Default::default()
        })
    });
    let reach = opts(&ctx, &keys!(ev::Reach), "eval-reach");
    html! {
        <section id="eval-network" class="plan-section" aria-labelledby="h-eval-network">
            <h2 id="h-eval-network">{ t("eval-h-network") }</h2>
            <p class="intro">{ t("eval-network-intro") }</p>
            <Field id="net-goal" label={t("eval-net-goal")} value={n.goal.clone()} multiline=true maxlength={MAX_MEDIUM}
                onchange={edit(&ctx, &pid, &n, Ent::Network, |n, v| n.goal = v)} />
            { checks(&ctx, "objective", "eval-objectives", "eval-objective", &keys!(ev::Objective), &n.objectives.iter().map(|o| o.key()).collect::<Vec<_>>(), on(0)) }
            <h3 class="sub">{ t("eval-members") }</h3>
            <p class="meta">{ ctx.tr.t_args("eval-composition-figures", &[
                ("size", c.size.into()), ("founding", c.founding.into()), ("later", c.later.into()),
                ("seniority", c.seniority_mean.map(chart::label).unwrap_or_else(|| "—".into()).as_str().into()),
            ]) }</p>
            <ul class="entity-list">{ for e.members.iter().map(|m| {
                let fid = |f: &str| AttrValue::from(format!("mem-{}-{f}", m.id));
                html! {
                    <li key={m.id.0.clone()} class="row-form">
                        <Field id={fid("name")} label={t("eval-member-name")} value={m.name.clone()} required=true maxlength={MAX_NAME}
                            onchange={edit(&ctx, &pid, m, Ent::NetMember, |m, v| m.name = v)} />
                        <Select id={fid("joined")} label={t("eval-joined")} value={AttrValue::from(m.joined.key())} options={opts(&ctx, &keys!(ev::Joined), "eval-joined")}
                            onchange={edit(&ctx, &pid, m, Ent::NetMember, |m, v| m.joined = ev::Joined::from_key(&v).unwrap_or_default())} />
                        <Field id={fid("seniority")} label={t("eval-seniority")} input_type="number" value={m.seniority.map(|s| s.to_string()).unwrap_or_default()}
                            onchange={edit(&ctx, &pid, m, Ent::NetMember, |m, v| m.seniority = v.trim().parse().ok().filter(|s| *s <= 100))} />
                        { remove_button(&ctx, &pid, Coll::NetMember, &m.id, &m.name) }
                    </li>
                }
            }) }</ul>
            <crate::plan::AddByName id="new-member" label={t("eval-new-member")} button={t("eval-add")} on_add={add_member} />
            <h3 class="sub">{ t("eval-contribution") }</h3>
            <p class="meta">{ t("eval-contribution-help") }</p>
            <div class="table-wrap"><table class="contribution">
                <thead><tr><th scope="col">{ t("eval-area") }</th>
                    { for (0..3usize).map(|s| html! { <th scope="col">{ ctx.tr.t_args("eval-stage", &[("n", (s + 1).into())]) }</th> }) }</tr></thead>
                <tbody>{ for ev::AREAS.iter().enumerate().map(|(a, area)| html! {
                    <tr><th scope="row">{ t(&format!("eval-area-{area}")) }</th>
                        { for (0..3usize).map(|s| {
                            let id = format!("contrib-{a}-{s}");
                            let v = n.contribution[a][s];
                            html! { <td class={format!("reach-{}", v.key())}>
                                <label class="visually-hidden" for={id.clone()}>{ format!("{} — {}", t(&format!("eval-area-{area}")), t(&format!("eval-stage-{area}-{}", s + 1))) }</label>
                                <span class="stage-name">{ t(&format!("eval-stage-{area}-{}", s + 1)) }</span>
                                <select id={id} onchange={cell(a, s).reform(|e: Event| event_value(&e))}>
                                    { for reach.iter().map(|(k, l)| html! { <option value={k.clone()} selected={*k == v.key()}>{ l.clone() }</option> }) }
                                </select>
                            </td> }
                        }) }</tr>
                }) }</tbody>
            </table></div>
            <div class="checks-row">
                { checks(&ctx, "role", "eval-roles", "eval-role", &keys!(ev::Role), &n.roles.iter().map(|o| o.key()).collect::<Vec<_>>(), on(1)) }
                { checks(&ctx, "trait", "eval-traits", "eval-trait", &keys!(ev::Trait), &n.traits.iter().map(|o| o.key()).collect::<Vec<_>>(), on(2)) }
            </div>
            <Field id="net-composition" label={t("eval-composition")} value={n.composition.clone()} multiline=true maxlength={MAX_LONG}
                onchange={edit(&ctx, &pid, &n, Ent::Network, |n, v| n.composition = v)} />
            <h3 class="sub">{ t("eval-joint-tasks") }</h3>
            <p class="meta">{ ctx.tr.t_args("eval-shared-count", &[("shared", c.shared_tasks.into()), ("total", c.tasks.into())]) }</p>
            <ul class="entity-list">{ for e.joint_tasks.iter().map(|j| {
                let fid = |f: &str| AttrValue::from(format!("jt-{}-{f}", j.id));
                html! {
                    <li key={j.id.0.clone()} class="row-form">
                        <Field id={fid("title")} label={t("eval-task-title")} value={j.title.clone()} required=true maxlength={MAX_NAME}
                            onchange={edit(&ctx, &pid, j, Ent::JointTask, |j, v| j.title = v)} />
                        <Select id={fid("steering")} label={t("eval-steering")} value={AttrValue::from(j.steering.key())} options={opts(&ctx, &keys!(ev::Steering), "eval-steering")}
                            onchange={edit(&ctx, &pid, j, Ent::JointTask, |j, v| j.steering = ev::Steering::from_key(&v).unwrap_or_default())} />
                        { remove_button(&ctx, &pid, Coll::JointTask, &j.id, &j.title) }
                    </li>
                }
            }) }</ul>
            <crate::plan::AddByName id="new-joint-task" label={t("eval-new-task")} button={t("eval-add")} on_add={add_task} />
            { axes_chart(&ctx, plan) }
        </section>
    }
}

// ---------------------------------------------------------------------------------------------
// Interviews

#[component]
fn Interviews(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let pid = plan.id.clone();
    let e = &plan.evaluation;
    let pick = use_state(|| 1usize);
    let add_protocol = {
        let (pid, pick, t2) = (pid.clone(), pick.clone(), ctx.tr.clone());
        ctx.exec(move |_: MouseEvent| {
            let n = *pick;
            Some(Command::put(
                &pid,
                Ent::GuideQuestion(ev::Question {
                    id: browser::new_id("q"),
                    text: t2.t(&format!("eval-q-{n}")),
                    protocol: Some(n as u8),
                }),
            ))
        })
    };
    let add_own = ctx.adder(&pid, "q", |id, text| {
        Ent::GuideQuestion(ev::Question {
            id,
            text,
            protocol: None,
        })
    });
    let add_interview = {
        let (pid, send) = (pid.clone(), ctx.send.clone());
        Callback::from(move |who: String| {
            let id = browser::new_id("iv");
            send.emit(Msg::ExecThen(
                Command::put(
                    &pid,
                    Ent::Interview(ev::Interview {
                        id: id.clone(),
                        who,
                        date: Some(browser::today_date()),
                        ..Default::default()
                    }),
                ),
                Sub::Interview(id),
            ))
        })
    };
    let protocol: Vec<(AttrValue, String)> = (1..=ev::PROTOCOL)
        .map(|n| {
            let part = if n <= ev::PROTOCOL_PART_ONE { 1 } else { 2 };
            (
                AttrValue::from(n.to_string()),
                format!(
                    "{n} ({}) {}",
                    t(&format!("eval-part-{part}")),
                    shutaf::text::truncate_chars(&t(&format!("eval-q-{n}")), 70)
                ),
            )
        })
        .collect();
    let themes = ev::themes(e);
    html! {
        <section id="eval-interviews" class="plan-section" aria-labelledby="h-eval-interviews">
            <h2 id="h-eval-interviews">{ t("eval-h-interviews") }</h2>
            <p class="intro">{ t("eval-interviews-intro") }</p>
            <h3 class="sub">{ t("eval-guide") }</h3>
            if e.questions.is_empty() { <p class="empty">{ t("eval-guide-empty") }</p> }
            <ol class="guide">{ for e.questions.iter().map(|q| html! {
                <li key={q.id.0.clone()} class="row-form">
                    <Field id={format!("q-{}", q.id)} label={match q.protocol { Some(n) => ctx.tr.t_args("eval-q-from", &[("n", (n as usize).into())]), None => t("eval-q-own") }}
                        value={q.text.clone()} required=true maxlength={MAX_MEDIUM} onchange={edit(&ctx, &pid, q, Ent::GuideQuestion, |q, v| q.text = v)} />
                    { remove_button(&ctx, &pid, Coll::GuideQuestion, &q.id, &shutaf::text::truncate_chars(&q.text, 30)) }
                </li>
            }) }</ol>
            <div class="add-form">
                <Select id="protocol-pick" label={t("eval-protocol")} value={AttrValue::from(pick.to_string())} options={protocol}
                    onchange={{ let p = pick.clone(); Callback::from(move |v: String| p.set(v.parse().unwrap_or(1))) }} />
                <button onclick={add_protocol}>{ t("eval-protocol-add") }</button>
            </div>
            <crate::plan::AddByName id="new-question" label={t("eval-new-question")} button={t("eval-add")} on_add={add_own} />
            <h3 class="sub">{ t("eval-interview-list") }</h3>
            if e.interviews.is_empty() { <p class="empty">{ t("eval-interviews-empty") }</p> } else {
                <div class="table-wrap">
                <table class="eval-table">
                    <thead><tr><th scope="col">{ t("eval-who") }</th><th scope="col">{ t("eval-cluster") }</th>
                        <th scope="col">{ t("eval-date") }</th><th scope="col">{ t("eval-quotes") }</th></tr></thead>
                    <tbody>{ for e.interviews.iter().map(|iv| html! {
                        <tr key={iv.id.0.clone()}>
                            <th scope="row"><button class="linklike" onclick={show(&ctx, Sub::Interview(iv.id.clone()))}><bdi>{ iv.who.clone() }</bdi></button></th>
                            <td><bdi>{ iv.cluster.clone() }</bdi></td>
                            <td>{ iv.date.as_ref().map(|d| d.0.clone()).unwrap_or_default() }</td>
                            <td>{ iv.quotes.len() }</td>
                        </tr>
                    }) }</tbody>
                </table>
                </div>
            }
            <crate::plan::AddByName id="new-interview" label={t("eval-new-interview")} button={t("eval-add")} on_add={add_interview} />
            if !themes.is_empty() {
                <h3 class="sub">{ t("eval-themes") }</h3>
                <ul class="themes">{ for themes.iter().map(|(th, k)| html! {
                    <li><bdi>{ th.clone() }</bdi>{ " " }<span class="meta">{ ctx.tr.t_args("eval-theme-count", &[("count", (*k).into())]) }</span></li>
                }) }</ul>
            }
        </section>
    }
}

#[component]
pub fn InterviewPage(props: &EntityProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let pid = plan.id.clone();
    let e = &plan.evaluation;
    let Some(iv) = e.interviews.iter().find(|i| i.id == props.id) else {
        return html! {};
    };
    let answer = |q: &ev::Question| {
        let (pid, iv, qid) = (pid.clone(), iv.clone(), q.id.0.clone());
        ctx.exec(move |v: String| {
            let mut iv = iv.clone();
            iv.answers.insert(qid.clone(), v);
            Some(Command::put(&pid, Ent::Interview(iv)))
        })
    };
    let quote = |k: usize, themes: bool| {
        let (pid, iv) = (pid.clone(), iv.clone());
        ctx.exec(move |v: String| {
            let mut iv = iv.clone();
            let q = iv.quotes.get_mut(k)?;
            if themes {
                q.themes = v
                    .split([',', '،', ';'])
                    .map(ev::clean_theme)
                    .filter(|s| !s.is_empty())
                    .collect();
            } else {
                q.text = v;
            }
            Some(Command::put(&pid, Ent::Interview(iv)))
        })
    };
    let remove_quote = |k: usize| {
        let (pid, iv) = (pid.clone(), iv.clone());
        ctx.exec(move |_: MouseEvent| {
            let mut iv = iv.clone();
            iv.quotes.remove(k);
            Some(Command::put(&pid, Ent::Interview(iv)))
        })
    };
    let add_quote = {
        let (pid, iv) = (pid.clone(), iv.clone());
        ctx.exec(move |text: String| {
            let mut iv = iv.clone();
            iv.quotes.push(ev::Quote {
                text,
                themes: vec![],
            });
            Some(Command::put(&pid, Ent::Interview(iv)))
        })
    };
    let known = ev::themes(e);
    html! {
        <article class="interview-page">
            <p><button class="linklike back" onclick={show(&ctx, Sub::Evaluation)}>{ t("eval-back") }</button></p>
            <h1 tabindex="-1"><bdi>{ iv.who.clone() }</bdi></h1>
            <div class="grid">
                <Field id="iv-who" label={t("eval-who")} value={iv.who.clone()} required=true maxlength={MAX_NAME}
                    onchange={edit(&ctx, &pid, iv, Ent::Interview, |i, v| i.who = v)} />
                <Field id="iv-cluster" label={t("eval-cluster")} value={iv.cluster.clone()} maxlength={MAX_SHORT}
                    onchange={edit(&ctx, &pid, iv, Ent::Interview, |i, v| i.cluster = v)} />
                <Field id="iv-date" label={t("eval-date")} input_type="date" value={crate::widgets::date_value(&iv.date)}
                    onchange={edit(&ctx, &pid, iv, Ent::Interview, |i, v| i.date = Date::parse(&v))} />
            </div>
            <section class="plan-section" aria-labelledby="h-answers">
                <h2 id="h-answers">{ t("eval-answers") }</h2>
                if e.questions.is_empty() { <p class="empty">{ t("eval-guide-empty") }</p> }
                { for e.questions.iter().map(|q| html! {
                    <Field id={format!("a-{}", q.id)} label={q.text.clone()} multiline=true maxlength={MAX_LONG}
                        value={iv.answers.get(q.id.as_str()).cloned().unwrap_or_default()} onchange={answer(q)} />
                }) }
            </section>
            <section class="plan-section" aria-labelledby="h-quotes">
                <h2 id="h-quotes">{ t("eval-quotes") }</h2>
                <p class="meta">{ t("eval-quotes-help") }</p>
                <datalist id="theme-list">{ for known.iter().map(|(th, _)| html! { <option value={th.clone()} /> }) }</datalist>
                <ul class="entity-list">{ for iv.quotes.iter().enumerate().map(|(k, q)| html! {
                    <li class="quote">
                        <Field id={format!("quote-{k}")} label={ctx.tr.t_args("eval-quote-n", &[("n", (k + 1).into())])} value={q.text.clone()} multiline=true
                            maxlength={MAX_MEDIUM} onchange={quote(k, false)} />
                        <div class="field">
                            <label for={format!("quote-{k}-themes")}>{ t("eval-quote-themes") }</label>
                            <input id={format!("quote-{k}-themes")} list="theme-list" dir="auto" value={q.themes.join(", ")}
                                onchange={quote(k, true).reform(|e: Event| event_value(&e))} />
                        </div>
                        <button class="danger small" onclick={remove_quote(k)}>{ ctx.tr.t_args("eval-remove", &[("name", ctx.tr.t_args("eval-quote-n", &[("n", (k + 1).into())]).as_str().into())]) }</button>
                    </li>
                }) }</ul>
                <crate::plan::AddByName id="new-quote" label={t("eval-new-quote")} button={t("eval-add")} on_add={add_quote} />
            </section>
            { remove_button(&ctx, &pid, Coll::Interview, &iv.id, &iv.who) }
        </article>
    }
}

// ---------------------------------------------------------------------------------------------
// Findings and recommendations

fn prevalence_text(ctx: &AppCtx, e: &shutaf::parts::Evaluation, f: &ev::Finding) -> String {
    let (k, n, p) = ev::prevalence(e, f);
    ctx.tr.t_args(
        "eval-prevalence",
        &[
            (
                "label",
                ctx.t(&format!("eval-prev-{}", p.key())).as_str().into(),
            ),
            ("k", k.into()),
            ("n", n.into()),
        ],
    )
}

#[component]
fn Findings(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let pid = plan.id.clone();
    let e = &plan.evaluation;
    let add_finding = ctx.adder(&pid, "fnd", |id, text| {
        Ent::Finding(ev::Finding {
            id,
            text,
            ..Default::default()
        })
    });
    let add_rec = ctx.adder(&pid, "rec", |id, text| {
        Ent::Recommendation(ev::Recommendation {
            id,
            text,
            findings: vec![],
        })
    });
    let themes = ev::themes(e);
    let link = |r: &ev::Recommendation, f: Id| {
        let (pid, r) = (pid.clone(), r.clone());
        ctx.exec(move |_: Event| {
            let mut r = r.clone();
            match r.findings.iter().position(|x| x == &f) {
                Some(i) => {
                    r.findings.remove(i);
                }
                None => r.findings.push(f.clone()),
            }
            Some(Command::put(&pid, Ent::Recommendation(r)))
        })
    };
    html! {
        <section id="eval-findings" class="plan-section" aria-labelledby="h-eval-findings">
            <h2 id="h-eval-findings">{ t("eval-h-findings") }</h2>
            <p class="intro">{ t("eval-findings-intro") }</p>
            <datalist id="finding-themes">{ for themes.iter().map(|(th, _)| html! { <option value={th.clone()} /> }) }</datalist>
            <ul class="entity-list">{ for e.findings.iter().map(|f| {
                let fid = |x: &str| format!("fnd-{}-{x}", f.id);
                html! {
                    <li key={f.id.0.clone()} class="finding">
                        <p class="prevalence" aria-live="polite"><strong>{ prevalence_text(&ctx, e, f) }</strong></p>
                        <Field id={fid("text")} label={t("eval-finding")} value={f.text.clone()} required=true multiline=true maxlength={MAX_MEDIUM}
                            onchange={edit(&ctx, &pid, f, Ent::Finding, |f, v| f.text = v)} />
                        <div class="grid">
                            <div class="field">
                                <label for={fid("theme")}>{ t("eval-finding-theme") }</label>
                                <input id={fid("theme")} list="finding-themes" dir="auto" value={f.theme.clone()}
                                    onchange={edit(&ctx, &pid, f, Ent::Finding, |f, v| f.theme = v).reform(|e: Event| event_value(&e))} />
                            </div>
                            <Field id={fid("cluster")} label={t("eval-finding-cluster")} value={f.cluster.clone()} maxlength={MAX_SHORT}
                                onchange={edit(&ctx, &pid, f, Ent::Finding, |f, v| f.cluster = v)} />
                        </div>
                        { remove_button(&ctx, &pid, Coll::Finding, &f.id, &shutaf::text::truncate_chars(&f.text, 30)) }
                    </li>
                }
            }) }</ul>
            <crate::plan::AddByName id="new-finding" label={t("eval-new-finding")} button={t("eval-add")} on_add={add_finding} />
            <h3 class="sub">{ t("eval-recommendations") }</h3>
            <ul class="entity-list">{ for e.recommendations.iter().map(|r| html! {
                <li key={r.id.0.clone()}>
                    <Field id={format!("rec-{}", r.id)} label={t("eval-recommendation")} value={r.text.clone()} required=true multiline=true maxlength={MAX_MEDIUM}
                        onchange={edit(&ctx, &pid, r, Ent::Recommendation, |r, v| r.text = v)} />
                    if !e.findings.is_empty() {
                        <fieldset class="checks"><legend>{ t("eval-rec-findings") }</legend>
                            { for e.findings.iter().map(|f| {
                                let id = format!("rec-{}-{}", r.id, f.id);
                                html! { <label class="check" for={id.clone()}>
                                    <input type="checkbox" id={id} checked={r.findings.contains(&f.id)} onchange={link(r, f.id.clone())} />
                                    <bdi>{ shutaf::text::truncate_chars(&f.text, 80) }</bdi></label> }
                            }) }
                        </fieldset>
                    }
                    { remove_button(&ctx, &pid, Coll::Recommendation, &r.id, &shutaf::text::truncate_chars(&r.text, 30)) }
                </li>
            }) }</ul>
            <crate::plan::AddByName id="new-recommendation" label={t("eval-new-recommendation")} button={t("eval-add")} on_add={add_rec} />
        </section>
    }
}

/// Records the meetings' current figures as measurements of the indicators bound to them, as one
/// step (undone as one). Disabled when there is nothing new to record.
fn record_figures(ctx: &AppCtx, plan: &shutaf::Plan, today: &Date) -> Html {
    let e = &plan.evaluation;
    let add = ev::auto_measurements(e, &ev::figure_values(plan), today);
    let changed = ev::with_measurements(e, &add);
    let n = changed.len();
    let pid = plan.id.clone();
    let onclick = ctx.exec(move |_: MouseEvent| {
        (!changed.is_empty()).then(|| {
            Command::Batch(
                changed
                    .iter()
                    .map(|i| Command::put(&pid, Ent::EvalIndicator(i.clone())))
                    .collect(),
            )
        })
    });
    html! {
        <button disabled={n == 0} {onclick}>{ ctx.tr.t_args("eval-record-figures", &[("count", n.into())]) }</button>
    }
}

// ---------------------------------------------------------------------------------------------
// The printable report

#[component]
pub fn EvaluationReport(props: &PlanProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let e = &plan.evaluation;
    let r = ev::rollups(e, &|c| ev::goal_of(&plan.governance, c));
    let names = ev::WorkPlanNames::new(&plan.governance);
    let groups = rollup_rows(&ctx, plan, &names);
    // Instruments with answers: each one's latest round, in one line.
    let results: Vec<Html> = ctx
        .library
        .iter()
        .filter_map(|ins| {
            let round = res::latest_round(plan, &ins.id)?;
            let now = res::round_responses(plan, &round.id);
            if now.is_empty() {
                return None;
            }
            let stats = res::item_stats(ins, &now);
            let means: Vec<String> = res::section_means(ins, &stats)
                .into_iter()
                .filter_map(|(s, m, _)| {
                    let sec = ins.sections.iter().find(|x| x.id == s)?;
                    Some(format!("{}: {}", ctx.tx(&sec.title), chart::label(m?)))
                })
                .collect();
            Some(html! {
                <li><strong>{ ctx.tx(&ins.title) }</strong>{ " · " }<span class="meta">{ round.name.clone() }{ " · " }{ ctx.tr.t_args("eval-report-responses", &[("count", now.len().into())]) }</span>
                    if !means.is_empty() { <br />{ means.join(" · ") } }</li>
            })
        })
        .collect();
    let c = ev::composition(e);
    html! {
        <article class="passport-page evaluation-report">
            <p><button class="linklike back" onclick={show(&ctx, Sub::Evaluation)}>{ t("eval-back") }</button></p>
            <h1 tabindex="-1">{ t("eval-report-title") }</h1>
            <p class="passport-name"><bdi>{ plan.name.clone() }</bdi></p>
            <p class="meta">{ ctx.tr.t_args("eval-report-date", &[("date", browser::today().as_str().into())]) }</p>
            <div class="section-head"><span></span><button onclick={ctx.send.reform(|_| Msg::Print)}>{ t("print") }</button></div>
            <section class="plan-section" aria-labelledby="r-indicators">
                <h2 id="r-indicators">{ t("eval-h-indicators") }</h2>
                <p class="headline">{ ctx.tr.t_args("eval-mission-progress", &[("progress", pct(r.mission).as_str().into())]) }</p>
                { progress_bars(&ctx, "r-rollups", &t("eval-rollups"), &groups) }
                if e.indicators.is_empty() { <p class="empty">{ t("eval-indicators-empty") }</p> }
                { for e.indicators.iter().map(|i| html! {
                    <div class="report-indicator" key={i.id.0.clone()}>
                        <h3><bdi>{ i.name.clone() }</bdi></h3>
                        <p class="meta">{ t(&format!("eval-axis-{}", i.axis.key())) }
                            if let Some(l) = i.level { { " · " }{ t(&format!("eval-level-{}", l.key())) } }
                            if let Some(l) = Some(names.of(i)).filter(|l| *l != ev::Link::Nothing) {
                                { " · " }<bdi class={classes!(matches!(l, ev::Link::Missing(_)).then_some("missing-link"))}>{ link_text(&ctx, &l) }</bdi>
                            }
                            { " · " }{ ctx.tr.t_args("eval-progress-of", &[("progress", pct(i.progress()).as_str().into())]) }</p>
                        if i.measurements.iter().any(|m| m.value().is_some()) {
                            <TimeChart id={format!("r-{}", i.id)} title={i.name.clone()} series={indicator_series(&ctx, i)} guides={indicator_guides(&ctx, i)} />
                        }
                        { for i.measurements.iter().filter(|m| !m.note().is_empty()).map(|m| html! {
                            <p class="note"><span class="meta">{ m.date().as_str() }</span>{ " " }<span dir="auto">{ m.note().to_string() }</span></p>
                        }) }
                    </div>
                }) }
            </section>
            if plan.kind == PlanKind::NetworkCluster || !e.members.is_empty() {
                <section class="plan-section" aria-labelledby="r-network">
                    <h2 id="r-network">{ t("eval-h-network") }</h2>
                    if !e.network.goal.is_empty() { <p dir="auto">{ e.network.goal.clone() }</p> }
                    <p>{ ctx.tr.t_args("eval-composition-figures", &[
                        ("size", c.size.into()), ("founding", c.founding.into()), ("later", c.later.into()),
                        ("seniority", c.seniority_mean.map(chart::label).unwrap_or_else(|| "—".into()).as_str().into()),
                    ]) }</p>
                    <ul>{ for ev::AREAS.iter().enumerate().map(|(a, area)| html! {
                        <li><strong>{ t(&format!("eval-area-{area}")) }</strong>{ ": " }
                            { (0..3usize).map(|s| format!("{} — {}", t(&format!("eval-stage-{area}-{}", s + 1)), t(&format!("eval-reach-{}", e.network.contribution[a][s].key())))).collect::<Vec<_>>().join(" · ") }</li>
                    }) }</ul>
                    { axes_chart(&ctx, plan) }
                </section>
            }
            <section class="plan-section" aria-labelledby="r-instruments">
                <h2 id="r-instruments">{ t("eval-report-instruments") }</h2>
                if results.is_empty() { <p class="empty">{ t("eval-report-no-results") }</p> } else { <ul>{ for results }</ul> }
            </section>
            <section class="plan-section" aria-labelledby="r-findings">
                <h2 id="r-findings">{ t("eval-h-findings") }</h2>
                if e.findings.is_empty() { <p class="empty">{ t("eval-findings-empty") }</p> }
                <ol>{ for e.findings.iter().map(|f| html! {
                    <li><span dir="auto">{ f.text.clone() }</span><br /><span class="meta">{ prevalence_text(&ctx, e, f) }</span>
                        { for e.interviews.iter().flat_map(|iv| iv.quotes.iter().filter(|q| !f.theme.is_empty() && q.themes.iter().any(|x| ev::same_theme(x, &f.theme))).map(move |q| (iv, q))).take(2).map(|(iv, q)| html! {
                            <blockquote dir="auto">{ format!("“{}”", q.text) }<footer class="meta"><bdi>{ iv.who.clone() }</bdi></footer></blockquote>
                        }) }
                    </li>
                }) }</ol>
                <h3 class="sub">{ t("eval-recommendations") }</h3>
                <ol>{ for e.recommendations.iter().map(|r| html! {
                    <li><span dir="auto">{ r.text.clone() }</span>
                        if !r.findings.is_empty() { <br /><span class="meta">{ ctx.tr.t_args("eval-rec-based", &[("list",
                            r.findings.iter().map(|id| e.findings.iter().position(|f| &f.id == id).map(|p| (p + 1).to_string()).unwrap_or_else(|| ctx.t("eval-removed"))).collect::<Vec<_>>().join(", ").as_str().into())]) }</span> }
                    </li>
                }) }</ol>
            </section>
        </article>
    }
}
