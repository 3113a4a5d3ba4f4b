"""The reminder after unlock that something is past its retention date.

A strip at the top of the window, never a popup: the user just unlocked to do
something else, and a modal question there would be clicked away unread. It can
be dismissed until the next unlock, goes away by itself once nothing is overdue,
and is hidden on lock. Items on legal hold do not count: they cannot be erased.
Before it counts, the rules the user marked automatic are swept (one certificate
per client), and the strip says how much that erased.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.vault_session import VaultSession
from vault.erasure import sweep
from vault.session import Vault


def _overdue_count(vault: Vault) -> int:
    items = vault.retention.due(vault.today(), 0)
    return sum(1 for item in items if item.overdue and not item.hold)


def _sweep_then_count(vault: Vault) -> tuple[int, int]:
    """Erase what the user's automatic rules cover, then count what is still overdue.

    Returns (records erased automatically, items still overdue)."""
    erased = sum(
        r.certificate.record_count for r in sweep.run(vault, sweep.plan(vault, automatic_only=True))
    )
    return erased, _overdue_count(vault)


class RetentionBanner(QFrame):
    review_requested = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._erased_text = ""  # what the automatic rules erased at this unlock
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAccessibleName(self.tr("Retention reminder"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Revie&w…"), self)
        self.review_button.clicked.connect(self.review_requested.emit)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the retention reminder"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.dismiss_button)
        self.hide()
        session.locked.connect(self.dismiss)
        session.changed.connect(self._recheck)

    def check(self) -> None:
        """Ask the vault what is overdue; show the banner if anything is.

        A failure only leaves the banner hidden: the due view, when opened, says why.
        """
        self._session.run(_overdue_count, self._show_count)

    def sweep_and_check(self) -> None:
        """At unlock: the automatic rules' erasures first (each with its certificate),
        then the reminder for what is left; both said in one strip."""
        self._session.run(_sweep_then_count, self._show_sweep)

    def _show_sweep(self, result: tuple[int, int]) -> None:
        erased, overdue = result
        if erased:
            self._session.changed.emit("")  # every view reloads without the erased data
        self._erased_text = (
            self.tr(
                "Erased automatically: {count} records past their retention date "
                "(certificates saved)."
            ).format(count=erased)
            if erased
            else ""
        )
        self._show_count(overdue)

    def _recheck(self, _client_id: str) -> None:
        if not self.isHidden():  # once dismissed, it stays away until the next unlock
            self.check()

    def _show_count(self, count: int) -> None:
        if count == 0 and not self._erased_text:
            self.dismiss()
            return
        if count == 0:
            text = ""
        elif count == 1:
            text = self.tr("1 item is past its retention date.")
        else:
            text = self.tr("{count} items are past their retention date.").format(count=count)
        text = " ".join(t for t in (self._erased_text, text) if t)
        self.review_button.setVisible(count > 0)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.label.clear()
        self._erased_text = ""
