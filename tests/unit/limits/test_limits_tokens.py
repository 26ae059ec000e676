"""Prompt-token estimates and the reservation taken before forwarding."""

from __future__ import annotations

import pytest

from gateway.limits.tokens import estimate_prompt_tokens, reservation_for


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("", 0),
        ("abcd", 1),
        ("abcde", 2),
        ("é" * 4, 2),  # 8 UTF-8 bytes
        (["abcd", "abcdefgh"], 3),
        ([1, 2, 3, 4], 4),
        ([[1, 2], [3]], 3),
        ([], 0),
        (None, 0),
        ([{"role": "user", "content": "abcdefgh"}], 3 + 4 + 1 + 2),
        (
            [
                {"role": "system", "content": "abcd"},
                {"role": "user", "content": [{"type": "text", "text": "abcd"}]},
            ],
            3 + (4 + 2 + 1) + (4 + 1 + 1),
        ),
        (
            [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}],
            3 + 4 + 1 + 256,
        ),
    ],
)
def test_estimate(prompt: object, expected: int) -> None:
    """Bytes/4 rounded up, token ids one each, plus per-message and reply overhead."""
    assert estimate_prompt_tokens(prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "requested", "cap", "expected"),
    [
        (100, 50, 1000, 150),
        (100, 5000, 1000, 1100),
        (100, None, 1000, 1100),
        (100, None, None, 1124),
        (100, 0, 1000, 100),
        (-3, 10, None, 10),
    ],
)
def test_reservation(prompt: int, requested: int | None, cap: int | None, expected: int) -> None:
    """The reservation is the prompt plus max_tokens, capped by the tier, defaulted when unset."""
    assert reservation_for(prompt, requested, cap) == expected
