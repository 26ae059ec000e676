"""The report's Detector drift section: every category's row, rises and drops called out."""

from __future__ import annotations

from gateway.reporting.drift import CategoryDrift
from gateway.reporting.drift_section import drift_html, drift_markdown

DROP = CategoryDrift("toxicity", 0.0, 0, 250, 0.096, 0.012, 14, "drop", 0.048)
STEADY = CategoryDrift("pii.email_address", 0.064, 16, 250, 0.06, 0.015, 14, "steady")
QUIET = CategoryDrift("<hate>", 0.1, 5, 50, None, None, 3, "no baseline")


def test_rows_show_today_baseline_and_verdict() -> None:
    """Each row reads share (count of requests), median ± spread (days) and the verdict."""
    html = drift_html([DROP, STEADY, QUIET])
    assert (
        '<tr class="drift alerting"><td>toxicity</td><td>0.00% (0 of 250)</td>'
        "<td>9.60% ± 1.20% (14 days)</td><td><b>DROP</b></td></tr>"
    ) in html
    assert "<td>steady</td>" in html
    assert "<td>&lt;hate&gt;</td>" in html
    assert "<td>too few days for a baseline</td>" in html


def test_no_findings_says_so() -> None:
    """A period without any finding explains the empty section."""
    assert "No findings in the period." in drift_html([])
    assert drift_markdown([]) == ["- no findings in the period"]


def test_the_summary_lists_moves_and_counts_the_rest() -> None:
    """Markdown names each rise or drop and sums up the steady categories."""
    assert drift_markdown([DROP, STEADY, QUIET]) == [
        "- **toxicity**: DROP, 0.00% today against 9.60% ± 1.20% (14 days)",
        "- 2 other categories: no sharp move",
    ]
