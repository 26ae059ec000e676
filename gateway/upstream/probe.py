"""Probing a configured upstream: is it reachable, how fast, and does it serve our models.

`GET /v1/models` is what every OpenAI-compatible server (vLLM, Ollama, TGI, llama.cpp's
server, OpenAI) answers cheaply; it costs no tokens and lists the model ids it serves.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import httpx

from gateway.policy.catalog import ModelSpec, UpstreamSpec
from gateway.upstream.client import credential_headers

MODELS_PATH = "/v1/models"
ModelState = Literal["served", "missing", "unknown", "json"]


@dataclass(frozen=True, slots=True)
class ModelCheck:
    """One catalogue model against what its upstream lists."""

    model: str
    upstream_model: str
    state: ModelState
    """served / missing from the listing / unknown (no listing) / json (not listed by design)."""


@dataclass(frozen=True, slots=True)
class UpstreamProbe:
    """What one `GET /v1/models` told us about an upstream."""

    upstream: str
    url: str
    status: int | None
    """The HTTP status, or None when no answer came (see `error`)."""
    latency_ms: float
    error: str
    served: tuple[str, ...] | None
    """The model ids the upstream lists; None when the answer was not a model list."""
    models: tuple[ModelCheck, ...]

    @property
    def healthy(self) -> bool:
        """Answered 2xx and lists every configured OpenAI-kind model (or lists nothing). An
        upstream serving only plain JSON models need not know `/v1/models`: any answer short
        of a refused credential or a server error shows it is there."""
        if self.status is None:
            return False
        if all(check.state == "json" for check in self.models):
            return self.status < 500 and self.status not in (401, 403)
        ok_status = 200 <= self.status < 300
        return ok_status and all(check.state != "missing" for check in self.models)


def _listed_ids(response: httpx.Response) -> tuple[str, ...] | None:
    try:
        document = response.json()
    except ValueError:
        return None
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, list):
        return None
    return tuple(str(item["id"]) for item in data if isinstance(item, dict) and "id" in item)


def _check(model: ModelSpec, served: tuple[str, ...] | None) -> ModelCheck:
    state: ModelState
    if model.kind == "json":
        state = "json"
    elif served is None:
        state = "unknown"
    else:
        state = "served" if model.upstream_model in served else "missing"
    return ModelCheck(model.name, model.upstream_model, state)


def probe_upstream(spec: UpstreamSpec, models: Iterable[ModelSpec]) -> UpstreamProbe:
    """GET `/v1/models` on `spec` with its credential and timeouts, and compare the listing."""
    url = spec.base_url + MODELS_PATH
    mine = [model for model in models if model.upstream == spec.name]
    timeout = httpx.Timeout(spec.read_timeout, connect=spec.connect_timeout)
    started = time.perf_counter()
    try:
        response = httpx.get(url, headers=credential_headers(spec), timeout=timeout)
    except httpx.HTTPError as exc:
        latency = (time.perf_counter() - started) * 1000
        checks = tuple(_check(model, None) for model in mine)
        return UpstreamProbe(spec.name, url, None, latency, type(exc).__name__, None, checks)
    latency = (time.perf_counter() - started) * 1000
    served = _listed_ids(response) if response.is_success else None
    checks = tuple(_check(model, served) for model in mine)
    return UpstreamProbe(spec.name, url, response.status_code, latency, "", served, checks)
