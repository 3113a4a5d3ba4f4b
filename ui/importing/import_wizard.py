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
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import openpyxl
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.core_messages import core_message
from ui.importing.models import ImportPreviewModel, duplicate_text, problem_text, role_name
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.errors import VaultError
from vault.importing.importer import (
    ImportResult,
    Inspection,
    delete_source,
    import_clients,
    inspect,
)
from vault.importing.mapping import ColumnMap, Role
from vault.importing.readers import XLSX, Limits, check_zip
from vault.session import Vault

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # a mapping change waits this long for the next before a dry run starts

FileChooser = Callable[[QWidget], Path | None]

# What a column's combo offers: the roles it gives the column (none: ignored). A
# list of people only has a person's name, which is then the client's and the
# contact's name at once (the core's guess does that too).
CHOICES: tuple[tuple[Role, ...], ...] = (
    (),
    (Role.CLIENT_NAME,),
    (Role.CONTACT_NAME,),
    (Role.CLIENT_NAME, Role.CONTACT_NAME),
    (Role.FURIGANA,),
    (Role.EMAIL,),
    (Role.PHONE,),
    (Role.POSTAL_CODE,),
    (Role.ADDRESS,),
    (Role.NOTES,),
)


def choice_name(roles: tuple[Role, ...]) -> str:
    if not roles:
        return QCoreApplication.translate("ImportWizard", "Ignore")
    if roles == (Role.CLIENT_NAME, Role.CONTACT_NAME):
        return QCoreApplication.translate("ImportWizard", "Client name and contact name")
    return role_name(roles[0])


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


class Page(IntEnum):
    CHOOSE = 0
    MAPPING = 1
    SUMMARY = 2
    RESULT = 3


@dataclass(frozen=True)
class _Opened:
    path: Path
    sheet: str | None
    inspection: Inspection
    sheets: tuple[str, ...]  # a workbook's worksheets; () for a CSV file


