//! The local-storage adapter in a real headless Chromium (wasm-bindgen-test): saving and
//! loading, damaged data, data from a newer version, a full storage, no storage at all, and two
//! tabs saving over each other. In every fault the data already saved must stay intact.
//!
//! Run by `scripts/test` (`cargo test -p shutaf-web --target wasm32-unknown-unknown`).

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use shutaf::format;
use shutaf::model::{Id, Plan, PlanKind, Workspace};
use shutaf_web::storage::{Loaded, SaveError, Store, KEY_BACKUP, KEY_DOC, KEY_REV};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    storage().clear().unwrap();
}

fn workspace(name: &str) -> Workspace {
    Workspace {
        plans: vec![Rc::new(Plan::new(
            Id::new("p1"),
            name,
            PlanKind::SchoolSupport,
        ))],
    }
}

fn get(key: &str) -> Option<String> {
    storage().get_item(key).unwrap()
}

fn eval(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

/// Fills local storage until a write fails with a quota error; returns the keys used.
fn fill_storage() -> Vec<String> {
    let s = storage();
    let mut keys = Vec::new();
    for size in [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1] {
        let chunk = "x".repeat(size);
        loop {
            let key = format!("filler-{}", keys.len());
            if s.set_item(&key, &chunk).is_err() {
                break;
            }
            keys.push(key);
        }
    }
    keys
}

fn unfill(keys: &[String]) {
    for k in keys {
        storage().remove_item(k).unwrap();
    }
}

#[wasm_bindgen_test]
fn first_visit_finds_nothing_then_saves_and_loads() {
    clear();
    let mut store = Store::open("tab-a".into());
    assert!(store.available());
    assert!(matches!(store.load(), Loaded::Nothing));
    store.save(&workspace("תוכנית ראשונה")).unwrap();
    assert!(get(KEY_REV).unwrap().starts_with("tab-a-"));

    let mut again = Store::open("tab-b".into());
    match again.load() {
        Loaded::Workspace(ws, _) => assert_eq!(ws.plans[0].name, "תוכנית ראשונה"),
        other => panic!("expected the saved workspace, got {other:?}"),
    }
    // The stored text is a Shutaf file with its format version.
    let raw = get(KEY_DOC).unwrap();
    assert!(raw.contains("\"format_version\":1"), "{raw}");
}

#[wasm_bindgen_test]
fn damaged_data_is_kept_aside_before_anything_overwrites_it() {
    clear();
    let damaged =
        "{\"format\":\"shutaf\",\"format_version\":1,\"content\":\"workspace\",\"plans\":[{\"id\":";
    storage().set_item(KEY_DOC, damaged).unwrap();
    let mut store = Store::open("tab-a".into());
    match store.load() {
        Loaded::Damaged {
            raw,
            backed_up,
            problems,
        } => {
            assert_eq!(raw, damaged);
            assert!(backed_up);
            assert!(!problems.is_empty());
        }
        other => panic!("expected damaged data, got {other:?}"),
    }
    assert_eq!(get(KEY_BACKUP).as_deref(), Some(damaged));
    // With the copy aside, saving goes ahead; the copy stays.
    store.save(&workspace("new")).unwrap();
    assert_eq!(get(KEY_BACKUP).as_deref(), Some(damaged));
}

#[wasm_bindgen_test]
fn damaged_data_that_cannot_be_copied_aside_is_never_overwritten() {
    clear();
    let damaged = "not json at all";
    storage().set_item(KEY_DOC, damaged).unwrap();
    let filler = fill_storage();
    let mut store = Store::open("tab-a".into());
    let loaded = store.load();
    unfill(&filler);
    match loaded {
        Loaded::Damaged { backed_up, .. } => assert!(!backed_up),
        other => panic!("expected damaged data, got {other:?}"),
    }
    assert!(store.is_blocked());
    assert_eq!(store.save(&workspace("new")), Err(SaveError::Blocked));
    assert_eq!(get(KEY_DOC).as_deref(), Some(damaged));
    // Once the user has downloaded it, saving may go ahead.
    store.unblock();
    store.save(&workspace("new")).unwrap();
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_left_untouched() {
    clear();
    let newer = "{\"format\":\"shutaf\",\"format_version\":99,\"content\":\"workspace\",\"plans\":[],\"future\":true}";
    storage().set_item(KEY_DOC, newer).unwrap();
    let mut store = Store::open("tab-a".into());
    assert!(matches!(store.load(), Loaded::Newer));
    assert_eq!(store.save(&workspace("mine")), Err(SaveError::Blocked));
    assert_eq!(store.save_over(&workspace("mine")), Err(SaveError::Blocked));
    assert_eq!(get(KEY_DOC).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_full_storage_reports_full_and_keeps_the_last_save() {
    clear();
    let mut store = Store::open("tab-a".into());
    let _ = store.load();
    store.save(&workspace("saved before it filled up")).unwrap();
    let before = get(KEY_DOC).unwrap();
    let filler = fill_storage();
    // A workspace larger than the little room left.
    let mut big = workspace("big");
    Rc::make_mut(&mut big.plans[0]).description = "א".repeat(9_000);
    let result = store.save(&big);
    unfill(&filler);
    assert_eq!(result, Err(SaveError::Full));
    assert_eq!(
        get(KEY_DOC).unwrap(),
        before,
        "a failed save must not damage the last good one"
    );
    // With room again, the same save succeeds.
    store.save(&big).unwrap();
    assert!(store.used_units() > 9_000);
}

#[wasm_bindgen_test]
fn no_storage_at_all_is_reported_not_thrown() {
    clear();
    // `window` is a [Global] object: localStorage is its own property. Keep it to put it back.
    eval(
        "window.__savedLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { \
           throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
    let mut store = Store::open("tab-a".into());
    let available = store.available();
    let saved = store.save(&workspace("x"));
    let loaded = store.load();
    eval("Object.defineProperty(window, 'localStorage', window.__savedLocalStorage);");
    assert!(!available);
    assert_eq!(saved, Err(SaveError::Unavailable));
    assert!(matches!(loaded, Loaded::Nothing));
    assert!(storage().get_item(KEY_DOC).unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_second_tab_never_overwrites_in_silence() {
    clear();
    let mut a = Store::open("tab-a".into());
    let mut b = Store::open("tab-b".into());
    let _ = a.load();
    let _ = b.load();
    a.save(&workspace("from A")).unwrap();
    // B has not seen A's save: its save is refused, and A's data stays.
    assert!(b.changed_elsewhere());
    assert_eq!(b.save(&workspace("from B")), Err(SaveError::Conflict));
    assert!(format::from_storage(&get(KEY_DOC).unwrap()).unwrap().plans[0].name == "from A");
    // B can take A's version…
    let theirs = b.reload().unwrap();
    assert_eq!(theirs.plans[0].name, "from A");
    assert!(!b.changed_elsewhere());
    // …or, if the user chooses, save over it; then A is the one told.
    b.save_over(&workspace("from B")).unwrap();
    assert!(a.changed_elsewhere());
    assert_eq!(a.save(&workspace("A again")), Err(SaveError::Conflict));
    assert_eq!(
        format::from_storage(&get(KEY_DOC).unwrap()).unwrap().plans[0].name,
        "from B"
    );
}

/// The quota used is counted in UTF-16 code units (what browsers count), for every key of
/// Shutaf's and nothing else: Hebrew letters count one, an emoji two, other sites' keys nothing.
#[wasm_bindgen_test]
fn the_storage_used_is_counted_in_utf16_units_of_shutafs_keys() {
    clear();
    let mut store = Store::open("tab-u".into());
    let _ = store.load();
    store.save(&workspace("שותף 🙂 plan")).unwrap();
    storage().set_item(KEY_BACKUP, "גיבוי 🙂").unwrap();
    storage()
        .set_item("another-app", &"x".repeat(5_000))
        .unwrap();
    let expected: usize = [KEY_DOC, KEY_REV, KEY_BACKUP]
        .iter()
        .map(|k| get(k).unwrap().encode_utf16().count() + k.len())
        .sum();
    assert_eq!(store.used_units(), expected);
    // "גיבוי 🙂" is 5 letters, a space and a two-unit emoji: 8 units (13 bytes, 7 characters).
    let doc_and_rev = expected - (8 + KEY_BACKUP.len());
    storage().remove_item(KEY_BACKUP).unwrap();
    assert_eq!(store.used_units(), doc_and_rev);
}
