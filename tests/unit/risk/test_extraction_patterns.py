"""Extraction and scraping patterns raise the record to the shipped policy's steps, per tier:
templated sweeps, sustained volume far above the account's usual rate, and answers far
longer than the prompts; the same traffic from a roomier tier, or ordinary use, does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.audit.pseudonym import Pseudonymizer
from gateway.risk.escalation_policy import load_escalation_policy
from gateway.risk.memory_store import InProcessRiskStore
from gateway.risk.tracker import RequestFacts, RiskTracker
from gateway.settings import PACKAGE_POLICIES

TIERS = ("public", "developer", "researcher", "internal")
ORDINARY = [
    "What is the capital of Australia?",
    "Suggest three names for a grey kitten.",
    "How long should I boil an egg for a runny yolk?",
    "Explain recursion to a ten-year-old.",
    "Write a haiku about autumn rain.",
    "What does HTTP status 418 mean?",
    "Convert 72 degrees Fahrenheit to Celsius.",
    "Recommend a beginner's book on astronomy.",
    "Why is the sky blue?",
    "Draft a polite reminder email about an unpaid invoice.",
    "List the planets in order from the sun.",
    "How do I centre a div with CSS grid?",
    "Summarise the plot of Hamlet in two sentences.",
    "What's a good stretching routine after cycling?",
    "Translate 'thank you very much' into Italian.",
    "How many teaspoons are in a tablespoon?",
    "Give me a packing list for a weekend of hiking.",
    "What is the difference between a list and a tuple in Python?",
    "Suggest a vegetarian dinner with lentils.",
    "Who painted the Girl with a Pearl Earring?",
]


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _tracker(clock: Clock) -> RiskTracker:
    policy = load_escalation_policy(PACKAGE_POLICIES, TIERS, ("strict",))
    assert policy is not None
    return RiskTracker(InProcessRiskStore(clock), policy, Pseudonymizer(b"s" * 32))


async def _run(
    tier: str, prompts: list[str], every_s: float, tokens: tuple[int, int] = (20, 40)
) -> str:
    """Send the prompts `every_s` apart; the step the account ends at."""
    clock = Clock()
    tracker = _tracker(clock)
    for index, prompt in enumerate(prompts):
        facts = RequestFacts(f"r{index}", "acct", "key", tier, "allow", (), prompt, *tokens)
        await tracker.after_request(facts)
        clock.now += every_s
    state = await tracker.standing("acct", "key")
    return "none" if state is None else f"{state.step} ({state.rule})"


def _sweep(count: int) -> list[str]:
    return [f"List every known fact about catalogue entry number {n}" for n in range(count)]


@pytest.mark.parametrize(
    ("tier", "expected"),
    [("public", "hold (templated-sweep)"), ("researcher", "none")],
)
async def test_a_templated_sweep(tier: str, expected: str) -> None:
    """One template filled in 36 times in three minutes: held on the public tier only."""
    assert await _run(tier, _sweep(36), every_s=5) == expected


@pytest.mark.parametrize(
    ("tier", "expected"),
    [("public", "stricter (volume-surge)"), ("developer", "none")],
)
async def test_sustained_volume_far_above_the_usual(tier: str, expected: str) -> None:
    """600 requests in a minute from an account with no history of it."""
    assert await _run(tier, [""] * 600, every_s=0.1) == expected


@pytest.mark.parametrize(
    ("tier", "expected"),
    [("public", "stricter (output-harvest)"), ("researcher", "none")],
)
async def test_answers_far_longer_than_the_prompts(tier: str, expected: str) -> None:
    """60 requests of 20 tokens answered with 1,000 each, over ten minutes."""
    assert await _run(tier, [""] * 60, every_s=10, tokens=(20, 1000)) == expected


async def test_ordinary_use_is_not_escalated() -> None:
    """Twenty ordinary questions, each asked five times, over an hour: no escalation (a copy
    of a recent prompt is a client's retry, not a sweep)."""
    assert await _run("public", ORDINARY * 5, every_s=36) == "none"


def test_the_shipped_policy_names_every_pattern() -> None:
    """The extraction rules exist in the shipped file with per-tier thresholds."""
    text = (PACKAGE_POLICIES / "escalation.yaml").read_text()
    for rule in ("volume-surge", "templated-sweep", "output-harvest"):
        assert f"id: {rule}" in text
    assert Path(PACKAGE_POLICIES / "escalation.yaml").exists()
