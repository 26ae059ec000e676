"""External classifiers over HTTP: an OpenAI-moderation endpoint, or a guard model (Llama Guard,
ShieldGemma) behind chat completions. Called with a deadline; a failure follows the configured
mode: `open` gives only an `external_unavailable` note (score 0), `closed` gives that category
at score 1.0 so a policy rule can hold or block.
"""

from __future__ import annotations

import re
from typing import Any, Literal

import httpx

from gateway.detectors import taxonomy
from gateway.detectors.finding import Finding
from gateway.detectors.options import DetectorOptions

Protocol = Literal["openai_moderation", "chat_guard"]
FailureMode = Literal["open", "closed"]

# OpenAI moderation categories mapped onto the project taxonomy.
_OPENAI_CATEGORIES = {
    "hate": taxonomy.HATE,
    "hate/threatening": taxonomy.HATE,
    "harassment": taxonomy.TOXICITY,
    "harassment/threatening": taxonomy.VIOLENT_CRIMES,
    "self-harm": taxonomy.SELF_HARM,
    "self-harm/intent": taxonomy.SELF_HARM,
    "self-harm/instructions": taxonomy.SELF_HARM,
    "sexual": taxonomy.SEXUAL_CONTENT,
    "sexual/minors": taxonomy.CHILD_EXPLOITATION,
    "violence": taxonomy.VIOLENT_CRIMES,
    "violence/graphic": taxonomy.VIOLENT_CRIMES,
    "illicit": taxonomy.NON_VIOLENT_CRIMES,
    "illicit/violent": taxonomy.VIOLENT_CRIMES,
}
_GUARD_CODES = re.compile(r"\bS(\d{1,2})\b")


class ExternalAnswerInvalid(ValueError):
    """The endpoint answered, but not in the format we asked for."""


def parse_openai_moderation(body: Any) -> list[tuple[str, float]]:
    """(category, score) pairs from an OpenAI `/v1/moderations` response body."""
    try:
        result = body["results"][0]
        scores = result["category_scores"]
        pairs = [
            (_OPENAI_CATEGORIES[name], float(score))
            for name, score in scores.items()
            if name in _OPENAI_CATEGORIES
        ]
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise ExternalAnswerInvalid(f"not a moderation response: {exc!r}") from exc
    best: dict[str, float] = {}
    for category, score in pairs:
        best[category] = max(score, best.get(category, 0.0))
    return sorted(best.items())


def parse_guard_reply(content: str) -> list[tuple[str, float]]:
    """(hazard, 1.0) pairs from a Llama Guard style reply: `safe`, or `unsafe` + `S1,S10`."""
    lines = content.strip().lower().split()
    if not lines or lines[0] not in ("safe", "unsafe", "yes", "no"):
        raise ExternalAnswerInvalid(f"not a guard verdict: {content[:80]!r}")
    if lines[0] in ("safe", "no"):
        return []
    codes = _GUARD_CODES.findall(content.upper())
    hazards = {taxonomy.HAZARDS_BY_CODE.get(f"S{c}") for c in codes} - {None}
    # ShieldGemma answers only yes/no; without a code the hazard is unspecified.
    return sorted((h, 1.0) for h in hazards if h) or [(taxonomy.NON_VIOLENT_CRIMES, 1.0)]


class ExternalClassifierDetector:
    """Asks a remote classifier; never raises, whatever the remote does."""

    def __init__(
        self,
        name: str,
        url: str,
        protocol: Protocol = "openai_moderation",
        model: str = "",
        deadline_s: float = 0.5,
        failure_mode: FailureMode = "open",
        api_key: str = "",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.name = name
        self._url = url
        self._protocol = protocol
        self._model = model
        self._failure_mode = failure_mode
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(deadline_s), headers=headers, transport=transport
        )
        self._deadline_s = deadline_s

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> ExternalClassifierDetector:
        """Build from policy options: url, protocol, model, deadline_ms, failure_mode, api_key."""
        url = options.text("url", "")
        if not url.startswith(("http://", "https://")):
            raise options._fail("url", "an http(s) URL")
        protocol = options.text("protocol", "openai_moderation")
        mode = options.text("failure_mode", "open")
        if protocol not in ("openai_moderation", "chat_guard"):
            raise options._fail("protocol", "openai_moderation or chat_guard")
        if mode not in ("open", "closed"):
            raise options._fail("failure_mode", "open or closed")
        detector = cls(
            name,
            url,
            protocol,  # type: ignore[arg-type]
            options.text("model", ""),
            options.number("deadline_ms", 500, 1, 60_000) / 1000.0,
            mode,  # type: ignore[arg-type]
            options.text("api_key", ""),
        )
        options.finish()
        return detector

    async def detect_async(self, text: str) -> list[Finding]:
        """The remote verdict as findings, or the failure-mode finding if it cannot be had."""
        import asyncio

        try:
            async with asyncio.timeout(self._deadline_s):
                pairs = await self._ask(text)
        except (TimeoutError, httpx.HTTPError, ExternalAnswerInvalid, ValueError):
            score = 1.0 if self._failure_mode == "closed" else 0.0
            return [Finding(taxonomy.EXTERNAL_UNAVAILABLE, score, None, self.name)]
        return [Finding(c, round(s, 4), None, self.name) for c, s in pairs if s > 0.0]

    async def _ask(self, text: str) -> list[tuple[str, float]]:
        if self._protocol == "openai_moderation":
            payload: dict[str, Any] = {"input": text}
            if self._model:
                payload["model"] = self._model
            response = await self._client.post(self._url, json=payload)
            response.raise_for_status()
            return parse_openai_moderation(response.json())
        payload = {
            "model": self._model,
            "messages": [{"role": "user", "content": text}],
            "max_tokens": 20,
            "temperature": 0,
        }
        response = await self._client.post(self._url, json=payload)
        response.raise_for_status()
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ExternalAnswerInvalid(f"not a chat completion: {exc!r}") from exc
        return parse_guard_reply(str(content))

    async def aclose(self) -> None:
        """Close the pooled HTTP client."""
        await self._client.aclose()
