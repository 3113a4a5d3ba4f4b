"""Where vaults live by default, and where they must not live."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ClientVault"

# Folder names the sync clients create; SQLite databases inside them get corrupted
# when a sync client copies a file mid-write or restores an older copy.
_SYNC_MARKERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "box sync": "Box",
}


def default_vault_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "default"


def sync_service(folder: Path) -> str | None:
    """The cloud-sync service whose folder holds `folder`, if any."""
    for part in folder.expanduser().resolve().parts:
        name = part.casefold()
        for marker, service in _SYNC_MARKERS.items():
            if name == marker or name.startswith((marker + " - ", marker + "-")):
                return service
    return None


def sync_warning(folder: Path) -> str | None:
    service = sync_service(folder)
    if service is None:
        return None
    return (
        f"This vault is inside a {service} folder; sync clients corrupt open databases. "
        "Keep the vault elsewhere and put only exports and backups there."
    )
