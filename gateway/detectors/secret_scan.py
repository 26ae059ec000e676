"""Credentials in text: cloud keys, private keys, service tokens, JWTs, high-entropy strings."""

# ruff: noqa: E501 - one pattern or example per line reads better than wrapped fragments

from __future__ import annotations

import math
import re
from collections import Counter

from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions

# (kind, pattern, score, literals); the kind becomes the category `secret.<kind>`. A pattern
# runs only on text holding one of its literals (every match contains one; `password` ones are
# looked for in the case-folded text): `in` costs a fraction of a microsecond, a search that starts
# with \b ~15 µs per KB, and most prompts hold no credential.
_RULES: tuple[tuple[str, re.Pattern[str], float, tuple[str, ...]], ...] = (
    ("private_key", re.compile(
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
        r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)"), 0.99, ("-----BEGIN ",)),
    ("aws_access_key", re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])"), 0.95, ("AKIA", "ASIA", "ABIA", "ACCA")),
    ("aws_secret_key", re.compile(
        r"(?i)aws.{0,20}?(?:secret|key).{0,20}?[=:]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"), 0.9, ("aws",)),
    ("github_token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{50,255})\b"), 0.95, ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
    ("slack_token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,250}\b"), 0.95, ("xox",)),
    ("slack_webhook", re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}"), 0.9, ("hooks.slack.com",)),
    ("openai_key", re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}\b"), 0.9, ("sk-",)),
    ("anthropic_key", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,200}\b"), 0.95, ("sk-ant-",)),
    ("google_api_key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"), 0.9, ("AIza",)),
    ("stripe_key", re.compile(r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,99}\b"), 0.95, ("_live_", "_test_")),
    ("modelgate_key", re.compile(r"\bmg_[A-Za-z0-9_-]{16,200}\b"), 0.95, ("mg_",)),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b"), 0.9, ("eyJ",)),
    ("password_assignment", re.compile(
        r"(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token)\b\s*[=:]\s*"
        r"[\"']?([^\s\"']{8,})"), 0.7, ("password", "passwd", "pwd", "secret", "api", "access")),
)  # fmt: skip
# Kinds whose literals are matched case-insensitively (their patterns ignore case).
_ANY_CASE = frozenset({"aws_secret_key", "password_assignment"})

_TOKEN = re.compile(r"[A-Za-z0-9+/_=-]{24,}")


def shannon_entropy(value: str) -> float:
    """Bits per character of `value`'s character distribution."""
    counts = Counter(value)
    size = len(value)
    return -sum(n / size * math.log2(n / size) for n in counts.values())


def _looks_random(token: str, min_entropy: float) -> bool:
    # Real secrets mix classes; long words, hex hashes in prose and paths rarely pass all three.
    classes = sum(
        (
            any(c.islower() for c in token),
            any(c.isupper() for c in token),
            any(c.isdigit() for c in token),
        )
    )
    return classes >= 3 and shannon_entropy(token) >= min_entropy


class SecretDetector:
    """Known credential formats, plus long high-entropy tokens when `entropy` is on."""

    def __init__(
        self, name: str = "secrets", entropy: bool = True, min_entropy: float = 4.2
    ) -> None:
        self.name = name
        self._entropy = entropy
        self._min_entropy = min_entropy

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> SecretDetector:
        """Build from policy options: `entropy` (bool) and `min_entropy` (bits per char)."""
        detector = cls(
            name,
            options.flag("entropy", True),
            options.number("min_entropy", 4.2, 2.0, 6.0),
        )
        options.finish()
        return detector

    def detect(self, text: str) -> list[Finding]:
        """Every credential-shaped span, each reported once under its most specific kind."""
        findings: list[Finding] = []
        taken: list[tuple[int, int]] = []
        # casefold, not lower: IGNORECASE also matches the long s (U+017F) for "s", and only
        # casefold maps it to "s".
        folded = text.casefold()
        for kind, pattern, score, literals in _RULES:
            haystack = folded if kind in _ANY_CASE else text
            if not any(literal in haystack for literal in literals):
                continue
            for m in pattern.finditer(text):
                start, end = m.span(m.lastindex or 0)
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                findings.append(Finding(f"secret.{kind}", score, (start, end), self.name))
        if self._entropy:
            for m in _TOKEN.finditer(text):
                start, end = m.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                if _looks_random(m.group(), self._min_entropy):
                    findings.append(Finding("secret.high_entropy", 0.6, (start, end), self.name))
        return findings
