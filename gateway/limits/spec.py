"""A tier's (or a key's) limits as one frozen value, parsed and validated at load time."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Final

LIMIT_FIELDS: Final = ("requests_per_minute", "concurrent", "tokens_per_minute", "tokens_per_day")
_MODELS_KEY: Final = "models"


def _empty_overrides() -> Mapping[str, LimitSpec]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class LimitSpec:
    """Limits for one subject; `None` means unlimited, `per_model` adds limits for one model.

    Per-model limits apply on top of the subject's own limits (both must admit), with their
    own counters: `models: {demo-large: {tokens_per_day: 50000}}` caps demo-large at 50,000
    tokens a day while all models together stay within the tier's `tokens_per_day`.
    """

    requests_per_minute: int | None = None
    """Requests admitted in any sliding 60-second window."""
    concurrent: int | None = None
    """Requests in flight at once (leases released on settle, or expired by TTL)."""
    tokens_per_minute: int | None = None
    """Tokens (reserved, then settled to actual usage) per fixed 60-second window."""
    tokens_per_day: int | None = None
    """Tokens per UTC day."""
    per_model: Mapping[str, LimitSpec] = field(default_factory=_empty_overrides, hash=False)
    """Extra limits for one model, counted separately from the subject's own limits."""

    def __post_init__(self) -> None:
        for name in LIMIT_FIELDS:
            _check_quota(name, getattr(self, name))
        for model, spec in self.per_model.items():
            if spec.per_model:
                raise ValueError(f"models.{model}: per-model limits cannot nest 'models'")
        # A read-only view so that a shared tier spec cannot be changed through a reference.
        object.__setattr__(self, "per_model", MappingProxyType(dict(self.per_model)))

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> LimitSpec:
        """Parse the `limits:` mapping of a tier or key; raise `ValueError` naming the field."""
        if not isinstance(data, Mapping):
            raise ValueError(f"limits must be a mapping, not {type(data).__name__}")
        unknown = sorted(str(k) for k in data if k not in (*LIMIT_FIELDS, _MODELS_KEY))
        if unknown:
            allowed = ", ".join((*LIMIT_FIELDS, _MODELS_KEY))
            raise ValueError(f"unknown limit {', '.join(unknown)} (allowed: {allowed})")
        values = {name: _check_quota(name, data.get(name)) for name in LIMIT_FIELDS}
        models = data.get(_MODELS_KEY) or {}
        if not isinstance(models, Mapping):
            raise ValueError(f"models must be a mapping of model name to limits, not {models!r}")
        per_model: dict[str, LimitSpec] = {}
        for model, sub in models.items():
            if not isinstance(model, str) or not model:
                raise ValueError(f"models: model names must be non-empty strings, not {model!r}")
            if not isinstance(sub, Mapping):
                raise ValueError(f"models.{model} must be a mapping of limits, not {sub!r}")
            if _MODELS_KEY in sub:
                raise ValueError(f"models.{model}: per-model limits cannot nest 'models'")
            try:
                per_model[model] = cls.from_mapping(sub)
            except ValueError as exc:
                raise ValueError(f"models.{model}.{exc}") from None
        return cls(**values, per_model=per_model)

    def merged_with(self, override: LimitSpec) -> LimitSpec:
        """This spec with every limit that `override` sets replacing ours (a key's override).

        An override can raise or lower a limit but not remove one (its `None` means "not
        overridden"); to lift a limit, give the key a tier without it.
        """
        changes: dict[str, object] = {
            name: getattr(override, name)
            for name in LIMIT_FIELDS
            if getattr(override, name) is not None
        }
        models = dict(self.per_model)
        for model, spec in override.per_model.items():
            models[model] = models[model].merged_with(spec) if model in models else spec
        return replace(self, **changes, per_model=models)  # type: ignore[arg-type]

    def scaled(self, factor: float) -> LimitSpec:
        """Every quota times `factor`, rounded up to at least 1 (e.g. one replica's share)."""
        if factor <= 0:
            raise ValueError(f"scale factor must be positive, not {factor}")
        changes = {
            name: max(1, math.ceil(value * factor))
            for name in LIMIT_FIELDS
            if (value := getattr(self, name)) is not None
        }
        models = {model: spec.scaled(factor) for model, spec in self.per_model.items()}
        return replace(self, **changes, per_model=models)

    @property
    def is_unlimited(self) -> bool:
        """True when no limit at all applies, so a backend can skip its store entirely."""
        own = all(getattr(self, name) is None for name in LIMIT_FIELDS)
        return own and all(spec.is_unlimited for spec in self.per_model.values())


def _check_quota(name: str, value: object) -> int | None:
    # bool is an int subclass; `true` in YAML is almost certainly a mistake, not a quota of 1.
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a positive integer or null, not {value!r}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1 (got {value}); null means unlimited")
    return value


__all__ = ["LIMIT_FIELDS", "LimitSpec"]
