"""Fine-tune MiniLM's top layers for one head, judge it across sources, ship it as a branch.

    python -m gateway.evaluation.encoder_tuning [--data DIR ...] [--head harm_request]
        [--folds 4] [--top 2] [--epochs 2] [--json F] [--dry-run]

Needs torch (training only: `pip install torch==2.13.0`, the CPU build). The bottom layers stay
frozen, so their output is computed once per text; the top `--top` layers and a linear
classifier over their mean-pooled, unit-length output are tuned on the head's rows and
exemplars (`head_data`, `head_features.training_exemplars`).

Judged by folds of source groups (`cross_source.folds_by_group`): each fold's sources are
scored by a model tuned without them, nor other sources' near copies of their rows. That is
stricter than leaving one source out (a quarter of the sources is missing from each fit) and
costs four fine-tunes instead of thirty. Rows that may not be trained on (licence) are scored
by the model tuned on every shippable row, which is the one shipped. The lexical head and
the frozen MiniLM head are fit on the same folds for comparison, and the blend's lexical
share and threshold for each fold are chosen on the other folds' out-of-fold scores. The
shipped operating points are chosen on all out-of-fold scores. Writes
`detectors/semantic/tuned_branch.npz` (unless `--dry-run`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from tokenizers import Tokenizer

from gateway.detectors.semantic.bert_weights import BertWeights, load_bert_weights
from gateway.detectors.semantic.minilm import model_directory
from gateway.detectors.semantic.tuned_branch import TUNED, TunedBranch
from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.cross_source import combo_operating_point, folds_by_group
from gateway.evaluation.cross_source_report import MAX_TOKENS, cascade_scored, counts
from gateway.evaluation.head_data import HEADS, HeadSpec, head_rows
from gateway.evaluation.head_features import training_exemplars
from gateway.evaluation.linear_models import fit_head, lexical_matrix, threshold_for
from gateway.evaluation.near_copies import near_copies, without_copies_of
from gateway.evaluation.torch_encoder import (
    LayerTensors,
    embed_tokens,
    encoder_layer,
    layer_tensors,
    mean_pooled,
    run_layer,
)

# As in `cross_source`: a written exemplar counts as this many corpus rows.
EXEMPLAR_WEIGHT = 4.0
# The shipped lexical harm head's strength, and the frozen MiniLM heads' (`C_VALUES`).
LEXICAL_C = 8.0
FROZEN_C = 2.0
# The classifier reads the unit-length embedding scaled up, so that its logits can reach
# the range a linear head's do without a large learning rate on its weights.
EMBEDDING_SCALE = 10.0
BATCH = 32
PROMPT_HEADS = ("harm_request", "prompt_injection", "jailbreak")
SEED = 0


@dataclass(frozen=True)
class Tuning:
    """How the top of the encoder is tuned."""

    top: int = 2
    epochs: float = 2.0
    learning_rate: float = 4e-5
    classifier_learning_rate: float = 1e-3


@dataclass(frozen=True)
class Corpus:
    """A head's texts (rows, then exemplars), their tokens and their frozen encoder states."""

    rows: Sequence[LabelledRow]
    labels: NDArray[np.int64]
    weights: NDArray[np.float32]
    # Hidden states entering the first tuned layer (float16), and the token masks.
    states: Any
    masks: Any
    # The frozen encoder's unit-length embeddings (what the shipped linear heads read).
    frozen: NDArray[np.float32]

    @property
    def row_count(self) -> int:
        return len(self.rows)


