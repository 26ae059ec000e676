"""The ordered stages of each kind of request, assembled in this one place.

Read top to bottom, this is what happens to a developer's request.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.access.authenticator import KeyAuthenticator
from gateway.audit import AuditWriter
from gateway.limits import InProcessBackend, LimiterBackend
from gateway.pipeline.stage import Pipeline, Stage
from gateway.policy.catalog import PolicySet
from gateway.stages.access_log import AccessLog
from gateway.stages.authorize import Authorize
from gateway.stages.forward import Forward
from gateway.stages.identify import Identify
from gateway.stages.limit import EnforceLimits
from gateway.stages.list_models import ListModels
from gateway.stages.parse_body import ParseBody
from gateway.stages.read_body import ReadBody
from gateway.stages.record import RecordAudit
from gateway.stages.show_usage import ShowUsage
from gateway.stages.tier_rules import EnforceTierRules
from gateway.upstream.client import UpstreamPool


@dataclass(frozen=True, slots=True)
class Pipelines:
    """One pipeline per kind of developer request."""

    model_call: Pipeline
    list_models: Pipeline
    usage: Pipeline


def build_pipelines(
    *,
    authenticator: KeyAuthenticator,
    policies: PolicySet,
    upstreams: UpstreamPool,
    limiter: LimiterBackend | None,
    audit: AuditWriter | None,
    access_log: bool = True,
) -> Pipelines:
    """The stages, in order. `None` switches limits or audit off (benchmarks only)."""
    record: list[Stage] = [RecordAudit(audit, policies.version)] if audit is not None else []
    if access_log:
        record.append(AccessLog())
    identify = Identify(authenticator, policies)
    limit: list[Stage] = [EnforceLimits(limiter)] if limiter is not None else []
    model_call = Pipeline(
        [
            *record,  # audit record and access log line, written once the response is done
            ReadBody(),  # the body, refused past the size limit
            identify,  # who is calling (API key -> account, tier)
            ParseBody(),  # the body is JSON of the endpoint's shape
            Authorize(policies),  # the tier may use this model at its release stage
            EnforceTierRules(),  # parameters, max_tokens cap, message count
            *limit,  # requests, concurrency and tokens, reserved in one step
            Forward(upstreams),  # to the model's upstream, whole or streamed
        ]
    )
    list_models = Pipeline([*record, identify, ListModels(policies)])
    usage = Pipeline([*record, identify, ShowUsage(limiter or InProcessBackend())])
    return Pipelines(model_call=model_call, list_models=list_models, usage=usage)
