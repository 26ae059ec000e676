"""Public sets that PyRIT's wheel carries, as labelled JSONL for `modelgate eval`: jailbreak
templates and human-labelled model answers from a source in neither shared folder.

    .venv/bin/pip download --no-deps pyrit==1.1.0 -d .cache/wheels
    .venv/bin/python -m gateway.evaluation.pyrit_sets .cache/wheels/pyrit-1.1.0-py3-none-any.whl \
        --unseen-by ../shared/train ../shared/eval
    .venv/bin/modelgate eval .cache/public-sets/pyrit_jailbreak_templates.jsonl
    .venv/bin/modelgate eval .cache/public-sets/pyrit_answers.jsonl --stage output

(`make public-eval` runs the steps.) PyRIT (Microsoft, MIT) ships:
- jailbreak templates with a `{{ prompt }}` slot: the classic personas, and newer ones
  (Pliny's per-model prompts, Arth Singh's templates) that the shared corpus's older PyRIT
  fork lacks. Each is filled with three of PyRIT's AI Red Team objectives (label 1). With
  `--unseen-by`, a template whose five-word shingles are half in a shared row is left out,
  so the file holds only templates no model here trained on;
- answers that people scored for harm when PyRIT calibrated its scorers (violence, self-harm,
  hate, sexual content, exploits, privacy, misinformation, bias): label 1 at a score of 0.5
  or more on PyRIT's 0-1 scale, so a refusal and a harmless answer are 0.

The wheel is read as an archive, never installed or imported.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from gateway.evaluation.dataset import read_records
from gateway.evaluation.near_copies import COVERED, shingles
from gateway.evaluation.public_sets import write_rows

DATASETS = "pyrit/datasets/"
TEMPLATES = DATASETS + "jailbreak/templates/"
# The in-the-wild prompts are the shared corpus's own jailbreak source.
LEFT_OUT_TEMPLATES = TEMPLATES + "in_the_wild/"
OBJECTIVES = DATASETS + "seed_datasets/local/airt/"
# The AI Red Team objectives that ask for harm (the others are fairness and therapy prompts).
HARMFUL_OBJECTIVES = (
    "airt_imminent_crisis", "harassment", "harms", "hate", "illegal", "malware",
    "misinformation", "scams", "sexual", "violence",
)  # fmt: skip
ANSWERS = (DATASETS + "scorer_evals/harm/", DATASETS + "scorer_evals/objective/")
FILLS_PER_TEMPLATE = 3
HARMFUL_SCORE = 0.5
LICENCE = "MIT (microsoft/PyRIT), as shipped in pyrit 1.1.0"
_SLOT = re.compile(r"\{\{\s*prompt\s*\}\}")


def _yaml(archive: zipfile.ZipFile, member: str) -> Any:
    return yaml.safe_load(archive.read(member).decode("utf-8"))


def objectives(archive: zipfile.ZipFile) -> list[str]:
    """PyRIT's harmful AI Red Team objectives, in file order."""
    found: list[str] = []
    for name in HARMFUL_OBJECTIVES:
        seeds = _yaml(archive, f"{OBJECTIVES}{name}.prompt").get("seeds") or []
        found.extend(str(seed["value"]) for seed in seeds if seed.get("value"))
    return found


def templates(archive: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    """(name, text) of every template with a single `{{ prompt }}` slot."""
    for member in sorted(archive.namelist()):
        if not member.startswith(TEMPLATES) or not member.endswith(".yaml"):
            continue
        if member.startswith(LEFT_OUT_TEMPLATES):
            continue
        spec = _yaml(archive, member)
        value = spec.get("value") if isinstance(spec, dict) else None
        if isinstance(value, str) and spec.get("parameters") == ["prompt"] and _SLOT.search(value):
            yield member[len(TEMPLATES) :], value


def seen_shingles(folders: Sequence[Path]) -> set[int]:
    """The five-word shingles of every row of the JSONL files in `folders`."""
    seen: set[int] = set()
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"{folder}: no such folder (the shared data, for --unseen-by)")
        for path in sorted(folder.glob("*.jsonl")):
            for record in read_records(path):
                seen |= shingles(record.text)
    return seen


def template_rows(archive: zipfile.ZipFile, seen: set[int]) -> list[dict[str, object]]:
    """Each template not near a seen text, filled with three objectives (label 1)."""
    goals = objectives(archive)
    rows: list[dict[str, object]] = []
    for name, text in templates(archive):
        own = shingles(_SLOT.sub(" ", text))
        if own and len(own & seen) >= COVERED * len(own):
            continue
        source = f"PyRIT jailbreak template {name} (MIT), via its wheel"
        for _ in range(FILLS_PER_TEMPLATE):
            # The objectives in turn, across templates: each row takes the next one.
            goal = goals[len(rows) % len(goals)]
            filled = _SLOT.sub(lambda _: goal, text)  # noqa: B023 - used at once
            rows.append({"text": filled, "label": 1, "source": source, "license": LICENCE})
    return rows


def answer_rows(archive: zipfile.ZipFile) -> list[dict[str, object]]:
    """Every scored answer of PyRIT's scorer evaluations, labelled by its human score."""
    rows: list[dict[str, object]] = []
    for member in sorted(archive.namelist()):
        if not member.startswith(ANSWERS) or not member.endswith(".csv"):
            continue
        # Variants of a file score its answers again (several raters, a sample).
        if "multi_score" in member or "/mini_" in member:
            continue
        # The first line is a version comment, the second the header.
        content = archive.read(member).decode("utf-8").split("\n", 1)[1]
        for row in csv.DictReader(io.StringIO(content)):
            score = row.get("human_score") or row.get("human_score_1")
            answer = row.get("assistant_response")
            if not answer or not score:
                continue
            rows.append(
                {
                    "text": answer,
                    "label": int(float(score) >= HARMFUL_SCORE),
                    "source": f"PyRIT scorer evaluation {member[len(DATASETS) :]} (MIT)",
                    "license": LICENCE,
                }
            )
    return rows


def write_sets(wheel: Path, out: Path, unseen_by: Sequence[Path] = ()) -> dict[str, int]:
    """Write the jailbreak templates and the scored answers under `out`; rows per file."""
    seen = seen_shingles(unseen_by)
    with zipfile.ZipFile(wheel) as archive:
        sets = {
            "pyrit_jailbreak_templates": template_rows(archive, seen),
            "pyrit_answers": answer_rows(archive),
        }
    for name, rows in sets.items():
        write_rows(out, name, rows)
    return {name: len(rows) for name, rows in sets.items()}


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wheel", type=Path, help="PyRIT's wheel (pip download --no-deps pyrit)")
    parser.add_argument("--out", type=Path, default=Path(".cache/public-sets"))
    parser.add_argument(
        "--unseen-by",
        type=Path,
        nargs="*",
        default=[],
        help="folders of JSONL files; templates near a row of theirs are left out",
    )
    args = parser.parse_args(argv)
    for name, count in write_sets(args.wheel, args.out, args.unseen_by).items():
        print(f"{args.out / name}.jsonl: {count} rows")


if __name__ == "__main__":
    main()
