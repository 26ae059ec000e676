"""The lexical classifier: hashed word n-grams into small logistic-regression heads.

Cheap enough for the default profile (well under a millisecond per kilobyte); trained by
`gateway/evaluation/train_heads.py` on a split of the shared data plus hand-written exemplars.
"""

from __future__ import annotations

from pathlib import Path

from gateway.detectors.finding import Finding
from gateway.detectors.learned.features import BUCKETS, featurize
from gateway.detectors.learned.head_findings import check_heads, findings_from_scores
from gateway.detectors.learned.heads import LinearHeads, shared_heads
from gateway.detectors.options import DetectorOptions

WEIGHTS = Path(__file__).with_name("lexical_heads.npz")
FEATURES = BUCKETS


class LexicalClassifierDetector:
    """Scores the requested heads over word uni- and bigrams."""

    def __init__(self, name: str, heads: tuple[str, ...], weights: LinearHeads) -> None:
        check_heads(name, heads, weights.names)
        self.name = name
        self._heads = heads
        self._weights = weights

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> LexicalClassifierDetector:
        """Build from policy options: `heads` to score (harm_request, harm_output, ...)."""
        heads = options.strings("heads", ("harm_request",))
        options.finish()
        return cls(name, heads, shared_heads(WEIGHTS))

    def detect(self, text: str) -> list[Finding]:
        """A finding for each head that scores above the noise floor."""
        ids, values = featurize(text)
        if len(ids) == 0:
            return []
        scores = self._weights.scores_sparse(ids, values)
        return findings_from_scores(scores, self._heads, text, self.name)
