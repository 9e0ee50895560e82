//! The one renderer of instruments: the instrument page (rounds, responses, results and their
//! comparison) and the response form, for every instrument of the library.

use std::rc::Rc;

use shutaf::command::Command;
use shutaf::i18n::Arg;
use shutaf::instrument::results::{self as res, StageResult};
use shutaf::instrument::{AnswerKind, Ideal, Instrument, Item, Scope, Shape};
use shutaf::model::{Answer, Date, Id, Plan, Response, Round, Subject, Task};
use yew::prelude::*;

use crate::app::{AppCtx, Msg, Sub};
use crate::browser::{self, event_value};

fn fmt1(x: f64) -> String {
    format!("{x:.1}")
}

fn subject_name(ctx: &AppCtx, plan: &Plan, s: &Subject) -> String {
    match s {
        Subject::Plan => ctx.t("response-subject-plan"),
        Subject::Partner(id) => plan.partner(id).map(|p| p.name.clone()).unwrap_or_default(),
        Subject::Person(id) => plan.person(id).map(|p| p.name.clone()).unwrap_or_default(),
    }
}

/// The badge of an instrument's shape, with the note that the scale is Shutaf's where it is.
pub fn shape_badge(ctx: &AppCtx, ins: &Instrument) -> Html {
    html! { <span class={classes!("shape-badge", format!("shape-{}", ins.shape.key()))}>{ ctx.t(&format!("shape-{}", ins.shape.key())) }</span> }
}

#[derive(Properties, PartialEq)]
pub struct InstrumentPageProps {
    pub plan: Rc<Plan>,
    pub instrument: String,
}

