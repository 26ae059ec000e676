"""Hidden or direction-flipping characters that smuggle instructions past a human reader."""

from __future__ import annotations

import re

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions

# Tag characters (U+E0000 block) can spell a whole hidden ASCII message; bidi overrides and
# isolates reorder what is shown; zero-width characters split words to dodge filters.
_TAGS = "\U000e0000-\U000e007f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = "\u200b-\u200f\u2060-\u2064\ufeff\u180e\u034f"
_INVISIBLE = f"{_TAGS}{_BIDI}{_ZERO_WIDTH}"
# Runs a few visible characters apart are one stretch of sprinkled text ("b\u200bo\u200bm"): one
# finding, found by the regex engine, not one per character (100,000 of them once made a 12 MB
# review case).
_STRETCH = re.compile(f"[{_INVISIBLE}]+(?:[^{_INVISIBLE}]{{1,8}}[{_INVISIBLE}]+)*")
_STRONG = re.compile(f"[{_TAGS}{_BIDI}]")


class InvisibleTextDetector:
    """Runs of tag, bidi-control and zero-width characters; `min_run` sets the zero-width bar."""

    def __init__(self, name: str = "invisible_text", min_run: int = 1) -> None:
        self.name = name
        # A lone ZWJ/ZWNJ is normal in emoji and Indic scripts; several in a row are not.
        self._run = re.compile(f"[{_ZERO_WIDTH}]{{{min_run}}}")
        self._long_run = re.compile(f"[{_ZERO_WIDTH}]{{{max(3, min_run)}}}")

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> InvisibleTextDetector:
        """Build from policy options: `min_run` zero-width characters before reporting."""
        detector = cls(name, options.integer("min_run", 1, 1, 1000))
        options.finish()
        return detector

    def detect(self, text: str) -> list[Finding]:
        """Each stretch of invisible characters (runs a few visible characters apart), scored
        by its most suspicious run: tags and bidi controls score higher than a ZWJ."""
        if text.isascii():
            return []
        findings = []
        for m in _STRETCH.finditer(text):
            stretch = m.group()
            if _STRONG.search(stretch):
                score = 0.95
            elif self._long_run.search(stretch):
                score = 0.8
            elif self._run.search(stretch):
                score = 0.5
            else:
                continue
            findings.append(Finding(taxonomy.INVISIBLE_TEXT, score, m.span(), self.name))
        return findings
