"""`max_mismatch_rate`: a policy test file passes while few enough of its cases mismatch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gateway.cli.policy_test_command import policy_test_command
from gateway.policy.errors import PolicyError
from gateway.policy.policy_tests import load_file

INSPECTION = """
profiles:
  basic:
    detectors: {words: {kind: denylist, options: {terms: [forbidden]}}}
    input: [words]
    output: [words]
    rules:
      - {id: words-block, categories: [denylist], action: block}
  lenient:
    detectors: {words: {kind: denylist, options: {terms: [forbidden]}}}
    input: [words]
    output: [words]
    rules:
      - {id: words-flag, categories: [denylist], action: flag}
"""
TIERS = """
tiers:
  developer: {inspection: basic}
  researcher: {inspection: lenient}
"""


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    """A policies folder whose developer tier blocks the word `forbidden`."""
    (tmp_path / "inspection.yaml").write_text(INSPECTION, encoding="utf-8")
    (tmp_path / "tiers.yaml").write_text(TIERS, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    return tmp_path


def _write(policies: Path, body: str, name: str = "lookalikes.yaml") -> Path:
    path = policies / "tests" / name
    path.write_text(body, encoding="utf-8")
    return path


def _run(policies: Path, *args: str) -> Result:
    return CliRunner().invoke(policy_test_command, ["--policies", str(policies), *args])


def _benign_file(refused: int, total: int, rate: str | None) -> str:
    """`total` cases expected to pass, of which the first `refused` hold the blocked word."""
    head = f"max_mismatch_rate: {rate}\n" if rate is not None else ""
    texts = ["forbidden" if i < refused else "hello" for i in range(total)]
    cases = [
        f"  - {{name: case {i}, text: {text} {i}, expect: allow}}" for i, text in enumerate(texts)
    ]
    return head + "cases:\n" + "\n".join(cases) + "\n"


@pytest.mark.parametrize(
    ("refused", "total", "rate", "exit_code"),
    [
        (3, 100, "0.03", 0),
        (4, 100, "0.03", 1),
        (0, 10, None, 0),
        (1, 10, None, 1),
        (1, 4, "0.25", 0),
        (10, 10, "1.0", 0),
    ],
)
def test_a_file_passes_within_its_tolerance_and_fails_beyond(
    policies: Path, refused: int, total: int, rate: str | None, exit_code: int
) -> None:
    """Mismatches up to the declared share pass; one more fails; no key means none may."""
    _write(policies, _benign_file(refused, total, rate))
    result = _run(policies)
    assert result.exit_code == exit_code, result.output
    allowed = float(rate) if rate else 0.0
    mark = "ok  " if exit_code == 0 else "FAIL"
    assert (
        f"{mark} lookalikes.yaml: {total} cases, {refused} mismatched "
        f"({refused / total:.1%}), allowed {allowed:.1%}"
    ) in result.output


def test_the_output_names_every_mismatching_case(policies: Path) -> None:
    """Each mismatch is listed with file:line, name, expected and decided action and the rule."""
    _write(policies, _benign_file(2, 50, "0.05"))
    result = _run(policies)
    assert result.exit_code == 0
    diffs = [line.strip() for line in result.output.splitlines() if "diff" in line]
    assert diffs == [
        "diff lookalikes.yaml:3 case 0: expected allow, got block (words-block: denylist)",
        "diff lookalikes.yaml:4 case 1: expected allow, got block (words-block: denylist)",
    ]
    assert result.output.splitlines()[-2:] == ["50 cases, 2 mismatched", "1 passed, 0 failed"]


def test_each_group_is_judged_on_its_own(policies: Path) -> None:
    """A share applies to each group: one language missing too much fails the run."""
    _write(
        policies,
        "max_mismatch_rate: 0.5\n"
        "cases:\n"
        "  - {name: fr 1, group: fr, text: forbidden, expect: block}\n"
        "  - {name: fr 2, group: fr, text: interdit, expect: block}\n"
        "  - {name: de 1, group: de, text: verboten, expect: block}\n"
        "  - {name: de 2, group: de, text: verboten, expect: block}\n"
        "  - {name: es 1, group: es, text: forbidden, expect: block}\n"
        "  - {name: es 2, group: es, text: forbidden, expect: block}\n",
    )
    result = _run(policies)
    assert result.exit_code == 1
    assert (
        "ok   lookalikes.yaml [fr]: 2 cases, 1 mismatched (50.0%), allowed 50.0%" in result.output
    )
    assert "FAIL lookalikes.yaml [de]: 2 cases, 2 mismatched (100.0%)" in result.output
    assert result.output.splitlines()[-1] == "2 passed, 1 failed"


def test_a_mapping_gives_each_group_its_own_share(policies: Path) -> None:
    """`max_mismatch_rate: {fr: 0.5, de: 1.0}` lets German miss everything, French half."""
    _write(
        policies,
        "max_mismatch_rate: {fr: 0.5, de: 1.0}\n"
        "cases:\n"
        "  - {name: fr 1, group: fr, text: forbidden, expect: block}\n"
        "  - {name: fr 2, group: fr, text: interdit, expect: block}\n"
        "  - {name: de 1, group: de, text: verboten, expect: block}\n",
    )
    result = _run(policies)
    assert result.exit_code == 0, result.output
    assert "[de]: 1 cases, 1 mismatched (100.0%), allowed 100.0%" in result.output


@pytest.mark.parametrize(
    ("head", "line", "message"),
    [
        ("max_mismatch_rate: lots\n", 2, "expected a share between 0 and 1, got 'lots'"),
        ("max_mismatch_rate: -0.1\n", 2, "got -0.1"),
        ("max_mismatch_rate: 1.5\n", 2, "got 1.5"),
        ("max_mismatch_rate: true\n", 2, "got True"),
        ("max_mismatch_rate: .nan\n", 2, "got nan"),
        ("max_mismatch_rate: {}\n", 2, "names no group"),
        ("max_mismatch_rate:\n  '': 0.5\n  fr: 2\n", 4, "group 'fr': expected a share"),
        ("max_mismatch_rate: {'': 0.1, de: 0.2}\n", 2, "no case is in group 'de'"),
        ("max_mismatch_rate: {fr: 0.1}\n", 4, "group '' has no `max_mismatch_rate`"),
    ],
)
def test_a_bad_tolerance_is_an_error_at_its_line(
    policies: Path, head: str, line: int, message: str
) -> None:
    """A share that is not a number from 0 to 1, or names the wrong groups, fails at file:line."""
    path = _write(
        policies, "# a comment\n" + head + "cases:\n  - {name: x, text: y, expect: allow}\n"
    )
    with pytest.raises(PolicyError, match=message) as caught:
        load_file(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    result = _run(policies)
    assert result.exit_code == 1
    assert f"lookalikes.yaml:{line}: " in result.output


def test_a_group_must_be_a_string(policies: Path) -> None:
    """A case whose `group` is a list fails at the case's line."""
    path = _write(policies, "cases:\n  - {name: x, group: [fr], text: y, expect: allow}\n")
    with pytest.raises(PolicyError, match="`group` must be a string"):
        load_file(path)


