"""The CSV and XLSX readers: the encodings Japanese Excel writes, and hostile files refused."""

from __future__ import annotations

import datetime as dt
import io
import os
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest

from tests.vault.importing.files import (
    HEADER,
    ROWS,
    Generated,
    cells,
    csv_bytes,
    minimal_xlsx,
    sheet_xml,
    simple_xlsx,
    text_cell,
    write_csv,
    write_workbook,
)
from vault.errors import BadInput
from vault.importing.readers import (
    CSV,
    XLSX,
    Limits,
    Row,
    Table,
    open_table,
    read_csv,
    read_xlsx,
)


def read_all(table: Table) -> list[Row]:
    with table:
        return list(table.rows)


def csv_table(data: bytes, limits: Limits | None = None) -> Table:
    return read_csv(io.BytesIO(data), limits)


def refused_csv(data: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(BadInput) as caught:
        read_all(csv_table(data, limits))
    return str(caught.value)


def refused_xlsx(data: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(BadInput) as caught:
        read_all(read_xlsx(io.BytesIO(data), limits))
    return str(caught.value)


# -- the encodings Japanese Excel writes --------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("cp932", "Shift_JIS (CP932)")],
)
def test_real_files_in_each_encoding_read_the_same(
    tmp_path: Path, encoding: str, label: str
) -> None:
    path = write_csv(tmp_path / "顧客一覧.csv", [HEADER, *ROWS], encoding)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    with open_table(path) as table:
        assert (table.kind, table.headers) == (CSV, tuple(HEADER))  # no BOM in the first header
        assert table.encoding == label
        rows = list(table.rows)
    assert rows == [Row(2, tuple(ROWS[0])), Row(3, tuple(ROWS[1]))]


def test_plain_shift_jis_is_read_as_cp932(tmp_path: Path) -> None:
    rows = [["会社名", "メール"], ["有限会社さくら", "info@sakura.example.jp"]]
    path = write_csv(tmp_path / "sjis.csv", rows, "shift_jis")
    with open_table(path) as table:
        assert list(table.rows) == [Row(2, ("有限会社さくら", "info@sakura.example.jp"))]
        assert table.encoding == "Shift_JIS (CP932)"


def test_excel_line_ends_and_quoted_line_breaks_keep_row_numbers(tmp_path: Path) -> None:
    data = csv_bytes([["名前", "メモ"], ["A社", "一行目\r\n二行目\r\n三行目"], ["B社", "x"]])
    assert data.count(b"\r\n") == 5
    rows = read_all(csv_table(data))
    assert rows == [Row(2, ("A社", "一行目\r\n二行目\r\n三行目")), Row(3, ("B社", "x"))]


def test_lf_only_files_and_a_missing_final_line_end(tmp_path: Path) -> None:
    rows = read_all(csv_table("会社名,電話\nA社,03-1111-2222\nB社,03-3333-4444".encode()))
    assert [r.cells for r in rows] == [("A社", "03-1111-2222"), ("B社", "03-3333-4444")]


def test_blank_lines_before_the_header_are_skipped_and_still_counted() -> None:
    table = csv_table(b"\r\n,,\r\nname,email\r\nAcme,a@example.jp\r\n")
    assert table.headers == ("name", "email")
    assert read_all(table) == [Row(4, ("Acme", "a@example.jp"))]


def test_an_ascii_header_lets_a_later_line_decide_the_encoding() -> None:
    data = b"name,note\r\nAcme,plain\r\n" + "山田,テスト\r\n".encode("cp932")
    table = csv_table(data)
    assert table.encoding == "ASCII"
    assert read_all(table)[-1] == Row(3, ("山田", "テスト"))
    assert table.encoding == "Shift_JIS (CP932)"


# -- broken and hostile CSV -------------------------------------------------------------


def test_broken_utf8_is_refused_naming_the_row() -> None:
    data = "会社名,メモ\r\nA社,ok\r\n".encode() + b"B\xe7\xa4,\xff\xfe\r\n"
    assert "Row 3 is not valid UTF-8 text" in refused_csv(data)


def test_broken_shift_jis_is_refused_naming_the_row() -> None:
    data = "会社名,メモ\r\nA社,ok\r\n".encode("cp932") + b"B,\x81\x20\r\n"
    assert "Row 3 is not valid Shift_JIS (CP932) text" in refused_csv(data)


def test_bytes_of_no_known_encoding_are_refused_naming_the_row() -> None:
    message = refused_csv(b"name,note\r\nAcme,\x81\x20\x85\x40\r\n")
    assert message.startswith("Row 2 is neither UTF-8 nor Shift_JIS text")


def test_utf16_is_refused_with_what_to_do() -> None:
    data = "会社名,メール\r\n".encode("utf-16")
    assert "UTF-16" in refused_csv(data)


def test_nul_bytes_are_refused_naming_the_row() -> None:
    assert "Row 3 contains a NUL byte" in refused_csv(b"a,b\r\nc,d\r\ne,f\x00g\r\n")


def test_a_huge_cell_is_refused_naming_row_and_column() -> None:
    data = b"a,b\r\nx," + b"y" * (32 * 1024 + 1) + b"\r\n"
    assert refused_csv(data) == (
        "Row 2, column 2 holds more than 32,768 characters; that is not a client list."
    )
    just_fits = b"a,b\r\nx," + b"y" * (32 * 1024) + b"\r\n"
    assert len(read_all(csv_table(just_fits))[0].cells[1]) == 32 * 1024


def test_a_cell_beyond_the_csv_modules_own_limit_is_refused_too() -> None:
    data = b'a,b\r\nx,"' + b"y" * 200_000 + b'"\r\n'
    assert "Row 2 holds a cell of more than 32,768 characters" in refused_csv(data)


def test_a_line_without_end_is_refused_before_it_fills_memory() -> None:
    endless = b"a,b\r\n" + b"x" * (3 << 20)
    assert "Row 2 is longer than 1,048,576 bytes" in refused_csv(endless)
    quoted = b"a,b\r\n" + b'"x\r\n",' * 300_000  # short lines, short cells, one record
    assert "Row 2 is longer than 1,048,576 bytes" in refused_csv(quoted)


def test_too_many_columns_are_refused_but_trailing_empty_ones_are_not() -> None:
    wide = b"a,b\r\n" + b",".join([b"x"] * 300) + b"\r\n"
    assert refused_csv(wide) == "Row 2 has more than 256 columns; that is not a client list."
    padded = b"a,b\r\nx,y" + b"," * 400 + b"\r\n"
    assert read_all(csv_table(padded)) == [Row(2, ("x", "y"))]


@pytest.mark.parametrize("data", [b'a,b\r\n"x,y\r\n', b'a,b\r\n"x"y,z\r\n'])
def test_stray_and_unclosed_quotes_are_refused(data: bytes) -> None:
    assert refused_csv(data).startswith("Row 2 is not well-formed CSV")


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", b",,,\r\n"])
def test_an_empty_file_has_no_header(data: bytes) -> None:
    assert refused_csv(data) == "The file has no header row: it is empty."


def test_the_row_limit_is_a_clear_refusal() -> None:
    data = b"a\r\n" + b"x\r\n" * 5
    assert len(read_all(csv_table(data, Limits(rows=5)))) == 5
    assert refused_csv(data + b"y\r\n", Limits(rows=5)) == (
        "The file has more than 5 rows; split it into smaller files and import them one by one."
    )


def test_a_ten_million_row_file_is_refused_after_reading_only_up_to_the_limit() -> None:
    source = Generated(10_000_000)
    with pytest.raises(BadInput, match="more than 1,000 rows"):
        read_all(read_csv(source, Limits(rows=1000)))
    assert source.produced < 200_000  # a few read-ahead chunks, not the 500 MB behind them


def test_rows_come_one_at_a_time_and_stopping_early_reads_no_further() -> None:
    source = Generated(10_000_000)
    table = read_csv(source)
    assert next(table.rows).number == 2
    assert source.produced <= 2 * 64 * 1024
    table.close()


def test_reading_many_rows_needs_no_more_memory_than_a_few() -> None:
    source = Generated(100_000)  # about 4.5 MB
    table = read_csv(source)
    tracemalloc.start()
    try:
        count = sum(1 for _ in table.rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert source.produced > 4_000_000
    assert peak < 1 << 20, peak


# -- opening files ----------------------------------------------------------------------


def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path) -> None:
    disguised = tmp_path / "list.csv"
    disguised.write_bytes(simple_xlsx(["会社名"], ["A社"]))
    with open_table(disguised) as table:
        assert table.kind == XLSX
        assert table.encoding is None
    plain = write_csv(tmp_path / "list.xlsx", [["会社名"], ["A社"]])
    with open_table(plain) as table:
        assert table.kind == CSV


def test_files_that_cannot_be_opened_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        open_table(tmp_path / "missing.csv")
    with pytest.raises(BadInput, match="is a folder"):
        open_table(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="not a regular file"):
        open_table(fifo)
    legacy = tmp_path / "old.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(BadInput, match=r"old \.xls workbook or a password-protected one"):
        open_table(legacy)
    with pytest.raises(BadInput, match="only be chosen in an Excel workbook"):
        open_table(write_csv(tmp_path / "a.csv", [["a"]]), sheet="Sheet1")


# -- XLSX -------------------------------------------------------------------------------


def test_a_real_workbook_reads_as_text(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "顧客.xlsx",
        {
            "顧客": [
                HEADER,
                ROWS[0],
                [
                    "数値商事",
                    42,
                    3.0,
                    3.5,
                    dt.datetime(2026, 4, 1),
                    dt.datetime(2026, 4, 1, 9, 30),
                    True,
                    None,
                ],
            ]
        },
    )
    with open_table(path) as table:
        assert (table.kind, table.headers) == (XLSX, tuple(HEADER))
        rows = list(table.rows)
    assert rows[0] == Row(2, tuple(ROWS[0]))
    assert rows[1] == Row(
        3, ("数値商事", "42", "3", "3.5", "2026-04-01", "2026-04-01T09:30:00", "TRUE")
    )


def test_the_first_sheet_or_a_chosen_one(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "book.xlsx", {"表紙": [["表紙です"]], "顧客": [["会社名"], ["A社"]]}
    )
    with open_table(path) as table:
        assert table.headers == ("表紙です",)
    with open_table(path, sheet="顧客") as table:
        assert list(table.rows) == [Row(2, ("A社",))]
    with pytest.raises(BadInput, match=r"no sheet by that name \(2 sheets\)"):
        open_table(path, sheet="Sheet9")


def test_formulas_are_never_run_text_that_looks_like_one_stays_text(tmp_path: Path) -> None:
    cached = sheet_xml({1: cells("会社名", "合計"), 2: cells("A社") + "<c><f>1+2</f><v>3</v></c>"})
    assert read_all(read_xlsx(io.BytesIO(minimal_xlsx(cached))))[0].cells == ("A社", "3")
    path = write_workbook(tmp_path / "f.xlsx", {"顧客": [["会社名", "メモ"], ["B社", "=1+2"]]})
    with open_table(path) as table:  # openpyxl wrote a formula with no cached value
        assert next(table.rows).cells == ("B社",)
    text_cell(path, "顧客", "B2", '=HYPERLINK("http://evil.example","x")')
    with open_table(path) as table:
        assert next(table.rows).cells == ("B社", '=HYPERLINK("http://evil.example","x")')


def test_missing_rows_keep_their_numbers_and_the_claimed_size_is_not_trusted() -> None:
    sheet = sheet_xml(
        {1: cells("会社名"), 2: cells("A社"), 7: cells("B社")}, dimension="A1:XFD1048576"
    )
    rows = read_all(read_xlsx(io.BytesIO(minimal_xlsx(sheet))))
    assert [r for r in rows if r.cells] == [Row(2, ("A社",)), Row(7, ("B社",))]
    assert len(rows) == 6  # up to the last row present, not the dimension's 1,048,576


def test_a_last_row_far_down_is_refused_by_the_row_limit() -> None:
    sheet = sheet_xml({1: cells("会社名"), 1_048_576: cells("A社")})
    message = refused_xlsx(minimal_xlsx(sheet), Limits(rows=1000))
    assert message.startswith("The file has more than 1,000 rows")


def test_a_huge_cell_in_a_workbook_is_refused() -> None:
    data = simple_xlsx(["会社名", "メモ"], ["A社", "x" * 40_000])
    assert refused_xlsx(data) == (
        "Row 2, column 2 holds more than 32,768 characters; that is not a client list."
    )


def _deflated_zeros(size: int) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("xl/media/image1.png", "w") as member,
    ):
        for _ in range(size >> 20):
            member.write(bytes(1 << 20))
    return buffer.getvalue()


