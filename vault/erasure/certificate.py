"""Deletion certificates: a signed JSON document and its PDF twin.

The certificate is what a freelancer sends a client ("we erased your data on
…"): what was erased (kinds, counts, a SHA-256 of the content), why, when, the
fingerprint of the destroyed key and the backups that were purged. It holds no
names and no content, because it outlives the data it describes; the client
recognises it by their client reference and can check the hash against their
own copy. The JSON is signed in minisign's format (vault/keys/signing.py) so
`minisign -Vm certificate.json -P <key>` verifies it without ClientVault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault.keys.signing import Signer

FORMAT = "clientvault-deletion-certificate/1"
JSON_NAME = "certificate.json"
SIGNATURE_NAME = "certificate.json.minisig"
PDF_NAME = "certificate.pdf"
PUBLIC_KEY_NAME = "minisign.pub"

# What an erasure covers, stated exactly: the vault (its WAL and free pages) and the
# app's registered backups listed as purged; never copies made outside the app.
CRYPTO_ERASE = (
    "crypto-erase (NIST SP 800-88 Purge): the client's data key was destroyed in this "
    "vault and in the app's backups listed as purged, so the ciphertext in them is "
    "unreadable; the rows were deleted and overwritten (secure_delete), the write-ahead "
    "log truncated and free pages released. Not covered: copies of the vault folder made "
    "outside ClientVault before this erasure (an OS backup, a sync client, a USB copy), "
    "which still hold the key"
)
ROW_ERASE = (
    "the records' rows were deleted and overwritten (secure_delete), the write-ahead log "
    "truncated and free pages released; their attachments' files were deleted; the "
    "client's data key remains for its other records"
)


@dataclass(frozen=True)
class BackupEntry:
    backup_id: str
    created_at: str
    outcome: str  # "rewritten", "deleted", or why it still holds the data (_STILL_HOLDING)


@dataclass(frozen=True)
class Certificate:
    certificate_id: str
    vault_id: str
    erased_at: str  # UTC, ISO 8601
    erased_on: str  # the user's calendar day
    scope: str  # client | record | person
    reason: str  # rule | request | manual
    rules: tuple[str, ...]  # the retention rules that fell due (reason "rule")
    client_ids: tuple[str, ...]
    record_count: int
    kinds: Mapping[str, int]
    attachment_count: int
    attachment_bytes: int
    client_entry: bool  # the client's own entry (name, details) and key were erased
    content_sha256: str
    key_fingerprints: tuple[str, ...]  # of destroyed client keys; empty for record erasure
    purged_backups: tuple[BackupEntry, ...] = ()
    residual_backups: tuple[BackupEntry, ...] = ()
    signing_key: str = ""

    @property
    def method(self) -> str:
        return CRYPTO_ERASE if self.key_fingerprints else ROW_ERASE

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "certificate_id": self.certificate_id,
            "vault_id": self.vault_id,
            "erased_at": self.erased_at,
            "erased_on": self.erased_on,
            "scope": self.scope,
            "reason": {"kind": self.reason, "rules": list(self.rules)},
            "client_ids": list(self.client_ids),
            "erased": {
                "client_entry": self.client_entry,
                "records": self.record_count,
                "kinds": dict(sorted(self.kinds.items())),
                "attachments": self.attachment_count,
                "attachment_bytes": self.attachment_bytes,
                "content_sha256": self.content_sha256,
            },
            "method": self.method,
            "destroyed_keys": list(self.key_fingerprints),
            "backups": {
                "purged": [_backup_json(b) for b in self.purged_backups],
                "still_holding": [_backup_json(b) for b in self.residual_backups],
            },
            "signing_key": self.signing_key,
        }

    def encode(self) -> bytes:
        """The exact bytes that are signed, hashed into the tombstone and written."""
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode()

    def signature(self, signer: Signer) -> str:
        return signer.sign(
            self.encode(),
            f"ClientVault deletion certificate {self.certificate_id} erased_on:{self.erased_on}",
            "signature from a ClientVault vault key",
        )


def _backup_json(entry: BackupEntry) -> dict[str, str]:
    return {"id": entry.backup_id, "created_at": entry.created_at, "outcome": entry.outcome}


def render_pdf(certificate: Certificate) -> bytes:
    """The human-readable twin, in Japanese and English side by side."""
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    c = certificate
    doc = PdfDocument(title="削除証明書 / Certificate of Deletion")
    doc.heading("削除証明書 / Certificate of Deletion")
    doc.paragraph(
        "このデータは保存期限または依頼に基づき消去され、復元できません。"
        "This certifies that the data described below was erased and cannot be recovered."
    )
    doc.pairs(
        [
            ("証明書番号 / Certificate", c.certificate_id),
            ("消去日 / Erased on", c.erased_on),
            ("消去日時 (UTC) / Erased at (UTC)", c.erased_at),
            ("お客様番号 / Client reference", ", ".join(c.client_ids)),
            ("範囲 / Scope", _SCOPES.get(c.scope, c.scope)),
            ("理由 / Reason", _reason_text(c)),
        ]
    )
    doc.spacer()
    doc.heading("消去した内容 / What was erased")
    rows = [[_KINDS.get(kind, kind), str(n)] for kind, n in sorted(c.kinds.items())]
    rows.append(["添付ファイル / Attachments", f"{c.attachment_count} ({c.attachment_bytes:,} B)"])
    if c.client_entry:
        rows.append(["顧客情報と暗号鍵 / Client entry and key", "1"])
    doc.table(["種類 / Kind", "件数 / Count"], rows)
    doc.paragraph("内容の SHA-256 / SHA-256 of the erased content:")
    doc.monospace(c.content_sha256)
    doc.spacer()
    doc.heading("方法 / Method")
    doc.paragraph(_METHOD_JA[bool(c.key_fingerprints)])
    doc.paragraph(c.method + ".")
    if c.key_fingerprints:
        doc.paragraph("破棄した鍵の指紋 / Fingerprint of the destroyed key:")
        doc.monospace(", ".join(c.key_fingerprints))
    doc.spacer()
    doc.heading("バックアップ / Backups")
    if not c.purged_backups and not c.residual_backups:
        doc.paragraph("該当するバックアップはありませんでした。 No backup held this data.")
    for entry in c.purged_backups:
        doc.paragraph(
            f"{entry.backup_id} ({entry.created_at}): {_OUTCOMES.get(entry.outcome, entry.outcome)}"
        )
    for entry in c.residual_backups:
        doc.paragraph(f"{entry.backup_id} ({entry.created_at}): {_STILL_HOLDING[entry.outcome]}")
    doc.spacer()
    doc.heading("検証 / Verification")
    doc.paragraph(
        "同じフォルダの certificate.json は、下記の公開鍵で署名されています。"
        "certificate.json in the same folder is signed with this public key; verify it with: "
        "minisign -Vm certificate.json -P <key>"
    )
    doc.monospace(c.signing_key)
    return doc.render()


_SCOPES = {
    "client": "顧客の全データ / all of the client's data",
    "record": "個別の記録 / individual records",
    "person": "本人の請求による個人データ / one person's data on their request",
}
_KINDS = {
    "contact": "連絡先 / Contacts",
    "note": "メモ / Notes",
    "credential": "認証情報 / Credentials",
    "record": "記録 / Records",
}
# Why a backup still holds the data. PURGE_UNFINISHED: the purge has not completed
# (a full disk, a crash); the certificate says so until unlocking finishes it.
PURGE_UNFINISHED = "purge-unfinished"
_STILL_HOLDING = {
    "unreachable": "未消去・到達不能 / not purged, unreachable",
    PURGE_UNFINISHED: "未消去・消去処理が未完了 / still holding: the purge has not finished",
}
_OUTCOMES = {
    "rewritten": "該当データを除いて再作成 / rewritten without the data",
    "deleted": "削除 / deleted",
}
_METHOD_JA = {
    True: "暗号消去 (NIST SP 800-88 Purge): この保管庫と、消去済みとして記載したアプリの"
    "バックアップで顧客のデータ鍵を破棄したため、そこにある暗号文は読めなくなりました。"
    "行は上書き削除され、ログは切り詰められています。対象外: この消去より前に ClientVault "
    "の外で作られた保管庫フォルダーの複製（OS のバックアップ、同期サービス、USB への"
    "コピーなど）には鍵が残っています。",
    False: "記録の行を上書き削除し、ログを切り詰め、空き領域を解放しました。"
    "添付ファイルは削除しました。顧客のデータ鍵は他の記録のために残っています。",
}


def _reason_text(c: Certificate) -> str:
    if c.reason == "rule":
        return "保存期限の到来 / retention period ended: " + ", ".join(c.rules)
    if c.reason == "request":
        return "本人または顧客の請求 / request of the client or data subject"
    return "利用者の操作 / erased by the vault's owner"


def certificate_from_json(
    data: Mapping[str, Any], purged: Sequence[BackupEntry], residual: Sequence[BackupEntry]
) -> Certificate:
    """Rebuild a certificate read back from disk with the backups' actual outcome."""
    erased = data["erased"]
    return Certificate(
        certificate_id=data["certificate_id"],
        vault_id=data["vault_id"],
        erased_at=data["erased_at"],
        erased_on=data["erased_on"],
        scope=data["scope"],
        reason=data["reason"]["kind"],
        rules=tuple(data["reason"]["rules"]),
        client_ids=tuple(data["client_ids"]),
        record_count=int(erased["records"]),
        kinds=dict(erased["kinds"]),
        attachment_count=int(erased["attachments"]),
        attachment_bytes=int(erased["attachment_bytes"]),
        client_entry=bool(erased["client_entry"]),
        content_sha256=erased["content_sha256"],
        key_fingerprints=tuple(data["destroyed_keys"]),
        purged_backups=tuple(purged),
        residual_backups=tuple(residual),
        signing_key=data["signing_key"],
    )
