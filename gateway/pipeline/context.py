"""`RequestContext`: what one request carries through the pipeline, annotated stage by stage."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from gateway.access.key_record import KeyRecord
from gateway.errors import GatewayError
from gateway.inspection.moderation import Moderation
from gateway.policy.catalog import Endpoint, ModelSpec, TierSpec
from gateway.schemas.prompt_text import TextSegment

if TYPE_CHECKING:
    from gateway.inspection.stream_filter import GuardedStream
    from gateway.risk.escalation_state import EscalationState

AnswerStep = Callable[["RequestContext"], Awaitable[None]]


class StreamingBody(Protocol):
    """A streamed answer on its way to the caller."""

    def __aiter__(self) -> AsyncIterator[bytes]: ...

    def attach_guard(self, guard: GuardedStream) -> None:
        """Send every chunk through `guard` (output inspection) before it leaves."""

    async def aclose(self) -> None:
        """Close the upstream if the answer will not be sent after all."""


@dataclass(slots=True)
class UpstreamReply:
    """What forwarding produced: a whole JSON body, or a stream of bytes to relay."""

    status: int
    headers: dict[str, str]
    body: bytes = b""
    json: Any = None
    stream: StreamingBody | None = None


@dataclass(slots=True)
class RequestContext:
    """One request's state. Stages read what earlier stages set and add their own part."""

    request_id: str
    """The gateway's own id for this request (never caller text); keys its audit record."""
    endpoint: Endpoint | None
    method: str
    path: str
    client_address: str
    authorization: str | None
    content_type: str | None
    raw_body: bytes
    route: str = ""
    path_model: str | None = None
    terms_id: str | None = None
    """The terms document named in the path (`POST /v1/terms/{id}/accept`)."""
    case_id: str | None = None
    """The review case named in the path (`/v1/reviews/{id}`)."""
    body_reader: Callable[[], Awaitable[bytes]] | None = None
    caller_request_id: str | None = None
    """The caller's own `X-Request-Id`, when safe: stored beside the record, never its key."""
    started: float = field(default_factory=time.perf_counter)

    key: KeyRecord | None = None
    tier: TierSpec | None = None
    body: dict[str, Any] = field(default_factory=dict)
    model: ModelSpec | None = None
    stream: bool = False
    prompt_text: str = ""
    prompt_segments: tuple[TextSegment, ...] = ()
    completion_text: str | None = None
    redacted_prompt: str | None = None
    redacted_completion: str | None = None
    reserved_tokens: int = 0
    prompt_estimate: int = 0
    limit_admission: Any = None
    lease_renewal: asyncio.Task[None] | None = None
    """Keeps a long stream's concurrency lease alive; the limits finisher stops it."""
    moderation: Moderation = field(default_factory=Moderation)
    escalation: EscalationState | None = None
    """The account's (or key's) escalation in force, read by the risk gate (docs/risk.md)."""
    risk_checked: bool = False
    """The risk gate let the request on; only then does its finisher update the record."""
    reply: UpstreamReply | None = None
    usage_prompt_tokens: int = 0
    usage_completion_tokens: int = 0
    streamed_bytes: int = 0
    status: int = 0
    upstream_ms: float = 0.0
    """Time spent waiting on the upstream (for streams: until its response headers)."""
    refusal: GatewayError | None = None
    """The refusal that ended the request, if one did (for metrics)."""
    response_headers: dict[str, str] = field(default_factory=dict)
    audit_submitted: bool = False
    """The audit record was written before the answer (the commit durability mode), so the
    record finisher does not write a second one."""
    before_answer: list[AnswerStep] = field(default_factory=list)
    """Steps the answer waits for (a stream: its final event); see `answer_ready`."""

    @property
    def keeps_content(self) -> bool:
        """Whether the caller's tier keeps prompt and answer text in the audit log."""
        return self.tier is not None and self.tier.audit_content != "none"

    async def answer_ready(self) -> None:
        """Run what must be done before the answer leaves, in order, each exactly once.

        Today that is the audit record in the commit durability mode; a step that raises a
        `GatewayError` withholds the answer.
        """
        while self.before_answer:
            await self.before_answer.pop(0)(self)

    @property
    def elapsed_ms(self) -> float:
        """Milliseconds since the request arrived."""
        return (time.perf_counter() - self.started) * 1000.0
