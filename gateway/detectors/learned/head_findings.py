"""Turning head scores into findings: which category each head reports under."""

from __future__ import annotations

from collections.abc import Mapping

from gateway.detectors import taxonomy
from gateway.detectors.base import DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.learned.hazard_router import route_hazard

# Heads that report a hazard have their category picked from the text's topic.
_HAZARD_HEADS = frozenset({"harm_request", "harm_output"})
_FIXED = {
    "prompt_injection": taxonomy.PROMPT_INJECTION,
    "jailbreak": taxonomy.JAILBREAK,
    "toxicity": taxonomy.TOXICITY,
}
HEAD_NAMES = tuple(sorted(_HAZARD_HEADS | set(_FIXED)))

# Scores below this are noise; reporting them would only bloat audit records.
_REPORT_FLOOR = 0.05
# Routing a hazard costs ~1 ms of regexes per kilobyte; texts no rule can act on keep the
# generic hazard instead.
_ROUTE_FROM = 0.3


def check_heads(detector: str, wanted: tuple[str, ...], available: tuple[str, ...]) -> None:
    """Fail at load time when a profile asks for a head the shipped weights do not have."""
    missing = [h for h in wanted if h not in available]
    if missing:
        raise DetectorConfigError(
            f"detector {detector!r}: unknown head(s) {', '.join(missing)}; "
            f"available: {', '.join(available)}"
        )


def findings_from_scores(
    scores: Mapping[str, float], heads: tuple[str, ...], text: str, detector: str
) -> list[Finding]:
    """One finding per requested head whose score clears the reporting floor."""
    findings = []
    for head in heads:
        score = scores[head]
        if score < _REPORT_FLOOR:
            continue
        if head not in _HAZARD_HEADS:
            category = _FIXED[head]
        elif score >= _ROUTE_FROM:
            category = route_hazard(text)
        else:
            category = taxonomy.NON_VIOLENT_CRIMES
        findings.append(Finding(category, round(score, 4), None, detector))
    return findings
