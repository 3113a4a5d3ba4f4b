"""Redacted bundles: preview exactly what will be written, write it, check it, or refuse.

`preview` decides every replacement for one client's chosen records, with spans for
highlighting; special-care records and fields and secrets are left out whatever the
operators say. `export` writes that preview — report.md and report.pdf,
data/records.json and data/records.csv, MANIFEST.json and its minisign signature — as
a folder or a zip under a neutral hidden name. The leak gate then reads every written
file back and scans it with the same detectors, which know every person in the whole
vault. If anything personal survives, the export is refused: the output is removed,
the refusal audit-logged, and the user told which file and what kind of value (never
the value). Only a bundle that passed is renamed into place and audit-logged.

The PDF is checked through the text extracted from the written file (pikepdf reads
the content streams; the font's ToUnicode map turns glyph ids back into characters).
A glyph without a mapping refuses the export rather than go unchecked.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.errors import BadInput
from vault.fileio import PRIVATE_DIR, PRIVATE_FILE, atomic_write, fsync_dir
from vault.model import FieldType, Record, RecordKind, Sensitivity
from vault.redaction.detectors import (
    PRIORITY,
    Detector,
    Kind,
    Known,
    check_term,
    field_kind,
    is_special_care_field,
    known_values,
)
from vault.redaction.operators import DEFAULT_OPERATORS, TOKENS, Operator, Redactor
from vault.signing import PublicIdentity, Signer

if TYPE_CHECKING:
    from vault.session import Vault

FORMAT = "clientvault-redacted-bundle/1"
REPORT_MD = "report.md"
REPORT_PDF = "report.pdf"
RECORDS_JSON = "data/records.json"
RECORDS_CSV = "data/records.csv"
MANIFEST = "MANIFEST.json"
SIGNATURE = "MANIFEST.json.minisig"
FILES = (REPORT_MD, REPORT_PDF, RECORDS_JSON, RECORDS_CSV, MANIFEST, SIGNATURE)
RECIPIENT = "anyone"  # what the audit log says: a redacted bundle may go to anybody
FORMULA_STARTS = frozenset("=+-@\t\r")
CSV_HEADER = ("record", "kind", "title", "field", "type", "value")


# -- the preview ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Replacement:
    """One replaced span: where it was in the original, and where it is in the output."""

    start: int
    end: int
    kind: Kind
    replacement: str
    out_start: int
    out_end: int


@dataclass(frozen=True)
class RedactedText:
    original: str
    text: str
    replacements: tuple[Replacement, ...] = ()


@dataclass(frozen=True)
class RedactedField:
    key: RedactedText
    type: FieldType
    value: RedactedText


@dataclass(frozen=True)
class RedactedRecord:
    record_id: str
    kind: RecordKind
    title: RedactedText
    fields: tuple[RedactedField, ...]


@dataclass(frozen=True)
class LeftOut:
    """What never goes into a redacted bundle, counted for the report."""

    special_care_records: int = 0
    special_care_fields: int = 0
    secret_fields: int = 0

    def to_json(self) -> dict[str, int]:
        return {
            "special_care_records": self.special_care_records,
            "special_care_fields": self.special_care_fields,
            "secret_fields": self.secret_fields,
        }


@dataclass(frozen=True)
class RedactionPreview:
    """Exactly what `export` writes. The detector stays for the leak gate, which
    rebuilds it only if the vault's known values changed since the preview."""

    client_id: str
    client_name: RedactedText
    client_notes: RedactedText
    records: tuple[RedactedRecord, ...]
    left_out: LeftOut
    operators: Mapping[Kind, Operator]
    created_at: str
    terms: tuple[str, ...]
    detector: Detector = field(repr=False, compare=False)
    known_fingerprint: str = field(repr=False, compare=False, default="")

    def texts(self) -> Iterator[RedactedText]:
        yield self.client_name
        yield self.client_notes
        for record in self.records:
            yield record.title
            for item in record.fields:
                yield item.key
                yield item.value

    @property
    def counts(self) -> dict[str, int]:
        """Replacements per kind, in a fixed order, kinds without any left out."""
        found = Counter(r.kind for text in self.texts() for r in text.replacements)
        return {kind.value: found[kind] for kind in PRIORITY if found[kind]}


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


