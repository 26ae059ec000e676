"""Stage 9, inspect output: the tier's detectors over the answer.

A whole answer is read field by field as the field inventory says (text, reasoning, tool-call
arguments, refusals, fields the gateway does not know) and judged as one text, a choice per
unit; redactions are written into it before it leaves. A streamed answer gets a
`GuardedStream`, which checks it as it flows, behind a hold-back window.
"""

from __future__ import annotations

from typing import Any

import msgspec

from gateway.inspection.cases import CaseRequest, CaseSink
from gateway.inspection.field_redaction import redact_in_place
from gateway.inspection.inspector import Inspector
from gateway.inspection.message_views import Message
from gateway.inspection.redaction import redact
from gateway.inspection.stream_filter import GuardedStream
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.pipeline.context import RequestContext
from gateway.policy.decide import Decision
from gateway.schemas.field_inventory import RESPONSE_INVENTORY
from gateway.schemas.prompt_text import Path, collect_texts, units
from gateway.stages.moderation_outcome import case_request, enforce

_encoder = msgspec.json.Encoder()


def withhold(document: Any, paths: tuple[Path, ...]) -> None:
    """Replace what no detector could read with null (profiles with `refuse_uninspectable`)."""
    for path in paths:
        target = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = None


async def judge_answer(ctx: RequestContext, inspector: Inspector) -> tuple[Decision, str]:
    """Inspect the whole answer in `ctx.reply`, write redactions (and withheld fields) into it,
    and return the decision with the text that was judged; the caller applies the decision."""
    reply = ctx.reply
    assert reply is not None
    assert ctx.endpoint is not None
    document = reply.json
    read = collect_texts(RESPONSE_INVENTORY[ctx.endpoint], document)
    changed = False
    if read.opaque and inspector.profile.refuse_uninspectable:
        withhold(document, read.opaque)
        changed = True
    messages = tuple(Message(s, e, role) for s, e, role in units(read.text, read.segments))
    decision = await inspector.check(read.text, messages)
    if decision.redactions:
        for unit in redact_in_place(document, read.text, read.segments, decision.redactions):
            # Log probabilities spell the answer token by token, the redacted span too.
            choice = _unit_object(document, unit)
            if isinstance(choice, dict) and choice.get("logprobs") is not None:
                choice["logprobs"] = None
        ctx.redacted_completion = redact(read.text, decision.redactions)
        changed = True
    if changed:
        reply.body = _encoder.encode(document)
    return decision, read.text


class InspectOutput:
    """Checks a whole answer and applies the decision."""

    def __init__(self, inspectors: TierInspectors, cases: CaseSink) -> None:
        self._inspectors = inspectors
        self._cases = cases

    async def __call__(self, ctx: RequestContext) -> None:
        reply = ctx.reply
        assert ctx.tier is not None
        if reply is None or ctx.endpoint is None:
            return
        inspector = self._inspectors.for_output(ctx.tier)
        if reply.stream is not None:

            def describe_case(decision: Decision) -> CaseRequest:
                # Read when the case opens: the answer streamed so far.
                return case_request(ctx, decision, "output", answer=ctx.completion_text)

            guard = GuardedStream(
                ctx.moderation, inspector, self._cases, describe_case, ctx.endpoint
            )
            reply.stream.attach_guard(guard)
            return
        decision, text = await judge_answer(ctx, inspector)
        await enforce(ctx, decision, "output", self._cases, answer=text)


def _unit_object(document: Any, unit: Path) -> Any:
    target = document
    for part in unit:
        try:
            target = target[part]
        except (KeyError, IndexError, TypeError):
            return None
    return target
