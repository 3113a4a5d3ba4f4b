"""A record's version and policy columns, bound into the AAD of its sealed values.

The version, sensitivity, legal hold and retention columns are plain (queries need
them), so anyone holding the database key could change them: put an older
version's ciphertext back into a newer row, lift a legal hold, move a retention
date into the past. So each of a record's sealed values (title, fields, hold
reason) carries these columns' values in its associated data: a change made
without the client's key makes the record fail its integrity check. Every
legitimate change goes through `rebind`, which opens the values under the old
columns and seals them again under the new ones, in the caller's transaction.

Records from before (schema V8 marks them in `keyed_steps`) are sealed again by
`bind_legacy` at the first unlock, in one transaction with its audit entry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from vault.audit.log import AuditLog
from vault.errors import VaultTampered
from vault.keys.client_keys import Bound, FieldCipher
from vault.storage.db import Database
from vault.storage.schema import MIGRATIONS, V8

BOUND_COLUMNS = (
    "version",
    "sensitivity",
    "legal_hold",
    "retention_rule",
    "rule_pinned",
    "retain_fixed",
    "retain_until",
)
BOUND_SQL = ", ".join(BOUND_COLUMNS)
SEALED_COLUMNS = ("title", "fields", "hold_reason")
LEGACY_STEP = "bind-records"
BOUND_ACTION = "vault.records-bound"

_SELECT = f"SELECT client_id, {BOUND_SQL}, title, fields, hold_reason FROM records"  # noqa: S608


def new_bound(sensitivity: str, rule: str, retain_until: str | None) -> Bound:
    """The bound columns of a record as inserted (version 1, no hold, rule not pinned)."""
    return (1, sensitivity, 0, rule, 0, None, retain_until)


def rebind(
    db: Database,
    cipher: FieldCipher,
    record_id: str,
    changes: Mapping[str, Any],
    sealed: Mapping[str, Any] | None = None,
) -> bool:
    """Inside the caller's transaction: set plain columns (`changes`) and sealed values
    (`sealed`; None clears `hold_reason`), sealing every value again under the new
    bound columns. The current values are opened first, so a tampered record is refused
    before anything changes. False: no such record."""
    rows = db.execute(_SELECT + " WHERE id = ?", (record_id,))
    if not rows:
        return False
    client_id, *rest = rows[0]
    old: Bound = tuple(rest[: len(BOUND_COLUMNS)])
    values = dict(zip(SEALED_COLUMNS, rest[len(BOUND_COLUMNS) :], strict=True))
    sealer = cipher.sealer(client_id)
    plain = {
        column: None
        if blob is None
        else cipher.open(sealer, client_id, "records", record_id, column, blob, old)
        for column, blob in values.items()
    }
    plain.update(sealed or {})
    current = dict(zip(BOUND_COLUMNS, old, strict=True))
    current.update((k, v) for k, v in changes.items() if k in current)
    bound: Bound = tuple(current[c] for c in BOUND_COLUMNS)
    resealed = {
        column: None
        if value is None
        else cipher.seal(sealer, client_id, "records", record_id, column, value, bound)
        for column, value in plain.items()
    }
    assignments = {**changes, **resealed}
    sql = ", ".join(f"{column} = ?" for column in assignments)
    db.execute(f"UPDATE records SET {sql} WHERE id = ?", (*assignments.values(), record_id))  # noqa: S608
    return True


def unbound(db: Database) -> bool:
    """Whether the records are still sealed as before V8 (for a vault opened read-only,
    where neither the migration nor `bind_legacy` could run)."""
    if int(db.scalar("PRAGMA user_version")) < MIGRATIONS.index(V8) + 1:
        return True
    return db.scalar("SELECT 1 FROM keyed_steps WHERE name = ?", (LEGACY_STEP,)) is not None


def bind_legacy(db: Database, cipher: FieldCipher, audit: AuditLog) -> int:
    """Seal every record of a vault from before V8 again with its columns bound.

    Runs only while V8's marker is in `keyed_steps`. Someone with the database key
    could put the marker back to have older ciphertexts accepted; so a log that already
    says the records were bound, or that fails its check, refuses. Returns how many
    records were sealed again.
    """
    step = db.scalar("SELECT 1 FROM keyed_steps WHERE name = ?", (LEGACY_STEP,))
    if step is None:
        return 0
    done_before = db.scalar("SELECT 1 FROM audit WHERE action = ?", (BOUND_ACTION,))
    if done_before is not None or audit.verify():
        raise VaultTampered(
            "vault.db asks for its records to be converted from the old format again, "
            "which only a change to the database itself can do: it was altered."
        )
    with db.transaction():
        rows = db.execute("SELECT id, " + _SELECT[len("SELECT ") :])
        updates = [_legacy_row(cipher, row) for row in rows]
        db.executemany(
            "UPDATE records SET title = ?, fields = ?, hold_reason = ? WHERE id = ?", updates
        )
        db.execute("DELETE FROM keyed_steps WHERE name = ?", (LEGACY_STEP,))
        audit.append(BOUND_ACTION, records=len(updates))
    return len(updates)


def _legacy_row(cipher: FieldCipher, row: Sequence[Any]) -> tuple[Any, ...]:
    record_id, client_id, *rest = row
    bound: Bound = tuple(rest[: len(BOUND_COLUMNS)])
    sealer = cipher.sealer(client_id)
    out: list[Any] = []
    for column, blob in zip(SEALED_COLUMNS, rest[len(BOUND_COLUMNS) :], strict=True):
        if blob is None:
            out.append(None)
            continue
        value = cipher.open(sealer, client_id, "records", record_id, column, blob)
        out.append(cipher.seal(sealer, client_id, "records", record_id, column, value, bound))
    return (*out, record_id)
