"""Safety reports and alerts from the audit log: figures, HTML and Markdown, threshold rules.

`load_report(engine, period)` reads the figures; `render_html` / `render_markdown` draw them;
`load_alert_rules(policies/alerts.yaml)` and `check_alerts(...)` evaluate thresholds, and
`AlertNotifier` logs `alert.raised` and posts the signed webhook; `detect_drift` judges each
detector category's daily share against its baseline. See docs/observability.md.
"""

from gateway.reporting.alert_check import check_alerts
from gateway.reporting.alert_delivery import AlertNotifier, alert_document, sign
from gateway.reporting.alert_policy import ALERTS_FILE, AlertRule, load_alert_rules
from gateway.reporting.alert_rules import Alert, AlertInputs, evaluate
from gateway.reporting.drift import CategoryDrift, DailyCounts, DriftSettings, detect_drift
from gateway.reporting.drift_query import detector_drift, load_daily_counts
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
    "CategoryDrift",
    "DailyCounts",
    "DriftSettings",
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
    "detect_drift",
    "detector_drift",
    "evaluate",
    "load_alert_rules",
    "load_daily_counts",
    "load_report",
    "parse_duration",
    "render_html",
    "render_markdown",
    "sign",
]
