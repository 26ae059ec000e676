"""Where each endpoint lives: the one table of OpenAI-format paths, and the infer route."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from gateway.policy.catalog import Endpoint

OPENAI_PATHS: Final[Mapping[Endpoint, str]] = MappingProxyType(
    {
        "chat": "/v1/chat/completions",
        "completions": "/v1/completions",
        "embeddings": "/v1/embeddings",
    }
)
"""The path of each OpenAI-format endpoint, the same on the gateway and on its upstreams."""

INFER_ROUTE: Final = "/v1/models/{model}/infer"
"""The gateway's plain JSON inference route (upstreams name their own `infer_path`)."""


def route_path(endpoint: Endpoint, model: str) -> str:
    """The gateway path a caller uses for `endpoint` of `model`."""
    return INFER_ROUTE.format(model=model) if endpoint == "infer" else OPENAI_PATHS[endpoint]
