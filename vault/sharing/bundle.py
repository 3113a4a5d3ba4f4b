"""Encrypted bundles for one client: a preview of exactly what goes out, then the file.

An age bundle is a zip of `report.pdf`, `MANIFEST.json` (size and SHA-256 of every
other file) with its minisign signature, `minisign.pub`, `data/` (JSON, and CSV for
spreadsheets) and `files/` (the attachments), encrypted to the client's age key or to
a new passphrase. The PDF alternative is the report with the CSV attached, encrypted
with AES-256 (R6).

One client at a time, by construction: everything is read by that client's id and
opened with that client's key (`ClientStore`, `AttachmentStore.list`), so a value of
another client cannot even be decrypted here, and each attachment's chunks must
authenticate as that attachment's (AES-GCM), which makes them the very bytes whose
SHA-256 is sealed in its row and listed in the manifest.

Streaming: the zip is produced piece by piece (attachments a chunk at a time) straight
into the encryptor and the output file, so memory stays at a few MiB whatever the
bundle's size; only the small files (data, report, manifest) are built in memory.
The ciphertext is written, hashed and synced on helper threads (all three release the
GIL) while the encryptor goes on. The output is a 0600 temp file beside the target,
renamed into place in the transaction that writes the audit entry: a failure or a
cancel leaves nothing behind, and no plaintext ever touches the disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import secrets
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from vault.audit.log import Detail
from vault.audit.pending import PASSPHRASE_NOT_KEPT
from vault.domain.model import Sensitivity
from vault.errors import BadInput
from vault.sharing.age_writer import PassphraseEncryptor, X25519Encryptor
from vault.sharing.contents import (
    DATA_JSON,
    FILES_DIR,
    ClientData,
    csv_files,
    data_json,
    file_paths,
    json_bytes,
)
from vault.sharing.delivery import Contact, DeliveryMode, DeliveryStore, fingerprint
from vault.sharing.output import Output, ZipSink, writing_output
from vault.sharing.passphrase import Passphrase, PassphraseStyle, generate
from vault.sharing.report import BundleFile, Language, ReportContent, render_report
from vault.storage.blob_io import check_output
from vault.storage.fileio import PRIVATE_FILE, fsync_dir

if TYPE_CHECKING:
    from vault.state import UnlockedState

BUNDLE_FORMAT = "clientvault-bundle/1"
REPORT_NAME = "report.pdf"
# An encrypted PDF is built in memory and mostly goes by mail: it carries the client's
# files up to this total (most mail services stop at 20-25 MB); above it, none of
# them, and the report says to ask for an age bundle.
PDF_FILES_LIMIT = 20 * 1024 * 1024
MANIFEST_NAME = "MANIFEST.json"
SIGNATURE_NAME = "MANIFEST.json.minisig"
PUBLIC_KEY_NAME = "minisign.pub"
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)

Progress = Callable[[int, int], bool]  # (bytes done, bytes in all); False cancels


class BundleFormat(StrEnum):
    AGE = "age"
    PDF = "pdf"


def parse_format(text: str) -> BundleFormat:
    try:
        return BundleFormat(text)
    except ValueError as exc:
        raise BadInput("Unknown bundle format; use age or pdf.") from exc


@dataclass(frozen=True)
class Recipient:
    """Who a bundle is for, from the client's delivery setting."""

    mode: DeliveryMode
    contact: Contact
    public_key: str | None  # mode age
    style: PassphraseStyle | None  # mode passphrase

    @property
    def fingerprint(self) -> str | None:
        return None if self.public_key is None else fingerprint(self.public_key)


@dataclass(frozen=True)
class _Report:
    """report.pdf as the preview rendered it, and from what: rendering (subsetting a CJK
    font) is a third of a preview, and the bytes depend only on these (vault/pdf renders
    reproducibly), so an export of unchanged content need not render it again."""

    content: ReportContent
    language: Language
    pdf: bytes


