"""Where vaults live by default: the platform's per-user data folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ClientVault"


def default_vault_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "default"
