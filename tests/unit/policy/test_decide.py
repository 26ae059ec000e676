"""decide(): the strictest matching rule wins; thresholds, stages and ids are respected."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from gateway.detectors.finding import Finding
from gateway.policy.decide import ALLOW, decide
from gateway.policy.inspection_profile import InspectionProfile, Rule

RULES = (
    Rule("pii-redact", ("pii.*",), 0.5, "redact", frozenset({"input", "output"})),
    Rule("tox-flag", ("toxicity",), 0.5, "flag", frozenset({"input", "output"})),
    Rule("tox-hold", ("toxicity",), 0.9, "hold", frozenset({"input", "output"})),
    Rule("harm-block", ("violent_crimes", "hate"), 0.5, "block", frozenset({"input", "output"})),
    Rule("inj-block", ("prompt_injection",), 0.5, "block", frozenset({"input"})),
    Rule("harm-block-2", ("hate",), 0.5, "block", frozenset({"input", "output"})),
)
PROFILE = InspectionProfile("t", "", MappingProxyType({}), MappingProxyType({}), RULES, Path("x"))


def _f(category: str, score: float, span: tuple[int, int] | None = None) -> Finding:
    return Finding(category, score, span, "test")


@pytest.mark.parametrize(
    ("findings", "stage", "action", "rule_id"),
    [
        ([], "input", "allow", None),
        ([_f("pii.email_address", 0.9, (0, 5))], "input", "redact", "pii-redact"),
        ([_f("pii.email_address", 0.4, (0, 5))], "input", "allow", None),
        ([_f("toxicity", 0.6)], "input", "flag", "tox-flag"),
        ([_f("toxicity", 0.95)], "input", "hold", "tox-hold"),
        ([_f("toxicity", 0.95), _f("violent_crimes", 0.7)], "input", "block", "harm-block"),
        ([_f("pii.us_ssn", 0.9, (1, 2)), _f("toxicity", 0.6)], "output", "flag", "tox-flag"),
        ([_f("prompt_injection", 0.9)], "input", "block", "inj-block"),
        ([_f("prompt_injection", 0.9)], "output", "allow", None),
        ([_f("hate", 0.9)], "input", "block", "harm-block"),
        ([_f("sexual_content", 0.99)], "input", "allow", None),
        ([_f("external_unavailable", 0.0)], "input", "allow", None),
    ],
)
def test_decision_table(
    findings: list[Finding], stage: str, action: str, rule_id: str | None
) -> None:
    """Strictest action wins; on a tie the earlier rule names the decision."""
    decision = decide(PROFILE, findings, stage)  # type: ignore[arg-type]
    assert (decision.action, decision.rule_id) == (action, rule_id)


def test_categories_and_redactions() -> None:
    """Acted-on categories are listed once; redact-matched spans are kept for redaction."""
    email = _f("pii.email_address", 0.9, (0, 5))
    findings = [email, _f("toxicity", 0.6), _f("toxicity", 0.7), _f("jailbreak", 0.9)]
    decision = decide(PROFILE, findings)
    assert decision.categories == ("pii.email_address", "toxicity")
    assert decision.redactions == (email,)
    assert len(decision.findings) == 3


def test_allow_is_the_shared_constant() -> None:
    """No acted-on finding gives the ALLOW decision."""
    assert decide(PROFILE, [_f("jailbreak", 1.0)]) is ALLOW


def test_the_naming_rules_help_reaches_the_decision() -> None:
    """A rule's `help` is said with the refusal it names, and only with that one."""
    helpful = Rule(
        "self-harm-support", ("self_harm",), 0.5, "block", frozenset({"input"}), "Talk to us."
    )
    profile = InspectionProfile(
        "t", "", MappingProxyType({}), MappingProxyType({}), (helpful, *RULES), Path("x")
    )
    named = decide(profile, [_f("self_harm", 0.6), _f("violent_crimes", 0.9)])
    assert (named.rule_id, named.help) == ("self-harm-support", "Talk to us.")
    other = decide(profile, [_f("violent_crimes", 0.9)])
    assert (other.rule_id, other.help) == ("harm-block", None)
