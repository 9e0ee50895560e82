//! Peer coaching of educational leaders (seed 003, catalogue §7): the entities of
//! [`crate::parts::Coaching`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::Checks;
use crate::model::{Date, Id, Plan};
use crate::parts::{Checked, Entity};
use crate::text::MAX_LONG;

/// One coaching session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub notes: String,
}

impl Checked for Session {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.date(&self.date, &format!("{path}.date"));
        cx.text(&mut self.notes, MAX_LONG, false, &format!("{path}.notes"));
    }
}

impl Entity for Session {
    fn id(&self) -> &Id {
        &self.id
    }
}
