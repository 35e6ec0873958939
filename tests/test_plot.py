"""render/plot.py: where each figure of a discrepancy sits on the range plot."""

from __future__ import annotations

from crosscheck import report
from crosscheck.model import Estimate, Qualifier, Verdict
from crosscheck.render.plot import Plot, drawing, plot
from report_samples import ARTICLES, ATTACK_DATE, MT, SOLDIERS, claim, finding


def _plot(*estimates: Estimate) -> Plot | None:
    claims = tuple(
        claim(f"{MT}#{n}", f"figure {n}", estimate) for n, estimate in enumerate(estimates, 1)
    )
    built = report.build([finding(claims, Verdict.CONTRADICTION, 0.9, "x")], ARTICLES)
    return plot(built.discrepancies[0])


def test_open_sides_run_to_the_edge_with_an_arrow() -> None:
    found = _plot(
        Estimate(39, 39, 39), Estimate(100, None, 100, Qualifier.UP_TO),
        Estimate(8, 8, None, Qualifier.AT_LEAST),
    )  # fmt: skip
    assert found is not None and not found.log
    exact, up_to, at_least = found.bars
    assert exact.start == exact.end == exact.best and not exact.open_low
    assert up_to.start == 0.0 and up_to.open_low and not up_to.open_high
    assert at_least.end == 1.0 and at_least.open_high
    assert 0 < at_least.start < exact.best < up_to.best < 1
    drawn = drawing(found, 150, 430, 4, 20)
    assert drawn.dots.count("M") == 3 and drawn.arrows.count("z") == 2
    assert drawn.rows == (14.0, 34.0, 54.0)


def test_a_log_axis_when_figures_span_orders_of_magnitude() -> None:
    found = _plot(Estimate(3, 3, 3), Estimate(900, 800, 1000))
    assert found is not None and found.log
    assert [label for _, label in found.ticks] == ["10", "100", "1,000"]
    assert found.bars[0].best < 0.1 and found.bars[1].best > 0.9
    same_order = _plot(Estimate(5.7e6, 5.7e6, 5.7e6), Estimate(8e6, 8e6, 8e6))
    assert same_order is not None and not same_order.log


def test_one_value_and_dates() -> None:
    single = _plot(Estimate(12, 12, 12), Estimate(12, 12, 12))
    assert single is not None and single.bars[0].best == single.bars[1].best
    assert 0 < single.bars[0].best < 1
    built = report.build([ATTACK_DATE, SOLDIERS], ARTICLES)
    dated = plot(next(d for d in built.discrepancies if d.kind == "date"))
    assert dated is not None and not dated.log
    assert all(label.startswith("2015-09-") for _, label in dated.ticks)
    assert "Range plot of date of the attack (update, linear scale)" in dated.text
