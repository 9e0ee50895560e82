//! The workspace as local storage holds it (corrupted by another program, a full disk, a second
//! tab): never a panic; what loads saves and loads again unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;
use shutaf::format;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(ws) = format::from_storage(text) {
        let back = format::from_storage(&format::to_storage(&ws)).expect("a save loads");
        assert_eq!(back, ws);
    }
});
