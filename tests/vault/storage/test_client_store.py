"""Clients and records round-trip through real SQLCipher and per-client AES-GCM."""

from __future__ import annotations

import pytest

from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.session import Vault
from vault.storage.client_store import NewRecord

UNICODE_SAMPLES = [
    "山田 太郎",
    "やまだ たろう",
    "ﾔﾏﾀﾞ ﾀﾛｳ",
    "０９０－１２３４－５６７８",
    "〒１５０－００４１ 東京都渋谷区神南１丁目２−３",
    "🙂 emoji 👩‍💻",
    "Ünïcödé ß",
    "改行\nを含む\tメモ",
]

KIND_EXAMPLES: dict[RecordKind, tuple[Field, ...]] = {
    RecordKind.CONTACT: (
        Field("name", "山田 太郎"),
        Field("furigana", "やまだ たろう"),
        Field("email", "taro@example.jp", FieldType.EMAIL),
        Field("phone", "０９０－１２３４－５６７８", FieldType.PHONE),
        Field("postal_code", "150-0041"),
        Field("address", "東京都渋谷区神南1-2-3", FieldType.MULTILINE),
    ),
    RecordKind.NOTE: (Field("body", "打ち合わせメモ 🙂\n二行目", FieldType.MULTILINE),),
    RecordKind.CREDENTIAL: (
        Field("username", "yamada@example.jp"),
        Field("password", "p@ss wörd 秘密", FieldType.SECRET),
        Field("url", "https://example.jp/login", FieldType.URL),
    ),
    RecordKind.RECORD: (
        Field("契約日", "2026年2月3日", FieldType.DATE),
        Field("金額", "１２０,０００", FieldType.NUMBER),
        Field("案件", "ウェブ制作"),
    ),
}


@pytest.mark.parametrize("kind", list(RecordKind))
def test_every_kind_round_trips_after_reopening(vault: Vault, kind: RecordKind) -> None:
    client = vault.clients.add_client("山田商店", ["info@example.jp"], ["03-1234-5678"], "メモ")
    added = vault.clients.add_record(
        client.id, kind, f"{kind.value} タイトル", KIND_EXAMPLES[kind], Sensitivity.PERSONAL
    )
    vault.lock()
    from tests.conftest import PASSWORD

    vault.unlock(PASSWORD)
    (loaded,) = vault.clients.list_records(client.id)
    assert loaded.id == added.id
    assert loaded.kind is kind
    assert loaded.title == f"{kind.value} タイトル"
    assert loaded.sensitivity is Sensitivity.PERSONAL
    assert [(f.key, f.type) for f in loaded.fields] == [
        (f.key, f.type) for f in KIND_EXAMPLES[kind]
    ]


def test_typed_values_are_normalised_once(vault: Vault) -> None:
    client = vault.clients.add_client("Typed Co.")
    record = vault.clients.add_record(
        client.id, RecordKind.RECORD, "t", KIND_EXAMPLES[RecordKind.RECORD]
    )
    assert record.value("契約日") == "2026-02-03"
    assert record.value("金額") == "120000"


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_unicode_survives_exactly(vault: Vault, text: str) -> None:
    client = vault.clients.add_client(text.replace("\n", " ").replace("\t", " "))
    record = vault.clients.add_record(
        client.id,
        RecordKind.NOTE,
        text.splitlines()[0],
        (Field("body", text, FieldType.MULTILINE),),
    )
    assert vault.clients.get_record(record.id).value("body") == text
    assert vault.clients.get_client(client.id).name == client.name


def test_clients_are_listed_with_record_counts(vault: Vault) -> None:
    a = vault.clients.add_client("A社")
    b = vault.clients.add_client("B社")
    vault.clients.add_records(a.id, [NewRecord(RecordKind.NOTE, f"n{i}") for i in range(3)])
    counts = {c.name: c.record_count for c in vault.clients.list_clients()}
    assert counts == {"A社": 3, "B社": 0}
    assert vault.clients.list_records(b.id) == []


