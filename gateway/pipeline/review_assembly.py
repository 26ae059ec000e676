"""The stages of the caller's review routes, and of releasing an approved held request.

Built by `build_pipelines` from the same identify and limit stages and the same finishers as
every other route, so a poll, a report or an appeal is identified (trusted proxies included),
limited, audited, access-logged and counted like a model call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gateway.inspection.tier_inspectors import TierInspectors
from gateway.limits import LimiterBackend
from gateway.pipeline.stage import Finisher, Pipeline, Stage
from gateway.policy.inspection_profile import Action
from gateway.review.service import ReviewService
from gateway.stages.authorize import Authorize
from gateway.stages.forward import Forward
from gateway.stages.inspect_release import InspectReleasedAnswer
from gateway.stages.limit import EnforceLimits, SettleLimits
from gateway.stages.read_body import ReadBody
from gateway.stages.redress_limit import EnforceRedressLimit
from gateway.stages.review_filing import FileRedress, RegisterWebhook
from gateway.stages.review_poll import AnswerPoll
from gateway.upstream.client import UpstreamPool


@dataclass(frozen=True, slots=True)
class ReviewPipelines:
    """One pipeline per review route of the developer API."""

    poll: Pipeline
    webhook: Pipeline
    report: Pipeline
    appeal: Pipeline


def build_review_pipelines(
    review: ReviewService,
    *,
    first: Sequence[Stage],
    recorded: Sequence[Finisher],
    identify: Stage,
    authorize: Authorize,
    limiter: LimiterBackend | None,
    upstreams: UpstreamPool,
    inspectors: TierInspectors | None,
) -> ReviewPipelines:
    """The stages and finishers, in order. `first` is what the answer waits for (the commit
    durability mode); `recorded` are the access log, audit record and metrics finishers."""
    polls: list[Stage] = []
    filings: list[Stage] = []
    model_limits: list[Stage] = []
    settle: list[Finisher] = []
    if limiter is not None:
        polls = [EnforceRedressLimit(limiter, "review_polls", review.polls_per_minute)]
        filings = [EnforceRedressLimit(limiter, "review_filings", review.filings_per_minute)]
        model_limits = [EnforceLimits(limiter)]
        settle = [SettleLimits(limiter)]  # a released request's limits, once the poll ends

    def release(refuse_from: Action) -> Pipeline:
        inspect: list[Stage] = (
            [InspectReleasedAnswer(inspectors, refuse_from)] if inspectors is not None else []
        )
        # No finishers of its own: it runs inside a poll, whose finishers end the request.
        return Pipeline(
            [
                authorize,  # the caller's tier may still use the model; it is not switched off
                *model_limits,  # the caller's model limits pay for the released request
                Forward(upstreams),  # once: the poll holds the case's release claim
                *inspect,  # the answer, judged like any other before the caller sees it
            ]
        )

    # A held prompt's answer was never reviewed (a hold refuses it); a held stream's was.
    releases = {"input": release("hold"), "output": release("block")}
    return ReviewPipelines(
        poll=Pipeline(
            [*first, identify, *polls, AnswerPoll(review.release, releases)],
            finishers=[*settle, *recorded],
        ),
        webhook=Pipeline(
            [*first, ReadBody(), identify, *filings, RegisterWebhook(review)], recorded
        ),
        report=Pipeline(
            [*first, ReadBody(), identify, *filings, FileRedress(review, False)], recorded
        ),
        appeal=Pipeline(
            [*first, ReadBody(), identify, *filings, FileRedress(review, True)], recorded
        ),
    )
