"""Personal data found by patterns and then confirmed by checksums, number rules or context.

Own recognisers rather than Presidio's: they accept 19-digit Visa, 12-digit Maestro and
2-series Mastercard, score phone formats by shape and nearby words, and need no NLP engine.
They read the text with its odd separators made plain (`pii_separators`): no-break spaces,
non-breaking hyphens, soft hyphens and zero-width characters between digits, and report spans
on the original characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions
from gateway.detectors.pii_separators import SeparatorReading
from gateway.detectors.pii_validation import (
    card_issuer_plausible,
    iban_valid,
    ip_valid,
    luhn_valid,
    ssn_valid,
)

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-])"
)
# Digit groups with the separators people put in a card number (a newline too: the gateway joins
# chat messages with one, and a card may be split across two).
_DIGIT_RUN = re.compile(r"(?<![\w-])\d+(?:(?:[ .-]|[ \t]*\n[ \t]*)\d+)*(?![\w-])")
_DIGIT_GROUP = re.compile(r"\d+")
# How cards are printed: groups of four (13 to 19 digits), Amex 4-6-5, Diners 4-6-4.
_CARD_LAYOUTS = frozenset(
    {(4, 4, 4), (4, 4, 4, 1), (4, 4, 4, 2), (4, 4, 4, 3), (4, 4, 4, 4), (4, 4, 4, 4, 3)}
    | {(4, 6, 5), (4, 6, 4)}
)
_IBAN = re.compile(
    r"(?<![\w])[A-Za-z]{2}\d{2}"
    r"(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)(?![\w])"
)
_SSN = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_PHONE = re.compile(
    r"(?<![\w+-])(?:\+|\(|00)?\d[\d ().-]{5,22}\d(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w-]*\d)"
)
_PHONE_STRONG = re.compile(
    r"^(?:\+|\(|00)|(?:x|ext\.?)\s?\d+$|^\d{3}[-.]\d{3}[-.]\d{4}$|^\(\d{3}\)\s?\d{3}-\d{4}"
)
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
_PHONE_CONTEXT = re.compile(
    r"\b(?:phone|tel|telephone|mobile|cell|fax|desk|office|home|work|call|calling|text|sms|"
    r"whats ?app|contact|reach|number|dial|ring|messages? to|answering|landline|hotline)\b",
    re.IGNORECASE,
)
# Digits next to these words are some other identifier or an address, not a phone.
_NOT_PHONE_BEFORE = re.compile(
    r"\b(?:licen[cs]e|passport|account|order|invoice|id|zip|postal|post code|apt|suite|box)\b"
    r"[^\n\d]{0,20}$",
    re.IGNORECASE,
)
_NOT_PHONE_AFTER = re.compile(
    r"^\s+[A-Z]\w*\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln|Dr|Drive|Way|Apt)\b"
)
_SSN_CONTEXT = re.compile(r"\b(?:ssn|social security|social-security|taxpayer)\b", re.IGNORECASE)

# Earlier kinds win when spans overlap: an IBAN's digits are not also a phone number.
_PRIORITY = (
    taxonomy.PII_EMAIL_ADDRESS,
    taxonomy.PII_IBAN_CODE,
    taxonomy.PII_CREDIT_CARD,
    taxonomy.PII_US_SSN,
    taxonomy.PII_IP_ADDRESS,
    taxonomy.PII_PHONE_NUMBER,
)


def _near(pattern: re.Pattern[str], text: str, start: int, end: int, before: int = 48) -> bool:
    return bool(pattern.search(text, max(0, start - before), min(len(text), end + 24)))


class PiiDetector:
    """Emails, payment cards, IBANs, US SSNs, IP addresses and phone numbers."""

    def __init__(self, name: str = "pii", entities: tuple[str, ...] = _PRIORITY) -> None:
        self.name = name
        self._entities = frozenset(entities)

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> PiiDetector:
        """Build from policy options: `entities` limits the kinds reported."""
        entities = options.strings("entities", _PRIORITY)
        unknown = set(entities) - set(_PRIORITY)
        if unknown:
            raise options._fail("entities", f"a subset of {', '.join(_PRIORITY)}")
        options.finish()
        return cls(name, entities)

    def detect(self, text: str) -> list[Finding]:
        """Every confirmed identifier, overlaps resolved in favour of the more specific kind."""
        if not any(c.isdigit() or c == "@" for c in text):
            return []
        reading = SeparatorReading(text)
        # Spans taken so far, apart and sorted: only the last one starting before `end` can
        # overlap a candidate (a text of thousands of numbers stays linear).
        starts: list[int] = []
        ends: list[int] = []
        findings: list[Finding] = []
        for category, start, end, score in self._candidates(reading.text):
            if category not in self._entities:
                continue
            at = bisect_left(starts, end)
            if at and ends[at - 1] > start:
                continue
            starts.insert(at, start)
            ends.insert(at, end)
            span = reading.original_span(start, end)
            findings.append(Finding(category, score, span, self.name))
        return findings

    def _candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _EMAIL.finditer(text):
            yield taxonomy.PII_EMAIL_ADDRESS, m.start(), m.end(), 0.95
        for m in _IBAN.finditer(text):
            if iban_valid(m.group()):
                yield taxonomy.PII_IBAN_CODE, m.start(), m.end(), 0.95
        for start, end in _cards(text):
            yield taxonomy.PII_CREDIT_CARD, start, end, 0.9
        for m in _SSN.finditer(text):
            if not ssn_valid(m.group(1), m.group(3), m.group(4)):
                continue
            # Nine bare digits are as often an order number; they need an "SSN" nearby.
            if m.group(2) or _near(_SSN_CONTEXT, text, m.start(), m.end()):
                yield taxonomy.PII_US_SSN, m.start(), m.end(), 0.85
        for m in _IPV4.finditer(text):
            if ip_valid(m.group()):
                yield taxonomy.PII_IP_ADDRESS, m.start(), m.end(), 0.8
        for m in _IPV6.finditer(text):
            if m.group().count(":") >= 2 and ip_valid(m.group()):
                yield taxonomy.PII_IP_ADDRESS, m.start(), m.end(), 0.8
        yield from self._phones(text)

    @staticmethod
    def _phones(text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _PHONE.finditer(text):
            candidate = m.group()
            main = re.split(r"\s?(?:x|ext\.?)\s?", candidate)[0]
            digits = sum(c.isdigit() for c in main)
            if not 7 <= digits <= 15 or _DATE_LIKE.search(candidate):
                continue
            if candidate.count("(") != candidate.count(")") or "  " in candidate:
                continue
            if re.search(r"[.-]{2}|\)\(", candidate):
                continue
            if _PHONE_STRONG.search(candidate):
                yield taxonomy.PII_PHONE_NUMBER, m.start(), m.end(), 0.75
            elif (
                _near(_PHONE_CONTEXT, text, m.start(), m.end())
                and not _NOT_PHONE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and not _NOT_PHONE_AFTER.match(text[m.end() : m.end() + 40])
            ):
                # Digits grouped like a phone with a phone word nearby; bare, they are too often
                # order numbers, amounts or postcodes.
                yield taxonomy.PII_PHONE_NUMBER, m.start(), m.end(), 0.6


def _cards(text: str) -> Iterator[tuple[int, int]]:
    """Card numbers: a whole run of digit groups, or card-shaped groups within a longer run
    ("Order 15 4111 1111 1111 1111", "4111 1111 1111 1111 exp 12 28")."""
    for run in _DIGIT_RUN.finditer(text):
        groups = [
            (g.start() + run.start(), g.end() + run.start())
            for g in _DIGIT_GROUP.finditer(run.group())
        ]
        if _is_card(text, groups):
            yield run.start(), run.end()
        elif len(groups) > 1:
            yield from _cards_within(text, groups)


def _cards_within(text: str, groups: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The longest card at each group, left to right."""
    first, after_card = 0, False
    while first < len(groups):
        last = _longest_card_from(text, groups, first, after_card)
        if last is None:
            first, after_card = first + 1, False
            continue
        yield groups[first][0], groups[last][1]
        first, after_card = last + 1, True


