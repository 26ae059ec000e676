"""PII detector: what it confirms, and the look-alikes its checks reject."""

from __future__ import annotations

import pytest

from gateway.detectors.pii import PiiDetector
from gateway.detectors.pii_validation import iban_valid, luhn_valid, ssn_valid

DETECTOR = PiiDetector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.span[0] : f.span[1]]) for f in DETECTOR.detect(text) if f.span]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("card 4111 1111 1111 1111 please", "pii.credit_card", "4111 1111 1111 1111"),
        ("visa19 4030874397740603788 ok", "pii.credit_card", "4030874397740603788"),
        ("maestro 501864667909.", "pii.credit_card", "501864667909"),
        ("mc2 2297051310616322", "pii.credit_card", "2297051310616322"),
        ("amex 3782-822463-10005", "pii.credit_card", "3782-822463-10005"),
        (
            "mail me at jane.doe+x@example.co.uk now",
            "pii.email_address",
            "jane.doe+x@example.co.uk",
        ),
        ("IBAN GB82 WEST 1234 5698 7654 32 thanks", "pii.iban_code", "GB82 WEST 1234 5698 7654 32"),
        ("from GB56HXDO88167774656119 to other", "pii.iban_code", "GB56HXDO88167774656119"),
        ("SSN 078-05-1121 on file", "pii.us_ssn", "078-05-1121"),
        ("my ssn is 123456780", "pii.us_ssn", "123456780"),
        ("server at 192.168.10.20 is down", "pii.ip_address", "192.168.10.20"),
        ("v6 2001:db8::8a2e:370:7334 here", "pii.ip_address", "2001:db8::8a2e:370:7334"),
        ("call +1-903-140-4508x769 today", "pii.phone_number", "+1-903-140-4508x769"),
        ("Desk: +41 (0)96 471 07 95", "pii.phone_number", "+41 (0)96 471 07 95"),
        ("reach me on 541-714-1388", "pii.phone_number", "541-714-1388"),
        ("Phone:\n358 0594\n", "pii.phone_number", "358 0594"),
    ],
)
def test_true_positives(text: str, category: str, value: str) -> None:
    """Each well-formed identifier is reported with its exact span."""
    assert (category, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 please",  # Luhn fails
        "order number 1234567812345678",  # Luhn fails
        "IBAN GB82 WEST 1234 5698 7654 33",  # mod 97 fails
        "SSN 666-12-3456",  # area 666 never issued
        "SSN 900-12-3456",  # 9xx area never issued
        "SSN 123-00-4567",  # group 00 never issued
        "the total was 123456789 units",  # bare nine digits, no SSN context
        "version 1.2.3.999 shipped",  # not an IPv4 address
        "at 12:20:39 the job ran",  # a time, not IPv6
        "Date: 1978-04-13 12:20:39",  # a timestamp, not a phone
        "My driver's license number is 6940579",  # another identifier
        "The office is at 17031 2202 Rissik St",  # a street number
        "there were 4500 2300 people",  # grouped digits, no phone context
        "email at example dot com",
    ],
)
def test_near_misses(text: str) -> None:
    """Look-alikes that fail validation or lack context are not reported."""
    assert _found(text) == []


def test_overlap_prefers_specific_kind() -> None:
    """Digits inside an IBAN are not also reported as a phone or card."""
    found = _found("Phone transfer to GB56HXDO88167774656119 please")
    assert [c for c, _ in found] == ["pii.iban_code"]


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (luhn_valid, "4111111111111111", True),
        (luhn_valid, "4111111111111112", False),
        (iban_valid, "DE89370400440532013000", True),
        (iban_valid, "DE89370400440532013001", False),
        (iban_valid, "XX89370400440532013000", False),
    ],
)
def test_checksums(check: object, value: str, expected: bool) -> None:
    """The checksum helpers accept valid and reject corrupted numbers."""
    assert callable(check)
    assert check(value) is expected


def test_ssn_rules() -> None:
    """Serial 0000 and the famous advertising SSN are rejected."""
    assert ssn_valid("123", "45", "6789") is False  # 123-45-6789 is a well-known fake
    assert ssn_valid("123", "45", "0000") is False
    assert ssn_valid("512", "45", "6789") is True