def _open(path: Path, sheet: str | None) -> Callable[[Vault], _Opened]:
    def job(_vault: Vault) -> _Opened:
        inspection = inspect(path, sheet=sheet)
        sheets = sheet_names(path) if inspection.kind == XLSX else ()
        return _Opened(path, sheet, inspection, sheets)

    return job


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
        self._opened: _Opened | None = None
        self.combos: list[QComboBox] = []
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
        self.choose_button.setFocus()

    # -- building ---------------------------------------------------------------------

    def _label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _error_label(self, parent: QWidget) -> QLabel:
        label = self._label(parent, self.tr("Problem"))
        label.setStyleSheet("color: #b00020; font-weight: bold;")
        label.hide()
        return label

    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        for page in (
            self._build_choose_page(),
            self._build_mapping_page(),
            self._build_summary_page(),
            self._build_result_page(),
        ):
            self.pages.addWidget(page)
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

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        intro = self._label(page, self.tr("About importing"))
        intro.setText(
            self.tr(
                "Import the client list you already keep: a CSV file (UTF-8, UTF-8 with BOM or "
                "Shift_JIS, as Excel saves it) or an Excel workbook (.xlsx). Each row becomes a "
                "client; nothing is added until you have seen the summary."
            )
        )
        self.choose_button = QPushButton(self.tr("&Choose a file…"), page)
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.path_label = self._label(page, self.tr("File to import"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.path_label, 1)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setAccessibleName(self.tr("Sheet to import"))
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"), page)
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        self.file_info_label = self._label(page, self.tr("What the file holds"))
        self.open_progress = QProgressBar(page)
        self.open_progress.setRange(0, 0)
        self.open_progress.setTextVisible(False)
        self.open_progress.setAccessibleName(self.tr("Reading the file"))
        self.choose_error_label = self._error_label(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(file_row)
        column.addLayout(sheet_row)
        column.addWidget(self.file_info_label)
        column.addWidget(self.open_progress)
        column.addWidget(self.choose_error_label)
        column.addStretch(1)
        self._show_sheets(())
        self.open_progress.hide()
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        intro = self._label(page, self.tr("About the columns"))
        intro.setText(
            self.tr(
                "Say what each column holds. The choices were guessed from the column "
                "headers; check each one. The preview shows the first rows as they will be "
                "imported."
            )
        )
        self.columns_area = QScrollArea(page)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setAccessibleName(self.tr("Columns"))
        self.mapping_hint_label = self._label(page, self.tr("Hint"))
        self.table = make_table(
            self.proxy,
            self.model,
            ImportPreviewModel.Column.NOTES,
            {ImportPreviewModel.Column.ROW: "count", ImportPreviewModel.Column.STATUS: "word"},
            page,
        )
        self.table.setAccessibleName(self.tr("Preview of the first rows"))
        self.check_label = self._label(page, self.tr("Checking the file"))
        self.check_progress = QProgressBar(page)
        self.check_progress.setRange(0, 0)
        self.check_progress.setTextVisible(False)
        self.check_progress.setAccessibleName(self.tr("Checking the file"))
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label, 1)
        check_row.addWidget(self.check_progress)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(self.columns_area, 2)
        column.addWidget(self.mapping_hint_label)
        column.addWidget(self.table, 3)
        column.addLayout(check_row)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = self._label(page, self.tr("Summary"))
        self.skipped_view = QPlainTextEdit(page)
        self.skipped_view.setReadOnly(True)
        self.skipped_view.setAccessibleName(self.tr("Rows that are not imported"))
        self.skipped_label = QLabel(self.tr("&Rows that are not imported:"), page)
        self.skipped_label.setBuddy(self.skipped_view)
        self.import_label = self._label(page, self.tr("Import progress"))
        self.import_progress = QProgressBar(page)
        self.import_progress.setRange(0, 0)  # the row count is known only at the end
        self.import_progress.setTextVisible(False)
        self.import_progress.setAccessibleName(self.tr("Import progress"))
        self.summary_error_label = self._error_label(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary_label)
        column.addWidget(self.skipped_label)
        column.addWidget(self.skipped_view, 1)
        column.addWidget(self.import_label)
        column.addWidget(self.import_progress)
        column.addWidget(self.summary_error_label)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_label = self._label(page, self.tr("Result"))
        self.source_label = self._label(page, self.tr("The source file"))
        self.delete_button = QPushButton(self.tr("&Delete the source file…"), page)
        self.delete_button.setAccessibleName(self.tr("Delete the source file"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_source_file)
        self.result_error_label = self._error_label(page)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.result_label)
        column.addWidget(self.source_label)
        column.addLayout(row)
        column.addWidget(self.result_error_label)
        column.addStretch(1)
        return page

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
        self.choose_button.setEnabled(not self._inspecting)
        self.sheet_combo.setEnabled(not self._inspecting)
        self.delete_button.setEnabled(not self._deleting)

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
            self.summary_error_label.hide()
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
        self.path_label.setText(str(path))
        self.file_info_label.setText(self.tr("Reading the file…"))
        self._inspecting = True
        self.open_progress.show()
        self._update_buttons()
        self._session.run(_open(path, sheet), self._inspected, self._inspect_failed)

    def _inspected(self, opened: _Opened) -> None:
        self._inspecting = False
        if self._closed:
            return
        self.open_progress.hide()
        self._opened = opened
        inspection = opened.inspection
        self._show_sheets(opened.sheets, opened.sheet)
        kind = self.tr("Excel workbook") if inspection.kind == XLSX else self.tr("CSV file")
        if inspection.encoding is not None:  # how a CSV file's text was read
            kind = self.tr("{kind}, {encoding}").format(kind=kind, encoding=inspection.encoding)
        self.file_info_label.setText(
            self.tr("{kind}; {columns} columns.").format(kind=kind, columns=len(inspection.headers))
        )
        self._build_combos(inspection)
        self._check()
        self.next_button.setFocus()

    def _inspect_failed(self, error: Exception) -> None:
        self._inspecting = False
        self.open_progress.hide()
        self._refuse(error)

    def _refuse(self, error: Exception) -> None:
        """The file is not imported: page 1 says why, and nothing is kept of it."""
        self._forget_file()
        self._show_sheets(())
        self.file_info_label.clear()
        self.choose_error_label.setText(self._message_for(error))
        self.choose_error_label.show()
        self._show_page(Page.CHOOSE)

    def _forget_file(self) -> None:
        self._stop_check()
        self._opened = None
        self._checked = None
        self.model.clear()
        self._build_combos(None)
        self.choose_error_label.hide()
        self._update_buttons()

    def _show_sheets(self, sheets: tuple[str, ...], current: str | None = None) -> None:
        """The sheet choice, for a workbook with more than one worksheet only."""
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        if current is not None and current in sheets:
            self.sheet_combo.setCurrentIndex(sheets.index(current))
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(sheets) > 1)

    # -- page 2: the mapping ----------------------------------------------------------

    def _build_combos(self, inspection: Inspection | None) -> None:
        """One combo per column, set to the core's guess; an example value beside it."""
        holder = QWidget()
        grid = QGridLayout(holder)
        self.combos = []
        if inspection is not None:
            for index, header in enumerate(inspection.headers):
                self.combos.append(self._add_column(grid, holder, inspection, index, header))
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.combos), 1)
        self.columns_area.setWidget(holder)  # the old holder and its combos are deleted

    def _add_column(
        self, grid: QGridLayout, holder: QWidget, inspection: Inspection, index: int, header: str
    ) -> QComboBox:
        number = index + 1
        label = QLabel(
            self.tr("{number}. {header}").format(
                number=number, header=header or self.tr("(no header)")
            ),
            holder,
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        combo = QComboBox(holder)
        combo.addItems([choice_name(roles) for roles in CHOICES])
        combo.setCurrentIndex(_guessed_choice(inspection.guess, index))
        combo.setAccessibleName(
            self.tr("What column {number} ({header}) holds").format(
                number=number, header=header or self.tr("no header")
            )
        )
        combo.currentIndexChanged.connect(self._mapping_changed)
        label.setBuddy(combo)
        example = self._label(holder, self.tr("Example from column {number}").format(number=number))
        example.setText(_example(inspection, index))
        grid.addWidget(label, index, 0)
        grid.addWidget(combo, index, 1)
        grid.addWidget(example, index, 2)
        return combo

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
        self.check_label.setText(self.tr("Checking…"))
        self._debounce.start()
        self._update_buttons()

    def _stop_check(self) -> None:
        """A dry run under way stops at its next progress report; its answer is dropped."""
        self._debounce.stop()
        if self._check_stop is not None:
            self._check_stop.set()
            self._check_stop = None
        self.check_progress.hide()

    def _check(self) -> None:
        """A dry run of the whole file with the mapping shown, on the vault thread."""
        self._stop_check()
        opened, columns = self._opened, self.column_map()
        if opened is None or columns is None:
            return
        if Role.CLIENT_NAME not in columns.roles:
            self._checked = None
            self.model.clear()
            self.check_label.clear()
            self.mapping_hint_label.setText(
                self.tr("Choose the column that holds the client name.")
            )
            self._update_buttons()
            return
        self.mapping_hint_label.clear()
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

        self.check_label.setText(self.tr("Checking the file…"))
        self.check_progress.show()
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
        self.check_progress.hide()
        self._checked = result
        self.model.set_result(result)
        self.check_label.setText(
            self.tr("Checked {rows} rows: {clients} to add, {skipped} skipped.").format(
                rows=_number(result.rows),
                clients=_number(result.clients),
                skipped=_number(result.duplicates + result.problems),
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
            self.check_label.setText(
                self.tr("Checking the file… {rows} rows read").format(rows=_number(done))
            )
        elif stop is self._import_stop and self._importing:
            self.import_label.setText(
                self.tr("Importing… {rows} rows read").format(rows=_number(done))
            )

    # -- page 3: the summary and the import ---------------------------------------------

    def _show_summary(self) -> None:
        result = self._checked
        if result is None:
            return
        lines = [
            self.tr("The import will add {clients} clients and {contacts} contacts.").format(
                clients=_number(result.clients), contacts=_number(result.contacts)
            ),
            self.tr("Duplicates skipped: {count}").format(count=_number(result.duplicates)),
            self.tr("Rows with problems (not imported): {count}").format(
                count=_number(result.problems)
            ),
            self.tr("Cells beginning with = + - @ kept as text, never run: {count}").format(
                count=_number(result.formulas)
            ),
            self.tr("Rows read: {rows}. Everything is added in one step, or nothing is.").format(
                rows=_number(result.rows)
            ),
        ]
        self.summary_label.setText("\n".join(lines))
        self.skipped_view.setPlainText(_skipped(result))
        self.import_label.clear()
        self.import_progress.hide()
        self.summary_error_label.hide()
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
        self.summary_error_label.hide()
        self.import_label.setText(self.tr("Importing…"))
        self.import_progress.show()
        self._update_buttons()
        self._session.run(job, self._import_done, self._import_failed, changes="")

    def cancel_import(self) -> None:
        """The import stops at its next progress report and rolls back."""
        if self._importing:
            self._import_stop.set()
            self.cancel_button.setEnabled(False)
            self.import_label.setText(self.tr("Cancelling…"))

    def _import_done(self, result: ImportResult) -> None:
        self._importing = False
        self.cancel_button.setEnabled(True)
        self._imported = result
        self.result_label.setText(
            "\n".join(
                [
                    self.tr("Added {clients} clients and {contacts} contacts.").format(
                        clients=_number(result.clients), contacts=_number(result.contacts)
                    ),
                    self.tr(
                        "Skipped: {duplicates} duplicates, {problems} rows with problems."
                    ).format(
                        duplicates=_number(result.duplicates), problems=_number(result.problems)
                    ),
                    self.tr("The import is recorded in the vault's audit log."),
                ]
            )
        )
        self.source_label.setText(
            self.tr(
                "The list is still in plaintext at {path}. Delete it, and its copies, once you "
                "no longer need it."
            ).format(path=str(result.source))
        )
        self.delete_button.show()
        self.result_error_label.hide()
        self._show_page(Page.RESULT)
        self.close_button.setFocus()

    def _import_failed(self, error: Exception) -> None:
        self._importing = False
        self.cancel_button.setEnabled(True)
        self.import_progress.hide()
        self.import_label.clear()
        self.summary_error_label.setText(self._message_for(error))
        self.summary_error_label.show()
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
        self.result_error_label.hide()
        self._update_buttons()
        self._session.run(lambda _vault: delete_source(path), self._deleted, self._delete_failed)

    def _deleted(self, note: str) -> None:
        self._deleting = False
        # The core's own words, translated where the catalogue has them.
        self.source_label.setText(QCoreApplication.translate("VaultMessages", note))
        self.delete_button.hide()
        self._update_buttons()

    def _delete_failed(self, error: Exception) -> None:
        self._deleting = False
        self.result_error_label.setText(self._message_for(error))
        self.result_error_label.show()
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
            self.path_label,
            self.file_info_label,
            self.summary_label,
            self.result_label,
            self.source_label,
        ):
            label.clear()
        self.skipped_view.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)


def _guessed_choice(guess: ColumnMap, index: int) -> int:
    roles = tuple(role for role in Role if index in guess.roles.get(role, ()))
    if roles in CHOICES:
        return CHOICES.index(roles)
    return CHOICES.index(roles[:1])


def _example(inspection: Inspection, index: int) -> str:
    """The column's first non-empty value in the sample, on one line."""
    for row in inspection.sample:
        if index < len(row.cells) and row.cells[index].strip():
            return " ".join(row.cells[index].split())
    return ""


def _skipped(result: ImportResult) -> str:
    """The rows the core listed as problems or duplicates, in file order."""
    rows = [(p.row, problem_text(p)) for p in result.problem_list]
    rows += [(d.row, duplicate_text(d)) for d in result.duplicate_list]
    lines = [text for _row, text in sorted(rows, key=lambda item: item[0])]
    more = result.problems + result.duplicates - len(lines)
    if more > 0:
        lines.append(
            QCoreApplication.translate("ImportWizard", "… and {count} more").format(
                count=_number(more)
            )
        )
    return "\n".join(lines)


def _number(count: int) -> str:
    return QLocale().toString(count)
