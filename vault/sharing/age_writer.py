"""age v1 encryption to a passphrase or to an X25519 key, written as it goes.

pyrage's passphrase mode takes and returns whole `bytes`, so a 2 GB bundle would need
twice that in memory; its streaming `encrypt_io` (public keys only) pulls the
plaintext through a Python `read` call per 8 KiB and encrypts at about a third of the
speed of OpenSSL's ChaCha20-Poly1305 (bench/export.py). This writes the same format
(the age v1 spec, C2SP: one recipient stanza, the header's HMAC, then the STREAM
payload in 64 KiB ChaCha20-Poly1305 chunks) from `cryptography`'s primitives, holding
at most one chunk. `age -d`, rage and pyrage read it (tests/vault/sharing/
test_passphrase.py, test_bundle.py, tests/integration/test_bundle_interop.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

INTRO = b"age-encryption.org/v1"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
X25519_LABEL = b"age-encryption.org/v1/X25519"
CHUNK_SIZE = 64 * 1024
FILE_KEY_BYTES = 16
# log2 of scrypt's N. age's own default is 18 (256 MiB); the passphrases here are
# generated with about 78 bits, so the work factor is not what protects them, and
# 16 (64 MiB, a fraction of a second) keeps an export's peak memory small. Every age
# implementation accepts it.
WORK_FACTOR = 16
# Bech32 (BIP 173), which age uses for `age1…` recipients.
RECIPIENT_PREFIX = "age"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_CHARS = 6
_KEY_CHARS = 52  # 32 bytes in 5-bit groups, the last one padded with 4 zero bits


def _b64(data: bytes) -> bytes:
    """age's base64: standard alphabet, no padding."""
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _bech32_checksum_ok(prefix: str, values: list[int]) -> bool:
    check = 1
    expanded = [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix]
    for value in expanded + values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_BECH32_GENERATOR):
            if top >> bit & 1:
                check ^= generator
    return check == 1


def x25519_recipient(text: str) -> X25519PublicKey:
    """The public key an `age1…` recipient encodes; ValueError if it is not one (wrong
    prefix, length, characters, mixed case, checksum, padding, or a low-order key)."""
    if text not in (text.lower(), text.upper()):
        raise ValueError("An age recipient must not be in mixed case.")
    prefix, _separator, data = text.lower().rpartition("1")
    if prefix != RECIPIENT_PREFIX or len(data) != _KEY_CHARS + _CHECKSUM_CHARS:
        raise ValueError("Not an age X25519 recipient (age1 and 58 characters).")
    if any(c not in _BECH32 for c in data):
        raise ValueError("An age recipient holds a character Bech32 does not use.")
    values = [_BECH32.index(c) for c in data]
    if not _bech32_checksum_ok(prefix, values):
        raise ValueError("The age recipient's checksum does not match.")
    number = 0
    for value in values[:_KEY_CHARS]:
        number = number << 5 | value
    if number & 0xF:
        raise ValueError("The age recipient's padding bits are not zero.")
    public_key = X25519PublicKey.from_public_bytes((number >> 4).to_bytes(32, "big"))
    try:  # a low-order point gives an all-zero shared secret, which age forbids
        X25519PrivateKey.generate().exchange(public_key)
    except ValueError as exc:
        raise ValueError("The age recipient is a low-order key nobody can decrypt for.") from exc
    return public_key


def _scrypt_stanza(file_key: bytes, passphrase: str, work_factor: int) -> bytes:
    salt = os.urandom(16)
    scrypt = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    wrap_key = scrypt.derive(passphrase.encode())
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return b"-> scrypt %s %d\n%s\n" % (_b64(salt), work_factor, _b64(body))


def _x25519_stanza(file_key: bytes, recipient: X25519PublicKey) -> bytes:
    """A new ephemeral key per file; `exchange` refuses a low-order recipient key."""
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(recipient)
    wrap_key = _hkdf(shared, share + recipient.public_bytes_raw(), X25519_LABEL)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return b"-> X25519 %s\n%s\n" % (_b64(share), _b64(body))


class _StreamEncryptor:
    """Feeds `out` an age file (the header with the stanza `stanza_for` wraps the file
    key in, then the payload) as plaintext arrives through `write`; `close` ends it.

    The last chunk is marked as last, so one full chunk is held back until the next
    write or `close` says whether more follows.
    """

    def __init__(
        self, out: Callable[[bytes], object], stanza_for: Callable[[bytes], bytes]
    ) -> None:
        file_key = os.urandom(FILE_KEY_BYTES)
        nonce = os.urandom(16)
        header = b"%s\n%s---" % (INTRO, stanza_for(file_key))
        mac = hmac.new(_hkdf(file_key, None, b"header"), header, hashlib.sha256).digest()
        out(header + b" " + _b64(mac) + b"\n" + nonce)
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


class PassphraseEncryptor(_StreamEncryptor):
    """An age file that opens with `passphrase` (one scrypt stanza)."""

    def __init__(
        self, out: Callable[[bytes], object], passphrase: str, work_factor: int = WORK_FACTOR
    ) -> None:
        super().__init__(out, lambda key: _scrypt_stanza(key, passphrase, work_factor))


class X25519Encryptor(_StreamEncryptor):
    """An age file for the holder of the identity behind `recipient` (`age1…`)."""

    def __init__(self, out: Callable[[bytes], object], recipient: str) -> None:
        public_key = x25519_recipient(recipient)  # refused before anything is written
        super().__init__(out, lambda key: _x25519_stanza(key, public_key))