def test_json_carries_every_case_and_every_group(policies: Path) -> None:
    """`--json` prints one object: per-group figures and each case's decision, to iterate on."""
    _write(policies, _benign_file(1, 4, "0.25"))
    result = _run(policies, "--json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["passed"] is True
    assert report["groups"] == [
        {
            "file": "lookalikes.yaml",
            "group": "",
            "cases": 4,
            "mismatches": 1,
            "rate": 0.25,
            "allowed_rate": 0.25,
            "passed": True,
        }
    ]
    first = report["cases"][0]
    assert (first["name"], first["text"], first["got"], first["rule"], first["matched"]) == (
        "case 0",
        "forbidden 0",
        "block",
        "words-block",
        False,
    )
    assert [case["matched"] for case in report["cases"]] == [False, True, True, True]


def test_file_and_tier_options_measure_one_file_under_another_tier(policies: Path) -> None:
    """`--file NAME --tier T` runs only that file, every case judged as tier T."""
    _write(policies, _benign_file(1, 2, None))
    _write(policies, "cases:\n  - {name: other, text: forbidden, expect: allow}\n", "other.yaml")
    as_developer = _run(policies, "--file", "lookalikes")
    assert as_developer.exit_code == 1
    assert "other.yaml" not in as_developer.output
    as_researcher = _run(policies, "--file", "lookalikes.yaml", "--tier", "researcher")
    assert "got flag (words-flag: denylist)" in as_researcher.output
    unknown = _run(policies, "--file", "lookalikes_typo")
    assert unknown.exit_code == 1
    assert "lookalikes_typo.yaml: no such test file" in unknown.output
