"""The inspector: one profile's detectors for one stage, run without stalling the event loop.

Short texts (up to `inline_chars`, ~0.5 ms of detector work at the default) are inspected on
the event loop: the detectors are pure Python holding the GIL, so a worker thread would not
run them in parallel anyway, and the hop itself costs more than the work (under load a thread
waits up to the interpreter's 5 ms switch interval for the GIL). What is costly is sent to one
worker-thread call (`asyncio.to_thread`): longer texts, always-heavy detectors (the semantic
one), and the texts an escalating detector's cheap pass cannot settle. External detectors run
concurrently, each under its own deadline. Figures: docs/detectors.md.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence

from gateway.detectors.base import (
    AsyncDetector,
    Detector,
    DetectorConfigError,
    EscalatingDetector,
)
from gateway.detectors.finding import Finding
from gateway.detectors.registry import DEFAULT_KINDS, Factory, build_detector
from gateway.policy.decide import Decision, decide
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import InspectionProfile, Stage

CheapPass = Callable[[str], list[Finding] | None]

# Kinds that cost milliseconds on any text; their presence sends every text to the pool.
HEAVY_KINDS = frozenset({"semantic"})


class Inspector:
    """Runs the detectors of `profile` at `stage` and decides with the profile's rules."""

    def __init__(
        self,
        profile: InspectionProfile,
        stage: Stage,
        detectors: Sequence[Detector],
        external: Sequence[AsyncDetector] = (),
        heavy: bool = True,
        inline_chars: int = 512,
    ) -> None:
        self.profile = profile
        self.stage = stage
        self._detectors = tuple(detectors)
        self._external = tuple(external)
        self._inline_chars = 0 if heavy else inline_chars
        # Each detector with its cheap first pass, if it has one.
        self._passes: tuple[tuple[Detector, CheapPass | None], ...] = tuple(
            (d, d.detect_cheap if isinstance(d, EscalatingDetector) else None)
            for d in self._detectors
        )

    @classmethod
    def from_profile(
        cls, profile: InspectionProfile, stage: Stage, kinds: Mapping[str, Factory] = DEFAULT_KINDS
    ) -> Inspector:
        """Build every detector the profile lists for `stage`; bad options raise PolicyError."""
        detectors: list[Detector] = []
        external: list[AsyncDetector] = []
        heavy = False
        for spec in profile.detectors_for(stage):
            try:
                built = build_detector(spec.name, spec.kind, spec.options, kinds)
            except DetectorConfigError as exc:
                raise PolicyError(spec.source, spec.line, str(exc)) from exc
            if isinstance(built, AsyncDetector):
                external.append(built)
            else:
                detectors.append(built)
                heavy = heavy or spec.kind in HEAVY_KINDS
        return cls(profile, stage, detectors, external, heavy)

    def detect_sync(self, text: str) -> list[Finding]:
        """Every pure detector's findings, in this thread (for offline evaluation)."""
        return _detect_all(self._detectors, text)

    async def inspect(self, text: str) -> list[Finding]:
        """All findings: cheap work inline, costly work off the loop, external concurrently."""
        if not text:
            return []
        remote = [asyncio.ensure_future(d.detect_async(text)) for d in self._external]
        if len(text) <= self._inline_chars:
            findings = await self._inspect_short(text)
        else:
            findings = await asyncio.to_thread(self.detect_sync, text)
        if remote:
            for result in await asyncio.gather(*remote):
                findings.extend(result)
        return findings

    async def _inspect_short(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        unsettled: list[Detector] = []
        for detector, cheap_pass in self._passes:
            if cheap_pass is not None:
                cheap = cheap_pass(text)
                if cheap is None:
                    unsettled.append(detector)
                else:
                    findings.extend(cheap)
            else:
                findings.extend(detector.detect(text))
        if unsettled:
            findings.extend(await asyncio.to_thread(_detect_all, unsettled, text))
        return findings

    def decide(self, findings: Sequence[Finding]) -> Decision:
        """The profile's decision on these findings at this inspector's stage."""
        return decide(self.profile, findings, self.stage)

    async def check(self, text: str) -> Decision:
        """Inspect and decide in one call."""
        return self.decide(await self.inspect(text))

    async def aclose(self) -> None:
        """Release what external detectors hold (their pooled HTTP clients)."""
        for detector in self._external:
            close = getattr(detector, "aclose", None)
            if close is not None:
                await close()


def _detect_all(detectors: Sequence[Detector], text: str) -> list[Finding]:
    return [finding for detector in detectors for finding in detector.detect(text)]
