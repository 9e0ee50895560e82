//! The partnership profile ("passport"): what the latest round of the profile card says about a
//! plan, with its size class, the place on the sharing continuum and the ideas that follow from
//! the chosen goals and motives. Derived, never stored.

use crate::instrument::results::{self, Placement};
use crate::instrument::{AnswerKind, Horizon, Instrument};
use crate::model::{Answer, Plan, Response, Round};

/// The profile card instrument.
pub const PROFILE: &str = "profile_card";
/// The sharing-continuum classifier.
pub const CONTINUUM: &str = "sharing_continuum";
/// The profile card item that counts the schools.
pub const SCHOOL_COUNT: &str = "school_count";

/// How large a partnership is, in the seed's terms (002): from four schools a partnership is
/// "expanded" and needs coordination and stability; dozens are seen as not useful.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeClass {
    /// Two schools.
    Pair,
    /// Three schools.
    Small,
    /// Four to 23 schools.
    Expanded,
    /// Two dozen schools or more.
    Dozens,
}

impl SizeClass {
    /// The class of a number of schools; `None` below two (no partnership) or for a number that
    /// is not a whole count.
    pub fn of(schools: f64) -> Option<SizeClass> {
        if !schools.is_finite() || schools.fract() != 0.0 || schools < 2.0 {
            return None;
        }
        Some(match schools as u64 {
            2 => SizeClass::Pair,
            3 => SizeClass::Small,
            4..=23 => SizeClass::Expanded,
            _ => SizeClass::Dozens,
        })
    }

    pub fn key(self) -> &'static str {
        match self {
            SizeClass::Pair => "pair",
            SizeClass::Small => "small",
            SizeClass::Expanded => "expanded",
            SizeClass::Dozens => "dozens",
        }
    }
}

/// One idea that follows from a chosen option.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenIdea<'a> {
    /// The item and option it comes from.
    pub item: &'a str,
    pub option: &'a str,
    pub horizon: Option<Horizon>,
    pub idea: &'a crate::instrument::Idea,
}

/// A plan's profile, from the latest profile-card response.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile<'a> {
    pub instrument: &'a Instrument,
    pub round: &'a Round,
    pub response: &'a Response,
    pub size: Option<SizeClass>,
    /// The place on the sharing continuum, if the classifier was filled in.
    pub continuum: Option<(&'a Instrument, Placement)>,
}

impl<'a> Profile<'a> {
    /// The ideas of every option chosen in this profile, in the card's order.
    pub fn ideas(&self) -> Vec<ChosenIdea<'a>> {
        ideas_of(self.instrument, self.response)
    }
}

/// The ideas of every option chosen in `response`, in the instrument's order.
pub fn ideas_of<'a>(ins: &'a Instrument, response: &Response) -> Vec<ChosenIdea<'a>> {
    let mut out = Vec::new();
    for item in ins.items() {
        let chosen: Vec<&str> = match response.answers.get(&item.id) {
            Some(Answer::Choice(c)) => vec![c.as_str()],
            Some(Answer::Choices(cs)) => cs.iter().map(String::as_str).collect(),
            _ => continue,
        };
        if let AnswerKind::Single { options } | AnswerKind::Multi { options } = &item.answer {
            for option in options.iter().filter(|o| chosen.contains(&o.id.as_str())) {
                for idea in &option.ideas {
                    out.push(ChosenIdea {
                        item: &item.id,
                        option: &option.id,
                        horizon: idea.horizon,
                        idea,
                    });
                }
            }
        }
    }
    out
}

/// The latest response of an instrument in the plan: from the latest round that has one, the
/// last response added to it.
fn latest<'a>(plan: &'a Plan, id: &str) -> Option<(&'a Round, Vec<&'a Response>)> {
    let round = results::latest_round(plan, id)?;
    Some((round, results::round_responses(plan, &round.id)))
}

/// The plan's profile, when its profile card was filled in.
pub fn profile<'a>(plan: &'a Plan, library: &'a [Instrument]) -> Option<Profile<'a>> {
    let instrument = library.iter().find(|i| i.id == PROFILE)?;
    let (round, responses) = latest(plan, PROFILE)?;
    let response = *responses.last()?;
    let size = response
        .answers
        .get(SCHOOL_COUNT)
        .and_then(Answer::as_number)
        .and_then(SizeClass::of);
    let continuum = library.iter().find(|i| i.id == CONTINUUM).and_then(|c| {
        let (_, rs) = latest(plan, CONTINUUM)?;
        Some((c, results::classify(c, &rs)?))
    });
    Some(Profile {
        instrument,
        round,
        response,
        size,
        continuum,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_follow_the_seed() {
        assert_eq!(SizeClass::of(1.0), None);
        assert_eq!(SizeClass::of(2.0), Some(SizeClass::Pair));
        assert_eq!(SizeClass::of(3.0), Some(SizeClass::Small));
        assert_eq!(SizeClass::of(4.0), Some(SizeClass::Expanded));
        assert_eq!(SizeClass::of(23.0), Some(SizeClass::Expanded));
        assert_eq!(SizeClass::of(24.0), Some(SizeClass::Dozens));
        assert_eq!(SizeClass::of(2.5), None);
        assert_eq!(SizeClass::of(f64::NAN), None);
    }
}
