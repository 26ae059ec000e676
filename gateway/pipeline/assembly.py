"""The ordered stages and finishers of each kind of request, assembled in this one place.

Read top to bottom, this is what happens to a developer's request: its stages, then, once the
response is out (however it ended), its finishers.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.access.authenticator import KeyAuthenticator
from gateway.access.terms_check import TermsChecker
from gateway.audit import AuditWriter
from gateway.control.model_board import ModelStateBoard
from gateway.inspection.cases import CaseSink, LoggedCaseSink
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.limits import InProcessBackend, LimiterBackend
from gateway.metrics import RequestMetrics
from gateway.pipeline.review_assembly import ReviewPipelines, build_review_pipelines
from gateway.pipeline.stage import Finisher, Pipeline, Stage
from gateway.policy.catalog import PolicySet
from gateway.review.service import ReviewService
from gateway.risk.tracker import RiskTracker
from gateway.stages.access_log import AccessLog
from gateway.stages.authorize import Authorize
from gateway.stages.close_stream import CloseUnsentStream
from gateway.stages.forward import Forward
from gateway.stages.identify import Identify
from gateway.stages.inspect_input import InspectInput
from gateway.stages.inspect_output import InspectOutput
from gateway.stages.limit import EnforceLimits, SettleLimits
from gateway.stages.list_models import ListModels
from gateway.stages.observe import ObserveMetrics
from gateway.stages.parse_body import ParseBody
from gateway.stages.read_body import ReadBody
from gateway.stages.record import RecordAudit, RecordBeforeAnswer
from gateway.stages.risk_gate import RiskGate, UpdateRisk
from gateway.stages.risk_hold import RiskHold
from gateway.stages.show_terms import AcceptTerms, ShowTerms
from gateway.stages.show_usage import ShowUsage
from gateway.stages.terms_gate import TermsGate
from gateway.stages.tier_rules import EnforceTierRules
from gateway.upstream.client import UpstreamPool


@dataclass(frozen=True, slots=True)
class Pipelines:
    """One pipeline per kind of developer request."""

    model_call: Pipeline
    list_models: Pipeline
    usage: Pipeline
    terms: Pipeline | None = None
    accept_terms: Pipeline | None = None
    review: ReviewPipelines | None = None


def build_pipelines(
    *,
    authenticator: KeyAuthenticator,
    policies: PolicySet,
    upstreams: UpstreamPool,
    limiter: LimiterBackend | None,
    audit: AuditWriter | None,
    access_log: bool = True,
    metrics: RequestMetrics | None = None,
    board: ModelStateBoard | None = None,
    terms: TermsChecker | None = None,
    inspectors: TierInspectors | None = None,
    cases: CaseSink | None = None,
    risk: RiskTracker | None = None,
    review: ReviewService | None = None,
) -> Pipelines:
    """The stages and finishers, in order. `None` switches limits or audit off (benchmarks)."""
    record = (
        RecordAudit(audit, policies.version, frozenset(policies.models))
        if audit is not None
        else None
    )
    # What every request leaves behind, in this order: the log line, the audit record, then
    # the metrics (last, so that a metrics failure can never cost a request its record).
    recorded: list[Finisher] = [
        *([AccessLog()] if access_log else []),
        *([record] if record is not None else []),
        *([ObserveMetrics(metrics)] if metrics is not None else []),
    ]
    # The commit durability mode: each answer waits until its audit record is durable.
    first: list[Stage] = (
        [RecordBeforeAnswer(record)] if record is not None and audit and audit.answers_wait else []
    )
    identify = Identify(authenticator, policies)
    # The limiter's admit also reads the account's risk standing (no extra round trip).
    peek = (lambda key: risk.state_keys(key.account, key.limit_subject)) if risk else None
    limit: list[Stage] = [EnforceLimits(limiter, peek)] if limiter is not None else []
    settle: list[Finisher] = [SettleLimits(limiter)] if limiter is not None else []
    board = board or ModelStateBoard(policies.models)
    terms_gate: list[Stage] = [TermsGate(terms)] if terms is not None else []
    inspect_input: list[Stage] = []
    inspect_output: list[Stage] = []
    if inspectors is not None:
        sink = cases or LoggedCaseSink()
        inspect_input = [InspectInput(inspectors, sink)]
        inspect_output = [InspectOutput(inspectors, sink)]
    risk_gate: list[Stage] = [RiskGate(risk)] if risk is not None else []
    risk_hold: list[Stage] = [RiskHold(cases or LoggedCaseSink())] if risk is not None else []
    update_risk: list[Finisher] = [UpdateRisk(risk)] if risk is not None else []
    authorize = Authorize(policies, board)
    model_call = Pipeline(
        [
            *first,  # the commit durability mode: the answer waits for its audit record
            ReadBody(),  # the body, refused past the size limit
            identify,  # who is calling (API key -> account, tier)
            ParseBody(),  # the body is JSON of the endpoint's shape
            authorize,  # the tier may use this model at its stage; not disabled
            *terms_gate,  # the account accepted the terms the tier and the model require
            EnforceTierRules(),  # parameters, max_tokens cap, message count
            *limit,  # requests, concurrency and tokens, reserved in one step
            *risk_gate,  # the account's standing: suspended (403) or inspected more strictly
            *inspect_input,  # detectors over the prompt -> allow, redact, flag, hold or block
            *risk_hold,  # an account escalated to `hold`: each request waits for a reviewer
            Forward(upstreams),  # to the model's upstream, whole or streamed
            *inspect_output,  # detectors over the answer; streams released behind a hold-back
        ],
        finishers=[
            CloseUnsentStream(),  # an upstream stream that a later stage refused to relay
            *update_risk,  # the account's risk record learns how this request went
            *settle,  # the lease stops renewing; tokens charged as used, the rest given back
            *recorded,  # access log line, audit record, metrics
        ],
    )
    list_models = Pipeline([*first, identify, ListModels(policies, board)], recorded)
    usage = Pipeline([*first, identify, ShowUsage(limiter or InProcessBackend())], recorded)
    reviews = None
    if review is not None:  # polls, reports, appeals and webhooks; see review_assembly.py
        reviews = build_review_pipelines(
            review,
            first=first,
            recorded=recorded,
            identify=identify,
            authorize=authorize,
            limiter=limiter,
            upstreams=upstreams,
            inspectors=inspectors,
        )
    if terms is None:
        return Pipelines(
            model_call=model_call, list_models=list_models, usage=usage, review=reviews
        )
    return Pipelines(
        model_call=model_call,
        list_models=list_models,
        usage=usage,
        review=reviews,
        terms=Pipeline([*first, identify, ShowTerms(terms, board)], recorded),
        accept_terms=Pipeline([*first, ReadBody(), identify, AcceptTerms(terms)], recorded),
    )
