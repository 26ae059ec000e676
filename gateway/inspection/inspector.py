"""The inspector: one profile's detectors for one stage, run without stalling the event loop.

Short texts (up to `inline_chars` read, counting every view of a conversation; ~0.5 ms of
detector work at the default) are inspected on the event loop: the detectors are pure Python
holding the GIL, so a worker thread would not run them in parallel anyway, and the hop itself
costs more than the work (under load a thread waits up to the interpreter's 5 ms switch
interval for the GIL). What is costly is sent to one worker-thread call (`asyncio.to_thread`):
longer texts, always-heavy detectors (the semantic one), and the texts an escalating
detector's cheap pass cannot settle. External detectors run concurrently, each under its own
deadline. Figures: docs/detectors.md.

In a conversation the detectors that score a text as a whole (the classifiers) judge the views
`message_views` picks instead of the joined prompt; span detectors read the joined prompt. The
classifiers also judge each view's other readings (`canonical_views`: folded look-alikes and
leetspeak, decoded payloads). Every inspection's findings are bounded (`finding_bounds`), and an
input that is mostly invisible characters is refused before any detector reads it.

A caller that inspects a growing text (the stream guard) says where the text it has already
searched for spans ends (`spans_from`): span detectors then read only what follows, while the
classifiers still judge the whole text, whose meaning the earlier part carries.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from gateway.detectors.base import (
    AsyncDetector,
    Detector,
    DetectorConfigError,
    EscalatingDetector,
)
from gateway.detectors.finding import Finding
from gateway.detectors.guard_escalation import GuardEscalationDetector
from gateway.detectors.registry import DEFAULT_KINDS, Factory, build_detector
from gateway.inspection.canonical_views import with_readings
from gateway.inspection.finding_bounds import MOST_PER_DETECTOR, MOST_PER_INSPECTION, bounded
from gateway.inspection.message_views import Message, View, classifier_views
from gateway.inspection.pathological_text import refuse_pathological
from gateway.policy.decide import Decision, decide
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import InspectionProfile, Stage

CheapPass = Callable[[str], list[Finding] | None]
Views = tuple[View, ...]
# A detector, its cheap first pass if it has one, and the views it judges (none: the text).
Work = tuple[Detector, CheapPass | None, Views]

# Kinds that cost milliseconds on any text; their presence sends every text to the pool.
HEAVY_KINDS = frozenset({"semantic"})
# Kinds that score a text as a whole (no spans): in a conversation they judge its views.
PER_MESSAGE_KINDS = frozenset(
    {
        "cascade_classifier",
        "segmented_cascade",
        "lexical_classifier",
        "semantic",
        "toxicity",
        "injection_heuristics",
        "self_harm_cues",
    }
)


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
        per_message: Collection[str] = (),
        escalations: Sequence[GuardEscalationDetector] = (),
    ) -> None:
        self.profile = profile
        self.stage = stage
        self._detectors = tuple(detectors)
        self._external = tuple(external)
        # Guard escalations whose inner detector runs among `detectors`: its findings, judged
        # view by view like any classifier's, go to the guard when unsure.
        self._escalations = tuple(escalations)
        self._inline_chars = 0 if heavy else inline_chars
        # Each detector with its cheap first pass, if it has one, and whether it judges a
        # conversation's views (`per_message` names those detectors).
        self._passes: tuple[tuple[Detector, CheapPass | None, bool], ...] = tuple(
            (
                d,
                d.detect_cheap if isinstance(d, EscalatingDetector) else None,
                d.name in per_message,
            )
            for d in self._detectors
        )
        self._reads_views = any(each for _, _, each in self._passes)

    @classmethod
    def from_profile(
        cls, profile: InspectionProfile, stage: Stage, kinds: Mapping[str, Factory] = DEFAULT_KINDS
    ) -> Inspector:
        """Build every detector the profile lists for `stage`; bad options raise PolicyError."""
        detectors: list[Detector] = []
        external: list[AsyncDetector] = []
        escalations: list[GuardEscalationDetector] = []
        per_message: set[str] = set()
        heavy = False
        for spec in profile.detectors_for(stage):
            try:
                built = build_detector(spec.name, spec.kind, spec.options, kinds)
            except DetectorConfigError as exc:
                raise PolicyError(spec.source, spec.line, str(exc)) from exc
            kind = spec.kind
            if isinstance(built, GuardEscalationDetector):
                escalations.append(built)
                kind = built.inner_kind
                built = built.inner
            if isinstance(built, AsyncDetector):
                external.append(built)
            else:
                detectors.append(built)
                heavy = heavy or kind in HEAVY_KINDS
                if kind in PER_MESSAGE_KINDS:
                    per_message.add(spec.name)
        return cls(
            profile,
            stage,
            detectors,
            external,
            heavy,
            per_message=per_message,
            escalations=escalations,
        )

    def detect_sync(self, text: str, messages: Sequence[Message] = ()) -> list[Finding]:
        """Every pure detector's findings, in this thread (for offline evaluation)."""
        return bounded(self._detect_text(text, messages, 0), MOST_PER_INSPECTION)

    def _detect_text(
        self, text: str, messages: Sequence[Message], spans_from: int
    ) -> list[Finding]:
        return self._detect_views(text, self._views(text, messages), spans_from)

    def _detect_views(self, text: str, views: Views, spans_from: int) -> list[Finding]:
        return _detect_all(self._work(text, views, spans_from), text)

    def _work(self, text: str, views: Views, spans_from: int) -> list[Work]:
        """Each detector with what it reads: classifiers the views, span detectors the tail."""
        tail = _unsearched_tail(text, spans_from)
        return [
            (detector, cheap_pass, views if each else tail)
            for detector, cheap_pass, each in self._passes
        ]

    async def inspect(
        self, text: str, messages: Sequence[Message] = (), spans_from: int = 0
    ) -> list[Finding]:
        """All findings: cheap work inline, costly work off the loop, external concurrently.

        `messages`: where each message of a conversation lies in `text`, with its role.
        `spans_from`: span detectors read the text from here on (what precedes was searched
        for spans by an earlier inspection of the same growing text); 0 reads it all.
        Raises UninspectableText for an input that is mostly invisible characters."""
        if not text:
            return []
        if self.stage == "input":
            refuse_pathological(text)
        remote = [asyncio.ensure_future(d.detect_async(text)) for d in self._external]
        if len(text) > self._inline_chars:
            # Reading a long text's views (canonical forms, decodings) is work too.
            findings = await asyncio.to_thread(self._detect_text, text, messages, spans_from)
        else:
            views = self._views(text, messages)
            # The work grows with what the classifiers read: the text, or its views.
            if len(text) + sum(len(view.text) for view in views) <= self._inline_chars:
                findings = await self._inspect_short(text, views, spans_from)
            else:
                findings = await asyncio.to_thread(self._detect_views, text, views, spans_from)
        if remote:
            for result in await asyncio.gather(*remote):
                findings.extend(bounded(result, MOST_PER_DETECTOR))
        for escalation in self._escalations:
            own = [f for f in findings if f.detector == escalation.name]
            if escalation.unsure(own):
                others = [f for f in findings if f.detector != escalation.name]
                findings = [*others, *await escalation.escalate(text, own)]
        return bounded(findings, MOST_PER_INSPECTION)

    def _views(self, text: str, messages: Sequence[Message]) -> Views:
        if not self._reads_views:
            return ()
        views = classifier_views(text, messages, self.profile.trusted_instructions)
        return with_readings(text, views, requests=self.stage == "input")

    async def _inspect_short(self, text: str, views: Views, spans_from: int) -> list[Finding]:
        findings: list[Finding] = []
        unsettled: list[Work] = []
        for work in self._work(text, views, spans_from):
            detector, cheap_pass, own = work
            if cheap_pass is None:
                findings.extend(_detect(detector, text, own))
            elif (cheap := _settle_cheaply(cheap_pass, text, own)) is None:
                unsettled.append(work)
            else:
                findings.extend(cheap)
        if unsettled:
            findings.extend(await asyncio.to_thread(_detect_all, unsettled, text))
        return findings

    def decide(self, findings: Sequence[Finding]) -> Decision:
        """The profile's decision on these findings at this inspector's stage."""
        return decide(self.profile, findings, self.stage)

    async def check(self, text: str, messages: Sequence[Message] = ()) -> Decision:
        """Inspect and decide in one call."""
        return self.decide(await self.inspect(text, messages))

    async def aclose(self) -> None:
        """Release what external detectors hold (their pooled HTTP clients)."""
        for detector in (*self._external, *self._escalations):
            close = getattr(detector, "aclose", None)
            if close is not None:
                await close()


