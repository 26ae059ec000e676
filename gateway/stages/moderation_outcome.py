"""What a decision means for the request: refuse, hold for review, open a case, or go on.

Shared by input and output inspection, so that both explain themselves the same way.
"""

from __future__ import annotations

import msgspec

from gateway.errors import ContentBlocked, HeldForReview
from gateway.inspection.cases import CaseRequest, CaseSink, InspectionStage
from gateway.pipeline.context import RequestContext
from gateway.policy.decide import Decision

APPEAL = "/v1/reports"
_encoder = msgspec.json.Encoder()


def case_request(
    ctx: RequestContext, decision: Decision, stage: InspectionStage, answer: str | None
) -> CaseRequest:
    """What a review case about this request is opened with (the one place cases are built)."""
    assert ctx.key is not None
    assert ctx.tier is not None
    assert ctx.model is not None
    return CaseRequest(
        request_id=ctx.request_id,
        stage=stage,
        decision=decision,
        tier=ctx.tier.name,
        model=ctx.model.name,
        key_id=ctx.key.key_id,
        account=ctx.key.account,
        prompt=ctx.prompt_text,
        answer=answer,
        endpoint=ctx.endpoint,
        # What a reviewer's approval releases: the request to forward, or the whole answer. A
        # stream keeps no whole answer: its approval sends the request again.
        body=_encoder.encode(ctx.body),
        reply=ctx.reply.body if ctx.reply is not None and ctx.reply.stream is None else None,
    )


def with_help(detail: str, decision: Decision) -> str:
    """A refusal's detail, ending with what its rule says to the caller (`Rule.help`), if any:
    the SDKs show the detail as the error's message."""
    return detail if decision.help is None else f"{detail}. {decision.help}"


def help_member(decision: Decision) -> dict[str, str]:
    """The problem document's `help` member, for an app to show its user; empty without one."""
    return {} if decision.help is None else {"help": decision.help}


async def enforce(
    ctx: RequestContext,
    decision: Decision,
    stage: InspectionStage,
    cases: CaseSink,
    answer: str | None = None,
) -> None:
    """Record `decision` on the context; raise for `block` and `hold`; open a case on `flag`."""
    ctx.moderation.merge(decision)
    if decision.action in ("allow", "redact"):
        return
    case_id = await cases.open_case(case_request(ctx, decision, stage, answer))
    ctx.moderation.case_id = case_id
    ctx.response_headers["x-modelgate-case"] = case_id
    explanation = {
        "categories": list(decision.categories),
        "rule": decision.rule_id,
        "stage": stage,
        "case_id": case_id,
        **help_member(decision),
    }
    if decision.action == "block":
        raise ContentBlocked(
            with_help(
                f"the {'prompt' if stage == 'input' else 'answer'} was blocked by rule "
                f"{decision.rule_id} ({', '.join(decision.categories)}); if you think this is "
                f"wrong, appeal with POST {APPEAL} and this request id",
                decision,
            ),
            extensions={**explanation, "appeal": APPEAL},
        )
    if decision.action == "hold":
        location = f"/v1/reviews/{case_id}"
        raise HeldForReview(
            f"the {'request' if stage == 'input' else 'answer'} is held for human review as "
            f"case {case_id}; poll GET {location} with your API key for the outcome",
            extensions={**explanation, "location": location},
            headers={"location": location},
        )
