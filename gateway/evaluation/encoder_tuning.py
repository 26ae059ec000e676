"""Fine-tune MiniLM's top layers for one head, judge it across sources, ship it as a branch.

    python -m gateway.evaluation.encoder_tuning [--data DIR ...] [--head harm_request]
        [--folds 4] [--top 3] [--epochs 2] [--seed 0] [--soup 1] [--intent-pairs]
        [--json F] [--dry-run]

Needs torch (training only: `pip install torch==2.13.0`, the CPU build). The bottom layers stay
frozen, so their output is computed once per text; the top `--top` layers and a linear
classifier over their mean-pooled, unit-length output are tuned on the head's rows and
exemplars (`head_data`, `head_features.training_exemplars`), but the exemplars only the linear
heads learn (`head_features.linear_only`). `--seed` shifts every fit's batch draws: two draws
of one recipe differed by seven points of held-out jailbreak recall, so a branch is judged
over more than one (docs/detectors.md, "Recipe drift: the draw"). `--soup K` tunes K draws
per fit and ships the mean of their weights; the judging then also reports each draw alone
(docs/detectors.md, "Soups of draws"). `--intent-pairs` (harm head) also tunes on the written
intent pairs and ordinary requests (`intent_pairs`) and the ordinary foreign prompts
(`everyday_prompts`); measured, not yet shipped: docs/detectors.md, "Intent in everyday words".

Judged by folds of source groups (`cross_source.folds_by_group`): each fold's sources are
scored by a model tuned without them, nor other sources' near copies of their rows. That is
stricter than leaving one source out (a quarter of the sources is missing from each fit) and
costs four fine-tunes instead of thirty. Rows that may not be trained on (licence) are scored
by the model tuned on every shippable row, which is the one shipped. The lexical head and
the frozen MiniLM head are fit on the same folds for comparison, and the blend's lexical
share and threshold for each fold are chosen on the other folds' out-of-fold scores. The
shipped operating points are chosen on all out-of-fold scores. Writes
`detectors/semantic/tuned_<head>.npz` (unless `--dry-run`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.semantic.bert_weights import BertWeights, load_bert_weights
from gateway.detectors.semantic.minilm import model_directory
from gateway.detectors.semantic.tuned_branch import branch_file
from gateway.evaluation.cross_source import combo_operating_point, folds_by_group
from gateway.evaluation.cross_source_report import PROFILE, cascade_scored, counts
from gateway.evaluation.head_data import HEADS, HeadSpec
from gateway.evaluation.head_features import training_exemplars
from gateway.evaluation.linear_models import C_VALUES, fit_head, lexical_matrix, threshold_for
from gateway.evaluation.near_copies import near_copies, without_copies_of
from gateway.evaluation.profile_catches import flagged_for_toxicity, standard_profile
from gateway.evaluation.tuned_encoder import (
    Corpus,
    TunedModel,
    Tuning,
    as_branch,
    read_corpus,
    soup,
    tune,
)

# The strengths (C) the shipped lexical heads were chosen with on their folds (docs/
# detectors.md), and the frozen MiniLM heads' (`C_VALUES`).
LEXICAL_C = {
    "harm_request": 8.0,
    "prompt_injection": 4.0,
    "jailbreak": 4.0,
    "harm_output": 4.0,
    "toxicity": 4.0,
}
FROZEN_C = C_VALUES["minilm"]
# The budgets the shipped branches were tuned at, where it is not the head's own: the harm
# branch at the head's 3% refused more benign look-alikes than the product allows
# (docs/detectors.md, "The harm head's tuned branch").
SHIPPED_BUDGETS = {"harm_request": 0.02}


@dataclass(frozen=True)
class OperatingPoints:
    """The tuned model's threshold alone, and the blend's lexical share and threshold."""

    threshold: float
    blend_share: float
    blend_threshold: float


def operating_points(
    logits: dict[str, NDArray[np.float64]],
    labels: NDArray[np.int64],
    spec: HeadSpec,
    chosen_on: NDArray[np.int64],
) -> OperatingPoints:
    """Operating points for `spec`'s objective, chosen on the out-of-fold `logits` of the
    rows `chosen_on` (the blend's share among `spec.lexical_shares`)."""
    alone = threshold_for(
        logits["tuned"][chosen_on], labels[chosen_on], spec.objective, spec.target_fpr
    )
    shares, blend_threshold = combo_operating_point(
        {"lexical": logits["lexical"], "minilm": logits["tuned"]},
        ("lexical", "minilm"),
        spec,
        labels,
        chosen_on,
    )
    return OperatingPoints(alone, shares["lexical"], blend_threshold)


@dataclass(frozen=True)
class Judged:
    """Out-of-fold logits per model, every row's fold (-1: never trained on), and the model
    tuned on every shippable row."""

    logits: dict[str, NDArray[np.float64]]
    fold_of: NDArray[np.int64]
    final: TunedModel


def judge(corpus: Corpus, weights: BertWeights, head: str, folds: int, tuning: Tuning) -> Judged:
    """Every row scored by models fit without its fold's sources (and their near copies)."""
    rows = corpus.rows
    groups = tuple(row.group for row in rows)
    copies = near_copies([row.text for row in rows], groups)
    exemplars = corpus.exemplars
    trainable = np.flatnonzero([row.shippable for row in rows])
    unseen = np.flatnonzero([not row.shippable for row in rows])
    lexical = lexical_matrix([row.text for row in rows] + _exemplar_texts(head))
    names = ["lexical", "frozen", *tuned_names(tuning)]
    logits = {name: np.zeros(corpus.row_count) for name in names}
    fold_of = np.full(corpus.row_count, -1, dtype=np.int64)
    for k, held in enumerate(folds_by_group(groups, trainable, folds)):
        started = time.monotonic()
        fold_of[held] = k
        train = without_copies_of(np.setdiff1d(trainable, held), held, copies)
        _fit_and_score(corpus, weights, lexical, head, train, exemplars, held, logits, tuning, k)
        print(
            f"  fold {k}: {len(held)} rows scored, {time.monotonic() - started:.0f} s", flush=True
        )
    final = _fit_and_score(
        corpus, weights, lexical, head, trainable, exemplars, unseen, logits, tuning, folds
    )
    return Judged(logits, fold_of, final)


def _exemplar_texts(head: str) -> list[str]:
    positives, negatives = training_exemplars(head)
    return [*positives, *negatives]


def _fit_and_score(
    corpus: Corpus,
    weights: BertWeights,
    lexical: Any,
    head: str,
    train: NDArray[np.int64],
    exemplars: NDArray[np.int64],
    scored: NDArray[np.int64],
    logits: dict[str, NDArray[np.float64]],
    tuning: Tuning,
    seed: int,
) -> TunedModel:
    """Fit the three models on `train` and the exemplars; write their logits of `scored`."""
    fitted = np.concatenate([train, exemplars])
    labels, sample_weights = corpus.labels[fitted], corpus.weights[fitted]
    linear_models = (("lexical", lexical, LEXICAL_C[head]), ("frozen", corpus.frozen, FROZEN_C))
    for name, matrix, c in linear_models:
        linear = fit_head(matrix[fitted], labels, c, sample_weights)
        if len(scored):
            logits[name][scored] = linear.logits(matrix[scored])
    tuned_fit = corpus.tuned_rows(fitted)
    draws = [
        tune(corpus, weights, tuned_fit, replace(tuning, seed=tuning.seed + j), seed)
        for j in range(tuning.soup)
    ]
    model = soup(draws) if len(draws) > 1 else draws[0]
    if len(scored):
        logits["tuned"][scored] = model.logits(corpus, scored)
        if len(draws) > 1:
            names = draw_names(tuning)
            for name, draw in zip(names, draws, strict=True):
                logits[name][scored] = draw.logits(corpus, scored)
            logits["ensemble"][scored] = np.mean([logits[name][scored] for name in names], axis=0)
    return model


def tuned_names(tuning: Tuning) -> list[str]:
    """The tuned models judged: the one shipped ("tuned": the soup when there are several
    draws), and with a soup each draw alone and the mean of their logits (an ensemble)."""
    if tuning.soup == 1:
        return ["tuned"]
    return ["tuned", *draw_names(tuning), "ensemble"]


def draw_names(tuning: Tuning) -> list[str]:
    """A soup's draws, named by their `--seed`."""
    return [f"draw {tuning.seed + j}" for j in range(tuning.soup)]


def held_out_margins(
    judged: Judged, labels: NDArray[np.int64], spec: HeadSpec
) -> dict[str, NDArray[np.float64]]:
    """Per model, each row's logit minus a threshold chosen on the other folds' rows (and the
    blend with a share chosen there too); rows never trained on use all folds' choice."""
    logits = judged.logits
    # Each model blended with the lexical head, as the shipped branch is.
    blends = {f"{name} blend": name for name in logits if name != "lexical"}
    margins = {name: np.zeros(len(labels)) for name in [*logits, *blends]}
    for k in sorted(set(judged.fold_of.tolist())):
        scored = np.flatnonzero(judged.fold_of == k)
        others = (
            np.flatnonzero(judged.fold_of >= 0)
            if k < 0
            else np.flatnonzero((judged.fold_of >= 0) & (judged.fold_of != k))
        )
        for name in logits:
            cut = threshold_for(
                logits[name][others], labels[others], spec.objective, spec.target_fpr
            )
            margins[name][scored] = logits[name][scored] - cut
        for blend, other in blends.items():
            pair = {"lexical": logits["lexical"], "minilm": logits[other]}
            shares, cut = combo_operating_point(pair, ("lexical", "minilm"), spec, labels, others)
            mixed = shares["lexical"] * pair["lexical"] + shares["minilm"] * pair["minilm"]
            margins[blend][scored] = mixed[scored] - cut
    return margins


def report(head: str, corpus: Corpus, judged: Judged, spec: HeadSpec) -> dict[str, Any]:
    """Pooled and per-source figures of each model, and the cascade the profile runs."""
    labels = corpus.labels[: corpus.row_count]
    texts = [row.text for row in corpus.rows]
    groups = np.asarray([row.group for row in corpus.rows])
    margins = held_out_margins(judged, labels, spec)
    for name in [name for name in margins if name.endswith(" blend")]:
        cascade = cascade_scored(head, texts, margins["lexical"], margins[name])
        margins[f"cascade ({name.removesuffix(' blend')})"] = cascade
    caught_by = {name: values > 0 for name, values in margins.items()}
    if head == "toxicity":
        # What `standard` flags: the tuned cascade beside the profanity model.
        tuned = margins["cascade (tuned)"]
        caught_by[PROFILE] = flagged_for_toxicity(texts, tuned, standard_profile())
    figures: dict[str, Any] = {"head": head, "models": {}}
    for name, caught in caught_by.items():
        figures["models"][name] = {
            "pooled": counts(caught, labels),
            "sources": {
                str(group): counts(caught[groups == group], labels[groups == group])
                for group in sorted(set(groups.tolist()))
            },
        }
    figures["margins"] = {name: np.round(values, 4).tolist() for name, values in margins.items()}
    # The out-of-fold logits themselves, so that another operating point can be judged
    # without tuning again.
    figures["logits"] = {name: np.round(v, 4).tolist() for name, v in judged.logits.items()}
    figures["fold_of"] = judged.fold_of.tolist()
    figures["labels"] = labels.tolist()
    figures["groups"] = groups.tolist()
    return figures


def _print(figures: dict[str, Any]) -> None:
    print(f"\n== {figures['head']}, folds by source group")
    print(f"   {'model':20s} {'recall':>7s} {'fpr':>6s} {'f1':>6s}")
    for name, model in figures["models"].items():
        pooled = model["pooled"]
        print(f"   {name:20s} {pooled['recall']:7.3f} {pooled['fpr']:6.3f} {pooled['f1']:6.3f}")
    print("   per source: n, positives; recall / fpr of the cascade, frozen then tuned")
    frozen, tuned = (
        figures["models"][f"cascade ({kind})"]["sources"] for kind in ("frozen", "tuned")
    )
    for group, before in frozen.items():
        after = tuned[group]
        positives = before["tp"] + before["fn"]
        print(
            f"     {group[:52]:52s} {before['n']:5d} {positives:5d}  "
            f"{before['recall']:.3f} / {before['fpr']:.3f}  "
            f"{after['recall']:.3f} / {after['fpr']:.3f}"
        )


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[Path("../shared/train"), Path("../shared/eval")]
    )
    parser.add_argument("--head", default="harm_request", choices=sorted(LEXICAL_C))
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--top", type=int, default=Tuning.top)
    parser.add_argument("--epochs", type=float, default=Tuning.epochs)
    parser.add_argument(
        "--seed",
        type=int,
        default=Tuning.seed,
        help="shift every fit's batch draws (default 0: the shipped branches' draws)",
    )
    parser.add_argument(
        "--soup",
        type=int,
        default=Tuning.soup,
        help="tune this many draws per fit and ship the mean of their weights (default 1)",
    )
    parser.add_argument(
        "--intent-pairs",
        action="store_true",
        help="harm head: also tune on the intent pairs and ordinary requests (English, foreign)",
    )
    parser.add_argument(
        "--target-fpr",
        type=float,
        help="the false-positive budget on training folds (default: the shipped branch's, "
        "`SHIPPED_BUDGETS`, else the head's in `head_data`)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures and margins here")
    parser.add_argument("--dry-run", action="store_true", help="judge only; write no branch")
    parser.add_argument(
        "--out", type=Path, help="where to write the branch (default: the head's shipped file)"
    )
    args = parser.parse_args(argv)
    tuning = Tuning(top=args.top, epochs=args.epochs, seed=args.seed, soup=args.soup)
    weights = load_bert_weights(model_directory() / "model.safetensors")
    started = time.monotonic()
    corpus = read_corpus(args.data, args.head, weights, tuning.top, args.intent_pairs)
    print(
        f"{args.head}: {corpus.row_count} rows, "
        f"{len(corpus.exemplars)} exemplars ({len(corpus.linear_only)} for the linear heads "
        f"only), {len(corpus.tuned_only)} rows for the tuned model only, "
        f"{len(corpus.reading_of)} English readings, encoded in "
        f"{time.monotonic() - started:.0f} s",
        flush=True,
    )
    spec = HEADS[args.head]
    budget = args.target_fpr if args.target_fpr is not None else SHIPPED_BUDGETS.get(args.head)
    if budget is not None:
        spec = replace(spec, target_fpr=budget)
    judged = judge(corpus, weights, args.head, args.folds, tuning)
    figures = report(args.head, corpus, judged, spec)
    _print(figures)
    if args.json:
        args.json.write_text(json.dumps(figures), encoding="utf-8")
    labels = corpus.labels[: corpus.row_count]
    points = operating_points(judged.logits, labels, spec, np.flatnonzero(judged.fold_of >= 0))
    print(f"   shipped operating points: {points}")
    if not args.dry_run:
        start = len(weights.layers) - tuning.top
        branch = as_branch(
            judged.final,
            args.head,
            start,
            points.threshold,
            points.blend_share,
            points.blend_threshold,
        )
        out = args.out or branch_file(args.head)
        branch.save(out)
        print(f"   wrote {out}")


if __name__ == "__main__":
    main()
