from __future__ import annotations

from pathlib import Path

import pytest

from vault.storage.locations import default_vault_dir, sync_service, sync_warning


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("OneDrive/ClientVault", "OneDrive"),
        ("OneDrive - 株式会社サンプル/vault", "OneDrive"),
        ("Dropbox/work", "Dropbox"),
        ("Library/Mobile Documents/com~apple~CloudDocs/v", "iCloud Drive"),
        ("Google Drive/My Drive/v", "Google Drive"),
        ("Documents/ClientVault", None),
        ("dropboxes-are-not-dropbox/v", None),
    ],
)
def test_sync_folders_are_recognised(tmp_path: Path, folder: str, service: str | None) -> None:
    assert sync_service(tmp_path / folder) == service


def test_warning_names_the_service_and_what_to_do(tmp_path: Path) -> None:
    warning = sync_warning(tmp_path / "Dropbox" / "vault")
    assert warning is not None
    assert "Dropbox" in warning
    assert "exports and backups" in warning
    assert sync_warning(tmp_path / "safe") is None


def test_default_vault_lives_in_the_user_data_folder() -> None:
    assert default_vault_dir().parts[-2:] == ("ClientVault", "default")
