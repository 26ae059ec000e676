"""Inspector: builds a stage's detectors from a profile and decides with its rules."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gateway.detectors.finding import Finding
from gateway.inspection.inspector import Inspector
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
