"""Search folds kana and digit separators, on the indexed text and on the query alike,
and says which field matched."""

from __future__ import annotations

import pytest

from vault.domain.model import Field, FieldType, RecordKind
from vault.search import TITLE, Document, SearchIndex, fold, query_terms
from vault.session import Vault


@pytest.fixture
def index() -> SearchIndex:
    made = SearchIndex()
    made.add(
        [
            Document("c1", None, "client", "ヤマダ商店", "", (("phone", "03-1111-2222"),)),
            Document(
                "c1",
                "r1",
                "contact",
                "担当",
                "",
                (("furigana", "やまだ たろう"), ("phone", "090-1234-5678")),
            ),
            Document("c2", "r2", "note", "ｻﾄｳ ﾒﾓ", "", (("body", "電話 09011112222 まで"),)),
        ]
    )
    return made


@pytest.mark.parametrize(
    ("query", "record_id"),
    [
        ("やまだ", "r1"),  # hiragana finds hiragana
        ("ヤマダ", "r1"),  # katakana finds hiragana
        ("ﾔﾏﾀﾞ", "r1"),  # half-width katakana too
        ("さとう", "r2"),  # hiragana finds half-width katakana
        ("サトウ", "r2"),
        ("09012345678", "r1"),  # digits without hyphens find them with
        ("090-1234-5678", "r1"),
        ("090 1234 5678", "r1"),
        ("０９０－１２３４－５６７８", "r1"),  # full-width, as typed with an IME
        ("090-1111-2222", "r2"),  # with hyphens finds without
        ("12345678", "r1"),
    ],
)
def test_folded_queries_find_the_record(index: SearchIndex, query: str, record_id: str) -> None:
    assert record_id in {h.record_id for h in index.query(query)}


def test_the_client_s_own_katakana_name_is_found_by_hiragana(index: SearchIndex) -> None:
    hits = index.query("やまだ商")
    assert [(h.record_id, h.matched) for h in hits] == [(None, TITLE)]


def test_each_hit_says_which_field_matched(index: SearchIndex) -> None:
    by_record = {h.record_id: h.matched for h in index.query("09012345678")}
    assert by_record == {"r1": "phone"}
    assert {h.record_id: h.matched for h in index.query("ヤマダ")} == {
        None: TITLE,
        "r1": "furigana",
    }
    assert {h.matched for h in index.query("1111")} == {"phone", "body"}


def test_a_date_is_not_a_number_to_join() -> None:
    index = SearchIndex()
    index.add([Document("c", "r", "record", "契約", "", (("contract", "2026-09-01"),))])
    assert index.query("090") == []  # 20260901 would hold it
    assert [h.matched for h in index.query("2026-09")] == ["contract"]


def test_folding_is_the_same_on_both_sides() -> None:
    assert fold("ヤマダ ﾀﾛｳ") == "やまだ たろう"
    assert query_terms("090-1234-5678 ヤマダ") == ["09012345678", "やまだ"]


def test_a_real_vault_answers_with_the_field(vault: Vault) -> None:
    client = vault.clients.add_client("佐藤 花子", phones=["03-5555-6666"])
    vault.clients.add_record(
        client.id,
        RecordKind.CREDENTIAL,
        "freee",
        (Field("username", "ハナコ"), Field("password", "ヒミツ", FieldType.SECRET)),
    )
    hits = vault.search("はなこ")
    assert [(h.title, h.matched) for h in hits] == [("freee", "username")]
    assert [h.matched for h in vault.search("0355556666")] == ["phone"]
    assert vault.search("ひみつ") == []  # secrets are never indexed
