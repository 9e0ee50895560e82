//! Workshop codes (`shutaf::workshop`): sealing and opening, integrity failures, foreign and
//! hostile input, collecting responses (duplicates, updates, other rounds) and the aggregate of
//! collected responses, on small data computed by hand.

mod common;
use common::Rng;
use std::collections::BTreeMap;
use std::rc::Rc;

use shutaf::command::apply;
use shutaf::format;
use shutaf::instrument::{library, results};
use shutaf::model::{Answer, Id, Partner, Plan, PlanKind, Response, Round, Subject, Workspace};
use shutaf::workshop::*;

fn invitation() -> Invitation {
    Invitation {
        instrument: "success_factors".into(),
        round: Id::new("round-1"),
        round_name: "סדנה ראשונה".into(),
        plan_name: "שותפות הצפון".into(),
        subject: Subject::Plan,
        subject_name: String::new(),
        lang: "he".into(),
    }
}

/// What a respondent's device sends: a response whose id is `w-` and the device's key.
fn returned(key: &str, who: &str, shared_goal: u8) -> Response {
    let mut answers = BTreeMap::new();
    answers.insert("shared_goal".to_string(), Answer::Agree(shared_goal));
    answers.insert("joint_activity".to_string(), Answer::DontKnow);
    Response {
        id: Id::new(format!("w-{key}")),
        instrument: "success_factors".into(),
        round: Id::new("round-1"),
        respondent: who.into(),
        subject: Subject::Plan,
        answers,
    }
}

/// The uncompressed text code of a payload, as a respondent would paste it.
fn code(p: &Payload) -> String {
    text_code(p.kind(), &code_body(false, &seal(p)))
}

fn plan() -> Plan {
    let mut plan = Plan::new(Id::new("plan-1"), "North", PlanKind::SchoolSupport);
    plan.partners.push(Partner {
        id: Id::new("partner-1"),
        name: "עירייה".into(),
        ..Default::default()
    });
    for (id, name) in [("round-0", "Before"), ("round-1", "Workshop")] {
        plan.rounds.push(Round {
            id: Id::new(id),
            instrument: "success_factors".into(),
            name: name.into(),
            date: None,
        });
    }
    plan
}

/// Collects codes into round-1 of a workspace holding `plan`, applies the command, and returns
/// the outcomes and the plan after.
fn collect_into(plan: Plan, codes: &[String]) -> (Vec<Outcome>, Plan) {
    let round = plan.rounds[1].clone();
    let decoded = codes.iter().map(|c| decode_plain(c)).collect();
    let (outcomes, cmd) = collect(&plan, &round, decoded);
    let mut ws = Workspace {
        plans: vec![Rc::new(plan)],
    };
    if let Some(cmd) = cmd {
        apply(&mut ws, cmd).expect("the collect command applies");
    }
    (outcomes, (*ws.plans[0]).clone())
}

#[test]
fn crc32_and_base64_match_the_standards() {
    // The check value of CRC-32/ISO-HDLC.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    // RFC 4648 test vectors, url alphabet, no padding.
    for (raw, enc) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(b64_encode(raw.as_bytes()), enc);
        assert_eq!(b64_decode(enc).unwrap(), raw.as_bytes());
    }
    assert_eq!(b64_encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(b64_decode("-_8").unwrap(), vec![0xfb, 0xff]);
    assert_eq!(
        b64_decode("Zm9v+"),
        None,
        "standard base64's + is not base64url"
    );
    assert_eq!(b64_decode("Z"), None, "one character is no byte");
}

#[test]
fn every_kind_round_trips_through_text_codes_and_links() {
    let inv = Payload::Invitation(invitation());
    let resp = Payload::Response(returned("k1", "דנה, מורה", 4));
    let plan_text = format::export_plan(&Rc::new(plan()));
    let planp = Payload::Plan(plan_text.clone());
    for p in [&inv, &resp, &planp] {
        let c = code(p);
        assert!(c.starts_with(&format!(
            "SHUTAF-{}1:",
            p.kind().letter().to_ascii_uppercase()
        )));
        assert_eq!(&decode_plain(&c).unwrap(), p);
        let l = link(
            "https://example.org/app/index.html#old",
            p.kind(),
            &code_body(false, &seal(p)),
        );
        assert!(l.starts_with(&format!(
            "https://example.org/app/index.html#{}=",
            p.kind().letter()
        )));
        assert_eq!(fragment_kind(&l[l.find('#').unwrap()..]), Some(p.kind()));
        assert_eq!(&decode_plain(&l).unwrap(), p);
    }
    // A plan link's text is a plan file that imports.
    let Payload::Plan(text) = decode_plain(&code(&planp)).unwrap() else {
        panic!()
    };
    assert_eq!(format::import(&text).unwrap().plans[0].name, "North");
    // Surroundings a chat app adds are ignored.
    let c = code(&resp);
    assert_eq!(decode_plain(&format!("  \"{c}\".\n")).unwrap(), resp);
    // The compressed flag is read, and the data handed back untouched for the app to inflate.
    let body = code_body(true, b"deflated");
    assert_eq!(unwrap_code(&body).unwrap(), (true, b"deflated".to_vec()));
    assert_eq!(decode_plain(&body), Err(CodeError::NotACode));
}

