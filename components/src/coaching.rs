//! The coaching partnership's page: sessions on the GROW template, the calendar, the year's
//! rhythm, goals, the agreements, search and the export without coaching notes. Everything it
//! shows is derived in the core ([`shutaf::coaching`]); every change is one `Put` command.

use std::rc::Rc;

use shutaf::coaching::{self as co, Cadence, Filter, Found, Goal, Role, Session, Stage};
use shutaf::command::Command;
use shutaf::model::{Date, Id, Plan};
use shutaf::parts::{Coll, Ent};
use shutaf::text::{MAX_LONG, MAX_MEDIUM, MAX_SHORT};
use yew::prelude::*;

use crate::app::{AppCtx, Msg, Sub};
use crate::browser::{self, event_value};
use crate::plan::AddByName;
use crate::widgets::{Field, Select};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub plan: Rc<Plan>,
}

type Edit<T> = Rc<dyn Fn(&mut T, String)>;

/// A callback that stores `value` changed by `f` as one undoable step.
fn putter<T: Clone + 'static>(
    ctx: &AppCtx,
    plan: &Id,
    value: &T,
    wrap: fn(T) -> Ent,
    f: Edit<T>,
) -> Callback<String> {
    let (plan, value) = (plan.clone(), value.clone());
    ctx.exec(move |v: String| {
        let mut x = value.clone();
        f(&mut x, v);
        Some(Command::put(&plan, wrap(x)))
    })
}

fn opt_id(v: String) -> Option<Id> {
    Id::is_valid(&v).then(|| Id::new(v))
}

fn goal_title(ctx: &AppCtx, g: Option<&Goal>) -> String {
    match g {
        Some(g) if !g.title.is_empty() => g.title.clone(),
        Some(_) => ctx.t("coaching-goal-untitled"),
        None => ctx.t("coaching-removed"),
    }
}

