fn main() {
    yew::Renderer::<shutaf_web::app::App>::new().render();
}
