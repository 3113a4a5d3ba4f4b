"""Re-keying every client: a new data key each, every value and blob sealed again under it.

Runs on a re-key's copy of the database (`vault.db.next`, vault/keys/rekey.py) while
the live vault stays as it was: each client gets a fresh DEK, every sealed column of
its rows is opened under the old DEK and sealed under the new one (same associated
data), and each attachment is streamed chunk by chunk into `blobs/<client>/<id>.next`.
The switch renames those over the old blobs once the new database is in place; until
then a kill or a cancel leaves the old vault whole, and the `.next` files are
discarded. A key captured before the re-key opens nothing written after it.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.errors import BadInput, VaultTampered
from vault.keys.client_keys import ClientKeys, field_aad
from vault.keys.sealing import NONCE_BYTES, AuthenticationFailed, Sealer, aad, new_key, wipe_bytes
from vault.keys.secret import SecretKey
from vault.storage.blob_io import (
    HEADER_BYTES,
    NEW_FILE,
    blob_header,
    chunk_aad,
    decrypt_blob,
    sealed_length,
    write_all,
)
from vault.storage.db import Database
from vault.storage.fileio import PRIVATE_FILE
from vault.storage.layout import BLOBS_DIR, blob_path
from vault.storage.record_binding import BOUND_SQL
from vault.storage.record_binding import SEALED_COLUMNS as RECORD_SEALED
from vault.storage.vault_fs import ID_NAME, entries, open_dir

# Every column sealed under a client's DEK: (table, row id column, client column, columns).
# tests/vault/keys/test_key_rotation.py checks that no BLOB column of the schema is missed.
SEALED_COLUMNS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("clients", "id", "id", ("name", "details")),
    ("records", "id", "client_id", RECORD_SEALED),
    ("drafts", "id", "client_id", ("payload",)),
    ("form_drafts", "id", "client_id", ("payload",)),  # an edited client's; a new one: rekey.py
    ("attachments", "id", "client_id", ("meta",)),
    ("deliveries", "client_id", "client_id", ("recipient", "passphrase")),
)
NEXT = ".next"
NEXT_NAME = re.compile(r"[0-9a-f]{16}\.next")
RekeyProgress = Callable[[int, int], bool]  # bytes done, bytes in all; False cancels


@dataclass(frozen=True)
class Rotated:
    clients: int
    attachments: int
    blob_bytes: int


class _Work:
    """Bytes re-encrypted so far against the total, and the cancel check."""

    def __init__(self, total: int, progress: RekeyProgress | None) -> None:
        self.total, self.done, self._progress = total, 0, progress

    def add(self, count: int) -> None:
        self.done += count
        if self._progress is not None and not self._progress(self.done, self.total):
            raise BadInput("The re-key was cancelled; nothing was changed.")


def rotate_client_keys(
    copy: Database,
    folder: Path,
    vault_id: str,
    old: ClientKeys,
    new: ClientKeys,
    progress: RekeyProgress | None = None,
) -> Rotated:
    """In the copy: a new DEK per client, every sealed value and blob re-encrypted."""
    work = _Work(_total(copy), progress)
    work.add(0)  # a cancel that came early is honoured even in a vault with no clients
    clients = attachments = blob_bytes = 0
    for client_id, wrapped in copy.execute("SELECT id, wrapped_dek FROM clients ORDER BY id"):
        old_dek, new_dek = old.unwrap(client_id, bytes(wrapped)), new_key()
        try:
            with copy.transaction():
                _reseal_rows(copy, vault_id, client_id, old_dek, new_dek, work)
                copy.execute(
                    "UPDATE clients SET wrapped_dek = ? WHERE id = ?",
                    (new.wrap(client_id, new_dek), client_id),
                )
            rows = copy.execute(
                "SELECT id, size, chunks FROM attachments WHERE client_id = ? ORDER BY id",
                (client_id,),
            )
            if rows:
                with _aeads(old_dek, new_dek) as (old_aead, new_aead):
                    for attachment_id, size, chunks in rows:
                        prefix = aad("attachment", vault_id, client_id, attachment_id)
                        blob = (folder, client_id, attachment_id)
                        _reencrypt(blob, old_aead, new_aead, prefix, int(size), int(chunks), work)
                        attachments, blob_bytes = attachments + 1, blob_bytes + int(size)
                with open_dir(folder, BLOBS_DIR, client_id) as fd:
                    os.fsync(fd)  # the .next names are durable before the header says switch
        finally:
            old_dek.wipe()
            new_dek.wipe()
        clients += 1
    return Rotated(clients, attachments, blob_bytes)


def _total(copy: Database) -> int:
    parts = [
        f"SELECT coalesce(sum({' + '.join(f'coalesce(length({c}), 0)' for c in columns)}), 0) "  # noqa: S608
        f"FROM {table}"
        for table, _row, _client, columns in SEALED_COLUMNS
    ]
    sealed = sum(int(copy.scalar(sql)) for sql in parts)
    return sealed + int(copy.scalar("SELECT coalesce(sum(size), 0) FROM attachments"))


def _reseal_rows(
    copy: Database,
    vault_id: str,
    client_id: str,
    old_dek: SecretKey,
    new_dek: SecretKey,
    work: _Work,
) -> None:
    old_sealer, new_sealer = Sealer(old_dek), Sealer(new_dek)
    try:
        for table, row_column, client_column, columns in SEALED_COLUMNS:
            extra = f", {BOUND_SQL}" if table == "records" else ""
            rows = copy.execute(
                f"SELECT {row_column}, {', '.join(columns)}{extra} FROM {table} "  # noqa: S608
                f"WHERE {client_column} = ?",
                (client_id,),
            )
            updates = []
            for row_id, *rest in rows:
                sealed, bound = rest[: len(columns)], tuple(rest[len(columns) :])
                updates.append(
                    (
                        *(
                            None
                            if blob is None
                            else _reseal(
                                old_sealer,
                                new_sealer,
                                field_aad(vault_id, client_id, table, row_id, column, bound),
                                bytes(blob),
                            )
                            for column, blob in zip(columns, sealed, strict=True)
                        ),
                        row_id,
                    )
                )
                work.add(sum(len(b) for b in sealed if b is not None))
            assignments = ", ".join(f"{column} = ?" for column in columns)
            copy.executemany(
                f"UPDATE {table} SET {assignments} WHERE {row_column} = ?",  # noqa: S608
                updates,
            )
    finally:
        old_sealer.wipe()
        new_sealer.wipe()


def _reseal(old: Sealer, new: Sealer, associated: bytes, blob: bytes) -> bytes:
    try:
        return new.seal(old.open(blob, associated), associated)
    except AuthenticationFailed as exc:
        raise VaultTampered(
            "A stored value failed its integrity check while the vault was re-keyed; "
            "nothing was changed."
        ) from exc


@contextlib.contextmanager
def _aeads(old_dek: SecretKey, new_dek: SecretKey) -> Iterator[tuple[AESGCM, AESGCM]]:
    """Bare AES-GCM contexts for the chunks; their key copies are zeroed afterwards."""
    old_bytes, new_bytes = bytes(old_dek.view()), bytes(new_dek.view())
    try:
        yield AESGCM(old_bytes), AESGCM(new_bytes)
    finally:
        wipe_bytes(old_bytes)
        wipe_bytes(new_bytes)


def _reencrypt(
    blob: tuple[Path, str, str],
    old: AESGCM,
    new: AESGCM,
    prefix: bytes,
    size: int,
    chunks: int,
    work: _Work,
) -> None:
    """Stream one blob (vault folder, client, attachment) into `<id>.next` under the new
    key, chunk for chunk (the same layout, so the row's chunk count stays true)."""
    folder, client_id, attachment_id = blob
    source = blob_path(folder, client_id, attachment_id)
    chunk_size = _chunk_size(source)
    sealed = memoryview(bytearray(sealed_length(chunk_size)))
    with open_dir(folder, BLOBS_DIR, client_id) as dir_fd:
        name = attachment_id + NEXT
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name, dir_fd=dir_fd)  # left by a run that failed in this process
        fd = os.open(name, NEW_FILE | os.O_NOFOLLOW, PRIVATE_FILE, dir_fd=dir_fd)
        try:
            write_all(fd, blob_header(chunk_size))
            for index, plain in enumerate(decrypt_blob(source, old, prefix, size, chunks)):
                end = sealed_length(len(plain))
                sealed[:NONCE_BYTES] = os.urandom(NONCE_BYTES)
                associated = chunk_aad(prefix, index, index == chunks - 1)
                new.encrypt_into(sealed[:NONCE_BYTES], plain, associated, sealed[NONCE_BYTES:end])
                write_all(fd, sealed[:end])
                work.add(len(plain))
            os.fsync(fd)
        finally:
            os.close(fd)


