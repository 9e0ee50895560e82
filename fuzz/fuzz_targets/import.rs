//! A workspace or plan file, as bytes picked from disk: never a panic; a file that is accepted
//! exports to a file that imports to the same plans (export → import is the identity).
#![no_main]
use libfuzzer_sys::fuzz_target;
use shutaf::format;
use std::rc::Rc;

fuzz_target!(|data: &[u8]| {
    let text = shutaf::text::decode_text(data.to_vec());
    if let Ok(imported) = format::import(&text) {
        let ws = format::into_workspace(imported.plans.clone());
        let again = format::import(&format::export_workspace(&ws)).expect("an export imports");
        assert_eq!(
            again.plans, imported.plans,
            "export → import is the identity"
        );
        assert!(
            again.warnings.is_empty(),
            "an export is clean: {:?}",
            again.warnings
        );
        for plan in &ws.plans {
            let one = format::import(&format::export_plan(&Rc::clone(plan)))
                .expect("a plan file imports");
            assert_eq!(&one.plans[0], plan.as_ref());
        }
    }
});
