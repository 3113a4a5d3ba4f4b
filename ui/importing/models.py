"""The import wizard's preview: the first rows of a dry run, as they will be imported.

Rows come from the core's dry run (`ImportResult.preview`): each role's value as
it will be stored, the row's problems and whether it is a duplicate. A row with a
bad value other than its client name is added without that value. A problem
is marked with a warning icon on the status and on the cell it concerns, its
message (the core's, translated) in the tooltip; a duplicate says of what. A line
break inside a value shows as ↵, so each row stays one line high. The model keeps
only what the table shows and empties on `clear()` (on lock).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ui.core_messages import core_message
from ui.models import header_data, sort_text
from ui.models.table import RowTableModel
from vault.importing.importer import Duplicate, ImportResult, PreviewRow, Problem
from vault.importing.mapping import Role as ImportRole


def role_name(role: ImportRole) -> str:
    """A column role as the user reads it (combos, table headers, problem lists)."""
    names = {
        ImportRole.CLIENT_NAME: QCoreApplication.translate("ImportRole", "Client name"),
        ImportRole.CONTACT_NAME: QCoreApplication.translate("ImportRole", "Contact name"),
        ImportRole.FURIGANA: QCoreApplication.translate("ImportRole", "Furigana"),
        ImportRole.EMAIL: QCoreApplication.translate("ImportRole", "E-mail"),
        ImportRole.PHONE: QCoreApplication.translate("ImportRole", "Phone"),
        ImportRole.POSTAL_CODE: QCoreApplication.translate("ImportRole", "Postal code"),
        ImportRole.ADDRESS: QCoreApplication.translate("ImportRole", "Address"),
        ImportRole.NOTES: QCoreApplication.translate("ImportRole", "Notes"),
        ImportRole.CLIENT_FURIGANA: QCoreApplication.translate(
            "ImportRole", "Client name's furigana"
        ),
        ImportRole.CONTRACT_START: QCoreApplication.translate("ImportRole", "Contract start"),
        ImportRole.CONTRACT_END: QCoreApplication.translate("ImportRole", "Contract end"),
        ImportRole.RETENTION: QCoreApplication.translate("ImportRole", "Retention"),
    }
    return names[role]


def problem_text(problem: Problem) -> str:
    """One problem as a line: which value, and the core's message about it."""
    column = (
        QCoreApplication.translate("ImportPreviewModel", "the row")
        if problem.role is None
        else role_name(problem.role)
    )
    if problem.imported:
        return QCoreApplication.translate(
            "ImportPreviewModel", "Row {row}, {column}: {problem} Imported without it."
        ).format(row=problem.row, column=column, problem=core_message(problem.error))
    return QCoreApplication.translate(
        "ImportPreviewModel", "Row {row}, {column}: {problem}"
    ).format(row=problem.row, column=column, problem=core_message(problem.error))


def duplicate_text(duplicate: Duplicate) -> str:
    if duplicate.of_row is not None:
        return QCoreApplication.translate(
            "ImportPreviewModel", "Row {row}: the same client as row {of_row}"
        ).format(row=duplicate.row, of_row=duplicate.of_row)
    return QCoreApplication.translate(
        "ImportPreviewModel", "Row {row}: this client is already in the vault"
    ).format(row=duplicate.row)


class Status(IntEnum):
    """What happens to a row; the order is the status column's sort order."""

    ADDED = 0
    DUPLICATE = 1
    PROBLEM = 2
    INCOMPLETE = 3  # added without a value that did not validate


# The table's value columns, in Column order after ROW and STATUS.
VALUE_ROLES = tuple(ImportRole)


@dataclass(frozen=True)
class _Row:
    number: int
    status: Status
    status_tip: str
    values: tuple[str, ...]  # by VALUE_ROLES, as stored (line breaks kept)
    cell_problems: dict[ImportRole, str]  # what is wrong with a role's value
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column


def _status_text(status: Status) -> str:
    texts = {
        Status.ADDED: QCoreApplication.translate("ImportPreviewModel", "Will be added"),
        Status.DUPLICATE: QCoreApplication.translate("ImportPreviewModel", "Duplicate, skipped"),
        Status.PROBLEM: QCoreApplication.translate("ImportPreviewModel", "Problem, skipped"),
        Status.INCOMPLETE: QCoreApplication.translate(
            "ImportPreviewModel", "Added without a value"
        ),
    }
    return texts[status]


