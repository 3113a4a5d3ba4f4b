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
import csv
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import unicodedata
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.domain.model import KIND_FIELDS, Client, Record, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.sharing.age_writer import PassphraseEncryptor, X25519Encryptor
from vault.sharing.delivery import Contact, DeliveryMode, DeliveryStore, fingerprint
from vault.sharing.passphrase import Passphrase, PassphraseStyle, generate
from vault.sharing.report import BundleFile, Language, ReportContent, render_report
from vault.storage.attachments import Attachment, check_output
from vault.storage.fileio import PRIVATE_FILE, fsync_dir

if TYPE_CHECKING:
    from vault.session import UnlockedState

BUNDLE_FORMAT = "clientvault-bundle/1"
DATA_FORMAT = "clientvault-bundle-data/1"
REPORT_NAME = "report.pdf"
# An encrypted PDF is built in memory and mostly goes by mail: it carries the client's
# files up to this total (most mail services stop at 20-25 MB); above it, none of
# them, and the report says to ask for an age bundle.
PDF_FILES_LIMIT = 20 * 1024 * 1024
MANIFEST_NAME = "MANIFEST.json"
SIGNATURE_NAME = "MANIFEST.json.minisig"
PUBLIC_KEY_NAME = "minisign.pub"
DATA_JSON = "data/client.json"
ATTACHMENTS_CSV = "data/attachments.csv"
KIND_CSV = {
    RecordKind.CONTACT: "data/contacts.csv",
    RecordKind.NOTE: "data/notes.csv",
    RecordKind.CREDENTIAL: "data/credentials.csv",
    RecordKind.RECORD: "data/records.csv",
}
FILES_DIR = "files/"
MAX_NAME_BYTES = 255
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Names Windows reserves for devices, whatever the extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
_FORBIDDEN = frozenset('<>:"/\\|?*')  # not allowed in a Windows file name
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
# The encryptors hand over 64 KiB at a time; a helper thread writes and hashes
# batches of at least this much, with at most BATCHES_AHEAD of them waiting, and
# another syncs the file every SYNC_EVERY bytes. Hashing on a third thread of its own
# was slower on 2 cores (bench/export.py measures the export).
BATCH_BYTES = 1 << 20
BATCHES_AHEAD = 4
SYNC_EVERY = 64 << 20
JSON_PIECES = 4096  # encoded pieces of a JSON file joined and written at once

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


@dataclass(frozen=True)
class _Entry:
    file: BundleFile
    data: bytes | None = None  # small files, built in memory
    attachment_id: str | None = None  # streamed from the vault


@dataclass(frozen=True)
class _Plan:
    preview: BundlePreview
    entries: tuple[_Entry, ...]


@dataclass(frozen=True)
class _ClientData:
    client: Client
    records: list[Record]
    attachments: list[Attachment]
    paths: dict[str, str]  # attachment id -> path in the zip


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
        with _writing_output():
            fd = os.open(tmp, _NEW_FILE, PRIVATE_FILE)
        try:
            try:
                with _Output(fd) as output:
                    if passphrase is not None and preview.format is BundleFormat.PDF:  # always both
                        self._write_pdf(plan, passphrase, output, progress)
                    else:
                        self._write_age(plan, recipient, passphrase, output, progress)
                    sha256 = output.finish()
                with _writing_output():
                    os.fsync(fd)
            finally:
                os.close(fd)
            self._commit(plan, passphrase, sha256, output.size, tmp, out)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        with contextlib.suppress(OSError):  # the file is complete; only its durability waits
            fsync_dir(out.parent)
        return ExportResult(out, sha256, output.size, passphrase, preview)

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

    def _read(self, client_id: str) -> _ClientData:
        """The client's entry, records and attachments, each opened with its key only."""
        state = self._state
        attachments = state.attachments.list(client_id)
        paths = dict(
            zip((a.id for a in attachments), file_paths(a.name for a in attachments), strict=True)
        )
        return _ClientData(
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
            for path, body in _csv_files(data)
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
                _in_memory(DATA_JSON, _data_json(data)),
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
        encoded = _json_bytes(manifest)
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
        output: _Output,
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
        self, plan: _Plan, passphrase: Passphrase, output: _Output, progress: Progress | None
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
        sink = _Sink()
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
    ) -> None:
        """Audit entry, kept passphrase and rename: all three happen, or none."""
        preview = plan.preview
        recipient = preview.recipient
        key = {} if recipient.fingerprint is None else {"fingerprint": recipient.fingerprint}
        with self._state.db.transaction():
            if passphrase is not None:
                self._delivery.keep_passphrase(
                    preview.client_id, passphrase, sha256, preview.created_at
                )
            self._state.audit.append(
                "export.encrypted",
                preview.client_id,
                format=preview.format.value,
                recipient=recipient.mode.value,
                contact=recipient.contact.record_id,
                files=len(preview.files),
                sha256=sha256,
                size=size,
                **key,
            )
            check_output(out)  # created by someone else meanwhile
            with _writing_output():
                tmp.replace(out)


