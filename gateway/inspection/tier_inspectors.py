"""One input and one output inspector per inspection profile, shared by the tiers using it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from gateway.inspection.inspector import Inspector
from gateway.policy.catalog import TierSpec
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import load_inspection_profiles


class TierInspectors:
    """Inspectors built once at start-up from `inspection.yaml`, found by a tier's profile."""

    def __init__(
        self, policies_dir: Path, tiers: Mapping[str, TierSpec], also: Iterable[str] = ()
    ) -> None:
        """`also` names profiles no tier uses but a request may be switched to (the risk
        escalation's stricter profile)."""
        path = policies_dir / "inspection.yaml"
        profiles = load_inspection_profiles(path)
        used = {tier.inspection for tier in tiers.values()} | set(also)
        for tier in tiers.values():
            if tier.inspection not in profiles:
                known = ", ".join(sorted(profiles))
                raise PolicyError(
                    policies_dir / "tiers.yaml",
                    None,
                    f"tier {tier.name!r} names inspection profile {tier.inspection!r}, "
                    f"which {path.name} does not define (known: {known})",
                )
        self._input = {name: Inspector.from_profile(profiles[name], "input") for name in used}
        self._output = {name: Inspector.from_profile(profiles[name], "output") for name in used}

    def for_input(self, tier: TierSpec) -> Inspector:
        """The inspector of `tier`'s prompts."""
        return self._input[tier.inspection]

    def for_output(self, tier: TierSpec) -> Inspector:
        """The inspector of `tier`'s answers."""
        return self._output[tier.inspection]

    async def aclose(self) -> None:
        """Release what external detectors hold."""
        for inspector in (*self._input.values(), *self._output.values()):
            await inspector.aclose()
