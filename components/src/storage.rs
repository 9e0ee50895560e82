//! Local storage: where the workspace lives between visits.
//!
//! Keys: [`KEY_DOC`] holds the workspace as a Shutaf file; [`KEY_REV`] holds who saved it last
//! (`tab-counter`), so a tab can tell that another tab saved in between and never overwrite that
//! in silence; [`KEY_BACKUP`] keeps damaged data aside; [`KEY_LANG`] the chosen language.

use shutaf::format::{self, Problem, ProblemKind};
use shutaf::Workspace;
use wasm_bindgen::JsCast;

pub const KEY_DOC: &str = "shutaf.workspace";
pub const KEY_REV: &str = "shutaf.revision";
pub const KEY_BACKUP: &str = "shutaf.backup";
pub const KEY_LANG: &str = "shutaf.lang";

/// What Chromium allows an origin to keep, in UTF-16 code units (5 MiB).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// What was found in storage at start.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing saved yet: a first visit.
    Nothing,
    /// The saved workspace, with what was fixed on the way.
    Workspace(Workspace, Vec<Problem>),
    /// Saved data that cannot be read. `backed_up` tells whether it was copied to [`KEY_BACKUP`].
    Damaged {
        raw: String,
        backed_up: bool,
        problems: Vec<Problem>,
    },
    /// Saved by a newer version of Shutaf: left untouched.
    Newer,
}

/// Why a save did not happen. The data already in storage is unchanged in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No storage in this browser (private mode, switched off).
    Unavailable,
    /// The quota is used up.
    Full,
    /// Another tab saved since this tab last loaded or saved.
    Conflict,
    /// Saving is held back on purpose (newer data, or damaged data not yet kept).
    Blocked,
    Other(String),
}

/// The local-storage adapter. One per tab.
pub struct Store {
    storage: Option<web_sys::Storage>,
    tab: String,
    counter: u64,
    /// The revision this tab last read or wrote; `None` before anything was saved.
    seen_rev: Option<String>,
    blocked: bool,
    /// The length of the last save, in bytes: the next one is written into a buffer that size.
    last_len: usize,
}

/// Whether a JS error is a quota error, whatever the browser calls it.
fn is_quota_error(e: &wasm_bindgen::JsValue) -> bool {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => {
            d.code() == 22
                || d.name() == "QuotaExceededError"
                || d.name() == "NS_ERROR_DOM_QUOTA_REACHED"
        }
        None => false,
    }
}

/// The browser's local storage, if it can be used: reading the property may throw, and some
/// private modes throw on the first write.
fn open_storage() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let probe = "shutaf.probe";
    match storage.set_item(probe, "1") {
        Ok(()) => {
            let _ = storage.remove_item(probe);
            Some(storage)
        }
        // A full storage is still a storage: reads work and saves report `Full`.
        Err(e) if is_quota_error(&e) => Some(storage),
        Err(_) => None,
    }
}

impl Store {
    pub fn open(tab: String) -> Store {
        Store {
            storage: open_storage(),
            tab,
            counter: 0,
            last_len: 0,
            seen_rev: None,
            blocked: false,
        }
    }

    pub fn available(&self) -> bool {
        self.storage.is_some()
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok()?
    }

    /// Reads the saved workspace. Damaged data is copied aside before anything can overwrite it;
    /// newer data blocks saving.
    pub fn load(&mut self) -> Loaded {
        self.seen_rev = self.get(KEY_REV);
        let Some(raw) = self.get(KEY_DOC) else {
            return Loaded::Nothing;
        };
        self.last_len = raw.len();
        match format::from_storage(&raw) {
            Ok(ws) => Loaded::Workspace(ws, Vec::new()),
            Err(problems) => {
                if problems
                    .iter()
                    .any(|p| matches!(p.kind, ProblemKind::NewerVersion { .. }))
                {
                    self.blocked = true;
                    return Loaded::Newer;
                }
                let backed_up = match &self.storage {
                    Some(s) => s.set_item(KEY_BACKUP, &raw).is_ok(),
                    None => false,
                };
                // Without a copy aside, saving would destroy the only copy: hold it back.
                self.blocked = !backed_up;
                Loaded::Damaged {
                    raw,
                    backed_up,
                    problems,
                }
            }
        }
    }

    /// Lets saving go ahead after the user took the damaged data (or chose to drop it).
    pub fn unblock(&mut self) {
        self.blocked = false;
    }

    pub fn is_blocked(&self) -> bool {
        self.blocked
    }

    /// Whether another tab saved since this tab last read or wrote.
    pub fn changed_elsewhere(&self) -> bool {
        self.get(KEY_REV) != self.seen_rev
    }

    /// Saves the workspace unless another tab saved in between.
    pub fn save(&mut self, ws: &Workspace) -> Result<(), SaveError> {
        if self.changed_elsewhere() {
            return Err(SaveError::Conflict);
        }
        self.write(ws)
    }

    /// Saves the workspace even over another tab's save (the user chose this tab's version).
    pub fn save_over(&mut self, ws: &Workspace) -> Result<(), SaveError> {
        self.write(ws)
    }

    fn write(&mut self, ws: &Workspace) -> Result<(), SaveError> {
        if self.blocked {
            return Err(SaveError::Blocked);
        }
        let storage = self.storage.as_ref().ok_or(SaveError::Unavailable)?;
        // Room for the last save and a little growth; a larger text grows the buffer as usual.
        let text = format::to_storage_sized(ws, self.last_len + self.last_len / 16);
        self.last_len = text.len();
        storage.set_item(KEY_DOC, &text).map_err(|e| {
            if is_quota_error(&e) {
                SaveError::Full
            } else {
                SaveError::Other(format!("{e:?}"))
            }
        })?;
        self.counter += 1;
        let rev = format!("{}-{}", self.tab, self.counter);
        // The revision is tiny; if even it does not fit, the next save reports the conflict
        // rather than losing anything.
        let _ = storage.set_item(KEY_REV, &rev);
        self.seen_rev = Some(rev);
        Ok(())
    }

    /// Reads what another tab saved, and takes it as seen.
    pub fn reload(&mut self) -> Result<Workspace, Vec<Problem>> {
        self.seen_rev = self.get(KEY_REV);
        format::from_storage(&self.get(KEY_DOC).unwrap_or_default())
    }

    /// How much of the quota Shutaf's keys use, in UTF-16 code units. Asked after every save:
    /// it reads each value's length in the browser, never copying the stored workspace (megabytes
    /// for a large one) into the wasm heap.
    pub fn used_units(&self) -> usize {
        [KEY_DOC, KEY_REV, KEY_BACKUP, KEY_LANG]
            .iter()
            .filter_map(|k| self.units(k).map(|n| n + k.len()))
            .sum()
    }

    /// The length of a stored value in UTF-16 code units, read without copying it.
    fn units(&self, key: &str) -> Option<usize> {
        let storage = self.storage.as_ref()?;
        let get = js_sys::Reflect::get(storage, &"getItem".into()).ok()?;
        let value = get
            .unchecked_ref::<js_sys::Function>()
            .call1(storage, &key.into())
            .ok()?;
        value
            .dyn_ref::<js_sys::JsString>()
            .map(|s| s.length() as usize)
    }

    pub fn set_lang(&self, code: &str) {
        if let Some(s) = &self.storage {
            let _ = s.set_item(KEY_LANG, code);
        }
    }

    /// Removes the damaged data kept aside, once the user has it.
    pub fn drop_backup(&self) {
        if let Some(s) = &self.storage {
            let _ = s.remove_item(KEY_BACKUP);
        }
    }
}
