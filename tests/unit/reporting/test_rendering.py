"""Charts and pages: self-contained, escaped, and honest about missing data."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from gateway.reporting import Alert, ReportData, ReportPeriod, render_html, render_markdown
from gateway.reporting.report_data import Incident, RuleCount
from gateway.reporting.svg_charts import horizontal_bars, line_chart, nice_max, stacked_bars

PERIOD = ReportPeriod.parse("2h", now=datetime(2024, 5, 8, tzinfo=UTC))


def _data(**fields: object) -> ReportData:
    base: dict[str, object] = {
        "period": PERIOD,
        "bucket_seconds": 3600,
        "bucket_starts_us": (PERIOD.since_us, PERIOD.since_us + 3_600_000_000),
        "total_requests": 10,
        "actions_total": {"allow": 8, "block": 2},
        "actions_over_time": {"allow": (5, 3), "block": (0, 2)},
        "categories_total": {"toxicity": 2},
        "categories_over_time": {"toxicity": (1, 1)},
        "refusals_over_time": (0, 1),
        "refusals_by_subject": (),
        "top_rules": (RuleCount("block", "toxicity", 2),),
        "incidents": (
            Incident(
                PERIOD.since_us,
                "<script>alert(1)</script>",
                "block",
                "public",
                "m",
                "chat",
                403,
                "toxicity",
                0.9,
            ),
        ),
        "incidents_total": 2,
    }
    return ReportData(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"), [(0, 1), (0.3, 0.5), (7, 10), (25, 25), (26, 50), (120, 200)]
)
def test_axis_maximum_is_round(value: float, expected: float) -> None:
    """Axes end on a round number at or above the data."""
    assert nice_max(value) == pytest.approx(expected)


def test_stacked_bars_draw_one_rect_per_nonzero_cell() -> None:
    """Every non-zero (bucket, series) pair is one bar; zeros draw nothing."""
    svg = stacked_bars({"allow": [1, 0, 2], "block": [0, 0, 1]}, ["a", "b", "c"], title="t")
    assert svg.count('class="bar"') == 3
    assert svg.startswith('<svg class="chart stacked-bars"')


@pytest.mark.parametrize(
    "svg",
    [
        stacked_bars({"allow": [0, 0]}, ["a", "b"], title="t"),
        line_chart({}, ["a"], title="t"),
        horizontal_bars([], title="t"),
    ],
)
def test_empty_charts_say_so(svg: str) -> None:
    """A chart with nothing to draw is marked empty and says there is no data."""
    assert 'class="chart empty"' in svg
    assert "No data in this period" in svg


def test_page_is_self_contained_and_escaped() -> None:
    """No script, no external URL, and caller-controlled text is escaped."""
    page = render_html(_data(), [])
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "No review data yet" in page
    assert page.count('<svg class="chart') == 4


def test_markdown_summary_lists_alerts_and_figures() -> None:
    """The summary states totals, action shares, alerts and the missing review data."""
    alert = Alert(
        "block-rate", "action_rate", "critical", "block rate high", 0.2, 0.05, 10, 3600, 0, 1
    )
    summary = render_markdown(_data(), [alert])
    assert "- Requests: 10" in summary
    assert "- block: 2 (20.00%)" in summary
    assert "**block-rate** (critical): block rate high" in summary
    assert "no review data yet" in summary
