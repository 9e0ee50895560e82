//! What several test files share. Each test file is its own crate and uses what it needs.
#![allow(dead_code)]

/// A small deterministic pseudo-random generator (xorshift64*), so property tests need no crate
/// and always try the same inputs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A range of at most `max` positions inside `0..len`.
    pub fn range(&mut self, len: usize, max: usize) -> std::ops::Range<usize> {
        let start = self.below(len + 1);
        let end = (start + self.below(max + 1)).min(len);
        start..end
    }
}
