"""What features need of an open vault: the unlocked state and a small view of the vault.

Features (erasure, backups, sharing) depend on this module, never on
`vault.session`; their callers (CLI, GUI, tests) compose them over a `Vault`,
so adding a feature does not touch the session.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from vault.audit.log import AuditLog
from vault.audit.pending import PendingAudit
from vault.keys.client_keys import ClientKeys, FieldCipher
from vault.keys.device_secret import DeviceSecretStore
from vault.keys.keyslots import KeySet
from vault.keys.signing import Signer
from vault.search import SearchIndex
from vault.storage.attachments import AttachmentStore
from vault.storage.client_store import ClientStore
from vault.storage.db import Database
from vault.storage.drafts import DraftStore
from vault.storage.form_drafts import FormDraftStore
from vault.storage.retention_store import RetentionStore

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UnlockedState:
    """What exists only while the vault is unlocked: keys, the connection, the stores."""

    def __init__(
        self,
        folder: Path,
        vault_id: str,
        keys: KeySet,
        db: Database,
        timestamp: Callable[[], str],
        zone: dt.tzinfo | None,
    ) -> None:
        self.keys = keys
        self.db = db
        self.client_keys = ClientKeys(vault_id, keys.client_wrap)
        self.audit = AuditLog(db, keys.audit, timestamp)
        self.index: SearchIndex | None = None
        self.index_thread: threading.Thread | None = None
        self.cancel_indexing = threading.Event()
        self.cipher = cipher = FieldCipher(db, vault_id, self.client_keys)
        self.retention = RetentionStore(db, cipher, self.audit, zone)
        self.attachments = AttachmentStore(
            folder, db, cipher, self.audit, timestamp, vault_id=vault_id
        )
        self.store = ClientStore(
            db,
            cipher,
            self.audit,
            timestamp,
            self.retention,
            lambda: self.index,
            on_deleted=self.attachments.remove_orphans,
        )
        self.drafts = DraftStore(db, cipher, self.audit, timestamp)
        self.form_drafts = FormDraftStore(db, cipher, self.audit, timestamp)
        self.signer = Signer(keys.signing)
        # Entries noted while vault.db is read-only (a full disk), for the next unlock.
        self.pending_audit = PendingAudit(folder, vault_id, keys.audit, timestamp)


class OpenVault(Protocol):
    """The part of `vault.session.Vault` that features use."""

    @property
    def folder(self) -> Path: ...

    @property
    def zone(self) -> dt.tzinfo | None: ...

    @property
    def vault_id(self) -> str: ...

    @property
    def header_path(self) -> Path: ...

    @property
    def state(self) -> UnlockedState:
        """Raises VaultLocked when the vault is locked."""
        ...

    @property
    def device_store(self) -> DeviceSecretStore | None: ...

    def timestamp(self) -> str: ...

    def today(self) -> dt.date: ...

    def close(self) -> None: ...
