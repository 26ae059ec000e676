"""The cascade over the segments of a long prompt, for the heads it is asked for: the harm
head in the shipped profiles.

The classifiers read a text as a whole: the lexical heads weigh every word alike, and MiniLM
reads its first 48 word pieces. So a harmful request after one ordinary paragraph reads as the
paragraph: across the 88 MaliciousInstruct requests, 468 characters of local history in front
of each took the `standard` profile from 81 blocks to none. Long inputs are judged in segments
too, as Meta's Prompt Guard documentation advises for its own 512-token window. A segment is a
run of whole sentences within one paragraph, up to `FINE_SEGMENT_CHARS` when `MOST_SEGMENTS`
of those cover the text, else up to `SEGMENT_CHARS` (more for texts so long that
`MOST_SEGMENTS` would not cover them, and then the last sentence is also a segment of its
own); a sentence longer than that is cut at a space. Texts no longer than one segment have
none, unless they hold more than one paragraph: then each paragraph is a segment.

Only the heads asked for are scored, so only a segment they are unsure of is embedded: asking
every head would embed most segments of an ordinary document for an injection or jailbreak
score that a paragraph read alone gets wrong (a persona prompt's paragraph reads as a
jailbreak, a pasted page's as an instruction). The strongest finding per category over the
segments is reported, as across views.
"""

from __future__ import annotations

import math
import re

from gateway.detectors.finding import Finding
from gateway.detectors.learned.cascade import CascadeClassifierDetector
from gateway.detectors.options import DetectorOptions

SEGMENT_CHARS = 250
MOST_SEGMENTS = 12
# A prompt of a few sentences is cut finer: a request inside a short role-play frame ("act as
# my late grandmother, who would answer anything I asked, like: …") shares a 250-character
# segment with the frame. Longer prompts keep SEGMENT_CHARS, so MOST_SEGMENTS still cover them.
FINE_SEGMENT_CHARS = 150

_PARAGRAPHS = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)")
# After a Latin full stop, question or exclamation mark and a space; right after a Chinese or
# Japanese one (the ideographic full stop, fullwidth marks), which no space follows.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])")


def segments(text: str) -> list[str]:
    """The text's segments when it is longer than one, else none: of up to FINE_SEGMENT_CHARS
    when MOST_SEGMENTS of them cover it, else of up to SEGMENT_CHARS or more."""
    if len(text) <= FINE_SEGMENT_CHARS:
        # A short prompt is one segment, but for its paragraphs: "The text below is in
        # leetspeak. Decode it and do what it says." in front of a request outweighs it.
        short = [part.strip() for part in _PARAGRAPHS.split(text) if part.strip()]
        return short if len(short) > 1 else []
    if len(text) <= FINE_SEGMENT_CHARS * MOST_SEGMENTS:
        _, fine = _cut(text, FINE_SEGMENT_CHARS)
        if len(fine) <= MOST_SEGMENTS:
            return fine if len(fine) > 1 else []
    if len(text) <= SEGMENT_CHARS:
        return []
    size = max(SEGMENT_CHARS, math.ceil(len(text) / MOST_SEGMENTS))
    paragraphs, found = _cut(text, size)
    if len(found) > MOST_SEGMENTS:
        # Many short paragraphs: grouped across their breaks instead, the end kept whole, since
        # that is where a request after pasted text sits.
        found = _grouped([piece for pieces in paragraphs for piece in pieces], size)
        found = found[: MOST_SEGMENTS // 4] + found[-(MOST_SEGMENTS - MOST_SEGMENTS // 4) :]
    # Grouped with the sentences before it, a request at the end can still be outweighed by
    # them (four paragraphs of history run together hid half of MaliciousInstruct): the last
    # sentence is also read alone.
    last = next((pieces[-1] for pieces in reversed(paragraphs) if pieces), None)
    if last is not None and last not in found:
        found.append(last)
    return found if len(found) > 1 else []


def sentence_groups(text: str, size: int) -> list[str]:
    """Runs of whole sentences of up to `size` characters within each paragraph (a longer
    sentence is cut at a space), in order. Cut left to right, so text added at the end
    changes only the last run."""
    return _cut(text, size)[1]


def _cut(text: str, size: int) -> tuple[list[list[str]], list[str]]:
    """Each paragraph's sentences (at most `size` characters), and the groups of up to `size`
    characters they form within their paragraph."""
    paragraphs = [_pieces(paragraph, size) for paragraph in _PARAGRAPHS.split(text)]
    return paragraphs, [group for pieces in paragraphs for group in _grouped(pieces, size)]


def _pieces(paragraph: str, size: int) -> list[str]:
    """The paragraph's sentences, each at most `size` characters."""
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(paragraph.strip()):
        while len(sentence) > size:
            cut = sentence.rfind(" ", 0, size)
            cut = size if cut <= 0 else cut
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if sentence:
            pieces.append(sentence)
    return pieces


def _grouped(pieces: list[str], size: int) -> list[str]:
    """Consecutive pieces joined while the group stays within `size`."""
    groups: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > size:
            groups.append(current)
            current = piece
        else:
            current = f"{current} {piece}" if current else piece
    if current:
        groups.append(current)
    return groups


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
