"""Webhook targets: private hosts are refused unless allowed; attempts end; logs hide queries."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import structlog

from gateway.errors import WebhookTargetRefused
from gateway.review.notifier import DeliveryBackoff
from gateway.review.webhook import WebhookSender
from gateway.review.webhook_target import (
    check_target,
    check_url_shape,
    is_private_address,
    redacted_url,
)

SECRET = "0123456789abcdef-secret"


class _Refusing(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(500)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads the gateway's log, not the receiver's."""


@pytest.fixture
def refusing_receiver() -> Iterator[str]:
    """A real local HTTP receiver that answers every POST with 500."""
    server = HTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1:8443/hook",
        "https://localhost/hook",
        "https://10.1.2.3/hook",
        "https://192.168.0.10/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://0.0.0.0/hook",
        "https://224.0.0.1/hook",
    ],
)
async def test_private_targets_are_refused(url: str) -> None:
    """Loopback, private, link-local, metadata, unspecified and multicast hosts are refused."""
    with pytest.raises(WebhookTargetRefused):
        await check_target(url, allow_http=False, allow_private=False)


async def test_a_public_address_is_accepted() -> None:
    """A public literal address passes the check."""
    await check_target("https://93.184.216.34/hook", allow_http=False, allow_private=False)


async def test_the_operator_setting_allows_private_targets() -> None:
    """With private targets allowed, a loopback webhook is accepted."""
    await check_target("https://127.0.0.1:8443/hook", allow_http=False, allow_private=True)


async def test_a_name_resolving_to_a_private_address_is_refused_at_send_time() -> None:
    """The sender resolves the host itself, so a name pointing at a private host is not called."""
    name = socket.gethostname()
    try:
        resolved = {info[4][0] for info in socket.getaddrinfo(name, None)}
    except OSError:
        pytest.skip("this machine's own name does not resolve")
    if not all(is_private_address(ipaddress.ip_address(str(a).split("%")[0])) for a in resolved):
        pytest.skip("this machine's own name resolves to a public address")
    # The URL check alone cannot tell: only resolving the name reveals the private address.
    check_url_shape(f"http://{name}:9/hook", allow_http=True, allow_private=False)
    sender = WebhookSender(allow_http=True, allow_private=False, timeout_seconds=0.5)
    with pytest.raises(WebhookTargetRefused):
        await sender.send(f"http://{name}:9/hook", SECRET, b"{}")


def test_redacted_url_drops_userinfo_query_and_fragment() -> None:
    """Only scheme, host, port and path survive into a log line."""
    url = "https://user:pw@hooks.example.com:8443/x/y?token=abc#frag"
    assert redacted_url(url) == "https://hooks.example.com:8443/x/y"


async def test_a_logged_webhook_url_carries_no_query_string(refusing_receiver: str) -> None:
    """A refused delivery is logged with the path but without the query's token."""
    sender = WebhookSender(allow_http=True, allow_private=True, timeout_seconds=2.0)
    with structlog.testing.capture_logs() as logs:
        delivered = await sender.send(f"{refusing_receiver}/hook?token=s3cr3t", SECRET, b"{}")
    assert delivered is False
    (event,) = logs
    assert event["event"] == "review.webhook_refused"
    assert event["url"] == f"{refusing_receiver}/hook"
    assert "s3cr3t" not in repr(logs)


def test_attempts_stop_after_the_bound_with_doubling_waits() -> None:
    """Five failures end the attempts; between failures the wait doubles from 30 s."""
    now = [0.0]
    backoff = DeliveryBackoff(max_attempts=5, first_wait_seconds=30.0, clock=lambda: now[0])
    waits = []
    for attempt in range(1, 6):
        assert backoff.due("case")
        exhausted = backoff.failed("case")
        assert exhausted is (attempt == 5)
        start = now[0]
        while not backoff.due("case") and now[0] - start < 10_000:
            now[0] += 1.0
        waits.append(now[0] - start)
    assert waits[:4] == [30.0, 60.0, 120.0, 240.0]
    now[0] += 1_000_000
    assert not backoff.due("case")
