"""The streaming output filter: text is released only after it has been inspected.

Deltas collect in a pending buffer. Once it holds more than `window` characters, the text before
the last `window` characters is inspected together with the pending tail and the last `context`
released characters; it is released redacted, and the cut never falls inside a whitespace-free
run or inside a finding's span, so a secret split across chunks is seen whole before any of it
leaves. `window` must exceed the longest unbroken secret worth catching (default 96).

Each inspection's classifiers read the whole scope again (span detectors read only the pending
text and a window's length before it), so how often it runs sets the cost: the first text
is released after `step` characters beyond the window, and the step doubles after every
release up to `max_step`, so the start of an answer arrives at once and a long answer costs a
few inspections per kilobyte instead of one per `step` characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.detectors.finding import Finding
from gateway.inspection.inspector import Inspector
from gateway.inspection.redaction import redact
from gateway.policy.decide import Decision
from gateway.policy.inspection_profile import severity

STOPPING_ACTIONS = frozenset({"hold", "block"})


@dataclass(frozen=True, slots=True)
class GuardStep:
    """Text safe to send now, the strictest decision so far, and whether to end the stream."""

    release: str
    decision: Decision | None
    stop: bool


class StreamGuard:
    """Feed upstream deltas to `push`, then call `finish`; send each step's `release`."""

    def __init__(
        self,
        inspector: Inspector,
        window: int = 96,
        context: int = 256,
        step: int = 64,
        max_step: int = 256,
    ) -> None:
        if window < 1 or context < 0 or step < 0 or max_step < step:
            raise ValueError(
                "window must be positive, context and step non-negative, max_step at least step"
            )
        # Inspecting on every delta would run the detectors once per token; waiting for `step`
        # more characters beyond the window releases text in runs at a fraction of the cost.
        self._step = step
        self._max_step = max_step
        self._inspector = inspector
        self._window = window
        self._context = context
        self._pending = ""
        self._released_tail = ""
        self._decision: Decision | None = None
        self._stopped = False

    @property
    def decision(self) -> Decision | None:
        """The strictest decision taken so far."""
        return self._decision

    async def push(self, delta: str) -> GuardStep:
        """Take one delta; release whatever part of the buffer is now known to be safe."""
        if self._stopped:
            return GuardStep("", self._decision, True)
        self._pending += delta
        if len(self._pending) <= self._window + self._step:
            return GuardStep("", self._decision, False)
        return await self._release(final=False)

    async def finish(self) -> GuardStep:
        """The upstream is done: inspect and release everything still held back."""
        if self._stopped:
            return GuardStep("", self._decision, True)
        return await self._release(final=True)

    async def _release(self, final: bool) -> GuardStep:
        offset = len(self._released_tail)
        scope = self._released_tail + self._pending
        # The released tail was searched for spans when it was pending, and no live span
        # crosses into it (the cut never splits one); the window's length of it is read again
        # for what spans more than the window itself. The classifiers read the whole scope.
        spans_from = max(0, offset - self._window)
        findings = await self._inspector.inspect(scope, spans_from=spans_from)
        decision = self._inspector.decide(findings)
        self._remember(decision)
        if decision.action in STOPPING_ACTIONS:
            self._stopped = True
            self._pending = ""
            return GuardStep("", self._decision, True)
        cut = len(self._pending) if final else self._safe_cut(decision.redactions, offset)
        local = [self._shift(f, offset) for f in decision.redactions]
        # Spans wholly in the released tail are history; the cut never splits a live one.
        released = redact(
            self._pending[:cut], [f for f in local if f.span and 0 < f.span[1] <= cut]
        )
        self._pending = self._pending[cut:]
        self._step = min(self._step * 2, self._max_step)
        self._released_tail = (
            (self._released_tail + released)[-self._context :] if self._context else ""
        )
        return GuardStep(released, self._decision, False)

    def _safe_cut(self, redactions: tuple[Finding, ...], offset: int) -> int:
        cut = len(self._pending) - self._window
        # Never split an unbroken token: its tail may complete a secret in the next delta.
        while cut > 0 and not self._pending[cut - 1].isspace() and not self._pending[cut].isspace():
            cut -= 1
        for finding in redactions:
            if finding.span is None:
                continue
            start, end = finding.span[0] - offset, finding.span[1] - offset
            if start < cut < end:
                cut = max(0, start)
        return cut

    @staticmethod
    def _shift(finding: Finding, offset: int) -> Finding:
        if finding.span is None:
            return finding
        start, end = finding.span
        span = (max(0, start - offset), end - offset)
        return Finding(finding.category, finding.score, span, finding.detector)

    def _remember(self, decision: Decision) -> None:
        if self._decision is None or severity(decision.action) > severity(self._decision.action):
            self._decision = decision
