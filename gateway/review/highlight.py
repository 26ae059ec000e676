"""Splitting a text into plain and flagged pieces, so the case view can mark what triggered it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gateway.review.records import CaseFinding


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text; `category` is set when a finding covers it."""

    text: str
    category: str | None = None
    detector: str | None = None


def highlighted(text: str | None, findings: Iterable[CaseFinding], where: str) -> list[Piece]:
    """`text` cut at the spans of the findings made in it (overlaps merge into the first)."""
    if not text:
        return []
    spans = sorted(
        (f.span[0], f.span[1], f.category, f.detector)
        for f in findings
        if f.where == where and f.span is not None and 0 <= f.span[0] < f.span[1] <= len(text)
    )
    pieces: list[Piece] = []
    cursor = 0
    for start, end, category, detector in spans:
        if end <= cursor:
            continue
        start = max(start, cursor)
        if start > cursor:
            pieces.append(Piece(text[cursor:start]))
        pieces.append(Piece(text[start:end], category, detector))
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:]))
    return pieces
