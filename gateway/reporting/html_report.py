"""The safety report as one self-contained HTML page: inline CSS, inline SVG, no script."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape

from gateway.reporting.alert_rules import Alert
from gateway.reporting.drift_section import drift_html
from gateway.reporting.period import from_us
from gateway.reporting.report_data import ACTION_ORDER, ReportData
from gateway.reporting.risk_section import risk_html
from gateway.reporting.svg_charts import horizontal_bars, line_chart, stacked_bars

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#111827;
background:#f9fafb}
main{max-width:860px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.muted{color:#6b7280}.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:20px}
section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin:12px 0}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #f3f4f6}
.alert{border-left:4px solid #dc2626;padding:6px 10px;margin:6px 0;background:#fef2f2}
.alert.info{border-color:#2563eb;background:#eff6ff}
.alert.warning{border-color:#f59e0b;background:#fffbeb}
tr.alerting td{background:#fef2f2}
svg.chart{display:block;max-width:100%;height:auto}
svg .chart-title{font-weight:600;font-size:13px}svg .tick,svg .legend,svg .value{font-size:11px;
fill:#374151}svg .grid{stroke:#e5e7eb}svg .no-data{fill:#9ca3af;font-size:13px}
"""


def _when(value_us: int, bucket_seconds: int) -> str:
    # Day and month always: a bare "05 14:00" leaves the reader guessing which month.
    moment = from_us(value_us)
    if bucket_seconds >= 86_400:
        return f"{moment:%d %b}"
    if bucket_seconds >= 3600:
        return f"{moment:%d %b %H:00}"
    return f"{moment:%d %b %H:%M}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cards(data: ReportData) -> str:
    figures = [
        ("requests", f"{data.total_requests:,}"),
        ("blocked", f"{data.rate('block'):.2%}"),
        ("held", f"{data.rate('hold'):.2%}"),
        ("flagged", f"{data.rate('flag'):.2%}"),
        ("limit refusals", f"{data.refusals_total:,}"),
        ("incidents", f"{data.incidents_total:,}"),
    ]
    cells = "".join(f'<div class="card"><b>{v}</b>{escape(k)}</div>' for k, v in figures)
    return f'<div class="cards">{cells}</div>'


def _alerts(alerts: Sequence[Alert]) -> str:
    if not alerts:
        return '<p class="muted">No alert threshold was crossed.</p>'
    return "".join(
        f'<div class="alert {escape(a.severity)}"><b>{escape(a.rule_id)}</b> '
        f"({escape(a.severity)}): {escape(a.message)}</div>"
        for a in alerts
    )


def _overturns(data: ReportData) -> str:
    if not data.overturns:
        return (
            '<p class="muted">No review data yet: overturn rates appear here once reviewers '
            "decide cases.</p>"
        )
    rows = [(o.category, o.reviewed, o.overturned, f"{o.rate:.1%}") for o in data.overturns]
    return _table(("category", "reviewed", "overturned", "overturn rate"), rows)


def _case_cell(case_id: str | None, ui_url: str) -> str:
    if not case_id:
        return '<span class="muted">none kept</span>'
    short = escape(case_id[:12])
    if not ui_url:
        return f"<code>{short}</code>"
    return f'<a href="{escape(ui_url)}/ui/review/{escape(case_id)}"><code>{short}</code></a>'


def _incidents(data: ReportData, ui_url: str) -> str:
    if not data.incidents:
        return '<p class="muted">No blocked or held requests in this period.</p>'
    headers = ("time (UTC)", "action", "rule", "case", "request id", "tier", "model", "category")
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        f"<td>{from_us(i.time_us):%d %b %Y %H:%M:%S}</td><td>{escape(i.action)}</td>"
        f"<td>{escape(i.rule_id or '-')}</td><td>{_case_cell(i.case_id, ui_url)}</td>"
        f"<td>{escape(i.request_id)}</td><td>{escape(i.tier)}</td><td>{escape(i.model)}</td>"
        f"<td>{escape(i.top_category)} ({i.top_score:.2f})</td>"
        "</tr>"
        for i in data.incidents
    )
    shown = f"latest {len(data.incidents)} of {data.incidents_total}"
    return (
        f'<p class="muted">{shown}</p><table class="incidents"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def render_html(
    data: ReportData, alerts: Sequence[Alert], *, now: datetime | None = None, ui_url: str = ""
) -> str:
    """The whole page for `data`, with the alerts that were raised.

    `ui_url` is where the gateway's pages are reached: incident rows link to their case there
    (without it they name the case).
    """
    labels = [_when(start, data.bucket_seconds) for start in data.bucket_starts_us]
    ordered = sorted(
        data.actions_over_time,
        key=lambda a: ACTION_ORDER.index(a) if a in ACTION_ORDER else len(ACTION_ORDER),
    )
    actions = {name: data.actions_over_time[name] for name in ordered}
    rules = [(r.label, r.count) for r in data.top_rules]
    refusals = _table(
        ("tier", "model", "refusals"),
        [(r.tier, r.model, r.count) for r in data.refusals_by_subject],
    )
    generated = f"{(now or datetime.now(UTC)):%Y-%m-%d %H:%M} UTC"
    sections = [
        ("Alerts", _alerts(alerts)),
        ("Actions over time", stacked_bars(actions, labels, title="Requests by action")),
        (
            "Finding categories over time",
            line_chart(
                data.categories_over_time, labels, title="Requests with a finding, by category"
            ),
        ),
        ("Detector drift", drift_html(data.drift)),
        ("Account risk", risk_html(data.escalations, data.risky_accounts)),
        (
            "Top rules",
            '<p class="muted">Decision and the policy rule that made it (from its review '
            "case; the driving category where no case is kept).</p>"
            + horizontal_bars(rules, title="Decisions by rule"),
        ),
        ("Reviewer overturn rates", _overturns(data)),
        ("Incidents: blocked and held requests", _incidents(data, ui_url)),
        (
            "Limit refusals",
            stacked_bars({"refused": data.refusals_over_time}, labels, title="Limit refusals (429)")
            + (refusals if data.refusals_by_subject else ""),
        ),
    ]
    body = "".join(f"<section><h2>{escape(t)}</h2>{html}</section>" for t, html in sections)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>ModelGate safety report</title><style>{STYLE}</style></head><body><main>"
        f'<h1>ModelGate safety report</h1><p class="muted">{escape(data.period.label())}'
        f" · generated {generated}</p>{_cards(data)}{body}</main></body></html>\n"
    )
