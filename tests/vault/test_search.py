"""In-memory search: Japanese substrings, fragments, full-width input, never on disk."""

from __future__ import annotations

import threading

import pytest

from vault.domain.model import Field, FieldType, RecordKind
from vault.search import Document, SearchIndex, normalize
from vault.session import Vault


@pytest.fixture
def seeded(vault: Vault) -> Vault:
    yamada = vault.clients.add_client("山田商店", ["shop@example.jp"], ["03-1111-2222"])
    vault.clients.add_record(
        yamada.id,
        RecordKind.CONTACT,
        "山田 太郎",
        (
            Field("email", "taro.yamada@example.jp", FieldType.EMAIL),
            Field("phone", "090-1234-5678", FieldType.PHONE),
            Field("address", "東京都渋谷区神南1-2-3", FieldType.MULTILINE),
        ),
    )
    vault.clients.add_record(
        yamada.id,
        RecordKind.CREDENTIAL,
        "freee会計",
        (Field("username", "yamada"), Field("password", "hunter2-secret", FieldType.SECRET)),
    )
    smith = vault.clients.add_client("Smith Design Studio")
    vault.clients.add_record(
        smith.id, RecordKind.NOTE, "Kickoff", (Field("body", "Call Emma about the logo"),)
    )
    return vault


def titles(vault: Vault, query: str) -> set[str]:
    return {hit.title for hit in vault.search(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("太郎", {"山田 太郎"}),  # two characters: below the trigram length
        ("山田", {"山田商店", "山田 太郎"}),
        ("渋谷区神南", {"山田 太郎"}),
        ("090-1234", {"山田 太郎"}),
        ("０９０－１２３４", {"山田 太郎"}),  # full-width digits and dash, as the IME types them
        ("090ー1234", {"山田 太郎"}),  # a long-vowel mark typed for a dash
        ("taro.yamada@", {"山田 太郎"}),
        ("EXAMPLE.JP", {"山田商店", "山田 太郎"}),
        ("emma logo", {"Kickoff"}),  # every term must match
        ("design", {"Smith Design Studio"}),
        ("no such thing", set()),
        ("   ", set()),
    ],
)
def test_queries_find_what_a_user_expects(seeded: Vault, query: str, expected: set[str]) -> None:
    assert titles(seeded, query) == expected


def test_secrets_are_never_searchable(seeded: Vault) -> None:
    assert titles(seeded, "hunter2") == set()
    assert titles(seeded, "freee") == {"freee会計"}


def test_like_wildcards_in_queries_are_literal(seeded: Vault) -> None:
    assert titles(seeded, "%") == set()
    assert titles(seeded, "_") == set()


def test_results_are_grouped_by_client(seeded: Vault) -> None:
    hits = seeded.search("example")
    clients = [h.client_id for h in hits]
    assert clients == sorted(clients)
    first_of_client = hits[0]
    assert first_of_client.record_id is None  # the client itself leads its group


def test_the_index_follows_edits_and_deletes(seeded: Vault) -> None:
    seeded.search("x")  # build
    client = seeded.clients.add_client("後から追加")
    record = seeded.clients.add_record(client.id, RecordKind.NOTE, "新しいメモ")
    assert titles(seeded, "新しい") == {"新しいメモ"}
    seeded.clients.delete_record(record.id)
    assert titles(seeded, "新しい") == set()
    seeded.clients.delete_client(client.id)
    assert titles(seeded, "後から") == set()


def test_index_is_built_off_the_calling_thread(seeded: Vault) -> None:
    seen: list[str] = []
    thread = seeded.start_indexing(lambda _done: seen.append(threading.current_thread().name))
    thread.join()
    assert seen
    assert set(seen) == {"search-index"}
    assert threading.current_thread().name not in seen


def test_lock_drops_the_index(seeded: Vault) -> None:
    seeded.search("山田")
    state = seeded._unlocked()
    index = state.index
    assert index is not None
    assert index.ready.is_set()
    seeded.lock()
    assert not index.ready.is_set()
    with pytest.raises(Exception, match="closed"):
        len(index)


def test_normalize_folds_width_and_case() -> None:
    assert normalize("ＡＢＣ１２３") == "abc123"
    assert normalize("０９０−１２３４") == "090-1234"
    assert normalize("ラーメン") == "ラーメン"  # a long-vowel mark between letters stays


def test_index_accepts_concurrent_queries_while_filling() -> None:
    index = SearchIndex()
    docs = [Document("c", f"r{i}", "note", f"メモ{i}", "本文 太郎") for i in range(2000)]
    errors: list[BaseException] = []

    def fill() -> None:
        try:
            for start in range(0, len(docs), 100):
                index.add(docs[start : start + 100])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    filler = threading.Thread(target=fill)
    filler.start()
    while filler.is_alive():
        index.query("太郎")
    filler.join()
    assert errors == []
    assert len(index.query("太郎", limit=5000)) == 2000
    index.close()


def test_a_query_with_a_nul_character_finds_nothing_instead_of_failing(seeded: Vault) -> None:
    assert titles(seeded, "山田\x00") == set()
    assert titles(seeded, "山田") == {"山田 太郎", "山田商店"}


def test_index_ready_reports_when_results_are_complete(seeded: Vault) -> None:
    assert not seeded.index_ready  # nothing started yet
    seeded.start_indexing().join()
    assert seeded.index_ready
