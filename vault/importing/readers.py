"""Reading a table (a client list) from CSV or XLSX, refusing hostile files.

Both readers stream: rows come from an iterator, so a 10-million-row file costs
the rows read until the row limit stops it, never the whole file in memory.

CSV comes as Japanese Excel writes it: UTF-8, UTF-8 with a BOM, or Shift_JIS
(read as CP932, its Windows superset). The first line that is not plain ASCII
decides between UTF-8 and CP932 (UTF-8 first: CP932 bytes are seldom valid
UTF-8); a later line that does not decode is refused with its row number.

An XLSX file is a zip: its directory is checked before openpyxl sees it (names
outside the archive, a zip bomb, macros, links to other workbooks), and openpyxl
then reads it read-only with cached values, so no formula is ever evaluated.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, Any, NamedTuple, Protocol

from vault.errors import BadInput

_READ_BYTES = 64 * 1024
_BATCH = 256  # XLSX rows parsed per warnings-silenced step
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_RATIO_FLOOR = 1 << 20  # smaller members may compress as well as they like

CSV = "csv"
XLSX = "xlsx"


@dataclass(frozen=True)
class Limits:
    """What a client list can plausibly hold; beyond it a file is refused, not read."""

    rows: int = 1_000_000  # data rows, the header not counted
    columns: int = 256
    cell_chars: int = 32 * 1024  # Excel's own limit is 32,767
    row_bytes: int = 1 << 20  # one CSV row, quoted line breaks included
    unpacked_bytes: int = 200 << 20  # an XLSX's members, all uncompressed
    ratio: int = 100  # an XLSX member's uncompressed : compressed size
    members: int = 10_000


class Row(NamedTuple):
    number: int  # as a spreadsheet counts: the first row of the file is 1
    cells: tuple[str, ...]


class BinarySource(Protocol):
    """Where CSV bytes come from: a file, or anything else that reads (a test's generator)."""

    def read(self, size: int, /) -> bytes: ...


class Table:
    """A sheet: its header row and a lazy stream of the rows after it; close it after use."""

    def __init__(
        self,
        kind: str,
        headers: tuple[str, ...],
        rows: Iterator[Row],
        encoding: Callable[[], str | None],
        close: Callable[[], object],
    ) -> None:
        self.kind = kind
        self.headers = headers
        self.rows = rows
        self._encoding = encoding
        self._close = close

    @property
    def encoding(self) -> str | None:
        """How a CSV's text was read so far (None for XLSX)."""
        return self._encoding()

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_table(path: Path, *, sheet: str | None = None, limits: Limits | None = None) -> Table:
    """The file's first sheet (or `sheet`), CSV or XLSX by its first bytes, not its name."""
    limits = limits or Limits()
    handle = _open_file(path)
    try:
        try:
            magic = handle.read(len(_OLE_MAGIC))
            handle.seek(0)
        except OSError as exc:
            raise BadInput(
                "The file to import cannot be read ({reason}).", reason=_reason(exc)
            ) from exc
        if magic.startswith(_OLE_MAGIC):
            raise BadInput(
                "This is an old .xls workbook or a password-protected one; save it as .xlsx "
                "without a password (or as CSV UTF-8) and import that."
            )
        if magic.startswith(_ZIP_MAGIC):
            return read_xlsx(handle, limits, sheet, close=handle.close)
        if sheet is not None:
            raise BadInput("A sheet can only be chosen in an Excel workbook; this is a CSV file.")
        return read_csv(handle, limits, close=handle.close)
    except BaseException:
        handle.close()
        raise


def _open_file(path: Path) -> IO[bytes]:
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise BadInput("The file to import is a folder.")
        if not stat.S_ISREG(mode):
            raise BadInput("The file to import is not a regular file.")
        return path.open("rb")
    except FileNotFoundError as exc:
        raise BadInput("The file to import does not exist.") from exc
    except OSError as exc:
        raise BadInput(
            "The file to import cannot be read ({reason}).", reason=_reason(exc)
        ) from exc


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# -- CSV ----------------------------------------------------------------------------


def read_csv(
    source: BinarySource, limits: Limits | None = None, *, close: Callable[[], object] = object
) -> Table:
    """A CSV table; reads up to the header row now and the rest as its rows are taken."""
    reader = _CsvReader(source, limits or Limits())
    header = reader.header()
    return Table(CSV, header, reader.rows(), lambda: reader.encoding, close)


class _CsvReader:
    def __init__(self, source: BinarySource, limits: Limits) -> None:
        self._source = source
        self._limits = limits
        self._codec: str | None = None  # decided by the first line that is not ASCII
        self._bom = False
        self._started = False
        self._row = 0  # records completed so far, blank ones too
        self._row_bytes = 0  # bytes of the record being read
        self._records = csv.reader(self._lines(), strict=True)

    @property
    def encoding(self) -> str:
        if self._bom:
            return "UTF-8 (BOM)"
        return {None: "ASCII", "utf-8": "UTF-8", "cp932": "Shift_JIS (CP932)"}[self._codec]

    def header(self) -> tuple[str, ...]:
        for number, cells in self._numbered():
            if any(c.strip() for c in cells):
                return tuple(c.strip() for c in _checked(number, cells, self._limits))
        raise BadInput("The file has no header row: it is empty.")

    def rows(self) -> Iterator[Row]:
        for number, cells in self._numbered():
            yield Row(number, tuple(_checked(number, cells, self._limits)))

    def _numbered(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            try:
                cells = next(self._records, None)
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise _huge_cell(self._row + 1, None, self._limits) from exc
                raise BadInput(
                    "Row {row} is not well-formed CSV (a stray quote or an unclosed one).",
                    row=self._row + 1,
                ) from exc
            if cells is None:
                return
            self._row += 1
            self._row_bytes = 0
            _check_row_count(self._row, self._limits)
            yield self._row, cells

    def _lines(self) -> Iterator[str]:
        for raw in self._raw_lines():
            self._row_bytes += len(raw)
            if self._row_bytes > self._limits.row_bytes:
                raise _long_row(self._row + 1, self._limits)
            yield self._decode(raw)

    def _raw_lines(self) -> Iterator[bytes]:
        """Lines split at LF, which is never a byte inside a UTF-8 or CP932 character."""
        carry = b""
        while True:
            try:
                chunk = self._source.read(_READ_BYTES)
            except OSError as exc:
                raise BadInput(
                    "The file to import cannot be read ({reason}).", reason=_reason(exc)
                ) from exc
            if not chunk:
                break
            lines = (carry + chunk).split(b"\n")
            carry = lines.pop()
            for line in lines:
                yield line + b"\n"
            if len(carry) > self._limits.row_bytes:  # one line without an end in sight
                raise _long_row(self._row + 1, self._limits)
        if carry:
            yield carry

    def _decode(self, raw: bytes) -> str:
        row = self._row + 1
        if not self._started:
            self._started = True
            raw = self._without_bom(raw)
        if b"\x00" in raw:
            raise BadInput("Row {row} contains a NUL byte; this is not a text CSV file.", row=row)
        if self._codec is None:
            if raw.isascii():
                return raw.decode("ascii")
            self._codec = _guess_codec(raw, row)
        try:
            return raw.decode(self._codec)
        except UnicodeDecodeError as exc:
            raise BadInput(
                "Row {row} is not valid {encoding} text like the rows before it; the file "
                "mixes encodings or is damaged.",
                row=row,
                encoding=self.encoding,
            ) from exc

    def _without_bom(self, raw: bytes) -> bytes:
        if raw.startswith(_UTF16_BOMS):
            raise BadInput("This CSV is UTF-16 text; save it as CSV UTF-8 and import that.")
        if raw.startswith(_BOM):
            self._bom, self._codec = True, "utf-8"
            return raw[len(_BOM) :]
        return raw


def _guess_codec(raw: bytes, row: int) -> str:
    for codec in ("utf-8", "cp932"):
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    raise BadInput(
        "Row {row} is neither UTF-8 nor Shift_JIS text; save the file as CSV UTF-8 and "
        "import that.",
        row=row,
    )


# -- checks shared by both readers ----------------------------------------------------


def _checked(number: int, cells: list[str], limits: Limits) -> list[str]:
    """Refuse a row with too many columns or a huge cell; trailing empty cells are dropped."""
    if len(cells) > limits.columns:
        while cells and not cells[-1].strip():
            cells.pop()
        if len(cells) > limits.columns:
            raise BadInput(
                "Row {row} has more than {limit} columns; that is not a client list.",
                row=number,
                limit=limits.columns,
            )
    for column, cell in enumerate(cells, 1):
        if len(cell) > limits.cell_chars:
            raise _huge_cell(number, column, limits)
    return cells


def _huge_cell(row: int, column: int | None, limits: Limits) -> BadInput:
    if column is None:
        return BadInput(
            "Row {row} holds a cell of more than {limit:,} characters; that is not a client list.",
            row=row,
            limit=limits.cell_chars,
        )
    return BadInput(
        "Row {row}, column {column} holds more than {limit:,} characters; that is not a "
        "client list.",
        row=row,
        column=column,
        limit=limits.cell_chars,
    )


def _check_row_count(number: int, limits: Limits) -> None:
    """`limits.rows` data rows after a header in row 1; blank rows count, as they cost too."""
    if number > limits.rows + 1:
        raise BadInput(
            "The file has more than {limit:,} rows; split it into smaller files and import "
            "them one by one.",
            limit=limits.rows,
        )


def _long_row(row: int, limits: Limits) -> BadInput:
    return BadInput(
        "Row {row} is longer than {limit:,} bytes; that is not a client list.",
        row=row,
        limit=limits.row_bytes,
    )


# -- XLSX -----------------------------------------------------------------------------


def read_xlsx(
    source: IO[bytes],
    limits: Limits | None = None,
    sheet: str | None = None,
    *,
    close: Callable[[], object] = object,
) -> Table:
    """A worksheet of an XLSX file (seekable), after its zip directory passed the checks."""
    import openpyxl  # noqa: PLC0415 - 90 ms, paid only when a workbook is read

    limits = limits or Limits()
    check_zip(source, limits)
    source.seek(0)
    try:
        with warnings.catch_warnings():  # openpyxl warns about every feature it drops
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(
                source, read_only=True, keep_vba=False, data_only=True, keep_links=False
            )
    except Exception as exc:  # openpyxl's failures on a damaged file have no common type
        raise BadInput("The workbook is damaged or not an Excel file; nothing was read.") from exc

    def close_all() -> None:
        book.close()
        close()

    try:
        worksheet = _worksheet(book, sheet)
        worksheet.reset_dimensions()  # the file's claimed size is not trusted, nor padded to
        rows = _xlsx_rows(worksheet, limits)
        for row in rows:
            if any(c.strip() for c in row.cells):
                header = tuple(c.strip() for c in row.cells)
                return Table(XLSX, header, rows, _none, close_all)
        raise BadInput("The sheet has no header row: it is empty.")
    except BaseException:
        close_all()
        raise


def _none() -> None:
    return None


def _worksheet(book: Any, sheet: str | None) -> Any:
    sheets = book.worksheets  # chart sheets are not in it
    if sheet is None:
        if not sheets:
            raise BadInput("The workbook has no worksheet.")
        return sheets[0]
    for candidate in sheets:
        if candidate.title == sheet:
            return candidate
    raise BadInput("The workbook has no sheet by that name ({count} sheets).", count=len(sheets))


def _xlsx_rows(worksheet: Any, limits: Limits) -> Iterator[Row]:
    """Rows as text, parsed a batch at a time with openpyxl's warnings silenced only then."""
    values = worksheet.iter_rows(values_only=True)
    number = 0
    while True:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                batch = list(itertools.islice(values, _BATCH))
            cells_batch = [[_text(v) for v in row] for row in batch]
        except Exception as exc:  # as on loading: a damaged sheet fails in many ways
            raise BadInput(
                "The sheet is damaged near row {row}; nothing was imported.", row=number + 1
            ) from exc
        if not batch:
            return
        for cells in cells_batch:
            number += 1
            _check_row_count(number, limits)
            while cells and not cells[-1]:
                cells.pop()
            yield Row(number, tuple(_checked(number, cells, limits)))


def _text(value: object) -> str:
    """A cell's cached value as the text a person saw (a formula's text is never run)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 3.0 was typed as 3
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def check_zip(source: IO[bytes], limits: Limits) -> None:
    """Refuse an archive that is hostile or not a plain workbook, from its directory alone.

    zipfile never yields more than a member's declared size, so declared sizes
    bound what openpyxl can unpack.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except Exception as exc:  # zipfile raises more than BadZipFile on a damaged directory
        raise BadInput("The workbook is damaged or not an Excel file; nothing was read.") from exc
    if len(members) > limits.members:
        raise BadInput("The workbook holds more than {limit:,} parts.", limit=limits.members)
    names: set[str] = set()
    total = 0
    for member in members:
        _check_member_name(member.filename)
        if member.filename in names:
            raise BadInput("The workbook holds two parts with the same name; it was not opened.")
        names.add(member.filename)
        total += member.file_size
        ratio_limit = limits.ratio * max(member.compress_size, 1)
        if total > limits.unpacked_bytes or (
            member.file_size > _RATIO_FLOOR and member.file_size > ratio_limit
        ):
            raise BadInput(
                "The workbook would unpack to far more than it holds (a zip bomb); it was "
                "not opened."
            )


def _check_member_name(name: str) -> None:
    path = PurePosixPath(name)
    if (
        name.startswith(("/", "\\"))
        or "\\" in name
        or "\x00" in name
        or (len(name) > 1 and name[1] == ":")
        or ".." in path.parts
    ):
        raise BadInput(
            "The workbook holds a part named outside itself (path traversal); it was not opened."
        )
    lowered = name.lower()
    if lowered.endswith("vbaproject.bin"):
        raise BadInput(
            "The workbook contains macros; save it as .xlsx (without macros) and import that."
        )
    if lowered.startswith("xl/externallinks/"):
        raise BadInput(
            "The workbook links to other workbooks; copy the values into it (Paste Values), "
            "remove the links, and import that."
        )
