"""Finding a Japanese font on this machine and subsetting it for embedding."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont

from tests.vault.pdf import latin_only_font, require_japanese_font
from vault.errors import BadInput, FontNotFound
from vault.pdf import fonts
from vault.pdf.fonts import SourceFont, find_font

MESSAGE = (
    "No font with Japanese characters was found; install one "
    "(for example Noto Sans CJK) or set CLIENTVAULT_PDF_FONT."
)
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # fonts-noto-cjk
MISSING = "\U000f0000\U000f0001"  # private use: in no font's cmap


@pytest.fixture
def font() -> SourceFont:
    return require_japanese_font()


def require_noto_collection() -> Path:
    if not NOTO_CJK.exists():
        pytest.skip(f"{NOTO_CJK} is not installed")
    return NOTO_CJK


def test_the_font_found_covers_kana_and_kanji(font: SourceFont) -> None:
    assert font.covers("あ漢字カナ")
    assert font.advance("漢") > 0
    assert font.width("漢字", 10) == font.advance("漢") * 10 / 1000 + font.advance("字") * 10 / 1000


def test_a_collection_without_an_index_gives_the_japanese_face(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Noto CJK collection also holds Korean and Chinese faces with other glyph forms."""
    monkeypatch.setenv("CLIENTVAULT_PDF_FONT", str(require_noto_collection()))
    font = find_font()
    assert font.ps_name == "NotoSansCJKjp-Regular"
    assert font.index == 0


def test_path_hash_index_picks_a_face_of_a_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    path = require_noto_collection()
    monkeypatch.setenv("CLIENTVAULT_PDF_FONT", f"{path}#2")
    font = find_font()
    with TTCollection(path, lazy=True) as collection:
        expected = collection.fonts[2]["name"].getDebugName(6)
    assert (font.index, font.ps_name) == (2, expected)


def test_a_missing_file_in_the_setting_is_font_not_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An explicit setting is not silently replaced by some other font."""
    monkeypatch.setenv("CLIENTVAULT_PDF_FONT", str(tmp_path / "nowhere.ttf"))
    with pytest.raises(FontNotFound) as caught:
        find_font()
    assert str(caught.value) == MESSAGE
    assert isinstance(caught.value, BadInput)
    assert (caught.value.template, caught.value.params) == (MESSAGE, {})


def test_a_latin_only_font_in_the_setting_is_font_not_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLIENTVAULT_PDF_FONT", str(latin_only_font()))
    with pytest.raises(FontNotFound, match="install one"):
        find_font()


def tiny_japanese_font(path: Path, fs_type: int) -> Path:
    """A TrueType font with empty glyphs for the probe characters and the given licence."""
    order = [".notdef", *(f"g{i}" for i in range(len(fonts.PROBE)))]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({ord(ch): f"g{i}" for i, ch in enumerate(fonts.PROBE)})
    builder.setupGlyf({name: TTGlyphPen(None).glyph() for name in order})
    builder.setupHorizontalMetrics(dict.fromkeys(order, (1000, 0)))
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Tiny", "styleName": "Regular", "psName": "Tiny"})
    builder.setupOS2(fsType=fs_type, sTypoAscender=880, sTypoDescender=-120)
    builder.setupPost()
    builder.save(path)
    return path


@pytest.mark.parametrize(
    ("fs_type", "usable"),
    [(0x0000, True), (0x0008, True), (0x0002, False), (0x0104, False), (0x0204, False)],
)
def test_a_font_whose_licence_forbids_embedding_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fs_type: int, usable: bool
) -> None:
    path = tiny_japanese_font(tmp_path / f"tiny{fs_type}.ttf", fs_type)
    monkeypatch.setenv("CLIENTVAULT_PDF_FONT", str(path))
    if usable:
        assert find_font().ps_name == "Tiny"
    else:
        with pytest.raises(FontNotFound):
            find_font()


def test_no_font_anywhere_is_font_not_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTVAULT_PDF_FONT", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-match
    monkeypatch.setattr(fonts, "_KNOWN_FONTS", (tmp_path / "a.ttc", tmp_path / "b.ttf"))
    with pytest.raises(FontNotFound) as caught:
        find_font()
    assert str(caught.value) == MESSAGE


def test_a_broken_fontconfig_answer_falls_back_to_known_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fc-match may name a damaged file or a Latin font; the known paths still get a try."""
    known = require_japanese_font().path
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\0\1\0\0 not really a font")
    fake = tmp_path / "fc-match"
    fake.write_text(f"#!/bin/sh\nprintf '%s\\n0' '{broken}'\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.delenv("CLIENTVAULT_PDF_FONT", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(fonts, "_KNOWN_FONTS", (tmp_path / "absent.ttf", known))
    assert find_font().path == known


def test_the_subset_is_truetype_with_one_glyph_per_character(font: SourceFont) -> None:
    text = "削除証明書 Deletion ２０２６年 Café"
    embedded = font.subset(text)
    subset = TTFont(io.BytesIO(embedded.data))
    assert "glyf" in subset
    assert "CFF " not in subset
    assert subset["maxp"].numGlyphs == 1 + len(set(text))  # plus .notdef
    assert sorted(embedded.glyph_ids.values()) == list(range(1, len(set(text)) + 1))
    for ch, gid in embedded.glyph_ids.items():
        assert embedded.widths[gid] == font.advance(ch)
    assert len(embedded.data) * 100 < len(font.data)
    assert embedded.name.endswith("+" + font.ps_name)
    assert embedded.name[6] == "+"
    assert embedded.name[:6].isupper()


def test_missing_and_shared_glyphs_still_get_their_own_ids(font: SourceFont) -> None:
    """Each character needs its own glyph id, or the ToUnicode map would extract one
    character where another was written."""
    shared = next(name for name, count in Counter(font.cmap.values()).items() if count > 1)
    twins = "".join(chr(cp) for cp, name in font.cmap.items() if name == shared)[:2]
    invisible = "\ufe0f"  # a variation selector: drawn as nothing when missing
    for ch in [*MISSING, invisible]:
        assert not font.covers(ch)
    embedded = font.subset("あ" + twins + MISSING + invisible)
    ids = embedded.glyph_ids
    assert len(set(ids.values())) == len(ids) == 6
    assert 0 not in ids.values()
    assert embedded.widths[ids[MISSING[0]]] == font.advances[".notdef"] > 0
    assert embedded.widths[ids[invisible]] == font.advance(invisible) == 0
    assert embedded.widths[ids[twins[0]]] == embedded.widths[ids[twins[1]]]


def test_a_truetype_font_keeps_its_outlines_and_loses_its_hinting() -> None:
    latin = fonts._load(latin_only_font(), None)
    assert "glyf" in TTFont(io.BytesIO(latin.data))
    embedded = latin.subset("Café, naïve")  # é and ï are composite glyphs in DejaVu
    subset = TTFont(io.BytesIO(embedded.data))
    assert "fpgm" not in subset
    assert "prep" not in subset
    for ch, gid in embedded.glyph_ids.items():
        assert embedded.widths[gid] == latin.advance(ch) > 0
        assert subset["glyf"][subset.getGlyphName(gid)].numberOfContours != 0 or ch == " "


def test_subsetting_is_reproducible(font: SourceFont) -> None:
    assert font.subset("同じ内容 same").data == font.subset("same 同じ内容").data


def test_the_source_font_is_parsed_once_per_process(font: SourceFont) -> None:
    assert find_font() is font
