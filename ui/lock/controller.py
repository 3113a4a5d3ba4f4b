"""Lock always wins.

Every trigger (idle, sleep, screen lock, Ctrl+L, minimise) ends in `lock()`,
which never asks anything and never waits for a dialog: it takes the drafts
from open editors, closes every dialog and menu (modal ones and message boxes
too), clears the clipboard if it holds a vault value, and locks the session,
whose `locked` signal makes every view drop its data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.lock.clipboard import SecureClipboard
from ui.lock.idle import IdleMonitor
from ui.lock.os_events import SessionEvents
from ui.vault_session import VaultSession
from vault.session import Vault
from vault.storage.drafts import Draft
from vault.storage.form_drafts import FormDraft

_MAX_NESTED_DIALOGS = 64
# Locks nobody asked for at this moment; they wait while a re-key runs (see hold_while).
_AUTOMATIC = frozenset({"idle", "minimise"})


class DraftSource(Protocol):
    """An open editor: what it holds right now, unvalidated, or None when unchanged."""

    def draft(self) -> Draft | FormDraft | None: ...


class DraftRegistry(Protocol):
    """Where open editors announce themselves, so a lock can keep what they hold."""

    def add_draft_source(self, source: DraftSource) -> None: ...

    def remove_draft_source(self, source: DraftSource) -> None: ...


def track_draft(registry: DraftRegistry, dialog: QDialog, source: DraftSource) -> None:
    """Let a lock keep what an open editor holds, until the dialog closes."""
    registry.add_draft_source(source)
    dialog.finished.connect(lambda _code: registry.remove_draft_source(source))


def kept_drafts(vault: Vault) -> list[Draft | FormDraft]:
    """Every edit kept on a lock, to offer back after unlock: records' and other editors'."""
    return [*vault.drafts.list(), *vault.form_drafts.list()]


def discard_drafts(vault: Vault, drafts: list[Draft | FormDraft]) -> None:
    """The user chose not to finish them: each goes from the store that kept it."""
    for item in drafts:
        (vault.form_drafts if isinstance(item, FormDraft) else vault.drafts).discard(item.id)


class LockController(QObject):
    lock_reason = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        clipboard: SecureClipboard,
        idle: IdleMonitor,
        os_events: SessionEvents,
    ) -> None:
        super().__init__()
        self._session = session
        self._clipboard = clipboard
        self._idle = idle
        self._sources: list[DraftSource] = []
        self._holds: list[Callable[[], bool]] = []
        self.lock_on_minimise = False
        idle.idle.connect(lambda: self.lock("idle"))
        os_events.lock_requested.connect(self.lock)
        os_events.resumed.connect(idle.check)
        session.unlocked.connect(idle.start)

    def add_draft_source(self, source: DraftSource) -> None:
        self._sources.append(source)

    def remove_draft_source(self, source: DraftSource) -> None:
        if source in self._sources:
            self._sources.remove(source)

    def hold_while(self, busy: Callable[[], bool]) -> Callable[[], None]:
        """Let idle and minimise locks wait while `busy()`; returns the release.

        Only for a re-key: the old recovery key stops working the moment it
        finishes, so its new one must be shown. Sleep, screen lock and Ctrl+L
        still lock at once.
        """
        self._holds.append(busy)
        return lambda: self._holds.remove(busy) if busy in self._holds else None

    def window_minimised(self) -> None:
        if self.lock_on_minimise:
            self.lock("minimise")

    def lock(self, reason: str = "user") -> None:
        if not self._session.is_unlocked:
            return
        if reason in _AUTOMATIC and any(busy() for busy in self._holds):
            self._idle.start()  # count again from now
            return
        self._idle.stop()
        drafts: list[Draft | FormDraft] = []
        for source in list(self._sources):
            draft = source.draft()
            if draft is not None:
                drafts.append(draft)
        self._sources.clear()
        close_every_dialog()
        self._clipboard.clear_if_ours()
        self._session.lock(drafts)
        self.lock_reason.emit(reason)


def close_every_dialog() -> None:
    """Close popups, modal dialogs (innermost first) and every other open dialog.

    `done()` rather than `reject()`: an editor may override reject() to ask
    "discard changes?", and a lock must never ask.
    """
    for _ in range(_MAX_NESTED_DIALOGS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for _ in range(_MAX_NESTED_DIALOGS):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        _close(modal)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            _close(widget)


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected.value)
    else:
        widget.hide()
