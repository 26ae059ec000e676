"""Typed access to a detector's options from policy YAML, rejecting unknown keys at load time."""

from __future__ import annotations

from collections.abc import Mapping

from gateway.detectors.base import DetectorConfigError


class DetectorOptions:
    """The options of one detector; every getter checks the type and records the key as used."""

    def __init__(self, detector: str, raw: Mapping[str, object] | None) -> None:
        self._detector = detector
        self._raw = dict(raw or {})
        self._used: set[str] = set()

    def _get(self, key: str, default: object) -> object:
        self._used.add(key)
        return self._raw.get(key, default)

    def _fail(self, key: str, wanted: str) -> DetectorConfigError:
        return DetectorConfigError(f"detector {self._detector!r}: option {key!r} must be {wanted}")

    def number(self, key: str, default: float, low: float = 0.0, high: float = 1e9) -> float:
        """A number in [low, high]."""
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(key, "a number")
        if not low <= value <= high:
            raise self._fail(key, f"between {low} and {high}")
        return float(value)

    def integer(self, key: str, default: int, low: int = 0, high: int = 1_000_000) -> int:
        """A whole number in [low, high]."""
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(key, f"a whole number between {low} and {high}")
        return value

    def text(self, key: str, default: str) -> str:
        """A string."""
        value = self._get(key, default)
        if not isinstance(value, str):
            raise self._fail(key, "a string")
        return value

    def flag(self, key: str, default: bool) -> bool:
        """true or false."""
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def strings(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        """A list of strings."""
        value = self._get(key, list(default))
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "a list of strings")
        return tuple(value)

    def mapping(self, key: str) -> Mapping[str, object]:
        """A nested mapping (another detector's or a client's options); empty when absent."""
        value = self._get(key, {})
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            raise self._fail(key, "a mapping")
        return value

    def finish(self) -> None:
        """Fail on any option the detector did not ask for (a typo must not pass silently)."""
        unknown = sorted(set(self._raw) - self._used)
        if unknown:
            raise DetectorConfigError(
                f"detector {self._detector!r}: unknown option(s) {', '.join(unknown)}"
            )
