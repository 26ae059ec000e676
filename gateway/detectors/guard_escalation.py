"""A built-in detector that asks a guard model only when it is unsure.

The wrapped (`inner`) detector judges every text as usual. When one of its findings in the
escalated categories scores inside the unsure band (by default 0.2 <= score <= 0.8 around the
learned heads' operating point of 0.5), the text is put to a guard model (Llama Guard 3,
ShieldGemma, Granite Guardian, Prompt Guard; see docs/guard-models.md) under this detector's own
deadline, and its verdict settles the unsure findings:
- unsafe: they are raised to 0.95; hazards the guard names (Llama Guard's S-codes) are added at
  0.95 and replace the inner detector's guess at which hazard it was;
- safe: they are capped at `safe_score` (0.4), below the operating point;
- no answer in time, or none we can read: the failure mode decides, as for `external`.
Findings outside the band never cost a guard call.
"""

from __future__ import annotations

import asyncio
import fnmatch
from collections.abc import Mapping
from dataclasses import replace

from gateway.detectors import taxonomy
from gateway.detectors.base import AsyncDetector, Detector, EscalatingDetector
from gateway.detectors.external import (
    ASK_FAILURES,
    FailureMode,
    deadline_option,
    failure_mode_option,
    unavailable,
)
from gateway.detectors.finding import Finding
from gateway.detectors.guard_client import GuardClient
from gateway.detectors.guard_verdicts import GuardVerdict
from gateway.detectors.options import DetectorOptions
from gateway.detectors.registry import Factory, build_detector

# What a guard's "unsafe" makes of an unsure finding: clear of every shipped rule's bar.
UNSAFE_SCORE = 0.95
# As the inspector: texts up to this length are judged on the event loop (the hop to a thread
# costs more than the work), and kinds that cost milliseconds on any text never are.
_INLINE_CHARS = 512
_HEAVY_INNER = frozenset({"semantic"})


