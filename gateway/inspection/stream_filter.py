"""`GuardedStream`: output inspection for streamed completions, chunk by chunk.

Each choice's text goes through its own `StreamGuard`; only text the guard has released (and
redacted) is sent, in chunks carrying the upstream's envelope. When the guard stops the stream
(a `block` or `hold`), the choice ends with `finish_reason: "content_filter"`, an error event
says why, and the relay ends the stream. Role, tool-call and finish information passes through.
"""

from __future__ import annotations

from typing import Any

import msgspec

from gateway.inspection.cases import CaseRequest, CaseSink
from gateway.inspection.inspector import Inspector
from gateway.inspection.stream_guard import GuardStep, StreamGuard
from gateway.pipeline.context import RequestContext
from gateway.policy.decide import Decision

_encoder = msgspec.json.Encoder()
_ENVELOPE = ("id", "object", "created", "model", "system_fingerprint")


def _event(document: Any) -> bytes:
    return b"data: " + _encoder.encode(document) + b"\n\n"


class GuardedStream:
    """Rewrites a completion stream so that no text leaves before it was checked."""

    def __init__(
        self, ctx: RequestContext, inspector: Inspector, cases: CaseSink, text_key: str
    ) -> None:
        self._ctx = ctx
        self._inspector = inspector
        self._cases = cases
        self._text_key = text_key  # "content" inside `delta` for chat, "text" for completions
        self._guards: dict[int, StreamGuard] = {}
        self._finished: set[int] = set()
        self._envelope: dict[str, Any] = {}
        self.stopped = False

    def _text_chunk(self, index: int, text: str) -> bytes:
        choice: dict[str, Any] = {"index": index, "finish_reason": None}
        if self._text_key == "content":
            choice["delta"] = {"content": text}
        else:
            choice["text"] = text
        return _event({**self._envelope, "choices": [choice]})

    def _take_text(self, choice: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The choice's text, and the choice without it (role, tool calls, finish reason)."""
        rest = dict(choice)
        if self._text_key == "content":
            delta = dict(rest.get("delta") or {})
            text = delta.pop("content", None)
            rest["delta"] = delta
        else:
            text = rest.pop("text", None)
        return (text if isinstance(text, str) else ""), rest

    async def on_chunk(self, chunk: dict[str, Any]) -> list[bytes]:
        """The events to send for one upstream chunk."""
        self._envelope = {key: chunk[key] for key in _ENVELOPE if key in chunk}
        events: list[bytes] = []
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict) or self.stopped:
                continue
            index = int(choice.get("index") or 0)
            guard = self._guards.setdefault(index, StreamGuard(self._inspector))
            text, rest = self._take_text(choice)
            if text:
                events += await self._apply(index, await guard.push(text))
            finishing = rest.get("finish_reason") is not None
            if finishing and not self.stopped:
                events += await self._apply(index, await guard.finish())
                self._finished.add(index)
            has_more = bool(rest.get("delta")) or finishing or self._text_key != "content"
            if not self.stopped and has_more and (finishing or not text):
                events.append(_event({**self._envelope, "choices": [rest]}))
        return events

    async def on_end(self) -> list[bytes]:
        """The upstream is done: release what every unfinished choice still holds."""
        events: list[bytes] = []
        for index, guard in self._guards.items():
            if index not in self._finished and not self.stopped:
                events += await self._apply(index, await guard.finish())
        await self._record()
        return events

    async def _apply(self, index: int, step: GuardStep) -> list[bytes]:
        if not step.stop:
            return [self._text_chunk(index, step.release)] if step.release else []
        self.stopped = True
        assert step.decision is not None
        case_id = await self._open_case(step.decision)
        end = {"index": index, "finish_reason": "content_filter"}
        if self._text_key == "content":
            end["delta"] = {}
        held = step.decision.action != "block"
        location = f"/v1/reviews/{case_id}"
        message = f"the answer was stopped by rule {step.decision.rule_id}"
        if held:
            # What the SDK raises mid-stream: it must say where the held answer can be fetched.
            message += f"; it is held for human review as case {case_id}: poll GET {location}"
        error = {
            "error": {
                "type": "review_pending" if held else "content_blocked",
                "code": "review-pending" if held else "content-blocked",
                "message": message,
                "categories": list(step.decision.categories),
                "rule": step.decision.rule_id,
                "case_id": case_id,
                **({"location": location} if held else {}),
            }
        }
        return [_event({**self._envelope, "choices": [end]}), _event(error)]

    async def _record(self) -> None:
        decisions = [g.decision for g in self._guards.values() if g.decision is not None]
        for decision in decisions:
            self._ctx.moderation.merge(decision)
            if decision.action == "flag" and self._ctx.moderation.case_id is None:
                self._ctx.moderation.case_id = await self._open_case(decision)

    async def _open_case(self, decision: Decision) -> str:
        ctx = self._ctx
        self._ctx.moderation.merge(decision)
        assert ctx.key is not None
        assert ctx.tier is not None
        assert ctx.model is not None
        case_id = await self._cases.open_case(
            CaseRequest(
                request_id=ctx.request_id,
                stage="output",
                decision=decision,
                tier=ctx.tier.name,
                model=ctx.model.name,
                key_id=ctx.key.key_id,
                account=ctx.key.account,
                prompt=ctx.prompt_text,
                answer=ctx.completion_text,
                endpoint=ctx.endpoint,
                # A stream keeps no whole answer: an approval sends the request again, whole.
                body=_encoder.encode(ctx.body),
            )
        )
        ctx.moderation.case_id = case_id
        return case_id
