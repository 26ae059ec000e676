"""The stages of the caller's review routes, and of releasing an approved held request.

Built by `build_pipelines` from the same record, identify and limit stages as every other
route, so a poll, a report or an appeal is identified (trusted proxies included), limited,
audited, access-logged and counted like a model call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gateway.inspection.tier_inspectors import TierInspectors
from gateway.limits import LimiterBackend
from gateway.pipeline.stage import Pipeline, Stage
from gateway.policy.inspection_profile import Action
from gateway.review.service import ReviewService
from gateway.stages.authorize import Authorize
from gateway.stages.forward import Forward
from gateway.stages.inspect_release import InspectReleasedAnswer
from gateway.stages.limit import EnforceLimits
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
    record: Sequence[Stage],
    identify: Stage,
    authorize: Authorize,
    limiter: LimiterBackend | None,
    upstreams: UpstreamPool,
    inspectors: TierInspectors | None,
) -> ReviewPipelines:
    """The stages, in order (`record` registers the audit record, access log and metrics)."""
    polls: list[Stage] = []
    filings: list[Stage] = []
    model_limits: list[Stage] = []
    if limiter is not None:
        polls = [EnforceRedressLimit(limiter, "review_polls", review.polls_per_minute)]
        filings = [EnforceRedressLimit(limiter, "review_filings", review.filings_per_minute)]
        model_limits = [EnforceLimits(limiter)]

    def release(refuse_from: Action) -> Pipeline:
        inspect: list[Stage] = (
            [InspectReleasedAnswer(inspectors, refuse_from)] if inspectors is not None else []
        )
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
        poll=Pipeline([*record, identify, *polls, AnswerPoll(review.release, releases)]),
        webhook=Pipeline([*record, ReadBody(), identify, *filings, RegisterWebhook(review)]),
        report=Pipeline([*record, ReadBody(), identify, *filings, FileRedress(review, False)]),
        appeal=Pipeline([*record, ReadBody(), identify, *filings, FileRedress(review, True)]),
    )