# -- the pieces a bundle is made of ----------------------------------------------------


def _in_memory(path: str, data: bytes) -> _Entry:
    return _Entry(BundleFile(path, len(data), hashlib.sha256(data).hexdigest()), data=data)


def file_paths(names: Iterable[str]) -> list[str]:
    """Zip paths under files/ for attachment names: one plain name each, safe on every
    system the client may unpack on, duplicates (ignoring case) numbered."""
    taken: set[str] = set()
    paths = []
    for name in names:
        base = _safe_name(name)
        stem, dot, extension = base.rpartition(".")
        if not stem:  # no extension (or a leading dot only)
            stem, dot, extension = base, "", ""
        candidate, number = base, 1
        while unicodedata.normalize("NFC", candidate).casefold() in taken:
            number += 1
            candidate = _fit(stem, f" ({number}){dot}{extension}")
        taken.add(unicodedata.normalize("NFC", candidate).casefold())
        paths.append(FILES_DIR + candidate)
    return paths


def _safe_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    name = "".join(
        "_" if ch in _FORBIDDEN or unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in name
    )
    name = name.rstrip(" .").lstrip(" ")  # Windows drops trailing dots and spaces
    if not name:
        name = "file"
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return _fit(name, "")


def _fit(stem: str, suffix: str) -> str:
    """`stem + suffix` cut (in the stem) to the byte length file systems allow."""
    room = MAX_NAME_BYTES - len(suffix.encode())
    return stem.encode()[:room].decode(errors="ignore") + suffix


def _cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """CSV that Excel opens as UTF-8 (byte order mark, CRLF), formulas neutralised."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in header])
    writer.writerows([_cell(v) for v in row] for row in rows)
    return text.getvalue().encode("utf-8-sig")


def _csv_files(data: _ClientData) -> list[tuple[str, bytes]]:
    """One CSV per record kind present, with a column per field key; one of attachments."""
    record_files: dict[str | None, list[str]] = {}
    for a in data.attachments:
        record_files.setdefault(a.record_id, []).append(data.paths[a.id])
    files = []
    for kind, path in KIND_CSV.items():
        records = [r for r in data.records if r.kind is kind]
        if not records:
            continue
        present = list(dict.fromkeys(f.key for r in records for f in r.fields))
        keys = [k for k in KIND_FIELDS[kind] if k in present]
        keys += [k for k in present if k not in keys]
        header = ["id", "title", "sensitivity", "created_at", "updated_at", "retain_until"]
        rows = [
            [
                r.id,
                r.title,
                r.sensitivity.value,
                r.created_at,
                r.updated_at,
                r.retain_until or "",
                *("\n".join(f.value for f in r.fields if f.key == k) for k in keys),
                "\n".join(record_files.get(r.id, [])),
            ]
            for r in records
        ]
        files.append((path, csv_bytes([*header, *keys, "attachments"], rows)))
    if data.attachments:
        header = ["path", "name", "media_type", "size", "sha256", "record_id", "created_at"]
        rows = [
            [
                data.paths[a.id],
                a.name,
                a.media_type,
                str(a.size),
                a.sha256,
                a.record_id or "",
                a.created_at,
            ]
            for a in data.attachments
        ]
        files.append((ATTACHMENTS_CSV, csv_bytes(header, rows)))
    return files


def _data_json(data: _ClientData) -> bytes:
    """Everything in one document, for programs (the CSV files are for people)."""
    c = data.client
    record_files: dict[str | None, list[str]] = {}
    for a in data.attachments:
        record_files.setdefault(a.record_id, []).append(data.paths[a.id])
    document: dict[str, Any] = {
        "format": DATA_FORMAT,
        "client": {
            "id": c.id,
            "name": c.name,
            "emails": list(c.emails),
            "phones": list(c.phones),
            "notes": c.notes,
            "created_at": c.created_at,
            "updated_at": c.updated_at,
            "files": record_files.get(None, []),
        },
        "records": [
            {
                "id": r.id,
                "kind": r.kind.value,
                "title": r.title,
                "sensitivity": r.sensitivity.value,
                "created_at": r.created_at,
                "updated_at": r.updated_at,
                "retain_until": r.retain_until,
                "fields": [
                    {"key": f.key, "value": f.value, "type": f.type.value} for f in r.fields
                ],
                "files": record_files.get(r.id, []),
            }
            for r in data.records
        ],
        "attachments": [
            {
                "path": data.paths[a.id],
                "name": a.name,
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256,
                "record_id": a.record_id,
                "created_at": a.created_at,
            }
            for a in data.attachments
        ],
    }
    return _json_bytes(document)


def _json_bytes(document: Mapping[str, Any]) -> bytes:
    """`json.dumps(document, ensure_ascii=False, indent=2)`, a newline, UTF-8: the same
    bytes, joined a few thousand pieces at a time. With an indent json encodes in Python
    and `dumps` keeps every piece (a million for 10,000 records, ~60 MB) until the end."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    out = io.BytesIO()
    pieces: list[str] = []
    for piece in encoder.iterencode(document):
        pieces.append(piece)
        if len(pieces) == JSON_PIECES:
            out.write("".join(pieces).encode())
            pieces.clear()
    out.write(("".join(pieces) + "\n").encode())
    return out.getvalue()


