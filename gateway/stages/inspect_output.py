"""Stage 9, inspect output: the tier's detectors over the answer.

A whole answer is checked choice by choice; redactions are written into it before it leaves.
A streamed answer gets a `GuardedStream`, which checks it as it flows, behind a hold-back window.
"""

from __future__ import annotations

from typing import Any

import msgspec

from gateway.inspection.cases import CaseSink
from gateway.inspection.redaction import redact
from gateway.inspection.stream_filter import GuardedStream
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.pipeline.context import RequestContext
from gateway.policy.decide import ALLOW, Decision
from gateway.policy.inspection_profile import severity
from gateway.stages.moderation_outcome import enforce

_encoder = msgspec.json.Encoder()


def _text_slots(document: Any) -> list[tuple[dict[str, Any], str]]:
    """(holder, key) of each choice's generated text: message.content or text."""
    slots: list[tuple[dict[str, Any], str]] = []
    choices = document.get("choices") if isinstance(document, dict) else None
    for choice in choices if isinstance(choices, list) else []:
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            slots.append((message, "content"))
        elif isinstance(choice.get("text"), str):
            slots.append((choice, "text"))
    return slots


class InspectOutput:
    """Checks a whole answer and applies the decision."""

    def __init__(self, inspectors: TierInspectors, cases: CaseSink) -> None:
        self._inspectors = inspectors
        self._cases = cases

    async def __call__(self, ctx: RequestContext) -> None:
        reply = ctx.reply
        assert ctx.tier is not None
        if reply is None or ctx.endpoint not in ("chat", "completions"):
            return
        inspector = self._inspectors.for_output(ctx.tier)
        if reply.stream is not None:
            text_key = "content" if ctx.endpoint == "chat" else "text"
            reply.stream.attach_guard(GuardedStream(ctx, inspector, self._cases, text_key))
            return
        strictest: Decision = ALLOW
        changed = False
        answers: list[str] = []
        for holder, key in _text_slots(reply.json):
            text = holder[key]
            answers.append(text)
            decision = await inspector.check(text)
            ctx.moderation.merge(decision)
            if decision.redactions:
                holder[key] = redact(text, decision.redactions)
                changed = True
            if severity(decision.action) > severity(strictest.action) or (
                decision.action == strictest.action and decision.findings
            ):
                strictest = decision
        if changed:
            reply.body = _encoder.encode(reply.json)
            ctx.redacted_completion = "\n".join(
                holder[key] for holder, key in _text_slots(reply.json)
            )
        await enforce(ctx, strictest, "output", self._cases, answer="\n".join(answers))