def _tokens(texts: Sequence[str]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    tokenizer = Tokenizer.from_file(str(model_directory() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    ids = np.zeros((len(texts), MAX_TOKENS), dtype=np.int64)
    masks = np.zeros_like(ids)
    for i, encoding in enumerate(tokenizer.encode_batch(list(texts))):
        ids[i, : len(encoding.ids)] = encoding.ids
        masks[i, : len(encoding.ids)] = 1
    return ids, masks


def read_corpus(folders: Sequence[Path], head: str, weights: BertWeights, top: int) -> Corpus:
    """The head's rows and exemplars, run once through the frozen bottom of the encoder."""
    rows = head_rows(folders, head)
    positives, negatives = training_exemplars(head)
    texts = [row.text for row in rows] + [*positives, *negatives]
    labels = [row.label for row in rows] + [1] * len(positives) + [0] * len(negatives)
    sample_weights = [1.0] * len(rows) + [EXEMPLAR_WEIGHT] * (len(positives) + len(negatives))
    ids, masks = _tokens(texts)
    start = len(weights.layers) - top
    frozen_layers = [layer_tensors(layer, trainable=False) for layer in weights.layers]
    states = torch.zeros((len(texts), MAX_TOKENS, weights.width), dtype=torch.float16)
    frozen = np.zeros((len(texts), weights.width), dtype=np.float32)
    with torch.no_grad():
        for first in range(0, len(texts), 256):
            batch = slice(first, first + 256)
            mask = torch.from_numpy(masks[batch])
            hidden = embed_tokens(weights, torch.from_numpy(ids[batch]))
            for index, layer in enumerate(frozen_layers):
                if index == start:
                    states[batch] = hidden.half()
                hidden = run_layer(hidden, mask, layer)
            frozen[batch] = mean_pooled(hidden, mask).numpy()
    return Corpus(
        rows,
        np.asarray(labels, dtype=np.int64),
        np.asarray(sample_weights, dtype=np.float32),
        states,
        torch.from_numpy(masks),
        frozen,
    )


@dataclass
class TunedModel:
    """Tuned top layers and the classifier over their pooled output."""

    layers: list[LayerTensors]
    classifier: Any
    bias: Any

    def logits(self, corpus: Corpus, indices: NDArray[np.int64]) -> NDArray[np.float64]:
        """Decision values of the texts at `indices`."""
        out = np.zeros(len(indices), dtype=np.float64)
        with torch.no_grad():
            for first in range(0, len(indices), 256):
                chosen = torch.from_numpy(indices[first : first + 256])
                out[first : first + 256] = self._forward(corpus, chosen).numpy()
        return out

    def _forward(self, corpus: Corpus, chosen: Any) -> Any:
        hidden, mask = corpus.states[chosen].float(), corpus.masks[chosen]
        for layer in self.layers:
            hidden = run_layer(hidden, mask, layer)
        embedding = mean_pooled(hidden, mask) * EMBEDDING_SCALE
        return embedding @ self.classifier + self.bias


def tune(
    corpus: Corpus, weights: BertWeights, train: NDArray[np.int64], tuning: Tuning, seed: int
) -> TunedModel:
    """Top layers and classifier tuned on the texts at `train` (class-balanced, weighted)."""
    torch.manual_seed(seed)
    start = len(weights.layers) - tuning.top
    model = TunedModel(
        [layer_tensors(layer, trainable=True) for layer in weights.layers[start:]],
        torch.zeros(weights.width, requires_grad=True),
        torch.zeros((), requires_grad=True),
    )
    layer_parameters = [tensor for layer in model.layers for tensor in layer.values()]
    optimiser = torch.optim.AdamW(
        [
            {"params": layer_parameters, "lr": tuning.learning_rate},
            {"params": [model.classifier, model.bias], "lr": tuning.classifier_learning_rate},
        ],
        weight_decay=0.01,
    )
    steps = max(1, int(tuning.epochs * len(train) / BATCH))
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / warmup) * max(0.0, 1.0 - step / steps)
    )
    labels = corpus.labels[train].astype(np.float32)
    weights_of = corpus.weights[train]
    # Both classes weigh the same in the loss, as `class_weight="balanced"` does for the
    # linear heads.
    positive, negative = float(weights_of[labels == 1].sum()), float(weights_of[labels == 0].sum())
    balance = np.where(labels == 1, 0.5 / positive, 0.5 / negative) * (positive + negative)
    targets = torch.from_numpy(labels)
    loss_weights = torch.from_numpy((weights_of * balance).astype(np.float32))
    chosen_rows = torch.from_numpy(train)
    generator = np.random.default_rng(seed)
    for _ in range(steps):
        batch = torch.from_numpy(generator.choice(len(train), BATCH, replace=False))
        logits = model._forward(corpus, chosen_rows[batch])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            logits, targets[batch], weight=loss_weights[batch]
        )
        optimiser.zero_grad()
        torch.autograd.backward(loss)
        optimiser.step()
        schedule.step()
    return model