def test_a_zip_bomb_disguised_as_a_workbook_is_refused_unopened(tmp_path: Path) -> None:
    bomb = _deflated_zeros(64 << 20)
    assert len(bomb) < 100_000  # 64 MiB of zeros, deflated
    path = tmp_path / "顧客.xlsx"
    path.write_bytes(bomb)
    with pytest.raises(BadInput, match=r"unpack to far more than it holds \(a zip bomb\)"):
        open_table(path)
    ratio = simple_xlsx(["会社名"], extra={"xl/media/zeros.bin": bytes(2 << 20)})
    assert "zip bomb" in refused_xlsx(ratio)


def test_a_workbook_unpacking_beyond_the_total_limit_is_refused() -> None:
    data = simple_xlsx(["会社名"], ["A社"], extra={"xl/media/photo.jpg": os.urandom(300_000)})
    assert "zip bomb" in refused_xlsx(data, Limits(unpacked_bytes=200_000))
    assert read_all(read_xlsx(io.BytesIO(data)))  # the same file under the default limit


@pytest.mark.parametrize(
    "name", ["../../evil.sh", "xl/../../evil.sh", "/etc/cron.d/evil", "C:/evil.bat", "xl\\..\\e"]
)
def test_part_names_outside_the_archive_are_refused(name: str) -> None:
    data = simple_xlsx(["会社名"], extra={name: b"#!/bin/sh\n"})
    assert "path traversal" in refused_xlsx(data)


