"""Put one record on legal hold, change the hold's reason, or release it.

A held record is never erased, whatever its date says. The reason is required
and checked by the vault's own `clean_hold_reason` before anything is sent, so
the message is the one the CLI gives; releasing asks first. `open_legal_hold`
reads the current hold first, so the dialog opens complete (as a record editor
opens with its record) and never waits on the vault while it could be closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.domain.retention import clean_hold_reason
from vault.errors import BadInput, VaultError
from vault.storage.retention_store import RecordRetention

log = logging.getLogger(__name__)


def open_legal_hold(
    session: VaultSession,
    prompts: Prompts,
    record_id: str,
    title: str,
    parent: QWidget,
    on_error: Callable[[Exception], None],
) -> None:
    """Read the record's hold on the vault thread, then open the dialog over `parent`."""

    def opened(retention: RecordRetention) -> None:
        dialog = LegalHoldDialog(session, prompts, retention, title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    session.run(lambda v: v.retention.get(record_id), opened, on_error)


class LegalHoldDialog(QDialog):
    """Shows the record's hold; putting on hold or releasing saves and closes."""

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        retention: RecordRetention,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._prompts = prompts
        self._retention = retention
        self._title = title
        self._busy = False
        self.setWindowTitle(self.tr("Legal hold"))
        self._build()
        self._show_state()

    def _build(self) -> None:
        record_label = QLabel(self.tr("Record: {title}").format(title=self._title), self)
        record_label.setTextFormat(Qt.TextFormat.PlainText)
        record_label.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Current hold"))
        explanation = QLabel(
            self.tr(
                "A record on legal hold is never erased, even after its retention date, "
                "until the hold is released. Say why it is kept (a tax audit, a dispute…)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the hold"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. 税務調査のため保全"))
        self.reason_edit.textChanged.connect(self._on_edited)
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.hold_button = self.buttons.addButton(
            self.tr("&Put on hold"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.hold_button.setDefault(True)
        self.hold_button.clicked.connect(self.hold)
        self.release_button = self.buttons.addButton(
            self.tr("R&elease hold…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.release_button.setAutoDefault(False)
        self.release_button.clicked.connect(self.release)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(record_label)
        layout.addWidget(self.state_label)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    # -- state -------------------------------------------------------------------------

    def _show_state(self) -> None:
        retention = self._retention
        if retention.hold:
            self.state_label.setText(
                self.tr("On legal hold: {reason}").format(reason=retention.hold_reason or "")
            )
            self.reason_edit.setText(retention.hold_reason or "")
            self.hold_button.setText(self.tr("&Change reason"))
        else:
            self.state_label.setText(self.tr("Not on legal hold."))
        self._set_busy(False)
        self.reason_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.hold_button.setEnabled(not busy)
        self.release_button.setEnabled(not busy and self._retention.hold)

    def _on_edited(self) -> None:
        if not self._busy:
            self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, VaultError):
            self.show_error(core_message(exc))  # vault messages never contain client data
        else:
            log.error("A legal hold change failed: %s", type(exc).__name__)
            self.show_error(
                self.tr("The hold could not be changed because of an unexpected error.")
            )

    # -- changing ----------------------------------------------------------------------

    def hold(self) -> None:
        """Check the reason as the vault will, then put the record on hold."""
        if self._busy:
            return
        try:
            reason = clean_hold_reason(self.reason_edit.text())
        except BadInput as exc:
            self.show_error(core_message(exc))
            self.reason_edit.setFocus()
            return
        record_id = self._retention.record_id
        self.error_label.hide()
        self._set_busy(True)
        self._session.run(
            lambda v: v.retention.hold(record_id, reason),
            lambda _retention: self.accept(),
            self._failed,
            changes=self._retention.client_id,
        )

    def release(self) -> None:
        """End the hold after a confirmation: the record can then be erased when due."""
        if self._busy or not self._retention.hold:
            return
        if not self._prompts.confirm(
            self,
            self.tr("Release legal hold"),
            self.tr(
                "Release the legal hold on “{title}”? Once its retention date has passed "
                "it can be erased."
            ).format(title=self._title),
            yes=self.tr("Release"),
        ):
            return
        record_id = self._retention.record_id
        self._set_busy(True)
        self._session.run(
            lambda v: v.retention.release(record_id),
            lambda _retention: self.accept(),
            self._failed,
            changes=self._retention.client_id,
        )

    def reject(self) -> None:
        """Esc and Cancel wait for a running save (a lock closes it at once, by done())."""
        if not self._busy:
            super().reject()
