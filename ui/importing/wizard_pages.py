"""The import wizard's four pages, built here and driven by ImportWizard.

Their texts are in the wizard's translation context ("ImportWizard").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.importing.models import ImportPreviewModel, duplicate_text, problem_text, role_name
from vault.importing.importer import ImportResult, Inspection
from vault.importing.mapping import ColumnMap, Role

# What a column's combo offers: the roles it gives the column (none: ignored). A
# list of people only has a person's name, which is then the client's and the
# contact's name at once (the core's guess does that too).
CHOICES: tuple[tuple[Role, ...], ...] = (
    (),
    (Role.CLIENT_NAME,),
    (Role.CONTACT_NAME,),
    (Role.CLIENT_NAME, Role.CONTACT_NAME),
    (Role.FURIGANA,),
    (Role.CLIENT_FURIGANA,),
    (Role.FURIGANA, Role.CLIENT_FURIGANA),
    (Role.EMAIL,),
    (Role.PHONE,),
    (Role.POSTAL_CODE,),
    (Role.ADDRESS,),
    (Role.NOTES,),
    (Role.CONTRACT_START,),
    (Role.CONTRACT_END,),
    (Role.RETENTION,),
)


def choice_name(roles: tuple[Role, ...]) -> str:
    if not roles:
        return QCoreApplication.translate("ImportWizard", "Ignore")
    if roles == (Role.CLIENT_NAME, Role.CONTACT_NAME):
        return QCoreApplication.translate("ImportWizard", "Client name and contact name")
    if roles == (Role.FURIGANA, Role.CLIENT_FURIGANA):
        return QCoreApplication.translate("ImportWizard", "Furigana of the client and contact")
    return role_name(roles[0])


def plain_label(parent: QWidget, name: str) -> QLabel:
    """A wrapped plain-text label with an accessible name (file contents are never markup)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def error_label(parent: QWidget) -> QLabel:
    label = plain_label(parent, QCoreApplication.translate("ImportWizard", "Problem"))
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