def _chunk_size(source: Path) -> int:
    """The source's chunk size (decrypt_blob checks the header it comes from)."""
    with source.open("rb") as handle:
        header = handle.read(HEADER_BYTES)
    return max(1, int.from_bytes(header[-4:], "big")) if len(header) == HEADER_BYTES else 1


# -- the switch and its undoing (called by vault/keys/rekey.py) -----------------


def _client_dirs(folder: Path) -> list[str]:
    try:
        with open_dir(folder, BLOBS_DIR) as blobs:
            return [name for name, is_dir in entries(blobs) if is_dir and ID_NAME.fullmatch(name)]
    except OSError:  # no blobs folder (or a link in its place): nothing of ours in it
        return []


def switch_blob(dir_fd: int, name: str) -> None:
    """`<id>.next` over `<id>`: the re-encrypted blob becomes the live one."""
    os.replace(name, name.removesuffix(NEXT), src_dir_fd=dir_fd, dst_dir_fd=dir_fd)


def switch_blobs(folder: Path) -> int:
    """Make every re-encrypted blob live (after the new database is); returns how many."""
    switched = 0
    for client_id in _client_dirs(folder):
        with open_dir(folder, BLOBS_DIR, client_id) as fd:
            names = [n for n, is_dir in entries(fd) if not is_dir and NEXT_NAME.fullmatch(n)]
            for name in names:
                switch_blob(fd, name)
            if names:
                os.fsync(fd)
            switched += len(names)
    return switched


def discard_blobs(folder: Path) -> None:
    """Delete every `<id>.next` a re-key that did not reach its switch left behind."""
    for client_id in _client_dirs(folder):
        with open_dir(folder, BLOBS_DIR, client_id) as fd:
            for name, is_dir in entries(fd):
                if not is_dir and NEXT_NAME.fullmatch(name):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(name, dir_fd=fd)
