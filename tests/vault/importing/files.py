"""Client lists made by the tests themselves: as Japanese Excel writes them, and hostile."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

HEADER = ["会社名", "担当者", "フリガナ", "メールアドレス", "電話番号", "郵便番号", "住所", "備考"]
ROWS = [
    [
        "株式会社髙橋デザイン",  # 髙: only in CP932, not in plain Shift_JIS
        "髙橋 一郎",
        "タカハシ イチロウ",
        "ichiro@takahashi.example.jp",
        "03-1234-5678",
        "150-0041",
        "東京都渋谷区神南１丁目①",
        "紹介: ｶﾀｶﾅ半角",
    ],
    [
        "山田商店",
        "山田 花子",
        "ヤマダ ハナコ",
        "hanako@yamada.example.jp",
        "０９０－８７６５－４３２１",
        "〒530-0001",
        "大阪府大阪市北区梅田1-1",
        "請求書は\n月末締め",  # a line break inside a quoted cell
    ],
]


def csv_bytes(
    rows: Sequence[Sequence[str]], encoding: str = "utf-8", line_end: str = "\r\n"
) -> bytes:
    """What Excel's "Save as CSV" writes: CRLF line ends, quotes only where needed."""
    text = io.StringIO()
    csv.writer(text, lineterminator=line_end).writerows(rows)
    return text.getvalue().encode(encoding)


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8", line_end: str = "\r\n"
) -> Path:
    path.write_bytes(csv_bytes(rows, encoding, line_end))
    return path


def write_workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    """A real workbook written by openpyxl (styles, shared strings, document properties)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def text_cell(path: Path, sheet: str, ref: str, value: str) -> None:
    """Store `value` in a cell as text even if it starts with '=' (openpyxl reads it as a
    formula otherwise)."""
    book = openpyxl.load_workbook(path)
    cell = book[sheet][ref]
    cell.value = value
    cell.data_type = "s"
    book.save(path)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><sheets><sheet name="顧客" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)


def sheet_xml(rows: dict[int, str], dimension: str = "A1") -> str:
    """A worksheet part from rows of raw cell XML, keyed by row number."""
    body = "".join(f'<row r="{number}">{cells}</row>' for number, cells in rows.items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
        f'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/>'
        f"<sheetData>{body}</sheetData></worksheet>"
    )


def cells(*values: str) -> str:
    """Inline-string cells A, B, C … (row references are optional in OOXML)."""
    return "".join(f'<c t="inlineStr"><is><t>{escape(v)}</t></is></c>' for v in values)


def minimal_xlsx(sheet: str, extra: dict[str, bytes] | None = None) -> bytes:
    """The five parts a workbook needs, built by hand so that any of them can be hostile."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def simple_xlsx(*rows: Sequence[str], extra: dict[str, bytes] | None = None) -> bytes:
    return minimal_xlsx(sheet_xml({i: cells(*r) for i, r in enumerate(rows, 1)}), extra)


class Generated:
    """A file object whose bytes are made as they are read: `rows` CSV rows after a
    header, none of them ever all in memory at once. `produced` counts bytes handed out."""

    def __init__(self, rows: int, header: bytes = b"name,email\r\n") -> None:
        self._lines = self._make(rows, header)
        self._pending = b""
        self.produced = 0

    @staticmethod
    def _make(rows: int, header: bytes) -> Iterator[bytes]:
        yield header
        for number in range(rows):
            yield f"顧客{number:08d} 株式会社,user{number}@example.jp\r\n".encode()

    def read(self, size: int, /) -> bytes:
        parts, have = [self._pending], len(self._pending)
        while have < size:
            line = next(self._lines, None)
            if line is None:
                break
            parts.append(line)
            have += len(line)
        joined = b"".join(parts)
        data, self._pending = joined[:size], joined[size:]
        self.produced += len(data)
        return data
