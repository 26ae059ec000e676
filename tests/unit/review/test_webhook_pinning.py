"""Webhook deliveries connect to the address that was checked, keeping the host name."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gateway.review.pinned_transport import PinnedAddressTransport
from gateway.review.webhook import WebhookSender

SECRET = "0123456789abcdef-secret"
REBINDING_NAME = "rebinding.hooks.example"
HOOK_NAME = "hooks.example.test"
# Counted as public for the rebinding test (see `_treat_as_public`): a loopback address
# where nothing listens, so the test sends nothing off this machine.
PUBLIC_ADDRESS = "127.0.0.2"


@dataclass
class Receiver:
    """A real HTTP(S) receiver on 127.0.0.1 that answers 204 and remembers what it saw."""

    port: int = 0
    hosts: list[str] = field(default_factory=list)
    server_names: list[str | None] = field(default_factory=list)


def _serve(receiver: Receiver, tls: ssl.SSLContext | None) -> Iterator[Receiver]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", "0")))
            receiver.hosts.append(self.headers.get("host", ""))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test reads what the receiver recorded."""

    server = HTTPServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def loopback_receiver() -> Iterator[Receiver]:
    """A plain HTTP receiver on 127.0.0.1."""
    yield from _serve(Receiver(), None)


def _certificate_for(name: str, directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_receiver(tmp_path: Path) -> Iterator[tuple[Receiver, Path]]:
    """An HTTPS receiver on 127.0.0.1 whose certificate names HOOK_NAME only."""
    cert_path, key_path = _certificate_for(HOOK_NAME, tmp_path)
    receiver = Receiver()
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert_path, key_path)

    def remember_server_name(_socket: Any, name: str | None, _context: Any) -> None:
        receiver.server_names.append(name)

    tls.sni_callback = remember_server_name
    for served in _serve(receiver, tls):
        yield served, cert_path


def _treat_as_public(monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    """Let the check pass `address`, standing in for a public host that takes no traffic."""
    from gateway.review import webhook_target

    is_private = webhook_target.is_private_address
    stand_in = ipaddress.ip_address(address)
    monkeypatch.setattr(
        webhook_target,
        "is_private_address",
        lambda candidate: candidate != stand_in and is_private(candidate),
    )


async def test_a_rebinding_name_never_reaches_the_loopback_listener(
    monkeypatch: pytest.MonkeyPatch, loopback_receiver: Receiver
) -> None:
    """A name answering a public address for the check and 127.0.0.1 afterwards is not called."""
    system_getaddrinfo = socket.getaddrinfo
    answers = iter([PUBLIC_ADDRESS])

    def rebinding_resolver(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name == REBINDING_NAME:
            host = next(answers, "127.0.0.1")
        return system_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_resolver)
    _treat_as_public(monkeypatch, PUBLIC_ADDRESS)
    sender = WebhookSender(allow_http=True, allow_private=False, timeout_seconds=0.5)
    url = f"http://{REBINDING_NAME}:{loopback_receiver.port}/hook"
    delivered = await sender.send(url, SECRET, b"{}")
    assert loopback_receiver.hosts == []
    assert delivered is False


async def test_the_pinned_call_keeps_the_host_header_and_tls_server_name(
    tls_receiver: tuple[Receiver, Path],
) -> None:
    """Dialled by address, the receiver still sees the URL's name and its certificate checks."""
    receiver, cert_path = tls_receiver
    trust = ssl.create_default_context(cafile=str(cert_path))
    transport = PinnedAddressTransport(
        [ipaddress.ip_address("127.0.0.1")], inner=httpx.AsyncHTTPTransport(verify=trust)
    )
    async with httpx.AsyncClient(transport=transport, timeout=5) as client:
        response = await client.post(f"https://{HOOK_NAME}:{receiver.port}/hook", content=b"{}")
    assert response.status_code == 204
    assert receiver.hosts == [f"{HOOK_NAME}:{receiver.port}"]
    assert receiver.server_names == [HOOK_NAME]


async def test_a_receiver_reachable_only_on_its_second_address_gets_the_call(
    loopback_receiver: Receiver,
) -> None:
    """When connecting to the first vetted address fails, the next one is tried, and only once."""
    addresses = [ipaddress.ip_address("::1"), ipaddress.ip_address("127.0.0.1")]  # IPv4 listener
    async with httpx.AsyncClient(transport=PinnedAddressTransport(addresses), timeout=5) as client:
        response = await client.post(
            f"http://{HOOK_NAME}:{loopback_receiver.port}/hook", content=b"{}"
        )
    assert response.status_code == 204
    assert loopback_receiver.hosts == [f"{HOOK_NAME}:{loopback_receiver.port}"]