#[component]
pub fn InstrumentPage(props: &InstrumentPageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let compare = use_state(|| None::<Id>);
    let Some(ins) = ctx.instrument(&props.instrument).cloned() else {
        return html! {};
    };
    let plan = &props.plan;
    let t = |id: &str| ctx.t(id);
    let rounds: Vec<&Round> = plan
        .rounds
        .iter()
        .filter(|r| r.instrument == ins.id)
        .collect();
    let back = ctx.send.reform(|_| Msg::Show(Sub::Overview));
    let print = ctx.send.reform(|_| Msg::Print);

    // Start a round.
    let new_round = {
        let plan_id = plan.id.clone();
        let ins_id = ins.id.clone();
        let default_name = ctx
            .tr
            .t_args("round-new-default", &[("n", (rounds.len() + 1).into())]);
        ctx.exec(move |e: SubmitEvent| {
            e.prevent_default();
            let input = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("round-name"));
            let input = input
                .and_then(|i| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(i).ok());
            let name = input
                .as_ref()
                .map(|i| i.value())
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| default_name.clone());
            // Cleared like every other add field, ready for the next round's name.
            if let Some(i) = &input {
                i.set_value("");
            }
            Some(Command::AddRound {
                plan_id: plan_id.clone(),
                round: Round {
                    id: browser::new_id("round"),
                    instrument: ins_id.clone(),
                    name,
                    date: Some(browser::today_date()),
                },
                index: None,
            })
        })
    };

    // The latest round with answers, compared with the one the user picks.
    let with_answers: Vec<&Round> = rounds
        .iter()
        .copied()
        .filter(|r| plan.responses.iter().any(|x| x.round == r.id))
        .collect();
    let latest = with_answers.last().copied();
    let results = match latest {
        None => html! { <p class="empty">{ t("results-none") }</p> },
        Some(round) => {
            let now = res::round_responses(plan, &round.id);
            let then_round = compare
                .as_ref()
                .and_then(|id| rounds.iter().find(|r| &r.id == id))
                .filter(|r| r.id != round.id);
            let then = then_round.map(|r| res::round_responses(plan, &r.id));
            let choices: Vec<&Round> = with_answers
                .iter()
                .copied()
                .filter(|r| r.id != round.id)
                .collect();
            let on_compare = {
                let compare = compare.clone();
                Callback::from(move |e: Event| {
                    let v = event_value(&e);
                    compare.set((!v.is_empty()).then(|| Id::new(v)));
                })
            };
            html! {
                <>
                    <p class="meta">
                        { ctx.tr.t_args("results-of-round", &[("round", round.name.as_str().into())]) }
                        { " · " }
                        { ctx.tr.t_args("results-respondents", &[("count", now.len().into())]) }
                    </p>
                    if !choices.is_empty() {
                        <div class="field compare">
                            <label for="compare-round">{ t("results-compare") }</label>
                            <select id="compare-round" onchange={on_compare}>
                                <option value="" selected={compare.is_none()}>{ t("results-compare-none") }</option>
                                { for choices.iter().map(|r| html! {
                                    <option value={r.id.0.clone()} selected={compare.as_ref() == Some(&r.id)}>{ r.name.clone() }</option>
                                }) }
                            </select>
                        </div>
                    }
                    { results_view(&ctx, plan, &ins, &now, then.as_deref(), then_round.map(|r| r.name.as_str())) }
                </>
            }
        }
    };

    html! {
        <article class="instrument-page">
            <p><button class="linklike back" onclick={back}>{ t("instrument-back") }</button>{ " · " }<bdi>{ plan.name.clone() }</bdi></p>
            <h1 tabindex="-1">{ ctx.tx(&ins.title) }</h1>
            <p>{ shape_badge(&ctx, &ins) }</p>
            <p class="intro">{ ctx.tx(&ins.intro) }</p>
            <p class="source-note"><strong>{ t("instrument-source") }{ ": " }</strong>{ ctx.tx(&ins.source_note) }</p>
            if ins.shutaf_scale {
                <p class="scale-note">{ t("scale-note") }</p>
            }
            <section class="plan-section" aria-labelledby="h-rounds">
                <h2 id="h-rounds">{ t("rounds-title") }</h2>
                if rounds.is_empty() {
                    <p class="empty">{ t("round-empty") }</p>
                }
                <ul class="round-list">
                    { for rounds.iter().map(|r| html! { <RoundCard key={r.id.0.clone()} plan={plan.clone()} round={(*r).clone()} instrument={ins.id.clone()} /> }) }
                </ul>
                <form class="add-form" onsubmit={new_round}>
                    <label for="round-name">{ t("round-new-name") }</label>
                    <input id="round-name" name="round-name" dir="auto"
                        placeholder={ctx.tr.t_args("round-new-default", &[("n", (rounds.len() + 1).into())])} />
                    <button type="submit" class="primary">{ t("round-add") }</button>
                </form>
            </section>
            <section class="plan-section results" aria-labelledby="h-results">
                <div class="section-head">
                    <h2 id="h-results">{ t("results-title") }</h2>
                    <button onclick={print}>{ t("print") }</button>
                </div>
                { results }
                if let Some(note) = &ins.results_note {
                    <p class="results-note">{ ctx.tx(note) }</p>
                }
            </section>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct RoundCardProps {
    plan: Rc<Plan>,
    round: Round,
    instrument: String,
}

#[component]
fn RoundCard(props: &RoundCardProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let Some(ins) = ctx.instrument(&props.instrument).cloned() else {
        return html! {};
    };
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let round = &props.round;
    let responses = res::round_responses(plan, &round.id);
    let subject_sel = use_state(String::new);
    // What a response can be about: the plan, or one partner or person, as the instrument allows.
    let mut subjects: Vec<(String, String)> = Vec::new();
    for scope in &ins.scope {
        match scope {
            Scope::Plan => subjects.push(("plan".into(), t("response-subject-plan"))),
            Scope::Partner => subjects.extend(
                plan.partners
                    .iter()
                    .map(|p| (format!("partner:{}", p.id), p.name.clone())),
            ),
            Scope::Person => subjects.extend(
                plan.people
                    .iter()
                    .map(|p| (format!("person:{}", p.id), p.name.clone())),
            ),
        }
    }
    let add = {
        let plan_id = plan.id.clone();
        let round_id = round.id.clone();
        let ins_id = ins.id.clone();
        let sel = (*subject_sel).clone();
        let first = subjects
            .first()
            .map(|s| s.0.clone())
            .unwrap_or_else(|| "plan".into());
        let send = ctx.send.clone();
        Callback::from(move |_: MouseEvent| {
            let key = if sel.is_empty() {
                first.clone()
            } else {
                sel.clone()
            };
            let subject = subject_of(&key);
            let id = browser::new_id("response");
            let response = Response {
                id: id.clone(),
                instrument: ins_id.clone(),
                round: round_id.clone(),
                subject,
                ..Default::default()
            };
            send.emit(Msg::ExecThen(
                Command::AddResponse {
                    plan_id: plan_id.clone(),
                    response,
                    index: None,
                },
                Sub::Response(id),
            ));
        })
    };
    let remove_round = {
        let (plan_id, round_id) = (plan.id.clone(), round.id.clone());
        ctx.exec(move |_: MouseEvent| {
            Some(Command::RemoveRound {
                plan_id: plan_id.clone(),
                round_id: round_id.clone(),
            })
        })
    };
    let on_subject = {
        let s = subject_sel.clone();
        Callback::from(move |e: Event| s.set(event_value(&e)))
    };
    let subject_id = format!("subject-{}", round.id);
    // What "Add a response" will use: the choice made, or the first subject.
    let effective = if subject_sel.is_empty() {
        subjects.first().map(|s| s.0.clone()).unwrap_or_default()
    } else {
        (*subject_sel).clone()
    };
    html! {
        <li class="round">
            <h3><bdi>{ round.name.clone() }</bdi>
                if let Some(d) = &round.date { <span class="meta">{ " · " }{ d.as_str() }</span> }
            </h3>
            if responses.is_empty() {
                <p class="empty">{ t("round-no-responses") }</p>
            }
            <ul class="response-list">
                { for responses.iter().map(|r| {
                    let (answered, total) = res::completion(&ins, r);
                    let open = { let id = r.id.clone(); ctx.send.reform(move |_| Msg::Show(Sub::Response(id.clone()))) };
                    let remove = {
                        let (plan_id, response_id) = (plan.id.clone(), r.id.clone());
                        ctx.exec(move |_: MouseEvent| Some(Command::RemoveResponse { plan_id: plan_id.clone(), response_id: response_id.clone() }))
                    };
                    let who = if r.respondent.is_empty() { t("response-anonymous") } else { r.respondent.clone() };
                    html! {
                        <li key={r.id.0.clone()} class="response-row">
                            <span dir="auto" class="entity-name">{ who }</span>
                            <span class="meta">{ subject_name(&ctx, plan, &r.subject) }</span>
                            <span class="meta">{ ctx.tr.t_args("response-progress", &[("answered", answered.into()), ("total", total.into())]) }</span>
                            <button class="primary" onclick={open}>{ t("response-open") }</button>
                            <button class="danger" onclick={remove}>{ t("response-remove") }</button>
                        </li>
                    }
                }) }
            </ul>
            <div class="add-form">
                if subjects.len() > 1 {
                    <label for={subject_id.clone()}>{ t("response-for") }</label>
                    <select id={subject_id} onchange={on_subject}>
                        { for subjects.iter().map(|(v, name)| html! { <option value={v.clone()} selected={*v == effective}>{ name }</option> }) }
                    </select>
                }
                <button class="primary" onclick={add}>{ t("response-add") }</button>
                <button class="danger" onclick={remove_round}>{ t("round-remove") }</button>
            </div>
            <crate::workshop::MakeLink of={crate::workshop::LinkOf::Invitation(shutaf::workshop::Invitation {
                instrument: round.instrument.clone(),
                round: round.id.clone(),
                round_name: round.name.clone(),
                plan_name: plan.name.clone(),
                subject: subject_of(&effective),
                subject_name: subjects.iter().find(|s| s.0 == effective && s.0 != "plan").map(|s| s.1.clone()).unwrap_or_default(),
                lang: ctx.lang().code().to_string(),
            })} />
            <crate::workshop::Collect plan={plan.clone()} round={round.clone()} />
        </li>
    }
}

/// The subject a choice of the round card's list stands for (`plan`, `partner:<id>`, `person:<id>`).
fn subject_of(key: &str) -> Subject {
    match key.split_once(':') {
        Some(("partner", id)) => Subject::Partner(Id::new(id)),
        Some(("person", id)) => Subject::Person(Id::new(id)),
        _ => Subject::Plan,
    }
}

/// The results of one round (and, optionally, how they changed since an earlier round).
fn results_view(
    ctx: &AppCtx,
    plan: &Plan,
    ins: &Instrument,
    now: &[&Response],
    then: Option<&[&Response]>,
    then_name: Option<&str>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let item_text = |id: &str| {
        ins.item(id)
            .map(|i| ctx.tx(&i.text).to_string())
            .unwrap_or_default()
    };
    let section_title = |id: &str| {
        ins.sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| ctx.tx(&s.title).to_string())
            .unwrap_or_default()
    };
    let mut parts: Vec<Html> = Vec::new();

    match ins.shape {
        Shape::StagedModel => parts.push(stage_view(
            ctx,
            ins,
            &res::staged(ins, now),
            then.map(|th| res::staged(ins, th)),
            then_name,
        )),
        Shape::Classifier => {
            if let Some(p) = res::classify(ins, now) {
                let stage = &ins.stages[p.level];
                let before = then.and_then(|th| res::classify(ins, th));
                parts.push(html! {
                    <div class="placement">
                        <ol class="ladder" aria-label={t("results-ladder")}>
                            { for ins.stages.iter().enumerate().map(|(i, s)| html! {
                                <li class={classes!((i == p.level).then_some("current"), (i < p.level).then_some("below"))}
                                    aria-current={(i == p.level).then_some("step")}>
                                    <span class="ladder-n">{ i + 1 }</span>{ " " }{ ctx.tx(&s.title) }
                                    if before.as_ref().is_some_and(|b| b.level == i) && i != p.level {
                                        <span class="badge">{ t("results-then") }</span>
                                    }
                                </li>
                            }) }
                        </ol>
                        <div>
                            <p class="headline">{ ctx.tr.t_args("results-level", &[("level", (p.level + 1).into()), ("title", ctx.tx(&stage.title).into())]) }</p>
                            <p>{ ctx.tx(&stage.description) }</p>
                            <h3>{ t("results-why") }</h3>
                                                        <ul>
                                { for grouped_votes(&p.votes).into_iter().map(|(item, levels)| html! {
                                    <li>{ item_text(&item) }{ " — " }{ ctx.tr.t_args("results-answer-points", &[("level", levels.as_str().into())]) }</li>
                                }) }
                            </ul>
                            if let Some(next) = ins.stages.get(p.level + 1) {
                                <h3>{ t("results-next-level") }{ ": " }{ ctx.tx(&next.title) }</h3>
                                <p>{ ctx.tx(&next.description) }</p>
                                if let Some(n) = &next.next_step { <p><strong>{ t("results-next-step") }{ ": " }</strong>{ ctx.tx(n) }</p> }
                            }
                        </div>
                    </div>
                });
            }
        }
        _ => {}
    }

    // Checklists (and yes/no rows anywhere): what is done and what remains.
    let progress = res::checklist(ins, now);
    if !progress.is_empty() && ins.shape != Shape::StagedModel {
        let before = then.map(|th| res::checklist(ins, th));
        parts.push(html! {
            <div class="checklist-results">
                { for progress.iter().map(|s| {
                    let was = before.as_ref().and_then(|b| b.iter().find(|x| x.section == s.section)).map(|x| x.done);
                    html! {
                        <div class="progress-block">
                            <h3>{ section_title(&s.section) }</h3>
                            <p>
                                <meter min="0" max={s.total.to_string()} value={s.done.to_string()}
                                    aria-label={section_title(&s.section)}></meter>
                                { " " }{ ctx.tr.t_args("results-done", &[("done", s.done.into()), ("total", s.total.into())]) }
                                if let Some(w) = was { <span class="meta">{ " · " }{ t("results-then") }{ ": " }{ w }</span> }
                            </p>
                            if s.remaining.is_empty() {
                                <p class="all-done">{ t("results-all-done") }</p>
                            } else {
                                <p class="meta">{ t("results-remaining") }</p>
                                <ul class="remaining">{ for s.remaining.iter().map(|i| html! { <li>{ item_text(i) }</li> }) }</ul>
                            }
                        </div>
                    }
                }) }
            </div>
        });
    }

    // Ratings: per item and per section, the mean, spread and disagreement.
    let stats = res::item_stats(ins, now);
    if stats.iter().any(|s| s.n > 0 || s.dont_know > 0) {
        let before = then.map(|th| res::item_stats(ins, th));
        let sections = res::section_means(ins, &stats);
        let disagree = res::disagreement(&stats, 3);
        parts.push(html! {
            <div class="ratings">
                if !sections.is_empty() {
                    <h3>{ t("results-section-mean") }</h3>
                    <ul class="section-means">
                        { for sections.iter().map(|(id, mean, _)| html! {
                            <li>{ section_title(id) }{ ": " }<strong>{ mean.map(fmt1).unwrap_or_else(|| "—".into()) }</strong></li>
                        }) }
                    </ul>
                }
                <table class="stats">
                    <caption class="visually-hidden">{ t("results-title") }</caption>
                    <thead><tr>
                        <th scope="col">{ t("results-item") }</th>
                        <th scope="col">{ t("results-mean") }</th>
                        <th scope="col">{ t("results-spread") }</th>
                        <th scope="col">{ t("results-n") }</th>
                        <th scope="col">{ t("results-dont-know") }</th>
                        if then.is_some() { <th scope="col">{ t("results-change") }</th> }
                    </tr></thead>
                    <tbody>
                        { for stats.iter().map(|s| {
                            let was = before.as_ref().and_then(|b| b.iter().find(|x| x.item == s.item)).and_then(|x| x.mean);
                            let change = match (s.mean, was) { (Some(a), Some(b)) => format!("{:+.1}", a - b), _ => "—".into() };
                            html! {
                                <tr>
                                    <th scope="row">{ item_text(&s.item) }</th>
                                    <td>{ s.mean.map(fmt1).unwrap_or_else(|| "—".into()) }
                                        // A meter, not a styled bar: the CSP allows no inline style.
                                        if let (Some(m), true) = (s.mean, ins.item(&s.item).is_some_and(|i| i.answer == AnswerKind::Agree)) {
                                            <meter class="bar" min="1" max="5" value={m.to_string()} aria-hidden="true"></meter>
                                        }
                                    </td>
                                    <td>{ s.sd.map(fmt1).unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ s.n }</td>
                                    <td>{ s.dont_know }</td>
                                    if then.is_some() { <td>{ change }</td> }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if !disagree.is_empty() {
                    <h3>{ t("results-disagreement") }</h3>
                    <ul>{ for disagree.iter().map(|s| html! {
                        <li>{ item_text(&s.item) }{ " — " }{ t("results-spread") }{ " " }{ s.sd.map(fmt1).unwrap_or_default() }
                            { " (" }{ s.counts.iter().enumerate().filter(|(_, c)| **c > 0).map(|(i, c)| format!("{}×{}", c, i + 1)).collect::<Vec<_>>().join(", ") }{ ")" }</li>
                    }) }</ul>
                }
            </div>
        });
    }

    // Choices: the distribution of answers; ideals; free texts, by respondent.
    for item in ins.items() {
        match &item.answer {
            AnswerKind::Single { .. } | AnswerKind::Multi { .. }
                if ins.shape != Shape::Classifier =>
            {
                let dist = res::distribution(ins, &item.id, now);
                if dist.iter().all(|(_, c)| *c == 0) {
                    continue;
                }
                let gaps: Vec<res::IdealGap> = now
                    .iter()
                    .flat_map(|r| res::ideal_gaps(ins, r))
                    .filter(|g| g.item == item.id)
                    .collect();
                parts.push(html! {
                    <div class="distribution">
                        <h3>{ ctx.tx(&item.text) }</h3>
                        <ul>{ for dist.iter().map(|(opt, count)| {
                            let text = item.answer.options().iter().find(|o| &o.id == opt).map(|o| ctx.tx(&o.text).to_string()).unwrap_or_default();
                            html! { <li>{ text }{ ": " }<strong>{ count }</strong></li> }
                        }) }</ul>
                        { ideas_view(ctx, plan, ins, now, &item.id) }
                        if let Some(ideal) = &item.ideal {
                            <p class="ideal">
                                <strong>{ t("results-ideal") }{ ": " }</strong>
                                { ctx.tx(match ideal { Ideal::Range { text, .. } | Ideal::Near { text, .. } => text }) }
                                { for gaps.iter().map(|g| html! {
                                    <span class={classes!("badge", (g.gap != 0).then_some("warn"))}>
                                        { if g.gap == 0 { t("results-ideal-ok") } else { ctx.tr.t_args("results-ideal-gap", &[("gap", Arg::Num(g.gap as f64))]) } }
                                    </span>
                                }) }
                            </p>
                        }
                    </div>
                });
            }
            AnswerKind::Text { .. }
            | AnswerKind::Actions { .. }
            | AnswerKind::Date
            | AnswerKind::Number { .. } => {
                let answers: Vec<(String, String)> = now
                    .iter()
                    .filter_map(|r| {
                        let text = match r.answers.get(&item.id)? {
                            Answer::Text(t) if !t.trim().is_empty() => t.clone(),
                            Answer::Actions(a) if !a.iter().all(|x| x.trim().is_empty()) => a
                                .iter()
                                .filter(|x| !x.trim().is_empty())
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(" · "),
                            Answer::Date(d) => d.0.clone(),
                            Answer::Number(n) => n.to_string(),
                            _ => return None,
                        };
                        let who = if r.respondent.is_empty() {
                            t("response-anonymous")
                        } else {
                            r.respondent.clone()
                        };
                        Some((who, text))
                    })
                    .collect();
                if answers.is_empty()
                    || matches!(item.answer, AnswerKind::Number { .. })
                        && ins.shape == Shape::SelfAssessment
                {
                    continue;
                }
                parts.push(html! {
                    <div class="text-answers">
                        <h3>{ ctx.tx(&item.text) }</h3>
                        <ul>{ for answers.iter().map(|(who, text)| html! {
                            <li><span class="meta" dir="auto">{ who.clone() }{ ": " }</span><span dir="auto" class="answer-text">{ text.clone() }</span></li>
                        }) }</ul>
                    </div>
                });
            }
            _ => {}
        }
    }
    if let Some(name) = then_name {
        parts.insert(0, html! { <p class="compare-note">{ ctx.tr.t_args("results-comparing", &[("round", name.into())]) }</p> });
    }
    html! { <div class="results-body">{ for parts }</div> }
}

/// The levels each question's answers point to, in question order: `("origin", "4, 6")`.
fn grouped_votes(votes: &[(String, usize)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for (item, level) in votes {
        match out.iter_mut().find(|(i, _)| i == item) {
            Some((_, levels)) => levels.push(level + 1),
            None => out.push((item.clone(), vec![level + 1])),
        }
    }
    out.into_iter()
        .map(|(item, mut levels)| {
            levels.sort_unstable();
            (
                item,
                levels
                    .iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })
        .collect()
}

fn stage_view(
    ctx: &AppCtx,
    ins: &Instrument,
    r: &StageResult,
    then: Option<StageResult>,
    then_name: Option<&str>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let current = r
        .current
        .map(|i| ctx.tx(&ins.stages[i].title).to_string())
        .unwrap_or_else(|| t("results-no-stage"));
    let item_text = |id: &str| {
        ins.item(id)
            .map(|i| ctx.tx(&i.text).to_string())
            .unwrap_or_default()
    };
    html! {
        <div class="placement">
            <ol class="ladder" aria-label={t("results-ladder")}>
                { for ins.stages.iter().enumerate().map(|(i, s)| html! {
                    <li class={classes!(r.reached[i].then_some("reached"), (Some(i) == r.current).then_some("current"))}
                        aria-current={(Some(i) == r.current).then_some("step")}>
                        <span class="ladder-n">{ if r.reached[i] { "✓".to_string() } else { (i + 1).to_string() } }</span>
                        { " " }{ ctx.tx(&s.title) }
                        if then.as_ref().is_some_and(|th| th.current == Some(i)) && r.current != Some(i) {
                            <span class="badge">{ t("results-then") }{ then_name.map(|n| format!(" ({n})")).unwrap_or_default() }</span>
                        }
                    </li>
                }) }
            </ol>
            <div>
                <p class="headline">{ t("results-current-stage") }{ ": " }<strong>{ current }</strong></p>
                if let Some(i) = r.current { <p>{ ctx.tx(&ins.stages[i].description) }</p> }
                if r.out_of_order { <p class="badge warn">{ t("results-out-of-order") }</p> }
                if let Some(n) = r.next {
                    <h3>{ t("results-next-step") }{ ": " }{ ctx.tx(&ins.stages[n].title) }</h3>
                    if let Some(step) = &ins.stages[n].next_step { <p>{ ctx.tx(step) }</p> }
                    <p class="meta">{ t("results-evidence-missing") }</p>
                    <ul class="remaining">
                        { for r.evidence[n].iter().filter(|(_, met)| !*met).map(|(id, _)| html! { <li>{ item_text(id) }</li> }) }
                    </ul>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResponsePageProps {
    pub plan: Rc<Plan>,
    pub response: Id,
}

/// Filling one response: every item of the instrument, by its kind of answer.
#[component]
pub fn ResponsePage(props: &ResponsePageProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let plan = &props.plan;
    let Some(r) = plan.responses.iter().find(|r| r.id == props.response) else {
        return html! {};
    };
    let Some(ins) = ctx.instrument(&r.instrument).cloned() else {
        return html! {};
    };
    let t = |id: &str| ctx.t(id);
    let round = plan.rounds.iter().find(|x| x.id == r.round);
    let back = {
        let id = ins.id.clone();
        ctx.send
            .reform(move |_| Msg::Show(Sub::Instrument(id.clone())))
    };
    let on_respondent = {
        let (plan_id, response_id) = (plan.id.clone(), r.id.clone());
        ctx.exec(move |e: Event| {
            Some(Command::SetRespondent {
                plan_id: plan_id.clone(),
                response_id: response_id.clone(),
                respondent: event_value(&e),
            })
        })
    };
    let set: SetAnswer = Rc::new({
        let (plan_id, response_id, send) = (plan.id.clone(), r.id.clone(), ctx.send.clone());
        move |item: String, answer: Option<Answer>| {
            send.emit(Msg::Exec(Command::SetAnswer {
                plan_id: plan_id.clone(),
                response_id: response_id.clone(),
                item,
                answer,
            }))
        }
    });
    let meta = html! {
        <>
            <bdi>{ plan.name.clone() }</bdi>
            if let Some(round) = round { { " · " }<bdi>{ round.name.clone() }</bdi> }
            { " · " }{ subject_name(&ctx, plan, &r.subject) }
        </>
    };
    html! {
        <article class="response-page">
            <p><button class="linklike back" onclick={back.clone()}>{ t("response-done") }</button></p>
            { response_form(&ctx, plan, r, &ins, meta, set, on_respondent) }
            <div class="dialog-actions">
                <button class="primary" onclick={back}>{ t("response-done") }</button>
                <button onclick={ctx.send.reform(|_| Msg::Print)}>{ t("print") }</button>
            </div>
        </article>
    }
}

/// The form of one response, shared by the plan's response page and the respondent view:
/// title, context line (`meta`), intro, the respondent's name and every item.
pub(crate) fn response_form(
    ctx: &AppCtx,
    plan: &Plan,
    r: &Response,
    ins: &Instrument,
    meta: Html,
    set: SetAnswer,
    on_respondent: Callback<Event>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let (answered, total) = res::completion(ins, r);
    html! {
        <>
            <h1 tabindex="-1">{ ctx.tx(&ins.title) }</h1>
            <p class="meta">{ meta }</p>
            <p class="intro">{ ctx.tx(&ins.intro) }</p>
            if ins.shutaf_scale { <p class="scale-note">{ t("scale-note") }</p> }
            <div class="field respondent">
                <label for="respondent">{ t("respondent-label") }</label>
                <input id="respondent" value={r.respondent.clone()} onchange={on_respondent} dir="auto" maxlength="200" />
            </div>
            <p class="progress" role="status">
                <meter min="0" max={total.to_string()} value={answered.to_string()} aria-hidden="true"></meter>
                { " " }{ ctx.tr.t_args("response-progress", &[("answered", answered.into()), ("total", total.into())]) }
            </p>
            <form class="instrument-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for ins.sections.iter().map(|s| html! {
                    <fieldset class="form-section" key={s.id.clone()}>
                        <legend>{ ctx.tx(&s.title) }</legend>
                        if let Some(intro) = &s.intro { <p class="hint">{ ctx.tx(intro) }</p> }
                        { for s.items.iter().map(|item| item_input(ctx, plan, r, item, set.clone())) }
                    </fieldset>
                }) }
            </form>
        </>
    }
}

pub(crate) type SetAnswer = Rc<dyn Fn(String, Option<Answer>)>;

/// One item of the form, drawn by its kind of answer.
pub(crate) fn item_input(
    ctx: &AppCtx,
    plan: &Plan,
    r: &Response,
    item: &Item,
    set: SetAnswer,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let id = format!("q-{}", item.id);
    let current = r.answers.get(&item.id);
    let help = item
        .help
        .as_ref()
        .map(|h| html! { <p class="hint" id={format!("{id}-help")}>{ ctx.tx(h) }</p> });
    let described = item.help.as_ref().map(|_| format!("{id}-help"));
    let key = item.id.clone();
    let text = ctx.tx(&item.text).to_string();
    let body = match &item.answer {
        AnswerKind::Check => {
            let checked = matches!(current, Some(Answer::Check(true)));
            let onchange = {
                let (set, key) = (set.clone(), key.clone());
                Callback::from(move |e: Event| {
                    let i: web_sys::HtmlInputElement = e.target_unchecked_into();
                    set(key.clone(), Some(Answer::Check(i.checked())));
                })
            };
            return html! {
                <div class="item check-item" key={key.clone()}>
                    <input type="checkbox" id={id.clone()} {checked} {onchange} aria-describedby={described} />
                    <label for={id.clone()}>{ text }</label>
                    { help }
                </div>
            };
        }
        AnswerKind::YesNo => {
            let options = [
                ("yes", t("answer-yes"), Answer::YesNo(true)),
                ("no", t("answer-no"), Answer::YesNo(false)),
            ];
            radio_group(&id, &key, &options, current, set.clone())
        }
        AnswerKind::Single { options } => {
            let opts: Vec<(&str, String, Answer)> = options
                .iter()
                .map(|o| {
                    (
                        o.id.as_str(),
                        ctx.tx(&o.text).to_string(),
                        Answer::Choice(o.id.clone()),
                    )
                })
                .collect();
            radio_group(&id, &key, &opts, current, set.clone())
        }
        AnswerKind::Agree => {
            let mut opts: Vec<(String, String, Answer)> = (1..=5u8)
                .map(|v| {
                    (
                        v.to_string(),
                        format!("{v} · {}", t(&format!("agree-{v}"))),
                        Answer::Agree(v),
                    )
                })
                .collect();
            opts.push(("dk".into(), t("agree-dont-know"), Answer::DontKnow));
            let opts: Vec<(&str, String, Answer)> = opts
                .iter()
                .map(|(a, b, c)| (a.as_str(), b.clone(), c.clone()))
                .collect();
            html! { <div class="agree">{ radio_group(&id, &key, &opts, current, set.clone()) }</div> }
        }
        AnswerKind::Multi { options } => {
            let chosen: Vec<String> = match current {
                Some(Answer::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            html! {
                <div class="choices" role="group" aria-labelledby={format!("{id}-label")}>
                    { for options.iter().map(|o| {
                        let checked = chosen.contains(&o.id);
                        let onchange = {
                            let (set, key, chosen, opt) = (set.clone(), key.clone(), chosen.clone(), o.id.clone());
                            let order: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
                            Callback::from(move |e: Event| {
                                let i: web_sys::HtmlInputElement = e.target_unchecked_into();
                                let mut next: Vec<String> = chosen.iter().filter(|c| **c != opt).cloned().collect();
                                if i.checked() { next.push(opt.clone()); }
                                next.sort_by_key(|c| order.iter().position(|o| o == c));
                                set(key.clone(), (!next.is_empty()).then_some(Answer::Choices(next)));
                            })
                        };
                        let oid = format!("{id}-{}", o.id);
                        html! { <span class="choice"><input type="checkbox" id={oid.clone()} {checked} {onchange} /><label for={oid}>{ ctx.tx(&o.text) }</label></span> }
                    }) }
                </div>
            }
        }
        AnswerKind::Text { long } => {
            let value = match current {
                Some(Answer::Text(s)) => s.clone(),
                _ => String::new(),
            };
            let onchange = {
                let (set, key) = (set.clone(), key.clone());
                Callback::from(move |e: Event| {
                    let v = event_value(&e);
                    set(
                        key.clone(),
                        (!v.trim().is_empty()).then_some(Answer::Text(v)),
                    );
                })
            };
            if *long {
                html! { <textarea id={id.clone()} {value} {onchange} rows="3" dir="auto" aria-describedby={described.clone()} /> }
            } else {
                html! { <input id={id.clone()} {value} {onchange} dir="auto" aria-describedby={described.clone()} /> }
            }
        }
        AnswerKind::Date => {
            let value = match current {
                Some(Answer::Date(d)) => d.0.clone(),
                _ => String::new(),
            };
            let onchange = {
                let (set, key) = (set.clone(), key.clone());
                Callback::from(move |e: Event| {
                    set(key.clone(), Date::parse(&event_value(&e)).map(Answer::Date))
                })
            };
            html! { <input type="date" id={id.clone()} {value} {onchange} aria-describedby={described.clone()} /> }
        }
        AnswerKind::Number { min, max } => {
            let value = match current {
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            let onchange = {
                let (set, key) = (set.clone(), key.clone());
                let (min, max) = (*min, *max);
                Callback::from(move |e: Event| {
                    let n = event_value(&e)
                        .trim()
                        .parse::<f64>()
                        .ok()
                        .filter(|n| n.is_finite())
                        .map(|n| min.map_or(n, |m| n.max(m)))
                        .map(|n| max.map_or(n, |m| n.min(m)));
                    set(key.clone(), n.map(Answer::Number));
                })
            };
            html! { <input type="number" id={id.clone()} {value} {onchange} min={min.map(|m| m.to_string())} max={max.map(|m| m.to_string())} aria-describedby={described.clone()} /> }
        }
        AnswerKind::Actions { max } => {
            let list = match current {
                Some(Answer::Actions(a)) => a.clone(),
                _ => Vec::new(),
            };
            let slots = max.unwrap_or(10).clamp(1, 20);
            let shown = (list.len() + 1).min(slots).max(max.unwrap_or(1).min(3));
            let to_tasks = {
                let (plan_id, send, list) = (plan.id.clone(), ctx.send.clone(), list.clone());
                let origin = format!("instrument:{}", r.instrument);
                let existing: Vec<String> = plan.tasks.iter().map(|t| t.title.clone()).collect();
                Callback::from(move |_: MouseEvent| {
                    let cmds: Vec<Command> = list
                        .iter()
                        .filter(|a| !a.trim().is_empty() && !existing.contains(a))
                        .map(|a| Command::AddTask {
                            plan_id: plan_id.clone(),
                            task: Task {
                                id: browser::new_id("task"),
                                title: a.clone(),
                                origin: origin.clone(),
                                ..Default::default()
                            },
                            index: None,
                        })
                        .collect();
                    if !cmds.is_empty() {
                        send.emit(Msg::Exec(Command::Batch(cmds)));
                    }
                })
            };
            let pending = list
                .iter()
                .filter(|a| !a.trim().is_empty() && !plan.tasks.iter().any(|t| &t.title == *a))
                .count();
            html! {
                <div class="actions-list">
                    <ol>
                        { for (0..shown).map(|k| {
                            let value = list.get(k).cloned().unwrap_or_default();
                            let onchange = {
                                let (set, key, list) = (set.clone(), key.clone(), list.clone());
                                Callback::from(move |e: Event| {
                                    let mut next = list.clone();
                                    let v = event_value(&e);
                                    if k < next.len() { next[k] = v; } else { next.push(v); }
                                    let next: Vec<String> = next.into_iter().filter(|a| !a.trim().is_empty()).collect();
                                    set(key.clone(), (!next.is_empty()).then_some(Answer::Actions(next)));
                                })
                            };
                            let aid = format!("{id}-{k}");
                            html! { <li>
                                <label for={aid.clone()} class="visually-hidden">{ ctx.tr.t_args("actions-item", &[("n", (k + 1).into())]) }</label>
                                <input id={aid} {value} {onchange} dir="auto" maxlength="500" />
                            </li> }
                        }) }
                    </ol>
                    // A plan with no id is the respondent view's stand-in: no tasks to make there.
                    if pending > 0 && !plan.id.0.is_empty() {
                        <button type="button" onclick={to_tasks}>{ ctx.tr.t_args("actions-to-tasks", &[("count", pending.into())]) }</button>
                    }
                </div>
            }
        }
    };
    let is_group = matches!(
        item.answer,
        AnswerKind::YesNo
            | AnswerKind::Single { .. }
            | AnswerKind::Agree
            | AnswerKind::Multi { .. }
    );
    let clear = current.is_some().then(|| {
        let (set, key) = (set.clone(), key.clone());
        html! { <button type="button" class="quiet small" onclick={Callback::from(move |_| set(key.clone(), None))}
            aria-label={format!("{} — {}", t("answer-clear"), text)}>{ t("answer-clear") }</button> }
    });
    html! {
        <div class={classes!("item", format!("kind-{}", item.answer.key()))} key={key.clone()}>
            if is_group {
                <p class="item-text" id={format!("{id}-label")}>{ text.clone() }</p>
            } else {
                <label class="item-text" for={id.clone()} id={format!("{id}-label")}>{ text.clone() }</label>
            }
            { help }
            { body }
            { clear.unwrap_or_default() }
        </div>
    }
}

/// Radio buttons for a yes/no, single-choice or agreement item.
fn radio_group(
    id: &str,
    key: &str,
    options: &[(&str, String, Answer)],
    current: Option<&Answer>,
    set: SetAnswer,
) -> Html {
    html! {
        <div class="radio-group" role="radiogroup" aria-labelledby={format!("{id}-label")}>
            { for options.iter().map(|(v, label, answer)| {
                let oid = format!("{id}-{v}");
                let checked = current == Some(answer);
                let onchange = {
                    let (set, key, answer) = (set.clone(), key.to_string(), answer.clone());
                    Callback::from(move |_: Event| set(key.clone(), Some(answer.clone())))
                };
                html! {
                    <span class="choice">
                        <input type="radio" id={oid.clone()} name={id.to_string()} {checked} {onchange} />
                        <label for={oid}>{ label.clone() }</label>
                    </span>
                }
            }) }
        </div>
    }
}

/// The ideas of the options chosen for one item (by any respondent), each one click from
/// becoming a task of the plan.
pub fn ideas_view(
    ctx: &AppCtx,
    plan: &Plan,
    ins: &Instrument,
    responses: &[&Response],
    item: &str,
) -> Html {
    let mut seen: Vec<(&str, &shutaf::instrument::Idea)> = Vec::new();
    for r in responses {
        for chosen in shutaf::profile::ideas_of(ins, r)
            .into_iter()
            .filter(|c| c.item == item)
        {
            if !seen
                .iter()
                .any(|(o, i)| *o == chosen.option && std::ptr::eq(*i, chosen.idea))
            {
                seen.push((chosen.option, chosen.idea));
            }
        }
    }
    if seen.is_empty() {
        return html! {};
    }
    let t = |id: &str| ctx.t(id);
    let options = ins
        .item(item)
        .map(|i| i.answer.options().to_vec())
        .unwrap_or_default();
    let mut groups: Vec<&str> = seen.iter().map(|(o, _)| *o).collect();
    groups.dedup();
    html! {
        <div class="ideas">
            <h4>{ t("ideas-title") }</h4>
            { for groups.into_iter().map(|option| {
                let title = options.iter().find(|o| o.id == option).map(|o| ctx.tx(&o.text).to_string()).unwrap_or_default();
                html! {
                    <div class="idea-group" key={option.to_string()}>
                        <p class="idea-option">{ title }</p>
                        <ul>
                            { for seen.iter().filter(|(o, _)| *o == option).map(|(o, idea)| {
                                let text = ctx.tx(&idea.text).to_string();
                                let exists = plan.tasks.iter().any(|task| task.title == text);
                                let add = {
                                    let plan_id = plan.id.clone();
                                    let origin = format!("idea:{}/{}", ins.id, o);
                                    let title = text.clone();
                                    ctx.exec(move |_: MouseEvent| Some(Command::AddTask {
                                        plan_id: plan_id.clone(),
                                        task: Task { id: browser::new_id("task"), title: title.clone(), origin: origin.clone(), ..Default::default() },
                                        index: None,
                                    }))
                                };
                                html! {
                                    <li>
                                        if let Some(h) = idea.horizon { <span class="badge">{ t(&format!("horizon-{}", h.key())) }</span>{ " " } }
                                        <span dir="auto">{ text.clone() }</span>{ " " }
                                        if exists {
                                            <span class="meta">{ t("idea-is-task") }</span>
                                        } else {
                                            <button class="small" onclick={add} aria-label={format!("{} — {}", t("idea-to-task"), text)}>{ t("idea-to-task") }</button>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </div>
    }
}

/// How an answer reads, in the interface's language.
pub fn answer_text(ctx: &AppCtx, item: &Item, answer: &Answer) -> String {
    let opt = |id: &str| {
        item.answer
            .options()
            .iter()
            .find(|o| o.id == id)
            .map(|o| ctx.tx(&o.text).to_string())
            .unwrap_or_default()
    };
    match answer {
        Answer::Check(b) | Answer::YesNo(b) => ctx.t(if *b { "answer-yes" } else { "answer-no" }),
        Answer::Text(t) => t.clone(),
        Answer::Choice(c) => opt(c),
        Answer::Choices(cs) => cs.iter().map(|c| opt(c)).collect::<Vec<_>>().join(", "),
        Answer::Agree(v) => format!("{v} · {}", ctx.t(&format!("agree-{v}"))),
        Answer::DontKnow => ctx.t("agree-dont-know"),
        Answer::Date(d) => d.0.clone(),
        Answer::Number(n) => n.to_string(),
        Answer::Actions(a) => a.join(" · "),
    }
}

#[derive(Properties, PartialEq)]
pub struct PassportProps {
    pub plan: Rc<Plan>,
}

/// The partnership passport: the profile card on one printable page, with the place on the
/// sharing continuum, the size class, the profile's warnings and the ideas that follow.
#[component]
pub fn PassportPage(props: &PassportProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let back = ctx.send.reform(|_| Msg::Show(Sub::Overview));
    let open = |id: &str| {
        let id = id.to_string();
        ctx.send
            .reform(move |_| Msg::Show(Sub::Instrument(id.clone())))
    };
    let profile = shutaf::profile::profile(plan, &ctx.library);
    let dates = match (&plan.start_date, &plan.end_date) {
        (None, None) => t("plan-no-dates"),
        (s, e) => ctx.tr.t_args(
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
    let body = match &profile {
        None => html! {
            <div class="passport-missing">
                <p>{ t("passport-missing") }</p>
                <button class="primary" onclick={open(shutaf::profile::PROFILE)}>{ t("passport-fill") }</button>
            </div>
        },
        Some(p) => {
            let warnings: Vec<_> = res::warnings(plan, &ctx.library)
                .into_iter()
                .filter(|w| w.instrument.id == shutaf::profile::PROFILE && w.dismissed.is_none())
                .collect();
            let continuum = match &p.continuum {
                Some((c, placement)) => html! {
                    <p class="headline">{ ctx.tr.t_args("results-level", &[("level", (placement.level + 1).into()), ("title", ctx.tx(&c.stages[placement.level].title).into())]) }</p>
                },
                None => html! {
                    <p>{ t("passport-continuum-missing") }{ " " }
                        <button class="small" onclick={open(shutaf::profile::CONTINUUM)}>{ t("passport-place") }</button></p>
                },
            };
            let size = p.size.map(|class| {
                let count = p
                    .response
                    .answers
                    .get(shutaf::profile::SCHOOL_COUNT)
                    .and_then(Answer::as_number)
                    .unwrap_or_default();
                ctx.tr.t_args(
                    "passport-size",
                    &[
                        ("count", Arg::Num(count)),
                        ("class", t(&format!("size-{}", class.key())).as_str().into()),
                    ],
                )
            });
            let responses = [p.response];
            html! {
                <>
                    <section class="plan-section" aria-labelledby="h-continuum">
                        <h2 id="h-continuum">{ t("passport-continuum") }</h2>
                        { continuum }
                        if let Some(size) = size { <p><strong>{ size }</strong></p> }
                    </section>
                    if !warnings.is_empty() {
                        <section class="plan-section warnings" aria-labelledby="h-passport-warnings">
                            <h2 id="h-passport-warnings">{ t("passport-warnings") }</h2>
                            <ul>{ for warnings.iter().map(|w| html! {
                                <li><strong>{ ctx.tx(&w.rule.message) }</strong><br /><span class="meta">{ t("warning-source") }{ " " }{ ctx.tx(&w.rule.source) }</span></li>
                            }) }</ul>
                        </section>
                    }
                    { for p.instrument.sections.iter().map(|s| {
                        let rows: Vec<Html> = s.items.iter().filter_map(|item| {
                            let a = p.response.answers.get(&item.id).filter(|a| !a.is_empty())?;
                            Some(html! {
                                <div class="passport-row" key={item.id.clone()}>
                                    <dt>{ ctx.tx(&item.text) }</dt>
                                    <dd>
                                        <span dir="auto">{ answer_text(&ctx, item, a) }</span>
                                        // What the answer means, in the seed's terms (a lead's typical agenda…).
                                        if let Some(help) = &item.help { <span class="hint passport-hint">{ ctx.tx(help) }</span> }
                                    </dd>
                                </div>
                            })
                        }).collect();
                        html! {
                            <section class="plan-section" key={s.id.clone()}>
                                <h2>{ ctx.tx(&s.title) }</h2>
                                if rows.is_empty() { <p class="empty">{ t("passport-section-empty") }</p> } else { <dl class="passport">{ for rows }</dl> }
                                { for s.items.iter().map(|item| ideas_view(&ctx, plan, p.instrument, &responses, &item.id)) }
                            </section>
                        }
                    }) }
                    <p class="meta">{ ctx.tr.t_args("results-of-round", &[("round", p.round.name.as_str().into())]) }
                        { " · " }<button class="linklike" onclick={open(shutaf::profile::PROFILE)}>{ t("passport-edit") }</button></p>
                </>
            }
        }
    };
    html! {
        <article class="passport-page">
            <p><button class="linklike back" onclick={back}>{ t("instrument-back") }</button></p>
            <h1 tabindex="-1">{ t("passport-title") }</h1>
            <p class="passport-name"><bdi>{ plan.name.clone() }</bdi></p>
            <p>
                <span class="kind-badge">{ t(&format!("kind-{}", plan.kind.key())) }</span>
                <span class="meta">{ " · " }{ dates }</span>
            </p>
            <div class="section-head"><span></span><button onclick={ctx.send.reform(|_| Msg::Print)}>{ t("print") }</button></div>
            { body }
        </article>
    }
}
