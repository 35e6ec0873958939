"""The geometry of a range plot: one row per figure of a discrepancy, on a shared axis.

Rules, in plain words:
- Each figure is a bar from its low to its high, with a dot at its best estimate.  A side the
  wording leaves open ("at least 8" has no high) runs to the edge of the plot and ends in an
  arrow; a figure with both sides open is a dot alone.
- The axis spans every known low, best and high of the discrepancy, with a margin.  It is
  logarithmic when the figures are all positive and span two orders of magnitude or more
  (5.7 million beside 8 million stays linear; 3 beside 900 does not), linear otherwise.
  Dates (kind `date`) are on a linear axis of days.
- Ticks are round numbers (1, 2 or 5 times a power of ten; powers of ten on a log axis).
- Every plot has a text equivalent for screen readers: each figure's interval in words.

Positions are fractions of the plot's width (0 = left edge, 1 = right edge); the HTML
template turns them into SVG coordinates.  No I/O, no markup here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crosscheck.quantities import format_value
from crosscheck.report import ClaimRow, Discrepancy

LOG_SPAN = 100.0
"""Highest / lowest figure from which the axis is logarithmic."""

MARGIN = 0.06
"""Room left on each side of the figures, as a fraction of the axis."""

MAX_TICKS = 6


@dataclass(frozen=True)
class Bar:
    """One figure's row: where its interval and best estimate sit on the axis."""

    label: str  # the figure as written
    start: float  # left end of the bar, 0..1
    end: float  # right end of the bar, 0..1
    best: float  # the dot, 0..1
    open_low: bool  # arrow at the left end
    open_high: bool  # arrow at the right end
    text: str  # the row in words, for screen readers


@dataclass(frozen=True)
class Plot:
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]  # (position 0..1, label)
    log: bool
    text: str  # the whole plot in words

    def __len__(self) -> int:
        return len(self.bars)


def _known(rows: Sequence[ClaimRow]) -> list[float]:
    return [v for row in rows for v in (row.low, row.best, row.high) if v is not None]


def _linear_domain(values: list[float]) -> tuple[float, float]:
    lo, hi = min(values), max(values)
    span = hi - lo or max(abs(hi), 1.0) * 0.2
    low, high = lo - span * MARGIN, hi + span * MARGIN
    if lo >= 0 and low < 0:
        low = 0.0  # counts do not go below zero
    if lo == hi:
        low, high = lo - span / 2, hi + span / 2
        if lo >= 0 and low < 0:
            low, high = 0.0, hi * 2 or 1.0
    return low, high


def _nice_step(span: float) -> float:
    raw = span / (MAX_TICKS - 1)
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def scale(values: list[float], *, log: bool) -> tuple[Callable[[float], float], list[float]]:
    """The function from a value to its position 0..1, and the tick values."""
    if log:
        lo, hi = min(values), max(values)
        decades = math.log10(hi) - math.log10(lo)
        left = math.log10(lo) - decades * MARGIN
        right = math.log10(hi) + decades * MARGIN
        width = right - left

        def at_log(value: float) -> float:
            return (math.log10(value) - left) / width

        ticks = [10.0**p for p in range(math.ceil(left), math.floor(right) + 1)]
        while len(ticks) > MAX_TICKS:
            ticks = ticks[::2]
        return at_log, ticks
    low, high = _linear_domain(values)
    step = _nice_step(high - low)
    first = math.ceil(low / step) * step
    count = int((high - first) / step + 1e-9) + 1
    linear_ticks = [first + i * step for i in range(count)]

    def at(value: float) -> float:
        return (value - low) / (high - low)

    return at, linear_ticks


def _tick_label(value: float, *, date: bool) -> str:
    if date:
        return dt.date.fromordinal(round(value)).isoformat()
    return format_value(round(value, 6))


def plot(item: Discrepancy) -> Plot | None:
    """The range plot of one discrepancy; None when no figure has a value to place."""
    rows = item.claims
    values = _known(rows)
    if not values:
        return None
    date = any(row.is_date for row in rows)
    log = not date and min(values) > 0 and max(values) / min(values) >= LOG_SPAN
    at, tick_values = scale(values, log=log)
    bars = []
    for row in rows:
        start = 0.0 if row.low is None else at(row.low)
        end = 1.0 if row.high is None else at(row.high)
        bars.append(
            Bar(
                label=row.figure,
                start=_clamp(start),
                end=_clamp(end),
                best=_clamp(at(row.best)),
                open_low=row.low is None,
                open_high=row.high is None,
                text=f"{row.figure}: {row.interval} ({row.attribution})",
            )
        )
    ticks = tuple(
        (_clamp(at(value)), _tick_label(value, date=date))
        for value in tick_values
        if 0.0 <= at(value) <= 1.0
    )
    scale_words = "logarithmic scale" if log else "linear scale"
    text = f"Range plot of {item.subject} ({item.verdict.value}, {scale_words}): " + "; ".join(
        bar.text for bar in bars
    )
    return Plot(tuple(bars), ticks, log, text)


@dataclass(frozen=True)
class Drawing:
    """A plot as SVG path data, in the units of a viewBox: one path for all the bars, one for
    the dots (zero-length strokes with round caps), one for the arrows of open sides."""

    bars: str
    dots: str
    arrows: str
    rows: tuple[float, ...]  # the y of each figure's row, for its label


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def drawing(plot: Plot, left: float, right: float, top: float, row: float) -> Drawing:
    """`plot` drawn between x = `left` and `right`, its rows `row` apart from y = `top`."""
    span = right - left
    arrow = min(8.0, row * 0.4)
    bars, dots, arrows, rows = [], [], [], []
    for index, bar in enumerate(plot.bars):
        y = top + index * row + row / 2
        rows.append(y)
        start, end = left + bar.start * span, left + bar.end * span
        if end > start:
            bars.append(f"M{_n(start)} {_n(y)}H{_n(end)}")
        dots.append(f"M{_n(left + bar.best * span)} {_n(y)}h0")
        if bar.open_low:
            arrows.append(f"M{_n(left)} {_n(y)}l{_n(arrow)} {_n(-arrow / 1.6)}v{_n(arrow / 0.8)}z")
        if bar.open_high:
            arrows.append(
                f"M{_n(right)} {_n(y)}l{_n(-arrow)} {_n(-arrow / 1.6)}v{_n(arrow / 0.8)}z"
            )
    return Drawing("".join(bars), "".join(dots), "".join(arrows), tuple(rows))


def _clamp(position: float) -> float:
    return min(1.0, max(0.0, position))
