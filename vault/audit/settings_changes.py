"""Settings changes go into the audit log (DESIGN.md, "Audit log").

The settings live outside the vault (the app's own file), so the front end reports
each change here once the vault is unlocked: which settings changed and their new
values. None of them holds personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from vault.audit.log import Detail

if TYPE_CHECKING:
    from vault.session import Vault


def record_settings_change(vault: Vault, changes: Mapping[str, Detail]) -> None:
    if not changes:
        return
    state = vault.state
    with state.db.transaction():
        changed = ", ".join(f"{name}={value}" for name, value in sorted(changes.items()))
        state.audit.append("settings.changed", changed=changed)
