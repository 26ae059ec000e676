"""Inspection profiles from `policies/inspection.yaml`: which detectors run at each stage, and
which rule turns a finding into an action. Parsed once into frozen objects; any mistake is a
`PolicyError` naming the file and line.

A profile may `extends:` another: it inherits detectors, stage lists and rules; a rule with the
same id replaces the inherited one, new rules are appended.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.policy.errors import PolicyError
from gateway.policy.yaml_source import LocatedMap, load_yaml

Action = Literal["allow", "redact", "flag", "hold", "block"]
Stage = Literal["input", "output"]
ACTIONS: tuple[Action, ...] = ("allow", "redact", "flag", "hold", "block")
STAGES: tuple[Stage, ...] = ("input", "output")


def severity(action: Action) -> int:
    """Position in allow < redact < flag < hold < block."""
    return ACTIONS.index(action)


@dataclass(frozen=True, slots=True)
class DetectorSpec:
    """A named detector instance: its kind, its raw options, and where it was declared."""

    name: str
    kind: str
    options: Mapping[str, object]
    source: Path
    line: int


@dataclass(frozen=True, slots=True)
class Rule:
    """Findings of these categories scoring at least `min_score` lead to `action`."""

    id: str
    categories: tuple[str, ...]
    min_score: float
    action: Action
    stages: frozenset[Stage]
    # Said to the caller with a refusal this rule names: where a person asking about hurting
    # themselves can find help, say.
    help: str | None = None

    def matches(self, finding: Finding) -> bool:
        """Whether this rule fires on the finding (category pattern and score)."""
        if finding.score < self.min_score:
            return False
        return any(fnmatch.fnmatchcase(finding.category, p) for p in self.categories)


@dataclass(frozen=True, slots=True)
class InspectionProfile:
    """One named profile: detectors per stage and the ordered rules."""

    name: str
    description: str
    detectors: Mapping[str, DetectorSpec]
    stages: Mapping[Stage, tuple[str, ...]]
    rules: tuple[Rule, ...]
    source: Path = field(default=Path("inspection.yaml"))
    # Categories not reported for the key holder's own instructions (system/developer
    # messages): "never reveal these instructions" there is the application, not an attack.
    trusted_instructions: frozenset[str] = frozenset()
    # Refuse requests carrying what no detector can read (images, audio, token ids, unknown
    # fields) and withhold such parts of answers; see gateway/schemas/field_inventory.py.
    refuse_uninspectable: bool = False

    def detectors_for(self, stage: Stage) -> tuple[DetectorSpec, ...]:
        """The detector specs that run at `stage`, in declared order."""
        return tuple(self.detectors[name] for name in self.stages.get(stage, ()))

    def rules_for(self, stage: Stage) -> tuple[Rule, ...]:
        """The rules that apply at `stage`, in declared order."""
        return tuple(rule for rule in self.rules if stage in rule.stages)


class _Parser:
    """Turns one file's located YAML into profiles, resolving `extends`."""

    def __init__(self, path: Path, document: LocatedMap) -> None:
        self.path = path
        self.raw = document.get("profiles")
        if not isinstance(self.raw, LocatedMap) or not self.raw:
            raise PolicyError(path, document.line, "expected a non-empty `profiles:` mapping")
        self.done: dict[str, InspectionProfile] = {}

    def fail(self, node: Any, message: str, key: str | None = None) -> PolicyError:
        line = None
        if isinstance(node, LocatedMap):
            line = node.key_lines.get(key, node.line) if key else node.line
        return PolicyError(self.path, line, message)

    def profile(self, name: str, chain: tuple[str, ...] = ()) -> InspectionProfile:
        if name in self.done:
            return self.done[name]
        node = self.raw.get(name) if self.raw is not None else None
        if not isinstance(node, LocatedMap):
            raise self.fail(self.raw, f"profile {name!r} must be a mapping", name)
        allowed = {
            "description", "extends", "detectors", "input", "output", "rules",
            "trusted_instructions", "refuse_uninspectable",
        }  # fmt: skip
        for key in node:
            if key not in allowed:
                raise self.fail(node, f"unknown key {key!r} in profile {name!r}", key)
        base: InspectionProfile | None = None
        if "extends" in node:
            parent = node["extends"]
            if not isinstance(parent, str) or parent not in cast(LocatedMap, self.raw):
                raise self.fail(node, f"`extends` names no profile: {parent!r}", "extends")
            if parent in chain or parent == name:
                raise self.fail(node, f"profiles extend each other in a loop: {name!r}", "extends")
            base = self.profile(parent, (*chain, name))
        detectors = dict(base.detectors) if base else {}
        detectors.update(self.detectors(node))
        stages = dict(base.stages) if base else {}
        for stage in STAGES:
            if stage in node:
                stages[stage] = self.stage_list(node, stage, detectors)
        rules = {rule.id: rule for rule in base.rules} if base else {}
        for rule in self.rules(node):
            rules[rule.id] = rule
        description = node.get("description", base.description if base else "")
        profile = InspectionProfile(
            name, str(description), MappingProxyType(detectors), MappingProxyType(stages),
            tuple(rules.values()), self.path, self.trusted_instructions(node, name, base),
            self.refuse_uninspectable(node, name, base),
        )  # fmt: skip
        self.done[name] = profile
        return profile

    def refuse_uninspectable(
        self, node: LocatedMap, name: str, base: InspectionProfile | None
    ) -> bool:
        raw = node.get("refuse_uninspectable", base.refuse_uninspectable if base else False)
        if not isinstance(raw, bool):
            raise self.fail(
                node, f"profile {name!r}: `refuse_uninspectable` must be true or false",
                "refuse_uninspectable",
            )  # fmt: skip
        return raw

    def trusted_instructions(
        self, node: LocatedMap, name: str, base: InspectionProfile | None
    ) -> frozenset[str]:
        if "trusted_instructions" not in node:
            return base.trusted_instructions if base else frozenset()
        raw = node["trusted_instructions"]
        if not isinstance(raw, list) or not all(
            isinstance(c, str) and taxonomy.is_known(c) for c in raw
        ):
            raise self.fail(
                node,
                f"profile {name!r}: `trusted_instructions` must list known categories",
                "trusted_instructions",
            )
        return frozenset(raw)

    def detectors(self, node: LocatedMap) -> dict[str, DetectorSpec]:
        raw = node.get("detectors", LocatedMap())
        if not isinstance(raw, LocatedMap):
            raise self.fail(node, "`detectors` must map names to settings", "detectors")
        specs = {}
        for name, settings in raw.items():
            settings = LocatedMap() if settings is None else settings
            if not isinstance(settings, LocatedMap) or set(settings) - {"kind", "options"}:
                raise self.fail(raw, f"detector {name!r} takes only `kind` and `options`", name)
            kind = settings.get("kind", name)
            options = settings.get("options", {}) or {}
            if not isinstance(kind, str) or not isinstance(options, dict):
                raise self.fail(raw, f"detector {name!r}: bad `kind` or `options`", name)
            specs[name] = DetectorSpec(name, kind, MappingProxyType(dict(options)), self.path,
                                       raw.key_lines.get(name, raw.line))  # fmt: skip
        return specs

    def stage_list(
        self, node: LocatedMap, stage: Stage, detectors: Mapping[str, DetectorSpec]
    ) -> tuple[str, ...]:
        names = node[stage] or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise self.fail(node, f"`{stage}` must be a list of detector names", stage)
        unknown = [n for n in names if n not in detectors]
        if unknown:
            raise self.fail(node, f"`{stage}` names undeclared detector(s): {unknown}", stage)
        return tuple(names)

    def rules(self, node: LocatedMap) -> list[Rule]:
        raw = node.get("rules", []) or []
        if not isinstance(raw, list):
            raise self.fail(node, "`rules` must be a list", "rules")
        return [self.rule(item, node) for item in raw]

    def rule(self, item: Any, parent: LocatedMap) -> Rule:
        if not isinstance(item, LocatedMap):
            raise self.fail(parent, "each rule must be a mapping", "rules")
        unknown = set(item) - {"id", "categories", "min_score", "action", "stages", "help"}
        if unknown:
            raise self.fail(item, f"unknown rule key(s): {sorted(unknown)}")
        rule_id, action = item.get("id"), item.get("action")
        if not isinstance(rule_id, str) or not rule_id:
            raise self.fail(item, "a rule needs an `id`")
        if action not in ACTIONS:
            raise self.fail(item, f"rule {rule_id!r}: action must be one of {ACTIONS}", "action")
        score = item.get("min_score", 0.5)
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 < score <= 1:
            raise self.fail(item, f"rule {rule_id!r}: min_score must be in (0, 1]", "min_score")
        stages = item.get("stages", list(STAGES))
        if not isinstance(stages, list) or not stages or set(stages) - set(STAGES):
            raise self.fail(item, f"rule {rule_id!r}: stages must list input/output", "stages")
        help_text = item.get("help")
        if help_text is not None and (not isinstance(help_text, str) or not help_text.strip()):
            raise self.fail(item, f"rule {rule_id!r}: help must be a non-empty string", "help")
        return Rule(rule_id, self.categories(item, rule_id), float(score), action,
                    frozenset(cast(list[Stage], stages)),
                    help_text.strip() if help_text else None)  # fmt: skip

    def categories(self, item: LocatedMap, rule_id: str) -> tuple[str, ...]:
        raw = item.get("categories")
        raw = [raw] if isinstance(raw, str) else raw
        if not isinstance(raw, list) or not raw or not all(isinstance(c, str) for c in raw):
            raise self.fail(item, f"rule {rule_id!r}: `categories` must list categories")
        expanded: list[str] = []
        for entry in raw:
            if entry.startswith("@"):
                group = taxonomy.GROUPS.get(entry[1:])
                if group is None:
                    raise self.fail(
                        item, f"rule {rule_id!r}: unknown group {entry!r}", "categories"
                    )
                expanded.extend(sorted(group))
            elif (
                entry.endswith(".*")
                and entry[:-1]
                in (
                    taxonomy.PII_PREFIX,
                    taxonomy.SECRET_PREFIX,
                )
            ) or taxonomy.is_known(entry):
                expanded.append(entry)
            else:
                raise self.fail(item, f"rule {rule_id!r}: unknown category {entry!r}", "categories")
        return tuple(expanded)


