"""The blob file: header, chunk layout and associated data, and the file I/O around it.

A blob is a short header (magic, format version, chunk size) followed by chunks,
each `nonce | ciphertext+tag` of at most `chunk_size` plaintext bytes. Failures on
the user's own files (the file to attach, a decrypted copy) are bad input; failures
of a blob are damage or tampering.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.errors import BadInput, VaultDamaged, VaultTampered
from vault.keys.sealing import NONCE_BYTES, aad_part

CHUNK_SIZE = 1 << 20  # large enough that per-chunk overhead vanishes, small enough to stream
MAX_CHUNK_SIZE = 64 << 20  # a header claiming more is not ours: never allocate that much
TAG_BYTES = 16
MAGIC = b"CVBLOB"
FORMAT_VERSION = 1
HEADER_BYTES = len(MAGIC) + 1 + 4
BINARY = getattr(os, "OBINARY", 0)  # Windows: no newline translation on os.write
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY


class Readable(Protocol):
    """A binary source read into our own buffer (files, `io.BytesIO`)."""

    def readinto(self, buffer: memoryview, /) -> int | None: ...


def os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def open_source(path: Path) -> io.FileIO:
    """Open a file to attach (unbuffered: we read whole chunks), or say why not."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise BadInput("The file to attach is a folder; attach the files in it one by one.")
        if not stat.S_ISREG(mode):
            raise BadInput("The file to attach is not a regular file.")
        return path.open("rb", buffering=0)
    except FileNotFoundError as exc:
        raise BadInput("The file to attach does not exist.") from exc
    except OSError as exc:
        raise BadInput(
            "The file to attach cannot be read ({reason}).", reason=os_reason(exc)
        ) from exc


def check_output(out: Path) -> None:
    """A decrypted copy goes to a new file only: refuse before any work is done."""
    if out.exists() or out.is_symlink():
        raise BadInput("Something already exists at the output path; nothing was overwritten.")
    if not out.parent.is_dir():
        raise BadInput("The folder for the output file does not exist.")


@contextlib.contextmanager
def writing_output() -> Iterator[None]:
    """Failures on the user's output file are bad input, not a broken vault folder."""
    try:
        yield
    except OSError as exc:
        raise BadInput(
            "The output file cannot be written ({reason}).", reason=os_reason(exc)
        ) from exc


def fill(source: Readable, buffer: memoryview) -> int:
    """Read until `buffer` is full or the source ends (pipes return short reads)."""
    filled = 0
    while filled < len(buffer):
        count = source.readinto(buffer[filled:])
        if not count:
            break
        filled += count
    return filled


def read_source(source: Readable, buffer: memoryview) -> int:
    try:
        return fill(source, buffer)
    except OSError as exc:
        raise BadInput(
            "The file to attach cannot be read ({reason}).", reason=os_reason(exc)
        ) from exc


def write_all(fd: int, data: memoryview) -> None:
    while data:
        data = data[os.write(fd, data) :]


def blob_header(chunk_size: int) -> memoryview:
    return memoryview(MAGIC + bytes([FORMAT_VERSION]) + chunk_size.to_bytes(4, "big"))


def chunk_aad(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + aad_part(index) + aad_part(int(last))


def sealed_length(plain_length: int) -> int:
    return NONCE_BYTES + plain_length + TAG_BYTES


def decrypt_blob(
    path: Path, aead: AESGCM, prefix: bytes, size: int, chunks: int
) -> Iterator[memoryview]:
    """Open, check and decrypt a blob chunk by chunk against its row's size and count."""
    try:
        handle = path.open("rb", buffering=0)
    except FileNotFoundError as exc:
        raise VaultDamaged("The attachment's file is missing from the vault folder.") from exc
    with handle:
        header = handle.read(HEADER_BYTES)
        chunk_size = int.from_bytes(header[-4:], "big")
        if (
            len(header) != HEADER_BYTES
            or header[: len(MAGIC)] != MAGIC
            or header[len(MAGIC)] != FORMAT_VERSION
            or not 0 < chunk_size <= MAX_CHUNK_SIZE
        ):
            raise VaultTampered(
                "The attachment's contents failed their integrity check (the file's header "
                "is not an attachment header)."
            )
        if chunks != max(1, -(-size // chunk_size)):
            raise VaultTampered(
                "The attachment's contents failed their integrity check (its chunks do not "
                "add up to the size the vault recorded)."
            )
        sealed = memoryview(bytearray(sealed_length(chunk_size)))
        plain = memoryview(bytearray(chunk_size))
        last_length = size - chunk_size * (chunks - 1)
        for index in range(chunks):
            last = index == chunks - 1
            length = last_length if last else chunk_size
            end = sealed_length(length)
            if fill(handle, sealed[:end]) != end:
                raise VaultTampered(
                    "The attachment's contents failed their integrity check (the file ends "
                    "early: it was truncated)."
                )
            try:
                aead.decrypt_into(
                    sealed[:NONCE_BYTES],
                    sealed[NONCE_BYTES:end],
                    chunk_aad(prefix, index, last),
                    plain[:length],
                )
            except InvalidTag as exc:
                raise VaultTampered(
                    "The attachment's contents failed their integrity check (chunk {chunk} "
                    "was altered, reordered or comes from another file).",
                    chunk=index + 1,
                ) from exc
            yield plain[:length]
        if handle.read(1):
            raise VaultTampered(
                "The attachment's contents failed their integrity check (there are bytes "
                "after its last chunk)."
            )
