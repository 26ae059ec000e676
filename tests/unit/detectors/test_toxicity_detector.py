"""Toxicity detector: same probabilities as alt-profanity-check, much cheaper."""

from __future__ import annotations

import pytest
from profanity_check import predict_prob

from gateway.detectors.toxicity import ToxicityDetector

DETECTOR = ToxicityDetector()


@pytest.mark.parametrize(
    "text",
    ["you are a worthless idiot", "have a lovely day", "", "the the the", "shit happens, friend"],
)
def test_matches_the_shipped_model(text: str) -> None:
    """The re-implemented scorer gives the package's own probability."""
    assert DETECTOR.probability(text) == pytest.approx(float(predict_prob([text])[0]), abs=1e-9)


@pytest.mark.parametrize(
    ("text", "toxic"),
    [("shut up you stupid bitch", True), ("thank you for the help", False)],
)
def test_findings(text: str, toxic: bool) -> None:
    """Offensive text yields a high-scoring finding, polite text none above 0.5."""
    score = max((f.score for f in DETECTOR.detect(text)), default=0.0)
    assert (score >= 0.5) is toxic
