"""Encrypted drafts: what was half-typed when the vault locked, kept until the user decides.

A lock always wins over an open editor, so the editor's content is saved here
(sealed under the client's key like any record) instead of being lost or
written anywhere in plain text. Drafts are not validated: half-typed input
(an unfinished date) is exactly what they exist to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vault.audit.log import AuditLog
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity, clean_text
from vault.errors import BadInput
from vault.keys.client_keys import FieldCipher
from vault.storage.client_store import new_id
from vault.storage.db import Database


@dataclass(frozen=True)
class Draft:
    id: str
    client_id: str
    record_id: str | None  # None: a record that was never saved
    kind: RecordKind
    title: str
    fields: tuple[Field, ...]
    sensitivity: Sensitivity
    base_version: int  # the version the edit started from, to spot a conflict on restore
    saved_at: str = ""


class DraftStore:
    def __init__(
        self, db: Database, cipher: FieldCipher, audit: AuditLog, now: Callable[[], str]
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._audit = audit
        self._now = now

    def save(self, draft: Draft) -> Draft:
        """Keep one draft per edit: a newer one replaces the draft it was restored from (its
        id) and any other draft of the same record. Returns it with its new id."""
        for item in (draft.title, *(f.value for f in draft.fields)):
            clean_text(item, "draft")
        sealer = self._cipher.sealer(draft.client_id)
        draft_id, now = new_id(), self._now()
        payload = {
            "title": draft.title,
            "fields": [[f.key, f.value, f.type.value] for f in draft.fields],
            "sensitivity": draft.sensitivity.value,
            "base_version": draft.base_version,
        }
        sealed = self._cipher.seal(sealer, draft.client_id, "drafts", draft_id, "payload", payload)
        with self._db.transaction():
            if draft.id:
                self._db.execute("DELETE FROM drafts WHERE id = ?", (draft.id,))
            if draft.record_id is not None:
                self._db.execute("DELETE FROM drafts WHERE record_id = ?", (draft.record_id,))
            self._db.execute(
                "INSERT INTO drafts (id, client_id, record_id, kind, saved_at, payload) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (draft_id, draft.client_id, draft.record_id, draft.kind.value, now, sealed),
            )
            self._audit.append("draft.saved", draft.client_id, draft=draft_id)
        return Draft(
            draft_id,
            draft.client_id,
            draft.record_id,
            draft.kind,
            draft.title,
            tuple(draft.fields),
            draft.sensitivity,
            draft.base_version,
            now,
        )

    def list(self) -> Sequence[Draft]:
        rows = self._db.execute(
            "SELECT id, client_id, record_id, kind, saved_at, payload FROM drafts ORDER BY saved_at"
        )
        drafts = []
        for draft_id, client_id, record_id, kind, saved_at, sealed in rows:
            sealer = self._cipher.sealer(client_id)
            data = self._cipher.open(sealer, client_id, "drafts", draft_id, "payload", sealed)
            drafts.append(
                Draft(
                    draft_id,
                    client_id,
                    record_id,
                    RecordKind(kind),
                    data["title"],
                    tuple(Field(k, v, FieldType(t)) for k, v, t in data["fields"]),
                    Sensitivity(data["sensitivity"]),
                    int(data["base_version"]),
                    saved_at,
                )
            )
        return drafts

    def discard(self, draft_id: str) -> None:
        with self._db.transaction():
            client_id = self._db.scalar("SELECT client_id FROM drafts WHERE id = ?", (draft_id,))
            if client_id is None:
                raise BadInput("No draft with that id.")
            self._db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            self._audit.append("draft.discarded", client_id, draft=draft_id)
