"""PDFs checked with the tools a recipient's machine would use: poppler and qpdf."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import require_tool
from tests.vault.pdf import latin_only_font, require_japanese_font
from vault.pdf import FontNotFound, PdfDocument, document, fonts
from vault.pdf.document import (
    MARGIN,
    NO_LINE_END,
    NO_LINE_START,
    PAGE_WIDTH,
    TEXT_WIDTH,
    wrap,
)
from vault.pdf.fonts import SourceFont

TITLE = "削除証明書 / Deletion certificate"
DATE = "２０２６年１１月２５日"
ADDRESS = "〒150-0001 東京都渋谷区神宮前１丁目２−３"
LONG = (
    "この証明書は、下記のクライアントについて保管していた記録（連絡先、メモ、書類）が"
    "暗号鍵の消去によって復元できない状態になったことを証明します。"
    "This certificate states that every record held for the client below was erased by "
    "destroying its encryption key, so that neither ClientVault nor anyone holding a copy "
    "of the vault file can read it again. "
) * 3
SIGNATURE = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=" * 4


@pytest.fixture
def font() -> SourceFont:
    return require_japanese_font()


def certificate() -> PdfDocument:
    require_japanese_font()
    doc = PdfDocument(title=TITLE)
    doc.heading("削除証明書")
    doc.paragraph(LONG)
    doc.pairs(
        [
            ("消去日 / Erased on", DATE),
            ("住所 / Address", ADDRESS),
            ("クライアント / Client", "株式会社サンプル (Sample K.K.) — Café Zürich"),
        ]
    )
    doc.table(["種類", "件数"], [["contact", "3"], ["note", "12"], ["document", "4"]])
    doc.spacer()
    doc.monospace(SIGNATURE)
    return doc


def run(tool: str, *args: str) -> str:
    return subprocess.run(
        [require_tool(tool), *args], capture_output=True, text=True, check=True
    ).stdout


def write(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return str(path)


def extracted(data: bytes, tmp_path: Path) -> list[str]:
    """Each page's text as pdftotext gives it."""
    text = run("pdftotext", "-enc", "UTF-8", write(data, tmp_path), "-")
    return text.split("\f")[:-1]  # every page ends with a form feed


def squeeze(text: str) -> str:
    """Wrapping inserts line breaks (and drops spaces at them); compare without any."""
    return re.sub(r"\s+", "", text)


# -- the file, checked by real tools ------------------------------------------------------


def test_japanese_and_english_text_can_be_extracted(tmp_path: Path) -> None:
    pages = extracted(certificate().render(), tmp_path)
    assert len(pages) == 1
    text = squeeze(pages[0])
    for expected in ["削除証明書", LONG, DATE, ADDRESS, "Café Zürich", "件数", SIGNATURE]:
        assert squeeze(expected) in text


def test_the_font_is_embedded_as_a_subset(tmp_path: Path) -> None:
    report = run("pdffonts", write(certificate().render(), tmp_path)).splitlines()
    assert len(report) == 3  # two header lines, one font
    name, kind = report[2].split()[0], " ".join(report[2].split()[1:3])
    assert re.fullmatch(r"[A-Z]{6}\+\S+", name)
    assert kind == "CID TrueType"
    assert report[2].split()[-5:-2] == ["yes", "yes", "yes"]  # emb sub uni


def test_qpdf_finds_no_errors_and_the_file_is_small(tmp_path: Path, font: SourceFont) -> None:
    data = certificate().render()
    assert "No syntax or stream encoding errors" in run("qpdf", "--check", write(data, tmp_path))
    assert len(data) < 100_000
    with pikepdf.open(io.BytesIO(data)) as pdf:
        descendant = pdf.pages[0].Resources.Font.F1.DescendantFonts[0]
        program = descendant.FontDescriptor.FontFile2
        assert program.Filter == pikepdf.Name.FlateDecode
        embedded = program.read_bytes()
    assert len(embedded) * 100 < len(font.data)
    assert "glyf" in TTFont(io.BytesIO(embedded))


