//! Workshop mode in the browser: compressing codes with the browser's own `CompressionStream`,
//! the respondent view, inviting, collecting responses and sharing a plan by link. The codes
//! themselves (sealing, checking, collecting) are the core's (`shutaf::workshop`).

use std::rc::Rc;

use shutaf::format;
use shutaf::i18n::Translator;
use shutaf::model::{Answer, Plan, Response, Round};
use shutaf::qr;
use shutaf::workshop::{self as ws, CodeError, Invitation, Kind, Outcome, Payload};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::{AppCtx, Msg};
use crate::browser;

// web-sys has CompressionStream and DecompressionStream only behind its unstable-APIs flag
// (which would apply to the whole build): two constructors are all this needs. Each object is
// itself the `{ readable, writable }` pair that `pipeThrough` takes.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compress;
    #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
    fn new(format: &str) -> Result<Compress, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompress;
    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Decompress, wasm_bindgen::JsValue>;
}

/// Runs bytes through the browser's raw-DEFLATE compressor or decompressor. The output is read
/// chunk by chunk and reading stops past `cap` bytes, so a small hostile code cannot inflate
/// into gigabytes (the core then refuses what is over its limit). `None` when the browser has
/// no such stream or the data is not valid DEFLATE.
async fn pipe(data: &[u8], compress: bool, cap: usize) -> Option<Vec<u8>> {
    let pair: web_sys::ReadableWritablePair = if compress {
        Compress::new("deflate-raw").ok()?.unchecked_into()
    } else {
        Decompress::new("deflate-raw").ok()?.unchecked_into()
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(data));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let out = blob.stream().pipe_through(&pair);
    let reader: web_sys::ReadableStreamDefaultReader = out.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        if js_sys::Reflect::get(&chunk, &"done".into())
            .ok()?
            .is_truthy()
        {
            return Some(bytes);
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
        if bytes.len() > cap {
            let _ = reader.cancel();
            return Some(bytes);
        }
    }
}

/// The code body of a payload: compressed where the browser can, plain otherwise.
pub async fn encode(p: &Payload) -> String {
    let sealed = ws::seal(p);
    match pipe(&sealed, true, usize::MAX).await {
        Some(z) if z.len() < sealed.len() => ws::code_body(true, &z),
        _ => ws::code_body(false, &sealed),
    }
}

/// Reads a link, a text code or a bare body.
pub async fn decode(text: &str) -> Result<Payload, CodeError> {
    let (compressed, data) = ws::unwrap_code(text)?;
    let bytes = if compressed {
        pipe(&data, false, ws::MAX_SEALED_BYTES)
            .await
            .ok_or(CodeError::Damaged)?
    } else {
        data
    };
    ws::open(&bytes)
}

/// Decodes every code of a pasted or dropped text.
pub async fn decode_all(text: &str) -> Vec<Result<Payload, CodeError>> {
    let mut out = Vec::new();
    for code in ws::split_codes(text) {
        out.push(decode(code).await);
    }
    if out.is_empty() {
        out.push(Err(CodeError::Empty));
    }
    out
}

/// The app's address without its fragment: what links are built on.
pub fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Where a respondent's open invitation is remembered for the tab (so a reload keeps the
/// respondent view, while the address bar no longer shows the code).
pub const SESSION_INVITATION: &str = "shutaf.respond.current";

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn remember_invitation(code: Option<&str>) {
    if let Some(s) = session() {
        let _ = match code {
            Some(c) => s.set_item(SESSION_INVITATION, c),
            None => s.remove_item(SESSION_INVITATION),
        };
    }
}

/// The code in the address's fragment, if it is one of Shutaf's, taken out of the address bar
/// (so it is not bookmarked, shared on, or read again by a reload); otherwise the invitation
/// this tab was answering.
pub fn take_fragment() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok().unwrap_or_default();
    if ws::fragment_kind(&hash).is_some() {
        if let Ok(h) = window.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base_url()));
        }
        return Some(hash);
    }
    session()?.get_item(SESSION_INVITATION).ok().flatten()
}

