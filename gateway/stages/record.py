"""Finisher, record: one audit record per request, written once the response is complete.

A finisher, so it runs however the request ends: refused by any stage, failed upstream, or
abandoned mid-stream; after limits settle, since it records what was charged. Submitting never
waits for the database; the audit writer batches off the request path.

In the commit durability mode the record is written earlier instead: just before the answer
leaves (a stream: before its final event), and the answer waits until the record is durable,
so that a crash right after an answer cannot lose its record.
"""

from __future__ import annotations

from gateway.audit import AuditEvent, AuditNotDurableError, AuditWriter, ContentMode, RecordKind
from gateway.errors import ServiceUnavailable
from gateway.pipeline.context import RequestContext


def _requested_model(ctx: RequestContext, known: frozenset[str]) -> str | None:
    # A name the caller made up is caller text: the log records only that it was unknown.
    requested = ctx.path_model or ctx.body.get("model")
    if requested is None:
        return None
    return requested if isinstance(requested, str) and requested in known else "(unknown)"


class RecordAudit:
    """Submits the finished request's audit record (unless `commit` wrote it already)."""

    def __init__(
        self, writer: AuditWriter, policy_version: str, known_models: frozenset[str]
    ) -> None:
        self._writer = writer
        self._policy_version = policy_version
        self._known_models = known_models

    async def __call__(self, ctx: RequestContext) -> None:
        if not ctx.audit_submitted:
            self._writer.submit(self._event(ctx))

    async def commit(self, ctx: RequestContext) -> None:
        """Submit the record now and wait until it is durable, or refuse to answer."""
        ctx.audit_submitted = True  # one request, one record: the finisher steps aside
        ticket = self._writer.submit(self._event(ctx))
        try:
            await self._writer.wait_durable(ticket)
        except AuditNotDurableError as exc:
            raise ServiceUnavailable(
                "the audit log could not record this answer in time, so it was not sent"
            ) from exc

    def _event(self, ctx: RequestContext) -> AuditEvent:
        tier, model = ctx.tier, ctx.model
        mode = ContentMode(tier.audit_content) if tier is not None else ContentMode.NONE
        keeps_content = mode is not ContentMode.NONE
        return AuditEvent(
            kind=RecordKind.REQUEST,
            request_id=ctx.request_id,
            caller_request_id=ctx.caller_request_id,
            key_id=ctx.key.key_id if ctx.key else None,
            account_id=ctx.key.account if ctx.key else None,
            client_ip=ctx.client_address,
            tier=tier.name if tier else None,
            model=model.name if model else _requested_model(ctx, self._known_models),
            release_stage=model.stage if model else None,
            endpoint=ctx.route,
            action=ctx.moderation.action,
            status=ctx.status,
            scores=dict(ctx.moderation.scores),
            prompt_tokens=ctx.usage_prompt_tokens or None,
            completion_tokens=ctx.usage_completion_tokens or None,
            latency_ms=round(ctx.elapsed_ms, 3),
            policy_hash=self._policy_version,
            content_mode=mode,
            prompt=ctx.prompt_text if keeps_content else None,
            completion=ctx.completion_text if keeps_content else None,
            redacted_prompt=ctx.redacted_prompt if keeps_content else None,
            redacted_completion=ctx.redacted_completion if keeps_content else None,
        )


class RecordBeforeAnswer:
    """The first stage in the commit durability mode: the answer waits for its record."""

    def __init__(self, record: RecordAudit) -> None:
        self._record = record

    async def __call__(self, ctx: RequestContext) -> None:
        ctx.before_answer.append(self._record.commit)
