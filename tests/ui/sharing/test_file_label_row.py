"""The export dialog's file name label row: the name shown is the name offered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.fakes import type_text
from ui.sharing.file_label_row import FileLabelRow
from vault.sharing.bundle import BundleFormat

CREATED = "2026-11-22T09:00:00+00:00"


def make(qtbot: QtBot, client_name: str) -> FileLabelRow:
    row = FileLabelRow(client_name)
    qtbot.addWidget(row)
    row.show()
    return row


def test_nothing_is_named_before_a_preview(qtbot: QtBot) -> None:
    row = make(qtbot, "山田商店")
    assert row.file_name() == ""
    assert row.name_label.text() == ""


def test_the_default_label_is_the_client_name_short_and_safe(qtbot: QtBot) -> None:
    row = make(qtbot, "株式会社山本デザイン事務所／東京本社営業部第二課")
    assert row.label_edit.text() == "株式会社山本デザイン事務所／東京本社営業"
    row.show_preview(BundleFormat.AGE, CREATED)
    assert row.file_name() == "株式会社山本デザイン事務所／東京本社営業-2026-11-22.age"
    assert row.name_label.text() == f"Saved as: {row.file_name()}"


def test_an_edited_label_renames_at_once_and_cannot_grow_past_the_limit(qtbot: QtBot) -> None:
    row = make(qtbot, "山田商店")
    row.show_preview(BundleFormat.PDF, CREATED)
    row.label_edit.clear()
    type_text(qtbot, row.label_edit, "Yamada: 見積 " + "x" * 60)
    assert len(row.label_edit.text()) == 40
    assert row.file_name().startswith("Yamada_ 見積 xxx")
    assert row.name_label.text() == f"Saved as: {row.file_name()}"
