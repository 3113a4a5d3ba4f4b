"""A date field that takes what people type: 2025/3/31, 2025-03-31, R7.3.31, 令和7年3月31日.

Qt's QDateEdit only takes digits into its fixed sections, so an era date or a
slash typed from habit is lost. This field reads the text with the core's
`read_date` and keeps QDateEdit's calls (`date`, `setDate`, `dateChanged`), plus
a calendar to pick from.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QStyle,
    QWidget,
    QWidgetAction,
)

from vault.domain.dates import read_date

DISPLAY_FORMAT = "yyyy-MM-dd"  # unambiguous in both languages


class DateEdit(QLineEdit):
    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so callers need not change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._minimum = QDate(1, 1, 1)
        self._maximum = QDate(9999, 12, 31)
        self.setPlaceholderText(self.tr("e.g. 2025-03-31, 2025/3/31, R7.3.31"))
        self.setText(self._date.toString(DISPLAY_FORMAT))
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self._tidy)
        self._calendar = QCalendarWidget()
        self._calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self._calendar)
        menu.addAction(holder)
        self._menu = menu
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        pick = QAction(icon, self.tr("Choose from a calendar"), self)
        pick.triggered.connect(self._show_calendar)
        self.addAction(pick, QLineEdit.ActionPosition.TrailingPosition)

    # -- QDateEdit's calls -----------------------------------------------------

    def date(self) -> QDate:
        """The date typed; an invalid QDate while the text names none (see `is_valid`)."""
        return self._date if self.is_valid() else QDate()

    def setDate(self, day: QDate) -> None:  # noqa: N802
        self.setText(day.toString(DISPLAY_FORMAT))

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:  # noqa: N802
        self._minimum, self._maximum = minimum, maximum
        self._calendar.setDateRange(minimum, maximum)
        self._typed(self.text())

    def displayFormat(self) -> str:  # noqa: N802
        return DISPLAY_FORMAT

    # -- typing and picking ----------------------------------------------------

    def is_valid(self) -> bool:
        return self._parse(self.text()) is not None

    def _parse(self, text: str) -> QDate | None:
        try:
            day = read_date(text)
        except ValueError:
            return None
        shown = QDate(day.year, day.month, day.day)
        return shown if self._minimum <= shown <= self._maximum else None

    def _typed(self, text: str) -> None:
        parsed = self._parse(text)
        self.setProperty("invalid", parsed is None)
        self.setToolTip(
            ""
            if parsed is not None
            else self.tr("Not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.")
        )
        if parsed is not None and parsed != self._date:
            self._date = parsed
            self.dateChanged.emit(parsed)

    def _tidy(self) -> None:
        """Show what was understood, in one unambiguous form, once typing is done."""
        if self.is_valid():
            self.setText(self._date.toString(DISPLAY_FORMAT))

    def _show_calendar(self) -> None:
        self._calendar.setSelectedDate(self._date)
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, day: QDate) -> None:
        self._menu.hide()
        self.setDate(day)
