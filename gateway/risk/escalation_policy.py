"""`policies/escalation.yaml`: how a risk record's figures move an account to a stricter step.

Parsed once into frozen objects; a mistake is a `PolicyError` with the file and line. Each rule
names figures and thresholds (one number for every tier, or one per tier with `default`), the
step it moves the account (or key) to, and whether admins are told.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from gateway.detectors import taxonomy
from gateway.policy.errors import PolicyError
from gateway.policy.field_reader import FieldReader
from gateway.policy.yaml_source import load_yaml
from gateway.reporting.period import parse_duration
from gateway.risk.escalation_state import STEPS, Step, rank
from gateway.risk.figures import CATEGORY_PREFIX, FIGURES, DecaySettings

FILE_NAME = "escalation.yaml"
DEFAULT_TIER = "default"
_TOP_FIELDS = {"decay", "retries", "sweeps", "stricter_profile", "rules"}
_RULE_FIELDS = {"id", "description", "when", "step", "notify", "tiers"}


@dataclass(frozen=True, slots=True)
class SimilaritySettings:
    """How near-duplicate prompts are recognised, and how long a fingerprint is kept."""

    similarity: float
    """Share of fingerprint slots that must agree (0-1)."""
    remember_s: float
    """How long a fingerprint is kept (its TTL in the store)."""


@dataclass(frozen=True, slots=True)
class Threshold:
    """`figure >= value` for the tier in question (or the default)."""

    figure: str
    by_tier: Mapping[str, float]

    def value_for(self, tier: str) -> float | None:
        """The threshold for `tier`; `None` when the rule sets none for it."""
        return self.by_tier.get(tier, self.by_tier.get(DEFAULT_TIER))


@dataclass(frozen=True, slots=True)
class EscalationRule:
    """When every threshold holds, move the subject to `step` (and tell admins if `notify`)."""

    id: str
    description: str
    thresholds: tuple[Threshold, ...]
    step: Step
    notify: bool
    tiers: frozenset[str]
    """Tiers the rule applies to; empty means every tier."""
    line: int

    def fires(self, figures: Mapping[str, float], tier: str) -> bool:
        """Whether every threshold holds for `tier` (a rule without one for the tier is quiet)."""
        if self.tiers and tier not in self.tiers:
            return False
        for threshold in self.thresholds:
            value = threshold.value_for(tier)
            if value is None or figures.get(threshold.figure, 0.0) < value:
                return False
        return True


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    """The whole file: decay, near-duplicate settings, the stricter profile and the rules."""

    decay: DecaySettings
    retries: SimilaritySettings
    sweeps: SimilaritySettings
    stricter_profile: str
    rules: tuple[EscalationRule, ...]
    source: Path
    warnings: tuple[str, ...] = ()
    """Accepted but probably wrong (a tier named that tiers.yaml lacks), with file:line."""

    def verdict(self, figures: Mapping[str, float], tier: str) -> EscalationRule | None:
        """The rule with the most severe step that fires (the first in file order on a tie)."""
        best: EscalationRule | None = None
        for rule in self.rules:
            if rule.fires(figures, tier) and (best is None or rank(rule.step) > rank(best.step)):
                best = rule
        return best


def _duration(fields: FieldReader, key: str, default: str) -> float:
    text = fields.get(key, str, default)
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise fields.fail(key, f"{key!r}: {exc}") from exc


def _share(fields: FieldReader, key: str, default: float) -> float:
    value: float = fields.get(key, (int, float), default)
    if not 0 < value <= 1:
        raise fields.fail(key, f"{key!r} must be a share between 0 (exclusive) and 1")
    return float(value)


def _similarity(
    fields: FieldReader, key: str, similarity: float, remember: str
) -> SimilaritySettings:
    section = fields.child(key, default={})
    section.reject_unknown({"similarity", "remember"})
    return SimilaritySettings(
        similarity=_share(section, "similarity", similarity),
        remember_s=_duration(section, "remember", remember),
    )


def _decay(fields: FieldReader) -> DecaySettings:
    section = fields.child("decay", default={})
    section.reject_unknown({"half_life", "recent_volume", "usual_volume", "usual_floor_per_minute"})
    return DecaySettings(
        events=_duration(section, "half_life", "30m"),
        recent=_duration(section, "recent_volume", "5m"),
        usual=_duration(section, "usual_volume", "1d"),
        baseline_floor_per_minute=section.positive_number("usual_floor_per_minute", default=1.0),
    )


def _figure_name(rule: FieldReader, name: str) -> str:
    if name in FIGURES:
        return name
    if name.startswith(CATEGORY_PREFIX) and taxonomy.is_known(name.removeprefix(CATEGORY_PREFIX)):
        return name
    known = ", ".join(FIGURES)
    raise rule.fail("when", f"unknown figure {name!r} (known: {known}, category.<category>)")


def _thresholds(
    rule: FieldReader, tiers: frozenset[str], warnings: list[str]
) -> tuple[Threshold, ...]:
    when = rule.child("when")
    if not when.mapping:
        raise rule.fail("when", "'when' must name at least one figure")
    thresholds = []
    for name, raw in when.mapping.items():
        figure = _figure_name(when, name)
        if isinstance(raw, dict):
            per_tier = FieldReader(when.path, raw, f"{when.where}.{name}", when.line_of(name))
            for tier in sorted(per_tier.mapping.keys() - tiers - {DEFAULT_TIER}):
                warnings.append(str(per_tier.fail(tier, _absent_tier(tier))))
            by_tier = {tier: per_tier.positive_number(tier) for tier in per_tier.mapping}
        else:
            by_tier = {DEFAULT_TIER: when.positive_number(name)}
        thresholds.append(Threshold(figure, MappingProxyType(by_tier)))
    return tuple(thresholds)


def _absent_tier(tier: str) -> str:
    return f"tier {tier!r} is not in tiers.yaml: its threshold never applies"


def _rule(fields: FieldReader, tiers: frozenset[str], warnings: list[str]) -> EscalationRule:
    fields.reject_unknown(_RULE_FIELDS)
    rule_tiers = frozenset(fields.strings("tiers"))
    # Not an error: a deployment with its own tiers.yaml still loads the shipped rules.
    for tier in sorted(rule_tiers - tiers):
        warnings.append(str(fields.fail("tiers", _absent_tier(tier))))
    step = fields.choice("step", STEPS[1:])
    return EscalationRule(
        id=fields.get("id", str),
        description=fields.get("description", str, default=""),
        thresholds=_thresholds(fields, tiers, warnings),
        step=step,  # type: ignore[arg-type]  # checked by choice()
        notify=fields.get("notify", bool, default=step == "suspend"),
        tiers=rule_tiers,
        line=fields.line or 0,
    )


def load_escalation_policy(
    policies_dir: Path, tiers: Iterable[str], profiles: Iterable[str]
) -> EscalationPolicy | None:
    """The policy in `policies_dir/escalation.yaml`, or `None` when the file is absent.

    `tiers` and `profiles` are the known tier and inspection profile names: an unknown profile
    fails here, not on the request that first needs it; a tier that tiers.yaml lacks is a
    warning (`policy check` prints it), so one escalation.yaml serves any set of tiers.
    """
    path = policies_dir / FILE_NAME
    if not path.exists():
        return None
    known_tiers = frozenset(tiers)
    document = FieldReader(path, load_yaml(path), FILE_NAME)
    document.reject_unknown(_TOP_FIELDS)
    profile = document.get("stricter_profile", str)
    if profile not in set(profiles):
        raise document.fail("stricter_profile", f"unknown inspection profile {profile!r}")
    raw_rules = document.get("rules", list)
    if not raw_rules:
        raise document.fail("rules", "'rules' must list at least one rule")
    rules = []
    warnings: list[str] = []
    for index, raw in enumerate(raw_rules):
        line = raw.line if hasattr(raw, "line") else document.line_of("rules")
        reader = FieldReader(path, raw, f"rules[{index}]", line)
        rules.append(_rule(reader, known_tiers, warnings))
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise PolicyError(path, rule.line, f"duplicate rule id {rule.id!r}")
        seen.add(rule.id)
    return EscalationPolicy(
        decay=_decay(document),
        retries=_similarity(document, "retries", 0.3, "15m"),
        sweeps=_similarity(document, "sweeps", 0.5, "10m"),
        stricter_profile=profile,
        rules=tuple(rules),
        source=path,
        warnings=tuple(warnings),
    )
