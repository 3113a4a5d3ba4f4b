"""What a bundle holds: file names safe on every system, CSV for people, JSON for programs.

Spreadsheet formulas are neutralised in every CSV cell (CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault.domain.model import KIND_FIELDS, Client, Record, RecordKind
from vault.storage.attachments import Attachment

DATA_FORMAT = "clientvault-bundle-data/1"
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
FORMULA_STARTS = frozenset("=+-@\t\r")
# Names Windows reserves for devices, whatever the extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
_FORBIDDEN = frozenset('<>:"/\\|?*')  # not allowed in a Windows file name
JSON_PIECES = 4096  # encoded pieces of a JSON file joined and written at once


@dataclass(frozen=True)
class ClientData:
    client: Client
    records: list[Record]
    attachments: list[Attachment]
    paths: dict[str, str]  # attachment id -> path in the zip


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


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (full-width signs too) gets a leading
    apostrophe; every CSV the app writes goes through here."""
    first = cell[:1]
    if first in FORMULA_STARTS or unicodedata.normalize("NFKC", first) in FORMULA_STARTS:
        return "'" + cell
    return cell


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """CSV that Excel opens as UTF-8 (byte order mark, CRLF), formulas neutralised."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    writer.writerows([neutralise(v) for v in row] for row in rows)
    return text.getvalue().encode("utf-8-sig")


def csv_files(data: ClientData) -> list[tuple[str, bytes]]:
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


def data_json(data: ClientData) -> bytes:
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
    return json_bytes(document)


def json_bytes(document: Mapping[str, Any]) -> bytes:
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
