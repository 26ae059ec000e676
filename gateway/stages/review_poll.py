"""The last stage of `GET /v1/reviews/{id}`: the case's outcome, releasing an approved request."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from gateway.errors import ContentBlocked
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.pipeline.stage import Pipeline
from gateway.review.records import ReviewCase
from gateway.review.release import CaseRelease, PollAnswer, refusal
from gateway.schemas.prompt_text import collect_prompt

_encoder = msgspec.json.Encoder()


class AnswerPoll:
    """Answers from the stored case. The first poll after an approval claims the held request
    and sends it through the release pipeline of the stage that held it; polls meanwhile are
    told to come back, and every later one gets the stored answer."""

    def __init__(self, release: CaseRelease, releases: Mapping[str, Pipeline]) -> None:
        self._release = release
        self._releases = releases

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        case = await self._release.owned(ctx.case_id or "", ctx.key)
        answer = self._release.settled(case)
        if answer is None:
            answer = await self._forwarded(ctx, case)
        ctx.response_headers.update(answer.headers)
        # `json` too: settling the model limits estimates an answer without `usage` from it.
        ctx.reply = UpstreamReply(
            status=answer.status,
            headers={},
            body=_encoder.encode(answer.document),
            json=answer.document,
        )

    async def _forwarded(self, ctx: RequestContext, case: ReviewCase) -> PollAnswer:
        body = self._release.held_request(case)
        if not await self._release.claim(case):
            # Another poll forwards it, or has just stored the answer.
            assert ctx.key is not None
            fresh = await self._release.owned(case.case_id, ctx.key)
            return self._release.settled(fresh) or self._release.releasing(fresh)
        ctx.endpoint = "chat" if case.endpoint == "chat" else "completions"
        ctx.body = body
        ctx.prompt_text = collect_prompt(ctx.endpoint, body).text
        try:
            await self._releases[case.stage](ctx)
        except ContentBlocked as blocked:
            await self._release.refuse(case, blocked.detail)
            raise refusal(case, blocked.detail) from None
        except BaseException:
            await self._release.give_back(case)  # nothing was answered: a later poll retries
            raise
        assert ctx.reply is not None
        await self._release.keep(case, ctx.reply.json)
        return PollAnswer(200, ctx.reply.json, {"x-modelgate-case": case.case_id})
