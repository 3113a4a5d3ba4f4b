"""Make a random password for a credential record (the core's generator, `secrets` inside).

The candidate is shown in full so the user can judge it; it goes into the
editor's password field only when they choose "Use password", and from there
only through the editor's own save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.clients.field_inputs import FieldInput
from ui.core_messages import core_message
from ui.widgets.text_fit import keep_text_visible
from vault.domain.password_generator import (
    DEFAULT_LENGTH,
    MAX_LENGTH,
    MIN_LENGTH,
    PasswordOptions,
    entropy_bits,
    generate,
)
from vault.errors import BadInput


class PasswordGeneratorDialog(QDialog):
    """Length, character sets, Japanese-keyboard-safe; a fresh candidate at each change."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_text_visible(self)
        self.setWindowTitle(self.tr("Generate a password"))
        self._build()
        self.regenerate()

    def _build(self) -> None:
        self.password_edit = QLineEdit(self)
        self.password_edit.setReadOnly(True)
        self.password_edit.setAccessibleName(self.tr("Generated password"))
        self.password_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.again_button = QPushButton(self.tr("&New"), self)
        self.again_button.setAccessibleName(self.tr("Generate another"))
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.regenerate)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.again_button)

        self.strength_label = QLabel(self)
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(self.tr("Strength"))

        self.length_spin = QSpinBox(self)
        self.length_spin.setRange(MIN_LENGTH, MAX_LENGTH)
        self.length_spin.setValue(DEFAULT_LENGTH)
        self.length_spin.setAccessibleName(self.tr("Length"))
        self.length_spin.valueChanged.connect(self.regenerate)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            self.tr("&Use password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.use_button.clicked.connect(self._use)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.strength_label)
        layout.addLayout(self._build_options())
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _build_options(self) -> QVBoxLayout:
        form = QFormLayout()
        length_label = QLabel(self.tr("&Length:"), self)
        length_label.setBuddy(self.length_spin)
        form.addRow(length_label, self.length_spin)

        self.lowercase_box = self._box(self.tr("Lowercase letters (a–z)"))
        self.uppercase_box = self._box(self.tr("Capital letters (A–Z)"))
        self.digits_box = self._box(self.tr("Digits (0–9)"))
        self.symbols_box = self._box(self.tr("Symbols"))
        self.japanese_box = self._box(self.tr("Safe for Japanese and US keyboards"))
        self.japanese_box.setToolTip(
            self.tr(
                "Leaves out symbols that sit on different keys on Japanese (JIS) and US "
                "keyboards, the ¥/\\ key, and the look-alikes 0 O 1 l I. Symbols kept: "
                "! # $ % , - . / ; < > ?"
            )
        )
        self.japanese_hint = QLabel(self.japanese_box.toolTip(), self)
        self.japanese_hint.setWordWrap(True)
        options = QVBoxLayout()
        options.addLayout(form)
        for box in (self.lowercase_box, self.uppercase_box, self.digits_box, self.symbols_box):
            options.addWidget(box)
        options.addWidget(self.japanese_box)
        options.addWidget(self.japanese_hint)
        return options

    def _box(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(True)
        box.toggled.connect(self.regenerate)
        return box

    def options(self) -> PasswordOptions:
        return PasswordOptions(
            length=self.length_spin.value(),
            lowercase=self.lowercase_box.isChecked(),
            uppercase=self.uppercase_box.isChecked(),
            digits=self.digits_box.isChecked(),
            symbols=self.symbols_box.isChecked(),
            japanese_keyboard_safe=self.japanese_box.isChecked(),
        )

    def regenerate(self) -> None:
        """A new candidate for the current options, or why there can be none."""
        options = self.options()
        try:
            password, bits = generate(options), entropy_bits(options)
        except BadInput as exc:
            self.password_edit.clear()
            self.strength_label.clear()
            self.error_label.setText(core_message(exc))
            self.error_label.show()
            self.use_button.setEnabled(False)
            return
        self.error_label.hide()
        self.password_edit.setText(password)
        self.strength_label.setText(
            self.tr("Strength: {bits} bits of entropy").format(bits=int(bits))
        )
        self.use_button.setEnabled(True)

    def password(self) -> str:
        return self.password_edit.text()

    def _use(self) -> None:
        if self.password():
            self.chosen.emit(self.password())
            self.accept()


def add_generator(field_input: FieldInput) -> QPushButton:
    """A "Generate…" button after the password field that fills it from the dialog."""
    button = QPushButton(
        QCoreApplication.translate("PasswordGeneratorDialog", "&Generate…"), field_input
    )
    button.setAccessibleName(
        QCoreApplication.translate("PasswordGeneratorDialog", "Generate a password")
    )
    button.setObjectName("generatePassword")

    def open_dialog() -> None:
        dialog = PasswordGeneratorDialog(field_input.window())
        dialog.chosen.connect(field_input.set_text)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    button.clicked.connect(open_dialog)
    field_input.add_button(button)
    return button
