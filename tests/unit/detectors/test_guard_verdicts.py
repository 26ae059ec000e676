"""Reading guard models' and classifiers' answers into one verdict."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.detectors import taxonomy
from gateway.detectors.guard_verdicts import (
    ExternalAnswerInvalid,
    GuardVerdict,
    read_chat_completion,
    read_classification,
    read_guard_reply,
    read_moderation,
)


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [
        ("safe", GuardVerdict(False)),
        ("\n\nsafe", GuardVerdict(False)),
        ("unsafe\nS11", GuardVerdict(True, ((taxonomy.SELF_HARM, 1.0),))),
        (
            "unsafe\nS1,S10",
            GuardVerdict(True, ((taxonomy.HATE, 1.0), (taxonomy.VIOLENT_CRIMES, 1.0))),
        ),
        ("unsafe\nS99", GuardVerdict(True)),
        ("Yes", GuardVerdict(True)),
        ("No", GuardVerdict(False)),
        ("No.", GuardVerdict(False)),
        ("Yes\n<confidence> High </confidence>", GuardVerdict(True)),
        ("<score> no </score>", GuardVerdict(False)),
        ("<think>The user asks about S1 things.</think>\n<score> yes </score>", GuardVerdict(True)),
    ],
)
def test_guard_replies(reply: str, verdict: GuardVerdict) -> None:
    """Llama Guard 3, ShieldGemma and Granite Guardian (3.0 to 3.3) replies are understood."""
    assert read_guard_reply(reply) == verdict


@pytest.mark.parametrize("reply", ["", "I think this might be fine", "<score></score>", "Maybe"])
def test_replies_that_are_no_verdict(reply: str) -> None:
    """A reply that says neither safe nor unsafe is rejected, never guessed."""
    with pytest.raises(ExternalAnswerInvalid):
        read_guard_reply(reply)


@pytest.mark.parametrize(
    "body",
    [{}, {"choices": []}, {"choices": [{"message": {"content": None}}]}, ["unsafe"], "unsafe"],
)
def test_chat_completions_without_a_reply(body: Any) -> None:
    """A chat completion without text content is rejected."""
    with pytest.raises(ExternalAnswerInvalid):
        read_chat_completion(body)


@pytest.mark.parametrize(
    ("label", "verdict"),
    [
        ("BENIGN", GuardVerdict(False)),
        ("LABEL_0", GuardVerdict(False)),
        ("MALICIOUS", GuardVerdict(True, ((taxonomy.JAILBREAK, 0.9),))),
        ("INJECTION", GuardVerdict(True, ((taxonomy.PROMPT_INJECTION, 0.9),))),
        ("JAILBREAK", GuardVerdict(True, ((taxonomy.JAILBREAK, 0.9),))),
    ],
)
def test_prompt_guard_labels(label: str, verdict: GuardVerdict) -> None:
    """Prompt Guard 1 and 2 labels from vLLM's /classify map onto injection and jailbreak."""
    body = {"data": [{"index": 0, "label": label, "probs": [0.1, 0.9], "num_classes": 2}]}
    assert read_classification(body) == verdict


@pytest.mark.parametrize(
    "body",
    [
        {"data": []},
        {"data": [{"label": "BENIGN"}]},
        {"data": [{"label": "TOXIC", "probs": [0.2, 0.8]}]},
    ],
)
def test_classifications_we_cannot_read(body: Any) -> None:
    """A classification without probabilities, or with a label we cannot map, is rejected."""
    with pytest.raises(ExternalAnswerInvalid):
        read_classification(body)


def test_moderation_flag_and_scores() -> None:
    """OpenAI moderation: `flagged` decides; scores map onto the taxonomy, the highest kept."""
    body = {
        "results": [
            {
                "flagged": True,
                "category_scores": {"violence": 0.4, "harassment/threatening": 0.7, "hate": 0.0},
            }
        ]
    }
    assert read_moderation(body) == GuardVerdict(True, ((taxonomy.VIOLENT_CRIMES, 0.7),))


def test_moderation_without_a_result() -> None:
    """A moderation body without results is rejected."""
    with pytest.raises(ExternalAnswerInvalid):
        read_moderation({"results": "nope"})
