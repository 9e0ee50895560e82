//! QR Code symbols (ISO/IEC 18004), for the workshop links: byte mode, error-correction levels
//! L and M, versions 1 to 40, with the mask chosen by the standard's penalty rules.
//!
//! The encoder is written here rather than taken from a crate so that the core keeps no
//! dependencies beyond serde; it is small (tables, Reed–Solomon over GF(256), module placement,
//! masking) and tested natively by decoding its symbols with an independent decoder, by
//! comparing them bit for bit with an independent encoder, and against published vectors.
//!
//! ```
//! use shutaf::qr::{self, Level};
//! let code = qr::encode(b"https://example.org/#i=abc", Level::M).unwrap();
//! assert_eq!(code.size(), 25); // version 2
//! assert!(code.module(0, 0)); // the top-left finder pattern
//! ```

/// Error-correction level: L restores about 7 % of damaged codewords, M about 15 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    L,
    M,
}

impl Level {
    /// The two bits of the format information (ISO 18004 table 12).
    fn format_bits(self) -> u32 {
        match self {
            Level::L => 0b01,
            Level::M => 0b00,
        }
    }

    fn index(self) -> usize {
        match self {
            Level::L => 0,
            Level::M => 1,
        }
    }
}

/// The data is longer than the largest symbol (version 40) holds at the level asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong {
    /// Bytes given.
    pub len: usize,
    /// Most bytes a version-40 symbol holds at this level.
    pub max: usize,
}

/// Modules of quiet zone (light margin) around a symbol, as the standard requires.
pub const QUIET_ZONE: usize = 4;

/// A QR Code symbol: a square of dark and light modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    version: u8,
    level: Level,
    mask: u8,
    size: usize,
    /// Row by row, `true` = dark.
    modules: Vec<bool>,
}

