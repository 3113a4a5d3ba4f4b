"""Fuzzing the readers for a bounded time: any bytes either parse or raise BadInput.

Anything else (an exception from csv, zipfile, openpyxl or XML parsing leaking
out) would reach the user as an internal error, so it fails here.
"""

from __future__ import annotations

import io
import zipfile

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vault.importing.files import HEADER, ROWS, csv_bytes, simple_xlsx
from vault.errors import BadInput
from vault.importing.mapping import guess
from vault.importing.readers import Limits, read_csv, read_xlsx

SMALL = Limits(rows=50, columns=20, cell_chars=200, row_bytes=2000, unpacked_bytes=1 << 20)
BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID_XLSX = simple_xlsx(HEADER, *ROWS)


def read_csv_bytes(data: bytes) -> None:
    try:
        with read_csv(io.BytesIO(data), SMALL) as table:
            guess(table.headers)
            for row in table.rows:
                assert row.number >= 2
                assert len(row.cells) <= SMALL.columns
    except BadInput:
        pass


def read_xlsx_bytes(data: bytes) -> None:
    try:
        with read_xlsx(io.BytesIO(data), SMALL) as table:
            for row in table.rows:
                assert all(isinstance(cell, str) for cell in row.cells)
    except BadInput:
        pass


@BOUNDED
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_into_the_csv_reader(data: bytes) -> None:
    read_csv_bytes(data)


csv_cells = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from('",\r\n\x00'),
    max_size=30,
)


@BOUNDED
@given(
    st.lists(st.lists(csv_cells, max_size=6), max_size=12),
    st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16"]),
    st.binary(max_size=8),
    st.integers(min_value=0, max_value=2000),
)
def test_csv_like_text_in_any_encoding_with_damage(
    rows: list[list[str]], encoding: str, damage: bytes, at: int
) -> None:
    try:
        data = csv_bytes(rows, encoding)
    except UnicodeEncodeError:  # text CP932 cannot hold stays UTF-8
        data = csv_bytes(rows, "utf-8")
    read_csv_bytes(data[:at] + damage + data[at:])


@BOUNDED
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_behind_a_zip_signature_into_the_xlsx_reader(data: bytes) -> None:
    read_xlsx_bytes(b"PK\x03\x04" + data)


@BOUNDED
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(VALID_XLSX) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    ),
    st.integers(min_value=0, max_value=len(VALID_XLSX)),
)
def test_a_real_workbook_with_bytes_flipped_or_cut(flips: list[tuple[int, int]], keep: int) -> None:
    data = bytearray(VALID_XLSX)
    for position, value in flips:
        data[position] = value
    read_xlsx_bytes(bytes(data[:keep]) if keep else bytes(data))


def _real_workbook_parts() -> dict[str, bytes]:
    """The parts openpyxl writes (shared strings, styles, properties) for a real list."""
    book = openpyxl.Workbook()
    for row in (HEADER, *ROWS, ["数値", 42, 3.5, True]):
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


REAL_PARTS = _real_workbook_parts()


@BOUNDED
@given(
    st.sampled_from(sorted(REAL_PARTS)),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=6),
    st.binary(max_size=20),
)
def test_a_real_workbook_with_one_part_damaged_inside_a_sound_zip(
    name: str, flips: list[tuple[int, int]], inserted: bytes
) -> None:
    """The zip stays valid (right sizes and CRCs), so the damage reaches openpyxl's parsing."""
    part = bytearray(REAL_PARTS[name])
    for position, value in flips:
        part[position % len(part)] = value
    middle = len(part) // 2
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for other, data in REAL_PARTS.items():
            archive.writestr(
                other,
                bytes(part[:middle]) + inserted + bytes(part[middle:]) if other == name else data,
            )
    read_xlsx_bytes(buffer.getvalue())


part_names = st.sampled_from(
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/vbaProject.bin",
        "xl/externalLinks/externalLink1.xml",
        "../escape.xml",
        "/abs.xml",
    ]
)
part_data = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(
        [
            b"<worksheet/>",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;&a;</x>',
            b"<sst><si><t>" + "顧客".encode() * 50 + b"</t></si></sst>",
        ]
    ),
)


@BOUNDED
@given(st.dictionaries(part_names, part_data, max_size=8))
def test_workbooks_assembled_from_arbitrary_parts(parts: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    read_xlsx_bytes(buffer.getvalue())