/// A labelled checkbox.
fn check(id: String, label: String, checked: bool, on: Callback<String>) -> Html {
    let onchange = on.reform(|e: Event| {
        let i: web_sys::HtmlInputElement = e.target_unchecked_into();
        if i.checked() { "1" } else { "" }.to_string()
    });
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// The people of the plan as select options, starting with "nobody".
fn people_options(ctx: &AppCtx, plan: &Plan) -> Vec<(AttrValue, String)> {
    std::iter::once((AttrValue::from(""), ctx.t("coaching-nobody")))
        .chain(
            plan.people
                .iter()
                .map(|p| (AttrValue::from(p.id.0.clone()), p.name.clone())),
        )
        .collect()
}

/// Translates a cadence warning.
fn warning_text(ctx: &AppCtx, plan: &Plan, w: &Cadence) -> String {
    let date_of = |id: &Id| {
        plan.coaching
            .sessions
            .iter()
            .find(|s| &s.id == id)
            .and_then(|s| s.date.as_ref())
            .map(|d| d.0.clone())
            .unwrap_or_default()
    };
    let tr = &ctx.tr;
    match w {
        Cadence::Gap { from, to, days } => tr.t_args(
            w.key(),
            &[
                ("from", from.as_str().into()),
                ("to", to.as_str().into()),
                ("days", (*days).into()),
            ],
        ),
        Cadence::Short { session, minutes } => tr.t_args(
            w.key(),
            &[
                ("date", date_of(session).as_str().into()),
                ("minutes", (*minutes as u32).into()),
            ],
        ),
        Cadence::EarlyObservation { session } | Cadence::Unscheduled { session } => {
            tr.t_args(w.key(), &[("date", date_of(session).as_str().into())])
        }
        Cadence::NoCalendar => ctx.t(w.key()),
    }
}

/// The section on the plan page: a summary and the way to the coaching page.
pub fn summary(ctx: &AppCtx, plan: &Plan) -> Html {
    let t = |id: &str| ctx.t(id);
    let c = &plan.coaching;
    let warnings = co::cadence(plan).len();
    html! {
        <section id="section-coaching" class="plan-section" aria-labelledby="h-coaching">
            <h2 id="h-coaching">{ t("section-coaching") }</h2>
            <p class="meta">{ ctx.tr.t_args("coaching-summary", &[
                ("stage", t(&format!("coaching-stage-{}", c.settings.stage.key())).as_str().into()),
                ("sessions", c.sessions.len().into()),
                ("planned", c.calendar.len().into()),
                ("warnings", warnings.into()),
            ]) }</p>
            <button class="primary" onclick={ctx.send.reform(|_| Msg::Show(Sub::Coaching))}>{ t("coaching-open") }</button>
        </section>
    }
}

/// The coaching page.
#[component]
pub fn CoachingPage(props: &Props) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let t = |id: &str| ctx.t(id);
    let plan = &props.plan;
    let open = use_state(|| None::<Id>);
    let form = use_state(|| Series("".into(), "16:00".into(), "5".into(), "1".into()));
    let filter = use_state(Filter::default);
    let include = use_state(|| false);
    let heading = use_node_ref();
    {
        // The page's heading on arrival; the session's when one opens.
        let heading = heading.clone();
        use_effect_with((*open).clone(), move |open| {
            let el = match open {
                Some(_) => web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("h-session"))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()),
                None => heading.cast::<web_sys::HtmlElement>(),
            };
            if let Some(h) = el {
                h.scroll_into_view();
                let _ = h.focus();
            }
        });
    }
    let warnings = co::cadence(plan);
    let sessions = co::sessions(plan);
    let new_session = {
        let (plan_id, open) = (plan.id.clone(), open.clone());
        let coachee = plan
            .coaching
            .participants
            .iter()
            .find(|p| p.role == Role::Coachee)
            .map(|p| p.id.clone());
        ctx.send.reform(move |_: MouseEvent| {
            let id = browser::new_id("session");
            open.set(Some(id.clone()));
            Msg::Exec(Command::put(
                &plan_id,
                Ent::CoachingSession(Session {
                    id,
                    date: Some(browser::today_date()),
                    minutes: 120,
                    coachee: coachee.clone(),
                    ..Default::default()
                }),
            ))
        })
    };
    let editing = (*open)
        .as_ref()
        .and_then(|id| plan.coaching.sessions.iter().find(|s| &s.id == id));
    let row = |s: &&Session| {
        let id = s.id.clone();
        let show = {
            let open = open.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| open.set(Some(id.clone())))
        };
        let remove = {
            let plan_id = plan.id.clone();
            ctx.exec(move |_: MouseEvent| {
                Some(Command::remove(&plan_id, Coll::CoachingSession, &id))
            })
        };
        let date = s.date.as_ref().map(|d| d.0.clone()).unwrap_or_default();
        html! {
            <tr key={s.id.0.clone()}>
                <td>{ date.clone() }</td>
                <td>{ if s.minutes > 0 { ctx.tr.t_args("coaching-minutes-n", &[("n", (s.minutes as u32).into())]) } else { String::new() } }</td>
                <td>{ if s.observation { t("coaching-yes") } else { String::new() } }{ if s.group { format!(" {}", t("coaching-group-mark")) } else { String::new() } }</td>
                <td dir="auto">{ shutaf::text::truncate_chars(&s.goal, 80) }</td>
                <td class="row-actions">
                    <button class="small" onclick={show}>{ t("coaching-session-open") }<span class="visually-hidden">{ " " }{ date.clone() }</span></button>
                    <button class="danger small" onclick={remove}>{ t("coaching-remove") }<span class="visually-hidden">{ " " }{ date.clone() }</span></button>
                </td>
            </tr>
        }
    };
    html! {
        <article class="coaching-page">
            <p><button class="linklike back" onclick={ctx.send.reform(|_| Msg::Show(Sub::Overview))}>{ t("coaching-back") }</button></p>
            <h1 ref={heading} tabindex="-1">{ t("section-coaching") }{ " · " }<bdi>{ plan.name.clone() }</bdi></h1>
            <p class="intro">{ t("coaching-intro") }</p>
            <section class="plan-section" aria-labelledby="h-co-warn">
                <h2 id="h-co-warn">{ t("coaching-warnings") }</h2>
                if warnings.is_empty() {
                    <p class="empty">{ t("coaching-warnings-none") }</p>
                } else {
                    <ul class="co-warnings">{ for warnings.iter().map(|w| html! {
                        <li class="warning">{ warning_text(&ctx, plan, w) }</li>
                    }) }</ul>
                }
            </section>
            <section class="plan-section" aria-labelledby="h-co-sessions">
                <h2 id="h-co-sessions">{ t("coaching-sessions") }</h2>
                if sessions.is_empty() {
                    <p class="empty">{ t("coaching-sessions-empty") }</p>
                } else {
                    <div class="table-wrap"><table class="co-table">
                        <thead><tr>
                            <th scope="col">{ t("coaching-date") }</th>
                            <th scope="col">{ t("coaching-length") }</th>
                            <th scope="col">{ t("coaching-observation") }</th>
                            <th scope="col">{ t("coaching-goal") }</th>
                            <th scope="col"><span class="visually-hidden">{ t("coaching-actions") }</span></th>
                        </tr></thead>
                        <tbody>{ for sessions.iter().map(row) }</tbody>
                    </table></div>
                }
                <button class="primary" onclick={new_session}>{ t("coaching-session-new") }</button>
            </section>
            if let Some(s) = editing {
                { session_editor(&ctx, plan, s, &open) }
            }
            { year_view(&ctx, plan) }
            { calendar(&ctx, plan, &form) }
            { partnership(&ctx, plan) }
            { goals(&ctx, plan) }
            { search(&ctx, plan, &filter, &open) }
            { export(&ctx, plan, &include) }
        </article>
    }
}

