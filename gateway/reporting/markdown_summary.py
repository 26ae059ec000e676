"""The safety report's Markdown summary: the headline figures, alerts and top findings."""

from __future__ import annotations

from collections.abc import Sequence

from gateway.reporting.alert_rules import Alert
from gateway.reporting.drift_section import drift_markdown
from gateway.reporting.report_data import ACTION_ORDER, ReportData
from gateway.reporting.risk_section import risk_markdown


def render_markdown(data: ReportData, alerts: Sequence[Alert]) -> str:
    """A short summary for a chat message, a ticket or a commit."""
    lines = [
        f"# ModelGate safety report: {data.period.label()}",
        "",
        f"- Requests: {data.total_requests:,}",
    ]
    for action in ACTION_ORDER:
        count = data.actions_total.get(action, 0)
        if count:
            lines.append(f"- {action}: {count:,} ({data.rate(action):.2%})")
    lines += [
        f"- Incidents (blocked or held): {data.incidents_total:,}",
        f"- Limit refusals (429): {data.refusals_total:,}",
        "",
        "## Alerts",
        "",
    ]
    lines += [f"- **{a.rule_id}** ({a.severity}): {a.message}" for a in alerts] or ["- none"]
    lines += ["", "## Top finding categories", ""]
    top = list(data.categories_total.items())[:5]
    lines += [f"- {name}: {count:,} requests" for name, count in top] or ["- none"]
    lines += ["", "## Detector drift", "", *drift_markdown(data.drift)]
    lines += ["", "## Account risk", "", *risk_markdown(data.escalations, data.risky_accounts)]
    lines += ["", "## Reviewer overturn rates", ""]
    if data.overturns:
        lines += [f"- {o.category}: {o.rate:.1%} of {o.reviewed} reviewed" for o in data.overturns]
    else:
        lines.append("- no review data yet")
    return "\n".join(lines) + "\n"
