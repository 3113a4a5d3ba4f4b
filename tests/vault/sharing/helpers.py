"""A client with one record of every kind and two attachments, next to a client of canaries."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.session import Vault

QUOTE = "%PDF-1.7 見積書 ".encode() + bytes(range(256)) * 64  # binary, 16 KiB
PHOTO = b"\xff\xd8\xff" + b"\x00\x01" * 3000
# Values of the second client: none may appear in a bundle of the first.
CANARIES = (
    "CANARY-NAME-b7c1",
    "canary-b7c1@example.org",
    "CANARY-TITLE-b7c1",
    "CANARY-BODY-b7c1 カナリア",
    "CANARY-CONTACT-b7c1",
    "CANARY-FILE-b7c1.txt",
    "CANARY-CONTENT-b7c1",
)


@dataclass(frozen=True)
class Seeded:
    client: str  # 山田太郎
    contact: str  # its contact record (山田花子)
    note: str
    other: str  # the canary client
    other_contact: str


def seed(vault: Vault) -> Seeded:
    store = vault.clients
    taro = store.add_client("山田太郎", ["taro@example.jp"], ["03-1234-5678"], "長年のお客様").id
    contact = store.add_record(
        taro,
        RecordKind.CONTACT,
        "経理担当",
        [Field("name", "山田花子"), Field("email", "hanako@example.jp", FieldType.EMAIL)],
        Sensitivity.PERSONAL,
    ).id
    note = store.add_record(
        taro,
        RecordKind.NOTE,
        "打ち合わせ",
        [Field("body", '=HYPERLINK("http://x") ロゴは青系で', FieldType.MULTILINE)],
    ).id
    store.add_record(
        taro,
        RecordKind.CREDENTIAL,
        "レンタルサーバー",
        [Field("username", "yamada"), Field("password", "s3cret-pa55", FieldType.SECRET)],
    )
    store.add_record(
        taro,
        RecordKind.RECORD,
        "健康診断の結果",
        [Field("金額", "-120000", FieldType.NUMBER)],
        Sensitivity.SPECIAL_CARE,
    )
    vault.attachments.add(taro, io.BytesIO(QUOTE), "見積書.pdf")
    vault.attachments.add(taro, io.BytesIO(PHOTO), "見積書.PDF", record_id=contact)

    other = store.add_client(CANARIES[0], [CANARIES[1]]).id
    other_contact = store.add_record(
        other, RecordKind.CONTACT, "担当", [Field("name", CANARIES[4])]
    ).id
    store.add_record(other, RecordKind.NOTE, CANARIES[2], [Field("body", CANARIES[3])])
    vault.attachments.add(other, io.BytesIO(CANARIES[6].encode() * 100), CANARIES[5])
    return Seeded(taro, contact, note, other, other_contact)


def unpack(plaintext: bytes) -> dict[str, bytes]:
    """Every file of a decrypted bundle, by its path in the zip; the zip's own CRCs checked."""
    with zipfile.ZipFile(io.BytesIO(plaintext)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}
