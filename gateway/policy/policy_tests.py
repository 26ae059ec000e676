"""Policy test cases (`policies/tests/*.yaml`): a text, a tier, a stage, the expected action.

Each file holds `cases:`, a list of mappings with `name`, `text`, `tier` (default `developer`),
`stage` (default `input`) and `expect` (an action); the runner checks what the tier's profile
decides, so a policy change is tested in CI like code. An input case may give `messages`
(a chat: `{role, content}` mappings) instead of `text`, to test how conversations and system
prompts are judged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
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
    document = load_yaml(path)
    raw = document.get("cases")
    if not isinstance(raw, list) or not raw:
        raise PolicyError(path, document.line, "expected a non-empty `cases:` list")
    cases = []
    for item in raw:
        if not isinstance(item, LocatedMap):
            raise PolicyError(path, document.line, "each case must be a mapping")
        name, text = item.get("name"), item.get("text")
        tier, stage, expect = (
            item.get("tier", "developer"),
            item.get("stage", "input"),
            item.get("expect"),
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
        cases.append(PolicyCase(name, text, tier, stage, expect, path, item.line, messages))
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
    for path in sorted((policies_dir / "tests").glob("*.yaml")):
        yield from load_cases(path)


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
