"""Stage 7, inspect input: the tier's detectors over the prompt, then the policy decision.

Redactions are written back into the body before it is forwarded, so the model never sees a
redacted span; the audit log gets the redacted prompt when the tier keeps content.
"""

from __future__ import annotations

from gateway.inspection.cases import CaseSink
from gateway.inspection.message_views import by_message
from gateway.inspection.redaction import redact
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.pipeline.context import RequestContext
from gateway.schemas.prompt_text import write_back
from gateway.stages.moderation_outcome import enforce


class InspectInput:
    """Checks the prompt and applies the decision."""

    def __init__(self, inspectors: TierInspectors, cases: CaseSink) -> None:
        self._inspectors = inspectors
        self._cases = cases

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.tier is not None
        if not ctx.prompt_text:
            return
        # Judged message by message as well, so ordinary turns cannot dilute a harmful one.
        messages = by_message(ctx.prompt_segments)
        decision = await self._inspectors.for_input(ctx.tier).check(ctx.prompt_text, messages)
        if decision.redactions:
            ctx.redacted_prompt = redact(ctx.prompt_text, decision.redactions)
            for segment in ctx.prompt_segments:
                # A span that crosses into the next message is clipped to each side of it.
                inside = [
                    clipped
                    for f in decision.redactions
                    if (clipped := f.clipped(segment.start, segment.end)) is not None
                ]
                if inside:
                    original = ctx.prompt_text[segment.start : segment.end]
                    write_back(ctx.body, segment, redact(original, inside))
        await enforce(ctx, decision, "input", self._cases)
