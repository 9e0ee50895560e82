//! Measurements pasted or picked as CSV: never a panic; every row read as good names a known
//! indicator, a real date and a finite value, and no two good rows share indicator and date.
#![no_main]
use libfuzzer_sys::fuzz_target;
use shutaf::evaluation::{read_csv, Indicator};
use shutaf::model::{Date, Id};
use shutaf::parts::Evaluation;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ev = Evaluation {
        indicators: ["scores", "teachers"]
            .into_iter()
            .map(|id| Indicator {
                id: Id::new(id),
                name: format!("Indicator {id}"),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let mut seen = std::collections::HashSet::new();
    for row in read_csv(&ev, &text) {
        if let Ok((id, m)) = row.result {
            assert!(ev.indicators.iter().any(|i| i.id == id));
            assert!(Date::parse(m.0.as_str()).is_some());
            assert!(m.1.is_none_or(f64::is_finite));
            assert!(seen.insert((id, m.0)));
        }
    }
});
