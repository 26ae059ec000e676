"""Labelled JSONL records: `text`, `label` (1 = act on it), optional `spans` (type, start, end)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gateway.errors import ModelGateError


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A labelled entity: presidio-research type name and character range."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Record:
    """One line of an evaluation file."""

    text: str
    label: int | None
    spans: tuple[GoldSpan, ...] | None
    license: str = ""


class DatasetError(ModelGateError, ValueError):
    """A line of an evaluation file is not a valid record."""


def read_records(path: Path) -> Iterator[Record]:
    """The records of a JSONL file, failing with the line number on a bad line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                spans = raw.get("spans")
                yield Record(
                    text=str(raw["text"]),
                    label=int(raw["label"]) if "label" in raw else None,
                    spans=None
                    if spans is None
                    else tuple(
                        GoldSpan(str(s["type"]), int(s["start"]), int(s["end"])) for s in spans
                    ),
                    license=str(raw.get("license", "")),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise DatasetError(f"{path}:{number}: not a valid record ({exc})") from exc
