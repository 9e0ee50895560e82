//! Charts as geometry: scales, "nice" ticks and SVG path data for line and bar charts. Every
//! chart of the app is laid out here and only drawn by the interface, so the arithmetic is in one
//! place and tested natively (`tests/evaluation.rs`).
//!
//! Right-to-left: in Hebrew and Arabic the time axis runs from right to left, like the text and
//! the data table beside the chart (the first column is on the right), and the value axis sits at
//! the start side (right). This is done by reversing the horizontal range of the scale, never by
//! mirroring the drawing, so labels stay readable. A bar chart's categories follow the same
//! direction.

/// A linear map from a domain (values) to a range (pixels); the range may run backwards.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Scale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Scale {
        Scale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The pixel of a value. A domain of zero width maps to the middle of the range.
    pub fn at(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// Round tick values covering `lo..=hi`: steps of 1, 2 or 5 times a power of ten, about `count`
/// of them; the first tick is at or below `lo` and the last at or above `hi`.
pub fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let (lo, hi) = if lo == hi {
        if lo == 0.0 {
            (0.0, 1.0)
        } else {
            (lo.min(0.0), hi.max(0.0))
        }
    } else {
        (lo, hi)
    };
    let raw = (hi - lo) / count.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let start = (lo / step).floor() as i64;
    let end = (hi / step).ceil() as i64;
    // Round to the step's decimals, so 3 × 0.2 is 0.6 and not 0.6000000000000001.
    let scale = 10f64.powi((-step.log10().floor()).max(0.0) as i32);
    (start..=end)
        .map(|i| (i as f64 * step * scale).round() / scale)
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .collect()
}

/// The plot area: outer size and margins, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    /// Margin on the side of the value axis (the start side: left in LTR, right in RTL).
    pub axis: f64,
    /// Margin on the other side.
    pub end: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Default for Frame {
    fn default() -> Self {
        Frame {
            width: 560.0,
            height: 240.0,
            axis: 48.0,
            end: 16.0,
            top: 12.0,
            bottom: 28.0,
        }
    }
}

impl Frame {
    /// The horizontal range of the plot, from the start side to the end side.
    pub fn x_range(&self, rtl: bool) -> (f64, f64) {
        if rtl {
            (self.width - self.axis, self.end)
        } else {
            (self.axis, self.width - self.end)
        }
    }

    /// Where the value axis is drawn.
    pub fn axis_x(&self, rtl: bool) -> f64 {
        self.x_range(rtl).0
    }
}

/// One series of a line chart: `(x, y)` points in data units (x is a day number for time).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    pub points: Vec<(f64, f64)>,
}

/// A laid-out line chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineChart {
    /// SVG path data for each series (`M x y L x y …`), and its points in pixels.
    pub paths: Vec<String>,
    pub dots: Vec<Vec<(f64, f64)>>,
    /// Value ticks: pixel y and value.
    pub y_ticks: Vec<(f64, f64)>,
    /// Horizontal guides (baseline, target): pixel y, if within the chart.
    pub guides: Vec<Option<f64>>,
    pub x: Scale,
    pub y: Scale,
}

fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Path data through points in pixels, with one decimal.
pub fn path(points: &[(f64, f64)]) -> String {
    let mut s = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!(
            "{}{} {}",
            if i == 0 { 'M' } else { 'L' },
            r1(*x),
            r1(*y)
        ));
    }
    s
}

/// Lays out series (and horizontal guides such as a baseline and a target, which the value
/// axis is stretched to include) in `frame`.
pub fn line_chart(series: &[Series], guides: &[Option<f64>], frame: Frame, rtl: bool) -> LineChart {
    let xs = series.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let ys = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .chain(guides.iter().flatten().copied());
    let (x0, x1) = bounds(xs);
    let (y0, y1) = bounds(ys);
    let ticks = ticks(y0.min(0.0), y1, 5);
    let (t0, t1) = (ticks[0], *ticks.last().unwrap_or(&1.0));
    let x = Scale::new((x0, x1), frame.x_range(rtl));
    let y = Scale::new((t0, t1), (frame.height - frame.bottom, frame.top));
    let dots: Vec<Vec<(f64, f64)>> = series
        .iter()
        .map(|s| s.points.iter().map(|(a, b)| (x.at(*a), y.at(*b))).collect())
        .collect();
    LineChart {
        paths: dots.iter().map(|d| path(d)).collect(),
        y_ticks: ticks.iter().map(|v| (y.at(*v), *v)).collect(),
        guides: guides.iter().map(|g| g.map(|v| y.at(v))).collect(),
        dots,
        x,
        y,
    }
}

fn bounds(vals: impl Iterator<Item = f64>) -> (f64, f64) {
    vals.fold(None, |acc: Option<(f64, f64)>, v| match acc {
        None => Some((v, v)),
        Some((a, b)) => Some((a.min(v), b.max(v))),
    })
    .unwrap_or((0.0, 1.0))
}

/// One bar, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The middle of the bar, for its label.
    pub center: f64,
}

/// A laid-out bar chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    pub y_ticks: Vec<(f64, f64)>,
}

/// Lays out one bar per value (from zero; negative values go below it), in the reading
/// direction. `max` fixes the top of the value axis (1 for progress), else it is the data's.
pub fn bar_chart(values: &[f64], max: Option<f64>, frame: Frame, rtl: bool) -> BarChart {
    let (lo, hi) = bounds(values.iter().copied());
    let ticks = ticks(lo.min(0.0), max.unwrap_or(hi).max(hi), 5);
    let (t0, t1) = (ticks[0], *ticks.last().unwrap_or(&1.0));
    let y = Scale::new((t0, t1), (frame.height - frame.bottom, frame.top));
    let (a, b) = frame.x_range(rtl);
    let slot = (b - a).abs() / values.len().max(1) as f64;
    let width = slot * 0.6;
    let zero = y.at(0.0);
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let center = if rtl {
                a - slot * (i as f64 + 0.5)
            } else {
                a + slot * (i as f64 + 0.5)
            };
            let top = y.at(*v);
            Bar {
                x: r1(center - width / 2.0),
                y: r1(top.min(zero)),
                width: r1(width),
                height: r1((top - zero).abs()),
                center: r1(center),
            }
        })
        .collect();
    BarChart {
        bars,
        y_ticks: ticks.iter().map(|v| (y.at(*v), *v)).collect(),
    }
}

/// A value as a short label: whole numbers without decimals, others with up to two.
pub fn label(v: f64) -> String {
    // Rounded first and written shortest (no precision formatting, which costs wasm bytes).
    let r = (v * 100.0).round() / 100.0;
    if r == r.trunc() && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}
