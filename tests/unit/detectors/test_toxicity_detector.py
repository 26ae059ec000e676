"""Toxicity detector: same probabilities as alt-profanity-check, much cheaper."""

from __future__ import annotations

import pytest
from profanity_check import predict_prob

from gateway.detectors.base import DetectorConfigError
from gateway.detectors.options import DetectorOptions
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


# German and French where the English model reads a false friend ("die", "con"); written here.
NOT_ENGLISH = [
    "Bitte schließ die Tür.",
    "Ich habe die Datei gespeichert.",
    "Die Sonne scheint heute über dem ganzen Tal.",
    "Kannst du mir die Rechnung bis Freitag schicken?",
]


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_a_sentence_in_another_language_is_left_to_its_english_reading(text: str) -> None:
    """The English model calls these offensive for German "die" (the); the detector, sure
    they are German, leaves them to the detectors that read their English reading."""
    assert DETECTOR.probability(text) >= 0.75
    assert DETECTOR.detect(text) == []
    assert ToxicityDetector(english_only=False).detect(text)[0].score >= 0.75


@pytest.mark.parametrize(
    ("text", "toxic"),
    [
        ("Die hard fans will love the sequel.", False),
        ("I hope you die in a fire.", True),
        ("die, bitch", True),
    ],
)
def test_english_die_is_still_read(text: str, toxic: bool) -> None:
    """English is judged as before, "die" included."""
    assert DETECTOR.detect(text) == ToxicityDetector(english_only=False).detect(text)
    assert (max((f.score for f in DETECTOR.detect(text)), default=0.0) >= 0.5) is toxic


def test_a_profile_can_judge_every_language_with_the_english_model() -> None:
    options = DetectorOptions("toxicity", {"english_only": False})
    detector = ToxicityDetector.from_options("toxicity", options)
    assert detector.detect(NOT_ENGLISH[0])
    with pytest.raises(DetectorConfigError, match="english_only"):
        ToxicityDetector.from_options("toxicity", DetectorOptions("toxicity", {"english_only": 1}))