# -- plumbing between zipfile, the encryptor and the output file -----------------------


@contextlib.contextmanager
def _writing_output() -> Iterator[None]:
    """Failures on the user's output file are bad input, not a broken vault."""
    try:
        yield
    except OSError as exc:
        raise BadInput(
            "The bundle cannot be written ({reason}).",
            reason=exc.strerror or type(exc).__name__,
        ) from exc


class _Sink:
    """What zipfile writes to (it cannot seek, so zipfile adds data descriptors)."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """zipfile flushes when it closes; the parts wait for `drain`."""

    def close(self) -> None:
        """Never called: zipfile leaves open a file object it was handed."""

    def drain(self) -> Iterator[bytes]:
        parts, self._parts = self._parts, []
        yield from (p for p in parts if p)


class _Output:
    """The temp file, written off the encryptor's thread: the ciphertext is gathered
    into batches that one helper thread writes and hashes in order (both release the
    GIL), while another fsyncs the file every SYNC_EVERY bytes so that the final fsync
    finds little left to flush. A helper's failure (a full disk) is raised by a later
    `write` or by `finish`; leaving the `with` block stops both helpers."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="bundle-write")
        self._syncer = ThreadPoolExecutor(1, thread_name_prefix="bundle-sync")
        self._digest = hashlib.sha256()
        self._parts: list[bytes] = []
        self._gathered = 0
        self._pending: deque[Future[None]] = deque()
        self._unsynced = 0
        self._syncing: Future[None] | None = None
        self.size = 0

    def __enter__(self) -> _Output:
        return self

    def __exit__(self, *exc: object) -> None:
        for helper in (self._writer, self._syncer):
            helper.shutdown(cancel_futures=True)  # waits for a call under way

    def write(self, data: bytes) -> None:
        self._parts.append(bytes(data))  # no copy of bytes; the helper needs it unchanged
        self._gathered += len(data)
        self.size += len(data)
        if self._gathered >= BATCH_BYTES:
            self._send()

    def finish(self) -> str:
        """Write what is left and wait for every batch and sync; the file's SHA-256."""
        self._send()
        while self._pending:
            self._pending.popleft().result()
        if self._syncing is not None:
            self._syncing.result()
        return self._digest.hexdigest()

    def _send(self) -> None:
        if len(self._pending) >= BATCHES_AHEAD:
            self._pending.popleft().result()  # raises the helper's failure
        parts, self._parts, self._gathered = self._parts, [], 0
        self._pending.append(self._writer.submit(self._store, parts))

    def _store(self, parts: list[bytes]) -> None:
        """On the writing helper."""
        batch = b"".join(parts)
        view = memoryview(batch)
        with _writing_output():
            while view:
                view = view[os.write(self._fd, view) :]
        self._digest.update(batch)
        self._unsynced += len(batch)
        if self._unsynced >= SYNC_EVERY and (self._syncing is None or self._syncing.done()):
            if self._syncing is not None:
                self._syncing.result()  # an earlier sync's failure: the final one may not see it
            self._unsynced = 0
            self._syncing = self._syncer.submit(self._sync)

    def _sync(self) -> None:
        """On the syncing helper."""
        with _writing_output():
            os.fsync(self._fd)
