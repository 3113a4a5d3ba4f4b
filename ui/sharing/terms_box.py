"""Extra terms to redact in a redacted bundle: typed one by one, checked by the core at
once (too short, or part of every bundle's wording, is refused with the core's reason),
kept once each, removable. The redacted-export dialog asks for a new preview on `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from vault.errors import BadInput
from vault.redaction.export import check_terms


class TermsBox(QGroupBox):
    """The terms as typed (the core folds them), in the order added."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Also redact these terms"), parent)
        self._terms: list[str] = []
        self.model = QStringListModel(self)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Term to redact"))
        self.edit.setPlaceholderText(self.tr("A project name, a place, a nickname…"))
        self.edit.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("A&dd"), self)
        self.add_button.setAccessibleName(self.tr("Add the term"))
        self.add_button.clicked.connect(self.add_typed)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Terms to redact"))
        self.view.setMaximumHeight(96)
        self.remove_button = QPushButton(self.tr("&Remove term"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected term"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with the term"))
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the field adds the term, nothing else
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.error_label)
        column.addWidget(self.view)
        column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def terms(self) -> tuple[str, ...]:
        return tuple(self._terms)

    def add(self, text: str) -> None:
        """Add `text` as if typed (a suspect the user wants redacted comes this way)."""
        self.edit.setText(text)
        self.add_typed()

    def add_typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        try:
            folded = check_terms([text])[0]
            known = check_terms(self._terms)
        except BadInput as exc:
            self.error_label.setText(core_message(exc))
            self.error_label.show()
            return
        self.error_label.clear()
        self.error_label.hide()
        self.edit.clear()
        if folded in known:
            return
        self._terms.append(text)
        self.model.setStringList(self._terms)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectedIndexes()}, reverse=True)
        if not rows:
            return
        for row in rows:
            del self._terms[row]
        self.model.setStringList(self._terms)
        self.changed.emit()

    def clear(self) -> None:
        """Forget every term and what is typed (a lock)."""
        self._terms = []
        self.model.setStringList([])
        self.edit.clear()
        self.error_label.clear()
        self.error_label.hide()