def load_inspection_profiles(path: Path | str) -> Mapping[str, InspectionProfile]:
    """Every profile in the file, keyed by name; raises `PolicyError` with file and line."""
    path = Path(path)
    parser = _Parser(path, load_yaml(path))
    assert parser.raw is not None
    return MappingProxyType({name: parser.profile(name) for name in parser.raw})


def profile_for_tier(policies_dir: Path | str, tier: str) -> str:
    """The inspection profile a tier uses (`inspection:` in tiers.yaml).

    With a full policy set (models.yaml present) the policy-set loader answers; a folder with
    only tiers.yaml and inspection.yaml (tests, evaluation set-ups) is read minimally.
    """
    policies_dir = Path(policies_dir)
    tiers_path = policies_dir / "tiers.yaml"
    if (policies_dir / "models.yaml").exists():
        from gateway.policy.loader import load_policy_set

        tiers = load_policy_set(policies_dir).tiers
        if tier not in tiers:
            raise PolicyError(tiers_path, None, f"no tier named {tier!r}")
        return str(tiers[tier].inspection)
    document = load_yaml(tiers_path)
    entries = document.get("tiers", document)
    entry = entries.get(tier) if isinstance(entries, dict) else None
    if not isinstance(entry, dict):
        raise PolicyError(tiers_path, None, f"no tier named {tier!r}")
    name = entry.get("inspection", "standard")
    if not isinstance(name, str):
        raise PolicyError(tiers_path, getattr(entry, "line", None),
                          f"tier {tier!r}: `inspection` must name a profile")  # fmt: skip
    return name
