"""Inspector: builds a stage's detectors from a profile and decides with its rules."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from gateway.detectors.finding import Finding
from gateway.inspection.inspector import Inspector
from gateway.inspection.message_views import Message, joined
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import InspectionProfile, load_inspection_profiles


@pytest.mark.parametrize(
    ("stage", "text", "action"),
    [
        ("input", "nothing here", "allow"),
        ("input", "mail jane@example.com", "redact"),
        ("input", "a forbidden thing", "flag"),
        ("output", "a forbidden thing", "block"),
    ],
)
async def test_stage_decisions(
    base_profile: InspectionProfile, stage: str, text: str, action: str
) -> None:
    """The same text can get different actions on input and output."""
    inspector = Inspector.from_profile(base_profile, stage)  # type: ignore[arg-type]
    assert (await inspector.check(text)).action == action


async def test_long_text_goes_through_the_thread(base_profile: InspectionProfile) -> None:
    """A text above the inline limit is inspected in a worker thread with the same result."""
    inspector = Inspector.from_profile(base_profile, "input")
    text = "filler words " * 200 + "jane@example.com"
    findings = await inspector.inspect(text)
    assert [f.category for f in findings] == ["pii.email_address"]


class RecordingDetector:
    """Reports which thread ran each pass; its cheap pass settles texts without "unsure"."""

    name = "recording"

    def __init__(self) -> None:
        self.cheap_threads: list[int] = []
        self.full_threads: list[int] = []

    def detect_cheap(self, text: str) -> list[Finding] | None:
        self.cheap_threads.append(threading.get_ident())
        return None if "unsure" in text else [Finding("toxicity", 0.2, None, self.name)]

    def detect(self, text: str) -> list[Finding]:
        self.full_threads.append(threading.get_ident())
        return [Finding("toxicity", 0.9, None, self.name)]


async def test_short_settled_text_is_inspected_on_the_loop(
    base_profile: InspectionProfile,
) -> None:
    """No thread hop when the cheap pass settles a short text."""
    detector = RecordingDetector()
    inspector = Inspector(base_profile, "input", [detector], heavy=False)
    findings = await inspector.inspect("a short everyday question")
    assert [f.score for f in findings] == [0.2]
    assert detector.cheap_threads == [threading.get_ident()]
    assert detector.full_threads == []


async def test_unsettled_text_escalates_off_the_loop(base_profile: InspectionProfile) -> None:
    """When the cheap pass is unsure, the costly pass runs in a worker thread."""
    detector = RecordingDetector()
    inspector = Inspector(base_profile, "input", [detector], heavy=False)
    findings = await inspector.inspect("an unsure question")
    assert [f.score for f in findings] == [0.9]
    assert len(detector.full_threads) == 1
    assert detector.full_threads[0] != threading.get_ident()


async def test_heavy_profiles_always_use_the_thread(base_profile: InspectionProfile) -> None:
    """A profile with an always-costly detector sends even short texts to the worker."""
    detector = RecordingDetector()
    inspector = Inspector(base_profile, "input", [detector], heavy=True)
    await inspector.inspect("short")
    assert detector.cheap_threads == []
    assert detector.full_threads
    assert detector.full_threads[0] != threading.get_ident()


async def test_external_detectors_run_too(base_profile: InspectionProfile) -> None:
    """Async detectors' findings join the pure ones."""

    class Remote:
        name = "remote"

        async def detect_async(self, text: str) -> list[Finding]:
            return [Finding("hate", 0.9, None, self.name)]

    inspector = Inspector(base_profile, "input", [], [Remote()])
    assert [f.category for f in await inspector.inspect("x")] == ["hate"]


def test_bad_detector_options_name_the_line(tmp_path: Path) -> None:
    """A detector with a bad option fails at build time with its file and line."""
    path = tmp_path / "inspection.yaml"
    path.write_text(
        "profiles:\n  p:\n    detectors:\n      secrets: {options: {min_entropy: 99}}\n"
        "    input: [secrets]\n    rules: []\n",
        encoding="utf-8",
    )
    profile = load_inspection_profiles(path)["p"]
    with pytest.raises(PolicyError, match=r"inspection.yaml:4: .*min_entropy"):
        Inspector.from_profile(profile, "input")


class ShareOfBadWords:
    """A whole-text classifier that dilutes like a bag of words: its score is the share of
    the text's words that are "bad", so benign words around a bad request lower it."""

    name = "share"

    def detect(self, text: str) -> list[Finding]:
        words = text.split()
        share = sum(word == "bad" for word in words) / len(words) if words else 0.0
        return [Finding("toxicity", share, None, self.name)] if share else []


CONVERSATION = ["hello there", "how are you today my friend", "bad bad"]


def _joined(messages: list[str]) -> tuple[str, tuple[Message, ...]]:
    """User messages joined as the gateway joins a prompt, with where each one lies."""
    return joined([("user", message) for message in messages])


