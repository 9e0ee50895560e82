//! The partner landscape of a plan (seed 000 above all, the partner parts of 001 and 002;
//! catalogue §1–2): responsibility areas, conflicts, the joint work plan between support bodies
//! and the partner network's contact plan — the entities of [`crate::parts::Landscape`] — and
//! what is derived from them: warnings, the weekly presence grid, who is due for contact, the
//! CSV export of partners and people, and the layout and SVG of the partner map.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::{keep_first, Checks, JsonPath, Lazy};
use crate::model::{key_enum, Date, Id, Partner, Plan, PlanKind, Sector, Task, Weekday};
use crate::overview::day_number;
use crate::parts::{Checked, Entity};
use crate::text::{self, MAX_LONG, MAX_MEDIUM};

key_enum! {
    /// Whether an area is held together or by one partner alone (seed 000: shared and distinct
    /// responsibility).
    AreaKind {
        #[default]
        Shared => "shared",
        Distinct => "distinct",
    }
}

key_enum! {
    /// The sources of conflict between support bodies that seed 000 names.
    ConflictSource {
        Demands => "demands",
        Expectations => "expectations",
        Interpersonal => "interpersonal",
        Appreciation => "appreciation",
        SimilarFields => "similar_fields",
        DifferentFields => "different_fields",
        #[default]
        Other => "other",
    }
}

key_enum! {
    /// Where a conflict stands.
    ConflictStatus {
        #[default]
        Open => "open",
        Handling => "handling",
        Resolved => "resolved",
    }
}

key_enum! {
    /// How partners of the network are reached (seed 001).
    Channel {
        #[default]
        Meeting => "meeting",
        Phone => "phone",
        Email => "email",
        Message => "message",
        Event => "event",
        Newsletter => "newsletter",
    }
}

key_enum! {
    /// How often: contacts with the network, updates of the principal.
    Frequency {
        Weekly => "weekly",
        Fortnightly => "fortnightly",
        #[default]
        Monthly => "monthly",
        Quarterly => "quarterly",
        Yearly => "yearly",
    }
}

impl Frequency {
    /// The interval, in days.
    pub fn days(self) -> i64 {
        match self {
            Frequency::Weekly => 7,
            Frequency::Fortnightly => 14,
            Frequency::Monthly => 30,
            Frequency::Quarterly => 91,
            Frequency::Yearly => 365,
        }
    }
}

key_enum! {
    /// The kinds of item in the joint work plan between support bodies (seed 000): each is a
    /// plan task whose `origin` is `joint:<kind>`.
    JointKind {
        #[default]
        Action => "action",
        Document => "document",
        Meeting => "meeting",
        Checkpoint => "checkpoint",
    }
}

impl JointKind {
    /// The task origin that marks an item of this kind.
    pub fn origin(self) -> String {
        format!("joint:{}", self.key())
    }

    /// The kind of a joint work plan item; `None` for other tasks.
    pub fn of(task: &Task) -> Option<JointKind> {
        JointKind::from_key(task.origin.strip_prefix("joint:")?)
    }
}

/// A responsibility area and the partners who own it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: Id,
    #[schemars(length(min = 1, max = 200))]
    pub name: String,
    #[serde(default)]
    pub kind: AreaKind,
    /// Partner ids; may name removed partners (they are not counted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Id>,
}

impl Area {
    /// The same area with `partner` among its owners, or not.
    pub fn with_owner(&self, partner: &Id, on: bool) -> Area {
        let mut a = self.clone();
        a.owners.retain(|o| o != partner);
        if on {
            a.owners.push(partner.clone());
        }
        a
    }

    /// How many owners are partners of the plan.
    pub fn owner_count(&self, plan: &Plan) -> usize {
        self.owners
            .iter()
            .filter(|o| plan.partner(o).is_some())
            .count()
    }
}

/// A conflict between partners, and how it was handled.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub id: Id,
    #[serde(default)]
    pub source: ConflictSource,
    #[serde(default)]
    pub status: ConflictStatus,
    /// The partners involved; may name removed partners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub description: String,
    /// How it was handled, or is being handled.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub handling: String,
}

/// One line of the partner network's contact plan (seed 001).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Id,
    /// The partner contacted; may name a removed partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<Id>,
    /// What the contact is for (an invitation to a working group, a peak event, an update).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 2000))]
    pub goal: String,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub frequency: Frequency,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<Date>,
}

/// The shared frame of the joint work plan between support bodies.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointPlan {
    /// The goal the support bodies share.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(length(max = 10000))]
    pub goal: String,
    /// The fixed weekly meeting day of the support bodies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_day: Option<Weekday>,
    /// The fixed time frame for updating the principal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_update: Option<Frequency>,
}

fn ids_checked(plan: &Plan, ids: &[Id], path: impl JsonPath, cx: &mut Checks) {
    let _ = plan;
    let mut path = Lazy::new(path);
    for (i, id) in ids.iter().enumerate() {
        cx.id(id, || format!("{}[{i}]", path.get()));
    }
}

impl Checked for Area {
    fn check(&mut self, plan: &Plan, path: &str, cx: &mut Checks) {
        cx.name(&mut self.name, || format!("{path}.name"));
        ids_checked(plan, &self.owners, || format!("{path}.owners"), cx);
        keep_first(&mut self.owners, |o| o);
    }
}

