//! QR Code symbols (`shutaf::qr`): known answers from the standard and its worked examples,
//! bit-for-bit agreement with an independent encoder (qrcodegen) for every version, level and
//! mask, and decoding of rendered symbols by an independent decoder (rqrr) for many lengths,
//! versions and both levels, including the longest invitation links the app makes.

use shutaf::model::{Id, Subject};
use shutaf::qr::{self, Level, QrCode, QUIET_ZONE};
use shutaf::text::MAX_NAME;
use shutaf::workshop::{code_body, link, seal, Invitation, Kind, Payload};

/// Deterministic bytes (xorshift).
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s >> 24) as u8
        })
        .collect()
}

/// Renders the symbol with its quiet zone at `scale` pixels a module, as a greyscale image,
/// finds it with rqrr's detector and decodes it: (version, rqrr's level bits, mask, bytes).
fn scan(code: &QrCode, scale: usize) -> (usize, u16, u16, Vec<u8>) {
    let side = code.side() * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let dark =
            mx >= QUIET_ZONE && my >= QUIET_ZONE && code.module(mx - QUIET_ZONE, my - QUIET_ZONE);
        if dark {
            20
        } else {
            235
        }
    });
    let grids = img.detect_grids();
    assert_eq!(
        grids.len(),
        1,
        "one symbol found (version {})",
        code.version()
    );
    let mut out = Vec::new();
    let meta = grids[0]
        .decode_to(&mut out)
        .unwrap_or_else(|e| panic!("version {} {:?}: {e:?}", code.version(), code.level()));
    (meta.version.0, meta.ecc_level, meta.mask, out)
}

/// rqrr reports the level as its two format bits: L = 01, M = 00.
fn level_bits(level: Level) -> u16 {
    match level {
        Level::L => 1,
        Level::M => 0,
    }
}

#[test]
fn byte_capacities_are_the_standards() {
    // ISO 18004 table 7, byte mode.
    let l = [
        (1, 17),
        (2, 32),
        (3, 53),
        (4, 78),
        (5, 106),
        (10, 271),
        (20, 858),
    ];
    let m = [
        (1, 14),
        (2, 26),
        (3, 42),
        (4, 62),
        (5, 84),
        (10, 213),
        (20, 666),
    ];
    for (v, n) in l {
        assert_eq!(qr::capacity(v, Level::L), n, "{v}-L");
    }
    for (v, n) in m {
        assert_eq!(qr::capacity(v, Level::M), n, "{v}-M");
    }
    assert_eq!(qr::capacity(40, Level::L), 2953);
    assert_eq!(qr::capacity(40, Level::M), 2331);
}

