"""Train the shipped heads on every shippable row of the corpus plus the hand-written exemplars.

    python -m gateway.evaluation.train_heads --data ../shared/train ../shared/eval [--heads …]

Writes `detectors/learned/lexical_heads.npz` (hashed n-grams) and
`detectors/semantic/minilm_heads.npz` (MiniLM embeddings, plus the blend's thresholds used by
the cascade). Rows whose licence does not allow shipping (CC-BY-NC, no licence) are never read
for training. Thresholds come from out-of-fold scores of an inner split by source group, so an
operating point reflects sources a model did not see, not a random split of the same ones.
Figures for these models: `python -m gateway.evaluation.cross_source_report` (`make eval`).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.learned import lexical
from gateway.detectors.learned.heads import LinearHeads
from gateway.detectors.semantic import detector as semantic
from gateway.evaluation.cross_source import COMBOS, train_combos
from gateway.evaluation.head_data import HEADS, head_rows
from gateway.evaluation.head_features import build_features, warm_embeddings
from gateway.evaluation.near_copies import near_copies

MAX_TOKENS = 48


def train(
    folders: Sequence[Path],
    heads: Sequence[str] = tuple(HEADS),
    lexical_path: Path = lexical.WEIGHTS,
    semantic_path: Path = semantic.WEIGHTS,
) -> None:
    """Fit `heads` on both feature sets and write the two .npz files the detectors load.

    Heads not named keep the columns the files already hold, so one head can be retrained
    without moving the others' weights and thresholds."""
    names = tuple(HEADS)
    if set(heads) == set(names):
        start = _blank(names)
    else:
        start = _shipped(names, lexical_path, semantic_path)
    lexical_weights, minilm_weights, bias, thresholds, lexical_shares = start
    for column, head in enumerate(names):
        if head not in heads:
            continue
        spec = HEADS[head]
        rows = [row for row in head_rows(folders, head) if row.shippable]
        labels = np.asarray([row.label for row in rows], dtype=np.int64)
        groups = tuple(row.group for row in rows)
        print(f"{head}: {len(rows)} rows, {int(labels.sum())} positive, {len(set(groups))} sources")
        features = build_features(head, rows, MAX_TOKENS)
        everything = np.arange(len(rows))
        # Thresholds and strengths come from folds by source that leave out their copies.
        copies = near_copies([row.text for row in rows], groups)
        trained = train_combos(features, COMBOS, spec, labels, groups, everything, copies)
        for name, combo in trained.items():
            thresholds[name][column] = combo.threshold
        lexical_shares[column] = trained["blend"].shares["lexical"]
        for name, target in (("lexical", lexical_weights), ("minilm", minilm_weights)):
            fitted = trained[name].heads[name]
            print(f"  {name}: C {fitted.c:g}, threshold {trained[name].threshold:.3f}")
            target[:, column] = fitted.coef
            bias[name][column] = fitted.intercept
    LinearHeads(names, lexical_weights, _f32(bias["lexical"]), _f32(thresholds["lexical"])).save(
        lexical_path, sparse=True
    )
    LinearHeads(
        names,
        minilm_weights,
        _f32(bias["minilm"]),
        _f32(thresholds["minilm"]),
        blend_thresholds=_f32(thresholds["blend"]),
        blend_shares=_f32(lexical_shares),
    ).save(semantic_path, sparse=False)
    print(f"wrote {lexical_path} and {semantic_path}")


_Columns = tuple[
    NDArray[np.float32],
    NDArray[np.float32],
    dict[str, NDArray[np.float64]],
    dict[str, NDArray[np.float64]],
    NDArray[np.float64],
]
"""Lexical weights, MiniLM weights, biases and thresholds per feature set, blend shares."""


def _blank(names: tuple[str, ...]) -> _Columns:
    """Zeroed columns for every head, all of which will be trained."""
    return (
        np.zeros((lexical.FEATURES, len(names)), dtype=np.float32),
        np.zeros((semantic.FEATURES, len(names)), dtype=np.float32),
        {"lexical": np.zeros(len(names)), "minilm": np.zeros(len(names))},
        {name: np.zeros(len(names)) for name in ("lexical", "minilm", "blend")},
        np.zeros(len(names)),
    )


def _shipped(names: tuple[str, ...], lexical_path: Path, semantic_path: Path) -> _Columns:
    """The columns the files hold, for the heads that are not retrained."""
    kept_lexical, kept_minilm = LinearHeads.load(lexical_path), LinearHeads.load(semantic_path)
    if kept_lexical.names != names or kept_minilm.blend_thresholds is None:
        raise SystemExit(f"{lexical_path} and {semantic_path} do not hold the heads {names}")
    shares = kept_minilm.blend_shares
    return (
        kept_lexical.weights,
        kept_minilm.weights,
        {
            "lexical": kept_lexical.bias.astype(np.float64),
            "minilm": kept_minilm.bias.astype(np.float64),
        },
        {
            "lexical": kept_lexical.thresholds.astype(np.float64),
            "minilm": kept_minilm.thresholds.astype(np.float64),
            "blend": kept_minilm.blend_thresholds.astype(np.float64),
        },
        np.full(len(names), 0.5) if shares is None else shares.astype(np.float64),
    )


def _f32(values: NDArray[np.float64]) -> NDArray[np.float32]:
    return values.astype(np.float32)


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[Path("../shared/train"), Path("../shared/eval")]
    )
    parser.add_argument(
        "--jobs", type=int, default=1, help="processes that embed the texts not yet cached"
    )
    parser.add_argument(
        "--heads",
        nargs="+",
        default=list(HEADS),
        choices=list(HEADS),
        help="retrain these heads only; the others keep their shipped columns",
    )
    args = parser.parse_args(argv)
    if args.jobs > 1:
        warm_embeddings(args.data, tuple(args.heads), MAX_TOKENS, workers=args.jobs)
    train(args.data, tuple(args.heads))


if __name__ == "__main__":
    main()
