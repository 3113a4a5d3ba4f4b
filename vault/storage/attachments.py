"""Attachments: any file, kept in blobs/ as chunked AES-256-GCM under the client's key.

A blob is a short header (magic, format version, chunk size) followed by chunks,
each `nonce | ciphertext+tag` of at most `chunk_size` plaintext bytes; an empty
file is one empty chunk. Each chunk's associated data names vault, client,
attachment, its index and whether it is the last one, so a chunk that is altered,
reordered, dropped or moved to another attachment or client fails to open. The
file name, media type and SHA-256 are sealed in the row's `meta` like any value.

The blob is written to a temp name, synced and renamed into place before its
row is inserted, so a crash leaves either no attachment or a whole one (at worst
an orphan file, which `remove_orphans` clears). Both directions stream through a
few fixed buffers: a 2 GB file needs a few MiB of memory.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import json
import mimetypes
import os
import secrets
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault.audit.log import AuditLog
from vault.domain.model import MAX_TITLE_CHARS, clean_text, is_control
from vault.errors import BadInput
from vault.keys.client_keys import FieldCipher
from vault.keys.sealing import NONCE_BYTES, Sealer, aad
from vault.storage import orphans
from vault.storage.blob_io import (
    CHUNK_SIZE,
    NEW_FILE,
    Readable,
    blob_header,
    check_output,
    chunk_aad,
    decrypt_blob,
    open_source,
    read_source,
    sealed_length,
    write_all,
    writing_output,
)
from vault.storage.client_store import new_id
from vault.storage.db import Database
from vault.storage.fileio import PRIVATE_FILE, fsync_dir, make_private_dir
from vault.storage.layout import BLOBS_DIR, blob_path, client_blob_dir
from vault.storage.vault_fs import remove_blob

MAX_NAME_BYTES = 255  # what common file systems allow for one file name
GENERIC_TYPE = "application/octet-stream"


Progress = Callable[[int], bool]  # bytes done so far; returning False cancels

# A dataset's columns: what personal data each holds. Special-care data (要配慮個人情報:
# health, beliefs, criminal records …) is what redaction always removes.
SPECIAL_CARE = "special-care"
DATASET_ROLES = (
    "name",
    "furigana",
    "email",
    "phone",
    "postal_code",
    "address",
    "birth_date",
    SPECIAL_CARE,
)
DATASET_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xls"})
MAX_COLUMNS = 1000

# Blob files being written by any store in this process (a worker thread has its
# own connection and store): `remove_orphans` must not take them for leftovers.
_pending: set[Path] = set()
_pending_mutex = threading.Lock()


@dataclass(frozen=True)
class Attachment:
    id: str
    client_id: str
    record_id: str | None  # None: attached to the client itself
    name: str
    media_type: str
    size: int
    sha256: str  # of the plaintext, so a certificate can name it without decrypting
    created_at: str


def clean_name(name: str) -> str:
    """A file name as stored: NFC (macOS hands out NFD), one plain name, not a path."""
    name = unicodedata.normalize("NFC", name)
    if not name.strip():
        raise BadInput("A file name is required.")
    if name in (".", ".."):
        raise BadInput("A file name cannot be '.' or '..'.")
    if any(ch in "/\\" or is_control(ch) for ch in name):
        raise BadInput("A file name cannot contain '/', '\\', NUL or control characters.")
    try:
        encoded = name.encode()
    except UnicodeEncodeError as exc:  # undecodable bytes from the OS (surrogate escapes)
        raise BadInput("The file name is not valid text; rename the file first.") from exc
    if len(encoded) > MAX_NAME_BYTES:
        raise BadInput("The file name is longer than 255 bytes; rename the file first.")
    return name


def clean_columns(columns: Mapping[str, str]) -> dict[str, str]:
    """A dataset's column map as stored: headers NFC and trimmed, roles from DATASET_ROLES."""
    if len(columns) > MAX_COLUMNS:
        raise BadInput("A column map holds at most {limit} columns.", limit=MAX_COLUMNS)
    cleaned: dict[str, str] = {}
    for header, role in columns.items():
        name = clean_text(unicodedata.normalize("NFC", header), "column header", MAX_TITLE_CHARS)
        if not name.strip():
            raise BadInput("A column header in the map is empty.")
        if role not in DATASET_ROLES:
            raise BadInput(
                "Unknown column role; use one of: {roles}.", roles=", ".join(DATASET_ROLES)
            )
        cleaned[name.strip()] = role
    return cleaned


@contextlib.contextmanager
def _in_progress(*paths: Path) -> Iterator[None]:
    with _pending_mutex:
        _pending.update(paths)
    try:
        yield
    finally:
        with _pending_mutex:
            _pending.difference_update(paths)


