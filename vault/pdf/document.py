"""Blocks of wrapped Japanese and English text flowing down A4 pages, written as a PDF.

The documents are records (deletion certificates, bundle reports), not designs, so the
layout is a single column of blocks. The PDF is written by hand, a dozen objects with
an xref table, so the bytes depend only on the content and render() is reproducible.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from vault.pdf.fonts import EmbeddedFont, SourceFont, find_font

PAGE_WIDTH = 595.28  # A4 in points
PAGE_HEIGHT = 841.89
MARGIN = 56.69  # 20 mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_BASELINE = 28.35  # 10 mm above the bottom edge, inside the margin

BODY_SIZE = 10.5
HEADING_SIZE = 18.0
MONO_SIZE = 8.5
FOOTER_SIZE = 9.0
LEADING = 1.6  # line height / font size; Japanese reads better with more than Latin's 1.2
CELL_PAD = 4.0
PAIR_GAP = 12.0  # between a label and its value
LABEL_GRAY = 0.35
RULE_GRAY = 0.6
HEADER_FILL = 0.92

# Kinsoku shori, the simple version: these never start a line, those never end one.
NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!ー―…‥）」』】〕〉》〙〗｝］)]}’”"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ%％"
)
NO_LINE_END = frozenset("（「『【〔〈《〘〖｛［([{‘“")


def wrap(
    text: str, width: float, size: float, font: SourceFont, *, anywhere: bool = False
) -> list[str]:
    """Lines of `text` no wider than `width` points at `size`.

    Breaks go at spaces and between CJK characters; `anywhere` allows every position
    (for base64 and hex). A word too long for a line is broken where it must be; only a
    single character wider than the whole line can overflow it.
    """
    lines: list[str] = []
    for paragraph in text.expandtabs(4).splitlines() or [""]:
        line, line_width = "", 0.0  # the width includes trailing spaces, which may overhang
        for unit in _units(paragraph, anywhere=anywhere):
            pieces = [unit]
            if font.width(unit.rstrip(" "), size) > width:  # too long for any line
                pieces = list(unit)
            for piece in pieces:
                if line and line_width + font.width(piece.rstrip(" "), size) > width:
                    lines.append(line.rstrip(" "))
                    line, line_width = "", 0.0
                line += piece
                line_width += font.width(piece, size)
        lines.append(line.rstrip(" "))
    return lines


def _units(paragraph: str, *, anywhere: bool) -> list[str]:
    """The paragraph cut at every allowed break; spaces stay with the unit before them."""
    units: list[str] = []
    start = 0
    for i in range(1, len(paragraph)):
        if anywhere or _may_break(paragraph[i - 1], paragraph[i]):
            units.append(paragraph[start:i])
            start = i
    units.append(paragraph[start:])
    return units


def _may_break(before: str, after: str) -> bool:
    if after == " ":
        return False
    if before == " ":
        return True
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return _wide(before) or _wide(after)


def _wide(ch: str) -> bool:
    """Kana, kanji, full-width forms: text that has no spaces between words."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


@dataclass(frozen=True)
class _Run:
    """One line of text, kept as characters until render() knows the glyph ids."""

    x: float
    y: float  # baseline
    size: float
    text: str
    bold: bool = False
    gray: float = 0.0


_Op = _Run | str  # a str is drawing operators (rules, fills), already in PDF syntax


