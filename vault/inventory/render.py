"""The inventory as CSV (one row per client) and as a bilingual PDF."""

from __future__ import annotations

import csv
import io

from vault.inventory.categories import LABELS, Category
from vault.inventory.core import ClientInventory, Inventory

CSV_COLUMNS = (
    "client_id",
    "name",
    "contract_start",
    "contract_end",
    "first_added",
    "next_retention",
    "records",
    "persons",
    *(f"items_{c.value}" for c in Category),
    "special_care",
    "files",
    "file_bytes",
    "backups",
    "plaintext_copies",
    "encrypted_copies",
    "warnings",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A value as a CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _row(c: ClientInventory) -> list[object]:
    backups = [f"{loc.id} ({loc.created_at})" for loc in c.locations if loc.place == "backup"]
    return [
        c.client_id,
        c.name,
        c.contract_start,
        c.contract_end,
        c.first_added,
        c.next_retention,
        c.records,
        c.persons,
        *(c.items.get(cat.value, 0) for cat in Category),
        c.special_care,
        c.files,
        c.file_bytes,
        "; ".join(backups),
        len(c.plaintext_copies),
        len(c.encrypted_copies),
        len(c.warnings),
    ]


def to_csv(inventory: Inventory) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for client in inventory.clients:
        writer.writerow([_cell(v) for v in _row(client)])
    return out.getvalue()


def to_pdf(inventory: Inventory) -> bytes:
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    doc = PdfDocument(title="保有個人データ一覧 / Inventory of personal data")
    doc.heading("保有個人データ一覧 / Inventory of personal data")
    doc.pairs(
        [
            ("作成日時 (UTC) / Generated at (UTC)", inventory.generated_at),
            ("保管庫 / Vault", inventory.vault_id),
            ("顧客数 / Clients", str(len(inventory.clients))),
            ("本人の数 / Persons", str(sum(c.persons for c in inventory.clients))),
        ]
    )
    for c in inventory.clients:
        doc.spacer()
        doc.heading(f"{c.name} ({c.client_id})")
        doc.pairs(
            [
                ("契約期間 / Contract", f"{c.contract_start or '-'} – {c.contract_end or '-'}"),
                ("登録日 / First added", c.first_added),
                ("次の保存期限 / Next last-kept day", c.next_retention or "-"),
                ("記録 / Records", str(c.records)),
                ("本人の数 / Persons", str(c.persons)),
                ("要配慮個人情報 / Special-care", str(c.special_care)),
                ("ファイル / Files", f"{c.files} ({c.file_bytes:,} B)"),
            ]
        )
        rows = [
            [f"{LABELS[cat][0]} / {LABELS[cat][1]}", str(c.items[cat.value])]
            for cat in Category
            if cat.value in c.items
        ]
        if rows:
            doc.table(["項目 / Item", "件数 / Count"], rows)
        places = [
            [
                "保管庫 / Vault" if loc.place == "vault" else "バックアップ / Backup",
                loc.path,
                loc.created_at,
                "到達可能 / reachable" if loc.reachable else "未接続 / disconnected",
            ]
            for loc in c.locations
        ]
        doc.table(["場所 / Place", "パス / Path", "日付 / Date", "状態 / State"], places)
        copies = [
            [cp.at, _COPY_LABELS.get(cp.kind, cp.kind), str(cp.seq)]
            for cp in (*c.plaintext_copies, *c.encrypted_copies)
        ]
        if copies:
            doc.table(["日時 / At", "持ち出し / Copy", "監査番号 / Audit no."], copies)
        for w in c.warnings:
            doc.paragraph(
                f"注意: 記録 {w.record_id} は要配慮個人情報の可能性がありますが未設定です"
                f" ({', '.join(w.categories)})。 Warning: record {w.record_id} looks like "
                "special-care data but is not marked so."
            )
    return doc.render()


_COPY_LABELS = {
    "decrypted-file": "復号したファイル / decrypted file",
    "redacted-export": "マスキング済み書き出し / redacted export",
    "encrypted-bundle": "暗号化バンドル / encrypted bundle",
}
