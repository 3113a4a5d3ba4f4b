"""Per-client data keys, and sealing of every value a person wrote.

Every client has its own random data key (DEK), stored only wrapped under the
vault's client-wrap key. Every value is sealed under the DEK with associated
data naming vault, client, table, row and column, so a ciphertext copied to
another row or client fails to open. Destroying a client's wrapped DEK
therefore erases all its content cryptographically.
"""

from __future__ import annotations

import functools
import json
import threading
from typing import Any

from vault.errors import BadInput, VaultTampered
from vault.keys.sealing import AuthenticationFailed, Sealer, aad, aad_part, new_key
from vault.keys.secret import SecretKey
from vault.storage.db import Database


class ClientKeys:
    """Unwraps each client's DEK once per unlock; shared by the indexer thread."""

    def __init__(self, vault_id: str, wrap_key: SecretKey) -> None:
        self._vault_id = vault_id
        self._wrapper = Sealer(wrap_key)
        self._sealers: dict[str, Sealer] = {}
        self._mutex = threading.Lock()

    def _aad(self, client_id: str) -> bytes:
        return aad("dek", self._vault_id, client_id)

    def wrap(self, client_id: str, dek: SecretKey) -> bytes:
        return self._wrapper.seal(bytes(dek.view()), self._aad(client_id))

    def unwrap(self, client_id: str, wrapped: bytes) -> SecretKey:
        try:
            return SecretKey(self._wrapper.open(wrapped, self._aad(client_id)))
        except AuthenticationFailed as exc:
            raise VaultTampered("A client's key failed its integrity check.") from exc

    def wrap_new(self, client_id: str) -> bytes:
        dek = new_key()
        try:
            with self._mutex:
                self._sealers[client_id] = Sealer(dek)
            return self.wrap(client_id, dek)
        finally:
            dek.wipe()

    def sealer(self, client_id: str, wrapped: bytes) -> Sealer:
        with self._mutex:
            cached = self._sealers.get(client_id)
        if cached is not None:
            return cached
        dek = self.unwrap(client_id, wrapped)
        try:
            sealer = Sealer(dek)
        finally:
            dek.wipe()
        with self._mutex:
            return self._sealers.setdefault(client_id, sealer)

    def forget(self, client_id: str) -> None:
        with self._mutex:
            self._sealers.pop(client_id, None)

    def clear(self) -> None:
        """At lock: every key copy the sealers hold is zeroed, then dropped."""
        with self._mutex:
            for sealer in (*self._sealers.values(), self._wrapper):
                sealer.wipe()
            self._sealers.clear()


class FieldCipher:
    """Seals and opens values for one database connection."""

    def __init__(self, db: Database, vault_id: str, keys: ClientKeys) -> None:
        self._db = db
        self._vault_id = vault_id
        self.keys = keys
        # A vault from before records were bound, opened read-only (a full disk), so not
        # converted yet: its values open without their bound columns.
        self.unbound = False

    def sealer(self, client_id: str) -> Sealer:
        wrapped = self._db.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,))
        if wrapped is None:
            raise BadInput("No client with that id.")
        return self.keys.sealer(client_id, bytes(wrapped))

    def seal(
        self,
        sealer: Sealer,
        client_id: str,
        table: str,
        row: str,
        column: str,
        value: Any,
        bound: Bound = (),
    ) -> bytes:
        """`bound`: plain columns of the row the ciphertext is tied to (a record's version
        and policy columns), so changing one of them without the key breaks the seal."""
        data = json.dumps(value, ensure_ascii=False).encode()
        return sealer.seal(data, field_aad(self._vault_id, client_id, table, row, column, bound))

    def open(
        self,
        sealer: Sealer,
        client_id: str,
        table: str,
        row: str,
        column: str,
        blob: bytes,
        bound: Bound = (),
    ) -> Any:
        try:
            if self.unbound:
                bound = ()
            data = sealer.open(
                bytes(blob), field_aad(self._vault_id, client_id, table, row, column, bound)
            )
        except AuthenticationFailed as exc:
            raise VaultTampered(
                "A stored value ({table} {row}, {column}) failed its integrity check.",
                table=table,
                row=row,
                column=column,
            ) from exc
        return _decode(data.decode())


Bound = tuple[str | int | None, ...]


def bound_aad(bound: Bound) -> bytes:
    """The bound columns' values after the field's own AAD; none: the AAD is unchanged.
    None is `~`, which no bound column can hold (integers, codes, ISO dates)."""
    if not bound:
        return b""
    return aad_part("bound") + b"".join(aad_part("~" if v is None else v) for v in bound)


_decode = json.JSONDecoder().decode  # json.loads minus its per-call encoding sniffing


def field_aad(
    vault_id: str, client_id: str, table: str, row: str, column: str, bound: Bound = ()
) -> bytes:
    """aad("field", ...) plus the bound columns; the shared prefix is cached (index speed)."""
    prefix = _field_prefix(vault_id, client_id, table)
    return prefix + aad_part(row) + aad_part(column) + bound_aad(bound)


@functools.lru_cache(maxsize=1024)
def _field_prefix(vault_id: str, client_id: str, table: str) -> bytes:
    return aad("field", vault_id, client_id, table)