/// One session on the GROW template, the previous session's goals at its top.
fn session_editor(
    ctx: &AppCtx,
    plan: &Plan,
    s: &Session,
    open: &UseStateHandle<Option<Id>>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let c = &plan.coaching;
    let edit = |f: Edit<Session>| putter(ctx, &plan.id, s, Ent::CoachingSession, f);
    let fid = |f: &str| format!("session-{f}");
    let carried = co::carried(plan, &s.id);
    let prev = co::previous(plan, &s.id);
    let date = s.date.as_ref().map(|d| d.0.clone()).unwrap_or_default();
    let grow = ctx.instrument(co::GROW);
    let section = |id: &str, body: Html| {
        let sec = grow.and_then(|g| g.sections.iter().find(|x| x.id == id));
        let title = sec
            .map(|x| ctx.tx(&x.title).to_string())
            .unwrap_or_else(|| t(&format!("coaching-grow-{id}")));
        let questions = sec.map(|x| {
            x.items
                .iter()
                .filter(|i| matches!(i.answer, shutaf::instrument::AnswerKind::Text { .. }))
                .map(|i| html! { <li>{ ctx.tx(&i.text) }</li> })
                .collect::<Html>()
        });
        html! {
            <fieldset class="grow">
                <legend>{ title }</legend>
                if let Some(q) = questions {
                    <details><summary>{ t("coaching-questions-to-ask") }</summary><ul class="grow-questions">{ q }</ul></details>
                }
                { body }
            </fieldset>
        }
    };
    // Alternatives, each with pros and cons.
    let alternatives = s.alternatives.iter().enumerate().map(|(i, a)| {
        let field = |key: &'static str, label: &str, value: &str| {
            let f: Edit<Session> = Rc::new(move |x, v| {
                if let Some(a) = x.alternatives.get_mut(i) {
                    *match key {
                        "pros" => &mut a.pros,
                        "cons" => &mut a.cons,
                        _ => &mut a.text,
                    } = v;
                }
            });
            html! { <Field id={fid(&format!("alt-{i}-{key}"))} label={format!("{label} {}", i + 1)} value={value.to_string()} multiline=true maxlength={MAX_MEDIUM} onchange={edit(f)} /> }
        };
        let remove = edit(Rc::new(move |x, _| {
            if i < x.alternatives.len() {
                x.alternatives.remove(i);
            }
        }));
        html! {
            <li class="alternative">
                { field("text", &t("coaching-alternative"), &a.text) }
                <div class="grid">
                    { field("pros", &t("coaching-pros"), &a.pros) }
                    { field("cons", &t("coaching-cons"), &a.cons) }
                </div>
                <button class="danger small" onclick={remove.reform(|_| String::new())}>{ ctx.tr.t_args("coaching-alternative-remove", &[("n", (i + 1).into())]) }</button>
            </li>
        }
    });
    let add_alternative = edit(Rc::new(|x, _| x.alternatives.push(Default::default())));
    // Goals for the next session: the coachee's goals, and a new one.
    let owner = s.coachee.clone();
    let goal_choices = c
        .goals
        .iter()
        .filter(|g| owner.is_none() || g.owner == owner || s.next_goals.contains(&g.id))
        .map(|g| {
            let gid = g.id.clone();
            let on = edit(Rc::new(move |x, v| {
                x.next_goals.retain(|n| n != &gid);
                if !v.is_empty() {
                    x.next_goals.push(gid.clone());
                }
            }));
            check(
                fid(&format!("next-{}", g.id)),
                goal_title(ctx, Some(g)),
                s.next_goals.contains(&g.id),
                on,
            )
        });
    let add_goal = {
        let (plan_id, session, owner) = (plan.id.clone(), s.clone(), owner.clone());
        let send = ctx.send.clone();
        Callback::from(move |title: String| {
            let id = browser::new_id("goal");
            send.emit(Msg::Exec(Command::put(
                &plan_id,
                Ent::CoachingGoal(Goal {
                    id: id.clone(),
                    owner: owner.clone(),
                    title,
                    ..Default::default()
                }),
            )));
            let mut x = session.clone();
            x.next_goals.push(id);
            send.emit(Msg::Exec(Command::put(&plan_id, Ent::CoachingSession(x))));
        })
    };
    // The session's free texts, one field each.
    let text = |key: &'static str| {
        let label = match key {
            "goal" => t("coaching-goal"),
            "reality" => t("coaching-reality"),
            "first_step" => t("coaching-first-step"),
            "observation_notes" => t("coaching-observation-notes"),
            "feedback" => t("coaching-feedback"),
            "reflection" => t("coaching-reflection"),
            _ => t("coaching-notes"),
        };
        let on = edit(Rc::new(move |x, v| {
            if let Some(s) = x.text_mut(key) {
                *s = v;
            }
        }));
        html! {
            <Field id={fid(key)} {label} value={s.text(key).unwrap_or("").to_string()} multiline=true maxlength={MAX_LONG} onchange={on} />
        }
    };
    // Group sessions: who took part and their questions.
    let participants = plan.people.iter().map(|p| {
        let pid = p.id.clone();
        let on = edit(Rc::new(move |x, v| {
            x.participants.retain(|n| n != &pid);
            if !v.is_empty() {
                x.participants.push(pid.clone());
            }
        }));
        check(
            fid(&format!("with-{}", p.id)),
            p.name.clone(),
            s.participants.contains(&p.id),
            on,
        )
    });
    let people = people_options(ctx, plan);
    let questions = s.questions.iter().enumerate().map(|(i, q)| {
        let who = edit(Rc::new(move |x, v| {
            if let Some(q) = x.questions.get_mut(i) {
                q.person = opt_id(v);
            }
        }));
        let text = edit(Rc::new(move |x, v| {
            if let Some(q) = x.questions.get_mut(i) {
                q.text = v;
            }
        }));
        html! {
            <li class="grid">
                <Select id={fid(&format!("q-{i}-who"))} label={ctx.tr.t_args("coaching-question-who", &[("n", (i + 1).into())])}
                    value={q.person.as_ref().map(|p| p.0.clone()).unwrap_or_default()} options={people.clone()} onchange={who} />
                <Field id={fid(&format!("q-{i}-text"))} label={ctx.tr.t_args("coaching-question-n", &[("n", (i + 1).into())])}
                    value={q.text.clone()} multiline=true maxlength={MAX_MEDIUM} onchange={text} />
            </li>
        }
    });
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(None))
    };
    html! {
        <section class="plan-section session-editor" aria-labelledby="h-session">
            <h2 id="h-session" tabindex="-1">{ ctx.tr.t_args("coaching-session-of", &[("date", date.as_str().into())]) }</h2>
            <div class="carried" role="region" aria-labelledby="h-carried">
                <h3 id="h-carried">{ t("coaching-carried") }</h3>
                if let Some(p) = prev {
                    <p class="meta">{ ctx.tr.t_args("coaching-carried-from", &[("date", p.date.as_ref().map_or("", |d| d.as_str()).into())]) }</p>
                }
                if carried.is_empty() {
                    <p class="empty">{ t("coaching-carried-none") }</p>
                } else {
                    <ul class="carried-goals">{ for carried.iter().map(|g| {
                        let gid = g.goal.clone();
                        let on = edit(Rc::new(move |x, v| {
                            x.progress.retain(|p| p.goal != gid);
                            if !v.trim().is_empty() {
                                x.progress.push(co::Progress { goal: gid.clone(), note: v });
                            }
                        }));
                        let title = goal_title(ctx, g.found);
                        html! {
                            <li>
                                <strong dir="auto">{ title.clone() }</strong>
                                <Field id={fid(&format!("progress-{}", g.goal))} label={ctx.tr.t_args("coaching-progress-on", &[("goal", title.as_str().into())])}
                                    value={g.progress.to_string()} multiline=true maxlength={MAX_MEDIUM} onchange={on} />
                            </li>
                        }
                    }) }</ul>
                }
            </div>
            <div class="grid">
                <Field id={fid("date")} label={t("coaching-date")} input_type="date" value={crate::widgets::date_value(&s.date)}
                    onchange={edit(Rc::new(|x, v| x.date = Date::parse(&v)))} />
                <Field id={fid("time")} label={t("coaching-time")} input_type="time" value={s.time.clone().unwrap_or_default()}
                    onchange={edit(Rc::new(|x, v| x.time = co::parse_time(&v).map(|_| v)))} />
                <Field id={fid("minutes")} label={t("coaching-minutes")} input_type="number" value={s.minutes.to_string()}
                    onchange={edit(Rc::new(|x, v| x.minutes = v.trim().parse::<u16>().unwrap_or(0).min(1440)))} />
                <Select id={fid("coachee")} label={t("coaching-coachee")} value={s.coachee.as_ref().map(|p| p.0.clone()).unwrap_or_default()}
                    options={people.clone()} onchange={edit(Rc::new(|x, v| x.coachee = opt_id(v)))} />
            </div>
            { check(fid("observation"), t("coaching-includes-observation"), s.observation, edit(Rc::new(|x, v| x.observation = !v.is_empty()))) }
            { check(fid("group"), t("coaching-group"), s.group, edit(Rc::new(|x, v| x.group = !v.is_empty()))) }
            { section("goal", text("goal")) }
            { section("reality", text("reality")) }
            { section("options", html! {
                <>
                    <ol class="alternatives">{ for alternatives }</ol>
                    <button onclick={add_alternative.reform(|_| String::new())}>{ t("coaching-alternative-add") }</button>
                </>
            }) }
            { section("wrap_up", html! {
                <>
                    { text("first_step") }
                    <fieldset class="next-goals">
                        <legend>{ t("coaching-next-goals") }</legend>
                        { for goal_choices }
                        <AddByName id={fid("new-goal")} label={t("coaching-goal-new")} button={t("coaching-goal-add")} on_add={add_goal} />
                    </fieldset>
                    <Field id={fid("next-date")} label={t("coaching-next-date")} input_type="date" value={crate::widgets::date_value(&s.next_date)}
                        onchange={edit(Rc::new(|x, v| x.next_date = Date::parse(&v)))} />
                </>
            }) }
            if s.observation {
                <fieldset class="grow">
                    <legend>{ t("coaching-observation-record") }</legend>
                    <Select id={fid("observer")} label={t("coaching-observer")} value={s.observer.as_ref().map(|p| p.0.clone()).unwrap_or_default()}
                        options={people.clone()} onchange={edit(Rc::new(|x, v| x.observer = opt_id(v)))} />
                    { text("observation_notes") }
                    { text("feedback") }
                </fieldset>
            }
            if s.group {
                <fieldset class="grow">
                    <legend>{ t("coaching-group") }</legend>
                    <fieldset class="checks"><legend>{ t("coaching-participants") }</legend>{ for participants }</fieldset>
                    <ol class="questions">{ for questions }</ol>
                    <button onclick={edit(Rc::new(|x, _| x.questions.push(Default::default()))).reform(|_| String::new())}>{ t("coaching-question-add") }</button>
                </fieldset>
            }
            { text("reflection") }
            { text("notes") }
            <Field id={fid("tags")} label={t("coaching-tags")} value={s.tags.join(", ")} maxlength={MAX_SHORT}
                onchange={edit(Rc::new(|x, v| x.tags = co::parse_tags(&v)))} />
            <button onclick={close}>{ t("coaching-session-close") }</button>
        </section>
    }
}

