//! Labelled form fields and the modal dialog, shared by every page.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::AppCtx;
use crate::browser::event_value;

/// A date field's value: the date as typed (`YYYY-MM-DD`), or empty.
pub(crate) fn date_value(d: &Option<shutaf::model::Date>) -> AttrValue {
    AttrValue::from(d.as_ref().map(|d| d.0.clone()).unwrap_or_default())
}

/// Moves focus to `node` when the page opens: screen-reader and keyboard users land on its
/// heading.
#[hook]
pub(crate) fn use_focus_on_mount(node: &NodeRef) {
    let node = node.clone();
    use_effect_with((), move |_| {
        if let Some(h) = node.cast::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    });
}

/// How many items of a long list a page draws at first, and adds at each "show more".
pub(crate) const PAGE: usize = 50;

/// A long list drawn a page at a time: the first [`PAGE`] items, [`PAGE`] more at each press
/// of the button, and always the items added from this page (so what the user adds shows).
/// Drawing a plan's 1,000 tasks or 800 people at once takes seconds and much memory.
#[derive(Clone, PartialEq)]
pub(crate) struct Paged {
    shown: UseStateHandle<usize>,
    added: UseReducerHandle<Added>,
}

/// The items added from a page. A reducer, so that two adds before the next render both count
/// (a state set from the last render's value would keep only the second).
#[derive(Default, PartialEq)]
pub(crate) struct Added(Vec<shutaf::model::Id>);

impl Reducible for Added {
    type Action = shutaf::model::Id;

    fn reduce(self: std::rc::Rc<Self>, id: Self::Action) -> std::rc::Rc<Self> {
        let mut v = self.0.clone();
        v.push(id);
        std::rc::Rc::new(Added(v))
    }
}

#[hook]
pub(crate) fn use_paged() -> Paged {
    Paged {
        shown: use_state(|| PAGE),
        added: use_reducer(Added::default),
    }
}

impl Paged {
    /// Whether the item at `index` with `id` is drawn.
    pub fn shows(&self, index: usize, id: &shutaf::model::Id) -> bool {
        index < *self.shown || self.added.0.contains(id)
    }

    /// The items of a list that are drawn, in order; `id` names each.
    pub fn page<'a, T>(
        &'a self,
        items: &'a [T],
        id: fn(&T) -> &shutaf::model::Id,
    ) -> impl Iterator<Item = &'a T> + 'a {
        (items.iter().enumerate())
            .filter(move |(i, x)| self.shows(*i, id(x)))
            .map(|(_, x)| x)
    }

    /// Remembers an item added from this page, so it is drawn wherever it falls in the list.
    pub fn add(&self, id: shutaf::model::Id) {
        self.added.dispatch(id);
    }

    /// "Showing N of M" and the button that draws more, when some items are not drawn.
    pub fn more(&self, ctx: &AppCtx, ids: impl Iterator<Item = shutaf::model::Id>) -> Html {
        let (mut drawn, mut total) = (0, 0);
        for (i, id) in ids.enumerate() {
            total += 1;
            drawn += usize::from(self.shows(i, &id));
        }
        if drawn == total {
            return html! {};
        }
        let shown = self.shown.clone();
        let next = (total - drawn).min(PAGE);
        let onclick = Callback::from(move |e: MouseEvent| {
            let from = *shown;
            shown.set(from + PAGE);
            // Once the new items are drawn (after this event), the focus goes to the first of
            // them: the button may be gone (the last page), and the user reads on from there.
            let button: web_sys::Element = e.target_unchecked_into();
            if let Some(list) = button
                .closest(".show-more")
                .ok()
                .flatten()
                .and_then(|p| p.previous_element_sibling())
            {
                gloo::timers::callback::Timeout::new(0, move || focus_item(&list, from)).forget();
            }
        });
        html! {
            <p class="show-more">
                <span role="status">{ ctx.tr.t_args("list-showing", &[("shown", drawn.into()), ("total", total.into())]) }</span>
                { " " }
                <button type="button" {onclick}>
                    { ctx.tr.t_args("list-show-more", &[("count", next.into())]) }
                </button>
            </p>
        }
    }
}

/// Focuses the item at `index` of a list (`<ul>`, `<ol>`, or a table's `<tbody>` inside
/// `list`): its first control, or the item itself.
fn focus_item(list: &web_sys::Element, index: usize) {
    let items = if matches!(list.tag_name().as_str(), "UL" | "OL") {
        Some(list.children())
    } else {
        list.query_selector("tbody")
            .ok()
            .flatten()
            .map(|b| b.children())
    };
    let Some(item) = items.and_then(|c| c.item(index as u32)) else {
        return;
    };
    let target = item
        .query_selector("summary, a[href], button, input, select, textarea")
        .ok()
        .flatten()
        .unwrap_or_else(|| {
            let _ = item.set_attribute("tabindex", "-1");
            item.clone()
        });
    if let Some(h) = target.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// A `<details>` whose content is drawn only while it is open: a long list of closed cards
/// costs no more than their summaries. `ontoggle` keeps the state in step with the browser.
#[hook]
pub(crate) fn use_open(initially: bool) -> (bool, Callback<Event>) {
    let open = use_state(|| initially);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let d: web_sys::Element = e.target_unchecked_into();
            open.set(d.has_attribute("open"));
        })
    };
    (*open, ontoggle)
}

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub title: AttrValue,
    /// Escape and the close button call this; `None` when the user must choose.
    pub on_close: Option<Callback<()>>,
    /// An alert dialog (an error, a conflict) rather than a question.
    #[prop_or_default]
    pub alert: bool,
    pub children: Html,
}