impl Checked for Conflict {
    fn check(&mut self, plan: &Plan, path: &str, cx: &mut Checks) {
        ids_checked(plan, &self.partners, || format!("{path}.partners"), cx);
        cx.date(&self.date, || format!("{path}.date"));
        cx.text(&mut self.description, MAX_MEDIUM, false, || {
            format!("{path}.description")
        });
        cx.text(&mut self.handling, MAX_MEDIUM, false, || {
            format!("{path}.handling")
        });
    }
}

impl Checked for Contact {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        if let Some(p) = &self.partner_id {
            cx.id(p, || format!("{path}.partner_id"));
        }
        cx.text(&mut self.goal, MAX_MEDIUM, false, || format!("{path}.goal"));
        cx.date(&self.last, || format!("{path}.last"));
    }
}

impl Checked for JointPlan {
    fn check(&mut self, _plan: &Plan, path: &str, cx: &mut Checks) {
        cx.text(&mut self.goal, MAX_LONG, false, || format!("{path}.goal"));
    }
}

impl Entity for Area {
    fn id(&self) -> &Id {
        &self.id
    }
}
impl Entity for Conflict {
    fn id(&self) -> &Id {
        &self.id
    }
}
impl Entity for Contact {
    fn id(&self) -> &Id {
        &self.id
    }
}

// ---------------------------------------------------------------------------------------------
// Warnings

/// Something in the landscape that asks for attention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The plan has partners but no responsibility area yet.
    NoAreas,
    AreaNoOwner(Id),
    /// A distinct area with more than one owner (the count).
    DistinctManyOwners(Id, usize),
    NoAddedValue(Id),
    /// A partner that owns no area (only when the plan has areas).
    NoArea(Id),
    /// Two partners that use the same methods or tools (the shared ones).
    SameMethods(Id, Id, Vec<String>),
    /// Two partners that focus on the same topics (the shared ones).
    SameFocus(Id, Id, Vec<String>),
    /// Partners' instruction days never all coincide, and no fixed meeting day is set.
    NoCommonDay,
    /// A school support plan without a fixed time frame for updating the principal.
    NoPrincipalUpdate,
}

impl Warning {
    /// The translation key of its message.
    pub fn key(&self) -> &'static str {
        match self {
            Warning::NoAreas => "land-warn-no-areas",
            Warning::AreaNoOwner(_) => "land-warn-area-no-owner",
            Warning::DistinctManyOwners(..) => "land-warn-distinct-owners",
            Warning::NoAddedValue(_) => "land-warn-no-added-value",
            Warning::NoArea(_) => "land-warn-no-area",
            Warning::SameMethods(..) => "land-warn-same-methods",
            Warning::SameFocus(..) => "land-warn-same-focus",
            Warning::NoCommonDay => "land-warn-no-common-day",
            Warning::NoPrincipalUpdate => "land-warn-no-principal-update",
        }
    }
}

/// Every landscape warning of the plan, in a stable order: areas, partners, overlaps, rhythm.
pub fn warnings(plan: &Plan) -> Vec<Warning> {
    let land = &plan.landscape;
    let mut out = Vec::new();
    if land.areas.is_empty() && !plan.partners.is_empty() {
        out.push(Warning::NoAreas);
    }
    for a in &land.areas {
        match a.owner_count(plan) {
            0 => out.push(Warning::AreaNoOwner(a.id.clone())),
            n if n > 1 && a.kind == AreaKind::Distinct => {
                out.push(Warning::DistinctManyOwners(a.id.clone(), n))
            }
            _ => {}
        }
    }
    let mut owning: std::collections::HashSet<&Id> = std::collections::HashSet::new();
    for a in &land.areas {
        owning.extend(a.owners.iter());
    }
    for p in &plan.partners {
        if p.added_value.trim().is_empty() {
            out.push(Warning::NoAddedValue(p.id.clone()));
        }
        if !land.areas.is_empty() && !owning.contains(&p.id) {
            out.push(Warning::NoArea(p.id.clone()));
        }
    }
    let id = |i: usize| plan.partners[i].id.clone();
    for (a, b, shared) in overlaps(&plan.partners, |p| &p.methods) {
        out.push(Warning::SameMethods(id(a), id(b), shared));
    }
    for (a, b, shared) in overlaps(&plan.partners, |p| &p.focus_topics) {
        out.push(Warning::SameFocus(id(a), id(b), shared));
    }
    let presence = presence(plan);
    if presence.with_days >= 2 && !presence.all_meet() && land.joint.meeting_day.is_none() {
        out.push(Warning::NoCommonDay);
    }
    if plan.kind == PlanKind::SchoolSupport
        && plan.partners.len() >= 2
        && land.joint.principal_update.is_none()
    {
        out.push(Warning::NoPrincipalUpdate);
    }
    out
}

