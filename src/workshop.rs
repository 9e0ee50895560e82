//! Workshop mode: moving questionnaires, answers and plans between devices with no server.
//!
//! What travels is a *code*: a small sealed payload, written in base64url, carried either in a
//! link's fragment (`#i=` an invitation, `#r=` a response, `#p=` a plan; the static host never
//! sees a fragment) or as a text to paste (`SHUTAF-R1:…`) or a small file holding that text.
//!
//! Sealed bytes (format version 1):
//!
//! ```text
//! "SH"  version(1)  kind(1)  body length (u32 LE)  body (compact JSON)  CRC-32 (u32 LE) of all before
//! ```
//!
//! The code text is base64url (no padding) of one flag byte and the data: flag 0 = the sealed
//! bytes as they are, flag 1 = the sealed bytes compressed with raw DEFLATE. Compression is not
//! done here: the app uses the browser's own `CompressionStream("deflate-raw")`, which costs no
//! wasm bytes, while this module stays pure and is tested natively on the uncompressed form.
//!
//! Why a CRC-32 and not a hash: the check is against damage — a code cut short by a chat app, a
//! character changed by hand or by autocorrect — not against forgery (there is no secret to sign
//! with, and anyone holding the app could re-seal an edited answer). CRC-32 catches every burst
//! of up to 32 flipped bits and all but one in 4 billion other changes, in 20 lines of code.
//! Forged content is still only *data*: every answer is checked against the instrument and
//! cleaned like typed text before it reaches a plan, and every size is capped before allocation.

use serde::{Deserialize, Serialize};

use crate::command::Command;
use crate::instrument::{self, answer_fits};
use crate::model::{Id, Plan, Response, Round, Subject};
use crate::text::{self, MAX_NAME};

/// Format version of the sealed bytes; a newer one is refused with its own message.
pub const VERSION: u8 = 1;
const MAGIC: &[u8; 2] = b"SH";
/// The prefix of a text code: `SHUTAF-R1:` (response), `-I1:` (invitation), `-P1:` (plan).
pub const PREFIX: &str = "SHUTAF-";
/// Longest code text accepted, in characters (a link's fragment or a pasted code): larger
/// input is refused before it is decoded.
pub const MAX_CODE_CHARS: usize = 100_000;
/// Largest sealed payload accepted, in bytes, after decompression (the app stops inflating at
/// this size, so a small hostile code cannot expand into gigabytes).
pub const MAX_SEALED_BYTES: usize = 1 << 20;
/// Longest link Shutaf offers. Chromium and Firefox take links of megabytes, but chat apps, mail
/// clients and QR codes do not: beyond this, a plan is offered as a file instead.
pub const MAX_LINK_CHARS: usize = 8_000;
/// Most codes read from one paste.
pub const MAX_CODES_AT_ONCE: usize = 500;

/// What a code carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Invitation = 1,
    Response = 2,
    Plan = 3,
}

impl Kind {
    /// The letter of the text prefix and of the link fragment (`#i=`, `#r=`, `#p=`).
    pub fn letter(self) -> char {
        match self {
            Kind::Invitation => 'i',
            Kind::Response => 'r',
            Kind::Plan => 'p',
        }
    }

    fn from_byte(b: u8) -> Option<Kind> {
        [Kind::Invitation, Kind::Response, Kind::Plan]
            .into_iter()
            .find(|k| *k as u8 == b)
    }
}

/// An invitation: which instrument to fill, for which round, and the context the respondent
/// sees. Field names are one letter: they travel in every link.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Invitation {
    #[serde(rename = "n")]
    pub instrument: String,
    #[serde(rename = "r")]
    pub round: Id,
    #[serde(rename = "rn", default)]
    pub round_name: String,
    #[serde(rename = "pn", default)]
    pub plan_name: String,
    /// What the answers are about (the plan, or one partner or person of it).
    #[serde(rename = "s", default)]
    pub subject: Subject,
    /// The subject's name, shown to the respondent (empty for the plan itself).
    #[serde(rename = "sn", default, skip_serializing_if = "String::is_empty")]
    pub subject_name: String,
    /// The facilitator's language code: the respondent view opens in it.
    #[serde(rename = "l", default)]
    pub lang: String,
}