fn year_view(ctx: &AppCtx, plan: &Plan) -> Html {
    let t = |id: &str| ctx.t(id);
    let start = plan
        .start_date
        .clone()
        .or_else(|| co::rhythm(plan).into_iter().next())
        .unwrap_or_else(browser::today_date);
    let (y, m) = (
        start.0[..4].parse().unwrap_or(2026),
        start.0[5..7].parse().unwrap_or(1),
    );
    let months = co::year_view(plan, y, m);
    let (held, seen, planned) = (
        t("coaching-held"),
        t("coaching-with-observation"),
        t("coaching-planned"),
    );
    html! {
        <section class="plan-section" aria-labelledby="h-co-year">
            <h2 id="h-co-year">{ t("coaching-year") }</h2>
            <p class="legend">
                <span class="mark held">{ "1" }</span>{ " " }{ held.clone() }{ " · " }
                <span class="mark held seen">{ "1" }</span>{ " " }{ seen.clone() }{ " · " }
                <span class="mark planned">{ "1" }</span>{ " " }{ planned.clone() }
            </p>
            <ol class="year-grid">{ for months.iter().map(|mo| {
                let label = ctx.tr.t_args("coaching-month", &[("month", t(&format!("coaching-month-{}", mo.month)).as_str().into()), ("year", mo.year.to_string().as_str().into())]);
                let empty = mo.held.is_empty() && mo.planned.is_empty();
                html! {
                    <li class={classes!("month", empty.then_some("quiet"))}>
                        <span class="month-name">{ label }</span>
                        <span class="marks">
                            { for mo.held.iter().map(|(d, o)| html! {
                                <span class={classes!("mark", "held", o.then_some("seen"))}>{ d }<span class="visually-hidden">{ " " }{ if *o { seen.clone() } else { held.clone() } }</span></span>
                            }) }
                            { for mo.planned.iter().map(|d| html! {
                                <span class="mark planned">{ d }<span class="visually-hidden">{ " " }{ planned.clone() }</span></span>
                            }) }
                        </span>
                    </li>
                }
            }) }</ol>
        </section>
    }
}

