"""client_address: whose limit a request is charged to."""

from __future__ import annotations

import pytest

from gateway.limits.auth_throttle import client_address

PROXIES = frozenset({"10.0.0.1", "10.0.0.2", "192.168.0.0/16"})


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.9", None, frozenset(), "203.0.113.9"),
        ("203.0.113.9", "198.51.100.1", frozenset(), "203.0.113.9"),
        ("203.0.113.9", "198.51.100.1", PROXIES, "203.0.113.9"),
        ("10.0.0.1", "198.51.100.1", PROXIES, "198.51.100.1"),
        ("10.0.0.1", "6.6.6.6, 198.51.100.1", PROXIES, "198.51.100.1"),
        ("10.0.0.1", "198.51.100.1, 10.0.0.2", PROXIES, "198.51.100.1"),
        ("10.0.0.1", "198.51.100.1, 192.168.4.4", PROXIES, "198.51.100.1"),
        ("10.0.0.1", None, PROXIES, "10.0.0.1"),
        ("10.0.0.1", "10.0.0.2", PROXIES, "10.0.0.2"),
        ("10.0.0.1", "not-an-ip", PROXIES, "10.0.0.1"),
        ("10.0.0.1", "198.51.100.1, garbage", PROXIES, "10.0.0.1"),
        ("::ffff:203.0.113.9", None, frozenset(), "203.0.113.9"),
        ("2001:db8::0001", None, frozenset(), "2001:db8::1"),
        (None, "198.51.100.1", PROXIES, "unknown"),
    ],
)
def test_client_address(
    peer: str | None, forwarded: str | None, trusted: frozenset[str], expected: str
) -> None:
    """The socket peer, unless it is a trusted proxy; then the right-most untrusted hop."""
    headers = {} if forwarded is None else {"X-Forwarded-For": forwarded}
    assert client_address(peer, headers, trusted) == expected


def test_repeated_forwarded_headers_are_read_in_order() -> None:
    """Several X-Forwarded-For lines count as one list, the last line nearest to us."""
    headers = [("x-forwarded-for", "6.6.6.6"), ("X-Forwarded-For", "198.51.100.1")]
    assert client_address("10.0.0.1", headers, PROXIES) == "198.51.100.1"


def test_spoofing_rotation_without_trusted_proxy_changes_nothing() -> None:
    """A client inventing a new X-Forwarded-For each time is still charged as its own peer."""
    seen = {
        client_address("203.0.113.9", {"X-Forwarded-For": f"198.51.100.{i}"}, frozenset())
        for i in range(20)
    }
    assert seen == {"203.0.113.9"}
