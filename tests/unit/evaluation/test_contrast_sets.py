"""Contrast sets fill the same frames with harmful and with ordinary objects."""

from __future__ import annotations

import re

from gateway.evaluation.contrast_sets import (
    HARMFUL_OBJECTS,
    ORDINARY_OBJECTS,
    REQUEST_FRAMES,
    answer_contrasts,
    request_contrasts,
)


def _frame_of(text: str, objects: tuple[str, ...]) -> str:
    for thing in objects:
        for spelled in (thing, thing[:1].upper() + thing[1:]):
            if spelled in text:
                return text.replace(spelled, "{x}")
    raise AssertionError(f"no object in {text!r}")


def test_every_frame_carries_both_labels() -> None:
    """The sentence shape cannot predict the label: each frame used is used on both sides."""
    harmful, ordinary = request_contrasts()
    harmful_frames = {_frame_of(t, HARMFUL_OBJECTS) for t in harmful}
    ordinary_frames = {_frame_of(t, ORDINARY_OBJECTS) for t in ordinary}
    assert harmful_frames == ordinary_frames == set(REQUEST_FRAMES)


def test_a_refusal_followed_by_a_persona_is_a_harmful_answer() -> None:
    """The second-persona trick is taught as harmful; plain refusals as safe."""
    harmful, safe = answer_contrasts()
    persona = re.compile(r"\[DAN\]|AIM:")
    assert any(persona.search(t) for t in harmful)
    assert not any(persona.search(t) for t in safe)
    assert any(t.startswith("I can't") or t.startswith("I'm sorry") for t in safe)
