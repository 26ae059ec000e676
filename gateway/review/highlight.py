"""Splitting a text into plain and flagged pieces, so the case view can mark what triggered it,
and a chat prompt into its messages, so the case view shows who said what."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gateway.review.records import CaseFinding
from gateway.schemas.prompt_text import TextSegment


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


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of a conversation as the case view shows it: who spoke, and its pieces."""

    role: str
    pieces: list[Piece]


def conversation(pieces: list[Piece], segments: Sequence[TextSegment]) -> list[Turn]:
    """`pieces` of a joined chat prompt regrouped into its messages, each with its role.

    `segments` say where each message lies in the joined text; a highlighted span that runs
    across two messages is cut in two, so each turn shows its own part of it.
    """
    turns: list[Turn] = []
    starts: list[int] = []
    cursor = 0
    for piece in pieces:
        starts.append(cursor)
        cursor += len(piece.text)
    previous: tuple[object, ...] = ()
    for segment in segments:
        start, end = segment.start, segment.end
        inside: list[Piece] = []
        for piece, at in zip(pieces, starts, strict=True):
            lo, hi = max(start, at), min(end, at + len(piece.text))
            if lo < hi:
                inside.append(Piece(piece.text[lo - at : hi - at], piece.category, piece.detector))
        message = segment.path[:2]
        if turns and message == previous:  # another text part of the same message
            turns[-1].pieces.extend([Piece("\n"), *inside])
        else:
            turns.append(Turn(segment.role or "message", inside))
        previous = message
    return turns