def test_update_bumps_the_version_and_refuses_a_stale_edit(vault: Vault) -> None:
    client = vault.clients.add_client("Edit Co.")
    record = vault.clients.add_record(client.id, RecordKind.NOTE, "v1")
    from dataclasses import replace

    saved = vault.clients.update_record(replace(record, title="v2"))
    assert (saved.title, saved.version) == ("v2", 2)
    with pytest.raises(BadInput, match="changed elsewhere"):
        vault.clients.update_record(replace(record, title="stale"))
    assert vault.clients.get_record(record.id).title == "v2"


def test_update_client_details(vault: Vault) -> None:
    client = vault.clients.add_client("Old Name")
    from dataclasses import replace

    vault.clients.update_client(replace(client, name="新しい名前", emails=("a@example.jp",)))
    loaded = vault.clients.get_client(client.id)
    assert (loaded.name, loaded.emails) == ("新しい名前", ("a@example.jp",))


def test_delete_record_and_client(vault: Vault) -> None:
    keep = vault.clients.add_client("Keep")
    gone = vault.clients.add_client("Gone")
    kept = vault.clients.add_record(keep.id, RecordKind.NOTE, "stays")
    dropped = vault.clients.add_record(gone.id, RecordKind.NOTE, "goes")
    vault.clients.delete_record(kept.id)
    with pytest.raises(BadInput, match="No record"):
        vault.clients.get_record(kept.id)
    assert vault.clients.delete_client(gone.id) == 1
    with pytest.raises(BadInput, match="No record"):
        vault.clients.get_record(dropped.id)
    assert [c.name for c in vault.clients.list_clients()] == ["Keep"]
    assert vault.database.scalar("SELECT count(*) FROM clients WHERE id = ?", (gone.id,)) == 0


@pytest.mark.parametrize(
    ("field", "message"),
    [
        (Field("d", "2026-02-30", FieldType.DATE), "not a real date"),
        (Field("n", "十二", FieldType.NUMBER), "not a number"),
        (Field("e", "not-an-address", FieldType.EMAIL), "not an e-mail"),
        (Field("p", "12", FieldType.PHONE), "not a phone"),
        (Field("x", "nul\x00byte"), "NUL"),
        (Field("", "no key"), "field name"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    vault: Vault, field: Field, message: str
) -> None:
    client = vault.clients.add_client("Validation Co.")
    entries = len(vault.audit.entries())
    with pytest.raises(BadInput, match=message):
        vault.clients.add_record(client.id, RecordKind.RECORD, "t", (field,))
    assert vault.clients.list_records(client.id) == []
    assert len(vault.audit.entries()) == entries


def test_a_batch_with_one_bad_record_adds_none(vault: Vault) -> None:
    client = vault.clients.add_client("Batch Co.")
    items = [NewRecord(RecordKind.NOTE, "ok"), NewRecord(RecordKind.NOTE, "   ")]
    with pytest.raises(BadInput, match="title is required"):
        vault.clients.add_records(client.id, items)
    assert vault.clients.list_records(client.id) == []


def test_unknown_ids_are_clear_errors(vault: Vault) -> None:
    with pytest.raises(BadInput, match="No client"):
        vault.clients.add_record("0000000000000000", RecordKind.NOTE, "t")
    with pytest.raises(BadInput, match="No client"):
        vault.clients.get_client("nope")


def test_only_queryable_columns_are_plain(vault: Vault) -> None:
    client = vault.clients.add_client("平文チェック")
    vault.clients.add_record(
        client.id, RecordKind.NOTE, "secret title", sensitivity=Sensitivity.SPECIAL_CARE
    )
    row = vault.database.execute("SELECT kind, sensitivity, title, fields FROM records")[0]
    assert row[:2] == ("note", "special-care")
    assert b"secret title" not in bytes(row[2])
    name = vault.database.scalar("SELECT name FROM clients")
    assert "平文チェック".encode() not in bytes(name)
