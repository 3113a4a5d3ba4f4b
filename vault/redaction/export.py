"""Redacted bundles: preview exactly what will be written, write it, check it, or refuse.

`preview` decides every replacement for one client's chosen records, with spans for
highlighting; special-care records and fields and secrets are left out whatever the
operators say. `export` writes that preview — report.md and report.pdf,
data/records.json and data/records.csv, MANIFEST.json and its minisign signature — as
a folder or a zip under a neutral hidden name. The leak gate then reads every written
file back and scans it twice: with the redactor's own detectors, which know every
person in the whole vault, and with a second opinion built differently (gate.py).
If anything personal survives that the user did not keep (`RedactionPreview.kept`),
the export is refused: the output is removed, the refusal audit-logged, and the user
told which file and what kind of value (never the value). Only a bundle that passed
is renamed into place and audit-logged, with the kept texts named.

The PDF is checked through the text extracted from the written file (pikepdf reads
the content streams; the font's ToUnicode map turns glyph ids back into characters).
A glyph without a mapping refuses the export rather than go unchecked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import secrets
import shutil
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault.audit.log import Detail
from vault.domain.model import FieldType, Record, Sensitivity
from vault.errors import BadInput
from vault.redaction.bundle_files import (
    FILES,
    FORMAT,
    MANIFEST,
    RECIPIENT,
    RECORDS_CSV,
    RECORDS_JSON,
    REPORT_MD,
    REPORT_PDF,
    SIGNATURE,
    check_terms,
    render_bundle,
    review_pdf,
)
from vault.redaction.detectors import (
    Detector,
    Kind,
    Known,
    field_kind,
    is_special_care_field,
    known_values,
)
from vault.redaction.gate import SecondOpinion, Suspect, folded_key, review
from vault.redaction.operators import Operator, Redactor
from vault.redaction.readback import (
    Refusal,
    Unreadable,
    check_written,
    leak,
    pdf_text,
)
from vault.redaction.redacted import (
    LeftOut,
    RedactedField,
    RedactedRecord,
    RedactedText,
    RedactionPreview,
    Replacement,
)
from vault.storage.fileio import PRIVATE_DIR, PRIVATE_FILE, atomic_write, fsync_dir

if TYPE_CHECKING:
    from vault.session import Vault

__all__ = [
    "FILES",
    "FORMAT",
    "MANIFEST",
    "RECORDS_CSV",
    "RECORDS_JSON",
    "REPORT_MD",
    "REPORT_PDF",
    "SIGNATURE",
    "ExportResult",
    "LeftOut",
    "RedactedField",
    "RedactedRecord",
    "RedactedText",
    "RedactionPreview",
    "Replacement",
    "check_destination",
    "check_terms",
    "export",
    "leak",
    "pdf_text",
    "preview",
    "suspects",
]


class _Redact:
    def __init__(self, detector: Detector, redactor: Redactor) -> None:
        self._detector = detector
        self._redactor = redactor

    def text(self, text: str) -> RedactedText:
        pieces: list[str] = []
        replacements: list[Replacement] = []
        position = length = 0
        for match in self._detector.find(text):
            pieces.append(text[position : match.start])
            length += match.start - position
            new = self._redactor.replace(match.kind, text[match.start : match.end], match.key)
            replacements.append(
                Replacement(match.start, match.end, match.kind, new, length, length + len(new))
            )
            pieces.append(new)
            length += len(new)
            position = match.end
        pieces.append(text[position:])
        return RedactedText(text, "".join(pieces), tuple(replacements))

    def whole(self, text: str, kind: Kind) -> RedactedText:
        """A field that is personal by its type or name: all of it is replaced."""
        key = self._detector.key_of(text)
        new = self._redactor.replace(kind, text, key)
        return RedactedText(text, new, (Replacement(0, len(text), kind, new, 0, len(new)),))

    def record(self, record: Record, left_out: Counter[str]) -> RedactedRecord:
        fields = []
        for item in record.fields:
            if item.type is FieldType.SECRET:
                left_out["secret_fields"] += 1
                continue
            if is_special_care_field(item):
                left_out["special_care_fields"] += 1
                continue
            kind = field_kind(record.kind, item)
            if kind is not None and item.value.strip():
                value = self.whole(item.value, kind)
            else:
                value = self.text(item.value)
            fields.append(RedactedField(self.text(item.key), item.type, value))
        return RedactedRecord(record.id, record.kind, self.text(record.title), tuple(fields))


def preview(
    vault: Vault,
    client_id: str,
    record_ids: Sequence[str] | None = None,
    operators: Mapping[Kind, Operator] | None = None,
    extra_terms: Iterable[str] = (),
) -> RedactionPreview:
    """What a redacted bundle of these records (default: all) would hold, every
    replacement with its span. Each call makes a new pseudonym key."""
    terms = check_terms(extra_terms)
    redactor = Redactor(operators or {})
    store = vault.state.store
    client = store.get_client(client_id)
    records = store.list_records(client_id)
    if record_ids is not None:
        mine = {r.id: r for r in records}
        for record_id in record_ids:
            if record_id not in mine:
                raise BadInput("No record {record} among this client's records.", record=record_id)
        records = [mine[i] for i in dict.fromkeys(record_ids)]
    known = list(known_values(vault))
    detector = Detector(known, terms)
    redact = _Redact(detector, redactor)
    left_out: Counter[str] = Counter()
    kept = []
    for record in records:
        if record.sensitivity is Sensitivity.SPECIAL_CARE:
            left_out["special_care_records"] += 1
        else:
            kept.append(redact.record(record, left_out))
    return RedactionPreview(
        client_id=client.id,
        client_name=redact.text(client.name),
        client_notes=redact.text(client.notes),
        records=tuple(kept),
        left_out=LeftOut(**left_out),
        operators=redactor.operators,
        created_at=vault.timestamp(),
        terms=tuple(terms),
        detector=detector,
        known_fingerprint=_fingerprint(known),
    )


def _fingerprint(known: Iterable[Known]) -> str:
    digest = hashlib.sha256()
    for value in known:
        digest.update(f"{value.kind}\x00{value.owner}\x00{value.text}\x00".encode())
    return digest.hexdigest()


def _gate_detector(vault: Vault, p: RedactionPreview) -> tuple[Detector, SecondOpinion]:
    """The detector and the second opinion for every person the vault knows now, not
    only at preview time."""
    known = list(known_values(vault))
    opinion = SecondOpinion(known, p.terms)
    if _fingerprint(known) == p.known_fingerprint:
        return p.detector, opinion
    return Detector(known, p.terms), opinion


def suspects(vault: Vault, p: RedactionPreview) -> list[Suspect]:
    """What the leak gate would refuse in this preview, each with its record and field;
    the texts the preview already keeps aside."""
    found = review(SecondOpinion(list(known_values(vault)), p.terms), p)
    keys = {folded_key(k) for k in p.kept}
    return [s for s in found if folded_key(s.text) not in keys]


# -- writing and reading back --------------------------------------------------------------


def _zip(files: Mapping[str, bytes], created_at: str) -> bytes:
    stamp = dt.datetime.fromisoformat(created_at).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in FILES:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = PRIVATE_FILE << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return out.getvalue()


def _write(partial: Path, files: Mapping[str, bytes], created_at: str, *, as_zip: bool) -> None:
    if as_zip:
        atomic_write(partial, _zip(files, created_at))
        return
    partial.mkdir(mode=PRIVATE_DIR)
    (partial / "data").mkdir(mode=PRIVATE_DIR)
    for name in FILES:
        atomic_write(partial / name, files[name])
    fsync_dir(partial)


def _read_back(partial: Path, *, as_zip: bool) -> dict[str, bytes]:
    """Every file of the written output, as it is on disk."""
    if as_zip:
        try:
            with zipfile.ZipFile(partial) as archive:
                names = archive.namelist()
                if len(set(names)) != len(names):  # a second copy of a file could go unread
                    raise Unreadable(MANIFEST)
                return {name: archive.read(name) for name in names}
        except zipfile.BadZipFile as exc:
            raise Unreadable(MANIFEST) from exc
    found = {}
    for folder, _dirs, names in os.walk(partial):
        for name in names:
            path = Path(folder) / name
            found[path.relative_to(partial).as_posix()] = path.read_bytes()
    return found


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


# -- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the zip file, or of MANIFEST.json (which holds every file's hash)
    export_id: str
    records: int
    replacements: Mapping[str, int]
    left_out: LeftOut
    # Said with the result when the vault could not log it (vault/audit/pending.py).
    notes: tuple[str, ...] = ()


def check_destination(out: Path) -> None:
    """The output must be new, in a folder that exists."""
    if out.exists() or out.is_symlink():
        raise BadInput("{path} already exists; choose a new name for the export.", path=str(out))
    if not out.parent.is_dir():
        raise BadInput("The folder {folder} does not exist.", folder=str(out.parent))


def write_review(vault: Vault, p: RedactionPreview, out: Path) -> None:
    """The "before publishing" page for the client to approve, from a preview whose
    bundle passed the gate: the same redacted text, the kept phrases, lines to sign."""
    check_destination(out)
    detector, _opinion = _gate_detector(vault, p)
    name_kind = leak(detector, out.name)
    if name_kind is not None:
        raise BadInput(
            "The review page was not written: its name holds personal data ({kind}); "
            "choose another name.",
            kind=name_kind.value,
        )
    atomic_write(out, review_pdf(p))


def export(vault: Vault, p: RedactionPreview, out: Path, *, as_zip: bool = False) -> ExportResult:
    """Write the previewed bundle to `out` (a new folder, or a zip file), or refuse."""
    state = vault.state
    check_destination(out)
    detector, opinion = _gate_detector(vault, p)
    name_kind = leak(detector, out.name)
    if name_kind is not None:
        _audit_refusal(vault, p, "(name)", name_kind.value)
        raise BadInput(
            "The export was refused: its name holds personal data ({kind}); choose another name.",
            kind=name_kind.value,
        )
    export_id = secrets.token_hex(8)
    # before anything is written: no font, no file
    files = render_bundle(p, state.signer, export_id)
    partial = out.parent / f".clientvault-export-{export_id}.partial"
    try:
        _write(partial, files, p.created_at, as_zip=as_zip)
        written = _read_back(partial, as_zip=as_zip)
        digest = hashlib.sha256(partial.read_bytes() if as_zip else written[MANIFEST]).hexdigest()
        check_written(detector, opinion, written, state.signer.identity, export_id, p.kept)
    except Refusal as refusal:
        _remove(partial)
        kind = refusal.kind.value if refusal.kind else refusal.reason or "unreadable"
        _audit_refusal(vault, p, refusal.file, kind)
        if refusal.count:
            raise BadInput(
                "The export was refused: {count} suspect spans ({reason}) in {file} were "
                "neither redacted nor kept; nothing was written.",
                count=refusal.count,
                reason=refusal.reason,
                file=refusal.file,
            ) from None
        if refusal.kind is None:
            raise BadInput(
                "The export was refused: {file} could not be checked; nothing was written.",
                file=refusal.file,
            ) from None
        raise BadInput(
            "The export was refused: personal data ({kind}) was found in {file}; "
            "nothing was written.",
            kind=kind,
            file=refusal.file,
        ) from None
    except OSError as exc:
        _remove(partial)
        raise BadInput(
            "Could not write the export to {path}: {reason}.",
            path=str(out),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    except BaseException:
        _remove(partial)
        raise
    details: dict[str, Detail] = {
        "kind": "redacted",
        "recipient": RECIPIENT,
        "sha256": digest,
        "export_id": export_id,
        "records": len(p.records),
        "replacements": sum(p.counts.values()),
        "format": "zip" if as_zip else "folder",
        "kept": " | ".join(p.kept),
    }
    notes = _publish(vault, p.client_id, partial, out, details)
    return ExportResult(out, digest, export_id, len(p.records), p.counts, p.left_out, notes)


def _publish(
    vault: Vault, client_id: str, partial: Path, out: Path, details: dict[str, Detail]
) -> tuple[str, ...]:
    """Audit entry and rename together. A vault opened read-only (a full disk) still
    writes to another disk: the entry is noted for the next unlock where it fits, and
    the returned note says what is true (vault/audit/pending.py)."""
    state = vault.state
    moved = False
    try:
        check_destination(out)  # again: something may have appeared there meanwhile
        if state.db.read_only:
            partial.replace(out)
            moved = True
        else:
            with state.db.transaction():
                state.audit.append("export.redacted", client_id, **details)
                partial.replace(out)
                moved = True
        fsync_dir(out.parent)
    except BaseException:
        _remove(out if moved else partial)
        raise
    if not state.db.read_only:
        return ()
    return (state.pending_audit.note("export.redacted", client_id, **details),)


def _audit_refusal(vault: Vault, p: RedactionPreview, file: str, kind: str) -> None:
    state = vault.state
    details: dict[str, Detail] = {"kind": "redacted", "file": file, "found": kind}
    if state.db.read_only:
        state.pending_audit.note("export.refused", p.client_id, **details)
        return
    with state.db.transaction():
        state.audit.append("export.refused", p.client_id, **details)
