"""Reads of a client's data, audit-logged like changes so that the client's own access log
(`clientvault audit show --client ID --signed`) is complete: opening their records,
revealing or copying a value, opening a file. Ids and counts only, never the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault.audit.log import Detail

if TYPE_CHECKING:
    from vault.session import Vault

RECORDS_OPENED = "records.opened"
SECRET_REVEALED = "secret.revealed"  # noqa: S105 - an audit action
VALUE_COPIED = "value.copied"
READ_ACTIONS = frozenset({RECORDS_OPENED, SECRET_REVEALED, VALUE_COPIED})


def log_read(vault: Vault, action: str, client_id: str, **details: Detail) -> None:
    """Append a read to the audit log. A vault opened read-only (its disk full or its folder
    read-only) logs nothing, its unlock included, so that reading still works there; the
    threat model says so."""
    if action not in READ_ACTIONS:
        raise ValueError(action)
    if vault.unwritable is not None:
        return
    with vault.database.transaction():
        vault.audit.append(action, client_id, **details)
