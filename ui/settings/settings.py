"""Typed settings, with every security default in one place.

Stored as a small JSON file (atomic, 0600) in the user's config folder: no
client data ever goes here, and a damaged or hand-edited file falls back to the
defaults value by value instead of stopping the app.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from vault.backup.manager import DEFAULT_KEEP
from vault.backup.schedule import Frequency
from vault.storage.fileio import atomic_write, make_private_dir
from vault.storage.locations import APP_NAME


class Language(StrEnum):
    SYSTEM = "system"  # follow the desktop's language
    JAPANESE = "ja"
    ENGLISH = "en"


class DateStyle(StrEnum):
    WESTERN = "western"  # 西暦: 2026/12/31
    ERA = "era"  # 和暦: R8.12.31


# The security defaults. Changing one of these changes what every new user gets.
IDLE_LOCK_MINUTES = 5
CLIPBOARD_CLEAR_SECONDS = 30
LOCK_ON_MINIMISE = False
SCREEN_CAPTURE_PROTECTION = True

MAX_RECENT_VAULTS = 8

IDLE_LOCK_RANGE = (1, 120)
CLIPBOARD_CLEAR_RANGE = (5, 600)
BACKUP_KEEP_RANGE = (1, 99)


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: int = IDLE_LOCK_MINUTES
    clipboard_clear_seconds: int = CLIPBOARD_CLEAR_SECONDS
    lock_on_minimise: bool = LOCK_ON_MINIMISE
    screen_capture_protection: bool = SCREEN_CAPTURE_PROTECTION
    language: Language = Language.SYSTEM
    # Folders of vaults opened lately, newest first: paths only, never a vault's content.
    recent_vaults: tuple[str, ...] = ()
    date_style: DateStyle = DateStyle.WESTERN
    # Scheduled backups (ui/backups/scheduler.py); "" is the vault's own backups folder.
    backup_frequency: Frequency = Frequency.OFF
    backup_folder: str = ""
    backup_keep: int = DEFAULT_KEEP

    def __post_init__(self) -> None:
        _check_range("idle_lock_minutes", self.idle_lock_minutes, IDLE_LOCK_RANGE)
        _check_range("backup_keep", self.backup_keep, BACKUP_KEEP_RANGE)
        _check_range("clipboard_clear_seconds", self.clipboard_clear_seconds, CLIPBOARD_CLEAR_RANGE)


def _check_range(name: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}")


def with_recent_vault(settings: Settings, folder: Path) -> Settings:
    """`folder` first in the recent vaults, once, the oldest dropped past the limit."""
    path = str(folder.expanduser().absolute())
    kept = [p for p in settings.recent_vaults if p != path]
    return dataclasses.replace(settings, recent_vaults=(path, *kept)[:MAX_RECENT_VAULTS])


def default_settings_path() -> Path:
    return user_config_path(APP_NAME, appauthor=False) / "settings.json"


class SettingsStore:
    """Loads and saves Settings; unknown or invalid values fall back to their default."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        if not isinstance(raw, dict):
            return Settings()
        settings = Settings()
        for field in dataclasses.fields(Settings):
            if field.name in raw:
                settings = _with(settings, field.name, raw[field.name])
        return settings

    def save(self, settings: Settings) -> None:
        make_private_dir(self.path.parent)
        data = json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True)
        atomic_write(self.path, data.encode())


# Values stored as they are, whose JSON type must match (a "yes" is not a bool).
_PLAIN_TYPES: dict[str, type] = {
    "lock_on_minimise": bool,
    "screen_capture_protection": bool,
    "backup_folder": str,
}


def _with(settings: Settings, name: str, value: Any) -> Settings:
    try:
        if name == "language":
            value = Language(value)
        elif name == "recent_vaults":
            if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
                return settings
            value = tuple(value[:MAX_RECENT_VAULTS])
        elif name == "date_style":
            value = DateStyle(value)
        elif name == "backup_frequency":
            value = Frequency(value)
        elif name in _PLAIN_TYPES and not isinstance(value, _PLAIN_TYPES[name]):
            return settings
        return dataclasses.replace(settings, **{name: value})
    except ValueError:
        return settings
