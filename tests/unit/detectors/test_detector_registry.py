"""The detector registry: kinds by name, options checked at build time."""

from __future__ import annotations

import pytest

from gateway.detectors import DEFAULT_KINDS, DetectorConfigError, build_detector
from gateway.detectors.base import Detector


@pytest.mark.parametrize(
    "kind", ["pii", "secrets", "invisible_text", "denylist", "injection_heuristics", "toxicity"]
)
def test_builds_each_cheap_kind(kind: str) -> None:
    """Every built-in pure kind builds with no options and detects nothing in plain text."""
    detector = build_detector(kind, kind, {})
    assert isinstance(detector, Detector)
    assert all(f.score < 0.5 for f in detector.detect("What a nice day for a walk."))


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("nope", {}, "unknown kind"),
        ("secrets", {"min_entropy": "high"}, "must be a number"),
        ("pii", {"entities": ["pii.passport"]}, "subset"),
        ("external", {"url": "ftp://x"}, "http"),
        ("external", {"url": "http://x", "failure_mode": "maybe"}, "open or closed"),
    ],
)
def test_bad_configuration(kind: str, options: dict[str, object], message: str) -> None:
    """Unknown kinds and bad options fail with a message naming the problem."""
    with pytest.raises(DetectorConfigError, match=message):
        build_detector("d", kind, options)


def test_kinds_are_read_only() -> None:
    """The default registry cannot be mutated at run time."""
    with pytest.raises(TypeError):
        DEFAULT_KINDS["x"] = DEFAULT_KINDS["pii"]  # type: ignore[index]
