//! # Shutaf core
//!
//! The model, every command that changes it, the file format and the translations of Shutaf,
//! a planner for education partnerships. Pure Rust without browser APIs: it runs natively (tests,
//! fuzzing, benchmarks) and inside the WebAssembly app in `components/`.

pub mod chart;
pub mod coaching;
pub mod command;
pub mod demo;
pub mod evaluation;
pub mod format;
pub mod governance;
pub mod i18n;
pub mod instrument;
pub mod landscape;
pub mod model;
pub mod overview;
pub mod parts;
pub mod profile;
pub mod qr;
pub mod schema;
pub mod text;
pub mod workshop;

pub use command::{apply, Command, CommandError, Editor};
pub use model::{Id, Partner, Person, Plan, PlanKind, Workspace};
