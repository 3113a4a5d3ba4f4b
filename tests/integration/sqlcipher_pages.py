"""Read a SQLCipher 4 file page by page with the raw database key, as an attacker with
the password could: every page (live, free or stale) and every write-ahead-log frame.

SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, each page ending in a 16-byte
IV and a 64-byte HMAC-SHA512; page 1 starts with the file's 16-byte salt. With a raw
key the key is the AES key itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24
SQLITE_HEADER_REST = bytes.fromhex("1000")  # page size 4096, big-endian, at offset 16


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    body = page[SALT if first else 0 : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of a SQLCipher database file, decrypted."""
    data = path.read_bytes()
    for number, start in enumerate(range(0, len(data) - PAGE + 1, PAGE)):
        page = _decrypt(key, data[start : start + PAGE], first=number == 0)
        if number == 0 and page[:2] != SQLITE_HEADER_REST:
            raise ValueError(f"{path.name} does not decrypt with this key")
        yield page


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every frame's page in a write-ahead log, decrypted (page 1 keeps its salt there too)."""
    data = path.read_bytes()
    start = WAL_HEADER
    while start + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[start : start + 4], "big")
        page = data[start + FRAME_HEADER : start + FRAME_HEADER + PAGE]
        yield _decrypt(key, page, first=number == 1)
        start += FRAME_HEADER + PAGE


def decrypted_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Pages of a database or its -wal file, by the file's name."""
    if path.name.endswith("-wal"):
        yield from wal_pages(path, key)
    else:
        yield from database_pages(path, key)
