"""Persona contrasts: one frame, one name, one request; only what the role gives up differs."""

from __future__ import annotations

from gateway.evaluation.head_features import training_exemplars
from gateway.evaluation.persona_contrasts import (
    ORDINARY_ROLES,
    PERSONA_FRAMES,
    UNRESTRICTED_ROLES,
    persona_contrasts,
)


def test_each_pair_differs_only_in_the_role() -> None:
    jailbreaks, role_play = persona_contrasts()
    assert len(jailbreaks) == len(role_play) == len(PERSONA_FRAMES) * len(UNRESTRICTED_ROLES)
    for attack, ordinary in zip(jailbreaks, role_play, strict=True):
        (given_up,) = (role for role in UNRESTRICTED_ROLES if role in attack)
        (kept,) = (role for role in ORDINARY_ROLES if role in ordinary)
        assert attack.replace(given_up, kept) == ordinary


def test_absolutes_appear_on_both_sides() -> None:
    """ "never" and "only" must not become jailbreak words by appearing on one side alone."""
    jailbreaks, role_play = persona_contrasts()
    for word in ("never", "no "):
        assert any(word in text for text in jailbreaks)
        assert any(word in text for text in role_play)


def test_only_the_jailbreak_head_learns_them() -> None:
    jailbreaks, role_play = persona_contrasts()
    positives, negatives = training_exemplars("jailbreak")
    assert set(jailbreaks) <= set(positives)
    assert set(role_play) <= set(negatives)
    for head in ("harm_request", "prompt_injection"):
        assert not set().union(*training_exemplars(head)) & (set(jailbreaks) | set(role_play))
