"""Datasets a client handed over: read from memory, and their people known to redaction."""

from __future__ import annotations

import io

from tests.vault.importing.files import csv_bytes
from vault.domain.model import Field, FieldType, RecordKind
from vault.importing.datasets import open_dataset, personal_values
from vault.redaction.export import preview
from vault.session import Vault

HEADERS = ["顧客名", "電話", "購入品", "備考"]
ROWS = [
    ["三浦 咲良", "080-4321-8765", "椅子", "配送希望"],
    ["Olivia Bennett", "+44 20 7946 0958", "desk", ""],
]


def _dataset(vault: Vault, client_id: str) -> str:
    data = csv_bytes([HEADERS, *ROWS], encoding="cp932")
    attachment = vault.attachments.add(client_id, io.BytesIO(data), "顧客リスト.csv")
    vault.attachments.set_columns(attachment.id, {"顧客名": "name", "電話": "phone"})
    return attachment.id


def test_a_dataset_reads_as_a_table_from_memory(vault: Vault) -> None:
    client = vault.clients.add_client("家具店")
    attachment_id = _dataset(vault, client.id)
    size = vault.attachments.get(attachment_id).size
    with open_dataset(vault, attachment_id, size) as table:
        assert table.headers == tuple(HEADERS)
        assert [row.cells for row in table.rows] == [tuple(r) for r in ROWS]


def test_only_mapped_columns_are_personal_values(vault: Vault) -> None:
    client = vault.clients.add_client("家具店")
    _dataset(vault, client.id)
    values = sorted(personal_values(vault, client.id))
    assert values == sorted(
        [
            ("三浦 咲良", "name"),
            ("080-4321-8765", "phone"),
            ("Olivia Bennett", "name"),
            ("+44 20 7946 0958", "phone"),
        ]
    )


def test_people_in_a_dataset_are_redacted_wherever_they_appear(vault: Vault) -> None:
    """A note about a customer from the client's own list: the list tells redaction who."""
    shop = vault.clients.add_client("家具店")
    _dataset(vault, shop.id)
    other = vault.clients.add_client("下請け工房")
    note = (
        "三浦咲良さんから椅子の件で連絡。折り返しは０８０４３２１８７６５、"
        "Olivia Bennett 様にも共有。"
    )
    vault.clients.add_record(
        other.id, RecordKind.NOTE, "対応メモ", [Field("body", note, FieldType.MULTILINE)]
    )
    redacted = preview(vault, other.id)
    (record,) = redacted.records
    text = "".join(f.value.text for f in record.fields)
    for secret in ("三浦", "咲良", "Olivia", "Bennett", "4321"):
        assert secret not in text, secret
    assert "椅子" in text  # what is not personal stays
