"""Override contrasts: one frame points "ignore" at the model's rules and at the user's words."""

from __future__ import annotations

from gateway.evaluation.head_features import training_exemplars
from gateway.evaluation.override_contrasts import (
    MODEL_RULES,
    OVERRIDE_FRAMES,
    OWN_WORDS,
    TASKS,
    override_contrasts,
)


def test_every_frame_and_task_is_filled_both_ways() -> None:
    """Verb and task carry no label; only what "ignore" points at does."""
    hijacks, own_words = override_contrasts()
    assert len(hijacks) == len(own_words) == len(OVERRIDE_FRAMES) * len(TASKS)
    for injection, ordinary in zip(hijacks, own_words, strict=True):
        assert injection.split()[0] == ordinary.split()[0]
        assert injection.endswith(ordinary[-12:])
    assert all(any(rule in text for rule in MODEL_RULES) for text in hijacks)
    assert not any(rule in text for rule in MODEL_RULES for text in own_words)
    assert all(any(words in text for words in OWN_WORDS) for text in own_words)


def test_only_the_injection_head_learns_them() -> None:
    """The injection head's exemplars hold both halves; the jailbreak head's hold neither."""
    hijacks, own_words = override_contrasts()
    positives, negatives = training_exemplars("prompt_injection")
    assert set(hijacks) <= set(positives)
    assert set(own_words) <= set(negatives)
    jailbreak = set().union(*training_exemplars("jailbreak"))
    assert not jailbreak & (set(hijacks) | set(own_words))


def test_a_reference_back_is_filled_with_the_hidden_prompt_and_with_an_earlier_turn() -> None:
    """ "previous" carries no label: what it points at does, and only the injection head
    learns the pairs."""
    from gateway.evaluation.override_contrasts import (
        EARLIER_TURNS,
        HIDDEN_INSTRUCTIONS,
        REFERENCE_FRAMES,
        reference_contrasts,
    )

    extractions, edits = reference_contrasts()
    assert len(extractions) == len(edits) == len(REFERENCE_FRAMES)
    for attack, edit in zip(extractions, edits, strict=True):
        assert attack.split()[0] == edit.split()[0]
    assert all(any(hidden in text for hidden in HIDDEN_INSTRUCTIONS) for text in extractions)
    assert all(any(turn in text for turn in EARLIER_TURNS) for text in edits)
    assert sum("previous" in text for text in extractions) >= 1
    assert sum("previous" in text for text in edits) >= 2
    positives, negatives = training_exemplars("prompt_injection")
    assert set(extractions) <= set(positives)
    assert set(edits) <= set(negatives)
    assert not set().union(*training_exemplars("jailbreak")) & (set(extractions) | set(edits))