class AttachmentStore:
    """Attachments of every client for one connection; blobs live under `folder`."""

    def __init__(
        self,
        folder: Path,
        db: Database,
        cipher: FieldCipher,
        audit: AuditLog,
        now: Callable[[], str],
        *,
        vault_id: str,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self._folder = folder
        self._db = db
        self._cipher = cipher
        self._audit = audit
        self._now = now
        self._vault_id = vault_id
        self._chunk_size = chunk_size

    # -- adding ----------------------------------------------------------------

    def add(
        self,
        client_id: str,
        source: Readable | Path,
        name: str,
        record_id: str | None = None,
        progress: Progress | None = None,
    ) -> Attachment:
        """Encrypt `source` into a new attachment of the client (or of one of its records)."""
        name = clean_name(name)
        aead = self._content_aead(client_id)
        if record_id is not None:
            self._check_record(client_id, record_id)
        if isinstance(source, Path):
            with open_source(source) as handle:
                return self._add(aead, client_id, handle, name, record_id, progress)
        return self._add(aead, client_id, source, name, record_id, progress)

    def _add(
        self,
        aead: AESGCM,
        client_id: str,
        source: Readable,
        name: str,
        record_id: str | None,
        progress: Progress | None,
    ) -> Attachment:
        attachment_id, now = new_id(), self._now()
        final = blob_path(self._folder, client_id, attachment_id)
        tmp = final.with_name(f".{attachment_id}.{secrets.token_hex(6)}.tmp")
        self._make_blob_dir(client_id)
        with _in_progress(tmp, final):
            try:
                size, chunks, sha256 = self._write_blob(
                    tmp, source, aead, self._aad_prefix(client_id, attachment_id), progress
                )
                tmp.replace(final)
                fsync_dir(final.parent)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                raise
            media_type = mimetypes.guess_type(name)[0] or GENERIC_TYPE
            meta = {"name": name, "media_type": media_type, "sha256": sha256, "columns": None}
            sealer = self._cipher.sealer(client_id)
            sealed = self._cipher.seal(
                sealer, client_id, "attachments", attachment_id, "meta", meta
            )
            record = {} if record_id is None else {"record": record_id}
            try:
                with self._db.transaction():
                    self._db.execute(
                        "INSERT INTO attachments (id, client_id, record_id, created_at, size, "
                        "chunks, meta) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (attachment_id, client_id, record_id, now, size, chunks, sealed),
                    )
                    self._audit.append(
                        "attachment.added", client_id, attachment=attachment_id, size=size, **record
                    )
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    final.unlink()
                raise
        return Attachment(attachment_id, client_id, record_id, name, media_type, size, sha256, now)

    def _make_blob_dir(self, client_id: str) -> None:
        """blobs/ and blobs/<client>/ at 0700; a new folder's entry is synced like a file's."""
        for folder in (self._folder / BLOBS_DIR, client_blob_dir(self._folder, client_id)):
            if not folder.is_dir():
                make_private_dir(folder)
                fsync_dir(folder.parent)

    def _write_blob(
        self, tmp: Path, source: Readable, aead: AESGCM, prefix: bytes, progress: Progress | None
    ) -> tuple[int, int, str]:
        """Stream `source` into a new 0600 file; returns size, chunk count and SHA-256.

        One chunk is read ahead, since the last chunk must know it is the last.
        SHA-256 is slower than AES-GCM, so it runs on a helper thread (both release
        the GIL) over a ring of three buffers: a buffer is refilled only once its
        chunk has been hashed.
        """
        size = self._chunk_size
        ring = [memoryview(bytearray(size)) for _ in range(3)]
        sealed = memoryview(bytearray(sealed_length(size)))
        nonce = sealed[:NONCE_BYTES]
        digest = hashlib.sha256()
        hashing: deque[Future[None]] = deque()
        fd = os.open(tmp, NEW_FILE, PRIVATE_FILE)
        try:
            with ThreadPoolExecutor(1, thread_name_prefix="attachment-sha256") as hasher:
                write_all(fd, blob_header(size))
                filled = read_source(source, ring[0])
                index = done = 0
                while True:
                    if len(hashing) == 2:  # the next buffer still holds chunk index - 2
                        hashing.popleft().result()
                    plain = ring[index % 3][:filled]
                    following = read_source(source, ring[(index + 1) % 3]) if filled == size else 0
                    last = following == 0
                    hashing.append(hasher.submit(digest.update, plain))
                    nonce[:] = os.urandom(NONCE_BYTES)
                    end = sealed_length(filled)
                    aead.encrypt_into(
                        nonce, plain, chunk_aad(prefix, index, last), sealed[NONCE_BYTES:end]
                    )
                    write_all(fd, sealed[:end])
                    index, done = index + 1, done + filled
                    if progress is not None and not progress(done):
                        raise BadInput("Cancelled; nothing was attached.")
                    if last:
                        break
                    filled = following
                for pending in hashing:
                    pending.result()
            os.fsync(fd)
        finally:
            os.close(fd)
        return done, index, digest.hexdigest()

    # -- reading ---------------------------------------------------------------

    def list(self, client_id: str, record_id: str | None = None) -> list[Attachment]:
        """The client's attachments (all of them, or one record's), oldest first."""
        sealer = self._cipher.sealer(client_id)
        if record_id is not None:
            self._check_record(client_id, record_id)
        rows = self._db.execute(
            "SELECT id, client_id, record_id, created_at, size, meta FROM attachments "
            "WHERE client_id = ?1 AND (?2 IS NULL OR record_id = ?2) ORDER BY created_at, rowid",
            (client_id, record_id),
        )
        return [self._from_row(row, sealer) for row in rows]

    def get(self, attachment_id: str) -> Attachment:
        rows = self._db.execute(
            "SELECT id, client_id, record_id, created_at, size, meta FROM attachments WHERE id = ?",
            (attachment_id,),
        )
        if not rows:
            raise BadInput("No attachment with that id.")
        return self._from_row(rows[0], self._cipher.sealer(rows[0][1]))

    def _from_row(self, row: Sequence[Any], sealer: Sealer) -> Attachment:
        attachment_id, client_id, record_id, created, size, sealed = row
        meta = self._cipher.open(sealer, client_id, "attachments", attachment_id, "meta", sealed)
        return Attachment(
            attachment_id,
            client_id,
            record_id,
            meta["name"],
            meta["media_type"],
            int(size),
            meta["sha256"],
            created,
        )

    # -- datasets ----------------------------------------------------------------

    def set_columns(self, attachment_id: str, columns: Mapping[str, str] | None) -> None:
        """Say which columns of a dataset (a CSV or workbook a client handed over) hold
        which personal data, so retention, redaction and the inventory know; None clears.

        The map is sealed in the row's meta like the file name; the audit entry counts.
        """
        cleaned = None if columns is None else clean_columns(columns)
        with self._db.transaction():
            client_id, meta = self._meta(attachment_id)
            if Path(meta["name"]).suffix.lower() not in DATASET_SUFFIXES:
                raise BadInput("Only CSV and Excel attachments can have a column map.")
            meta["columns"] = cleaned
            sealer = self._cipher.sealer(client_id)
            self._db.execute(
                "UPDATE attachments SET meta = ? WHERE id = ?",
                (
                    self._cipher.seal(
                        sealer, client_id, "attachments", attachment_id, "meta", meta
                    ),
                    attachment_id,
                ),
            )
            roles = list((cleaned or {}).values())
            self._audit.append(
                "attachment.columns",
                client_id,
                attachment=attachment_id,
                columns=len(roles),
                special_care=roles.count(SPECIAL_CARE),
            )

    def columns(self, attachment_id: str) -> dict[str, str] | None:
        """A dataset's column map (column header to role), or None when none was set."""
        _client_id, meta = self._meta(attachment_id)
        columns: dict[str, str] | None = meta.get("columns")
        return columns

    def _meta(self, attachment_id: str) -> tuple[str, dict[str, Any]]:
        rows = self._db.execute(
            "SELECT client_id, meta FROM attachments WHERE id = ?", (attachment_id,)
        )
        if not rows:
            raise BadInput("No attachment with that id.")
        client_id, sealed = rows[0]
        sealer = self._cipher.sealer(client_id)
        meta = self._cipher.open(sealer, client_id, "attachments", attachment_id, "meta", sealed)
        return client_id, meta

    def open_stream(self, attachment_id: str) -> Iterator[bytes]:
        """The plaintext chunk by chunk (previews, exports), each verified before it is
        yielded; a truncated blob raises VaultTampered at the end, so consumers that
        keep anything must wait for the iteration to finish."""
        return (bytes(chunk) for chunk in self._chunks(attachment_id))

    def _chunks(self, attachment_id: str) -> Iterator[memoryview]:
        """Verified plaintext views into one reused buffer, valid until the next one."""
        row = self._db.execute(
            "SELECT client_id, size, chunks FROM attachments WHERE id = ?", (attachment_id,)
        )
        if not row:
            raise BadInput("No attachment with that id.")
        client_id, size, chunks = row[0]
        return decrypt_blob(
            blob_path(self._folder, client_id, attachment_id),
            self._content_aead(client_id),
            self._aad_prefix(client_id, attachment_id),
            int(size),
            int(chunks),
        )

    # -- exporting and deleting -----------------------------------------------

    def save_copy(
        self, attachment_id: str, out: Path, progress: Progress | None = None
    ) -> Attachment:
        """Export a decrypted copy to a new 0600 file, audit-logged (ids and size only).

        The copy appears only once every chunk has been verified, in the same
        transaction as its audit entry; a cancel or failure leaves no file.
        """
        attachment = self.get(attachment_id)
        check_output(out)
        tmp = out.with_name(f".clientvault-{secrets.token_hex(6)}.tmp")
        with writing_output():
            fd = os.open(tmp, NEW_FILE, PRIVATE_FILE)
        try:
            try:
                done = 0
                for chunk in self._chunks(attachment_id):
                    with writing_output():
                        write_all(fd, chunk)
                    done += len(chunk)
                    if progress is not None and not progress(done):
                        raise BadInput("Cancelled; nothing was saved.")
                with writing_output():
                    os.fsync(fd)
            finally:
                os.close(fd)
            check_output(out)  # created by someone else meanwhile
            with self._db.transaction():
                self._audit.append(
                    "attachment.exported",
                    attachment.client_id,
                    attachment=attachment_id,
                    size=attachment.size,
                )
                with writing_output():
                    tmp.replace(out)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        with contextlib.suppress(OSError):  # the copy is complete; only its durability waits
            fsync_dir(out.parent)
        return attachment

    def delete(self, attachment_id: str) -> None:
        """Row first, then the file: a crash in between leaves an orphan, never a dangling row."""
        row = self._db.execute(
            "SELECT client_id, size FROM attachments WHERE id = ?", (attachment_id,)
        )
        if not row:
            raise BadInput("No attachment with that id.")
        client_id, size = row[0]
        with self._db.transaction():
            self._db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            self._audit.append(
                "attachment.deleted", client_id, attachment=attachment_id, size=int(size)
            )
        with contextlib.suppress(OSError):  # a link in the way: the sweep never follows it
            remove_blob(self._folder, client_id, attachment_id)

    # -- erasure and cleanup ---------------------------------------------------

    def blob_paths(
        self, client_id: str, record_ids: Sequence[str] | None = None
    ) -> builtins.list[Path]:  # `list` in here is the method
        """The blob files an erasure must delete; call it before the rows go.

        For a whole client that is every file in its blob folder (orphans too);
        for some records, the blobs of their attachments.
        """
        if record_ids is None:
            rows = self._db.execute("SELECT id FROM attachments WHERE client_id = ?", (client_id,))
            on_disk = set(_files_in(client_blob_dir(self._folder, client_id)))
        else:
            rows = self._db.execute(
                "SELECT id FROM attachments WHERE client_id = ? "
                "AND record_id IN (SELECT value FROM json_each(?))",
                (client_id, json.dumps(list(record_ids))),
            )
            on_disk = set()
        listed = {blob_path(self._folder, client_id, attachment_id) for (attachment_id,) in rows}
        return sorted(listed | on_disk)

    def remove_orphans(self) -> int:
        """Delete blob files without a row (a crash mid-add, deleted records and clients,
        whose rows went by ON DELETE CASCADE); returns how many files went.

        Only where the database vouches for the client (vault/storage/orphans.py), and never
        a file still being written.
        """

        def in_progress() -> set[Path]:
            with _pending_mutex:
                return set(_pending)

        return orphans.remove_orphans(self._folder, self._db, in_progress)

    # -- keys and checks -------------------------------------------------------

    def _content_aead(self, client_id: str) -> AESGCM:
        """The client's DEK as a bare AESGCM: chunks use `encrypt_into` on reused buffers,
        which `Sealer` (one new bytes object per call, a version byte) does not offer."""
        wrapped = self._db.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,))
        if wrapped is None:
            raise BadInput("No client with that id.")
        dek = self._cipher.keys.unwrap(client_id, bytes(wrapped))
        try:
            return AESGCM(bytes(dek.view()))
        finally:
            dek.wipe()

    def _aad_prefix(self, client_id: str, attachment_id: str) -> bytes:
        return aad("attachment", self._vault_id, client_id, attachment_id)

    def _check_record(self, client_id: str, record_id: str) -> None:
        owner = self._db.scalar("SELECT client_id FROM records WHERE id = ?", (record_id,))
        if owner is None:
            raise BadInput("No record with that id.")
        if owner != client_id:
            raise BadInput("That record belongs to another client.")


def _files_in(folder: Path) -> list[Path]:
    """Every entry of a blob folder that is not a folder (a missing one has none)."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    return sorted(Path(e.path) for e in entries if not e.is_dir(follow_symlinks=False))
