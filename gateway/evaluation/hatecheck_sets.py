"""Multilingual HateCheck's test cases, as labelled JSONL for `modelgate eval`.

    git clone https://github.com/rewire-online/multilingual-hatecheck
    .venv/bin/python -m gateway.evaluation.hatecheck_sets "multilingual-hatecheck/MHC Final Cases"
    .venv/bin/modelgate eval .cache/public-sets/mhc_french.jsonl --tier developer

Multilingual HateCheck (Röttger et al., WOAH 2022; CC-BY-4.0) is HateCheck's functional tests
rewritten by native speakers in ten languages: hate against protected groups (label 1) beside
what resembles it and is not hate (label 0): counter-speech that quotes or names hate,
positive and neutral statements about the same groups, abuse aimed at objects, individuals or
groups nobody protects, negated hate. Neither shared folder holds it, so it measures the
toxicity detectors on languages and sources they never trained on. One file per language;
each row's source names the language and the test's functionality, so the per-source figures
of `modelgate eval` are per functionality. Its non-hateful abuse (`target_indiv_nh`, insults
aimed at one person) is what the gateway's `toxicity` category flags; read it by source.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from gateway.evaluation.public_sets import write_rows

LICENCE = "CC-BY-4.0 (rewire-online/multilingual-hatecheck)"
_PREFIX = "hatecheck_cases_final_"


def cases(path: Path) -> Iterator[dict[str, object]]:
    """The labelled rows of one `hatecheck_cases_final_<language>.csv` (gold labels)."""
    language = path.stem.removeprefix(_PREFIX)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = row["test_case"].strip()
            # A few cases are placeholders ("-"): nothing a detector could be asked about.
            if len(text) < 3:
                continue
            yield {
                "text": text,
                "label": int(row["label_gold"] == "hateful"),
                "source": f"MHC {language} {row['functionality']}",
                "license": LICENCE,
            }


def write_sets(folder: Path, out: Path) -> dict[str, int]:
    """Write `mhc_<language>.jsonl` under `out` for every case file in `folder`."""
    written = {}
    for path in sorted(folder.glob(f"{_PREFIX}*.csv")):
        rows = list(cases(path))
        name = "mhc_" + path.stem.removeprefix(_PREFIX)
        write_rows(out, name, rows)
        written[name] = len(rows)
    if not written:
        raise SystemExit(f"no {_PREFIX}*.csv in {folder}")
    return written


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="the repository's `MHC Final Cases` folder")
    parser.add_argument("--out", type=Path, default=Path(".cache/public-sets"))
    args = parser.parse_args(argv)
    for name, count in write_sets(args.folder, args.out).items():
        print(f"{name}: {count} rows")


if __name__ == "__main__":
    main()
