"""The frozen policy model: upstreams, models (with their cards) and tiers."""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from gateway.limits.spec import LimitSpec

ReleaseStage = Literal["internal", "limited", "general", "deprecated", "retired"]
RELEASE_STAGES: tuple[ReleaseStage, ...] = (
    "internal",
    "limited",
    "general",
    "deprecated",
    "retired",
)
Endpoint = Literal["chat", "completions", "embeddings", "infer"]
ENDPOINTS: tuple[Endpoint, ...] = ("chat", "completions", "embeddings", "infer")
AuditContent = Literal["none", "hash", "redacted", "encrypted"]


@dataclass(frozen=True, slots=True)
class UpstreamSpec:
    """A model server the gateway forwards to; its credential comes from configuration only."""

    name: str
    base_url: str
    api_key: str | None = None
    connect_timeout: float = 2.0
    read_timeout: float = 60.0
    max_connections: int = 256
    headers: Mapping[str, str] = field(default_factory=dict)
    api_key_env: str = ""
    """The variable the credential is read from ("" when the upstream takes none)."""
    warnings: tuple[str, ...] = ()
    """What loading noticed but accepted (file:line first), for `modelgate policy check`."""


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """A catalogue entry: where the model is served, its release stage and its card."""

    name: str
    upstream: str
    upstream_model: str
    kind: Literal["openai", "json"]
    stage: ReleaseStage
    endpoints: frozenset[Endpoint]
    card: Mapping[str, Any] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    infer_path: str = "/infer"


@dataclass(frozen=True, slots=True)
class ReviewPolicy:
    """How long a tier's review cases may wait, and what happens to a held one that waits on."""

    sla_minutes: float | None = None
    """Minutes before a waiting case escalates; None: the gateway's default SLA."""
    on_expiry: Literal["release", "refuse"] = "refuse"
    """What a held case becomes once it waited twice its SLA without a decision."""


@dataclass(frozen=True, slots=True)
class TierSpec:
    """What one access tier may use, and how much of it."""

    name: str
    description: str
    models: tuple[str, ...]
    stages: frozenset[ReleaseStage]
    max_tokens: int
    max_messages: int = 256
    forbidden_parameters: frozenset[str] = frozenset()
    strict_unknown_fields: bool = False
    inspection: str = "standard"
    limits: LimitSpec = field(default_factory=LimitSpec)
    terms: tuple[str, ...] = ()
    audit_content: AuditContent = "none"
    review: ReviewPolicy = field(default_factory=ReviewPolicy)

    def allows_model(self, model: ModelSpec) -> bool:
        """Whether this tier may use `model` at its current release stage."""
        if model.stage not in self.stages:
            return False
        return any(fnmatch.fnmatchcase(model.name, pattern) for pattern in self.models)


@dataclass(frozen=True, slots=True)
class PolicySet:
    """Everything loaded from `policies/`, with the content hash that versions it."""

    upstreams: Mapping[str, UpstreamSpec]
    models: Mapping[str, ModelSpec]
    tiers: Mapping[str, TierSpec]
    version: str

    def visible_models(self, tier: TierSpec) -> list[ModelSpec]:
        """The models `tier` may use, in catalogue order."""
        return [model for model in self.models.values() if tier.allows_model(model)]
