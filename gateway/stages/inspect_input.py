"""Stage 7, inspect input: the tier's detectors over the prompt, then the policy decision.

The prompt is every field the model reads (the field inventory, `schemas/field_inventory.py`).
Redactions are written back into the body before it is forwarded, so the model never sees a
redacted span; the audit log gets the redacted prompt when the tier keeps content. A profile
with `refuse_uninspectable` refuses a body carrying what no detector can read.
"""

from __future__ import annotations

from typing import Any

from gateway.errors import UninspectableContent
from gateway.inspection.cases import CaseSink
from gateway.inspection.field_redaction import redact_in_place
from gateway.inspection.message_views import Message
from gateway.inspection.redaction import redact
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.pipeline.context import RequestContext
from gateway.schemas.prompt_text import KeyName, Path, collect_prompt, units
from gateway.stages.moderation_outcome import enforce


def dotted(path: Path) -> str:
    """`messages[0].content[1].image_url.url`: a body path as a caller would write it."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif isinstance(part, KeyName):
            text += f".{part.key}(key)"
        else:
            text += f".{part}" if text else part
    return text or "(body)"


def refuse_unreadable(endpoint: str, body: dict[str, Any]) -> None:
    """Raise `UninspectableContent` naming each field of `body` no detector can read."""
    prompt = collect_prompt(endpoint, body)
    errors = [
        *({"field": dotted(p), "reason": "the gateway cannot inspect this content"}
          for p in prompt.opaque),
        *({"field": dotted(p), "reason": "unknown field: the gateway cannot tell how the model "
           "reads it"} for p in prompt.unknown),
    ]  # fmt: skip
    if errors:
        raise UninspectableContent(
            "this tier's inspection refuses what it cannot read: "
            + ", ".join(error["field"] for error in errors),
            extensions={"errors": errors},
        )


class InspectInput:
    """Checks the prompt and applies the decision."""

    def __init__(self, inspectors: TierInspectors, cases: CaseSink) -> None:
        self._inspectors = inspectors
        self._cases = cases

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.tier is not None
        inspector = self._inspectors.for_input(ctx.tier)
        if inspector.profile.refuse_uninspectable and ctx.endpoint is not None:
            refuse_unreadable(ctx.endpoint, ctx.body)
        if not ctx.prompt_text:
            return
        # Judged unit by unit as well (message, tool, list item), so ordinary turns cannot
        # dilute a harmful one.
        messages = tuple(
            Message(s, e, role) for s, e, role in units(ctx.prompt_text, ctx.prompt_segments)
        )
        decision = await inspector.check(ctx.prompt_text, messages)
        if decision.redactions:
            ctx.redacted_prompt = redact(ctx.prompt_text, decision.redactions)
            redact_in_place(ctx.body, ctx.prompt_text, ctx.prompt_segments, decision.redactions)
        await enforce(ctx, decision, "input", self._cases)
