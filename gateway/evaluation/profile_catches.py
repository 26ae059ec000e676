"""What the `standard` profile's rules stop, given a head's held-out scores.

A head's own figure counts a text as caught when its score passes 0.5. The gateway goes further
and less far: the phrase cues of `injection_heuristics` judge every prompt beside the cascade
(the profile keeps the higher score of a category), and so do the self-harm cues beside the
harm cascade (`self_harm_cues`, whose `self_harm` is one of the hazards), and a rule may ask for
more than 0.5
(`jailbreak-block` asked 0.7 until this figure showed what it cost). This scores both as the
profile does, so the report can say what a developer-tier key is refused, not only what a head
thinks.

The phrase cues are written rules that learn from no source, so their scores need no fold.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.injection_heuristics import InjectionHeuristicDetector
from gateway.detectors.self_harm import SelfHarmCueDetector
from gateway.inspection.canonical_views import readings
from gateway.policy.inspection_profile import InspectionProfile, load_inspection_profiles
from gateway.settings import PACKAGE_POLICIES

# The heads whose category written cues also score, and the category of the cascade's finding:
# the head's own, or for harm a hazard (the router names one; every hazard rule reads any).
CUE_HEADS = {
    "prompt_injection": taxonomy.PROMPT_INJECTION,
    "jailbreak": taxonomy.JAILBREAK,
    "harm_request": taxonomy.VIOLENT_CRIMES,
}


_PHRASE_CUES = InjectionHeuristicDetector()
_SELF_HARM_CUES = SelfHarmCueDetector()


def _cue_findings(head: str, text: str) -> list[Finding]:
    """The findings of the written cues that score `head`'s category (for harm: a hazard)."""
    if head == "harm_request":
        return _SELF_HARM_CUES.detect(text)
    return [f for f in _PHRASE_CUES.detect(text) if f.category == CUE_HEADS[head]]


def standard_profile(policies: Path = PACKAGE_POLICIES) -> InspectionProfile:
    """The developer tier's profile, read from the policy file the gateway ships."""
    return load_inspection_profiles(policies / "inspection.yaml")["standard"]


def blocked_by_profile(
    head: str,
    texts: Sequence[str],
    cascade_margins: NDArray[np.float64],
    profile: InspectionProfile,
) -> NDArray[np.bool_]:
    """Which texts an input-stage `block` rule of `profile` refuses, from the cascade's score
    (the sigmoid of its margin, as the detector reports it) and the phrase cues' score."""
    category = CUE_HEADS[head]
    rules = [r for r in profile.rules if r.action == "block" and "input" in r.stages]
    scores = 1.0 / (1.0 + np.exp(-np.clip(cascade_margins, -30.0, 30.0)))
    blocked = np.zeros(len(texts), dtype=bool)
    for i, (text, score) in enumerate(zip(texts, scores.tolist(), strict=True)):
        findings = [Finding(category, score, None, "cascade")]
        # The inspector shows the cues each reading of a text too (folded, decoded, glossed);
        # the cascade's held-out margin already judged the gloss reading.
        for reading in (text, *readings(text)):
            findings += _cue_findings(head, reading)
        blocked[i] = any(rule.matches(f) for rule in rules for f in findings)
    return blocked


def flagged_for_toxicity(
    texts: Sequence[str], cascade_margins: NDArray[np.float64], profile: InspectionProfile
) -> NDArray[np.bool_]:
    """Which texts an input-stage rule of `profile` acts on for toxicity (in `standard`, a
    flag), from the cascade's score and the profanity model's: the profile runs both, and
    either finding counts. The profanity model was not fit on this corpus (its authors' own
    200,000 labelled strings, which may hold Davidson's tweets), so its scores need no fold."""
    from gateway.detectors.toxicity import ToxicityDetector

    rules = [r for r in profile.rules if r.action != "allow" and "input" in r.stages]
    profanity = ToxicityDetector()
    scores = 1.0 / (1.0 + np.exp(-np.clip(cascade_margins, -30.0, 30.0)))
    acted = np.zeros(len(texts), dtype=bool)
    for i, (text, score) in enumerate(zip(texts, scores.tolist(), strict=True)):
        findings = [Finding(taxonomy.TOXICITY, score, None, "cascade"), *profanity.detect(text)]
        acted[i] = any(rule.matches(f) for rule in rules for f in findings)
    return acted
