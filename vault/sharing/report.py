"""report.pdf: what a bundle holds and how to check it, in Japanese or English.

It is the page the client opens first, so it names the client, the recipient, the
record counts, every file with its size and SHA-256, and the signing key with the
steps to verify it. The bytes depend only on the content (vault/pdf renders
reproducibly), so a preview and the export after it produce the same report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vault.errors import BadInput


class Language(StrEnum):
    JA = "ja"
    EN = "en"


def parse_language(text: str) -> Language:
    try:
        return Language(text)
    except ValueError as exc:
        raise BadInput("Unknown report language; use ja or en.") from exc


@dataclass(frozen=True)
class BundleFile:
    """One file of a bundle, as the preview, the report and MANIFEST.json list it."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ReportContent:
    client_id: str
    client_name: str
    created_at: str  # UTC, ISO 8601
    encrypted_pdf: bool  # the PDF alternative (CSV attached) rather than an age bundle
    recipient: str  # the contact's name and address
    key_fingerprint: str | None  # None: a passphrase, told separately
    kinds: Mapping[str, int]
    special_care: int  # records marked 要配慮個人情報
    attachments: int
    attachment_bytes: int
    left_out: int  # attachments an encrypted PDF does not carry
    files: Sequence[BundleFile]
    signing_key: str  # minisign public key (one line); an encrypted PDF is not signed


@dataclass(frozen=True)
class _Text:
    title: str
    intro: str
    client_ref: str
    client_name: str
    created: str
    recipient: str
    format: str
    age_format: str
    pdf_format: str
    encryption: str
    age_key: str
    passphrase: str
    contents: str
    kind: str
    count: str
    kinds: Mapping[str, str]
    attachments: str
    special_care: str
    left_out: str
    files: str
    file: str
    size: str
    csv_attached: str
    verify: str
    verify_steps: tuple[str, ...]
    pdf_unsigned: str
    public_key: str


_JA = _Text(
    title="送付データの内容",
    intro="お預かりしているデータをお届けします。このファイルに含まれるものは以下のとおりです。",
    client_ref="お客様番号",
    client_name="お客様名",
    created="作成日時 (UTC)",
    recipient="宛先",
    format="形式",
    age_format="age で暗号化した ZIP",
    pdf_format="パスワード付き PDF (AES-256)",
    encryption="暗号化",
    age_key="お客様の age 公開鍵 (指紋 {fingerprint})",
    passphrase="別の経路でお伝えするパスフレーズ",  # noqa: S106 - a label
    contents="内容",
    kind="種類",
    count="件数",
    kinds={
        "contact": "連絡先",
        "note": "メモ",
        "credential": "認証情報",
        "record": "記録",
    },
    attachments="添付ファイル",
    special_care="要配慮個人情報を含む記録が {count} 件あります。取り扱いにご注意ください。",
    left_out=(
        "添付ファイル {count} 件はこの PDF に含まれていません。"
        "必要な場合は age 形式のファイルでお送りします。"
    ),
    files="ファイル一覧",
    file="ファイルと SHA-256",
    size="サイズ (バイト)",
    csv_attached=(
        "CSV ファイルと添付ファイルはこの PDF に添付されています。"
        "PDF ビューアの添付ファイル欄 (クリップのアイコン) から開けます。"
    ),
    verify="確認方法",
    verify_steps=(
        "1. 同梱の minisign.pub の公開鍵 (下記) が、送り主が請求書やウェブサイトで公開している"
        "鍵と同じであることを確認してください。同梱の鍵だけでは送り主の確認になりません。",
        "2. 一覧の署名を確認します: minisign -Vm MANIFEST.json -P <公開鍵>",
        "3. 各ファイルの SHA-256 を MANIFEST.json の値と比べます。Linux: sha256sum ファイル、"
        "macOS: shasum -a 256 ファイル、Windows: certutil -hashfile ファイル SHA256",
    ),
    pdf_unsigned=(
        "この PDF には署名がありません。添付のファイルは上の一覧の SHA-256 と比べて確認できます。"
    ),
    public_key="送り主の署名用公開鍵:",
)

