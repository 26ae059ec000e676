"""Ordinary chat turns are negatives of the injection and jailbreak heads, not of harm's."""

from __future__ import annotations

import pytest

from gateway.evaluation.chat_requests import CHAT_REQUESTS
from gateway.evaluation.head_features import linear_only, training_exemplars


@pytest.mark.parametrize("head", ["prompt_injection", "jailbreak"])
def test_the_injection_and_jailbreak_heads_learn_them_as_ordinary(head: str) -> None:
    positives, negatives = training_exemplars(head)
    assert set(CHAT_REQUESTS) <= set(negatives)
    assert not set(CHAT_REQUESTS) & set(positives)


def test_the_tuned_layers_learn_every_jailbreak_exemplar_but_the_turns() -> None:
    """Tuned on the turns, MiniLM's layers read a jailbreak opening "From now on, …" as
    benign; the linear heads keep them (`encoder_tuning`)."""
    positives, negatives = training_exemplars("jailbreak")
    exemplars = [*positives, *negatives]
    skipped = {exemplars[i] for i in linear_only(exemplars)}
    assert skipped == set(CHAT_REQUESTS)
    assert len(exemplars) - len(linear_only(exemplars)) > 800


def test_the_harm_head_keeps_its_shipped_rows() -> None:
    positives, negatives = training_exemplars("harm_request")
    assert not set(CHAT_REQUESTS) & {*positives, *negatives}


def test_no_turn_asks_for_the_hidden_prompt() -> None:
    """Asking for the model's instructions is how a prompt-extraction attack starts."""
    for text in CHAT_REQUESTS:
        lowered = text.lower()
        assert "system prompt" not in lowered
        assert "instructions" not in lowered