#[test]
fn damaged_codes_are_refused_as_damaged() {
    let sealed = seal(&Payload::Response(returned("k1", "Dana", 4)));
    // Every single flipped bit past the magic bytes.
    for i in 2..sealed.len() {
        for bit in 0..8 {
            let mut bad = sealed.clone();
            bad[i] ^= 1 << bit;
            let r = open(&bad);
            assert!(
                matches!(r, Err(CodeError::Damaged)),
                "byte {i} bit {bit}: {r:?}"
            );
        }
    }
    // Truncated at every length, and extended.
    for n in 2..sealed.len() {
        assert_eq!(open(&sealed[..n]), Err(CodeError::Damaged), "cut at {n}");
    }
    let mut longer = sealed.clone();
    longer.push(0);
    assert_eq!(open(&longer), Err(CodeError::Damaged));
    // A changed character in the text code (an edited answer).
    let c = code(&Payload::Response(returned("k1", "Dana", 4)));
    let mid = c.len() / 2;
    let swapped = if &c[mid..=mid] == "A" { "B" } else { "A" };
    let edited = format!("{}{}{}", &c[..mid], swapped, &c[mid + 1..]);
    assert_eq!(decode_plain(&edited), Err(CodeError::Damaged));
    // A code cut short by a chat app.
    assert_eq!(
        decode_plain(&c[..c.len() - 5])
            .err()
            .map(|e| e == CodeError::Damaged || e == CodeError::NotACode),
        Some(true)
    );
}

#[test]
fn foreign_and_hostile_input_is_refused_with_its_reason() {
    assert_eq!(decode_plain(""), Err(CodeError::Empty));
    assert_eq!(decode_plain("   \n"), Err(CodeError::Empty));
    assert_eq!(decode_plain("hello world!"), Err(CodeError::NotACode));
    assert_eq!(
        decode_plain("https://example.org/#section-2"),
        Err(CodeError::NotACode)
    );
    assert_eq!(
        decode_plain(&"A".repeat(MAX_CODE_CHARS + 1)),
        Err(CodeError::TooLong)
    );
    // Valid base64url, but not our bytes (a code of another app).
    assert_eq!(
        decode_plain(&code_body(false, b"PK\x03\x04 zip file")),
        Err(CodeError::NotACode)
    );
    assert_eq!(
        decode_plain(&b64_encode(&[7, 1, 2])),
        Err(CodeError::NotACode),
        "unknown flag"
    );
    // Sealed correctly, but a newer version, an unknown kind, or content that is not ours.
    let reseal = |version: u8, kind: u8, body: &[u8]| {
        let mut v = b"SH".to_vec();
        v.extend_from_slice(&[version, kind]);
        v.extend_from_slice(&(body.len() as u32).to_le_bytes());
        v.extend_from_slice(body);
        let c = crc32(&v);
        v.extend_from_slice(&c.to_le_bytes());
        v
    };
    assert_eq!(open(&reseal(2, 2, b"{}")), Err(CodeError::Newer));
    assert_eq!(open(&reseal(1, 9, b"{}")), Err(CodeError::Invalid));
    assert_eq!(open(&reseal(1, 2, b"{\"n\":1}")), Err(CodeError::Invalid));
    assert_eq!(
        open(&reseal(1, 1, &[b'['; 100_000])),
        Err(CodeError::Invalid),
        "deep nesting"
    );
    assert_eq!(
        open(&reseal(1, 3, &[0xff, 0xfe])),
        Err(CodeError::Invalid),
        "not UTF-8"
    );
    assert_eq!(
        open(&vec![b'S'; MAX_SEALED_BYTES + 1]),
        Err(CodeError::TooLong)
    );
    // A declared length that lies.
    let mut lie = reseal(1, 2, b"{}");
    lie[4] = 200;
    assert_eq!(open(&lie), Err(CodeError::Damaged));
}

