//! The root component: owns the editor (workspace + history), storage and the chrome around the
//! pages. Pages send [`Msg`]s; every change to the workspace is a core [`Command`].

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use shutaf::command::{Command, CommandError, Editor};
use shutaf::format::{self, Content, Imported, Problem};
use shutaf::i18n::{Lang, Translator};
use shutaf::instrument::Instrument;
use shutaf::model::{Id, Workspace};
use shutaf::workshop::{self as ws, CodeError, Invitation, Outcome, Payload};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::governance::{GovernancePage, MeetingPage, YearSummaryPage};

use crate::coaching::CoachingPage;

use crate::evaluation::{EvaluationPage, EvaluationReport, IndicatorPage, InterviewPage};
use crate::home::Home;
use crate::instrument::{InstrumentPage, PassportPage, ResponsePage};
use crate::plan::PlanPage;
use crate::storage::{Loaded, SaveError, Store, KEY_DOC, KEY_LANG, KEY_REV, QUOTA_UNITS};
use crate::widgets::Modal;
use crate::workshop::{self, Respond};

/// What every page needs: the translator, the instrument library and a way to send messages.
#[derive(Clone)]
pub struct AppCtx {
    pub tr: Rc<Translator>,
    pub library: Rc<Vec<Instrument>>,
    pub send: Callback<Msg>,
}

impl PartialEq for AppCtx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.tr, &other.tr)
            && Rc::ptr_eq(&self.library, &other.library)
            && self.send == other.send
    }
}

impl AppCtx {
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// A text of an instrument, in the interface's language.
    pub fn tx<'a>(&self, tr: &'a shutaf::instrument::Tr) -> &'a str {
        tr.get(self.tr.lang())
    }

    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.library.iter().find(|i| i.id == id)
    }

    /// A callback that adds the entity `make` builds from a typed name or title and a new id
    /// (`prefix-…`) to the plan's part.
    pub fn adder(
        &self,
        plan_id: &Id,
        prefix: &'static str,
        make: impl Fn(Id, String) -> shutaf::parts::Ent + 'static,
    ) -> Callback<String> {
        let pid = plan_id.clone();
        self.exec(move |name: String| Some(Command::put(&pid, make(browser::new_id(prefix), name))))
    }

    /// A callback that applies the command `f` builds from the event.
    pub fn exec<E: 'static>(&self, f: impl Fn(E) -> Option<Command> + 'static) -> Callback<E> {
        let send = self.send.clone();
        Callback::from(move |e| {
            if let Some(cmd) = f(e) {
                send.emit(Msg::Exec(cmd))
            }
        })
    }
}

/// How the import dialog's user chose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ImportChoice {
    Add,
    Replace,
}

/// How the user settles a conflict with another tab.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConflictChoice {
    LoadTheirs,
    KeepMine,
    DownloadMine,
}

/// What the page shows inside an open plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Sub {
    /// The plan's own page.
    Overview,
    /// One instrument: its rounds, responses and results.
    Instrument(String),
    /// Filling one response.
    Response(Id),
    /// The partnership passport, from the profile card.
    Passport,
    /// Governance and the work plan.
    Governance,
    /// One meeting of a governance body: its editor and minutes.
    Meeting(Id),
    /// The printable planning-year summary.
    YearSummary,

    /// The coaching partnership: sessions, calendar, goals.
    Coaching,

    /// Measurement and evaluation: indicators, plan, network, interviews, findings.
    Evaluation,
    /// One indicator: its fields, measurements and chart.
    Indicator(Id),
    /// One interview: answers and tagged quotes.
    Interview(Id),
    /// The printable evaluation report.
    EvaluationReport,

    /// The partner landscape: registry, map, responsibility areas, rhythm, conflicts, joint
    /// work plan, contact plan.
    Landscape,
}

pub enum Msg {
    Exec(Command),
    /// Applies a command, then shows a page (adding a response and opening it, for example).
    ExecThen(Command, Sub),
    Show(Sub),
    Print,
    Undo,
    Redo,
    Open(Option<Id>),
    SetLang(Lang),
    PickFile(web_sys::File),
    FileRead {
        name: String,
        result: Result<String, String>,
    },
    ImportChoose(ImportChoice),
    CloseDialog,
    ExportWorkspace,
    ExportPlan(Id),
    /// Exports a plan with its confidential coaching notes (`true`) or without them.
    ExportPlanWith(Id, bool),
    /// The export dialog's "include coaching notes" box.
    ExportNotes(bool),
    AskRestoreDemo,
    RestoreDemo,
    Save,
    OtherTabSaved,
    Conflict(ConflictChoice),
    DownloadBackup,
    Dismiss(u32),
    Dragging(bool),
    /// The demo file arrived (or could not be read).
    DemoLoaded(DemoFor, Result<String, String>),
    /// The instrument texts of a language arrived (or could not be read).
    TextsLoaded(Lang, Result<String, String>),
    /// The translations of a language arrived (or failed to).
    LocaleLoaded(Lang, Result<String, String>),
    /// Codes were decoded: from the address's fragment (`address` holds it, so that an
    /// invitation can be resumed after a reload) or from a dropped file.
    Received {
        decoded: Vec<Result<Payload, CodeError>>,
        address: Option<String>,
    },
    /// The user confirmed adding the received responses.
    ReceivedConfirm,
    /// The address's fragment changed to a code while the app was open.
    HashChanged,
    /// A new version of the app is installed and waits for a reload.
    NewVersion,
    ReloadApp,
}

/// Why the demo is being loaded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DemoFor {
    FirstVisit,
    Restore,
}

/// A message shown above the page until dismissed or resolved.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Damaged {
        backed_up: bool,
    },
    StorageUnavailable,
    StorageFull,
    NearlyFull(usize),
    Newer,
    Reloaded,
    PlanDeleted(String),
    Imported(usize),
    Replaced,
    DemoRestored,
    CommandFailed(CommandError),
    DemoUnavailable,
    TextsUnavailable,
    /// The translations of the chosen language could not be loaded; the page keeps its language.
    LocaleUnavailable,
    FileTooLarge {
        name: String,
        size: usize,
    },
    ReadFailed(String),
    /// A link or code could not be read; the workspace was not touched.
    CodeRefused(CodeError),
    /// A response whose questionnaire is not in this workspace.
    NoRound,
    ResponsesAdded(usize),
    NewVersion,
}

