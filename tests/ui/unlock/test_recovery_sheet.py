"""The recovery sheet PDF: private from its first byte, one A4 page, key and heading readable."""

from __future__ import annotations

import datetime as dt
import stat
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import require_tool
from ui.unlock.recovery_sheet import key_lines, write_recovery_sheet
from vault.errors import BadInput
from vault.keys import recovery

CREATED = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-folded: pdftotext reads some CJK glyphs as Kangxi radicals."""
    tool = require_tool("pdftotext")
    text = subprocess.run(
        [tool, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return unicodedata.normalize("NFKC", text)


def test_the_sheet_is_private_and_shows_the_key_and_the_japanese_heading(
    qtbot: QtBot, tmp_path: Path
) -> None:
    key = recovery.generate()
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(path, key, Path("/home/山田/ClientVault/default"), CREATED)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = pdf_text(path)
    assert "回復シート" in text
    assert "ClientVault recovery sheet" in text
    for group in key.split("-"):
        assert group in text
    assert "/home/山田/ClientVault/default" in text
    assert "2026-11-22" in text
    assert "\f" not in text.rstrip("\f")  # a single page


def test_the_sheet_is_a4(qtbot: QtBot, tmp_path: Path) -> None:
    tool = require_tool("pdfinfo")
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(path, recovery.generate(), tmp_path, CREATED)
    info = subprocess.run([tool, str(path)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert "(A4)" in info


def test_writing_over_an_existing_file_leaves_it_private(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_recovery_sheet(path, recovery.generate(), tmp_path, CREATED)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temp file left


def test_key_lines_accept_any_spacing_and_group_in_two_rows() -> None:
    key = recovery.generate()
    spaced = key.replace("-", "\u3000").translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    )
    lines = key_lines(spaced)
    assert len(lines) == 2
    assert " ".join(lines).split() == key.split("-")


def test_a_malformed_key_is_refused_before_anything_is_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.pdf"
    with pytest.raises(BadInput, match="48 digits"):
        write_recovery_sheet(path, "123456", tmp_path, CREATED)
    assert not path.exists()