class ChoosePage(QWidget):
    """Page 1: the file (and a workbook's sheet)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        intro = plain_label(self, QCoreApplication.translate("ImportWizard", "About importing"))
        intro.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "Import the client list you already keep: a CSV file (UTF-8, UTF-8 with BOM or "
                "Shift_JIS, as Excel saves it) or an Excel workbook (.xlsx). Each row becomes a "
                "client; nothing is added until you have seen the summary.",
            )
        )
        self.choose_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "&Choose a file…"), self
        )
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Choose the file to import")
        )
        self.choose_button.setAutoDefault(False)
        self.path_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "File to import")
        )
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.path_label, 1)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Sheet to import")
        )
        self.sheet_label = QLabel(QCoreApplication.translate("ImportWizard", "&Sheet:"), self)
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        self.file_info_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "What the file holds")
        )
        self.open_progress = QProgressBar(self)
        self.open_progress.setRange(0, 0)
        self.open_progress.setTextVisible(False)
        self.open_progress.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Reading the file")
        )
        self.choose_error_label = error_label(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(file_row)
        column.addLayout(sheet_row)
        column.addWidget(self.file_info_label)
        column.addWidget(self.open_progress)
        column.addWidget(self.choose_error_label)
        column.addStretch(1)
        self.open_progress.hide()


class MappingPage(QWidget):
    """Page 2: one choice per column, and the first rows as they will be imported."""

    def __init__(
        self, proxy: QSortFilterProxyModel, model: ImportPreviewModel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        intro = plain_label(self, QCoreApplication.translate("ImportWizard", "About the columns"))
        intro.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "Say what each column holds. The choices were guessed from the column "
                "headers; check each one. The preview shows the first rows as they will be "
                "imported.",
            )
        )
        self.combos: list[QComboBox] = []
        self.columns_area = QScrollArea(self)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setAccessibleName(QCoreApplication.translate("ImportWizard", "Columns"))
        self.mapping_hint_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "Hint")
        )
        self.table = make_table(
            proxy,
            model,
            ImportPreviewModel.Column.NOTES,
            {ImportPreviewModel.Column.ROW: "count", ImportPreviewModel.Column.STATUS: "word"},
            self,
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Preview of the first rows")
        )
        self.check_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "Checking the file")
        )
        self.check_progress = QProgressBar(self)
        self.check_progress.setRange(0, 0)
        self.check_progress.setTextVisible(False)
        self.check_progress.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Checking the file")
        )
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label, 1)
        check_row.addWidget(self.check_progress)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(self.columns_area, 2)
        column.addWidget(self.mapping_hint_label)
        column.addWidget(self.table, 3)
        column.addLayout(check_row)

    def show_columns(self, inspection: Inspection | None, changed: Callable[[], None]) -> None:
        """One combo per column, set to the core's guess; an example value beside it."""
        holder = QWidget()
        grid = QGridLayout(holder)
        self.combos = []
        if inspection is not None:
            for index, header in enumerate(inspection.headers):
                self.combos.append(
                    self._add_column(grid, holder, inspection, index, header, changed)
                )
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.combos), 1)
        self.columns_area.setWidget(holder)  # the old holder and its combos are deleted

    def _add_column(
        self,
        grid: QGridLayout,
        holder: QWidget,
        inspection: Inspection,
        index: int,
        header: str,
        changed: Callable[[], None],
    ) -> QComboBox:
        number = index + 1
        label = QLabel(
            QCoreApplication.translate("ImportWizard", "{number}. {header}").format(
                number=number,
                header=header or QCoreApplication.translate("ImportWizard", "(no header)"),
            ),
            holder,
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        combo = QComboBox(holder)
        combo.addItems([choice_name(roles) for roles in CHOICES])
        combo.setCurrentIndex(guessed_choice(inspection.guess, index))
        combo.setAccessibleName(
            QCoreApplication.translate(
                "ImportWizard", "What column {number} ({header}) holds"
            ).format(
                number=number,
                header=header or QCoreApplication.translate("ImportWizard", "no header"),
            )
        )
        combo.currentIndexChanged.connect(changed)
        label.setBuddy(combo)
        example = plain_label(
            holder,
            QCoreApplication.translate("ImportWizard", "Example from column {number}").format(
                number=number
            ),
        )
        example.setText(column_example(inspection, index))
        grid.addWidget(label, index, 0)
        grid.addWidget(combo, index, 1)
        grid.addWidget(example, index, 2)
        return combo


class SummaryPage(QWidget):
    """Page 3: the dry run's summary, then the import's progress."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.summary_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "Summary")
        )
        self.skipped_label, self.skipped_view = _read_only_list(
            self,
            QCoreApplication.translate(
                "ImportWizard", "&Rows not imported, and values left out to fix afterwards:"
            ),
            QCoreApplication.translate("ImportWizard", "Rows not imported, and values left out"),
        )
        self.import_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "Import progress")
        )
        self.import_progress = QProgressBar(self)
        self.import_progress.setRange(0, 0)  # the row count is known only at the end
        self.import_progress.setTextVisible(False)
        self.import_progress.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Import progress")
        )
        self.summary_error_label = error_label(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary_label)
        column.addWidget(self.skipped_label)
        column.addWidget(self.skipped_view, 1)
        column.addWidget(self.import_label)
        column.addWidget(self.import_progress)
        column.addWidget(self.summary_error_label)


class ResultPage(QWidget):
    """Page 4: what was added, and the offer to delete the source file."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.result_label = plain_label(self, QCoreApplication.translate("ImportWizard", "Result"))
        self.source_label = plain_label(
            self, QCoreApplication.translate("ImportWizard", "The source file")
        )
        self.delete_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "&Delete the source file…"), self
        )
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Delete the source file")
        )
        self.delete_button.setAutoDefault(False)
        self.to_fix_label, self.to_fix_view = _read_only_list(
            self,
            QCoreApplication.translate(
                "ImportWizard", "&Values left out (the clients were added without them):"
            ),
            QCoreApplication.translate("ImportWizard", "Values left out, to fix"),
        )
        self.result_error_label = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.result_label)
        column.addWidget(self.to_fix_label)
        column.addWidget(self.to_fix_view, 1)
        column.addWidget(self.source_label)
        column.addLayout(row)
        column.addWidget(self.result_error_label)
        column.addStretch(1)