def _row(preview: PreviewRow, duplicates: dict[int, Duplicate]) -> _Row:
    if preview.problems and not preview.duplicate:
        imported = all(p.imported for p in preview.problems)
        status = Status.INCOMPLETE if imported else Status.PROBLEM
        tip = "\n".join(problem_text(p) for p in preview.problems)
    elif preview.duplicate:
        status = Status.DUPLICATE
        found = duplicates.get(preview.row)
        tip = (
            QCoreApplication.translate("ImportPreviewModel", "A duplicate; it is not imported.")
            if found is None
            else duplicate_text(found)
        )
    else:
        status = Status.ADDED
        tip = ""
    cell_problems = {
        p.role: core_message(p.error) for p in reversed(preview.problems) if p.role is not None
    }
    values = tuple(preview.values.get(role, "") for role in VALUE_ROLES)
    return _Row(
        preview.row,
        status,
        tip,
        values,
        cell_problems,
        display=(preview.row, _status_text(status), *(v.replace("\n", " ↵ ") for v in values)),
        sort_keys=(
            preview.row,
            (status, preview.row),
            *((sort_text(v), preview.row) for v in values),
        ),
    )


class ImportPreviewModel(RowTableModel[_Row]):
    """The first rows of the file as the dry run sorted them; read-only."""

    class Column(IntEnum):
        ROW = 0  # the row number as the spreadsheet counts it
        STATUS = 1
        CLIENT_NAME = 2
        CONTACT_NAME = 3
        FURIGANA = 4
        EMAIL = 5
        PHONE = 6
        POSTAL_CODE = 7
        ADDRESS = 8
        NOTES = 9
        CLIENT_FURIGANA = 10
        CONTRACT_START = 11
        CONTRACT_END = 12
        RETENTION = 13

    class Role(IntEnum):
        RowNumberRole = Qt.ItemDataRole.UserRole + 1
        StatusRole = Qt.ItemDataRole.UserRole + 2  # a Status value
        ProblemRole = Qt.ItemDataRole.UserRole + 3  # the cell's (or, on STATUS, the row's) problem
        SortRole = Qt.ItemDataRole.UserRole + 4

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.ROW

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        style = QApplication.style()
        self._icons = {
            Status.PROBLEM: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Status.DUPLICATE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            Status.INCOMPLETE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }

    def set_result(self, result: ImportResult) -> None:
        """Show a dry run's preview rows (duplicates say of what, where the core listed it)."""
        duplicates = {d.row: d for d in result.duplicate_list}
        self._show([_row(p, duplicates) for p in result.preview])

    def _problem(self, row: _Row, column: int) -> str:
        if column == self.Column.STATUS:
            return row.status_tip if row.status in (Status.PROBLEM, Status.INCOMPLETE) else ""
        if column >= self.Column.CLIENT_NAME:
            return row.cell_problems.get(VALUE_ROLES[column - self.Column.CLIENT_NAME], "")
        return ""

    def _icon(self, row: _Row, column: int) -> QIcon | None:
        if column == self.Column.STATUS:
            return self._icons.get(row.status)
        return self._icons[Status.PROBLEM] if self._problem(row, column) else None

    def _tooltip(self, row: _Row, column: int) -> str | None:
        """The whole value (line breaks and all) and what is wrong with it."""
        if column == self.Column.STATUS:
            return row.status_tip or None
        if column < self.Column.CLIENT_NAME:
            return None
        parts = (row.values[column - self.Column.CLIENT_NAME], self._problem(row, column))
        return "\n".join(p for p in parts if p) or None

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        by_role: dict[int, object] = {
            self.Role.RowNumberRole: row.number,
            self.Role.StatusRole: int(row.status),
        }
        if role in by_role:
            return by_role[role]
        if role == self.Role.ProblemRole:
            return self._problem(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        titles = (self.tr("Row"), self.tr("Status"), *(role_name(r) for r in VALUE_ROLES))
        return header_data(titles, section, orientation, role)
