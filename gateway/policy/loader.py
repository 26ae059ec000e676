"""Loading `policies/`: tiers and models become a frozen `PolicySet`, or fail with file:line."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from gateway.limits.spec import LimitSpec
from gateway.policy.catalog import (
    ENDPOINTS,
    RELEASE_STAGES,
    Endpoint,
    ModelSpec,
    PolicySet,
    ReleaseStage,
    ReviewPolicy,
    TierSpec,
    UpstreamSpec,
)
from gateway.policy.errors import PolicyError
from gateway.policy.field_reader import FieldReader
from gateway.policy.yaml_source import load_yaml

_UPSTREAM_FIELDS = {"base_url", "api_key_env", "timeout", "max_connections", "headers"}
_MODEL_FIELDS = {"upstream", "upstream_model", "kind", "stage", "endpoints", "card", "terms"}
_MODEL_FIELDS |= {"infer_path"}
_TIER_FIELDS = {"description", "models", "stages", "max_tokens", "max_messages"}
_TIER_FIELDS |= {"forbidden_parameters", "strict_unknown_fields", "inspection", "limits"}
_TIER_FIELDS |= {"terms", "audit_content", "review"}


def _upstream(name: str, fields: FieldReader, variables: Mapping[str, str]) -> UpstreamSpec:
    fields.reject_unknown(_UPSTREAM_FIELDS)
    base_url = fields.get("base_url", str).rstrip("/")
    if not base_url.startswith(("http://", "https://")):
        raise fields.fail("base_url", "'base_url' must be an http:// or https:// URL")
    warnings: list[str] = []
    if base_url.endswith("/v1"):
        # SDKs are configured with `.../v1`; the gateway adds `/v1/chat/completions` itself,
        # so taken literally that would call `/v1/v1/...` and every request would 404.
        base_url = base_url.removesuffix("/v1")
        warnings.append(
            str(fields.fail("base_url", f"'base_url' ends in /v1: the gateway uses {base_url}"))
        )
    api_key = None
    env_name = fields.get("api_key_env", str, default="")
    if env_name:
        # The credential itself never sits in a policy file, only the variable's name.
        api_key = variables.get(env_name) or None
        if api_key is None:
            message = f"'api_key_env' names {env_name}, which is not set: no credential is sent"
            warnings.append(str(fields.fail("api_key_env", message)))
    timeout = fields.child("timeout", default={})
    timeout.reject_unknown({"connect", "read"})
    headers = fields.get("headers", dict, default={})
    return UpstreamSpec(
        name=name,
        base_url=base_url,
        api_key=api_key,
        connect_timeout=timeout.positive_number("connect", default=2.0),
        read_timeout=timeout.positive_number("read", default=60.0),
        max_connections=fields.positive_int("max_connections", default=256),
        headers={str(k): str(v) for k, v in headers.items()},
        api_key_env=env_name,
        warnings=tuple(warnings),
    )


def _model(name: str, fields: FieldReader, upstreams: Mapping[str, UpstreamSpec]) -> ModelSpec:
    fields.reject_unknown(_MODEL_FIELDS)
    upstream = fields.get("upstream", str)
    if upstream not in upstreams:
        raise fields.fail("upstream", f"unknown upstream {upstream!r}")
    kind = fields.choice("kind", ("openai", "json"), default="openai")
    default_endpoints = ("chat", "completions") if kind == "openai" else ("infer",)
    endpoints = fields.strings("endpoints", default=default_endpoints)
    for endpoint in endpoints:
        if endpoint not in ENDPOINTS:
            raise fields.fail("endpoints", f"unknown endpoint {endpoint!r}")
    if kind == "json" and set(endpoints) != {"infer"}:
        raise fields.fail("endpoints", "a plain JSON model serves only the 'infer' endpoint")
    card = fields.get("card", dict, default={})
    infer_path = fields.get("infer_path", str, default="/infer")
    if not infer_path.startswith("/"):
        raise fields.fail("infer_path", "'infer_path' must start with '/'")
    return ModelSpec(
        name=name,
        upstream=upstream,
        upstream_model=fields.get("upstream_model", str, default=name),
        kind=cast("Any", kind),
        stage=cast("ReleaseStage", fields.choice("stage", RELEASE_STAGES)),
        endpoints=frozenset(cast("tuple[Endpoint, ...]", endpoints)),
        card=dict(card),
        terms=fields.strings("terms"),
        infer_path=infer_path,
    )


def _tier(name: str, fields: FieldReader) -> TierSpec:
    fields.reject_unknown(_TIER_FIELDS)
    stages = fields.strings("stages", default=("general", "deprecated"))
    for stage in stages:
        if stage not in RELEASE_STAGES:
            raise fields.fail("stages", f"unknown release stage {stage!r}")
    return TierSpec(
        name=name,
        description=fields.get("description", str, default=""),
        models=fields.strings("models", default=("*",)),
        stages=frozenset(cast("tuple[ReleaseStage, ...]", stages)),
        max_tokens=fields.positive_int("max_tokens"),
        max_messages=fields.positive_int("max_messages", default=256),
        forbidden_parameters=frozenset(fields.strings("forbidden_parameters")),
        strict_unknown_fields=fields.get("strict_unknown_fields", bool, default=False),
        inspection=fields.get("inspection", str, default="standard"),
        limits=_limits(fields),
        terms=fields.strings("terms"),
        audit_content=cast(
            "Any",
            fields.choice("audit_content", ("none", "hash", "redacted", "encrypted"), "none"),
        ),
        review=_review(fields),
    )


def _review(fields: FieldReader) -> ReviewPolicy:
    review = fields.child("review", default={})
    review.reject_unknown({"sla_minutes", "on_expiry"})
    sla = review.positive_number("sla_minutes") if "sla_minutes" in review.mapping else None
    on_expiry = review.choice("on_expiry", ("release", "refuse"), "refuse")
    return ReviewPolicy(
        sla_minutes=sla, on_expiry="release" if on_expiry == "release" else "refuse"
    )


def _limits(fields: FieldReader) -> LimitSpec:
    try:
        return LimitSpec.from_mapping(fields.get("limits", dict, default={}))
    except ValueError as exc:
        raise fields.fail("limits", f"limits: {exc}") from exc


def _entries(fields: FieldReader, key: str) -> list[tuple[str, FieldReader]]:
    section = fields.child(key)
    if not section.mapping:
        raise fields.fail(key, f"{key!r} must name at least one entry")
    return [(name, section.child(name)) for name in section.mapping]


def load_policy_set(policies_dir: Path, variables: Mapping[str, str] | None = None) -> PolicySet:
    """Load and cross-check `models.yaml` and `tiers.yaml`; raises `PolicyError`."""
    variables = variables or {}
    models_path = policies_dir / "models.yaml"
    tiers_path = policies_dir / "tiers.yaml"
    models_doc = FieldReader(models_path, load_yaml(models_path, variables), "models.yaml")
    tiers_doc = FieldReader(tiers_path, load_yaml(tiers_path, variables), "tiers.yaml")
    models_doc.reject_unknown({"upstreams", "models"})
    tiers_doc.reject_unknown({"tiers"})

    upstreams = {
        name: _upstream(name, fields, variables)
        for name, fields in _entries(models_doc, "upstreams")
    }
    models = {
        name: _model(name, fields, upstreams) for name, fields in _entries(models_doc, "models")
    }
    tiers = {name: _tier(name, fields) for name, fields in _entries(tiers_doc, "tiers")}

    digest = hashlib.sha256()
    for path in sorted(policies_dir.rglob("*")):
        if path.is_file() and path.suffix in {".yaml", ".yml", ".md"}:
            digest.update(path.relative_to(policies_dir).as_posix().encode())
            digest.update(path.read_bytes())
    return PolicySet(
        upstreams=upstreams, models=models, tiers=tiers, version=digest.hexdigest()[:16]
    )


__all__ = ["PolicyError", "load_policy_set"]
