"""Asking a remote classifier over HTTP for its verdict on one text: an OpenAI moderation
endpoint, a guard model behind chat completions (vLLM, Ollama, TGI), or a sequence classifier
behind vLLM's `/classify`. The client only asks; deadlines and failure modes belong to the
detector that uses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Literal

import httpx

from gateway.detectors import taxonomy
from gateway.detectors.guard_verdicts import (
    GuardVerdict,
    read_chat_completion,
    read_classification,
    read_moderation,
)
from gateway.detectors.options import DetectorOptions

Protocol = Literal["openai_moderation", "chat_guard", "classify"]
PROTOCOLS: tuple[Protocol, ...] = ("openai_moderation", "chat_guard", "classify")
_READERS = {
    "openai_moderation": read_moderation,
    "chat_guard": read_chat_completion,
    "classify": read_classification,
}


class GuardClient:
    """One remote classifier; `ask` raises httpx errors or `ExternalAnswerInvalid`."""

    def __init__(
        self,
        url: str,
        protocol: Protocol = "openai_moderation",
        model: str = "",
        timeout_s: float = 0.5,
        api_key: str = "",
        system_prompt: str = "",
        chat_template_kwargs: Mapping[str, object] | None = None,
        unsafe_category: str = "",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self._protocol = protocol
        self._model = model
        self._system_prompt = system_prompt
        self._template_kwargs = dict(chat_template_kwargs or {})
        self._unsafe_category = unsafe_category
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s), headers=headers, transport=transport
        )

    @classmethod
    def from_options(cls, options: DetectorOptions, timeout_s: float) -> GuardClient:
        """Read url, protocol, model, api_key, system_prompt, chat_template_kwargs and
        unsafe_category, then finish `options` (so read the caller's own keys first): the
        HTTP client is opened only for options that are all valid."""
        url = options.text("url", "")
        if not url.startswith(("http://", "https://")):
            raise options._fail("url", "an http(s) URL")
        protocol = options.text("protocol", "openai_moderation")
        if protocol not in PROTOCOLS:
            raise options._fail("protocol", " or ".join(PROTOCOLS))
        model = options.text("model", "")
        if protocol != "openai_moderation" and not model:
            raise options._fail("model", f"the served model's name with protocol {protocol}")
        unsafe_category = options.text("unsafe_category", "")
        if unsafe_category and not taxonomy.is_known(unsafe_category):
            raise options._fail("unsafe_category", "a category of the taxonomy")
        api_key = options.text("api_key", "")
        system_prompt = options.text("system_prompt", "")
        template_kwargs = options.mapping("chat_template_kwargs")
        options.finish()
        return cls(
            url,
            protocol,
            model,
            timeout_s,
            api_key,
            system_prompt,
            template_kwargs,
            unsafe_category,
        )

    async def ask(self, text: str) -> GuardVerdict:
        """The remote's verdict on `text`; a code-less unsafe verdict gets `unsafe_category`."""
        response = await self._client.post(self.url, json=self._payload(text))
        response.raise_for_status()
        verdict = _READERS[self._protocol](response.json())
        if verdict.unsafe and not verdict.categories and self._unsafe_category:
            return replace(verdict, categories=((self._unsafe_category, 1.0),))
        return verdict

    def _payload(self, text: str) -> dict[str, Any]:
        if self._protocol == "openai_moderation":
            return {"input": text, **({"model": self._model} if self._model else {})}
        if self._protocol == "classify":
            return {"model": self._model, "input": text}
        # Ollama's Granite Guardian reads its risk name from the system prompt; vLLM's chat
        # templates (Granite Guardian, ShieldGemma) read theirs from chat_template_kwargs.
        messages = [{"role": "user", "content": text}]
        if self._system_prompt:
            messages.insert(0, {"role": "system", "content": self._system_prompt})
        payload: dict[str, Any] = {
            "model": self._model,
            "messages": messages,
            "max_tokens": 20,
            "temperature": 0,
        }
        if self._template_kwargs:
            payload["chat_template_kwargs"] = self._template_kwargs
        return payload

    async def aclose(self) -> None:
        """Close the pooled HTTP client."""
        await self._client.aclose()
