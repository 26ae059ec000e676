"""`GuardedStream`: output inspection for streamed completions, chunk by chunk.

Every text a choice streams (content, reasoning, refusal, each tool call's arguments: see
`stream_channels`) goes through its own `StreamGuard`; only text a guard has released (and
redacted) is sent, in chunks carrying the upstream's envelope. What is left of a chunk (tool
names, unknown fields, the usage chunk's extras, an upstream error's message) is inspected
whole and redacted before it is sent. An upstream error event first releases what the guards
hold, if it is clean. When a guard stops the stream (a `block` or `hold`), the choice ends with
`finish_reason: "content_filter"`, an error event says why, and the relay ends the stream.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from gateway.inspection.cases import CaseRequest, CaseSink
from gateway.inspection.field_redaction import redact_in_place
from gateway.inspection.inspector import Inspector
from gateway.inspection.message_views import Message
from gateway.inspection.moderation import Moderation
from gateway.inspection.stream_channels import take_texts, text_choice, worth_sending
from gateway.inspection.stream_guard import STOPPING_ACTIONS, GuardStep, StreamGuard
from gateway.policy.decide import Decision
from gateway.schemas.field_inventory import CHUNK
from gateway.schemas.prompt_text import collect_texts, units

_encoder = msgspec.json.Encoder()
_ENVELOPE = ("id", "object", "created", "model", "system_fingerprint")

GuardKey = tuple[int, str]


def _event(document: Any) -> bytes:
    return b"data: " + _encoder.encode(document) + b"\n\n"


class GuardedStream:
    """Rewrites a completion stream so that no text leaves before it was checked."""

    def __init__(
        self,
        moderation: Moderation,
        inspector: Inspector,
        cases: CaseSink,
        describe_case: Callable[[Decision], CaseRequest],
        endpoint: str,
    ) -> None:
        """`moderation` collects the verdicts (the request's); `describe_case` says what a case
        about a decision is opened with, when the stream stops or flags."""
        self._moderation = moderation
        self._inspector = inspector
        self._cases = cases
        self._describe_case = describe_case
        self._chat = endpoint == "chat"  # chat streams `delta`s, completions stream `text`
        self._guards: dict[GuardKey, StreamGuard] = {}
        self._finished: set[GuardKey] = set()
        self._whole: list[Decision] = []  # decisions on what was inspected whole
        self._envelope: dict[str, Any] = {}
        self.stopped = False

    async def on_chunk(self, chunk: dict[str, Any]) -> list[bytes]:
        """The events to send for one upstream chunk."""
        self._envelope = {key: chunk[key] for key in _ENVELOPE if key in chunk}
        events: list[bytes] = []
        if chunk.get("error") is not None:
            # The upstream gives up: what it sent before is released first, if clean.
            events += await self.release_held()
        if self.stopped:
            return events
        pieces: list[tuple[int, dict[str, Any], list[tuple[str, str]]]] = []
        choices = chunk.get("choices")
        for choice in choices if isinstance(choices, list) else []:
            if isinstance(choice, dict):
                index = choice.get("index")
                index = index if isinstance(index, int) else 0
                pieces.append((index, choice, take_texts(choice, self._chat)))
        events += await self._inspect_whole(chunk)
        if self.stopped:
            return events
        finishing = False
        released: list[bytes] = []
        for index, choice, texts in pieces:
            if texts:
                # The text is re-cut; token log probabilities would no longer match it.
                choice.pop("logprobs", None)
            for channel, text in texts:
                guard = self._guards.setdefault((index, channel), StreamGuard(self._inspector))
                released += await self._apply(index, channel, await guard.push(text))
                if self.stopped:
                    return events + released
            if choice.get("finish_reason") is not None:
                finishing = True
                released += await self._finish(index)
                if self.stopped:
                    return events + released
        kept = [
            choice for _, choice, texts in pieces if worth_sending(choice, bool(texts), self._chat)
        ]
        rest: list[bytes] = []
        others = [k for k, v in chunk.items() if k not in (*_ENVELOPE, "choices") and v is not None]
        if kept or others or not isinstance(choices, list):
            document = {**chunk, "choices": kept} if isinstance(choices, list) else chunk
            rest = [_event(document)]
        # A finish goes after the text it ends; a role or a tool call's name before its text.
        return events + (released + rest if finishing else rest + released)

    async def release_held(self) -> list[bytes]:
        """Inspect and release what every unfinished guard still holds."""
        return await self._finish(None)

    async def on_end(self) -> list[bytes]:
        """The upstream is done: release what every guard still holds, record the verdict."""
        events = await self.release_held()
        await self._record()
        return events

    async def _finish(self, choice: int | None) -> list[bytes]:
        """Release what the guards of `choice` (None: of every choice) still hold."""
        events: list[bytes] = []
        for key, guard in list(self._guards.items()):
            if self.stopped or key in self._finished or choice not in (None, key[0]):
                continue
            self._finished.add(key)
            events += await self._apply(key[0], key[1], await guard.finish())
        return events

    async def _inspect_whole(self, chunk: dict[str, Any]) -> list[bytes]:
        """Inspect and redact in place what the chunk carries whole; stop if the rules say so."""
        read = collect_texts(CHUNK, chunk)
        if not read.text.strip():
            return []
        messages = tuple(Message(s, e, role) for s, e, role in units(read.text, read.segments))
        decision = await self._inspector.check(read.text, messages)
        self._whole.append(decision)
        if decision.action in STOPPING_ACTIONS:
            return await self._apply(0, "", GuardStep("", decision, True))
        redact_in_place(chunk, read.text, read.segments, decision.redactions)
        return []

    async def _apply(self, index: int, channel: str, step: GuardStep) -> list[bytes]:
        if not step.stop:
            return [self._text_chunk(index, channel, step.release)] if step.release else []
        self.stopped = True
        assert step.decision is not None
        case_id = await self._open_case(step.decision)
        end: dict[str, Any] = {"index": index, "finish_reason": "content_filter"}
        if self._chat:
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

    def _text_chunk(self, index: int, channel: str, text: str) -> bytes:
        return _event({**self._envelope, "choices": [text_choice(index, channel, text)]})

    async def _record(self) -> None:
        decisions = [g.decision for g in self._guards.values() if g.decision is not None]
        decisions += self._whole
        for decision in decisions:
            self._moderation.merge(decision)
            if decision.action == "flag" and self._moderation.case_id is None:
                self._moderation.case_id = await self._open_case(decision)

    async def _open_case(self, decision: Decision) -> str:
        self._moderation.merge(decision)
        case_id = await self._cases.open_case(self._describe_case(decision))
        self._moderation.case_id = case_id
        return case_id