// Error-correction codewords per block and number of blocks, per version (index 0 unused),
// for levels L and M (ISO 18004 table 9).
const ECC_PER_BLOCK: [[u8; 41]; 2] = [
    [
        0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28,
        30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28,
        28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
];
const BLOCKS: [[u8; 41]; 2] = [
    [
        0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
        14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
        0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21,
        23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
];

/// Modules that carry codewords (data, error correction and remainder bits) in a symbol of
/// this version: the whole square less the function patterns and the format/version areas.
fn raw_modules(version: u8) -> usize {
    let v = version as usize;
    let mut n = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if v >= 7 {
            n -= 36;
        }
    }
    n
}

/// Data codewords (bytes before error correction) of a symbol.
fn data_codewords(version: u8, level: Level) -> usize {
    let l = level.index();
    raw_modules(version) / 8
        - ECC_PER_BLOCK[l][version as usize] as usize * BLOCKS[l][version as usize] as usize
}

/// Bits of the character count in byte mode.
fn count_bits(version: u8) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// Most bytes a symbol of this version and level holds in byte mode.
pub fn capacity(version: u8, level: Level) -> usize {
    (data_codewords(version, level) * 8 - 4 - count_bits(version)) / 8
}

/// Encodes bytes in the smallest symbol that holds them at this level.
pub fn encode(data: &[u8], level: Level) -> Result<QrCode, TooLong> {
    let version = (1..=40)
        .find(|&v| data.len() <= capacity(v, level))
        .ok_or(TooLong {
            len: data.len(),
            max: capacity(40, level),
        })?;
    Ok(encode_with(data, level, version, None))
}

/// Encodes bytes in a symbol of exactly this version, with this mask (0–7) or, for `None`,
/// the mask of least penalty. Panics if the data does not fit or the version or mask is out of
/// range: for tests and for callers that checked [`capacity`].
pub fn encode_with(data: &[u8], level: Level, version: u8, mask: Option<u8>) -> QrCode {
    assert!((1..=40).contains(&version) && data.len() <= capacity(version, level));
    let codewords = add_error_correction(&data_bits(data, level, version), level, version);
    let mut code = QrCode::blank(version, level);
    let function = code.draw_function_patterns();
    code.place(&codewords, &function);
    let mask = mask.unwrap_or_else(|| {
        (0..8)
            .min_by_key(|&m| {
                code.apply_mask(m, &function);
                code.draw_format(m);
                let score = code.penalty();
                code.apply_mask(m, &function); // XOR again: undo
                score
            })
            .unwrap_or(0)
    });
    assert!(mask < 8);
    code.apply_mask(mask, &function);
    code.draw_format(mask);
    code.mask = mask;
    code
}

/// The data codewords: mode indicator, count, the bytes, terminator and padding.
fn data_bits(data: &[u8], level: Level, version: u8) -> Vec<u8> {
    let capacity_bits = data_codewords(version, level) * 8;
    let mut bits = Bits::default();
    bits.push(0b0100, 4); // byte mode
    bits.push(data.len() as u32, count_bits(version));
    for &b in data {
        bits.push(b as u32, 8);
    }
    let terminator = (capacity_bits - bits.len).min(4);
    bits.push(0, terminator);
    let to_byte = (8 - bits.len % 8) % 8;
    bits.push(0, to_byte);
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bits.len >= capacity_bits {
            break;
        }
        bits.push(pad, 8);
    }
    bits.bytes
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                *self.bytes.last_mut().expect("pushed above") |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// Splits the data codewords into blocks, adds each block's Reed–Solomon codewords and
/// interleaves them (ISO 18004 §7.6).
fn add_error_correction(data: &[u8], level: Level, version: u8) -> Vec<u8> {
    let (l, v) = (level.index(), version as usize);
    let blocks = BLOCKS[l][v] as usize;
    let ecc_len = ECC_PER_BLOCK[l][v] as usize;
    let raw = raw_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_data = raw / blocks - ecc_len;
    let divisor = rs_divisor(ecc_len);
    let mut parts: Vec<(&[u8], Vec<u8>)> = Vec::with_capacity(blocks);
    let mut at = 0;
    for i in 0..blocks {
        let len = short_data + usize::from(i >= short_blocks);
        let block = &data[at..at + len];
        at += len;
        parts.push((block, rs_remainder(block, &divisor)));
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..=short_data {
        out.extend(parts.iter().filter_map(|(d, _)| d.get(i)));
    }
    for i in 0..ecc_len {
        out.extend(parts.iter().map(|(_, e)| e[i]));
    }
    debug_assert_eq!(out.len(), raw);
    out
}

/// Powers of α = 2 in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D), twice over so a sum of
/// two logarithms needs no reduction, and the logarithms.
const GF_EXP: [u8; 512] = {
    let mut t = [0u8; 512];
    let mut x: u16 = 1;
    let mut i = 0;
    while i < 512 {
        t[i] = x as u8;
        x <<= 1;
        if x & 0x100 != 0 {
            x ^= 0x11D;
        }
        i += 1;
    }
    t
};
const GF_LOG: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 255 {
        t[GF_EXP[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// Product in GF(2⁸).
fn gf_mul(x: u8, y: u8) -> u8 {
    if x == 0 || y == 0 {
        0
    } else {
        GF_EXP[GF_LOG[x as usize] as usize + GF_LOG[y as usize] as usize]
    }
}

/// The generator polynomial of this degree, ∏ (x − αⁱ) for i < degree, highest coefficient
/// (always 1) left out, highest remaining first.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut poly = vec![0u8; degree];
    poly[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            poly[j] = gf_mul(poly[j], root);
            if j + 1 < degree {
                poly[j] ^= poly[j + 1];
            }
        }
        root = gf_mul(root, 0x02);
    }
    poly
}

/// The error-correction codewords of a block: the remainder of data·x^degree by the divisor.
fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut rem = vec![0u8; divisor.len()];
    for &b in data {
        let factor = b ^ rem[0];
        rem.rotate_left(1);
        *rem.last_mut().expect("degree ≥ 1") = 0;
        for (r, &d) in rem.iter_mut().zip(divisor) {
            *r ^= gf_mul(d, factor);
        }
    }
    rem
}

/// Reed–Solomon codewords of one block (for the tests' known answers).
#[doc(hidden)]
pub fn reed_solomon(data: &[u8], ecc_len: usize) -> Vec<u8> {
    rs_remainder(data, &rs_divisor(ecc_len))
}

/// The 15 format bits for a level and mask, BCH-coded and masked (ISO 18004 §7.9).
#[doc(hidden)]
pub fn format_bits(level: Level, mask: u8) -> u32 {
    let data = (level.format_bits() << 3) | mask as u32;
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10) | rem) ^ 0x5412
}