/// A respondent's answers travel as a [`Response`] of the model (its serde code is already in
/// the app): its id is `w-` and a random key made on the respondent's device when they first
/// open the invitation, so a second code from the same device replaces the first and an
/// identical one is a duplicate. The same response, autosaved on the respondent's device under
/// [`draft_key`], is their draft.
pub const RESPONSE_ID_PREFIX: &str = "w-";

/// A decoded code.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Invitation(Invitation),
    Response(Response),
    /// A plan, as the text of a Shutaf plan file (read with [`crate::format::import`]).
    Plan(String),
}

impl Payload {
    pub fn kind(&self) -> Kind {
        match self {
            Payload::Invitation(_) => Kind::Invitation,
            Payload::Response(_) => Kind::Response,
            Payload::Plan(_) => Kind::Plan,
        }
    }
}

/// Why a code was refused. Each has its own translated message in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing to read.
    Empty,
    /// Longer than [`MAX_CODE_CHARS`] or, decoded, than [`MAX_SEALED_BYTES`].
    TooLong,
    /// Not a Shutaf code at all (not base64url, or not our magic bytes).
    NotACode,
    /// A Shutaf code, but damaged: cut short, extended, or changed (the check failed).
    Damaged,
    /// Made by a newer version of Shutaf.
    Newer,
    /// Intact, but its content is not what Shutaf writes.
    Invalid,
}

impl CodeError {
    pub fn key(self) -> &'static str {
        match self {
            CodeError::Empty => "code-error-empty",
            CodeError::TooLong => "code-error-too-long",
            CodeError::NotACode => "code-error-not-a-code",
            CodeError::Damaged => "code-error-damaged",
            CodeError::Newer => "code-error-newer",
            CodeError::Invalid => "code-error-invalid",
        }
    }
}

/// CRC-32 (IEEE 802.3, as in zip and PNG), bitwise: no table, a few dozen bytes of wasm.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in a URL fragment and in chat apps.
pub fn b64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Reads base64url; `None` on any other character or an impossible length.
pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = B64.iter().position(|&x| x == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// Seals a payload into bytes (see the module's description).
pub fn seal(payload: &Payload) -> Vec<u8> {
    let body = match payload {
        Payload::Invitation(i) => serde_json::to_vec(i),
        Payload::Response(r) => serde_json::to_vec(r),
        Payload::Plan(text) => Ok(text.as_bytes().to_vec()),
    }
    .unwrap_or_default();
    let mut out = Vec::with_capacity(body.len() + 12);
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.push(payload.kind() as u8);
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&body);
    let crc = crc32(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// Opens sealed bytes: checks the magic, the version, the length and the CRC, then reads the
/// body. Never panics, whatever the bytes.
pub fn open(bytes: &[u8]) -> Result<Payload, CodeError> {
    if bytes.len() > MAX_SEALED_BYTES {
        return Err(CodeError::TooLong);
    }
    if bytes.len() < 2 || &bytes[..2] != MAGIC {
        return Err(CodeError::NotACode);
    }
    if bytes.len() < 12 {
        return Err(CodeError::Damaged);
    }
    let (head, crc) = bytes.split_at(bytes.len() - 4);
    let declared = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
    if declared != head.len() - 8
        || crc32(head) != u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]])
    {
        return Err(CodeError::Damaged);
    }
    if head[2] > VERSION {
        return Err(CodeError::Newer);
    }
    let kind = Kind::from_byte(head[3]).ok_or(CodeError::Invalid)?;
    let body = std::str::from_utf8(&head[8..]).map_err(|_| CodeError::Invalid)?;
    Ok(match kind {
        Kind::Invitation => Payload::Invitation(from_json(body)?),
        Kind::Response => Payload::Response(from_json(body)?),
        Kind::Plan => Payload::Plan(body.to_owned()),
    })
}

/// Reads JSON through a `Value`, as the file import does: the app then carries one JSON
/// deserializer for every type rather than one more per reader (tens of KB of wasm).
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, CodeError> {
    serde_json::from_str::<serde_json::Value>(text)
        .and_then(serde_json::from_value)
        .map_err(|_| CodeError::Invalid)
}

/// The base64url text of sealed (or compressed sealed) bytes, with its flag byte.
pub fn code_body(compressed: bool, data: &[u8]) -> String {
    let mut v = Vec::with_capacity(data.len() + 1);
    v.push(compressed as u8);
    v.extend_from_slice(data);
    b64_encode(&v)
}

/// A text code to paste: `SHUTAF-R1:` and the body.
pub fn text_code(kind: Kind, body: &str) -> String {
    format!(
        "{PREFIX}{}{VERSION}:{body}",
        kind.letter().to_ascii_uppercase()
    )
}