class PdfDocument:
    """An A4 document built block by block; render() returns the finished PDF file.

    The font is found when the document is made, so FontNotFound comes before the
    caller has done anything it cannot take back.
    """

    def __init__(self, title: str, created: datetime | None = None) -> None:
        self._font = find_font()
        self._title = title
        self._created = created  # never the clock: the same content gives the same bytes
        self._pages: list[list[_Op]] = [[]]
        self._y = PAGE_HEIGHT - MARGIN  # top of the next line

    def heading(self, text: str) -> None:
        lines = wrap(text, TEXT_WIDTH, HEADING_SIZE, self._font)
        self._gap(HEADING_SIZE * 0.5)
        # Keep a heading with the start of what it heads.
        self._need(len(lines) * HEADING_SIZE * LEADING + 2 * BODY_SIZE * LEADING)
        self._lines(lines, HEADING_SIZE, bold=True)
        self._gap(HEADING_SIZE * 0.3)

    def paragraph(self, text: str) -> None:
        self._lines(wrap(text, TEXT_WIDTH, BODY_SIZE, self._font), BODY_SIZE)
        self._gap(BODY_SIZE * 0.6)

    def monospace(self, text: str) -> None:
        """Smaller text broken at any character, for keys, hashes and base64."""
        self._lines(wrap(text, TEXT_WIDTH, MONO_SIZE, self._font, anywhere=True), MONO_SIZE)
        self._gap(BODY_SIZE * 0.6)

    def spacer(self, height: float = BODY_SIZE) -> None:
        self._gap(height)

    def pairs(self, items: Sequence[tuple[str, str]]) -> None:
        """Label/value rows; the label column is as wide as the longest label, up to 40 %."""
        widest = max((self._natural_width(label, BODY_SIZE) for label, _ in items), default=0)
        label_width = min(widest, TEXT_WIDTH * 0.4)
        value_x = MARGIN + label_width + PAIR_GAP
        columns = [(MARGIN, label_width), (value_x, MARGIN + TEXT_WIDTH - value_x)]
        rows = [[label, value] for label, value in items]
        self._rows(columns, rows, pad=2.0, grid=False, grays=(LABEL_GRAY, 0.0))
        self._gap(BODY_SIZE * 0.6)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """A grid with a shaded header row, repeated on every page the table spans."""
        if any(len(row) != len(header) for row in rows):
            raise ValueError("every table row needs one cell per header column")
        natural = [
            max(self._natural_width(cell, BODY_SIZE) for cell in [title, *(r[i] for r in rows)])
            + 2 * CELL_PAD
            for i, title in enumerate(header)
        ]
        columns = []
        x = MARGIN
        for cell_width in _fit_columns(natural, TEXT_WIDTH):
            columns.append((x + CELL_PAD, cell_width - 2 * CELL_PAD))
            x += cell_width
        header_cells = [self._wrap_cell(t, w) for t, (_, w) in zip(header, columns, strict=True)]
        self._rows(columns, [list(r) for r in rows], pad=CELL_PAD, grid=True, header=header_cells)
        self._gap(BODY_SIZE * 0.6)

    def render(self) -> bytes:
        """The PDF file: one subset font, one content stream per page, "n / N" footers."""
        total = len(self._pages)
        pages = [[*ops, self._footer(n, total)] for n, ops in enumerate(self._pages, 1)]
        font = self._font.subset(
            ch for ops in pages for op in ops if isinstance(op, _Run) for ch in op.text
        )
        return _write_pdf(self._title, self._created, font, [_content(ops, font) for ops in pages])

    # -- layout -----------------------------------------------------------------------

    def _natural_width(self, text: str, size: float) -> float:
        return max((self._font.width(line, size) for line in text.splitlines()), default=0.0)

    def _new_page(self) -> None:
        self._pages.append([])
        self._y = PAGE_HEIGHT - MARGIN

    def _gap(self, height: float) -> None:
        if self._pages[-1]:  # no gap at the top of a page
            self._y -= height

    def _need(self, height: float) -> None:
        if self._y - height < MARGIN and self._pages[-1]:
            self._new_page()

    def _baseline(self, top: float, height: float, size: float) -> float:
        """Centre the font's em box (ascent to descent) in a line `height` high."""
        box = (self._font.ascent - self._font.descent) * size / 1000
        return top - (height - box) / 2 - self._font.ascent * size / 1000

    def _lines(self, lines: list[str], size: float, *, bold: bool = False) -> None:
        height = size * LEADING
        for line in lines:
            self._need(height)
            if line:
                y = self._baseline(self._y, height, size)
                self._pages[-1].append(_Run(MARGIN, y, size, line, bold))
            self._y -= height

    def _rows(
        self,
        columns: list[tuple[float, float]],
        rows: list[list[str]],
        *,
        pad: float,
        grid: bool,
        header: list[list[str]] | None = None,
        grays: Sequence[float] = (),
    ) -> None:
        """Rows of wrapped cells (text x and width per column). A row moves to the next
        page whole unless it is taller than a page; then it is split line by line."""
        height = BODY_SIZE * LEADING
        header_height = max(map(len, header)) * height + 2 * pad if header else 0.0

        def room() -> int:
            return math.floor((self._y - MARGIN - 2 * pad) / height)

        def draw_header() -> None:
            if header:
                self._draw_row(columns, header, pad=pad, grid=grid, shaded=True)

        self._need(header_height + height + 2 * pad)
        draw_header()
        page_room = math.floor((PAGE_HEIGHT - 2 * MARGIN - header_height - 2 * pad) / height)
        for row in rows:
            cells = [self._wrap_cell(text, w) for text, (_, w) in zip(row, columns, strict=True)]
            fresh_page = False
            while cells:
                count = max(map(len, cells))
                if count > room() and not fresh_page and (count <= page_room or room() < 1):
                    self._new_page()
                    draw_header()
                    fresh_page = True
                    continue
                take = max(1, min(count, room()))  # at least a line, so the loop always ends
                self._draw_row(columns, [c[:take] for c in cells], pad=pad, grid=grid, grays=grays)
                cells = [c[take:] for c in cells] if take < count else []
                fresh_page = False

    def _wrap_cell(self, text: str, width: float) -> list[str]:
        return wrap(text, width, BODY_SIZE, self._font)

    def _draw_row(
        self,
        columns: list[tuple[float, float]],
        cells: list[list[str]],
        *,
        pad: float,
        grid: bool,
        shaded: bool = False,
        grays: Sequence[float] = (),
    ) -> None:
        height = BODY_SIZE * LEADING
        row_height = max(map(len, cells)) * height + 2 * pad
        bottom = self._y - row_height
        ops = self._pages[-1]
        for i, ((x, width), lines) in enumerate(zip(columns, cells, strict=True)):
            box = f"{_num(x - pad)} {_num(bottom)} {_num(width + 2 * pad)} {_num(row_height)} re"
            if shaded:
                ops.append(f"q {_num(HEADER_FILL)} g {box} f Q")
            if grid:
                ops.append(f"q {_num(RULE_GRAY)} G 0.5 w {box} S Q")
            top = self._y - pad
            gray = grays[i] if i < len(grays) else 0.0
            for line in lines:
                if line:
                    y = self._baseline(top, height, BODY_SIZE)
                    ops.append(_Run(x, y, BODY_SIZE, line, bold=shaded, gray=gray))
                top -= height
        self._y = bottom

    def _footer(self, number: int, total: int) -> _Run:
        text = f"{number} / {total}"
        x = (PAGE_WIDTH - self._font.width(text, FOOTER_SIZE)) / 2
        return _Run(x, FOOTER_BASELINE, FOOTER_SIZE, text, gray=0.4)