/// Pairs of partners (indices, first < second, in order) whose lists share phrases (compared by
/// [`text::term`]), with the shared phrases as the first partner spells them.
pub fn overlaps(
    partners: &[Partner],
    list: fn(&Partner) -> &Vec<String>,
) -> Vec<(usize, usize, Vec<String>)> {
    // Each phrase's term, worked out once: a pair's shared phrase is looked up by it.
    let terms: Vec<Vec<String>> = (partners.iter())
        .map(|p| list(p).iter().map(|x| text::term(x)).collect())
        .collect();
    let mut by_term: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, ts) in terms.iter().enumerate() {
        for t in ts {
            let v = by_term.entry(t.as_str()).or_default();
            if v.last() != Some(&i) {
                v.push(i);
            }
        }
    }
    let mut pairs: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for (term, who) in &by_term {
        if who.len() < 2 {
            continue;
        }
        for (k, &a) in who.iter().enumerate() {
            // As the first partner spells it: its first phrase with this term.
            let at = terms[a].iter().position(|t| t == term);
            let shown = at.map_or_else(|| term.to_string(), |j| list(&partners[a])[j].clone());
            for &b in &who[k + 1..] {
                pairs.entry((a, b)).or_default().push(shown.clone());
            }
        }
    }
    pairs.into_iter().map(|((a, b), s)| (a, b, s)).collect()
}

// ---------------------------------------------------------------------------------------------
// Weekly presence

/// Who is at the school on each day of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    /// Every weekday in order, with the indices of the partners present.
    pub by_day: Vec<(Weekday, Vec<usize>)>,
    /// How many partners gave their days.
    pub with_days: usize,
    /// The proposed fixed meeting day: the first day on which the most partners are present.
    pub proposed: Option<Weekday>,
}

impl Presence {
    /// How many are present on the proposed day.
    pub fn best(&self) -> usize {
        self.by_day.iter().map(|(_, p)| p.len()).max().unwrap_or(0)
    }

    /// Whether some day has every partner who gave days.
    pub fn all_meet(&self) -> bool {
        self.with_days > 0 && self.best() == self.with_days
    }
}

/// The weekly grid of partners' instruction days and the proposed meeting slot.
pub fn presence(plan: &Plan) -> Presence {
    let by_day: Vec<(Weekday, Vec<usize>)> = Weekday::ALL
        .iter()
        .map(|&d| {
            let who = (plan.partners.iter().enumerate())
                .filter(|(_, p)| p.days.contains(&d))
                .map(|(i, _)| i)
                .collect();
            (d, who)
        })
        .collect();
    let with_days = plan.partners.iter().filter(|p| !p.days.is_empty()).count();
    let mut proposed = None;
    let mut most = 0;
    for (d, who) in &by_day {
        if who.len() > most {
            most = who.len();
            proposed = Some(*d);
        }
    }
    Presence {
        by_day,
        with_days,
        proposed,
    }
}

// ---------------------------------------------------------------------------------------------
// Contact plan

/// Days until a contact is due on `today`: negative when overdue, 0 when due today or never
/// made.
pub fn due_in(c: &Contact, today: &Date) -> i64 {
    match (c.last.as_ref().and_then(day_number), day_number(today)) {
        (Some(last), Some(now)) => last + c.frequency.days() - now,
        _ => 0,
    }
}

