"""Redaction: spans become `[REDACTED:<category>]` markers."""

from __future__ import annotations

import pytest

from gateway.detectors.finding import Finding
from gateway.inspection.redaction import redact


def _f(start: int, end: int, category: str = "pii.email_address") -> Finding:
    return Finding(category, 0.9, (start, end), "t")


@pytest.mark.parametrize(
    ("text", "findings", "expected"),
    [
        ("mail a@b.co now", [_f(5, 11)], "mail [REDACTED:pii.email_address] now"),
        ("ab", [], "ab"),
        ("x 1 y 2", [_f(6, 7, "c2"), _f(2, 3, "c1")], "x [REDACTED:c1] y [REDACTED:c2]"),
        ("abcdef", [_f(0, 4, "a"), _f(2, 6, "b")], "[REDACTED:a]"),
        ("abc", [Finding("toxicity", 0.9, None, "t")], "abc"),
    ],
)
def test_redact(text: str, findings: list[Finding], expected: str) -> None:
    """Spans are replaced in order; overlaps merge; span-less findings change nothing."""
    assert redact(text, findings) == expected
