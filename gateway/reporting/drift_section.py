"""The safety report's "Detector drift" section, as HTML rows and Markdown lines."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from gateway.reporting.drift import CategoryDrift

VERDICT_TEXT = {
    "rise": "RISE",
    "drop": "DROP",
    "steady": "steady",
    "quiet": "too few requests today",
    "no baseline": "too few days for a baseline",
}
_INTRO = (
    "Share of inspected requests with a finding of each category in the 24 hours before the "
    "report's end, against the median daily share of the days before it. A drop can mean a "
    "detector stopped working; a rise, a new wave of attacks."
)


def _baseline(drift: CategoryDrift) -> str:
    if drift.baseline is None or drift.spread is None:
        return "-"
    return f"{drift.baseline:.2%} ± {drift.spread:.2%} ({drift.baseline_days} days)"


def _today(drift: CategoryDrift) -> str:
    return f"{drift.share:.2%} ({drift.findings:,} of {drift.requests:,})"


def drift_html(drifts: Sequence[CategoryDrift]) -> str:
    """The section body: an introduction and one row per category, rises and drops first."""
    if not drifts:
        return f'<p class="muted">{_INTRO}</p><p class="muted">No findings in the period.</p>'
    rows = "".join(
        f'<tr class="{"drift alerting" if d.alerting else "drift"}"><td>{escape(d.category)}</td>'
        f"<td>{escape(_today(d))}</td><td>{escape(_baseline(d))}</td>"
        f"<td>{'<b>' if d.alerting else ''}{escape(VERDICT_TEXT[d.verdict])}"
        f"{'</b>' if d.alerting else ''}</td></tr>"
        for d in drifts
    )
    head = "".join(f"<th>{h}</th>" for h in ("category", "today", "baseline", "verdict"))
    return (
        f'<p class="muted">{_INTRO}</p><table class="drift"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def drift_markdown(drifts: Sequence[CategoryDrift]) -> list[str]:
    """Lines for the summary: every rise and drop, then how many categories held steady."""
    lines = [
        f"- **{d.category}**: {VERDICT_TEXT[d.verdict]}, {d.share:.2%} today against {_baseline(d)}"
        for d in drifts
        if d.alerting
    ]
    others = len(drifts) - len(lines)
    if others:
        lines.append(f"- {others} other categor{'y' if others == 1 else 'ies'}: no sharp move")
    return lines or ["- no findings in the period"]
