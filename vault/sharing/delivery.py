"""How each client receives bundles: to their age public key, or to a generated passphrase.

A bundle goes to one of the client's own contact records, never to an address typed
at export time: mail to the wrong address is a failure this app exists to prevent.
The age key is what the client pasted or scanned, confirmed by its fingerprint over
the phone; the passphrase of the latest passphrase bundle is kept sealed so it can
be told again. Both are sealed under the client's key, so erasing the client erases
them too.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pyrage  # type: ignore[import-untyped]

from vault.audit.log import AuditLog
from vault.errors import BadInput
from vault.keys.client_keys import FieldCipher
from vault.keys.sealing import Sealer
from vault.sharing.age_writer import x25519_recipient
from vault.sharing.passphrase import Passphrase, PassphraseStyle
from vault.storage.db import Database
from vault.storage.record_binding import BOUND_SQL

FINGERPRINT_GROUPS = 6  # of four hex digits: 96 bits, read aloud like a passphrase
_SECRET_KEY_PREFIX = "AGE-SECRET-KEY-"  # noqa: S105 - how to recognise one


class DeliveryMode(StrEnum):
    AGE = "age"
    PASSPHRASE = "passphrase"  # noqa: S105 - a mode name


@dataclass(frozen=True)
class Contact:
    """A contact record of the client: the only kind of recipient there is."""

    record_id: str
    name: str
    email: str | None
    organization: str | None = None  # shown beside the name before a bundle is written:
    address: str | None = None  # a mis-sent attachment is a common leak

    @property
    def label(self) -> str:
        """How a preview names the recipient: the name, and the address when there is one."""
        return self.name if not self.email else f"{self.name} <{self.email}>"


@dataclass(frozen=True)
class DeliverySetting:
    client_id: str
    mode: DeliveryMode
    contact_id: str
    contact: Contact | None  # None: that contact record was deleted since
    public_key: str | None  # mode age
    style: PassphraseStyle | None  # mode passphrase
    has_passphrase: bool  # the latest passphrase bundle's passphrase can be told again
    created_at: str
    updated_at: str

    @property
    def fingerprint(self) -> str | None:
        return None if self.public_key is None else fingerprint(self.public_key)


@dataclass(frozen=True)
class ToldPassphrase:
    """A kept passphrase and the bundle it opens."""

    passphrase: Passphrase
    bundle_sha256: str
    exported_at: str


def check_age_recipient(text: str) -> str:
    """An age X25519 public key in its canonical form (lower case), or BadInput."""
    key = unicodedata.normalize("NFKC", text).strip()
    if key.upper().startswith(_SECRET_KEY_PREFIX):
        raise BadInput(
            "That is an age secret key, which must stay with the client; "
            "ask for the public key (age1...)."
        )
    try:
        canonical = str(pyrage.x25519.Recipient.from_str(key.lower()))
    except pyrage.RecipientError as exc:
        raise BadInput("That is not an age public key (age1... with a valid checksum).") from exc
    try:  # what the export will use, so it cannot fail there
        x25519_recipient(canonical)
    except ValueError as exc:
        raise BadInput(
            "That age public key is a low-order key that nobody can decrypt for; ask the "
            "client for the public key their age program shows."
        ) from exc
    return canonical


def fingerprint(public_key: str) -> str:
    """The first 96 bits of SHA-256 over the key's text, in groups of four hex digits.

    For confirming a pasted key over the phone without reading out 62 characters;
    the client gets the same with `printf %s age1... | sha256sum`.
    """
    digest = hashlib.sha256(public_key.encode("ascii")).hexdigest().upper()
    return " ".join(digest[i * 4 : i * 4 + 4] for i in range(FINGERPRINT_GROUPS))


class DeliveryStore:
    """Delivery settings of every client for one connection."""

    def __init__(
        self, db: Database, cipher: FieldCipher, audit: AuditLog, now: Callable[[], str]
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._audit = audit
        self._now = now

    def contacts(self, client_id: str) -> list[Contact]:
        """The people a bundle for this client can go to: its contact records."""
        return self._contacts(client_id, self._cipher.sealer(client_id), None)

    def get(self, client_id: str) -> DeliverySetting | None:
        found = self._load(client_id)
        return found[0] if found else None

    def set_age(self, client_id: str, contact_id: str, public_key: str) -> DeliverySetting:
        """Bundles for this client go to `contact_id`, encrypted to this age key."""
        key = check_age_recipient(public_key)
        sealer = self._checked(client_id, contact_id)
        sealed = self._cipher.seal(sealer, client_id, "deliveries", client_id, "recipient", key)
        details = {"fingerprint": fingerprint(key)}
        self._save(client_id, DeliveryMode.AGE, None, contact_id, sealed, details)
        return self._load(client_id)[0]

    def set_passphrase(
        self, client_id: str, contact_id: str, style: PassphraseStyle = PassphraseStyle.DIGITS
    ) -> DeliverySetting:
        """Bundles for this client go to `contact_id`, each under a new passphrase."""
        self._checked(client_id, contact_id)
        details = {"style": style.value}
        self._save(client_id, DeliveryMode.PASSPHRASE, style, contact_id, None, details)
        return self._load(client_id)[0]

    def passphrase(self, client_id: str) -> ToldPassphrase:
        """Tell the latest bundle's passphrase again (audit-logged, like an export)."""
        sealer = self._cipher.sealer(client_id)
        sealed = self._db.scalar(
            "SELECT passphrase FROM deliveries WHERE client_id = ?", (client_id,)
        )
        if sealed is None:
            raise BadInput("No passphrase bundle was made for this client yet.")
        kept = self._open(sealer, client_id, "passphrase", sealed)
        with self._db.transaction():
            self._audit.append("delivery.passphrase-told", client_id, bundle=kept["sha256"])
        return ToldPassphrase(
            Passphrase(PassphraseStyle(kept["style"]), tuple(kept["groups"])),
            kept["sha256"],
            kept["exported_at"],
        )

    def keep_passphrase(
        self, client_id: str, passphrase: Passphrase, bundle_sha256: str, exported_at: str
    ) -> None:
        """Call inside the export's transaction: the passphrase is kept only if the
        bundle it opens was written."""
        kept = {
            "style": passphrase.style.value,
            "groups": list(passphrase.groups),
            "sha256": bundle_sha256,
            "exported_at": exported_at,
        }
        sealer = self._cipher.sealer(client_id)
        sealed = self._cipher.seal(sealer, client_id, "deliveries", client_id, "passphrase", kept)
        self._db.execute(
            "UPDATE deliveries SET passphrase = ? WHERE client_id = ?", (sealed, client_id)
        )

    # -- internals -------------------------------------------------------------

    def _load(self, client_id: str) -> list[DeliverySetting]:
        """The client's setting, or none."""
        sealer = self._cipher.sealer(client_id)
        rows = self._db.execute(
            "SELECT mode, style, contact_id, recipient, passphrase, created_at, updated_at "
            "FROM deliveries WHERE client_id = ?",
            (client_id,),
        )
        if not rows:
            return []
        mode, style, contact_id, recipient, passphrase, created, updated = rows[0]
        contacts = self._contacts(client_id, sealer, contact_id)
        key = None
        if recipient is not None:
            key = self._open(sealer, client_id, "recipient", recipient)
        setting = DeliverySetting(
            client_id=client_id,
            mode=DeliveryMode(mode),
            contact_id=contact_id,
            contact=contacts[0] if contacts else None,
            public_key=key,
            style=None if style is None else PassphraseStyle(style),
            has_passphrase=passphrase is not None,
            created_at=created,
            updated_at=updated,
        )
        return [setting]

    def _checked(self, client_id: str, contact_id: str) -> Sealer:
        sealer = self._cipher.sealer(client_id)
        if not self._contacts(client_id, sealer, contact_id):
            raise BadInput("The recipient must be one of this client's contact records.")
        return sealer

    def _contacts(self, client_id: str, sealer: Sealer, only: str | None) -> list[Contact]:
        rows = self._db.execute(
            f"SELECT id, title, fields, {BOUND_SQL} FROM records "  # noqa: S608
            "WHERE client_id = ?1 AND kind = 'contact' "
            "AND (?2 IS NULL OR id = ?2) ORDER BY created_at, id",
            (client_id, only),
        )
        contacts = []
        for record_id, title, fields, *bound in rows:
            opened = self._cipher.open(
                sealer, client_id, "records", record_id, "fields", fields, tuple(bound)
            )
            values = {key: value for key, value, _type in opened if value.strip()}
            name = values.get("name") or self._cipher.open(
                sealer, client_id, "records", record_id, "title", title, tuple(bound)
            )
            contacts.append(
                Contact(
                    record_id,
                    name,
                    values.get("email"),
                    values.get("organization"),
                    values.get("address"),
                )
            )
        return contacts

    def _open(self, sealer: Sealer, client_id: str, column: str, blob: bytes) -> Any:
        return self._cipher.open(sealer, client_id, "deliveries", client_id, column, blob)

    def _save(
        self,
        client_id: str,
        mode: DeliveryMode,
        style: PassphraseStyle | None,
        contact_id: str,
        recipient: bytes | None,
        details: dict[str, str],
    ) -> None:
        now = self._now()
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO deliveries (client_id, mode, style, contact_id, recipient, "
                "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                "ON CONFLICT (client_id) DO UPDATE SET mode = ?2, style = ?3, contact_id = ?4, "
                "recipient = ?5, updated_at = ?6",
                (client_id, mode.value, style and style.value, contact_id, recipient, now),
            )
            self._audit.append(
                "delivery.changed", client_id, mode=mode.value, contact=contact_id, **details
            )