def as_branch(model: TunedModel, head: str, start: int, points: OperatingPoints) -> TunedBranch:
    """What the encoder and the heads read of a tuned model (`tuned_branch`)."""
    return TunedBranch(
        head=head,
        branch_from=start,
        layers=tuple(encoder_layer(layer) for layer in model.layers),
        classifier=(model.classifier.detach().numpy() * EMBEDDING_SCALE).astype(np.float32),
        bias=float(model.bias.detach()),
        threshold=points.threshold,
        blend_share=points.blend_share,
        blend_threshold=points.blend_threshold,
    )


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
    exemplars = np.arange(corpus.row_count, len(corpus.labels))
    trainable = np.flatnonzero([row.shippable for row in rows])
    unseen = np.flatnonzero([not row.shippable for row in rows])
    lexical = lexical_matrix([row.text for row in rows] + _exemplar_texts(head))
    logits = {name: np.zeros(corpus.row_count) for name in ("lexical", "frozen", "tuned")}
    fold_of = np.full(corpus.row_count, -1, dtype=np.int64)
    for k, held in enumerate(folds_by_group(groups, trainable, folds)):
        started = time.monotonic()
        fold_of[held] = k
        train = without_copies_of(np.setdiff1d(trainable, held), held, copies)
        _fit_and_score(corpus, weights, lexical, train, exemplars, held, logits, tuning, k)
        print(
            f"  fold {k}: {len(held)} rows scored, {time.monotonic() - started:.0f} s", flush=True
        )
    final = _fit_and_score(
        corpus, weights, lexical, trainable, exemplars, unseen, logits, tuning, folds
    )
    return Judged(logits, fold_of, final)


def _exemplar_texts(head: str) -> list[str]:
    positives, negatives = training_exemplars(head)
    return [*positives, *negatives]


def _fit_and_score(
    corpus: Corpus,
    weights: BertWeights,
    lexical: Any,
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
    for name, matrix, c in (("lexical", lexical, LEXICAL_C), ("frozen", corpus.frozen, FROZEN_C)):
        linear = fit_head(matrix[fitted], labels, c, sample_weights)
        if len(scored):
            logits[name][scored] = linear.logits(matrix[scored])
    model = tune(corpus, weights, fitted, tuning, seed)
    if len(scored):
        logits["tuned"][scored] = model.logits(corpus, scored)
    return model


def held_out_margins(
    judged: Judged, labels: NDArray[np.int64], spec: HeadSpec
) -> dict[str, NDArray[np.float64]]:
    """Per model, each row's logit minus a threshold chosen on the other folds' rows (and the
    blend with a share chosen there too); rows never trained on use all folds' choice."""
    margins = {
        name: np.zeros(len(labels))
        for name in ("lexical", "frozen", "tuned", "blend", "frozen blend")
    }
    logits = judged.logits
    for k in sorted(set(judged.fold_of.tolist())):
        scored = np.flatnonzero(judged.fold_of == k)
        others = (
            np.flatnonzero(judged.fold_of >= 0)
            if k < 0
            else np.flatnonzero((judged.fold_of >= 0) & (judged.fold_of != k))
        )
        for name in ("lexical", "frozen", "tuned"):
            cut = threshold_for(
                logits[name][others], labels[others], spec.objective, spec.target_fpr
            )
            margins[name][scored] = logits[name][scored] - cut
        for blend, other in (("blend", "tuned"), ("frozen blend", "frozen")):
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
    margins["cascade (tuned)"] = cascade_scored(head, texts, margins["lexical"], margins["blend"])
    margins["cascade (frozen)"] = cascade_scored(
        head, texts, margins["lexical"], margins["frozen blend"]
    )
    figures: dict[str, Any] = {"head": head, "models": {}}
    for name, values in margins.items():
        caught = values > 0
        figures["models"][name] = {
            "pooled": counts(caught, labels),
            "sources": {
                str(group): counts(caught[groups == group], labels[groups == group])
                for group in sorted(set(groups.tolist()))
            },
        }
    figures["margins"] = {name: np.round(values, 4).tolist() for name, values in margins.items()}
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
    parser.add_argument("--head", default="harm_request", choices=PROMPT_HEADS)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--top", type=int, default=Tuning.top)
    parser.add_argument("--epochs", type=float, default=Tuning.epochs)
    parser.add_argument("--json", type=Path, help="also write the figures and margins here")
    parser.add_argument("--dry-run", action="store_true", help="judge only; write no branch")
    args = parser.parse_args(argv)
    tuning = Tuning(top=args.top, epochs=args.epochs)
    weights = load_bert_weights(model_directory() / "model.safetensors")
    started = time.monotonic()
    corpus = read_corpus(args.data, args.head, weights, tuning.top)
    print(
        f"{args.head}: {corpus.row_count} rows, {len(corpus.labels) - corpus.row_count} "
        f"exemplars, encoded in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    spec = HEADS[args.head]
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
        as_branch(judged.final, args.head, start, points).save(TUNED)
        print(f"   wrote {TUNED}")


if __name__ == "__main__":
    main()
