"""A vault with one client whose data an incident concerns and one canary client whose
values must never appear in that incident's report or notices."""

from __future__ import annotations

import io
from dataclasses import dataclass

from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.session import Vault

CANARY = ("カナリア花子", "canary-7f3a@example.org", "099-0000-7777", "北極市カナリア町")
DATASET = (
    "氏名,メール,病歴,備考\r\n"
    "佐藤一郎,ichiro@example.jp,,\r\n"
    "鈴木二郎,,高血圧,\r\n"
    ",nobody@example.jp,,\r\n"  # no name: not a person
    "高橋三郎,saburo@example.jp,,\r\n"
)


@dataclass(frozen=True)
class World:
    taro: str
    canary: str
    hanako: str  # contact of taro
    john: str  # contact of taro, in English
    flagged: str  # special-care record of taro
    unflagged: str  # looks special-care, not flagged
    dataset: str  # attachment id


def build(vault: Vault) -> World:
    store = vault.clients
    taro = store.add_client("山田デザイン", ["office@yamada.example"]).id
    canary = store.add_client(CANARY[0], [CANARY[1]], [CANARY[2]], CANARY[3]).id
    hanako = store.add_record(
        taro,
        RecordKind.CONTACT,
        "経理担当",
        [
            Field("name", "山田花子"),
            Field("furigana", "やまだはなこ"),
            Field("email", "hanako@yamada.example", FieldType.EMAIL),
            Field("phone", "080-9876-5432", FieldType.PHONE),
            Field("address", "東京都渋谷区1-2-3", FieldType.MULTILINE),
            Field("口座番号", "1234567"),
        ],
        Sensitivity.PERSONAL,
    ).id
    john = store.add_record(
        taro,
        RecordKind.CONTACT,
        "Overseas",
        [
            Field("name", "John Smith"),
            Field("email", "john@example.com", FieldType.EMAIL),
            Field("language", "English"),
        ],
        Sensitivity.PERSONAL,
    ).id
    flagged = store.add_record(
        taro, RecordKind.NOTE, "配慮事項", [Field("body", "配慮が必要")], Sensitivity.SPECIAL_CARE
    ).id
    unflagged = store.add_record(
        taro, RecordKind.NOTE, "打ち合わせ", [Field("body", "来週は通院のため欠席")]
    ).id
    store.add_record(
        taro,
        RecordKind.CREDENTIAL,
        "サーバー",
        [Field("username", "yamada"), Field("password", "s3cret", FieldType.SECRET)],
    )
    dataset = vault.attachments.add(taro, io.BytesIO(DATASET.encode()), "会員名簿.csv")
    vault.attachments.set_columns(
        dataset.id, {"氏名": "name", "メール": "email", "病歴": "special-care"}
    )
    vault.attachments.add(taro, io.BytesIO(b"%PDF-1.4 not really"), "見積書.pdf")
    # The canary client holds the same kinds of data.
    store.add_record(
        canary,
        RecordKind.CONTACT,
        "本人",
        [
            Field("name", CANARY[0]),
            Field("email", CANARY[1], FieldType.EMAIL),
            Field("address", CANARY[3], FieldType.MULTILINE),
        ],
        Sensitivity.SPECIAL_CARE,
    )
    canary_set = vault.attachments.add(
        canary, io.BytesIO(f"氏名\r\n{CANARY[0]}二号\r\n".encode()), "canary.csv"
    )
    vault.attachments.set_columns(canary_set.id, {"氏名": "name"})
    return World(taro, canary, hanako, john, flagged, unflagged, dataset.id)
