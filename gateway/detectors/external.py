"""External classifiers over HTTP, asked about every text: an OpenAI-moderation endpoint, a
guard model (Llama Guard, ShieldGemma, Granite Guardian) behind chat completions, or a
classifier behind vLLM's `/classify`. Called with a deadline; a failure follows the configured
mode: `open` gives only an `external_unavailable` note (score 0), `closed` gives that category
at score 1.0 so a policy rule can hold or block. (To ask a guard only when the built-in
classifiers are unsure, see `guard_escalation.py`.)
"""

from __future__ import annotations

import asyncio
from typing import Literal

import httpx

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.guard_client import GuardClient
from gateway.detectors.guard_verdicts import ExternalAnswerInvalid
from gateway.detectors.options import DetectorOptions

FailureMode = Literal["open", "closed"]
# Every way asking can fail: the deadline, the network or HTTP status, an answer we cannot read.
ASK_FAILURES = (TimeoutError, httpx.HTTPError, ExternalAnswerInvalid, ValueError)


def failure_mode_option(options: DetectorOptions) -> FailureMode:
    """The `failure_mode` option: `open` (default) or `closed`."""
    mode = options.text("failure_mode", "open")
    if mode not in ("open", "closed"):
        raise options._fail("failure_mode", "open or closed")
    return "closed" if mode == "closed" else "open"


def deadline_option(options: DetectorOptions, default_ms: int) -> float:
    """The `deadline_ms` option (1..60000), in seconds."""
    return options.number("deadline_ms", default_ms, 1, 60_000) / 1000.0


def unavailable(mode: FailureMode, detector: str) -> Finding:
    """The finding that stands for an answer that could not be had, scored by the mode."""
    return Finding(taxonomy.EXTERNAL_UNAVAILABLE, 1.0 if mode == "closed" else 0.0, None, detector)


class ExternalClassifierDetector:
    """Asks a remote classifier; never raises, whatever the remote does."""

    def __init__(
        self,
        name: str,
        client: GuardClient,
        deadline_s: float = 0.5,
        failure_mode: FailureMode = "open",
    ) -> None:
        self.name = name
        self._client = client
        self._deadline_s = deadline_s
        self._failure_mode = failure_mode

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> ExternalClassifierDetector:
        """Build from policy options: the client's (url, protocol, model, api_key, ...),
        deadline_ms and failure_mode."""
        deadline_s = deadline_option(options, 500)
        failure_mode = failure_mode_option(options)
        return cls(name, GuardClient.from_options(options, deadline_s), deadline_s, failure_mode)

    async def detect_async(self, text: str) -> list[Finding]:
        """The remote verdict as findings, or the failure-mode finding if it cannot be had."""
        try:
            async with asyncio.timeout(self._deadline_s):
                verdict = await self._client.ask(text)
        except ASK_FAILURES:
            return [unavailable(self._failure_mode, self.name)]
        categories = verdict.categories
        if verdict.unsafe and not categories:
            # A yes/no guard (ShieldGemma) names no hazard; the generic one stands for it.
            categories = ((taxonomy.NON_VIOLENT_CRIMES, 1.0),)
        return [Finding(c, round(s, 4), None, self.name) for c, s in categories if s > 0.0]

    async def aclose(self) -> None:
        """Close the pooled HTTP client."""
        await self._client.aclose()