@dataclass(frozen=True)
class BundlePreview:
    """Exactly what `export` will write: pass it back to write that and nothing else."""

    client_id: str
    client_name: str
    format: BundleFormat
    language: Language
    created_at: str
    recipient: Recipient
    files: tuple[BundleFile, ...]  # paths inside the zip (inside the PDF: its attachments)
    kinds: Mapping[str, int]  # record counts by kind
    attachments: int  # the client's attachments, in the bundle or not
    left_out: int  # attachments an encrypted PDF does not carry
    special_care: bool  # a record marked 要配慮個人情報 goes out: warn before writing
    # Reused by `export` when the report's content is unchanged; no record values in it.
    report: _Report | None = field(default=None, repr=False, compare=False)

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the file written
    size: int
    passphrase: Passphrase | None  # show it once; never put it in the same message
    preview: BundlePreview
    # Said with the result when the vault could not log it (vault/audit/pending.py).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Entry:
    file: BundleFile
    data: bytes | None = None  # small files, built in memory
    attachment_id: str | None = None  # streamed from the vault


@dataclass(frozen=True)
class _Plan:
    preview: BundlePreview
    entries: tuple[_Entry, ...]


class BundleExporter:
    """Previews and writes bundles; each reads one client's data and nothing else."""

    def __init__(
        self, state: UnlockedState, delivery: DeliveryStore, now: Callable[[], str]
    ) -> None:
        self._state = state
        self._delivery = delivery
        self._now = now

    def preview(
        self,
        client_id: str,
        *,
        format: BundleFormat = BundleFormat.AGE,
        language: Language = Language.JA,
    ) -> BundlePreview:
        return self._plan(client_id, format, language, self._now()).preview

    def export(
        self, preview: BundlePreview, out: Path, *, progress: Progress | None = None
    ) -> ExportResult:
        """Write what `preview` showed to the new file `out`, or refuse if it changed."""
        check_output(out)
        plan = self._plan(
            preview.client_id, preview.format, preview.language, preview.created_at, preview.report
        )
        if plan.preview != preview:
            raise BadInput(
                "The client's data or delivery setting changed after the preview; "
                "nothing was exported."
            )
        recipient = preview.recipient
        passphrase = None if recipient.style is None else generate(recipient.style)
        tmp = out.with_name(f".clientvault-{secrets.token_hex(6)}.tmp")
        with writing_output():
            fd = os.open(tmp, _NEW_FILE, PRIVATE_FILE)
        try:
            try:
                with Output(fd) as output:
                    if passphrase is not None and preview.format is BundleFormat.PDF:  # always both
                        self._write_pdf(plan, passphrase, output, progress)
                    else:
                        self._write_age(plan, recipient, passphrase, output, progress)
                    sha256 = output.finish()
                with writing_output():
                    os.fsync(fd)
            finally:
                os.close(fd)
            notes = self._commit(plan, passphrase, sha256, output.size, tmp, out)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        with contextlib.suppress(OSError):  # the file is complete; only its durability waits
            fsync_dir(out.parent)
        return ExportResult(out, sha256, output.size, passphrase, preview, notes)

    # -- planning ----------------------------------------------------------------

    def _recipient(self, client_id: str, bundle_format: BundleFormat) -> Recipient:
        setting = self._delivery.get(client_id)
        if setting is None:
            raise BadInput(
                "This client has no delivery setting; choose the contact person and an age "
                "key or a passphrase first."
            )
        if setting.contact is None:
            raise BadInput(
                "The contact person this client's bundles go to was deleted; choose another."
            )
        if bundle_format is BundleFormat.PDF and setting.mode is DeliveryMode.AGE:
            raise BadInput(
                "An encrypted PDF opens with a passphrase, but this client's bundles go to "
                "an age key."
            )
        return Recipient(setting.mode, setting.contact, setting.public_key, setting.style)

    def _read(self, client_id: str) -> ClientData:
        """The client's entry, records and attachments, each opened with its key only."""
        state = self._state
        attachments = state.attachments.list(client_id)
        paths = dict(
            zip((a.id for a in attachments), file_paths(a.name for a in attachments), strict=True)
        )
        return ClientData(
            state.store.get_client(client_id),
            state.store.list_records(client_id),
            attachments,
            paths,
        )

    def _plan(
        self,
        client_id: str,
        bundle_format: BundleFormat,
        language: Language,
        created_at: str,
        rendered: _Report | None = None,
    ) -> _Plan:
        """Everything the bundle holds, read and built now; the report is `rendered`'s
        when it was rendered from the same content."""
        recipient = self._recipient(client_id, bundle_format)
        content, told = self._content(client_id, bundle_format, created_at, recipient)
        if rendered is None or (rendered.content, rendered.language) != (told, language):
            rendered = _Report(told, language, render_report(told, language))
        report = _in_memory(REPORT_NAME, rendered.pdf)
        entries = (
            [report, *content]
            if bundle_format is BundleFormat.PDF
            else self._signed(client_id, created_at, report, content)
        )
        preview = BundlePreview(
            client_id=client_id,
            client_name=told.client_name,
            format=bundle_format,
            language=language,
            created_at=created_at,
            recipient=recipient,
            files=tuple(e.file for e in entries),
            kinds=told.kinds,
            attachments=told.attachments,
            left_out=told.left_out,
            special_care=told.special_care > 0,
            report=rendered,
        )
        return _Plan(preview, tuple(entries))

    def _content(
        self, client_id: str, bundle_format: BundleFormat, created_at: str, recipient: Recipient
    ) -> tuple[list[_Entry], ReportContent]:
        """The files besides the report, and what the report says. The client's records
        are let go on return, before the report's font is subset (a preview's memory
        peak), so the two do not add up."""
        data = self._read(client_id)
        pdf = bundle_format is BundleFormat.PDF
        # Inside the PDF the CSV files are attachments with plain names.
        content = [
            _in_memory(path.removeprefix("data/") if pdf else path, body)
            for path, body in csv_files(data)
        ]
        identity = self._state.signer.identity
        carried = not pdf or sum(a.size for a in data.attachments) <= PDF_FILES_LIMIT
        if pdf and carried:  # plain names: they are the PDF's attachments
            content += [
                _Entry(
                    BundleFile(data.paths[a.id].removeprefix(FILES_DIR), a.size, a.sha256),
                    attachment_id=a.id,
                )
                for a in data.attachments
            ]
        if not pdf:
            files = [
                _Entry(BundleFile(data.paths[a.id], a.size, a.sha256), attachment_id=a.id)
                for a in data.attachments
            ]
            content = [
                _in_memory(DATA_JSON, data_json(data)),
                *content,
                *files,
                _in_memory(PUBLIC_KEY_NAME, identity.minisign_file().encode()),
            ]
        kinds: dict[str, int] = {}
        for record in data.records:
            kinds[record.kind.value] = kinds.get(record.kind.value, 0) + 1
        told = ReportContent(
            client_id=client_id,
            client_name=data.client.name,
            created_at=created_at,
            encrypted_pdf=pdf,
            recipient=recipient.contact.label,
            key_fingerprint=recipient.fingerprint,
            kinds=kinds,
            special_care=sum(r.sensitivity is Sensitivity.SPECIAL_CARE for r in data.records),
            attachments=len(data.attachments),
            attachment_bytes=sum(a.size for a in data.attachments),
            left_out=0 if carried else len(data.attachments),
            files=[e.file for e in content],
            signing_key=identity.minisign_key,
        )
        return content, told

    def _signed(
        self, client_id: str, created_at: str, report: _Entry, content: Sequence[_Entry]
    ) -> list[_Entry]:
        """The manifest and its signature first, so a reader meets them before the files."""
        signer = self._state.signer
        manifest = {
            "format": BUNDLE_FORMAT,
            "client_id": client_id,
            "created_at": created_at,
            "signing_key": signer.identity.minisign_key,
            "files": [
                {"path": e.file.path, "size": e.file.size, "sha256": e.file.sha256}
                for e in (report, *content)
            ],
        }
        encoded = json_bytes(manifest)
        signature = signer.sign(
            encoded,
            f"ClientVault bundle client:{client_id} created_at:{created_at}",
            "signature from a ClientVault vault key",
        )
        return [
            report,
            _in_memory(MANIFEST_NAME, encoded),
            _in_memory(SIGNATURE_NAME, signature.encode()),
            *content,
        ]

    # -- writing -----------------------------------------------------------------

    def _write_age(
        self,
        plan: _Plan,
        recipient: Recipient,
        passphrase: Passphrase | None,
        output: Output,
        progress: Progress | None,
    ) -> None:
        encryptor = (
            X25519Encryptor(output.write, recipient.public_key or "")
            if passphrase is None
            else PassphraseEncryptor(output.write, passphrase.text)
        )
        for chunk in self._zip_chunks(plan, progress):
            encryptor.write(chunk)
        encryptor.close()

    def _write_pdf(
        self, plan: _Plan, passphrase: Passphrase, output: Output, progress: Progress | None
    ) -> None:
        from vault.sharing.pdf_export import encrypted_pdf  # noqa: PLC0415 - pikepdf loads slowly

        report, *attached = plan.entries
        data = encrypted_pdf(
            report.data or b"",
            [(e.file.path, b"".join(self._pieces(e))) for e in attached],
            passphrase.text,
        )
        total = plan.preview.total_size
        if progress is not None and not progress(total, total):
            raise BadInput("Cancelled; nothing was exported.")
        output.write(data)

    def _zip_chunks(self, plan: _Plan, progress: Progress | None) -> Iterator[bytes]:
        """The zip, piece by piece: zipfile writes into a sink that is emptied after each
        write, so no more than one attachment chunk is held at a time."""
        total, done = plan.preview.total_size, 0
        stamp = dt.datetime.fromisoformat(plan.preview.created_at).timetuple()[:6]
        sink = ZipSink()
        with zipfile.ZipFile(sink, "w", allowZip64=True) as archive:
            for entry in plan.entries:
                info = zipfile.ZipInfo(entry.file.path, stamp)
                info.file_size = entry.file.size  # > 4 GiB: zip64 from the start
                # Attachments are mostly compressed already (PDF, JPEG, Office): storing
                # them keeps the export as fast as encryption alone.
                stored = entry.attachment_id is not None
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                with archive.open(info, "w") as member:
                    for piece in self._pieces(entry):
                        member.write(piece)
                        done += len(piece)
                        if progress is not None and not progress(done, total):
                            raise BadInput("Cancelled; nothing was exported.")
                        yield from sink.drain()
                yield from sink.drain()
        yield from sink.drain()

    def _pieces(self, entry: _Entry) -> Iterator[bytes]:
        """An attachment is not hashed again: `open_stream` authenticates every chunk
        (AES-GCM, bound to the attachment, its index and the last-chunk flag) against the
        size in its row, so what it yields is exactly the plaintext whose SHA-256 was
        sealed in that row at attach time; altered, swapped or cut blobs raise
        VaultTampered."""
        if entry.attachment_id is None:
            yield entry.data or b""
            return
        yield from self._state.attachments.open_stream(entry.attachment_id)

    def _commit(
        self,
        plan: _Plan,
        passphrase: Passphrase | None,
        sha256: str,
        size: int,
        tmp: Path,
        out: Path,
    ) -> tuple[str, ...]:
        """Audit entry, kept passphrase and rename: all three happen, or none. A vault
        opened read-only (a full disk) still writes to another disk: the entry is noted
        for the next unlock where it fits, and the returned notes say what is true."""
        preview = plan.preview
        recipient = preview.recipient
        key = {} if recipient.fingerprint is None else {"fingerprint": recipient.fingerprint}
        # Which records (id:version) and attachments went out, so that an incident report
        # for a misdelivered bundle covers exactly what it carried (vault/incident). The
        # plan was read on this thread just before, so these are the rows it was built from.
        db = self._state.db
        held = {
            "records": ",".join(
                f"{r[0]}:{r[1]}"
                for r in db.execute(
                    "SELECT id, version FROM records WHERE client_id = ? ORDER BY id",
                    (preview.client_id,),
                )
            ),
            "attachments": ",".join(
                r[0]
                for r in db.execute(
                    "SELECT id FROM attachments WHERE client_id = ? ORDER BY id",
                    (preview.client_id,),
                )
            )
            if preview.format is BundleFormat.AGE
            else "",
        }
        details: dict[str, Detail] = {
            "format": preview.format.value,
            "recipient": recipient.mode.value,
            "contact": recipient.contact.record_id,
            "files": len(preview.files),
            "sha256": sha256,
            "size": size,
            **held,
            **key,
        }
        if self._state.db.read_only:
            check_output(out)
            with writing_output():
                tmp.replace(out)
            noted = self._state.pending_audit.note("export.encrypted", preview.client_id, **details)
            return (noted,) if passphrase is None else (noted, PASSPHRASE_NOT_KEPT)
        with self._state.db.transaction():
            if passphrase is not None:
                self._delivery.keep_passphrase(
                    preview.client_id, passphrase, sha256, preview.created_at
                )
            self._state.audit.append("export.encrypted", preview.client_id, **details)
            check_output(out)  # created by someone else meanwhile
            with writing_output():
                tmp.replace(out)
        return ()


# -- the pieces a bundle is made of ----------------------------------------------------


def _in_memory(path: str, data: bytes) -> _Entry:
    return _Entry(BundleFile(path, len(data), hashlib.sha256(data).hexdigest()), data=data)
