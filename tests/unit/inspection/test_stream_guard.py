"""StreamGuard: nothing leaves before it is checked, across chunk boundaries."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from gateway.detectors.finding import Finding
from gateway.inspection.inspector import Inspector
from gateway.inspection.message_views import Message
from gateway.inspection.redaction import redact
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


class _CountingInspector(Inspector):
    """The profile's real inspector, counting how often the guard asks it."""

    inspections = 0

    async def inspect(
        self, text: str, messages: Sequence[Message] = (), spans_from: int = 0
    ) -> list[Finding]:
        self.inspections += 1
        return await super().inspect(text, messages, spans_from)


async def test_a_long_answer_starts_at_once_and_costs_few_inspections(
    base_profile: InspectionProfile,
) -> None:
    """The first text leaves after window + step characters; the step then doubles up to
    `max_step`, so 2 KB streamed token by token is inspected about 2048 / 256 times, not
    2048 / 64."""
    inspector = _CountingInspector.from_profile(base_profile, "output")
    guard = StreamGuard(inspector, window=96, step=64, max_step=256)
    text = "A calm paragraph about gardening, tomatoes and the weather. " * 35
    released: list[str] = []
    first_text_after: int | None = None
    for start in range(0, len(text), 4):
        step = await guard.push(text[start : start + 4])
        if step.release and first_text_after is None:
            first_text_after = start + 4
        released.append(step.release)
    released.append((await guard.finish()).release)
    assert "".join(released) == text
    assert first_text_after is not None
    assert first_text_after <= 96 + 64 + 4
    assert len(text) >= 2048
    assert 4 <= inspector.inspections <= 2 + len(text) // 256 + 3


def test_max_step_must_not_be_below_step(base_profile: InspectionProfile) -> None:
    with pytest.raises(ValueError, match="max_step"):
        StreamGuard(Inspector.from_profile(base_profile, "output"), step=64, max_step=32)


PERSONAL = (
    "Thanks for asking. Write to jane.doe@example.com or call +44 20 7946 0958 during office "
    "hours; the key AKIAIOSFODNN7EXAMPLE was revoked. "
)


@pytest.mark.parametrize("delta", [1, 5, 8, 29])
async def test_a_long_answer_is_redacted_as_the_whole_text_would_be(
    base_profile: InspectionProfile, delta: int
) -> None:
    """Personal data and secrets anywhere in a long stream, at any delta size, are redacted
    exactly where inspecting the whole answer at once redacts them (span detectors read only
    what was not yet searched)."""
    text = "".join(f"Part {number}. {PERSONAL}" for number in range(12))
    inspector = Inspector.from_profile(base_profile, "output")
    whole = inspector.decide(await inspector.inspect(text))
    expected = redact(text, list(whole.redactions))
    guard = StreamGuard(inspector)
    released = [(await guard.push(text[i : i + delta])).release for i in range(0, len(text), delta)]
    released.append((await guard.finish()).release)
    assert "".join(released) == expected
    assert expected.count("[REDACTED:") == 36
