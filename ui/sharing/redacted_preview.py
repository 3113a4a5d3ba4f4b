"""The redacted-export preview: the kinds and operators as the user reads them, and the
original and redacted texts written side by side with every replacement highlighted
(a tooltip names the kind and the operator, never the value)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ui.clients.field_inputs import field_label
from ui.models.records import kind_name
from vault.domain.model import FIELD_LABELS
from vault.redaction.detectors import Kind
from vault.redaction.export import RedactedText, RedactionPreview
from vault.redaction.operators import GENERALISABLE, Operator

# Fixed colours with black text, so a highlight reads the same in light and dark themes.
REPLACED_COLOR = QColor("#fff3a0")  # the redacted side: what the bundle holds instead
FOUND_COLOR = QColor("#ffd6d6")  # the original side: what gets replaced
HIGHLIGHT_TEXT = QColor("#000000")


def value_kind_name(kind: Kind) -> str:
    """A kind of personal value as the user reads it."""
    names = {
        Kind.NAME: QCoreApplication.translate("RedactedExportDialog", "Name of a person"),
        Kind.ORGANIZATION: QCoreApplication.translate("RedactedExportDialog", "Organisation name"),
        Kind.EMAIL: QCoreApplication.translate("RedactedExportDialog", "E-mail address"),
        Kind.PHONE: QCoreApplication.translate("RedactedExportDialog", "Phone number"),
        Kind.ADDRESS: QCoreApplication.translate("RedactedExportDialog", "Address"),
        Kind.POSTAL_CODE: QCoreApplication.translate("RedactedExportDialog", "Postal code"),
        Kind.DATE: QCoreApplication.translate("RedactedExportDialog", "Date of birth"),
        Kind.MY_NUMBER: QCoreApplication.translate("RedactedExportDialog", "My Number"),
        Kind.CARD: QCoreApplication.translate("RedactedExportDialog", "Card number"),
        Kind.BANK_ACCOUNT: QCoreApplication.translate("RedactedExportDialog", "Bank account"),
        Kind.SPECIAL_CARE: QCoreApplication.translate(
            "RedactedExportDialog", "Special-care sentence (health, record, creed …)"
        ),
        Kind.TERM: QCoreApplication.translate("RedactedExportDialog", "Term you added"),
    }
    return names[kind]


def operator_name(operator: Operator, kind: Kind) -> str:
    if operator is Operator.GENERALISE:
        if kind is Kind.DATE:
            return QCoreApplication.translate("RedactedExportDialog", "Generalise (year and month)")
        return QCoreApplication.translate("RedactedExportDialog", "Generalise (prefecture only)")
    names = {
        Operator.REMOVE: QCoreApplication.translate(
            "RedactedExportDialog", "Remove (a label instead)"
        ),
        Operator.MASK: QCoreApplication.translate("RedactedExportDialog", "Mask (***)"),
        Operator.PSEUDONYM: QCoreApplication.translate(
            "RedactedExportDialog", "Pseudonym (the same for the same value)"
        ),
    }
    return names[operator]


def allowed_operators(kind: Kind) -> list[Operator]:
    """Only dates and addresses can be generalised, and a special-care sentence is only
    ever removed (`operators.choose` refuses others)."""
    if kind is Kind.SPECIAL_CARE:
        return [Operator.REMOVE]
    return [op for op in Operator if op is not Operator.GENERALISE or kind in GENERALISABLE]


def _highlight(color: QColor, tooltip: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    fmt.setForeground(HIGHLIGHT_TEXT)
    fmt.setToolTip(tooltip)
    return fmt


class _Writer:
    """Writes a preview into a text edit, one side (original or redacted) at a time."""

    def __init__(self, edit: QTextEdit, preview: RedactionPreview, *, redacted: bool) -> None:
        edit.clear()
        self._cursor = QTextCursor(edit.document())
        self._redacted = redacted
        self._operators = preview.operators
        self._plain = QTextCharFormat()
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)

    def line(self, label: str, value: RedactedText, *, bold: bool = False) -> None:
        self._cursor.insertText(label, self._bold if bold else self._plain)
        self.text(value)
        self._cursor.insertText("\n", self._plain)

    def field(self, key: RedactedText, value: RedactedText) -> None:
        self._cursor.insertText("    ", self._plain)
        if not key.replacements and key.original in FIELD_LABELS:
            self._cursor.insertText(field_label(key.original), self._plain)
        else:
            self.text(key)
        self._cursor.insertText(": ", self._plain)
        self.text(value)
        self._cursor.insertText("\n", self._plain)

    def text(self, value: RedactedText) -> None:
        """Unchanged stretches plain; each replacement (or what it replaces) highlighted."""
        source = value.text if self._redacted else value.original
        position = 0
        for r in value.replacements:
            start, end = (r.out_start, r.out_end) if self._redacted else (r.start, r.end)
            self._cursor.insertText(source[position:start], self._plain)
            self._cursor.insertText(source[start:end], self._format(r.kind))
            position = end
        self._cursor.insertText(source[position:], self._plain)

    def _format(self, kind: Kind) -> QTextCharFormat:
        name = value_kind_name(kind)
        if self._redacted:  # the kind and the operator; never the value replaced
            tip = QCoreApplication.translate("RedactedExportDialog", "{kind}: {operator}").format(
                kind=name, operator=operator_name(self._operators[kind], kind)
            )
            return _highlight(REPLACED_COLOR, tip)
        tip = QCoreApplication.translate(
            "RedactedExportDialog", "{kind}: replaced in the bundle"
        ).format(kind=name)
        return _highlight(FOUND_COLOR, tip)


def show_preview(edit: QTextEdit, preview: RedactionPreview, *, redacted: bool) -> None:
    """The client's name and notes, then each record's title and fields."""
    writer = _Writer(edit, preview, redacted=redacted)
    writer.line(
        QCoreApplication.translate("RedactedExportDialog", "Client: "),
        preview.client_name,
        bold=True,
    )
    if preview.client_notes.original.strip():
        writer.line(
            QCoreApplication.translate("RedactedExportDialog", "Notes: "), preview.client_notes
        )
    for number, record in enumerate(preview.records, 1):
        heading = QCoreApplication.translate("RedactedExportDialog", "{number}. {kind}: ").format(
            number=number, kind=kind_name(record.kind)
        )
        writer.line(heading, record.title, bold=True)
        for item in record.fields:
            writer.field(item.key, item.value)
    edit.moveCursor(QTextCursor.MoveOperation.Start)