def _detect_all(work: Sequence[Work], text: str) -> list[Finding]:
    return [finding for detector, _, views in work for finding in _detect(detector, text, views)]


def _unsearched_tail(text: str, spans_from: int) -> Views:
    """The part of `text` span detectors still have to read, as a view placed where it sits
    (none: the whole text). It starts at a whitespace, so no word is read cut in two."""
    start = min(spans_from, len(text))
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return (View(text[start:], start),) if start > 0 else ()


def _detect(detector: Detector, text: str, views: Views) -> list[Finding]:
    findings = _settle_cheaply(detector.detect, text, views)
    assert findings is not None  # a full pass always settles
    return findings


def _settle_cheaply(judge: CheapPass, text: str, views: Views) -> list[Finding] | None:
    """`judge` over the text or each view, bounded; None if any view needs the costly pass."""
    if not views:
        settled = judge(text)
        return None if settled is None else bounded(settled, MOST_PER_DETECTOR)
    findings: list[Finding] = []
    for view in views:
        settled = judge(view.text)
        if settled is None:
            return None
        findings.extend(_placed(settled, view))
    return bounded(_strongest(findings), MOST_PER_DETECTOR)


def _placed(findings: list[Finding], view: View) -> list[Finding]:
    """A view's findings, less those it ignores, with spans moved to where the view sits."""
    placed = []
    for f in findings:
        if f.category in view.ignore:
            continue
        if f.span is not None:
            span = (
                None if view.offset is None else (f.span[0] + view.offset, f.span[1] + view.offset)
            )
            f = replace(f, span=span)
        placed.append(f)
    return placed


def _strongest(findings: list[Finding]) -> list[Finding]:
    """Whole-text findings: the highest score per category; findings with a span all stay."""
    best: dict[str, Finding] = {}
    spanned: list[Finding] = []
    for finding in findings:
        if finding.span is not None:
            spanned.append(finding)
        elif finding.category not in best or finding.score > best[finding.category].score:
            best[finding.category] = finding
    return [*best.values(), *spanned]
