"""`ModelStateBoard`: the catalogue as it is right now, with overrides applied to models.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from gateway.policy.catalog import ModelSpec, ReleaseStage


@dataclass(frozen=True, slots=True)
class ModelOverride:
    """What an admin changed about one model: its stage (None keeps the file's) and the switch."""

    model: str
    stage: ReleaseStage | None = None
    disabled: bool = False
    reason: str | None = None


class ModelStateBoard:
    """Holds the effective catalogue; `apply` swaps in a new set of overrides atomically.

    Readers take `models` and `disabled` once per request; each is an immutable snapshot, so a
    change arriving mid-request never shows half-applied.
    """

    def __init__(self, base: Mapping[str, ModelSpec]) -> None:
        self._base = dict(base)
        self._models: Mapping[str, ModelSpec] = MappingProxyType(dict(base))
        self._overrides: Mapping[str, ModelOverride] = MappingProxyType({})
        self._disabled: frozenset[str] = frozenset()

    @property
    def models(self) -> Mapping[str, ModelSpec]:
        """Every model, with its effective release stage."""
        return self._models

    @property
    def overrides(self) -> Mapping[str, ModelOverride]:
        """The overrides in force, by model name."""
        return self._overrides

    def is_disabled(self, name: str) -> bool:
        """Whether the kill switch is on for `name`."""
        return name in self._disabled

    def base_stage(self, name: str) -> ReleaseStage | None:
        """The stage models.yaml gives `name`, whatever the override."""
        spec = self._base.get(name)
        return spec.stage if spec is not None else None

    def apply(self, overrides: Mapping[str, ModelOverride]) -> None:
        """Replace every override at once (unknown model names are kept but have no effect)."""
        models = {}
        for name, spec in self._base.items():
            override = overrides.get(name)
            stage = override.stage if override is not None else None
            models[name] = replace(spec, stage=stage) if stage is not None else spec
        self._overrides = MappingProxyType(dict(overrides))
        self._disabled = frozenset(name for name, o in overrides.items() if o.disabled)
        self._models = MappingProxyType(models)
