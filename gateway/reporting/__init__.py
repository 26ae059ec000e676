"""Safety reports and alerts from the audit log: figures, HTML and Markdown, threshold rules.

`load_report(engine, period)` reads the figures; `render_html` / `render_markdown` draw them;
`load_alert_rules(policies/alerts.yaml)` and `check_alerts(...)` evaluate thresholds, and
`AlertNotifier` logs `alert.raised` and posts the signed webhook. See docs/observability.md.
"""

from gateway.reporting.alert_check import check_alerts
from gateway.reporting.alert_delivery import AlertNotifier, alert_document, sign
from gateway.reporting.alert_policy import ALERTS_FILE, AlertRule, load_alert_rules
from gateway.reporting.alert_rules import Alert, AlertInputs, evaluate
from gateway.reporting.html_report import render_html
from gateway.reporting.markdown_summary import render_markdown
from gateway.reporting.period import ReportPeriod, parse_duration
from gateway.reporting.queries import count_window, load_report
from gateway.reporting.report_data import ReportData, WindowCounts
from gateway.reporting.review_data import (
    NoReviewData,
    OverturnRate,
    ReviewDataProvider,
    ReviewOutcomeRates,
)

__all__ = [
    "ALERTS_FILE",
    "Alert",
    "AlertInputs",
    "AlertNotifier",
    "AlertRule",
    "NoReviewData",
    "OverturnRate",
    "ReportData",
    "ReportPeriod",
    "ReviewDataProvider",
    "ReviewOutcomeRates",
    "WindowCounts",
    "alert_document",
    "check_alerts",
    "count_window",
    "evaluate",
    "load_alert_rules",
    "load_report",
    "parse_duration",
    "render_html",
    "render_markdown",
    "sign",
]
