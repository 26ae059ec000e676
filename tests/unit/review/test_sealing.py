"""Case content sealing: only the right key, case and field open it."""

from __future__ import annotations

import os

import pytest

from gateway.review.sealing import CaseContentError, CaseSealer


def test_sealed_text_opens_with_the_same_key_case_and_field() -> None:
    """A sealed prompt opens back to the same text and does not contain it."""
    sealer = CaseSealer(os.urandom(32))
    token = sealer.seal("card 4111", case_id="c1", field="prompt")
    assert token is not None
    assert "4111" not in token
    assert sealer.open(token, case_id="c1", field="prompt") == "card 4111"


@pytest.mark.parametrize(
    ("case_id", "field", "key"),
    [("c2", "prompt", None), ("c1", "answer", None), ("c1", "prompt", os.urandom(32))],
)
def test_moved_or_foreign_ciphertext_does_not_open(
    case_id: str, field: str, key: bytes | None
) -> None:
    """Content copied to another case or field, or read with another key, fails to open."""
    original = CaseSealer(os.urandom(32))
    token = original.seal("secret", case_id="c1", field="prompt")
    reader = CaseSealer(key) if key is not None else original
    with pytest.raises(CaseContentError):
        reader.open(token, case_id=case_id, field=field)


def test_none_stays_none() -> None:
    """Absent content is stored as absent, not as an encrypted empty string."""
    sealer = CaseSealer(os.urandom(32))
    assert sealer.seal(None, case_id="c", field="answer") is None
    assert sealer.open(None, case_id="c", field="answer") is None