/// The calendar form: first date, start time, every how many weeks, how many.
#[derive(Clone, PartialEq)]
struct Series(String, String, String, String);

/// The year's calendar: add a series, remove dates, download the `.ics`.
fn calendar(ctx: &AppCtx, plan: &Rc<Plan>, form: &UseStateHandle<Series>) -> Html {
    let t = |id: &str| ctx.t(id);
    let set = |i: usize| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let v = event_value(&e);
            let mut f = (*form).clone();
            *[&mut f.0, &mut f.1, &mut f.2, &mut f.3][i] = v;
            form.set(f);
        })
    };
    let onsubmit = {
        let (form, plan_id, send) = (form.clone(), plan.id.clone(), ctx.send.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Series(first, time, weeks, count) = &*form;
            let Some(first) = Date::parse(first) else {
                return;
            };
            let time = co::parse_time(time).map(|_| time.clone());
            let base = browser::new_id("cal");
            for (i, date) in co::series(
                &first,
                weeks.parse().unwrap_or(5),
                count.parse().unwrap_or(1),
            )
            .into_iter()
            .enumerate()
            {
                send.emit(Msg::Exec(Command::put(
                    &plan_id,
                    Ent::CoachingPlanned(co::Planned {
                        id: Id::new(format!("{base}-{i}")),
                        date: Some(date),
                        time: time.clone(),
                        minutes: 150,
                        ..Default::default()
                    }),
                )));
            }
        })
    };
    let download = {
        let plan = plan.clone();
        let title = ctx
            .tr
            .t_args("coaching-ics-title", &[("plan", plan.name.as_str().into())]);
        Callback::from(move |_: MouseEvent| {
            let d = js_sys::Date::new_0();
            let stamp = format!(
                "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                d.get_utc_full_year(),
                d.get_utc_month() + 1,
                d.get_utc_date(),
                d.get_utc_hours(),
                d.get_utc_minutes(),
                d.get_utc_seconds()
            );
            let text = co::ics(&plan, &title, &stamp);
            let _ = browser::download(
                &format!("shutaf-{}-calendar.ics", browser::file_slug(&plan.name)),
                &text,
                "text/calendar",
            );
        })
    };
    let mut list: Vec<&co::Planned> = plan.coaching.calendar.iter().collect();
    list.sort_by(|a, b| a.date.cmp(&b.date).then(a.time.cmp(&b.time)));
    let Series(first, time, weeks, count) = &**form;
    let input = |id: &'static str, label: String, ty: &'static str, value: &String, i: usize| {
        html! {
            <div class="field"><label for={id}>{ label }</label>
                <input {id} type={ty} value={value.clone()} oninput={set(i)} required={i == 0} /></div>
        }
    };
    html! {
        <section class="plan-section" aria-labelledby="h-co-cal">
            <h2 id="h-co-cal">{ t("coaching-calendar") }</h2>
            <p class="intro">{ t("coaching-calendar-intro") }</p>
            if !list.is_empty() {
                <div class="table-wrap"><table class="co-table">
                    <thead><tr>
                        <th scope="col">{ t("coaching-date") }</th>
                        <th scope="col">{ t("coaching-time") }</th>
                        <th scope="col">{ t("coaching-minutes") }</th>
                        <th scope="col"><span class="visually-hidden">{ t("coaching-actions") }</span></th>
                    </tr></thead>
                    <tbody>{ for list.iter().map(|p| {
                        let date = p.date.as_ref().map(|d| d.0.clone()).unwrap_or_default();
                        let remove = {
                            let (plan_id, id) = (plan.id.clone(), p.id.clone());
                            ctx.exec(move |_: MouseEvent| Some(Command::remove(&plan_id, Coll::CoachingPlanned, &id)))
                        };
                        html! {
                            <tr key={p.id.0.clone()}>
                                <td>{ date.clone() }</td>
                                <td>{ p.time.clone().unwrap_or_default() }</td>
                                <td>{ if p.minutes > 0 { p.minutes.to_string() } else { String::new() } }</td>
                                <td><button class="danger small" onclick={remove}>{ t("coaching-remove") }<span class="visually-hidden">{ " " }{ date.clone() }</span></button></td>
                            </tr>
                        }
                    }) }</tbody>
                </table></div>
            }
            <form class="co-series" {onsubmit}>
                { input("cal-first", t("coaching-series-first"), "date", first, 0) }
                { input("cal-time", t("coaching-time"), "time", time, 1) }
                { input("cal-weeks", t("coaching-series-weeks"), "number", weeks, 2) }
                { input("cal-count", t("coaching-series-count"), "number", count, 3) }
                <button type="submit" class="primary">{ t("coaching-series-add") }</button>
            </form>
            <p><button onclick={download} disabled={list.is_empty()}>{ t("coaching-ics") }</button></p>
        </section>
    }
}

