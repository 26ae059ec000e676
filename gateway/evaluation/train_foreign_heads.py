"""Train the harm head the cascade reads for foreign text (`detectors/learned/foreign_heads`).

    python -m gateway.evaluation.train_foreign_heads --data ../shared/train ../shared/eval
        [--report]

The shipped lexical harm head's shippable rows and exemplars (`head_features`), plus the
ordinary prompts in six languages (`everyday_prompts`); its threshold comes from out-of-fold
scores of an inner split by source group, as in `train_heads`. Writes
`detectors/learned/lexical_foreign_heads.npz`. `--report` (about ten minutes on two cores)
judges the shipped recipe and this one across sources: every row is scored by a model trained
without its source group, and the figures are printed for the corpus's foreign rows (the ones
the foreign head reads) and for the English ones.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from gateway.detectors.learned.foreign_heads import WEIGHTS
from gateway.detectors.learned.heads import LinearHeads
from gateway.evaluation.cross_source import train_combos
from gateway.evaluation.cross_source_report import counts
from gateway.evaluation.everyday_prompts import EVERYDAY_PROMPTS
from gateway.evaluation.foreign_head_data import (
    FOREIGN_HEAD,
    LEXICAL,
    foreign_rows,
    held_out_margins,
    lexical_features,
)
from gateway.evaluation.head_data import HEADS, head_rows
from gateway.evaluation.near_copies import near_copies


def train(
    folders: Sequence[Path], path: Path = WEIGHTS, extra_negatives: Sequence[str] = EVERYDAY_PROMPTS
) -> None:
    """Fit the foreign harm head on every shippable row, the exemplars and `extra_negatives`
    (the everyday prompts) and write it to `path`."""
    rows = [row for row in head_rows(folders, FOREIGN_HEAD) if row.shippable]
    labels = np.asarray([row.label for row in rows], dtype=np.int64)
    groups = tuple(row.group for row in rows)
    features = lexical_features(rows, extra_negatives)
    copies = near_copies([row.text for row in rows], groups)
    everything = np.arange(len(rows))
    trained = train_combos(
        features, LEXICAL, HEADS[FOREIGN_HEAD], labels, groups, everything, copies
    )
    combo = trained["lexical"]
    fitted = combo.heads["lexical"]
    print(f"{FOREIGN_HEAD} (foreign): C {fitted.c:g}, threshold {combo.threshold:.3f}")
    LinearHeads(
        (FOREIGN_HEAD,),
        fitted.coef.reshape(-1, 1).astype(np.float32),
        np.asarray([fitted.intercept], dtype=np.float32),
        np.asarray([combo.threshold], dtype=np.float32),
    ).save(path, sparse=True)
    print(f"wrote {path}")


def report(folders: Sequence[Path]) -> None:
    """Held-out figures of the shipped recipe and the foreign one, foreign and English rows."""
    rows = head_rows(folders, FOREIGN_HEAD)
    labels = np.asarray([row.label for row in rows], dtype=np.int64)
    foreign = foreign_rows(rows)
    print(f"{len(rows)} rows, {int(foreign.sum())} of them foreign")
    for recipe, extra in (("shipped recipe", ()), ("with everyday prompts", EVERYDAY_PROMPTS)):
        caught = held_out_margins(rows, extra) > 0
        for part, mask in (("foreign", foreign), ("English", ~foreign)):
            figures = counts(caught[mask], labels[mask])
            print(
                f"  {recipe:22s} {part:8s} recall {figures['recall']:.3f}"
                f"  fpr {figures['fpr']:.3f}  n {int(mask.sum())}"
            )


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[Path("../shared/train"), Path("../shared/eval")]
    )
    parser.add_argument("--report", action="store_true", help="also judge across sources")
    args = parser.parse_args(argv)
    train(args.data)
    if args.report:
        report(args.data)


if __name__ == "__main__":
    main()
