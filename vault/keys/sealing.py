"""AES-256-GCM sealing with bound associated data, and HKDF sub-keys.

Sealed blobs are `version byte | 96-bit random nonce | ciphertext+tag`. The
associated data names where a ciphertext belongs (vault, client, table, row,
column), so a ciphertext copied to another place fails to open.
"""

from __future__ import annotations

import ctypes
import os
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.keys.secret import SecretKey

SEAL_VERSION = 1
NONCE_BYTES = 12
KEY_BYTES = 32
_HEADER = bytes([SEAL_VERSION])


class AuthenticationFailed(Exception):
    """A sealed blob did not authenticate: wrong key, wrong place, or altered bytes."""


class Sealer:
    """Seals and opens blobs under one key; keeps the AES context for speed."""

    __slots__ = ("_aead", "_key")

    def __init__(self, key: SecretKey) -> None:
        self._key = bytes(key.view())  # AESGCM needs bytes; kept so `wipe` can zero it
        self._aead = AESGCM(self._key)

    def wipe(self) -> None:
        """Zero the key copy this sealer holds (at lock); the sealer is unusable after."""
        wipe_bytes(self._key)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return _HEADER + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != SEAL_VERSION:
            raise AuthenticationFailed("sealed blob has an unknown layout")
        try:
            return self._aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
        except InvalidTag as exc:
            raise AuthenticationFailed("sealed blob failed authentication") from exc


def wipe_bytes(data: bytes) -> None:
    """Zero an immutable bytes object that only we hold (CPython layout). A `bytes` copy
    of a key is unavoidable where a library takes nothing else; freed unzeroed, it
    would stay readable in the process's memory after lock."""
    ctypes.memset(id(data) + sys.getsizeof(b"") - 1, 0, len(data))


def new_key() -> SecretKey:
    return SecretKey(os.urandom(KEY_BYTES))


def derive_subkey(root: SecretKey, purpose: str, salt: bytes | None = None) -> SecretKey:
    """HKDF-SHA256 sub-key; `purpose` keeps keys for different jobs independent."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose.encode())
    return SecretKey(hkdf.derive(bytes(root.view())))


def aad(*parts: str | int) -> bytes:
    """Unambiguous associated data: each part length-prefixed."""
    return b"cv1" + b"".join(map(aad_part, parts))


def aad_part(part: str | int) -> bytes:
    """One length-prefixed part; `aad(a, b) + aad_part(c) == aad(a, b, c)`."""
    encoded = str(part).encode()
    return len(encoded).to_bytes(2, "big") + encoded
