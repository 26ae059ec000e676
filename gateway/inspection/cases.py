"""Where `flag` and `hold` decisions go: a case with an id that a reviewer can take up.

`CaseSink` is the seam the human review queue plugs into. Until it does, `LoggedCaseSink`
records each case as a structured log event (ids, categories, rule; never content) and hands
back its id, so that callers and the audit log can already refer to it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal, Protocol

import structlog

from gateway.policy.decide import Decision

InspectionStage = Literal["input", "output"]


@dataclass(frozen=True, slots=True)
class CaseRequest:
    """What a case is opened about."""

    request_id: str
    stage: InspectionStage
    decision: Decision
    tier: str
    model: str
    key_id: str
    account: str
    prompt: str
    answer: str | None
    endpoint: str | None = None
    """`chat` or `completions`: how a withheld request is forwarded once approved."""
    body: bytes | None = None
    """The request body as it would be forwarded (input stage), for release on approval."""
    reply: bytes | None = None
    """The upstream's whole answer document (output stage), released on approval."""


class CaseSink(Protocol):
    """Opens review cases; returns the case id."""

    async def open_case(self, request: CaseRequest) -> str: ...


class LoggedCaseSink:
    """Records cases as log events until the review queue takes them over."""

    def __init__(self) -> None:
        self._log = structlog.get_logger("gateway.review")

    async def open_case(self, request: CaseRequest) -> str:
        case_id = uuid.uuid4().hex
        self._log.info(
            "review.case_recorded",
            case_id=case_id,
            request_id=request.request_id,
            stage=request.stage,
            action=request.decision.action,
            categories=list(request.decision.categories),
            rule_id=request.decision.rule_id,
            tier=request.tier,
            model=request.model,
        )
        return case_id
