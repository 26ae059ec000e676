"""Highlighting: the case view marks exactly the spans that triggered the case."""

from __future__ import annotations

from gateway.review.highlight import Piece, highlighted
from gateway.review.records import CaseFinding


def _finding(start: int, end: int, where: str = "prompt") -> CaseFinding:
    return CaseFinding("pii.email", 0.9, (start, end), "pii", where)


def test_spans_become_marked_pieces() -> None:
    """The flagged run is its own piece, with its category; the rest stays plain."""
    pieces = highlighted("mail a@b.c now", [_finding(5, 10)], "prompt")
    assert pieces == [Piece("mail "), Piece("a@b.c", "pii.email", "pii"), Piece(" now")]


def test_findings_in_the_other_text_and_bad_spans_are_ignored() -> None:
    """A finding about the answer, or out of range, does not mark the prompt."""
    pieces = highlighted("short", [_finding(0, 2, "answer"), _finding(3, 99)], "prompt")
    assert pieces == [Piece("short")]


def test_overlapping_spans_merge() -> None:
    """Overlapping findings mark the covered text once."""
    pieces = highlighted("abcdefgh", [_finding(1, 4), _finding(3, 6)], "prompt")
    assert "".join(p.text for p in pieces) == "abcdefgh"
    assert [p.text for p in pieces if p.category] == ["bcd", "ef"]