#[test]
fn random_and_mutated_codes_never_panic_and_never_pass_unchecked() {
    let mut rng = Rng(0x5eed_1234_abcd);
    let good = [
        code(&Payload::Invitation(invitation())),
        code(&Payload::Response(returned("k1", "Dana", 4))),
        code(&Payload::Plan(format::export_plan(&Rc::new(plan())))),
    ];
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:#= ."
            .chars()
            .collect();
    let mut accepted_mutants = 0;
    for round in 0..6000 {
        let base = &good[round % good.len()];
        let mut chars: Vec<char> = base.chars().collect();
        match rng.below(5) {
            0 => {
                // Random text.
                chars = (0..rng.below(400))
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect();
            }
            1 => {
                let i = rng.below(chars.len());
                chars[i] = alphabet[rng.below(alphabet.len())];
            }
            2 => chars.truncate(rng.below(chars.len())),
            3 => {
                for _ in 0..=rng.below(20) {
                    chars.push(alphabet[rng.below(alphabet.len())]);
                }
            }
            _ => {
                let (i, j) = (rng.below(chars.len()), rng.below(chars.len()));
                chars.swap(i, j);
            }
        }
        let text: String = chars.iter().collect();
        if let Ok(p) = decode_plain(&text) {
            // Only a change that leaves the bytes intact may pass (a swap of equal characters,
            // a character appended that base64url drops, or an edit in the prefix).
            assert!(
                good.iter().any(|g| decode_plain(g).as_ref() == Ok(&p)),
                "a mutant decoded to new content: {text}"
            );
            accepted_mutants += 1;
        }
        // Random bytes straight into open(), with and without our magic.
        let mut bytes: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
        if round % 2 == 0 {
            bytes.splice(0..0, *b"SH\x01\x02");
        }
        let _ = open(&bytes);
    }
    assert!(
        accepted_mutants < 6000 / 4,
        "most mutants must be refused: {accepted_mutants}"
    );
}

#[test]
fn collecting_adds_reports_duplicates_updates_and_foreign_codes() {
    let dana = code(&Payload::Response(returned("k1", "Dana", 4)));
    let omar = code(&Payload::Response(returned("k2", "عمر", 2)));
    let dana_changed = code(&Payload::Response(returned("k1", "Dana", 5)));
    let mut other_round = returned("k3", "Noa", 3);
    other_round.round = Id::new("round-0");
    let mut unknown_round = returned("k4", "Eli", 3);
    unknown_round.round = Id::new("round-elsewhere");
    let mut other_instrument = returned("k5", "Eli", 3);
    other_instrument.instrument = "barriers_scan".into();
    let mut gone = returned("k6", "Eli", 3);
    gone.subject = Subject::Partner(Id::new("partner-removed"));
    let codes = vec![
        dana.clone(),
        omar.clone(),
        dana.clone(),
        code(&Payload::Response(other_round)),
        code(&Payload::Response(unknown_round)),
        code(&Payload::Response(other_instrument)),
        code(&Payload::Response(gone)),
        code(&Payload::Invitation(invitation())),
        "not a code".into(),
    ];
    let (outcomes, after) = collect_into(plan(), &codes);
    assert_eq!(
        outcomes,
        vec![
            Outcome::Added {
                respondent: "Dana".into()
            },
            Outcome::Added {
                respondent: "عمر".into()
            },
            Outcome::Duplicate {
                respondent: "Dana".into()
            },
            Outcome::OtherRound {
                round: "Before".into()
            },
            Outcome::OtherRound {
                round: String::new()
            },
            Outcome::OtherInstrument,
            Outcome::SubjectGone,
            Outcome::NotResponse,
            Outcome::Refused(CodeError::NotACode),
        ]
    );
    assert_eq!(after.responses.len(), 2);
    // Pasted again later: duplicates; a changed answer from the same device replaces, in place.
    let (outcomes, after) = collect_into(after, &[omar, dana_changed]);
    assert_eq!(
        outcomes,
        vec![
            Outcome::Duplicate {
                respondent: "عمر".into()
            },
            Outcome::Updated {
                respondent: "Dana".into()
            },
        ]
    );
    assert_eq!(after.responses.len(), 2);
    assert_eq!(after.responses[0].respondent, "Dana");
    assert_eq!(after.responses[0].answers["shared_goal"], Answer::Agree(5));
}

#[test]
fn collected_answers_are_checked_against_the_instrument() {
    let mut r = returned("k1", "Dana\u{202E} evil", 4);
    r.answers.insert("no_such_item".into(), Answer::Agree(3));
    r.answers
        .insert("resource_mobilisation".into(), Answer::Agree(9));
    r.answers.insert("shared_goal".into(), Answer::Agree(4));
    r.answers.insert(
        "joint_activity".into(),
        Answer::Text("not an agreement".into()),
    );
    let (outcomes, after) = collect_into(plan(), &[code(&Payload::Response(r))]);
    assert!(outcomes[0].is_added());
    let got = &after.responses[0];
    assert_eq!(
        got.respondent, "Dana evil",
        "bidi controls are cleaned like typed text"
    );
    assert_eq!(got.answers.len(), 1);
    assert_eq!(got.answers["shared_goal"], Answer::Agree(4));
    // An id that is not a respondent's is refused.
    let mut bad_key = returned("k1", "x", 3);
    bad_key.id = Id::new("response-1");
    let (outcomes, after) = collect_into(plan(), &[code(&Payload::Response(bad_key))]);
    assert_eq!(outcomes, vec![Outcome::Refused(CodeError::Invalid)]);
    assert!(after.responses.is_empty());
}

