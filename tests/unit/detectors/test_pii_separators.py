"""PII recognisers read the separators people and tokenizers use, and redact them with the value."""

from __future__ import annotations

import pytest

from gateway.detectors.pii import PiiDetector
from gateway.inspection.message_views import joined
from gateway.inspection.redaction import redact

DETECTOR = PiiDetector()
CARD = "pii.credit_card"
SSN = "pii.us_ssn"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("pay with 4111.1111.1111.1111 today", "4111.1111.1111.1111", CARD),
        (
            "pay with 4111\u00a01111\u00a01111\u00a01111 today",
            "4111\u00a01111\u00a01111\u00a01111",
            CARD,
        ),
        (
            "pay with 4111\u202f1111\u202f1111\u202f1111 today",
            "4111\u202f1111\u202f1111\u202f1111",
            CARD,
        ),
        (
            "pay with 4111\u20111111\u20111111\u20111111 today",
            "4111\u20111111\u20111111\u20111111",
            CARD,
        ),
        (
            "pay with 4111\u00ad1111\u00ad1111\u00ad1111 today",
            "4111\u00ad1111\u00ad1111\u00ad1111",
            CARD,
        ),
        (
            "pay with 4111\u200b1111\u200b1111\u200b1111 today",
            "4111\u200b1111\u200b1111\u200b1111",
            CARD,
        ),
        ("pay with 41\u200b11111111111111 today", "41\u200b11111111111111", CARD),
        (
            "pay with \uff14\uff11\uff11\uff11" + "\uff11" * 12 + " now",
            "\uff14\uff11\uff11\uff11" + "\uff11" * 12,
            CARD,
        ),
        ("Order 15 4111 1111 1111 1111", "4111 1111 1111 1111", CARD),
        ("Order 15 4111111111111111", "4111111111111111", CARD),
        ("card 4111 1111 1111 1111 exp 12 28", "4111 1111 1111 1111", CARD),
        ("Amex 3 3782 822463 10005 please", "3782 822463 10005", CARD),
        ("my SSN is 123\u201145\u20116780", "123\u201145\u20116780", SSN),
        ("my SSN is 123\u00a045\u00a06780", "123\u00a045\u00a06780", SSN),
        ("my SSN is 123\u00ad-45-\u00ad6780", "123\u00ad-45-\u00ad6780", SSN),
    ],
)
def test_odd_separators_are_found_and_redacted_whole(text: str, value: str, category: str) -> None:
    """The value is found, and its redaction removes every character of it, odd ones included."""
    findings = [f for f in DETECTOR.detect(text) if f.category == category]
    assert len(findings) == 1
    assert findings[0].span == (text.index(value), text.index(value) + len(value))
    assert redact(text, findings) == text.replace(value, f"[REDACTED:{category}]")


@pytest.mark.parametrize(
    "text",
    [
        "years 2019 2020 2021 2022 2023 2024",
        "prices 12.50 13.75 4.20 and 1234.5678",
        "version 4.1.1.1 of the tool, build 4111",
        "order 4111 1111 1111 1112",
        "1234 5678 9012 3456 7890 1234 5678",
        "room 4111 1111\nfloor 1111 1111",
        "the numbers 4111 and 1111 and 1111 and 1111",
    ],
)
def test_digit_runs_that_are_not_cards_stay(text: str) -> None:
    """Precision holds: years, prices, versions and a bad checksum are not cards."""
    assert [f for f in DETECTOR.detect(text) if f.category == CARD] == []


def test_cards_one_after_another_are_each_found() -> None:
    """Two cards separated by a space are two findings, each redacted."""
    text = "cards 4111 1111 1111 1111 5500 0000 0000 0004 done"
    assert redact(text, DETECTOR.detect(text)) == (
        "cards [REDACTED:pii.credit_card] [REDACTED:pii.credit_card] done"
    )


def test_a_card_split_across_two_messages_is_redacted() -> None:
    """A card whose halves are two chat messages is found in the prompt as the gateway joins it."""
    text, _ = joined([("user", "my card is 4111 1111"), ("user", "1111 1111 thanks")])
    findings = DETECTOR.detect(text)
    assert redact(text, findings) == "my card is [REDACTED:pii.credit_card] thanks"
