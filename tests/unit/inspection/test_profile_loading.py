"""Loading inspection profiles: inheritance, and errors that point at file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.errors import PolicyError
from gateway.policy.inspection_profile import load_inspection_profiles

REPO_POLICIES = Path(__file__).resolve().parents[3] / "policies" / "inspection.yaml"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "inspection.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_shipped_profiles_load() -> None:
    """The repository's inspection.yaml parses and has the four named profiles."""
    profiles = load_inspection_profiles(REPO_POLICIES)
    assert {"standard", "strict", "research", "permissive"} <= set(profiles)


def test_the_self_harm_refusal_says_where_to_find_help() -> None:
    """The shipped self-harm rule names the refusal before harm-block and carries its help."""
    standard = load_inspection_profiles(REPO_POLICIES)["standard"]
    ids = [rule.id for rule in standard.rules]
    assert ids.index("self-harm-support") < ids.index("harm-block")
    (support,) = (rule for rule in standard.rules if rule.id == "self-harm-support")
    assert support.help is not None
    assert "crisis line" in support.help
    assert "self_harm_cues" in standard.stages["input"]


def test_extends_overrides_rules_by_id(tmp_path: Path) -> None:
    """A child inherits detectors and replaces a rule with the same id."""
    path = _write(
        tmp_path,
        """
profiles:
  a:
    detectors: {pii: {}}
    input: [pii]
    rules:
      - {id: pii-redact, categories: ["pii.*"], action: redact}
      - {id: harm, categories: ["@hazards"], action: block}
  b:
    extends: a
    rules:
      - {id: harm, categories: ["@hazards"], action: flag}
""",
    )
    profiles = load_inspection_profiles(path)
    child = profiles["b"]
    assert [r.id for r in child.rules] == ["pii-redact", "harm"]
    assert child.rules[1].action == "flag"
    assert "violent_crimes" in child.rules[1].categories
    assert child.detectors_for("input")[0].name == "pii"
    assert child.rules_for("output") == child.rules


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("nothing: here\n", 1, "profiles"),
        ("profiles:\n  a:\n    colour: red\n", 3, "unknown key"),
        ("profiles:\n  a:\n    input: [pii]\n", 3, "undeclared"),
        (
            "profiles:\n  a:\n    rules:\n      - {id: x, categories: [nope], action: block}\n",
            4,
            "unknown category",
        ),
        (
            "profiles:\n  a:\n    rules:\n      - {id: x, categories: [hate], action: smite}\n",
            4,
            "action",
        ),
        (
            "profiles:\n  a:\n    rules:\n"
            "      - {id: x, categories: [hate], action: block, min_score: 2}\n",
            4,
            "min_score",
        ),
        (
            "profiles:\n  a:\n    rules:\n"
            "      - {id: x, categories: [self_harm], action: block, help: 3}\n",
            4,
            "help must be a non-empty string",
        ),
        ("profiles:\n  a:\n    extends: b\n", 3, "extends"),
        ("profiles:\n  a:\n    extends: a\n", 3, "loop"),
        ("profiles:\n  a: [\n", 3, "."),
    ],
)
def test_errors_point_at_the_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    """Each mistake raises PolicyError with the file, the line and what is wrong."""
    with pytest.raises(PolicyError, match=message) as caught:
        load_inspection_profiles(_write(tmp_path, body))
    assert caught.value.line == line
    assert caught.value.path.name == "inspection.yaml"