/// Stage, participants and the initiation agreements.
fn partnership(ctx: &AppCtx, plan: &Plan) -> Html {
    let t = |id: &str| ctx.t(id);
    let settings = &plan.coaching.settings;
    let edit = |f: Edit<co::Settings>| putter(ctx, &plan.id, settings, Ent::CoachingSettings, f);
    let stages: Vec<(AttrValue, String)> = Stage::ALL
        .iter()
        .map(|s| {
            (
                AttrValue::from(s.key()),
                t(&format!("coaching-stage-{}", s.key())),
            )
        })
        .collect();
    let roles: Vec<(AttrValue, String)> =
        std::iter::once((AttrValue::from(""), t("coaching-role-none")))
            .chain(Role::ALL.iter().map(|r| {
                (
                    AttrValue::from(r.key()),
                    t(&format!("coaching-role-{}", r.key())),
                )
            }))
            .collect();
    html! {
        <section class="plan-section" aria-labelledby="h-co-partnership">
            <h2 id="h-co-partnership">{ t("coaching-partnership") }</h2>
            <div class="grid">
                <Select id="co-stage" label={t("coaching-stage")} value={settings.stage.key()} options={stages}
                    onchange={edit(Rc::new(|x, v| { if let Some(s) = Stage::from_key(&v) { x.stage = s } }))} />
                <Field id="co-agreed" label={t("coaching-agreed")} input_type="date" value={crate::widgets::date_value(&settings.agreed)}
                    onchange={edit(Rc::new(|x, v| x.agreed = Date::parse(&v)))} />
            </div>
            <h3>{ t("coaching-participants") }</h3>
            if plan.people.is_empty() { <p class="empty">{ t("coaching-no-people") }</p> }
            <div class="grid">{ for plan.people.iter().map(|p| {
                let part = plan.coaching.participants.iter().find(|x| x.id == p.id);
                let (plan_id, pid) = (plan.id.clone(), p.id.clone());
                let on = ctx.exec(move |v: String| Some(match Role::from_key(&v) {
                    Some(role) => Command::put(&plan_id, Ent::CoachingParticipant(co::Participant { id: pid.clone(), role })),
                    None => Command::remove(&plan_id, Coll::CoachingParticipant, &pid),
                }));
                html! {
                    <Select id={format!("co-role-{}", p.id)} label={p.name.clone()} value={part.map_or("", |x| x.role.key())} options={roles.clone()} onchange={on} />
                }
            }) }</div>
            <h3>{ t("coaching-agreements") }</h3>
            <p class="intro">{ t("coaching-agreements-intro") }</p>
            <div class="grid">{ for settings.agreements().into_iter().map(|(key, value)| html! {
                <Field id={format!("co-agree-{key}")} label={t(&format!("coaching-agree-{key}"))} value={value.clone()} multiline=true maxlength={MAX_MEDIUM}
                    onchange={edit(Rc::new(move |x, v| { if let Some(s) = x.agreement_mut(key) { *s = v } }))} />
            }) }</div>
        </section>
    }
}

