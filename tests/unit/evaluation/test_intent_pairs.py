"""The intent pairs teach intent only if each twin keeps its harmful request's words."""

from __future__ import annotations

import re

from gateway.evaluation.intent_pairs import INTENT_PAIRS, ORDINARY_REQUESTS, intent_pairs
from gateway.inspection.canonical_views import FRAME_WORDS, FUNCTION_WORDS

_WORD = re.compile(r"[a-z']+")


def _content_words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - FRAME_WORDS - FUNCTION_WORDS


def test_every_text_is_written_once() -> None:
    harmful, benign = intent_pairs()
    texts = harmful + benign
    assert len(set(texts)) == len(texts)
    assert len(harmful) == len(INTENT_PAIRS) > 800


def test_twins_share_their_harmful_request_s_words() -> None:
    # A twin on another topic would teach the topic again, not the intent.
    shares = [
        len(_content_words(harm) & _content_words(twin)) / len(_content_words(harm))
        for harm, twin in INTENT_PAIRS
    ]
    assert sum(share >= 0.25 for share in shares) / len(shares) > 0.9


def test_ordinary_requests_use_the_words_of_aim_as_often_as_the_harmful_halves() -> None:
    # Otherwise "without anyone noticing" alone would read as harm.
    aims = re.compile(
        r"\b(?:without|secret|hide|avoid|get rid of|make sure|lose|kill|notic|find out|caught)",
        re.I,
    )
    harmful, _ = intent_pairs()

    def share(texts: tuple[str, ...]) -> float:
        return sum(bool(aims.search(text)) for text in texts) / len(texts)

    assert len(ORDINARY_REQUESTS) > 400
    assert share(ORDINARY_REQUESTS) >= share(harmful)