def _gate_detector(vault: Vault, p: RedactionPreview) -> Detector:
    """The detector for every person the vault knows now, not only at preview time."""
    known = list(known_values(vault))
    if _fingerprint(known) == p.known_fingerprint:
        return p.detector
    return Detector(known, p.terms)


# -- the files -----------------------------------------------------------------------------

_KIND_LABELS = {
    Kind.NAME: "氏名 / name",
    Kind.ORGANIZATION: "組織名 / organization",
    Kind.EMAIL: "メールアドレス / e-mail",
    Kind.PHONE: "電話番号 / phone",
    Kind.ADDRESS: "住所 / address",
    Kind.POSTAL_CODE: "郵便番号 / postal code",
    Kind.DATE: "生年月日 / date of birth",
    Kind.MY_NUMBER: "個人番号 / My Number",
    Kind.CARD: "カード番号 / card number",
    Kind.BANK_ACCOUNT: "口座 / bank account",
    Kind.SPECIAL_CARE: "要配慮情報の文 / special-care sentence",
    Kind.TERM: "指定語句 / added term",
}
_RECORD_KINDS = {
    RecordKind.CONTACT: "連絡先 / Contact",
    RecordKind.NOTE: "メモ / Note",
    RecordKind.CREDENTIAL: "認証情報 / Credential",
    RecordKind.RECORD: "記録 / Record",
}
_TITLE = "匿名化レポート / Redacted report"
_EXPLANATION = (
    "個人情報は置き換え済みです（削除・伏せ字・仮名・一般化）。要配慮個人情報と秘密情報は"
    "含まれていません。 Personal data in this report was replaced (removed, masked, "
    "pseudonymised or generalised); special-care data and secrets are not included."
)


def _summary(p: RedactionPreview) -> list[tuple[str, str]]:
    left = p.left_out
    return [
        ("作成日時 (UTC) / Created (UTC)", p.created_at),
        ("顧客 / Client", p.client_name.text),
        ("記録 / Records", str(len(p.records))),
        ("置換 / Replacements", str(sum(p.counts.values()))),
        (
            "除外 / Left out",
            f"要配慮の記録 {left.special_care_records}・要配慮の項目 "
            f"{left.special_care_fields}・秘密情報 {left.secret_fields} / special-care "
            f"records {left.special_care_records}, special-care fields "
            f"{left.special_care_fields}, secrets {left.secret_fields}",
        ),
    ]


def _operator_rows(p: RedactionPreview) -> list[list[str]]:
    counts = p.counts
    return [
        [_KIND_LABELS[kind], p.operators[kind].value, str(counts.get(kind.value, 0))]
        for kind in PRIORITY
    ]


def _heading(number: int, record: RedactedRecord) -> str:
    return f"{number}. {_RECORD_KINDS[record.kind]}: {record.title.text}"


