"""Where the public sets read from other packages' wheels are written for `modelgate eval`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path


def write_rows(out: Path, name: str, rows: Iterable[Mapping[str, object]]) -> Path:
    """Write `rows` as `out/name.jsonl`, one JSON object a line; the file's path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as file:
        file.writelines(json.dumps(dict(row), ensure_ascii=False) + "\n" for row in rows)
    return path
