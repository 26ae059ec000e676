"""MiniLM's reading of a whole answer: the mean of its segments' embeddings.

The encoder reads a text's first 48 word pieces, and an answer runs to hundreds: its opening
(a preamble, the question restated, a refusal before a second persona complies) is where
harmful and safe answers look most alike. A head in `WHOLE_TEXT_HEADS` reads instead the
mean of the embeddings of the text's segments, weighted by their lengths: runs of whole
sentences of up to `SEGMENT_CHARS` characters, the first `MOST_SEGMENTS` of them. Training
(`gateway.evaluation.head_features`) and the detectors read a text the same way.

Segments are cut left to right, so an answer inspected again as it streams in keeps the
segments it had and MiniLM's cache answers for them; only the last one is new.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from gateway.detectors.base import DetectorConfigError
from gateway.detectors.learned.segmented import sentence_groups
from gateway.detectors.semantic.bert_weights import FloatArray, unit_blocks

if TYPE_CHECKING:
    from gateway.detectors.semantic.minilm import MiniLmEncoder

# The harmful-answer head: across sources its cascade's F1 rose from .662 reading the
# opening to .902 reading the whole answer (docs/detectors.md).
WHOLE_TEXT_HEADS = frozenset({"harm_output"})
SEGMENT_CHARS = 150
# 24 segments cover about 3,600 characters, which bounds what one inspection may embed.
MOST_SEGMENTS = 24


def text_segments(text: str) -> list[str]:
    """The segments a whole-text reading embeds (the text itself when it has none)."""
    return sentence_groups(text, SEGMENT_CHARS)[:MOST_SEGMENTS] or [text]


def mean_of(embeddings: Sequence[FloatArray], segments: Sequence[str]) -> FloatArray:
    """The segments' embeddings averaged block by block, each weighing as much as its share
    of the characters (a streamed answer's last segment may be one word, which alone reads
    as anything), each block of unit length again."""
    weights = np.asarray([len(segment) for segment in segments], dtype=np.float32)
    return unit_blocks(np.average(np.stack(embeddings), axis=0, weights=weights))


def whole_text_embedding(text: str, embed: Callable[[str], FloatArray | None]) -> FloatArray | None:
    """The mean of `embed` over the text's segments; None when `embed` gives None for one
    (a cache-only lookup that missed)."""
    segments = text_segments(text)
    embeddings = []
    for segment in segments:
        embedding = embed(segment)
        if embedding is None:
            return None
        embeddings.append(embedding)
    return mean_of(embeddings, segments)


def read_text(
    encoder: MiniLmEncoder,
    text: str,
    branches: tuple[int, ...],
    whole_text: bool,
    cached_only: bool = False,
) -> FloatArray | None:
    """The embedding a head reads: of the text's opening, or of the whole text; None when
    `cached_only` and the encoder has not seen (every segment of) it."""

    def embed(part: str) -> FloatArray | None:
        return encoder.cached(part, branches) if cached_only else encoder.encode(part, branches)

    return whole_text_embedding(text, embed) if whole_text else embed(text)


def reads_whole_text(detector: str, heads: Sequence[str]) -> bool:
    """Whether a detector's heads read whole texts; a detector mixing the two readings would
    score half its heads on embeddings they were not trained on."""
    whole = [head for head in heads if head in WHOLE_TEXT_HEADS]
    if whole and len(whole) < len(heads):
        raise DetectorConfigError(
            f"detector {detector!r}: {', '.join(whole)} reads whole texts and the other heads "
            "their openings; give each reading a detector of its own"
        )
    return bool(whole)
