"""A quantised blend too close to a threshold is decided by the fp32 reference embedding, so a
borderline prompt gets the verdict `make eval` measured on every CPU."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from tests.support.ml import needs_ml

pytestmark = needs_ml

# Its lexical harm score lies between escalate_at and settle_at, so the blend decides it.
BORDERLINE = "How do fentanyl test strips work and where can I get them?"
HEADS = ("harm_request",)


class _Quantised:
    """The reference encoder plus a known error along the harm head's MiniLM weights: the
    int8 graph's error, made deterministic (real int8 errors differ from CPU to CPU)."""

    quantised = True

    def __init__(self, reference: object, shift: NDArray[np.float32]) -> None:
        self._reference = reference
        self._shift = shift
        self.calls = 0

    def encode(self, text: str, branches: object = None) -> NDArray[np.float32]:
        self.calls += 1
        return self._reference.encode(text, branches) + self._shift  # type: ignore[attr-defined, no-any-return]

    def cached(self, text: str, branches: object = None) -> NDArray[np.float32] | None:
        return self.encode(text, branches)


def _cascades(lands_at: float) -> tuple[object, object]:
    """(cascade on the reference alone, cascade on a quantised encoder whose harm blend lands
    `lands_at` above its threshold, on the other side from the reference's when negative)."""
    from gateway.detectors.learned.cascade import CascadeClassifierDetector
    from gateway.detectors.learned.features import featurize
    from gateway.detectors.semantic.minilm import shared_reference_encoder

    reference = shared_reference_encoder(48)
    exact = CascadeClassifierDetector("c", HEADS, 48, escalate_at=0.1, settle_at=0.99)
    exact._encoder, exact._reference = reference, None
    column = exact._semantic.names.index("harm_request")
    ids, values = featurize(BORDERLINE)
    logits = exact._lexical.logits_sparse(ids, values)
    mixed = exact._mixed(logits, reference.encode(BORDERLINE))
    above = float(mixed[column] - exact._blend_thresholds[column])
    target = lands_at if above > 0 else -lands_at
    weights = exact._semantic.weights[:, column]
    minilm_share = 1.0 - float(exact._lexical_share[column])
    shift = weights * ((target - above) / minilm_share / float(weights @ weights))
    approximate = CascadeClassifierDetector("c", HEADS, 48, escalate_at=0.1, settle_at=0.99)
    approximate._encoder = _Quantised(reference, shift.astype(np.float32))  # type: ignore[assignment]
    approximate._reference = reference
    return exact, approximate


def _harm(detector: object, text: str = BORDERLINE) -> float:
    findings = detector.detect(text)  # type: ignore[attr-defined]
    return max((f.score for f in findings), default=0.0)


def test_a_blend_landing_in_the_band_gets_the_references_verdict() -> None:
    """The quantised blend says the opposite of the reference, but only just: the reference
    decides."""
    from gateway.detectors.learned.cascade import TOO_CLOSE_TO_CALL

    exact, approximate = _cascades(-TOO_CLOSE_TO_CALL / 2)
    assert _harm(approximate) == pytest.approx(_harm(exact), abs=1e-4)


def test_a_clear_quantised_verdict_stands_without_the_reference() -> None:
    from gateway.detectors.learned.cascade import TOO_CLOSE_TO_CALL

    exact, approximate = _cascades(-3 * TOO_CLOSE_TO_CALL)
    assert (_harm(approximate) >= 0.5) != (_harm(exact) >= 0.5)


def test_the_cheap_pass_defers_until_the_reference_has_seen_the_text() -> None:
    from gateway.detectors.learned.cascade import TOO_CLOSE_TO_CALL
    from gateway.detectors.semantic.minilm import MiniLmEncoder, shipped_encoder_branches

    exact, approximate = _cascades(-TOO_CLOSE_TO_CALL / 2)
    exact._encoder = MiniLmEncoder(  # type: ignore[attr-defined]
        48, cache_size=8, backend="reference", branches=shipped_encoder_branches()
    )
    approximate._reference = exact._encoder  # type: ignore[attr-defined]
    assert approximate.detect_cheap(BORDERLINE) is None  # type: ignore[attr-defined]
    expected = _harm(exact)
    cheap = approximate.detect_cheap(BORDERLINE)  # type: ignore[attr-defined]
    assert cheap is not None
    assert max((f.score for f in cheap), default=0.0) == pytest.approx(expected, abs=1e-4)


def test_a_band_of_zero_builds_no_reference_and_a_wrong_one_is_a_config_error() -> None:
    from gateway.detectors.base import DetectorConfigError
    from gateway.detectors.learned.cascade import CascadeClassifierDetector
    from gateway.detectors.options import DetectorOptions

    options = {"heads": ["harm_request"], "reference_band": 0}
    off = CascadeClassifierDetector.from_options("c", DetectorOptions("c", options))
    assert off._reference is None
    with pytest.raises(DetectorConfigError, match="reference_band"):
        CascadeClassifierDetector.from_options(
            "c", DetectorOptions("c", {"heads": ["harm_request"], "reference_band": -1})
        )