def guessed_choice(guess: ColumnMap, index: int) -> int:
    roles = tuple(role for role in Role if index in guess.roles.get(role, ()))
    if roles in CHOICES:
        return CHOICES.index(roles)
    return CHOICES.index(roles[:1])


def column_example(inspection: Inspection, index: int) -> str:
    """The column's first non-empty value in the sample, on one line."""
    for row in inspection.sample:
        if index < len(row.cells) and row.cells[index].strip():
            return " ".join(row.cells[index].split())
    return ""


def skipped_text(result: ImportResult) -> str:
    """The rows the core listed as problems or duplicates, and the values it left out, in
    file order."""
    rows = [(p.row, problem_text(p)) for p in result.problem_list]
    rows += [(d.row, duplicate_text(d)) for d in result.duplicate_list]
    lines = [text for _row, text in sorted(rows, key=lambda item: item[0])]
    listed = {row for row, _text in rows}
    more = result.problems + result.incomplete + result.duplicates - len(listed)
    if more > 0:
        lines.append(
            QCoreApplication.translate("ImportWizard", "… and {count} more").format(
                count=number_text(more)
            )
        )
    return "\n".join(lines)


def to_fix_text(result: ImportResult) -> str:
    """The values an import left out of the clients it added, for fixing afterwards."""
    lines = [problem_text(p) for p in result.problem_list if p.imported]
    more = result.incomplete - len({p.row for p in result.problem_list if p.imported})
    if more > 0:
        lines.append(
            QCoreApplication.translate("ImportWizard", "… and {count} more rows").format(
                count=number_text(more)
            )
        )
    return "\n".join(lines)


def summary_text(result: ImportResult) -> str:
    """What the import will do, from its dry run."""
    lines = [
        QCoreApplication.translate(
            "ImportWizard", "The import will add {clients} clients and {contacts} contacts."
        ).format(clients=number_text(result.clients), contacts=number_text(result.contacts)),
        QCoreApplication.translate("ImportWizard", "Duplicates skipped: {count}").format(
            count=number_text(result.duplicates)
        ),
        QCoreApplication.translate(
            "ImportWizard", "Rows with problems (not imported): {count}"
        ).format(count=number_text(result.problems)),
        QCoreApplication.translate(
            "ImportWizard", "Clients added without a value that is not valid: {count}"
        ).format(count=number_text(result.incomplete)),
        QCoreApplication.translate(
            "ImportWizard", "Cells beginning with = + - @ kept as text, never run: {count}"
        ).format(count=number_text(result.formulas)),
        QCoreApplication.translate(
            "ImportWizard", "Rows read: {rows}. Everything is added in one step, or nothing is."
        ).format(rows=number_text(result.rows)),
    ]
    return "\n".join(lines)


def result_text(result: ImportResult) -> str:
    """What the import did."""
    lines = [
        QCoreApplication.translate(
            "ImportWizard", "Added {clients} clients and {contacts} contacts."
        ).format(clients=number_text(result.clients), contacts=number_text(result.contacts)),
        QCoreApplication.translate(
            "ImportWizard", "Skipped: {duplicates} duplicates, {problems} rows with problems."
        ).format(duplicates=number_text(result.duplicates), problems=number_text(result.problems)),
    ]
    if result.incomplete:
        lines.append(
            QCoreApplication.translate(
                "ImportWizard", "Added without a value that is not valid: {count} clients."
            ).format(count=number_text(result.incomplete))
        )
    lines.append(
        QCoreApplication.translate(
            "ImportWizard", "The import is recorded in the vault's audit log."
        )
    )
    return "\n".join(lines)


def number_text(count: int) -> str:
    return QLocale().toString(count)


def _read_only_list(parent: QWidget, label: str, name: str) -> tuple[QLabel, QPlainTextEdit]:
    """A read-only list of lines (rows skipped, values left out) under its wrapped label."""
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setAccessibleName(name)
    title = QLabel(label, parent)
    title.setWordWrap(True)
    title.setBuddy(view)
    return title, view
