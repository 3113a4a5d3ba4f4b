"""One field of a record in the editor: the right input for its type, with a copy button.

Also the translated names of the fields each kind has and of the field types,
shared by the editor's form and its custom fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ui.clients.secret_field import Copy, SecretField
from vault.domain.model import (
    MAX_VALUE_CHARS,
    Field,
    FieldType,
)


def field_label(key: str) -> str:
    """The label a user sees for one of the model's field keys (unknown keys as they are)."""
    labels = {
        "name": QCoreApplication.translate("RecordEditor", "Name"),
        "furigana": QCoreApplication.translate("RecordEditor", "Furigana"),
        "email": QCoreApplication.translate("RecordEditor", "E-mail"),
        "phone": QCoreApplication.translate("RecordEditor", "Phone"),
        "postal_code": QCoreApplication.translate("RecordEditor", "Postal code"),
        "address": QCoreApplication.translate("RecordEditor", "Address"),
        "organization": QCoreApplication.translate("RecordEditor", "Organization"),
        "role": QCoreApplication.translate("RecordEditor", "Role"),
        "body": QCoreApplication.translate("RecordEditor", "Body"),
        "username": QCoreApplication.translate("RecordEditor", "User name"),
        "password": QCoreApplication.translate("RecordEditor", "Password"),
        "url": QCoreApplication.translate("RecordEditor", "Web address"),
        "notes": QCoreApplication.translate("RecordEditor", "Notes"),
    }
    return labels.get(key, key)


def type_label(field_type: FieldType) -> str:
    labels = {
        FieldType.TEXT: QCoreApplication.translate("RecordEditor", "Text"),
        FieldType.MULTILINE: QCoreApplication.translate("RecordEditor", "Several lines"),
        FieldType.DATE: QCoreApplication.translate("RecordEditor", "Date"),
        FieldType.NUMBER: QCoreApplication.translate("RecordEditor", "Number"),
        FieldType.EMAIL: QCoreApplication.translate("RecordEditor", "E-mail"),
        FieldType.PHONE: QCoreApplication.translate("RecordEditor", "Phone"),
        FieldType.URL: QCoreApplication.translate("RecordEditor", "Web address"),
        FieldType.SECRET: QCoreApplication.translate("RecordEditor", "Secret (hidden)"),
    }
    return labels[field_type]


def _placeholder(field_type: FieldType) -> str:
    examples = {
        FieldType.DATE: QCoreApplication.translate(
            "RecordEditor", "e.g. 2025-04-01 or 2025年4月1日"
        ),
        FieldType.NUMBER: QCoreApplication.translate("RecordEditor", "e.g. 12,500"),
        FieldType.EMAIL: QCoreApplication.translate("RecordEditor", "e.g. tanaka@example.jp"),
        FieldType.PHONE: QCoreApplication.translate(
            "RecordEditor", "e.g. 03-1234-5678 or +81 3-1234-5678"
        ),
        FieldType.URL: QCoreApplication.translate("RecordEditor", "e.g. https://example.jp/login"),
    }
    return examples.get(field_type, "")