/// The coachees' goals and action plans.
fn goals(ctx: &AppCtx, plan: &Plan) -> Html {
    let t = |id: &str| ctx.t(id);
    let people = people_options(ctx, plan);
    let on_add = {
        let owner = plan
            .coaching
            .participants
            .iter()
            .find(|p| p.role == Role::Coachee)
            .map(|p| p.id.clone());
        ctx.adder(&plan.id, "goal", move |id, title| {
            Ent::CoachingGoal(Goal {
                id,
                owner: owner.clone(),
                title,
                ..Default::default()
            })
        })
    };
    html! {
        <section class="plan-section" aria-labelledby="h-co-goals">
            <h2 id="h-co-goals">{ t("coaching-goals") }</h2>
            <p class="intro">{ t("coaching-goals-intro") }</p>
            <ul class="entity-list">{ for plan.coaching.goals.iter().map(|g| {
                let edit = |f: Edit<Goal>| putter(ctx, &plan.id, g, Ent::CoachingGoal, f);
                let fid = |f: &str| format!("goal-{}-{f}", g.id);
                let remove = {
                    let (plan_id, id) = (plan.id.clone(), g.id.clone());
                    ctx.exec(move |_: MouseEvent| Some(Command::remove(&plan_id, Coll::CoachingGoal, &id)))
                };
                let title = goal_title(ctx, Some(g));
                html! {
                    <li key={g.id.0.clone()} class={classes!("task", g.done.then_some("done"))}>
                        <div class="grid">
                            <Field id={fid("title")} label={t("coaching-goal-title")} value={g.title.clone()} maxlength={MAX_SHORT} onchange={edit(Rc::new(|x, v| x.title = v))} />
                            <Select id={fid("owner")} label={t("coaching-goal-owner")} value={g.owner.as_ref().map(|p| p.0.clone()).unwrap_or_default()}
                                options={people.clone()} onchange={edit(Rc::new(|x, v| x.owner = opt_id(v)))} />
                        </div>
                        <Field id={fid("plan")} label={t("coaching-action-plan")} value={g.action_plan.clone()} multiline=true maxlength={MAX_LONG} onchange={edit(Rc::new(|x, v| x.action_plan = v))} />
                        { check(fid("done"), t("coaching-goal-done"), g.done, edit(Rc::new(|x, v| x.done = !v.is_empty()))) }
                        <button class="danger small" onclick={remove}>{ ctx.tr.t_args("coaching-goal-remove", &[("goal", title.as_str().into())]) }</button>
                    </li>
                }
            }) }</ul>
            <AddByName id="co-goal-new" label={t("coaching-goal-new")} button={t("coaching-goal-add")} {on_add} />
        </section>
    }
}

