"""The status bar's "Last backup: 3 days ago", in a warning style when it is overdue.

Driven by the BackupScheduler (which knows the last backup's time and the
schedule); hidden while the vault is locked, since the time is read from it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.backups.scheduler import BackupScheduler

WARNING_STYLE = "color: #b00020; font-weight: bold;"


def age_text(age: dt.timedelta) -> str:
    """How long ago, in the largest whole unit: "just now", "5 minutes ago", "3 days ago"."""
    minutes = int(age.total_seconds() // 60)
    units = (
        (
            minutes // (24 * 60),
            QCoreApplication.translate("BackupStatus", "1 day ago"),
            QCoreApplication.translate("BackupStatus", "{count} days ago"),
        ),
        (
            minutes // 60,
            QCoreApplication.translate("BackupStatus", "1 hour ago"),
            QCoreApplication.translate("BackupStatus", "{count} hours ago"),
        ),
        (
            minutes,
            QCoreApplication.translate("BackupStatus", "1 minute ago"),
            QCoreApplication.translate("BackupStatus", "{count} minutes ago"),
        ),
    )
    for count, one, many in units:
        if count:
            return one if count == 1 else many.format(count=count)
    return QCoreApplication.translate("BackupStatus", "just now")


class BackupStatus(QLabel):
    """One line in the status bar about the vault's newest backup."""

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self.setAccessibleName(self.tr("Last backup"))
        scheduler.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        scheduler = self._scheduler
        self.setVisible(scheduler.known)
        if not scheduler.known:
            return
        if scheduler.running:
            text = self.tr("Backing up…")
        elif scheduler.last is None:
            text = self.tr("Last backup: never")
        else:
            age = age_text(max(scheduler.now() - scheduler.last, dt.timedelta(0)))
            text = self.tr("Last backup: {age}").format(age=age)
        tip = ""
        if scheduler.failure:
            text += " " + self.tr("(the scheduled backup failed)")
            tip = scheduler.failure
        elif scheduler.overdue():
            tip = self.tr(
                "No recent backup. Make one in Vault > Backups, or set a schedule in Settings."
            )
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(WARNING_STYLE if tip and not scheduler.running else "")