class FieldInput(QWidget):
    """One value: the editor that suits its type, plus a Copy button."""

    changed = Signal()

    def __init__(
        self, field_type: FieldType, copy: Copy, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field_type = field_type
        self._copy = copy
        self.copy_button: QPushButton | None = None
        self._extra_buttons: list[QPushButton] = []
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor: QLineEdit | QPlainTextEdit | SecretField
        if field_type is FieldType.SECRET:
            secret = SecretField(copy, self, label=label)
            secret.textChanged.connect(self.changed)
            self.editor = secret
            layout.addWidget(secret, 1)
        else:
            if field_type is FieldType.MULTILINE:
                text_edit = QPlainTextEdit(self)
                text_edit.setTabChangesFocus(True)
                text_edit.textChanged.connect(self.changed)
                self.editor = text_edit
            else:
                line_edit = QLineEdit(self)
                line_edit.setMaxLength(MAX_VALUE_CHARS)  # Qt's default 32767 would cut silently
                line_edit.setPlaceholderText(_placeholder(field_type))
                line_edit.textChanged.connect(self.changed)
                self.editor = line_edit
            layout.addWidget(self.editor, 1)
            self.copy_button = QPushButton(self.tr("Copy"), self)
            self.copy_button.setAutoDefault(False)
            self.copy_button.clicked.connect(self._copy_value)
            layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self.editor)
        self.set_label(label)

    def set_label(self, label: str) -> None:
        if isinstance(self.editor, SecretField):
            self.editor.set_label(label)
            return
        self.editor.setAccessibleName(label)
        if self.copy_button is not None:
            self.copy_button.setAccessibleName(self.tr("Copy {label}").format(label=label))
            self.copy_button.setToolTip(
                self.tr("Copy {label}; the clipboard is cleared after a while.").format(label=label)
            )

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def add_button(self, button: QPushButton) -> None:
        """One more action on this value (e.g. generate a password), last in Tab order."""
        button.setAutoDefault(False)
        self._extra_buttons.append(button)
        self._layout.addWidget(button)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        chain: list[QWidget]
        if isinstance(self.editor, SecretField):
            chain = [self.editor.line_edit, self.editor.show_button, self.editor.copy_button]
        else:
            chain = [self.editor]
            if self.copy_button is not None:
                chain.append(self.copy_button)
        return [*chain, *self._extra_buttons]

    def _copy_value(self) -> None:
        if self.text():
            self._copy(self.text())


class CustomFieldRow(QWidget):
    """A field the user named: name, type and value, removable."""

    changed = Signal()
    chain_changed = Signal()  # the value editor was replaced (type changed): redo tab order
    remove_requested = Signal(QWidget)

    def __init__(self, copy: Copy, item: Field | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._copy = copy
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_VALUE_CHARS)  # too long a name gets the vault's message
        self.name_edit.setAccessibleName(self.tr("Field name"))
        self.name_edit.setPlaceholderText(self.tr("Field name"))
        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Field type"))
        for field_type in FieldType:
            self.type_combo.addItem(type_label(field_type), field_type.value)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.name_edit, 1)
        self._layout.addWidget(self.type_combo)
        field_type = item.type if item is not None else FieldType.TEXT
        self.type_combo.setCurrentIndex(self.type_combo.findData(field_type.value))
        self.value = self._new_value(field_type)
        self._layout.addWidget(self.value, 2)
        self._layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        if item is not None:
            self.name_edit.setText(item.key)
            self.value.set_text(item.value)
        self._relabel()

        self.name_edit.textChanged.connect(self._relabel)
        self.name_edit.textChanged.connect(self.changed)
        self.type_combo.currentIndexChanged.connect(self._retype)

    def field_type(self) -> FieldType:
        return FieldType(self.type_combo.currentData())

    def field(self) -> Field:
        return Field(self.name_edit.text(), self.value.text(), self.field_type())

    def is_blank(self) -> bool:
        return not self.name_edit.text().strip() and not self.value.text()

    def focus_chain(self) -> list[QWidget]:
        return [self.name_edit, self.type_combo, *self.value.focus_chain(), self.remove_button]

    def _new_value(self, field_type: FieldType) -> FieldInput:
        value = FieldInput(field_type, self._copy, self._value_label(), self)
        value.changed.connect(self.changed)
        return value

    def _value_label(self) -> str:
        name = self.name_edit.text().strip()
        return name or self.tr("Value")

    def _relabel(self) -> None:
        name = self.name_edit.text().strip() or self.tr("new field")
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=name))
        self.value.set_label(self._value_label())

    def _retype(self) -> None:
        """Swap the value editor for one that suits the new type, keeping what was typed."""
        text = self.value.text()
        old = self.value
        self.value = self._new_value(self.field_type())
        self.value.set_text(text)
        self._layout.replaceWidget(old, self.value)
        self.value.show()
        old.hide()
        old.deleteLater()
        self.chain_changed.emit()
        self.changed.emit()
