"""External classifier adapter against a tiny real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from gateway.detectors import taxonomy
from gateway.detectors.external import ExternalClassifierDetector
from gateway.detectors.guard_client import GuardClient

MODERATION = {
    "results": [
        {"flagged": True, "category_scores": {"violence": 0.91, "hate": 0.02, "sexual": 0.0}}
    ]
}
GUARD = {"choices": [{"message": {"role": "assistant", "content": "unsafe\nS9,S1"}}]}
YES = {"choices": [{"message": {"role": "assistant", "content": "Yes"}}]}

# path -> (delay in seconds, status, body)
ROUTES: dict[str, tuple[float, int, bytes]] = {
    "/moderations": (0.0, 200, json.dumps(MODERATION).encode()),
    "/guard": (0.0, 200, json.dumps(GUARD).encode()),
    "/yes": (0.0, 200, json.dumps(YES).encode()),
    "/slow": (2.0, 200, json.dumps(MODERATION).encode()),
    "/garbage": (0.0, 200, b"<html>not json</html>"),
    "/wrong-shape": (0.0, 200, b'{"results": "nope"}'),
    "/error": (0.0, 500, b"{}"),
}


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    request_line = (await reader.readline()).decode()
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    await reader.readexactly(length)
    delay, status, body = ROUTES.get(request_line.split()[1], (0.0, 404, b"{}"))
    await asyncio.sleep(delay)
    head = (
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    try:
        writer.write(head.encode() + body)
        await writer.drain()
    finally:
        writer.close()


@pytest.fixture
async def server_url() -> AsyncIterator[str]:
    """Base URL of a local server answering per path: correct, slow, garbage or failing."""
    server = await asyncio.start_server(_handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.close()
    await server.wait_closed()


async def _detect(
    url: str, failure_mode: str = "open", deadline_s: float = 0.3, **kwargs: object
) -> list[tuple[str, float]]:
    client = GuardClient(url, timeout_s=deadline_s, **kwargs)  # type: ignore[arg-type]
    detector = ExternalClassifierDetector("ext", client, deadline_s, failure_mode)  # type: ignore[arg-type]
    try:
        return [(f.category, f.score) for f in await detector.detect_async("some text")]
    finally:
        await detector.aclose()


async def test_moderation_answer_is_mapped(server_url: str) -> None:
    """OpenAI moderation scores map onto the taxonomy."""
    found = dict(await _detect(f"{server_url}/moderations", deadline_s=5.0))
    assert found[taxonomy.VIOLENT_CRIMES] == pytest.approx(0.91)
    assert taxonomy.SEXUAL_CONTENT not in found


async def test_guard_answer_is_mapped(server_url: str) -> None:
    """A Llama Guard verdict's S-codes become hazard categories."""
    found = await _detect(
        f"{server_url}/guard", deadline_s=5.0, protocol="chat_guard", model="llama-guard"
    )
    assert sorted(found) == [(taxonomy.INDISCRIMINATE_WEAPONS, 1.0), (taxonomy.VIOLENT_CRIMES, 1.0)]


async def test_bare_yes_is_the_generic_hazard(server_url: str) -> None:
    """A yes/no guard (ShieldGemma) saying yes names no hazard: the generic one stands in."""
    found = await _detect(
        f"{server_url}/yes", deadline_s=5.0, protocol="chat_guard", model="shieldgemma"
    )
    assert found == [(taxonomy.NON_VIOLENT_CRIMES, 1.0)]


@pytest.mark.parametrize("path", ["/slow", "/garbage", "/wrong-shape", "/error"])
@pytest.mark.parametrize(("mode", "score"), [("open", 0.0), ("closed", 1.0)])
async def test_failures_follow_the_mode(
    server_url: str, path: str, mode: str, score: float
) -> None:
    """Timeouts, garbage and errors give only the failure-mode finding, within the deadline."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    found = await _detect(f"{server_url}{path}", failure_mode=mode)
    assert found == [(taxonomy.EXTERNAL_UNAVAILABLE, score)]
    assert loop.time() - started < 1.0


async def test_unreachable_endpoint_fails_closed() -> None:
    """A refused connection is a failure like any other."""
    found = await _detect("http://127.0.0.1:9/none", failure_mode="closed")
    assert found == [(taxonomy.EXTERNAL_UNAVAILABLE, 1.0)]
