"""The safety report's Account risk section: escalations by step and rule, top accounts."""

from __future__ import annotations

from gateway.reporting.risk_query import EscalationCount, RiskyAccount
from gateway.reporting.risk_section import risk_html, risk_markdown

ESCALATIONS = (
    EscalationCount("stricter", "probing-retries", 4, 2),
    EscalationCount("suspend", "probing-campaign", 2, 1),
)
ACCOUNTS = (RiskyAccount("account:ab12", 383.0, "suspend", "probing-campaign"),)


def test_markdown_lists_each_step_and_rule_then_the_accounts_by_pseudonym() -> None:
    """One line per step and rule, then one per account with score, step and rule."""
    assert risk_markdown(ESCALATIONS, ACCOUNTS) == [
        "- stricter by probing-retries: 4 escalation(s), 2 account(s)",
        "- suspend by probing-campaign: 2 escalation(s), 1 account(s)",
        "",
        "Top accounts by risk:",
        "",
        "- `account:ab12`: score 383, suspend (probing-campaign)",
    ]


def test_nothing_to_show_is_said_not_left_blank() -> None:
    """No escalation and unread records each get their own sentence."""
    lines = risk_markdown((), None)
    assert lines[0] == "- no escalations in the period"
    assert "Top accounts not read" in lines[-1]
    page = risk_html((), None)
    assert "No escalations in the period." in page
    assert "Top accounts not read" in page
    assert "No account has a risk record." in risk_html((), ())


def test_html_escapes_and_tabulates() -> None:
    """Each escalation and account is a table row; text is escaped."""
    page = risk_html((EscalationCount("hold", "<rule>", 1, 1),), ACCOUNTS)
    assert "<td>&lt;rule&gt;</td>" in page
    assert "<td>account:ab12</td><td>383</td><td>suspend</td><td>probing-campaign</td>" in page