def _fit_columns(natural: list[float], total: float) -> list[float]:
    """Column widths summing to `total`: narrow columns keep their natural width, the
    wide ones share what is left in proportion to their natural widths."""
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    fixed: dict[int, float] = {}
    rest = list(range(len(natural)))
    while True:
        share = (total - sum(fixed.values())) / len(rest)
        narrow = [i for i in rest if natural[i] <= share]
        if not narrow:
            break
        fixed.update((i, natural[i]) for i in narrow)
        rest = [i for i in rest if i not in fixed]
    left = total - sum(fixed.values())
    wide = sum(natural[i] for i in rest)
    return [fixed.get(i, natural[i] * left / wide) for i in range(len(natural))]


# -- PDF syntax -------------------------------------------------------------------------


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _name(text: str) -> str:
    """A PDF name, with bytes outside the regular characters written as #xx."""
    return "/" + "".join(
        chr(b) if 0x21 <= b <= 0x7E and chr(b) not in "#()<>[]{}/%" else f"#{b:02X}"
        for b in text.encode("utf-8")
    )


def _text_string(text: str) -> str:
    """Any Unicode text as a PDF text string (UTF-16BE with a byte order mark)."""
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


def _date(moment: datetime) -> str:
    text = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _content(ops: list[_Op], font: EmbeddedFont) -> bytes:
    parts = []
    for op in ops:
        if isinstance(op, str):
            parts.append(op)
            continue
        glyphs = "".join(f"{font.glyph_ids[ch]:04X}" for ch in op.text)
        style = f"{_num(op.gray)} g {_num(op.gray)} G "
        if op.bold:  # fill and stroke the outlines: a heavier weight without a second font
            style += f"2 Tr {_num(op.size * 0.025)} w "
        parts.append(
            f"q {style}BT /F1 {_num(op.size)} Tf {_num(op.x)} {_num(op.y)} Td <{glyphs}> Tj ET Q"
        )
    return "\n".join(parts).encode("ascii")


