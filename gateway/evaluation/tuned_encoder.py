"""The top of MiniLM fine-tuned for one head, on a head's rows and exemplars (training only).

The bottom layers stay frozen, so their output is computed once per text (`read_corpus`); the
top layers and a linear classifier over their mean-pooled, unit-length output are tuned
together (`tune`). Needs torch: `pip install torch==2.13.0`, the CPU build.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from tokenizers import Tokenizer

from gateway.detectors.semantic.bert_weights import BertWeights
from gateway.detectors.semantic.minilm import model_directory
from gateway.detectors.semantic.tuned_branch import TunedBranch
from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.cross_source import EXEMPLAR_WEIGHT
from gateway.evaluation.cross_source_report import MAX_TOKENS
from gateway.evaluation.everyday_prompts import EVERYDAY_PROMPTS
from gateway.evaluation.hazard_questions import hazard_questions
from gateway.evaluation.head_data import head_rows
from gateway.evaluation.head_features import gloss_readings, linear_only, training_exemplars
from gateway.evaluation.intent_pairs import intent_pairs
from gateway.evaluation.torch_encoder import (
    LayerTensors,
    embed_tokens,
    encoder_layer,
    layer_tensors,
    mean_pooled,
    run_layer,
)

# The classifier reads the unit-length embedding scaled up, so that its logits can reach
# the range a linear head's do without a large learning rate on its weights.
EMBEDDING_SCALE = 10.0
BATCH = 32
# The intent rows are over two thousand, more than the written exemplars, so each weighs half
# what an exemplar does.
INTENT_WEIGHT = 2.0


@dataclass(frozen=True)
class Tuning:
    """How the top of the encoder is tuned."""

    top: int = 3
    epochs: float = 2.0
    learning_rate: float = 4e-5
    classifier_learning_rate: float = 1e-3
    # Shifts every fit's batch draws; 0 gives the shipped branches' draws. Another value says
    # how much of a figure is the draw.
    seed: int = 0
    # Draws tuned per fit (from `seed` on) and averaged weight by weight (`soup`); 1 keeps
    # the one draw.
    soup: int = 1


@dataclass(frozen=True)
class Corpus:
    """A head's texts (rows, exemplars, tuned-only rows, then the English readings of foreign
    ones), their tokens and their frozen encoder states."""

    rows: Sequence[LabelledRow]
    # Written rows only the tuned model learns from (after the rows and exemplars).
    tuned_only: NDArray[np.int64]
    # Exemplars only the linear heads learn from.
    linear_only: NDArray[np.int64]
    # For each reading (after the rows and exemplars), the text it reads.
    reading_of: NDArray[np.int64]
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

    @property
    def exemplars(self) -> NDArray[np.int64]:
        """The written exemplars every model learns from (after the rows)."""
        end = len(self.labels) - len(self.reading_of) - len(self.tuned_only)
        return np.arange(self.row_count, end)

    def tuned_rows(self, fitted: NDArray[np.int64]) -> NDArray[np.int64]:
        """What the tuned model learns beside linear heads fit on `fitted`: those rows but the
        linear-only ones, the tuned-only rows, and the readings of all of them."""
        kept = fitted[~np.isin(fitted, self.linear_only)]
        return self.with_readings(np.concatenate([kept, self.tuned_only]))

    def with_readings(self, texts: NDArray[np.int64]) -> NDArray[np.int64]:
        """`texts` and the readings of those of them that have one."""
        first = len(self.labels) - len(self.reading_of)
        readings = first + np.flatnonzero(np.isin(self.reading_of, texts))
        return np.concatenate([texts, readings])


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


def _tuned_only(head: str, with_intent: bool) -> tuple[list[str], list[int], list[float]]:
    """Written rows only the tuned model learns from: texts, labels, weights.

    Benign requests that name a hazard teach the tuned layers the intent of a request rather
    than its topic (the first tuned model refused first-aid questions), and so may the intent
    pairs (`with_intent`): a harmful request in everyday words beside a benign twin sharing
    its words. Only the tuned model reads them: a bag of words cannot tell the twins apart
    (docs/detectors.md, "Everyday harm"), and the linear heads keep the rows they ship with.
    With the pairs come the ordinary prompts in six languages (`everyday_prompts`): the model
    tuned on the pairs alone raised English readings of everyday French and Portuguese
    prompts, word salads it had never been shown as ordinary (`read_corpus` adds the
    readings)."""
    if head != "harm_request":
        return [], [], []
    questions = list(hazard_questions())
    harmful, benign = intent_pairs() if with_intent else ((), ())
    if with_intent:
        benign = (*benign, *EVERYDAY_PROMPTS)
    texts = questions + list(harmful) + list(benign)
    labels = [0] * len(questions) + [1] * len(harmful) + [0] * len(benign)
    weights = [EXEMPLAR_WEIGHT] * len(questions) + [INTENT_WEIGHT] * (len(harmful) + len(benign))
    return texts, labels, weights


def read_corpus(
    folders: Sequence[Path],
    head: str,
    weights: BertWeights,
    top: int,
    with_intent: bool = False,
) -> Corpus:
    """The head's rows and exemplars, run once through the frozen bottom of the encoder
    (with the intent pairs for the tuned model when `with_intent`)."""
    rows = head_rows(folders, head)
    positives, negatives = training_exemplars(head)
    tuned_texts, tuned_labels, tuned_weights = _tuned_only(head, with_intent)
    texts = [row.text for row in rows] + [*positives, *negatives, *tuned_texts]
    labels = [row.label for row in rows] + [1] * len(positives) + [0] * len(negatives)
    labels += tuned_labels
    sample_weights = [1.0] * len(rows) + [EXEMPLAR_WEIGHT] * (len(positives) + len(negatives))
    sample_weights += tuned_weights
    # The inspector also judges a foreign text's English reading (the glossary's words), so
    # the tuned model learns from those readings too, each labelled and weighed as its text.
    readings = gloss_readings(texts)
    reading_of = np.asarray([i for i, _ in readings], dtype=np.int64)
    texts += [reading for _, reading in readings]
    labels += [labels[i] for i in reading_of]
    sample_weights += [sample_weights[i] for i in reading_of]
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
    first_tuned_only = len(rows) + len(positives) + len(negatives)
    return Corpus(
        rows,
        np.arange(first_tuned_only, first_tuned_only + len(tuned_texts)),
        len(rows) + np.asarray(linear_only([*positives, *negatives]), dtype=np.int64),
        reading_of,
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
    # A fit's seed is its fold (under 100), so shifted draws never repeat another fold's.
    draw = seed + 100 * tuning.seed
    torch.manual_seed(draw)
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
    generator = np.random.default_rng(draw)
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


def soup(models: Sequence[TunedModel]) -> TunedModel:
    """One model whose every weight is the mean of `models`' (a uniform "model soup").

    Fine-tunes of one start at a small learning rate stay close enough that their mean is a
    model of its own: it costs one set of layers at run time, where an ensemble costs one per
    draw. Held out it reads at about the mean of its draws, not above the best
    (docs/detectors.md, "Soups of draws")."""

    def mean(tensors: Sequence[Any]) -> Any:
        return torch.stack([tensor.detach() for tensor in tensors]).mean(0)

    return TunedModel(
        [
            {key: mean([model.layers[i][key] for model in models]) for key in layer}
            for i, layer in enumerate(models[0].layers)
        ],
        mean([model.classifier for model in models]),
        mean([model.bias for model in models]),
    )


def as_branch(
    model: TunedModel,
    head: str,
    start: int,
    threshold: float,
    blend_share: float,
    blend_threshold: float,
) -> TunedBranch:
    """What the encoder and the heads read of a tuned model (`tuned_branch`)."""
    return TunedBranch(
        head=head,
        branch_from=start,
        layers=tuple(encoder_layer(layer) for layer in model.layers),
        classifier=(model.classifier.detach().numpy() * EMBEDDING_SCALE).astype(np.float32),
        bias=float(model.bias.detach()),
        threshold=threshold,
        blend_share=blend_share,
        blend_threshold=blend_threshold,
    )
