"""Where an account (or key) stands: its escalation step, the rule that put it there, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import msgspec

Step = Literal["none", "stricter", "hold", "suspend"]
STEPS: tuple[Step, ...] = ("none", "stricter", "hold", "suspend")
"""In order of severity: each step includes what the ones before it do."""


def rank(step: Step) -> int:
    """Position in none < stricter < hold < suspend."""
    return STEPS.index(step)


def as_step(text: str) -> Step:
    """The step named `text` (an unknown name reads as `none`: a store must not fail closed on
    a value this version does not know)."""
    for step in STEPS:
        if step == text:
            return step
    return "none"


@dataclass(frozen=True, slots=True)
class EscalationState:
    """An escalation in force until an admin lifts it."""

    step: Step
    rule: str
    """The escalation rule that set this step."""
    since_ms: int
    """When it was set (milliseconds since the epoch, the store's clock)."""
    figures: Mapping[str, float] = field(default_factory=dict)
    """The figures of the record when the rule fired (counts and ratios, never content)."""
    subject: str = ""
    """The pseudonymous subject (`account:<pseudonym>` or `key:<pseudonym>`)."""

    def encode_figures(self) -> str:
        """The figures as compact JSON, for the store."""
        return msgspec.json.encode(dict(self.figures)).decode()


def strictest(states: tuple[EscalationState | None, ...]) -> EscalationState | None:
    """The most severe of several states (the account's and the key's), if any."""
    found = [state for state in states if state is not None and state.step != "none"]
    return max(found, key=lambda state: rank(state.step), default=None)


def decode_state(subject: str, fields: Mapping[Any, Any]) -> EscalationState | None:
    """A state from the store's hash fields, or `None` when there is none."""
    values = {_text(k): _text(v) for k, v in fields.items()}
    step = as_step(values.get("step", "none"))
    if step == "none":
        return None
    figures = msgspec.json.decode(values.get("figures", "{}"), type=dict[str, float])
    return EscalationState(
        step=step,
        rule=values.get("rule", ""),
        since_ms=int(float(values.get("since", "0"))),
        figures=figures,
        subject=subject,
    )


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
