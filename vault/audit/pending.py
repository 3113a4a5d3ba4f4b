"""Audit entries noted beside a vault that could not write its database, for the next unlock.

A full disk or a read-only folder opens the vault read-only (vault/storage/disk.py), and
exporting to another disk must still work then (issue 12, item 3). The export's entry
cannot go into vault.db; where a few bytes still fit, it is sealed (AES-GCM under a key
derived from the audit key, bound to this vault and the file's name, so nothing in it is
plaintext and nobody without the key can forge one) into a small `audit-pending-*` file
in the vault folder, and appended to the log at the next unlock that can write, with the
time it was noted. Where not even that fits, nothing is recorded, and the note says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from vault.audit.log import AuditLog, Detail
from vault.keys.sealing import AuthenticationFailed, Sealer, aad, derive_subkey
from vault.keys.secret import SecretKey
from vault.storage.db import Database
from vault.storage.fileio import atomic_write

_NAME = re.compile(r"audit-pending-\d{20}-[0-9a-f]{8}\.sealed")
_MAX_BYTES = 64 << 10  # one entry is a few hundred bytes; anything bigger is not ours
REJECTED = "audit.pending-rejected"
_KEYS = ("action", "client_id", "details", "at")

# What the user is told, in each case (the GUI translates them in "VaultMessages").
NOTED = (
    "The vault's disk is full, so this export is not in the access log yet: it was noted "
    "in a small sealed file in the vault folder and will be added to the log at the next "
    "unlock with room."
)
NOT_RECORDED = (
    "The vault folder cannot be written (its disk is full or it is read-only), so this "
    "export could not be recorded anywhere: it is not in the access log and will not be "
    "added later."
)
PASSPHRASE_NOT_KEPT = (
    "The vault folder cannot be written, so this passphrase was not kept and cannot be "  # noqa: S105
    "told again later: note it now."
)


def log_state(notes: tuple[str, ...]) -> str:
    """For scripts (`--json`): "logged", "pending" (noted for the next unlock) or
    "not-recorded"."""
    if NOT_RECORDED in notes:
        return "not-recorded"
    return "pending" if NOTED in notes else "logged"


class PendingAudit:
    """Notes entries while the database is read-only; replays them once it is writable."""

    def __init__(
        self, folder: Path, vault_id: str, audit_key: SecretKey, now: Callable[[], str]
    ) -> None:
        self._folder = folder
        self._vault_id = vault_id
        self._audit_key = audit_key
        self._now = now

    def note(self, action: str, client_id: str | None, **details: Detail) -> str:
        """Seal the entry into the vault folder; returns NOTED, or NOT_RECORDED when no
        byte could be written there."""
        name = f"audit-pending-{time.time_ns():020d}-{secrets.token_hex(4)}.sealed"
        body = {"action": action, "client_id": client_id, "details": details, "at": self._now()}
        with self._sealer() as sealer:
            sealed = sealer.seal(json.dumps(body, ensure_ascii=False).encode(), self._aad(name))
        path = self._folder / name
        try:
            atomic_write(path, sealed)
        except OSError:
            return NOTED if path.exists() else NOT_RECORDED  # only the folder's fsync failed
        return NOTED

    def replay(self, db: Database, audit: AuditLog) -> int:
        """Append every noted entry (the time it was noted in `noted_at`), then delete the
        files; returns how many were appended. A file that does not open under this vault's
        key is logged as rejected and deleted. An entry already appended (a crash before the
        deletion) is not appended twice."""
        paths = sorted(p for p in self._folder.iterdir() if _NAME.fullmatch(p.name))
        if not paths:
            return 0
        appended = 0
        with self._sealer() as sealer, db.transaction():
            for path in paths:
                pending = path.name.split("-", 2)[2].removesuffix(".sealed")
                done = db.execute(
                    "SELECT 1 FROM audit WHERE instr(details, ?) > 0 LIMIT 1",
                    (json.dumps({"pending": pending})[1:-1],),
                )
                if done:
                    continue
                entry = self._open(sealer, path)
                if entry is None:
                    audit.append(REJECTED, file=path.name)
                    continue
                action, client_id, details = entry
                audit.append(action, client_id, **details, pending=pending)
                appended += 1
        for path in paths:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        return appended

    def _open(self, sealer: Sealer, path: Path) -> tuple[str, str | None, dict[str, Detail]] | None:
        """(action, client id, details with `noted_at`), or None for a file not ours."""
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as handle:
                blob = handle.read(_MAX_BYTES + 1)
            if len(blob) > _MAX_BYTES:
                return None
            entry = json.loads(sealer.open(blob, self._aad(path.name)))
            action, client_id, details, at = (entry[k] for k in _KEYS)
        except (OSError, AuthenticationFailed, ValueError, TypeError, KeyError):
            return None
        if not (
            isinstance(action, str)
            and isinstance(client_id, str | None)
            and isinstance(at, str)
            and isinstance(details, dict)
            and all(isinstance(v, str | int | bool) for v in details.values())
        ):
            return None
        return action, client_id, {**details, "noted_at": at}

    def _aad(self, name: str) -> bytes:
        return aad(self._vault_id, "audit-pending", name)

    @contextlib.contextmanager
    def _sealer(self) -> Iterator[Sealer]:
        """A key only for as long as one call: nothing extra stays in memory after lock."""
        key = derive_subkey(self._audit_key, "clientvault audit-pending", self._vault_id.encode())
        sealer = Sealer(key)
        try:
            yield sealer
        finally:
            sealer.wipe()
            key.wipe()