/// Everything findable by date, goal, tag and words.
fn search(
    ctx: &AppCtx,
    plan: &Plan,
    filter: &UseStateHandle<Filter>,
    open: &UseStateHandle<Option<Id>>,
) -> Html {
    let t = |id: &str| ctx.t(id);
    let set = |f: fn(&mut Filter, String)| {
        let filter = filter.clone();
        Callback::from(move |v: String| {
            let mut x = (*filter).clone();
            f(&mut x, v);
            filter.set(x);
        })
    };
    let active = **filter != Filter::default();
    let found = if active {
        co::search(plan, filter)
    } else {
        Vec::new()
    };
    let goals: Vec<(AttrValue, String)> =
        std::iter::once((AttrValue::from(""), t("coaching-any-goal")))
            .chain(
                plan.coaching
                    .goals
                    .iter()
                    .map(|g| (AttrValue::from(g.id.0.clone()), goal_title(ctx, Some(g)))),
            )
            .collect();
    let item = |f: &Found| {
        let (kind, text) = match f {
            Found::Session(s) => ("session", s.goal.as_str()),
            Found::Goal(g) => ("goal", g.title.as_str()),
        };
        let session = match f {
            Found::Session(s) => Some(s.id.clone()),
            Found::Goal(_) => None,
        };
        let date = f.date().map_or(String::new(), |d| d.0.clone());
        html! {
            <li>
                <span class="badge">{ t(&format!("coaching-found-{kind}")) }</span>{ " " }{ date }{ " " }
                <span dir="auto">{ shutaf::text::truncate_chars(text, 120) }</span>{ " " }
                if let Some(id) = session {
                    <button class="small" onclick={{ let open = open.clone(); Callback::from(move |_: MouseEvent| open.set(Some(id.clone()))) }}>{ t("coaching-session-open") }</button>
                }
            </li>
        }
    };
    html! {
        <section class="plan-section" aria-labelledby="h-co-search">
            <h2 id="h-co-search">{ t("coaching-search") }</h2>
            <div class="grid">
                <Field id="co-q" label={t("coaching-search-text")} value={filter.text.clone()} onchange={set(|x, v| x.text = v)} />
                <Field id="co-tag" label={t("coaching-search-tag")} value={filter.tag.clone()} onchange={set(|x, v| x.tag = v)} />
                <Select id="co-goal" label={t("coaching-search-goal")} value={filter.goal.as_ref().map(|g| g.0.clone()).unwrap_or_default()} options={goals}
                    onchange={set(|x, v| x.goal = opt_id(v))} />
                <Field id="co-from" label={t("coaching-search-from")} input_type="date" value={crate::widgets::date_value(&filter.from)} onchange={set(|x, v| x.from = Date::parse(&v))} />
                <Field id="co-to" label={t("coaching-search-to")} input_type="date" value={crate::widgets::date_value(&filter.to)} onchange={set(|x, v| x.to = Date::parse(&v))} />
            </div>
            if active {
                <p role="status">{ ctx.tr.t_args("coaching-found", &[("count", found.len().into())]) }</p>
                <ul class="co-found">{ for found.iter().map(item) }</ul>
            }
        </section>
    }
}

/// The plan's export: confidential coaching notes are left out unless the user ticks the box.
fn export(ctx: &AppCtx, plan: &Plan, include: &UseStateHandle<bool>) -> Html {
    let t = |id: &str| ctx.t(id);
    let toggle = {
        let include = include.clone();
        Callback::from(move |v: String| include.set(!v.is_empty()))
    };
    let export = {
        let (id, include) = (plan.id.clone(), **include);
        ctx.send
            .reform(move |_| Msg::ExportPlanWith(id.clone(), include))
    };
    html! {
        <section class="plan-section" aria-labelledby="h-co-export">
            <h2 id="h-co-export">{ t("coaching-export") }</h2>
            <p class="intro">{ t("coaching-export-intro") }</p>
            { check("co-include-notes".into(), t("coaching-include-notes"), **include, toggle) }
            <button class="primary" onclick={export}>{ if **include { t("coaching-export-with") } else { t("coaching-export-without") } }</button>
        </section>
    }
}
