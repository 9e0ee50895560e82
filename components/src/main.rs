// The wasm build's allocator: Talc rather than Rust's default there (dlmalloc). Opening a large
// workspace allocates hundreds of thousands of strings; with Talc the heap after it is a quarter
// smaller (scripts/bench), and the wasm 3 KB smaller gzipped.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    yew::Renderer::<shutaf_web::app::App>::new().render();
}
