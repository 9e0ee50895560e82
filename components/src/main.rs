// The wasm build's allocator: Talc, which is faster and smaller there than Rust's default
// (dlmalloc); opening a large workspace allocates hundreds of thousands of strings.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    yew::Renderer::<shutaf_web::app::App>::new().render();
}
