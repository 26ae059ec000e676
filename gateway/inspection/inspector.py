"""The inspector: one profile's detectors for one stage, run without blocking the event loop.

Pure detectors run together in one worker-thread call (`asyncio.to_thread`), so one hop
(~50-100 µs) pays for all of them; texts under `inline_chars` run inline when the profile has
no heavy detector, because there the hop would cost more than the regexes (~0.1 ms per KB).
External detectors run concurrently with the thread, each under its own deadline.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence

from gateway.detectors.base import AsyncDetector, Detector, DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.registry import DEFAULT_KINDS, Factory, build_detector
from gateway.policy.decide import Decision, decide
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import InspectionProfile, Stage

# Kinds whose cost is far above a thread hop; their presence sends every text to the pool.
HEAVY_KINDS = frozenset({"semantic", "cascade_classifier", "toxicity", "lexical_classifier"})


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
        return [finding for detector in self._detectors for finding in detector.detect(text)]

    async def inspect(self, text: str) -> list[Finding]:
        """All findings for `text`: pure detectors off the loop, external ones concurrently."""
        if not text:
            return []
        if len(text) <= self._inline_chars:
            local: asyncio.Future[list[Finding]] | list[Finding] = self.detect_sync(text)
        else:
            local = asyncio.ensure_future(asyncio.to_thread(self.detect_sync, text))
        remote = [asyncio.ensure_future(d.detect_async(text)) for d in self._external]
        findings = list(await local if isinstance(local, asyncio.Future) else local)
        for result in await asyncio.gather(*remote):
            findings.extend(result)
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
