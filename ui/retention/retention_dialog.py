"""How long one record is kept: its rule, its last kept day, and a different rule or date.

"Inherit" (the vault's `set_rule(None)`) goes back to the client's rule for the
kind, or the kind's default; a preset pins that rule on the record; "a fixed
date" pins a day the user picks. The vault works out the date either way.
`open_retention` reads the record's retention first, so the dialog opens complete.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.models.due import rule_description, rule_name
from ui.vault_session import VaultSession
from ui.widgets.date_edit import DateEdit
from ui.widgets.text_fit import keep_text_visible
from vault.domain.retention import MAX_YEAR, MIN_YEAR, Rule, RuleCode
from vault.errors import VaultError
from vault.storage.retention_store import RecordRetention

log = logging.getLogger(__name__)

INHERIT = ""  # the rule combo's data for "inherit"


def not_a_date() -> str:
    return QCoreApplication.translate(
        "RetentionDialog",
        "That is not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.",
    )


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, name: str) -> DateEdit:
    """A date field that reads typed Western and era dates, limited to the vault's years."""
    edit = DateEdit(parent)
    edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
    edit.setAccessibleName(name)
    return edit


def open_retention(
    session: VaultSession,
    record_id: str,
    title: str,
    parent: QWidget,
    on_error: Callable[[Exception], None],
) -> None:
    """Read the record's retention on the vault thread, then open the dialog over `parent`."""

    def opened(result: tuple[RecordRetention, dt.date]) -> None:
        dialog = RetentionDialog(session, *result, title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    session.run(lambda v: (v.retention.get(record_id), v.today()), opened, on_error)


class RetentionDialog(QDialog):
    """Shows the record's rule and last kept day; saving a new rule closes it."""

    def __init__(
        self,
        session: VaultSession,
        retention: RecordRetention,
        today: dt.date,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._retention = retention
        self._title = title
        self._busy = False
        self.setWindowTitle(self.tr("Retention"))
        self._build()
        self._show_state(today)

    def _build(self) -> None:
        record_label = QLabel(self.tr("Record: {title}").format(title=self._title), self)
        record_label.setTextFormat(Qt.TextFormat.PlainText)
        record_label.setWordWrap(True)
        self.current_label = QLabel(self)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.setWordWrap(True)
        self.current_label.setAccessibleName(self.tr("Current retention"))

        self.rule_combo = QComboBox(self)
        self.rule_combo.setAccessibleName(self.tr("Retention rule"))
        self.rule_combo.addItem(self.tr("Inherit from the client or the record kind"), INHERIT)
        for code in RuleCode:
            self.rule_combo.addItem(rule_name(code.value), code.value)
            self.rule_combo.setItemData(
                self.rule_combo.count() - 1, rule_description(code), Qt.ItemDataRole.ToolTipRole
            )
        self.rule_combo.currentIndexChanged.connect(self._rule_chosen)
        self.date_edit = date_edit(self, self.tr("Keep until"))
        form = QFormLayout()
        rule_label = QLabel(self.tr("&Rule:"), self)
        rule_label.setBuddy(self.rule_combo)
        form.addRow(rule_label, self.rule_combo)
        date_label = QLabel(self.tr("&Keep until:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(record_label)
        layout.addWidget(self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    # -- state -------------------------------------------------------------------------

    def _show_state(self, today: dt.date) -> None:
        retention = self._retention
        self.current_label.setText(describe(retention))
        rule = retention.rule
        self.rule_combo.setCurrentIndex(
            self.rule_combo.findData(rule.code.value if retention.pinned else INHERIT)
        )
        self.date_edit.setDate(to_qdate(rule.fixed_on or retention.retain_until or today))
        self._rule_chosen()
        self.rule_combo.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _rule_chosen(self) -> None:
        self.date_edit.setEnabled(self.rule_combo.currentData() == RuleCode.FIXED.value)
        index = self.rule_combo.currentIndex()
        self.rule_combo.setToolTip(
            str(self.rule_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
        )
        self.error_label.hide()

    def chosen_rule(self) -> Rule | None:
        """The rule to pin on the record; None to inherit."""
        code = self.rule_combo.currentData()
        if code == INHERIT:
            return None
        if code == RuleCode.FIXED.value:
            return Rule(RuleCode.FIXED, from_qdate(self.date_edit.date()))
        return Rule(RuleCode(code))

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, VaultError):
            text = core_message(exc)  # vault messages never contain client data
        else:
            log.error("Changing a retention rule failed: %s", type(exc).__name__)
            text = self.tr("The rule could not be changed because of an unexpected error.")
        self.error_label.setText(text)
        self.error_label.show()

    # -- saving ------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy:
            return
        if self.rule_combo.currentData() == RuleCode.FIXED.value and not self.date_edit.is_valid():
            self.error_label.setText(not_a_date())
            self.error_label.show()
            self.date_edit.setFocus()
            return
        record_id, rule = self._retention.record_id, self.chosen_rule()
        self._set_busy(True)
        self._session.run(
            lambda v: v.retention.set_rule(record_id, rule),
            lambda _retention: self.accept(),
            self._failed,
            changes=self._retention.client_id,
        )

    def reject(self) -> None:
        """Esc and Cancel wait for a running save (a lock closes it at once, by done())."""
        if not self._busy:
            super().reject()


def describe(retention: RecordRetention) -> str:
    """The rule, where it comes from, and the last kept day, in one or two lines."""
    if retention.pinned:
        source = QCoreApplication.translate("RetentionDialog", "set on this record")
    else:
        source = QCoreApplication.translate("RetentionDialog", "inherited")
    if retention.retain_until is None:
        until = QCoreApplication.translate("RetentionDialog", "needs a date")
    else:
        until = retention.retain_until.isoformat()
    text = QCoreApplication.translate(
        "RetentionDialog", "Rule: {rule} ({source}). Last kept day: {until}."
    ).format(rule=rule_name(retention.rule.code.value), source=source, until=until)
    if retention.hold:
        text += "\n" + QCoreApplication.translate(
            "RetentionDialog", "On legal hold: {reason}"
        ).format(reason=retention.hold_reason or "")
    return text
