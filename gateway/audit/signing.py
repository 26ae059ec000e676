"""Ed25519 keys for checkpoints and purge statements: generate, load, sign, verify.

The gateway holds the private key (it seals segments); auditors need only the public key.
A key id (a short hash of the public key) travels with each signature, so keys can rotate and
old checkpoints still verify against the set of trusted public keys.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gateway.storage.private_paths import make_private_dir

PRIVATE_KEY_NAME = "audit-signing.key"
PUBLIC_KEY_NAME = "audit-signing.pub"


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short, stable name for a public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


class CheckpointSigner:
    """Signs checkpoint and purge messages with the gateway's private key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.key_id = key_id(private_key.public_key())

    @property
    def public_key(self) -> Ed25519PublicKey:
        """The matching public key."""
        return self._private_key.public_key()

    def sign(self, message: bytes) -> str:
        """The base64 signature of `message`."""
        return base64.b64encode(self._private_key.sign(message)).decode()


class SignatureChecker:
    """Checks signatures against a set of trusted public keys, chosen by key id."""

    def __init__(self, public_keys: Iterable[Ed25519PublicKey]) -> None:
        self._keys = {key_id(key): key for key in public_keys}

    def is_valid(self, signer_key_id: str, message: bytes, signature: str) -> bool:
        """Whether `signature` is a trusted key's signature over `message`."""
        key = self._keys.get(signer_key_id)
        if key is None:
            return False
        try:
            key.verify(base64.b64decode(signature, validate=True), message)
        except (InvalidSignature, ValueError):
            return False
        return True


def generate_signing_key() -> Ed25519PrivateKey:
    """A new random signing key."""
    return Ed25519PrivateKey.generate()


def private_key_pem(private_key: Ed25519PrivateKey) -> bytes:
    """The key as unencrypted PKCS#8 PEM (protect the file, not the bytes)."""
    return private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def public_key_pem(public_key: Ed25519PublicKey) -> bytes:
    """The key as SubjectPublicKeyInfo PEM."""
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_private_key(source: Path | bytes) -> Ed25519PrivateKey:
    """A private key from a PEM file path or PEM bytes."""
    data = source.read_bytes() if isinstance(source, Path) else source
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the audit signing key must be an Ed25519 key")
    return key


def load_public_key(source: Path | bytes) -> Ed25519PublicKey:
    """A public key from a PEM file path or PEM bytes."""
    data = source.read_bytes() if isinstance(source, Path) else source
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the audit verify key must be an Ed25519 key")
    return key


def write_key_pair(directory: Path, *, overwrite: bool = False) -> tuple[Path, Path]:
    """Generates a key pair into `directory`; the private file is created owner-only."""
    make_private_dir(directory)
    private_path = directory / PRIVATE_KEY_NAME
    public_path = directory / PUBLIC_KEY_NAME
    if not overwrite and (private_path.exists() or public_path.exists()):
        raise FileExistsError(f"a key already exists in {directory}")
    key = generate_signing_key()
    # Creating with 0o600 avoids a window in which the key is world-readable.
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(private_path, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_key_pem(key))
    public_path.write_bytes(public_key_pem(key.public_key()))
    return private_path, public_path
