"""Toxicity from `alt-profanity-check`'s shipped model (TF-IDF words, calibrated linear SVMs).

The package's own `predict_prob` spends ~10 ms per kilobyte in sklearn's input checks; we read
its fitted vocabulary, idf and coefficients once and score with plain dictionaries and numpy,
which gives the same probabilities in a small fraction of that time.

The model knows English words only, and some foreign words are English ones: German "die"
(the) made it call "Bitte schließ die Tür." offensive (p .945). A text the language identifier
is sure is in another language is left to the detectors that read its English reading
(`canonical_views.gloss_reading`, which the inspector also gives this detector); `english_only:
false` restores the old behaviour.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import numpy as np

from gateway.detectors import taxonomy
from gateway.detectors.base import DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions
from gateway.detectors.written_language import identifier, surely_not_english

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _load_model() -> tuple[Any, Any]:
    try:
        from profanity_check import profanity_check as shipped
    except ImportError as exc:
        raise DetectorConfigError("alt-profanity-check is not installed") from exc
    return shipped.vectorizer, shipped.model


class ToxicityDetector:
    """One `toxicity` finding with the model's probability, when above the noise floor."""

    def __init__(
        self, name: str = "toxicity", max_chars: int = 2000, english_only: bool = True
    ) -> None:
        vectorizer, model = _load_model()
        self.name = name
        self._max_chars = max_chars
        self._english_only = english_only
        if english_only:
            identifier()
        self._vocabulary: dict[str, int] = dict(vectorizer.vocabulary_)
        self._idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        folds = model.calibrated_classifiers_
        self._coef = np.vstack([f.estimator.coef_[0] for f in folds])
        self._intercept = np.asarray([f.estimator.intercept_[0] for f in folds])
        self._a = np.asarray([f.calibrators[0].a_ for f in folds])
        self._b = np.asarray([f.calibrators[0].b_ for f in folds])

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> ToxicityDetector:
        """Build from policy options: `max_chars` scored per text (cost is linear in it),
        `english_only` (default true): skip a text surely written in another language."""
        detector = cls(
            name,
            options.integer("max_chars", 2000, 10, 100_000),
            options.flag("english_only", True),
        )
        options.finish()
        return detector

    def probability(self, text: str) -> float:
        """The model's probability that `text` is offensive (as `predict_prob` computes it)."""
        counts = Counter(
            index
            for token in _TOKEN.findall(text[: self._max_chars].lower())
            if (index := self._vocabulary.get(token)) is not None
        )
        if not counts:
            decision = self._intercept
        else:
            ids = np.fromiter(counts.keys(), dtype=np.int64)
            weights = np.fromiter(counts.values(), dtype=np.float64) * self._idf[ids]
            weights /= math.sqrt(float(weights @ weights))
            decision = self._coef[:, ids] @ weights + self._intercept
        # sklearn's sigmoid calibration, averaged over the cross-validation folds.
        return float(np.mean(1.0 / (1.0 + np.exp(self._a * decision + self._b))))

    def detect(self, text: str) -> list[Finding]:
        """The probability that the text is offensive, if not negligible."""
        score = self.probability(text)
        # The language is asked only of a text the model would report (most score under 0.05).
        if score < 0.05 or (self._english_only and surely_not_english(text)):
            return []
        return [Finding(taxonomy.TOXICITY, round(score, 4), None, self.name)]
