"""The safety report's "Account risk" section, as HTML and Markdown lines."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from gateway.reporting.risk_query import EscalationCount, RiskyAccount

_INTRO = (
    "Accounts escalated by policies/escalation.yaml in the period (each escalation of an "
    "account's record and of a key's record is one audit record), and the accounts with the "
    "highest risk score now (docs/risk.md), by pseudonym."
)
_NOT_READ = (
    "Top accounts not read: the risk records are in the gateway's memory or tracking is off "
    "(the report reads them with MODELGATE_REDIS_URL)."
)


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f'<table class="risk"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def risk_html(
    escalations: Sequence[EscalationCount], accounts: Sequence[RiskyAccount] | None
) -> str:
    """The section body: escalations by step and rule, then the top accounts."""
    parts = [f'<p class="muted">{_INTRO}</p>', "<h3>Escalations by step and rule</h3>"]
    if escalations:
        parts.append(
            _table(
                ("step", "rule", "escalations", "accounts"),
                [(e.step, e.rule, e.records, e.accounts) for e in escalations],
            )
        )
    else:
        parts.append('<p class="muted">No escalations in the period.</p>')
    parts.append("<h3>Top accounts by risk</h3>")
    if accounts is None:
        parts.append(f'<p class="muted">{_NOT_READ}</p>')
    elif not accounts:
        parts.append('<p class="muted">No account has a risk record.</p>')
    else:
        parts.append(
            _table(
                ("account (pseudonym)", "score", "step", "rule"),
                [(a.subject, f"{a.score:g}", a.step, a.rule or "-") for a in accounts],
            )
        )
    return "".join(parts)


def risk_markdown(
    escalations: Sequence[EscalationCount], accounts: Sequence[RiskyAccount] | None
) -> list[str]:
    """Lines for the summary: each step and rule, then the top accounts."""
    lines = [
        f"- {e.step} by {e.rule}: {e.records} escalation(s), {e.accounts} account(s)"
        for e in escalations
    ] or ["- no escalations in the period"]
    lines += ["", "Top accounts by risk:", ""]
    if accounts is None:
        lines.append(f"- {_NOT_READ}")
    else:
        lines += [
            f"- `{a.subject}`: score {a.score:g}, {a.step}" + (f" ({a.rule})" if a.rule else "")
            for a in accounts
        ] or ["- no account has a risk record"]
    return lines
