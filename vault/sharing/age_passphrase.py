"""age v1 encryption to a passphrase, written as it goes.

pyrage streams only to public keys (`encrypt_io`); its passphrase mode takes and
returns whole `bytes`, so a 2 GB bundle would need twice that in memory. This writes
the same format (the age v1 spec, C2SP: one scrypt stanza, the header's HMAC, then
the STREAM payload in 64 KiB ChaCha20-Poly1305 chunks) from `cryptography`'s
primitives, holding at most one chunk. `age -d`, rage and `pyrage.passphrase.decrypt`
read it (tests/vault/sharing/test_bundle.py, tests/integration/test_bundle_interop.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

INTRO = b"age-encryption.org/v1"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK_SIZE = 64 * 1024
FILE_KEY_BYTES = 16
# log2 of scrypt's N. age's own default is 18 (256 MiB); the passphrases here are
# generated with about 78 bits, so the work factor is not what protects them, and
# 16 (64 MiB, a fraction of a second) keeps an export's peak memory small. Every age
# implementation accepts it.
WORK_FACTOR = 16


def _b64(data: bytes) -> bytes:
    """age's base64: standard alphabet, no padding."""
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(file_key: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(file_key)


def _header(file_key: bytes, passphrase: str, work_factor: int) -> bytes:
    salt = os.urandom(16)
    scrypt = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    wrap_key = scrypt.derive(passphrase.encode())
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = b"%s\n-> scrypt %s %d\n%s\n---" % (INTRO, _b64(salt), work_factor, _b64(body))
    mac = hmac.new(_hkdf(file_key, None, b"header"), header, hashlib.sha256).digest()
    return header + b" " + _b64(mac) + b"\n"


class PassphraseEncryptor:
    """Feeds `out` an age file as plaintext arrives through `write`; `close` ends it.

    The last chunk is marked as last, so one full chunk is held back until the next
    write or `close` says whether more follows.
    """

    def __init__(
        self, out: Callable[[bytes], object], passphrase: str, work_factor: int = WORK_FACTOR
    ) -> None:
        file_key = os.urandom(FILE_KEY_BYTES)
        nonce = os.urandom(16)
        out(_header(file_key, passphrase, work_factor) + nonce)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._out = out
        self._pending = bytearray()
        self._counter = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        if self._pending:
            take = min(CHUNK_SIZE - len(self._pending), len(view))
            self._pending += view[:take]
            view = view[take:]
            if not view:
                return
            self._seal(self._pending, last=False)  # full, and more follows
            self._pending.clear()
        while len(view) > CHUNK_SIZE:
            self._seal(view[:CHUNK_SIZE], last=False)
            view = view[CHUNK_SIZE:]
        self._pending += view

    def close(self) -> None:
        """The final chunk: empty only if the whole plaintext was."""
        self._seal(self._pending, last=True)
        self._pending.clear()

    def _seal(self, chunk: bytearray | memoryview, *, last: bool) -> None:
        nonce = self._counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        self._counter += 1
        self._out(self._aead.encrypt(nonce, chunk, None))