class GuardEscalationDetector:
    """`inner`'s findings, with the unsure ones settled by a guard model."""

    def __init__(
        self,
        name: str,
        inner: Detector,
        client: GuardClient,
        band: tuple[float, float] = (0.2, 0.8),
        categories: tuple[str, ...] = (),
        deadline_s: float = 0.8,
        failure_mode: FailureMode = "open",
        safe_score: float = 0.4,
        inline_chars: int = 512,
        inner_kind: str = "",
    ) -> None:
        self.name = name
        self.inner_kind = inner_kind
        self._inner = inner
        self._client = client
        self._band = band
        self._categories = categories
        self._deadline_s = deadline_s
        self._failure_mode = failure_mode
        self._safe_score = safe_score
        self._inline_chars = inline_chars

    @classmethod
    def from_options(
        cls, name: str, options: DetectorOptions, kinds: Mapping[str, Factory]
    ) -> GuardEscalationDetector:
        """Build from policy options: `inner` ({kind, options} of the wrapped detector),
        `guard` (the client's options, as for `external`), `band_low`/`band_high`,
        `categories`, `deadline_ms`, `failure_mode` and `safe_score`."""
        inner_kind, inner = _inner_detector(name, options, kinds)
        low = options.number("band_low", 0.2, 0.0, 1.0)
        high = options.number("band_high", 0.8, 0.0, 1.0)
        if not low < high:
            raise options._fail("band_high", f"above band_low ({low})")
        categories = _category_patterns(options)
        deadline_s = deadline_option(options, 800)
        failure_mode = failure_mode_option(options)
        safe_score = options.number("safe_score", 0.4, 0.0, 0.49)
        guard = options.mapping("guard")
        if not guard:
            raise options._fail("guard", "the guard model's client options (url, protocol, ...)")
        options.finish()
        client = GuardClient.from_options(DetectorOptions(f"{name}.guard", guard), deadline_s)
        return cls(
            name, inner, client, (low, high), categories, deadline_s, failure_mode, safe_score,
            0 if inner_kind in _HEAVY_INNER else _INLINE_CHARS, inner_kind,
        )  # fmt: skip

    async def detect_async(self, text: str) -> list[Finding]:
        """The inner detector's findings, the unsure ones settled by the guard."""
        return await self.escalate(text, await self._inner_findings(text))

    @property
    def inner(self) -> Detector:
        """The wrapped built-in detector (the inspector runs it like its own detectors, so a
        conversation is judged message by message, then hands its findings to `escalate`)."""
        return self._inner

    @property
    def band(self) -> tuple[float, float]:
        """The unsure band, both ends included."""
        return self._band

    def detect_inner(self, text: str) -> list[Finding]:
        """The inner detector's findings alone, in this thread (for offline measurement)."""
        return self._inner.detect(text)

    def unsure(self, findings: list[Finding]) -> list[Finding]:
        """The findings the guard would be asked about: escalated categories, in the band."""
        low, high = self._band
        return [f for f in findings if low <= f.score <= high and self._escalates(f.category)]

    async def escalate(self, text: str, findings: list[Finding]) -> list[Finding]:
        """`findings` (of `text`), with the unsure ones settled by the guard's verdict."""
        unsure = self.unsure(findings)
        if not unsure:
            return findings
        try:
            async with asyncio.timeout(self._deadline_s):
                verdict = await self._client.ask(text)
        except ASK_FAILURES:
            return [*findings, unavailable(self._failure_mode, self.name)]
        settled = [f for f in findings if f not in unsure]
        return [*settled, *self._judged(unsure, verdict)]

    def _judged(self, unsure: list[Finding], verdict: GuardVerdict) -> list[Finding]:
        by_guard = f"{self.name}/guard"
        if not verdict.unsafe:
            return [
                replace(f, score=min(f.score, self._safe_score), detector=by_guard) for f in unsure
            ]
        named = [c for c, score in verdict.categories if score >= 0.5]
        names_hazard = any(c in taxonomy.HAZARDS for c in named)
        raised = [
            replace(f, score=UNSAFE_SCORE, detector=by_guard)
            for f in unsure
            if f.category not in named and not (names_hazard and f.category in taxonomy.HAZARDS)
        ]
        return [*raised, *(Finding(c, UNSAFE_SCORE, None, by_guard) for c in named)]

    def _escalates(self, category: str) -> bool:
        return not self._categories or any(
            fnmatch.fnmatchcase(category, p) for p in self._categories
        )

    async def _inner_findings(self, text: str) -> list[Finding]:
        # Like the inspector: short texts on the loop (the hop costs more than the work),
        # costly passes in a worker thread.
        if len(text) <= self._inline_chars:
            if not isinstance(self._inner, EscalatingDetector):
                return self._inner.detect(text)
            cheap = self._inner.detect_cheap(text)
            if cheap is not None:
                return cheap
        return await asyncio.to_thread(self._inner.detect, text)

    async def aclose(self) -> None:
        """Close the guard's pooled HTTP client."""
        await self._client.aclose()


def _inner_detector(
    name: str, options: DetectorOptions, kinds: Mapping[str, Factory]
) -> tuple[str, Detector]:
    spec = options.mapping("inner")
    kind, inner_options = spec.get("kind"), spec.get("options", {}) or {}
    if set(spec) - {"kind", "options"} or not isinstance(kind, str):
        raise options._fail("inner", "a mapping with the wrapped detector's `kind` and `options`")
    if not isinstance(inner_options, Mapping):
        raise options._fail("inner", "a mapping whose `options` is a mapping")
    built = build_detector(name, kind, inner_options, kinds)
    if isinstance(built, AsyncDetector) or not isinstance(built, Detector):
        raise options._fail("inner", "a built-in detector (not an external or escalating one)")
    return kind, built


def _category_patterns(options: DetectorOptions) -> tuple[str, ...]:
    patterns: list[str] = []
    for entry in options.strings("categories"):
        if entry.startswith("@") and entry[1:] in taxonomy.GROUPS:
            patterns.extend(sorted(taxonomy.GROUPS[entry[1:]]))
        elif taxonomy.is_known(entry):
            patterns.append(entry)
        else:
            raise options._fail("categories", f"known categories or groups, not {entry!r}")
    return tuple(patterns)
