"""Import the client list the freelancer already keeps (CSV or XLSX): choose, map, check, import.

Four pages. 1: choose the file (and a workbook's sheet); the core inspects it
and refuses a hostile or broken file with its own message, which stays on this
page. 2: one combo per column, pre-filled with the core's guess from the
headers, and a preview of the first rows as they will be imported. Every
change of the mapping starts a dry run (debounced): the core reads the whole
file as the import would, so the summary's numbers are exact and a problem deep
in the file (a NUL byte, too many rows) refuses the file on page 1 before
anything is written. 3: the dry run's summary, and Import, which is never a
default button: Enter cannot import. The import is one transaction on the vault
thread with rows counted and Cancel; a cancel, a failure or a lock leaves the
vault as it was. 4: what was added, and an offer to delete the plaintext source
file, which says first what an overwrite cannot promise and deletes only on
the user's yes.

Every file read runs on the vault thread (`session.run`), inspecting too: a
large file must not freeze the window. A lock stops whatever runs and closes
the wizard; the file chosen and everything shown from it are dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.importing.models import ImportPreviewModel
from ui.importing.source_file import OpenedFile, choose_client_list, open_file
from ui.importing.wizard_pages import (
    CHOICES,
    ChoosePage,
    MappingPage,
    ResultPage,
    SummaryPage,
    number_text,
    result_text,
    skipped_text,
    summary_text,
    to_fix_text,
)
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.errors import VaultError
from vault.importing.importer import (
    ImportResult,
    delete_source,
    import_clients,
)
from vault.importing.mapping import ColumnMap, Role
from vault.importing.readers import XLSX
from vault.session import Vault

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # a mapping change waits this long for the next before a dry run starts

FileChooser = Callable[[QWidget], Path | None]


class Page(IntEnum):
    CHOOSE = 0
    MAPPING = 1
    SUMMARY = 2
    RESULT = 3


class _ProgressRelay(QObject):
    """Carries (the run's stop event, rows read) from the vault thread to the wizard."""

    progressed = Signal(object, int)


class ImportWizard(QDialog):
    """Choose a client list, map its columns, check the dry run, import it in one go."""

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        choose_file: FileChooser = choose_client_list,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._choose_file = choose_file
        self._opened: OpenedFile | None = None
        self._checked: ImportResult | None = None  # the dry run of the mapping shown
        self._imported: ImportResult | None = None
        self._inspecting = False
        self._importing = False
        self._deleting = False
        self._closed = False  # a file read that ends after closing starts no dry run
        self._check_stop: threading.Event | None = None  # the dry run under way
        self._import_stop = threading.Event()
        self._relay = _ProgressRelay()
        self._relay.progressed.connect(self._show_progress)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._check)
        self.model = ImportPreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.setWindowTitle(self.tr("Import clients"))
        self._build()
        session.locked.connect(self._vault_locked)
        self._show_page(Page.CHOOSE)
        self.choose_page.choose_button.setFocus()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        self.choose_page = ChoosePage(self)
        self.choose_page.choose_button.clicked.connect(self.choose)
        self.choose_page.sheet_combo.activated.connect(self._sheet_chosen)
        self.mapping_page = MappingPage(self.proxy, self.model, self)
        self.summary_page = SummaryPage(self)
        self.result_page = ResultPage(self)
        self.result_page.delete_button.clicked.connect(self.delete_source_file)
        for page in (self.choose_page, self.mapping_page, self.summary_page, self.result_page):
            self.pages.addWidget(page)
        self._show_sheets(())
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(self.next)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Import the clients"))
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.back_button,
            self.next_button,
            self.import_button,
            self.cancel_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter on a combo or in the table imports nothing
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(860, 600)

    # -- pages and buttons ------------------------------------------------------------

    @property
    def page(self) -> Page:
        return Page(self.pages.currentIndex())

    @property
    def is_busy(self) -> bool:
        """Reading, checking, importing or deleting: something runs on the vault thread."""
        return self._inspecting or self._check_stop is not None or self._importing or self._deleting

    @property
    def is_checking(self) -> bool:
        return self._check_stop is not None or self._debounce.isActive()

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page
        self.back_button.setVisible(page in (Page.MAPPING, Page.SUMMARY))
        self.back_button.setEnabled(not self._importing)
        self.next_button.setVisible(page in (Page.CHOOSE, Page.MAPPING))
        can_go_on = (
            self._opened is not None and not self._inspecting
            if page is Page.CHOOSE
            else self._checked is not None and not self.is_checking
        )
        self.next_button.setEnabled(can_go_on)
        self.next_button.setDefault(can_go_on and page is Page.CHOOSE)  # it only shows more
        self.import_button.setVisible(page is Page.SUMMARY)
        self.import_button.setEnabled(self._checked is not None and not self._importing)
        self.cancel_button.setVisible(page is not Page.RESULT)
        cancel = self.tr("Cancel the import") if self._importing else self.tr("Cancel")
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(cancel)
        self.close_button.setVisible(page is Page.RESULT)
        self.close_button.setEnabled(not self._deleting)
        self.close_button.setDefault(page is Page.RESULT)  # only the harmless Close is a default
        self.choose_page.choose_button.setEnabled(not self._inspecting)
        self.choose_page.sheet_combo.setEnabled(not self._inspecting)
        self.result_page.delete_button.setEnabled(not self._deleting)

    def next(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.page is Page.CHOOSE:
            self._show_page(Page.MAPPING)
            if self.combos:
                self.combos[0].setFocus()
        elif self.page is Page.MAPPING:
            self._show_summary()

    def back(self) -> None:
        if self._importing:
            return
        if self.page is Page.SUMMARY:
            self.summary_page.summary_error_label.hide()
            self._show_page(Page.MAPPING)
        elif self.page is Page.MAPPING:
            self._show_page(Page.CHOOSE)

    # -- page 1: the file -------------------------------------------------------------

    def choose(self) -> None:
        if self._inspecting:
            return
        path = self._choose_file(self)
        if path is not None:
            self._show_sheets(())
            self._inspect(path, None)

    def _sheet_chosen(self, index: int) -> None:
        opened = self._opened
        if opened is not None and 0 <= index < len(opened.sheets):
            self._inspect(opened.path, opened.sheets[index])

    def _inspect(self, path: Path, sheet: str | None) -> None:
        self._forget_file()
        self.choose_page.path_label.setText(str(path))
        self.choose_page.file_info_label.setText(self.tr("Reading the file…"))
        self._inspecting = True
        self.choose_page.open_progress.show()
        self._update_buttons()
        self._session.run(open_file(path, sheet), self._inspected, self._inspect_failed)

    def _inspected(self, opened: OpenedFile) -> None:
        self._inspecting = False
        if self._closed:
            return
        self.choose_page.open_progress.hide()
        self._opened = opened
        inspection = opened.inspection
        self._show_sheets(opened.sheets, opened.sheet)
        kind = self.tr("Excel workbook") if inspection.kind == XLSX else self.tr("CSV file")
        if inspection.encoding is not None:  # how a CSV file's text was read
            kind = self.tr("{kind}, {encoding}").format(kind=kind, encoding=inspection.encoding)
        self.choose_page.file_info_label.setText(
            self.tr("{kind}; {columns} columns.").format(kind=kind, columns=len(inspection.headers))
        )
        self.mapping_page.show_columns(inspection, self._mapping_changed)
        self._check()
        self.next_button.setFocus()

    def _inspect_failed(self, error: Exception) -> None:
        self._inspecting = False
        self.choose_page.open_progress.hide()
        self._refuse(error)

    def _refuse(self, error: Exception) -> None:
        """The file is not imported: page 1 says why, and nothing is kept of it."""
        self._forget_file()
        self._show_sheets(())
        self.choose_page.file_info_label.clear()
        self.choose_page.choose_error_label.setText(self._message_for(error))
        self.choose_page.choose_error_label.show()
        self._show_page(Page.CHOOSE)

    def _forget_file(self) -> None:
        self._stop_check()
        self._opened = None
        self._checked = None
        self.model.clear()
        self.mapping_page.show_columns(None, self._mapping_changed)
        self.choose_page.choose_error_label.hide()
        self._update_buttons()

    def _show_sheets(self, sheets: tuple[str, ...], current: str | None = None) -> None:
        """The sheet choice, for a workbook with more than one worksheet only."""
        self.choose_page.sheet_combo.clear()
        self.choose_page.sheet_combo.addItems(list(sheets))
        if current is not None and current in sheets:
            self.choose_page.sheet_combo.setCurrentIndex(sheets.index(current))
        for widget in (self.choose_page.sheet_label, self.choose_page.sheet_combo):
            widget.setVisible(len(sheets) > 1)

    # -- page 2: the mapping ----------------------------------------------------------

    @property
    def combos(self) -> list[QComboBox]:
        """One per column of the file shown: what the user says it holds."""
        return self.mapping_page.combos

    def column_map(self) -> ColumnMap | None:
        """The roles the combos give, for the file shown (None: no file)."""
        if self._opened is None:
            return None
        roles: dict[Role, list[int]] = {}
        for index, combo in enumerate(self.combos):
            for role in CHOICES[combo.currentIndex()]:
                roles.setdefault(role, []).append(index)
        headers = self._opened.inspection.headers
        return ColumnMap(headers, {role: tuple(columns) for role, columns in roles.items()})

    def _mapping_changed(self) -> None:
        self._stop_check()
        self._checked = None
        self.mapping_page.check_label.setText(self.tr("Checking…"))
        self._debounce.start()
        self._update_buttons()

    def _stop_check(self) -> None:
        """A dry run under way stops at its next progress report; its answer is dropped."""
        self._debounce.stop()
        if self._check_stop is not None:
            self._check_stop.set()
            self._check_stop = None
        self.mapping_page.check_progress.hide()

    def _check(self) -> None:
        """A dry run of the whole file with the mapping shown, on the vault thread."""
        self._stop_check()
        opened, columns = self._opened, self.column_map()
        if opened is None or columns is None:
            return
        if Role.CLIENT_NAME not in columns.roles:
            self._checked = None
            self.model.clear()
            self.mapping_page.check_label.clear()
            self.mapping_page.mapping_hint_label.setText(
                self.tr("Choose the column that holds the client name.")
            )
            self._update_buttons()
            return
        self.mapping_page.mapping_hint_label.clear()
        self._check_stop = stop = threading.Event()
        report = self._relay.progressed.emit

        def progress(done: int, _total: int | None) -> bool:
            report(stop, done)
            return not stop.is_set()

        path, sheet = opened.path, opened.sheet

        def job(vault: Vault) -> ImportResult:
            return import_clients(
                vault, path, columns, dry_run=True, sheet=sheet, progress=progress
            )

        self.mapping_page.check_label.setText(self.tr("Checking the file…"))
        self.mapping_page.check_progress.show()
        self._update_buttons()
        self._session.run(
            job,
            lambda result: self._checked_done(stop, result),
            lambda e: self._check_failed(stop, e),
        )

    def _checked_done(self, stop: threading.Event, result: ImportResult) -> None:
        if stop is not self._check_stop:
            return  # the mapping changed meanwhile
        self._check_stop = None
        self.mapping_page.check_progress.hide()
        self._checked = result
        self.model.set_result(result)
        self.mapping_page.check_label.setText(
            self.tr("Checked {rows} rows: {clients} to add, {skipped} skipped.").format(
                rows=number_text(result.rows),
                clients=number_text(result.clients),
                skipped=number_text(result.duplicates + result.problems),
            )
        )
        self._update_buttons()

    def _check_failed(self, stop: threading.Event, error: Exception) -> None:
        if stop is not self._check_stop:
            return
        self._check_stop = None
        self._refuse(error)

    def _show_progress(self, stop: object, done: int) -> None:
        if stop is self._check_stop:
            self.mapping_page.check_label.setText(
                self.tr("Checking the file… {rows} rows read").format(rows=number_text(done))
            )
        elif stop is self._import_stop and self._importing:
            self.summary_page.import_label.setText(
                self.tr("Importing… {rows} rows read").format(rows=number_text(done))
            )

    # -- page 3: the summary and the import ---------------------------------------------

    def _show_summary(self) -> None:
        result = self._checked
        if result is None:
            return
        self.summary_page.summary_label.setText(summary_text(result))
        self.summary_page.skipped_view.setPlainText(skipped_text(result))
        self.summary_page.import_label.clear()
        self.summary_page.import_progress.hide()
        self.summary_page.summary_error_label.hide()
        self._show_page(Page.SUMMARY)
        self.back_button.setFocus()

    def start_import(self) -> None:
        """The one transaction, with the mapping whose dry run the summary showed."""
        opened, checked = self._opened, self._checked
        if self.page is not Page.SUMMARY or self._importing or opened is None or checked is None:
            return
        self._import_stop = stop = threading.Event()
        report = self._relay.progressed.emit

        def progress(done: int, _total: int | None) -> bool:
            report(stop, done)
            return not stop.is_set()

        path, sheet, columns = opened.path, opened.sheet, checked.columns

        def job(vault: Vault) -> ImportResult:
            return import_clients(
                vault, path, columns, dry_run=False, sheet=sheet, progress=progress
            )

        self._importing = True
        self.summary_page.summary_error_label.hide()
        self.summary_page.import_label.setText(self.tr("Importing…"))
        self.summary_page.import_progress.show()
        self._update_buttons()
        self._session.run(job, self._import_done, self._import_failed, changes="")

    def cancel_import(self) -> None:
        """The import stops at its next progress report and rolls back."""
        if self._importing:
            self._import_stop.set()
            self.cancel_button.setEnabled(False)
            self.summary_page.import_label.setText(self.tr("Cancelling…"))

    def _import_done(self, result: ImportResult) -> None:
        self._importing = False
        self.cancel_button.setEnabled(True)
        self._imported = result
        self.result_page.result_label.setText(result_text(result))
        fix = to_fix_text(result)
        self.result_page.to_fix_view.setPlainText(fix)
        self.result_page.to_fix_view.setVisible(bool(fix))
        self.result_page.to_fix_label.setVisible(bool(fix))
        self.result_page.source_label.setText(
            self.tr(
                "The list is still in plaintext at {path}. Delete it, and its copies, once you "
                "no longer need it."
            ).format(path=str(result.source))
        )
        self.result_page.delete_button.show()
        self.result_page.result_error_label.hide()
        self._show_page(Page.RESULT)
        self.close_button.setFocus()

    def _import_failed(self, error: Exception) -> None:
        self._importing = False
        self.cancel_button.setEnabled(True)
        self.summary_page.import_progress.hide()
        self.summary_page.import_label.clear()
        self.summary_page.summary_error_label.setText(self._message_for(error))
        self.summary_page.summary_error_label.show()
        self._update_buttons()

    # -- page 4: the source file ------------------------------------------------------

    def delete_source_file(self) -> None:
        """Only on the user's yes, after saying what an overwrite cannot promise."""
        result = self._imported
        if result is None or self._deleting:
            return
        path = result.source
        question = self.tr(
            "Overwrite {path} once and delete it? On SSDs and copy-on-write file systems "
            "(APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and "
            "backups, synced folders or mail that hold a copy keep theirs: full-disk encryption "
            "is what protects those."
        ).format(path=str(path))
        if not self._prompts.confirm(
            self, self.tr("Delete the source file"), question, yes=self.tr("Delete")
        ):
            return
        self._deleting = True
        self.result_page.result_error_label.hide()
        self._update_buttons()
        self._session.run(lambda _vault: delete_source(path), self._deleted, self._delete_failed)

    def _deleted(self, note: str) -> None:
        self._deleting = False
        # The core's own words, translated where the catalogue has them.
        self.result_page.source_label.setText(QCoreApplication.translate("VaultMessages", note))
        self.result_page.delete_button.hide()
        self._update_buttons()

    def _delete_failed(self, error: Exception) -> None:
        self._deleting = False
        self.result_page.result_error_label.setText(self._message_for(error))
        self.result_page.result_error_label.show()
        self._update_buttons()

    # -- errors and closing -----------------------------------------------------------

    def _message_for(self, error: Exception) -> str:
        if not isinstance(error, VaultError):
            log.error("An import step failed: %s", type(error).__name__)
        return core_message(error)  # never an unexpected exception's own text

    def reject(self) -> None:
        """Cancel and Escape cancel an import under way (the wizard stays to say so);
        a deletion is waited for; otherwise the wizard closes, having changed nothing."""
        if self._importing:
            self.cancel_import()
            return
        if not self._deleting:
            super().reject()

    def done(self, result: int) -> None:
        """Every close, a lock's too: a dry run still reading stops, and none starts."""
        self._closed = True
        self._stop_check()
        super().done(result)

    def _vault_locked(self) -> None:
        """Lock always wins: stop the import (it rolls back), drop what was shown, close."""
        self._import_stop.set()
        self._importing = self._inspecting = self._deleting = False
        self._forget_file()
        self._show_sheets(())
        self._imported = None
        for label in (
            self.choose_page.path_label,
            self.choose_page.file_info_label,
            self.summary_page.summary_label,
            self.result_page.result_label,
            self.result_page.source_label,
        ):
            label.clear()
        self.summary_page.skipped_view.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
