"""The cascade over the segments of a long prompt (`inspection/segments.py`), for the heads it
is asked for: the harm head in the shipped profiles.

Only those heads are scored, so only a segment they are unsure of is embedded: asking every
head would embed most segments of an ordinary document for an injection or jailbreak score
that a paragraph read alone gets wrong (a persona prompt's paragraph reads as a jailbreak, a
pasted page's as an instruction). The strongest finding per category over the segments is
reported, as across views.
"""

from __future__ import annotations

from gateway.detectors.finding import Finding
from gateway.detectors.learned.cascade import CascadeClassifierDetector
from gateway.detectors.options import DetectorOptions
from gateway.inspection.segments import segments


class SegmentedCascadeDetector:
    """A `cascade_classifier` judging each segment of a text longer than one."""

    def __init__(self, name: str, inner: CascadeClassifierDetector) -> None:
        self.name = name
        self._inner = inner

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> SegmentedCascadeDetector:
        """The cascade's options (`CascadeOptions`)."""
        return cls(name, CascadeClassifierDetector.from_options(name, options))

    def detect(self, text: str) -> list[Finding]:
        """The strongest finding per category over the text's segments; none for a short text."""
        return _strongest([f for part in segments(text) for f in self._inner.detect(part)])

    def detect_cheap(self, text: str) -> list[Finding] | None:
        """As `detect`, or None when some segment needs MiniLM."""
        found: list[Finding] = []
        for part in segments(text):
            cheap = self._inner.detect_cheap(part)
            if cheap is None:
                return None
            found.extend(cheap)
        return _strongest(found)


def _strongest(findings: list[Finding]) -> list[Finding]:
    best: dict[str, Finding] = {}
    for finding in findings:
        if finding.category not in best or finding.score > best[finding.category].score:
            best[finding.category] = finding
    return list(best.values())
