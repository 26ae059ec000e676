"""Release, inspect: the answer to an approved held request, judged before the caller sees it."""

from __future__ import annotations

from gateway.errors import ContentBlocked
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.pipeline.context import RequestContext
from gateway.policy.inspection_profile import Action, severity
from gateway.stages.inspect_output import judge_answer
from gateway.stages.moderation_outcome import help_member, with_help


class InspectReleasedAnswer:
    """Judges the answer as output inspection does; from `refuse_from` up it is refused, not
    sent to the queue again (the caller has waited for a reviewer once already).

    A held prompt's answer was never reviewed, so a hold refuses it too; the answer regenerated
    for a held stream was (as its first text), so only a block does.
    """

    def __init__(self, inspectors: TierInspectors, refuse_from: Action) -> None:
        self._inspectors = inspectors
        self._refuse_from = severity(refuse_from)

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.tier is not None
        if ctx.reply is None or ctx.reply.json is None:
            return
        decision, _text = await judge_answer(ctx, self._inspectors.for_output(ctx.tier))
        ctx.moderation.merge(decision)
        if severity(decision.action) >= self._refuse_from:
            raise ContentBlocked(
                with_help(f"the model's answer was stopped by rule {decision.rule_id}", decision),
                extensions={
                    "rule": decision.rule_id,
                    "categories": list(decision.categories),
                    **help_member(decision),
                },
            )
