"""Bounded work and storage: any input gives a bounded number of findings and a small case."""

from __future__ import annotations

import time

import pytest

from gateway.detectors.finding import Finding
from gateway.detectors.invisible import InvisibleTextDetector
from gateway.errors import UninspectableText, problem_body
from gateway.inspection.finding_bounds import MOST_PER_INSPECTION, bounded
from gateway.inspection.inspector import Inspector
from gateway.inspection.redaction import redact
from gateway.policy.inspection_profile import InspectionProfile
from gateway.review.records import MOST_STORED_FINDINGS, findings_json

SPRINKLED = "a\u200b" * 100_000
RUN = "\u200b" * 100_000


@pytest.mark.parametrize("text", [SPRINKLED, RUN], ids=["sprinkled", "one-run"])
def test_zero_width_flood_is_one_finding(text: str) -> None:
    """100,000 zero-width characters give one invisible_text finding covering all of them."""
    (finding,) = InvisibleTextDetector().detect(text)
    assert finding.span == (text.index("\u200b"), len(text))


@pytest.mark.parametrize("text", [SPRINKLED, RUN], ids=["sprinkled", "one-run"])
async def test_zero_width_flood_is_refused_cheaply(
    base_profile: InspectionProfile, text: str
) -> None:
    """As input, the flood is refused with a 422 problem before any detector reads it."""
    inspector = Inspector.from_profile(base_profile, "input")
    started = time.process_time()
    with pytest.raises(UninspectableText) as refused:
        await inspector.inspect(text)
    assert time.process_time() - started < 0.5
    assert refused.value.status == 422
    assert b"text-not-inspectable" in problem_body(refused.value)


async def test_zero_width_flood_as_output_makes_a_small_case(
    base_profile: InspectionProfile,
) -> None:
    """As an answer it is inspected, and the case it would open stores a few hundred bytes."""
    inspector = Inspector(base_profile, "output", [InvisibleTextDetector()])
    findings = await inspector.inspect(SPRINKLED)
    assert len(findings) == 1
    assert len(findings_json(tuple(findings), "answer")) < 500


@pytest.mark.parametrize(
    "text",
    [
        "Family: " + "\U0001f468\u200d\U0001f469\u200d\U0001f467 " * 300,
        "Hyphen\u00adated soft\u00adhyphen text " * 200,
        "\u0645\u0631\u062d\u0628\u0627 \u200f\u0627\u0644\u0639\u0627\u0644\u0645 " * 200,
    ],
    ids=["emoji-families", "soft-hyphens", "rtl-marks"],
)
async def test_ordinary_invisible_characters_are_not_refused(
    base_profile: InspectionProfile, text: str
) -> None:
    """Emoji joiners, soft hyphens and right-to-left marks in ordinary amounts are inspected."""
    inspector = Inspector.from_profile(base_profile, "input")
    assert isinstance(await inspector.inspect(text), list)


def test_many_findings_of_one_kind_are_merged_without_uncovering_text() -> None:
    """Past the cap, neighbouring spans merge: fewer findings, and every value still redacted."""
    text = " ".join(f"mail{i}@example.com" for i in range(2_000))
    spans = [(at, text.index(" ", at) if " " in text[at:] else len(text)) for at in _starts(text)]
    findings = [Finding("pii.email_address", 0.95, span, "pii") for span in spans]
    kept = bounded(findings, MOST_PER_INSPECTION)
    assert len(kept) <= MOST_PER_INSPECTION
    assert "@" not in redact(text, kept)


def test_touching_spans_of_one_kind_merge() -> None:
    """Spans of one category that meet become one; other categories and whole-text stay."""
    findings = [
        Finding("invisible_text", 0.5, (0, 1), "inv"),
        Finding("toxicity", 0.7, None, "tox"),
        Finding("invisible_text", 0.8, (1, 3), "inv"),
        Finding("pii.email_address", 0.9, (3, 9), "pii"),
    ]
    assert bounded(findings, 64) == [
        Finding("invisible_text", 0.8, (0, 3), "inv"),
        Finding("toxicity", 0.7, None, "tox"),
        Finding("pii.email_address", 0.9, (3, 9), "pii"),
    ]


def test_a_case_stores_a_bounded_number_of_findings() -> None:
    """However many findings a decision carries, a case keeps the strongest few."""
    findings = tuple(Finding("toxicity", i / 10_000, (i, i + 1), "x") for i in range(10_000))
    stored = findings_json(findings, "prompt")
    assert stored.count('"category"') == MOST_STORED_FINDINGS
    assert '"score": 0.9999' in stored
    assert len(stored) < 16_000


def _starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, c in enumerate(text) if c == " ")]
