"""Detector kinds by name, each built from its policy options (parsed and checked at load)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from gateway.detectors.base import AsyncDetector, Detector, DetectorConfigError
from gateway.detectors.denylist import DenylistDetector
from gateway.detectors.external import ExternalClassifierDetector
from gateway.detectors.injection_heuristics import InjectionHeuristicDetector
from gateway.detectors.invisible import InvisibleTextDetector
from gateway.detectors.learned.lexical import LexicalClassifierDetector
from gateway.detectors.options import DetectorOptions
from gateway.detectors.pii import PiiDetector
from gateway.detectors.pii_entities import PiiEntityDetector
from gateway.detectors.secret_scan import SecretDetector
from gateway.detectors.self_harm import SelfHarmCueDetector
from gateway.detectors.toxicity import ToxicityDetector

Factory = Callable[[str, DetectorOptions], Detector | AsyncDetector]


def _semantic(name: str, options: DetectorOptions) -> Detector:
    # Deferred so that numpy/tokenizers/MiniLM are touched only by profiles that use them.
    from gateway.detectors.semantic.detector import SemanticDetector

    return SemanticDetector.from_options(name, options)


def _cascade(name: str, options: DetectorOptions) -> Detector:
    from gateway.detectors.learned.cascade import CascadeClassifierDetector

    return CascadeClassifierDetector.from_options(name, options)


def _segmented_cascade(name: str, options: DetectorOptions) -> Detector:
    from gateway.detectors.learned.segmented import SegmentedCascadeDetector

    return SegmentedCascadeDetector.from_options(name, options)


def _guard_escalation(name: str, options: DetectorOptions) -> AsyncDetector:
    from gateway.detectors.guard_escalation import GuardEscalationDetector

    return GuardEscalationDetector.from_options(name, options, DEFAULT_KINDS)


DEFAULT_KINDS: Mapping[str, Factory] = MappingProxyType(
    {
        "pii": PiiDetector.from_options,
        "pii_entities": PiiEntityDetector.from_options,
        "secrets": SecretDetector.from_options,
        "invisible_text": InvisibleTextDetector.from_options,
        "denylist": DenylistDetector.from_options,
        "injection_heuristics": InjectionHeuristicDetector.from_options,
        "self_harm_cues": SelfHarmCueDetector.from_options,
        "lexical_classifier": LexicalClassifierDetector.from_options,
        "semantic": _semantic,
        "cascade_classifier": _cascade,
        "segmented_cascade": _segmented_cascade,
        "toxicity": ToxicityDetector.from_options,
        "external": ExternalClassifierDetector.from_options,
        "guard_escalation": _guard_escalation,
    }
)


def build_detector(
    name: str,
    kind: str,
    options: Mapping[str, object] | None,
    kinds: Mapping[str, Factory] = DEFAULT_KINDS,
) -> Detector | AsyncDetector:
    """A configured detector; raises `DetectorConfigError` naming what is wrong."""
    factory = kinds.get(kind)
    if factory is None:
        raise DetectorConfigError(
            f"detector {name!r}: unknown kind {kind!r}; known: {', '.join(sorted(kinds))}"
        )
    return factory(name, DetectorOptions(name, options))