#[test]
fn collected_responses_feed_the_aggregate_and_the_comparison() {
    let lib = library();
    let ins = lib.iter().find(|i| i.id == "success_factors").unwrap();
    // Three respondents: 4, 2 and 5 on shared_goal (mean 11/3, population sd of 4,2,5 = √(14/9)).
    let codes: Vec<String> = [("k1", "Dana", 4), ("k2", "Omar", 2), ("k3", "Noa", 5)]
        .iter()
        .map(|(k, w, v)| code(&Payload::Response(returned(k, w, *v))))
        .collect();
    let (_, mut after) = collect_into(plan(), &codes);
    let now = results::round_responses(&after, &Id::new("round-1"));
    assert_eq!(now.len(), 3);
    let stats = results::item_stats(ins, &now);
    let goal = stats.iter().find(|s| s.item == "shared_goal").unwrap();
    assert_eq!(goal.n, 3);
    assert_eq!(goal.counts, [0, 1, 0, 1, 1]);
    assert!((goal.mean.unwrap() - 11.0 / 3.0).abs() < 1e-9);
    assert!((goal.sd.unwrap() - (14.0f64 / 9.0).sqrt()).abs() < 1e-9);
    let joint = stats.iter().find(|s| s.item == "joint_activity").unwrap();
    assert_eq!(joint.dont_know, 3);
    assert_eq!(joint.mean, None);
    // An earlier round to compare with: one respondent said 2.
    let mut before = returned("k9", "Dana", 2);
    before.round = Id::new("round-0");
    let round0 = after.rounds[0].clone();
    let (o, cmd) = collect(&after, &round0, vec![Ok(Payload::Response(before))]);
    assert_eq!(
        o,
        vec![Outcome::Added {
            respondent: "Dana".into()
        }]
    );
    let mut ws = Workspace {
        plans: vec![Rc::new(after)],
    };
    apply(&mut ws, cmd.unwrap()).unwrap();
    after = (*ws.plans[0]).clone();
    let then = results::round_responses(&after, &Id::new("round-0"));
    let then_goal = results::item_stats(ins, &then)
        .into_iter()
        .find(|s| s.item == "shared_goal")
        .unwrap();
    assert_eq!(then_goal.mean, Some(2.0));
}

#[test]
fn drafts_become_what_is_sent_and_have_a_stable_storage_key() {
    let inv = invitation();
    let mut d = draft(&inv, "k1");
    assert_eq!(d.id, Id::new("w-k1"));
    assert_eq!((&d.instrument, &d.round), (&inv.instrument, &inv.round));
    d.respondent = "  Dana\n".into();
    d.answers.insert("shared_goal".into(), Answer::Agree(3));
    d.answers
        .insert("barriers".into(), Answer::Text("   ".into()));
    let r = to_send(&d);
    assert_eq!(r.respondent, "Dana");
    assert_eq!(r.answers.len(), 1, "empty answers are not sent");
    assert_eq!(draft_key(&inv), draft_key(&invitation()));
    let mut other = invitation();
    other.round = Id::new("round-2");
    assert_ne!(draft_key(&inv), draft_key(&other));
    assert!(draft_key(&inv).starts_with("shutaf.respond."));
}

#[test]
fn pasted_text_splits_into_codes() {
    let a = code(&Payload::Response(returned("k1", "Dana", 4)));
    let b = code(&Payload::Response(returned("k2", "Omar", 2)));
    let chat = format!("[10:02] Dana: {a}\n[10:03] Omar: here it is {b}\nthanks!");
    assert_eq!(split_codes(&chat), vec![a.as_str(), b.as_str()]);
    assert_eq!(split_codes("garbage here"), vec!["garbage", "here"]);
    assert_eq!(split_codes(&"x ".repeat(2000)).len(), MAX_CODES_AT_ONCE);
    assert!(split_codes(" \n ").is_empty());
}

#[test]
fn links_for_the_demo_questionnaires_fit_within_the_limit() {
    // Invitations carry ids and names only: they stay far below the limit, uncompressed.
    for ins in library() {
        let mut inv = invitation();
        inv.instrument = ins.id.clone();
        let l = link(
            "https://example.org/shutaf/",
            Kind::Invitation,
            &code_body(false, &seal(&Payload::Invitation(inv))),
        );
        assert!(l.len() < 400, "{}: {}", ins.id, l.len());
    }
}
