"""Persona and mission contrasts: one frame, one character; only what the role gives up, or
what it is sent to do, differs."""

from __future__ import annotations

from gateway.evaluation.head_features import training_exemplars
from gateway.evaluation.persona_contrasts import (
    HARMFUL_MISSIONS,
    MISSION_FRAMES,
    ORDINARY_MISSIONS,
    ORDINARY_ROLES,
    PERSONA_FRAMES,
    UNRESTRICTED_ROLES,
    mission_contrasts,
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


def test_missions_differ_only_in_the_goal() -> None:
    """A role-play scenario and its character carry no label; the mission does."""
    harmful, ordinary = mission_contrasts()
    assert len(harmful) == len(ordinary) == len(MISSION_FRAMES) * len(HARMFUL_MISSIONS)
    for attack, plain in zip(harmful, ordinary, strict=True):
        (goal,) = (goal for goal in HARMFUL_MISSIONS if goal in attack)
        assert attack.replace(goal, ORDINARY_MISSIONS[HARMFUL_MISSIONS.index(goal)]) == plain
    positives, negatives = training_exemplars("jailbreak")
    assert set(harmful) <= set(positives)
    assert set(ordinary) <= set(negatives)