/// The contact plan in the order it is due: each line's index and [`due_in`], soonest first.
pub fn contacts_by_due(plan: &Plan, today: &Date) -> Vec<(usize, i64)> {
    let mut v: Vec<(usize, i64)> = (plan.landscape.contacts.iter().enumerate())
        .map(|(i, c)| (i, due_in(c, today)))
        .collect();
    v.sort_by_key(|&(i, d)| (d, i));
    v
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Writes rows as CSV for spreadsheets (RFC 4180): a UTF-8 byte-order mark so that Excel reads
/// Hebrew and Arabic, CRLF line ends, fields quoted when they hold a comma, quote or line break.
/// A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an
/// apostrophe, so that a spreadsheet does not run it as a formula.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let guard = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let quote = guard || cell.contains([',', '"', '\n', '\r']);
            if quote {
                out.push('"');
            }
            if guard {
                out.push('\'');
            }
            out.push_str(&cell.replace('"', "\"\""));
            if quote {
                out.push('"');
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// A translator: message id to text.
pub type Tr<'a> = &'a dyn Fn(&str) -> String;

/// The plan's partners as CSV, every field of the registry, with translated headers and values.
pub fn partners_csv(plan: &Plan, t: Tr) -> String {
    let heads = [
        "partner-name",
        "partner-origin",
        "partner-sector",
        "partner-relationship",
        "partner-representative",
        "partner-added-value",
        "partner-expertise",
        "partner-limitations",
        "partner-focus",
        "partner-methods",
        "partner-works-with",
        "partner-days",
        "partner-arrival",
        "partner-funds",
        "partner-measures",
        "partner-contact",
        "land-areas",
        "partner-notes",
    ];
    let yes = |b: bool| t(if b { "land-yes" } else { "land-no" });
    let mut rows = vec![heads.iter().map(|h| t(h)).collect::<Vec<_>>()];
    for p in &plan.partners {
        let days: Vec<String> = p
            .days
            .iter()
            .map(|d| t(&format!("weekday-{}", d.key())))
            .collect();
        let areas: Vec<&str> = (plan.landscape.areas.iter())
            .filter(|a| a.owners.contains(&p.id))
            .map(|a| a.name.as_str())
            .collect();
        rows.push(vec![
            p.name.clone(),
            t(&format!("origin-{}", p.origin.key())),
            t(&format!("sector-{}", p.sector.key())),
            t(&format!("relationship-{}", p.relationship.key())),
            p.representative.clone(),
            p.added_value.clone(),
            p.expertise.clone(),
            p.limitations.clone(),
            p.focus_topics.join("; "),
            p.methods.join("; "),
            p.works_with.join("; "),
            days.join("; "),
            p.arrival.as_ref().map(|d| d.0.clone()).unwrap_or_default(),
            yes(p.funds_infrastructure),
            yes(p.own_measurement),
            p.contact.clone(),
            areas.join("; "),
            p.notes.clone(),
        ]);
    }
    csv(&rows)
}

/// The plan's people as CSV: name, role, organisation, contact, notes.
pub fn people_csv(plan: &Plan, t: Tr) -> String {
    let heads = [
        "person-name",
        "person-role",
        "person-partner",
        "person-contact",
        "person-notes",
    ];
    let mut rows = vec![heads.iter().map(|h| t(h)).collect::<Vec<_>>()];
    for p in &plan.people {
        let org = (p.partner_id.as_ref())
            .map(|id| plan.partner(id).map(|x| x.name.clone()).unwrap_or_default())
            .unwrap_or_default();
        rows.push(vec![
            p.name.clone(),
            p.role.clone(),
            org,
            p.contact.clone(),
            p.notes.clone(),
        ]);
    }
    csv(&rows)
}

// ---------------------------------------------------------------------------------------------
// The map

/// Radius of a partner's dot.
pub const NODE_R: f64 = 7.0;
/// Arc length given to each partner on the ring.
const SLOT: f64 = 22.0;
/// Slots left empty between two groups.
const GAP: f64 = 1.5;
/// Smallest ring radius.
const MIN_R: f64 = 170.0;
/// Room for the labels outside the ring.
const LABEL: f64 = 170.0;
/// Characters of a name shown as its label.
pub const LABEL_CHARS: usize = 24;
const LEGEND_ROW: f64 = 22.0;

/// Where the map puts each partner: a grouped circular layout. Partners are grouped by sector,
/// then by relationship; each group is a contiguous arc of one ring (a gap between groups), its
/// members in plan order; the ring grows with the number of partners so neighbours keep a fixed
/// distance. Links join partners that share responsibility areas or bodies they work with.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    pub cx: f64,
    pub cy: f64,
    pub radius: f64,
    /// In ring order.
    pub nodes: Vec<MapNode>,
    pub groups: Vec<MapGroup>,
    pub links: Vec<MapLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapNode {
    /// Index in `plan.partners`.
    pub partner: usize,
    /// Index in `groups`.
    pub group: usize,
    pub x: f64,
    pub y: f64,
    /// Radians, clockwise from the top.
    pub angle: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapGroup {
    pub sector: Sector,
    pub relationship: crate::model::Relationship,
    /// First and last angle of its arc.
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

/// Two partners (indices, `a < b`) joined by shared areas and shared bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapLink {
    pub a: usize,
    pub b: usize,
    pub areas: usize,
    pub bodies: usize,
}

/// The layout of the plan's partner map.
pub fn map_layout(plan: &Plan) -> MapLayout {
    let mut order: Vec<usize> = (0..plan.partners.len()).collect();
    let key = |i: usize| {
        let p = &plan.partners[i];
        (p.sector as u8, p.relationship as u8)
    };
    order.sort_by_key(|&i| (key(i), i));
    let mut groups: Vec<MapGroup> = Vec::new();
    let mut slots = Vec::with_capacity(order.len());
    let mut slot = 0.0;
    for (k, &i) in order.iter().enumerate() {
        if k > 0 && key(i) != key(order[k - 1]) {
            slot += GAP;
        }
        if k == 0 || key(i) != key(order[k - 1]) {
            let p = &plan.partners[i];
            groups.push(MapGroup {
                sector: p.sector,
                relationship: p.relationship,
                from: slot,
                to: slot,
                count: 0,
            });
        }
        let g = groups.len() - 1;
        groups[g].to = slot;
        groups[g].count += 1;
        slots.push((i, g, slot));
        slot += 1.0;
    }
    let total = if groups.len() > 1 {
        slot + GAP
    } else {
        slot.max(1.0)
    };
    let radius = (total * SLOT / std::f64::consts::TAU).max(MIN_R);
    let width = 2.0 * (radius + NODE_R + LABEL);
    let (cx, cy) = (width / 2.0, width / 2.0);
    let angle = |s: f64| std::f64::consts::TAU * s / total;
    let nodes = slots
        .into_iter()
        .map(|(partner, group, s)| {
            let a = angle(s);
            MapNode {
                partner,
                group,
                x: cx + radius * a.sin(),
                y: cy - radius * a.cos(),
                angle: a,
            }
        })
        .collect();
    for g in &mut groups {
        g.from = angle(g.from);
        g.to = angle(g.to);
    }
    let height = width + LEGEND_ROW * (Sector::ALL.len() + 3) as f64;
    MapLayout {
        width,
        height,
        cx,
        cy,
        radius,
        nodes,
        groups,
        links: map_links(plan),
    }
}

/// Partners joined by shared responsibility areas (owners of one area) and by bodies both work
/// with, in order of the pair.
pub fn map_links(plan: &Plan) -> Vec<MapLink> {
    let index: std::collections::HashMap<&Id, usize> = (plan.partners.iter().enumerate())
        .map(|(i, p)| (&p.id, i))
        .collect();
    let mut pairs: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
    for a in &plan.landscape.areas {
        let mut owners: Vec<usize> = a
            .owners
            .iter()
            .filter_map(|o| index.get(o).copied())
            .collect();
        owners.sort_unstable();
        owners.dedup();
        for (k, &x) in owners.iter().enumerate() {
            for &y in &owners[k + 1..] {
                pairs.entry((x, y)).or_default().0 += 1;
            }
        }
    }
    for (x, y, shared) in overlaps(&plan.partners, |p| &p.works_with) {
        pairs.entry((x, y)).or_default().1 += shared.len();
    }
    (pairs.into_iter())
        .map(|((a, b), (areas, bodies))| MapLink {
            a,
            b,
            areas,
            bodies,
        })
        .collect()
}

/// The fill colour of a sector on the map.
pub fn sector_colour(s: Sector) -> &'static str {
    match s {
        Sector::Public => "#2b6cb0",
        Sector::Business => "#b7471a",
        Sector::Third => "#2f7d4f",
    }
}

/// Escapes text for XML.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// The map as a standalone SVG document: a title and description, the links, the group arcs
/// and their names, each partner with its (shortened) name and full name as a tooltip, and a
/// legend placed on the reading side (`rtl`).
/// `label (count)` for a picture's text. The pictures lay out left to right (`direction="ltr"`),
/// so in Hebrew or Arabic the text is held between right-to-left marks: without them the
/// bidi rules move the number and a bracket to the wrong side (`3) סמכות)`).
fn label_with_count(label: &str, count: &str, rtl: bool) -> String {
    if rtl {
        format!("\u{200F}{label} ({count})\u{200F}")
    } else {
        format!("{label} ({count})")
    }
}

pub fn map_svg(plan: &Plan, l: &MapLayout, t: Tr, rtl: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let (w, h) = (l.width.round(), l.height.round());
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="map-t map-d" direction="ltr" font-family="system-ui, sans-serif" font-size="12"><title id="map-t">{}</title><desc id="map-d">{}</desc><rect width="{w}" height="{h}" fill="#ffffff"/>"##,
        xml_escape(&format!("{} — {}", t("land-map"), plan.name)),
        xml_escape(&t("land-map-desc")),
    );
    s.push_str(r#"<g fill="none">"#);
    for k in &l.links {
        let (a, b) = (node_of(l, k.a), node_of(l, k.b));
        let (colour, dash) = if k.areas > 0 {
            ("#6b46c1", "")
        } else {
            ("#5a6472", r#" stroke-dasharray="5 4""#)
        };
        let width = 1.0 + (k.areas + k.bodies).min(4) as f64 * 0.75;
        let _ = write!(
            s,
            r#"<path d="M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}" stroke="{colour}" stroke-width="{width}" stroke-opacity="0.6"{dash}/>"#,
            a.x, a.y, l.cx, l.cy, b.x, b.y
        );
    }
    s.push_str("</g>");
    let inner = l.radius - NODE_R - 8.0;
    for g in &l.groups {
        let (a0, a1) = (g.from - 0.02, g.to + 0.02);
        let (x0, y0) = (l.cx + inner * a0.sin(), l.cy - inner * a0.cos());
        let (x1, y1) = (l.cx + inner * a1.sin(), l.cy - inner * a1.cos());
        let large = if a1 - a0 > std::f64::consts::PI { 1 } else { 0 };
        let _ = write!(
            s,
            r#"<path d="M{x0:.1} {y0:.1}A{inner:.1} {inner:.1} 0 {large} 1 {x1:.1} {y1:.1}" fill="none" stroke="{}" stroke-width="5" stroke-linecap="round"/>"#,
            sector_colour(g.sector)
        );
        let mid = (g.from + g.to) / 2.0;
        let r = inner - 16.0;
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" dy="0.35em" font-size="11" fill="#1a202c">{}</text>"##,
            l.cx + r * mid.sin(),
            l.cy - r * mid.cos(),
            label_with_count(
                &xml_escape(&t(&format!("relationship-{}", g.relationship.key()))),
                &g.count.to_string(),
                rtl
            ),
        );
    }
    for n in &l.nodes {
        let p = &plan.partners[n.partner];
        let deg = n.angle.to_degrees() - 90.0;
        let left = n.angle > std::f64::consts::PI;
        let (rot, anchor) = if left {
            (deg + 180.0, "end")
        } else {
            (deg, "start")
        };
        let lr = l.radius + NODE_R + 5.0;
        let (lx, ly) = (l.cx + lr * n.angle.sin(), l.cy - lr * n.angle.cos());
        let _ = write!(
            s,
            r##"<g><title>{}</title><circle cx="{:.1}" cy="{:.1}" r="{NODE_R}" fill="{}" stroke="#1a202c" stroke-width="1"/><text x="{lx:.1}" y="{ly:.1}" dy="0.35em" text-anchor="{anchor}" transform="rotate({rot:.1} {lx:.1} {ly:.1})" fill="#1a202c">{}</text></g>"##,
            xml_escape(&p.name),
            n.x,
            n.y,
            sector_colour(p.sector),
            xml_escape(&text::truncate_chars(&p.name, LABEL_CHARS)),
        );
    }
    // The legend, under the ring, on the side where reading starts.
    let (x, anchor, step) = if rtl {
        (l.width - 24.0, "end", -1.0)
    } else {
        (24.0, "start", 1.0)
    };
    let mut y = l.width;
    let row = |s: &mut String, y: f64, mark: String, label: String| {
        let _ = write!(
            s,
            r##"{mark}<text x="{:.1}" y="{y:.1}" dy="0.35em" text-anchor="{anchor}" fill="#1a202c">{}</text>"##,
            x + step * 22.0,
            xml_escape(&label)
        );
    };
    let _ = write!(
        s,
        r##"<text x="{x:.1}" y="{y:.1}" dy="0.35em" text-anchor="{anchor}" font-weight="bold" fill="#1a202c">{}</text>"##,
        xml_escape(&t("land-legend"))
    );
    for sec in Sector::ALL {
        y += LEGEND_ROW;
        let mark = format!(
            r##"<circle cx="{:.1}" cy="{y:.1}" r="{NODE_R}" fill="{}" stroke="#1a202c"/>"##,
            x + step * 7.0,
            sector_colour(*sec)
        );
        row(&mut s, y, mark, t(&format!("sector-{}", sec.key())));
    }
    for (colour, dash, key) in [
        ("#6b46c1", "", "land-legend-areas"),
        (
            "#5a6472",
            r#" stroke-dasharray="5 4""#,
            "land-legend-bodies",
        ),
    ] {
        y += LEGEND_ROW;
        let mark = format!(
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="2"{dash}/>"#,
            x,
            x + step * 16.0
        );
        row(&mut s, y, mark, t(key));
    }
    s.push_str("</svg>");
    s
}

fn node_of(l: &MapLayout, partner: usize) -> &MapNode {
    // Nodes are few enough (hundreds) for a scan per link endpoint to be cheap.
    l.nodes
        .iter()
        .find(|n| n.partner == partner)
        .expect("every partner has a node")
}

// ---------------------------------------------------------------------------------------------
// Warnings in the plan overview

impl Warning {
    /// The stable key under which the warning is dismissed (see [`crate::model::Dismissal`]):
    /// `landscape/<rule>`, then the area or partners it is about. It does not hold the figures
    /// that may change (a count, the shared phrases), so a dismissal outlives them.
    pub fn dismiss_key(&self) -> String {
        // Written piece by piece: the overview keys every warning of every plan (thousands).
        let key = self.key();
        let rule = key.strip_prefix("land-warn-").unwrap_or(key);
        let mut out = String::with_capacity(64);
        out.push_str("landscape/");
        out.push_str(rule);
        let mut about = |what: &str, id: &Id| {
            out.push_str(what);
            out.push_str(id.as_str());
        };
        match self {
            Warning::AreaNoOwner(a) | Warning::DistinctManyOwners(a, _) => about("/area:", a),
            Warning::NoAddedValue(p) | Warning::NoArea(p) => about("/partner:", p),
            Warning::SameMethods(a, b, _) | Warning::SameFocus(a, b, _) => {
                about("/partner:", a);
                about("/partner:", b);
            }
            Warning::NoAreas | Warning::NoCommonDay | Warning::NoPrincipalUpdate => {}
        }
        out
    }

    /// The section of the partners page where it is dealt with (its element id).
    pub fn section(&self) -> &'static str {
        match self {
            Warning::NoAreas
            | Warning::AreaNoOwner(_)
            | Warning::DistinctManyOwners(..)
            | Warning::NoArea(_) => "land-areas",
            Warning::NoAddedValue(_) | Warning::SameMethods(..) | Warning::SameFocus(..) => {
                "land-registry"
            }
            Warning::NoCommonDay | Warning::NoPrincipalUpdate => "land-rhythm",
        }
    }
}

/// A landscape warning with its key and, when the user dismissed it, the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed<'a> {
    pub key: String,
    pub warning: Warning,
    pub dismissed: Option<&'a str>,
}