/// One line about one collected code.
pub fn outcome_text(tr: &Translator, o: &Outcome) -> String {
    let who = |w: &String| {
        if w.is_empty() {
            tr.t("response-anonymous")
        } else {
            w.clone()
        }
    };
    match o {
        Outcome::Added { respondent } => {
            tr.t_args("collect-added", &[("who", who(respondent).as_str().into())])
        }
        Outcome::Updated { respondent } => tr.t_args(
            "collect-updated",
            &[("who", who(respondent).as_str().into())],
        ),
        Outcome::Duplicate { respondent } => tr.t_args(
            "collect-duplicate",
            &[("who", who(respondent).as_str().into())],
        ),
        Outcome::OtherRound { round } if round.is_empty() => tr.t("collect-other-round-unknown"),
        Outcome::OtherRound { round } => {
            tr.t_args("collect-other-round", &[("round", round.into())])
        }
        Outcome::OtherInstrument => tr.t("collect-other-instrument"),
        Outcome::SubjectGone => tr.t("collect-subject-gone"),
        Outcome::NotResponse => tr.t("collect-not-response"),
        Outcome::Refused(e) => tr.t(e.key()),
    }
}

pub fn outcome_list(tr: &Translator, outcomes: &[Outcome]) -> Html {
    html! {
        <ol class="collect-report">
            { for outcomes.iter().map(|o| html! {
                <li class={if o.is_added() { "ok" } else { "refused" }}>{ outcome_text(tr, o) }</li>
            }) }
        </ol>
    }
}

/// A link or a code to pass on: selectable text, Copy, and optionally Download as a file.
/// (A function, not a component: each component costs the app kilobytes of generic code.)
pub fn code_field(ctx: &AppCtx, id: &str, label: &str, value: &str, file: Option<String>) -> Html {
    let copy = {
        let value = value.to_string();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&value);
            }
        })
    };
    let select = Callback::from(|e: FocusEvent| {
        let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        t.select();
    });
    let download = file.map(|name| {
        let value = value.to_string();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download(&name, &value, "text/plain");
        })
    });
    html! {
        <div class="code-field">
            <label for={id.to_string()}>{ label }</label>
            <textarea id={id.to_string()} class="code" readonly=true rows="3" dir="ltr"
                value={value.to_string()} onfocus={select} />
            <div class="code-actions">
                <button type="button" onclick={copy}>{ ctx.t("code-copy") }</button>
                if let Some(download) = download {
                    <button type="button" onclick={download}>{ ctx.t("code-download") }</button>
                }
            </div>
        </div>
    }
}

/// A link's QR code, drawn once when the link is made (a large symbol takes milliseconds):
/// the SVG path of its dark modules and the side of its square in modules (quiet zone
/// included), or how long the link is when no symbol holds it.
#[derive(Clone, PartialEq)]
pub struct LinkQr(Result<(String, usize), qr::TooLong>);

impl LinkQr {
    /// Level M: a printed or on-screen code still scans with some glare or a smudge.
    pub fn of(link: &str) -> LinkQr {
        LinkQr(qr::encode(link.as_bytes(), qr::Level::M).map(|c| (c.svg_path(), c.side())))
    }
}

/// The QR code of a link, named for screen readers; when the link is too long for one, a
/// note (`too_long`, a message key) that says so and points to what is beside it.
pub fn qr_view(ctx: &AppCtx, id: &str, code: &LinkQr, label: &str, too_long: &str) -> Html {
    match &code.0 {
        Ok((path, side)) => {
            let view_box = format!("0 0 {side} {side}");
            // Four CSS pixels a module (a phone's camera reads that from a screen), 240 at
            // least; the stylesheet keeps it within the card. (Attributes, not a style: the
            // Content-Security-Policy allows no inline style.)
            let px = (side * 4).max(240).to_string();
            html! {
                <figure class="qr">
                    <svg id={id.to_string()} class="qr-code" role="img" aria-label={label.to_string()}
                        viewBox={view_box} width={px.clone()} height={px} shape-rendering="crispEdges">
                        <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                        <path d={path.clone()} fill="#000" />
                    </svg>
                    <figcaption class="hint">{ ctx.t("qr-hint") }</figcaption>
                </figure>
            }
        }
        Err(e) => html! {
            <p class="notice qr-too-long" role="status">
                { ctx.tr.t_args(too_long, &[("length", e.len.into()), ("max", e.max.into())]) }
            </p>
        },
    }
}

