"""The cascade classifier: cheap lexical heads first, MiniLM only where they are unsure.

For each requested head the lexical score decides alone when it is below `escalate_at` (most
everyday text); otherwise the text is embedded once and the head's score becomes the mean of
the lexical and semantic logits. The two models err differently (word patterns versus meaning:
"instructions to make tea" is not "instructions to make a bomb"), so the mean is both more
sensitive and more precise than either, while the transformer's cost is paid by few texts.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.base import DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.learned import lexical
from gateway.detectors.learned.features import featurize
from gateway.detectors.learned.head_findings import check_heads, findings_from_scores
from gateway.detectors.learned.heads import shared_heads
from gateway.detectors.options import DetectorOptions


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1.0 - 1e-6)
    return math.log(p / (1.0 - p))


class CascadeClassifierDetector:
    """Lexical heads, escalated to lexical+MiniLM when a head scores `escalate_at` or more."""

    def __init__(
        self, name: str, heads: tuple[str, ...], max_tokens: int, escalate_at: float
    ) -> None:
        # Imported here so profiles without this kind load without the `ml` setup.
        from gateway.detectors.semantic import detector as semantic
        from gateway.detectors.semantic.minilm import ModelFilesMissing, shared_encoder

        try:
            self._encoder = shared_encoder(max_tokens)
        except ModelFilesMissing as exc:
            raise DetectorConfigError(f"detector {name!r}: {exc}") from exc
        self._lexical = shared_heads(lexical.WEIGHTS)
        self._semantic = shared_heads(semantic.WEIGHTS)
        check_heads(name, heads, self._lexical.names)
        check_heads(name, heads, self._semantic.names)
        self.name = name
        self._heads = heads
        self._escalate_at = escalate_at

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> CascadeClassifierDetector:
        """Build from policy options: `heads`, `max_tokens` (8..256), `escalate_at` (0..1)."""
        detector = cls(
            name,
            options.strings("heads", ("harm_request",)),
            options.integer("max_tokens", 48, 8, 256),
            options.number("escalate_at", 0.1, 0.0, 1.0),
        )
        options.finish()
        return detector

    def detect_cheap(self, text: str) -> list[Finding] | None:
        """The findings when no head is unsure or MiniLM saw the text before; else None."""
        scores, unsure = self._lexical_pass(text)
        if unsure:
            embedding = self._encoder.cached(text)
            if embedding is None:
                return None
            self._blend(scores, unsure, embedding)
        return findings_from_scores(scores, self._heads, text, self.name) if scores else []

    def detect(self, text: str) -> list[Finding]:
        """A finding per head above the noise floor, escalating the unsure ones."""
        scores, unsure = self._lexical_pass(text)
        if unsure:
            self._blend(scores, unsure, self._encoder.encode(text))
        return findings_from_scores(scores, self._heads, text, self.name) if scores else []

    def _lexical_pass(self, text: str) -> tuple[dict[str, float], list[str]]:
        """The lexical scores (empty for a text without words) and the heads unsure of them."""
        ids, values = featurize(text)
        if len(ids) == 0:
            return {}, []
        scores = self._lexical.scores_sparse(ids, values)
        return scores, [h for h in self._heads if scores[h] >= self._escalate_at]

    def _blend(
        self, scores: dict[str, float], unsure: list[str], embedding: NDArray[np.float32]
    ) -> None:
        semantic = self._semantic.scores_dense(embedding)
        for head in unsure:
            mean = (_logit(scores[head]) + _logit(semantic[head])) / 2.0
            scores[head] = 1.0 / (1.0 + math.exp(-mean))
