"""Detectors: pure functions from text to findings in one taxonomy, registered by kind."""

from gateway.detectors.base import AsyncDetector, Detector, DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.registry import DEFAULT_KINDS, build_detector

__all__ = [
    "DEFAULT_KINDS",
    "AsyncDetector",
    "Detector",
    "DetectorConfigError",
    "Finding",
    "build_detector",
]