/// The 18 version bits, BCH-coded (ISO 18004 §7.10), for versions 7 and up.
#[doc(hidden)]
pub fn version_bits(version: u8) -> u32 {
    let mut rem = version as u32;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    ((version as u32) << 12) | rem
}

/// Centres of the alignment patterns along each axis.
fn alignment_positions(version: u8) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let v = version as usize;
    let count = v / 7 + 2;
    let size = 4 * v + 17;
    let step = if v == 32 {
        26
    } else {
        (v * 4 + count * 2 + 1) / (count * 2 - 2) * 2
    };
    let mut out: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    out.push(6);
    out.reverse();
    out
}

fn bit(value: u32, i: usize) -> bool {
    (value >> i) & 1 == 1
}

impl QrCode {
    fn blank(version: u8, level: Level) -> QrCode {
        let size = 4 * version as usize + 17;
        QrCode {
            version,
            level,
            mask: 0,
            size,
            modules: vec![false; size * size],
        }
    }

    /// Modules along one side (21 for version 1, 177 for version 40), without the quiet zone.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The symbol's version, 1–40.
    pub fn version(&self) -> u8 {
        self.version
    }

    pub fn level(&self) -> Level {
        self.level
    }

    /// The mask pattern used, 0–7.
    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// Whether the module in column `x`, row `y` is dark; outside the symbol (the quiet
    /// zone) everything is light.
    pub fn module(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    fn set(&mut self, x: usize, y: usize, dark: bool, function: &mut [bool]) {
        self.modules[y * self.size + x] = dark;
        function[y * self.size + x] = true;
    }

    /// Draws finder, separator, timing and alignment patterns, reserves the format areas and
    /// draws the version information; returns which modules are function modules.
    fn draw_function_patterns(&mut self) -> Vec<bool> {
        let size = self.size;
        let mut f = vec![false; size * size];
        for i in 0..size {
            self.set(6, i, i % 2 == 0, &mut f);
            self.set(i, 6, i % 2 == 0, &mut f);
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                        let d = dx.abs().max(dy.abs());
                        self.set(x as usize, y as usize, d != 2 && d != 4, &mut f);
                    }
                }
            }
        }
        let align = alignment_positions(self.version);
        let last = align.len().saturating_sub(1);
        for (i, &cx) in align.iter().enumerate() {
            for (j, &cy) in align.iter().enumerate() {
                if [(0, 0), (0, last), (last, 0)].contains(&(i, j)) {
                    continue; // where the finder patterns are
                }
                for dy in -2i32..=2 {
                    for dx in -2i32..=2 {
                        let d = dx.abs().max(dy.abs());
                        let (x, y) = ((cx as i32 + dx) as usize, (cy as i32 + dy) as usize);
                        self.set(x, y, d != 1, &mut f);
                    }
                }
            }
        }
        // Reserve the format areas (drawn for real once the mask is known).
        self.draw_format_into(0, &mut f);
        if self.version >= 7 {
            let bits = version_bits(self.version);
            for i in 0..18 {
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set(a, b, bit(bits, i), &mut f);
                self.set(b, a, bit(bits, i), &mut f);
            }
        }
        f
    }

    fn draw_format(&mut self, mask: u8) {
        let mut scratch = vec![false; self.size * self.size];
        self.draw_format_into(mask, &mut scratch);
    }

    /// The format information, twice, and the dark module beside the bottom-left finder.
    fn draw_format_into(&mut self, mask: u8, f: &mut [bool]) {
        let bits = format_bits(self.level, mask);
        let size = self.size;
        for i in 0..6 {
            self.set(8, i, bit(bits, i), f);
        }
        self.set(8, 7, bit(bits, 6), f);
        self.set(8, 8, bit(bits, 7), f);
        self.set(7, 8, bit(bits, 8), f);
        for i in 9..15 {
            self.set(14 - i, 8, bit(bits, i), f);
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(bits, i), f);
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(bits, i), f);
        }
        self.set(8, size - 8, true, f);
    }

    /// Places the codewords in the two-column zigzag from the bottom-right corner (§7.7.3).
    fn place(&mut self, codewords: &[u8], function: &[bool]) {
        let size = self.size;
        let total = codewords.len() * 8;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5; // skip the vertical timing pattern
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..size {
                let y = if upward { size - 1 - vert } else { vert };
                for x in [right, right - 1] {
                    if !function[y * size + x] && i < total {
                        self.modules[y * size + x] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1;
                        i += 1;
                    }
                    // Remainder bits (past the last codeword) stay light.
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
        debug_assert_eq!(i, total);
    }

    /// XORs the mask pattern onto every module that is not a function module.
    fn apply_mask(&mut self, mask: u8, function: &[bool]) {
        let size = self.size;
        for y in 0..size {
            for x in 0..size {
                let invert = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let k = y * size + x;
                if invert && !function[k] {
                    self.modules[k] = !self.modules[k];
                }
            }
        }
    }

    /// The penalty of the symbol as drawn (ISO 18004 §7.8.3, table 11); the encoder keeps
    /// the mask whose symbol scores least.
    pub fn penalty(&self) -> u32 {
        let (n, m) = (self.size, &self.modules);
        let mut score = 0;
        let mut runs = Vec::with_capacity(n);
        for horizontal in [true, false] {
            for a in 0..n {
                let at = |b: usize| {
                    if horizontal {
                        m[a * n + b]
                    } else {
                        m[b * n + a]
                    }
                };
                runs.clear();
                let mut len = 0;
                for b in 0..n {
                    if b > 0 && at(b) != at(b - 1) {
                        runs.push(len);
                        len = 0;
                    }
                    len += 1;
                }
                runs.push(len);
                score += runs_penalty(at(0), &runs);
            }
        }
        // Feature 2: each 2×2 block of one colour, 3 points.
        for y in 0..n - 1 {
            let (row, next) = (&m[y * n..(y + 1) * n], &m[(y + 1) * n..(y + 2) * n]);
            for x in 0..n - 1 {
                let c = row[x];
                if c == row[x + 1] && c == next[x] && c == next[x + 1] {
                    score += 3;
                }
            }
        }
        // Feature 4: 10 points for each full 5 % the dark share departs from 50 %.
        let dark = m.iter().filter(|&&d| d).count();
        let total = n * n;
        score += 10 * ((dark * 20).abs_diff(total * 10) / total) as u32;
        score
    }

    /// Merged path data for the dark modules, each row's runs as one rectangle, offset by the
    /// quiet zone: draw it in a square `viewBox` of [`QrCode::side`] units.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.module(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.module(x, y) {
                    x += 1;
                }
                let w = x - start;
                d.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    w,
                    w
                ));
            }
        }
        d
    }

    /// Side of the drawing in modules, quiet zone included.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }
}

