"""Personal data found by patterns and then confirmed by checksums, number rules or context.

Own recognisers rather than Presidio's: they accept 19-digit Visa, 12-digit Maestro and
2-series Mastercard, score phone formats by shape and nearby words, and need no NLP engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions
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
_CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w-])")
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
        taken: list[tuple[int, int]] = []
        findings: list[Finding] = []
        for category, start, end, score in self._candidates(text):
            if category not in self._entities:
                continue
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            findings.append(Finding(category, score, (start, end), self.name))
        return findings

    def _candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        for m in _EMAIL.finditer(text):
            yield taxonomy.PII_EMAIL_ADDRESS, m.start(), m.end(), 0.95
        for m in _IBAN.finditer(text):
            if iban_valid(m.group()):
                yield taxonomy.PII_IBAN_CODE, m.start(), m.end(), 0.95
        for m in _CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if luhn_valid(digits) and card_issuer_plausible(digits):
                yield taxonomy.PII_CREDIT_CARD, m.start(), m.end(), 0.9
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
