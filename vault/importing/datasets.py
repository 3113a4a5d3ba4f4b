"""Datasets: a CSV or workbook a client handed over, stored as an attachment, read as a
table from memory (never a temp file), and its personal values by its column map.

The column map (`AttachmentStore.set_columns`) says which columns hold names,
contact details or addresses; redaction treats those values as known personal
values like any record's (vault/redaction/detectors.py).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from vault.errors import BadInput
from vault.importing.readers import Limits, Table, read_csv, read_xlsx
from vault.storage.attachments import MAX_COLUMNS

if TYPE_CHECKING:
    from vault.session import Vault

WORKBOOK_LIMIT = 64 * 1024 * 1024  # bytes of a workbook decrypted into memory at most
LIMITS = Limits(columns=MAX_COLUMNS)  # a dataset may be wider than a client list
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


class WorkbookTooLarge(Exception):
    """A workbook larger than WORKBOOK_LIMIT: it is not decrypted into memory."""


class PlaintextStream:
    """An attachment's verified plaintext as a byte stream, decrypted only as it is read."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def _fill(self, size: int) -> None:
        while len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                return
            self._buffer += chunk

    def peek(self, size: int) -> bytes:
        self._fill(size)
        return self._buffer[:size]

    def read(self, size: int, /) -> bytes:
        self._fill(size)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def read_all(self) -> bytes:
        """The rest, to its end, so that the last chunk's checks have run too."""
        return self._buffer + b"".join(self._chunks)

    def close(self) -> None:
        """Stop decrypting and close the blob file."""
        if isinstance(self._chunks, Generator):
            self._chunks.close()


@contextlib.contextmanager
def open_dataset(vault: Vault, attachment_id: str, size: int) -> Iterator[Table]:
    """The dataset's first sheet as a table, decrypted as its rows are taken."""
    source = PlaintextStream(vault.attachments.open_stream(attachment_id))
    try:
        if source.peek(4).startswith(_ZIP_MAGIC):
            if size > WORKBOOK_LIMIT:
                raise WorkbookTooLarge
            table = read_xlsx(io.BytesIO(source.read_all()), LIMITS)
        else:
            table = read_csv(source, LIMITS)
        with table:
            yield table
    finally:
        source.close()


def personal_values(vault: Vault, client_id: str) -> Iterator[tuple[str, str]]:
    """(value, role) of every cell in a column the map marks as personal, in every
    dataset of the client; datasets that cannot be read are skipped (they are
    reported where they are opened, not here)."""
    store = vault.attachments
    for attachment in store.list(client_id):
        columns = store.columns(attachment.id)
        if not columns:
            continue
        try:
            with open_dataset(vault, attachment.id, attachment.size) as table:
                wanted = [(i, columns[h]) for i, h in enumerate(table.headers) if h in columns]
                for row in table.rows:
                    for index, role in wanted:
                        if index < len(row.cells) and row.cells[index].strip():
                            yield row.cells[index], role
        except (WorkbookTooLarge, BadInput):
            continue
