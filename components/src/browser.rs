//! Small browser helpers: downloads, ids, the document's language and title.

use wasm_bindgen::JsCast;

/// Offers `text` to the user as a file download.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    download_pieces(file_name, mime, |out| out(text))
}

/// How large a piece of a file [`download_pieces`] hands to the browser at a time.
pub const PIECE: usize = 256 * 1024;

/// Offers a text that `write` produces in pieces as a file download. Each piece goes to the
/// browser as it comes, so a large export never sits whole in the wasm heap.
pub fn download_pieces(
    file_name: &str,
    mime: &str,
    write: impl FnOnce(&mut dyn FnMut(&str)),
) -> Result<(), String> {
    let parts = js_sys::Array::new();
    write(&mut |piece| {
        parts.push(&wasm_bindgen::JsValue::from_str(piece));
    });
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    download_blob(file_name, &blob)
}

/// Offers a blob to the user as a file download.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoke later: some browsers start the download after this tick.
    let revoke = gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    revoke.forget();
    Ok(())
}

/// A new id: time and randomness, so ids from two tabs or two devices do not meet.
pub fn new_id(prefix: &str) -> shutaf::Id {
    let time = js_sys::Date::now() as u64;
    let rand = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    shutaf::Id::new(format!("{prefix}-{}{}", base36(time), base36(rand)))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

/// Today's date as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Today as a date (the clock always gives a real one; the fallback only keeps this total).
pub fn today_date() -> shutaf::model::Date {
    shutaf::model::Date::parse(&today()).unwrap_or_else(|| shutaf::model::Date("2026-01-01".into()))
}

/// Sets `<html lang dir>` and the window title.
pub fn set_document_language(lang: &str, dir: &str, title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        // Only what changed: setting `lang` or `dir` on the root, even to the value it has,
        // makes Chromium restyle the whole page (over 100 ms on a large plan, at every edit).
        if let Some(root) = doc.document_element() {
            for (name, value) in [("lang", lang), ("dir", dir)] {
                if root.get_attribute(name).as_deref() != Some(value) {
                    let _ = root.set_attribute(name, value);
                }
            }
        }
        if doc.title() != title {
            doc.set_title(title);
        }
    }
}

/// A name fit for a file: letters and digits of any script, dashes for the rest.
pub fn file_slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "plan".into()
    } else {
        shutaf::text::truncate_chars(out, 60)
    }
}

/// The value of the input, select or textarea an event came from.
pub fn event_value(e: &web_sys::Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(s) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

/// Whether the keyboard event comes from a place where typing happens (its own undo applies).
pub fn is_typing_target(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el.has_attribute("contenteditable")
}

/// Fetches a text file of the app's own origin (a relative URL).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    // The single-file edition (scripts/build-single) carries these files inside the page, as
    // <script type="application/json" data-src="...">: a page opened from disk cannot fetch.
    if let Some(text) = window
        .document()
        .and_then(|d| {
            d.query_selector(&format!("script[data-src='{url}']"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.text_content())
    {
        return Ok(text);
    }
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Draws an SVG document on a canvas of its size and offers the picture as a PNG download.
pub fn download_svg_as_png(
    svg: &str,
    width: u32,
    height: u32,
    file_name: &str,
) -> Result<(), String> {
    use wasm_bindgen::closure::Closure;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let img = web_sys::HtmlImageElement::new().map_err(|e| format!("{e:?}"))?;
    let (image, name, src) = (img.clone(), file_name.to_string(), url.clone());
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&src);
        let Ok(canvas) = document.create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width(width);
        canvas.set_height(height);
        let Some(cx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = cx.draw_image_with_html_image_element(&image, 0.0, 0.0);
        let done = Closure::once_into_js(move |b: Option<web_sys::Blob>| {
            if let Some(b) = b {
                let _ = download_blob(&name, &b);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}