/// A modal dialog: focus moves into it, Tab stays inside it, Escape closes it.
#[component]
pub fn Modal(props: &ModalProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let previous = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let first = el
                    .query_selector("button.primary, button, [href], input, select, textarea")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                let _ = first.unwrap_or(el).focus();
            }
            // Give focus back to where it was when the dialog closes.
            move || {
                if let Some(p) = previous {
                    let _ = p.focus();
                }
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        let node = node.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                if let Some(c) = &on_close {
                    e.prevent_default();
                    c.emit(());
                }
            } else if e.key() == "Tab" {
                trap_focus(&node, &e);
            }
        })
    };
    let title_id = "dialog-title";
    html! {
        <div class="overlay">
            <div class="dialog" ref={node} role={if props.alert { "alertdialog" } else { "dialog" }}
                aria-modal="true" aria-labelledby={title_id} tabindex="-1" {onkeydown}>
                <h2 id={title_id}>{ props.title.clone() }</h2>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// Keeps Tab and Shift+Tab inside the dialog.
fn trap_focus(node: &NodeRef, e: &KeyboardEvent) {
    let Some(dialog) = node.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(list) =
        dialog.query_selector_all("button:not([disabled]), [href], input, select, textarea")
    else {
        return;
    };
    let (Some(first), Some(last)) = (list.get(0), list.get(list.length().saturating_sub(1))) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let active: Option<web_sys::Node> = active.map(|a| a.into());
    let target = if e.shift_key() && active.as_ref() == Some(&first) {
        Some(last)
    } else if !e.shift_key() && active.as_ref() == Some(&last) {
        Some(first)
    } else {
        None
    };
    if let Some(t) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        e.prevent_default();
        let _ = t.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The element id (and the label's `for`).
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Called with the new value when the user leaves the field or presses Enter.
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or("text".into())]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub maxlength: Option<usize>,
    /// Several lines of text.
    #[prop_or_default]
    pub multiline: bool,
    /// The id of a `<datalist>` of suggestions (single-line fields).
    #[prop_or_default]
    pub list: Option<AttrValue>,
    /// The id of a note about the field (`aria-describedby`), read with it by screen readers.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

/// A labelled text field that commits its value on change (one undo step per edit).
#[component]
pub fn Field(props: &FieldProps) -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx");
    let onchange = {
        let cb = props.onchange.clone();
        let required = props.required;
        let old = props.value.clone();
        Callback::from(move |e: Event| {
            let v = event_value(&e);
            if required && v.trim().is_empty() {
                // A required field cannot be emptied: put the saved value back.
                if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    i.set_value(&old);
                }
                return;
            }
            cb.emit(v)
        })
    };
    let maxlength = props.maxlength.map(|m| m.to_string());
    html! {
        <div class="field">
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.required { <span class="required">{ " " }{ ctx.t("field-required") }</span> }
            </label>
            if props.multiline {
                <textarea id={props.id.clone()} value={props.value.clone()} {onchange} rows="3"
                    maxlength={maxlength} dir="auto" aria-describedby={props.describedby.clone()} />
            } else {
                <input id={props.id.clone()} type={props.input_type.clone()} value={props.value.clone()}
                    {onchange} required={props.required} maxlength={maxlength} list={props.list.clone()}
                    dir={if props.input_type == "text" { "auto" } else { "" }}
                    aria-required={props.required.then_some("true")} aria-describedby={props.describedby.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// `(value, shown text)` pairs.
    pub options: Vec<(AttrValue, String)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    /// Draws only the chosen option until the list is focused or pointed at: for a select
    /// repeated on many rows over a long list (a task's owner among 400 people), which
    /// would otherwise draw tens of thousands of options.
    #[prop_or_default]
    pub lazy: bool,
}

/// A labelled drop-down list.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    let expanded = use_state(|| false);
    let expand = {
        let expanded = expanded.clone();
        Callback::from(move |_: Event| {
            if !*expanded {
                expanded.set(true);
            }
        })
    };
    // Until expanded, a lazy select holds just the option it shows (or the first one).
    let drawn: &[(AttrValue, String)] = if props.lazy && !*expanded {
        let i = props
            .options
            .iter()
            .position(|(v, _)| *v == props.value)
            .unwrap_or(0);
        props.options.get(i..=i).unwrap_or_default()
    } else {
        &props.options
    };
    {
        // An option's `selected` attribute stops counting once the user has chosen: set the
        // select's value itself, so undo and another tab's changes show.
        let node = node.clone();
        use_effect_with((props.value.clone(), drawn.len()), move |(value, _)| {
            if let Some(s) = node.cast::<web_sys::HtmlSelectElement>() {
                s.set_value(value);
            }
        });
    }
    let onchange = props.onchange.reform(|e: Event| event_value(&e));
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} ref={node} {onchange}
                onfocus={props.lazy.then(|| expand.reform(|e: FocusEvent| e.into()))}
                onpointerenter={props.lazy.then(|| expand.reform(|e: PointerEvent| e.into()))}>
                { for drawn.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={*v == props.value}>{ text }</option>
                }) }
            </select>
        </div>
    }
}
