"""Client furigana: kept sealed like the name, normalised, sorted in 50音 order, searched."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from tests.integration.canary import Canaries, scan_tree
from vault.domain.model import Client
from vault.domain.reading import clean_furigana, gojuon_key
from vault.errors import BadInput
from vault.redaction.kinds import Kind
from vault.redaction.known import Known, known_values
from vault.session import Vault


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("やまだ たろう", "やまだ たろう"),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),  # half-width katakana, voiced marks combined
        ("  サトウ\u3000ハナコ ", "サトウ ハナコ"),  # a full-width space, outer spaces
        ("スーパーｰ", "スーパーー"),
        ("ジョン・スミス", "ジョン・スミス"),
        ("", ""),
    ],
)
def test_furigana_is_normalised(typed: str, kept: str) -> None:
    assert clean_furigana(typed) == kept


@pytest.mark.parametrize("typed", ["山田", "yamada", "やまだ1", "やまだ-たろう", "やま\nだ"])
def test_furigana_refuses_anything_but_kana(typed: str) -> None:
    with pytest.raises(BadInput, match="only kana"):
        clean_furigana(typed)


def test_gojuon_order_folds_scripts_voicing_and_the_long_vowel() -> None:
    clients = [
        ("ぱく", "朴"),
        ("ハヤシ", "林"),
        ("ﾊﾞﾊﾞ", "馬場"),
        ("", "あおい工房"),  # a kana name is its own reading... but 工房 is kanji: no reading
        ("", "いとう"),  # a name in kana reads as itself
        ("かーと", "Kart"),  # ー reads as あ: かあと
        ("かあい", "河合"),
        ("", "Acme"),  # no reading: after every reading, Latin before kanji
        ("", "株式会社ゼット"),
    ]
    ordered = sorted(clients, key=lambda c: gojuon_key(*c))
    assert [name for _reading, name in ordered] == [
        "いとう",
        "河合",
        "Kart",
        "朴",
        "馬場",
        "林",
        "Acme",
        "あおい工房",
        "株式会社ゼット",
    ]


def test_furigana_round_trips_sealed_and_orders_the_list(vault: Vault) -> None:
    canaries = Canaries()
    reading = canaries.halfwidth_kana("furigana")
    vault.clients.add_client("渡辺商店", furigana="わたなべしょうてん")
    ace = vault.clients.add_client("Acme")
    mine = vault.clients.add_client("山田太郎", furigana=reading)
    assert mine.furigana == clean_furigana(reading)
    vault.database.checkpoint()
    assert scan_tree(vault.folder, canaries) == []
    for (details,) in vault.database.execute("SELECT details FROM clients"):
        assert "ヤマダ".encode() not in bytes(details)
    vault.lock()
    vault.unlock(PASSWORD)
    names = [c.name for c in vault.clients.list_clients()]
    assert names == ["山田太郎", "渡辺商店", "Acme"]  # や < わ; no reading last
    edited = vault.clients.update_client(Client(ace.id, "Acme", furigana="あくめ"))
    assert edited.furigana == "あくめ"
    assert vault.clients.list_clients()[0].name == "Acme"


def test_a_client_saved_before_furigana_existed_reads_without_one(vault: Vault) -> None:
    """Details sealed by an older version have no furigana key: no migration is needed."""
    client = vault.clients.add_client("古い顧客", ["old@example.jp"])
    cipher = vault.clients._cipher  # writes a row as the old version did
    sealer = cipher.sealer(client.id)
    old = {"emails": ["old@example.jp"], "phones": [], "notes": ""}
    sealed = cipher.seal(sealer, client.id, "clients", client.id, "details", old)
    vault.database.execute("UPDATE clients SET details = ? WHERE id = ?", (sealed, client.id))
    loaded = vault.clients.get_client(client.id)
    assert loaded.furigana == ""
    assert loaded.emails == ("old@example.jp",)


def test_search_finds_a_client_by_its_furigana_in_either_script(vault: Vault) -> None:
    client = vault.clients.add_client("東海林商事", furigana="しょうじしょうじ")
    for query in ("しょうじ", "ショウジ", "ｼｮｳｼﾞ"):
        hits = vault.search(query)
        assert [(h.client_id, h.matched) for h in hits] == [(client.id, "furigana")], query


def test_redaction_knows_a_clients_reading(vault: Vault) -> None:
    person = vault.clients.add_client("山田 太郎", furigana="やまだ たろう")
    company = vault.clients.add_client("株式会社東海林", furigana="かぶしきがいしゃしょうじ")
    found = set(known_values(vault))
    assert Known("やまだ たろう", Kind.NAME, person.id) in found
    assert Known("かぶしきがいしゃしょうじ", Kind.ORGANIZATION, company.id) in found
