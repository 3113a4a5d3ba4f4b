"""Settings: idle lock, clipboard clearing, lock on minimise, language, screen capture,
scheduled backups."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.backups.schedule_settings import ScheduleSettings
from ui.lock.capture_guard import CaptureGuard
from ui.settings.settings import (
    CLIPBOARD_CLEAR_RANGE,
    IDLE_LOCK_RANGE,
    DateStyle,
    Language,
    Settings,
    SettingsStore,
)
from ui.widgets.text_fit import keep_text_visible

ALLOW_CAPTURE_MINUTES = 15


class SettingsDialog(QDialog):
    applied = Signal(object)  # the saved Settings

    def __init__(
        self,
        store: SettingsStore,
        current: Settings,
        capture: CaptureGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._store = store
        self._current = current
        self._capture = capture
        self.setWindowTitle(self.tr("Settings"))

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(*IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(current.idle_lock_minutes)
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.clipboard_seconds = QSpinBox(self)
        self.clipboard_seconds.setRange(*CLIPBOARD_CLEAR_RANGE)
        self.clipboard_seconds.setSuffix(self.tr(" s"))
        self.clipboard_seconds.setValue(current.clipboard_clear_seconds)
        self.clipboard_seconds.setAccessibleName(self.tr("Clear copied values after seconds"))
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is &minimised"), self)
        self.lock_on_minimise.setChecked(current.lock_on_minimise)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for language, label in (
            (Language.SYSTEM, self.tr("Same as the system")),
            (Language.JAPANESE, "日本語"),
            (Language.ENGLISH, "English"),
        ):
            self.language.addItem(label, language.value)
        self.language.setCurrentIndex(self.language.findData(current.language.value))
        self.language_note = QLabel(self.tr("A new language applies after a restart."), self)
        self.date_style = QComboBox(self)
        self.date_style.setAccessibleName(self.tr("How dates are shown"))
        for style, label in (
            (DateStyle.WESTERN, self.tr("Western years (2026/12/31)")),
            (DateStyle.ERA, self.tr("Japanese era (R8.12.31)")),
        ):
            self.date_style.addItem(label, style.value)
        self.date_style.setCurrentIndex(self.date_style.findData(current.date_style.value))
        self._build_capture_controls(capture)
        self.backups = ScheduleSettings(current, parent=self)

        form = QFormLayout()
        form.addRow(self.tr("Lock after &idle time:"), self.idle_minutes)
        form.addRow(self.tr("Clear &copied values after:"), self.clipboard_seconds)
        form.addRow("", self.lock_on_minimise)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Da&tes:"), self.date_style)
        form.addRow("", self.capture)
        form.addRow("", self.allow_capture)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.restore_defaults = QPushButton(self.tr("Restore &defaults"), self)
        self.restore_defaults.clicked.connect(lambda: self._show(Settings()))
        buttons.addButton(self.restore_defaults, QDialogButtonBox.ButtonRole.ResetRole)
        self._lay_out(form, buttons)

    def _lay_out(self, form: QFormLayout, buttons: QDialogButtonBox) -> None:
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.backups)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build_capture_controls(self, capture: CaptureGuard) -> None:
        self.capture = QCheckBox(self.tr("Hide this window from screenshots and screen &sharing"))
        self.capture.setChecked(self._current.screen_capture_protection and capture.supported)
        self.allow_capture = QPushButton(
            self.tr("Allow screen capture for {minutes} minutes").format(
                minutes=ALLOW_CAPTURE_MINUTES
            ),
            self,
        )
        self.allow_capture.setAccessibleName(self.tr("Allow screen capture for a while"))
        self.allow_capture.clicked.connect(lambda: capture.allow_capture_for(ALLOW_CAPTURE_MINUTES))
        if not capture.supported:
            self.capture.setEnabled(False)
            self.allow_capture.setEnabled(False)
            self.capture.setToolTip(
                self.tr(
                    "This desktop offers no way to hide a window from capture. "
                    "Use focus mode (Ctrl+Shift+F) when sharing your screen."
                )
            )

    def _show(self, settings: Settings) -> None:
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.clipboard_seconds.setValue(settings.clipboard_clear_seconds)
        self.lock_on_minimise.setChecked(settings.lock_on_minimise)
        self.language.setCurrentIndex(self.language.findData(settings.language.value))
        self.date_style.setCurrentIndex(self.date_style.findData(settings.date_style.value))
        self.capture.setChecked(settings.screen_capture_protection and self._capture.supported)
        self.backups.show_settings(settings)

    def chosen(self) -> Settings:
        chosen = dataclasses.replace(
            self._current,
            idle_lock_minutes=self.idle_minutes.value(),
            clipboard_clear_seconds=self.clipboard_seconds.value(),
            lock_on_minimise=self.lock_on_minimise.isChecked(),
            language=Language(self.language.currentData()),
            date_style=DateStyle(self.date_style.currentData()),
            screen_capture_protection=(
                self.capture.isChecked()
                if self._capture.supported
                else self._current.screen_capture_protection
            ),
        )
        return self.backups.apply_to(chosen)

    def save(self) -> None:
        settings = self.chosen()
        try:
            self._store.save(settings)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.error.setText(
                self.tr("The settings could not be saved: {reason}").format(reason=reason)
            )
            return
        self.applied.emit(settings)
        self.accept()
