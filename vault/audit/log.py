"""Append-only, hash-chained audit log inside vault.db.

Each entry's HMAC (under a key derived from the master key) covers its
sequence number, time, action, client id, details and the previous entry's
HMAC, so editing, removing or reordering entries breaks the chain. Entries
hold ids, kinds and counts only, never what a person wrote.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vault.keys.secret import SecretKey
from vault.storage.db import Database

GENESIS = bytes(32)
Detail = str | int | bool


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    client_id: str | None
    details: dict[str, Detail]

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "action": self.action,
            "client_id": self.client_id,
            "details": self.details,
        }


def _mac(
    key: SecretKey, seq: int, at: str, action: str, client: str | None, details: str, prev: bytes
) -> bytes:
    message = json.dumps([seq, at, action, client, details, prev.hex()], ensure_ascii=True).encode()
    return hmac.new(bytes(key.view()), message, "sha256").digest()


class AuditLog:
    def __init__(self, db: Database, key: SecretKey, now: Callable[[], str]) -> None:
        self._db = db
        self._key = key
        self._now = now

    def append(self, action: str, client_id: str | None = None, **details: Detail) -> None:
        """Call inside the transaction that makes the change, so both land or neither."""
        last = self._db.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1")
        seq, prev = (last[0][0] + 1, last[0][1]) if last else (1, GENESIS)
        at = self._now()
        body = json.dumps(details, sort_keys=True, ensure_ascii=False)
        mac = _mac(self._key, seq, at, action, client_id, body, prev)
        self._db.execute(
            "INSERT INTO audit (seq, at, action, client_ref, details, prev_mac, mac) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, at, action, client_id, body, prev, mac),
        )

    def entries(self) -> list[AuditEntry]:
        rows = self._db.execute(
            "SELECT seq, at, action, client_ref, details FROM audit ORDER BY seq"
        )
        return [AuditEntry(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def verify(self) -> list[str]:
        """Every break in the chain, in order; an empty list means the log is intact."""
        problems: list[str] = []
        prev, expected_seq = GENESIS, 1
        rows = self._db.execute(
            "SELECT seq, at, action, client_ref, details, prev_mac, mac FROM audit ORDER BY seq"
        )
        for seq, at, action, client, details, prev_mac, mac in rows:
            if seq != expected_seq:
                problems.append(f"entry {expected_seq} is missing (next is {seq})")
            elif bytes(prev_mac) != prev:
                problems.append(
                    f"entry {seq} does not follow the entry before it (removed or reordered)"
                )
            if not hmac.compare_digest(
                bytes(mac), _mac(self._key, seq, at, action, client, details, bytes(prev_mac))
            ):
                problems.append(f"entry {seq} was edited")
            prev, expected_seq = bytes(mac), seq + 1
        return problems

    def head(self) -> str:
        """The newest entry's HMAC: note it elsewhere to detect a truncated tail later."""
        mac = self._db.scalar("SELECT mac FROM audit ORDER BY seq DESC LIMIT 1")
        return bytes(mac).hex() if mac else GENESIS.hex()

    def rechain(self, new_key: SecretKey) -> None:
        """Re-MAC every entry under a new key (re-key), after verifying under the old one."""
        rows = self._db.execute(
            "SELECT seq, at, action, client_ref, details FROM audit ORDER BY seq"
        )
        prev = GENESIS
        for seq, at, action, client, details in rows:
            mac = _mac(new_key, seq, at, action, client, details, prev)
            self._db.execute(
                "UPDATE audit SET prev_mac = ?, mac = ? WHERE seq = ?", (prev, mac, seq)
            )
            prev = mac
        self._key = new_key