_EN = _Text(
    title="What this bundle contains",
    intro="This is the data kept for you. Everything this file holds is listed below.",
    client_ref="Client reference",
    client_name="Client",
    created="Created (UTC)",
    recipient="For",
    format="Format",
    age_format="ZIP encrypted with age",
    pdf_format="Password-protected PDF (AES-256)",
    encryption="Encryption",
    age_key="your age public key (fingerprint {fingerprint})",
    passphrase="a passphrase told to you separately",  # noqa: S106 - a label
    contents="Contents",
    kind="Kind",
    count="Count",
    kinds={
        "contact": "Contacts",
        "note": "Notes",
        "credential": "Credentials",
        "record": "Records",
    },
    attachments="Attached files",
    special_care=(
        "Records holding special-care personal data (要配慮個人情報): {count}. "
        "Handle them with care."
    ),
    left_out=("Attached files not in this PDF: {count}. Ask for an age bundle if you need them."),
    files="Files",
    file="File and SHA-256",
    size="Size (bytes)",
    csv_attached=(
        "The CSV files and attached files are inside this PDF: open them from your PDF "
        "viewer's attachments panel (the paper-clip icon)."
    ),
    verify="How to verify",
    verify_steps=(
        "1. Check that the public key in minisign.pub (below) is the one the sender publishes "
        "on their invoices or website. The key in the bundle alone proves nothing about "
        "the sender.",
        "2. Check the signature of the list: minisign -Vm MANIFEST.json -P <public key>",
        "3. Compare each file's SHA-256 with MANIFEST.json. Linux: sha256sum FILE, "
        "macOS: shasum -a 256 FILE, Windows: certutil -hashfile FILE SHA256",
    ),
    pdf_unsigned=(
        "This PDF is not signed. Check the attached files against the SHA-256 values above."
    ),
    public_key="The sender's signing public key:",
)

_TEXTS = {Language.JA: _JA, Language.EN: _EN}


def render_report(content: ReportContent, language: Language) -> bytes:
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    t = _TEXTS[language]
    c = content
    created = dt.datetime.fromisoformat(c.created_at)
    doc = PdfDocument(title=t.title, created=created)
    doc.heading(t.title)
    doc.paragraph(t.intro)
    encryption = (
        t.passphrase
        if c.key_fingerprint is None
        else t.age_key.format(fingerprint=c.key_fingerprint)
    )
    doc.pairs(
        [
            (t.client_ref, c.client_id),
            (t.client_name, c.client_name),
            (t.created, c.created_at),
            (t.recipient, c.recipient),
            (t.format, t.pdf_format if c.encrypted_pdf else t.age_format),
            (t.encryption, encryption),
        ]
    )
    doc.heading(t.contents)
    rows = [[label, f"{c.kinds[kind]:,}"] for kind, label in t.kinds.items() if kind in c.kinds]
    rows.append([t.attachments, f"{c.attachments:,} ({c.attachment_bytes:,} B)"])
    doc.table([t.kind, t.count], rows)
    if c.special_care:
        doc.paragraph(t.special_care.format(count=c.special_care))
    if c.left_out:
        doc.paragraph(t.left_out.format(count=c.left_out))
    doc.heading(t.files)
    if c.encrypted_pdf:
        doc.paragraph(t.csv_attached)
    doc.table([t.file, t.size], [[f"{f.path}\n{f.sha256}", f"{f.size:,}"] for f in c.files])
    doc.heading(t.verify)
    if c.encrypted_pdf:
        doc.paragraph(t.pdf_unsigned)
        return doc.render()
    for step in t.verify_steps:
        doc.paragraph(step)
    doc.paragraph(t.public_key)
    doc.monospace(c.signing_key)
    return doc.render()
