"""The leak gate's suspects in a redacted-export preview, decided one by one.

The core's second opinion (vault/redaction/gate.py) names each span of the redacted
text it cannot clear, with its reason and place. Here each is a checkable row: ticked,
it is kept (and named in the bundle's report.md and audit entry); "Redact" adds it to
the terms to redact instead. Export stays disabled while any suspect is undecided,
since the gate would refuse the bundle. The suspects are also underlined in the
redacted side of the preview.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.sharing.redacted_preview import value_kind_name
from vault.redaction.detectors import Kind
from vault.redaction.gate import KNOWN, PATTERN, PERSON_CONTEXT, PERSON_TAG, SPECIAL_CARE, Suspect

SUSPECT_COLOR = QColor("#b00020")
_TEXT_ROLE = Qt.ItemDataRole.UserRole


def reason_text(reason: str) -> str:
    """The core's reason for a suspect, in the user's language."""
    fixed = {
        PERSON_TAG: QCoreApplication.translate("SuspectsBox", "a person's name (dictionary)"),
        PERSON_CONTEXT: QCoreApplication.translate("SuspectsBox", "a person's name (context)"),
        SPECIAL_CARE: QCoreApplication.translate("SuspectsBox", "a special-care term"),
    }
    if reason in fixed:
        return fixed[reason]
    for template, text in (
        (KNOWN, QCoreApplication.translate("SuspectsBox", "a value the vault holds ({kind})")),
        (PATTERN, QCoreApplication.translate("SuspectsBox", "looks like: {kind}")),
    ):
        head, _, tail = template.partition("{kind}")
        if reason.startswith(head) and reason.endswith(tail):
            kind = reason[len(head) : len(reason) - len(tail)]
            name = value_kind_name(Kind(kind)) if kind in set(Kind) else kind
            return text.format(kind=name)
    return reason


class SuspectsBox(QGroupBox):
    """Suspect spans of the preview: tick to keep, or redact."""

    changed = Signal()  # a suspect was kept or un-kept
    redact_requested = Signal(str)  # the text of a suspect to add to the terms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Leak gate: spans to decide"), parent)
        self._kept: set[str] = set()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Suspect spans (tick to keep)"))
        self.list.itemChanged.connect(self._item_changed)
        self.redact_button = QPushButton(self.tr("&Redact selected"), self)
        self.redact_button.setAccessibleName(self.tr("Redact the selected suspect span"))
        self.redact_button.clicked.connect(self._redact_selected)
        self.redact_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.redact_button)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addWidget(self.list)
        column.addLayout(buttons)
        self.set_suspects([])

    def set_suspects(self, found: Iterable[Suspect]) -> None:
        """Show a new preview's suspects; a text kept before stays kept."""
        self.list.blockSignals(True)
        self.list.clear()
        for suspect in found:
            place = " / ".join(p for p in (suspect.record, suspect.field) if p)
            item = QListWidgetItem(f"「{suspect.text}」 — {reason_text(suspect.reason)} — {place}")
            item.setData(_TEXT_ROLE, suspect.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            kept = suspect.text in self._kept
            item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_state()

    def kept(self) -> list[str]:
        """The texts of the suspects ticked to keep, in order, each once."""
        return list(dict.fromkeys(t for t, checked in self._rows() if checked))

    def undecided(self) -> int:
        return sum(1 for _text, checked in self._rows() if not checked)

    def clear_choices(self) -> None:
        self._kept.clear()
        self.set_suspects([])

    def _rows(self) -> list[tuple[str, bool]]:
        rows = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            rows.append((str(item.data(_TEXT_ROLE)), item.checkState() == Qt.CheckState.Checked))
        return rows

    def _item_changed(self, item: QListWidgetItem) -> None:
        text = str(item.data(_TEXT_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._kept.add(text)
        else:
            self._kept.discard(text)
        self._show_state()
        self.changed.emit()

    def _redact_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.redact_requested.emit(str(item.data(_TEXT_ROLE)))

    def _show_state(self) -> None:
        count = self.list.count()
        self.setVisible(count > 0)
        self.redact_button.setEnabled(count > 0)
        self.hint.setText(
            self.tr(
                "The leak gate doubts {count} span(s) of the redacted text. Tick each one that "
                "is harmless to keep it (it is named in the bundle's report), or redact it. "
                "Undecided: {undecided}."
            ).format(count=count, undecided=self.undecided())
        )


def underline_suspects(edit: QTextEdit, texts: Iterable[str]) -> None:
    """Each suspect text in the redacted side of the preview, underlined in red."""
    document = edit.document()
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(SUSPECT_COLOR)
    fmt.setToolTip(QCoreApplication.translate("SuspectsBox", "The leak gate doubts this span"))
    for text in texts:
        cursor = QTextCursor(document)
        while True:
            cursor = document.find(text, cursor, QTextDocument.FindFlag.FindCaseSensitively)
            if cursor.isNull():
                break
            cursor.mergeCharFormat(fmt)