impl Notice {
    fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::Damaged { .. }
                | Notice::StorageFull
                | Notice::Newer
                | Notice::CommandFailed(_)
                | Notice::FileTooLarge { .. }
                | Notice::ReadFailed(_)
                | Notice::DemoUnavailable
                | Notice::TextsUnavailable
                | Notice::LocaleUnavailable
                | Notice::CodeRefused(_)
                | Notice::NoRound
        )
    }

    /// Notices that stay until their cause is gone (not dismissed by the next action).
    fn is_lasting(&self) -> bool {
        matches!(
            self,
            Notice::Damaged { .. }
                | Notice::StorageUnavailable
                | Notice::StorageFull
                | Notice::Newer
                | Notice::DemoUnavailable
                | Notice::TextsUnavailable
                | Notice::NewVersion
        )
    }
}

enum Dialog {
    ImportConfirm {
        file: String,
        imported: Imported,
    },
    ImportErrors {
        file: String,
        problems: Vec<Problem>,
    },
    Conflict,
    ConfirmDemo,
    /// Responses received by link or file, with what collecting them into their round would
    /// do; nothing is added before the user confirms.
    Received {
        plan_id: Id,
        instrument: String,
        round: String,
        plan: String,
        outcomes: Vec<Outcome>,
        cmd: Option<Box<Command>>,
    },
    /// Exporting a plan that holds confidential coaching notes.
    ExportPlan {
        id: Id,
        notes: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum SaveState {
    Saved,
    Pending,
    /// Not saved: no storage, full, or held back.
    Memory,
    Conflict,
}

pub struct App {
    editor: Editor,
    store: Store,
    lang: Lang,
    /// The translations shown; `ready` is false until the first language's file arrives.
    tr: Rc<Translator>,
    ready: bool,
    /// The first language's translations could not be loaded: nothing can be shown in words.
    locale_failed: bool,
    send: Callback<Msg>,
    open: Option<Id>,
    sub: Sub,
    library: Rc<Vec<Instrument>>,
    /// The language whose instrument texts are loaded (`None` until the first arrive).
    texts: Option<Lang>,
    /// The first texts could not be read: show the app anyway.
    texts_failed: bool,
    notices: Vec<(u32, Notice)>,
    next_notice: u32,
    dialog: Option<Dialog>,
    saved_revision: u64,
    save_state: SaveState,
    /// Share of the browser's storage quota in use after the last save, in percent.
    storage_percent: Option<f64>,
    save_timer: Option<Timeout>,
    reader: Option<FileReader>,
    damaged_raw: Option<String>,
    dragging: bool,
    /// Grows when an edit is refused, so the forms are drawn again from the model.
    epoch: u32,
    /// The invitation being answered: the app shows the respondent view only.
    respond: Option<Rc<Invitation>>,
    /// A code from the address is being decoded (the page waits rather than flash the workspace).
    decoding: bool,
    _listeners: Vec<EventListener>,
}

/// How long after the last edit the workspace is saved.
const SAVE_DELAY_MS: u32 = 400;

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let tab = browser::new_id("tab").0;
        let mut store = Store::open(tab);
        let lang = store
            .get(KEY_LANG)
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or_default();
        let mut notices = Vec::new();
        let mut damaged_raw = None;
        // With nothing saved (a first visit, or no storage at all), the demo is fetched.
        let mut first_visit = false;
        let workspace = if !store.available() {
            notices.push(Notice::StorageUnavailable);
            first_visit = true;
            Workspace::default()
        } else {
            match store.load() {
                Loaded::Nothing => {
                    first_visit = true;
                    Workspace::default()
                }
                Loaded::Workspace(ws, _) => ws,
                Loaded::Damaged { raw, backed_up, .. } => {
                    notices.push(Notice::Damaged { backed_up });
                    damaged_raw = Some(raw);
                    Workspace::default()
                }
                Loaded::Newer => {
                    notices.push(Notice::Newer);
                    Workspace::default()
                }
            }
        };
        let editor = Editor::new(workspace);
        let link = ctx.link().clone();
        let send = Callback::from(move |m| link.send_message(m));
        let listeners = Self::listen(ctx);
        let mut app = App {
            saved_revision: editor.revision(),
            editor,
            store,
            lang,
            tr: Rc::new(Translator::from_source(lang, "")),
            ready: false,
            locale_failed: false,
            send,
            open: None,
            sub: Sub::Overview,
            library: Rc::new(shutaf::instrument::library()),
            texts: None,
            texts_failed: false,
            notices: Vec::new(),
            next_notice: 0,
            dialog: None,
            save_state: SaveState::Saved,
            storage_percent: None,
            save_timer: None,
            reader: None,
            damaged_raw,
            dragging: false,
            epoch: 0,
            respond: None,
            decoding: false,
            _listeners: listeners,
        };
        app.read_address(ctx);
        for n in notices {
            app.notify(n);
        }
        if !app.store.available() || app.store.is_blocked() {
            app.save_state = SaveState::Memory;
        }
        if first_visit {
            app.fetch_demo(ctx, DemoFor::FirstVisit);
        }
        app.fetch_texts(ctx, lang);
        app.fetch_locale(ctx, lang);
        app
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Exec(cmd) => {
                let deleted = match &cmd {
                    Command::RemovePlan { plan_id } => self
                        .editor
                        .workspace()
                        .plan(plan_id)
                        .map(|p| p.name.clone()),
                    _ => None,
                };
                self.clear_passing_notices();
                match self.editor.execute(cmd) {
                    Ok(()) => {
                        if let Some(name) = deleted {
                            self.notify(Notice::PlanDeleted(name));
                        }
                        self.changed(ctx);
                    }
                    Err(e) => {
                        self.epoch += 1;
                        self.notify(Notice::CommandFailed(e));
                    }
                }
            }
            Msg::ExecThen(cmd, sub) => {
                self.clear_passing_notices();
                match self.editor.execute(cmd) {
                    Ok(()) => {
                        self.sub = sub;
                        self.changed(ctx);
                        scroll_top();
                    }
                    Err(e) => {
                        self.epoch += 1;
                        self.notify(Notice::CommandFailed(e));
                    }
                }
            }
            Msg::Show(sub) => {
                self.sub = sub;
                self.clear_passing_notices();
                scroll_top();
            }
            Msg::Print => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
                return false;
            }
            Msg::Undo => {
                self.clear_passing_notices();
                if self.editor.undo() {
                    self.changed(ctx);
                }
            }
            Msg::Redo => {
                self.clear_passing_notices();
                if self.editor.redo() {
                    self.changed(ctx);
                }
            }
            Msg::Open(id) => {
                self.open = id;
                self.sub = Sub::Overview;
                self.clear_passing_notices();
                self.update_title();
                scroll_top();
            }
            Msg::SetLang(lang) => {
                self.use_lang(ctx, lang);
            }
            Msg::LocaleLoaded(lang, result) => {
                if lang != self.lang {
                    return false;
                }
                match result {
                    Ok(source) => {
                        self.tr = Rc::new(Translator::from_source(lang, &source));
                        self.ready = true;
                        self.store.set_lang(lang.code());
                        self.update_title();
                    }
                    Err(_) if self.ready => {
                        // Keep the language on screen; say so in it.
                        self.lang = self.tr.lang();
                        self.notify(Notice::LocaleUnavailable);
                    }
                    Err(_) => self.locale_failed = true,
                }
            }
            Msg::Received { decoded, address } => {
                self.decoding = false;
                self.receive(ctx, decoded, address);
            }
            Msg::ReceivedConfirm => {
                if let Some(Dialog::Received {
                    plan_id,
                    instrument,
                    outcomes,
                    cmd: Some(cmd),
                    ..
                }) = self.dialog.take()
                {
                    match self.editor.execute(*cmd) {
                        Ok(()) => {
                            self.open = Some(plan_id);
                            self.sub = Sub::Instrument(instrument);
                            let n = outcomes.iter().filter(|o| o.is_added()).count();
                            self.notify(Notice::ResponsesAdded(n));
                            self.changed(ctx);
                        }
                        Err(e) => self.notify(Notice::CommandFailed(e)),
                    }
                }
            }
            Msg::HashChanged => self.read_address(ctx),
            Msg::NewVersion => self.notify(Notice::NewVersion),
            Msg::ReloadApp => {
                // The page's loader script (index.html) lets the waiting version take over.
                if let Some(w) = web_sys::window() {
                    if let Ok(e) = web_sys::Event::new("shutaf-reload") {
                        let _ = w.dispatch_event(&e);
                    }
                }
            }
            Msg::PickFile(file) => {
                self.dragging = false;
                let name = file.name();
                let size = file.size() as usize;
                if size > format::MAX_FILE_BYTES {
                    self.notify(Notice::FileTooLarge { name, size });
                    return true;
                }
                let link = ctx.link().clone();
                let file = gloo::file::File::from(file);
                self.reader = Some(gloo::file::callbacks::read_as_bytes(&file, move |result| {
                    link.send_message(Msg::FileRead {
                        name,
                        result: result
                            .map(shutaf::text::decode_text)
                            .map_err(|e| e.to_string()),
                    })
                }));
            }
            Msg::FileRead { name, result } => {
                self.reader = None;
                match result {
                    Err(_) => self.notify(Notice::ReadFailed(name)),
                    // A file of response codes (or any Shutaf code) rather than a Shutaf file.
                    Ok(text) if text.trim_start().starts_with(ws::PREFIX) => {
                        let link = ctx.link().clone();
                        yew::platform::spawn_local(async move {
                            let decoded = workshop::decode_all(&text).await;
                            link.send_message(Msg::Received {
                                decoded,
                                address: None,
                            });
                        });
                    }
                    Ok(text) => {
                        self.dialog = Some(match format::import(&text) {
                            Ok(imported) => Dialog::ImportConfirm {
                                file: name,
                                imported,
                            },
                            Err(problems) => Dialog::ImportErrors {
                                file: name,
                                problems,
                            },
                        })
                    }
                }
            }
            Msg::ImportChoose(choice) => {
                if let Some(Dialog::ImportConfirm { imported, .. }) = self.dialog.take() {
                    self.import(ctx, imported, choice);
                }
            }
            Msg::CloseDialog => {
                self.dialog = None;
            }
            Msg::ExportWorkspace => self.download_workspace(),
            Msg::ExportPlan(id) => {
                if let Some(plan) = self.editor.workspace().plan(&id) {
                    if shutaf::coaching::has_notes(plan) {
                        self.dialog = Some(Dialog::ExportPlan { id, notes: false });
                        return true;
                    }
                }
                ctx.link().send_message(Msg::ExportPlanWith(id, true));
            }
            Msg::ExportNotes(on) => {
                if let Some(Dialog::ExportPlan { notes, .. }) = &mut self.dialog {
                    *notes = on;
                }
            }
            Msg::ExportPlanWith(id, notes) => {
                if matches!(self.dialog, Some(Dialog::ExportPlan { .. })) {
                    self.dialog = None;
                }
                if let Some(plan) = self.editor.workspace().plans.iter().find(|p| p.id == id) {
                    let plan = if notes {
                        plan.clone()
                    } else {
                        Rc::new(shutaf::coaching::without_notes(plan))
                    };
                    let name = format!(
                        "shutaf-{}-{}.json",
                        browser::file_slug(&plan.name),
                        browser::today()
                    );
                    let _ = browser::download_pieces(&name, "application/json", |out| {
                        format::export_plan_in_pieces(&plan, browser::PIECE, out)
                    });
                }
            }
            Msg::AskRestoreDemo => self.dialog = Some(Dialog::ConfirmDemo),
            Msg::RestoreDemo => {
                self.dialog = None;
                self.fetch_demo(ctx, DemoFor::Restore);
            }
            Msg::TextsLoaded(lang, result) => {
                match result.and_then(|t| {
                    serde_json::from_str::<Vec<String>>(&t).map_err(|e| e.to_string())
                }) {
                    Ok(table) => {
                        // Texts of a language the user has since left are still better than none.
                        if lang == self.lang || self.texts.is_none() {
                            self.library = Rc::new(shutaf::instrument::library_in(lang, &table));
                            self.texts = Some(lang);
                        }
                    }
                    Err(_) => {
                        self.texts_failed = true;
                        self.notify(Notice::TextsUnavailable);
                    }
                }
            }
            Msg::DemoLoaded(purpose, result) => {
                let demo = match result.map(|text| format::import(&text)) {
                    Ok(Ok(imported)) => format::into_workspace(imported.plans),
                    _ => {
                        self.notify(Notice::DemoUnavailable);
                        return true;
                    }
                };
                if purpose == DemoFor::FirstVisit {
                    // Nothing was there to keep: the demo is the start, saved right away so a
                    // reload finds it (unless the user already began something).
                    if self.editor.workspace().plans.is_empty() && !self.editor.can_undo() {
                        self.editor.reset(demo);
                        self.saved_revision = u64::MAX;
                        self.save();
                    }
                } else if self
                    .editor
                    .execute(Command::ReplaceWorkspace { workspace: demo })
                    .is_ok()
                {
                    self.open = None;
                    self.notify(Notice::DemoRestored);
                    self.changed(ctx);
                }
            }
            Msg::Save => {
                self.save_timer = None;
                self.save();
            }
            Msg::OtherTabSaved => {
                if self.editor.revision() == self.saved_revision && self.dialog.is_none() {
                    self.take_theirs();
                } else if !matches!(self.dialog, Some(Dialog::Conflict)) {
                    self.save_state = SaveState::Conflict;
                    self.dialog = Some(Dialog::Conflict);
                }
            }
            Msg::Conflict(choice) => match choice {
                ConflictChoice::LoadTheirs => {
                    self.dialog = None;
                    self.take_theirs();
                }
                ConflictChoice::KeepMine => {
                    self.dialog = None;
                    let result = self.store.save_over(self.editor.workspace());
                    self.saved(result);
                }
                ConflictChoice::DownloadMine => self.download_workspace(),
            },
            Msg::DownloadBackup => {
                if let Some(raw) = &self.damaged_raw {
                    let _ = browser::download(
                        &format!("shutaf-damaged-data-{}.json", browser::today()),
                        raw,
                        "application/json",
                    );
                    if self.store.is_blocked() {
                        self.store.unblock();
                        self.notices
                            .retain(|(_, n)| !matches!(n, Notice::Damaged { .. }));
                        self.notify(Notice::Damaged { backed_up: true });
                        self.schedule_save(ctx);
                    }
                }
            }
            Msg::Dismiss(id) => self.notices.retain(|(i, _)| *i != id),
            Msg::Dragging(on) => {
                if self.dragging == on {
                    return false;
                }
                self.dragging = on;
            }
        }
        true
    }

    fn view(&self, _ctx: &Context<Self>) -> Html {
        if !self.ready {
            // Before any translation has arrived there are no words to show, except this one
            // message, in all three languages, should they never arrive.
            return if self.locale_failed {
                html! {
                    <main class="load-failed"><div role="alert">
                        <p lang="he" dir="rtl">{ "לא ניתן לטעון את הטקסטים של שותף. בדקו את החיבור וטענו את הדף מחדש." }</p>
                        <p lang="en" dir="ltr">{ "Shutaf could not load its texts. Check the connection and reload the page." }</p>
                        <p lang="ar" dir="rtl">{ "تعذّر تحميل نصوص شريك. تحقّقوا من الاتصال وأعيدوا تحميل الصفحة." }</p>
                    </div></main>
                }
            } else {
                html! { <main aria-busy="true"></main> }
            };
        }
        let app_ctx = AppCtx {
            tr: self.tr.clone(),
            library: self.library.clone(),
            send: self.send.clone(),
        };
        let t = |id: &str| self.tr.t(id);
        let send = self.send.clone();
        let on_drop = {
            let send = send.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                let file = e
                    .data_transfer()
                    .and_then(|d| d.files())
                    .and_then(|f| f.get(0));
                match file {
                    Some(f) => send.emit(Msg::PickFile(f)),
                    None => send.emit(Msg::Dragging(false)),
                }
            })
        };
        let on_dragover = {
            let send = send.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                send.emit(Msg::Dragging(true));
            })
        };
        let on_dragleave = {
            let send = send.clone();
            Callback::from(move |e: DragEvent| {
                // Leaving for a child element is not leaving the page.
                if e.related_target().is_none() {
                    send.emit(Msg::Dragging(false));
                }
            })
        };
        let plan = self.open.as_ref().and_then(|id| {
            self.editor
                .workspace()
                .plans
                .iter()
                .find(|p| &p.id == id)
                .cloned()
        });
        let page = match plan {
            _ if self.decoding => html! {},
            _ if self.respond.is_some() => {
                html! { <Respond inv={self.respond.clone().unwrap_or_default()} /> }
            }
            Some(plan) => {
                let key = format!("{}-{}", plan.id, self.epoch);
                match &self.sub {
                    Sub::Overview => html! { <PlanPage {key} {plan} /> },
                    Sub::Instrument(id) => {
                        html! { <InstrumentPage {key} {plan} instrument={id.clone()} /> }
                    }
                    Sub::Response(id) => {
                        html! { <ResponsePage {key} {plan} response={id.clone()} /> }
                    }
                    Sub::Passport => html! { <PassportPage {key} {plan} /> },
                    Sub::Governance => html! { <GovernancePage {key} {plan} /> },
                    Sub::Meeting(id) => {
                        html! { <MeetingPage {key} {plan} meeting={id.clone()} /> }
                    }
                    Sub::YearSummary => html! { <YearSummaryPage {key} {plan} /> },

                    Sub::Coaching => html! { <CoachingPage {key} {plan} /> },

                    Sub::Evaluation => html! { <EvaluationPage {key} {plan} /> },
                    Sub::Indicator(id) => html! { <IndicatorPage {key} {plan} id={id.clone()} /> },
                    Sub::Interview(id) => html! { <InterviewPage {key} {plan} id={id.clone()} /> },
                    Sub::EvaluationReport => html! { <EvaluationReport {key} {plan} /> },

                    Sub::Landscape => html! { <crate::landscape::LandscapePage {key} {plan} /> },
                }
            }
            None => html! { <Home plans={self.editor.workspace().plans.clone()} /> },
        };
        html! {
            <ContextProvider<AppCtx> context={app_ctx}>
            <div class={classes!("app", self.dragging.then_some("dragging"))}
                ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
                <a class="skip-link" href="#main">{ t("skip-to-content") }</a>
                { self.view_header() }
                { self.view_notices() }
                                <main id="main" tabindex="-1">
                    if (self.texts.is_none() && !self.texts_failed) || self.decoding {
                        <p class="loading" role="status">{ t("loading") }</p>
                    } else {
                        { page }
                    }
                </main>
                if self.dragging && self.respond.is_none() {
                    <div class="drop-hint" aria-hidden="true">{ t("import-drop-hint") }</div>
                }
                { self.view_dialog() }
            </div>
            </ContextProvider<AppCtx>>
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, first_render: bool) {
        if first_render {
            self.update_title();
        }
        // Keep the language list showing the language in use (see widgets::Select).
        if let Some(select) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("language"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            select.set_value(self.lang.code());
        }
    }
}

