"""What every detector looks like: a name and a pure `detect`, or an async `detect_async`."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from gateway.detectors.finding import Finding
from gateway.errors import ModelGateError


@runtime_checkable
class Detector(Protocol):
    """A pure, synchronous, CPU-only detector; safe to call from any thread."""

    name: str

    def detect(self, text: str) -> list[Finding]:
        """Every finding in `text`, in no particular order."""
        ...


@runtime_checkable
class AsyncDetector(Protocol):
    """A detector that does I/O (an external classifier) and so must be awaited."""

    name: str

    async def detect_async(self, text: str) -> list[Finding]:
        """Every finding in `text`; never raises for a failed upstream (see its failure mode)."""
        ...


@runtime_checkable
class EscalatingDetector(Detector, Protocol):
    """A detector whose cheap first pass settles most texts, with a costly pass for the rest
    (`detect` runs both where needed).

    The inspector runs the cheap pass on the event loop for short texts and sends only the
    texts it cannot settle to a worker thread.
    """

    def detect_cheap(self, text: str) -> list[Finding] | None:
        """The findings when the cheap pass settles `text`; None when it needs the costly one."""
        ...


class DetectorConfigError(ModelGateError, ValueError):
    """A detector's options are invalid; raised when the profile is loaded, never per request."""
