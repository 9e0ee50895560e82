//! The Shutaf web app. The only crate that touches the browser: rendering (Yew), local storage,
//! files and the keyboard. Everything it shows and every change it makes comes from the core
//! crate `shutaf`.

pub mod app;
pub mod browser;
pub mod governance;

pub mod coaching;

pub mod evaluation;
pub mod home;
pub mod instrument;
pub mod landscape;
pub mod plan;
pub mod storage;
pub mod widgets;
pub mod workshop;
