"""Highlighting: the case view marks exactly the spans that triggered the case."""

from __future__ import annotations

from gateway.review.highlight import Piece, conversation, highlighted
from gateway.review.records import CaseFinding
from gateway.schemas.prompt_text import collect_prompt


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


def test_a_chat_prompt_splits_into_turns_with_their_roles() -> None:
    """Each message shows under its role; the marked span stays in the user turn that held it."""
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hello"},
            {"role": "assistant", "content": "Hi, how can I help?"},
            {"role": "user", "content": "mail a@b.c now"},
        ]
    }
    joined = collect_prompt("chat", body)
    at = joined.text.index("a@b.c")
    pieces = highlighted(joined.text, [_finding(at, at + 5)], "prompt")
    turns = conversation(pieces, joined.segments)
    assert [t.role for t in turns] == ["system", "user", "assistant", "user"]
    assert "".join(p.text for p in turns[2].pieces) == "Hi, how can I help?"
    assert "".join(p.text for p in turns[3].pieces) == "mail a@b.c now"
    assert [p.text for p in turns[3].pieces if p.category] == ["a@b.c"]
    assert not any(p.category for t in turns[:3] for p in t.pieces)


def test_a_span_across_two_messages_is_cut_at_the_boundary() -> None:
    """A finding spanning two turns marks its part in each turn, never the separator."""
    joined = collect_prompt(
        "chat",
        {"messages": [{"role": "user", "content": "ab"}, {"role": "assistant", "content": "cd"}]},
    )
    turns = conversation(highlighted(joined.text, [_finding(1, 4)], "prompt"), joined.segments)
    assert [[p.text for p in t.pieces if p.category] for t in turns] == [["b"], ["c"]]
