"""The files of a redacted bundle, rendered from its preview: report.md and report.pdf,
data/records.json and data/records.csv, MANIFEST.json and its minisign signature."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
from collections.abc import Iterable

from vault.domain.model import FIELD_LABELS, FieldType, RecordKind
from vault.errors import BadInput
from vault.keys.signing import Signer
from vault.redaction.detectors import (
    PRIORITY,
    Detector,
    Kind,
    check_term,
)
from vault.redaction.operators import DEFAULT_OPERATORS
from vault.redaction.redacted import (
    LeftOut,
    RedactedField,
    RedactedRecord,
    RedactedText,
    RedactionPreview,
)
from vault.sharing.contents import neutralise

FORMAT = "clientvault-redacted-bundle/1"
REPORT_MD = "report.md"
REPORT_PDF = "report.pdf"
RECORDS_JSON = "data/records.json"
RECORDS_CSV = "data/records.csv"
MANIFEST = "MANIFEST.json"
SIGNATURE = "MANIFEST.json.minisig"
FILES = (REPORT_MD, REPORT_PDF, RECORDS_JSON, RECORDS_CSV, MANIFEST, SIGNATURE)
RECIPIENT = "anyone"  # what the audit log says: a redacted bundle may go to anybody
CSV_HEADER = ("record", "kind", "title", "field", "type", "value")


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


# The leak gate's suspects the user reviewed and kept: named so the reader knows.
_KEPT = "確認のうえ残した語句 / Kept after review"


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
    if p.kept:
        lines.append(f"- **{_KEPT}**: {'、'.join(p.kept)}")
    lines += ["", "| 種類 / Type | 方法 / Operator | 件数 / Count |", "|---|---|---|"]
    lines += [f"| {' | '.join(row)} |" for row in _operator_rows(p)]
    for number, record in enumerate(p.records, 1):
        lines += ["", f"## {_heading(number, record)}", ""]
        lines += [f"- **{_label(f)}**: {_indented(f.value.text)}" for f in record.fields]
    return ("\n".join(lines) + "\n").encode()


def _label(field: RedactedField) -> str:
    """A standard key as the reader's words ("氏名 / Name"); a key the user wrote as it
    came out of the redactor. The data files keep the raw keys, for programs."""
    key = field.key
    if not key.replacements and key.original in FIELD_LABELS:
        return FIELD_LABELS[key.original]
    return key.text


def _indented(text: str) -> str:
    return "\n  ".join(text.splitlines()) or "-"


_REVIEW_TITLE = "公開前の確認 / Before publishing"
_REVIEW_REQUEST = (
    "この匿名化の内容で公開・共有してよいか、ご確認ください。残した語句は、確認のうえ伏せずに"
    "残したものです。 Please check that this redacted text may be published or shared; the "
    "kept phrases were reviewed and left as they are."
)
_APPROVAL = (
    ("承認者 / Approved by", "＿＿＿＿＿＿＿＿＿＿"),
    ("日付 / Date", "＿＿＿＿＿＿＿＿＿＿"),
    ("修正の依頼 / Changes requested", "＿＿＿＿＿＿＿＿＿＿"),
)


def review_pdf(p: RedactionPreview) -> bytes:
    """The page the client approves before publishing: the redacted text as the bundle
    holds it, the kept phrases, and lines to sign."""
    return _pdf(p, approval=True)


def _pdf(p: RedactionPreview, *, approval: bool = False) -> bytes:
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    title = _REVIEW_TITLE if approval else _TITLE
    doc = PdfDocument(title, dt.datetime.fromisoformat(p.created_at))
    doc.heading(title)
    doc.paragraph(_REVIEW_REQUEST if approval else _EXPLANATION)
    doc.pairs(_summary(p))
    if p.client_notes.text.strip():
        doc.pairs([("顧客メモ / Client notes", p.client_notes.text)])
    if p.kept:
        doc.pairs([(_KEPT, "、".join(p.kept))])
    doc.table(["種類 / Type", "方法 / Operator", "件数 / Count"], _operator_rows(p))
    for number, record in enumerate(p.records, 1):
        doc.spacer()
        doc.paragraph(_heading(number, record))
        if record.fields:
            doc.pairs([(_label(f), f.value.text) for f in record.fields])
    if approval:
        doc.spacer()
        doc.pairs(list(_APPROVAL))
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
        [
            _markdown(p).decode(),
            _records_json(p).decode(),
            _records_csv(p).decode("utf-8-sig"),
            *FIELD_LABELS.values(),
            _REVIEW_TITLE,
            _REVIEW_REQUEST,
            *(label for label, _line in _APPROVAL),
        ]
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


def render_bundle(p: RedactionPreview, signer: Signer, export_id: str) -> dict[str, bytes]:
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
