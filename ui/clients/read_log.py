"""What the client's access log hears when a saved record's value is revealed or copied.

Shared by the read view and the editor: both show saved secrets, and the log
must not depend on which window the user happened to use (ids only, never values).
"""

from __future__ import annotations

from ui.clients.secret_field import Copy
from ui.vault_session import VaultSession
from vault.domain.model import Record
from vault.inventory.reads import SECRET_REVEALED, VALUE_COPIED, log_read


def logged_copy(session: VaultSession, copy: Copy, client_id: str, record: Record | None) -> Copy:
    """Copying a saved record's value goes into the client's access log (ids only)."""
    if record is None:
        return copy
    record_id = record.id

    def copy_and_log(text: str) -> None:
        copy(text)
        session.run(lambda vault: log_read(vault, VALUE_COPIED, client_id, record=record_id))

    return copy_and_log


def log_reveal(
    session: VaultSession, client_id: str, record: Record | None, revealed: bool
) -> None:
    """Revealing a saved secret goes into the client's access log (ids only)."""
    if not revealed or record is None:
        return
    record_id = record.id
    session.run(lambda vault: log_read(vault, SECRET_REVEALED, client_id, record=record_id))