/// Features 1 and 3 along one row or column, given as the lengths of its runs of one colour
/// (colours alternate, the first `first_dark` or not). Outside the symbol counts as light:
/// the quiet zone is there.
fn runs_penalty(first_dark: bool, runs: &[usize]) -> u32 {
    let mut score = 0;
    // Feature 1: a run of 5 + i modules of one colour scores 3 + i.
    for &n in runs {
        if n >= 5 {
            score += 3 + (n - 5) as u32;
        }
    }
    // Feature 3: dark–light–dark–light–dark in the ratio 1:1:3:1:1, preceded or followed by a
    // light area 4 times the unit wide, 40 points each.
    let dark = |i: usize| first_dark == (i % 2 == 0);
    for i in (0..runs.len().saturating_sub(4)).filter(|&i| dark(i)) {
        let n = runs[i];
        if runs[i + 1] != n || runs[i + 2] != 3 * n || runs[i + 3] != n || runs[i + 4] != n {
            continue;
        }
        // The runs around are light (colours alternate); one that reaches the edge goes on
        // into the quiet zone.
        let light = |j: Option<usize>| match j {
            Some(j) if j > 0 && j + 1 < runs.len() => runs[j],
            _ => usize::MAX,
        };
        let before = light(i.checked_sub(1));
        let after = light(Some(i + 5).filter(|&j| j < runs.len()));
        if before >= 4 * n || after >= 4 * n {
            score += 40;
        }
    }
    score
}

fn line_penalty(line: &[bool]) -> u32 {
    let mut runs: Vec<usize> = Vec::new();
    for (i, &m) in line.iter().enumerate() {
        match runs.last_mut() {
            Some(n) if line[i - 1] == m => *n += 1,
            _ => runs.push(1),
        }
    }
    runs_penalty(line.first() == Some(&true), &runs)
}

/// [`line_penalty`] for the tests' hand-made rows.
#[doc(hidden)]
pub fn line_penalty_of(line: &[bool]) -> u32 {
    line_penalty(line)
}
