//! Decodes the compact binary form of the instrument library that `build.rs` writes. The app
//! ships this form only: it is smaller than the JSON files and needs no generic parsing code.
//! A test checks that decoding gives exactly what serde gives from the JSON files.

use super::rules::{Cond, Rule};
use super::{
    AnswerKind, Choice, Horizon, Idea, Ideal, Instrument, Item, Scope, Section, Shape, Stage, Tr,
};
use crate::model::PlanKind;

struct R<'a> {
    b: &'a [u8],
    i: usize,
    /// The texts, one table per language (he, en, ar); an empty table leaves that language's
    /// texts empty (the app fetches one language at a time).
    texts: [&'a [String]; 3],
}

/// The blob is made at build time from checked files: a malformed blob is a build bug.
const BAD: &str = "the embedded instrument library is malformed (a build.rs bug)";

impl R<'_> {
    fn u8(&mut self) -> u8 {
        let x = *self.b.get(self.i).expect(BAD);
        self.i += 1;
        x
    }
    fn n(&mut self) -> usize {
        let (mut x, mut shift) = (0u64, 0);
        loop {
            let b = self.u8();
            x |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return x as usize;
            }
            shift += 7;
        }
    }
    fn b(&mut self) -> bool {
        self.u8() != 0
    }
    fn s(&mut self) -> String {
        let len = self.n();
        let bytes = self.b.get(self.i..self.i + len).expect(BAD);
        self.i += len;
        std::str::from_utf8(bytes).expect(BAD).to_string()
    }
    fn f(&mut self) -> f64 {
        let bytes: [u8; 8] = self
            .b
            .get(self.i..self.i + 8)
            .expect(BAD)
            .try_into()
            .expect(BAD);
        self.i += 8;
        f64::from_le_bytes(bytes)
    }
    fn tr(&mut self) -> Tr {
        let k = self.n();
        let get = |lang: usize| self.texts[lang].get(k).cloned().unwrap_or_default();
        Tr {
            he: get(0),
            en: get(1),
            ar: get(2),
        }
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        self.b().then(|| f(self))
    }
    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len = self.n();
        (0..len).map(|_| f(self)).collect()
    }

    fn instrument(&mut self) -> Instrument {
        Instrument {
            id: self.s(),
            source: self.s(),
            shape: [
                Shape::Checklist,
                Shape::Questionnaire,
                Shape::SelfAssessment,
                Shape::StagedModel,
                Shape::Classifier,
            ][self.u8() as usize],
            title: self.tr(),
            intro: self.tr(),
            source_note: self.tr(),
            scope: self.list(|r| [Scope::Plan, Scope::Partner, Scope::Person][r.u8() as usize]),
            plan_kinds: self.list(|r| PlanKind::ALL[r.u8() as usize]),
            shutaf_scale: self.b(),
            results_note: self.opt(R::tr),
            sections: self.list(R::section),
            stages: self.list(|r| Stage {
                id: r.s(),
                title: r.tr(),
                description: r.tr(),
                next_step: r.opt(R::tr),
            }),
            rules: self.list(|r| Rule {
                id: r.s(),
                when: r.cond(),
                message: r.tr(),
                source: r.tr(),
            }),
        }
    }

    fn section(&mut self) -> Section {
        Section {
            id: self.s(),
            title: self.tr(),
            intro: self.opt(R::tr),
            items: self.list(R::item),
        }
    }

    fn item(&mut self) -> Item {
        Item {
            id: self.s(),
            text: self.tr(),
            help: self.opt(R::tr),
            answer: self.answer(),
            stage: self.opt(R::s),
            ideal: self.opt(|r| match r.u8() {
                0 => Ideal::Range {
                    min: r.u8(),
                    max: r.u8(),
                    text: r.tr(),
                },
                _ => Ideal::Near {
                    item: r.s(),
                    tolerance: r.u8(),
                    text: r.tr(),
                },
            }),
        }
    }

    fn choices(&mut self) -> Vec<Choice> {
        self.list(|r| Choice {
            id: r.s(),
            text: r.tr(),
            level: r.opt(R::u8),
            ideas: r.list(|r| Idea {
                horizon: r.opt(|r| Horizon::ALL[r.u8() as usize]),
                text: r.tr(),
            }),
        })
    }

    fn answer(&mut self) -> AnswerKind {
        match self.u8() {
            0 => AnswerKind::Check,
            1 => AnswerKind::YesNo,
            2 => AnswerKind::Text { long: self.b() },
            3 => AnswerKind::Single {
                options: self.choices(),
            },
            4 => AnswerKind::Multi {
                options: self.choices(),
            },
            5 => AnswerKind::Agree,
            6 => AnswerKind::Date,
            7 => AnswerKind::Number {
                min: self.opt(R::f),
                max: self.opt(R::f),
            },
            8 => AnswerKind::Actions {
                max: self.opt(R::n),
            },
            _ => panic!("{BAD}"),
        }
    }

    fn cond(&mut self) -> Cond {
        match self.u8() {
            0 => Cond::Unchecked { item: self.s() },
            1 => Cond::Checked { item: self.s() },
            2 => Cond::YesNo {
                item: self.s(),
                value: self.b(),
            },
            3 => Cond::Is {
                item: self.s(),
                option: self.s(),
            },
            4 => Cond::Includes {
                item: self.s(),
                option: self.s(),
            },
            5 => Cond::Excludes {
                item: self.s(),
                option: self.s(),
            },
            6 => Cond::AtLeast {
                item: self.s(),
                value: self.f(),
            },
            7 => Cond::AtMost {
                item: self.s(),
                value: self.f(),
            },
            8 => Cond::Answered { item: self.s() },
            9 => Cond::All {
                of: self.list(R::cond),
            },
            10 => Cond::Any {
                of: self.list(R::cond),
            },
            11 => Cond::Not {
                cond: Box::new(self.cond()),
            },
            _ => panic!("{BAD}"),
        }
    }
}

/// Decodes the whole library, with the texts of the languages given (`texts[0]` Hebrew,
/// `texts[1]` English, `texts[2]` Arabic; an empty table leaves that language empty).
pub fn decode(blob: &[u8], texts: [&[String]; 3]) -> Vec<Instrument> {
    let mut r = R {
        b: blob,
        i: 0,
        texts,
    };
    let count = r.n();
    assert!(
        texts.iter().all(|t| t.is_empty() || t.len() == count),
        "{BAD}: text tables do not match"
    );
    let list = r.list(R::instrument);
    assert_eq!(r.i, blob.len(), "{BAD}");
    list
}
