"""Policy test cases (`policies/tests/*.yaml`): a text, a tier, a stage, the expected action.

Each file holds `cases:`, a list of mappings with `name`, `text`, `tier` (default `developer`),
`stage` (default `input`) and `expect` (an action); the runner checks what the tier's profile
decides, so a policy change is tested in CI like code. An input case may give `messages`
(a chat: `{role, content}` mappings) instead of `text`, to test how conversations and system
prompts are judged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from gateway.inspection.inspector import Inspector
from gateway.inspection.message_views import Message, by_message
from gateway.policy.decide import Decision
from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import (
    ACTIONS,
    STAGES,
    Action,
    Stage,
    load_inspection_profiles,
    profile_for_tier,
)
from gateway.policy.mismatch_tolerance import TOLERANCE_KEY, Tolerance, read_tolerance
from gateway.policy.yaml_source import LocatedMap, load_yaml
from gateway.schemas.prompt_text import collect_prompt


@dataclass(frozen=True, slots=True)
class PolicyCase:
    """One expectation about the policy."""

    name: str
    text: str
    tier: str
    stage: Stage
    expect: Action
    source: Path
    line: int
    messages: tuple[Message, ...] = ()
    group: str = ""


@dataclass(frozen=True, slots=True)
class CaseFile:
    """One test file: its cases and how many of them may mismatch."""

    path: Path
    cases: tuple[PolicyCase, ...]
    tolerance: Tolerance


@dataclass(frozen=True, slots=True)
class CaseResult:
    """A case and what the policy actually decided."""

    case: PolicyCase
    decision: Decision

    @property
    def passed(self) -> bool:
        """Whether the decided action is the expected one."""
        return self.decision.action == self.case.expect


def load_cases(path: Path) -> list[PolicyCase]:
    """The cases of one test file; raises `PolicyError` with file and line."""
    return list(load_file(path).cases)


def load_file(path: Path) -> CaseFile:
    """One test file, its cases checked against its tolerance; `PolicyError` with file and line."""
    document = load_yaml(path)
    cases = _read_cases(path, document)
    tolerance = read_tolerance(path, document)
    if tolerance.by_group:
        for case in cases:
            if case.group not in tolerance.by_group:
                raise PolicyError(path, case.line, f"group {case.group!r} has no `{TOLERANCE_KEY}`")
        for group in tolerance.by_group.keys() - {case.group for case in cases}:
            raise PolicyError(path, tolerance.line, f"no case is in group {group!r}")
    return CaseFile(path, tuple(cases), tolerance)


def _read_cases(path: Path, document: LocatedMap) -> list[PolicyCase]:
    raw = document.get("cases")
    if not isinstance(raw, list) or not raw:
        raise PolicyError(path, document.line, "expected a non-empty `cases:` list")
    cases = []
    for item in raw:
        if not isinstance(item, LocatedMap):
            raise PolicyError(path, document.line, "each case must be a mapping")
        name, text = item.get("name"), item.get("text")
        tier, stage, expect, group = (
            item.get("tier", "developer"),
            item.get("stage", "input"),
            item.get("expect"),
            item.get("group", ""),
        )
        messages: tuple[Message, ...] = ()
        if "messages" in item and stage == "input":
            text, messages = _conversation(path, item)
        if not isinstance(name, str) or not isinstance(text, str) or not isinstance(tier, str):
            raise PolicyError(
                path, item.line, "a case needs string `name`, `text` (or `messages`) and `tier`"
            )
        if stage not in STAGES or expect not in ACTIONS:
            raise PolicyError(path, item.line, f"case {name!r}: bad `stage` or `expect`")
        if not isinstance(group, str):
            raise PolicyError(path, item.line, f"case {name!r}: `group` must be a string")
        cases.append(PolicyCase(name, text, tier, stage, expect, path, item.line, messages, group))
    return cases


def _conversation(path: Path, item: LocatedMap) -> tuple[str, tuple[Message, ...]]:
    """A case's chat joined as the gateway joins a prompt, with where each message lies."""
    raw = item["messages"]
    if (
        not isinstance(raw, list)
        or not raw
        or not all(
            isinstance(m, LocatedMap)
            and isinstance(m.get("role"), str)
            and isinstance(m.get("content"), str)
            for m in raw
        )
    ):
        raise PolicyError(path, item.line, "`messages` must list `{role, content}` mappings")
    prompt = collect_prompt("chat", {"messages": [dict(m) for m in raw]})
    return prompt.text, by_message(prompt.segments)