/// Every landscape warning of the plan, in the order of [`warnings`], with its key and whether
/// it was dismissed.
pub fn keyed_warnings(plan: &Plan) -> Vec<Keyed<'_>> {
    // The reasons by key, found by binary search: a plan can have thousands of warnings.
    let mut reasons: Vec<(&str, &str)> = (plan.dismissed.iter())
        .filter(|d| d.warning.starts_with("landscape/"))
        .map(|d| (d.warning.as_str(), d.reason.as_str()))
        .collect();
    // The first dismissal of a key wins, as a scan from the start would find it.
    reasons.sort_by_key(|&(k, _)| k);
    reasons.dedup_by_key(|&mut (k, _)| k);
    warnings(plan)
        .into_iter()
        .map(|warning| {
            let key = warning.dismiss_key();
            let dismissed = (reasons
                .binary_search_by_key(&key.as_str(), |&(k, _)| k)
                .ok())
            .map(|i| reasons[i].1);
            Keyed {
                key,
                warning,
                dismissed,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Circle of Influence per actor

/// The library id of the Circle of Influence (seed 000).
pub const CIRCLE: &str = "circle_of_influence";

/// One dimension of an actor's Circle of Influence: the instrument's section (authority,
/// responsibility, control, influence) and its rated item.
#[derive(Debug, Clone, PartialEq)]
pub struct CircleDim {
    /// The section's id.
    pub section: String,
    /// The rated item of the section (options with levels 1–5).
    pub item: String,
    /// Responses that answered it.
    pub answered: usize,
    /// The mean level answered.
    pub level: Option<f64>,
    /// Whether every response that answered chose the same level (then `level` is an option's).
    pub unanimous: bool,
    /// The ideal range of levels (the mean of each response's range, for an ideal that depends
    /// on another answer), when the item states an ideal and it could be worked out.
    pub ideal: Option<(f64, f64)>,
    /// The mean of [`crate::instrument::results::IdealGap::gap`]: below (negative) or above the
    /// ideal, 0 within it.
    pub gap: Option<f64>,
}

/// An actor's Circle of Influence: the latest round with responses about the actor.
#[derive(Debug, Clone, PartialEq)]
pub struct Circle<'a> {
    pub subject: crate::model::Subject,
    pub round: &'a crate::model::Round,
    /// Responses about the actor in that round.
    pub responses: usize,
    /// The four dimensions, in the instrument's order.
    pub dims: Vec<CircleDim>,
    /// The distance from the ideal: for each response, the sum of how many levels each answer
    /// lies outside its ideal range; the mean over the responses that answered an item with an
    /// ideal. 0 is the ideal itself.
    pub distance: Option<f64>,
}

fn mean(v: &[f64]) -> Option<f64> {
    crate::evaluation::mean(v.iter().copied())
}

/// The Circle of Influence of every partner and person of the plan with a response about them,
/// partners first, each in plan order. Levels and gaps come from
/// [`crate::instrument::results::ideal_gaps`], the aggregation the results page uses.
pub fn circles<'a>(plan: &'a Plan, library: &[crate::instrument::Instrument]) -> Vec<Circle<'a>> {
    use crate::instrument::results::{chosen_level, ideal_gaps};
    use crate::model::{Response, Subject};
    let Some(ins) = library.iter().find(|i| i.id == CIRCLE) else {
        return Vec::new();
    };
    // The rated item of each section: its first single choice whose options have levels.
    let rated: Vec<(&str, &str)> = (ins.sections.iter())
        .filter_map(|s| {
            let item = s.items.iter().find(|i| {
                let o = i.answer.options();
                !o.is_empty() && o.iter().all(|c| c.level.is_some())
            })?;
            Some((s.id.as_str(), item.id.as_str()))
        })
        .collect();
    let actors = (plan.partners.iter().map(|p| Subject::Partner(p.id.clone())))
        .chain(plan.people.iter().map(|p| Subject::Person(p.id.clone())));
    actors
        .filter_map(|subject| {
            let about = |r: &Response| r.instrument == CIRCLE && r.subject == subject;
            let round = (plan.rounds.iter().rev())
                .filter(|r| r.instrument == CIRCLE)
                .find(|r| plan.responses.iter().any(|x| x.round == r.id && about(x)))?;
            let now: Vec<&Response> = (plan.responses.iter())
                .filter(|x| x.round == round.id && about(x))
                .collect();
            let gaps: Vec<_> = now.iter().map(|r| ideal_gaps(ins, r)).collect();
            let dims = (rated.iter())
                .map(|&(section, item)| {
                    let levels: Vec<f64> = (now.iter())
                        .filter_map(|r| chosen_level(ins, item, r))
                        .map(f64::from)
                        .collect();
                    let of_item: Vec<_> =
                        gaps.iter().flatten().filter(|g| g.item == item).collect();
                    let lo: Vec<f64> = of_item.iter().map(|g| g.ideal_min.into()).collect();
                    let hi: Vec<f64> = of_item.iter().map(|g| g.ideal_max.into()).collect();
                    let gap: Vec<f64> = of_item.iter().map(|g| g.gap.into()).collect();
                    CircleDim {
                        section: section.to_string(),
                        item: item.to_string(),
                        answered: levels.len(),
                        level: mean(&levels),
                        unanimous: levels.windows(2).all(|w| w[0] == w[1]),
                        ideal: mean(&lo).zip(mean(&hi)),
                        gap: mean(&gap),
                    }
                })
                .collect();
            let distances: Vec<f64> = (gaps.iter())
                .filter(|g| !g.is_empty())
                .map(|g| g.iter().map(|x| x.gap.unsigned_abs() as f64).sum())
                .collect();
            Some(Circle {
                subject,
                round,
                responses: now.len(),
                dims,
                distance: mean(&distances),
            })
        })
        .collect()
}

