"""Requests for the means, method or concealment of hurting oneself, read from written cues.

The cues and why they are written rather than learnt: `self_harm_cues`. The finding's category
is the taxonomy's `self_harm`, so the policy can answer it apart from other hazards (with where
to find help, `policies/inspection.yaml`).
"""

from __future__ import annotations

import re

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions
from gateway.detectors.self_harm_cues import CARE_FRAMES, METHOD_CUES, NOT_AIMED, WEAK_CUES, Cue

# In a text about getting help or about someone else's safety, a weak cue counts half.
CARE_DISCOUNT = 0.5


def _lowered(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def _shows(pattern: re.Pattern[str], lowered: str) -> bool:
    if "gap" not in pattern.groupindex:
        return pattern.search(lowered) is not None
    # An ask whose words before its aim turn it to stopping or helping does not count.
    return any(
        match.group("gap") is None or not NOT_AIMED.search(match.group("gap"))
        for match in pattern.finditer(lowered)
    )


_WORD = re.compile(r"[a-z]+")


def word_starts(lowered: str) -> frozenset[str]:
    """The first one to four letters of every word of `lowered`: what cue triggers are."""
    return frozenset(word[:n] for word in _WORD.findall(lowered) for n in (1, 2, 3, 4))


def _shown(cues: tuple[Cue, ...], lowered: str, starts: frozenset[str] | None) -> list[float]:
    return [
        weight
        for pattern, weight, triggers in cues
        if (starts is None or not starts.isdisjoint(triggers)) and _shows(pattern, lowered)
    ]


def self_harm_score(text: str, gated: bool = True) -> float:
    """1 - prod(1 - weight) over the cues `text` shows, weak cues discounted in a care frame
    (`gated`: a cue is searched only in a text holding one of its trigger words)."""
    lowered = _lowered(text)
    starts = word_starts(lowered) if gated else None
    weights = _shown(METHOD_CUES, lowered, starts)
    weak = _shown(WEAK_CUES, lowered, starts)
    if weak and CARE_FRAMES.search(lowered):
        weak = [weight * CARE_DISCOUNT for weight in weak]
    miss = 1.0
    for weight in weights + weak:
        miss *= 1.0 - weight
    return 1.0 - miss


class SelfHarmCueDetector:
    """Scores `self_harm` from the written cues; 0.5 is the bar a plain method ask passes."""

    def __init__(self, name: str = "self_harm_cues") -> None:
        self.name = name

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> SelfHarmCueDetector:
        """Build from policy options (none yet)."""
        options.finish()
        return cls(name)

    def detect(self, text: str) -> list[Finding]:
        """At most one finding, for the whole text."""
        score = self_harm_score(text)
        if score <= 0.0:
            return []
        return [Finding(taxonomy.SELF_HARM, round(score, 4), None, self.name)]