/// A link: the app's address (without any fragment) and the body in the fragment.
pub fn link(base: &str, kind: Kind, body: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#{}={body}", kind.letter())
}

/// Reads what a user pasted, dropped or opened — a link with a `#i=`/`#r=`/`#p=` fragment, a
/// `SHUTAF-…:` text code, or a bare body — into `(compressed, data)`. The caller inflates
/// compressed data (stopping at [`MAX_SEALED_BYTES`]) and passes the result to [`open`].
pub fn unwrap_code(text: &str) -> Result<(bool, Vec<u8>), CodeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CodeError::Empty);
    }
    if text.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    let body = if let Some(pos) = text.find(PREFIX) {
        let rest = &text[pos + PREFIX.len()..];
        rest.split_once(':').map_or("", |(_, b)| b)
    } else if let Some(pos) = text.rfind('#') {
        let frag = &text[pos + 1..];
        frag.split_once('=').map_or(frag, |(_, b)| b)
    } else {
        text
    };
    // Chat apps may add a full stop, quotes or a line break around a pasted code.
    let body =
        body.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    let bytes = b64_decode(body).ok_or(CodeError::NotACode)?;
    match bytes.split_first() {
        Some((0, data)) => Ok((false, data.to_vec())),
        Some((1, data)) => Ok((true, data.to_vec())),
        Some(_) => Err(CodeError::NotACode),
        None => Err(CodeError::Empty),
    }
}

/// The fragment's kind, when the address's fragment is one of Shutaf's codes.
pub fn fragment_kind(fragment: &str) -> Option<Kind> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    [Kind::Invitation, Kind::Response, Kind::Plan]
        .into_iter()
        .find(|k| f.len() > 2 && f.as_bytes()[0] == k.letter() as u8 && f.as_bytes()[1] == b'=')
}

/// Splits pasted text into the codes it holds: every whitespace-separated piece that carries a
/// Shutaf prefix or fragment, or — when none does — every piece (so that garbage is reported,
/// not ignored). At most [`MAX_CODES_AT_ONCE`].
pub fn split_codes(text: &str) -> Vec<&str> {
    let marked = |s: &&str| {
        s.contains(PREFIX) || s.contains("#r=") || s.contains("#i=") || s.contains("#p=")
    };
    let pieces: Vec<&str> = text.split_whitespace().collect();
    let any = pieces.iter().any(marked);
    pieces
        .into_iter()
        .filter(|s| !any || marked(s))
        .take(MAX_CODES_AT_ONCE)
        .collect()
}

/// Decodes an uncompressed code text to its payload (natively, and in the app for codes that
/// were not compressed).
pub fn decode_plain(text: &str) -> Result<Payload, CodeError> {
    match unwrap_code(text)? {
        (false, data) => open(&data),
        (true, _) => Err(CodeError::NotACode),
    }
}

/// A new draft for an invitation, with the key the respondent's device made.
pub fn draft(inv: &Invitation, key: &str) -> Response {
    Response {
        id: Id::new(format!("{RESPONSE_ID_PREFIX}{key}")),
        instrument: inv.instrument.clone(),
        round: inv.round.clone(),
        subject: inv.subject.clone(),
        ..Default::default()
    }
}

/// What a respondent sends: the draft, its name trimmed and its empty answers left out.
pub fn to_send(draft: &Response) -> Response {
    let mut r = draft.clone();
    r.respondent = text::user_text(&r.respondent, MAX_NAME, true);
    r.answers.retain(|_, a| !a.is_empty());
    r
}

/// The storage key of a respondent's draft for one invitation: stable for the same invitation.
pub fn draft_key(inv: &Invitation) -> String {
    // Of the body, not of the sealed bytes: a message followed by its own CRC always has the
    // same CRC (the residue), whatever the message.
    let body = serde_json::to_vec(inv).unwrap_or_default();
    format!("shutaf.respond.{:08x}", crc32(&body))
}

/// What happened to one code given to [`collect`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Added {
        respondent: String,
    },
    /// The same respondent sent changed answers: they replace the earlier ones.
    Updated {
        respondent: String,
    },
    /// Exactly these answers are already in the round.
    Duplicate {
        respondent: String,
    },
    /// A response to another round of this instrument (named when the plan has it).
    OtherRound {
        round: String,
    },
    /// A response to another instrument.
    OtherInstrument,
    /// About a partner or person this plan no longer has.
    SubjectGone,
    /// An invitation or a plan, not a response.
    NotResponse,
    Refused(CodeError),
}

