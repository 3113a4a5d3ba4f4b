"""Decoding and parsing for previews, without a window: encodings, kinds, table cells."""

from __future__ import annotations

import pytest

from ui.preview.content import Encoding, Kind, decode_text, kind_of, read_table
from ui.preview.table import MAX_COLUMNS, cell_key


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("application/pdf", Kind.PDF),
        ("text/csv", Kind.TABLE),
        ("text/tab-separated-values", Kind.TABLE),
        ("text/plain", Kind.TEXT),
        ("text/html", Kind.TEXT),
        ("application/json", Kind.TEXT),
        ("image/png", Kind.IMAGE),
        ("image/jpeg", Kind.IMAGE),
        ("application/zip", Kind.NONE),
        ("application/octet-stream", Kind.NONE),
    ],
)
def test_kind_of_media_type(media_type: str, kind: Kind) -> None:
    assert kind_of(media_type) is kind


def test_bytes_that_fit_no_encoding_are_shown_with_replacements() -> None:
    text, encoding = decode_text(b"ok \xff\xfe\xfd \x81")
    assert encoding is Encoding.DAMAGED
    assert text.startswith("ok ")
    assert "\ufffd" in text


def test_a_semicolon_csv_is_recognised() -> None:
    table = read_table("名前;金額\n山田;1200\n", None, Encoding.UTF8)
    assert table.header == ("名前", "金額")
    assert table.rows[0].display == ("山田", "1200")


def test_quoted_fields_keep_their_line_breaks_and_commas() -> None:
    table = read_table('件名,本文\n"見積, 改訂","一行目\r\n二行目"\r\n', ",", Encoding.UTF8)
    assert table.rows[0].display == ("見積, 改訂", "一行目\r\n二行目")


def test_a_very_wide_file_is_cut_and_counted() -> None:
    table = read_table(",".join(["h"] * (MAX_COLUMNS + 3)), ",", Encoding.UTF8)
    assert len(table.header) == MAX_COLUMNS
    assert table.total_columns == MAX_COLUMNS + 3


def test_numbers_sort_by_value_in_any_width_before_text() -> None:
    cells = ["1,200", "９", "-3.5", "abc", "", "10"]
    assert sorted(cells, key=cell_key) == ["-3.5", "９", "10", "1,200", "", "abc"]