impl App {
    fn listen(ctx: &Context<Self>) -> Vec<EventListener> {
        let mut out = Vec::new();
        let Some(window) = web_sys::window() else {
            return out;
        };
        let link = ctx.link().clone();
        out.push(EventListener::new(&window, "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if matches!(e.key().as_deref(), Some(KEY_REV) | Some(KEY_DOC)) {
                link.send_message(Msg::OtherTabSaved);
            }
        }));
        let link = ctx.link().clone();
        out.push(EventListener::new(&window, "pagehide", move |_| {
            link.send_message(Msg::Save)
        }));
        let link = ctx.link().clone();
        out.push(EventListener::new(&window, "hashchange", move |_| {
            link.send_message(Msg::HashChanged)
        }));
        // From the service worker's loader in index.html (see public/sw.js).
        let link = ctx.link().clone();
        out.push(EventListener::new(&window, "shutaf-update", move |_| {
            link.send_message(Msg::NewVersion)
        }));
        if window
            .document()
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("data-update"))
            .is_some()
        {
            ctx.link().send_message(Msg::NewVersion);
        }
        if let Some(doc) = window.document() {
            let link = ctx.link().clone();
            // Not passive: the shortcut must stop the browser's own undo of the last typed text.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            out.push(EventListener::new_with_options(
                &doc,
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(e.ctrl_key() || e.meta_key())
                        || e.alt_key()
                        || browser::is_typing_target(e)
                    {
                        return;
                    }
                    let key = e.key().to_lowercase();
                    let msg = match (key.as_str(), e.shift_key()) {
                        ("z", false) => Msg::Undo,
                        ("z", true) | ("y", false) => Msg::Redo,
                        _ => return,
                    };
                    e.prevent_default();
                    link.send_message(msg);
                },
            ));
        }
        out
    }

    fn use_lang(&mut self, ctx: &Context<Self>, lang: Lang) {
        if self.texts != Some(lang) {
            self.fetch_texts(ctx, lang);
        }
        // The interface changes language when that language's translations arrive.
        self.lang = lang;
        self.fetch_locale(ctx, lang);
    }

    /// Decodes a code in the address's fragment (or the invitation this tab was answering).
    fn read_address(&mut self, ctx: &Context<Self>) {
        let Some(code) = workshop::take_fragment() else {
            return;
        };
        self.decoding = true;
        let link = ctx.link().clone();
        yew::platform::spawn_local(async move {
            let decoded = vec![workshop::decode(&code).await];
            link.send_message(Msg::Received {
                decoded,
                address: Some(code),
            });
        });
    }

    /// What decoded codes lead to: the respondent view for an invitation, the import dialog
    /// for a plan, the confirmation of responses for their round, or a message. The workspace
    /// is never changed here.
    fn receive(
        &mut self,
        ctx: &Context<Self>,
        decoded: Vec<Result<Payload, CodeError>>,
        address: Option<String>,
    ) {
        if let [one] = decoded.as_slice() {
            match one {
                Ok(Payload::Invitation(inv)) => {
                    workshop::remember_invitation(address.as_deref());
                    // The respondent view opens in the facilitator's language, unless this
                    // tab is resuming (then the respondent's own choice stays).
                    let fresh = self.respond.as_deref() != Some(inv);
                    if let Some(lang) =
                        Lang::from_code(&inv.lang).filter(|l| fresh && *l != self.lang)
                    {
                        self.use_lang(ctx, lang);
                    }
                    self.respond = Some(Rc::new(inv.clone()));
                    self.dialog = None;
                    return;
                }
                Ok(Payload::Plan(text)) => {
                    let file = self.tr.t("share-plan-received");
                    self.dialog = Some(match format::import(text) {
                        Ok(imported) => Dialog::ImportConfirm { file, imported },
                        Err(problems) => Dialog::ImportErrors { file, problems },
                    });
                    return;
                }
                _ => {}
            }
        }
        let first = decoded.iter().find_map(|d| match d {
            Ok(Payload::Response(r)) => Some(r),
            _ => None,
        });
        let Some(first) = first else {
            let e = decoded.iter().find_map(|d| d.as_ref().err().copied());
            self.notify(e.map_or(Notice::NoRound, Notice::CodeRefused));
            return;
        };
        let Some((plan, round)) = ws::find_round(&self.editor.workspace().plans, first) else {
            self.notify(Notice::NoRound);
            return;
        };
        let (plan_id, instrument, round_name, plan_name) = (
            plan.id.clone(),
            round.instrument.clone(),
            round.name.clone(),
            plan.name.clone(),
        );
        let (outcomes, cmd) = ws::collect(plan, round, decoded);
        self.dialog = Some(Dialog::Received {
            plan_id,
            instrument,
            round: round_name,
            plan: plan_name,
            outcomes,
            cmd: cmd.map(Box::new),
        });
    }

    fn notify(&mut self, n: Notice) {
        // One passing notice at a time: the newest action's (so one Undo button, for it).
        if !n.is_lasting() {
            self.clear_passing_notices();
        }
        self.notices.retain(|(_, m)| m != &n);
        self.next_notice += 1;
        self.notices.push((self.next_notice, n));
    }

    /// Passing notices (a deleted plan, an import) make way for the next action.
    fn clear_passing_notices(&mut self) {
        self.notices.retain(|(_, n)| n.is_lasting());
    }

    fn changed(&mut self, ctx: &Context<Self>) {
        self.fix_view();
        self.update_title();
        self.schedule_save(ctx);
    }

    fn schedule_save(&mut self, ctx: &Context<Self>) {
        if self.save_state != SaveState::Conflict && self.save_state != SaveState::Memory {
            self.save_state = SaveState::Pending;
        }
        let link = ctx.link().clone();
        self.save_timer = Some(Timeout::new(SAVE_DELAY_MS, move || {
            link.send_message(Msg::Save)
        }));
    }

    fn save(&mut self) {
        if self.editor.revision() == self.saved_revision || self.save_state == SaveState::Conflict {
            return;
        }
        let result = self.store.save(self.editor.workspace());
        self.saved(result);
    }

    fn saved(&mut self, result: Result<(), SaveError>) {
        match result {
            Ok(()) => {
                self.saved_revision = self.editor.revision();
                self.save_state = SaveState::Saved;
                self.notices
                    .retain(|(_, n)| !matches!(n, Notice::StorageFull | Notice::NearlyFull(_)));
                let used = self.store.used_units();
                let percent = used * 100 / QUOTA_UNITS;
                self.storage_percent =
                    Some((used as f64 * 1000.0 / QUOTA_UNITS as f64).ceil() / 10.0);
                if percent >= 80 {
                    self.notify(Notice::NearlyFull(percent));
                }
            }
            Err(SaveError::Conflict) => {
                self.save_state = SaveState::Conflict;
                self.dialog = Some(Dialog::Conflict);
            }
            Err(SaveError::Full) => {
                self.save_state = SaveState::Memory;
                if !self.notices.iter().any(|(_, n)| n == &Notice::StorageFull) {
                    self.notify(Notice::StorageFull);
                }
            }
            Err(SaveError::Unavailable) | Err(SaveError::Blocked) | Err(SaveError::Other(_)) => {
                self.save_state = SaveState::Memory;
            }
        }
    }

    fn take_theirs(&mut self) {
        match self.store.reload() {
            Ok(ws) => {
                self.editor.reset(ws);
                self.saved_revision = self.editor.revision();
                self.save_state = SaveState::Saved;
                self.fix_view();
                self.notify(Notice::Reloaded);
            }
            // What the other tab wrote cannot be read: keep ours, and save it over theirs.
            Err(_) => {
                let result = self.store.save_over(self.editor.workspace());
                self.saved(result);
            }
        }
    }

    fn import(&mut self, ctx: &Context<Self>, imported: Imported, choice: ImportChoice) {
        let count = imported.plans.len();
        let single = (imported.content == Content::Plan).then(|| imported.plans[0].id.clone());
        let cmd = match choice {
            ImportChoice::Replace => Command::ReplaceWorkspace {
                workspace: format::into_workspace(imported.plans),
            },
            ImportChoice::Add => {
                let ws = self.editor.workspace();
                let mut taken: std::collections::HashSet<Id> =
                    ws.plans.iter().map(|p| p.id.clone()).collect();
                Command::Batch(
                    imported
                        .plans
                        .into_iter()
                        .map(|mut plan| {
                            // A plan already here (imported twice, or shared back) comes in as a copy.
                            while taken.contains(&plan.id) {
                                plan.id = browser::new_id("plan");
                            }
                            taken.insert(plan.id.clone());
                            Command::AddPlan {
                                plan: Rc::new(plan),
                                index: None,
                            }
                        })
                        .collect(),
                )
            }
        };
        let opened = match (&cmd, single) {
            (Command::Batch(cmds), Some(_)) => match cmds.first() {
                Some(Command::AddPlan { plan, .. }) => Some(plan.id.clone()),
                _ => None,
            },
            _ => None,
        };
        match self.editor.execute(cmd) {
            Ok(()) => {
                self.notify(match choice {
                    ImportChoice::Replace => Notice::Replaced,
                    ImportChoice::Add => Notice::Imported(count),
                });
                self.open = opened;
                self.changed(ctx);
            }
            Err(e) => self.notify(Notice::CommandFailed(e)),
        }
    }

    /// Fetches the instrument texts of a language (`texts/instruments-<lang>.json`).
    fn fetch_texts(&self, ctx: &Context<Self>, lang: Lang) {
        let link = ctx.link().clone();
        let url = format!("texts/instruments-{}.json", lang.code());
        yew::platform::spawn_local(async move {
            link.send_message(Msg::TextsLoaded(lang, browser::fetch_text(&url).await));
        });
    }

    /// Downloads the whole workspace as a file.
    fn download_workspace(&self) {
        let ws = self.editor.workspace();
        let _ = browser::download_pieces(
            &format!("shutaf-workspace-{}.json", browser::today()),
            "application/json",
            |out| format::export_workspace_in_pieces(ws, browser::PIECE, out),
        );
    }

    /// Fetches the translations of a language (`locales/<lang>.ftl`).
    fn fetch_locale(&self, ctx: &Context<Self>, lang: Lang) {
        let link = ctx.link().clone();
        let url = format!("locales/{}.ftl", lang.code());
        yew::platform::spawn_local(async move {
            link.send_message(Msg::LocaleLoaded(lang, browser::fetch_text(&url).await));
        });
    }

    /// Fetches the demo workspace in the language in use (`demo/<lang>.json`, beside the app).
    fn fetch_demo(&self, ctx: &Context<Self>, purpose: DemoFor) {
        let link = ctx.link().clone();
        let url = format!("demo/{}.json", self.lang.code());
        yew::platform::spawn_local(async move {
            link.send_message(Msg::DemoLoaded(purpose, browser::fetch_text(&url).await));
        });
    }

    /// After a change (an undo, another tab), falls back to what still exists.
    fn fix_view(&mut self) {
        let Some(plan) = self
            .open
            .as_ref()
            .and_then(|id| self.editor.workspace().plan(id))
        else {
            self.open = None;
            self.sub = Sub::Overview;
            return;
        };
        let exists = match &self.sub {
            Sub::Overview
            | Sub::Passport
            | Sub::Governance
            | Sub::YearSummary
            | Sub::Coaching
            | Sub::Evaluation
            | Sub::EvaluationReport
            | Sub::Landscape => true,
            Sub::Meeting(id) => plan.governance.meetings.iter().any(|m| &m.id == id),
            Sub::Indicator(id) => plan.evaluation.indicators.iter().any(|i| &i.id == id),
            Sub::Interview(id) => plan.evaluation.interviews.iter().any(|i| &i.id == id),
            Sub::Instrument(id) => self.library.iter().any(|i| &i.id == id),
            Sub::Response(id) => plan.responses.iter().any(|r| &r.id == id),
        };
        if !exists {
            self.sub = Sub::Overview;
        }
    }

    fn update_title(&self) {
        let app = self.tr.t("app-title");
        let title = match self
            .open
            .as_ref()
            .and_then(|id| self.editor.workspace().plan(id))
        {
            Some(p) => format!("{} · {}", p.name, app),
            None => format!("{} · {}", self.tr.t("nav-home"), app),
        };
        let lang = self.tr.lang();
        browser::set_document_language(lang.code(), lang.dir(), &title);
    }

    fn view_header(&self) -> Html {
        let t = |id: &str| self.tr.t(id);
        let send = self.send.clone();
        let on_lang = {
            let send = send.clone();
            Callback::from(move |e: Event| {
                if let Some(l) = Lang::from_code(&browser::event_value(&e)) {
                    send.emit(Msg::SetLang(l))
                }
            })
        };
        let on_file = {
            let send = send.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                if let Some(f) = input.files().and_then(|f| f.get(0)) {
                    send.emit(Msg::PickFile(f));
                }
                // Choosing the same file again must fire again.
                input.set_value("");
            })
        };
        let (status_key, status_class) = match self.save_state {
            SaveState::Saved => ("save-status-saved", "ok"),
            SaveState::Pending => ("save-status-pending", "pending"),
            SaveState::Memory => ("save-status-memory", "warn"),
            SaveState::Conflict => ("save-status-conflict", "warn"),
        };
        html! {
            <header class="topbar">
                <div class="brand">
                    <button class="brand-name linklike" onclick={send.reform(|_| Msg::Open(None))}>{ t("app-title") }</button>
                    <span class="tagline">{ t("app-tagline") }</span>
                </div>
                <nav class="toolbar" aria-label={t("nav-main")}>
                    // A respondent sees no workspace: the language is their only tool.
                    if self.respond.is_none() {
                    <button onclick={send.reform(|_| Msg::Undo)} disabled={!self.editor.can_undo()}
                        title={t("action-undo.title")} aria-keyshortcuts="Control+Z">{ t("action-undo") }</button>
                    <button onclick={send.reform(|_| Msg::Redo)} disabled={!self.editor.can_redo()}
                        title={t("action-redo.title")} aria-keyshortcuts="Control+Shift+Z Control+Y">{ t("action-redo") }</button>
                    <label class="button file-button">
                        { t("menu-import") }
                        <input type="file" accept=".json,application/json" class="visually-hidden" onchange={on_file} />
                    </label>
                    <button onclick={send.reform(|_| Msg::ExportWorkspace)}>{ t("menu-export-workspace") }</button>
                    <button onclick={send.reform(|_| Msg::AskRestoreDemo)}>{ t("menu-restore-demo") }</button>
                    }
                    <label class="lang">
                        <span>{ t("language-label") }</span>
                        <select onchange={on_lang} id="language">
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.code()} selected={*l == self.lang} lang={l.code()}>{ l.native_name() }</option>
                            }) }
                        </select>
                    </label>
                </nav>
                if self.respond.is_none() {
                <p class={classes!("save-status", status_class)} role="status" data-state={status_class}>
                    { t(status_key) }
                    if let Some(percent) = self.storage_percent {
                        <span class="storage-usage">{ " · " }{ self.tr.t_args("storage-usage", &[("percent", shutaf::i18n::Arg::Num(percent))]) }</span>
                    }
                </p>
                }
            </header>
        }
    }

    fn notice_text(&self, n: &Notice) -> String {
        let tr = &self.tr;
        match n {
            Notice::Damaged { backed_up: true } => tr.t("storage-corrupted"),
            Notice::Damaged { backed_up: false } => tr.t("storage-corrupted-unsaved"),
            Notice::StorageUnavailable => tr.t("storage-unavailable"),
            Notice::StorageFull => tr.t("storage-full"),
            Notice::NearlyFull(p) => tr.t_args("storage-nearly-full", &[("percent", (*p).into())]),
            Notice::Newer => tr.t("storage-newer"),
            Notice::Reloaded => tr.t("storage-reloaded"),
            Notice::PlanDeleted(name) => tr.t_args("plan-deleted", &[("name", name.into())]),
            Notice::Imported(count) => tr.t_args("import-done", &[("count", (*count).into())]),
            Notice::Replaced => tr.t("import-replaced"),
            Notice::DemoRestored => tr.t("demo-restored"),
            Notice::DemoUnavailable => tr.t("demo-unavailable"),
            Notice::TextsUnavailable => tr.t("texts-unavailable"),
            Notice::LocaleUnavailable => tr.t("locale-unavailable"),
            Notice::CommandFailed(CommandError::Invalid(p)) => tr.problem(p),
            Notice::CommandFailed(e) => tr.t(match e {
                CommandError::EmptyName => "error-empty-name",
                CommandError::DatesOutOfOrder => "error-dates-out-of-order",
                CommandError::DuplicateId(_) => "error-duplicate-id",
                CommandError::InvalidId(_) => "error-invalid-id",
                CommandError::PlanNotFound(_)
                | CommandError::PartnerNotFound(_)
                | CommandError::PersonNotFound(_)
                | CommandError::RoundNotFound(_)
                | CommandError::ResponseNotFound(_)
                | CommandError::TaskNotFound(_)
                | CommandError::EntityNotFound(_)
                | CommandError::WrongKind
                | CommandError::Invalid(_)
                | CommandError::WrongRound
                | CommandError::NotDismissed => "error-not-found",
                CommandError::UnknownInstrument(_)
                | CommandError::UnknownItem(_)
                | CommandError::AnswerMismatch(_) => "error-answer",
                CommandError::TooMany => "error-too-many",
            }),
            Notice::FileTooLarge { name, size } => tr.t_args(
                "import-file-too-large",
                &[
                    ("file", name.into()),
                    ("size", (*size / (1024 * 1024)).into()),
                    ("max", (format::MAX_FILE_BYTES / (1024 * 1024)).into()),
                ],
            ),
            Notice::ReadFailed(name) => tr.t_args("import-read-failed", &[("file", name.into())]),
            Notice::CodeRefused(e) => format!("{} {}", tr.t("code-refused"), tr.t(e.key())),
            Notice::NoRound => tr.t("code-no-round"),
            Notice::ResponsesAdded(n) => tr.t_args("collect-done", &[("count", (*n).into())]),
            Notice::NewVersion => tr.t("app-new-version"),
        }
    }

    fn view_notices(&self) -> Html {
        let t = |id: &str| self.tr.t(id);
        let send = self.send.clone();
        let notices = self.notices.iter().map(|(id, n)| {
            let id = *id;
            let action = match n {
                Notice::Damaged { .. } if self.damaged_raw.is_some() => {
                    html! { <button onclick={send.reform(|_| Msg::DownloadBackup)}>{ t("storage-download-backup") }</button> }
                }
                Notice::StorageUnavailable | Notice::StorageFull | Notice::Newer | Notice::NearlyFull(_) => {
                    html! { <button onclick={send.reform(|_| Msg::ExportWorkspace)}>{ t("menu-export-workspace") }</button> }
                }
                Notice::NewVersion => {
                    html! { <button class="primary" onclick={send.reform(|_| Msg::ReloadApp)}>{ t("app-reload") }</button> }
                }
                Notice::PlanDeleted(_) | Notice::Imported(_) | Notice::Replaced | Notice::DemoRestored | Notice::ResponsesAdded(_) => {
                    html! { <button onclick={send.reform(|_| Msg::Undo)}>{ t("undo-button") }</button> }
                }
                _ => html! {},
            };
            let role = if n.is_error() { "alert" } else { "status" };
            html! {
                <div key={id} class={classes!("notice", n.is_error().then_some("error"))} role={role}>
                    <p>{ self.notice_text(n) }</p>
                    <div class="notice-actions">
                        { action }
                        <button class="quiet" onclick={send.reform(move |_| Msg::Dismiss(id))}>{ t("dismiss") }</button>
                    </div>
                </div>
            }
        });
        html! { <div class="notices" aria-live="polite">{ for notices }</div> }
    }

    fn view_dialog(&self) -> Html {
        let Some(dialog) = &self.dialog else {
            return html! {};
        };
        let tr = &self.tr;
        let t = |id: &str| tr.t(id);
        let send = self.send.clone();
        let close = send.reform(|_: ()| Msg::CloseDialog);
        let close_button = send.reform(|_: MouseEvent| Msg::CloseDialog);
        match dialog {
            Dialog::ImportErrors { file, problems } => {
                let (errors, warnings): (Vec<_>, Vec<_>) =
                    problems.iter().partition(|p| !p.kind.is_warning());
                html! {
                    <Modal title={t("import-errors-title")} on_close={close.clone()} alert=true>
                        <p>{ tr.t_args("import-errors-intro", &[("file", file.into())]) }</p>
                        { problem_list(tr, &errors, "problems") }
                        if !warnings.is_empty() {
                            { problem_list(tr, &warnings, "problems warnings") }
                        }
                        <div class="dialog-actions">
                            <button class="primary" onclick={close_button.clone()}>{ t("close") }</button>
                        </div>
                    </Modal>
                }
            }
            Dialog::ImportConfirm { file, imported } => {
                let what = match imported.content {
                    Content::Plan => tr.t_args(
                        "import-confirm-plan",
                        &[("name", (&imported.plans[0].name).into())],
                    ),
                    Content::Workspace => tr.t_args(
                        "import-confirm-workspace",
                        &[("count", imported.plans.len().into())],
                    ),
                };
                let warnings: Vec<&Problem> = imported.warnings.iter().collect();
                html! {
                    <Modal title={tr.t_args("import-confirm-title", &[("file", file.into())])} on_close={close.clone()}>
                        <p>{ what }</p>
                        if !warnings.is_empty() {
                            <h3>{ t("import-warnings-title") }</h3>
                            { problem_list(tr, &warnings, "problems warnings") }
                        }
                        if imported.content == Content::Workspace {
                            <p class="hint">{ t("import-replace-note") }</p>
                        }
                        <div class="dialog-actions">
                            <button class="primary" onclick={send.reform(|_| Msg::ImportChoose(ImportChoice::Add))}>{ t("import-add-plans") }</button>
                            if imported.content == Content::Workspace {
                                <button onclick={send.reform(|_| Msg::ImportChoose(ImportChoice::Replace))}>{ t("import-replace-workspace") }</button>
                            }
                            <button class="quiet" onclick={close_button.clone()}>{ t("cancel") }</button>
                        </div>
                    </Modal>
                }
            }
            Dialog::Received {
                round,
                plan,
                outcomes,
                cmd,
                ..
            } => {
                let n = outcomes.iter().filter(|o| o.is_added()).count();
                html! {
                    <Modal title={t("received-title")} on_close={close.clone()}>
                        <p>{ tr.t_args("received-intro", &[("round", round.into()), ("plan", plan.into())]) }</p>
                        { workshop::outcome_list(tr, outcomes) }
                        <div class="dialog-actions">
                            if cmd.is_some() {
                                <button class="primary" onclick={send.reform(|_| Msg::ReceivedConfirm)}>{ tr.t_args("received-add", &[("count", n.into())]) }</button>
                            }
                            <button class="quiet" onclick={close_button.clone()}>{ t(if cmd.is_some() { "cancel" } else { "close" }) }</button>
                        </div>
                    </Modal>
                }
            }
            Dialog::Conflict => html! {
                <Modal title={t("storage-conflict-title")} on_close={None::<Callback<()>>} alert=true>
                    <p>{ t("storage-conflict-body") }</p>
                    <div class="dialog-actions">
                        <button class="primary" onclick={send.reform(|_| Msg::Conflict(ConflictChoice::LoadTheirs))}>{ t("conflict-load-theirs") }</button>
                        <button onclick={send.reform(|_| Msg::Conflict(ConflictChoice::KeepMine))}>{ t("conflict-keep-mine") }</button>
                        <button onclick={send.reform(|_| Msg::Conflict(ConflictChoice::DownloadMine))}>{ t("conflict-download-mine") }</button>
                    </div>
                </Modal>
            },
            Dialog::ExportPlan { id, notes } => {
                let (id, notes) = (id.clone(), *notes);
                let onchange = send.reform(|e: Event| {
                    let i: web_sys::HtmlInputElement = e.target_unchecked_into();
                    Msg::ExportNotes(i.checked())
                });
                html! {
                    <Modal title={t("export-plan-title")} on_close={close.clone()}>
                        <p>{ t("coaching-export-intro") }</p>
                        <div class="check">
                            <input type="checkbox" id="export-include-notes" checked={notes} {onchange} />
                            <label for="export-include-notes">{ t("coaching-include-notes") }</label>
                        </div>
                        <div class="dialog-actions">
                            <button class="primary" onclick={send.reform(move |_| Msg::ExportPlanWith(id.clone(), notes))}>
                                { if notes { t("coaching-export-with") } else { t("coaching-export-without") } }</button>
                            <button class="quiet" onclick={close_button.clone()}>{ t("cancel") }</button>
                        </div>
                    </Modal>
                }
            }
            Dialog::ConfirmDemo => html! {
                <Modal title={t("demo-confirm-title")} on_close={close.clone()}>
                    <p>{ t("demo-confirm-body") }</p>
                    <div class="dialog-actions">
                        <button class="primary" onclick={send.reform(|_| Msg::RestoreDemo)}>{ t("demo-confirm-button") }</button>
                        <button onclick={send.reform(|_| Msg::ExportWorkspace)}>{ t("menu-export-workspace") }</button>
                        <button class="quiet" onclick={close_button.clone()}>{ t("cancel") }</button>
                    </div>
                </Modal>
            },
        }
    }
}

fn scroll_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

fn problem_list(tr: &Translator, problems: &[&Problem], class: &str) -> Html {
    // A hostile file can hold thousands of problems; the first hundred say enough.
    html! {
        <ul class={class.to_string()}>
            { for problems.iter().take(100).map(|p| html! {
                <li>
                    // The whole file ("$") needs no location.
                    if p.path != "$" {
                        <span class="problem-path">{ tr.t_args("problem-location", &[("path", p.path.as_str().into())]) }</span>
                        { " " }
                    }
                    { tr.problem(p) }
                </li>
            }) }
        </ul>
    }
}
