"""report.pdf and the notices' PDFs: Japanese with English alongside (notices: one
language, the person's)."""

from __future__ import annotations

from typing import Any

from vault.incident.notice_text import Notice
from vault.inventory.categories import LABELS, Category

_ITEMS = {
    "summary": "1. 概要 / Summary",
    "data_items": "2. 漏えい等した個人データの項目 / Data items",
    "persons": "3. 本人の数 / Number of persons",
    "cause": "4. 原因 / Cause",
    "secondary_harm": "5. 二次被害又はそのおそれの有無及びその内容 / Secondary harm",
    "response_to_persons": "6. 本人への対応の実施状況 / Response to the persons",
    "publication": "7. 公表の実施状況 / Publication",
    "prevention": "8. 再発防止のための措置 / Measures against recurrence",
    "other": "9. その他参考となる事項 / Other",
}
_TRIGGERS = {
    "special_care": "要配慮個人情報 / special-care data",
    "financial_damage": "財産的被害のおそれ / possible financial damage",
    "unlawful_purpose": "不正の目的によるおそれ / possibly for an unlawful purpose",
    "over_1000_persons": "1,000人超 / more than 1,000 persons",
}


def answer(value: Any) -> str:
    if value is True:
        return "該当 / yes"
    if value is False:
        return "非該当 / no"
    if value == "unknown":
        return "不明・要確認 / unknown"
    return str(value)


def _value(item: dict[str, Any]) -> str:
    if item.get("status") == "要記入":
        return "【要記入 / to be written】"
    value = item["value"]
    source = "" if item.get("source") == "vault" else " (記入者: 本人 / written by you)"
    if isinstance(value, dict):
        parts = []
        for key, inner in value.items():
            if key in {c.value for c in Category}:
                label = LABELS[Category(key)]
                parts.append(f"{label[0]} / {label[1]}: {inner}")
            elif isinstance(inner, dict) and inner.get("status") == "要記入":
                parts.append(f"{key}: 【要記入】")
            else:
                parts.append(f"{key}: {inner}")
        return "\n".join(parts) + source
    return str(value) + source


def report_pdf(doc: dict[str, Any]) -> bytes:
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    pdf = PdfDocument(title="漏えい等報告 下書き / Breach report draft")
    pdf.heading("漏えい等報告 下書き / Breach report draft")
    pdf.paragraph(doc["disclaimer"])
    pdf.pairs(
        [
            ("事案番号 / Incident", doc["incident_id"]),
            ("作成日時 (UTC) / Generated at", doc["generated_at"]),
            ("本人の数 / Persons affected", str(doc["persons_affected"])),
            ("うち要配慮 / Special-care persons", str(doc["special_care_persons"])),
            ("報告の要否 / Report required", answer(doc["report_required"])),
            ("速報期限 / Preliminary report by", doc["deadlines"]["preliminary"]),
            ("確報期限 / Final report by", doc["deadlines"]["final"]),
        ]
    )
    pdf.paragraph(doc["deadlines"]["basis"])
    pdf.spacer()
    pdf.heading("報告事項 / The nine items (施行規則第8条)")
    for key, label in _ITEMS.items():
        pdf.pairs([(label, _value(doc["items"][key]))])
    pdf.spacer()
    pdf.heading("報告義務の自己点検 / Self-check of the duty to report")
    pdf.table(
        ["要件 / Trigger", "判定 / Applies", "根拠 / Basis"],
        [
            [_TRIGGERS[t["trigger"]], answer(t["applies"]), t["basis"]]
            for t in doc["trigger_assessment"]
        ],
    )
    exemption = doc["encryption_exemption"]
    pdf.paragraph(
        "高度な暗号化による例外 / Strong-encryption exemption: " + answer(exemption["applies"])
    )
    for reason in exemption["reasons"]:
        pdf.paragraph("・" + reason)
    pdf.spacer()
    pdf.heading("顧客ごとの立場 / Your role per client")
    pdf.table(
        ["顧客 / Client", "本人数 / Persons", "立場 / Role", "通知先 / Notify"],
        [
            [
                f"{c.get('name', '(消去済 / erased)')} ({c['client_id']})",
                str(c["persons"]),
                _role(c["role"]),
                c["notify"] if isinstance(c["notify"], str) else "【要記入】",
            ]
            for c in doc["clients"]
        ],
    )
    pdf.spacer()
    pdf.heading("暗号化 / Encryption")
    enc = doc["encryption"]
    kdf = enc["kdf"]
    pdf.pairs(
        [
            ("データベース / Database", enc["database"]),
            ("値 / Values", enc["values"]),
            (
                "鍵導出 / KDF",
                f"{kdf['algorithm']} m={kdf['memory_mib']} MiB "
                f"t={kdf['time_cost']} p={kdf['parallelism']}",
            ),
            (
                "端末シークレット / Device secret",
                "有効 / on" if enc["device_secret"] else "無効 / off",
            ),
            ("自動ロック / Auto-lock", "【要記入】"),
            (
                "発覚前の最後のロック解除 / Last unlock before discovery",
                enc["last_unlocked_before_discovery"] or "-",
            ),
            ("当時ロックされていたか / Locked at the time", "【要記入】"),
        ]
    )
    bundle = enc.get("bundle")
    if bundle:
        pdf.pairs(
            [
                (
                    "誤送付したファイル / Misdelivered bundle",
                    f"#{bundle['audit_seq']} {bundle['exported_at']} {bundle['cipher']}",
                ),
                ("SHA-256", str(bundle["sha256"])),
                (
                    "パスフレーズの伝達方法 / How the passphrase travelled",
                    "【要記入】" if bundle["passphrase"] else "-（公開鍵暗号 / public key）",
                ),
            ]
        )
    pdf.spacer()
    pdf.heading("平文での持ち出し / Plaintext copies (audit log)")
    if not doc["plaintext_exposures"]:
        pdf.paragraph("記録はありません。 None recorded.")
    else:
        pdf.table(
            ["日時 / At", "種類 / Kind", "顧客 / Client", "監査番号 / Audit no."],
            [
                [e["at"], e["kind"], e["client_id"], str(e["audit_seq"])]
                for e in doc["plaintext_exposures"]
            ],
        )
    return pdf.render()


def _role(role: Any) -> str:
    return {"operator": "事業者 / operator", "contractor": "委託先 / contractor"}.get(
        role if isinstance(role, str) else "", "【要記入】"
    )


def notice_pdf(notice: Notice) -> bytes:
    from vault.pdf import PdfDocument  # noqa: PLC0415 - fontTools loads only when writing PDFs

    pdf = PdfDocument(title=notice.subject)
    pdf.heading(notice.subject)
    for paragraph in notice.body.split("\n\n"):
        pdf.paragraph(paragraph)
    return pdf.render()
