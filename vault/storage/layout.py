"""Names of the files and folders inside a vault folder (see DESIGN.md, "The vault on disk")."""

from __future__ import annotations

from pathlib import Path

BLOBS_DIR = "blobs"  # attachment contents: blobs/<client_id>/<attachment_id>
BACKUPS_DIR = "backups"  # snapshots the app made, one folder each
CERTIFICATES_DIR = "certificates"  # deletion certificates, one folder per erasure


def client_blob_dir(folder: Path, client_id: str) -> Path:
    return folder / BLOBS_DIR / client_id


def blob_path(folder: Path, client_id: str, attachment_id: str) -> Path:
    return client_blob_dir(folder, client_id) / attachment_id