def discover(policies_dir: Path) -> Iterator[PolicyCase]:
    """Every case under `policies_dir/tests/`, file by file in name order."""
    for case_file in discover_files(policies_dir):
        yield from case_file.cases


def discover_files(policies_dir: Path, only: Sequence[str] = ()) -> list[CaseFile]:
    """The test files under `policies_dir/tests/` in name order, or those named in `only`.

    A name in `only` may drop `.yaml`; one that matches no file is an error, so a typo cannot
    pass as an empty run.
    """
    paths = sorted((policies_dir / "tests").glob("*.yaml"))
    if only:
        wanted = {name.removesuffix(".yaml") for name in only}
        for name in sorted(wanted - {path.stem for path in paths}):
            raise PolicyError(policies_dir / "tests" / f"{name}.yaml", None, "no such test file")
        paths = [path for path in paths if path.stem in wanted]
    return [load_file(path) for path in paths]


@dataclass(frozen=True, slots=True)
class GroupVerdict:
    """A file's (or one group's) results against the share of mismatches it allows."""

    source: Path
    group: str
    results: tuple[CaseResult, ...]
    allowed_rate: float

    @property
    def mismatches(self) -> tuple[CaseResult, ...]:
        """The results whose action differs from the expected one."""
        return tuple(result for result in self.results if not result.passed)

    @property
    def rate(self) -> float:
        """The share of cases that mismatched."""
        return len(self.mismatches) / len(self.results) if self.results else 0.0

    @property
    def passed(self) -> bool:
        """Whether the mismatches stay within the allowed share."""
        # The epsilon keeps 3 of 100 within 0.03 despite binary fractions.
        return len(self.mismatches) <= self.allowed_rate * len(self.results) + 1e-9


def judge(case_file: CaseFile, results: Iterable[CaseResult]) -> list[GroupVerdict]:
    """One verdict per group of the file (a file without groups is one group)."""
    by_group: dict[str, list[CaseResult]] = {}
    for result in results:
        by_group.setdefault(result.case.group, []).append(result)
    return [
        GroupVerdict(
            case_file.path, group, tuple(group_results), case_file.tolerance.allowed(group)
        )
        for group, group_results in by_group.items()
    ]


class PolicyTestRunner:
    """Builds each (profile, stage) inspector once and runs cases through it."""

    def __init__(self, policies_dir: Path) -> None:
        self._dir = policies_dir
        self._profiles = load_inspection_profiles(policies_dir / "inspection.yaml")
        self._inspectors: dict[tuple[str, Stage], Inspector] = {}

    def _inspector(self, case: PolicyCase) -> Inspector:
        name = profile_for_tier(self._dir, case.tier)
        if name not in self._profiles:
            raise PolicyError(
                case.source, case.line, f"tier {case.tier!r} uses unknown profile {name!r}"
            )
        key = (name, case.stage)
        if key not in self._inspectors:
            self._inspectors[key] = Inspector.from_profile(self._profiles[name], case.stage)
        return self._inspectors[key]

    async def run_case(self, case: PolicyCase) -> CaseResult:
        """Inspect and decide the case's text as the gateway would."""
        return CaseResult(case, await self._inspector(case).check(case.text, case.messages))

    def run_all(self) -> list[CaseResult]:
        """Every discovered case, in order."""

        async def run() -> list[CaseResult]:
            return [await self.run_case(case) for case in discover(self._dir)]

        return asyncio.run(run())

    def run_files(self, only: Sequence[str] = (), tier: str | None = None) -> list[GroupVerdict]:
        """Each test file's (or named file's) verdicts, every case judged as `tier` if given.

        Overriding the tier measures a file under another tier's profile (how many benign
        look-alikes the public tier refuses, say) without a second copy of the cases.
        """
        files = discover_files(self._dir, only)

        async def run() -> list[GroupVerdict]:
            verdicts: list[GroupVerdict] = []
            for case_file in files:
                cases = [c if tier is None else replace(c, tier=tier) for c in case_file.cases]
                verdicts += judge(case_file, [await self.run_case(case) for case in cases])
            return verdicts

        return asyncio.run(run())