#[test]
fn reed_solomon_matches_the_worked_example() {
    // "HELLO WORLD" as 1-M (alphanumeric): the data codewords and their ten error-correction
    // codewords, as worked through in the standard's tutorials.
    let data = [
        32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17,
    ];
    assert_eq!(
        qr::reed_solomon(&data, 10),
        [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    );
}

#[test]
fn format_and_version_information_match_the_standards_tables() {
    // ISO 18004 annex C, levels L and M, masks 0–7.
    let l = [
        0b111011111000100,
        0b111001011110011,
        0b111110110101010,
        0b111100010011101,
        0b110011000101111,
        0b110001100011000,
        0b110110001000001,
        0b110100101110110,
    ];
    let m = [
        0b101010000010010,
        0b101000100100101,
        0b101111001111100,
        0b101101101001011,
        0b100010111111001,
        0b100000011001110,
        0b100111110010111,
        0b100101010100000,
    ];
    for mask in 0..8u8 {
        assert_eq!(qr::format_bits(Level::L, mask), l[mask as usize], "L{mask}");
        assert_eq!(qr::format_bits(Level::M, mask), m[mask as usize], "M{mask}");
    }
    // Annex D.
    assert_eq!(qr::version_bits(7), 0x07C94);
    assert_eq!(qr::version_bits(8), 0x085BC);
    assert_eq!(qr::version_bits(21), 0x15683);
    assert_eq!(qr::version_bits(40), 0x28C69);
}

#[test]
fn symbols_equal_an_independent_encoders_bit_for_bit() {
    use qrcodegen::{Mask, QrCodeEcc, QrSegment, Version};
    for version in 1..=40u8 {
        for (level, ecc) in [(Level::L, QrCodeEcc::Low), (Level::M, QrCodeEcc::Medium)] {
            // Full, and a few bytes short (terminator, padding codewords).
            let cap = qr::capacity(version, level);
            for len in [cap, cap.saturating_sub(3)] {
                let data = bytes(version as u64 * 7 + len as u64, len);
                // Every mask on a few versions, one mask (cycling) on the others.
                let masks: Vec<u8> = if matches!(version, 1 | 7 | 32 | 40) {
                    (0..8).collect()
                } else {
                    vec![version % 8]
                };
                for mask in masks {
                    let ours = qr::encode_with(&data, level, version, Some(mask));
                    let theirs = qrcodegen::QrCode::encode_segments_advanced(
                        &[QrSegment::make_bytes(&data)],
                        ecc,
                        Version::new(version),
                        Version::new(version),
                        Some(Mask::new(mask)),
                        false,
                    )
                    .expect("fits");
                    assert_eq!(ours.size() as i32, theirs.size());
                    for y in 0..ours.size() {
                        for x in 0..ours.size() {
                            assert_eq!(
                                ours.module(x, y),
                                theirs.get_module(x as i32, y as i32),
                                "version {version} {level:?} mask {mask} len {len} at ({x}, {y})"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_smallest_version_that_holds_the_data_is_used() {
    for level in [Level::L, Level::M] {
        for version in 1..=40u8 {
            let cap = qr::capacity(version, level);
            assert_eq!(
                qr::encode(&vec![b'a'; cap], level).unwrap().version(),
                version
            );
            if version < 40 {
                assert_eq!(
                    qr::encode(&vec![b'a'; cap + 1], level).unwrap().version(),
                    version + 1
                );
            }
        }
        let max = qr::capacity(40, level);
        assert_eq!(
            qr::encode(&vec![0; max + 1], level),
            Err(qr::TooLong { len: max + 1, max })
        );
    }
    assert_eq!(qr::encode(b"", Level::M).unwrap().version(), 1);
}

#[test]
fn the_mask_of_least_penalty_is_chosen() {
    for (seed, len) in [(1u64, 5usize), (2, 40), (3, 200), (4, 700), (5, 2000)] {
        for level in [Level::L, Level::M] {
            let data = bytes(seed, len);
            let chosen = qr::encode(&data, level).unwrap();
            let scores: Vec<u32> = (0..8)
                .map(|m| qr::encode_with(&data, level, chosen.version(), Some(m)).penalty())
                .collect();
            let best = (0..8u8).min_by_key(|&m| scores[m as usize]).unwrap();
            assert_eq!(chosen.mask(), best, "len {len} {level:?}: {scores:?}");
            assert_eq!(chosen.penalty(), scores[best as usize]);
        }
    }
}

#[test]
fn penalty_rules_score_hand_made_lines() {
    let line = |s: &str| s.chars().map(|c| c == '1').collect::<Vec<bool>>();
    // Feature 1: five in a row 3, each more 1; shorter runs nothing.
    assert_eq!(qr::line_penalty_of(&line("1010110")), 0);
    assert_eq!(qr::line_penalty_of(&line("0111110")), 3);
    assert_eq!(qr::line_penalty_of(&line("01111111")), 5);
    // Feature 3: 1:1:3:1:1 with four light modules on one side (or the quiet zone) scores 40,
    // plus feature 1 for the light run of five.
    assert_eq!(qr::line_penalty_of(&line("1101011101000010")), 40);
    assert_eq!(qr::line_penalty_of(&line("1011101")), 40); // the quiet zone is light
    assert_eq!(qr::line_penalty_of(&line("11000101110100011")), 0);
    // Scaled 2:2:6:2:2 with eight light modules after, plus runs of six and eight.
    assert_eq!(
        qr::line_penalty_of(&line("1011001111110011000000001")),
        40 + 4 + 6
    );
    // … but not with only seven.
    assert_eq!(
        qr::line_penalty_of(&line("101100111111001100000001")),
        4 + 5
    );
}

#[test]
fn rendered_symbols_decode_for_many_lengths_versions_and_levels() {
    for level in [Level::L, Level::M] {
        for version in 1..=40u8 {
            let lo = if version == 1 {
                1
            } else {
                qr::capacity(version - 1, level) + 1
            };
            let hi = qr::capacity(version, level);
            // Large symbols are slow to find in an unoptimised test build: one length each
            // (the shortest or the longest, by turns); every version is compared bit for bit
            // with qrcodegen above.
            let lens = if version <= 10 {
                vec![lo, (lo + hi) / 2, hi]
            } else if version % 2 == 1 {
                vec![lo]
            } else {
                vec![hi]
            };
            for len in lens {
                let data = bytes(version as u64 * 131 + len as u64, len);
                let code = qr::encode(&data, level).unwrap();
                assert_eq!(code.version(), version);
                let (v, l, mask, out) = scan(&code, if version > 6 { 2 } else { 3 });
                assert_eq!(v, version as usize);
                assert_eq!(l, level_bits(level));
                assert_eq!(mask, code.mask() as u16);
                assert!(out == data, "version {version} {level:?} len {len}");
            }
        }
    }
}

#[test]
fn every_mask_decodes() {
    let data = b"https://example.org/shutaf/#r=AXicq1YqyM9XslJQKkktLlHSUcpMUbIyNDIwMjE3NrM0sjKzNDAyMgIKAgAZBwrT";
    for mask in 0..8 {
        for version in [6u8, 8] {
            let code = qr::encode_with(data, Level::M, version, Some(mask));
            let (v, _, m, out) = scan(&code, 4);
            assert_eq!((v, m), (version as usize, mask as u16));
            assert_eq!(out, data);
        }
    }
}

/// The longest invitation the app makes: every name at its longest (Hebrew, two bytes a
/// letter in UTF-8), a partner as the subject, the code uncompressed (the app compresses when
/// it saves room, so this is the upper bound), on a long address.
#[test]
fn the_longest_invitation_links_fit_and_decode() {
    let hebrew: String = "שותפות חינוכית בין בית הספר לקהילה "
        .chars()
        .cycle()
        .take(MAX_NAME)
        .collect();
    let inv = Invitation {
        instrument: "success_factors".into(),
        round: Id::new("round-mh3k2x9q1a7b"),
        round_name: hebrew.clone(),
        plan_name: hebrew.clone(),
        subject: Subject::Partner(Id::new("partner-mh3k2x9q1a7b4c")),
        subject_name: hebrew,
        lang: "he".into(),
    };
    let body = code_body(false, &seal(&Payload::Invitation(inv)));
    let base = "https://education-partnerships.example.org/tools/shutaf/index.html";
    let url = link(base, Kind::Invitation, &body);
    assert!(url.len() > 1500, "a long link: {}", url.len());
    let code = qr::encode(url.as_bytes(), Level::M).expect("fits in version 40-M");
    let (_, l, _, out) = scan(&code, 2);
    assert_eq!(l, level_bits(Level::M));
    assert_eq!(String::from_utf8(out).unwrap(), url);
    // A typical invitation (short names, compressed or not) is a small symbol.
    let short = Invitation {
        instrument: "success_factors".into(),
        round: Id::new("round-mh3k2x9q1a7b"),
        round_name: "סדנה ראשונה".into(),
        plan_name: "שותפות הצפון".into(),
        lang: "he".into(),
        ..Default::default()
    };
    let url = link(
        "https://example.org/shutaf/",
        Kind::Invitation,
        &code_body(false, &seal(&Payload::Invitation(short))),
    );
    let code = qr::encode(url.as_bytes(), Level::M).unwrap();
    assert!(code.version() <= 12, "version {}", code.version());
    assert_eq!(scan(&code, 3).3, url.as_bytes());
}

#[test]
fn the_svg_draws_every_dark_module_inside_a_quiet_zone() {
    let code = qr::encode(b"Shutaf", Level::M).unwrap();
    let side = code.size() + 2 * QUIET_ZONE;
    assert_eq!(code.side(), side);
    // Read the path back: each "Mx yhWv1h-Wz" is a run of W dark modules.
    let mut grid = vec![vec![false; side]; side];
    for part in code.svg_path().split('z').filter(|p| !p.is_empty()) {
        let p = part.strip_prefix('M').unwrap();
        let (xy, rest) = p.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let w: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        for cell in &mut grid[y][x..x + w] {
            assert!(!*cell, "drawn once");
            *cell = true;
        }
    }
    for (y, row) in grid.iter().enumerate() {
        for (x, &dark) in row.iter().enumerate() {
            let inside = (QUIET_ZONE..QUIET_ZONE + code.size()).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + code.size()).contains(&y);
            let expected = inside && code.module(x - QUIET_ZONE, y - QUIET_ZONE);
            assert_eq!(dark, expected, "({x}, {y})");
        }
    }
}