impl Outcome {
    pub fn is_added(&self) -> bool {
        matches!(self, Outcome::Added { .. } | Outcome::Updated { .. })
    }
}

/// Keeps only the answers that fit the instrument's items; the command cleans their texts.
fn fitting_answers(r: &mut Response) {
    let ins = instrument::shared().iter().find(|i| i.id == r.instrument);
    r.answers.retain(|k, a| {
        ins.and_then(|i| i.item(k))
            .is_some_and(|it| answer_fits(&it.answer, a))
    });
}

/// Reads decoded codes as responses to `round` of `plan`: the outcome of each, in order, and
/// the one command (a batch, undoable at once) that adds the new ones and replaces updated
/// ones. Codes repeated within the batch count as duplicates too.
pub fn collect(
    plan: &Plan,
    round: &Round,
    decoded: Vec<Result<Payload, CodeError>>,
) -> (Vec<Outcome>, Option<Command>) {
    let mut outcomes = Vec::with_capacity(decoded.len());
    let mut cmds = Vec::new();
    // Responses added or changed by this batch, latest last (a list: a map type would cost
    // the app more code than these few items are worth).
    let mut seen: Vec<Response> = Vec::new();
    for d in decoded {
        let r = match d {
            Err(e) => {
                outcomes.push(Outcome::Refused(e));
                continue;
            }
            Ok(Payload::Response(r)) => r,
            Ok(_) => {
                outcomes.push(Outcome::NotResponse);
                continue;
            }
        };
        if r.instrument != round.instrument {
            outcomes.push(Outcome::OtherInstrument);
            continue;
        }
        if r.round != round.id {
            let name = plan
                .rounds
                .iter()
                .find(|x| x.id == r.round)
                .map(|x| x.name.clone());
            outcomes.push(Outcome::OtherRound {
                round: name.unwrap_or_default(),
            });
            continue;
        }
        let gone = match &r.subject {
            Subject::Partner(id) => plan.partner(id).is_none(),
            Subject::Person(id) => plan.person(id).is_none(),
            Subject::Plan => false,
        };
        if gone {
            outcomes.push(Outcome::SubjectGone);
            continue;
        }
        let id = r.id.clone();
        if !id.0.starts_with(RESPONSE_ID_PREFIX) || !Id::is_valid(&id.0) {
            outcomes.push(Outcome::Refused(CodeError::Invalid));
            continue;
        }
        let respondent = text::user_text(&r.respondent, MAX_NAME, true);
        let mut response = r;
        response.respondent = respondent.clone();
        fitting_answers(&mut response);
        let earlier = seen
            .iter()
            .rev()
            .find(|x| x.id == id)
            .or_else(|| plan.responses.iter().find(|x| x.id == id))
            .cloned();
        match earlier {
            Some(e) if e == response => outcomes.push(Outcome::Duplicate { respondent }),
            Some(_) => {
                let index = plan.responses.iter().position(|x| x.id == id);
                if index.is_some() || seen.iter().any(|x| x.id == id) {
                    cmds.push(Command::RemoveResponse {
                        plan_id: plan.id.clone(),
                        response_id: id.clone(),
                    });
                }
                cmds.push(Command::AddResponse {
                    plan_id: plan.id.clone(),
                    response: response.clone(),
                    index,
                });
                seen.push(response);
                outcomes.push(Outcome::Updated { respondent });
            }
            None => {
                cmds.push(Command::AddResponse {
                    plan_id: plan.id.clone(),
                    response: response.clone(),
                    index: None,
                });
                seen.push(response);
                outcomes.push(Outcome::Added { respondent });
            }
        }
    }
    let cmd = (!cmds.is_empty()).then_some(Command::Batch(cmds));
    (outcomes, cmd)
}

/// The round a response belongs to, searched across the workspace's plans (a response link
/// opened by the facilitator finds its own round).
pub fn find_round<'a>(
    plans: &'a [std::rc::Rc<Plan>],
    r: &Response,
) -> Option<(&'a Plan, &'a Round)> {
    plans.iter().find_map(|p| {
        p.rounds
            .iter()
            .find(|x| x.id == r.round && x.instrument == r.instrument)
            .map(|x| (&**p, x))
    })
}
