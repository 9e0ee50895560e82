//! Share links, invitation and response codes, as pasted or opened: never a panic, in the text
//! layer (prefixes, fragments, base64, several codes at once) and in the sealed bytes behind it
//! (version, CRC, JSON payload).
#![no_main]
use libfuzzer_sys::fuzz_target;
use shutaf::workshop;

fuzz_target!(|data: &[u8]| {
    let _ = workshop::open(data);
    if let Ok(text) = std::str::from_utf8(data) {
        for code in workshop::split_codes(text) {
            let _ = workshop::fragment_kind(code);
            if let Ok(payload) = workshop::decode_plain(code) {
                // What decodes re-encodes to a code that decodes to the same payload.
                let sealed = workshop::seal(&payload);
                assert_eq!(workshop::open(&sealed).ok(), Some(payload));
            }
        }
    }
});