def test_macros_are_refused() -> None:
    data = simple_xlsx(["会社名"], ["A社"], extra={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    assert refused_xlsx(data).startswith("The workbook contains macros")


def test_links_to_other_workbooks_are_refused() -> None:
    link = b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    data = simple_xlsx(["会社名"], extra={"xl/externalLinks/externalLink1.xml": link})
    assert refused_xlsx(data).startswith("The workbook links to other workbooks")


def test_duplicate_part_names_and_too_many_parts_are_refused() -> None:
    buffer = io.BytesIO(simple_xlsx(["会社名"]))
    with zipfile.ZipFile(buffer, "a") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it writes
        archive.writestr("xl/workbook.xml", b"<workbook/>")
    assert "two parts with the same name" in refused_xlsx(buffer.getvalue())
    assert "more than 3 parts" in refused_xlsx(simple_xlsx(["会社名"]), Limits(members=3))


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + os.urandom(2000),
        simple_xlsx(["会社名"])[:-40],  # truncated: no central directory
        minimal_xlsx("<worksheet><sheetData><row><c>"),  # broken XML
        minimal_xlsx("<not-a-sheet/>", extra={"xl/workbook.xml.bak": b""})[:200] + b"\x00" * 50,
    ],
    ids=["garbage", "truncated", "broken-xml", "cut"],
)
def test_damaged_workbooks_are_refused_with_one_message(data: bytes) -> None:
    assert "damaged" in refused_xlsx(data)


def test_a_zip_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "damaged or not an Excel file" in refused_xlsx(buffer.getvalue())
