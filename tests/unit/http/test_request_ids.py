"""A caller's request id is used only when it is short and made of safe characters."""

from __future__ import annotations

import pytest

from gateway.http.request_ids import request_id_from


@pytest.mark.parametrize(
    "header", ["abc", "load-0f3a.9_Z", "x" * 64, "550e8400-e29b-41d4-a716-446655440000"]
)
def test_a_safe_caller_id_is_kept(header: str) -> None:
    """Letters, digits, dot, underscore and hyphen up to 64 characters are used as given."""
    assert request_id_from(header) == header


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "x" * 65,
        "order:42",
        "id\n",
        "two words",
        "a/b",
        "name=value",
        "café",
        "<script>",
    ],
)
def test_an_unsafe_caller_id_is_replaced(header: str | None) -> None:
    """Anything longer, empty or with other characters gets a fresh gateway id instead."""
    replaced = request_id_from(header)
    assert replaced != header
    assert len(replaced) == 32
    assert replaced.isalnum()