def _longest_card_from(
    text: str, groups: list[tuple[int, int]], first: int, after_card: bool
) -> int | None:
    """The last group of the longest card that starts at group `first`: one unbroken group of
    12-19 digits, or groups on one line laid out as cards are printed (4-4-4-4, 4-6-5, ...).
    A layout that starts right after a group of four is the tail of some longer number, unless
    that group ended a card ("4111 1111 1111 1111 5500 0000 0000 0004")."""
    if _is_card(text, groups[first : first + 1]):
        return first
    if first > 0 and not after_card and _size(groups[first - 1]) == 4:
        return None
    found = None
    layout: tuple[int, ...] = ()
    for last in range(first, min(len(groups), first + 5)):
        if last > first and "\n" in text[groups[last - 1][1] : groups[last][0]]:
            break
        layout = (*layout, _size(groups[last]))
        if layout in _CARD_LAYOUTS and _is_card(text, groups[first : last + 1]):
            found = last
    return found


def _size(group: tuple[int, int]) -> int:
    return group[1] - group[0]


def _is_card(text: str, groups: list[tuple[int, int]]) -> bool:
    if not 12 <= sum(end - start for start, end in groups) <= 19:
        return False
    digits = "".join(text[start:end] for start, end in groups)
    return luhn_valid(digits) and card_issuer_plausible(digits)
