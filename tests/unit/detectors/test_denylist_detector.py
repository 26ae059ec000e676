"""Deny-list detector: whole-word terms and policy regexes."""

from __future__ import annotations

import pytest

from gateway.detectors.base import DetectorConfigError
from gateway.detectors.denylist import DenylistDetector
from gateway.detectors.options import DetectorOptions

DETECTOR = DenylistDetector(terms=("project falcon", "acme"), patterns=(r"INC-\d{4}",))


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("Tell me about Project Falcon.", 1),
        ("ACME and acme", 2),
        ("ticket INC-1234 and inc-9999", 2),
        ("acmeology is a made-up word", 0),
        ("nothing to see", 0),
    ],
)
def test_matches(text: str, hits: int) -> None:
    """Terms match whole words case-insensitively; regexes match anywhere."""
    assert len(DETECTOR.detect(text)) == hits


def test_bad_regex_fails_at_load() -> None:
    """An invalid regex is a configuration error, not a runtime one."""
    options = DetectorOptions("deny", {"patterns": ["("]})
    with pytest.raises(DetectorConfigError, match="bad regex"):
        DenylistDetector.from_options("deny", options)


def test_unknown_option_fails_at_load() -> None:
    """A misspelt option is rejected when the profile loads."""
    with pytest.raises(DetectorConfigError, match="unknown option"):
        DenylistDetector.from_options("deny", DetectorOptions("deny", {"term": ["x"]}))