def _to_unicode(font: EmbeddedFont) -> bytes:
    """The CMap that lets text extraction and search turn glyph ids back into text."""
    entries = sorted(
        (gid, ch.encode("utf-16-be", "surrogatepass").hex().upper())
        for ch, gid in font.glyph_ids.items()
    )
    blocks = []
    for start in range(0, len(entries), 100):  # a bfchar block holds at most 100 entries
        chunk = entries[start : start + 100]
        lines = "\n".join(f"<{gid:04X}> <{utf16}>" for gid, utf16 in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    ).encode("ascii")


def _stream(data: bytes, extra: str = "") -> bytes:
    packed = zlib.compress(data, 9)
    head = f"<< /Filter /FlateDecode /Length {len(packed)}{extra} >>\nstream\n"
    return head.encode("ascii") + packed + b"\nendstream"


def _write_pdf(
    title: str, created: datetime | None, font: EmbeddedFont, contents: list[bytes]
) -> bytes:
    """Objects 1-8 are fixed (catalog, page tree, info, font); then page and content pairs."""
    source = font.source
    font_name = _name(font.name)
    widths = " ".join(str(w) for w in font.widths)
    info = f"/Title {_text_string(title)} /Producer (ClientVault)"
    if created is not None:
        info += f" /CreationDate ({_date(created)})"
    page_ids = [9 + 2 * i for i in range(len(contents))]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /ViewerPreferences << /DisplayDocTitle true >> >>",
        (
            f"<< /Type /Pages /Count {len(contents)} "
            f"/Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] >>"
        ).encode("ascii"),
        f"<< {info} >>".encode("ascii"),
        (
            f"<< /Type /Font /Subtype /Type0 /BaseFont {font_name} /Encoding /Identity-H "
            "/DescendantFonts [5 0 R] /ToUnicode 8 0 R >>"
        ).encode("ascii"),
        (
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont {font_name} "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor 6 0 R /CIDToGIDMap /Identity /DW 1000 /W [0 [{widths}]] >>"
        ).encode("ascii"),
        (
            f"<< /Type /FontDescriptor /FontName {font_name} /Flags 4 "
            f"/FontBBox [{' '.join(str(v) for v in source.bbox)}] "
            f"/ItalicAngle {_num(source.italic_angle)} /Ascent {source.ascent} "
            f"/Descent {source.descent} /CapHeight {source.cap_height} /StemV 80 "
            "/FontFile2 7 0 R >>"
        ).encode("ascii"),
        _stream(font.data, f" /Length1 {len(font.data)}"),
        _stream(_to_unicode(font)),
    ]
    for page_id, content in zip(page_ids, contents, strict=True):
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 4 0 R >> >> /Contents {page_id + 1} 0 R >>"
            ).encode("ascii")
        )
        objects.append(_stream(content))

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{offset:010d} 00000 n \n".encode("ascii") for offset in offsets)
    file_id = hashlib.sha256(out).hexdigest()[:32]  # content-derived, so reproducible
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 3 0 R "
        f"/ID [<{file_id}> <{file_id}>] >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)
