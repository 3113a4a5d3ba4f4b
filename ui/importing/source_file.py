"""The file to import: Qt's chooser, a workbook's sheets, and the core's inspection,
run on the vault thread."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from vault.importing.importer import Inspection, inspect
from vault.importing.readers import XLSX, Limits, check_zip
from vault.session import Vault


def choose_client_list(parent: QWidget) -> Path | None:
    """Qt's own file chooser: a native one could not be closed by a lock (see Prompts)."""
    title = QCoreApplication.translate("ImportWizard", "Choose the client list")
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("ImportWizard", "Client lists (*.csv *.xlsx)"),
            QCoreApplication.translate("ImportWizard", "All files (*)"),
        ]
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = Path(dialog.selectedFiles()[0]) if accepted and dialog.selectedFiles() else None
    dialog.deleteLater()
    return chosen


def sheet_names(path: Path) -> tuple[str, ...]:
    """A workbook's worksheets, read after `inspect` accepted the file.

    The core does not list them yet; the zip directory is checked again (the
    file may have changed since) before openpyxl sees it, read-only and without
    macros or links, as the core reads it.
    """
    with path.open("rb") as handle:
        check_zip(handle, Limits())
        handle.seek(0)
        with warnings.catch_warnings():  # openpyxl warns about every feature it drops
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(
                handle, read_only=True, keep_vba=False, data_only=True, keep_links=False
            )
        try:
            return tuple(s.title for s in book.worksheets if isinstance(s, ReadOnlyWorksheet))
        finally:
            book.close()


@dataclass(frozen=True)
class OpenedFile:
    path: Path
    sheet: str | None
    inspection: Inspection
    sheets: tuple[str, ...]  # a workbook's worksheets; () for a CSV file


def open_file(path: Path, sheet: str | None) -> Callable[[Vault], OpenedFile]:
    def job(_vault: Vault) -> OpenedFile:
        inspection = inspect(path, sheet=sheet)
        sheets = sheet_names(path) if inspection.kind == XLSX else ()
        return OpenedFile(path, sheet, inspection, sheets)

    return job