/// What a [`MakeLink`] makes a link of.
#[derive(Clone, PartialEq)]
pub enum LinkOf {
    /// An invitation to a round (about the subject chosen on the round's card).
    Invitation(Invitation),
    /// A copy of a plan: exported only when asked (a large plan takes a while).
    Plan(Rc<Plan>),
}

#[derive(Properties, PartialEq)]
pub struct MakeLinkProps {
    pub of: LinkOf,
}

/// A button that makes a link (compressed in the browser), then shows it to copy; a plan too
/// large for a link is offered as a file instead.
#[component]
pub fn MakeLink(props: &MakeLinkProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let link = use_state(|| None::<(String, Option<LinkQr>)>);
    // Confidential coaching notes travel in a plan's link only when the user says so.
    let notes = use_state(|| false);
    let has_notes = matches!(&props.of, LinkOf::Plan(p) if shutaf::coaching::has_notes(p));
    let make = {
        let (link, of, notes) = (link.clone(), props.of.clone(), *notes);
        Callback::from(move |_: MouseEvent| {
            let (link, of) = (link.clone(), of.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let p = match of {
                    LinkOf::Invitation(inv) => Payload::Invitation(inv),
                    LinkOf::Plan(plan) if notes => Payload::Plan(format::export_plan(&plan)),
                    LinkOf::Plan(plan) => Payload::Plan(format::export_plan(&Rc::new(
                        shutaf::coaching::without_notes(&plan),
                    ))),
                };
                let kind = p.kind();
                let body = encode(&p).await;
                let l = ws::link(&base_url(), kind, &body);
                // Invitations are scanned from the facilitator's screen or a printout.
                let code = (kind == Kind::Invitation).then(|| LinkQr::of(&l));
                link.set(Some((l, code)));
            });
        })
    };
    let (id, button, label, hint) = match &props.of {
        LinkOf::Invitation(inv) => (
            format!("invite-{}", inv.round),
            "invite-make",
            "invite-link",
            "invite-hint",
        ),
        LinkOf::Plan(_) => (
            "share-plan-link".to_string(),
            "share-plan-link",
            "share-plan-link-label",
            "share-plan-hint",
        ),
    };
    let body = match (&*link, &props.of) {
        (None, _) => html! {},
        (Some((l, _)), LinkOf::Plan(plan)) if l.len() > ws::MAX_LINK_CHARS => {
            let id = plan.id.clone();
            html! {
                <p role="status">
                    { ctx.tr.t_args("share-plan-too-long", &[("length", l.len().into()), ("max", ws::MAX_LINK_CHARS.into())]) }
                    { " " }
                    <button type="button" onclick={ctx.send.reform(move |_| Msg::ExportPlan(id.clone()))}>{ ctx.t("plan-export") }</button>
                </p>
            }
        }
        (Some((l, code)), _) => html! {
            <>
                { code_field(&ctx, &id, &ctx.t(label), l, None) }
                <p class="hint">{ ctx.t(hint) }</p>
                if let Some(code) = code {
                    { qr_view(&ctx, &format!("{id}-qr"), code, &ctx.t("qr-invitation"), "qr-too-long-link") }
                }
            </>
        },
    };
    let toggle = {
        let (notes, link) = (notes.clone(), link.clone());
        Callback::from(move |_: Event| {
            notes.set(!*notes);
            link.set(None);
        })
    };
    html! {
        <div class="make-link">
            if has_notes {
                <label class="check"><input type="checkbox" id="share-plan-notes" checked={*notes} onchange={toggle} />{ " " }{ ctx.t("coaching-include-notes") }</label>
            }
            <button type="button" onclick={make}>{ ctx.t(button) }</button>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CollectProps {
    pub plan: Rc<Plan>,
    pub round: Round,
}

/// Pasting or dropping any number of response codes into a round.
#[component]
pub fn Collect(props: &CollectProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let report = use_state(Vec::<Outcome>::new);
    let area = use_node_ref();
    // Decodes the codes in `text`, reports each, and adds what fits in one undoable step.
    let run = {
        let (plan, round, report, send) = (
            props.plan.clone(),
            props.round.clone(),
            report.clone(),
            ctx.send.clone(),
        );
        Rc::new(move |text: String| {
            let (plan, round, report, send) =
                (plan.clone(), round.clone(), report.clone(), send.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let decoded = decode_all(&text).await;
                let (outcomes, cmd) = ws::collect(&plan, &round, decoded);
                if let Some(cmd) = cmd {
                    send.emit(Msg::Exec(cmd));
                }
                report.set(outcomes);
            });
        })
    };
    let on_add = {
        let (run, area) = (run.clone(), area.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = area.cast::<web_sys::HtmlTextAreaElement>() {
                run(t.value());
                t.set_value("");
            }
        })
    };
    let read_files = {
        let run = run.clone();
        Rc::new(move |files: Option<web_sys::FileList>| {
            let Some(files) = files else { return };
            let run = run.clone();
            let list: Vec<web_sys::File> =
                (0..files.length()).filter_map(|i| files.get(i)).collect();
            wasm_bindgen_futures::spawn_local(async move {
                let mut all = String::new();
                for f in list.into_iter().take(ws::MAX_CODES_AT_ONCE) {
                    if f.size() as usize > ws::MAX_CODE_CHARS * 4 {
                        all.push_str(" toolong ");
                        continue;
                    }
                    if let Ok(t) = JsFuture::from(f.text()).await {
                        all.push_str(&t.as_string().unwrap_or_default());
                        all.push('\n');
                    }
                }
                run(all);
            });
        })
    };
    let on_files = {
        let read = read_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            read(input.files());
            input.set_value("");
        })
    };
    let on_drop = {
        let read = read_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            e.stop_propagation();
            read(e.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| {
        e.prevent_default();
        e.stop_propagation();
    });
    let id = format!("collect-{}", props.round.id);
    html! {
        <details class="collect" ondrop={on_drop} ondragover={on_dragover}>
            <summary>{ ctx.t("collect-title") }</summary>
            <label for={id.clone()}>{ ctx.t("collect-label") }</label>
            <textarea id={id} ref={area} rows="4" dir="ltr" class="code" placeholder="SHUTAF-R1:…" />
            <div class="code-actions">
                <button type="button" class="primary" onclick={on_add}>{ ctx.t("collect-add") }</button>
                <label class="button file-button">
                    { ctx.t("collect-files") }
                    <input type="file" multiple=true accept=".txt,text/plain" class="visually-hidden" onchange={on_files} />
                </label>
            </div>
            <div role="status">
                if !report.is_empty() { { outcome_list(&ctx.tr, &report) } }
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct RespondProps {
    pub inv: Rc<Invitation>,
}

/// The respondent's draft for this invitation, as saved on this device, or a new one.
fn load_draft(key: &str, inv: &Invitation) -> Response {
    local()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|t| ws::from_json::<Response>(&t).ok())
        .filter(|d| d.round == inv.round && d.instrument == inv.instrument)
        .unwrap_or_else(|| ws::draft(inv, &browser::new_id("r").0))
}

/// The respondent's view: the questionnaire alone, with no access to any workspace. Answers are
/// saved on this device under a key of their own per invitation, and sent back as a code.
#[component]
pub fn Respond(props: &RespondProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let inv = props.inv.clone();
    let key = ws::draft_key(&inv);
    let draft = {
        let (key, inv) = (key.clone(), inv.clone());
        use_state(move || load_draft(&key, &inv))
    };
    let saved = use_state(|| true);
    let reply = use_state(|| None::<(String, String, LinkQr)>);
    let t = |id: &str| ctx.t(id);
    let Some(ins) = ctx.instrument(&inv.instrument).cloned() else {
        return html! { <article class="respond-page"><p class="notice error" role="alert">{ t("respond-unknown") }</p></article> };
    };
    // Every change is written at once: a phone may close the page at any moment.
    let update = {
        let (draft, saved, reply, key) = (draft.clone(), saved.clone(), reply.clone(), key.clone());
        Rc::new(move |f: Box<dyn FnOnce(&mut Response)>| {
            let mut d = (*draft).clone();
            f(&mut d);
            let ok = local()
                .map(|s| {
                    s.set_item(&key, &serde_json::to_string(&d).unwrap_or_default())
                        .is_ok()
                })
                .unwrap_or(false);
            saved.set(ok);
            reply.set(None);
            draft.set(d);
        })
    };
    let set: Rc<dyn Fn(String, Option<Answer>)> = {
        let update = update.clone();
        Rc::new(move |item: String, answer: Option<Answer>| {
            update(Box::new(move |d: &mut Response| {
                match answer {
                    Some(a) => d.answers.insert(item, a),
                    None => d.answers.remove(&item),
                };
            }))
        })
    };
    let on_name = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let v = browser::event_value(&e);
            update(Box::new(move |d: &mut Response| d.respondent = v))
        })
    };
    let prepare = {
        let (draft, reply) = (draft.clone(), reply.clone());
        Callback::from(move |_: MouseEvent| {
            let (reply, r) = (reply.clone(), ws::to_send(&draft));
            wasm_bindgen_futures::spawn_local(async move {
                let body = encode(&Payload::Response(r)).await;
                let link = ws::link(&base_url(), Kind::Response, &body);
                let code = LinkQr::of(&link);
                reply.set(Some((ws::text_code(Kind::Response, &body), link, code)));
            });
        })
    };
    // The shared form renderer draws the items; its plan is a stand-in with no id, which tells
    // it there is no plan to turn actions into tasks in.
    let plan = Rc::new(Plan {
        name: inv.plan_name.clone(),
        ..Default::default()
    });
    let leave = Callback::from(|_: MouseEvent| {
        remember_invitation(None);
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let who = if draft.respondent.trim().is_empty() {
        "response".to_string()
    } else {
        browser::file_slug(&draft.respondent)
    };
    let meta = html! {
        <>
            <bdi>{ inv.plan_name.clone() }</bdi>{ " · " }<bdi>{ inv.round_name.clone() }</bdi>
            if !inv.subject_name.is_empty() { { " · " }<bdi>{ inv.subject_name.clone() }</bdi> }
            { " · " }{ t(if *saved { "respond-saved" } else { "respond-not-saved" }) }
        </>
    };
    html! {
        <article class="respond-page">
            <p class="meta">{ t("respond-invited") }</p>
            <p class="hint">{ t("respond-privacy") }</p>
            { crate::instrument::response_form(&ctx, &plan, &draft, &ins, meta, set, on_name) }
            <section class="plan-section respond-send" aria-labelledby="h-send">
                <h2 id="h-send">{ t("respond-send-title") }</h2>
                <p>{ t("respond-send-intro") }</p>
                <button type="button" class="primary" onclick={prepare}>{ t("respond-prepare") }</button>
                if let Some((code, link, qr)) = &*reply {
                    { code_field(&ctx, "reply-code", &t("respond-code"), code, Some(format!("shutaf-{who}.txt"))) }
                    if link.len() <= ws::MAX_LINK_CHARS {
                        { code_field(&ctx, "reply-link", &t("respond-link"), link, None) }
                    }
                    // With no link shown, the note names only what is there to send.
                    { qr_view(&ctx, "reply-qr", qr, &t("qr-response"),
                        if link.len() <= ws::MAX_LINK_CHARS { "qr-too-long" } else { "qr-too-long-code" }) }
                }
            </section>
            <p><button type="button" class="linklike" onclick={leave}>{ t("respond-leave") }</button></p>
        </article>
    }
}
