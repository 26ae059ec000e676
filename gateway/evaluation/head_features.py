"""The feature matrices one head trains on: its rows and its exemplars, in both feature sets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.semantic.bert_weights import WIDTH
from gateway.detectors.semantic.whole_text import WHOLE_TEXT_HEADS, mean_of, text_segments
from gateway.evaluation.account_requests import account_requests
from gateway.evaluation.chat_requests import CHAT_REQUESTS
from gateway.evaluation.contrast_sets import answer_contrasts, request_contrasts, topic_contrasts
from gateway.evaluation.corpus import LabelledRow
from gateway.evaluation.cross_source import HeadFeatures
from gateway.evaluation.embedding_cache import embed_all
from gateway.evaluation.exemplars import EXEMPLARS
from gateway.evaluation.hazard_answers import hazard_answers
from gateway.evaluation.head_data import head_rows
from gateway.evaluation.linear_models import lexical_matrix
from gateway.evaluation.multilingual_exemplars import EVERYDAY_FOREIGN, foreign_negatives
from gateway.evaluation.override_contrasts import override_contrasts, reference_contrasts
from gateway.evaluation.persona_contrasts import mission_contrasts, persona_contrasts
from gateway.evaluation.tool_arguments import TOOL_ARGUMENTS
from gateway.inspection.canonical_views import gloss_reading


def training_exemplars(head: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(positives, negatives) written for the project: exemplars and contrast sets."""
    positives, negatives = EXEMPLARS.get(head, ((), ()))
    harmful, ordinary = request_contrasts()
    if head == "prompt_injection":
        # Everyday foreign prompts with the help requests and their English readings. For the
        # harm head these cost recall across sources (lexical .637 -> .627, docs/detectors.md),
        # so it and the jailbreak head keep the prompts alone.
        ordinary += foreign_negatives()
    else:
        ordinary += EVERYDAY_FOREIGN
    if head == "harm_request":
        recipes, named = topic_contrasts()
        return positives + harmful + recipes, negatives + ordinary + named
    if head == "prompt_injection":
        # "Ignore" aimed at the model's rules against "ignore" aimed at the user's own words;
        # "previous" pointing at its instructions against pointing at an earlier answer.
        hijacks, own_words = override_contrasts()
        extractions, edits = reference_contrasts()
        ordinary += own_words + edits + account_requests() + TOOL_ARGUMENTS + CHAT_REQUESTS
        return positives + hijacks + extractions, negatives + ordinary
    if head == "jailbreak":
        # A plain request, harmful or not, is neither an injection nor a jailbreak; a persona
        # is one only when it gives up the model's rules.
        unrestricted, role_play = persona_contrasts()
        harmful_missions, ordinary_missions = mission_contrasts()
        return (
            positives + unrestricted + harmful_missions,
            negatives + ordinary + role_play + ordinary_missions + CHAT_REQUESTS,
        )
    if head == "harm_output":
        harmful_answers, safe_answers = answer_contrasts()
        return positives + harmful_answers, negatives + safe_answers + hazard_answers()
    return positives, negatives


# The written chat turns ("Respond in JSON only.", "From now on, reply in German.") teach the
# linear heads that shaping an answer is not a jailbreak. MiniLM's tuned layers, which read
# only a text's opening, learnt from them that a text opening "From now on, …" is benign: over
# three draws each, the held-out cascade caught 5-6 points fewer jailbreaks (docs/detectors.md,
# "Soups of draws").
_LINEAR_ONLY = frozenset(CHAT_REQUESTS)


def linear_only(exemplars: Sequence[str]) -> list[int]:
    """Positions in `exemplars` of those only the linear heads learn, not the tuned layers
    (`encoder_tuning`)."""
    return [i for i, text in enumerate(exemplars) if text in _LINEAR_ONLY]


def gloss_readings(texts: Sequence[str]) -> list[tuple[int, str]]:
    """(row index, English reading) of the texts the glossary reads enough words of."""
    return [
        (i, reading) for i, text in enumerate(texts) if (reading := gloss_reading(text)) is not None
    ]


def embedded_texts(head: str, rows: Sequence[LabelledRow]) -> list[str]:
    """Every text `build_features` embeds for this head: rows, exemplars, gloss readings
    (their segments, for a head that reads whole texts)."""
    positives, negatives = training_exemplars(head)
    texts = [row.text for row in rows]
    read = [*texts, *positives, *negatives, *(gloss for _, gloss in gloss_readings(texts))]
    if head not in WHOLE_TEXT_HEADS:
        return read
    return [segment for text in read for segment in text_segments(text)]


def minilm_matrix(head: str, texts: Sequence[str], max_tokens: int) -> NDArray[np.float32]:
    """The MiniLM embeddings `head` reads (`whole_text`): of each text's opening, or the
    mean over its segments."""
    if not texts:
        return np.zeros((0, WIDTH), dtype=np.float32)
    if head not in WHOLE_TEXT_HEADS:
        return embed_all(texts, max_tokens)
    parts = [text_segments(text) for text in texts]
    embedded = iter(embed_all([segment for part in parts for segment in part], max_tokens))
    return np.vstack([mean_of([next(embedded) for _ in part], part) for part in parts])


def build_features(
    head: str,
    rows: Sequence[LabelledRow],
    max_tokens: int,
    extra_negatives: Sequence[str] = (),
    feature_sets: Sequence[str] = ("lexical", "minilm"),
) -> HeadFeatures:
    """`feature_sets`' matrices for `rows`, the head's hand-written exemplars plus
    `extra_negatives`, and the rows' English readings."""
    positives, negatives = training_exemplars(head)
    negatives = (*negatives, *extra_negatives)
    exemplars = [*positives, *negatives]
    texts = [row.text for row in rows]
    glossed = gloss_readings(texts)
    gloss_texts = [gloss for _, gloss in glossed]

    def matrices(batch: Sequence[str]) -> dict[str, Any]:
        built: dict[str, Any] = {}
        if "lexical" in feature_sets:
            built["lexical"] = lexical_matrix(batch)
        if "minilm" in feature_sets:
            built["minilm"] = minilm_matrix(head, batch, max_tokens)
        return built

    return HeadFeatures(
        rows=matrices(texts),
        exemplars=matrices(exemplars),
        exemplar_labels=np.asarray([1] * len(positives) + [0] * len(negatives), dtype=np.int64),
        reading_rows=np.asarray([i for i, _ in glossed], dtype=np.int64),
        readings=matrices(gloss_texts),
    )


def warm_embeddings(
    folders: Sequence[Path], heads: Sequence[str], max_tokens: int, workers: int
) -> None:
    """Embed every text the heads will need with `workers` processes, so that the heads'
    own runs only read the cache."""
    wanted = {text for head in heads for text in embedded_texts(head, head_rows(folders, head))}
    embed_all(sorted(wanted), max_tokens, workers=workers)
