"""Rollback detection: an older vault.db put back is refused at unlock.

After every commit the header (whose MAC needs the master key) pins the newest
audit entry: its sequence number, a counter that only grows, and its MAC, which
chains every entry before it. A database that lacks that entry, or holds a
different one there, is older than the header or had its newest entries removed:
copying an old vault.db over the live one would otherwise bring erased clients
back while `audit verify` still said ok. Certificates are checked too: a final
certificate whose tombstone the database lacks was written after this database.

The restore command stays the legitimate way back: it replaces the header and
database together (the backup's pair) and re-applies erasures made since.
"""

from __future__ import annotations

import re
from pathlib import Path

from vault.errors import VaultTampered
from vault.keys.header import Header
from vault.storage.db import Database
from vault.storage.layout import CERTIFICATES_DIR

_FINAL_CERTIFICATE = re.compile(r"\d{4}-\d{2}-\d{2}-([0-9a-f]{16})")


def head(db: Database) -> tuple[int, str] | None:
    """The newest audit entry as (seq, MAC hex), or None for an empty log."""
    rows = db.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1")
    return (int(rows[0][0]), bytes(rows[0][1]).hex()) if rows else None


def check(header: Header, db: Database, folder: Path) -> None:
    """Raise VaultTampered when the database is older than the header or the certificates."""
    if header.pin is not None:
        seq, mac = header.pin
        rows = db.execute("SELECT mac FROM audit WHERE seq = ?", (seq,))
        if not rows or bytes(rows[0][0]).hex() != mac:
            raise VaultTampered(
                "vault.db is older than vault.header (it lacks audit entry {seq}): an older "
                "copy was put back (a rollback) or its newest entries were removed. Nothing "
                "was changed; put the current vault.db back. To go back on purpose, use "
                "'clientvault backup restore', which keeps erasures erased.",
                seq=seq,
            )
    root = folder / CERTIFICATES_DIR
    if not root.is_dir() or root.is_symlink():
        return
    ids = {m.group(1) for p in root.iterdir() if (m := _FINAL_CERTIFICATE.fullmatch(p.name))}
    if not ids:
        return
    known = {str(r[0]) for r in db.execute("SELECT id FROM tombstones")}
    if ids - known:
        raise VaultTampered(
            "vault.db is older than the erasure certificates in the vault folder ({count} "
            "erasures it does not know): an older copy was put back (a rollback). Nothing "
            "was changed; put the current vault.db back.",
            count=len(ids - known),
        )
