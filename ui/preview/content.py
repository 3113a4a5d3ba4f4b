"""What a preview shows, worked out from an attachment's bytes in memory.

`load` runs on the vault thread: it decrypts into memory, never to disk, and
decodes there too (images, text, CSV), so the GUI thread only puts the result on
screen. Nothing here keeps anything: the dialog takes the result and lets go of
it when it closes.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from ui.preview.table import MAX_COLUMNS, TableRow, pad, table_row
from vault.session import Vault
from vault.storage.attachments import Attachment

PREVIEW_LIMIT = 64 * 1024 * 1024  # decrypted into memory at most; larger files are not previewed
TABLE_ROW_LIMIT = 10_000
TEXT_CHAR_LIMIT = 2_000_000  # about what a text view still scrolls smoothly
SNIFF_CHARS = 64 * 1024
TEXT_TYPES = frozenset({"application/json", "application/xml", "application/x-yaml"})
TABLE_TYPES = {"text/csv": None, "text/tab-separated-values": "\t"}  # -> delimiter (None: guess)
DELIMITERS = ",;\t"


class Kind(Enum):
    IMAGE = auto()
    TEXT = auto()
    TABLE = auto()
    PDF = auto()
    NONE = auto()


class Encoding(Enum):
    UTF8 = auto()
    UTF16 = auto()
    CP932 = auto()  # Shift_JIS as Windows writes it: Japanese Excel's CSV
    DAMAGED = auto()  # none fitted: UTF-8 with unreadable bytes replaced


class Problem(Enum):
    NOT_SUPPORTED = auto()
    TOO_LARGE = auto()
    BAD_IMAGE = auto()


@dataclass(frozen=True)
class ImageContent:
    image: QImage


@dataclass(frozen=True)
class TextContent:
    text: str  # at most TEXT_CHAR_LIMIT characters
    encoding: Encoding
    total_chars: int
    not_a_table: bool = False  # a CSV the csv module could not read


@dataclass(frozen=True)
class TableContent:
    header: tuple[str, ...]
    rows: list[TableRow]  # at most TABLE_ROW_LIMIT
    total_rows: int
    total_columns: int
    encoding: Encoding


@dataclass(frozen=True)
class PdfContent:
    data: bytes  # QPdfDocument lives on the GUI thread, so it parses the bytes there


@dataclass(frozen=True)
class NoPreview:
    problem: Problem


Content = ImageContent | TextContent | TableContent | PdfContent | NoPreview


@functools.cache
def _image_types() -> frozenset[str]:
    found = {bytes(name.data()).decode() for name in QImageReader.supportedMimeTypes()}
    return frozenset(found - {"application/pdf"})  # Qt's PDF image plugin: PDFs get a real view


def kind_of(media_type: str) -> Kind:
    if media_type == "application/pdf":
        return Kind.PDF
    if media_type in TABLE_TYPES:
        return Kind.TABLE
    if media_type.startswith("text/") or media_type in TEXT_TYPES:
        return Kind.TEXT  # HTML and XML too, as text: nothing is rendered or fetched
    if media_type in _image_types():
        return Kind.IMAGE
    return Kind.NONE


def up_front(attachment: Attachment) -> NoPreview | None:
    """What can be said without decrypting anything."""
    if kind_of(attachment.media_type) is Kind.NONE:
        return NoPreview(Problem.NOT_SUPPORTED)
    if attachment.size > PREVIEW_LIMIT:
        return NoPreview(Problem.TOO_LARGE)
    return None


def load(vault: Vault, attachment: Attachment) -> Content:
    """Decrypt into memory and decode (on the vault thread)."""
    known = up_front(attachment)
    if known is not None:
        return known
    data = bytearray()
    for chunk in vault.attachments.open_stream(attachment.id):
        data += chunk
        if len(data) > PREVIEW_LIMIT:  # the row's size is sealed, but check what arrives
            return NoPreview(Problem.TOO_LARGE)
    return prepare(kind_of(attachment.media_type), attachment.media_type, bytes(data))


def prepare(kind: Kind, media_type: str, data: bytes) -> Content:
    if kind is Kind.PDF:
        return PdfContent(data)
    if kind is Kind.IMAGE:
        return _image(data)
    text, encoding = decode_text(data)
    if kind is Kind.TABLE:
        try:
            return read_table(text, TABLE_TYPES[media_type], encoding)
        except csv.Error:
            return _text(text, encoding, not_a_table=True)
    return _text(text, encoding)


def _image(data: bytes) -> ImageContent | NoPreview:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # photos taken sideways carry their turn in EXIF
    image = reader.read()
    buffer.close()
    return NoPreview(Problem.BAD_IMAGE) if image.isNull() else ImageContent(image)


def _text(text: str, encoding: Encoding, *, not_a_table: bool = False) -> TextContent:
    return TextContent(text[:TEXT_CHAR_LIMIT], encoding, len(text), not_a_table)


def decode_text(data: bytes) -> tuple[str, Encoding]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, then CP932; else UTF-8 with replacements."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), Encoding.UTF16
        except UnicodeDecodeError:
            pass
    for codec, encoding in (("utf-8-sig", Encoding.UTF8), ("cp932", Encoding.CP932)):
        try:
            return data.decode(codec), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), Encoding.DAMAGED


def _delimiter(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text[:SNIFF_CHARS], DELIMITERS).delimiter
    except csv.Error:  # one column, or too little to tell
        return ","


def read_table(text: str, delimiter: str | None, encoding: Encoding) -> TableContent:
    """The first row as the header, then up to TABLE_ROW_LIMIT rows; the rest only counted.

    Raises csv.Error for a file the csv module cannot read (a stray NUL, a huge field).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or _delimiter(text))
    header = next(reader, [])
    kept = [row for _number, row in zip(range(TABLE_ROW_LIMIT), reader, strict=False)]
    total_rows = len(kept) + sum(1 for _row in reader)
    total_columns = max([len(header), *(len(row) for row in kept)])
    columns = min(total_columns, MAX_COLUMNS)
    rows = [table_row(number, row, columns) for number, row in enumerate(kept, 1)]
    return TableContent(pad(header, columns), rows, total_rows, total_columns, encoding)
