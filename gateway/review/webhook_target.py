"""Where a review webhook may point: public addresses only, unless an operator allows private.

A caller-supplied URL is checked when it is registered and again, after resolving its host,
just before each delivery, so a name that later resolves to 127.0.0.1 or the cloud metadata
address (DNS rebinding) is refused too. The delivery then connects to the address that was
checked (`PinnedAddressTransport`), never to a second answer of the name.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import httpx

from gateway.errors import WebhookTargetRefused

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_private_address(address: IpAddress) -> bool:
    """Loopback, private, link-local (incl. 169.254.169.254), unspecified, multicast, reserved."""
    # An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 host: judge that one.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_unspecified
        or address.is_multicast
        or address.is_reserved
        or not address.is_global
    )


def redacted_url(url: str) -> str:
    """The URL as it may be logged: no userinfo, query string or fragment."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return "<invalid url>"
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme}://{parsed.host}{port}{parsed.path}"


def _literal_address(host: str) -> IpAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def check_url_shape(url: str, allow_http: bool, allow_private: bool) -> str:
    """The host of an acceptable URL; a literal private address is refused here already."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise WebhookTargetRefused("the webhook URL is not a valid URL") from exc
    schemes = ("https", "http") if allow_http else ("https",)
    if parsed.scheme not in schemes or not parsed.host:
        raise WebhookTargetRefused("the webhook URL must be https:// with a host")
    host = parsed.host
    literal = _literal_address(host)
    if not allow_private and (
        host.lower().rstrip(".") == "localhost"
        or host.lower().endswith(".localhost")
        or (literal is not None and is_private_address(literal))
    ):
        raise WebhookTargetRefused(
            "the webhook URL points at a loopback, private, link-local or metadata address"
        )
    return host


async def vetted_addresses(url: str, allow_http: bool, allow_private: bool) -> list[IpAddress]:
    """The addresses the URL's host resolves to, all public; refuses the URL otherwise.

    Empty when private targets are allowed: then nothing is checked, so nothing needs pinning.
    """
    host = check_url_shape(url, allow_http, allow_private)
    if allow_private:
        return []
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise WebhookTargetRefused("the webhook host does not resolve") from exc
    addresses = [_literal_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    public = [address for address in addresses if address is not None]
    if not public or len(public) < len(addresses) or any(map(is_private_address, public)):
        raise WebhookTargetRefused(
            "the webhook host resolves to a loopback, private, link-local or metadata address"
        )
    return public


async def check_target(url: str, allow_http: bool, allow_private: bool) -> None:
    """Refuse the URL unless each address its host resolves to is public (or private is allowed)."""
    await vetted_addresses(url, allow_http, allow_private)