def _markdown(p: RedactionPreview) -> bytes:
    lines = [f"# {_TITLE}", "", _EXPLANATION, ""]
    lines += [f"- **{label}**: {value}" for label, value in _summary(p)]
    if p.client_notes.text.strip():
        lines.append(f"- **顧客メモ / Client notes**: {_indented(p.client_notes.text)}")
    lines += ["", "| 種類 / Type | 方法 / Operator | 件数 / Count |", "|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in _operator_rows(p)]
    for number, record in enumerate(p.records, 1):
        lines += ["", f"## {_heading(number, record)}", ""]
        lines += [f"- **{f.key.text}**: {_indented(f.value.text)}" for f in record.fields]
    return ("\n".join(lines) + "\n").encode()


def _indented(text: str) -> str:
    return "\n  ".join(text.splitlines()) or "-"


def _pdf(p: RedactionPreview) -> bytes:
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    doc = PdfDocument(_TITLE, dt.datetime.fromisoformat(p.created_at))
    doc.heading(_TITLE)
    doc.paragraph(_EXPLANATION)
    doc.pairs(_summary(p))
    if p.client_notes.text.strip():
        doc.pairs([("顧客メモ / Client notes", p.client_notes.text)])
    doc.table(["種類 / Type", "方法 / Operator", "件数 / Count"], _operator_rows(p))
    for number, record in enumerate(p.records, 1):
        doc.spacer()
        doc.paragraph(_heading(number, record))
        if record.fields:
            doc.pairs([(f.key.text, f.value.text) for f in record.fields])
    return doc.render()


def _records_json(p: RedactionPreview) -> bytes:
    document = {
        "format": FORMAT,
        "created_at": p.created_at,
        "client": {"name": p.client_name.text, "notes": p.client_notes.text},
        "records": [
            {
                "number": number,
                "kind": record.kind.value,
                "title": record.title.text,
                "fields": [
                    {"key": f.key.text, "type": f.type.value, "value": f.value.text}
                    for f in record.fields
                ],
            }
            for number, record in enumerate(p.records, 1)
        ],
        "left_out": p.left_out.to_json(),
        "replacements": p.counts,
        "operators": {kind.value: op.value for kind, op in p.operators.items()},
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    first = cell[:1]
    if first in FORMULA_STARTS or unicodedata.normalize("NFKC", first) in FORMULA_STARTS:
        return "'" + cell
    return cell


def _records_csv(p: RedactionPreview) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for number, record in enumerate(p.records, 1):
        start = [str(number), record.kind.value, record.title.text]
        rows = [[f.key.text, f.type.value, f.value.text] for f in record.fields] or [["", "", ""]]
        writer.writerows([neutralise(cell) for cell in start + row] for row in rows)
    return out.getvalue().encode("utf-8-sig")  # with a BOM, Excel reads UTF-8 as UTF-8


@functools.cache
def _wording() -> str:
    """What every bundle says whatever its records: labels, keys, kinds and types."""
    empty = RedactedText("", "")
    records = tuple(
        RedactedRecord("", kind, empty, tuple(RedactedField(empty, t, empty) for t in FieldType))
        for kind in RecordKind
    )
    p = RedactionPreview(
        "", empty, empty, records, LeftOut(), DEFAULT_OPERATORS, "", (), Detector([])
    )
    return "\n".join(
        [_markdown(p).decode(), _records_json(p).decode(), _records_csv(p).decode("utf-8-sig")]
    )


def check_terms(terms: Iterable[str]) -> list[str]:
    """The user's extra terms, normalised; one the bundle's own wording holds is refused,
    since the leak gate would then refuse every bundle."""
    checked = [check_term(t) for t in terms]
    for term in checked:
        if any(m.kind is Kind.TERM for m in Detector([], [term]).find(_wording())):
            raise BadInput(
                "'{term}' is part of the wording of every bundle and cannot be redacted.",
                term=term,
            )
    return checked


def _bundle(p: RedactionPreview, signer: Signer, export_id: str) -> dict[str, bytes]:
    files = {
        REPORT_MD: _markdown(p),
        REPORT_PDF: _pdf(p),
        RECORDS_JSON: _records_json(p),
        RECORDS_CSV: _records_csv(p),
    }
    manifest = {
        "format": FORMAT,
        "export_id": export_id,
        "created_at": p.created_at,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
        "signing_key": signer.identity.minisign_key,
    }
    files[MANIFEST] = (json.dumps(manifest, indent=2) + "\n").encode()
    files[SIGNATURE] = signer.sign(
        files[MANIFEST],
        f"ClientVault redacted bundle {export_id} created_at:{p.created_at}",
        "signature from a ClientVault vault key",
    ).encode()
    return files


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
                    raise _Unreadable(MANIFEST)
                return {name: archive.read(name) for name in names}
        except zipfile.BadZipFile as exc:
            raise _Unreadable(MANIFEST) from exc
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


# -- the leak gate -------------------------------------------------------------------------


class _Refusal(Exception):
    """The gate's verdict; `export` turns it into the user's message."""

    def __init__(self, file: str, kind: Kind | None = None) -> None:
        super().__init__(file)
        self.file = file
        self.kind = kind


class _Unreadable(_Refusal):
    """A written file the gate could not fully read, so could not clear."""


_OTHER_TEXT_OPERATORS = frozenset({"TJ", "'", '"'})
_BFCHAR = re.compile(r"beginbfchar(.*?)endbfchar", re.DOTALL)
_CODE_PAIR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: Any) -> dict[int, str]:
    """A font's code → text map, from the bfchar entries vault/pdf writes (and only those)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        raise _Unreadable(REPORT_PDF)
    text = bytes(cmap.read_bytes()).decode("latin-1")
    if "bfrange" in text:
        raise _Unreadable(REPORT_PDF)
    return {
        int(code, 16): bytes.fromhex(target).decode("utf-16-be", "surrogatepass")
        for block in _BFCHAR.findall(text)
        for code, target in _CODE_PAIR.findall(block)
    }


def pdf_text(data: bytes) -> str:
    """The text a reader would extract: the title and every shown string, a line each."""
    import pikepdf  # noqa: PLC0415 - only the gate reads PDFs back

    lines: list[str] = []
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            lines.append(str(pdf.docinfo.get("/Title", "")))
            for page in pdf.pages:
                resources: Any = page.obj.get("/Resources", {})
                lines += _shown(resources, pikepdf.parse_content_stream(page))
    except pikepdf.PdfError as exc:
        raise _Unreadable(REPORT_PDF) from exc
    return "\n".join(lines)


def _shown(resources: Any, instructions: Iterable[Any]) -> Iterator[str]:
    """The strings one page shows, through its fonts' ToUnicode maps."""
    if "/XObject" in resources:  # text could hide in a form: vault/pdf writes none
        raise _Unreadable(REPORT_PDF)
    fonts = resources.get("/Font", {})
    maps = {str(key): _to_unicode(fonts[key]) for key in fonts}
    current: dict[int, str] | None = None
    for instruction in instructions:
        operator = str(instruction.operator)
        if operator == "Tf":
            current = maps.get(str(instruction.operands[0]))
        elif operator == "Tj":
            if current is None:
                raise _Unreadable(REPORT_PDF)
            yield _glyphs(bytes(instruction.operands[0]), current)
        elif operator in _OTHER_TEXT_OPERATORS:  # vault/pdf writes only Tj
            raise _Unreadable(REPORT_PDF)


def _glyphs(data: bytes, cmap: Mapping[int, str]) -> str:
    """Two-byte glyph codes (Identity-H) as text; an unmapped one cannot be checked."""
    if len(data) % 2:
        raise _Unreadable(REPORT_PDF)
    try:
        return "".join(cmap[int.from_bytes(data[i : i + 2], "big")] for i in range(0, len(data), 2))
    except KeyError as exc:
        raise _Unreadable(REPORT_PDF) from exc


def _json_strings(value: Any) -> Iterator[str]:
    """Keys and strings of a JSON document, decoded: escapes cannot hide a value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _texts(
    files: Mapping[str, bytes], identity: PublicIdentity, export_id: str
) -> Iterator[tuple[str, str]]:
    """(file, text to scan) for every file, after checking the manifest and its signature.

    The manifest's hashes and key and the signature's base64 are checked, not scanned:
    random hex and base64 would spell short words by chance.
    """
    if set(files) != set(FILES):
        raise _Unreadable(MANIFEST)
    try:
        manifest = json.loads(files[MANIFEST])
        identity.verify(files[MANIFEST], files[SIGNATURE].decode())
        hashes = manifest.pop("files")
        valid = (
            manifest.pop("signing_key") == identity.minisign_key
            and manifest.pop("export_id") == export_id
            and hashes == {n: hashlib.sha256(files[n]).hexdigest() for n in FILES[:4]}
        )
    except (ValueError, KeyError, TypeError, AttributeError, BadInput) as exc:
        raise _Unreadable(MANIFEST) from exc
    if not valid:
        raise _Unreadable(MANIFEST)
    yield MANIFEST, json.dumps(manifest, ensure_ascii=False) + "\n" + "\n".join(hashes)
    comments = files[SIGNATURE].decode().splitlines()[0::2]  # the two comment lines
    yield SIGNATURE, "\n".join(comments).replace(export_id, "")
    yield REPORT_PDF, pdf_text(files[REPORT_PDF])
    for name in (REPORT_MD, RECORDS_CSV, RECORDS_JSON):
        try:
            text = files[name].decode("utf-8-sig")
            yield name, text
            if name == RECORDS_JSON:
                yield name, "\n".join(_json_strings(json.loads(text)))
        except ValueError as exc:
            raise _Unreadable(name) from exc


def leak(detector: Detector, text: str) -> Kind | None:
    """The kind of the first personal value in `text`, the export's own tokens aside."""
    found = detector.find(TOKENS.sub("|", text))
    return found[0].kind if found else None


def _gate(
    detector: Detector, files: Mapping[str, bytes], identity: PublicIdentity, export_id: str
) -> None:
    for name, text in _texts(files, identity, export_id):
        kind = leak(detector, text)
        if kind is not None:
            raise _Refusal(name, kind)


# -- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the zip file, or of MANIFEST.json (which holds every file's hash)
    export_id: str
    records: int
    replacements: Mapping[str, int]
    left_out: LeftOut


def check_destination(out: Path) -> None:
    """The output must be new, in a folder that exists."""
    if out.exists() or out.is_symlink():
        raise BadInput("{path} already exists; choose a new name for the export.", path=str(out))
    if not out.parent.is_dir():
        raise BadInput("The folder {folder} does not exist.", folder=str(out.parent))


def export(vault: Vault, p: RedactionPreview, out: Path, *, as_zip: bool = False) -> ExportResult:
    """Write the previewed bundle to `out` (a new folder, or a zip file), or refuse."""
    state = vault.state
    check_destination(out)
    detector = _gate_detector(vault, p)
    name_kind = leak(detector, out.name)
    if name_kind is not None:
        _audit_refusal(vault, p, "(name)", name_kind.value)
        raise BadInput(
            "The export was refused: its name holds personal data ({kind}); choose another name.",
            kind=name_kind.value,
        )
    export_id = secrets.token_hex(8)
    files = _bundle(p, state.signer, export_id)  # before anything is written: no font, no file
    partial = out.parent / f".clientvault-export-{export_id}.partial"
    try:
        _write(partial, files, p.created_at, as_zip=as_zip)
        written = _read_back(partial, as_zip=as_zip)
        digest = hashlib.sha256(partial.read_bytes() if as_zip else written[MANIFEST]).hexdigest()
        _gate(detector, written, state.signer.identity, export_id)
    except _Refusal as refusal:
        _remove(partial)
        kind = refusal.kind.value if refusal.kind else "unreadable"
        _audit_refusal(vault, p, refusal.file, kind)
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
    moved = False
    try:
        check_destination(out)  # again: something may have appeared there meanwhile
        with state.db.transaction():
            state.audit.append(
                "export.redacted",
                p.client_id,
                kind="redacted",
                recipient=RECIPIENT,
                sha256=digest,
                export_id=export_id,
                records=len(p.records),
                replacements=sum(p.counts.values()),
                format="zip" if as_zip else "folder",
            )
            partial.replace(out)
            moved = True
        fsync_dir(out.parent)
    except BaseException:
        _remove(out if moved else partial)
        raise
    return ExportResult(out, digest, export_id, len(p.records), p.counts, p.left_out)


def _audit_refusal(vault: Vault, p: RedactionPreview, file: str, kind: str) -> None:
    state = vault.state
    with state.db.transaction():
        state.audit.append("export.refused", p.client_id, kind="redacted", file=file, found=kind)