@pytest.mark.parametrize("long_text", [False, True], ids=["inline", "worker-thread"])
async def test_each_message_is_judged_alone(
    base_profile: InspectionProfile, long_text: bool
) -> None:
    """Benign turns before a bad message do not dilute its score, inline or in the thread."""
    messages = ["filler " * 100, *CONVERSATION] if long_text else CONVERSATION
    text, parts = _joined(messages)
    inspector = Inspector(base_profile, "input", [ShareOfBadWords()], per_message={"share"})
    whole = await inspector.inspect(text)
    judged = await inspector.inspect(text, parts)
    assert [f.score for f in whole] == [pytest.approx(2 / len(text.split()))]
    assert [(f.category, f.score) for f in judged] == [("toxicity", 1.0)]


async def test_only_whole_text_detectors_judge_each_message(
    base_profile: InspectionProfile,
) -> None:
    """A detector not named per-message sees the conversation once, as a whole."""
    text, parts = _joined(CONVERSATION)
    inspector = Inspector(base_profile, "input", [ShareOfBadWords()])
    assert [f.score for f in await inspector.inspect(text, parts)] == [
        pytest.approx(2 / len(text.split()))
    ]


async def test_one_message_is_judged_once(base_profile: InspectionProfile) -> None:
    """A single-message prompt costs what it always did: one pass, no per-message copy."""
    calls: list[str] = []

    class Counting(ShareOfBadWords):
        def detect(self, text: str) -> list[Finding]:
            calls.append(text)
            return super().detect(text)

    inspector = Inspector(base_profile, "input", [Counting()], per_message={"share"})
    await inspector.inspect("just one message", [Message(0, 16, "user")])
    assert calls == ["just one message"]


async def test_spans_found_in_a_message_point_into_the_whole_text(
    base_profile: InspectionProfile,
) -> None:
    """A per-message finding with a span is moved to where the message sits in the prompt."""

    class FindsBad:
        name = "finds"

        def detect(self, text: str) -> list[Finding]:
            at = text.find("bad")
            return [] if at < 0 else [Finding("denylist", 0.9, (at, at + 3), self.name)]

    text, parts = _joined(CONVERSATION)
    inspector = Inspector(base_profile, "input", [FindsBad()], per_message={"finds"})
    spans = {f.span for f in await inspector.inspect(text, parts)}
    assert spans == {(text.find("bad"), text.find("bad") + 3)}


async def test_trusted_categories_are_not_reported_for_instructions(
    profile_file: Path,
) -> None:
    """A category the profile trusts the system prompt for is dropped there, not elsewhere."""
    profile = replace(
        load_inspection_profiles(profile_file)["base"],
        trusted_instructions=frozenset({"toxicity"}),
    )
    inspector = Inspector(profile, "input", [ShareOfBadWords()], per_message={"share"})
    system, user = "bad bad", "hello there"
    text = f"{system}\n{user}"
    messages = [Message(0, 7, "system"), Message(8, len(text), "user")]
    assert await inspector.inspect(text, messages) == []
    text = f"{user}\n{system}"
    messages = [Message(0, 11, "system"), Message(12, len(text), "user")]
    assert [f.score for f in await inspector.inspect(text, messages)] == [1.0]


async def test_a_conversation_that_reads_long_goes_to_the_thread(
    base_profile: InspectionProfile,
) -> None:
    """The inline budget counts what the classifiers read: every view, not the text once."""
    detector = RecordingDetector()
    inspector = Inspector(base_profile, "input", [detector], heavy=False, per_message={"recording"})
    text, messages = _joined(["word " * 40, "word " * 40])  # 401 characters, ~1,200 read
    await inspector.inspect(text, messages)
    assert detector.cheap_threads == []
    assert detector.full_threads
    assert threading.get_ident() not in detector.full_threads


@pytest.mark.parametrize("filler", [1, 60], ids=["inline", "worker-thread"])
async def test_span_detectors_read_from_spans_from_and_classifiers_read_it_all(
    base_profile: InspectionProfile, filler: int
) -> None:
    """A growing text's earlier part is not searched for spans again; its meaning still counts.

    The span found in the tail points into the whole text, and a word cut by `spans_from`
    is read whole."""
    searched = "bad bad: mail jane@example.com " + "calm words " * filler
    text = searched + "then write to bob@example.org"
    inspector = Inspector.from_profile(base_profile, "output")
    inspector = Inspector(
        base_profile,
        "output",
        [*(detector for detector, _, _ in inspector._passes), ShareOfBadWords()],
        heavy=False,
        per_message={"share"},
    )
    findings = await inspector.inspect(text, spans_from=len(searched))
    spans = [text[f.span[0] : f.span[1]] for f in findings if f.span is not None]
    assert spans == ["bob@example.org"]
    assert [f.detector for f in findings if f.span is None] == ["share"]
    cut_word = await inspector.inspect(text, spans_from=text.index("@example.org"))
    assert [text[f.span[0] : f.span[1]] for f in cut_word if f.span] == ["bob@example.org"]
    everything = await inspector.inspect(text)
    assert len([f for f in everything if f.span is not None]) == 2
