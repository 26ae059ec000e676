"""Secret detector: credential formats, entropy, and ordinary text left alone."""

from __future__ import annotations

import pytest

from gateway.detectors.secret_scan import SecretDetector, shannon_entropy

DETECTOR = SecretDetector()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("key AKIAIOSFODNN7EXAMPLE in config", "secret.aws_access_key"),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
            "secret.private_key",
        ),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA", "secret.private_key"),
        ("token ghp_" + "a1B2" * 9 + " end", "secret.github_token"),
        ("xoxb-1234567890-abcdefghijkl", "secret.slack_token"),
        ("OPENAI_API_KEY=sk-proj-" + "Ab3dE" * 8, "secret.openai_key"),
        ("Authorization: Bearer mg_live_0123456789abcdefXYZ", "secret.modelgate_key"),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N", "secret.jwt"),
        ("password = hunter2hunter2", "secret.password_assignment"),
        # The long s: IGNORECASE reads it as "s", so the cheap pre-check must too.
        ("PA\u017f\u017fWORD = hunter2hunter2", "secret.password_assignment"),
        ("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret.aws_secret_key"),
        ("sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc", "secret.stripe_key"),
        ("blob q8Zr4Lm2Xv9Tn1Wb6Yc3Kd7Pf5Hs0Jg in logs", "secret.high_entropy"),
    ],
)
def test_true_positives(text: str, category: str) -> None:
    """Each credential format is reported under its kind."""
    assert category in {f.category for f in DETECTOR.detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog.",
        "See https://example.com/docs/getting-started/installation for details",
        "sk- is a prefix but this is too short: sk-abc",
        "antidisestablishmentarianismantidisestablishment",
        "mg_short",
    ],
)
def test_near_misses(text: str) -> None:
    """Prose, URLs, long words and short prefixes are not secrets."""
    assert DETECTOR.detect(text) == []


def test_entropy_can_be_switched_off() -> None:
    """With `entropy` off, only known formats are reported."""
    quiet = SecretDetector(entropy=False)
    assert quiet.detect("blob q8Zr4Lm2Xv9Tn1Wb6Yc3Kd7Pf5Hs0Jg in logs") == []


def test_entropy_measure() -> None:
    """A single repeated character has zero entropy; two equal halves have one bit."""
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abab") == 1.0
