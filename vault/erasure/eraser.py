"""Erasing a client, records, or one person's records across clients, with a certificate.

The order is DESIGN.md's (Erasure), arranged so that a crash at any moment
leaves the data either wholly present (and no certificate) or wholly erased
(with its certificate):

1. The certificate is built and written to `certificates/.pending-<id>/`,
   with a `cleanup.json` naming what must be removed after the commit.
2. One transaction deletes the rows (for a client: its wrapped key too) and
   writes the tombstone and the audit entry. This commit is the erasure.
3. Cleanup: WAL checkpoint (TRUNCATE), incremental vacuum, blob files, the
   app's backups (rewritten or deleted), then the pending folder is renamed to
   its final name and the tombstone marked finished.

Unlocking runs `finish_pending()`: a pending folder with a tombstone is
finished; one without (a crash before step 2) is removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import secrets
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.backup.manager import BackupManager
from vault.erasure.certificate import (
    JSON_NAME,
    PDF_NAME,
    PUBLIC_KEY_NAME,
    PURGE_UNFINISHED,
    SIGNATURE_NAME,
    BackupEntry,
    Certificate,
    certificate_from_json,
    render_pdf,
)
from vault.errors import BadInput, VaultTampered, VaultUnwritable
from vault.storage.fileio import atomic_write, fsync_dir, make_private_dir
from vault.storage.layout import CERTIFICATES_DIR, client_blob_dir
from vault.storage.vault_fs import remove_blob_path

if TYPE_CHECKING:
    from vault.state import OpenVault

CLEANUP_NAME = "cleanup.json"
PENDING_PREFIX = ".pending-"
Progress = Callable[[str], None]


def _ids(ids: Sequence[str]) -> str:
    """A list of ids as one parameter: a JSON array, read with json_each(?) in SQL."""
    return json.dumps(list(ids))


class Reason:
    RULE = "rule"  # a retention rule fell due
    REQUEST = "request"  # the client or the person asked
    MANUAL = "manual"  # the vault's owner decided

    ALL = (RULE, REQUEST, MANUAL)


@dataclass(frozen=True)
class Target:
    """What one erasure covers: a whole client, or records (of one client, or a person's)."""

    scope: str  # client | record | person
    client_ids: tuple[str, ...]
    record_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Preview:
    """Exactly what an erasure would remove, for the confirmation."""

    target: Target
    kinds: dict[str, int]
    attachment_count: int
    attachment_bytes: int
    held: tuple[str, ...]  # record ids on legal hold: the erasure is refused while any is
    backups: tuple[BackupEntry, ...]  # the app's backups that hold the data

    @property
    def record_count(self) -> int:
        return sum(self.kinds.values())


@dataclass(frozen=True)
class ErasureResult:
    certificate: Certificate
    folder: Path  # the certificate's folder: certificate.pdf, .json, .json.minisig
    finished: bool  # False: cleanup stopped (e.g. a backup folder failed); unlock retries


@dataclass(frozen=True)
class _Collected:
    kinds: dict[str, int]
    attachment_count: int
    attachment_bytes: int
    blobs: tuple[str, ...]  # paths relative to the vault folder
    content_sha256: str
    fingerprints: tuple[str, ...]


class Eraser:
    """Erases clients and records of one unlocked vault, with a certificate (DESIGN.md, Erasure)."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault
        self._state = vault.state
        self._db = self._state.db

    @property
    def certificates_dir(self) -> Path:
        return self._vault.folder / CERTIFICATES_DIR

    # -- what would be erased -------------------------------------------------

    def client_target(self, client_id: str) -> Target:
        self._state.store.get_client(client_id)  # refuses an unknown id
        return Target("client", (client_id,))

    def records_target(self, record_ids: Sequence[str], *, person: bool = False) -> Target:
        """Records of one client; with `person`, one person's records across clients."""
        ids = tuple(dict.fromkeys(record_ids))
        if not ids:
            raise BadInput("Name at least one record to erase.")
        clients: list[str] = []
        for record_id in ids:
            client_id = self._db.scalar("SELECT client_id FROM records WHERE id = ?", (record_id,))
            if client_id is None:
                raise BadInput("No record with that id.")
            if client_id not in clients:
                clients.append(client_id)
        if len(clients) > 1 and not person:
            raise BadInput("Records of different clients are erased one client at a time.")
        return Target("person" if person else "record", tuple(clients), ids)

    def preview(self, target: Target) -> Preview:
        kinds, attachments, size = self._counts(target)
        return Preview(
            target, kinds, attachments, size, self._held(target), self._backups(target)[0]
        )

    def _rows(self, target: Target) -> list[tuple[str, str]]:
        """(record id, kind) of every record the target covers."""
        if target.scope == "client":
            return [
                (r[0], r[1])
                for r in self._db.execute(
                    "SELECT id, kind FROM records WHERE client_id = ? ORDER BY id",
                    (target.client_ids[0],),
                )
            ]
        rows = self._db.execute(
            "SELECT id, kind FROM records WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (_ids(target.record_ids),),
        )
        return [(r[0], r[1]) for r in rows]

    def _attachment_rows(self, target: Target) -> list[tuple[str, str, int, bytes]]:
        """(id, client id, size, sealed meta) of every attachment the target covers."""
        if target.scope == "client":
            rows = self._db.execute(
                "SELECT id, client_id, size, meta FROM attachments WHERE client_id = ? ORDER BY id",
                (target.client_ids[0],),
            )
        else:
            rows = self._db.execute(
                "SELECT id, client_id, size, meta FROM attachments "
                "WHERE record_id IN (SELECT value FROM json_each(?)) ORDER BY id",
                (_ids(target.record_ids),),
            )
        return [(r[0], r[1], int(r[2]), bytes(r[3])) for r in rows]

    def _counts(self, target: Target) -> tuple[dict[str, int], int, int]:
        kinds = Counter(kind for _id, kind in self._rows(target))
        attachments = self._attachment_rows(target)
        return dict(sorted(kinds.items())), len(attachments), sum(a[2] for a in attachments)

    def _held(self, target: Target) -> tuple[str, ...]:
        if target.scope == "client":
            rows = self._db.execute(
                "SELECT id FROM records WHERE client_id = ? AND legal_hold = 1",
                (target.client_ids[0],),
            )
        else:
            rows = self._db.execute(
                "SELECT id FROM records "
                "WHERE id IN (SELECT value FROM json_each(?)) AND legal_hold = 1",
                (_ids(target.record_ids),),
            )
        return tuple(r[0] for r in rows)

    def _backups(self, target: Target) -> tuple[tuple[BackupEntry, ...], tuple[BackupEntry, ...]]:
        """The app's backups holding the data: (reachable, so purged; unreachable)."""
        clients = target.client_ids if target.scope == "client" else ()
        holding = BackupManager(self._vault).holding(clients, target.record_ids)
        purged = tuple(BackupEntry(b.id, b.created_at, "purged") for b in holding if b.exists)
        residual = tuple(
            BackupEntry(b.id, b.created_at, "unreachable") for b in holding if not b.exists
        )
        return purged, residual

    # -- erasing --------------------------------------------------------------

    def erase(
        self,
        target: Target,
        reason: str,
        rules: Sequence[str] = (),
        progress: Progress | None = None,
    ) -> ErasureResult:
        """Erase what `target` covers; returns the certificate (see the module docstring)."""
        if reason not in Reason.ALL:
            raise BadInput("The reason must be rule, request or manual.")
        report = progress or (lambda _stage: None)
        if self._held(target):
            raise BadInput(
                "Some of this data is on legal hold; release the hold before erasing it."
            )
        report("certificate")
        collected = self._collect(target)
        # Until the purge completes, a reachable backup still holds the data: the
        # certificate says only that; `_finish` rewrites it as the purge went.
        reachable, residual = self._backups(target)
        unfinished = tuple(replace(b, outcome=PURGE_UNFINISHED) for b in reachable)
        certificate = self._certificate(target, reason, rules, collected, (), unfinished + residual)
        pending = self._write_pending(certificate, target, collected)
        report("delete")
        try:
            self._commit(target, reason, certificate, collected)
        except BaseException:
            shutil.rmtree(pending, ignore_errors=True)
            raise
        for client_id in target.client_ids if target.scope == "client" else ():
            self._state.client_keys.forget(client_id)
        self._drop_from_index(target)
        report("cleanup")
        return self._finish(certificate.certificate_id)

    def _collect(self, target: Target) -> _Collected:
        """Counts, blob paths, key fingerprints and one SHA-256 over all erased content."""
        store, cipher = self._state.store, self._state.cipher
        content: dict[str, Any] = {}
        fingerprints: list[str] = []
        if target.scope == "client":
            client_id = target.client_ids[0]
            client = store.get_client(client_id)
            content["client"] = [client.id, client.name, client.emails, client.phones, client.notes]
            records = store.list_records(client_id)
            wrapped = self._db.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,))
            dek = self._state.client_keys.unwrap(client_id, bytes(wrapped))
            fingerprints.append(dek.fingerprint())
            dek.wipe()
        else:
            records = [store.get_record(record_id) for record_id in target.record_ids]
        content["records"] = sorted(
            [r.id, r.kind.value, r.sensitivity.value, r.title, [[f.key, f.value] for f in r.fields]]
            for r in records
        )
        attachments = self._attachment_rows(target)
        digests = []
        for attachment_id, client_id, size, meta in attachments:
            sealer = cipher.sealer(client_id)
            info = cipher.open(sealer, client_id, "attachments", attachment_id, "meta", meta)
            digests.append([attachment_id, size, info.get("sha256")])
        content["attachments"] = digests
        canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        if target.scope == "client":
            blobs = [client_blob_dir(Path(), target.client_ids[0])]
        else:
            blobs = [client_blob_dir(Path(), a[1]) / a[0] for a in attachments]
        kinds = Counter(r.kind.value for r in records)
        return _Collected(
            kinds=dict(sorted(kinds.items())),
            attachment_count=len(attachments),
            attachment_bytes=sum(a[2] for a in attachments),
            blobs=tuple(str(p) for p in blobs),
            content_sha256=hashlib.sha256(canonical.encode()).hexdigest(),
            fingerprints=tuple(fingerprints),
        )

    def _certificate(
        self,
        target: Target,
        reason: str,
        rules: Sequence[str],
        collected: _Collected,
        purged: Iterable[BackupEntry],
        residual: Iterable[BackupEntry],
    ) -> Certificate:
        return Certificate(
            certificate_id=secrets.token_hex(8),
            vault_id=self._vault.vault_id,
            erased_at=self._vault.timestamp(),
            erased_on=self._vault.today().isoformat(),
            scope=target.scope,
            reason=reason,
            rules=tuple(sorted(set(rules))),
            client_ids=target.client_ids,
            record_count=sum(collected.kinds.values()),
            kinds=collected.kinds,
            attachment_count=collected.attachment_count,
            attachment_bytes=collected.attachment_bytes,
            client_entry=target.scope == "client",
            content_sha256=collected.content_sha256,
            key_fingerprints=collected.fingerprints,
            purged_backups=tuple(purged),
            residual_backups=tuple(residual),
            signing_key=self._state.signer.identity.minisign_key,
        )

    def _write_pending(
        self, certificate: Certificate, target: Target, collected: _Collected
    ) -> Path:
        make_private_dir(self.certificates_dir)
        pending = self.certificates_dir / f"{PENDING_PREFIX}{certificate.certificate_id}"
        make_private_dir(pending)
        cleanup = {
            "certificate_id": certificate.certificate_id,
            "scope": target.scope,
            "client_ids": list(target.client_ids),
            "record_ids": list(target.record_ids),
            "blobs": list(collected.blobs),
        }
        cleanup["mac"] = self._cleanup_mac(cleanup)
        atomic_write(pending / CLEANUP_NAME, json.dumps(cleanup).encode())
        self._write_certificate(pending, certificate)
        fsync_dir(self.certificates_dir)
        return pending

    def _cleanup_mac(self, cleanup: dict[str, Any]) -> str:
        """cleanup.json is acted on at unlock: only a list this vault's key wrote counts."""
        body = {k: v for k, v in cleanup.items() if k != "mac"}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        key = bytes(self._state.keys.audit.view())
        return hmac.new(key, b"clientvault erasure cleanup\0" + canonical, "sha256").hexdigest()

    def _read_cleanup(self, pending: Path, certificate_id: str) -> dict[str, Any]:
        try:
            cleanup = json.loads((pending / CLEANUP_NAME).read_bytes())
            mac = cleanup.get("mac", "") if isinstance(cleanup, dict) else ""
        except ValueError:
            cleanup, mac = {}, ""
        if (
            not isinstance(mac, str)
            or not hmac.compare_digest(mac, self._cleanup_mac(cleanup))
            or cleanup.get("certificate_id") != certificate_id
        ):
            raise VaultTampered(
                "An erasure's cleanup list was not written by this vault; it was not acted on."
            )
        return dict(cleanup)

    def _write_certificate(self, folder: Path, certificate: Certificate) -> None:
        """The JSON last: when it is the certificate's, every other file is too."""
        atomic_write(folder / PDF_NAME, render_pdf(certificate))
        atomic_write(folder / PUBLIC_KEY_NAME, self._state.signer.identity.minisign_file().encode())
        atomic_write(folder / SIGNATURE_NAME, certificate.signature(self._state.signer).encode())
        atomic_write(folder / JSON_NAME, certificate.encode())

    def _commit(
        self, target: Target, reason: str, certificate: Certificate, collected: _Collected
    ) -> None:
        subject = " ".join(target.client_ids if target.scope == "client" else target.record_ids)
        digest = hashlib.sha256(certificate.encode()).hexdigest()
        with self._db.transaction():
            if target.scope == "client":
                self._db.execute("DELETE FROM clients WHERE id = ?", target.client_ids)
            else:
                self._db.execute(
                    "DELETE FROM records WHERE id IN (SELECT value FROM json_each(?))",
                    (_ids(target.record_ids),),
                )
            self._db.execute(
                "INSERT INTO tombstones (id, erased_at, scope, reason, subject, counts, "
                "key_fingerprint, certificate_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    certificate.certificate_id,
                    certificate.erased_at,
                    target.scope,
                    reason,
                    subject,
                    json.dumps({**collected.kinds, "attachments": collected.attachment_count}),
                    ",".join(collected.fingerprints) or None,
                    digest,
                ),
            )
            for client_id in target.client_ids:
                self._state.audit.append(
                    f"{target.scope}.erased",
                    client_id,
                    certificate=certificate.certificate_id,
                    reason=reason,
                    records=certificate.record_count,
                )

    def _drop_from_index(self, target: Target) -> None:
        index = self._state.index
        if index is None:
            return
        if target.scope == "client":
            index.discard_client(target.client_ids[0])
            return
        for record_id in target.record_ids:
            index.discard(target.client_ids[0], record_id)  # a record's id is enough

    # -- cleanup after the commit ---------------------------------------------

    def _finish(self, certificate_id: str) -> ErasureResult:
        pending = self.certificates_dir / f"{PENDING_PREFIX}{certificate_id}"
        cleanup = self._read_cleanup(pending, certificate_id)
        certificate = _certificate_from(json.loads((pending / JSON_NAME).read_text()))
        self._db.checkpoint()
        self._db.execute("PRAGMA incremental_vacuum")
        self._db.checkpoint()
        clients = cleanup["client_ids"] if cleanup["scope"] == "client" else []
        try:
            for relative in cleanup["blobs"]:  # confined to blobs/, no link followed
                remove_blob_path(self._vault.folder, relative)
            outcome = BackupManager(self._vault).purge(
                clients, cleanup["record_ids"], cleanup["blobs"]
            )
        except (OSError, VaultUnwritable):  # e.g. a full disk: unlocking retries
            return ErasureResult(certificate, pending, finished=False)
        purged, residual = _actual_backups(certificate, outcome)
        certificate = replace(certificate, purged_backups=purged, residual_backups=residual)
        if (pending / JSON_NAME).read_bytes() != certificate.encode():
            self._write_certificate(pending, certificate)  # as the backups actually went
        (pending / CLEANUP_NAME).unlink()
        return self._finalize(pending, certificate)

    def _finalize(self, pending: Path, certificate: Certificate) -> ErasureResult:
        final = self.certificates_dir / f"{certificate.erased_on}-{certificate.certificate_id}"
        pending.replace(final)
        fsync_dir(self.certificates_dir)
        self._mark_finished(certificate.certificate_id, final)
        return ErasureResult(certificate, final, finished=True)

    def _mark_finished(self, certificate_id: str, folder: Path) -> None:
        """The tombstone names the certificate as written (its hash) and is finished."""
        digest = hashlib.sha256((folder / JSON_NAME).read_bytes()).hexdigest()
        with self._db.transaction():
            self._db.execute(
                "UPDATE tombstones SET certificate_sha256 = ?, finished_at = ? WHERE id = ?",
                (digest, self._vault.timestamp(), certificate_id),
            )
        self._db.checkpoint()  # the log holds only the finishing update; leave it empty

    def finish_pending(self) -> list[ErasureResult]:
        """After a crash: finish committed erasures, drop certificates of uncommitted ones.

        Each step can be the one a crash interrupted: the cleanup (cleanup.json still
        there), the rename (cleanup.json gone: it is removed only once the
        certificate is final), or marking the tombstone (its folder already final).
        """
        if self.certificates_dir.is_symlink() or not self.certificates_dir.is_dir():
            return []  # none, or a link the app never made: nothing is acted on
        finished = []
        for pending in sorted(self.certificates_dir.glob(f"{PENDING_PREFIX}*")):
            certificate_id = pending.name.removeprefix(PENDING_PREFIX)
            if pending.is_symlink() or not pending.is_dir():
                continue  # not one the app made: left alone
            row = self._db.execute(
                "SELECT finished_at FROM tombstones WHERE id = ?", (certificate_id,)
            )
            if not row:  # the erasure never committed: nothing was erased
                shutil.rmtree(pending)
            elif row[0][0] is not None:
                continue  # finished long ago: a pending folder now is not the app's
            elif (pending / CLEANUP_NAME).exists():
                with contextlib.suppress(VaultTampered):  # left, never acted on
                    finished.append(self._finish(certificate_id))
            else:
                certificate = _certificate_from(json.loads((pending / JSON_NAME).read_text()))
                finished.append(self._finalize(pending, certificate))
        unmarked = self._db.execute("SELECT id FROM tombstones WHERE finished_at IS NULL")
        for (certificate_id,) in unmarked:
            for folder in self.certificates_dir.glob(f"[0-9]*-{certificate_id}"):
                self._mark_finished(certificate_id, folder)
        return finished


def _certificate_from(data: dict[str, Any]) -> Certificate:
    backups = data["backups"]
    purged = [BackupEntry(b["id"], b["created_at"], b["outcome"]) for b in backups["purged"]]
    residual = [
        BackupEntry(b["id"], b["created_at"], b["outcome"]) for b in backups["still_holding"]
    ]
    return certificate_from_json(data, purged, residual)


def _actual_backups(
    certificate: Certificate, outcome: Any
) -> tuple[tuple[BackupEntry, ...], tuple[BackupEntry, ...]]:
    """The certificate's backup lists as the purge actually went."""
    created = {
        b.backup_id: b.created_at
        for b in (*certificate.purged_backups, *certificate.residual_backups)
    }
    purged = [BackupEntry(i, created.get(i, ""), "rewritten") for i in outcome.rewritten]
    purged += [BackupEntry(i, created.get(i, ""), "deleted") for i in outcome.deleted]
    residual = [BackupEntry(i, created.get(i, ""), "unreachable") for i in outcome.unreachable]
    return tuple(sorted(purged, key=lambda b: b.backup_id)), tuple(residual)