/// A level or distance as shown: whole numbers without a fraction, others with one decimal.
pub fn figure(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Size of the Circle of Influence picture.
pub const CIRCLE_W: f64 = 540.0;
pub const CIRCLE_H: f64 = 400.0;
const CIRCLE_R: f64 = 130.0;
const ACTOR: &str = "#2b6cb0";
const IDEAL: &str = "#2f7d4f";

/// Where the picture draws dimension `k` of `n` at level `level` (1–5 from the centre out):
/// the first dimension at the top, the next ones clockwise in LTR and counter-clockwise in RTL
/// (the picture is mirrored for a right-to-left reader).
pub fn circle_point(k: usize, n: usize, level: f64, rtl: bool) -> (f64, f64) {
    let a = std::f64::consts::TAU * k as f64 / n.max(1) as f64;
    let s = if rtl { -1.0 } else { 1.0 };
    let r = CIRCLE_R * level / 5.0;
    let (cx, cy) = (CIRCLE_W / 2.0, CIRCLE_R + 50.0);
    (cx + s * r * a.sin(), cy - r * a.cos())
}

/// The picture of one actor's Circle of Influence as SVG: five rings for the levels, an axis per
/// dimension with its name and level, the ideal range of each dimension that states one as a
/// green band, the actor's levels as a blue shape, and a legend on the side where reading
/// starts. `id` makes its title and description ids unique in the page; `labels` are the
/// dimensions' names; `title` and `desc` name the picture for screen readers.
pub fn circle_svg(
    c: &Circle,
    labels: &[String],
    id: &str,
    title: &str,
    desc: &str,
    t: Tr,
    rtl: bool,
) -> String {
    use std::fmt::Write;
    let (w, h) = (CIRCLE_W, CIRCLE_H);
    let n = c.dims.len();
    let (cx, cy) = circle_point(0, n, 0.0, rtl);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-t {id}-d" direction="ltr" font-family="system-ui, sans-serif" font-size="13"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc><rect width="{w}" height="{h}" fill="#ffffff"/>"##,
        xml_escape(title),
        xml_escape(desc),
    );
    for level in 1..=5 {
        let _ = write!(
            s,
            r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="{:.1}" fill="none" stroke="#a0aec0" stroke-width="1"/>"##,
            CIRCLE_R * level as f64 / 5.0
        );
    }
    for (k, d) in c.dims.iter().enumerate() {
        let (x, y) = circle_point(k, n, 5.0, rtl);
        let _ = write!(
            s,
            r##"<line x1="{cx:.1}" y1="{cy:.1}" x2="{x:.1}" y2="{y:.1}" stroke="#718096" stroke-width="1"/>"##
        );
        if let Some((lo, hi)) = d.ideal {
            let (x0, y0) = circle_point(k, n, lo, rtl);
            let (x1, y1) = circle_point(k, n, hi, rtl);
            let _ = write!(
                s,
                r##"<line class="ideal" x1="{x0:.1}" y1="{y0:.1}" x2="{x1:.1}" y2="{y1:.1}" stroke="{IDEAL}" stroke-width="12" stroke-linecap="round" stroke-opacity="0.55"/>"##
            );
        }
    }
    // The level numbers along the first axis, beside the ideal's band, away from the second
    // dimension.
    let (side, num_anchor) = if rtl { (10.0, "start") } else { (-10.0, "end") };
    for level in 1..=5 {
        let (x, y) = circle_point(0, n, level as f64, rtl);
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{y:.1}" dy="-0.25em" text-anchor="{num_anchor}" font-size="10" fill="#4a5568">{level}</text>"##,
            x + side
        );
    }
    let points: Vec<(f64, f64)> = (c.dims.iter().enumerate())
        .filter_map(|(k, d)| d.level.map(|l| circle_point(k, n, l, rtl)))
        .collect();
    if points.len() >= 3 {
        let p: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            s,
            r##"<polygon class="actor" points="{}" fill="{ACTOR}" fill-opacity="0.18" stroke="{ACTOR}" stroke-width="2"/>"##,
            p.join(" ")
        );
    } else if points.len() == 2 {
        let _ = write!(
            s,
            r##"<line class="actor" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{ACTOR}" stroke-width="2"/>"##,
            points[0].0, points[0].1, points[1].0, points[1].1
        );
    }
    for (x, y) in &points {
        let _ = write!(
            s,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="{ACTOR}" stroke="#ffffff" stroke-width="1.5"/>"##
        );
    }
    for (k, d) in c.dims.iter().enumerate() {
        let (x, y) = circle_point(k, n, 5.0, rtl);
        let (dx, dy) = (x - cx, y - cy);
        let anchor = if dx.abs() < 1.0 {
            "middle"
        } else if dx > 0.0 {
            "start"
        } else {
            "end"
        };
        // Just outside the axis's end: beside it on the sides, above or below it at the poles.
        let lx = if dx.abs() < 1.0 {
            x
        } else {
            x + dx.signum() * 10.0
        };
        let ly = if dy.abs() < 1.0 {
            y
        } else {
            y + dy.signum() * 16.0
        };
        let value = d.level.map(figure).unwrap_or_else(|| "—".into());
        let label = labels.get(k).cloned().unwrap_or_else(|| d.section.clone());
        let _ = write!(
            s,
            r##"<text x="{lx:.1}" y="{ly:.1}" dy="0.35em" text-anchor="{anchor}" font-weight="bold" fill="#1a202c">{}</text>"##,
            label_with_count(&xml_escape(&label), &value, rtl)
        );
    }
    // The legend, under the picture, on the side where reading starts.
    let (x, anchor, step) = if rtl {
        (w - 24.0, "end", -1.0)
    } else {
        (24.0, "start", 1.0)
    };
    let y0 = 2.0 * CIRCLE_R + 100.0;
    for (row, key) in ["land-circle-legend-actor", "land-circle-legend-ideal"]
        .iter()
        .enumerate()
    {
        let y = y0 + 22.0 * row as f64;
        let mark = if row == 0 {
            format!(
                r##"<rect x="{:.1}" y="{:.1}" width="16" height="10" fill="{ACTOR}" fill-opacity="0.4" stroke="{ACTOR}"/>"##,
                if rtl { x - 16.0 } else { x },
                y - 5.0
            )
        } else {
            format!(
                r##"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{IDEAL}" stroke-width="10" stroke-linecap="round" stroke-opacity="0.55"/>"##,
                x + step * 4.0,
                x + step * 12.0
            )
        };
        let _ = write!(
            s,
            r##"{mark}<text x="{:.1}" y="{y:.1}" dy="0.35em" text-anchor="{anchor}" fill="#1a202c">{}</text>"##,
            x + step * 24.0,
            xml_escape(&t(key))
        );
    }
    s.push_str("</svg>");
    s
}
