"""StreamGuard: nothing leaves before it is checked, across chunk boundaries."""

from __future__ import annotations

import pytest

from gateway.inspection.inspector import Inspector
from gateway.inspection.stream_guard import StreamGuard
from gateway.policy.inspection_profile import InspectionProfile

SECRET = "AKIAIOSFODNN7EXAMPLE"
EMAIL = "jane.doe@example.com"


async def _stream(
    profile: InspectionProfile, chunks: list[str], window: int = 32
) -> tuple[str, bool]:
    guard = StreamGuard(Inspector.from_profile(profile, "output"), window=window, step=0)
    released: list[str] = []
    for chunk in chunks:
        step = await guard.push(chunk)
        released.append(step.release)
        if step.stop:
            return "".join(released), True
    step = await guard.finish()
    released.append(step.release)
    return "".join(released), step.stop


def _split_everywhere(text: str) -> list[list[str]]:
    return [[text[:i], text[i:]] for i in range(1, len(text))]


@pytest.mark.parametrize(
    "chunks", _split_everywhere(f"the key is {SECRET} and then more words follow here")
)
async def test_secret_straddling_chunks_is_redacted(
    base_profile: InspectionProfile, chunks: list[str]
) -> None:
    """Wherever the stream is cut, the secret never appears in released text."""
    released, stopped = await _stream(base_profile, chunks)
    assert not stopped
    assert SECRET[:6] not in released
    assert SECRET[-6:] not in released
    assert "[REDACTED:secret.aws_access_key]" in released


async def test_redaction_across_many_small_chunks(base_profile: InspectionProfile) -> None:
    """Token-by-token deltas still get the email redacted and the rest released intact."""
    text = f"Hello, write to {EMAIL} for details about the meeting tomorrow at noon. Bye!"
    chunks = [text[i : i + 3] for i in range(0, len(text), 3)]
    released, _ = await _stream(base_profile, chunks, window=16)
    assert released == text.replace(EMAIL, "[REDACTED:pii.email_address]")


async def test_block_stops_the_stream(base_profile: InspectionProfile) -> None:
    """A blocking finding ends the stream and the offending text is never released."""
    chunks = ["This answer is fine at first. " * 3, "but then the forbidden ", "word appears." * 5]
    released, stopped = await _stream(base_profile, chunks)
    assert stopped
    assert "forbidden" not in released


async def test_after_stop_nothing_more_is_released(base_profile: InspectionProfile) -> None:
    """Once stopped, later pushes release nothing and keep saying stop."""
    guard = StreamGuard(Inspector.from_profile(base_profile, "output"), window=4, step=0)
    first = await guard.push("forbidden " * 5)
    later = await guard.push("more text " * 10)
    assert first.stop
    assert later.stop
    assert later.release == ""
    assert first.decision is not None
    assert first.decision.rule_id == "words-block"


async def test_clean_stream_is_released_verbatim(base_profile: InspectionProfile) -> None:
    """Text with no findings comes out exactly as it went in."""
    text = "A calm paragraph about gardening, tomatoes and the weather. " * 4
    released, stopped = await _stream(
        base_profile, [text[i : i + 7] for i in range(0, len(text), 7)]
    )
    assert released == text
    assert not stopped


def test_window_must_be_positive(base_profile: InspectionProfile) -> None:
    """A zero window is rejected at construction."""
    with pytest.raises(ValueError, match="window"):
        StreamGuard(Inspector.from_profile(base_profile, "output"), window=0)
