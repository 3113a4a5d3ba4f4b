"""Drafts of editors that are not record editors: a client's dialog, the incident wizard.

Like record drafts (drafts.py): what was half-typed when the vault locked is sealed
here and offered back after unlock, unvalidated, never written in plain text.

Which key: a draft about an existing client is sealed under that client's key, and
goes with the client (deleting or erasing it cascades). A new client has no key
yet, and an incident spans clients; what was typed must not sit under a key every
client shares: so such a draft gets a data key of its own, wrapped like a client's by the
vault's key-wrapping key (vault/keys/client_keys.py). Discarding the draft deletes
its wrapped key with it; a re-key re-wraps it like the clients' (vault/keys/rekey.py).

Editors that take typing and keep no draft, on purpose: password fields (unlock,
create, change password, backup password): a password is never stored; the erase
dialog's typed confirmation: a lock must cancel an erasure, not resume it; the
legal-hold reason, an age public key (pasted) and redaction terms: a line or a word
of an action a lock cancels, retyped in seconds; the incident notices' sender line:
the freelancer's own name; search and filter boxes, which edit nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from vault.audit.log import AuditLog
from vault.domain.model import clean_text
from vault.errors import BadInput
from vault.keys.client_keys import ClientKeys, FieldCipher
from vault.keys.sealing import Sealer
from vault.storage.client_store import new_id
from vault.storage.db import Database

CLIENT_FORM = "client"  # the new-client and edit-client dialog
INCIDENT_FORM = "incident"  # the incident wizard's first page, before it is recorded
FORMS = frozenset({CLIENT_FORM, INCIDENT_FORM})
_TABLE = "form_drafts"


def draft_key_owner(draft_id: str) -> str:
    """The id a new-client draft's own key is wrapped for (never a client id: those are hex)."""
    return f"draft:{draft_id}"


@dataclass(frozen=True)
class FormDraft:
    form: str  # which editor (FORMS)
    client_id: str | None  # None: a client that was never saved
    values: tuple[tuple[str, str], ...]  # the editor's inputs by name, as typed
    base: str = ""  # what the edit began from (the client's updated_at), to spot a conflict
    id: str = ""
    saved_at: str = ""

    def value(self, name: str) -> str:
        return dict(self.values).get(name, "")


class FormDraftStore:
    def __init__(
        self, db: Database, cipher: FieldCipher, audit: AuditLog, now: Callable[[], str]
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._audit = audit
        self._now = now

    def save(self, draft: FormDraft) -> FormDraft:
        """Keep one draft per edit: a newer one replaces the draft it was restored from (its
        id) and any other draft of the same client's form. Returns it with its new id."""
        if draft.form not in FORMS:
            raise BadInput("Unknown draft form.")
        for name, value in draft.values:
            clean_text(name, "draft")
            clean_text(value, "draft")
        draft_id, now = new_id(), self._now()
        payload = {"values": [list(pair) for pair in draft.values], "base": draft.base}
        wrapped: bytes | None = None
        if draft.client_id is None:
            owner = draft_key_owner(draft_id)
            wrapped = self._cipher.keys.wrap_new(owner)
            sealer = self._cipher.keys.sealer(owner, wrapped)
        else:
            owner, sealer = draft.client_id, self._cipher.sealer(draft.client_id)
        try:
            sealed = self._cipher.seal(sealer, owner, _TABLE, draft_id, "payload", payload)
        finally:
            if wrapped is not None:
                self._cipher.keys.forget(owner)
        with self._db.transaction():
            if draft.id:
                self._db.execute("DELETE FROM form_drafts WHERE id = ?", (draft.id,))
            if draft.client_id is not None:
                self._db.execute(
                    "DELETE FROM form_drafts WHERE form = ? AND client_id = ?",
                    (draft.form, draft.client_id),
                )
            self._db.execute(
                "INSERT INTO form_drafts (id, form, client_id, saved_at, wrapped_key, payload) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (draft_id, draft.form, draft.client_id, now, wrapped, sealed),
            )
            self._audit.append("draft.saved", draft.client_id, draft=draft_id, form=draft.form)
        return replace(draft, id=draft_id, saved_at=now)

    def list(self) -> Sequence[FormDraft]:
        rows = self._db.execute(
            "SELECT id, form, client_id, saved_at, wrapped_key, payload FROM form_drafts "
            "ORDER BY saved_at"
        )
        return [self._open(*row) for row in rows]

    def _open(
        self,
        draft_id: str,
        form: str,
        client_id: str | None,
        saved_at: str,
        wrapped: bytes | None,
        sealed: bytes,
    ) -> FormDraft:
        sealer: Sealer
        if client_id is None:
            owner = draft_key_owner(draft_id)
            sealer = self._cipher.keys.sealer(owner, bytes(wrapped or b""))
        else:
            owner, sealer = client_id, self._cipher.sealer(client_id)
        try:
            data = self._cipher.open(sealer, owner, _TABLE, draft_id, "payload", sealed)
        finally:
            if client_id is None:
                self._cipher.keys.forget(owner)
        values = tuple((str(name), str(value)) for name, value in data["values"])
        return FormDraft(form, client_id, values, str(data["base"]), draft_id, saved_at)

    def discard(self, draft_id: str) -> None:
        with self._db.transaction():
            rows = self._db.execute("SELECT client_id FROM form_drafts WHERE id = ?", (draft_id,))
            if not rows:
                raise BadInput("No draft with that id.")
            self._db.execute("DELETE FROM form_drafts WHERE id = ?", (draft_id,))
            self._audit.append("draft.discarded", rows[0][0], draft=draft_id)


def rewrap_draft_keys(db: Database, old: ClientKeys, new: ClientKeys) -> None:
    """A re-key: each new-client draft's own key, wrapped again by the new wrapping key."""
    rows = db.execute("SELECT id, wrapped_key FROM form_drafts WHERE wrapped_key IS NOT NULL")
    for draft_id, wrapped in rows:
        owner = draft_key_owner(draft_id)
        key = old.unwrap(owner, bytes(wrapped))
        try:
            rewrapped = new.wrap(owner, key)
        finally:
            key.wipe()
        db.execute("UPDATE form_drafts SET wrapped_key = ? WHERE id = ?", (rewrapped, draft_id))