def test_the_title_and_date_go_into_the_document_info() -> None:
    created = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    doc = PdfDocument(title=TITLE, created=created)
    doc.paragraph("本文")
    with pikepdf.open(io.BytesIO(doc.render())) as pdf:
        assert str(pdf.docinfo.Title) == TITLE
        assert str(pdf.docinfo.CreationDate) == "D:20261125093000+09'00'"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle


def test_output_is_reproducible_and_has_no_clock_date() -> None:
    first, second = certificate().render(), certificate().render()
    assert first == second
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert "/CreationDate" not in pdf.docinfo


def test_a_utc_date_is_written_with_a_zero_offset() -> None:
    doc = PdfDocument(title="t", created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    with pikepdf.open(io.BytesIO(doc.render())) as pdf:
        assert str(pdf.docinfo.CreationDate) == "D:20260102030405+00'00'"


def test_many_paragraphs_give_numbered_pages(tmp_path: Path) -> None:
    doc = certificate()
    for n in range(60):
        doc.paragraph(f"段落 {n}: {LONG}")
    data = doc.render()
    assert "No syntax or stream encoding errors" in run("qpdf", "--check", write(data, tmp_path))
    pages = extracted(data, tmp_path)
    total = len(pages)
    assert total >= 5
    for number, text in enumerate(pages, 1):
        assert squeeze(text).endswith(f"{number}/{total}")
    assert "段落59:" in squeeze(pages[-1])


def test_every_word_stays_inside_the_margins(tmp_path: Path) -> None:
    doc = certificate()
    doc.paragraph("x" * 400 + " https://example.com/" + "a/" * 200)
    doc.table(["長い列 / long column", "n"], [[LONG, "1"], ["短い", LONG]])
    boxes = run("pdftotext", "-bbox", write(doc.render(), tmp_path), "-")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', boxes)
    assert len(words) > 100
    for left, right in words:
        assert float(left) >= MARGIN - 0.01
        assert float(right) <= PAGE_WIDTH - MARGIN + 0.01


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    doc = PdfDocument(title="表")
    doc.table(["種類", "件数"], [[f"項目 {n}", str(n)] for n in range(150)])
    pages = extracted(doc.render(), tmp_path)
    assert len(pages) >= 3
    for text in pages:
        assert squeeze(text).startswith("種類件数")
    assert "項目149" in squeeze(pages[-1])


def test_a_cell_taller_than_a_page_is_split_not_lost(tmp_path: Path) -> None:
    doc = PdfDocument(title="t")
    huge = "".join(f"行{n:03d}\n" for n in range(120))
    doc.table(["label", "value"], [["a", huge], ["b", "end"]])
    pages = extracted(doc.render(), tmp_path)
    text = squeeze("".join(pages))
    assert len(pages) >= 3
    assert all(f"行{n:03d}" in text for n in range(120))
    assert "end" in squeeze(pages[-1])


def test_missing_glyphs_render_and_still_extract(tmp_path: Path) -> None:
    """A character no installed font has (here private use) becomes a .notdef box
    but stays in the ToUnicode map, so copying the text still yields it."""
    doc = PdfDocument(title="missing \U000f0000")
    doc.paragraph("前\U000f0000\U000f0001後 soft\u00adhyphen-dash")
    data = doc.render()
    assert "No syntax or stream encoding errors" in run("qpdf", "--check", write(data, tmp_path))
    text = extracted(data, tmp_path)[0]
    assert "前\U000f0000\U000f0001後" in text
    # U+00AD shares its glyph with "-" in Noto CJK; both must extract as written.
    assert "soft\u00adhyphen-dash" in text


def test_a_truetype_font_is_embedded_without_conversion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IPA, Takao, Meiryo and Yu Gothic have TrueType outlines, unlike Noto CJK; DejaVu
    stands in for them here (Latin text only)."""
    latin = fonts._load(latin_only_font(), None)
    monkeypatch.setattr(document, "find_font", lambda: latin)
    doc = PdfDocument(title="TrueType")
    doc.paragraph("Hello, Café Zürich — naïve Ångström.")
    data = doc.render()
    assert "No syntax or stream encoding errors" in run("qpdf", "--check", write(data, tmp_path))
    assert squeeze(extracted(data, tmp_path)[0]) == squeeze(
        "Hello, Café Zürich — naïve Ångström.1/1"
    )


def test_rows_must_match_the_header() -> None:
    doc = PdfDocument(title="t")
    with pytest.raises(ValueError, match="one cell per header column"):
        doc.table(["a", "b"], [["1"]])


def test_font_not_found_comes_when_the_document_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the caller erases anything it wants a certificate for."""
    monkeypatch.setenv("CLIENTVAULT_PDF_FONT", str(tmp_path / "nowhere.ttc"))
    with pytest.raises(FontNotFound):
        PdfDocument(title="t")


# -- line wrapping, with the real font's metrics ---------------------------------------


def fits(lines: list[str], width: float, size: float, font: SourceFont) -> bool:
    return all(len(line) == 1 or font.width(line, size) <= width + 1e-9 for line in lines)


def test_cjk_text_breaks_between_any_two_characters(font: SourceFont) -> None:
    width = font.width("あ" * 10, 10)
    lines = wrap("あいうえおかきくけこさしすせそたちつてと" * 2, width, 10, font)
    assert [len(line) for line in lines] == [10, 10, 10, 10]


def test_latin_text_breaks_at_spaces(font: SourceFont) -> None:
    text = "the quick brown fox jumps over the lazy dog again and again"
    lines = wrap(text, font.width("the quick brown fox", 10), 10, font)
    assert len(lines) > 2
    assert [word for line in lines for word in line.split(" ")] == text.split(" ")
    assert fits(lines, font.width("the quick brown fox", 10), 10, font)


def test_an_overlong_token_breaks_anywhere(font: SourceFont) -> None:
    width = 100.0
    lines = wrap("see https://example.com/" + "abc" * 60 + " ok", width, 10, font)
    assert fits(lines, width, 10, font)
    assert "".join(lines).replace(" ", "") == ("seehttps://example.com/" + "abc" * 60 + "ok")


def test_closing_punctuation_never_starts_a_line(font: SourceFont) -> None:
    """Kinsoku: closing marks stay with the character before them, opening ones with the
    character after."""
    width = font.width("あ" * 10, 10)
    for text in ["あ" * 10 + "。次", "あ" * 9 + "「引用」", "あ" * 10 + "）", "あ" * 10 + "、"]:
        lines = wrap(text, width, 10, font)
        assert len(lines) == 2
        assert lines[1][0] not in NO_LINE_START
        assert lines[0][-1] not in NO_LINE_END
        assert "".join(lines) == text


def test_hard_line_breaks_and_empty_lines_are_kept(font: SourceFont) -> None:
    lines = wrap("一行目\n\n三行目\r\nfour", TEXT_WIDTH, 10, font)
    assert lines == ["一行目", "", "三行目", "four"]
    assert wrap("", TEXT_WIDTH, 10, font) == [""]


def test_monospace_wrapping_ignores_word_boundaries(font: SourceFont) -> None:
    width = font.width("alpha be", 8.5)
    assert wrap("alpha beta", width, 8.5, font, anywhere=True) == ["alpha be", "ta"]
    assert wrap("alpha beta", width, 8.5, font) == ["alpha", "beta"]
    width = font.width("あ" * 10, 8.5)
    assert wrap("あ" * 10 + "。", width, 8.5, font, anywhere=True) == ["あ" * 10, "。"]


def test_full_width_digits_kana_kanji_and_accents_are_all_measured(font: SourceFont) -> None:
    text = f"{DATE} {ADDRESS} カタカナ ひらがな 漢字 Café Zürich naïve Ångström"
    assert font.covers(text)
    lines = wrap(text, 120, 10.5, font)
    assert fits(lines, 120, 10.5, font)
    assert squeeze("".join(lines)) == squeeze(text)


ALPHABET = st.sampled_from([*"abc xyz ABC  あいう漢字。、「」（）ー１２３éü-/\u3000\n"])


@settings(max_examples=150, deadline=None)
@given(text=st.text(ALPHABET, max_size=300), width=st.floats(5, TEXT_WIDTH))
def test_no_line_is_wider_than_the_text_width(text: str, width: float) -> None:
    font = require_japanese_font()
    lines = wrap(text, width, 10.5, font)
    assert fits(lines, width, 10.5, font)
    # Only spaces at the breaks go; every other character is kept, in order.
    assert squeeze("".join(lines)) == squeeze(text)
