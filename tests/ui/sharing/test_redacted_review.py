"""The redacted-export dialog's review page: a one-page PDF for the client to approve,
written beside the bundle only when asked and only once the bundle passed the gate."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import require_tool
from tests.ui.fakes import ScriptedPrompts
from tests.ui.sharing.conftest import CONTACT, PHONE, Seeded
from tests.ui.sharing.test_redacted_dialog import click, open_dialog
from ui.vault_session import VaultSession


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-folded: pdftotext reads some CJK glyphs as Kangxi radicals."""
    tool = require_tool("pdftotext")
    text = subprocess.run([tool, str(path), "-"], check=True, capture_output=True, text=True)
    return unicodedata.normalize("NFKC", text.stdout)


def test_a_review_page_is_written_beside_the_bundle_when_asked(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, out: Path
) -> None:
    prompts = ScriptedPrompts([out / "for-case-study"])
    dialog = open_dialog(qtbot, gui_session, seeded.client, prompts)
    click(qtbot, dialog.zip_radio)
    assert not dialog.review_check.isChecked()  # asked for, never by default
    click(qtbot, dialog.review_check)
    assert dialog.review_check.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)

    review = out / "for-case-study-review.pdf"
    assert sorted(p.name for p in out.iterdir()) == [
        "for-case-study-review.pdf",
        "for-case-study.zip",
    ]
    assert review.stat().st_mode & 0o777 == 0o600
    text = pdf_text(review)
    assert "公開前の確認 / Before publishing" in text and "承認者 / Approved by" in text
    assert "見積もりを送る" in text  # the note, redacted as the bundle holds it
    for value in (CONTACT, "花子", PHONE, "hanako@example.jp"):
        assert value not in text
    assert f"Review page for the client: {review}" in dialog.result_label.text()


def test_an_existing_review_page_refuses_the_export_before_anything_is_written(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, out: Path
) -> None:
    taken = out / "bundle-review.pdf"
    taken.write_bytes(b"the client's signed copy")
    prompts = ScriptedPrompts([out / "bundle"])
    dialog = open_dialog(qtbot, gui_session, seeded.client, prompts)
    click(qtbot, dialog.review_check)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=30_000)
    assert dialog.error_text() == f"{taken} already exists; choose a new name for the export."
    assert [p.name for p in out.iterdir()] == ["bundle-review.pdf"]
    assert taken.read_bytes() == b"the client's signed copy"
    assert not dialog.is_busy
