"""A new password typed twice, with the strength meter: one form for every place
a password is chosen (creating the vault, changing the password, re-keying).

The meter follows NIST SP 800-63B (length and a blocklist, see
`vault.password_policy`), not composition rules, so every dialog must judge a
new password the same way. The two copies are compared as the KDF sees them
(NFKC): a password typed once with the IME in full-width mode still matches.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from vault.domain.password_policy import MAX_CHARS, MIN_CHARS, Assessment, Reason, assess


def same_password(first: str, second: str) -> bool:
    """Equal as the KDF sees them (NFKC): full-width and half-width digits match."""
    return unicodedata.normalize("NFKC", first) == unicodedata.normalize("NFKC", second)


class NewPasswordFields(QWidget):
    """Password, repeat, "show passwords", strength meter and match line, as one form."""

    changed = Signal()  # either field was edited (or cleared)
    return_pressed = Signal()  # Enter in either field

    def __init__(self, *, replacing: bool = False, parent: QWidget | None = None) -> None:
        """`replacing`: the new password replaces a current one (labels say "new")."""
        super().__init__(parent)
        self._refusal: str | None = None
        self._fields: list[QLineEdit] = []
        if replacing:
            password_label = self.tr("&New password:")
            self.password_edit = self._password_field(self.tr("New password"))
            self.confirm_edit = self._password_field(self.tr("Repeat the new password"))
        else:
            password_label = self.tr("&Password:")
            self.password_edit = self._password_field(self.tr("Password"))
            self.confirm_edit = self._password_field(self.tr("Repeat the password"))
        self.show_passwords = QCheckBox(self.tr("S&how passwords"), self)
        self.show_passwords.setAccessibleName(self.tr("Show passwords"))
        self.show_passwords.toggled.connect(self._show_passwords)
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Password strength"))
        self.strength_label = QLabel(self)
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel(self)
        self.match_label.setWordWrap(True)

        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(password_label, self.password_edit)
        self._form.addRow(self.tr("&Repeat it:"), self.confirm_edit)
        self._form.addRow("", self.show_passwords)
        self._form.addRow(self.tr("Strength:"), self.strength_bar)
        self._form.addRow("", self.strength_label)
        self._form.addRow("", self.match_label)
        self.setTabOrder(self.password_edit, self.confirm_edit)
        self.setTabOrder(self.confirm_edit, self.show_passwords)
        self.setFocusProxy(self.password_edit)
        self._update()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textChanged.connect(self._edited)
        field.returnPressed.connect(self.return_pressed)
        self._fields.append(field)
        return field

    def add_field_above(self, label: str, field: QLineEdit) -> None:
        """Another password field in the same form (the current password), aligned
        with the new ones, first in the tab order and shown or hidden with them."""
        self._form.insertRow(0, label, field)
        self._fields.append(field)
        self._show_passwords(self.show_passwords.isChecked())
        self.setTabOrder(field, self.password_edit)

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)

    # -- the verdict ----------------------------------------------------------

    def password(self) -> str:
        return self.password_edit.text()

    def assessment(self) -> Assessment:
        return assess(self.password_edit.text())

    def problem(self) -> str | None:
        """Why this password cannot be taken yet (one translated sentence), or None."""
        result = self.assessment()
        if not result.acceptable:
            return self._strength_text(result)
        if not same_password(self.password_edit.text(), self.confirm_edit.text()):
            return self.tr("The two passwords do not match.")
        return self._refusal

    def refuse(self, reason: str | None) -> None:
        """A reason from outside the two fields not to take the password (it is the
        current one), shown on the match line and last in `problem()`; None lifts it."""
        self._refusal = reason
        self._show_match()

    def clear(self) -> None:
        """Empty both fields: the password leaves the widgets."""
        self.password_edit.clear()
        self.confirm_edit.clear()

    # -- feedback -------------------------------------------------------------

    def _edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        result = self.assessment()
        self.strength_bar.setValue(result.score)
        self.strength_label.setText(self._strength_text(result))
        self._show_match()

    def _show_match(self) -> None:
        password, again = self.password_edit.text(), self.confirm_edit.text()
        if self._refusal is not None:
            self.match_label.setText(self._refusal)
        elif not again:
            self.match_label.clear()
        elif password and same_password(password, again):
            self.match_label.setText(self.tr("The passwords match."))
        else:
            self.match_label.setText(self.tr("The two passwords do not match."))

    def _strength_text(self, result: Assessment) -> str:
        texts = {
            Reason.EMPTY: self.tr(
                "Use at least {min} characters; a passphrase of 15 or more is best."
            ),
            Reason.TOO_SHORT: self.tr("Too short: {length} characters; use at least {min}."),
            Reason.TOO_LONG: self.tr("Too long: at most {max} characters."),
            Reason.COMMON: self.tr(
                "This is one of the most common passwords, or a small change to one. "
                "Choose another."
            ),
            Reason.REPEATED: self.tr("Repeated characters are easy to guess. Choose another."),
            Reason.SEQUENCE: self.tr(
                "Sequences such as 12345678, abcdefgh or qwerty are easy to guess. Choose another."
            ),
            Reason.APP_NAME: self.tr(
                "A password that contains the app's name is easy to guess. Choose another."
            ),
            Reason.COULD_BE_LONGER: self.tr(
                "Acceptable. A passphrase of 15 characters or more would be stronger."
            ),
            Reason.LONG_ENOUGH: self.tr("Strong: a long password is the hardest to guess."),
        }
        return texts[result.reason].format(
            length=result.length, min=MIN_CHARS, max=f"{MAX_CHARS:,}"
        )
