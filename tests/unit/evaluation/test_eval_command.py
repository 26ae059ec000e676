"""`modelgate eval` end to end on a handful of lines written in the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gateway.cli.eval_command import eval_command

INSPECTION = """
profiles:
  basic:
    detectors: {pii: {}, words: {kind: denylist, options: {terms: [forbidden]}}}
    input: [pii, words]
    output: [pii]
    rules:
      - {id: pii-redact, categories: ["pii.*"], action: redact}
      - {id: words-block, categories: [denylist], action: block}
"""


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    """A policies folder whose developer tier uses the `basic` profile."""
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "inspection.yaml").write_text(INSPECTION, encoding="utf-8")
    (folder / "tiers.yaml").write_text(
        "tiers:\n  developer:\n    inspection: basic\n", encoding="utf-8"
    )
    return folder


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_binary_file(policies: Path, tmp_path: Path) -> None:
    """Labelled lines give the confusion figures in the final JSON line."""
    data = _jsonl(tmp_path / "d.jsonl", [
        {"text": "a forbidden request", "label": 1},
        {"text": "a harmless request", "label": 1},
        {"text": "hello there", "label": 0},
        {"text": "forbidden fruit", "label": 0},
    ])  # fmt: skip
    result = CliRunner().invoke(eval_command, [str(data), "--policies", str(policies), "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output.strip().splitlines()[-1])
    assert (body["tp"], body["fn"], body["tn"], body["fp"]) == (1, 1, 1, 1)
    assert {"precision", "recall", "f1", "fpr", "p50_ms", "p95_ms", "n"} <= set(body)


def test_a_category_counts_only_what_the_rules_do_with_it(policies: Path, tmp_path: Path) -> None:
    """With `--category`, a clean line whose e-mail address is redacted is not a caught
    denylist line, and a line that is both is still caught."""
    data = _jsonl(tmp_path / "d.jsonl", [
        {"text": "write to jo@example.com", "label": 0},
        {"text": "forbidden, says jo@example.com", "label": 1},
    ])  # fmt: skip
    arguments = [str(data), "--policies", str(policies), "--json"]
    runner = CliRunner()
    anything = json.loads(runner.invoke(eval_command, arguments).output.strip().splitlines()[-1])
    result = runner.invoke(eval_command, [*arguments, "--category", "denylist"])
    assert result.exit_code == 0, result.output
    scoped = json.loads(result.output.strip().splitlines()[-1])
    assert (anything["tp"], anything["fp"]) == (1, 1)
    assert (scoped["tp"], scoped["fp"], scoped["category"]) == (1, 0, "denylist")
    assert "category=denylist" in result.output


def test_span_file(policies: Path, tmp_path: Path) -> None:
    """Files with spans report per-entity precision and recall."""
    text = "Card 4111 1111 1111 1111, mail jo@example.com"
    data = _jsonl(tmp_path / "p.jsonl", [{"text": text, "spans": [
        {"type": "CREDIT_CARD", "start": 5, "end": 24},
        {"type": "EMAIL_ADDRESS", "start": 31, "end": 45},
        {"type": "PERSON", "start": 0, "end": 4},
    ]}])  # fmt: skip
    result = CliRunner().invoke(
        eval_command, [str(data), "--policies", str(policies), "--stage", "output", "--json"]
    )
    assert result.exit_code == 0, result.output
    spans = json.loads(result.output.strip().splitlines()[-1])["spans"]
    assert spans["CREDIT_CARD"]["recall"] == 1.0
    assert spans["EMAIL_ADDRESS"]["precision"] == 1.0
    assert spans["PERSON"]["recall"] == 0.0
    assert "CREDIT_CARD" in result.output


def test_unknown_tier_is_a_clean_error(policies: Path, tmp_path: Path) -> None:
    """A tier that does not exist gives a message, not a traceback."""
    data = _jsonl(tmp_path / "d.jsonl", [{"text": "x", "label": 0}])
    result = CliRunner().invoke(
        eval_command, [str(data), "--policies", str(policies), "--tier", "gold"]
    )
    assert result.exit_code != 0
    assert "gold" in result.output


def test_unseen_subset_keeps_rows_no_shipped_model_trained_on(
    policies: Path, tmp_path: Path
) -> None:
    """`--subset unseen` scores only the lines whose licence kept them out of training."""
    data = _jsonl(tmp_path / "d.jsonl", [
        {"text": "a forbidden request", "label": 1, "license": "CC-BY-NC-4.0"},
        {"text": "hello there", "label": 0, "license": "see repo"},
        {"text": "forbidden fruit", "label": 0, "license": "MIT"},
    ])  # fmt: skip
    result = CliRunner().invoke(
        eval_command, [str(data), "--policies", str(policies), "--subset", "unseen", "--json"]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.output.strip().splitlines()[-1])
    assert (body["n"], body["tp"], body["tn"], body["fp"]) == (2, 1, 1, 0)
