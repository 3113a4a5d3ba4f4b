"""The export dialog as it looks, in both languages: sizes not cut, the passphrase the largest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.layout_check import clipped_labels
from tests.ui.sharing.conftest import Seeded
from tests.ui.sharing.test_export_dialog import SavePrompts, export, open_dialog, to_passphrase
from ui.clients.record_table import WIDE_SIZES
from ui.lock.clipboard import SecureClipboard
from ui.models.backups import data_size
from ui.sharing.models import BundleFileModel
from ui.vault_session import VaultSession


def test_the_size_column_fits_its_header_and_every_size(
    qtbot: QtBot,
    language: str,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    table = dialog.table
    column = BundleFileModel.Column.SIZE
    header = table.horizontalHeader()
    width = header.sectionSize(column)
    assert dialog.files.rowCount() > 0
    assert table.sizeHintForColumn(column) <= width  # the sizes shown
    assert header.sectionSizeHint(column) <= width  # "Size" / "サイズ" with its sort arrow
    metrics = QFontMetrics(table.font())
    widest = max(metrics.horizontalAdvance(data_size(size)) for size in WIDE_SIZES)
    assert widest < width  # "1,023 バイト", "1,024.0 MB": any size a file can have
    assert clipped_labels(dialog) == []


def test_on_the_result_the_passphrase_is_the_largest_text_and_nothing_is_cut(
    qtbot: QtBot,
    language: str,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    tmp_path: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = SavePrompts([True, tmp_path / "for-client"])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    export(qtbot, dialog)
    groups = dialog.passphrase_view.group_labels
    assert groups and all(label.isVisible() for label in groups)
    passphrase_size = min(label.font().pointSizeF() for label in groups)
    others: list[QWidget] = [
        widget
        for kind in (QLabel, QAbstractButton, QPlainTextEdit)
        for widget in dialog.findChildren(kind)
        if widget.isVisible() and widget not in groups
    ]
    assert others
    assert max(widget.font().pointSizeF() for widget in others) < passphrase_size
    assert dialog.sha256_label.font().pointSizeF() <= dialog.path_label.font().pointSizeF()
    assert clipped_labels(dialog) == []
